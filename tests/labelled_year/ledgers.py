"""Workbooks and tables: 党费台帐, 花名册, 通讯录, 积极分子登记表, 志愿者名册, sign-in sheets, CSV lists."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from . import render
from .model import ORG, Year
from .people import (
    ACTIVIST,
    ARREARS_MEMBER,
    CLERK,
    DEPUTY,
    LEADERS,
    MEMBER_COUNT,
    NEW_MEMBER,
    ORGANISER,
    SECRETARY,
    STAFF,
    VOLUNTEERS,
    members,
)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
ROOT = "社区党建2025"


def _grid(ws, r1: int, r2: int, ncols: int) -> None:
    for row in ws.iter_rows(min_row=r1, max_row=r2, max_col=ncols):
        for cell in row:
            cell.border = BOX


def dues_ledger(y: Year) -> None:
    """Member × month with merged title and header cells; amounts as 50 / "50元" / 5.00; 钱桂英 owes 5月 and 6月."""
    rng = y.rng
    wb = Workbook()
    ws = wb.active
    ws.title = "党费收缴"
    ws.merge_cells("A1:P1")
    ws["A1"] = f"{ORG}{y.year}年党费收缴台帐"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:P2")
    ws["A2"] = "单位：元"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:C4")
    ws["A3"], ws["B3"], ws["C3"] = "序号", "姓名", "月交纳标准"
    ws.merge_cells("D3:O3")
    ws["D3"] = "交纳月份"
    for mth in range(1, 13):
        ws.cell(4, 3 + mth, f"{mth}月")
    ws.merge_cells("P3:P4")
    ws["P3"] = "备注"
    row = 5
    for i, mem in enumerate(members(), 1):
        ws.cell(row, 1, i)
        ws.cell(row, 2, mem.name)
        ws.cell(row, 3, mem.dues)
        note = ""
        for mth in range(1, 13):
            style = rng.random()
            value: object = mem.dues if style < 0.6 else (f"{mem.dues:g}元" if style < 0.85 else f"{mem.dues:.2f}")
            if mem.name == ARREARS_MEMBER and mth == 5:
                value, note = "未交", "5、6月未交，已电话提醒"
            elif mem.name == ARREARS_MEMBER and mth == 6:
                value = None
            elif mem.name == NEW_MEMBER and mth < 6:
                value, note = "—", f"{y.year}年6月接收为预备党员，6月起交纳"
            ws.cell(row, 3 + mth, value)
        ws.cell(row, 16, note)
        row += 1
    ws.cell(row, 2, "合计")
    _grid(ws, 3, row, 16)
    ws.cell(row + 2, 2, f"收缴人：{ORGANISER}")
    y.add(f"{ROOT}/14-党费收缴/{y.year}年党费收缴台帐.xlsx", "党费台帐", str(y.year), ["14"],
          note="钱桂英5月“未交”、6月空白；邹梓涵1—5月为“—”（尚未入党）")
    render.save_xlsx(wb, y.path(f"{ROOT}/14-党费收缴/{y.year}年党费收缴台帐.xlsx"))


def member_roster(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "党员名册"
    ws.merge_cells("A1:I1")
    ws["A1"] = f"{ORG}党员花名册（{y.year}年）"
    ws["A1"].alignment = CENTER
    ws.append(["序号", "姓名", "性别", "出生年月", "文化程度", "入党时间", "党小组", "人员类别", "备注"])
    for i, mem in enumerate(members(), 1):
        ws.append([i, mem.name, mem.gender, mem.born, mem.education, mem.joined, f"第{mem.group}党小组", mem.status,
                   "预备党员" if mem.name == NEW_MEMBER else ""])
    _grid(ws, 2, MEMBER_COUNT + 2, 9)
    rel = f"{ROOT}/08 党员资料台帐/党员花名册.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "花名册", str(y.year), ["8"], note="52名直管党员")


def leaders_roster(y: Year) -> None:
    """班子成员 with 出生年月 as "1972.08", "1979年3月", a real date; 学历 mixed wording."""
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.title = "班子成员"
    ws.merge_cells("A1:H1")
    ws["A1"] = f"{ORG}班子成员花名册"
    ws["A1"].alignment = CENTER
    ws.append(["姓名", "性别", "职务", "出生年月", "学历", "入党时间", "任现职时间", "备注"])
    for lead in LEADERS:
        born: object = lead.born
        if "-" in lead.born:
            born = dt.datetime.strptime(lead.born, "%Y-%m-%d")
        ws.append([lead.name, lead.gender, lead.post, born, lead.education, lead.joined, "2021.10", ""])
    ws.cell(4, 4).number_format = "yyyy-mm-dd"
    ws.append([])
    ws.append([f"填报人：{CLERK}", None, None, f"填报日期：{y.year}年3月2日"])
    _grid(ws, 2, 7, 8)
    rel = f"{ROOT}/领导班子/班子成员花名册.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "花名册", y.d(3, 2), ["5"], note="陆晓峰1991-03-17（34岁，本科）；出生年月三种写法")


def staff_phones(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:D1")
    ws["A1"] = f"东湖社区工作人员通讯录（{y.year}年更新）"
    ws.append(["序号", "姓名", "岗位", "手机"])
    for i, (name, post, phone) in enumerate(STAFF, 1):
        ws.append([i, name, post, phone])
    rel = "桌面资料/通讯录.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", str(y.year), [], note="工作人员电话表：不是花名册")


def activist_form(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "登记表"
    ws.merge_cells("A1:F1")
    ws["A1"] = "入党积极分子培养考察登记表"
    ws["A1"].alignment = CENTER
    rows = [
        ["姓名", ACTIVIST, "性别", "女", "出生年月", "1998.04"],
        ["民族", "汉族", "学历", "本科", "工作单位", "东湖社区居委会"],
        ["递交入党申请书时间", f"{y.year - 1}.09.10", "确定为积极分子时间", f"{y.year}.03.18", "培养联系人", f"{ORGANISER}、{SECRETARY}"],
        ["第一季度考察", "能认真学习党的理论，积极参加社区志愿服务。", None, None, None, None],
        ["第二季度考察", "参加街道党校入党积极分子培训班，成绩合格。", None, None, None, None],
        ["第三季度考察", "在社区防汛值守中表现突出。", None, None, None, None],
        ["党组织意见", "同意继续培养。", None, None, None, None],
    ]
    for r in rows:
        ws.append(r)
    for r in range(5, 9):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.append([f"{ORG}（盖章）", None, None, None, f"{y.year}年9月30日"])
    _grid(ws, 2, 8, 6)
    rel = "新建文件夹/新建 Microsoft Excel 工作表.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", y.d(9, 30), ["22"], note="一个人的积极分子登记表：不是花名册")


def volunteer_roster(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:E1")
    ws["A1"] = "东湖社区党员志愿服务队名册"
    ws.merge_cells("A2:E2")
    ws["A2"] = f"（截至{y.year}年6月，社区直管党员{MEMBER_COUNT}名，参加志愿服务{VOLUNTEERS}名）"
    ws.append(["序号", "姓名", "性别", "服务专长", "所在党小组"])
    skills = ["理发", "家电维修", "政策宣传", "助老陪护", "法律咨询", "文艺辅导", "医疗保健", "楼道清洁"]
    for i, mem in enumerate(members()[2:2 + VOLUNTEERS], 1):
        ws.append([i, mem.name, mem.gender, skills[i % len(skills)], f"第{mem.group}党小组"])
    _grid(ws, 3, 3 + VOLUNTEERS, 5)
    rel = f"{ROOT}/志愿服务/党员志愿服务队名册.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "花名册", f"{y.year}-06", ["13"], note="参与率只写成人数：20/52=38.5%；日期“截至6月”")


def signin_xlsx(y: Year, rel: str, heading: str, day, mtype: str | None, items: list[str], names: list[str],
                absent: dict[str, str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:D1")
    ws["A1"] = heading
    ws.merge_cells("A2:D2")
    ws["A2"] = f"时间：{y.cn(day)}"
    ws.append(["序号", "姓名", "签到", "备注"])
    for i, n in enumerate(names, 1):
        ws.append([i, n, "" if n in absent else n, absent.get(n, "")])
    _grid(ws, 3, 3 + len(names), 4)
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "签到表", day, items, meeting_type=mtype)


def signin_sheets(y: Year) -> None:
    mems = [m.name for m in members()]
    joint = mems[:8] + ["税务-蒋立", "税务-郑伟民", "税务-白雪", "税务-邓佳", "税务-顾晨", "税务-秦朗", "税务-尹航",
                        "税务-黎明"]
    signin_xlsx(y, f"{ROOT}/共建/签到表.xlsx", "税收宣传进社区共建活动签到表", y.d(3, 14), "共建活动", ["16"], joint,
                {"税务-黎明": "临时公务"})
    absent = {n: "请假" for n in mems[46:53]}
    signin_xlsx(y, f"{ROOT}/三会一课/党员大会/四季度党员大会签到.xlsx", "第四季度党员大会签到表", y.d(12, 23), "党员大会",
                ["8"], mems + ["龚诗琪（列席）"], absent)


def other_sheets(y: Year) -> None:
    # 办公用品领用 (serves no item)
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:D1")
    ws["A1"] = f"{y.year}年办公用品领用登记"
    ws.append(["日期", "物品", "数量", "领用人"])
    for i, (thing, n) in enumerate([("A4纸", "2箱"), ("签字笔", "1盒"), ("硒鼓", "1个"), ("文件盒", "20个"),
                                    ("订书钉", "5盒"), ("U盘", "2个")]):
        ws.append([f"{y.year}-{2 + i:02d}-{10 + i}", thing, n, CLERK])
    rel = "新建文件夹/新建 Microsoft Excel 工作表 (3).xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", str(y.year), [])
    # 会议室借用登记 (serves no item)
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:D1")
    ws["A1"] = f"{y.year}年会议室借用登记"
    ws.append(["借用日期", "借用单位", "用途", "经办人"])
    for i, (unit, use) in enumerate([("东湖幼儿园", "家长会"), ("舞蹈队", "排练"), ("老年大学", "书法课")]):
        ws.append([f"{y.year}-{4 + i * 3:02d}-{8 + i}", unit, use, "章小满"])
    rel = "新建文件夹/新建 Microsoft Excel 工作表 (2).xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", str(y.year), [])
    # 报销单 (serves no item)
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:D1")
    ws["A1"] = "费用报销单"
    ws.append(["报销日期", f"{y.year}-08-21", "报销人", "葛文博"])
    ws.append(["事由", "购买饮用水、纸杯", "金额", "126.50"])
    ws.append(["审批", SECRETARY, None, None])
    rel = "桌面资料/新建 Microsoft Excel 工作表 (4).xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", y.d(8, 21), [])
    # 一助一 结对名单 (item 32)
    wb = Workbook()
    ws = wb.active
    ws.merge_cells("A1:E1")
    ws["A1"] = f"{y.year}年“一助一”结对帮扶名单"
    ws.append(["序号", "帮扶党员", "结对对象", "对象类别", "帮扶内容"])
    pairs = [("孙立新", "许阿婆", "孤寡老人", "每周上门看望、代购药品"),
             ("陆晓峰", "彭家小明", "残疾人家庭", "辅助康复、联系助残就业"),
             ("何静怡", "吕大爷", "独居老人", "定期电话问候、陪同就医"),
             ("马国栋", "蒋某某户", "低保户", "协助申请临时救助"),
             ("贾卫东", "卢奶奶", "高龄老人", "打扫卫生、理发"),
             ("夏安琪", "曾某户", "困难家庭", "子女课业辅导")]
    for i, p in enumerate(pairs, 1):
        ws.append([i, *p])
    ws.append([])
    ws.append([f"{ORG}", None, None, None, f"{y.year}年3月1日"])
    rel = f"{ROOT}/帮扶/一助一结对名单.xlsx"
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, "其他", y.d(3, 1), ["32"])


def csv_files(y: Year) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["序号", "实事项目", "责任人", "计划完成", "完成时间", "完成情况"])
    projects = [("东湖小区5幢加装电梯协调", SECRETARY, "6月", f"{y.year}-06-20", "已完成"),
                ("老年助餐点扩容", DEPUTY, "5月", f"{y.year}-05-08", "已完成"),
                ("北门人行道破损修复", "葛文博", "7月", f"{y.year}-07-25", "已完成"),
                ("楼道声控灯更换", "储建军", "8月", f"{y.year}-08-30", "已完成"),
                ("儿童托管“暑期课堂”", "柳佳慧", "7月", f"{y.year}-08-15", "已完成")]
    for i, p in enumerate(projects, 1):
        w.writerow([i, *p])
    rel = f"{ROOT}/第28项 为民办实事/{y.year}年为民办实事项目清单.csv"
    y.path(rel).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    y.add(rel, "其他", str(y.year), ["28"], note="5个实事项目，均已完成")
    # 图书角借阅登记 (serves no item)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"图书角借阅登记（{y.year}年10月）", "", "", ""])
    w.writerow(["日期", "书名", "借阅人", "归还"])
    for i, (book, who) in enumerate([("平凡的世界", "住户张"), ("老年人健康手册", "住户李"), ("三体", "住户王"),
                                      ("中华家常菜", "住户赵")]):
        w.writerow([f"{y.year}/10/{3 + 5 * i}", book, who, "是"])
    rel = "新建文件夹/图书角借阅登记.csv"
    y.path(rel).write_text(buf.getvalue(), encoding="utf-8")
    y.add(rel, "其他", f"{y.year}-10", [])


def write(y: Year) -> None:
    dues_ledger(y)
    member_roster(y)
    leaders_roster(y)
    staff_phones(y)
    activist_form(y)
    volunteer_roster(y)
    signin_sheets(y)
    other_sheets(y)
    csv_files(y)
