"""Workbooks: the 党费 register by quarter (with its 上缴 sheet), the 党员花名册 with real date cells, rosters of the
volunteer team and the 团支部, registers (流动党员, 志愿服务, 为民办实事, 结对帮扶, 技能培训, 春训, 平安巡逻, 经费),
sign-in sheets, the 满意度 and 民主评议 results — and sheets that serve no item (last year's dues, the phone list,
the 村委会's 财务公开). Layouts differ from the labelled year's: titles in row 1 unmerged or merged, 序号 last, totals."""

from __future__ import annotations

import datetime as dt

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from .people import (
    ARREARS,
    CLERK,
    CONFIRMED,
    DEPUTY,
    GROUPS,
    MEMBER_COUNT,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    PUBLICITY,
    SECRETARY,
    STAFF_PHONES,
    VOLUNTEERS,
    members,
)

ROOT = "柳塘村2025年党建台账"
FLAT = "新建文件夹 (3)"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _grid(ws, r1: int, r2: int, ncols: int) -> None:
    for row in ws.iter_rows(min_row=r1, max_row=r2, max_col=ncols):
        for cell in row:
            cell.border = BOX


def _title(ws, text: str, ncols: int, merge: bool = True) -> None:
    ws["A1"] = text
    ws["A1"].font = Font(size=14, bold=True)
    if merge:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        ws["A1"].alignment = CENTER


def _save(y: Year, wb, rel: str, kind: str, date, items: list[str], **kw) -> None:
    render.save_xlsx(wb, y.path(rel))
    y.add(rel, kind, date, items, **kw)


def dues(y: Year) -> None:
    """Quarterly register: 月交纳额, four quarters, 全年应交/实交; 曹福根 三季度 未交; 程雨桐 from June."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2025年党费"
    _title(ws, f"{ORG}2025年度党员交纳党费登记表", 13)
    ws["A2"] = "党组织（盖章）："
    ws["J2"] = "单位：元"
    ws.append(["序号", "党小组", "姓名", "人员类别", "月交纳额", "一季度", "二季度", "三季度", "四季度", "全年应交", "全年实交",
               "交纳方式", "备注"])
    r = 4
    for i, mem in enumerate(members(), 1):
        q = round(mem.dues_month * 3, 2)
        quarters: list[object] = [q, q, q, q]
        due = round(mem.dues_month * 12, 2)
        note = ""
        if mem.name == ARREARS:
            quarters[2] = "未交"
            note = "外出务工，三季度未交，已微信提醒"
        if mem.name == NEW_MEMBER:
            quarters = ["/", mem.dues_month, mem.dues_month * 3, mem.dues_month * 3]
            due = mem.dues_month * 7
            note = "2025年5月20日接收为预备党员，6月起交纳"
        paid = sum(v for v in quarters if isinstance(v, float | int))
        ws.append([i, mem.group, mem.name, "预备党员" if mem.name == NEW_MEMBER else "正式党员", mem.dues_month, *quarters,
                   due, paid, "微信转账" if mem.job == "外出务工" else "现金", note])
        r += 1
    ws.append(["合计", None, None, None, None, None, None, None, None, None, None, None, None])
    _grid(ws, 3, r, 13)
    ws.cell(r + 2, 1, f"收缴人：{ORGANISER}        审核：{SECRETARY}")
    up = wb.create_sheet("上缴记录")
    up.append(["季度", "收缴人数", "收缴金额", "上缴镇党委金额", "上缴日期", "经手人"])
    for qn, (n, amount, day) in enumerate([(45, 1083.0, "2025-03-28"), (45, 1083.0, "2025-06-27"),
                                           (44, 1063.0, "2025-09-26"), (46, 1098.0, "2025-12-26")], 1):
        up.append([f"第{qn}季度", n, amount, amount, day, ORGANISER])
    _save(y, wb, f"{ROOT}/05党费/2025年党费收缴明细.xlsx", "党费台帐", str(y.year), ["14"],
          note="按季度登记；曹福根三季度“未交”；程雨桐一季度“/”")


def roster(y: Year) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    _title(ws, f"{ORG}党员花名册（截至2025年6月30日）", 12)
    ws.append(["序号", "姓名", "性别", "民族", "出生日期", "文化程度", "入党时间", "转正时间", "所在党小组", "职业", "联系电话",
               "备注"])
    for i, mem in enumerate(members(), 1):
        born = dt.datetime.strptime(mem.born, "%Y-%m-%d")
        joined = dt.datetime.strptime(mem.joined, "%Y-%m-%d")
        full = joined.replace(year=joined.year + 1) if mem.name not in (NEW_MEMBER, CONFIRMED) else None
        if mem.name == CONFIRMED:
            full = None
        ws.append([i, mem.name, mem.gender, "汉", born, mem.education, joined, full, mem.group, mem.job,
                   f"1{(3 + i % 6)}{i:02d}****{(i * 37) % 10000:04d}", "预备党员" if mem.name in (NEW_MEMBER, CONFIRMED) else ""])
        for col in (5, 7, 8):
            ws.cell(i + 2, col).number_format = "yyyy-mm-dd"
    _grid(ws, 2, MEMBER_COUNT + 2, 12)
    ws.cell(MEMBER_COUNT + 4, 1, f"制表：{CLERK}    2025年7月2日")
    _save(y, wb, f"{ROOT}/04党员管理/党员花名册2025.xlsx", "花名册", y.d(6, 30), ["8"], note="46名党员，截至6月30日")


def registers(y: Year) -> None:
    mems = members()
    # 流动党员 (item 23)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村流动党员管理台账（2025年）", 8)
    ws.append(["序号", "姓名", "外出地点", "从事职业", "外出时间", "联系方式", "联系人", "学习教育方式"])
    away = [m for m in mems if m.job == "外出务工"][:7]
    for i, mem in enumerate(away, 1):
        ws.append([i, mem.name, ["宁波", "苏州", "义乌", "上海", "杭州", "温州", "深圳"][i - 1], "务工", f"2025.0{1 + i % 3}",
                   "微信", ORGANISER, "“柳塘党员”微信群推送学习资料，返乡时集中补课"])
    _grid(ws, 2, 2 + len(away), 8)
    _save(y, wb, f"{ROOT}/04党员管理/流动党员管理台账.xlsx", "其他", str(y.year), ["23"])
    # 志愿服务队 roster (item 13)
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "柳塘村党员志愿服务队队员花名册"
    ws["A2"] = f"2025年3月更新  全村党员{MEMBER_COUNT - 1}名，在册队员{VOLUNTEERS}名"
    ws.append(["姓名", "性别", "所在党小组", "服务特长", "手机", "序号"])
    skills = ["理发", "农技", "电工", "护理", "调解", "文艺", "驾驶", "厨艺"]
    for i, mem in enumerate(mems[1:1 + VOLUNTEERS], 1):
        ws.append([mem.name, mem.gender, mem.group, skills[i % len(skills)], f"13{i:02d}*****{i % 10}", i])
    _save(y, wb, f"{ROOT}/07为民服务/党员志愿服务队花名册.xlsx", "花名册", "2025-03", ["13"], note="27名队员")
    # 志愿服务活动登记 (item 13)
    wb = Workbook()
    ws = wb.active
    _title(ws, "2025年党员志愿服务活动登记表", 5)
    ws.append(["日期", "服务项目", "地点", "参加人数", "服务对象/人次"])
    for row in [("3月5日", "学雷锋义务理发、量血压", "村部广场", 14, "群众60余人次"),
                ("5月24日", "助老送餐", "老年食堂", 6, "老人22人"),
                ("7月20日", "防溺水巡河", "柳塘河", 12, "劝离儿童5人次"),
                ("10月12日", "秋收助农", "柳湾组", 15, "5户农户"),
                ("12月20日", "义务写春联", "村部", 5, "发放春联300副")]:
        ws.append(list(row))
    _save(y, wb, f"{ROOT}/07为民服务/志愿服务活动登记表.xlsx", "其他", str(y.year), ["13"])
    # 为民办实事台账 (item 28)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年为民办实事项目台账", 7)
    ws.append(["序号", "项目名称", "责任人", "计划完成时间", "实际完成时间", "完成情况", "群众评价"])
    for i, (name, who, plan, done, state) in enumerate([
            ("上塘机耕路硬化", DEPUTY, "6月", "2025-06-18", "已完成"), ("下塘自然村安装太阳能路灯", PUBLICITY, "5月", "2025-05-30", "已完成"),
            ("柳湾山塘清淤", "倪伟强", "4月", "2025-04-26", "已完成"), ("村部老年食堂开办", SECRETARY, "9月", "2025-09-01", "已完成"),
            ("村卫生室改造", ORGANISER, "11月", "2025-11-15", "已完成"), ("村道拓宽", SECRETARY, "12月", "", "征求意见中，延至2026年")], 1):
        ws.append([i, name, who, plan, done, state, "满意" if done else ""])
    _save(y, wb, f"{ROOT}/07为民服务/2025年为民办实事项目台账.xlsx", "其他", str(y.year), ["28"], note="6项，完成5项")
    # 结对帮扶名单 (item 32)
    wb = Workbook()
    ws = wb.active
    _title(ws, "2025年党员“一助一”结对帮扶名单", 5, merge=False)
    ws.append(["帮扶党员", "帮扶对象", "类别", "帮扶措施", "序号"])
    for i, row in enumerate([(PUBLICITY, "朱阿根", "五保户", "每月走访，代购生活用品"), (DEPUTY, "乐小芬", "残疾人", "联系康复，协助申请补贴"),
                             ("毛德兴", "韦阿婆", "孤寡老人", "每周看望"), ("阮桂芳", "殷某某户", "低保户", "帮助发展养殖")], 1):
        ws.append([*row, i])
    ws.append([])
    ws.append([ORG, None, None, "2025年2月20日"])
    _save(y, wb, f"{ROOT}/07为民服务/结对帮扶名单.xlsx", "其他", y.d(2, 20), ["32"])
    # 技能培训推荐 (item 31)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村推荐参加农村劳动力技能培训人员名单", 6)
    ws.append(["序号", "姓名", "性别", "年龄", "人员类别", "培训项目"])
    for i, row in enumerate([("殷某某", "女", 42, "失业人员", "中式面点"), ("韦某某", "男", 35, "待业人员", "电工"),
                             ("乐某某", "男", 48, "下岗职工", "农机维修"), ("费某某", "女", 29, "待业人员", "电商直播")], 1):
        ws.append([i, *row])
    ws.append(["推荐单位：柳塘村党总支、村委会", None, None, None, "2025年3月18日"])
    _save(y, wb, f"{ROOT}/07为民服务/推荐参加技能培训人员名单.xlsx", "其他", y.d(3, 18), ["31"])
    # 春训参训名单 (item 10)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年农村党员春训班参训人员名单", 4)
    ws.append(["序号", "姓名", "党小组", "备注"])
    for i, mem in enumerate(mems[5:13], 1):
        ws.append([i, mem.name, mem.group, ""])
    ws.append(["报送时间：2025年2月20日"])
    _save(y, wb, f"{ROOT}/04党员管理/春训参训人员名单.xlsx", "其他", y.d(2, 20), ["10"])
    # 平安巡逻 (item 24)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年8月党员治安巡逻值班表", 4)
    ws.append(["日期", "巡逻路线", "值班党员", "巡逻情况"])
    for day in range(1, 32, 5):
        ws.append([f"8月{day}日", "村部—上塘—柳湾", "、".join(m.name for m in mems[10 + day % 7:12 + day % 7]), "正常"])
    _save(y, wb, "2025年8月/平安巡逻值班表.xlsx", "其他", "2025-08", ["24"])
    # 活动经费 (item 20)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年党组织活动经费使用明细", 5)
    ws.append(["日期", "摘要", "收入", "支出", "经手人"])
    for row in [("2025-01-05", "镇拨付党组织工作经费", 20000, None, ORGANISER), ("2025-01-20", "春节走访慰问老党员", None, 3600, DEPUTY),
                ("2025-04-03", "清明主题党日租车", None, 800, DEPUTY), ("2025-06-28", "七一党员纪念章、学习资料", None, 2150, ORGANISER),
                ("2025-11-18", "党课学习资料印刷", None, 620, CLERK)]:
        ws.append(list(row))
    ws.append(["", "合计", 20000, 7170, ""])
    _save(y, wb, f"{FLAT}/2025年村级党建活动经费使用明细.xlsx", "其他", str(y.year), ["20"],
          note="党员活动有经费（第20项）")


def attendance_and_results(y: Year) -> None:
    mems = [m.name for m in members()]
    # 党员大会 签到 (5月20日)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村党总支党员大会签到表", 4)
    ws.append(["会议时间：2025年5月20日上午8:30    地点：村部二楼会议室"])
    ws.append(["序号", "姓名", "本人签名", "备注"])
    away = set(mems[-8:-2])
    for i, name in enumerate(mems[:-1], 1):
        ws.append([i, name, "" if name in away else name, "请假" if name in away else ""])
    ws.append([len(mems), NEW_MEMBER, NEW_MEMBER, "发展对象列席"])
    _save(y, wb, f"{ROOT}/03三会一课/5月/党员大会签到表.xlsx", "签到表", y.d(5, 20), ["8"], meeting_type="党员大会")
    # 共建 签到 (11月20日)
    wb = Workbook()
    ws = wb.active
    ws.append(["冬季送温暖共建活动签到"])
    ws.append(["2025.11.20"])
    ws.append(["单位", "姓名", "签到"])
    for name in mems[:12]:
        ws.append(["柳塘村党总支", name, name])
    for name in ["苗建伟", "葛晓明", "范丽娜", "卞志华", "元小东", "时文静", "史金龙", "柏青青", "水立新", "窦海洋", "卜建军", "齐晓红"]:
        ws.append(["区农业农村局机关第二党支部", name, name])
    _save(y, wb, "2025年11月/共建活动签到.xlsx", "签到表", y.d(11, 20), ["16"], meeting_type="共建活动")
    # 满意度测评 (items 33, 3)
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年度党员群众满意度测评汇总表", 7)
    ws.append(["测评时间：2025年12月8日至12日    发放测评表260份，收回252份"])
    ws.append(["测评项目", "有效票", "满意", "基本满意", "不满意", "满意率", "备注"])
    ws.append(["对村党总支党建工作的总体评价", 252, 221, 16, 15, "94.0%", "（满意+基本满意）/有效票"])
    ws.append(["对村党总支书记的评价", 252, 210, 21, 21, "91.7%", ""])
    ws.append(["统计人：罗金花（纪检委员）", None, None, None, None, "2025年12月12日"])
    _save(y, wb, f"{ROOT}/11考核测评/2025年党员群众满意度测评汇总.xlsx", "测评", y.d(12, 12), ["33", "3"],
          note="党建工作94.0%（237/252），书记91.7%（231/252），均超过90%")
    # 民主评议党员 (item 12)
    wb = Workbook()
    ws = wb.active
    _title(ws, "2024年度民主评议党员结果统计表", 7)
    ws.append(["评议时间：2025年1月22日  参加评议党员40人"])
    ws.append(["序号", "姓名", "优秀票", "合格票", "基本合格票", "不合格票", "评定等次"])
    for i, name in enumerate(mems[:44], 1):
        level = "优秀" if i in (1, 4, 6, 9, 13, 17, 22, 30) else ("基本合格" if i == 40 else "合格")
        good = 28 if level == "优秀" else (6 if level == "合格" else 2)
        fair = 40 - good - (8 if level == "基本合格" else 0)
        ws.append([i, name, good, fair, 8 if level == "基本合格" else 0, 0, level])
    ws.append(["党总支审定：优秀8名，合格35名，基本合格1名。"])
    _save(y, wb, f"{ROOT}/03三会一课/1月/民主评议党员结果统计表.xlsx", "测评", y.d(1, 22), ["12"],
          note="2024年度民主评议党员（在2025年1月）")
    # 意见汇总 (item 27)
    wb = Workbook()
    ws = wb.active
    _title(ws, "村道拓宽方案意见汇总", 4)
    ws.append(["序号", "意见内容", "提出人数", "采纳情况"])
    for i, row in enumerate([("占地补偿标准按县里最新文件执行", 9, "采纳"), ("排水沟改走道路东侧", 5, "采纳"),
                             ("施工期间保留一条便道", 4, "采纳"), ("保留村口老樟树", 3, "采纳，调整线形"),
                             ("加宽到7米", 2, "不采纳，资金和用地不足")], 1):
        ws.append([i, *row])
    ws.append(["汇总时间：2025年7月12日"])
    _save(y, wb, "2025年7月/村道拓宽意见汇总.xlsx", "其他", y.d(7, 12), ["27"])
    # 团员花名册 (item 4)
    wb = Workbook()
    ws = wb.active
    _title(ws, "共青团柳塘村支部委员会团员花名册", 6)
    ws.append(["序号", "姓名", "性别", "出生年月", "入团时间", "职务"])
    for i, row in enumerate([("滕宇航", "男", "1999.06", "2013.05", "团支部书记"), ("邵佳怡", "女", "2000.03", "2014.05", "组织委员"),
                             ("鲍晨", "男", "2002.11", "2016.05", "宣传委员"), ("苗雨欣", "女", "2003.07", "2017.05", "团员"),
                             ("章浩然", "男", "2001.09", "2015.05", "团员"), ("奚可可", "女", "2004.01", "2018.05", "团员")], 1):
        ws.append([i, *row])
    _save(y, wb, f"{ROOT}/10群团工作/团员花名册.xlsx", "花名册", "2025-03", ["4"], note="团支部的花名册：群团组织健全（第4项）")


def not_evidence(y: Year) -> None:
    # last year's dues register
    wb = Workbook()
    ws = wb.active
    _title(ws, f"{ORG}2024年度党员交纳党费登记表", 9)
    ws.append(["序号", "姓名", "月交纳额", "一季度", "二季度", "三季度", "四季度", "全年实交", "备注"])
    for i, mem in enumerate([m for m in members() if m.name != NEW_MEMBER], 1):
        q = mem.dues_month * 3
        ws.append([i, mem.name, mem.dues_month, q, q, q, q, q * 4, ""])
    _save(y, wb, "往年资料/2024年/dangfei_2024.xlsx", "党费台帐", str(y.year - 1), [], note="上一年的党费台账")
    # phone list
    wb = Workbook()
    ws = wb.active
    ws.append(["柳塘村村干部通讯录"])
    ws.append(["姓名", "职务", "手机"])
    for row in STAFF_PHONES:
        ws.append(list(row))
    _save(y, wb, f"{FLAT}/通讯录.xlsx", "其他", None, [], note="通讯录：不是花名册")
    # 村委会 财务公开
    wb = Workbook()
    ws = wb.active
    _title(ws, "柳塘村2025年第一季度村级财务收支公开表", 4)
    ws.append(["收入项目", "金额（元）", "支出项目", "金额（元）"])
    for row in [("上级转移支付", 85000, "村干部报酬", 42000), ("集体资产租赁", 36000, "办公费", 6800),
                ("山林承包款", 12000, "水电费", 3100), ("", "", "道路维修", 15600)]:
        ws.append(list(row))
    ws.append(["柳塘村村务监督委员会审核", None, "2025年4月10日", None])
    _save(y, wb, f"{FLAT}/2025年一季度村级财务收支公开表.xlsx", "其他", y.d(4, 10), [],
          note="村委会的村务（财务）公开：不是党务公开、不是党费收支公示")


def write(y: Year) -> None:
    dues(y)
    roster(y)
    registers(y)
    attendance_and_results(y)
    not_evidence(y)


_ = (GROUPS,)
