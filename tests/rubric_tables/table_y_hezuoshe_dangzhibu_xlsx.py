"""中共海伦市共合镇委员会2026年度农民专业合作社党支部建设考核评分表 (.xlsx), as the 镇党委 scores each 农民专业合作社
党支部 (set up in the 合作社 itself, or jointly with the 村党组织) on 组织建设、组织生活、发展带动、阵地与台账.

A merged title row, a merged "合作社名称（盖章）：…  党员人数：…名  考核时间：2026年  月  日" line, then the header
考核项目 | 序号 | 评价要素 | 标准分 | 评分办法 | 备查资料 | 得分. The categories are MERGED CELLS down the 考核项目
column, printed "组织建设（20分）" (the category name is "组织建设"). 序号 is printed 1..19 through the sheet (a number
cell). 标准分 is printed as text "5分". 备查资料 (`Row.method`) names the papers; "实地查看" where none. 得分 is blank.
A 合计 row (the label merged over 考核项目..评价要素, "100分" under 标准分) and a merged 注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="y_hezuoshe_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共海伦市共合镇委员会2026年度农民专业合作社党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设（20分）", 20, (
            Row("合作社有正式党员3名以上的单独成立党支部，党员不足3名的与村党组织联合组建，党组织覆盖率100%。", 4,
                "党组织应建未建的本项不得分。", "党组织成立批复"),
            Row("党支部书记由合作社理事长或骨干党员担任，书记年龄一般在50周岁以下、具有高中（中专）以上文化程度。", 5,
                "书记年龄、学历不符合要求的，每项扣1分；书记由非骨干人员担任的扣2分。", "支部班子成员名册"),
            Row("支部委员会每月第一周召开，研究合作社生产经营中的重大事项，全年不少于12次。", 5,
                "每少1次扣0.5分。", "支委会记录"),
            Row("每两年从合作社社员、致富能手中发展党员至少1名，注重发展35岁以下青年农民。", 6,
                "两年内未发展党员的扣4分；培养入党积极分子少于2名的扣2分。", "发展党员档案"),
        )),
        Section("组织生活", "组织生活（26分）", 26, (
            Row("农闲时节每月、农忙时节每两个月召开1次党员大会，全年不少于8次。", 6,
                "全年少于8次的，每少1次扣1分。", "会议记录、签到表"),
            Row("党支部书记每年至少讲1次党课，邀请农技专家结合党课开展技术培训不少于2次。", 5,
                "党课未讲的扣3分；技术培训每少1次扣1分。", "党课材料、培训照片"),
            Row("每年召开组织生活会，开展民主评议党员；评议时邀请不少于5名社员代表参加。", 5,
                "未召开的扣3分；未邀请社员代表参加的扣1分；未开展民主评议的扣1分。", "会议记录、评议结果"),
            Row("按季开展主题党日活动，把党员学习与田间管理、农机维修等结合，每次时间不少于半天。", 5,
                "每少开展1次扣1分；活动流于形式的酌情扣分。", "活动记录、照片"),
            Row("党员按月足额交纳党费，外出务工党员可通过微信转账交纳，党费台账每季度公示。", 5,
                "党费每欠交1人次扣0.5分；未按季公示的每次扣0.5分。", "党费台账、公示照片"),
        )),
        Section("发展带动", "发展带动（34分）", 34, (
            Row("落实“党支部+合作社+农户”模式，合作社带动周边农户入社，年内新增入社农户不少于20户，其中脱贫户、监测户不少于"
                "5户。", 7,
                "新增入社农户每少1户扣0.2分；带动脱贫户、监测户不足5户的扣2分。", "社员花名册、入社申请书"),
            Row("合作社财务公开，每半年向社员公开1次财务收支和盈余分配情况，盈余按交易量返还比例不低于可分配盈余的60%。", 7,
                "未公开的每次扣2分；返还比例每低5个百分点扣1分。", "财务报表、公开照片、分配方案"),
            Row("党员示范户每人结对帮带农户不少于3户，全年开展种养技术指导不少于4次。", 6,
                "结对户数不足的，每人扣0.5分；技术指导每少1次扣0.5分，最多扣2分。", "结对帮带台账"),
            Row("合作社年经营收入比上年增长10%以上，带动村集体经济增收。", 7,
                "增长10%以上的得7分，增长5%（含）—10%的得5分，增长0—5%的得3分，负增长的不得分。", "年度财务决算报告"),
            Row("参与村级公益事业、人居环境整治等，合作社党员全年参加义务劳动不少于3次。", 3,
                "每少1次扣0.5分。", "照片"),
            Row("合作社依法依规经营，无套取骗取涉农资金、违规担保、非法集资等问题，无安全生产和农产品质量安全事故。", 4,
                "出现非法集资、骗取涉农资金问题的，一票否决，本项不得分；发生安全事故的扣3分。", "相关部门函询意见"),
        )),
        Section("阵地与台账", "阵地与台账（20分）", 20, (
            Row("设立合作社党员活动室，做到有场所、有标识、有制度、有设备，可与合作社办公场所共用。", 5,
                "“四有”每缺一项扣1分。", "实地查看"),
            Row("建立党员积分管理台账，按月记实，年底评选“五好党员”并张榜公示。", 5,
                "无积分台账的扣3分；未公示的扣1分。", "积分台账、公示照片"),
            Row("年初制定支部年度工作计划并报镇党委备案，年终形成工作总结，支部书记向镇党委述职。", 6,
                "缺计划、总结的，每缺一项扣1.5分；未述职的扣2分。", "计划、总结、述职报告"),
            Row("档案资料分类归档，党员发展、组织生活、党费收缴等资料齐全，专人管理。", 4,
                "资料缺失的，每类扣0.5分；归档混乱的酌情扣1—2分。", "档案盒"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "评价要素", "标准分", "评分办法", "备查资料", "得分"]
NOTE = ("注：1.考核由镇党委组织办会同镇农业综合服务中心进行，采取查阅资料、实地查看、走访社员相结合的方式；2.各项扣分不"
        "超过该项标准分；3.考核得分作为评选“党建示范合作社”和申报扶持项目的重要参考。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合作社党支部"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=14, bold=True), center)
    xlsx_line(ws, "合作社名称（盖章）：                      党员人数：    名        考核时间：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    n = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            n += 1
            ws.append([s.printed if ws.max_row + 1 == top else None, n, row.text, f"{_fmt(row.points)}分",
                       row.scoring, row.method or None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (11, 6, 46, 8, 42, 20, 7))
    wb.save(str(path))
