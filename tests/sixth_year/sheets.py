"""Workbooks: the 党费 ledger with one sheet per grid branch and months as columns, sign-in sheets, the 花名册, the
volunteers, the 轮值表, the 分类管理 and 两新组织 tables, the training list, the 实事 and 测评 tables — and a blank
template and 2024's dues."""

from __future__ import annotations

import random

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Font

from .folders import G1, G3, OLD, dated
from .people import (
    ACTIVISTS,
    CONFIRMED,
    FLOATING,
    GRID_SECRETARIES,
    GRID_SIZE,
    GRIDS,
    MEMBERS,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    SECRETARY,
    VOLUNTEERS,
)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = ["金根", "彩凤", "建平", "丽萍", "德兴", "永康", "小兰", "明", "福林", "瑞", "国华", "春燕", "海涛", "玉兰", "雪芳",
          "志强", "秀珍", "伟", "婷婷", "浩", "佳怡", "文斌", "美琴", "根宝", "阿毛", "素英", "晓东", "静", "宇航", "思雨"]


def roster() -> dict[str, list[str]]:
    """Names per grid branch (deterministic), the grid secretary first."""
    rng = random.Random(66)
    taken = {NEW_MEMBER, CONFIRMED, FLOATING, *ACTIVISTS}
    out: dict[str, list[str]] = {}
    for g in GRIDS:
        names = [GRID_SECRETARIES[g]]
        if g == GRIDS[0]:
            names.append(CONFIRMED)
        if g == GRIDS[2]:
            names.append(FLOATING)
        while len(names) < GRID_SIZE[g]:
            n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
            if n not in taken:
                taken.add(n)
                names.append(n)
        out[g] = names
    return out


def _head(ws, text: str) -> None:
    ws["A1"] = text
    ws["A1"].font = Font(size=13, bold=True)


def _save(y: Year, wb, rel: str, kind: str, date, items, **kw) -> None:
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, kind, date, list(items), **kw)


def dues(y: Year) -> None:
    """A sheet per grid branch, months as columns; 向东明 6月 blank, paid in July; 韦思远 from July."""
    wb = Workbook()
    wb.remove(wb.active)
    rng = random.Random(67)
    names = roster()
    for g in GRIDS:
        ws = wb.create_sheet(g.replace("党支部", ""))
        _head(ws, f"{ORG}{g}{y.year}年党费收缴台账（单位：元）")
        ws.append(["序号", "姓名", "月标准", *[f"{m}月" for m in range(1, 13)], "合计"])
        members = names[g] + ([NEW_MEMBER] if g == GRIDS[1] else [])
        for i, n in enumerate(members, 1):
            std = rng.choice([2.0, 5.0, 10.0, 20.0, 36.0, 52.0])
            row: list[object] = [i, n, std]
            for m in range(1, 13):
                if n == NEW_MEMBER and m < 7:
                    row.append("—")
                elif n == FLOATING and m == 6:
                    row.append("")
                elif n == FLOATING and m == 7:
                    row.append(std * 2)
                else:
                    row.append(std)
            row.append(sum(v for v in row[3:] if isinstance(v, float)))
            ws.append(row)
        ws.append([f"收缴人：{ORGANISER}    审核：{SECRETARY}    备注：向东明6月未交，7月补交"])
    _save(y, wb, dated(y.d(12, 31), "党费收缴台账（全年）", "xlsx"), "党费台帐", str(y.year), ["14"],
          note="每个网格一张表，月份是列；向东明6月空着，7月补交")


def sign_ins(y: Year) -> None:
    names = roster()
    wb = Workbook()
    ws = wb.active
    ws.title = "签到"
    _head(ws, "云栖社区党委全体党员大会签到表（2025年1月24日）")
    ws.append(["网格", "姓名", "签到时间", "备注"])
    away = {n for g in GRIDS for n in names[g][-7:]}
    for g in GRIDS:
        for n in names[g]:
            ws.append([g, n, "" if n in away else "8:50", "请假" if n in away else ""])
    _save(y, wb, dated(y.d(1, 24), "全体党员大会签到表", "xlsx"), "签到表", y.d(1, 24), ["8"], meeting_type="党员大会")
    wb = Workbook()
    ws = wb.active
    _head(ws, "云栖社区区域化党建联席会议签到表")
    ws.append(["时间", "2025年3月18日下午2:30"])
    ws.append(["成员单位", "参会人", "职务", "签名"])
    for unit, who, post in [("云栖社区党委", SECRETARY, "书记"), ("翠屏区第二人民医院党委", "沈国栋", "副书记"),
                            ("云栖实验小学党支部", "方晓蕾", "书记"), ("锦城物业云栖项目党支部", "雷振宇", "书记"),
                            ("浙江云帆智能科技有限公司党支部", "葛文涛", "书记"), ("锦绣派出所党支部", "柯建军", "副所长"),
                            ("翠屏区财政局机关党支部", "严晓东", "组织委员"), ("云栖社区居民委员会", "杭丽君", "副主任")]:
        ws.append([unit, who, post, who])
    _save(y, wb, dated(y.d(3, 18), "联席会议签到表", "xlsx"), "签到表", y.d(3, 18), ["18"], meeting_type="联席会议")
    wb = Workbook()
    ws = wb.active
    _head(ws, "锦绣街道社区党校2025年春季轮训班签到（云栖社区）")
    ws.append(["序号", "姓名", "网格", "上午签到", "下午签到"])
    flat = [(g, n) for g in GRIDS for n in names[g][:8]]
    for i, (g, n) in enumerate(flat, 1):
        ws.append([i, n, g, "√", "√" if i % 9 else "请假"])
    _save(y, wb, dated(y.d(3, 14), "社区党校春训签到", "xlsx"), "签到表", y.d(3, 14), ["10"],
          note="街道社区党校轮训，本社区32人")
    wb = Workbook()
    ws = wb.active
    _head(ws, "第一网格党员护学岗志愿服务签到（9月）")
    ws.append(["日期", "岗位", "党员", "签到"])
    for day in (1, 2, 3, 4, 5, 8, 9, 10):
        for n in names[GRIDS[0]][2:4]:
            ws.append([f"9月{day}日", "云栖实验小学南门", n, n])
    _save(y, wb, f"{G1}/护学岗签到.xlsx", "签到表", "2025-09", ["13"], meeting_type="志愿服务",
          note="网格支部的志愿服务签到")


def registers(y: Year) -> None:
    names = roster()
    rng = random.Random(68)
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    _head(ws, f"{ORG}党员花名册（截至2025年6月30日）")
    ws.append(["序号", "姓名", "性别", "出生年月", "入党时间", "所在支部", "党员类别", "人员类型"])
    i = 0
    for g in GRIDS:
        for n in names[g] + ([NEW_MEMBER] if g == GRIDS[1] else []):
            i += 1
            year = rng.randint(1940, 2000)
            kind = "流动党员" if n == FLOATING else ("在职报到" if year > 1975 else "安置退休")
            ws.append([i, n, rng.choice("男女"), f"{year}.{rng.randint(1, 12):02d}",
                       "2025.06" if n == NEW_MEMBER else ("2024.11" if n == CONFIRMED else f"{min(year + 25, 2020)}.07"),
                       g, "预备党员" if n in (NEW_MEMBER, CONFIRMED) else "正式党员", kind])
    _save(y, wb, dated(y.d(6, 30), "党员花名册", "xlsx"), "花名册", y.d(6, 30), ["8"], note=f"{MEMBERS + 1}名党员，含预备党员")
    wb = Workbook()
    ws = wb.active
    _head(ws, "云栖社区党员志愿服务队名册")
    ws.append(["序号", "姓名", "网格", "服务项目", "联系电话"])
    items = ["垃圾分类督导", "四点半课堂", "护学岗", "助老服务", "平安巡逻", "智能手机课堂"]
    flat = [(g, n) for g in GRIDS for n in names[g]]
    for k, (g, n) in enumerate(flat[:VOLUNTEERS], 1):
        ws.append([k, n, g, items[k % len(items)], f"13{rng.randint(100000000, 999999999)}"])
    ws.append([f"合计：党员志愿者{VOLUNTEERS}人，社区党员{MEMBERS}人，参与率61.7%"])
    _save(y, wb, dated(y.d(3, 1), "党员志愿服务队名册", "xlsx"), "花名册", y.d(3, 1), ["13"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "云栖社区党员分类管理台账")
    ws.append(["类别", "人数", "管理载体"])
    for row in [("安置退休党员", 71, "按楼栋编入党小组，行动不便的“送学上门”"),
                ("在职报到党员", 43, "认领楼栋服务岗位，年底向所在单位反馈"),
                ("流动党员", 3, "“云上党小组”微信群，每季度视频学习一次"),
                ("失地待业党员", 11, "优先推荐技能培训和公益岗位")]:
        ws.append(list(row))
    _save(y, wb, dated(y.d(4, 8), "党员分类管理台账", "xlsx"), "其他", y.d(4, 8), ["23"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "云栖社区辖区两新组织党组织组建情况统计（2025年4月）")
    ws.append(["序号", "组织名称", "类型", "党员数", "党组织", "党建指导员"])
    for k, (name, kind, n, org) in enumerate([
            ("浙江云帆智能科技有限公司", "非公企业", 15, "独立党支部"), ("锦城物业服务有限公司云栖项目部", "非公企业", 6, "独立党支部"),
            ("云栖托育中心", "社会组织", 2, "联合党支部"), ("云栖花园便民超市", "非公企业", 1, "联合党支部"),
            ("翠屏区阳光社工服务社", "社会组织", 3, "独立党支部"), ("云栖口腔诊所", "非公企业", 1, "联合党支部"),
            ("云栖驾校报名点", "非公企业", 0, "派驻党建指导员")], 1):
        ws.append([k, name, kind, n, org, ORGANISER])
    ws.append(["应建7家，已建7家，应建已建率100%"])
    _save(y, wb, dated(y.d(4, 25), "辖区两新组织党组织组建情况", "xlsx"), "其他", y.d(4, 25), ["21"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "入党积极分子培养台账")
    ws.append(["姓名", "所在支部", "申请入党时间", "确定为积极分子", "培养联系人", "思想汇报"])
    for n, g, a, who in zip(ACTIVISTS, [GRIDS[0], GRIDS[2], GRIDS[3]], ["2024.06", "2024.09", "2024.10"],
                            ["邵春生、俞佳", "许家明、赵玉兰", "陶凤娟、吴建平"], strict=True):
        ws.append([n, g, a, "2025.03.10", who, "按季度提交"])
    ws.append([NEW_MEMBER, GRIDS[1], "2023.04", "2024.05", "钟雅婷、刘海涛", "2025.05确定为发展对象，6.24接收预备党员"])
    _save(y, wb, dated(y.d(3, 25), "入党积极分子培养台账", "xlsx"), "其他", y.d(3, 25), ["22"])


def tables(y: Year) -> None:
    rng = random.Random(69)
    wb = Workbook()
    ws = wb.active
    _head(ws, "社区工作者轮值表（2025年3月—6月）")
    ws.append(["", "星期一", "星期二", "星期三", "星期四", "星期五", "周六上午"])
    staff = ["林思琪", "杭丽君", "叶婉清", "潘志远", "黄佩", "邹明", "许倩"]
    for week in range(1, 5):
        ws.append([f"第{week}周", *[staff[(week + k) % len(staff)] for k in range(6)]])
    _save(y, wb, dated(y.d(3, 3), "社区工作者轮值表（3月-6月）", "xlsx"), "其他", y.d(3, 3), ["30"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年失地居民就业技能培训推荐名单")
    ws.append(["序号", "姓名", "性别", "年龄", "培训项目", "推荐单位", "结业"])
    for k in range(1, 19):
        ws.append([k, f"{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)}", rng.choice("男女"), rng.randint(35, 55),
                   rng.choice(["育婴员", "电工", "中式面点", "养老护理员"]), "云栖社区", "是" if k % 5 else "否"])
    _save(y, wb, dated(y.d(3, 28), "就业技能培训报名名单", "xlsx"), "其他", y.d(3, 28), ["31"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年为民办实事项目完成情况")
    ws.append(["序号", "项目", "责任人", "完成时间", "完成情况"])
    for k, (p, who, when) in enumerate([
            ("垃圾分类投放点改造", "曹丽华", "2025.05"), ("四点半课堂", "方晓蕾", "2025.08"), ("适老扶手", "杭丽君", "2025.06"),
            ("电动自行车集中充电桩", "雷振宇", "2025.10"), ("老年食堂", "叶婉清", "2025.10"), ("二期地下车库照明", "雷振宇", "2025.09"),
            ("儿童游乐场地翻新", "潘志远", "2025.11"), ("智能手机课堂", "葛文涛", "2025.12")], 1):
        ws.append([k, p, who, when, "已完成"])
    _save(y, wb, dated(y.d(12, 12), "为民办实事项目完成情况", "xlsx"), "其他", y.d(12, 12), ["28"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "2025年度党员群众满意度测评汇总")
    ws.append(["测评项目", "发放问卷", "回收", "满意", "基本满意", "不满意", "满意率"])
    ws.append(["社区党建工作总体满意度", 330, 312, 251, 43, 18, "94.2%"])
    ws.append(["对社区党委书记的满意率", 330, 312, 262, 36, 14, "95.5%"])
    ws.append(["对网格党支部工作", 330, 312, 240, 50, 22, "92.9%"])
    ws.append(["测评方式：问卷星线上207份、入户纸质105份；测评时间2025年12月1日—9日"])
    _save(y, wb, dated(y.d(12, 10), "党员群众满意度测评汇总", "xlsx"), "测评", y.d(12, 10), ["33", "3"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "在职党员到社区报到及表现情况汇总（2025年）")
    ws.append(["姓名", "所在单位", "认领岗位", "参加活动次数", "评价"])
    for n, unit, post, k in [("严晓东", "翠屏区财政局", "四点半课堂", 11), ("汤婧", "翠屏区财政局", "垃圾分类督导", 9),
                             ("卢俊", "翠屏区财政局", "智能手机课堂", 14), ("葛文涛", "云帆科技", "智能手机课堂", 8),
                             ("钟雅婷", "翠屏区税务局", "网格支部书记", 23)]:
        ws.append([n, unit, post, k, "优秀" if k >= 10 else "良好"])
    _save(y, wb, dated(y.d(12, 19), "在职党员报到及表现汇总", "xlsx"), "其他", y.d(12, 19), ["11"])
    wb = Workbook()
    ws = wb.active
    _head(ws, "第三网格党员志愿服务台账")
    ws.append(["日期", "项目", "参加党员", "服务人次"])
    for m, p, n, k in [(3, "学雷锋便民服务", 12, 60), (5, "垃圾分类督导", 9, 150), (7, "防溺水巡查", 6, 0), (10, "重阳助老", 8, 11),
                       (12, "楼道清理", 10, 0)]:
        ws.append([f"2025-{m:02d}", p, n, k])
    _save(y, wb, f"{G3}/三网格志愿服务台账.xlsx", "其他", str(y.year), ["13"])


def not_evidence(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    _head(ws, "党员党费交纳登记表（    年度）")
    ws.append(["序号", "姓名", "月标准", *[f"{m}月" for m in range(1, 13)], "合计"])
    for k in range(1, 11):
        ws.append([k])
    _save(y, wb, dated(y.d(1, 3), "党费交纳登记表模板", "xlsx"), "其他", None, [], note="空白模板")
    wb = Workbook()
    ws = wb.active
    _head(ws, f"{ORG}2024年党费收缴台账")
    ws.append(["网格", "应交人数", "实交人数", "金额（元）"])
    for g in GRIDS:
        ws.append([g, GRID_SIZE[g] - 1, GRID_SIZE[g] - 1, 2400 + 100 * len(g)])
    _save(y, wb, f"{OLD}/2024 党费台账.xlsx", "党费台帐", "2024", [], note="2024年的党费")


def write(y: Year) -> None:
    dues(y)
    sign_ins(y)
    registers(y)
    tables(y)
    not_evidence(y)
