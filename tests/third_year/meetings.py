"""The village's meeting and activity records: committee meetings (总支委员会), 党员大会 and its 决议, 党课, 党小组会,
主题党日, 组织生活会, 民主生活会, 联席会议, 共建活动, 志愿服务 and a few organised activities of no listed type.
Layouts: form (会议名称/时间/地点/主持人/参会人员/缺席人员/会议内容 table), prose (a narrative opening), jiyao (纪要:
出席/列席, 议定事项 numbered), hand (a scanned page of short lines). Folders: 03三会一课/<月>/ for the first half year,
then root month folders 2025年7月/ … once the clerk stopped sorting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from labelled_year import render
from labelled_year.model import Year

from . import style
from .people import (
    CENTRE,
    CLERK,
    CONFIRMED,
    DEPUTY,
    DISCIPLINE,
    GROUP_LEADERS,
    HALL,
    NEW_MEMBER,
    ORG,
    ORG_FULL,
    ORGANISER,
    PUBLICITY,
    SECRETARY,
    TOWN_PARTY_SHORT,
)

ZWH, DH, DK, XZ, ZT, ZZ, MZ, LX, GJ, ZY = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "民主生活会", "联席会议", "共建活动", "志愿服务",
)
ROOT = "柳塘村2025年党建台账"
SHK = f"{ROOT}/03三会一课"
COMMITTEE = f"{SECRETARY}、{DEPUTY}、{ORGANISER}、{PUBLICITY}、{DISCIPLINE}"
JOINT = ["云溪区农业农村局机关第二党支部", "石桥派出所党支部", "石桥镇中心小学党支部", "石桥镇卫生院党支部",
         "柳塘竹木制品有限公司党支部", "云溪农商银行石桥支行党支部"]


@dataclass
class Meeting:
    key: str
    mtype: str | None
    date: dt.date
    heading: str
    rel: str
    fmt: str  # docx | pdf | scan
    layout: str  # form | prose | jiyao | hand
    clock: str
    place: str
    host: str
    recorder: str
    attendance: str  # as the record writes it ("应到5人，实到5人" …)
    absent: str
    attendees: str
    topics: list[str]
    body: list[str]
    items: list[str]
    name: str = ""  # 会议名称 (form layout)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


def plan(y: Year) -> list[Meeting]:
    d = y.d
    m: list[Meeting] = []

    def zwh(key, day, rel, fmt, layout, topics, body, items=("8",), **kw):
        m.append(Meeting(key, ZWH, day, kw.pop("heading", "支委会会议记录"), rel, fmt, layout, kw.pop("clock", "晚上7:00"),
                         kw.pop("place", HALL), SECRETARY, ORGANISER, kw.pop("attendance", "应到委员5人，实到5人"),
                         kw.pop("absent", "无"), kw.pop("attendees", COMMITTEE), topics, body, list(items),
                         name=kw.pop("name", "柳塘村党总支委员会会议"), **kw))

    zwh("zwh-01", d(1, 7), f"{SHK}/1月/1月支委会.docx", "docx", "form",
        ["讨论2025年党建工作计划（讨论稿）", "部署2024年度组织生活会和民主评议党员工作", "研究春节前走访慰问名单"],
        ["杨秀兰同志对2025年党建工作计划讨论稿作了说明，委员们逐条讨论，提出把“四议两公开”和村企联席会议写进计划。",
         "会议确定1月15日召开班子民主生活会，1月22日召开2024年度组织生活会，会前开展谈心谈话。",
         "会议确定春节前走访慰问老党员、困难党员12人，每人慰问金300元。"], clock="上午8:30")
    zwh("zwh-02", d(2, 18), f"{SHK}/2月/支委会纪要0218.docx", "docx", "jiyao",
        ["审议党总支议事规则等制度", "推荐春训班参训党员", "安排学雷锋主题党日"],
        ["审议通过《柳塘村党总支议事规则》《民主生活会制度》《村干部廉洁履职若干规定》等制度，即日起印发执行。",
         "同意推荐8名党员参加镇党委举办的2025年度农村党员春训班，由汤晓雯负责报名。",
         "确定3月5日开展学雷锋主题党日，组织党员志愿者为群众义务服务。"], heading="支委会会议纪要", clock="上午9:00")
    zwh("zwh-03", d(3, 11), f"{SHK}/3月/扫描全能王 2025-03-12 09.47.pdf", "scan", "hand",
        ["研究确定发展对象", "讨论春耕生产党员带头事项"],
        [f"入党积极分子{NEW_MEMBER}同志经过一年以上培养考察，听取党小组意见和群众意见后，支委会讨论一致同意确定为发展对象，"
         "报镇党委备案，并在村务公开栏公示5天。",
         "党员带头做好春耕备耕，帮助缺劳力农户育秧。"], items=("8", "22"), heading="支委会记录",
        note="手机扫描件，次日扫描")
    zwh("zwh-04", d(4, 15), f"{SHK}/4月/zhiweihui_0415.docx", "docx", "prose",
        ["研究2025年为民办实事项目", "研究召开第一次村企党建联席会议"],
        ["会议梳理村民代表提出的意见建议，初步确定为民办实事项目6项，提交村民代表会议审议后公示。",
         "会议确定4月16日召开第一次村企党建联席会议，邀请驻村单位和企业党组织参加。"])
    zwh("zwh-05", d(5, 13), f"{SHK}/5月/5月份支委会.docx", "docx", "form",
        [f"审查发展对象{NEW_MEMBER}同志入党材料", "部署5月主题党日人居环境整治"],
        [f"会议对{NEW_MEMBER}同志的政治审查、集中培训、入党志愿书等材料进行了审查，认为符合发展条件，同意提交党员大会讨论。",
         "会议安排5月10日主题党日党员分片包干清理沟渠垃圾（已开展，补记）。"], items=("8", "22"))
    zwh("zwh-07", d(7, 8), "2025年7月/支委会记录7.8.docx", "docx", "prose",
        ["研究汛期值守安排", "讨论村道拓宽方案征求意见"],
        ["会议要求村干部和党员骨干汛期24小时值守，重点巡查山塘水库和低洼农户。",
         "村道拓宽涉及21户农户，会议决定先在村务公开栏公告方案，7月10日召开座谈会听取群众意见。"],
        attendance="应到5人，实到4人", absent="罗金花（镇纪委培训请假）",
        attendees=f"{SECRETARY}、{DEPUTY}、{ORGANISER}、{PUBLICITY}")
    zwh("zwh-09", d(9, 9), "2025年9月/9月支委会（讨论何建军转正）.docx", "docx", "form",
        [f"讨论预备党员{CONFIRMED}同志转正", "部署秋收期间党员包户"],
        [f"{CONFIRMED}同志预备期于9月24日届满，本人已递交转正申请。入党介绍人和党小组意见认为其预备期表现良好。",
         "支委会同意将其转正问题提交党员大会讨论。",
         "秋收期间党员每人联系2户缺劳力农户。"], items=("8", "22"))
    zwh("zwh-12", d(12, 9), "2025年12月/支委会12.docx", "docx", "prose",
        ["讨论2025年度党建工作总结和书记述职报告", "研究在职党员表现情况反馈"],
        ["会议讨论了年度工作总结初稿，要求把联席会议、党费收缴中的问题写实写细。",
         "会议同意年底前将在职党员参加村级活动情况书面反馈给其所在单位党组织。"], clock="下午2:00")

    def dh(key, day, rel, fmt, layout, expected, present, topics, body, items=("8",), **kw):
        m.append(Meeting(key, DH, day, kw.pop("heading", "党员大会记录"), rel, fmt, layout, kw.pop("clock", "上午8:30"),
                         kw.pop("place", HALL), SECRETARY, CLERK,
                         kw.pop("attendance", f"应到党员{expected}名，实到{present}名"), kw.pop("absent", "外出务工、年老体弱请假"),
                         kw.pop("attendees", "全体党员（见签到表）"), topics, body, list(items),
                         name=kw.pop("name", "柳塘村党总支全体党员大会"), **kw))

    dh("dh-01", d(1, 24), f"{SHK}/1月/党员大会0124.docx", "docx", "form", 45, 38,
       ["审议2025年党建工作计划", "通报2024年度党费收缴情况"],
       ["杨秀兰同志通报2025年党建工作计划，党员分组讨论后举手表决，一致通过。",
        "汤晓雯同志通报2024年度党费收缴情况：应交党员44名，全部交清，合计4212元，已上缴镇党委。"],
       heading="全体党员大会记录")
    dh("dh-05", d(5, 20), f"{SHK}/5月/党员大会记录（接收预备党员）.docx", "docx", "prose", 45, 39,
       [f"讨论接收{NEW_MEMBER}同志为中共预备党员"],
       [f"{NEW_MEMBER}同志汇报了本人对党的认识、入党动机和个人经历；入党介绍人汤晓雯、冯志强介绍了培养考察情况。",
        "会议应到有表决权的正式党员44名，实到38名，超过半数。经无记名投票，赞成38票，反对0票，弃权0票。",
        f"会议决定接收{NEW_MEMBER}同志为中共预备党员，预备期一年，报镇党委审批。"], items=("8", "22"),
       attendance="应到党员45名（有表决权44名），实到39名（有表决权38名）")
    dh("dh-09", d(9, 23), "2025年9月/党员大会.pdf", "pdf", "hand", 46, 35,
       [f"讨论{CONFIRMED}同志预备党员转正", "通报前三季度工作"],
       [f"{CONFIRMED}同志宣读转正申请，党小组长毛德兴介绍其预备期表现。",
        "应到有表决权党员44名，实到34名。经表决，34票赞成，同意按期转为正式党员，报镇党委审批。",
        "冯志强同志通报前三季度党建工作和秋收期间党员包户情况。"], items=("8", "22"), clock="晚上7:30")
    dh("dh-12", d(12, 26), "2025年12月/四季度党员大会记录最终版.docx", "docx", "form", 46, 40,
       ["通报2025年党建工作总结", "通报党员群众满意度测评结果", "部署冬训"],
       ["杨秀兰同志通报全年党建工作，指出联席会议只开了3次，1名外出党员三季度党费未按时交纳。",
        "罗金花同志通报满意度测评结果：对党总支党建工作满意率94.0%，对书记满意率91.7%。",
        "冯志强同志部署今冬明春党员冬训。"])

    def dk(key, day, rel, fmt, layout, expected, present, teacher, topic, body, **kw):
        m.append(Meeting(key, DK, day, kw.pop("heading", "党课记录"), rel, fmt, layout, kw.pop("clock", "下午2:00"), HALL,
                         kw.pop("host", SECRETARY), CLERK, f"应到{expected}人，实到{present}人", kw.pop("absent", "请假人员见签到簿"),
                         "全体党员、入党积极分子", [topic], body, ["8", "9"], name=kw.pop("name", "党课"),
                         extra=[("授课人", teacher)], **kw))

    dk("dk-03", d(3, 25), f"{SHK}/3月/3月党课记录.docx", "docx", "form", 45, 33, SECRETARY,
       "弘扬雷锋精神 争当乡村振兴排头兵",
       ["杨秀兰同志结合村里党员带头流转土地、帮扶种植大户的事例讲授党课。", "党员交流发言3人。"])
    dk("dk-06", d(6, 17), f"{SHK}/6月/党课 纪律教育.docx", "docx", "prose", 45, 30, DISCIPLINE, "学党规 明纪律 守底线",
       ["罗金花同志围绕农村党员常见违纪问题讲授党课，通报了两起村干部优亲厚友的典型案例。",
        "正值农忙，外出党员较多，出席人数偏少。"], host=DISCIPLINE, note="30/45≈66.7%")
    dk("dk-07", d(7, 1), "2025年7月/dangke_0701.docx", "docx", "jiyao", 46, 41, DEPUTY, "“七一”专题党课：从党的历史中汲取奋进力量",
       ["冯志强同志讲授专题党课，回顾柳塘村第一个党支部成立以来的发展历程。",
        "党课后全体党员重温入党誓词，为2名党龄50年的老党员佩戴纪念章。"], heading="“七一”专题党课",
       host=DEPUTY)
    dk("dk-11", d(11, 18), "2025年11月/11月党课记录.docx", "docx", "form", 46, 36, SECRETARY,
       "学习贯彻党的二十届四中全会精神",
       ["杨秀兰同志围绕全会精神和乡村全面振兴讲授党课。", "党员分组讨论，形成学习体会6篇。"])

    def xz(key, day, rel, layout, group, expected, present, topics, body, **kw):
        leader = GROUP_LEADERS[group]
        m.append(Meeting(key, XZ, day, f"{group}会议记录", rel, "docx", layout, kw.pop("clock", "晚上7:00"),
                         kw.pop("place", f"{group[:2]}自然村老年活动室"), leader, leader, f"应到{expected}人，实到{present}人",
                         kw.pop("absent", "外出务工"), f"{group}党员", topics, body, ["8"], name=f"{group}会议", **kw))

    xz("xz-04", d(4, 22), f"{SHK}/4月/上塘党小组会议记录.docx", "hand", "上塘党小组", 16, 13,
       ["学习党章", "收集为民办实事意见"], ["组长领学党章第一章。", "收集意见4条：修机耕路、装路灯、清淤、建垃圾房。"])
    xz("xz-08", d(8, 19), "2025年8月/下塘组党小组会.docx", "form", "下塘党小组", 15, 10,
       ["学习防汛知识", "党员包户"], ["组长讲解防汛避险常识。", "确定10名党员包干联系独居老人。"])
    xz("xz-11", d(11, 11), "2025年11月/柳湾党小组11月学习.docx", "prose", "柳湾党小组", 15, 12,
       ["学习四中全会公报", "讨论冬季防火"], ["组员逐段学习全会公报。", "讨论确定冬季防火巡查人员。"])

    def zt(key, day, rel, fmt, layout, present, theme, body, items=("9",), **kw):
        expected = 45 if day < d(5, 20) else 46
        m.append(Meeting(key, ZT, day, kw.pop("heading", f"{ORG}{day.year}年{day.month}月份主题党日活动记录"), rel, fmt,
                         layout, kw.pop("clock", "上午8:30"), kw.pop("place", CENTRE), kw.pop("host", DEPUTY), CLERK,
                         f"应到{expected}人，实到{present}人", kw.pop("absent", "请假人员已登记"), "党员、入党积极分子",
                         [theme], body, list(items), name=f"主题党日：{theme}", **kw))

    zt("zt-01", d(1, 10), f"{SHK}/1月/1月主题党日.docx", "docx", "form", 36, "学条例 查隐患 迎新春",
       ["党员集中学习《中国共产党农村基层组织工作条例》，随后分组对独居老人家中用电用火进行安全排查。"])
    zt("zt-03", d(3, 5), f"{SHK}/3月/3.5学雷锋主题党日.docx", "docx", "prose", 34, "学雷锋 做好事",
       ["党员志愿者在村部广场为群众义务理发、量血压、维修小家电，服务群众60余人次。"], items=("9", "13"))
    zt("zt-04", d(4, 3), f"{SHK}/4月/柳塘村党总支2025年4月份主题党日活动记录.docx", "docx", "form", 38, "缅怀革命先烈 赓续红色血脉",
       ["党员赴石桥烈士陵园敬献花篮，重温入党誓词，聆听老党员讲述革命故事。"], place="石桥烈士陵园")
    zt("zt-05", d(5, 10), f"{SHK}/5月/5月主题党日（人居环境整治）.docx", "docx", "jiyao", 33, "党员带头 美化家园",
       ["党员分3个片区清理沟渠垃圾，拆除乱搭乱建3处。"])
    zt("zt-09", d(9, 10), "2025年9月/扫描全能王 2025-09-10 16.05.pdf", "scan", "hand", 31, "尊师重教 情暖教师节",
       ["党员走访慰问退休教师6名，为村小捐赠图书200册。"])
    zt("zt-10", d(10, 29), "2025年10月/10月主题党日 重阳.docx", "docx", "prose", 37, "九九重阳 情暖柳塘",
       ["党员为80岁以上老人送去重阳糕，理发、测血压，陪老人拉家常。"])
    zt("zt-12", d(12, 10), "2025年12月/12月主题党日.docx", "docx", "form", 39, "冬季防火 党员先行",
       ["党员学习冬季森林防火知识，分组到山林路口张贴防火标语、劝导野外用火。"])

    m.append(Meeting("zz-01", ZZ, d(1, 22), "2024年度组织生活会和民主评议党员会议记录",
                     f"{SHK}/1月/2024年度组织生活会和民主评议党员会议记录.docx", "docx", "prose", "下午1:30", HALL,
                     SECRETARY, CLERK, "应到45人，实到40人", "5人外出务工请假", "全体党员",
                     ["党总支班子对照检查", "党员开展批评和自我批评", "民主评议党员"],
                     ["杨秀兰同志代表党总支班子作对照检查，查摆问题4条。党员逐一发言，开展批评和自我批评。",
                      "会议进行民主评议党员，发放评议表40份，评定优秀党员8名、合格党员36名、基本合格1名。"],
                     ["9", "12"]))
    m.append(Meeting("mz-01", MZ, d(1, 15), "党总支班子2024年度民主生活会记录", f"{ROOT}/01班子建设/民主生活会记录.docx",
                     "docx", "form", "上午9:00", HALL, SECRETARY, ORGANISER, "应到5人，实到5人", "无", COMMITTEE,
                     ["班子成员对照检查", "开展批评和自我批评"],
                     ["杨秀兰同志代表班子作对照检查，班子成员逐一自我批评，相互提出批评意见11条，列出整改清单。",
                      f"{TOWN_PARTY_SHORT}组织委员全程列席指导。"], ["7"], name="党总支班子2024年度民主生活会",
                     extra=[("列席", f"{TOWN_PARTY_SHORT}组织委员 俞建平")]))

    def lx(key, day, rel, layout, present, topics, body, **kw):
        m.append(Meeting(key, LX, day, kw.pop("heading", "村企党建联席会议纪要"), rel, "docx", layout, kw.pop("clock", "下午2:30"),
                         HALL, SECRETARY, CLERK, f"成员单位{len(JOINT)}家，到会{present}家", kw.pop("absent", ""),
                         "、".join(JOINT), topics, body, ["18"], name="柳塘村党建工作联席会议", **kw))

    lx("lx-04", d(4, 16), f"{ROOT}/06共驻共建/联席会议/第一次联席会议0416.docx", "jiyao", 6,
       ["通报2025年共建项目", "成员单位认领项目"],
       ["各成员单位通报了可提供的资源，共认领共建项目8个。", "会议议定联席会议每季度召开一次，轮流承办。"])
    lx("lx-07", d(7, 15), "2025年7月/党建联席会议纪要.docx", "jiyao", 5,
       ["共建项目推进情况", "汛期安全协作"],
       ["各单位汇报认领项目推进情况，已完成3个。", "派出所、卫生院与村里建立汛期应急联络机制。"], absent="云溪农商银行石桥支行党支部（请假）")
    lx("lx-11", d(11, 6), "2025年11月/联席会议11.6.docx", "form", 6,
       ["全年共建项目完成情况", "冬季送温暖安排"],
       ["全年认领的8个项目已完成7个，剩余1个明年春季完成。", "商定11月下旬联合开展冬季送温暖活动。"], heading="联席会议记录")

    def gj(key, day, rel, layout, unit, present, topics, body, items=("16",), **kw):
        m.append(Meeting(key, GJ, day, kw.pop("heading", "共建活动记录"), rel, "docx", layout, kw.pop("clock", "上午9:00"),
                         kw.pop("place", "村部广场"), DEPUTY, CLERK, f"参加{present}人", "", f"{unit}党员、村党员", topics, body,
                         list(items), name="党建共建活动", extra=[("共建单位", unit)], **kw))

    gj("gj-04", d(4, 24), f"{ROOT}/06共驻共建/4.24共建活动.docx", "form", JOINT[0], 26,
       ["农技服务进村"], ["农业农村局党员农技员现场讲解水稻育秧和病虫害防治，发放技术资料150份。"])
    gj("gj-09", d(9, 16), "2025年9月/派出所共建 反诈宣传.docx", "prose", JOINT[1], 22,
       ["反诈宣传进村"], ["派出所党员民警入户宣传防范电信网络诈骗，帮助60余户村民安装国家反诈中心APP。"], items=("16", "24"))
    gj("gj-11", d(11, 20), "2025年11月/11.20共建 冬季送温暖.docx", "form", JOINT[0], 24,
       ["冬季送温暖"], ["共建单位与村党员一起走访慰问困难群众15户，送去棉被和米油。"])

    def zy(key, day, rel, layout, present, heading, body, items=("13",), **kw):
        m.append(Meeting(key, ZY, day, heading, rel, "docx", layout, kw.pop("clock", "上午7:30"), kw.pop("place", "村部广场"),
                         PUBLICITY, CLERK, f"党员志愿者{present}人", "", f"党员志愿服务队队员{present}人", [heading], body,
                         list(items), name=heading, **kw))

    zy("zy-07", d(7, 20), "2025年7月/7月志愿服务 夏季防溺水巡河.docx", "prose", 12, "党员志愿服务队防溺水巡河活动记录",
       ["暑假期间党员志愿者分4组沿柳塘河、山塘水库巡查，劝离下河游泳儿童5人次，检查警示牌8块。"], place="柳塘河沿线")
    zy("zy-10", d(10, 12), "2025年10月/秋收帮忙 志愿服务记录.docx", "form", 15, "秋收助农志愿服务",
       ["党员志愿者帮助3户孤寡老人和2户残疾人家庭抢收晚稻约12亩。"], items=("13", "32"))

    def act(key, day, rel, layout, heading, items, host, present, topics, body, **kw):
        m.append(Meeting(key, None, day, heading, rel, "docx", layout, kw.pop("clock", "上午9:00"), kw.pop("place", CENTRE),
                         host, CLERK, f"参加{present}人", "", kw.pop("attendees", ""), topics, body, list(items), name=heading,
                         **kw))

    act("fl-03", d(3, 7), f"{ROOT}/10群团工作/柳塘村妇联三八节活动.docx", "form", "柳塘村妇联“巾帼心向党”三八节活动记录",
        ["4"], "俞丽华", 56, ["表彰“巾帼建功”标兵", "家庭教育讲座"],
        ["村妇联召开执委会后组织活动，表彰巾帼建功标兵6名，邀请镇妇联讲授家庭教育课。"], attendees="妇联执委、妇女代表56人")
    act("jd-06", d(6, 26), f"{ROOT}/08宣传/禁毒宣传活动记录.docx", "prose", "“6·26”国际禁毒日宣传活动记录", ["24"],
        "倪伟强", 18, ["禁毒宣传"], ["治保会联合党员志愿者在集市设点宣传，发放禁毒宣传资料300份，排查出租房屋12户。"])
    act("wm-10", d(10, 28), "2025年10月/重阳节 孝老爱亲 文明家庭表彰.docx", "jiyao", "柳塘村“孝老爱亲”文明家庭表彰会",
        ["25"], PUBLICITY, 80, ["表彰文明家庭", "好婆媳事迹分享"],
        ["会议表彰“文明家庭”10户、“好婆媳”5对，2户家庭代表分享孝老爱亲的故事。"], attendees="获表彰家庭代表、村民代表80人")
    act("zq-07", d(7, 10), "2025年7月/村道拓宽征求意见座谈会.docx", "form", "村道拓宽方案征求意见座谈会记录", ["27"], SECRETARY,
        31, ["听取涉及农户对拓宽方案的意见"],
        ["涉及农户、党员代表、村民代表31人参加，提出意见14条，主要是占地补偿、排水沟走向和施工期间通行。",
         "党总支承诺7月底前将意见采纳情况在村务公开栏公布。"], clock="晚上7:00", attendees="涉及农户、党员代表、村民代表")
    # other years (serve no item of 2025, except the 2024 admission: item 22 looks at two years)
    m.append(Meeting("dh-2023", DH, d(9, 26, -2), "党员大会记录", "往年资料/2023年台账/2023年第三季度党员大会记录.docx", "docx",
                     "form", "上午8:30", HALL, SECRETARY, CLERK, "应到44人，实到36人", "外出务工", "全体党员",
                     ["通报第三季度工作", "学习主题教育材料"],
                     ["书记通报第三季度党建工作。", "党员集中学习主题教育应知应会材料。"], [], name="柳塘村党总支党员大会",
                     note="2023年的记录"))
    m.append(Meeting("dh-2024", DH, d(9, 24, -1), "党员大会记录", f"往年资料/2024年/2024年三季度党员大会（接收{CONFIRMED}）.docx",
                     "docx", "prose", "上午8:30", HALL, SECRETARY, CLERK, "应到44人，实到37人", "外出务工请假", "全体党员",
                     [f"讨论接收{CONFIRMED}同志为中共预备党员"],
                     [f"经无记名投票，有表决权的党员实到36名，赞成36票，同意接收{CONFIRMED}同志为中共预备党员。"], ["22"],
                     name="柳塘村党总支党员大会", note="2024年接收预备党员：第22项“每两年”看本年度和上一年度"))
    return m


def _signers() -> list[str]:
    from .people import members

    return [m.name for m in members()][:40]


def resolution_lines(y: Year) -> list[str]:
    day = y.d(5, 20)
    return [f"{style.cn(day)}，{ORG}召开党员大会，讨论{NEW_MEMBER}同志的入党问题。全总支有表决权的正式党员44名，"
            "实到会38名，超过应到会有表决权党员的半数。",
            f"会议听取了{NEW_MEMBER}同志对入党的认识和入党动机的汇报，听取了入党介绍人和支部委员会对其审查的情况。",
            "经无记名投票表决，赞成38票，反对0票，弃权0票。",
            f"党员大会决定：接收{NEW_MEMBER}同志为中共预备党员，预备期一年，自支部大会通过之日起计算。报{TOWN_PARTY_SHORT}审批。"]


def _form_rows(mt: Meeting) -> list[list[str]]:
    rows = [["会议名称", mt.name or mt.heading], ["时间", f"{style.cn(mt.date)} {mt.clock}", "地点", mt.place],
            ["主持人", mt.host, "记录人", mt.recorder]]
    rows += [[k, v] for k, v in mt.extra]
    rows.append(["参会人员", f"{mt.attendees}（{mt.attendance}）" if mt.attendees else mt.attendance])
    if mt.absent:
        rows.append(["缺席人员", mt.absent])
    content = ["议题：" + "；".join(mt.topics)] + mt.body
    rows.append(["会议内容", "\n".join(content)])
    return rows


def _opening(mt: Meeting) -> str:
    what = {ZWH: "总支委员会会议", DH: "全体党员大会", DK: "党课", XZ: "党小组会议", ZZ: "组织生活会", ZY: "志愿服务活动",
            GJ: "共建活动"}.get(mt.mtype, "活动")
    return (f"{style.cn(mt.date)}{mt.clock}，在{mt.place}召开{what}。{mt.attendance}，"
            f"{'缺席：' + mt.absent + '。' if mt.absent and mt.absent != '无' else ''}由{mt.host}同志主持，{mt.recorder}记录。")


def lines_of(mt: Meeting) -> list[str]:
    if mt.layout == "prose":
        return [_opening(mt), "会议内容：", *mt.body, f"记录：{mt.recorder}"]
    if mt.layout == "jiyao":
        out = [f"时间：{style.cn(mt.date)}{mt.clock}    地点：{mt.place}", f"出席：{mt.attendees}（{mt.attendance}）"]
        out += [f"{k}：{v}" for k, v in mt.extra]
        if mt.absent and mt.absent != "无":
            out.append(f"缺席：{mt.absent}")
        out.append(f"主持：{mt.host}    记录：{mt.recorder}")
        out.append("会议研究议定了以下事项：")
        nums = "一二三四五六"
        out += [f"{nums[i]}、{b}" for i, b in enumerate(mt.body)]
        return out
    # hand (short lines) or form flattened
    return [f"时间：{style.dotted(mt.date)} {mt.clock}", f"地点：{mt.place}", f"主持：{mt.host}", f"记录：{mt.recorder}",
            f"出席：{mt.attendance}", *[f"{k}：{v}" for k, v in mt.extra],
            f"缺席：{mt.absent}" if mt.absent else "", "议题：" + "；".join(mt.topics), *mt.body]


def _write_docx(path, mt: Meeting) -> None:
    doc = render.new_docx(mt.recorder)
    render.title(doc, mt.heading, size=16)
    if mt.layout == "form":
        render.table(doc, _form_rows(mt))
    else:
        for line in lines_of(mt):
            if line:
                render.par(doc, line, indent=line in mt.body or line == lines_of(mt)[0])
    if mt.layout == "jiyao":
        render.par(doc)
        render.par(doc, ORG, align="right")
        render.par(doc, style.cn(mt.date), align="right")
    render.save_docx(doc, path)


def write(y: Year) -> list[Meeting]:
    meetings = plan(y)
    for mt in meetings:
        path = y.path(mt.rel)
        if mt.fmt == "docx":
            _write_docx(path, mt)
        elif mt.fmt == "pdf":
            render.text_pdf(path, mt.heading, [x for x in lines_of(mt) if x], author=mt.recorder)
        elif mt.fmt == "scan":
            style.camscanner_pdf(path, mt.heading, [x for x in lines_of(mt) if x])
        y.add(mt.rel, "会议记录", mt.date, mt.items, meeting_type=mt.mtype, needs_ocr=mt.fmt == "scan", note=mt.note)
    # the 12月26日 党员大会 sign-in sheet, signed by hand and scanned with the phone
    rel = "2025年12月/扫描全能王 2025-12-26 11.02.pdf"
    signed = [f"{i}. {n}" for i, n in enumerate(_signers(), 1)]
    style.camscanner_pdf(y.path(rel), "党员大会签到表", ["时间：2025年12月26日上午  地点：村部二楼会议室", "序号  姓名（签名）",
                                                            *signed], skew=1.1)
    y.add(rel, "签到表", y.d(12, 26), ["8"], meeting_type=DH, needs_ocr=True, note="签到表的手机扫描件")
    # the 决议 of the 5月20日 党员大会, a paper of its own
    rel = f"{SHK}/5月/党员大会决议.docx"
    style.docx(y.path(rel), f"{ORG}党员大会决议", resolution_lines(y), sign=[ORG_FULL, style.upper(y.d(5, 20))])
    y.add(rel, "会议记录", y.d(5, 20), ["22", "8"], meeting_type=DH, note="接收预备党员的党员大会决议")
    return meetings
