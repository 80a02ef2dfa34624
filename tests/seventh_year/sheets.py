"""Workbooks: the 党费 ledger (one sheet per branch, months as columns), sign-in sheets, the 花名册, the 积极分子 and
双报到 ledgers, the volunteers, the 实事 and 测评 tables, the 分类管理 and 两新组织 tables, the 轮值表 — and a blank
template and 2024's dues."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Font

from .folders import BD, DF, FZ, GJ, OLD, OTHER, SS, SZ, ZD, ZL, ZY
from .people import (
    ACTIVISTS,
    BRANCHES,
    BUREAU,
    CONFIRMED,
    DEPUTY,
    FLOATING,
    MEMBERS,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    SECRETARY,
    VOLUNTEERS,
    roster,
)


def _head(ws, text: str) -> None:
    ws["A1"] = text
    ws["A1"].font = Font(size=13, bold=True)


def sign_in(path: Path, title: str, branch: str | None, present: int) -> None:
    """A sign-in sheet: name, branch, signed or 请假; `present` of the branch (or of all branches) signed."""
    names = roster()
    people = [(b, n) for b in BRANCHES for n in names[b] if branch in (None, b)]
    wb = Workbook()
    ws = wb.active
    ws.title = "签到"
    _head(ws, title)
    ws.append(["序号", "支部", "姓名", "签到", "备注"])
    for i, (b, n) in enumerate(people, 1):
        here = i <= present
        ws.append([i, b, n, n if here else "", "" if here else "请假"])
    ws.append([f"应到{len(people)}人，实到{present}人"])
    render.save_xlsx(wb, path)


def table(path: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[object]],
          after: Sequence[str] = ()) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, title)
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for line in after:
        ws.append([line])
    render.save_xlsx(wb, path)


def _save(y: Year, wb, rel: str, kind: str, date, items, **kw) -> None:
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, kind, date, list(items), **kw)


def dues(y: Year) -> None:
    """One sheet per branch; 戚家骏 (流动党员) April and May blank, paid in June; 尹浩然 from October."""
    wb = Workbook()
    wb.remove(wb.active)
    rng = random.Random(78)
    names = roster()
    for b in BRANCHES:
        ws = wb.create_sheet(b)
        _head(ws, f"{ORG}{b}{y.year}年党费收缴登记表（单位：元）")
        ws.append(["序号", "姓名", "月交纳额", *[f"{m}月" for m in range(1, 13)], "合计"])
        members = names[b] + ([NEW_MEMBER] if b == BRANCHES[2] else [])
        for i, n in enumerate(members, 1):
            std = rng.choice([1.0, 2.0, 3.0, 5.0, 12.0, 24.0, 40.0])
            row: list[object] = [i, n, std]
            for m in range(1, 13):
                if n == NEW_MEMBER and m < 10:
                    row.append("—")
                elif n == FLOATING and m in (4, 5):
                    row.append("")
                elif n == FLOATING and m == 6:
                    row.append(std * 3)
                else:
                    row.append(std)
            row.append(sum(v for v in row[3:] if isinstance(v, float)))
            ws.append(row)
        ws.append([f"收缴人：{DEPUTY}    审核：{SECRETARY}"])
    _save(y, wb, f"{DF}/文庙社区党总支2025年党费收缴台账.xlsx", "党费台帐", str(y.year), ["14"],
          note="每个支部一张表；戚家骏4、5月空着，6月补交")


def registers(y: Year) -> None:
    names = roster()
    rng = random.Random(79)
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    _head(ws, f"{ORG}党员花名册（2025年3月）")
    ws.append(["序号", "姓名", "性别", "出生年月", "入党时间", "所在支部", "党员类别", "备注"])
    i = 0
    for b in BRANCHES:
        for n in names[b]:
            i += 1
            born = rng.randint(1935, 1962) if b == BRANCHES[0] else rng.randint(1965, 2000)
            ws.append([i, n, rng.choice("男女"), f"{born}.{rng.randint(1, 12):02d}",
                       "2024.06" if n == CONFIRMED else f"{min(born + 24, 2021)}.{rng.randint(1, 12):02d}", b,
                       "预备党员" if n == CONFIRMED else "正式党员", "流动党员" if n == FLOATING else ""])
    _save(y, wb, f"{SZ}/党员花名册（2025年3月更新）.xlsx", "花名册", "2025-03", ["8"], note=f"{MEMBERS}名党员")
    wb = Workbook()
    ws = wb.active
    _head(ws, "文庙社区党员分类管理台账")
    ws.append(["类别", "人数", "教育管理载体", "责任人"])
    for row in [("离退休党员", 43, "按巷划分党小组；高龄党员“送学上门”；银龄巡防队", "鲁建国"),
                ("在职报到党员", 26, "认领岗位、活动记录卡、年底向单位反馈", ORGANISER),
                ("商户党员", 14, "“党员经营户”亮牌、诚信经营承诺、季度互评", "滕福生"),
                ("流动党员", 2, "“老街红色微家”微信群，每季度线上学习，回乡时补课", DEPUTY)]:
        ws.append(list(row))
    _save(y, wb, f"{SZ}/党员分类管理台账.xlsx", "其他", "2025-03", ["23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "入党积极分子、发展对象培养考察台账")
    ws.append(["姓名", "所在支部", "递交申请书", "确定积极分子", "确定发展对象", "接收预备党员", "培养联系人"])
    ws.append([NEW_MEMBER, "老街商户党支部", "2023.09", "2024.03", "2025.07.03", "2025.09.12", "马丽君、陶立明"])
    for n in ACTIVISTS:
        ws.append([n, "机关在职党员支部", "2024.08", "2025.03.11", "", "", "华梓涵、倪志成"])
    _save(y, wb, f"{FZ}/入党积极分子培养台账.xlsx", "其他", "2025", ["22"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "在职党员到社区报到登记及活动情况表")
    ws.append(["姓名", "工作单位", "报到时间", "认领岗位", "参加活动次数", "表现"])
    staff = [("郝明", "区住建局"), ("汤晓峰", "区住建局"), ("喻婷", "区住建局"), ("甄立", "区住建局"), ("乐佳", "区住建局"),
             ("孔令杰", "文庙小学"), ("章雨", "文庙小学"), ("毕航", "区市场监管局")]
    for n, unit in staff:
        k = rng.randint(4, 13)
        ws.append([n, unit, "2025.03", rng.choice(["老街危房巡查", "四点半课堂", "楼栋联络", "国庆志愿服务"]), k,
                   "优秀" if k >= 10 else "合格"])
    _save(y, wb, f"{BD}/在职党员报到登记及活动情况.xlsx", "其他", "2025-12", ["11", "23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "文庙社区党员志愿服务队花名册")
    ws.append(["序号", "姓名", "支部", "服务队", "服务时段"])
    flat = [(b, n) for b in BRANCHES for n in names[b]]
    for k, (b, n) in enumerate(flat[:VOLUNTEERS], 1):
        ws.append([k, n, b, ["银龄巡防队", "文明劝导队", "老街便民服务队", "助学队"][k % 4], rng.choice(["工作日", "周末", "节假日"])])
    ws.append([f"党员志愿者{VOLUNTEERS}人，占社区党员总数{MEMBERS}人的61.8%"])
    _save(y, wb, f"{ZY}/党员志愿服务队花名册.xlsx", "花名册", "2025-02", ["13"])


def tables(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年为民办实事项目完成情况一览表")
    ws.append(["序号", "项目", "牵头人", "计划完成", "完成情况"])
    for k, (p, who, when) in enumerate([
            ("文庙后巷适老化扶手", "鲁建国", "5月"), ("状元街晚间停车场开放", "费建华", "7月"), ("四点半课堂", "孔令杰", "6月"),
            ("老旧楼道照明改造", "钮春来", "9月"), ("老街消防器材更新", "滕福生", "10月"), ("独居老人智能呼叫器", "柏玉洁", "11月")], 1):
        ws.append([k, p, who, when, "已完成"])
    _save(y, wb, f"{SS}/为民办实事项目完成情况.xlsx", "其他", "2025-12", ["28"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年度党员群众对社区党建工作满意度测评统计")
    ws.append(["测评对象", "发放", "回收", "满意", "基本满意", "不满意", "满意率"])
    ws.append(["社区党建工作总体", 240, 226, 196, 21, 9, "96.0%"])
    ws.append(["总支书记", 240, 226, 201, 18, 7, "96.9%"])
    ws.append(["测评时间：2025年12月1日至12月8日；线上问卷118份、入户纸质问卷108份"])
    _save(y, wb, f"{ZL}/党员群众满意度测评统计.xlsx", "测评", y.d(12, 8), ["33", "3"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "辖区两新组织党组织覆盖情况统计表")
    ws.append(["序号", "单位名称", "类型", "党员数", "组织形式", "党建指导员"])
    for k, (n, t, c, form) in enumerate([
            ("鹤城状元街市场管理有限公司", "非公企业", 9, "独立党支部"), ("鹤城泮池物业管理有限公司", "非公企业", 4, "独立党支部"),
            ("状元街餐饮商户（12家）", "个体工商户", 3, "纳入老街商户党支部"), ("文庙老街文创联合会", "社会组织", 2, "联合党支部"),
            ("鹤城老年大学泮池分校", "社会组织", 5, "独立党支部")], 1):
        ws.append([k, n, t, c, form, ORGANISER])
    ws.append(["应建5家，已建5家，覆盖率100%"])
    _save(y, wb, f"{GJ}/辖区两新组织党组织覆盖情况.xlsx", "其他", "2025-04", ["21"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "文庙社区党群服务中心工作人员轮值表（2025年下半年）")
    ws.append(["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六（上午）"])
    staff = ["祁晓雯", "柏玉洁", "华梓涵", "庞立新", "蒋慧", "叶秋", "邬秀兰"]
    for w in range(1, 5):
        ws.append([f"第{w}周", *[staff[(w + k) % 7] for k in range(6)]])
    _save(y, wb, f"{ZD}/党群服务中心轮值表.xlsx", "其他", "2025-07", ["30"])


def not_evidence(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, "党员大会签到表（样表）")
    ws.append(["会议名称", "", "时间", "    年  月  日"])
    ws.append(["序号", "姓名", "签到", "备注"])
    for k in range(1, 21):
        ws.append([k])
    _save(y, wb, f"{OTHER}/签到表样表.xlsx", "其他", None, [], note="空白样表")
    wb = Workbook()
    ws = wb.active
    _head(ws, f"{ORG}2024年党费收缴汇总")
    ws.append(["支部", "应交人数", "实交人数", "金额（元）"])
    for b, n, m in [(BRANCHES[0], 44, 1980.0), (BRANCHES[1], 18, 3120.0), (BRANCHES[2], 13, 1850.0)]:
        ws.append([b, n, n, m])
    _save(y, wb, f"{OLD}/2024年党费收缴汇总.xlsx", "党费台帐", "2024", [], note="2024年的党费")
    _ = (BUREAU, FLOATING, ORGANISER)


def write(y: Year) -> None:
    dues(y)
    registers(y)
    tables(y)
    not_evidence(y)
