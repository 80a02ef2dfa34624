"""Workbooks: the 党费 register by month (with a 上缴 sheet), the 党员花名册 with date cells, the 党员分类管理台账, the
volunteer team, the register of 办实事, the 楼宇企业党组织覆盖 摸排表, the 党校 trainees, the station's service log,
the 测评 and 评议 results, the 经费 account, the job-training list — and sheets that serve no item (2024's dues, the
property company's tenant list, the clerk's own 工作量 sheet)."""

from __future__ import annotations

import datetime as dt

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .folders import HEAP, MEMBERS, OLD, SERVICE, TEAM, YEAR_END, quarter
from .people import (
    ARREARS,
    CLERK,
    CONFIRMED,
    DEPUTY,
    FIRMS,
    MEMBER_COUNT,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    PROPERTY,
    SECRETARY,
    VOLUNTEERS,
    members,
)

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title(ws, text: str, ncols: int) -> None:
    ws["A1"] = text
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A1"].alignment = CENTER


def _save(y: Year, wb, rel: str, kind: str, date, items: list[str], **kw) -> None:
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, kind, date, items, **kw)


def dues(y: Year) -> None:
    """Monthly register: 褚天宇 8-10月 未交 (补交 11月); 陶思远 from July."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2025党费"
    _title(ws, f"{ORG}2025年党员党费交纳情况登记表", 17)
    ws.append(["序号", "姓名", "党小组", "月交纳标准", *[f"{m}月" for m in range(1, 13)], "备注"])
    for i, mem in enumerate(members(), 1):
        months: list[object] = [mem.dues_month] * 12
        note = ""
        if mem.name == ARREARS:
            months[7:10] = ["未交", "未交", "未交"]
            months[10] = mem.dues_month * 4
            note = "8月调外地工作，8—10月未交，11月补交"
        if mem.name == NEW_MEMBER:
            months[:6] = ["—"] * 6
            note = "6月27日接收为预备党员，7月起交纳"
        ws.append([i, mem.name, mem.group, mem.dues_month, *months, note])
    ws.append([])
    ws.append([f"收缴：{ORGANISER}    审核：{SECRETARY}"])
    up = wb.create_sheet("上缴")
    up.append(["季度", "应交人数", "实交金额", "上缴日期", "经手人"])
    for qn, (n, amount, day) in enumerate([(37, 3456.0, "2025-03-31"), (37, 3456.0, "2025-06-30"),
                                           (38, 3411.0, "2025-09-30"), (38, 3561.0, "2025-12-29")], 1):
        up.append([f"第{qn}季度", n, amount, day, ORGANISER])
    _save(y, wb, f"{MEMBERS}/党费/2025年党费交纳登记.xlsx", "党费台帐", str(y.year), ["14"],
          note="按月登记；褚天宇8—10月“未交”")


def roster(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "党员名册"
    _title(ws, f"{ORG}党员名册（2025年6月30日）", 11)
    ws.append(["序号", "姓名", "性别", "出生日期", "学历", "入党日期", "党员类别", "所在党小组", "工作单位", "人员类型", "备注"])
    for i, mem in enumerate(members(), 1):
        born = dt.datetime.strptime(mem.born, "%Y-%m-%d")
        joined = dt.datetime.strptime(mem.joined, "%Y-%m-%d")
        probation = mem.name in (NEW_MEMBER, CONFIRMED)
        ws.append([i, mem.name, mem.gender, born, mem.education, joined, "预备党员" if probation else "正式党员", mem.group,
                   mem.firm, mem.kind, ""])
        for col in (4, 6):
            ws.cell(i + 2, col).number_format = "yyyy/m/d"
    ws.cell(MEMBER_COUNT + 4, 1, f"制表人：{CLERK}")
    _save(y, wb, f"{MEMBERS}/党员名册（6月底）.xlsx", "花名册", y.d(6, 30), ["8"], note="38名党员，截至6月30日")


def registers(y: Year) -> None:
    mems = members()
    # 分类管理 (item 23)
    wb = Workbook()
    ws = wb.active
    _title(ws, "云锦大厦联合党支部党员分类管理台账（2025年）", 6)
    ws.append(["类别", "人数", "姓名", "教育管理方式", "联系支委", "备注"])
    by_kind: dict[str, list[str]] = {}
    for mem in mems:
        by_kind.setdefault(mem.kind, []).append(mem.name)
    ways = {"在职": "按楼层编入党小组，午间学习、线上学习平台", "流动": "“云锦红”微信群推送学习资料，季度电话谈心，返回时补课",
            "退休返聘": "送学上门，结对联系"}
    for kind, names in by_kind.items():
        ws.append([f"{kind}党员", len(names), "、".join(names), ways[kind], DEPUTY if kind != "在职" else ORGANISER, ""])
    _save(y, wb, f"{MEMBERS}/党员管理/党员分类管理台账.xlsx", "其他", str(y.year), ["23"])
    # 志愿服务队 (item 13)
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "云锦大厦党员志愿服务队名单"
    ws["A2"] = f"支部党员{MEMBER_COUNT}名，服务队党员{VOLUNTEERS}名（2025年3月）"
    ws.append(["序号", "姓名", "单位", "专长", "服务时段"])
    skills = ["法律咨询", "财税咨询", "义诊", "心理疏导", "摄影", "IT维修", "课业辅导"]
    for i, mem in enumerate(mems[:VOLUNTEERS], 1):
        ws.append([i, mem.name, mem.firm, skills[i % len(skills)], "周末" if i % 3 else "午间"])
    _save(y, wb, f"{SERVICE}/志愿服务/党员志愿服务队名单.xlsx", "花名册", "2025-03", ["13"], note="23名队员（约60.5%）")
    # 办实事 (item 28)
    wb = Workbook()
    ws = wb.active
    _title(ws, "2025年办实事项目推进台账", 6)
    ws.append(["序号", "项目", "牵头人", "计划完成", "完成日期", "状态"])
    for i, row in enumerate([("5楼母婴室", DEPUTY, "6月", "2025-06-18"), ("共享午餐点", SECRETARY, "7月", "2025-07-07"),
                             ("电动车充电桩40个", "贺春梅", "8月", "2025-08-22"), ("企业法律体检", SECRETARY, "9月", "2025-09-26"),
                             ("楼宇专场招聘会", DEPUTY, "10月", "2025-10-30"), ("白领心理健康讲座4场", "蒋文涛", "11月", "2025-11-21")], 1):
        ws.append([i, *row, "已完成"])
    _save(y, wb, f"{SERVICE}/办实事/办实事推进台账.xlsx", "其他", str(y.year), ["28"])
    # 覆盖摸排 (item 21)
    wb = Workbook()
    ws = wb.active
    _title(ws, "云锦大厦非公企业党组织覆盖情况摸排表", 7)
    ws.append(["序号", "企业名称", "员工数", "党员数", "应建/已建", "组建方式", "党建指导员"])
    for i, firm in enumerate(FIRMS, 1):
        n = [3, 12, 4, 5, 2, 1, 6, 3, 2, 1, 1, 2][i - 1]
        state = "已单独建支部" if n >= 3 else "纳入联合党支部"
        ws.append([i, firm, 20 + i * 7, n, "应建已建" if n >= 3 else "—", state, DEPUTY])
    ws.append(["合计：12家企业，应单独建立党组织6家，已建6家，应建已建率100%；其余企业党员纳入联合党支部。"])
    ws.append(["摸排时间：2025年4月15日"])
    _save(y, wb, f"{TEAM}/楼宇企业党组织覆盖摸排表.xlsx", "其他", y.d(4, 15), ["21"])
    # 党校 (item 10)
    wb = Workbook()
    ws = wb.active
    _title(ws, "南湖街道党校2025年春季党员轮训班参训名单（云锦大厦联合党支部）", 5)
    ws.append(["序号", "姓名", "单位", "参训日期", "结业"])
    for i, mem in enumerate(mems[5:14], 1):
        ws.append([i, mem.name, mem.firm, "2025-03-08", "已结业"])
    _save(y, wb, f"{MEMBERS}/党员教育/街道党校春季轮训参训名单.xlsx", "其他", y.d(3, 8), ["10"])
    # 服务站 台账 (item 19)
    wb = Workbook()
    ws = wb.active
    _title(ws, f"{ORG}党群服务站服务登记（2025年）", 5)
    ws.append(["月份", "党内服务（件）", "公共服务（人次）", "主要事项", "登记人"])
    for month in range(1, 13):
        ws.append([f"{month}月", 3 + month % 4, 160 + month * 17, "组织关系转接、政策咨询、母婴室、图书借阅", CLERK])
    _save(y, wb, f"{SERVICE}/党群服务站/服务站服务登记台账.xlsx", "其他", str(y.year), ["19"])
    # 经费 (item 20)
    wb = Workbook()
    ws = wb.active
    _title(ws, "2025年支部活动经费收支明细", 5)
    ws.append(["日期", "摘要", "收入", "支出", "经手人"])
    for row in [("2025-01-10", "街道拨付党组织工作经费", 15000, None, ORGANISER),
                ("2025-04-03", "清明主题党日租车", None, 900, DEPUTY), ("2025-06-28", "七一纪念章、学习资料", None, 1860, ORGANISER),
                ("2025-08-10", "党费返还（党员教育）", 4200, None, ORGANISER), ("2025-11-25", "党课资料印刷", None, 480, CLERK),
                ("2025-12-05", "志愿服务保险", None, 690, DEPUTY)]:
        ws.append(list(row))
    ws.append(["", "合计", 19200, 3930, ""])
    _save(y, wb, f"{TEAM}/2025年活动经费收支.xlsx", "其他", str(y.year), ["20"])
    # 就业培训 (item 31)
    wb = Workbook()
    ws = wb.active
    _title(ws, "楼宇招聘会现场报名职业技能培训人员名单", 6)
    ws.append(["序号", "姓名", "性别", "年龄", "人员类别", "培训项目"])
    for i, row in enumerate([("宋某某", "女", 38, "失业人员", "育婴员"), ("吴某某", "男", 27, "待业人员", "电商运营"),
                             ("郑某某", "女", 45, "下岗职工", "育婴员"), ("王某某", "男", 31, "待业人员", "电商运营"),
                             ("冯某某", "女", 29, "待业人员", "电商运营")], 1):
        ws.append([i, *row])
    ws.append(["报送：云锦大厦联合党支部、南湖社区    2025年10月31日"])
    _save(y, wb, f"{SERVICE}/就业/推荐技能培训人员名单.xlsx", "其他", y.d(10, 31), ["31"])


def results(y: Year) -> None:
    names = [m.name for m in members()]
    wb = Workbook()
    ws = wb.active
    _title(ws, "2025年度党员群众满意度测评统计", 6)
    ws.append(["测评范围：支部党员、楼宇企业负责人和员工代表    发放250份，收回249份，有效249份"])
    ws.append(["测评对象", "满意", "基本满意", "不满意", "满意率", "备注"])
    ws.append(["支部党建工作总体", 221, 16, 12, "95.2%", "（满意+基本满意）/有效票"])
    ws.append(["支部书记", 212, 21, 16, "93.6%", ""])
    ws.append(["统计：贺春梅    2025年12月15日"])
    _save(y, wb, f"{YEAR_END}/满意度测评统计表.xlsx", "测评", y.d(12, 15), ["33", "3"], note="95.2%、93.6%，均超过90%")
    wb = Workbook()
    ws = wb.active
    _title(ws, "2024年度民主评议党员结果", 5)
    ws.append(["评议时间：2025年1月16日"])
    ws.append(["序号", "姓名", "自评", "互评等次", "支部评定"])
    for i, name in enumerate(names[:36], 1):
        level = "优秀" if i in (2, 5, 9, 14, 20, 27) else "合格"
        ws.append([i, name, "合格", level, level])
    _save(y, wb, f"{quarter(1)}/民主评议党员结果.xlsx", "测评", y.d(1, 16), ["12"], note="2024年度民主评议（2025年1月）")


def not_evidence(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _title(ws, f"{ORG}2024年党员党费交纳情况登记表", 15)
    ws.append(["序号", "姓名", "月交纳标准", *[f"{m}月" for m in range(1, 13)]])
    for i, mem in enumerate([m for m in members() if m.name != NEW_MEMBER], 1):
        ws.append([i, mem.name, mem.dues_month, *([mem.dues_month] * 12)])
    _save(y, wb, f"{OLD}/2024年/2024党费登记.xlsx", "党费台帐", str(y.year - 1), [], note="2024年的党费台账")
    wb = Workbook()
    ws = wb.active
    ws.append(["云锦大厦入驻企业名录（物业）"])
    ws.append(["楼层", "企业名称", "租赁面积（㎡）", "联系人", "到期日"])
    for i, firm in enumerate(FIRMS, 1):
        ws.append([f"{3 + i * 2}F", firm, 300 + i * 45, "前台", f"202{6 + i % 3}-0{1 + i % 9}-30"])
    _save(y, wb, f"{HEAP}/入驻企业名录（物业提供）.xlsx", "其他", None, [], note="物业的租户名录：不是党组织的材料")
    wb = Workbook()
    ws = wb.active
    ws.append(["2025年个人考勤及加班统计（宋可欣）"])
    ws.append(["月份", "应出勤（天）", "实出勤（天）", "请假（天）", "加班（小时）", "调休（天）"])
    for month in range(1, 13):
        ws.append([f"{month}月", 21 + month % 2, 20 + month % 2, 1 if month % 4 == 0 else 0, month % 4 * 2, month % 3 // 2])
    _save(y, wb, f"{HEAP}/个人考勤加班统计.xlsx", "其他", str(y.year), [], note="社工个人的考勤，不是支部的台账")
    _ = PROPERTY


def write(y: Year) -> None:
    dues(y)
    roster(y)
    registers(y)
    results(y)
    not_evidence(y)
