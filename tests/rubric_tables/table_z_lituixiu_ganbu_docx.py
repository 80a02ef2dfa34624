"""中共西宁市城东区委老干部局2026年度离退休干部党支部建设考核评分细则 (.docx), as the 区委老干部局 (with the 区直机关
工委) scores each 离退休干部党支部 (retired cadres, many over 80, some living elsewhere) on 组织建设、组织生活、作用发挥、
服务保障.

The title (bold, centred) and a centred "（适用于区直单位及街道离退休干部党支部）" line above one table: 序号 |
考核内容及要求 | 分值 | 评分办法（加减分） | 备查资料. The categories are SECTION ROWS merged across the table, printed
"一、组织建设（满分25分）" (the category name is "组织建设"). 序号 is printed 1..16 running through. 分值 is printed
"5分". 备查资料 (`Row.method`) names the papers the 支部 keeps for inspection; blank where none. A 合计 row (the label
merged over 序号 and 考核内容及要求, "100分" under 分值) and a 附注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="z_lituixiu_ganbu_docx",
    fmt="docx",
    title="中共西宁市城东区委老干部局2026年度离退休干部党支部建设考核评分细则",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（满分25分）", 25, (
            Row("按照“就地、就近、就便”原则设置离退休干部党支部，党员人数较多的支部按居住区域划分党小组，党小组长由身体"
                "健康、热心服务的老同志担任。", 4,
                "设置不合理的，酌情扣1—2分；党小组长空缺的，每缺1名扣0.5分。", "党组织设置文件、党小组划分名单"),
            Row("支部委员会一般由3至5人组成，委员平均年龄不超过70岁，注重吸收刚退休、年纪较轻的同志进入班子；按期换届。", 5,
                "未按期换届的扣3分；委员平均年龄超过70岁的扣1分。", ""),
            Row("建立离退休干部党员基本信息档案，内容包括身体状况、居住地址、紧急联系人及联系方式，做到“一人一档”，"
                "每年核对更新不少于2次。", 5,
                "信息不全的，每人扣0.2分，最高扣2分；未按要求更新的，每次扣1分。", "党员信息档案"),
            Row("异地居住党员纳入居住地社区党组织管理或编入网上党小组，支部每季度至少联系1次，联系率100%。", 5,
                "每缺联系1人次扣0.2分；联系率低于100%的扣1分。", "联系记录"),
            Row("支部书记每年参加老干部局组织的专题培训不少于2天，每年年底向上级党组织述职。", 6,
                "未参加培训的扣2分，培训不足2天的扣1分；未述职的扣3分。", "培训证书、述职报告"),
        )),
        Section("组织生活", "二、组织生活（满分30分）", 30, (
            Row("结合老同志身体状况灵活开展“三会一课”：支委会两月一次，党员大会半年一次，党小组学习一季一次，党课一年两次。",
                10, "各项会议每少1次扣1分；会议记录缺少时间、地点、参加人员等要素的，每次扣0.3分。", "会议记录本"),
            Row("每月开展主题党日，冬季（12月至次年2月）可采取送学上门、电话交流等方式；组织身体健康的党员每年参观红色"
                "教育基地不少于1次。", 6,
                "主题党日每少1次扣0.5分；未组织参观的扣1分。", "活动照片"),
            Row("每年召开1次组织生活会，开展民主评议党员；对因病确实无法参加的党员，会前当面或电话征求意见。", 6,
                "未召开的扣4分；未开展民主评议的扣2分。", "会议记录、征求意见表"),
            Row("落实“学习日”制度，离退休干部党员每月集中学习不少于半天，全年学习时间累计不少于24小时；为行动不便的党员"
                "配发学习资料。", 8,
                "集中学习每少1次扣0.5分；全年学习时间不足的扣2分；未配发学习资料的扣1分。", "学习签到表、学习资料发放登记"),
        )),
        Section("作用发挥", "三、作用发挥（满分25分）", 25, (
            Row("组织老同志发挥政治优势、经验优势，参与社区治理、关心下一代、政策宣讲等“银发先锋”活动，身体健康的党员每人"
                "每年参与不少于3次。", 7,
                "参与率达到80%以上得7分，60%（含）—80%得5分，40%（含）—60%得3分，40%以下得1分。", "活动记录"),
            Row("组建老干部宣讲团，围绕党的创新理论和身边故事开展宣讲，全年进社区、进学校宣讲不少于6场。", 6,
                "宣讲每少1场扣1分；宣讲稿未经支部审核的扣1分。在市级以上评选中获奖的，加1分。", "宣讲稿、照片"),
            Row("为离退休干部党员建立“银龄积分”，年底评选表彰优秀老党员，表彰人数不超过党员总数的15%。", 5,
                "未实行积分管理的扣2分；未开展评选或超比例评选的扣2分。", "积分登记册"),
            Row("离退休干部党员无参与非法组织、传播政治谣言、违规从事营利性活动等情况。", 7,
                "发现一人次扣2分；情节严重、造成不良影响的，实行一票否决，本项不得分。", ""),
        )),
        Section("服务保障", "四、服务保障（满分20分）", 20, (
            Row("落实走访慰问制度，逢年过节、生日、生病住院必访，90周岁以上的党员每季度上门看望1次。", 7,
                "走访慰问每缺1人次扣0.5分；90周岁以上党员看望每少1次扣1分。", "走访登记表、照片"),
            Row("党费由支部按月收缴或由党员自愿按季度预交，党费收缴台账健全，收缴率100%。", 6,
                "党费收缴率未达100%的扣2分；台账不健全的扣1分。", "党费收缴台账"),
            Row("年初制定支部年度工作计划，年底形成工作总结；年底组织党员对支部班子进行满意度测评，满意度不低于90%。", 7,
                "缺计划或总结的，各扣1分；满意度每低1个百分点扣0.5分，最高扣4分。", "计划、总结、测评表"),
        )),
    ),
)

HEADER = ["序号", "考核内容及要求", "分值", "评分办法（加减分）", "备查资料"]
NOTE = ("附注：考核采取听取汇报、查阅资料、走访老同志相结合的方式，由区委老干部局会同各单位离退休干部工作部门于2026年"
        "12月组织实施；各项扣分以该项分值为限，加分项累计不超过3分；得分90分以上的支部，可推荐参评“全区离退休干部"
        "先进基层党组织”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于区直单位及街道离退休干部党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            for c, v in ((0, str(number)), (1, row.text), (2, f"{_fmt(row.points)}分"), (3, row.scoring),
                         (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.save(str(path))
