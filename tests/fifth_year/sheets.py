"""Workbooks as the volunteer keeps them, one sheet per month where he can: the 党费 register (sheets 1月 … 12月 and
a 汇总), the 三会一课 attendance register (a sheet per month), the 党员名册, the 分类管理 台账, the volunteers, the 实事
台账, the 经费 account, the 测评 and 评议 results — and sheets that serve no item (2024's dues, the property company's
fee list, his own 老年大学 timetable)."""

from __future__ import annotations

import datetime as dt

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Font

from .folders import A1, B1, B3, B5, D1, D2, E2, OLD, ROOT
from .people import (
    ARREARS,
    CONFIRMED,
    DEPUTY,
    MEMBER_COUNT,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    PROPERTY,
    PUBLICITY,
    SECRETARY,
    VOLUNTEERS,
    members,
)


def _save(y: Year, wb, rel: str, kind: str, date, items: list[str], **kw) -> None:
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, kind, date, items, **kw)


def _head(ws, text: str) -> None:
    ws["A1"] = text
    ws["A1"].font = Font(size=13, bold=True)


def dues(y: Year) -> None:
    """One sheet per month: 郑伟 5-7月 未交 (8月补交); 孙佳琪 from July."""
    wb = Workbook()
    wb.remove(wb.active)
    mems = members()
    for month in range(1, 13):
        ws = wb.create_sheet(f"{month}月")
        _head(ws, f"{ORG}{y.year}年{month}月党费收缴登记")
        ws.append(["序号", "姓名", "党小组", "应交（元）", "实交（元）", "交纳日期", "备注"])
        for i, mem in enumerate(mems, 1):
            if mem.name == NEW_MEMBER and month < 7:
                continue
            paid: object = mem.dues_month
            note = ""
            day = f"{y.year}-{month:02d}-{10 + i % 15:02d}"
            if mem.name == ARREARS and month in (5, 6, 7):
                paid, day, note = "未交", "", "外出务工，联系中"
            elif mem.name == ARREARS and month == 8:
                paid, note = mem.dues_month * 4, "补交5—7月"
            ws.append([i, mem.name, mem.group, mem.dues_month, paid, day, note])
        ws.append([f"收缴人：{ORGANISER}    审核：{SECRETARY}"])
    total = wb.create_sheet("汇总")
    total.append(["月份", "应交人数", "实交人数", "上缴社区党委日期"])
    for month in range(1, 13):
        n = MEMBER_COUNT - (1 if month < 7 else 0)
        total.append([f"{month}月", n, n - (1 if month in (5, 6, 7) else 0), f"{y.year}-{month:02d}-28"])
    _save(y, wb, f"{B5}/党费2025.xlsx", "党费台帐", str(y.year), ["14"], note="每月一张表；郑伟5—7月“未交”，8月补交")


def attendance(y: Year) -> None:
    """The 三会一课 attendance register, a sheet per month: who came to which meeting."""
    wb = Workbook()
    wb.remove(wb.active)
    meetings = {1: [("1月10日", "支委会", 5, 5), ("1月17日", "党员大会", 30, 25), ("1月22日", "组织生活会", 30, 26)],
                2: [("2月14日", "支委会", 5, 5)], 3: [("3月12日", "支委会", 5, 5), ("3月28日", "党课", 30, 24)],
                4: [("4月11日", "支委会", 5, 5), ("4月18日", "第一党小组会", 15, 12)], 5: [("5月16日", "支委会", 5, 5)],
                6: [("6月13日", "支委会", 5, 5), ("6月27日", "党员大会", 30, 26), ("6月30日", "党课", 30, 25)],
                7: [("7月18日", "第二党小组会", 16, 12)], 8: [("8月15日", "支委会", 5, 4)],
                9: [("9月19日", "党课", 31, 23), ("9月26日", "党员大会", 31, 26)],
                10: [("10月17日", "第一党小组会", 15, 13)], 11: [("11月14日", "支委会", 5, 5), ("11月28日", "党课", 31, 24)],
                12: [("12月12日", "支委会", 5, 5), ("12月19日", "党员大会", 31, 27)]}
    for month in range(1, 13):
        ws = wb.create_sheet(f"{month}月")
        _head(ws, f"{y.year}年{month}月“三会一课”参加情况登记")
        ws.append(["日期", "会议", "应到", "实到", "参加率"])
        for day, what, exp, pres in meetings[month]:
            ws.append([day, what, exp, pres, f"{pres / exp:.0%}"])
    _save(y, wb, f"{B1}/三会一课参加情况登记.xlsx", "其他", str(y.year), ["8"], note="三会一课参加率，每月一张表")


def registers(y: Year) -> None:
    mems = members()
    wb = Workbook()
    ws = wb.active
    ws.title = "名册"
    _head(ws, f"{ORG}党员花名册（截至2025年6月30日）")
    ws.append(["序号", "姓名", "性别", "出生日期", "入党日期", "党员类别", "党小组", "人员类型"])
    for i, mem in enumerate(mems, 1):
        ws.append([i, mem.name, mem.gender, dt.datetime.strptime(mem.born, "%Y-%m-%d"),
                   dt.datetime.strptime(mem.joined, "%Y-%m-%d"),
                   "预备党员" if mem.name in (NEW_MEMBER, CONFIRMED) else "正式党员", mem.group, mem.kind])
        for col in (4, 5):
            ws.cell(i + 2, col).number_format = "yyyy年m月d日"
    ws.cell(MEMBER_COUNT + 4, 1, f"制表：{PUBLICITY}")
    _save(y, wb, f"{A1}/党员花名册.xlsx", "花名册", y.d(6, 30), ["8"], note="31名党员，截至6月30日")
    wb = Workbook()
    ws = wb.active
    _head(ws, "纺机新村党支部党员分类管理台账")
    ws.append(["类别", "人数", "姓名", "管理方式"])
    ways = {"退休": "按楼幢编入党小组，行动不便的送学上门", "在职报到": "到小区报到，认领服务岗位，年底反馈所在单位",
            "流动": "微信群推送学习资料，每季度电话联系"}
    by_kind: dict[str, list[str]] = {}
    for mem in mems:
        by_kind.setdefault(mem.kind, []).append(mem.name)
    for kind, names in by_kind.items():
        ws.append([f"{kind}党员", len(names), "、".join(names), ways[kind]])
    _save(y, wb, f"{B3}/党员分类管理台账.xlsx", "其他", str(y.year), ["23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "纺机新村党员志愿服务队名单")
    ws["A2"] = f"支部党员{MEMBER_COUNT}名，参加志愿服务队{VOLUNTEERS}名"
    ws.append(["序号", "姓名", "党小组", "服务项目"])
    jobs = ["楼道清理", "理发", "修伞修鞋", "量血压", "防诈宣传", "助老陪护"]
    for i, mem in enumerate(mems[:VOLUNTEERS], 1):
        ws.append([i, mem.name, mem.group, jobs[i % len(jobs)]])
    _save(y, wb, f"{D2}/党员志愿者名单.xlsx", "花名册", "2025-03", ["13"], note="19名队员（约61%）")
    wb = Workbook()
    wb.remove(wb.active)
    done = {6: "楼道感应灯", 7: "统一晾衣架", 8: "非机动车棚", 9: "电动车充电桩", 10: "适老扶手", 11: "老年助餐点"}
    for month in range(5, 13):
        ws = wb.create_sheet(f"{month}月")
        _head(ws, f"为民办实事推进情况（{month}月）")
        ws.append(["项目", "进度"])
        for m_, what in done.items():
            ws.append([what, "已完成" if m_ <= month else "推进中"])
    _save(y, wb, f"{D1}/实事推进台账.xlsx", "其他", str(y.year), ["28"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年支部活动经费收支")
    ws.append(["日期", "摘要", "收入", "支出", "经手人"])
    for row in [("2025-01-12", "社区党委拨付工作经费", 6000, None, ORGANISER), ("2025-04-03", "清明祭扫租车", None, 650, DEPUTY),
                ("2025-06-28", "光荣在党50年纪念品", None, 420, ORGANISER), ("2025-07-20", "党费返还（党员教育）", 2500, None, ORGANISER),
                ("2025-10-29", "重阳敬老慰问品", None, 880, PUBLICITY)]:
        ws.append(list(row))
    ws.append(["", "合计", 8500, 1950, ""])
    _save(y, wb, f"{A1}/活动经费收支.xlsx", "其他", str(y.year), ["20"])


def results(y: Year) -> None:
    names = [m.name for m in members()]
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年度党员群众满意度测评统计")
    ws.append(["发放测评表180份，收回176份"])
    ws.append(["测评对象", "满意", "基本满意", "不满意", "满意率"])
    ws.append(["支部工作", 158, 12, 6, "96.6%"])
    ws.append(["支部书记", 150, 17, 9, "94.9%"])
    ws.append(["统计：赵秀兰  2025年12月16日"])
    _save(y, wb, f"{E2}/满意度测评.xlsx", "测评", y.d(12, 16), ["33", "3"], note="均超过90%")
    wb = Workbook()
    ws = wb.active
    _head(ws, "2024年度民主评议党员结果（2025年1月22日评议）")
    ws.append(["序号", "姓名", "评定等次"])
    for i, name in enumerate(names[:30], 1):
        ws.append([i, name, "优秀" if i in (1, 6, 7, 12, 19) else "合格"])
    _save(y, wb, f"{E2}/民主评议结果.xlsx", "测评", y.d(1, 22), ["12"])


def not_evidence(y: Year) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for month in range(1, 13):
        ws = wb.create_sheet(f"{month}月")
        _head(ws, f"{ORG}2024年{month}月党费收缴登记")
        ws.append(["序号", "姓名", "应交", "实交"])
        for i, mem in enumerate([m for m in members() if m.name != NEW_MEMBER][:29], 1):
            ws.append([i, mem.name, mem.dues_month, mem.dues_month])
    _save(y, wb, f"{OLD}/2024/党费2024.xlsx", "党费台帐", str(y.year - 1), [], note="2024年的党费")
    wb = Workbook()
    ws = wb.active
    ws.append([f"{PROPERTY} 纺机新村2025年物业费收缴明细"])
    ws.append(["幢号", "户数", "已缴", "未缴", "收缴率"])
    for b in range(1, 17):
        ws.append([f"{b}幢", 24, 20 + b % 4, 4 - b % 4, f"{(20 + b % 4) / 24:.0%}"])
    _save(y, wb, f"{ROOT}/物业费收缴明细（物业给的）.xlsx", "其他", str(y.year), [], note="物业公司的收费表")
    wb = Workbook()
    ws = wb.active
    ws.append(["清河老年大学2025年春季课程表（周德明）"])
    ws.append(["星期", "上午", "下午"])
    for day, am, pm in [("一", "书法", ""), ("三", "摄影", "合唱"), ("五", "", "电脑入门")]:
        ws.append([f"星期{day}", am, pm])
    _save(y, wb, f"{ROOT}/老年大学课程表.xlsx", "其他", str(y.year), [], note="周德明个人的课程表")


def write(y: Year) -> None:
    dues(y)
    attendance(y)
    registers(y)
    results(y)
    not_evidence(y)
