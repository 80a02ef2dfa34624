"""Meetings and organised activities of the year: the plan as data, and writers for their records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import render
from .model import HALL, ORG, Year
from .people import CLERK, DEPUTY, DISCIPLINE, NEW_MEMBER, ORGANISER, PUBLICITY, SECRETARY

ZWH, DH, DK, XZ, ZT, ZZ, MZ, LX, GJ, ZY = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "民主生活会", "联席会议", "共建活动", "志愿服务",
)
ITEMS_BY_TYPE = {ZWH: ["8"], DH: ["8"], DK: ["8", "9"], XZ: ["8"], ZT: ["9"], ZZ: ["9", "12"], MZ: ["7"],
                 LX: ["18"], GJ: ["16"], ZY: ["13"]}
JOINT_UNITS = ["区税务局第三党支部", "临江二中党支部", "区人民医院东院党总支", "滨湖邮政支局党支部",
               "东湖幼儿园党支部", "恒信建材有限公司党支部", "东湖社区居民委员会"]


@dataclass
class Meeting:
    key: str  # short id used by other families (photos, sign-in sheets)
    mtype: str | None  # MEETING_TYPES value, None for an organised activity of no listed type
    date: dt.date
    name: str  # the record's heading
    rel: str  # where the record is written
    fmt: str  # docx | doc | pdf | scan | txt
    layout: str  # table | lines | prose | compact
    clock: str
    place: str
    host: str
    recorder: str
    expected: int | None
    present: int
    absent: str
    topics: list[str]
    body: list[str]
    items: list[str] | None = None
    attendees: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def plan(y: Year) -> list[Meeting]:
    """Every meeting record of the year (and the last day of the year before)."""
    Y = y.year
    d = y.d
    committee = f"{SECRETARY}、{DEPUTY}、{ORGANISER}、{PUBLICITY}、{DISCIPLINE}"
    root = "社区党建2025"
    shk = f"{root}/三会一课"
    m: list[Meeting] = []

    def zwh(key, day, rel, fmt, layout, topics, body, present=5, absent="无", **kw):
        m.append(Meeting(key, ZWH, day, kw.pop("name", "支部委员会会议记录"), rel, fmt, layout,
                         kw.pop("clock", "上午9:00"), kw.pop("place", "社区党委书记办公室"), SECRETARY, ORGANISER,
                         5, present, absent, topics, body, attendees=committee, **kw))

    zwh("zwh-1231", d(12, 31, -1), "桌面资料/新建 Microsoft Word 文档 (2).docx", "docx", "table",
        [f"研究{Y}年度党建工作计划（草案）", f"确定{Y}年1月主题党日活动安排"],
        [f"{SECRETARY}通报了{Y - 1}年度党建工作完成情况，{DEPUTY}对{Y}年度党建工作计划草案作了说明。",
         "委员们逐条讨论计划草案，建议增加与学校、医院的共驻共建项目，并把联席会议安排到每季度。",
         f"会议同意将计划草案提交{Y}年1月党员大会前征求党员意见，元旦当天开展“迎新年”主题党日。"],
        clock="下午3:00", note="上一年最后一天的支委会：不计入本年度")
    zwh("zwh-01", d(1, 14), f"{shk}/支委会/新建 Microsoft Word 文档.docx", "docx", "table",
        ["传达街道党工委年度工作会议精神", "研究召开民主生活会和组织生活会有关事项", "党费收缴情况通报"],
        [f"{SECRETARY}传达了{STREET_SHORT}党工委工作会议精神，要求各委员对照分工抓好落实。",
         f"会议通报了1月10日党委班子民主生活会查摆问题的整改分工，确定1月21日召开{Y - 1}年度组织生活会并开展民主评议党员。",
         f"{ORGANISER}通报了党费收缴情况，{Y - 1}年度党费已全部收齐上缴。"])
    zwh("zwh-02", d(2, 18), f"{shk}/支委会/2月支委会.docx", "docx", "lines",
        ["研究居民议事协商清单", "部署学雷锋志愿服务月活动"],
        ["会议梳理了春节期间居民反映的问题12条，明确由网格长牵头逐一答复。",
         f"会议决定3月开展学雷锋志愿服务月活动，由{PUBLICITY}负责组织党员志愿者。"], present=4,
        absent=f"{DISCIPLINE}（区纪委培训）")
    zwh("zwh-03", d(3, 11), f"{shk}/支委会/新建 Microsoft Word 文档 (4).docx", "docx", "compact",
        ["研究与区税务局第三党支部共建活动方案", "讨论第一季度党员大会议程"],
        ["会议审议了与区税务局第三党支部的共建活动方案，同意3月14日开展税收宣传进社区活动。",
         "会议确定3月28日召开第一季度党员大会，议程为通报年度计划、学习全国两会精神。"])
    zwh("zwh-04", d(4, 8), f"{shk}/支委会/4月份支委会记录.docx", "docx", "table",
        ["研究第一次联席会议议题", "讨论为民办实事项目清单"],
        ["会议研究确定第一次党建工作联席会议于4月16日召开，议题为年度共驻共建项目。",
         "会议讨论为民办实事项目清单，初定5项，报街道备案后向居民公示。"], clock="下午2:30",
        note="表格版式；.doc 孪生文件见 桌面资料/4月支委会.doc")
    zwh("zwh-06", d(6, 10), f"{shk}/支委会/新建 Microsoft Word 文档 (15).docx", "docx", "prose",
        [f"讨论接收{NEW_MEMBER}同志为预备党员", "部署“七一”活动"],
        [f"会议对发展对象{NEW_MEMBER}同志的政审、培训和公示情况进行了审查，一致同意提交党员大会讨论。",
         "会议安排6月30日开展重温入党誓词主题党日，并走访慰问老党员、困难党员。"])
    zwh("zwh-07", d(7, 15), "扫描件/扫描件_003.pdf", "scan", "lines",
        ["研究汛期值守和老旧小区排水问题", "讨论下半年工作安排"],
        ["会议要求党员干部在汛期分片包干，做好低洼楼道的排查。",
         "会议对下半年重点工作进行了分解，明确责任人和完成时限。"], present=4, absent=f"{PUBLICITY}（病假）")
    zwh("zwh-09", d(9, 9), f"{shk}/支委会/新建 Microsoft Word 文档 (6).docx", "docx", "lines",
        ["第三季度党课安排", "讨论国庆期间走访慰问名单"],
        ["会议确定9月19日由书记讲授第三季度党课。",
         "会议确定国庆前走访慰问困难群众和老党员名单共18人。"])
    zwh("zwh-10", d(10, 14), f"{root}/资料汇总/10月支委会.pdf", "pdf", "lines",
        ["研究第二次联席会议议题", "部署党员冬训"],
        ["会议确定10月22日召开第二次党建工作联席会议。", "会议部署今冬明春党员教育培训工作。"])
    zwh("zwh-11", d(11, 11), f"{shk}/支委会/党委会11月.docx", "docx", "table",
        ["研究年终党员群众满意度测评方案", "讨论在职党员表现情况反馈"],
        ["会议同意12月上旬开展党员群众满意度测评，由纪检委员监督统计。",
         "会议要求年底前将在职党员参加社区活动表现情况书面反馈其所在单位党组织。"],
        name="社区党委委员会议记录", note="党委会的叫法，即本级委员会会议")
    zwh("zwh-12", d(12, 9), f"{shk}/支委会/12.9支委会.docx", "docx", "compact",
        ["研究年终总结和述职", "讨论第四季度党员大会议程"],
        ["会议讨论了年度党建工作总结初稿，要求实事求是写明存在问题。",
         "会议确定12月23日召开第四季度党员大会。"], present=5)

    def dh(key, day, rel, fmt, layout, expected, present, topics, body, items=None, **kw):
        m.append(Meeting(key, DH, day, kw.pop("name", "党员大会记录"), rel, fmt, layout, kw.pop("clock", "上午9:30"),
                         HALL, SECRETARY, CLERK, expected, present, kw.pop("absent", "因病、外出请假"), topics, body,
                         items=items, **kw))

    dh("dh-q1", d(3, 28), f"{shk}/党员大会/第一季度党员大会.docx", "docx", "lines", 51, 44,
       [f"通报{Y}年度党建工作计划", "学习全国两会精神"],
       [f"{SECRETARY}通报了{Y}年度党建工作计划，对三会一课、主题党日、共驻共建等工作作了安排。",
        f"{DEPUTY}领学了政府工作报告中与基层治理相关的内容，党员代表发言4人次。"])
    dh("dh-q2", d(6, 24), f"{shk}/党员大会/新建 Microsoft Word 文档 (3).docx", "docx", "table", 51, 41,
       [f"讨论接收{NEW_MEMBER}同志为中共预备党员", "部署“七一”系列活动"],
       [f"{ORGANISER}介绍了{NEW_MEMBER}同志的培养考察情况，入党介绍人发表意见。",
        f"经无记名投票，应到有表决权的党员51名，实到41名，赞成41票，同意接收{NEW_MEMBER}同志为中共预备党员，预备期一年。",
        "会议部署了“七一”走访慰问和重温入党誓词活动。"], items=["8", "22"],
       note="发展党员：接收预备党员")
    dh("dh-q4", d(12, 23), f"{shk}/党员大会/Q4党员大会记录.docx", "docx", "compact", 52, 46,
       ["通报年度党建工作总结", "开展党员年度评议准备"],
       [f"{SECRETARY}通报了全年党建工作，指出联席会议只召开2次、党费个别欠交等问题。",
        "会议对明年组织生活会和民主评议党员作了安排。"], clock="下午2:00")

    def dk(key, day, rel, fmt, layout, expected, present, topic, body, **kw):
        m.append(Meeting(key, DK, day, kw.pop("name", "党课记录"), rel, fmt, layout, kw.pop("clock", "下午2:30"),
                         HALL, kw.pop("host", SECRETARY), CLERK, expected, present, "请假人员见签到表", [topic], body,
                         **kw))

    dk("dk-q1", d(3, 20), f"{shk}/党课/一季度党课.docx", "docx", "table", 51, 40,
       "党课：传承雷锋精神 争做先锋党员",
       [f"{SECRETARY}以“传承雷锋精神 争做先锋党员”为题讲授党课，结合社区党员志愿服务事迹，号召党员亮身份、作表率。",
        "党员围绕如何在楼道、网格中发挥作用进行了交流。"], extra=[("授课人", SECRETARY)])
    dk("dk-q2", d(6, 17), f"{shk}/党课/新建 Microsoft Word 文档 (7).docx", "docx", "lines", 51, 38,
       "党课：学习新修订的《中国共产党纪律处分条例》",
       [f"{DISCIPLINE}结合典型案例解读纪律处分条例，提醒党员守牢纪律底线。", "党员观看警示教育片30分钟。"],
       host=DISCIPLINE, extra=[("授课人", DISCIPLINE)])
    dk("dk-q3", d(9, 19), f"{shk}/党课/新建 Microsoft Word 文档 (16).docx", "docx", "compact", 52, 29,
       "党课：坚持人民至上 做好社区服务",
       [f"{SECRETARY}讲授党课，回顾社区加装电梯、助餐服务中党员带头的做法。",
        "因适逢中秋节前，部分党员外出，出席人数偏少。"], note="出席率29/52≈55.8%，低于70%")
    dk("dk-q4", d(11, 27), f"{shk}/党课/四季度党课记录.docx", "docx", "table", 52, 43,
       "党课：学习贯彻党的二十届四中全会精神",
       [f"{DEPUTY}围绕全会精神讲授党课，从基层党组织建设角度谈体会。", "党员分组交流学习体会，形成学习心得8篇。"],
       host=DEPUTY, extra=[("授课人", DEPUTY)])

    def xz(key, day, rel, group, leader, expected, present, topics, body, **kw):
        m.append(Meeting(key, XZ, day, f"第{group}党小组会议记录", rel, "docx", kw.pop("layout", "lines"),
                         "上午9:00", kw.pop("place", "东湖社区党员活动室"), leader, leader, expected, present,
                         kw.pop("absent", "无"), topics, body, **kw))

    grp = f"{root}/08 党员资料台帐/党小组"
    xz("xz-04", d(4, 22), f"{grp}/二组4月.docx", "二", "贾卫东", 13, 11,
       ["学习党章第二章", "收集居民对为民办实事项目的意见"],
       ["组长领学党章第二章党员的义务和权利。", "组员收集居民意见6条，汇总后报社区党委。"], absent="2人外出")
    xz("xz-08", d(8, 26), f"{grp}/四组8月.docx", "四", "夏安琪", 13, 10,
       ["学习防范电信诈骗知识", "安排楼道党员包干"],
       ["组长讲解了冒充客服类诈骗的常见手法。", "确定8名党员分别包干所在楼道。"], layout="table", absent="3人请假")
    xz("xz-11", d(11, 18), f"{grp}/一组11月会议.docx", "一", "马国栋", None, 9,
       ["学习四中全会公报", "讨论冬季帮扶名单"],
       ["组员逐段学习全会公报。", "讨论确定冬季重点帮扶对象3户。"], note="只有实到、没有应到人数",
       attendees="马国栋、周海燕等9人（名单附后）")

    def zt(key, day, rel, fmt, layout, present, name, topics, body, **kw):
        expected = 51 if day < d(6, 24) else 52  # 邹梓涵 received on 6月24日
        m.append(Meeting(key, ZT, day, name, rel, fmt, layout, kw.pop("clock", "上午9:00"),
                         kw.pop("place", "东湖社区党群服务中心"), kw.pop("host", DEPUTY), CLERK, expected, present,
                         kw.pop("absent", "请假人员已登记"), topics, body, items=kw.pop("items", None), **kw))

    ztd = f"{root}/主题党日"
    zt("zt-0101", d(1, 1), f"{ztd}/元旦主题党日.docx", "docx", "lines", 36, "“迎新年 送祝福”主题党日活动记录",
       ["迎新年走访慰问", "集体学习新年贺词"],
       ["元旦当天上午，党员集中学习新年贺词，随后分4组走访慰问高龄老党员12名。"], note="1月1日的活动")
    zt("zt-02", d(2, 25), f"{ztd}/新建 Microsoft Word 文档 (8).docx", "docx", "table", 39, "主题党日活动记录",
       ["观看专题片《榜样》", "清理楼道杂物"], ["党员观看专题片后分组清理3个小区楼道杂物，共清运2车。"])
    zt("zt-03", d(3, 5), f"{ztd}/学雷锋主题党日.docx", "docx", "compact", 42, "学雷锋主题党日活动记录",
       ["学雷锋志愿服务启动", "党员承诺践诺"], ["党员志愿者在社区广场设立服务摊位，提供政策咨询和血压测量。"])
    zt("zt-04", d(4, 3), f"{ztd}/文档2.docx", "docx", "lines", 40, "“缅怀革命先烈”主题党日活动记录",
       ["赴烈士陵园祭扫", "重温入党誓词"], ["党员赴区烈士陵园敬献花篮，在纪念碑前重温入党誓词。"],
       place="临江区烈士陵园")
    zt("zt-05", d(5, 27), f"{ztd}/5月主题党日.docx", "docx", "table", 37, "“垃圾分类 党员先行”主题党日活动记录",
       ["垃圾分类督导", "文明创建宣传"],
       ["党员在6个投放点开展垃圾分类督导，发放精神文明创建宣传资料300份。"], items=["9", "25"])
    zt("zt-06", d(6, 30), f"{ztd}/七一主题党日.docx", "docx", "lines", 45, "庆“七一”主题党日活动记录",
       ["重温入党誓词", "为老党员颁发纪念章"], ["党员集体重温入党誓词，为3名党龄满50年的老党员颁发纪念章。"])
    zt("zt-07", d(7, 29), f"{ztd}/新建 Microsoft Word 文档 (9).docx", "docx", "compact", 35, "主题党日活动记录",
       ["学习防汛知识", "巡查低洼地段"], ["党员学习防汛应急知识后，分组巡查低洼地段排水情况。"])
    zt("zt-09", d(9, 26), f"{ztd}/新建 Microsoft Word 文档 (17).docx", "docx", "lines", 38, "“喜迎国庆”主题党日活动记录",
       ["国庆主题宣讲", "走访退役军人党员"], ["邀请老党员讲述社区变迁，走访退役军人党员5名。"])
    zt("zt-10", d(10, 28), f"{ztd}/10月.docx", "docx", "table", 36, "“九九重阳 敬老爱老”主题党日活动记录",
       ["重阳敬老", "为老人理发"], ["党员为高龄老人理发、测血压，送去重阳糕。"])
    zt("zt-11", d(11, 25), f"{ztd}/新建 Microsoft Word 文档 (10).docx", "docx", "lines", 41, "主题党日活动记录",
       ["学习四中全会精神", "冬季消防宣传入户"], ["党员集中学习全会精神，随后入户发放冬季用电用火提示卡。"])
    zt("zt-12", d(12, 26), f"{ztd}/新建 Microsoft Word 文档 (18).docx", "docx", "compact", 43, "主题党日活动记录",
       ["年终党员承诺践诺情况评议", "为困难群众送温暖"], ["党员逐一报告承诺践诺情况，慰问困难家庭6户。"])

    m.append(Meeting("zz-0121", ZZ, d(1, 21), f"{Y - 1}年度组织生活会暨民主评议党员会议记录",
                     f"{shk}/组织生活会记录.docx", "docx", "lines", "下午2:30", HALL, SECRETARY, CLERK, 51, 43,
                     "外出、因病请假9人", ["对照检查，开展批评和自我批评", "民主评议党员"],
                     [f"{SECRETARY}代表党委班子作对照检查，党员逐一发言，开展批评和自我批评。",
                      "会议发放民主评议表43份，评议结果：优秀11名、合格32名。"], note="标题年份为上一年，日期在本年1月"))
    m.append(Meeting("mz-0110", MZ, d(1, 10), f"社区党委班子{Y - 1}年度民主生活会记录", f"{root}/领导班子/民主生活会.docx",
                     "docx", "table", "上午9:00", "社区党委书记办公室", SECRETARY, DEPUTY, 5, 5, "无",
                     ["班子对照检查", "开展批评和自我批评"],
                     [f"{SECRETARY}代表班子作对照检查，班子成员逐一自我批评并相互批评，提出批评意见14条。",
                      "街道党工委派员列席指导。会后形成整改清单，明确责任人。"],
                     attendees=committee, extra=[("列席", f"{STREET_SHORT}党工委组织委员")]))
    m.append(Meeting("xx-0520", None, d(5, 20), "党委理论学习中心组学习记录", f"{root}/学习/中心组学习5月.docx", "docx",
                     "lines", "上午9:00", "社区党委书记办公室", SECRETARY, ORGANISER, 5, 5, "无",
                     ["理论学习：习近平总书记关于基层治理的重要论述", "政策学习：城市社区工作者队伍建设有关政策"],
                     ["班子成员逐篇学习原文，每人撰写学习笔记。", "结合社区减负要求，梳理需要精简的台账报表。"],
                     items=["9"]))
    m.append(Meeting("fl-0307", None, d(3, 7), "社区妇联“巾帼心向党”三八节活动记录", f"{root}/群团/新建 Microsoft Word 文档 (20).docx",
                     "docx", "compact", "下午2:00", "东湖社区党群服务中心", "柳佳慧", "章小满", None, 48, "",
                     ["表彰最美巾帼志愿者", "妇女权益法律讲座"],
                     ["社区妇联召开活动，表彰巾帼志愿者8名，邀请律师开展妇女权益法律讲座。"], items=["4"],
                     attendees="社区妇联执委、妇女代表48人"))
    m.append(Meeting("zq-0708", None, d(7, 8), "老旧小区改造方案征求意见座谈会记录", f"{root}/资料汇总/新建 Microsoft Word 文档 (21).docx",
                     "docx", "table", "晚上7:00", "东湖社区党群服务中心", DEPUTY, CLERK, None, 27, "",
                     ["听取居民对改造方案的意见"],
                     ["居民代表、党员代表27人参加，提出意见建议19条，主要集中在停车、加装电梯和绿化。",
                      "社区党委承诺7月底前将意见采纳情况张榜公示。"], items=["27"], attendees="居民代表、党员代表27人"))
    m.append(Meeting("wm-0905", None, d(9, 5), "“最美家庭”评选表彰会记录", f"{root}/资料汇总/文档4.docx",
                     "docx", "lines", "上午9:30", HALL, PUBLICITY, CLERK, None, 60, "",
                     ["表彰“最美家庭”", "精神文明创建经验交流"],
                     ["会议表彰“最美家庭”10户，3户家庭代表介绍了孝老爱亲、邻里互助的做法。"], items=["25"],
                     attendees="获表彰家庭代表、居民代表60人"))

    lx_units = "、".join(JOINT_UNITS)
    m.append(Meeting("lx-0416", LX, d(4, 16), "社区党建工作联席会议纪要", f"{root}/工作机制好/联席会议4月.docx", "docx",
                     "lines", "下午2:30", HALL, SECRETARY, CLERK, 9, 8, "东湖幼儿园党支部代表（公出）",
                     ["通报年度共驻共建项目", "议定成员单位认领项目"],
                     ["各成员单位通报了本单位可提供的资源，认领共建项目7个。",
                      "会议议定下次联席会议于10月召开。"], attendees=lx_units))
    m.append(Meeting("lx-1022", LX, d(10, 22), "第二次党建联席会议记录", f"{root}/工作机制好/新建 Microsoft Word 文档 (11).docx",
                     "docx", "table", "上午9:30", HALL, SECRETARY, CLERK, 9, 7, "2家单位代表请假",
                     ["共建项目推进情况", "冬季为民服务安排"],
                     ["各单位汇报认领项目推进情况，已完成5个。", "会议商定冬季开展义诊和送温暖活动。"],
                     attendees=lx_units))

    def gj(key, day, rel, fmt, layout, unit, expected, present, topics, body, **kw):
        m.append(Meeting(key, GJ, day, kw.pop("name", "共建活动记录"), rel, fmt, layout, kw.pop("clock", "上午9:00"),
                         kw.pop("place", "东湖社区广场"), DEPUTY, CLERK, expected, present, "无", topics, body,
                         extra=[("共建单位", unit)], **kw))

    gj("gj-0314", d(3, 14), f"{root}/共建/税务共建3月.docx", "docx", "table", "区税务局第三党支部", 16, 15,
       ["税收政策宣传进社区", "防范电信诈骗宣传"],
       ["共建单位8名党员与社区党员共同设立咨询台，解答个税汇算问题60余人次。", "活动同步发放宣传折页200份。"],
       note="同一天：记录、签到表、2张照片")
    gj("gj-0612", d(6, 12), f"{root}/共建/新建 Microsoft Word 文档 (12).docx", "docx", "lines", "区人民医院东院党总支",
       14, 14, ["党员医生义诊进社区"], ["医院党员医生为居民免费测血压、血糖，义诊120人次。"])
    gj("gj-0918", d(9, 18), f"{root}/共建/文档3.docx", "docx", "compact", "临江二中党支部", 20, 18,
       ["国防教育进社区", "共建学生实践基地"], ["临江二中党员教师带领学生在社区开展国防知识宣讲，社区为学生提供实践岗位。"])

    def zy(key, day, rel, fmt, layout, present, name, topics, body, **kw):
        m.append(Meeting(key, ZY, day, name, rel, fmt, layout, kw.pop("clock", "上午8:30"), "东湖社区广场",
                         PUBLICITY, CLERK, None, present, "", topics, body, attendees=f"党员志愿者{present}人", **kw))

    zy("zy-0322", d(3, 22), f"{root}/志愿服务/新建 Microsoft Word 文档 (19).docx", "docx", "lines", 14, "党员志愿服务活动记录（便民理发）",
       ["便民理发"], ["党员志愿者为居民免费理发45人次。"])
    zy("zy-0517", d(5, 17), f"{root}/志愿服务/新建 Microsoft Word 文档 (13).docx", "docx", "table", 11,
       "便民利民志愿服务记录", ["家电维修"], ["党员志愿者为居民维修小家电32件。"])
    zy("zy-0809", d(8, 9), f"{root}/志愿服务/8月志愿服务.txt", "txt", "compact", 12, "夏季便民服务活动记录",
       ["送清凉 便民服务"], ["党员志愿者为环卫工人和快递小哥送去绿豆汤，提供手机充电和休息点。"])
    zy("zy-1108", d(11, 8), f"{root}/志愿服务/11月.docx", "docx", "lines", 10, "党员志愿服务活动记录",
       ["磨刀修伞 便民服务"], ["党员志愿者为居民磨刀、修伞、缝补共80余件。"])
    return m


STREET_SHORT = "滨湖街道"


def lines_of(mt: Meeting) -> list[str]:
    """The record as plain lines (used by txt, PDF and scan writers)."""
    out = []
    if mt.layout == "prose":
        return [_prose(mt)] + mt.body + ["", f"记录人：{mt.recorder}"]
    t, p, h, r = ("时间", "地点", "主持", "记录") if mt.layout == "compact" else ("会议时间", "会议地点", "主持人", "记录人")
    out.append(f"{t}：{_cn(mt.date)}{mt.clock}")
    out.append(f"{p}：{mt.place}")
    out.append(f"{h}：{mt.host}    {r}：{mt.recorder}")
    for k, v in mt.extra:
        out.append(f"{k}：{v}")
    if mt.attendees:
        out.append(f"参加人员：{mt.attendees}")
    out.append(_attendance(mt))
    if mt.absent:
        out.append(f"缺席人员：{mt.absent}")
    out.append("议题：" + "；".join(f"{i}. {x}" for i, x in enumerate(mt.topics, 1)))
    out.append("主要内容：")
    out.extend(mt.body)
    return out


def _attendance(mt: Meeting) -> str:
    if mt.expected is None:
        return f"实到人数：{mt.present}人"
    if mt.layout == "compact":
        return f"应到{mt.expected}人，实到{mt.present}人"
    return f"应到人数：{mt.expected}人    实到人数：{mt.present}人"


def _prose(mt: Meeting) -> str:
    return (f"{_cn(mt.date)}{mt.clock}，{ORG}在{mt.place}召开{mt.mtype or ''}会议，应到{mt.expected}人，实到{mt.present}人，"
            f"会议由{mt.host}主持，{mt.recorder}记录。会议议题：{'；'.join(mt.topics)}。")


def _write_docx(path, mt: Meeting) -> None:
    doc = render.new_docx(mt.recorder)
    render.title(doc, mt.name)
    if mt.layout == "table":
        rows: list[list[str]] = [["会议时间", f"{_cn(mt.date)}{mt.clock}", "会议地点", mt.place],
                                 ["主持人", mt.host, "记录人", mt.recorder]]
        for k, v in mt.extra:
            rows.append([k, v])
        if mt.attendees:
            rows.append(["参加人员", mt.attendees])
        rows.append(["应到人数", f"{mt.expected}人" if mt.expected else "", "实到人数", f"{mt.present}人"])
        if mt.absent:
            rows.append(["缺席人员及原因", mt.absent])
        rows.append(["会议议题", "\n".join(f"{i}. {x}" for i, x in enumerate(mt.topics, 1))])
        rows.append(["会议内容", "\n".join(mt.body)])
        render.table(doc, rows, bold_first_col=True)
        render.par(doc)
        render.par(doc, f"记录人：{mt.recorder}", align="right")
    else:
        for line in lines_of(mt):
            render.par(doc, line, indent=line in mt.body or line.startswith(ORG))
        render.par(doc)
        render.par(doc, f"主持人签字：{mt.host}", align="right")
    render.save_docx(doc, path)


def write(y: Year) -> list[Meeting]:
    meetings = plan(y)
    for mt in meetings:
        path = y.path(mt.rel)
        if mt.fmt == "docx":
            _write_docx(path, mt)
        elif mt.fmt == "pdf":
            render.text_pdf(path, mt.name, lines_of(mt), author=mt.recorder)
        elif mt.fmt == "scan":
            render.scan_pdf(path, mt.name, lines_of(mt), skew=0.6)
        elif mt.fmt == "txt":
            path.write_text("\n".join([mt.name, *lines_of(mt)]) + "\n", encoding="utf-8")
        items = mt.items if mt.items is not None else ITEMS_BY_TYPE[mt.mtype]
        y.add(mt.rel, "会议记录", mt.date, items, meeting_type=mt.mtype, needs_ocr=mt.fmt == "scan", note=mt.note)
        if mt.key == "zwh-04":
            y.docx_for_doc.append((mt.rel, "桌面资料/4月支委会.doc"))
    return meetings
