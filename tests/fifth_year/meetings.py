"""The branch's meetings and activities as the volunteer records them: 支委会, 党员大会 (one held jointly with the
September 主题党日), 党课, 党小组会, 主题党日, 组织生活会暨民主评议党员, the estate's 联席会议 (one jointly with the
old-estate renovation coordination), 共建 with a district bureau's branch, 结对 with a state grid branch, 志愿服务 and a
few organised activities of no listed type. Layouts: book (the 会议记录本 typed into Word as written), copier (scanned
with an OCR text layer) and image (scanned, pixels only). Sign-in sheets are kept beside their minutes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from labelled_year.model import Year

from . import style
from .folders import B1, B2, B4, C1, C2, D1, D2, OLD, SCANS
from .people import (
    CO_BUILD,
    CONFIRMED,
    DEPUTY,
    DISCIPLINE,
    GROUP_LEADERS,
    NEIGHBOUR,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    OWNERS,
    PAIRED,
    PROPERTY,
    PUBLICITY,
    ROOM,
    SCHOOL_BRANCH,
    SECRETARY,
    members,
)

ZWH, DH, DK, XZ, ZT, ZZ, LX, GJ, ZY = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "联席会议", "共建活动", "志愿服务",
)
LX_UNITS = [ORG, "梧桐巷社区居委会", PROPERTY, OWNERS, "鼓楼派出所梧桐巷警务室", CO_BUILD, "清河区自来水公司党支部"]


@dataclass
class Meeting:
    mtype: str | None
    date: dt.date
    name: str  # what the volunteer writes on the first line
    rel: str
    fmt: str  # book | copier | image
    clock: str
    place: str
    host: str
    expected: str
    present: str
    absent: str
    body: list[str]
    items: list[str]
    note: str = ""
    recorder: str = PUBLICITY


def plan(y: Year) -> list[Meeting]:
    d = y.d
    m: list[Meeting] = []

    def zwh(day, rel, fmt, body, items=("8",), **kw):
        m.append(Meeting(ZWH, day, kw.pop("name", "支委会"), rel, fmt, kw.pop("clock", "上午9:00"), ROOM, SECRETARY, "5",
                         kw.pop("present", "5"), kw.pop("absent", "无"), body, list(items), **kw))

    zwh(d(1, 10), f"{B1}/支委会/0110支委会.docx", "book",
        ["议一：2025年支部工作计划初稿，大家逐条议。王建国提出党小组会要按月开，定下来。",
         "议二：2024年度组织生活会放在1月22日，会前书记和每个委员谈心。",
         "议三：春节前走访老党员，80岁以上的8人，生病的2人，名单由钱凤英报。"])
    zwh(d(2, 14), f"{B1}/支委会/0214支委会.docx", "book",
        ["刘书记讲：去年制度有的不合实际，今年修订4个制度（支委会议事规则、组织生活制度、联系群众制度、廉洁自律制度）。",
         "大家同意，2月起执行，周德明负责打印上墙。",
         "陈晓宇讲：社区党校3月开班，支部报名10人。"])
    zwh(d(3, 12), f"{SCANS}/扫描0003.pdf", "copier",
        [f"议一：讨论{NEW_MEMBER}同志列为发展对象。{NEW_MEMBER}，女，2023年9月写入党申请书，2024年3月列为积极分子，培养一年多。",
         "听取培养人王建国、第二党小组意见，支委5人一致同意列为发展对象，报社区党委备案，公示7天。",
         "议二：3月20日开联席会议，议老旧小区改造加装电梯的事。"], items=("8", "22"), name="支委会记录")
    zwh(d(4, 11), f"{B1}/支委会/20250411.docx", "book",
        ["议：老旧小区改造施工期间党员包幢。16幢每幢一名党员联络，收集居民意见。", "五月份组织党员志愿者清理楼道堆物。"])
    zwh(d(5, 16), f"{B1}/支委会/0516支委会.docx", "book",
        ["议一：定今年为居民办的实事6件：楼道灯、晾衣架、非机动车棚、充电桩、适老扶手、老年助餐点。分工到人。",
         "议二：流动党员郑伟5月没交党费，王建国电话联系。"], absent="无")
    zwh(d(6, 13), f"{SCANS}/扫描0007.pdf", "copier",
        [f"议一：审查发展对象{NEW_MEMBER}同志材料：政审、培训结业证、入党志愿书，都齐全，同意提交党员大会。",
         "议二：6月27日开党员大会讨论接收预备党员，会前通知到每位党员，行动不便的上门说明。"], items=("8", "22"),
        name="支委会记录")
    zwh(d(8, 15), f"{B1}/支委会/0815.docx", "book",
        ["议：高温天气关心独居老党员，每人每周电话一次。", "郑伟8月补交了5—7月党费。"], present="4", absent="赵秀兰（住院）")
    zwh(d(11, 14), f"{SCANS}/扫描0012.pdf", "image",
        [f"议一：预备党员{CONFIRMED}同志12月20日预备期满，已交转正申请，入党介绍人和党小组意见好，同意提交党员大会讨论。",
         "议二：年终总结和满意度测评的安排。"], items=("8", "22"), name="支委会记录", note="扫描时没开文字识别，只有图像")
    zwh(d(12, 12), f"{B1}/支委会/1212支委会.docx", "book",
        ["议一：讨论年度总结初稿，刘书记要求把加装电梯、实事6件写实。",
         "议二：在职报到党员的表现，年底写反馈函给所在单位。"])

    def dh(day, rel, fmt, expected, present, body, items=("8",), **kw):
        m.append(Meeting(DH, day, kw.pop("name", "党员大会"), rel, fmt, kw.pop("clock", "上午9:00"), ROOM, SECRETARY,
                         str(expected), str(present), kw.pop("absent", "行动不便、外出"), body, list(items), **kw))

    dh(d(1, 17), f"{B1}/党员大会/0117党员大会.docx", "book", 30, 25,
       ["刘书记通报2025年支部工作计划，大家举手表决通过。", "王建国通报2024年党费：应交30人，全部交清，共6480元，已交社区党委。"])
    dh(d(6, 27), "20250627.pdf", "copier", "30（有表决权29）", "26（有表决权25）",
       [f"{NEW_MEMBER}同志汇报对党的认识和入党动机。入党介绍人王建国、钱凤英介绍培养情况，支委会报告审查情况。",
        "到会有表决权的正式党员25名，超过半数。无记名投票：赞成25票，反对0票，弃权0票。",
        f"支部大会决议：接收{NEW_MEMBER}同志为中共预备党员，报梧桐巷社区党委审批。"], items=("8", "22"),
       name="纺机新村党支部党员大会记录", note="复印机扫描，文件名是日期")
    dh(d(9, 26), f"{B1}/党员大会/三季度党员大会暨九月主题党日.docx", "book", 31, 26,
       ["一、党员大会：通报上半年工作和老旧小区改造进度，王建国通报党费收缴。",
        "二、主题党日：赵秀兰领学《中国共产党纪律处分条例》，全体党员重温入党誓词，3名党员发言。"], items=("8", "9"),
       name="第三季度党员大会暨九月主题党日")
    dh(d(12, 19), f"{SCANS}/扫描0014.pdf", "copier", "31（有表决权30）", "27（有表决权26）",
       [f"讨论{CONFIRMED}同志转正。{CONFIRMED}宣读转正申请，第一党小组长钱凤英介绍预备期表现。",
        "到会有表决权党员26名，举手表决26票赞成，同意按期转为正式党员，报社区党委审批。",
        "刘书记通报全年工作和满意度测评结果。"], items=("8", "22"), name="第四季度党员大会记录")

    def dk(day, rel, fmt, expected, present, teacher, topic, body, **kw):
        m.append(Meeting(DK, day, f"党课 {topic}（主讲：{teacher}）", rel, fmt, kw.pop("clock", "上午9:00"), ROOM,
                         kw.pop("host", SECRETARY), str(expected), str(present), kw.pop("absent", "见签到表"), body,
                         ["8", "9"], **kw))

    dk(d(3, 28), f"{B1}/党课/0328党课.docx", "book", 30, 24, SECRETARY, "做新时代的合格退休党员",
       ["刘书记讲退休不褪色，讲了老党员在小区改造中的带头作用。", "听课后李福生、钱凤英发言。"], note="讲稿另存")
    dk(d(6, 30), f"{SCANS}/扫描0008.pdf", "image", 30, 25, DEPUTY, "学党史 守初心",
       ["陈晓宇同志讲党的光辉历程，结合纺机厂老党员的故事。"], note="七一党课记录，扫描件只有图像；提纲另存")
    dk(d(9, 19), f"{B1}/党课/0919党课.docx", "book", 31, 23, DISCIPLINE, "以案为鉴 守住晚节",
       ["赵秀兰讲了两个退休干部违纪的案例，提醒大家不参加非法集资、不信保健品骗局。"])
    dk(d(11, 28), f"{B1}/党课/1128党课.docx", "book", 31, 24, PUBLICITY, "学习党的二十届四中全会精神",
       ["周德明讲全会精神，大家分两个党小组讨论。"], host=SECRETARY)

    def xz(day, rel, group, expected, present, body, **kw):
        leader = GROUP_LEADERS[group]
        m.append(Meeting(XZ, day, f"{group}会议", rel, kw.pop("fmt", "book"), "下午2:30", kw.pop("place", ROOM), leader,
                         str(expected), str(present), kw.pop("absent", "生病、外出"), body, ["8"], recorder=leader, **kw))

    xz(d(4, 18), f"{B1}/党小组会/第一党小组4月.docx", "第一党小组", 15, 12,
       ["学习党章第一章。", "收集居民对小区改造的意见7条：停车、晾衣、楼道灯。"])
    xz(d(7, 18), f"{B1}/党小组会/第二党小组7月.docx", "第二党小组", 16, 12,
       ["学习防汛知识。", "党员分片包幢，每人联系一个单元。"], place="12幢李福生家")
    xz(d(10, 17), f"{SCANS}/扫描0010.pdf", "第一党小组", 15, 13, ["学习四中全会公报。", "讨论重阳节敬老活动。"], fmt="copier")

    def zt(day, rel, fmt, present, theme, body, items=("9",), **kw):
        expected = 30 if day < d(6, 27) else 31
        m.append(Meeting(ZT, day, f"主题党日：{theme}", rel, fmt, kw.pop("clock", "上午8:30"), kw.pop("place", ROOM),
                         kw.pop("host", DEPUTY), str(expected), str(present), "请假已登记", body, list(items), **kw))

    zt(d(3, 5), f"{B2}/3月主题党日.docx", "book", 24, "学雷锋 党员在身边",
       ["党员在小区门口摆摊，义务理发、修伞、量血压，服务居民90多人次。"], items=("9", "13"))
    zt(d(4, 3), f"{B2}/0403清明.docx", "book", 22, "清明祭英烈", ["党员到清河烈士陵园献花，重温入党誓词。"],
       place="清河烈士陵园")
    zt(d(7, 1), f"{SCANS}/扫描0009.pdf", "copier", 27, "庆七一 重温入党誓词",
       ["为3名党龄满50年的老党员颁发“光荣在党50年”纪念章，新预备党员孙佳琪表态发言。"])
    zt(d(10, 29), f"{B2}/重阳敬老主题党日.docx", "book", 25, "九九重阳 敬老助老",
       ["党员志愿者到80岁以上独居老人家里打扫卫生、包饺子，走访12户。"], items=("9", "13", "32"))

    m.append(Meeting(ZZ, d(1, 22), "2024年度组织生活会暨民主评议党员", f"{B1}/组织生活会/2024年度组织生活会暨民主评议.docx",
                     "book", "上午9:00", ROOM, SECRETARY, "30", "26", "4人生病请假",
                     ["一、刘书记代表支委查摆问题3条：联系在职报到党员少、活动形式老、流动党员管理弱。",
                      "二、党员一个一个发言，开展批评和自我批评。",
                      "三、民主评议：发评议表26份，评出优秀党员5名，合格25名。社区党委委员杨敏列席。"], ["9", "12"]))

    def lx(day, rel, fmt, present, body, items=("18",), **kw):
        m.append(Meeting(LX, day, kw.pop("name", "纺机新村党建联席会议"), rel, fmt, "下午2:00", ROOM, SECRETARY,
                         f"成员单位{len(LX_UNITS)}家", f"{present}家", kw.pop("absent", "无"),
                         ["成员单位：" + "、".join(LX_UNITS), *body], list(items), **kw))

    lx(d(3, 20), f"{C2}/0320联席会议.docx", "book", 7,
       ["刘书记通报今年老旧小区改造计划。物业、业委会、住建局支部一起议加装电梯，先在3幢、5幢试点。",
        "定下：联席会议每季度开一次，有事随时开。"])
    lx(d(6, 18), f"{C2}/二季度联席会议暨老旧小区改造协调会.docx", "book", 7,
       ["住建局支部通报改造施工进度；物业答复非机动车棚选址；业委会同意公共收益用于楼道灯。",
        "商定施工期间党员志愿者每天巡查。"], name="二季度联席会议暨老旧小区改造协调会")
    lx(d(9, 17), f"{SCANS}/扫描0011.pdf", "copier", 6,
       ["议防台防汛和改造工地安全。", "警务室通报电信诈骗新手法。"], absent="清河区自来水公司党支部（请假）")
    lx(d(12, 17), f"{C2}/1217联席会议.docx", "book", 7, ["全年改造项目完成情况。", "征集明年项目建议9条。"])

    def gj(day, rel, fmt, unit, present, body, items=("16",), **kw):
        m.append(Meeting(GJ, day, kw.pop("name", f"与{unit}共建活动"), rel, fmt, "上午9:00", kw.pop("place", ROOM),
                         DEPUTY, "", f"{present}人", "", body, list(items), **kw))

    gj(d(4, 23), f"{C1}/0423共建 政策进小区.docx", "book", CO_BUILD, 35,
       ["住建局党员讲老旧小区改造政策、加装电梯补贴办法，答疑15个问题。"])
    gj(d(7, 16), f"{C1}/0716共建 防暑送清凉.docx", "book", CO_BUILD, 16,
       ["双方党员慰问改造工地工人、小区保洁保安，送绿豆汤和防暑药品。"])
    gj(d(9, 10), f"{SCANS}/扫描0013.pdf", "copier", CO_BUILD, 20,
       ["共建双方检查小区燃气管道和楼道消防设施，发现隐患4处，已整改。"], items=("16", "24"))
    gj(d(11, 21), f"{C1}/1121共建 冬季送温暖.docx", "book", CO_BUILD, 18,
       ["走访困难家庭5户，送棉被和米油。"], items=("16", "32"))
    m.append(Meeting(None, d(5, 22), f"与{PAIRED}结对交流", f"{C1}/结对/0522结对交流.docx", "book", "下午2:30", ROOM,
                     SECRETARY, "", "20人", "", ["两个支部交流三会一课做法，供电所介绍党员服务队经验。",
                                                "供电所党员义务检查老年居民家中线路23户。"], ["17"]))

    def zy(day, rel, present, name, body, **kw):
        m.append(Meeting(ZY, day, name, rel, "book", "上午8:00", kw.pop("place", "纺机新村中心花园"), PUBLICITY, "",
                         f"党员志愿者{present}人", "", body, ["13"], **kw))

    zy(d(5, 10), f"{D2}/0510清理楼道堆物.docx", 17, "党员志愿者清理楼道堆物",
       ["17名党员志愿者分幢清理楼道堆物，清运杂物3车。"])
    zy(d(8, 30), f"{D2}/0830防诈宣传.docx", 12, "党员志愿者防诈骗宣传",
       ["发放宣传单400份，给老人讲保健品骗局。"])

    def act(day, rel, name, items, host, present, body, **kw):
        m.append(Meeting(None, day, name, rel, "book", "下午2:30", kw.pop("place", ROOM), host, "", f"{present}人", "",
                         body, list(items), **kw))

    act(d(4, 25), f"{D1}/0425支部物业业委会三方会.docx", "支部、物业、业委会三方协调会", ["29"], SECRETARY, 11,
        [f"支部牵头，{PROPERTY}和{OWNERS}参加，议物业费收缴和停车管理。物业同意公示收支，业委会同意改造期间临时停车方案。"])
    act(d(7, 8), f"{D1}/0708居民意见征求会.docx", "居民代表意见征求会", ["27"], SECRETARY, 26,
        ["居民代表26人对非机动车棚和充电桩选址提意见，按多数意见定在9幢北侧，结果在宣传栏公示。"])
    act(d(5, 30), f"{D1}/0530居民议事会.docx", "纺机新村居民议事会", ["4"], "居民议事会召集人 韩建华", 15,
        ["居民议事会按章程议楼道灯改造费用分摊，表决同意用公共收益支付。楼道长协会同步换届，选出楼道长16名。"])
    act(d(10, 24), f"{D1}/1024就业技能培训报名.docx", "就业技能培训报名登记会", ["31"], DEPUTY, 14,
        ["社区和支部为小区待业、下岗人员14人报名区人社局家政、电工培训，2人推荐到物业上岗。"])
    # other years and other organisations: no item of this branch's 2025
    m.append(Meeting(ZWH, d(11, 15, -1), "支委会", f"{OLD}/2024/1115支委会.docx", "book", "上午9:00", ROOM, SECRETARY, "5",
                     "5", "无", ["讨论马国庆同志接收预备党员的准备。", "2024年总结安排。"], [], note="2024年的支委会记录"))
    m.append(Meeting(DH, d(12, 20, -1), "党员大会记录", f"{OLD}/2024/20241220.pdf", "copier", "上午9:00", ROOM, SECRETARY,
                     "29（有表决权29）", "25", "生病", [f"讨论接收{CONFIRMED}同志为预备党员，无记名投票25票赞成，通过。"], ["22"],
                     note="2024年接收预备党员：第22项“每两年”看本年度和上一年度"))
    m.append(Meeting(ZT, d(5, 9), "鼓楼小学党支部5月主题党日活动记录", "鼓楼小学党支部五月主题党日.docx", "book", "下午3:30",
                     "鼓楼小学会议室", "鼓楼小学党支部书记 许文静", "18", "17", "1人病假",
                     ["教师党员开展“红领巾讲党史”备课，参观校史馆。"], [], recorder="鼓楼小学 党务干事",
                     note=f"{SCHOOL_BRANCH}的记录（小区里的老师党员转来的），不是本支部的"))
    m.append(Meeting(DH, d(6, 24), "棉纺新村党支部党员大会记录", f"{SCANS}/扫描0006.pdf", "copier", "上午9:00",
                     "棉纺新村活动室", "棉纺新村党支部书记 顾长林", "27", "22", "外出",
                     ["学习党纪，通报上半年党费。"], [], note=f"{NEIGHBOUR}的记录，借复印机扫的，不是本支部的"))
    return m


def lines_of(mt: Meeting) -> list[str]:
    head = [f"时间：{style.short(mt.date)} {mt.clock}", f"地点：{mt.place}", f"主持：{mt.host}   记录：{mt.recorder}"]
    if mt.expected:
        head.append(f"应到{mt.expected}人，实到{mt.present}人。缺席：{mt.absent}")
    elif mt.present:
        head.append(f"参加：{mt.present}")
    return [mt.name, *head, "内容：", *mt.body]


def write(y: Year) -> list[Meeting]:
    meetings = plan(y)
    for mt in meetings:
        path = y.path(mt.rel)
        lines = lines_of(mt)
        if mt.fmt == "book":
            style.notebook_docx(path, lines, author=mt.recorder if mt.recorder == PUBLICITY else "Administrator")
        elif mt.fmt == "copier":
            style.copier_pdf(path, "会 议 记 录", lines)
        else:
            style.image_pdf(path, "会 议 记 录", lines)
        y.add(mt.rel, "会议记录", mt.date, mt.items, meeting_type=mt.mtype, needs_ocr=mt.fmt == "image", note=mt.note)
    _sign_ins(y)
    return meetings


def _sign_ins(y: Year) -> None:
    """Sign-in sheets kept beside the minutes: typed and signed (docx), one scanned without text."""
    mems = members()
    rows = [["序号", "姓名", "党小组", "签到"]]
    away = {m.name for m in mems[24:30]}
    for i, mem in enumerate(mems[:30], 1):
        rows.append([str(i), mem.name, mem.group, "" if mem.name in away else mem.name])
    rel = f"{B1}/党课/0328党课签到.docx"
    style.docx(y.path(rel), "党课签到表", [f"2025年3月28日上午9:00  {ROOM}  主讲：{SECRETARY}"], table=rows)
    y.add(rel, "签到表", y.d(3, 28), ["8"], meeting_type=DK, note="党课签到表（在记录旁）")
    rel = f"{SCANS}/扫描0015.pdf"
    style.image_pdf(y.path(rel), "党员大会签到表", ["2025年12月19日上午9:00 纺机新村党员活动室",
                                              *[f"{i}. {m.name}  （签名）" for i, m in enumerate(mems[:27], 1)]])
    y.add(rel, "签到表", y.d(12, 19), ["8"], meeting_type=DH, needs_ocr=True, note="党员大会签到表，扫描只有图像")
    rows = [["单位", "参会人", "签到"]]
    for unit, who in zip(LX_UNITS, [SECRETARY, "袁红", "蒋立平", "韩建华", "郭勇", "任志强", "苏卫国"], strict=True):
        rows.append([unit, who, who])
    rel = f"{C2}/0320联席会议签到.docx"
    style.docx(y.path(rel), "纺机新村党建联席会议签到表", ["2025年3月20日下午2:00"], table=rows)
    y.add(rel, "签到表", y.d(3, 20), ["18"], meeting_type=LX, note="联席会议签到")
    _ = (B4, ORGANISER)
