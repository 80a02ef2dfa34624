"""甘肃省地震局2025年度基层台站党支部党建工作考核评分表 (.docx), as the 机关党委 of the 甘肃省地震局 in 兰州 (its 党委办公室 with the 监测预报处,
the 震害防御处, the 人事教育处 and the 纪检组, a 考核组 driving out to the 台站 in December) scores the 党支部 of its 中心地震台 — 天水, 平凉, 临夏
and the rest: the 观测山洞 and the 井 where the 仪器 must never stop, the 值班室 kept round the clock, the 速报 that must go out within minutes when
the ground shakes along the 祁连 and 西秦岭 faults, the 野外观测站 with one or two 职工 far up a valley, the 流动观测 and 震情调查 after a 有感地震,
the 科普 in the 学校 and 农村 where the houses are still 土坯, the 群测群防员 in the 村 of the 重点危险区, the 仪器 采购 and 台站 基建 where the 廉洁
risks lie: a table whose 考核指标 names the point, whose 考核要求 prints the requirements and nearly every figure and whose 评分标准 gives one deduction
a clause (once bands): 政治建设 (a monthly 集中学习, a quarterly 专题研讨, 40学时 and the 偏远台站; a half-yearly 专题研究 of the 意识形态, the 审核 of
what is published and a 一票否决 on 谣言; the 书记's two 党课, the “七一” 誓词 and a yearly 现场教学), 组织建设 (the 换届, the 3至5人 and the 联络员; the
“三会一课” with the 值班党员 on video; the monthly 主题党日 with the “5·12” and the 参加率; the 组织生活会 with 民主评议, 征求意见, 谈心谈话, 整改清单 and
备案; 党费 with a half-yearly 公示 and one 积极分子), 业务融合 (the 先锋岗, the 值班制度, the 运行率, the 数据连续率, the 速报 and no 漏报; six 科普 a
year, the 宣传周 and the 开放; two 应急演练, the 突击队 and the 到岗; the 共建协议, a half-yearly 共建活动, two 群测群防员 and the 宣传) and 作风建设
(a yearly 风险点排查, the 防控措施, a half-yearly 警示教育 and the 廉洁提醒; the 年初 要点 and 责任书, a quarterly 报告, the 年底 述职 and the 年终 总结;
the 年底 满意度 测评 in bands for the whole 6 points).

The title (bold, centred), a centred "（考核对象：局属天水、平凉、临夏、武都、张掖、酒泉中心地震台党支部）" line and a plain "党支部： 考核组：
考核日期：" line above one table: 考核项目 | 考核指标 | 考核要求 | 分值 | 评分标准 | 佐证材料. There is NO 序号: the items are numbered by position
(1..15). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on one line, "一、政治建设（18分）".
考核指标 is a short sub-label (`Row.indicator`); 考核要求 says what is required (`Row.text`). 分值 is a plain number BEFORE the 评分标准. 佐证材料
(`Row.method`) names the papers the 支部 lays out, joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in
figures and Chinese numerals, nearly all in the 考核要求 ("每月开展一次", "每季度开展一次", "每年…不少于40学时", "每半年专题研究一次", "每年讲党课
不少于2次", "每年“七一”前后", "每年组织一次", "按期", "3至5人", "1名", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每月开展一次", "不低于百分之八十五", "每年召开一次", "按月", "每半年公示一次", "年内…不少于1名", "24小时", "百分之九十九以上", "百分之
九十八以上", "年内…不少于6场", "每年“5·12”前后…一次", "每年…不少于2次", "1个", "每半年开展一次", "不少于2名", "每年开展一次", "每半年开展一次",
"节假日前", "年初", "每季度…报告一次", "年底", "年终", "年底", "不低于百分之九十"); "每低0.5个百分点" once; "最高扣" caps; "酌情扣0.5分" twice,
"酌情扣0.5-1分" once and "酌情扣1-2分" once; one set of bands (the 满意度 for all 6 points closed by "80%以下的不得分"); one "实行一票否决，本项不得分";
two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzc_gansu_dizhenju_taizhan_zhibu_docx",
    fmt="docx",
    title="甘肃省地震局2025年度基层台站党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（18分）", 18, (
            Row("支部每月开展一次集中学习，每季度开展一次专题研讨；党员每年参加学习培训不少于40学时；野外观测站等偏远台站党员通过“学习强国”、网上"
                "党校参加学习。", 6,
                "集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；偏远台站党员学习无记录的，"
                "酌情扣0.5分。", "学习记录、学时登记表", indicator="理论学习"),
            Row("支部每半年专题研究一次意识形态工作；地震监测数据、震情信息和科普信息对外发布执行审核制度，不擅自对外发布震情信息；党员不传播地震"
                "谣言。", 6,
                "专题研究每少1次扣1分；对外发布信息未经审核的，每次扣1分，最高扣2分；党员传播地震谣言或擅自发布震情信息造成不良影响的，实行一票"
                "否决，本项不得分。", "专题研究会议记录、信息发布审核单", indicator="意识形态"),
            Row("支部书记每年讲党课不少于2次；每年“七一”前后组织党员重温入党誓词；每年组织一次到红色教育基地或防震减灾科普教育基地开展现场教学。", 6,
                "书记讲党课每少1次扣1分；未组织重温入党誓词的扣1分；未开展现场教学的扣1.5分。", "党课讲稿、活动照片", indicator="党性教育"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部按期换届，支委会由3至5人组成；党员人数较少的野外观测站与中心台联合建立党支部，每个观测站明确1名党员联络员。", 5,
                "未按期换届的扣2分；支委配备不齐的扣1分；观测站未明确党员联络员的，每个扣0.3分，最高扣1分。", "换届批复、支委分工表",
                indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；值班党员通过视频方式参加，会议记录规范完整。",
                8,
                "“三会一课”每少1次扣0.5分，最高扣4分；值班党员未参加且未补学的，每人次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5-1分。",
                "会议记录本、签到表、视频会议截图", indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合“5·12”防灾减灾日、“7·28”唐山地震纪念日等确定活动主题；党员参加率不低于百分之八十五。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣1.5分；活动主题与业务工作结合不紧的，酌情扣0.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求意见，班子成员之间、班子成员与党员之间开展谈心谈话；会后制定整改清单，评议结果"
                "报局机关党委备案。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见或未开展谈心谈话的扣1分；无整改清单的扣0.5分；评议结果未备案的扣"
                "0.5分。", "组织生活会记录、民主评议测评表", indicator="组织生活会"),
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；年内确定入党积极分子不少于1名，注重在青年监测预报技术骨干中发展党员。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未确定入党积极分子的扣1.5分。", "党费收缴台账、公示截图",
                indicator="党员管理"),
        )),
        Section("业务融合", "三、业务融合（34分）", 34, (
            Row("在监测值班、仪器运维岗位设立党员先锋岗，党员带头落实24小时值班制度；地震监测台网运行率达到百分之九十九以上，数据连续率达到百分之"
                "九十八以上；震后按规定时限完成地震速报。", 9,
                "未设立党员先锋岗的扣1分；值班脱岗、漏岗的，每次扣0.5分；运行率每低0.5个百分点扣1分，最高扣3分；数据连续率低于98%的扣1分；速报"
                "超时或出现错误的，每次扣1分；因值班失职造成重大漏报、错报的，本项不得分。", "值班日志、台网运行月报", indicator="监测预报"),
            Row("支部组织党员开展防震减灾科普“进学校、进社区、进农村”，年内开展科普宣传活动不少于6场；每年“5·12”前后组织开展一次科普宣传周活动；"
                "台站科普场所向公众开放。", 8,
                "科普宣传活动每少1场扣0.5分，最高扣3分；未开展科普宣传周活动的扣1分；科普场所未开放的扣1分。", "活动方案、活动照片、参观登记簿",
                indicator="防震减灾科普"),
            Row("党员参加地震应急救援队伍，每年参加应急演练不少于2次；建立党员应急突击队；发生有感地震后，党员第一时间赶赴现场开展流动观测和震情"
                "调查。", 8,
                "应急演练每少1次扣1分；未建立党员应急突击队的扣1分；震后应急响应迟缓、党员未按要求到岗的，每人次扣0.5分，最高扣2分。",
                "演练方案、突击队名单", indicator="震情应急"),
            Row("与地震重点危险区内的1个村（社区）党组织结对共建，签订共建协议，每半年开展一次共建活动；协助结对村开展农居抗震设防宣传，指导建立地震"
                "群测群防员队伍，群测群防员不少于2名。", 9,
                "未签订共建协议的扣1分；共建活动每少1次扣1分；群测群防员每少1名扣0.5分；抗震设防宣传指导流于形式的，酌情扣1-2分。",
                "共建协议、群测群防员名册、活动照片", indicator="结对共建"),
        )),
        Section("作风建设", "四、作风建设（18分）", 18, (
            Row("每年开展一次廉洁风险点排查，围绕仪器设备采购、台站基建、项目经费使用等环节制定防控措施；每半年开展一次警示教育；节假日前开展廉洁"
                "提醒。", 6,
                "未开展风险点排查的扣1分；无防控措施的扣1分；警示教育每少1次扣0.5分；未开展廉洁提醒的，每次扣0.3分；党员受到党纪政务处分的，本项"
                "不得分。", "风险点排查表、警示教育记录", indicator="廉洁自律"),
            Row("年初制定支部工作要点，签订党风廉政建设责任书；每季度向局机关党委报告一次支部工作；年底支部书记述职；年终形成工作总结。", 6,
                "无工作要点的扣1分；未签订责任书的扣1分；报告每少1次扣0.5分；未述职的扣1.5分；无工作总结的扣1分。", "工作要点、责任书、述职报告、"
                "工作总结", indicator="责任落实"),
            Row("年底由局机关党委组织台站党员、职工对支部工作开展满意度测评，满意度不低于百分之九十。", 6,
                "满意度90%以上的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "满意度测评表", indicator="群众评价"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核要求", "分值", "评分标准", "佐证材料"]
NOTE = ("备注：本表由局机关党委于12月组织考核，采取查阅资料、实地查看、调阅值班视频、个别谈话、问卷测评相结合的方式进行；各项扣分以该项分值为"
        "限，扣完为止；台网运行率、数据连续率以中国地震台网中心运行监控系统统计为准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分"
        "的为“一般”，70分以下的为“差”，考核结果作为“红旗台站”评选和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：局属天水、平凉、临夏、武都、张掖、酒泉中心地震台党支部）")
    document.add_paragraph("党支部：                考核组：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
