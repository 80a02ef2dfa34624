"""六盘水市交通建设工程质量安全监督站党支部2025年度党建工作考核评分表 (.docx), as the 市交通运输局机关党委 of 贵州 六盘水 (its 党建办 with the 局
人事科, the 派驻纪检监察组 and the 局 工程建设科, a 考核组 coming to the 监督站 in December, when the fog lies on the 乌蒙山 and the last 桥面 are poured)
scores the 党支部 of the station that watches the roads being built in a mountain city: the 高速 and 国省道 across the 北盘江 gorges, the 特大桥 and
the 隧道 whose 质量 and 安全 its 党员 engineers inspect, the 施工 and 监理 firms on the sites, the 汛期 from May to September when the slopes slide,
the 结对村 in the 乌蒙山 the 支部 helps: a table whose 评分细则 stands BEFORE the 分值 column and whose 佐证资料 column names the papers the 支部 lays
out: 政治建设 (a monthly 集中学习 with its 计划, a quarterly 专题研讨 and 32学时; a half-yearly 研判, the 审核 and a 一票否决; the 年初 计划, the 责任书, the
年底 总结 and the 年底 述职), 组织建设 (the 换届, the 3至5人, the 书记 and the 花名册 by the end of January; the “三会一课” with the 书记's 党课 and the
党员大会 参会率, the 外业 党员 by video; the 主题党日 on the 15th and two on the 工地; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖, the 整改清单 and the
民主评议; one 积极分子, the 公示, 党费 按月 with a half-yearly 公示 and the 积分 with a quarterly 公示), 业务融合 (three 先锋岗, a 联络员 for every 重点项目
and a monthly 联建; the 执行率, the 闭合率 and the 通报; two firms a 党员, a quarterly 走访 and the 满意率 in bands; five 汛期 排查, the 突击队, a yearly
演练 and a 一票否决; a quarterly 廉政教育, the 承诺书 签订率, the 节前 提醒, the 处分 and the “八不准”) and 群众评价与基础工作 (the 报到率, four 志愿服务
and a half-yearly 共建活动 with the 结对村; the 工作手册, the 归档 and the 系统; the 年底 满意度 in bands).

The title (bold, centred) and a centred "（考核对象：市交通建设工程质量安全监督站党支部）" line above one table: 序号 | 考核项目 | 考核内容 | 评分细则 |
分值 | 佐证资料. 序号 (FIRST column) runs 1..16 through the table, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an
ordinal and their points on a SECOND line, "一、政治建设\\n（16分）". There is no short sub-label: 考核内容 (`Row.text`) says what is required; the
评分细则 (`Row.scoring`) stands BEFORE the 分值, a plain number; 佐证资料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100 closes
the table; a "说明：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每季度开展一次", "每人每年
…不少于32学时", "每半年开展一次", "年初", "年底", "年底", "按期", "3至5人", "每年1月底前更新一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "不低于百分之九十", "每年讲党课不少于1次", "每月15日", "每年…不少于2次", "每年召开", "全覆盖", "年内…不少于1名",
"不少于5个工作日", "按月", "每半年公示一次", "每季度公示一次", "不少于3个", "1名", "每月…一次", "100%", "不低于百分之九十五", "不少于2家", "每季度走访
一次", "不低于百分之九十", "5月至9月", "不少于5次", "每年…不少于1次", "每季度开展一次", "100%", "100%", "每人每年…不少于4次", "每半年开展一次", "按月",
"年底前", "不低于百分之九十"); "最高扣" caps; "酌情扣0.5-1分" once; bands of the 企业 满意率 (2 of the 6 points, closed by "80%以下的不得分") and of the
年底 满意度 (all 8 points, closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzh_liupanshui_jiaotong_zhijianzhan_zhibu_docx",
    fmt="docx",
    title="六盘水市交通建设工程质量安全监督站党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（16分）", 16, (
            Row("支部每月组织一次集中学习，学习有计划；每季度开展一次专题研讨；党员每人每年参加学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.5分；无学习计划的扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。",
                "学习计划、学习记录、学时登记表"),
            Row("每半年开展一次意识形态工作分析研判；站门户网站、微信公众号发布信息履行审核程序；不发生意识形态领域重大问题。", 5,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。",
                "研判报告、信息发布审核单"),
            Row("年初制定支部工作计划并报局机关党委；支部书记与站长共同签订党建工作责任书，落实“一岗双责”；年底形成工作总结；支部书记年底向局机关党委"
                "述职。", 6,
                "缺计划、责任书、总结的，每项扣1分；未述职的扣2分；“一岗双责”落实不到位的，酌情扣0.5-1分。", "工作计划、责任书、工作总结、述职报告"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("支部按期换届，支委会由3至5人组成，支部书记由站班子成员担任；党员花名册每年1月底前更新一次。", 4,
                "未按期换届的扣2分；支部书记配备不符合要求的扣1分；花名册未按时更新的扣0.5分。", "换届选举资料、党员花名册"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会参会率不低于百分之九十，在工地驻点监督的"
                "党员可通过视频会议参加；支部书记每年讲党课不少于1次。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；参会率低于90%的，每次扣0.5分，最高扣1.5分；书记未讲党课的扣1分；会议记录补记、代签的，本项"
                "不得分。", "会议记录、签到表、视频会议截图"),
            Row("每月15日为固定主题党日；每年到在建重点项目工地开展“党建+质量安全”主题党日不少于2次。", 6,
                "主题党日每少1次扣0.5分，最高扣3分；未按固定日期开展又无书面说明的，每次扣0.2分；工地主题党日每少1次扣1分。",
                "活动方案、签到表、照片"),
            Row("每年召开组织生活会，会前广泛征求意见，谈心谈话全覆盖，会后形成整改清单；同步开展民主评议党员。", 6,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣1分；无整改清单的扣0.5分；未开展民主评议党员的扣1分。",
                "征求意见表、谈心谈话记录、整改清单、民主评议测评表"),
            Row("年内确定入党积极分子不少于1名，发展对象公示不少于5个工作日；党员按月交纳党费，每半年公示一次；推行党员积分管理，每季度公示一次积分。",
                6,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次"
                "扣0.3分；违反程序发展党员的，本项不得分。", "发展党员档案、党费收缴台账、公示照片、积分管理台账"),
        )),
        Section("业务融合", "三、业务融合\n（34分）", 34, (
            Row("在质量监督、安全监督、试验检测岗位设立党员先锋岗不少于3个；每个在建重点项目明确1名党员联络员，每月到项目开展一次“党建联建”。", 6,
                "先锋岗每少1个扣0.5分；重点项目未明确党员联络员的，每个扣0.5分；联建活动每少1次扣0.2分，最高扣2分。", "先锋岗名单、联建活动记录"),
            Row("按年度监督计划对在建交通工程开展质量安全监督检查，监督计划执行率达到100%；发现问题下发整改通知书，整改闭合率不低于百分之九十五。", 8,
                "执行率每低1个百分点扣0.2分，最高扣3分；闭合率每低1个百分点扣0.3分，最高扣3分；监督工作被省交通运输厅通报批评的，每次扣2分。",
                "年度监督计划、监督检查记录、整改通知书及回复单"),
            Row("开展“支部联项目、党员联企业”，党员每人联系施工、监理企业不少于2家，每季度走访一次；企业对监督服务满意率不低于百分之九十。", 6,
                "联系企业不足的，每人扣0.2分，最高扣1分；走访每少1次扣0.3分，最高扣1.5分；满意率90%以上的得2分，80%（含）—90%的得1分，80%以下的"
                "不得分。", "党员联系企业登记表、走访记录、满意度调查表"),
            Row("汛期（5月至9月）党员带头开展在建工程边坡、隧道、桥梁安全隐患排查不少于5次；组建党员应急突击队，每年开展应急演练不少于1次。", 6,
                "汛期排查每少1次扣0.5分；未组建突击队的扣1分；未开展应急演练的扣1分；因监督缺位发生较大及以上质量安全事故的，实行一票否决，本项"
                "不得分。", "隐患排查记录、突击队名单、演练方案及照片"),
            Row("每季度开展一次廉政教育；监督人员签订廉洁承诺书，签订率100%；严格执行监督人员“八不准”，不接受施工单位宴请、礼金；元旦、春节、中秋、国庆"
                "节前开展廉洁提醒。", 8,
                "廉政教育每少1次扣0.5分；承诺书每少签订1人扣0.3分，最高扣1.5分；节前未提醒的，每次扣0.3分；党员受到党纪政务处分的，每人扣3分；违反"
                "“八不准”被查实的，本项不得分。", "廉政教育记录、廉洁承诺书"),
        )),
        Section("群众评价与基础工作", "四、群众评价与基础工作\n（20分）", 20, (
            Row("在职党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；支部与结对村党支部每半年开展一次共建活动。", 6,
                "未报到的，每人扣0.3分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；共建活动每少1次扣1分。", "报到登记表、志愿服务记录、共建协议"),
            Row("支部工作手册按月填写；党建台账分类归档，年底前完成年度归档；全国党员管理信息系统信息维护及时准确。", 6,
                "手册填写不及时的，每月扣0.2分，最高扣2分；未按时归档的扣1分；系统信息不准确的，每人扣0.2分，最高扣1分；台账弄虚作假的，本项不得分。",
                "支部工作手册、党建台账"),
            Row("年底组织站内职工和服务对象开展支部工作满意度测评，满意度不低于百分之九十。", 8,
                "满意度95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分细则", "分值", "佐证资料"]
NOTES = (
    "说明：1.本表由局机关党委于12月组织考核，局人事科、派驻纪检监察组、工程建设科配合，采取查阅资料、现场查看、个别谈话、问卷测评相结合的方式"
    "进行；2.各项扣分以该项分值为限，扣完为止；3.监督计划执行率、整改闭合率以省交通建设工程质量安全监督管理系统数据为准；4.考核得分90分以上的"
    "为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市交通建设工程质量安全监督站党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
