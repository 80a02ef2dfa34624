"""珠海市青少年宫党支部2025年度党建工作考核细则 (.docx), as the 机关党委 of the 共青团珠海市委员会 (its 组织部 with the 少年部 and the 机关
纪委, a 考核组 in December) scores the 党支部 of the city's 青少年宫: a 校外教育 house of 舞蹈, 书画, 科技 and 机器人 classes on weekday
evenings and weekends, 外聘教师 beside the 在编 ones, fees the 发展改革局 fixes and 公益 classes the 宫 must keep up, the “双减” that
forbids 学科类 training, parents waiting in the lobby, the 暑期 “小候鸟” classes for the children of 来珠务工人员, the 少先队 and 共青团
校外辅导员, and 澳门 across the border with its 青少年社团 coming over for 交流: 政治建设 (the “第一议题” with a monthly 集中学习, 32学时 and
a quarterly 学习交流, a half-yearly 研判 with the 审核率 of the 课程教材 and the 先审后发, the 书记's two 党课 with one 思政课 and the 入党
誓词), 组织建设 (the “三会一课” with the 到会率 and the 签到表, the monthly 主题党日 with the 组织生活会, 民主评议, 谈心谈话, the 通报 and the
照片, one 积极分子 a year and "每两年至少发展党员1名" with 党费 and a half-yearly 公示, two 汇报 of the 团支部 with three 校外辅导员 and a
yearly “推优入党”), 业务融合 (the 公益性 课程 占比 with the 公示 of the 收费 and a 一票否决, five 示范课堂 and 先锋岗 with a 公益课程 each
学期 and the 满意度 in bands, a monthly 安全检查 with the 隐患整改台账, a 演练 each 学期, the 安全预案 and the 报备, two “小候鸟” 托管班 with
the 志愿服务队 and a quarterly 志愿服务, four 珠澳 交流活动 with the 活动方案 and the 审批) and 作风建设和责任落实 (the 师德承诺书 with a
yearly 专题教育 and the 投诉登记, the 年初 计划 and 责任书, a half-yearly 报告, the 年底 述职 with the 满意度 and the 年终 总结; a
deduction-only line on 八项规定 and 礼品礼金).

The title (bold, centred) and a centred "（考核单位：共青团珠海市委员会机关党委）" line above one table: 考核项目 | 序号 | 考核内容 | 分值 |
扣分标准 | 考核方式及佐证材料. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on a
SECOND line, "一、政治建设\\n（20分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" … "4.3"). 分值 is a plain number
BEFORE the 扣分标准. 考核方式及佐证材料 (`Row.method`) names the papers the 党支部 lays out, joined by "、" (once with "实地查看" beside them;
once a way of checking: 团市委机关纪委提供). A 合计 row of 100 closes the table; a "注：" paragraph with two numbered lines follows it.
Counts in figures and Chinese numerals ("每月开展一次", "每年…不少于32学时", "每季度开展一次", "每半年专题研判一次", "每年讲党课不少于2次",
"不少于1次", "每年“七一”开展一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次",
"每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "每半年公示一次", "每年…不少于2次", "每年开展一次", "每学期至少开设1门", "每月
开展一次", "每学期开展一次", "暑期…不少于2期", "每季度至少开展1次", "每年…不少于4次", "每年开展一次", "年初", "每半年…报告一次", "年底",
"年终"); "不少于3名", "不少于5个"; "百分之八十五", "百分之六十", "百分之九十", "100%"; "最高扣" caps; "酌情扣0.5-1分" once, "酌情扣1分" once
and "酌情扣0.5分" once; one set of bands (a 满意度 for 3 of the 8 points, closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; six
plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzn_zhuhai_qingshaoniangong_zhibu_docx",
    fmt="docx",
    title="珠海市青少年宫党支部2025年度党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加集中学习培训不少于32学时；每季度开展一次青年理论学习小组学习"
                "交流。", 7,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；学习交流每少1次扣0.5分；“第一议题”落实不到位的，酌情扣1分。",
                "学习记录、学时登记表"),
            Row("落实意识形态工作责任制，每半年专题研判一次；校外教育课程教材、外聘教师讲义审核率达到100%；宫内宣传阵地、演出展览内容先审"
                "后发。", 7,
                "专题研判每少1次扣1分；课程教材、讲义未经审核的，每门扣0.5分，最高扣2分；宣传展演内容未经审核的，每次扣0.5分；发生意识形态"
                "问题造成不良影响的，实行一票否决，本项不得分。", "研判记录、审核登记表"),
            Row("支部书记每年讲党课不少于2次，其中为青少年讲思政课不少于1次；每年“七一”开展一次重温入党誓词活动。", 6,
                "书记讲党课每少1次扣1分；未为青少年讲思政课的扣1分；未开展重温入党誓词活动的扣0.5分。", "党课讲稿、活动照片"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率不低于百分之八十五。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3分；到会率每低5个百分点扣0.5分；会议记录存在补记、代签的，本项不得分。",
                "会议记录、签到表"),
            Row("每月开展一次主题党日活动；每年召开一次组织生活会，开展民主评议党员；会前支委与党员谈心谈话全覆盖；评议结果向党员通报。", 6,
                "主题党日每少1次扣0.3分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.5分；评议结果未通报的扣"
                "0.5分。", "活动记录、活动照片"),
            Row("年内确定入党积极分子不少于1名，注重从优秀青年教师中培养；每两年至少发展党员1名；党员按月交纳党费，党费收缴情况每半年公示"
                "一次。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；发展党员违反"
                "程序的，本项不得分。", "发展党员档案、党费收缴台账"),
            Row("落实党建带团建，团支部每年向党支部汇报工作不少于2次；党员教师担任少先队、共青团校外辅导员不少于3名；每年开展一次“推优入党”"
                "工作。", 6,
                "团支部汇报每少1次扣0.5分；校外辅导员每少1名扣0.5分；未开展“推优入党”的扣1分；团组织作用发挥不明显的，酌情扣0.5-1分。",
                "汇报材料、辅导员聘书、推优材料"),
        )),
        Section("业务融合", "三、业务融合\n（40分）", 40, (
            Row("坚持公益性办宫方向，公益性课程和活动占比不低于百分之六十；收费项目按价格主管部门核定标准执行并公示；不开展学科类校外培训。",
                7,
                "公益性课程占比每低5个百分点扣0.5分，最高扣2分；收费标准未公示的扣1分；超标准收费的，每项扣1分；违规开展学科类培训的，实行"
                "一票否决，本项不得分。", "课程目录、收费公示照片"),
            Row("设立党员示范课堂、党员先锋岗不少于5个，党员教师每学期至少开设1门公益课程；学员及家长满意度达到百分之九十以上。", 8,
                "示范课堂、先锋岗每少1个扣0.5分；党员教师未开设公益课程的，每人每学期扣0.3分，最高扣1.5分；满意度95%以上的得3分，90%（含）"
                "—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", "先锋岗名单、课程表、测评问卷"),
            Row("严格落实安全管理责任，每月开展一次消防和场馆设施安全检查，建立隐患整改台账；每学期开展一次学员应急疏散演练；大型活动制定安全"
                "预案并报备。", 8,
                "安全检查每少1次扣0.5分；无隐患整改台账的扣1分；疏散演练每少1次扣1分；大型活动无安全预案或未报备的，每次扣1分；发生学员伤亡"
                "责任事故的，本项不得分。", "检查记录、整改台账、演练照片、安全预案、实地查看"),
            Row("暑期开办“小候鸟”公益托管班不少于2期，优先接收来珠务工人员子女；组建党员志愿服务队，每季度至少开展1次“送课进社区、进"
                "乡村”志愿服务。", 8,
                "托管班每少1期扣1分；志愿服务每少1次扣0.5分；未组建党员志愿服务队的扣1分；托管班未优先接收务工人员子女的，酌情扣0.5分。",
                "招生名册、服务记录、活动照片"),
            Row("深化珠澳青少年交流，每年与澳门青少年社团联合举办交流活动不少于4次；活动方案按规定报团市委审批；涉澳活动安全保障、意识形态"
                "把关到位。", 9,
                "交流活动每少1次扣1分；活动方案未经审批的，每次扣1分；涉澳活动出现安全或意识形态问题的，本项不得分。",
                "活动方案、审批件、活动照片"),
        )),
        Section("作风建设和责任落实", "四、作风建设和责任落实\n（15分）", 15, (
            Row("加强师德师风建设，教职工逐人签订师德承诺书；每年开展一次师德师风专题教育；严禁在职教师有偿补课或诱导学员参加校外收费培训。",
                5,
                "承诺书签订不全的，每人扣0.2分，最高扣1分；未开展专题教育的扣1分；发现有偿补课或诱导收费的，每人次扣1分；发生严重师德失范"
                "行为的，本项不得分。", "承诺书、教育记录、家长投诉登记"),
            Row("支部年初制定党建工作计划，与机关党委签订党建工作责任书；每半年向机关党委报告一次党建工作；年底支部书记述职评议，满意度不低于"
                "百分之九十；年终形成工作总结。", 7,
                "无年度计划的扣1分；未签订责任书的扣1分；报告每少1次扣0.5分；未述职评议的扣2分；满意度每低5个百分点扣0.5分；无年终总结的扣"
                "1分。", "工作计划、责任书、述职报告、测评表、工作总结"),
            Row("党员违反中央八项规定精神，或利用职务便利收受学员家长礼品礼金、违规组织收费培训（本项为扣分项）。", 3,
                "经查实的，每人次扣1.5分；党员受到党纪政务处分的，本项不得分。", "团市委机关纪委提供"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "扣分标准", "考核方式及佐证材料"]
NOTES = (
    "注：1.本细则由团市委机关党委于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式，各项扣分以该项分值为限，扣完为止。",
    "2.考核得分90分以上的为“好”，80—89分的为“较好”，60—79分的为“一般”，60分以下的为“差”，考核结果作为党支部书记抓党建述职评议和"
    "评先评优的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核单位：共青团珠海市委员会机关党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
