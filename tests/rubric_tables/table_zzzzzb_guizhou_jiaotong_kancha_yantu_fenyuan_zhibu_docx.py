"""贵州省交通规划勘察设计研究院党委2025年度基层党支部党建工作考核细则 (.docx), as the 院党委 of a provincial 交通 勘察设计院 in 贵阳 (its 党群工作部
with the 生产经营部, the 质量安全部, the 科技信息中心, the 人力资源部 and the 纪检监察室, a 考核组 sitting with each 支部书记 in the 观山湖 office tower in
mid-January, when the 外业 crews are down from the 乌蒙山 and the 武陵山 for the winter, the 钻机 are being overhauled in the yard, the 凝冻 has closed
the high roads to the 桥隧 sites and the year's 勘察报告 are going through their last 校审) scores the 党支部 of its 分院: the 岩土勘察分院 whose 党员 spend
eight months a year on the 高速公路 and 铁路 lines, the 桥梁、隧道设计分院 at their screens, the 测绘遥感中心 with its 无人机: a table whose 考核内容 prints what
the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the “三会一课” 参会率, the 一次校审通过率, the 业主 满意率 and the 年底
满意率 in bands, and the 先锋岗、突击队 作用 by 好/较好/一般) and whose 佐证材料 names the papers: 政治建设 (the “第一议题”, a monthly 集中学习, the “线上课堂”
and 32学时; a half-yearly 研判, a quarterly 思想动态分析 and a 一票否决; the 年初 责任书, the “三级校审” and a "本项不得分"), 组织建设 (the “三会一课”, the 临时
党小组 and the 参会率 in bands; the 主题党日, two “党员技术攻关日” and the 方案、签到、照片; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and the 处置; two
积极分子, the 公示, 党费 按月 and a "本项不得分"; the 积分, a quarterly 公示, the 年底 评选, the “一人一档” 台账 and a monthly 联系; the 换届, the 年底 述职 and
its 满意率), 党建与业务融合 (four 先锋岗, the 突击队 and their 作用 graded; the 通过率 in bands, a quarterly 抽查, the 整改率 and a 一票否决; the 交底, a monthly
排查, a half-yearly 演练 and a 一票否决; the 创新工作室, one 课题 and three 专利、工法、论文; the “导师带徒”, two 考前培训 and four “勘察讲堂”; the 共建协议, a
half-yearly 共建活动 and two 技术服务; the 业主 满意率 in bands and no 投诉) and 基础保障 (the 标识、党旗、制度 and the 活动点; the 年初 计划, the 年中 小结, the
年底 总结 and the 工作手册 按月; four 宣传 and one 报道; the 年底 满意率 in bands).

The title (bold, centred), a centred "（考核对象：院属各分院、中心党支部）" line and a "党支部：    考核人：    考核日期：" line above one table: 序号 | 考核内容 |
评分标准 | 分值 | 佐证材料. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、政治建设
（15分）". 序号 (FIRST column) runs 1..20 through the table, NOT restarting under the section rows. 考核内容 (`Row.text`) says what is required; the 评分标准
(`Row.scoring`) comes BEFORE 分值, a plain number; 佐证材料 (`Row.method`) last, naming the papers, joined by "、"; there is no short sub-label. A 合计 row
of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月
开展一次", "每人每年…不少于32学时", "每半年开展一次", "每季度开展一次", "全年", "年初", "全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "3名以上", "不低于百分之八十", "每月开展一次", "年内不少于2次", "每年召开一次", "全覆盖", "年内…不少于2名", "不少于5个工作日",
"按月", "每季度公示一次", "年底", "每月至少…一次", "按期", "年底", "不低于百分之八十五", "不少于4个", "百分之九十五以上", "每季度开展一次", "100%",
"全年", "每月开展一次", "每半年…一次", "全年", "年内…不少于1项", "年内…不少于3项（篇）", "1名", "年内…不少于2期", "不少于4期", "不少于1份", "每半年开展
一次", "年内…不少于2次", "百分之九十以上", "年内", "年初", "年中", "年底", "按月", "年内…不少于4次", "不少于1次", "年底", "百分之九十"); "最高扣" caps;
bands of the 参会率 (2.5 of the 7 points, closed by "75%以下的不得分"), of the 一次校审通过率 (5 of the 7, closed by "90%以下的不得分"), of the 业主
满意率 (4 of the 5, closed by "85%以下的不得分") and of the 年底 满意率 (all 5, closed by "85%以下的不得分"); the 先锋岗、突击队 作用 graded "好的得1.5分，
较好的得1分，一般的不得分"; "每低10个百分点" once; three "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzb_guizhou_jiaotong_kancha_yantu_fenyuan_zhibu_docx",
    fmt="docx",
    title="贵州省交通规划勘察设计研究院党委2025年度基层党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习，外业项目党员通过“线上课堂”同步参学；党员每人每年参加集中学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分，最高扣2分；外业项目党员未参学的，每人次扣0.1分，最高扣1分；学时不足的，每人扣0.2分，最高扣2分。", 5,
                 "学习记录、线上学习截图、学时登记表"),
            _row("每半年开展一次意识形态工作分析研判；每季度开展一次职工思想动态分析，重点关注长期在外业一线的职工；全年不发生意识形态领域问题。",
                 "研判每少1次扣1分；思想动态分析每少1次扣0.5分；发生意识形态领域问题造成不良影响的，实行一票否决，本项不得分。", 5, "研判报告、分析记录"),
            _row("支部书记年初与院党委签订党风廉政建设责任书；勘察设计成果严格执行“三级校审”；全年不出具虚假勘察报告，不发生违规分包、收受好处等问题。",
                 "未签订责任书的扣1分；成果未经“三级校审”的，每项扣1分，最高扣2分；出具虚假勘察报告或发生违规分包、收受好处等问题的，本项不得分。", 5,
                 "责任书、校审记录单"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；外业项目部有党员3名以上的成立临时党小组，随项目开展"
                 "组织生活；党员参会率不低于百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；符合条件未成立临时党小组的，每个扣0.5分，最高扣1.5分；参会率85%以上的得2.5分，80%（含）—85%"
                 "的得1.5分，75%（含）—80%的得0.5分，75%以下的不得分。", 7, "会议记录、签到表、临时党小组成立文件"),
            _row("每月开展一次主题党日活动；结合“质量月”“安全生产月”开展“党员技术攻关日”活动，年内不少于2次；活动有方案、有签到、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；“党员技术攻关日”每少1次扣0.5分；缺方案、签到或照片的，每次扣0.1分，最高扣1分。", 5,
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前支委与党员谈心谈话全覆盖；会后开展民主评议党员，对评议为“不合格”的党员按规定处置。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；不合格党员处置不到位的扣0.5分。", 5,
                 "会议记录、谈心谈话记录、民主评议表"),
            _row("年内在青年技术人员中确定入党积极分子不少于2名；发展对象公示不少于5个工作日；党员按月交纳党费，外业党员可委托代交或通过线上方式交纳。",
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1.5分；违反程序发展党员的，本项不得分。", 5,
                 "积极分子名册、公示截图、党费收缴台账"),
            _row("实行党员积分管理，积分每季度公示一次，年底结合积分评选“优秀共产党员”；建立外业党员“一人一档”联系台账，支委每月至少联系外业党员一次。",
                 "未实行积分管理的扣1分；积分公示每少1次扣0.5分；年底未开展评选的扣1分；无联系台账的扣1分；联系每少1次扣0.1分，最高扣1分。", 5,
                 "积分台账、公示照片、联系台账"),
            _row("支部委员会按期换届；支部书记年底向院党委述职，接受党员、职工代表评议，述职评议满意率不低于百分之八十五。",
                 "未按期换届的扣1分；未述职的扣1.5分；满意率低于85%的扣1分。", 3, "换届选举批复、述职报告、测评表"),
        )),
        Section("党建与业务融合", "三、党建与业务融合（40分）", 40, (
            _row("在重点高速公路、桥隧工程勘察项目设立党员先锋岗不少于4个；在艰险山区勘察项目组建党员突击队。",
                 "先锋岗每少1个扣0.5分，最高扣2分；未组建突击队的扣1.5分；先锋岗、突击队作用发挥由考核组评定，好的得1.5分，较好的得1分，一般的不得分。",
                 5, "先锋岗名单、突击队授旗照片"),
            _row("党员带头落实勘察质量责任，勘察成果一次校审通过率达到百分之九十五以上；每季度开展一次质量抽查，抽查问题整改率达到100%；全年无因勘察"
                 "质量问题引发的工程质量事故。",
                 "一次校审通过率98%以上的得5分，95%（含）—98%的得4分，90%（含）—95%的得2分，90%以下的不得分；抽查每少1次扣0.5分；整改率每低10个百分点"
                 "扣0.5分，最高扣1分；发生勘察质量责任事故的，实行一票否决，本项不得分。", 7, "校审统计表、抽查记录、整改台账"),
            _row("外业勘察开工前进行安全技术交底；每月开展一次野外作业安全隐患排查；汛期前后每半年组织一次山洪、地质灾害应急避险演练；全年不发生生产"
                 "安全责任事故。",
                 "安全技术交底每缺1次扣0.5分，最高扣1.5分；排查每少1次扣0.3分，最高扣2分；演练每少1次扣1分；发生生产安全责任事故的，实行一票否决，本项"
                 "不得分。", 7, "安全技术交底记录、排查台账、演练照片"),
            _row("成立党员技术创新工作室或攻关小组，年内承担或参与科研课题不少于1项；党员年内取得专利、工法或发表论文不少于3项（篇）。",
                 "未成立创新工作室或攻关小组的扣1分；未承担或参与科研课题的扣1.5分；专利、工法、论文每少1项扣0.5分，最高扣1.5分。", 6,
                 "课题立项文件、专利证书、论文"),
            _row("实施“导师带徒”，党员骨干每人结对培养1名青年技术人员；年内组织青年技术人员参加注册土木工程师（岩土）等执业资格考前培训不少于2期；举办"
                 "“勘察讲堂”不少于4期。",
                 "“导师带徒”未落实的，每对扣0.2分，最高扣1分；考前培训每少1期扣0.5分；“勘察讲堂”每少1期扣0.3分。", 5, "带徒协议、培训通知、签到表"),
            _row("与项目沿线村党组织开展结对共建，签订共建协议不少于1份，每半年开展一次共建活动；年内为沿线乡村义务提供地质灾害隐患排查、饮水工程选址等"
                 "技术服务不少于2次。",
                 "未签订共建协议的扣1分；共建活动每少1次扣0.5分；技术服务每少1次扣1分。", 5, "共建协议、活动照片、服务记录"),
            _row("业主单位对勘察设计服务满意率达到百分之九十以上；年内无业主单位有效投诉。",
                 "满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；出现有效投诉的，每起扣0.5分，最高扣1分。", 5,
                 "业主满意度调查表"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("支部有固定活动场所，有标识、有党旗、有制度；外业项目驻地设立流动党员活动点。",
                 "标识、党旗、制度每缺一项扣0.5分；项目驻地未设立流动党员活动点的，每处扣0.5分，最高扣1分。", 3, "活动室照片、项目驻地照片"),
            _row("年初制定支部工作计划，年中形成半年工作小结，年底形成全年工作总结；支部工作手册按月记录。",
                 "缺计划、小结或总结的，每项扣1分；工作手册每缺1个月记录扣0.2分，最高扣1分。", 4, "工作计划、半年小结、工作总结、支部工作手册"),
            _row("年内在院网站、微信公众号宣传支部工作不少于4次，在省级以上行业媒体宣传报道不少于1次。",
                 "院内宣传每少1次扣0.5分；未在省级以上行业媒体宣传报道的扣1分。", 3, "宣传截图、报道截图"),
            _row("年底由院党委组织职工对支部工作开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5, "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "佐证材料"]
NOTES = (
    "说明：",
    "1.本细则由院党委于次年1月中旬组织考核，党群工作部牵头，生产经营部、质量安全部、科技信息中心、人力资源部、纪检监察室参加，采取听取汇报、查阅"
    "佐证材料、个别谈话、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或等次的，按档次、等次计分；一次校审通过率以院质量管理系统统计数据为准。",
    "3.考核得分90分以上的为“五星党支部”，80—89分的为“四星党支部”，70—79分的为“三星党支部”，70分以下的不评星，考核结果与分院领导班子绩效考核挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院属各分院、中心党支部）")
    document.add_paragraph("党支部：              考核人：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
