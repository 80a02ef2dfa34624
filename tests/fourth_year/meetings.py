"""The branch's meetings and activities: 支部委员会, 党员大会 (two of them held jointly: …暨…), 党课, 党小组会, 主题党日,
组织生活会暨民主评议党员, 楼宇党建联席会议, 共建 and 结对 activities, 志愿服务 and a few organised activities of no listed
type. Layouts: grid (the clerk's 纪要 as a two-column table), prose (a narrative 纪要), pdf (exported with a text
layer) and book (a page of the bound 记录本 photographed: pixels only). Filed by quarter under 二、组织生活/, the rest in
the section folders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from labelled_year import render
from labelled_year.model import Year

from . import style
from .folders import CAMERA, HEAP, JOINT, OLD, SERVICE, TEAM, quarter
from .people import (
    ACTIVIST,
    CLERK,
    CONFIRMED,
    DEPUTY,
    DISCIPLINE,
    GROUP_LEADERS,
    NEIGHBOUR,
    NEW_MEMBER,
    ORG,
    ORGANISER,
    PROPERTY,
    PUBLICITY,
    ROOM,
    SECRETARY,
    STATION,
    members,
)

ZWH, DH, DK, XZ, ZT, ZZ, LX, GJ, ZY = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "联席会议", "共建活动", "志愿服务",
)
COMMITTEE = f"{SECRETARY}、{DEPUTY}、{ORGANISER}、{PUBLICITY}、{DISCIPLINE}"
LX_UNITS = ["云锦大厦联合党支部", "江川云锦物业服务有限公司", "南湖社区党委", "南湖派出所党支部", "江川区税务局第三党支部",
            "江川农商银行南湖支行党支部", "嘉和建筑设计院党支部"]
TAX = "江川区税务局第三党支部"
MARKET = "江川区市场监督管理局机关第二党支部"
HOSPITAL = "江川区人民医院第二党支部"


@dataclass
class Meeting:
    mtype: str | None
    date: dt.date
    heading: str
    rel: str
    fmt: str  # grid | prose | pdf | book
    clock: str
    place: str
    host: str
    recorder: str
    expected: str
    present: str
    absent: str
    topics: list[str]
    body: list[str]
    items: list[str]
    name: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    shot: dt.datetime | None = None  # when the 记录本 page was photographed


def plan(y: Year) -> list[Meeting]:
    d = y.d
    m: list[Meeting] = []

    def zwh(day, rel, fmt, topics, body, items=("8",), **kw):
        m.append(Meeting(ZWH, day, kw.pop("heading", "支部委员会会议纪要"), rel, fmt, kw.pop("clock", "12:10"),
                         kw.pop("place", ROOM), SECRETARY, kw.pop("recorder", DEPUTY), "5", kw.pop("present", "5"),
                         kw.pop("absent", "无"), topics, body, list(items), name=kw.pop("name", f"{ORG}支部委员会会议"), **kw))

    zwh(d(1, 8), f"{quarter(1)}/20250108 支委会纪要.docx", "grid",
        ["讨论2025年支部工作计划（征求意见稿）", "部署2024年度组织生活会和民主评议党员", "研究春节前走访慰问"],
        ["1. 邵明哲同志说明年度计划起草情况，委员逐条讨论，同意将“楼宇党建联席会议每季度一次”“为楼宇企业和白领办实事6件”写入计划，修改后提交党员大会。",
         "2. 确定1月16日召开2024年度组织生活会暨民主评议党员大会，会前支委之间、支委与党员之间开展谈心谈话。",
         "3. 确定春节前走访慰问退休返聘老党员和生病党员共5人。"])
    zwh(d(2, 12), f"{quarter(1)}/20250212 支委会纪要.docx", "grid",
        ["审议修订后的支部议事规则等4项制度", "推荐参加街道党校春季轮训班人员"],
        ["1. 审议通过《支部委员会议事规则》《组织生活会制度》《党员廉洁从业承诺制度》《支委联系党员和楼宇企业制度》，2月起执行。",
         "2. 同意推荐9名党员参加南湖街道党校2025年春季党员轮训班，由林一帆汇总报名。"])
    zwh(d(3, 11), f"{quarter(1)}/20250311 支委会纪要（确定发展对象）.docx", "grid",
        [f"讨论确定{NEW_MEMBER}同志为发展对象", "研究3月楼宇党建联席会议议程"],
        [f"1. 入党积极分子{NEW_MEMBER}同志（衡信会计师事务所）2023年10月递交入党申请书，2024年3月确定为积极分子，经一年以上培养教育。"
         "听取培养联系人、低区党小组和所在单位意见后，支委会5人一致同意确定其为发展对象，报街道两新组织综合党委备案。",
         "2. 确定3月20日召开第一次联席会议，同时与区税务局第三党支部签订共建协议。"], items=("8", "22"))
    zwh(d(4, 9), f"{quarter(2)}/记录本 支委会0409.jpg", "book",
        ["楼宇白领意见收集整理", "五月志愿服务安排"],
        ["收集意见21条，集中在午餐难、充电桩少、没有母婴室，列入办实事清单。", "5月组织党员到南湖社区开展义诊和法律咨询。"],
        shot=dt.datetime(2025, 4, 10, 9, 12, 40), note="会议记录本的手机照片")
    zwh(d(5, 14), f"{quarter(2)}/支委会5月.docx", "prose",
        ["确定2025年为楼宇企业和白领办实事项目", "研究党群服务站值班安排"],
        ["会议根据4月收集的意见，确定母婴室、共享午餐点、电动车充电桩、企业法律体检、楼宇招聘会、心理健康讲座6件实事，责任到人。",
         "会议同意党群服务站实行支委和党员骨干轮流值班，每天中午12:00至13:30开放咨询。"])
    zwh(d(6, 10), f"{quarter(2)}/20250610 支委会纪要.docx", "grid",
        [f"审查发展对象{NEW_MEMBER}同志入党材料", "筹备第二季度党员大会"],
        [f"1. 支委会审查了{NEW_MEMBER}同志的政治审查材料、集中培训结业证书和入党志愿书，认为符合条件，同意提交支部党员大会讨论。",
         "2. 确定6月27日召开第二季度党员大会，讨论接收预备党员。"], items=("8", "22"))
    zwh(d(8, 12), f"{quarter(3)}/支委会纪要0812.pdf", "pdf",
        ["党员组织关系排查", "三季度党费收缴"],
        [f"1. 经排查，{'褚天宇'}同志8月调往外地工作，组织关系未转出，由林一帆联系其办理转接手续。",
         "2. 通报7月党费收缴情况，个别党员未按月交纳，由各党小组长提醒。"], present="4", absent="蒋文涛（出差）")
    zwh(d(9, 9), f"{quarter(3)}/20250909 支委会纪要（孔令辉转正）.docx", "grid",
        [f"讨论预备党员{CONFIRMED}同志转正", "筹备第三季度党员大会暨9月主题党日"],
        [f"1. {CONFIRMED}同志预备期于2025年9月20日届满，已提交转正申请。入党介绍人、党小组意见认为其表现良好。支委会同意提交党员大会讨论其转正。",
         "2. 党员大会与9月主题党日合并召开，安排学习和观看警示教育片。"], items=("8", "22"))
    zwh(d(10, 14), f"{quarter(4)}/记录本 支委会1014.jpg", "book",
        ["研究楼宇招聘会筹备", "讨论冬季消防安全"],
        ["与南湖社区合办招聘会，邀请楼内企业提供岗位。", "与物业一起检查消防通道，组织一次演练。"],
        shot=dt.datetime(2025, 10, 15, 8, 47, 5), note="会议记录本的手机照片")
    zwh(d(12, 9), f"{quarter(4)}/20251209 支委会纪要.docx", "grid",
        ["讨论2025年度支部工作总结和书记述职报告", "研究党员年度表现情况向所在单位反馈"],
        ["1. 支委逐段讨论年度总结初稿，要求写清联席会议和办实事完成情况，问题写具体。",
         "2. 同意年底将党员参加支部活动和志愿服务情况书面反馈给其所在单位。"])

    def dh(day, rel, fmt, expected, present, topics, body, items=("8",), **kw):
        m.append(Meeting(DH, day, kw.pop("heading", "支部党员大会纪要"), rel, fmt, kw.pop("clock", "18:30"),
                         kw.pop("place", ROOM), SECRETARY, DEPUTY, str(expected), str(present),
                         kw.pop("absent", "出差、加班请假"), topics, body, list(items),
                         name=kw.pop("name", f"{ORG}党员大会"), **kw))

    dh(d(1, 21), f"{quarter(1)}/20250121 第一季度党员大会.docx", "grid", 37, 31,
       ["审议2025年支部工作计划", "通报2024年度党费收缴情况"],
       ["1. 邵明哲同志通报2025年工作计划，党员讨论后举手表决，一致通过。",
        "2. 林一帆同志通报：2024年度应交党费党员36名，全部交清，共计13380元，已全额上缴街道两新组织综合党委。"],
       name="第一季度支部党员大会")
    m.append(Meeting(DH, d(6, 27), "第二季度支部党员大会纪要", f"{quarter(2)}/第二季度党员大会（接收预备党员）.docx", "prose",
                     "18:30", ROOM, SECRETARY, DEPUTY, "37（有表决权36）", "32（有表决权31）", "出差、加班请假",
                     [f"讨论接收{NEW_MEMBER}同志为中共预备党员"],
                     [f"{NEW_MEMBER}同志汇报了对党的认识、入党动机、个人经历和需要向党组织说明的问题。入党介绍人林一帆、严晓峰介绍了培养考察情况，"
                      "支委会报告了审查情况。",
                      "到会有表决权的正式党员31名，超过应到会有表决权党员半数。经无记名投票，赞成31票，反对0票，弃权0票。",
                      f"支部大会决议：接收{NEW_MEMBER}同志为中共预备党员，预备期一年，报街道两新组织综合党委审批。"],
                     ["8", "22"], name="第二季度支部党员大会"))
    dh(d(9, 23), f"{quarter(3)}/20250923 第三季度党员大会暨9月主题党日.docx", "grid", 38, 33,
       [f"讨论{CONFIRMED}同志预备党员转正", "9月主题党日：学习《中国共产党纪律处分条例》，观看警示教育片"],
       [f"1. {CONFIRMED}同志宣读转正申请，高区党小组长金若川介绍其预备期表现。到会有表决权党员32名，经举手表决32票赞成，"
        "同意其按期转为正式党员，报上级党组织审批。",
        "2. 主题党日环节：贺春梅同志领学《中国共产党纪律处分条例》重点条文，全体党员观看警示教育片《蜕变的代价》，6名党员交流发言。"],
       items=("8", "22", "9"), heading="第三季度党员大会暨9月主题党日活动纪要",
       name="第三季度支部党员大会暨9月主题党日")
    dh(d(12, 23), f"{quarter(4)}/第四季度党员大会纪要1223.pdf", "pdf", 38, 34,
       ["通报2025年度支部工作", "通报党员群众满意度测评结果", "部署年度组织生活会准备"],
       ["1. 邵明哲同志通报全年工作：联席会议召开4次，办实事6件完成6件；不足是1名流动党员8—10月党费未按时交纳。",
        "2. 贺春梅同志通报测评结果：对支部工作满意率95.2%，对书记满意率93.6%。",
        "3. 顾雅琴同志部署2025年度组织生活会会前学习和谈心谈话。"])

    def dk(day, rel, fmt, expected, present, teacher, topic, body, items=("8", "9"), **kw):
        m.append(Meeting(DK, day, kw.pop("heading", "党课记录"), rel, fmt, kw.pop("clock", "12:15"), ROOM,
                         kw.pop("host", DEPUTY), CLERK, str(expected), str(present), kw.pop("absent", "见签到表"),
                         [topic], body, list(items), name=f"党课：{topic}", extra=[("授课人", teacher)], **kw))

    dk(d(3, 25), f"{quarter(1)}/0325 党课.docx", "grid", 37, 29, SECRETARY, "依法执业 守正创新——新时代律师和企业党员的初心",
       ["邵明哲同志结合律所服务民营企业的案例讲授党课，讲了党员在业务中守住法律底线、主动亮身份。", "党员交流发言3人。"],
       note="讲稿另存（党课讲稿 邵明哲.docx）")
    dk(d(6, 24), f"{quarter(2)}/七一专题党课记录.docx", "prose", 37, 30, PUBLICITY, "从红船精神看企业党员的担当",
       ["蒋文涛同志以“红船精神”为主线讲授专题党课，结合楼宇企业党员在抗疫和复工复产中的事迹。",
        "党课在中午时段举行，部分党员因业务外出未到。"], host=PUBLICITY)
    dk(d(9, 16), f"{quarter(3)}/党课记录0916.pdf", "pdf", 38, 31, DISCIPLINE, "以案为鉴 廉洁从业",
       ["贺春梅同志通报了两起企业人员职务侵占、商业贿赂典型案例，讲授企业党员廉洁从业要求。"], host=DISCIPLINE)
    dk(d(11, 25), f"{quarter(4)}/20251125 党课.docx", "grid", 38, 32, DEPUTY, "学习贯彻党的二十届四中全会精神",
       ["顾雅琴同志围绕全会精神和民营经济发展讲授党课。", "党员分三个党小组讨论，形成体会5篇。"], note="提纲另存为.txt")

    def xz(day, rel, fmt, group, expected, present, topics, body, **kw):
        leader = GROUP_LEADERS[group]
        m.append(Meeting(XZ, day, f"{group}会议记录", rel, fmt, kw.pop("clock", "12:20"), kw.pop("place", "大厦党员活动室"),
                         leader, leader, str(expected), str(present), kw.pop("absent", "外出"), topics, body, ["8"],
                         name=f"{group}会议", **kw))

    xz(d(4, 17), f"{quarter(2)}/低区党小组4月.docx", "grid", "低区党小组", 13, 11,
       ["学习党章第二章", "收集办实事意见"], ["组长领学党章第二章党员的权利和义务。", "收集意见6条：午餐、停车、母婴室、快递柜。"])
    xz(d(8, 20), f"{quarter(3)}/记录本 高区党小组0820.jpg", "book", "高区党小组", 12, 9,
       ["学习防汛防台知识", "党员联系楼层企业"], ["组长讲解台风天气高层办公安全常识。", "每名党员联系1至2家楼层企业。"],
       shot=dt.datetime(2025, 8, 21, 18, 3, 27), note="会议记录本的手机照片")
    xz(d(11, 12), f"{quarter(4)}/中区党小组11月学习.docx", "prose", "中区党小组", 13, 10,
       ["学习四中全会公报"], ["组员逐段学习全会公报，结合本职工作交流体会。"])

    def zt(day, rel, fmt, present, theme, body, items=("9",), **kw):
        expected = 37 if day < d(6, 27) else 38
        m.append(Meeting(ZT, day, kw.pop("heading", f"{day.month}月主题党日活动记录"), rel, fmt, kw.pop("clock", "14:00"),
                         kw.pop("place", STATION), kw.pop("host", DEPUTY), CLERK, str(expected), str(present),
                         kw.pop("absent", "请假已登记"), [theme], body, list(items), name=f"主题党日：{theme}", **kw))

    zt(d(3, 5), f"{quarter(1)}/0305 学雷锋主题党日.docx", "grid", 27, "学雷锋 楼宇党员在行动",
       ["党员志愿者在大厦一楼大堂设点，为白领和周边居民提供法律咨询、财税咨询、义诊，服务120余人次。"], items=("9", "13"))
    zt(d(4, 3), f"{quarter(2)}/0403 清明主题党日.docx", "prose", 30, "清明祭英烈",
       ["党员赴江川革命烈士纪念馆敬献花篮，重温入党誓词，参观革命历史陈列。"], place="江川革命烈士纪念馆")
    zt(d(7, 1), f"{quarter(3)}/七一主题党日.docx", "grid", 33, "庆七一 重温入党誓词",
       ["全体党员重温入党誓词，为2名党龄满30年的党员颁发纪念章，新预备党员陶思远作表态发言。"])
    zt(d(10, 15), f"{quarter(4)}/10月主题党日 楼宇微党课.docx", "prose", 29, "楼宇微党课 “我的入党故事”",
       ["4名党员讲述自己的入党故事，其他党员交流。活动后参观楼宇非公企业党建展示墙。"])
    zt(d(12, 5), f"{quarter(4)}/20251205 国际志愿者日主题党日.docx", "grid", 31, "志愿服务进社区",
       ["党员志愿者到南湖社区为独居老人打扫卫生、检查燃气灶具，慰问困难家庭8户。"], items=("9", "13", "32"))

    m.append(Meeting(ZZ, d(1, 16), "2024年度组织生活会暨民主评议党员大会记录",
                     f"{quarter(1)}/2024年度组织生活会暨民主评议党员.docx", "grid", "14:00", ROOM, SECRETARY, DEPUTY, "37", "33",
                     "4人出差请假", ["支委班子对照检查", "党员批评和自我批评", "民主评议党员"],
                     ["1. 邵明哲同志代表支委班子作对照检查，查摆问题3条：联系楼宇企业不够、组织生活形式单一、对流动党员管理办法不多。",
                      "2. 党员逐一发言，开展批评和自我批评。",
                      "3. 民主评议：发放评议表33份，评定优秀党员6名、合格党员30名、基本合格0名。"],
                     ["9", "12"], name="2024年度组织生活会暨民主评议党员", extra=[("列席", "南湖街道两新组织综合党委 委员 钱立")]))

    def lx(day, rel, fmt, present, topics, body, items=("18",), **kw):
        m.append(Meeting(LX, day, kw.pop("heading", "云锦大厦党建联席会议纪要"), rel, fmt, kw.pop("clock", "15:00"), ROOM,
                         SECRETARY, DEPUTY, f"成员单位{len(LX_UNITS)}家", f"{present}家", kw.pop("absent", "无"), topics, body,
                         list(items), name="云锦大厦党建工作联席会议", extra=[("成员单位", "、".join(LX_UNITS))], **kw))

    lx(d(3, 20), f"{JOINT}/联席会议/20250320 联席会议暨共建签约.docx", "grid", 7,
       ["通报2025年楼宇党建重点工作", "成员单位认领年度项目", f"与{TAX}签订党建共建协议"],
       ["1. 顾雅琴同志通报楼宇党建重点工作。各成员单位认领项目9个。",
        f"2. 会上{ORG}与{TAX}签订《党建共建协议》，双方约定全年开展共建活动不少于4次。",
        "3. 议定：联席会议每季度召开一次，由成员单位轮流承办。"], items=("18", "16"),
       heading="云锦大厦党建联席会议暨共建签约仪式纪要")
    lx(d(6, 19), f"{JOINT}/联席会议/二季度联席会议.docx", "prose", 6,
       ["项目推进情况", "楼宇停车和午餐难题"],
       ["各成员单位汇报认领项目推进情况，已完成4个。", "物业公司同意开放地下二层20个车位给楼内企业员工错时停车；社区联系共享午餐点。"],
       absent="江川农商银行南湖支行党支部（请假）")
    lx(d(9, 18), f"{JOINT}/联席会议/联席会议纪要0918.pdf", "pdf", 7,
       ["楼宇招聘会筹备", "国庆期间安全"],
       ["商定10月底与南湖社区联合举办楼宇招聘会。", "派出所通报电信诈骗新手法，物业落实节日值班。"])
    lx(d(12, 16), f"{JOINT}/联席会议/四季度联席会议1216.docx", "grid", 7,
       ["全年项目完成情况", "2026年项目征集"], ["全年认领的9个项目完成8个。", "征集2026年项目建议12条。"])

    def gj(day, rel, fmt, unit, present, topics, body, items=("16",), **kw):
        m.append(Meeting(GJ, day, kw.pop("heading", "共建活动记录"), rel, fmt, kw.pop("clock", "14:30"),
                         kw.pop("place", STATION), DEPUTY, CLERK, "", f"{present}人", "", topics, body, list(items),
                         name=kw.pop("name", "党建共建活动"), extra=[("共建单位", unit)], **kw))

    gj(d(4, 22), f"{JOINT}/共建活动/0422 税费政策进楼宇.docx", "grid", TAX, 46,
       ["税费优惠政策宣讲"], ["税务局党员业务骨干为楼内32家中小企业讲解小微企业税费优惠政策，现场答疑19个问题。"])
    gj(d(7, 17), f"{JOINT}/共建活动/0717 共建 防暑送清凉.docx", "prose", TAX, 18,
       ["慰问户外劳动者"], ["双方党员一起慰问大厦保安、保洁和周边快递员，送去防暑用品100份。"])
    gj(d(8, 26), f"{JOINT}/共建活动/市场监管共建 食品安全进楼宇.docx", "grid", MARKET, 25,
       ["食品安全宣传"], ["市场监管局党员检查楼内3家餐饮门店后厨，为白领讲解外卖食品安全知识。"])
    gj(d(11, 20), f"{JOINT}/共建活动/1120 共建 税务+大厦 冬季送温暖.docx", "grid", TAX, 21,
       ["冬季送温暖"], ["共建双方走访南湖社区困难家庭6户，送去棉被和米油。"], items=("16", "32"))
    m.append(Meeting(None, d(5, 28), "党组织结对交流活动记录", f"{JOINT}/结对共建/0528 与区人民医院第二党支部结对交流.docx",
                     "grid", "14:00", ROOM, SECRETARY, CLERK, "", "22人", "", ["结对支部交流党建工作", "医院党员开展健康讲座"],
                     ["1. 双方支部书记交流“三会一课”和党员教育的做法，医院支部介绍“党员示范岗”经验。",
                      "2. 医院党员医生为楼宇白领作颈椎病预防讲座。"], ["17"], name="结对交流活动",
                     extra=[("结对单位", HOSPITAL)]))

    def zy(day, rel, fmt, present, heading, body, items=("13",), **kw):
        m.append(Meeting(ZY, day, heading, rel, fmt, kw.pop("clock", "09:00"), kw.pop("place", "南湖社区文化广场"),
                         PUBLICITY, CLERK, "", f"党员志愿者{present}人", "", [heading], body, list(items), name=heading, **kw))

    zy(d(5, 17), f"{SERVICE}/志愿服务/0517 法律义诊进社区.docx", "grid", 11, "党员志愿服务队法律咨询、义诊进社区活动记录",
       ["律师、会计师、医生党员志愿者在南湖社区设摊，解答法律咨询27人次，为老人量血压60余人次。"])
    zy(d(9, 6), f"{SERVICE}/志愿服务/0906 无偿献血.docx", "prose", 14, "党员志愿者无偿献血活动记录",
       ["14名党员志愿者参加街道组织的无偿献血，献血总量4200毫升。"], place="南湖街道献血车")

    def act(day, rel, fmt, heading, items, host, present, topics, body, **kw):
        m.append(Meeting(None, day, heading, rel, fmt, kw.pop("clock", "14:00"), kw.pop("place", STATION), host, CLERK, "",
                         f"{present}人", "", topics, body, list(items), name=heading, **kw))

    act(d(4, 28), f"{SERVICE}/物业业委会/0428 支部、物业、业委会三方座谈会.docx", "grid", "党支部、物业、业主委员会三方座谈会记录",
        ["29"], SECRETARY, 12, ["大厦电梯维保和停车收费意见"],
        [f"支部牵头，{PROPERTY}、云锦大厦业主委员会和企业代表座谈，物业答复电梯维保计划，业委会同意停车收费方案公示后执行。",
         "三方商定每季度座谈一次，有事随时沟通。"])
    act(d(6, 12), f"{SERVICE}/0612 消防疏散演练.docx", "prose", "云锦大厦消防疏散演练记录", ["24"], DISCIPLINE, 260,
        ["高层建筑火灾疏散"], ["支部党员带头，物业组织全楼企业员工260人参加疏散演练，用时6分40秒，演练后讲解灭火器使用。"])
    act(d(10, 30), f"{SERVICE}/就业/1030 楼宇招聘会暨技能培训报名.docx", "grid", "楼宇专场招聘会暨职业技能培训报名活动记录", ["31"],
        DEPUTY, 180, ["为社区待业人员提供岗位和培训"],
        ["与南湖社区合办，楼内14家企业提供岗位86个，社区待业、失业人员180余人到场，初步达成意向41人。",
         "现场为23名待业人员报名参加区人社局的电商运营、育婴员技能培训。"], place="云锦大厦一楼大堂")
    act(d(8, 8), f"{TEAM}/群团/0808 楼宇工会联合会职工趣味运动会.docx", "prose", "云锦大厦工会联合会职工趣味运动会记录", ["4"],
        "楼宇工会联合会主席 曹振宇", 150, ["职工趣味运动会"],
        ["楼宇工会联合会召开委员会研究后举办，12家企业职工150人参加拔河、跳绳等6个项目。"])
    act(d(5, 4), f"{TEAM}/群团/0504 楼宇团支部青年联谊.docx", "grid", "云锦大厦青年团支部“五四”青年交流活动记录", ["4"],
        "团支部书记 温婧", 45, ["纪念五四 青年交流"], ["楼宇团支部组织青年团员和青年白领45人开展读书分享和职业规划交流。"])
    act(d(7, 9), f"{SERVICE}/0709 白领意见征求座谈会.docx", "grid", "楼宇白领和企业代表意见征求座谈会记录", ["27"], SECRETARY, 28,
        ["下半年党建工作和服务项目征求意见"],
        ["企业代表和白领28人参加，提出意见15条：增加午间健身、党群服务站周末开放、组织子女暑托班等。",
         "支部对采纳情况在服务站公示栏公布。"])
    # other years and other organisations: no item of this branch's 2025
    m.append(Meeting(ZWH, d(12, 10, -1), "支部委员会会议纪要", f"{OLD}/2024年/20241210 支委会纪要.docx", "grid", "12:10", ROOM,
                     SECRETARY, DEPUTY, "5", "5", "无", ["讨论2024年度工作总结"], ["1. 讨论2024年度支部工作总结初稿。"], [],
                     name=f"{ORG}支部委员会会议", note="2024年的纪要"))
    m.append(Meeting(DH, d(9, 20, -1), "支部党员大会纪要", f"{OLD}/2024年/2024三季度党员大会（接收孔令辉）.docx", "prose",
                     "18:30", ROOM, SECRETARY, DEPUTY, "36", "30", "出差请假", [f"讨论接收{CONFIRMED}同志为预备党员"],
                     [f"经无记名投票，到会有表决权党员29名，赞成29票，同意接收{CONFIRMED}同志为中共预备党员。"], ["22"],
                     name="第三季度支部党员大会", note="2024年接收预备党员：第22项“每两年”看本年度和上一年度"))
    m.append(Meeting(DH, d(6, 26), "第二季度党员大会记录", f"{HEAP}/金茂中心联合党支部二季度党员大会.docx", "grid", "18:00",
                     "金茂中心3楼会议室", "许文斌", "吕佳", "29", "24", "出差", ["学习党纪学习教育材料"],
                     [f"1. {NEIGHBOUR}书记许文斌领学。", "2. 通报上半年党费收缴情况。"], [], name=f"{NEIGHBOUR}党员大会",
                     note="相邻楼宇支部的记录，不是本支部的"))
    return m


def rows_of(mt: Meeting) -> list[list[str]]:
    rows = [["会议名称", mt.name or mt.heading], ["会议时间", f"{style.iso(mt.date)} {mt.clock}"], ["会议地点", mt.place],
            ["主持人", mt.host], ["记录人", mt.recorder]]
    rows += [[k, v] for k, v in mt.extra]
    if mt.expected:
        rows += [["应到人数", mt.expected], ["实到人数", mt.present]]
    else:
        rows.append(["参加人数", mt.present])
    if mt.absent:
        rows.append(["缺席人员及原因", mt.absent])
    rows.append(["会议议题", "\n".join(f"{i}. {t}" for i, t in enumerate(mt.topics, 1))])
    rows.append(["纪要内容", "\n".join(mt.body)])
    return rows


def lines_of(mt: Meeting) -> list[str]:
    head = [f"时间：{style.cn(mt.date)} {mt.clock}", f"地点：{mt.place}", f"主持人：{mt.host}    记录人：{mt.recorder}"]
    head += [f"{k}：{v}" for k, v in mt.extra]
    if mt.expected:
        head.append(f"应到{mt.expected}人，实到{mt.present}人。缺席：{mt.absent}")
    elif mt.present:
        head.append(f"参加：{mt.present}")
    return [*head, "议题：" + "；".join(mt.topics), *mt.body]


def _prose(mt: Meeting) -> list[str]:
    what = {ZWH: "支部委员会会议", DH: "支部党员大会", DK: "党课", XZ: "党小组会议", ZY: "志愿服务活动", GJ: "共建活动",
            ZZ: "组织生活会", LX: "联席会议", ZT: "主题党日活动"}.get(mt.mtype, "活动")
    count = f"应到{mt.expected}人，实到{mt.present}人" if mt.expected else f"参加{mt.present}"
    opening = (f"{style.cn(mt.date)}{mt.clock}，{ORG}在{mt.place}召开{what}，{mt.host}同志主持，{count}"
               f"{'，缺席：' + mt.absent if mt.absent and mt.absent != '无' else ''}。")
    if mt.extra:
        opening += "".join(f"{k}：{v}。" for k, v in mt.extra)
    return [opening, "会议议题：" + "；".join(mt.topics), *mt.body, f"记录人：{mt.recorder}"]


def write(y: Year) -> list[Meeting]:
    meetings = plan(y)
    for mt in meetings:
        path = y.path(mt.rel)
        if mt.fmt == "grid":
            style.grid_docx(path, mt.heading, rows_of(mt), author=mt.recorder)
        elif mt.fmt == "prose":
            style.docx(path, mt.heading, _prose(mt), author=mt.recorder)
        elif mt.fmt == "pdf":
            render.text_pdf(path, mt.heading, lines_of(mt), author=mt.recorder)
        elif mt.fmt == "book":
            img = style.notebook_page([mt.name, *lines_of(mt)])
            render.save_jpeg(img, path, mt.shot, model="HUAWEI P40")
        y.add(mt.rel, "会议记录", mt.date, mt.items, meeting_type=mt.mtype, needs_ocr=mt.fmt == "book", note=mt.note)
    _sign_ins(y)
    return meetings


def _sign_ins(y: Year) -> None:
    """Sign-in sheets kept beside the minutes: one photographed (pixels), one typed and signed (docx)."""
    names = [m.name for m in members()]
    # the 党课 of 3月25日: the sheet photographed with the phone
    page = style.notebook_page(["党课签到表  2025年3月25日 12:15  党群服务站会议室", "授课：邵明哲",
                                *[f"{i}. {n}" for i, n in enumerate(names[:29], 1)]], skew=-0.8)
    rel = f"{CAMERA}/IMG_20250325_131802.jpg"
    render.save_jpeg(page, y.path(rel), dt.datetime(2025, 3, 25, 13, 18, 2), model="HUAWEI P40")
    y.add(rel, "签到表", y.d(3, 25), ["8"], meeting_type=DK, needs_ocr=True, note="党课签到表的照片")
    # the 第四季度党员大会 of 12月23日: typed sheet with the signatures written in
    rows = [["序号", "姓名", "所在党小组", "签名", "备注"]]
    away = set(names[30:34])
    for i, mem in enumerate(members(), 1):
        rows.append([str(i), mem.name, mem.group, "" if mem.name in away else mem.name, "请假" if mem.name in away else ""])
    rel = f"{quarter(4)}/第四季度党员大会签到表.docx"
    style.docx(y.path(rel), "第四季度支部党员大会签到表", ["时间：2025年12月23日18:30    地点：云锦大厦5楼党群服务站会议室"],
               table=rows)
    y.add(rel, "签到表", y.d(12, 23), ["8"], meeting_type=DH, note="党员大会签到表（在纪要旁）")
    # the 联席会议暨共建签约 of 3月20日: units' representatives
    rows = [["单位", "参会人", "职务", "签到"]]
    for unit, who, post in zip(LX_UNITS, ["邵明哲", "贺春梅", "戚文华", "魏振东", "谢雨桐", "邹立群", "姜思远"],
                               ["支部书记", "物业经理", "社区党委副书记", "所长", "支部书记", "支行行长", "支部书记"], strict=True):
        rows.append([unit, who, post, who])
    rel = f"{JOINT}/联席会议/0320 联席会议签到.docx"
    style.docx(y.path(rel), "云锦大厦党建联席会议签到表", ["2025年3月20日15:00"], table=rows)
    y.add(rel, "签到表", y.d(3, 20), ["18", "16"], meeting_type=LX, note="联席会议暨共建签约的签到")
    _ = (ACTIVIST,)
