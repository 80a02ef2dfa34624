"""Workbooks: the 党费 ledger (one sheet per branch, months as columns, and a 汇总 sheet), sign-in sheets, the 花名册,
the 分类管理 and 在职党员 报到 tables, the volunteers, the 实事 and 测评 tables, the 两新组织 coverage, the 轮值表 —
and what serves no item: a blank 测评 样表, 2024's dues, the 合作社's own quarterly 财务公开."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Font

from .folders import YEARLY, M
from .people import (
    BRANCHES,
    CONFIRMED,
    COOP_SHORT,
    DEPUTY,
    DISCIPLINE,
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
    """One sheet per branch; 陈志远 (流动党员) Feb–Apr blank, paid in May; 陈晓峰 from September; a 汇总 sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    rng = random.Random(89)
    names = roster()
    totals = []
    for b in BRANCHES:
        ws = wb.create_sheet(b)
        _head(ws, f"{ORG}{b}{y.year}年党费交纳登记表（单位：元）")
        ws.append(["序号", "姓名", "月交纳额", *[f"{m}月" for m in range(1, 13)], "合计"])
        members = names[b] + ([NEW_MEMBER] if b == BRANCHES[4] else [])
        total = 0.0
        for i, n in enumerate(members, 1):
            std = rng.choice([0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0])
            row: list[object] = [i, n, std]
            for m in range(1, 13):
                if n == NEW_MEMBER and m < 9:
                    row.append("—")
                elif n == FLOATING and m in (2, 3, 4):
                    row.append("")
                elif n == FLOATING and m == 5:
                    row.append(std * 4)
                else:
                    row.append(std)
            s = sum(v for v in row[3:] if isinstance(v, float))
            row.append(s)
            total += s
            ws.append(row)
        ws.append([f"收缴人：{DEPUTY}    审核：{SECRETARY}"])
        totals.append((b, len(members), round(total, 2)))
    ws = wb.create_sheet("汇总")
    _head(ws, f"{ORG}{y.year}年党费收缴汇总")
    ws.append(["支部", "人数", "全年合计（元）"])
    for row in totals:
        ws.append(list(row))
    _save(y, wb, f"{YEARLY}/2025党费收缴台账.xlsx", "党费台帐", str(y.year), ["14"],
          note="每个支部一张表加汇总；陈志远2—4月空着，5月补交")


def registers(y: Year) -> None:
    names = roster()
    rng = random.Random(90)
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    _head(ws, f"{ORG}党员花名册（2025年3月）")
    ws.append(["序号", "姓名", "性别", "出生年月", "入党时间", "所在支部", "党员类别", "备注"])
    i = 0
    for b in BRANCHES:
        for n in names[b]:
            i += 1
            born = rng.randint(1932, 1960) if b == BRANCHES[3] else rng.randint(1955, 2000)
            ws.append([i, n, rng.choice("男女"), f"{born}.{rng.randint(1, 12):02d}",
                       "2024.05" if n == CONFIRMED else f"{min(born + 25, 2022)}.{rng.randint(1, 12):02d}", b,
                       "预备党员" if n == CONFIRMED else "正式党员", "流动党员" if n == FLOATING else ""])
    _save(y, wb, f"{YEARLY}/党员花名册.xlsx", "花名册", "2025-03", ["8"], note=f"{MEMBERS}名党员")
    wb = Workbook()
    ws = wb.active
    _head(ws, "桃湾社区党员分类管理台账")
    ws.append(["类别", "人数", "教育管理载体", "责任人"])
    for row in [("老年党员（老年协会）", 33, "送学上门、榕树下党小组、老党员调解队", DISCIPLINE),
                ("回迁居民党员", 71, "楼栋长、党员之家、先锋岗", "陈国平"),
                ("合作社党员", 18, "财务公开监督岗、股东联系户", "郑伟"),
                ("流动（外出务工）党员", 9, "“桃湾红”微信群，每月推送学习，春节返乡补课", DEPUTY),
                ("在职报到党员", 21, "认领岗位、活动记录卡、年底向单位反馈", ORGANISER)]:
        ws.append(list(row))
    _save(y, wb, f"{YEARLY}/党员分类管理台账.xlsx", "其他", "2025-03", ["23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "在职党员到社区报到登记表")
    ws.append(["姓名", "工作单位", "报到时间", "认领岗位", "联系电话"])
    for n, unit, post in [("黄振兴", "区农业农村局", "庭院种植指导"), ("蔡惠敏", "区农业农村局", "庭院种植指导"),
                          ("杨明辉", "区农业农村局", "庭院种植指导"), ("洪瑞芳", "区农业农村局", "政策宣讲"),
                          ("林雅婷", "桃湾小学", "四点半课堂"), ("吴子轩", "桃湾小学", "四点半课堂"),
                          ("许家乐", "区税务局", "楼栋联络"), ("郑锦华", "沙洲街道卫生院", "健康义诊")]:
        ws.append([n, unit, "2025.03", post, "138****" + str(rng.randint(1000, 9999))])
    _save(y, wb, f"{M(3)}/在职党员报到登记表.xlsx", "其他", "2025-03", ["11", "23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "桃湾社区党员志愿者队伍名册")
    ws.append(["序号", "姓名", "支部", "服务队", "服务时段"])
    flat = [(b, n) for b in BRANCHES for n in names[b]]
    rng.shuffle(flat)
    for k, (b, n) in enumerate(flat[:VOLUNTEERS], 1):
        ws.append([k, n, b, ["楼栋服务队", "防台巡查队", "移风易俗宣讲队", "助老服务队"][k % 4], rng.choice(["工作日", "周末", "晚间"])])
    ws.append([f"党员志愿者{VOLUNTEERS}人，占社区党员总数{MEMBERS}人的59.9%"])
    _save(y, wb, f"{M(2)}/党员志愿者队伍名册.xlsx", "花名册", "2025-02", ["13"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "沙洲街道社区党校2025年春季轮训班签到（桃湾社区）")
    ws.append(["序号", "姓名", "支部", "3月13日", "3月14日"])
    for k, n in enumerate(names[BRANCHES[0]][:9] + names[BRANCHES[4]][:8] + names[BRANCHES[2]][:8], 1):
        ws.append([k, n, "", "√", "√" if k % 6 else "请假"])
    ws.append(["桃湾社区参训25人"])
    _save(y, wb, f"{M(3)}/党校轮训签到.xlsx", "签到表", y.d(3, 13), ["10"], note="社区党校轮训签到")


def tables(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, "桃湾社区2025年为民办实事项目完成情况")
    ws.append(["序号", "项目", "牵头人", "计划完成", "完成情况"])
    for k, (p, who, when) in enumerate([
            ("一期电动车充电棚", "陈国平", "6月"), ("二期地下车库照明", "林秀英", "8月"), ("四点半课堂", "陈佳豪", "6月"),
            ("老年食堂", "陈德海", "10月"), ("桃湾溪护栏", "郑伟", "9月"), ("老村道路硬化", "陈永康", "11月")], 1):
        ws.append([k, p, who, when, "已完成"])
    _save(y, wb, f"{M(12)}/实事项目完成情况.xlsx", "其他", "2025-12", ["28"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年度党员群众满意度测评统计")
    ws.append(["测评对象", "发放", "回收", "满意", "基本满意", "不满意", "满意率"])
    ws.append(["社区党建工作总体", 320, 301, 262, 25, 14, "95.3%"])
    ws.append(["党委书记", 320, 301, 270, 20, 11, "96.3%"])
    ws.append(["测评时间：2025年12月1日至12月9日；线上问卷146份、入户纸质问卷155份"])
    _save(y, wb, f"{M(12)}/满意度测评统计.xlsx", "测评", y.d(12, 9), ["33", "3"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "辖区两新组织党组织覆盖情况")
    ws.append(["序号", "单位名称", "类型", "党员数", "组织形式", "党建指导员"])
    for k, (n, t, c, form) in enumerate([
            ("鹭江安居物业服务有限公司", "非公企业", 7, "独立党支部"), ("桃湾鲜丰超市", "非公企业", 1, "纳入联合党支部"),
            ("桃湾家园业主服务站", "社会组织", 2, "纳入联合党支部"), ("沙洲桃湾幼儿园（民办）", "非公企业", 4, "独立党支部")], 1):
        ws.append([k, n, t, c, form, ORGANISER])
    ws.append(["应建4家，已建4家，覆盖率100%"])
    _save(y, wb, f"{M(4)}/两新组织党组织覆盖情况.xlsx", "其他", "2025-04", ["21"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "桃湾社区党群服务中心工作人员轮值表（2025年）")
    ws.append(["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六（上午）"])
    staff = ["许婷婷", "吴丽芳", "陈佳豪", "林晓燕", "洪雅婷", "林梦婷", "陈永康"]
    for w in range(1, 5):
        ws.append([f"第{w}周", *[staff[(w + k) % 7] for k in range(6)]])
    _save(y, wb, f"{YEARLY}/社区工作者轮值表.xlsx", "其他", "2025", ["30"])


def not_evidence(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, "民主评议党员测评表（样表）")
    ws.append(["支部：", "", "评议时间：", "    年  月  日"])
    ws.append(["被评议党员", "优秀", "合格", "基本合格", "不合格"])
    for _ in range(15):
        ws.append([""])
    _save(y, wb, f"{M(1)}/民主评议党员测评表（样表）.xlsx", "其他", None, [], note="空白样表")
    wb = Workbook()
    ws = wb.active
    _head(ws, f"{ORG}2024年党费收缴情况")
    ws.append(["支部", "应交人数", "实交人数", "金额（元）"])
    for b, n, m in zip(BRANCHES, [38, 34, 28, 34, 17], [2160.0, 1980.0, 2430.0, 820.0, 3650.0], strict=True):
        ws.append([b, n, n, m])
    _save(y, wb, f"{M(1)}/2024年党费收缴情况.xlsx", "党费台帐", "2024", [], note="2024年的党费，放在01月")
    wb = Workbook()
    ws = wb.active
    _head(ws, f"{COOP_SHORT}2025年第三季度财务公开")
    ws.append(["项目", "本季金额（元）", "累计（元）"])
    for row in [("厂房店面租金收入", 3_120_000, 9_240_000), ("管理费用", 186_000, 552_000), ("股东福利支出", 240_000, 480_000),
                ("公益事业支出", 95_000, 310_000)]:
        ws.append(list(row))
    ws.append([f"{COOP_SHORT}理事会  监事会  2025年10月8日"])
    _save(y, wb, f"{M(9)}/合作社三季度财务公开.xlsx", "其他", "2025-09", [], note="合作社自己的财务公开，没有党组织")


def write(y: Year) -> None:
    dues(y)
    registers(y)
    tables(y)
    not_evidence(y)
