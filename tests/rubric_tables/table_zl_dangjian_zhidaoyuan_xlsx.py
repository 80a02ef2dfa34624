"""中共成都市武侯区委社会工作部2026年度“两新”组织党建指导员履职考核细则 (.xlsx), as a 四川 区委社会工作部 (with the
街道党工委) scores each 党建指导员 sent to 非公企业 and 社会组织 on 联系指导、组织覆盖、规范提升、作用发挥、自身建设.

A merged title row, a merged "指导员姓名：…  派出单位：…  联系组织数：…家" line and a right-aligned "（满分100分）" line above
the header 考核项目 | 序号 | 考核指标 | 考核内容及要求 | 分值 | 扣分办法 | 佐证资料 | 得分. The categories are MERGED CELLS
down the 考核项目 column, printed on one line "一、联系指导（20分）". 序号 RESTARTS at 1 in every category (ids "3.2").
考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料 (`Row.method`) names the papers the
指导员 hands in. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zl_dangjian_zhidaoyuan_xlsx",
    fmt="xlsx",
    title="中共成都市武侯区委社会工作部2026年度“两新”组织党建指导员履职考核细则",
    numbering="restart",
    sections=(
        Section("联系指导", "一、联系指导（20分）", 20, (
            Row("每名党建指导员联系“两新”组织不少于5家，每月到所联系组织走访不少于1次，如实填写《党建指导员工作日志》。", 8,
                "联系组织不足5家的扣2分；走访每少1次扣0.5分，最多扣4分；无工作日志的扣2分。", "工作日志、联系组织名单",
                indicator="走访联系"),
            Row("每季度与所联系组织的党组织书记、出资人（负责人）谈心谈话不少于1次，了解生产经营和党建工作情况。", 5,
                "谈心谈话每少1次扣0.5分。", "谈话记录", indicator="谈心谈话"),
            Row("建立所联系组织基本情况台账，涵盖党员、员工、出资人、经营状况等信息，每半年更新1次。", 4,
                "无基本情况台账的扣2分；未按时更新的扣1分。", "基本情况台账", indicator="底数台账"),
            Row("每季度向所在街道党工委书面报告1次指导工作情况；遇劳资纠纷、群体性事件等重大情况即时报告。", 3,
                "书面报告每少1次扣0.5分；重大情况未及时报告的扣1分。", "书面报告", indicator="情况报告"),
        )),
        Section("组织覆盖", "二、组织覆盖（25分）", 25, (
            Row("对所联系组织中的党员开展全面排查，摸清党员底数，建立党员花名册，“口袋党员”“隐形党员”做到应查尽查。", 6,
                "无党员花名册的扣2分；排查不到位、遗漏党员的，每人扣0.5分。", "党员花名册", indicator="党员排查"),
            Row("推动有3名以上正式党员的组织单独建立党组织，党员不足3名的组建联合党支部；年内新建党组织不少于1个。", 8,
                "具备条件未单独建立党组织的，每个扣2分；新建党组织每少1个扣3分。", "党组织成立批复", indicator="组织组建"),
            Row("对暂不具备组建条件的组织，通过选派党建工作联络员等方式实现党的工作覆盖，工作覆盖率达到100%。", 5,
                "覆盖率每低5个百分点扣1分。", "覆盖情况统计表", indicator="工作覆盖"),
            Row("注重在所联系组织的生产经营骨干、一线员工中发现培养入党积极分子，年内推荐入党积极分子不少于2名。", 6,
                "每少推荐1名扣2分。", "积极分子推荐表", indicator="发展培养"),
        )),
        Section("规范提升", "三、规范提升（30分）", 30, (
            Row("指导所联系党组织落实“三会一课”：支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；"
                "指导员每年列席所联系党组织“三会一课”不少于4次。", 8,
                "所联系党组织每少开1次会议扣0.5分，最多扣4分；指导员列席每少1次扣1分。", "会议记录、签到表",
                indicator="三会一课"),
            Row("指导所联系党组织每年召开1次组织生活会，开展民主评议党员，指导员全程参加并作点评。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；指导员未参加的扣1分。", "会议记录、民主评议表",
                indicator="组织生活会"),
            Row("指导所联系党组织党员按月交纳党费，党费收缴台账规范，党费收缴率达到100%。", 5,
                "无党费收缴台账的扣2分；收缴率每低1个百分点扣0.2分。", "党费收缴台账", indicator="党费收缴"),
            Row("推动所联系组织落实党组织活动场所，做到有场所、有标识、有党旗、有制度上墙。", 5,
                "“四有”每缺1项扣1分。", "阵地照片", indicator="阵地建设"),
            Row("推动党建工作写入企业章程或社会组织章程，帮助建立党组织参与重大事项决策、“党建+业务”融合的工作机制。", 4,
                "党建工作未写入章程的扣2分；融合机制不健全的，酌情扣1—2分。", "企业（社会组织）章程", indicator="党建入章"),
            Row("指导所联系党组织年初制定党建工作计划，年底组织党组织书记抓党建述职。", 3,
                "缺工作计划的扣1分；未组织书记述职的扣2分。", "党建工作计划、述职材料", indicator="计划述职"),
        )),
        Section("作用发挥", "四、作用发挥（15分）", 15, (
            Row("指导所联系组织每半年至少开展1次党员志愿服务或公益慈善活动；推动所联系党组织与属地社区党组织签订共建协议。",
                5, "志愿服务每少1次扣1分；未签订共建协议的扣1分。", "活动照片、共建协议", indicator="服务社会"),
            Row("协调解决所联系组织在融资、用工、政策享受等方面的困难问题，年内帮助解决实际问题不少于3件，建立问题办理台账。",
                5, "每少解决1件扣1分；无问题办理台账的扣1分。", "问题办理台账", indicator="服务发展"),
            Row("所联系组织出资人、党员和员工对指导员工作的满意度（由区委社会工作部随机回访，每名指导员回访不少于10人）。", 5,
                "满意度95%以上得5分；85%（含）—95%得3分；75%（含）—85%得1分；75%以下不得分。", "回访记录",
                indicator="满意评价"),
        )),
        Section("自身建设", "五、自身建设（10分）", 10, (
            Row("党建指导员每年参加区委社会工作部组织的业务培训不少于24学时，年度业务知识测试成绩合格。", 4,
                "培训每少4学时扣1分；测试不合格的扣2分。", "学时登记表、测试成绩", indicator="学习培训"),
            Row("严守工作纪律，不得在所联系组织报销费用、接受宴请或收受礼品礼金，不得干预所联系组织正常经营。", 3,
                "发现违反工作纪律的，本项不得分。", "个人廉洁承诺书", indicator="廉洁自律"),
            Row("年终向区委社会工作部报送个人年度履职报告，如实总结工作成效和问题不足。", 3,
                "未报送履职报告的扣3分；报告内容空泛、避重就轻的扣1分。", "履职报告", indicator="履职报告"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核内容及要求", "分值", "扣分办法", "佐证资料", "得分"]
NOTE = ("说明：1.考核采取指导员自评、街道党工委初评、区委社会工作部复核的方式，复核得分为最终得分；2.各项扣分以该项分值为限；"
        "3.考核得分90分以上的评为“优秀党建指导员”，60分以下的予以调整，不再担任党建指导员。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党建指导员履职考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "指导员姓名：                派出单位：                          联系组织数：     家", ncols)
    xlsx_line(ws, "（满分100分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (3, 4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 10, 50, 6, 42, 20, 7))
    wb.save(str(path))
