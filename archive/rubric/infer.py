"""Infer what an imported rubric item asks for from its own printed words (考核内容 and 评分标准).

`infer_item(text, scoring, points)` reads the clauses real tables print — meetings with how often and how many,
年初 plans and 年终 summaries, rates with their bars, the dues ledger, roster conditions, named documents, photos,
training durations — into typed Requirements, each keeping the words it came from (`source`); what only the
inspectors can decide (作用发挥, 团结, 群众评价 …) becomes one judgement. Scoring rules are parsed by
deductions.py and each is linked to the requirement its words name. Filing words (keywords, typical evidence)
come from the same reading, so suggestions work on a table nobody encoded by hand.

Every rule here is about Chinese rubric wording in general, never about one table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from archive.rubric.deductions import SUBTRACTED, parse_deductions, parse_number
from archive.rubric.model import Deduction, Requirement, RosterCondition
from archive.vocab import MEETING_NAMES

_CN = "零〇一二两三四五六七八九十百"
NUM = rf"(?:\d+(?:\.\d+)?|[{_CN}]+)"

MEETING_SHORT = {"支部委员会": "支委会"}
# Kinds of ongoing work rather than meetings: named with no frequency or number, there is nothing to count.
ONGOING_WORK = ("志愿服务", "共建活动")
# Meetings held once a year by rule: named as held with no frequency printed, they are yearly.
YEARLY_MEETINGS = ("民主生活会", "组织生活会")
# 三会一课 names four meetings at the frequencies the branch work rules set: 支部委员会 and 党小组会 monthly,
# 党员大会 and 党课 quarterly.
THREE_MEETINGS = (("支部委员会", "month"), ("党员大会", "quarter"), ("党小组会", "month"), ("党课", "quarter"))
THREE_MEETINGS_WORD = "三会一课"

PER_WORDS: tuple[tuple[str, str], ...] = (
    ("bimonth", r"每[两二2]个?月|双月|隔月"),
    ("halfyear", r"每半年|上、?下半年各|上半年、下半年各|半年(?:(?!每)[^，,。；;、]){0,8}?(?:一次|1次)|半年(?:至少)|每个?学期"),
    # ("第一季度", "一季度完成…": which quarter of the year, not every quarter)
    ("quarter", r"每个?季度?|按季度?|(?<![第一二三四1-4])季度"),
    ("month", r"每个?月|按月|月度|每月度|月均|逐月|本月(?![底末])"),
    ("year", r"每一?年度?|全年|(?<![职任一两二三四五2-5])年内|(?<![职任])一年(?!内)|年度内|每年度|每个?学年|学年内"),
    # "上半年召开党员大会不少于2次": in that half, unless a shorter period is printed ("上半年每月召开支委会")
    ("halfyear", r"[上下]半年(?![各、]|小结|总结|工作总结|工作小结)"),
)
PERIODS_IN_YEAR = {"month": 12, "bimonth": 6, "quarter": 4, "halfyear": 2, "year": 1}
# A period word as printed, for taking it out of a phrase ("每个月集中开展1次", "按季度", "全年"): nothing else of the
# words is left behind.
_PERIOD_PHRASE = r"每个?(?:两个?)?(?:月度?|季度?|半年|学期|年度?)|按(?:月|季度?|年度?)|全年|年内|上半年|下半年"
PER_TEXT = {"month": "每月", "bimonth": "每两月", "quarter": "每季度", "halfyear": "每半年", "year": "每年"}
# Who each of a number applies to ("每名党员全年不少于4次", "人均…"): not a meeting or a thing of its own.
_EACH_MEMBER = r"(?:每名|每位|每个)?(?:党员|委员|支委|干部|成员|班子成员)|每人|人均|" \
               r"每家[\u4e00-\u9fff]{0,6}?(?:党组织|单位|企业|支部)"
_TWO_YEARS = re.compile(r"每[两二2]年|[两二2]年内")
# "按期换届（每五年）", "三年一次": a term of several years.
_YEARS = re.compile(r"每(?P<n>[两二三四五2-5])年|(?P<m>[两二三四五2-5])年一次|任期(?P<t>[两二三四五2-5])年")
# ("上示范课不少于1节": lessons given, counted in 节; not 节日/节前)
_COUNT = re.compile(rf"(?P<lead>不少于|至少|不低于|最少|不得少于)?\s*(?P<n>{NUM})\s*(?:批次|次|场|期|回|节(?![日前后假点庆]))"
                    rf"(?P<more>以上|及以上)?")
_HOLD_VERBS = re.compile(r"召开|开展|(?<!党)组织|举行|举办|落实|坚持|(?<!以)上|讲|过|参加|执行")

RATE_WORD = r"(?:参会率|到会率|出勤率|参与率|参学率|参加率|出席率|满意率|满意度|知晓率|覆盖率|完成率|建成率|应建已建率|组建率|" \
            r"入户率|比例|占比|认可度|认同度|知晓度|[\u4e00-\u9fff]{2}率)"
_RATE_NAMED = rf"(?P<word>{RATE_WORD})[^，,。；;\d%％]{{0,8}}?"  # the rate's word, then up to its comparison
_RATE = re.compile(
    rf"{_RATE_NAMED}(?P<cmp>达到|达|不低于|不少于|超过|高于|在|保持在|为|要|低于|不足|未达到|未达|未超过)?\s*"
    rf"(?:百分之(?P<cn>[{_CN}]+)|(?P<num>\d+(?:\.\d+)?)\s*[%％])(?P<more>以上|及以上)?"
)
_SPELLED_RATE = re.compile(
    rf"{_RATE_NAMED}(?P<cmp>达到|达|不低于|不少于|超过|高于|在|保持在|为)?\s*"
    r"(?P<share>(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|(?P<tenths>[一二三四五六七八九])成)"
    r"(?P<more>以上|及以上)?")
ATTENDANCE_WORDS = ("参会率", "到会率", "出勤率", "出席率", "参学率")
SURVEY_WORDS = ("满意率", "满意度", "知晓率", "测评")
RATE_SAME = {"参会率": ("参会率", "参加率", "到会率", "出席率", "出勤率"), "满意率": ("满意率", "满意度"),
             "满意度": ("满意度", "满意率")}
for _w in ("参加率", "到会率", "出席率", "出勤率"):
    RATE_SAME[_w] = RATE_SAME["参会率"]
_MEETING_CONTEXT = re.compile(r"三会一课|会议|党员大会|支委会|党小组|党课|组织生活|主题党日|支部委员会")
_ROLE_SUBJECT = re.compile(r"^(?:社区|村|居)?(?:党组织|党支部|党委|党总支)?(?:书记|主任|班子成员|班子|支委|委员)")

_WINDOW_START = re.compile(r"(?<!学)年初[^，,。；;]{0,14}?(计划|方案|要点|安排|思路|责任书|责任状|承诺书|承诺)|"
                           r"(?<!学)年初[^，,。；;]{0,24}?签[订署定][^，,。；;]{0,8}?(协议|责任书|责任状)")
_WINDOW_END = re.compile(r"(?<!学)(?:年底|年终|年末|岁末)[^，,。；;]{0,40}?(总结|述职|报告|反馈|报送|上报|考评|测评|评议|公布|公示|公开|评定|"
                         r"排名|验收|考核|评星|评选|评比|评价|评估|调查|考察|评诺|践诺|述诺)")
_HALF_YEAR = re.compile(r"(?:上)?半年[^，,。；;]{0,8}?(小结|总结|检查|评估|督查|讲评)|"
                        r"(?:年中|学期末|学期结束)[^，,。；;]{0,8}?(小结|总结)")  # ("学期末形成学期工作小结": a term's)

_LEDGER = re.compile(r"党费[^，,。；;]{0,8}?(?:交纳|缴纳|收缴|上缴|足额|按月|按时|按规定|台帐|台账|收缴台|交纳台|登记[表簿册]|"
                     r"明细账)|"
                     r"(?:交纳|缴纳|收缴|交)党费|滞交|欠交|(?<![至最])少交(?!流)|漏交")  # not "至少交流发言"
# (nor how much each pays, the exemptions, a register of payers, or old arrears to rectify: "核定党费交纳基数",
# "少交或免交党费的报党委备案", "党费交纳花名册", "长期不交纳党费等问题整改到位")
_NOT_LEDGER = re.compile(r"经费|收支|结存|公示|公开|公布|使用|返还|党费数|制度|基数|免交|党费[^，,。；;、]{0,6}?花名册|整改|"
                         r"不(?:交纳|缴纳|交)党费的")  # ("对连续3个月不交纳党费的党员扣减积分": those members, handled)

# "35周岁以下", or the bound printed before the age ("不超过35周岁", "不满35岁", "年龄未满35周岁").
_AGE = re.compile(rf"(?P<n>{NUM})\s*(?:周)?岁(?P<dir>以下|及以下|以内|以上|及以上)|"
                  rf"(?P<lead>不超过|不满|未满|小于|低于|不高于|不大于)\s*(?P<ln>{NUM})\s*(?:周)?岁(?!以[上下内]|及以)")
# The bound each way of printing an age limit sets: 以下 → "<", 不超过 → "<=".
AGE_OPS = {"以下": "<", "以内": "<", "及以下": "<=", "以上": ">=", "及以上": ">=", "不超过": "<=", "不满": "<",
           "未满": "<", "小于": "<", "低于": "<", "不高于": "<=", "不大于": "<="}
_EDU = re.compile(r"(?P<lvl>大专|专科|本科|硕士(?:研究生)?|博士(?:研究生)?|研究生|大学|高中|中专)(?:[（(]中专[)）])?(?:及|或)?(?:以上)?(?:学历|文化)")
_HEADS = re.compile(rf"(?:至少|不少于)?(?:有)?\s*(?P<n>{NUM})\s*名")

# Papers each member or leader writes for a meeting: named by the meeting, never by who writes them.
_WRITTEN_BY_EACH = ("对照检查材料", "发言提纲")
DOC_WORDS: tuple[tuple[str, str | None], ...] = (
    ("述职报告", "总结"), ("实施方案", "计划"), ("工作计划", "计划"), ("工作要点", "计划"), ("协议书", "协议"),
    ("责任书", "协议"), ("责任状", "协议"), ("承诺书", "协议"), ("协议", "协议"), ("花名册", "花名册"),
    ("名册", "花名册"), ("台帐", None), ("台账", None), ("制度", "制度"), ("规则", "制度"), ("细则", "制度"),
    ("章程", "制度"), ("办法", "制度"), ("计划", "计划"), ("方案", "计划"), ("规划", "计划"), ("总结", "总结"),
    ("签到表", "签到表"), ("签到", "签到表"), ("记录本", None), ("记录", None), ("纪要", None), ("清单", None),
    ("档案", None), ("明细账", None), ("明细", None), ("预算", None), ("介绍信", None), ("存根", None),
    ("简报", None), ("联系卡", None), ("登记卡", None), ("进度表", None), ("登记表", None), ("一览表", None),
    ("证书", None), ("证明", None), ("通知", "通知"), ("签到册", "签到表"), ("签到簿", "签到表"), ("目录", None),
    ("制度汇编", "制度"),
    ("日志", None), ("日记", None), ("登记簿", None), ("预案", "计划"),
    # a 组织生活会's own papers, each written by every member or leader ("班子成员撰写对照检查材料")
    (_WRITTEN_BY_EACH[0], None), (_WRITTEN_BY_EACH[1], None), ("测评表", None),
    # registers kept as a 库 ("党员信息库", "后备人才库", "民生项目库"), not a 仓库 or 水库
    ("信息库", None), ("人才库", None), ("资源库", None), ("项目库", None), ("师资库", None), ("人选库", None),
    ("干部库", None), ("数据库", None),
)
# Verbs that make or keep a document ("制定…制度", "签订…协议", "有…记录", "形成…清单").
_MAKE_VERBS = re.compile(r"按照|依据|根据|制定|建立|签订|签定|建有|形成|编制|完善|健全|(?<!持)有|订立|签署|执行|落实|贯彻|实行|纳入|留存|"
                         r"登记|填写|载明|(?<!参会人员)签到|刊发|上报|报送|备案|查看|查阅|列出|列明|记好|写好|撰写|坚持写")
# A paper opening its clause, then what it holds ("党员基本信息台账载明姓名、性别…", "培训登记表逐人记录学时"): kept.
_HOLDS_AFTER = re.compile(r"^[”\"]?(?:应|须|要)?(?:逐人|逐项|逐条|如实|按月|及时)?(?:载明|记录|注明|列明|包括|包含|反映|登记)")
# One quality or two run together ("会议记录完整规范", "台账规范完整"): either way the paper itself is asked for.
_QUALITIES = r"(?:齐全|完整|规范|健全|清晰|完善|准确)"
_QUALITY_AFTER = re.compile(rf"^[”\"]?(?:要素|信息|内容|登记)?{_QUALITIES}(?:[、和]?{_QUALITIES})?(?:$|[、，,。；;])")
_NEGATION = re.compile(r"^(?:无|未|没有|缺|不)|(?:无|未|没有|缺)$")
_DOC = re.compile("|".join(w for w, _ in DOC_WORDS))
# "建立健全“三会一课”、主题党日、谈心谈话等支部工作制度", "建立《议事规则》《党务公开制度》等基本制度": each rule named.
_ENUM_RULES_MADE = re.compile(r"(?:建立健全|建立|健全|制定|完善)(?P<list>[^，,。；;]{4,60}?)等[\u4e00-\u9fff]{0,6}?制度")
_SYSTEM_SUFFIX = re.compile(r"实行([\u4e00-\u9fff]{2,4})制(?!度)")
# Words that start a phrase's modifier rather than its noun; a document's name begins after them.
_LEAD_VERBS = re.compile(r"^(?:.*(?:制定|建立健全|建立|签订|签定|建有|形成|编制|完善|健全|落实|执行|实行|有|订立|做到|"
                         r"签署|认真|严格|按照|并|选派|配备|列出|列明|记好|写好|撰写|坚持写|填写|与[^，]{0,12}?))(?=[\u4e00-\u9fff“])")
_ENUM_RULES = re.compile(r"(?P<list>[^，,。；;]{4,60}?)等?(?:各项|各类)?(?:规章)?制度(?:健全|完善|齐全|规范)")

PHOTO_WORDS = re.compile(r"照片|图片|影像资料|图像资料|影像|截图|截屏|拍照")
FACILITY_WORDS = re.compile(r"上墙|宣传栏|公开栏|公示栏|意见箱|标识|标牌|挂牌|服务中心|服务站|活动室|活动场所|阵地")

_DURATION = re.compile(rf"(?:培训|参训|学习|自学|轮训|[冬春暑]+训|教育|志愿服务|服务时长|时长|巡查|值守|值班|坐班|驻村|"
                       r"(?:在|到)(?:村|社区)[^，,。；;]{0,6}?工作|工作(?=累计)|"
                       rf"(?:公益|义务|项目)[\u4e00-\u9fff]{{0,4}}?服务(?!中心|站|大厅|窗口))[^，,。；;]{{0,12}}?(?:不少于|至少|累计|达到|不低于)?\s*(?P<n>{NUM})\s*"
                       r"(?P<unit>天|日|学时|课时|小时)")
_BARE_DURATION = re.compile(rf"(?:其中)?(?:[\u4e00-\u9fff]{{2,6}}?(?=不少于|至少|累计))?(?:每次|每期|人均|每人|每名党员|全年|年内|每年)*(?:累计)?(?:不少于|至少|达到|不低于)\s*(?P<n>{NUM}|半)\s*"
                            rf"(?P<unit>天|日|学时|课时|小时)(?:[(（]?或\s*(?:不少于|至少)?\s*(?P<n2>{NUM})\s*(?P<unit2>天|日|学时|课时|小时)[)）]?)?")
_UNIT_NAME = {"日": "天", "课时": "学时"}  # a time's unit as the model names it
# "（或不少于24学时）" right after a time: the other measure of the same time.
_ALT_DURATION = re.compile(rf"\s*[(（]?或\s*(?:不少于|至少)?\s*(?P<n>{NUM})\s*(?P<unit>天|日|学时|课时|小时)")
_STUDY_HOURS = re.compile(rf"(?:不少于|至少|累计|达到|不低于)\s*(?P<n>{NUM})\s*(?:学时|课时)")
_THING_COUNT = re.compile(
    rf"(?P<lead>不少于|至少|不低于|最少)?\s*(?P<n>{NUM})\s*(?P<unit>个|项|件|名|篇|户|人)(?P<more>以上|及以上)?"
    r"(?P<what>[\u4e00-\u9fff“”+＋]{2,12})"
)
# "为群众办实事不少于5件", "走访不少于两次", "走访慰问两次以上", "参与调解不少于5起": what is done, then how many.
_DONE_COUNT = re.compile(rf"(?P<what>[\u4e00-\u9fff“”、]{{2,16}}?)(?:(?:不少于|至少|不低于|不得少于)\s*(?P<n>{NUM})\s*"
                         rf"(?P<unit>次|件|个|项|场|期|篇|条|人次|起|门)(?!工作日|月|小时|天|日|学时|周)|"
                         rf"(?P<n2>{NUM})\s*(?P<unit2>次|件|项|场|条)以上)")
# Verbs of something done on an occasion, which a number of them counts ("开展志愿服务不少于3个").
# Things made in the year are counted in it too ("提炼形成典型案例不少于1个").
_OCCASION_VERBS = re.compile(r"开展|组织|举办|举行|召开|参加|参与|完成|办理|解决|帮助|帮扶|走访|慰问|接待|服务|联系|认领|办|"
                             r"形成|提炼|撰写|编写|总结")
# "评选“清廉家庭”不少于5户", "每年选树优秀党员不少于3名": those chosen, counted in the year.
_CHOSEN = re.compile(rf"(?:评选|选树|表彰|评定)(?P<what>[\u4e00-\u9fff“”]{{2,40}}?)(?:不少于|至少)\s*(?P<n>{NUM})\s*"
                     r"(?P<unit>户|名|个|人)")
# "设立党员示范岗不少于3个", "组建志愿服务队不少于3支": things set up that stand, proved by their papers.
_STANDING_VERBS = r"设立|组建|成立|建立|设置|培育|打造|明确|领办|创办|兴办"
_STANDING = re.compile(rf"(?P<verb>{_STANDING_VERBS})(?P<what>[\u4e00-\u9fff“”、]{{2,16}}?)(?:不少于|至少)\s*"
                       rf"(?P<n>{NUM})\s*(?P<unit>个|支|家|处|类|项)")
# "“七一”、春节前后各走访慰问一次": named occasions, each an occasion to do it.
_OCCASIONS = re.compile(r"(?P<list>(?:[“\"]?[\u4e00-\u9fff]{2,4}[”\"]?(?:、|和|及|与))+[“\"]?[\u4e00-\u9fff]{2,4}[”\"]?)"
                        r"(?:等(?:重大|重要|传统)?(?:节日|节点|节假日)(?:前后|期间|之际|前夕|前)?|(?:前后|期间|之际|前夕|前))")
# "每逢“七一”、春节开展走访慰问": at each occasion named.
_EACH_OCCASION = re.compile(r"每逢(?P<list>(?:[“\"]?[\u4e00-\u9fff]{2,4}?[”\"]?(?:、|和|及|与))+[“\"]?[\u4e00-\u9fff]{2,4}?[”\"]?)"
                            r"(?:等(?:重大|重要|传统)?(?:节日|节点|节假日))?(?:前后|期间|之际|前夕|前)?")
# "“七一”、春节走访慰问困难党员": festivals named right before the visits, one visit at each.
_FESTIVAL = r"[“\"]?(?:春节|元旦|七一|五四|八一|中秋|重阳|端午|国庆|清明|元宵)(?:节)?[”\"]?"
# a day of the year named by its date or as a 节 of its own ("“3·12”植树节", "教师节")
_NAMED_DAY = r"(?:[“\"]\d{1,2}[·.]\d{1,2}[”\"])?(?:植树节|教师节|护士节|记者节|建军节|建党节|劳动节|青年节|妇女节|儿童节|重阳节|宪法日|国家安全教育日|(?:[“\"]\d{1,2}[·.]\d{1,2}[”\"]))"
_FESTIVALS_VISITED = re.compile(rf"(?P<list>(?:{_FESTIVAL}(?:、|和|及|与))*{_FESTIVAL})(?:前后|期间|前夕|之际)?(?:开展|组织)?"
                                r"(?=走访|慰问|看望|探望)")
# "“七一”前后组织党员重温入党誓词": one festival, and what is organised at it.
_ONE_FESTIVAL_DEED = re.compile(rf"(?:^|[，,])[^，,]{{0,8}}?(?P<fest>{_FESTIVAL}|{_NAMED_DAY})(?:前后|期间|前夕|之际|当天)?(?:组织|开展|举行)+"
                                r"(?:全体)?(?:党员)?(?P<what>[\u4e00-\u9fff“”]{2,12})$")
# "全年10件", "年内完成5项": how many in the year, printed after what is done.
_YEAR_TOTAL = re.compile(rf"(?P<what>[\u4e00-\u9fff“”]{{2,16}}?)(?:全年|年内|每年|年度内?)(?:累计)?(?:完成|办理|开展)?\s*"
                         rf"(?P<n>{NUM})\s*(?P<unit>件|项|个|次|场|期|篇)(?P<more>以上|及以上)?$")
# What is done a number of times ("每年至少2次到联系网格指导工作"): the verbs a record of it names.
DEED_VERBS = re.compile(r"指导|调研|走访|探访|上门|慰问|看望|宣讲|宣传|督导|督查|检查|座谈|联系|帮扶|培训|讲课|授课|巡查|接待|征求意见|谈心|"
                        r"谈话|家访|入户|结对|服务|学习|报道|交流发言|办实事|参观|提醒")
_ACTIVITY = re.compile(r"(?:开展|(?:^|(?<=认真|积极|定期|每年|按时))组织|举办|参加|推荐|参与)(?:了)?[^，,。；;]{0,20}?"
                       r"(?P<what>[\u4e00-\u9fff“”\"]{2,12}?)(?P<suffix>活动|教育|培训|学习|研究|探索)")
# An activity named as the subject ("群众性精神文明创建活动有声有色").
# (not the place, room or funds of activities: "为党组织活动提供场地", "活动室", "活动经费")
_SUBJECT_ACTIVITY = re.compile(r"^(?P<what>[\u4e00-\u9fff“”]{2,12}?)(?P<suffix>创建活动|活动)"
                               r"(?!内容|形式|方式|载体|提供|场所|场地|阵地|室|经费)")
# "学理论、学政策、学文化": study, recorded as 理论学习 …
_STUDY = re.compile(r"学(?:习)?(?P<what>理论|政策|文化|党章|党史|法律|法规|业务|技能|讲话)")
# Actions whose record is a document of their own name.
ACTION_NOUNS = ("结对子", "结对", "联建", "征求意见", "公示", "党务公开", "居务公开", "慰问", "走访", "帮扶", "评议", "备案",
                "换届", "谈心谈话", "提醒谈话", "公开", "公布", "刊发", "考察", "通报", "请示", "批复", "报批", "报送", "报备",
                "表彰", "审核")
# Things done at a stated frequency ("每季度更新一次", "每半年考察一次"): the verbs that name them.
FREQUENCY_VERBS = re.compile(r"公开|公示|公布|述职|更新|联系|走访|慰问|考察|核对|评定|测评|学习|培训|召开|开展|组织|报送|宣传|通报|谈心|谈话|研究|研讨|反馈|"
                             r"收看|观看|统计|开箱|清查|核实|审计|盘点|回访|"
                             r"自查|督导|巡查|送学|探访|"
                             r"分析|研判|检查|排查|督查|讲评|汇报|报告|议事|接待|沟通|核定|会商|编发|编印|印发|出刊|上缴|评选|家访")
# An archive checklist: "台账资料齐全：党员花名册、会议记录……", or an item printed as "主题：材料、材料……".
_CHECKLIST = re.compile(r"(?:^(?P<label>[^：:，,。；;]{2,16})|(?:齐全|完整|包括|包含|主要有|如下|应有|有))[:：]"
                        r"(?P<list>[^。；;]+)|(?:齐全|完整|包括|包含|台[账帐]|档案|资料)[（(](?P<inner>[^)）]+、[^)）]+)[)）]")
# Paper words too common to find a paper by (and to tell two listed papers apart): never a keyword alone.
GENERIC_PAPER_WORDS = ("材料", "资料", "表", "册", "文件", "结果", "记录", "清单", "档案")
# What a checklist's documents end with (beyond DOC_WORDS).
PAPER_ENDINGS = ("签到表", "签到册", "签到簿", "方案", "记录本", "记录", "纪要", "名册", "花名册", "名单", "台账", "台帐", "登记簿", "登记册", "登记表", "表",
                 "册", "簿", "存根", "回执", "凭证", "课件", "讲稿", "笔记", "文件", "材料", "资料", "档案", "清单", "明细",
                 "协议书", "协议", "责任书", "承诺书", "报告", "计划", "总结", "小结", "制度", "通知", "证书", "照片", "图片",
                 "卡", "公示", "批复", "签到", "结果", "申请书", "汇报", "请示", "志愿书", "细则", "明细账", "复印件",
                 "底稿", "日志", "使用登记", "文本",
                 # (papers a 佐证材料 column names in other genres: licences, proofs, plans drawn, opinions given)
                 "执照", "证明", "布局图", "意见书", "反馈意见", "评议意见", "公约", "报表", "日记", "立项书", "申报书", "合同",
                 "认领书", "通知单", "审批单", "章程", "规则", "办法", "聘书", "聘任书",
                 # (papers drawn or filled in: a chart of the grid, a flow of power, an election's returns)
                 "报告单", "流程图", "划分图", "分布图", "示意图", "结构图", "收据", "课程安排", "课程表",
                 # (forms handed out or sent back: a feedback slip, a warning notice, the comments given)
                 "反馈单", "意见单", "交办单", "登记单", "回执单", "通知书", "点评意见",
                 # (an election's papers: the tally, the explainer handed out, the open letter, the notices)
                 "选票", "计票单", "明白纸", "一封信", "倡议书", "告知书", "提示单",
                 # (slips signed on receipt or at a handover)
                 "签收单", "交接单",
                 # (a box's or a file's own index, "①目录；②会议记录本…"; a compilation, "制度汇编")
                 "目录", "汇编", "制度汇编")
_GENERIC_ENDINGS = frozenset(PAPER_ENDINGS) | {"责任状"}
_ENDINGS_LONGEST_FIRST = tuple(sorted(PAPER_ENDINGS, key=len, reverse=True))
# "冬训工作方案" → 冬训; people named as representatives ("党员代表") end in 表 but are no paper
_PAPER_ENDING = re.compile("(?:工作)?(?:" + "|".join("(?<!代)表" if e == "表" else e for e in _ENDINGS_LONGEST_FIRST)
                           + ")$")
_NOT_DONE = re.compile(r"^无|[，,]无|(?<=[内中])无(?![职故])|没有|不得|杜绝|禁止|严禁|"
                       # a state kept free of something ("村内不发生非法宗教活动", "党员不信仰宗教、不参与宗教活动")
                       r"(?:不|未)发生|不信仰|(?<!对)不参与(?!的)")
_BARE_VERBS = frozenset({"培养", "推荐", "管理", "服务", "教育", "学习", "工作", "组织", "开展", "党员", "群众", "党组织",
                         "党支部", "社区", "居民", "干部", "确保", "做到", "实现", "确保活动"})
_ADVERBS = re.compile(r"积极|认真|自觉|主动|切实|扎实")
_ACTION_VERBS = re.compile(r"开展|面向|发挥|做好|加强|创设|维护|帮助|关心|推进|提高|服务|参与|履行|坚持|集体研究|设岗")
# A state the inspectors judge even where a document is checked ("会议记录要素齐全", "班子配备齐全").
_QUALITY_WORDS = re.compile(r"规范|完整|齐全|具体|明确|及时|到位|扎实|合理|健全|完善|严格")
_STRUCTURE = re.compile(r"(?:建立|组建|成立|设立)(?:了|健全)?(?P<what>[\u4e00-\u9fff“”+＋]{2,20}?(?:队伍|服务队|网络|平台|小组|"
                        r"工作机制|机制|先锋岗|示范岗|责任区))")

QUALITATIVE = re.compile(
    r"强|有力|健全|完善|团结|融洽|有声有色|明显|显著|积极|认真|满意|作用|规范|良好|扎实|清晰|多样|丰富|公认|有效|到位|"
    r"及时|标准|整洁|美观|熟悉|会做|符合|齐全|普遍|经常|合理|严以|无[^，,。；;]{0,16}?(?:现象|行为|案件|事故|问题|处分)|"
    r"酌情|评价|认可|形象|带头|先锋|模范|实效|成效|特色|创新|氛围|具体|明确|严格|配备|做好"
)
# Synonyms a keyword is also found under (how archives title the same thing).
KEYWORD_VARIANTS: dict[str, tuple[str, ...]] = {
    "责任状": ("责任书",), "责任书": ("责任状",), "新党员": ("发展党员", "预备党员", "入党"),
    "发展党员": ("预备党员", "入党"), "实事项目": ("为民办实事", "办实事"), "勤政廉洁": ("廉洁", "廉政"),
    "联系群众": ("联系服务群众",), "党员资料": ("党员花名册", "党员名册"), "台帐": ("台账",), "台账": ("台帐",),
    "志愿者队伍": ("志愿者名册", "志愿服务队"), "结对子": ("结对",), "党建指导员": ("指导员",),
}
# The two spellings of a ledger's name (台账 / 台帐), both in use.
LEDGER_SPELLINGS = (("台帐", "台账"), ("台账", "台帐"))
_CLAUSES = re.compile(r"[。；;！!\n]+")
_SEGMENTS = re.compile(r"[，,：:]+")
_STRIP = " \t“”\"'‘’（）()《》、，,。；;：:"


@dataclass
class Inference:
    requirements: list[Requirement] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    typical_evidence: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # Chinese: what the user should look at

    @property
    def checkable(self) -> list[Requirement]:
        return [r for r in self.requirements if r.type != "judgement"]


# Units of a number of times, things or people, and of time spent: what "不少于N…" counts.
COUNT_UNITS = r"(?:人次|学时|课时|小时|次|个|件|名|项|户|家|支|人|篇|场|期|处|类|本|条|堂|天|日|张|份)"
# A minimum printed the other ways districts print it: "不低于3次", "不得少于3次", "最少3次", and the bound after
# the number ("3个以上", "5次及以上"). Not after a shortfall or a surplus ("缺少3次以上", "超过2次以上"): those are
# conditions of a rule.
_LOW_BOUND_LEAD = re.compile(rf"(?:不低于|不得少于|不得低于|最少|最低)(?=\s*{NUM}\s*{COUNT_UNITS}(?![%％率]))")
_LOW_BOUND_AFTER = re.compile(rf"(?<![缺少足过差低于超多\d.{_CN}])(?P<n>(?:\d+|[{_CN}]+))\s*(?P<unit>{COUNT_UNITS})(?:及以上|以上)")

# The number of a clause in a cell ("（1）…；（2）无讲稿的扣1分", "1.…；2.…", "①…"): no word of the clause.
_CLAUSE_NUMBER = re.compile(r"(?:^|(?<=[。；;，,：:\n]))\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|"
                            r"\d{1,2}[.、．](?!\d))\s*")
_CIRCLED_NUMBER = re.compile(r"(?:^|(?<=[。；;，,：:\n]))\s*[①-⑳]\s*")
# "组织开展", "组织召开", "组织举办": the deed is the second verb; 组织 before it adds nothing to read.
_ORGANISED = re.compile(r"组织(?=开展|召开|举办|举行|实施)")
# "应每半年反馈一次", "须每月召开": a period after a modal verb reads as the period alone.
_MODAL_BEFORE_PERIOD = re.compile(r"(?:应当|必须|应|须|需)(?=每|按[月季年])")
# "一年内累计开展不少于12次": a number of times in the year is the year's count (全年), unlike "一年内完成整改",
# a time limit.
_YEAR_SPAN_COUNT = re.compile(rf"(?<![\d{_CN}])一年内(?=[^，,。；;]{{0,12}}?{NUM}\s*(?:次|场|期|件|项|个|篇|户|人次))")
_BOUND_TWICE = re.compile(rf"(?P<lead>不少于|至少)(?P<n>\s*{NUM}\s*{COUNT_UNITS})(?:及以上|以上)")


def _norm(text: str) -> str:
    text = _CIRCLED_NUMBER.sub("", text or "")  # before NFKC makes "①" a bare "1"
    text = re.sub(r"[ \t\u3000]+", "", unicodedata.normalize("NFKC", text))
    text = text.replace("≥", "不少于").replace("≤", "不超过")  # "每人每年≥2次，累计≥10小时"
    # One way of printing a minimum, so every reading of counts sees it: "不少于3个".
    text = _CLAUSE_NUMBER.sub("", text)
    text = _ORGANISED.sub("", text)
    text = _MODAL_BEFORE_PERIOD.sub("", text)
    text = _YEAR_SPAN_COUNT.sub("全年", text)
    text = _LOW_BOUND_LEAD.sub("不少于", text)
    text = _BOUND_TWICE.sub(r"\g<lead>\g<n>", text)  # "不少于12次以上": the bound printed twice
    text = _LOW_BOUND_AFTER.sub(lambda m: f"不少于{m.group('n')}{m.group('unit')}", text)
    text = _HALF_MONTH.sub(r"每月\g<what>2次", text)
    text = _RATES_SHARING_A_BAR.sub(lambda m: f"{m.group('a')}{m.group('bar')}，{m.group('b')}{m.group('bar')}", text)
    return _ALTERNATE_NAME.sub(_first_name, text)


# Two rates held to one bar ("网格事件上报及时率、办结率均达到95%以上"): each to that bar.
_RATES_SHARING_A_BAR = re.compile(r"(?P<a>[\u4e00-\u9fff“”]{1,14}?率)[、和及与](?P<b>[\u4e00-\u9fff“”]{1,10}?率)(?:均|都)?"
                                  r"(?P<bar>(?:要)?(?:达到|不低于|保持在)[^，,。；;]{1,16})")
# Once every half month ("每半月开展一次矛盾纠纷排查"): twice a month.
_HALF_MONTH = re.compile(r"每半个?月(?P<what>[^，,。；;\d一两二三四五六七八九十]{0,12}?)(?:一|1)次")


# A meeting's other name in brackets right after it ("支部委员会（党委会）", "党委会（支委会）"): one meeting.
_ALTERNATE_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})\((?P<alt>[\u4e00-\u9fff]{2,8})\)")


def _first_name(m: re.Match) -> str:
    alt = _meetings(m.group("alt"))
    named = _meetings(m.group("name"))
    if alt and named and named[-1][1] == len(m.group("name")) and alt[0][:2] == (0, len(m.group("alt"))):
        return m.group("name")
    return m.group(0)


def _num(text: str) -> float | None:
    if text == "百":  # 百分之百
        return 100.0
    return parse_number(text.replace("百", "")) if text else None


def _variants(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        w = w.strip(_STRIP)
        if len(w) < 2:
            continue
        for v in (w, *KEYWORD_VARIANTS.get(w, ())):
            if v not in out:
                out.append(v)
        for written, other in LEDGER_SPELLINGS:
            # "调处台帐" is filed as "调处台账" as often: a ledger is found under either spelling.
            if written in w and len(w) > len(written) and w.replace(written, other) not in out:
                out.append(w.replace(written, other))
        for key, alts in KEYWORD_VARIANTS.items():
            if len(key) >= 3 and key in w and key != w:
                for v in (key, *alts):
                    if v not in out:
                        out.append(v)
        # "学理论" is written "理论学习" in the records.
        m = re.fullmatch(r"学([\u4e00-\u9fff]{2})", w)
        if m and m.group(1) + "学习" not in out:
            out.append(m.group(1) + "学习")
    # "向党组织书面汇报一次思想" is filed as a 思想汇报.
    if any(re.search(r"汇报.{0,3}思想", w) for w in words) or {"汇报", "思想"} <= set(words):
        out.append("思想汇报")
    return out


def _phrase_before(seg: str, end: int, limit: int = 12) -> str:
    """The noun phrase ending at `end` (a document's name before 制度/协议 …): from the last verb or delimiter."""
    head = seg[max(0, end - limit):end]
    head = re.split(r"[、，,和及与并或]", head)[-1]
    head = _LEAD_VERBS.sub("", head)
    # "未建立人才库", "落实档案保密管理制度": the verb, no name before the paper word
    head = re.sub(r"^(?:未|没有|无)?(?:建立|制定|形成|编制|签订|落实|执行|实行|贯彻|完善|健全)$", "", head)
    head = re.sub(r"^(?:了|的|各项|各类|相关|有关|一套|本)", "", head)
    if head.endswith("有"):  # "办理情况有台账": the subject before 有 names it
        head = head[:-1]
    # "会议未形成记录", "问题建立台账": the subject before the verb names the paper (the meeting's, the problems')
    head = re.sub(r"(?<=..)(?:形成|制定|建立|编制|填写|留存|做好)$", "", head)
    head = re.sub(r"^(?:做到|实现|确保|保证|达到)$", "", head)  # "做到制度健全": the rules asked, no name of theirs
    head = head.rsplit("有", 1)[-1] if "有" in head[1:] else head
    return head.strip(_STRIP)


@dataclass
class _Reader:
    """The item being read: requirements found so far and which segments they account for."""

    text: str
    reqs: list[Requirement] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # indexes of segments some checkable requirement reads
    clause_per: dict[int, str] = field(default_factory=dict)  # how often, as said earlier in the sentence
    listed: set[int] = field(default_factory=set)  # segments of an archive checklist
    at: dict[int, Requirement] = field(default_factory=dict)  # a segment's first requirement
    onsite: list[str] = field(default_factory=list)  # what the inspectors look at on site (宣传栏, 阵地 …)
    seen: set[int] = field(default_factory=set)  # segments the inspectors look at though a paper reads them too
    segments: list[tuple[int, str, str]] = field(default_factory=list)  # (clause index, segment, clause)
    last_meeting: str | None = None
    own_words: bool = True  # the item's own words (not a 佐证材料 list or the scoring's conditions)

    def add(self, req: Requirement, seg_index: int | None) -> Requirement:
        for old in self.reqs:
            if _same(old, req):
                if seg_index is not None:
                    self.covered.add(seg_index)
                return old
        req.id = f"r{len(self.reqs) + 1}"
        self.reqs.append(req)
        if seg_index is not None:
            self.at.setdefault(seg_index, req)
        if seg_index is not None and req.type != "judgement":
            self.covered.add(seg_index)
        return req


# Who gives a 党课 ("书记每年讲党课", "其他支部委员每年讲党课"): the keyword telling one person's count from another's.
_GIVERS = frozenset({"书记", "委员", "支委", "班子成员", "领导干部", "专家", "主要负责人", "负责人", "主要负责同志",
                     "负责同志", "院长", "校长", "主任",
                     "局长", "所长", "站长", "队长", "经理", "董事长", "厂长", "行长", "馆长"})


# The words any register of members is also found under (added to each one's own name).
_ROSTER_WORDS = frozenset({"党员花名册", "党员名册", "花名册", "名册"})


# The committee of a 党委 or 党总支, named beside its branches' 支委会.
_HIGHER_COMMITTEE = re.compile(r"党委会|党委会议|总支委员会|总支委会")


def _same(a: Requirement, b: Requirement) -> bool:
    keys = ("type", "meeting_type", "kind", "per", "window", "threshold", "unit", "amount", "years", "min")
    if any(getattr(a, k) != getattr(b, k) for k in keys):
        return False
    if a.type == "roster" and a.keywords != b.keywords:
        return False  # the 班子's make-up and the reserve's: two registers
    if a.type == "rate" and (a.keywords[:1] != b.keywords[:1] or (
            a.measure and b.measure and a.measure not in b.measure and b.measure not in a.measure)):
        return False  # "知晓率达到90%，满意度达到90%", "职工满意度和患者满意度均达到90%": two measures, one bar
    if a.type == "count" and a.meeting_type and _HIGHER_COMMITTEE.search(" ".join(a.keywords)) and \
            not _HIGHER_COMMITTEE.search(" ".join(b.keywords)):
        return False  # "社区党委会每月召开1次…，支委会每月召开1次": the 党委's committee and its branches', apart
    if a.type == "count" and a.meeting_type and set(a.keywords) != set(b.keywords):
        if {*a.keywords} & _GIVERS and {*b.keywords} & _GIVERS and {*a.keywords} & _GIVERS != {*b.keywords} & _GIVERS:
            return False  # "书记每年讲党课一次，其他支部委员每年讲党课一次": each person's lectures, counted apart
        # (a speaker's count names only the speaker: it is still one of the meeting's, as a bare mention is)
        name = MEETING_SHORT.get(a.meeting_type, a.meeting_type)
        ka, kb = ({*r.keywords, *([name] if {*r.keywords} & _GIVERS else [])} for r in (a, b))
        return bool(ka & kb)
    if a.type == "window" and a.kind and b.kind and a.keywords and b.keywords and not set(a.keywords) & set(b.keywords):
        return False  # "年终形成工作总结，书记年底述职": the summary and the report are two papers of the year's end
    if a.type in ("doc", "photo", "count") and not a.meeting_type:
        shared = set(a.keywords) & set(b.keywords)
        if shared and shared <= _GENERIC_ENDINGS and set(a.keywords) - shared and set(b.keywords) - shared:
            return False  # "党建工作目标责任书" and "党风廉政建设责任书": two papers of one genre
        if a.kind == b.kind == "制度" and a.keywords and b.keywords and \
                a.keywords[0].removesuffix("制度") == b.keywords[0].removesuffix("制度"):
            return True  # "收益分配制度" listed and "收益分配" read among the rules: one rule
        if a.kind == b.kind == "总结" and "半年" in a.keywords + b.keywords and \
                re.search(r"年中|半年", (a.source or "") + (b.source or "")) and \
                all(k in ("半年", "小结") or re.search(r"年中|半年", k) for k in a.keywords + b.keywords):
            return True  # "年中有小结" read as the half year's summary and listed as a paper: one summary
        if a.kind == "花名册" and shared and shared <= _ROSTER_WORDS and a.keywords[:1] != b.keywords[:1]:
            return False  # "网格党员花名册和在职党员报到名册": two registers, each found under the words of any register
        if a.type == "doc" and a.keywords and b.keywords and min(len(a.keywords[0]), len(b.keywords[0])) >= 3 and \
                a.keywords[0] not in _GENERIC_ENDINGS and b.keywords[0] not in _GENERIC_ENDINGS and \
                (a.keywords[0].endswith(b.keywords[0]) or b.keywords[0].endswith(a.keywords[0])):
            return True  # "建立优秀青年人才库" and the scoring's "未建立人才库的": one register, by its shorter name
        return bool(shared) or (not a.keywords and not b.keywords)
    return True


def _segments(text: str) -> list[tuple[int, str, str]]:
    out = []
    for ci, clause in enumerate(c for c in _CLAUSES.split(text) if c.strip()):
        for seg in _SEGMENTS.split(clause):
            seg = re.sub(r"^\s*[（(]?\d{1,2}[)）.、．]\s*", "", seg)  # "2.党组织书记……": a numbered point in a cell
            if seg.strip(_STRIP):
                out.append((ci, seg, clause))
    return out


# A period that bounds what is counted rather than saying how often ("本季度每月召开支委会1次": each month of the
# quarter); a "每…" inside it says how often.
_SCOPE_PERIOD = re.compile(r"本(?:季度|年度?|学期|月度?)")


def _per_in(text: str) -> str | None:
    if _SCOPE_PERIOD.search(text):
        inner = _SCOPE_PERIOD.sub("", text)
        if re.search(r"每", inner) and (per := _per_in(inner)):
            return per
    for per, pattern in PER_WORDS:
        if re.search(pattern, text):
            return per
    return None


# How many parts after a meeting's name may still say how often it is held ("主题党日…安排在每月…，可与…结合开展，
# 全年不少于10次").
MEETING_FOLLOW_PARTS = 2

# Every meeting name, longest first (a longer name wins over the shorter one inside it)
_MEETING_ALIASES = sorted(((alias, mtype) for mtype, aliases in MEETING_NAMES for alias in aliases),
                          key=lambda x: -len(x[0]))


# Deeds of their own after a meeting's name ("经费使用经支委会研究，每年公开一次": the posting is counted, not the
# meeting).
_OTHER_DEEDS = r"公开|公示|公布|走访|慰问|报送|上报|更新|通报"

_GROUP_ACTS = re.compile(r"审核|审查|初审|推荐|评议|初评|把关|提名|考察|核实|确认")


_GROUP_DEEDS = re.compile(rf"(?:{_PERIOD_PHRASE}|年底|年初|年终)?(?:向|书面|对|负责|讲授|"
                          r"开展[^，,。；;]{0,8}?(?:党课|宣讲|志愿服务))")


@lru_cache(maxsize=4096)
def _meetings(seg: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, type, as printed) of every meeting named in a segment, not overlapping (one segment is asked
    about many times while an item is read: the answers are remembered)."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for alias, mtype in _MEETING_ALIASES:
        start = seg.find(alias)
        while start >= 0:
            end = start + len(alias)
            # ("党员申报、党小组审核、社区党组织审定": the group acting in a procedure, not its meeting)
            # ("年底党小组向社区党委书面报告", "党小组每季度开展一次“微党课”": the group doing something else)
            acting = alias == "党小组" and (_GROUP_ACTS.match(seg, end) or _GROUP_DEEDS.match(seg, end))
            # ("党小组长", "支委会成员": people of the body, not its meeting)
            people = seg[end:end + 1] == "长" or re.match(r"成员|委员(?!会)", seg[end:end + 2])
            if not (any(s < end and start < e for s, e in taken) or people or acting):
                taken.append((start, end))
                found.append((start, end, mtype, alias))
            start = seg.find(alias, end)
    return tuple(sorted(found))


def _meeting_requirements(rd: _Reader) -> None:
    # An item that spells out the meetings of 三会一课 with how often each is held asks for those, not the four the
    # rules set ("严格落实三会一课，支委会每月召开，党员大会每季度召开，党课每季度至少1次" has no 党小组会).
    spelled = {t for _ci, seg, _cl in rd.segments for _s, _e, t, _a in _meetings(seg)
               if t in dict(THREE_MEETINGS) and (_per_in(seg) or _COUNT.search(seg))}
    for si, (ci, seg, _clause) in enumerate(rd.segments):  # noqa: B007 - _clause is read for who gives a 党课
        mentions = _meetings(seg)
        if THREE_MEETINGS_WORD in seg and len(spelled) >= 2:
            continue
        # (not "…三会一课参会率", nor "按时参加所在支部“三会一课”": a person attends meetings the branch holds)
        if THREE_MEETINGS_WORD in seg and not re.search(THREE_MEETINGS_WORD + r"[”\"]?[^，,]{0,3}?(?:参加|参会|到会|出勤)",
                                                        seg) and \
                not re.search(r"参加[^，,]{0,8}?[“\"]?" + THREE_MEETINGS_WORD, seg):
            if re.search(r"落实|坚持|按时|正常|召开|开展|执行|(?<!不)规范|未", seg) and \
                    not re.search(THREE_MEETINGS_WORD + r"[”\"]?(?:制度|规则|办法|记录|纪要|资料|台[账帐]|档案)", seg) and \
                    not re.search(THREE_MEETINGS_WORD + r"[^，,]{0,12}?(?:开展|召开)?情况", seg) and \
                    not re.search(THREE_MEETINGS_WORD + r"[”\"]?(?:[、和及][^，,。；;]{0,10}?|等(?:活动|会议)?)"
                                                        r"(?:记录|纪要|资料|台[账帐]|档案)", seg) and \
                    not re.search(THREE_MEETINGS_WORD + r"[”\"]?(?:的)?(?:质量|效果|成效)", seg) and \
                    not re.search(r"(?:指导|督促|督导|帮助|协助)[^，,]{0,12}?[“\"]?" + THREE_MEETINGS_WORD, seg) and \
                    not re.search(r"(?<!不)可(?:以)?(?:与|同|和|结合)[^，,]{0,16}?[“\"]?" + THREE_MEETINGS_WORD, seg):
                # (not "对“三会一课”质量开展测评", measured; nor "“三会一课”、主题党日等活动记录及时规范", the records of
                # meetings listed; nor "指导村党组织规范落实“三会一课”", another body's, guided;
                # nor "可与主题党日、“三会一课”结合开展", how something else may be held)
                for mtype, per in THREE_MEETINGS:
                    short = MEETING_SHORT.get(mtype, mtype)
                    rd.add(Requirement(id="", type="count", meeting_type=mtype, per=per, min=1, keywords=[short],
                                       description=f"{PER_TEXT[per]}召开{short}不少于1次（三会一课）",
                                       source=seg.strip(_STRIP)), si)
            continue
        if not mentions:
            # "每年开展活动不少于4次" after "建立联席会议制度": the meeting named before in the item.
            count = _COUNT.search(seg)
            # ("全年不少于4次结合企业生产经营开展": how many of those meetings are held together with other work)
            # ("组织党员到遵义会议会址…开展现场教学不少于1次", "传达学习会议精神" hold no meeting)
            # ("每季度召开一次网格党支部书记例会": a meeting of its own name, not the 党小组 named before)
            own = re.search(rf"召开(?:{NUM}次)?[^，,]{{0,12}}?[\u4e00-\u9fff]{{2}}(?<!召开)(?:例会|座谈会|推进会|调度会|联席会|议事会|"
                            r"协调会|分析会|交流会|讨论会|评议会|恳谈会|见面会)", seg)
            if count and rd.last_meeting and not own and re.search(r"开展活动|召开会议|活动|会议(?!会址|旧址|纪念|精神)|"
                                                                   r"^[^，,]{0,8}召开|"
                                                                   r"结合[^，,]{2,20}?(?:开展|进行)$", seg.strip(_STRIP)) \
                    and not _RATE.search(seg):
                mentions = [(count.start(), count.start(), rd.last_meeting, MEETING_SHORT.get(rd.last_meeting,
                                                                                                rd.last_meeting))]
            else:
                continue
        parts = _split_parts(seg, mentions)
        carried_per: str | None = rd.clause_per.get(ci)
        # "按期召开支部委员会，每月不少于1次": how often may follow in the next segment of the sentence.
        follow = ""
        # ("每名党员全年不少于4次": each member's times are the meeting's count; "改造期间每月不少于2次": while some
        # work lasts, how often; "除寒暑假外每月1次": but for the holidays)
        follows: list[tuple[int, str]] = []
        for sj in range(si + 1, min(si + 1 + MEETING_FOLLOW_PARTS, len(rd.segments))):
            if rd.segments[sj][0] != ci or _meetings(rd.segments[sj][1]):
                break
            nxt = rd.segments[sj][1]
            if re.match(rf"^(?!发现|每发现)(?:[\u4e00-\u9fff]{{2,4}}期间|除[^，,]{{1,8}}外)?(?:{_EACH_MEMBER})?"
                        rf"(?:{'|'.join(p for _, p in PER_WORDS)})?(?:{_EACH_MEMBER})?"
                        rf"(?:(?!{_OTHER_DEEDS})[^，,]){{0,4}}?"
                        rf"(?:不少于|至少)?\s*{NUM}\s*次(?:以上|及以上)?$", nxt.strip(_STRIP)):
                follows.append((sj, nxt))
            elif re.search(rf"{NUM}\s*[次%％]", nxt) or follows or \
                    re.search(r"(?:开展|组织|召开|举办|进行)[“\"]?[\u4e00-\u9fff]{2,}", nxt):
                break  # (a part of its own, a deed of its own, or what follows the count; "可与学术沙龙…结合开展"
                # between is how they are held)
        if follows:
            follow, last = follows[0][1], follows[-1][1]
            each, total, each_per = _COUNT.search(follow), _COUNT.search(last), _per_in(follow)
            if len(follows) > 1 and _per_in(last) == "year" and each_per in PERIODS_IN_YEAR and each and total and \
                    int(_num(total.group("n")) or 0) < int(_num(each.group("n")) or 1) * PERIODS_IN_YEAR[each_per]:
                follow = last  # "除寒暑假外每月1次，全年不少于10次": the year's total is what is asked
            rd.covered.update(sj for sj, _n in follows)
        for (start, end, mtype, alias), part in zip(mentions, parts, strict=True):
            after = seg[end:end + 4]
            rd.last_meeting = mtype
            if re.match(r"[”\"]?(?:制度|规则|办法|记录|纪要)", after) and not _COUNT.search(part) and not follow:
                continue  # a rule or record named after the meeting ("联席会议制度"), not holding it; but
                # "主题党日活动记录：每月1次" says how often the meeting it records is held
            if re.match(r"[”\"]?[^，,]{0,3}?(?:参加率|参会率|到会率|出勤率|出席率)", seg[end:end + 8]):
                continue  # the meeting qualifies a rate
            at = part.find(alias)
            local = part[:at + len(alias) + 14] if at >= 0 else part
            local = re.split(r"[，,]", local[at + len(alias):])[0] if at >= 0 else local
            pre = part[:at] if at >= 0 else ""
            listed = pre.rfind("、")
            if listed >= 0 and re.search(rf"{_COUNT.pattern}\s*$", pre[:listed]):
                # "调研指导不少于2次、讲党课不少于1次": the count before 、 is the other deed's, counted as its own
                other = re.split(r"[、，,]", pre[:listed])[-1]
                deeds = DEED_VERBS.findall(other)
                own = _COUNT.search(other)
                if deeds and own and _num(own.group("n")) and not _meetings(other):
                    k = int(_num(own.group("n")) or 1)
                    rd.add(Requirement(id="", type="count", keywords=_variants(list(dict.fromkeys(deeds))[:2]), min=k,
                                       per=_per_in(seg) or "year",
                                       description=f"{PER_TEXT[_per_in(seg) or 'year']}{other.strip(_STRIP)}",
                                       source=other.strip(_STRIP)), si)
                pre = pre[listed + 1:]
            local = pre + part[at:at + len(alias)] + local if at >= 0 else local
            per = _per_in(local) or _per_in(seg[:start]) or _per_in(follow)
            count = _COUNT.search(local) or _COUNT.search(follow)
            if follow and count and not _COUNT.search(local) and _per_in(follow) not in (None, per):
                if _per_in(follow) == "year" and per in PERIODS_IN_YEAR and \
                        int(_num(count.group("n")) or 0) < PERIODS_IN_YEAR[per]:
                    per = "year"  # "主题党日安排在每月…，全年不少于10次": fewer than every period, the year's total is asked
                else:
                    count = None  # "每月…主题党日，全年不少于12次": the year's total of the monthly meeting, not each month's
            joined = seg[end:mentions[-1][0]]
            if not (per or count) and (start, end) != mentions[-1][:2] and re.fullmatch(r"(?:[和及与、]|[^，,]{0,6}[和及与、])+[^，,]*", joined) \
                    and len(joined) <= 12:
                # "组织生活会和民主评议党员每年至少1次": the meetings joined share how often
                shared = seg[mentions[-1][1]:]
                per, count = _per_in(shared), _COUNT.search(shared)
            else:
                shared = ""
            if mtype in ONGOING_WORK and not (per or _per_in(part)) and any(
                    r.meeting_type == "主题党日" and r.source and r.source in _clause for r in rd.reqs):
                rd.covered.add(si)
                continue  # "主题党日…活动中开展集中学习和志愿服务": the day's business, not a meeting counted apart
            # "上半年支部委员会每月召开1次，党员大会召开不少于2次": a count with no period of its own is of the sentence's
            # span (the half year), not of the shorter period another meeting printed
            span = re.match(r"^[^，,]{0,8}?(上半年|下半年|全年|年内|本季度)", _clause) if count and not per else None
            per = per or (_per_in(span.group(1)) if span else None) or carried_per  # as said earlier in the sentence
            if not (per or count) and si > 0 and rd.segments[si - 1][0] == ci:
                # "每季度召开一次由社区党组织牵头，养老机构…参加的养老服务联席会议": how often, in the part before the
                # meeting's name that a comma split off its own words
                before = rd.segments[si - 1][1]
                if re.search(r"召开|举行|举办", before) and _per_in(before) and not _meetings(before):
                    per, count = _per_in(before), _COUNT.search(before)
                    rd.covered.add(si - 1)
            years = 2 if _TWO_YEARS.search(part) else 1
            enum = _ENUM_RULES.search(seg)
            if enum and enum.start("list") <= start < enum.end("list"):
                continue  # one of the rules listed in "议事规则、民主生活会……等各项制度健全"
            if seg[:start].count("(") > seg[:start].count(")"):
                continue  # "会议记录本(支委会、党员大会…)": papers listed, not meetings held
            if re.search(r"(?:抽查|检查|督查|观摩|查看|考核|暗访)(?![或和及与、])[^，,]{0,8}$", seg[:start]):
                continue  # "镇党委每季度随机抽查1次各村主题党日开展情况": the meeting is what is checked (but in
                # "开展1次联合检查或共建活动" the check is the meeting's alternative)
            if seg[:start].count("《") > seg[:start].count("》"):
                continue  # "《关于召开党员大会进行换届选举的请示》": a paper's title
            if re.search(r"在[^，,]{0,3}$", seg[max(0, start - 4):start]) and re.match(r"上|中", seg[end:end + 1]):
                continue  # "在党员大会上通报": the meeting is where something else happens
            if re.search(r"到(?:所在|联系|各)?$", seg[max(0, start - 3):start]):
                continue  # "书记、班子成员到所在党小组讲党课": a place to go to, not a meeting held
            if not (per or count) and re.search(r"经(?:过)?[^，,]{0,2}$", seg[max(0, start - 4):start]) and \
                    re.match(r"[^，,]{0,6}?(?:研究|讨论|审议|决定|通过|审定)", seg[end:end + 10]):
                continue  # "“三重一大”事项经党委会研究": the meeting a decision passes through, not one counted
            held = _HOLD_VERBS.search(seg[max(0, start - 8):start]) or re.search(r"召开|举行|举办|开展", shared) or \
                re.search(r"召开|举行|举办|开展", seg[end:end + 6]) or \
                re.search(r"等?制度(?:落实|执行)|落实到位|正常开展|坚持", seg[end:])
            if not (per or count or held):
                continue
            if not (per or count) and (re.search(r"(?:设立|建立|组建|成立|划分|设置)$", seg[max(0, start - 2):start]) or
                                       re.match(r"建在|建到|设在|设到", seg[end:end + 2])):
                continue  # "党小组建在船上", "符合条件的设立党小组": a body set up, not a meeting held
            heading = None if per or count else re.match(rf"\s*{re.escape(seg.strip(_STRIP))}\s*[:：]", rd.text)
            if heading and re.search(rf"{re.escape(alias)}[^，,；;。]{{0,4}}?(?:不少于|至少)?\s*{NUM}\s*次",
                                     rd.text[heading.end():]):
                continue  # "讲党课：书记每年讲党课不少于2次…": the item's heading, whose parts say how many
            if not (per or count) and re.search(r"(?:随时|适时|必要时|根据需要|视情|需要时)[^，,]{0,4}$", seg[:start]):
                continue  # "遇重大事项随时召开支委会": held when needed, nothing to count
            if not count and re.search(r"(?<!不)可(?:以)?(?:结合|采取|采用|通过|邀请)", part):
                continue  # "党课可结合典型案例开展", "可邀请先进志愿者讲“志愿党课”": how they may be held, no count
            if not count and re.search(rf"(?<!最后)(?<!第){NUM}\s*(?:小时|学时|课时|个?工作日)", part):
                continue  # "参加志愿服务累计不少于12小时": how long, read as a duration
            if not (per or count) and mtype in ONGOING_WORK and re.search(rf"{NUM}\s*(?:小时|学时|课时)", _clause):
                continue  # "参加社区志愿服务，每名党员每年志愿服务不少于8小时": the hours are the measure
            if not count and _MEETING_AS_TIME.match(seg[_chain_end(seg, mentions, end):]):
                continue  # "党员大会、支委会召开前通知", "讲党课前撰写讲稿", "全年党员大会、党课的主题": the meeting
                # tells when or what of something else
            if not count and (re.search(r"可不(?:召开|开展|举行)?$", seg[:start]) or
                              (alias == "党小组" and re.match(r"(?:的)?(?:设置|划分|组长|建在)", seg[end:]))):
                continue  # "未设党小组的支部可不召开党小组会": not asked; "党小组设置不合理": the groups, not a meeting
            if per is None and not count and mtype in YEARLY_MEETINGS:
                per = "year"
            if per is None and not count and years == 1 and mtype in ONGOING_WORK and not shared and \
                    not re.search(r"经常|常态|定期|长期", seg) and \
                    (seg[max(0, start - 2):start] == "开展" or "、" in (seg[start - 1:start] + seg[end:end + 1])):
                continue  # "组织党员开展志愿服务", "组织生活、志愿服务等": work named, with no number to count
            if per is None and not count and years == 1 and "每次" in seg[max(0, start - 6):start]:
                continue  # "每次召开支委会第一项议程须学习…": what happens at each meeting, not how many
            if per:
                rd.clause_per[ci] = per
            n = int(_num(count.group("n")) or 1) if count else 1
            short = MEETING_SHORT.get(mtype, mtype)
            keywords = _variants([alias] + ([short] if short != alias else []))
            # Who gives a 党课: the one the part opens with ("书记每年讲党课不少于两次", "党员领导干部…，每年为所在支部讲
            # 党课"), else the last giver named shortly before ("其中支部书记讲党课至少1次", "邀请知名专家党员讲党课1次",
            # "书记、班子成员到联系村讲党课").
            head = _SPEAKER_HEAD.match(part.strip(_STRIP)) or \
                re.match(r"^\d*[.、]?(?:党员)?(领导干部)", _clause.strip(_STRIP)) or \
                (_SPEAKER_ROLE.match(part.strip(_STRIP)) if mtype == "党课" else None)
            givers = re.findall(r"(书记|党组成员|班子成员|支委|委员|领导干部|专家)(?=[^，,；;]{0,16}$)", seg[:start])
            if not head and not givers and mtype == "党课" and re.match(r"(?:为|到|给|向|讲)", part.strip(_STRIP)):
                # "党委书记每年到成员单位调研…，为成员单位党员讲党课不少于1次": the sentence's speaker, and its period
                head = _SPEAKER_HEAD.match(_clause.strip(_STRIP))
                per = per or (_sentence_per(rd, si) if head and count else None)
            role = head.group(1) if head else (givers[-1] if givers else None)
            if role and mtype == "党课":
                keywords = [role]  # the 党课 that person gave: the record names the speaker
            if alias in ("民主评议党员", "民主评议"):
                keywords = ["民主评议"]
            combined = re.search(r"结合(?P<what>[^，,]{2,20}?)(?:开展|进行)$", part.strip(_STRIP)) if count else None
            if combined:  # those of the meetings held together with other work are told apart by that work's words
                keywords = _variants([w for w in re.split(r"或|和|及|、|到", combined.group("what")) if len(w) >= 2])
            when = PER_TEXT.get(per or "", "每两年" if years == 2 else "")
            # what the user reads names the meeting as the table does: 民主评议党员 is counted as 组织生活会 records
            # that record it, and "每年召开组织生活会" twice would read as a duplicate
            held_as = "开展民主评议党员" if keywords == ["民主评议"] else _held(mtype)
            if _HIGHER_COMMITTEE.search(alias):
                held_as = f"召开{alias}"  # "社区党委会", beside the branches' 支委会
            speaker = mtype == "党课" and role and keywords == [role]
            # "党支部书记、院长每年各讲党课不少于1次": each of them, counted apart
            # ("书记和班子成员每年至少讲一次党课": each of them; "书记、委员…不少于两次，其中书记至少讲一次": a joint total)
            also = re.match(rf"(?:、|和|及)(?:党员)?(?P<r>{_ROLES})(?=[^，,；;]{{0,6}}?(?:各|每年|每季度|每半年|全年|年内))",
                            part.strip(_STRIP)[head.end():]) \
                if speaker and head and "其中" not in _clause else None
            # "在职党员到社区报到…，每人每年参加社区志愿服务不少于4次": whose service is counted, named before
            each = part.strip(_STRIP)
            whose = _SOME_MEMBERS.findall(_clause[:_clause.find(each)]) \
                if mtype in ONGOING_WORK and re.match(r"(?:报到党员|党员)?(?:每人|每名|人均)", each) and each in _clause else []
            rd.add(Requirement(id="", type="count", meeting_type=mtype, per=per, min=n, years=years,
                               keywords=keywords,
                               description=(whose[-1] if whose else "") +
                                           (_lecture(role, when, n) if speaker else f"{when}{held_as}不少于{n}次") +
                                           (f"（结合{combined.group('what')}）" if combined else ""),
                               source=(seg if shared else part).strip(_STRIP) or seg.strip(_STRIP)), si)
            if also:
                rd.add(Requirement(id="", type="count", meeting_type=mtype, per=per, min=n, years=years,
                                   keywords=[also.group("r")], description=_lecture(also.group("r"), when, n),
                                   source=part.strip(_STRIP)), si)
            total = _COUNT.search(follow) if follow and _COUNT.search(local) else None
            if total and _per_in(follow) not in (None, per) and per in PERIODS_IN_YEAR and \
                    int(_num(total.group("n")) or 1) > n * PERIODS_IN_YEAR[per] // PERIODS_IN_YEAR[_per_in(follow)]:
                # "每季度不少于1次，全年累计不少于6次": the year's total is a count of its own
                k = int(_num(total.group("n")) or 1)
                rd.add(Requirement(id="", type="count", meeting_type=mtype, per=_per_in(follow), min=k, years=years,
                                   keywords=list(keywords), source=f"{part.strip(_STRIP)}，{follow.strip(_STRIP)}",
                                   description=f"{PER_TEXT[_per_in(follow)]}{_held(mtype)}累计不少于{k}次"), si)
            # "其中书记至少讲一次": a share of those meetings held by one person.
            for sj in range(si + 1, len(rd.segments)):
                cj, other, _c = rd.segments[sj]
                if cj != ci:
                    break
                sub = re.match(rf"^其中(?!至少|不少于)([\u4e00-\u9fff]{{1,4}}?)(?:至少|不少于)?[^，,]{{0,3}}?(?P<n>{NUM})\s*次", other) or \
                    re.match(rf"^(?:其他|其余)(班子成员|支委|委员)[^，,]{{0,6}}?(?:至少|不少于)?各?[^，,]{{0,2}}?(?P<n>{NUM})\s*次",
                             other) or \
                    (re.match(rf"^[“\"]?(?:[\u4e00-\u9fff]{{0,4}}?(?:党支部|支部|党委|党组织|党总支|党组)(?=其他|其余|书记))?"
                              rf"(?:其他|其余)?((?:支部|[“\"]?两委[”\"]?)?(?:委员|成员)|班子成员|支委|领导干部|书记)"
                              rf"(?:每人)?[^，,]{{0,6}}?(?:至少|不少于)?各?讲?(?P<n>{NUM})\s*次", other)
                     if mtype == "党课" else None)
                # ("支部委员每人每年至少讲一次", "“两委”成员每年至少各讲一次")
                # "其中与辖区村党组织联合开展的全年不少于4次": the share held in a way of its own, named by that way
                joint = re.match(rf"^其中(?P<how>[^，,]{{2,24}}?)(?:开展|召开|举办|举行)的?[^，,]{{0,4}}?(?:至少|不少于)\s*"
                                 rf"(?P<n>{NUM})\s*次", other)
                # "其中至少1次结合古田会议精神开展": what one of those meetings takes up, the inspectors' to weigh (two
                # labelled tables in three ask no count of it)
                if re.match(rf"^其中(?:至少|不少于)?\s*{NUM}\s*次(?:要|须|应)?结合[^，,]{{2,12}}?"
                            r"(?:开展|进行|讲授|讲|召开|举办)?$", other.strip(_STRIP)) and not _meetings(other):
                    rd.covered.add(sj)
                    break
                if joint and not sub and not _meetings(other):
                    how = re.search(r"联合|共同|联建|共建|线上|线下|现场|专题", joint.group("how"))
                    word = how.group(0) if how else (_chunks(joint.group("how")) or [""])[-1]
                    k = int(_num(joint.group("n")) or 1)
                    own_per = _per_in(other) or ("year" if per in PERIODS_IN_YEAR else per)
                    if len(word) >= 2:
                        rd.add(Requirement(id="", type="count", meeting_type=mtype, per=own_per, min=k, years=years,
                                           keywords=[word], description=f"{PER_TEXT.get(own_per or '', when)}{word}"
                                                                        f"{_held(mtype)}不少于{k}次",
                                           source=other.strip(_STRIP)), sj)
                        rd.covered.add(sj)
                        break
                if sub and not _meetings(other) and not re.match(r"每|全年|年内", sub.group(1)):
                    who = re.sub(r"[“”\"]", "", sub.group(1)).rstrip("讲上开各")
                    k = int(_num(sub.group("n")) or 1)
                    # "其他班子成员年度内至少各讲一次": a period of its own; none printed, one person's share of
                    # the year's meetings ("党课每季度1次，其中“七一”前后由书记讲1次": one of the year's four)
                    own_per = _per_in(other) or ("year" if per in PERIODS_IN_YEAR else per)
                    rd.add(Requirement(id="", type="count", meeting_type=mtype, per=own_per, min=k, years=years,
                                       keywords=[who], description=f"{who}{PER_TEXT.get(own_per or '', when)}"
                                                                   f"{'讲' if mtype == '党课' else '召开'}"
                                                                   f"{short}不少于{k}次", source=other.strip(_STRIP)),
                           sj)
                    break


# Whoever else gives a 党课, by office: "部门（单位）党员主要负责人每年到支部讲党课不少于1次", "院长".
_ROLES = "|".join(sorted(_GIVERS | {"党组成员"}, key=lambda r: (-len(r), r)))  # the givers, longest name first
_SPEAKER_ROLE = re.compile(rf"^[\u4e00-\u9fff（）()]{{0,10}}?(?<![副])({_ROLES})(?=[^，,；;]{{0,12}}?讲)")
# Who a part opens with, as the giver of a 党课 ("书记每年讲党课…", "社区党组织书记…", "其他支委…").
_SPEAKER_HEAD = re.compile(r"^\d*[.、]?(?:其他)?(?:社区|村|居|[\u4e00-\u9fff]{1,4}(?=党))?(?:党组织|党支部|党委|党总支|支部)?"
                           r"(书记|班子成员|支委|委员)")


def _lecture(who: str, when: str, n: int) -> str:
    """A speaker's 党课 as a user reads it: "书记每年讲党课不少于1次"."""
    return f"{who}{when}讲党课不少于{n}次"


def _held(mtype: str) -> str:
    """A meeting convened (召开支委会) or work carried out (开展主题党日, 开展志愿服务), as a user reads it."""
    return f"{'开展' if mtype in ONGOING_WORK or mtype == '主题党日' else '召开'}{MEETING_SHORT.get(mtype, mtype)}"


# After a meeting's name: when something else is done ("召开前", "前", "结束后") or what of it ("的主题", "的议题").
_MEETING_AS_TIME = re.compile(r"^[”\"]?(?:召开|举行|开展|讲授?)?(?:前|之前|期间|以后|之后|后|结束)|"
                              r"^[”\"]?的(?:主题|内容|时间|议题|质量|安排|计划)")


def _chain_end(seg: str, mentions: list[tuple[int, int, str, str]], end: int) -> int:
    """Where a list of meetings joined by 、/和/及/与 ends ("党员大会、支委会召开前": after 支委会)."""
    for start, stop, _t, _a in mentions:
        if start >= end and re.fullmatch(r"[”\"]?[、和及与][“\"]?", seg[end:start]):
            end = stop
    return end


def _split_parts(seg: str, mentions: list[tuple[int, int, str, str]]) -> list[str]:
    """Each meeting's own part of a segment ("支委会每月1次、党员大会每季度1次"): from the delimiter before it to the
    next meeting's delimiter."""
    parts = []
    for i, (start, _end, _t, _a) in enumerate(mentions):
        left = 0 if i == 0 else max(seg.rfind(d, 0, start) for d in "、和及与") + 1
        if i > 0 and left <= mentions[i - 1][1]:
            left = mentions[i - 1][1]
        right = len(seg)
        if i + 1 < len(mentions):
            nxt = mentions[i + 1][0]
            cut = max(seg.rfind(d, start, nxt) for d in "、和及与")
            right = cut if cut > start else nxt
        parts.append(seg[left:right])
    return parts


def _item_subject(text: str) -> str | None:
    m = _ROLE_SUBJECT.match(text)
    return m.group(0) if m else None


# Deeds done with everyone ("谈心谈话全覆盖", "走访慰问全覆盖", "设岗定责全覆盖"), unlike units set up everywhere
# ("网格党支部全覆盖"), which are a share.
_DEED_COVERING = re.compile(rf"(?:{DEED_VERBS.pattern}|设岗定责|联户|认领|选派)[\u4e00-\u9fff]{{0,4}}$")
_UNIT_COVERED = re.compile(r"(?:中心|站|室|点|所|组织|支部|党委|党组|小组|阵地|网格|岗)$")


def _rate_requirements(rd: _Reader, scoring: str) -> None:
    subject = _item_subject(rd.text)
    banded_measure = ""
    banded_at: int | None = None
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        for m in _RATE.finditer(seg):
            word = m.group("word")
            value = _num(m.group("cn")) if m.group("cn") else float(m.group("num"))
            if value is None or value <= 0 or value > 100:
                continue
            if re.match(r"\s*[-~～至到—–]+\s*\d", seg[m.end():]):
                banded_measure = _norm(re.split(r"[、；;]", seg[:m.start()])[-1] + m.group("word"))
                banded_at = si
                continue  # "85%—90%得5分": a score band, read with the scoring rules
            if m.group("cmp") in ("超过", "高于") and re.search(r"不(?:得|应|宜)?$", seg[max(0, m.start("cmp") - 2):m.start("cmp")]):
                continue  # "优秀比例一般不超过30%": a ceiling the inspectors weigh, not a rate to reach
            if re.match(r"\s*(?:以内|之内)", seg[m.end():]) or re.search(r"控制$", seg[:m.start("cmp")] if m.group("cmp") else ""):
                continue  # "不及格的比例控制在5%以内": a ceiling too
            op = ">" if m.group("cmp") in ("超过", "高于", "未超过") and not m.group("more") else ">="
            head = _rate_head(seg, m.start())
            measure = _measure_marks(_norm(head + word))  # (a grade keeps its marks: "述职评议“好”等次比例")
            joined = re.split(r"(?<=[率度比])(?:和|及|与)", measure)
            if len(joined) > 1 and all(re.search(RATE_WORD + "$", j) for j in joined):
                # "职工满意度和患者满意度均达到90%": two measures, one bar
                for j in joined:
                    own = re.search(RATE_WORD + "$", j).group(0)  # type: ignore[union-attr]
                    rd.add(_rate(own, j, op, value / 100, j[:-len(own)], seg.strip(_STRIP), subject), si)
                continue
            # "教职工对支部工作的满意度、学生对党员教师的满意度均达到90%": the measure listed before, one bar
            before = re.search(rf"(?:^|[，,；;])(?P<first>[^，,；;、]{{2,20}}?{RATE_WORD})、$",
                               seg[:m.start() - len(head)]) if re.match(r"\s*均", seg[m.end("word"):]) else None
            if before:
                first = _measure_marks(_norm(before.group("first")))
                own = re.search(RATE_WORD + "$", first).group(0)  # type: ignore[union-attr]
                rd.add(_rate(own, first, op, value / 100, first[:-len(own)], seg.strip(_STRIP), subject), si)
            if subject and subject not in measure and re.search(r"群众|党员|居民", head) and \
                    any(w in word for w in ("满意", "知晓")):
                measure = f"{_norm(head)}对{subject}{word}"
            rd.add(_rate(word, measure, op, value / 100, head, seg.strip(_STRIP), subject), si)
    # "两委班子“交叉任职”达30%以上": a share named without 率.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if any(r.type == "rate" for r in rd.reqs if rd.at.get(si) is r) or _RATE.search(seg):
            continue
        # A growth printed as a share ("较上年增长不低于百分之十", "产值较上年增长5%以上") is one too.
        m = re.search(rf"(?P<what>[\u4e00-\u9fff“”]{{2,10}}?)[”\"]?(?:(?P<cmp>达到|达|超过|不低于|不少于|高于)|"
                      rf"(?<=增长|提高|提升))\s*(?:(?P<num>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<cn>[{_CN}]+))(?P<more>以上)?",
                      seg)
        if m and not (m.group("cmp") or m.group("more")):
            m = None  # "增长5%": a bare figure, no bar
        value = _figure(m) if m else None
        if m and value and not re.search(r"学历|岁|证书", seg):
            what = m.group("what").replace("“", "").replace("”", "")
            what = re.split(r"[、和的]", what)[-1]
            op = _bar_op(m)
            # named as what it measures: "收入较上年增长" is a 增长率, "收益中提取" a 比例
            measure = what + ("率" if re.search(r"(?:增长|提高|提升|下降)$", what) else
                              "" if re.search(r"率|比例|占比|覆盖$", what) else "比例")
            rd.add(_rate(what, measure, op, value / 100, what, seg.strip(_STRIP), subject), si)
    # "同意率超过三分之二", "满意度达到九成以上": a share spelled as a fraction or in tenths.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        for m in _SPELLED_RATE.finditer(seg):
            if not (m.group("cmp") or m.group("more")):
                continue  # ("到会率八成以上" is a bar; a bare "三成" is not)
            if m.group("den"):
                value = (_num(m.group("num")) or 0) / (_num(m.group("den")) or 1)
            else:
                value = (_num(m.group("tenths")) or 0) / 10
            if not 0 < value <= 1:
                continue
            op = _bar_op(m)
            head = _rate_head(seg, m.start())
            req = _rate(m.group("word"), _norm(head + m.group("word")), op, value, head, seg.strip(_STRIP), subject)
            req.description = f"{req.measure}{m.group('cmp') or '达到'}{m.group('share')}{m.group('more') or ''}"
            rd.add(req, si)
    # "设岗党员占党员总数的60%以上": a share of a whole.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if any(r.type == "rate" for r in rd.reqs if rd.at.get(si) is r) or _RATE.search(seg):
            continue
        m = re.search(rf"(?P<what>[\u4e00-\u9fff“”]{{2,10}}?)占[^，,。；;]{{1,12}}?(?:的|比例|比重)(?:达到|不低于)?\s*"
                      rf"(?:(?P<num>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<cn>[{_CN}]+))(?P<more>以上|及以上)", seg)
        value = _figure(m) if m else None
        if m and value and value <= 100:
            what = re.split(r"[、和的，,]", m.group("what").replace("“", "").replace("”", ""))[-1]
            rd.add(_rate("比例", f"{what}比例", ">=", value / 100, what, seg.strip(_STRIP), subject), si)
            continue
        # "全年走访居民户数不少于辖区总户数的30%": a bar set as a share of a whole, named as the scoring names it
        # ("走访率每低5个百分点扣1分") or as the share of what is counted.
        m = re.search(rf"(?P<what>[\u4e00-\u9fff“”]{{2,10}}?)(?P<cmp>不少于|不低于|达到|(?<!不)超过)[^，,。；;%％]{{0,10}}?"
                      rf"(?:总数|总户数|总人数|户数|人数|总量|总额)的\s*(?:(?P<num>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<cn>[{_CN}]+))"
                      rf"(?P<more>以上|及以上)?", seg)
        value = _figure(m) if m else None
        if m and value and value <= 100:
            what = re.sub(r"^(?:全年|年内|每年)", "", re.split(r"[、和的，,]", m.group("what").replace("“", "").replace("”", ""))[-1])
            named = next((n for n in re.findall(r"([\u4e00-\u9fff]{2})率", scoring) if n in what), None)
            measure = f"{named}率" if named else f"{what}比例"
            rd.add(_rate("比例", measure, _bar_op(m), value / 100, what, seg.strip(_STRIP), subject), si)
    # "入户走访全覆盖": every one reached.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = re.search(r"(?P<what>[\u4e00-\u9fff]{2,8}?)(?:实现|达到|做到)?全覆盖", seg)
        if m and re.match(r"(?:式|性)?(?:培训|轮训|排查|走访|宣讲|体检|巡查|检查|督查|调研)", seg[m.end():]):
            continue  # "每年对书记开展一次全覆盖培训": how the training is held, counted as a training
        if m:
            # ("关键工序实现党员示范岗全覆盖": what covers all is after the verb, 党员示范岗)
            what = re.split(r"[、和的]|实现|达到|做到", m.group("what"))[-1] or m.group("what")
            source = seg.strip(_STRIP)
            if len(what) < 2 or re.fullmatch(r"(?:确保|要|应|并|力争)?(?:实现|达到|做到)", what):
                # "与支部委员、党员开展廉政谈话，实现全覆盖": the deed of the part before is what covers all
                before = _deed_object(rd.segments[si - 1][1]) if si > 0 and rd.segments[si - 1][0] == _ci else []
                if not before:
                    continue
                what, source = before[0], f"{rd.segments[si - 1][1].strip(_STRIP)}，{source}"
            if _DEED_COVERING.search(what) and not _UNIT_COVERED.search(what):
                # "会前谈心谈话全覆盖", "春节期间走访慰问全覆盖": a deed done with everyone, no share to read off a
                # paper; talks leave their record.
                talk = re.search(r"[\u4e00-\u9fff]{0,2}谈话$", what)
                if talk:
                    name = talk.group(0) if len(talk.group(0)) == 4 else "谈心谈话"
                    rd.add(Requirement(id="", type="doc", keywords=_variants([name, "谈话记录"]),
                                       description=f"有{name}记录", source=source), si)
                continue
            rd.add(Requirement(id="", type="rate", measure=f"{what}覆盖率", op=">=", threshold=1.0,
                               keywords=[what, "覆盖"], description=f"{what}全覆盖（覆盖率100%）",
                               source=source), si)
    # "在职党员全部到居住地社区报到", "决议和实施结果100%公开": everyone (or all of it) does what the verb says, a
    # rate of that verb named as the scoring names it ("报到率100%得满分") or by the verb.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if any(r.type == "rate" for r in rd.reqs if rd.at.get(si) is r):
            continue
        if "全部" in seg and any(r.type == "rate" and (r.threshold or 0) >= 1.0 for r in rd.reqs):
            continue  # "确保…全部参加集中培训，培训覆盖率100%": the rate printed says it
        m = re.search(r"全部(?:到[^，,。；;]{0,8}?)?(?P<verb>参加|报到|亮身份|签订|参学|参训)", seg) or \
            re.search(r"(?P<pct>\d+(?:\.\d+)?)\s*[%％](?P<verb>公开|落实|完成|办结|签订|到位)", seg)
        if not m:
            continue
        value = float(m.group("pct")) / 100 if m.groupdict().get("pct") else 1.0
        verb = m.group("verb")
        named = next((w for w in re.findall(r"([\u4e00-\u9fff]{2,3})率", scoring) if verb in w or w in verb), None)
        measure = f"{named}率" if named else f"{verb}率"
        rd.add(Requirement(id="", type="rate", measure=measure, op=">=", threshold=value, keywords=[measure, verb],
                           description=f"{measure}达到{value * 100:g}%", source=seg.strip(_STRIP)), si)
    # "到会委员超过应到委员半数方可开会": a meeting held only with more than half present.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if re.search(r"(?:到会|出席|参会|实到)(?:委员|党员|人数|人员)?(?:须|必须|应)?(?:超过|过|达到)[^，,]{0,8}?半数", seg) or \
                re.search(r"(?:须|必须|应)?(?:超过|过)半数(?:以上)?(?:的)?(?:委员|党员|成员)?(?:到会|出席)", seg):  # "须过半数到会方可召开"
            rd.add(Requirement(id="", type="rate", kind="会议记录", measure="到会率", op=">", threshold=0.5,
                               keywords=list(RATE_SAME["到会率"]), description="到会人数超过应到人数的半数",
                               source=seg.strip(_STRIP)), si)
    # "到会党员超过应到会党员的五分之四", "出席人数不少于应到人数的三分之二": a share of those due, as a fraction.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = re.search(rf"(?:到会|出席|参会|实到)[^，,]{{0,12}}?(?P<cmp>超过|达到|不少于|不低于)[^，,]{{0,10}}?"
                      rf"(?P<d>{NUM})分之(?P<n>{NUM})", seg)
        d, n = (_num(m.group("d")), _num(m.group("n"))) if m else (None, None)
        if not d or not n or n >= d or any(r.type == "rate" and rd.at.get(si) is r for r in rd.reqs):
            continue
        op = ">" if m.group("cmp") == "超过" else ">="
        rd.add(Requirement(id="", type="rate", kind="会议记录", measure="到会率", op=op, threshold=round(n / d, 4),
                           keywords=list(RATE_SAME["到会率"]),
                           description=f"到会人数{'超过' if op == '>' else '不少于'}应到人数的{m.group('d')}分之{m.group('n')}",
                           source=seg.strip(_STRIP)), si)
    # "支委会委员全员到会": every member present, every time.
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if re.search(r"全员(?:到会|参会|参加|出席)|全部(?:到会|参会)", seg):
            head = re.split(r"全员|全部", seg)[0].strip(_STRIP)
            rd.add(Requirement(id="", type="rate", kind="会议记录", measure=f"{head}到会率", op=">=", threshold=1.0,
                               keywords=list(RATE_SAME["到会率"]), description=f"{head}全员到会（到会率100%）",
                               source=seg.strip(_STRIP)), si)
    # A rate whose bar is printed only in the scoring rule ("满意度低于85%的扣2分，低于70%的不得分"): the highest bar
    # it falls short of.
    if not any(r.type == "rate" for r in rd.reqs):
        below = [(m.group("word"), _figure(m), _scored_head(m.group("head"))) for m in re.finditer(
            rf"(?P<head>[\u4e00-\u9fff“”\"]{{0,12}}?)(?P<word>{RATE_WORD})[^，,。；;\d%％]{{0,4}}?(?:低于|不足|未达到|未达)\s*(?:百分之(?P<cn>[{_CN}]+)|"
            rf"(?P<num>\d+(?:\.\d+)?)\s*[%％])[^，,。；;]{{0,3}}?(?:的|者)?[，,]?\s*(?:每(?:低|下降|降低)[^，,。；;]{{0,10}}?)?"
            rf"(?:扣|本项不得分|不得分)", scoring)]
        below = [(w, v, h) for w, v, h in below if v and 0 < v <= 100]
        if below:
            word, value, head = max(below, key=lambda b: b[1])
            rd.add(_rate(word, head + word, ">=", value / 100, "", scoring.strip(_STRIP), subject), None)
    # A rate whose bar is printed only as score bands in the scoring text ("参会率85%—90%得5分…").
    for ded in parse_deductions(scoring) + parse_deductions(rd.text):
        if not ded.bands or ded.amount_bands:
            continue  # (bands of an amount, 万元, ask no rate)
        # The bands' own measure: the one the rule opens with ("满意度90%以上得6分…" of two lists), or the one printed
        # right before the first band in the scoring text.
        own = re.match(rf"[^%％\d]{{0,8}}?({RATE_WORD})", ded.text)
        at = scoring.find(_norm(ded.text.split("，")[0]))
        before = re.findall(RATE_WORD, scoring[max(0, at - 10):at]) if at > 0 else []
        named = re.search(RATE_WORD, own.group(0)).group(0) if own else before[-1] if before else None
        fallback = re.search(RATE_WORD, banded_measure or scoring) or re.search(RATE_WORD, rd.text)
        word = named or (fallback.group(0) if fallback else None)
        if not word or any(r.type == "rate" and (word in (r.measure or "") or word in r.keywords or
                                                 not re.search(RATE_WORD, r.measure or "")) for r in rd.reqs):
            continue  # (the bands of a rate the words ask already; "参评比例不低于30%" beside 满意度's bands is another)
        # Full marks above the best band: its upper end ("85%—90%得5分" → 90%), or its lower end when open.
        top = max(ded.bands, key=lambda b: (b.score, b.low))
        threshold = top.high if top.high is not None else top.low
        if word == "比例" and any(r.type == "rate" and r.threshold is not None and abs(r.threshold - threshold) < 1e-9
                                for r in rd.reqs):
            continue  # "“满意”和“基本满意”比例达到90%" read as 满意度 90%; "比例90%以上的得5分…" are its bands
        if named:
            rd.add(_rate(word, word, ">=", threshold, "", ded.text if own else f"{word}{ded.text}", subject), None)
            continue
        source = rd.segments[banded_at][1].strip(_STRIP) if banded_at is not None else ded.text
        rd.add(_rate(word, banded_measure or word, ">=", threshold, "", source, subject), banded_at)
    _top_band_only(rd)


# A figure printed as a score band ("满意度≥95%的得7分；90%≤满意度<95%的得5分；满意度<85%的不得分").
_BAND_SCORE = re.compile(r"得\s*\d|得满分|不得分|不计分")


def _top_band_only(rd: _Reader) -> None:
    """Score bands read as rates one by one ask only their best band's bar: the full marks. The lower bands and the
    floor of the same measure are how the score falls, not other bars to reach."""
    banded = [r for r in rd.reqs if r.type == "rate" and _BAND_SCORE.search(r.source or "")]
    for r in banded:
        word = (re.search(RATE_WORD + "$", r.measure or "") or re.search(RATE_WORD, r.measure or ""))
        same = [o for o in banded if word and word.group(0) in (o.measure or "")]
        if len(same) > 1 and any((o.threshold or 0) > (r.threshold or 0) for o in same):
            rd.reqs.remove(r)


def _scored_head(words: str) -> str:
    """What a rate a scoring rule names measures, from the words before its rate word ("“两委”成员交叉任职比例低于
    60%的" → 两委成员交叉任职): no quotation marks, nothing before a fault word."""
    words = re.sub(r"[“”\"]", "", words)
    return re.split(r"未|无|没有|凡|对|若|如", words)[-1]


def _figure(m: re.Match) -> float | None:
    """The percent a share pattern read, printed in figures ("30%") or words ("百分之三十")."""
    return float(m.group("num")) if m.group("num") else _num(m.group("cn"))


# Grades a measure names in quotation marks ("“好”等次比例", "“好”和“较好”比例"): kept as printed.
_GRADES = frozenset({"好", "较好", "优秀", "良好", "合格", "称职", "基本称职", "满意", "基本满意", "一般"})
_GRADE_QUOTED = re.compile(r"“([^“”]{1,4})”")
_GRADE_CUT = re.compile(rf"^({'|'.join(sorted(_GRADES, key=len, reverse=True))})”")  # a grade's opening mark cut off


def _measure_marks(words: str) -> str:
    """A measure's words without quotation marks, but for the grades it names: "“双带头人”比例" → "双带头人比例",
    "述职评议“好”等次比例" stays."""
    words = _GRADE_CUT.sub(r"“\1”", words)
    kept = _GRADE_QUOTED.sub(lambda g: f"\x01{g.group(1)}\x02" if g.group(1) in _GRADES else g.group(1), words)
    return kept.replace("“", "").replace("”", "").replace("\x01", "“").replace("\x02", "”")


def _rate_head(seg: str, start: int) -> str:
    """The words naming what a rate measures, before it in its part of the segment ("确保党员参会率…" → 党员)."""
    head = re.split(r"[、；;]", seg[:start])[-1]
    return re.sub(r"^(?:.*?(?:确保|保证|做到|实现|其中|使))", "", head).strip(_STRIP)


def _bar_op(m: re.Match) -> str:
    """">" for 超过/高于 a bar, unless "以上" makes it inclusive; else ">="."""
    return ">" if m.group("cmp") in ("超过", "高于") and not m.group("more") else ">="


def _rate(word: str, measure: str, op: str, threshold: float, head: str, source: str, subject: str | None
          ) -> Requirement:
    if "满意" in measure and not re.search(r"满意[度率]", measure):
        # "服务对象满意和基本满意合计比例不低于90%", "“满意”和“基本满意”合计不低于85%": a satisfaction survey's
        # share, the 满意度 it reports
        word, measure = "满意度", re.sub(r"基本$", "", re.split(r"满意", measure.replace("“", "").replace("”", ""))[0]) + "满意度"
    # "述职评议测评表（好和较好比例不低于85%）", "带动脱贫户（监测户）比例": a bracket the measure's words cut open
    if measure.count("(") + measure.count("（") > measure.count(")") + measure.count("）"):
        measure = re.sub(r"[（(]", "", measure)
    # "专职工作者持有社会工作者职业资格证书的比例": the share holding a certificate, as tables name it
    measure = re.sub(r"持有?[^，,。；;]{0,20}?证书?的?(?:比例|占比)$", "持证比例", measure)
    base = next((w for w in RATE_SAME if w in word), word)
    attendance = any(w in word for w in ATTENDANCE_WORDS) or ("参加率" in word and _MEETING_CONTEXT.search(head))
    survey = any(w in word for w in SURVEY_WORDS)
    kind = "会议记录" if attendance else ("测评" if survey else None)
    keywords = list(RATE_SAME.get(base, (word,)))
    if survey:
        keywords.append("测评")
        if subject and subject in measure:
            keywords.append(re.sub(r"^(?:社区|村|居)?(?:党组织|党支部|党委|党总支)?", "", subject) or subject)
    elif not attendance:
        keywords += [w for w in _chunks(head) if w not in keywords][:2]
    op_text = "超过" if op == ">" else "不低于"
    return Requirement(id="", type="rate", kind=kind, measure=measure, op=op, threshold=round(threshold, 6),
                       keywords=keywords, description=f"{measure}{op_text}{threshold * 100:g}%", source=source)


# A deadline in the first quarter asks for the 年初 paper, one at year end for the 年终 one ("3月底前", "12月底前").
_EARLY_DEADLINE = re.compile(r"(?:[1-3一二三]|十二)月(?:\d{1,2}日|底|份|中旬|上旬|末)?(?:前|以前|之前)|[1一][—\-~～至][23二三]月|(?<!学)年初|"
                             r"(?:第一|一)季度")
_LATE_DEADLINE = re.compile(r"(?:1[0-2]|十[一二]?)月(?:\d{1,2}日|底|份|中旬|上旬|末)?(?:前|以前|之前)?|年底前|年终前")
_MID_DEADLINE = re.compile(r"(?:6|六|7|七)月(?:\d{1,2}日|底|份|中旬|上旬|末)?(?:前|以前|之前)")


def _deadline_window(rd: _Reader, si: int, seg: str) -> bool:
    """"签订党风廉政建设责任书（3月底前）", "报送年度工作总结（12月底前）": a window from a printed deadline."""
    doc = re.search(r"责任书|责任状|承诺书|工作计划|计划|工作要点|要点|总结|小结|述职", seg)
    if not doc:
        return _deadline_activity(rd, si, seg)
    word = doc.group(0)
    if _MID_DEADLINE.search(seg) and word in ("总结", "小结"):
        rd.add(Requirement(id="", type="doc", kind="总结", keywords=["半年"], description="有半年工作小结",
                           source=seg.strip(_STRIP)), si)
        return True
    if _EARLY_DEADLINE.search(seg) and not re.search(r"十二月|12月", seg) and word not in ("总结", "小结", "述职"):
        kind = "协议" if word in ("责任书", "责任状", "承诺书") else "计划"
        rd.add(Requirement(id="", type="window", window="年初", kind=kind, keywords=_variants([word]),
                           description=f"年初有{word}", source=seg.strip(_STRIP)), si)
        return True
    if _LATE_DEADLINE.search(seg) and word in ("总结", "述职"):
        rd.add(Requirement(id="", type="window", window="年终", kind="总结", keywords=_variants([word]),
                           description=f"年终有{word}", source=seg.strip(_STRIP)), si)
        _year_end_companions(rd, si, seg)
        return True
    return False


_DEADLINE_ACTIVITY = re.compile(r"(?:开展|组织(?!部)|举办|举行|完成|进行)(?P<what>[\u4e00-\u9fff“”]{2,12}?)(?:活动|工作)?"
                                r"(?:[(（]|$)")


def _deadline_activity(rd: _Reader, si: int, seg: str, source: str = "") -> bool:
    """"开展党员冬训（1—3月）", "开展群众满意度测评（12月）": an activity with its printed time of year is a record
    dated in that window."""
    m = _DEADLINE_ACTIVITY.search(seg)
    if not m or si in rd.covered or _meetings(seg):
        return False
    when = seg[:m.start()] + "，" + seg[m.end():]  # "开展冬训（1—3月）", "12月开展满意度测评"
    # ("结合“环卫工人节”（10月26日）等节点": the date of a day named, no time of year for the deed)
    when = re.sub(r"(?<=[”\"])[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})月[^)）]{1,6}[)）]", "", when)
    if re.search(r"次年|翌年|跨年", when):
        return False  # "每年11月至次年3月组织冬春训": a season across the year's end, done once a year
    if _EARLY_DEADLINE.search(when) and not re.search(r"十二月|12月", when):
        window = "年初"
    elif _LATE_DEADLINE.search(when) and not _per_in(when):
        window = "年终"
    else:
        return False
    what = m.group("what").replace("“", "").replace("”", "")
    core = re.sub(r"^(?:群众|居民|党员|社区)", "", what)
    words = list(dict.fromkeys(w for w in (what, core, what[-2:]) if len(w) >= 2))
    rd.add(Requirement(id="", type="window", window=window, keywords=_variants(words),
                       description=f"{window}有{what}的材料", source=(source or seg).strip(_STRIP)), si)
    return True


_START_VERBS = re.compile(r"^.*(?:制定|公布|确定|建立|梳理|列出|形成|编制|明确)")


def _start_lists(rd: _Reader, si: int, seg: str) -> None:
    """"年初公布为民办实事项目清单", "年初制定年度计划和组织生活安排", "年初制定工作要点和责任清单": a list or a
    schedule made at the year's start, beside the plan or alone, is a paper dated 年初 of its own name."""
    start = re.search(r"(?<!学)年初", seg)
    if not start:
        return
    for piece in re.split(r"[和及、]|以及", seg[start.end():]):
        piece = re.sub(r"[(（][^)）]*[)）]?$", "", piece.split("并")[0]).strip(_STRIP)
        # "年初确定项目", "年初公布实事项目", "年初确定“党建+生产经营”融合项目不少于1个": the projects decided on
        project = re.fullmatch(rf"[^，,]*?(?P<verb>确定|公布|公示|梳理形成|征集确定)(?P<what>(?!{NUM})[^，,]*?项目)"
                               rf"(?:不少于{NUM}个)?", piece)
        if not re.search(r"(?:清单|安排)$", piece) and not project:
            continue
        what = _START_VERBS.sub("", piece).replace("“", "").replace("”", "").strip(_STRIP)
        if project:
            what = re.sub(r"[“”]", "", project.group("what"))
            if len(what) < 4:  # "实施党员攻坚项目，年初确定项目": the projects the sentence named
                named = re.findall(r"([\u4e00-\u9fff]{2,8}项目)", re.sub(r"[“”+]", "", re.split(r"[。；;]", rd.text[
                    :max(0, rd.text.find(seg))])[-1]))
                what = named[-1] if named else what
        what = re.sub(r"^(?:年度|全年|本年度)", "", what)
        if len(what) < 4:
            continue
        said = f"年初{project.group('verb')}{what}" if project else f"年初有{what}"
        rd.add(Requirement(id="", type="window", window="年初", keywords=_variants([what]),
                           description=said, source=seg.strip(_STRIP)), si)


_COMPANION = re.compile(r"(?:总结|述职报告|报告)(?:和|及|、|以及)(?P<what>[\u4e00-\u9fff“”]{0,4}?(?:案例|经验材料|典型材料))")


def _year_end_companions(rd: _Reader, si: int, seg: str) -> None:
    """"12月底前形成年度工作总结和特色案例": the case written with the year-end summary is a 年终 paper of its own."""
    for m in _COMPANION.finditer(seg):
        what = m.group("what").replace("“", "").replace("”", "")
        core = re.search(r"案例|经验材料|典型材料", what).group(0)
        rd.add(Requirement(id="", type="window", window="年终", keywords=_variants(list(dict.fromkeys([what, core]))),
                           description=f"年终有{what}", source=seg.strip(_STRIP)), si)


# "实事清单年初公布", "服务计划于年初报送": a list or plan named, then dated at the year's start or end.
_PAPER_DATED = re.compile(r"^(?P<name>[\u4e00-\u9fff“”]{2,10}?(?:清单|计划|方案|要点|目录))(?:在|于)?(?:每年)?"
                          r"(?P<when>年初|年底|年终|年末)前?(?:公布|公示|公开|制定|报送|上报|确定)")


# The plan made in the part after a year's-start agreement ("…签订责任书，制定年度党建工作计划"), dated by it.
_PLAN_AFTER = re.compile(r"^(?!.*(?:年底|年终|年末|每|季度|半年))(?:(?:党)?支部|(?:社区|村)?党(?:委|总支|组织))?"
                         r"(?:研究)?(?:制定|形成|拟定|编制).{0,14}?(?:计划|要点)$")


def _window_requirements(rd: _Reader) -> None:
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        dated = _PAPER_DATED.match(seg.strip(_STRIP))
        if dated:
            window = "年初" if dated.group("when") == "年初" else "年终"
            name = dated.group("name").replace("“", "").replace("”", "")
            rd.add(Requirement(id="", type="window", window=window, keywords=_variants([name]),
                               description=f"{window}有{name}", source=seg.strip(_STRIP)), si)
            continue
        if not _WINDOW_START.search(seg) and not _WINDOW_END.search(seg) and _deadline_window(rd, si, seg):
            continue
        later = "".join(o for cj, o, _c in rd.segments[si + 1:si + 3] if cj == ci)
        # ("对照年初承诺事项逐项报告": the pledge made earlier, referred to, not asked here)
        asked = re.sub(r"(?:对照|按照|根据|依据)年初", "", seg)
        starts = _WINDOW_START.search(asked) or (re.search(r"(?<!学)年初", asked) and (
            re.search(r"(?:工作)?(?:计划|要点)", later) or re.match(r"^签[订署定][^，,]{0,10}?(?:协议|责任书|责任状)", later)))
        agreement = re.search(r"责任书|责任状|承诺书|承诺|协议", seg + later) if starts else None
        # "年初制定计划，与机关党委签订目标责任书": the plan and the agreement signed in the next part, both of the year's
        # start (as six labelled tables in ten read it; the other four leave the agreement undated)
        # ("年初制定党建工作计划，村党组织书记向乡镇党委作出年度承诺": a pledge made in the next part, 4 tables in 4)
        if agreement and (not re.search(r"计划|要点", seg) or re.search(r"签订|签署|签定", later) or
                          re.search(r"(?:计划|要点)[、和及并与]签[订署定]", seg) or
                          re.search(r"(?:作出|公开|进行)[^，,。；;]{0,6}?承诺", later)):
            word = agreement.group(0)
            # "年初…作出履职承诺" (a pledge, however written down) or "签订承诺书" (the agreement itself)
            signed = next((o for cj, o, _c in rd.segments[si + 1:si + 3] if cj == ci and word in o), "") \
                if agreement.start() >= len(seg) else ""  # named in the next part of the sentence
            rd.add(Requirement(id="", type="window", window="年初", kind=None if word == "承诺" else "协议",
                               keywords=_variants([word]),
                               description="年初作出承诺" if word == "承诺" else f"年初签订{word}",
                               source=f"{seg.strip(_STRIP)}，{signed.strip(_STRIP)}" if signed else seg.strip(_STRIP)), si)
            # "年初签订党风廉政建设责任书和廉洁办案承诺书": the pledge signed with it, a paper of the year's start too
            # (4 labelled tables in 5)
            pledge = re.search(r"(?:责任书|责任状)[和及与、](?P<name>[^，,。；;、和及与]{0,12}?承诺书)", seg)
            if pledge:
                name = pledge.group("name").replace("“", "").replace("”", "")
                rd.add(Requirement(id="", type="window", window="年初", keywords=_variants(list(dict.fromkeys(
                    [name, "承诺书"]))), description=f"年初签订{name}", source=seg.strip(_STRIP)), si)
            # "年初与街道党工委签订责任书，制定年度党建工作计划": the plan of the next part is made at the year's start too
            planned = next((sj for sj, (cj, o, _c) in enumerate(rd.segments[si + 1:si + 3], si + 1)
                            if cj == ci and _PLAN_AFTER.match(o)), None)
            if planned is not None:
                rd.add(Requirement(id="", type="window", window="年初", kind="计划",
                                   keywords=["工作计划", "计划", "方案", "工作要点"], description="年初有工作计划",
                                   source=rd.segments[planned][1].strip(_STRIP)), planned)
        if starts and (not agreement or re.search(r"计划|要点", seg)):
            rd.add(Requirement(id="", type="window", window="年初", kind="计划",
                               keywords=["工作计划", "计划", "方案", "工作要点"],
                               description="年初有工作计划", source=seg.strip(_STRIP)), si)
            # "年初制定支部工作计划和党员教育培训计划": a second plan of its own name, due at the year's start too
            second = re.search(r"(?:计划|要点|方案)[和及与、](?P<name>[^，,。；;、和及与]{2,16}?(?:计划|方案))", seg)
            if second and not re.fullmatch(r"(?:年度|全年)?(?:工作)?(?:计划|方案)", second.group("name")):
                name = second.group("name").replace("“", "").replace("”", "")
                rd.add(Requirement(id="", type="window", window="年初", kind="计划",
                                   keywords=_variants([name, re.sub(r"^(?:党员|支部|年度)+", "", name)]),
                                   description=f"年初有{name}", source=seg.strip(_STRIP)), si)
        _start_lists(rd, si, seg)
        # "年初召开村“两委”会议专题部署全年党建工作", "年初召开集团党建工作会议": the year's work set out at its start
        deployed = re.search(r"(?<!学)年初[^，,。；;]{0,16}?(?:召开|组织)[^，,。；;]{0,14}?(?:部署|工作会议|动员会)", asked)
        if deployed and not starts:
            rd.add(Requirement(id="", type="window", window="年初", keywords=["部署", "工作会议"],
                               description="年初召开会议部署全年工作", source=seg.strip(_STRIP)), si)
        m = _WINDOW_END.search(seg)
        if m and re.search(r"(?:年中|年初|半年)[、和](?:年底|年终|年末)|(?:两|二|2)次|各(?:一|1)次",
                           seg[max(0, m.start() - 3):m.end()]):
            m = None  # "年中、年底两次书面报告": twice a year, not a year-end paper
        if m:
            paper = re.search(r"总结|述职|报告", seg[m.start():])
            word = m.group(1) if m.group(1) in ("总结", "述职", "报告") or not paper else paper.group(0)
            if word in ("总结", "述职", "报告"):  # "年底报送年度工作总结": the summary, whatever verb comes first
                kind, kws, desc = "总结", ["工作总结", "总结"], "年终有工作总结"
                if word == "述职":
                    kws, desc = ["述职报告", "述职"], "年终有述职报告"
                rd.add(Requirement(id="", type="window", window="年终", kind=kind, keywords=kws, description=desc,
                                   source=seg.strip(_STRIP)), si)
                if word != "述职" and "述职" in seg[m.start():]:  # "年底撰写年度工作总结和…述职报告": both papers
                    rd.add(Requirement(id="", type="window", window="年终", keywords=["述职报告", "述职"],
                                       description="年终有述职报告", source=seg.strip(_STRIP)), si)
                _year_end_companions(rd, si, seg)
            else:
                what = [re.sub(rf"^{NUM}?次", "", w) for w in _chunks(seg[m.start():])[:3]]  # "开展一次评星" → 评星
                what = [w for w in what if not re.match(r"^(?:由|经|在|向)", w)]  # "年底由镇党委组织…考察": who, not what
                genre = re.search(r"(?:民主|满意度)?测评|考核|评议|考察|评估|评比|评选|评诺|践诺|述诺", seg[m.start():])
                if genre:  # "年底由学院党委组织师生代表对联合体工作进行测评": the review names the paper
                    what = [genre.group(0)] + [w for w in what if not re.search(r"进行|开展|组织", w)]
                # (in a list of papers, "…、践诺情况记录、年底评诺结果公示照片", the one the year's end is printed with)
                own = seg[seg.rfind("、", 0, m.start()) + 1:(seg + "、").find("、", m.end())].strip(_STRIP)
                named = re.sub(r"^(?:每年)?(?:年底|年终|年末)", "", own)
                paper = _PAPER_ENDING.search(named) or PHOTO_WORDS.search(named[-4:])
                rd.add(Requirement(id="", type="window", window="年终", keywords=_variants(what or [m.group(1)]),
                                   description=f"年终有{named}" if paper and named else f"年终有{named or own}的材料",
                                   source=own), si)
        half = _HALF_YEAR.search(seg)
        if half and re.search(r"每(?:个)?半年", seg) and _COUNT.search(seg):
            half = None  # "每半年开展1次专项检查": how often, counted, not one half-year paper
        if half:
            genre = half.group(1) or half.group(2)  # ("年中有小结": the half year's summary)
            summary = genre in ("小结", "总结")
            rd.add(Requirement(id="", type="doc", kind="总结" if summary else None,
                               keywords=["半年"] if summary else ["半年", genre],
                               description=f"有半年工作{genre}的材料", source=seg.strip(_STRIP)), si)


_SURVEYED = re.compile(r"满意度测评|民主测评|测评")
# The part after a year-end report that writes the year's summary, with no time of its own ("形成年度工作总结").
_SUMMARY_NEXT = re.compile(r"并?(?:形成|报送|撰写|上报|提交|完成)(?:年度|全年)?(?:党建)?(?:工作)?总结")


def _year_end_carries(rd: _Reader) -> None:
    """"年底召开村民代表会议，对…开展满意度测评", "书记年底述职，组织党员…进行满意度测评": the year's end said at
    the head of a sentence holds for the survey in its next part, which names no time of its own."""
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        if not re.search(r"(?<!学)(?:年底|年终|年末)", seg) or si + 1 >= len(rd.segments) or rd.segments[si + 1][0] != ci:
            continue
        nxt = rd.segments[si + 1][1]
        m = _SURVEYED.search(nxt)
        if re.search(r"(?:总结|小结)", seg) and re.search(r"述职$", nxt.strip(_STRIP)) and not _WINDOW_END.search(nxt):
            # "年终形成工作总结，支部书记向镇党委述职": the report at the year's end beside its summary
            rd.add(Requirement(id="", type="window", window="年终", kind="总结", keywords=["述职报告", "述职"],
                               description="年终有述职报告", source=f"{seg.strip(_STRIP)}，{nxt.strip(_STRIP)}"), si + 1)
            continue
        if re.search(r"述职", seg) and not re.search(r"总结|小结", seg) and _SUMMARY_NEXT.fullmatch(nxt.strip(_STRIP)):
            # "年底向街道党工委述职，形成年度工作总结": the summary beside the year-end report, of the year's end too
            rd.add(Requirement(id="", type="window", window="年终", kind="总结", keywords=["工作总结", "总结"],
                               description="年终有工作总结", source=f"{seg.strip(_STRIP)}，{nxt.strip(_STRIP)}"), si + 1)
            continue
        if not m or _per_in(nxt) or re.search(r"年初|年中|半年|季度|月", nxt) or _WINDOW_END.search(nxt):
            continue
        if re.match(r"^(?:并|同时)?(?:在[^，,]{1,10})?接受", nxt.strip(_STRIP)) or re.search(r"%|百分之", nxt):
            continue  # "年底述职，接受党员群众代表测评", "述职测评满意度不低于85%": the report's rating (its rate), no
            # survey of its own ("年底…组织党员群众进行满意度测评" is one)
        words = ["满意度", "测评"] if "满意" in nxt else [m.group(0)]
        rd.add(Requirement(id="", type="window", window="年终", keywords=words,
                           description=f"年终有{nxt.strip(_STRIP)}的材料", source=f"{seg.strip(_STRIP)}，{nxt.strip(_STRIP)}"),
               si + 1)


def _ledger_requirement(rd: _Reader) -> None:
    for si, (ci, seg, clause) in enumerate(rd.segments):
        if re.search(r"(?:协助|指导|帮助|督促|督导)[^。；;]{0,24}?党费", clause) or re.search(r"党费(?:仍)?在(?:原|其)", seg):
            continue  # another body's dues ("协助结对村规范…党费收缴"), or dues paid elsewhere ("党费在原所在党组织交纳")
        if _LEDGER.search(seg) and not _NOT_LEDGER.search(seg):
            # "每季度向党员通报党费收缴情况": posting the dues at a period is counted apart, not read off the ledger
            posted = _per_in(seg) and re.search(r"公示|公开|公布|通报", seg) and not re.search(r"按月(?:足额)?(?:交纳|缴纳|收缴)", seg)
            rd.add(Requirement(id="", type="ledger", kind="党费台帐",
                               description="党费台帐显示每名党员每月按规定足额交纳党费，无滞交、欠交、不交",
                               source=clause.strip(_STRIP)), None if posted else si)
            # "党费按月收缴、按季度上缴", "本季度党费按时足额上缴镇党委": the dues handed up each period, counted apart
            handed = re.search(rf"(?P<when>{_PERIOD_PHRASE}|按季度?|按半年|本季度)(?:(?!按[月季年半]|每)[^，,。；;]){{0,8}}?上缴", seg)
            per = _per_in(handed.group("when")) or ("quarter" if "季" in handed.group("when") else None) if handed else None
            if per and per != "month":
                rd.add(Requirement(id="", type="count", keywords=["上缴", "党费"], per=per, min=1,
                                   description=f"{PER_TEXT[per]}上缴党费至少1次", source=handed.group(0)), None)
            for sj, (cj, other, _c) in enumerate(rd.segments):
                if cj == ci and re.search(r"滞交|欠交|不交|少交|漏交", other):
                    rd.covered.add(sj)


_ASPIRATION = re.compile(r"鼓励|提倡|力争|争取|倡导")


def _add_roster(rd: _Reader, conditions: list[RosterCondition], keywords: list[str], sources: list[str],
                lead: str = "") -> None:
    parts = []
    said = None  # the holder named by the part before: "书记45岁以下、大专以上学历"
    for c in conditions:
        # "书记45岁以下" for the one holder of a role, "至少2名委员…" / "至少1名…" otherwise
        who = c.role if c.role and (c.min or 1) <= 1 else f"至少{c.min}名{c.role or ''}"
        who, said = ("" if who == said and c.role else who), who
        parts.append(f"{who}{c.value}岁{'以下' if c.op in ('<', '<=') else '以上'}" if c.field == "age"
                     else f"{who}{c.value}以上学历")
    rd.add(Requirement(id="", type="roster", kind="花名册", keywords=keywords, conditions=conditions,
                       description=(lead or ("班子成员中" if keywords == ["班子成员"] else "")) + "、".join(parts),
                       source="，".join(sources)), None)


# The reserve's own register ("储备35周岁以下后备力量不少于2名" beside the 班子's make-up): a roster of its own.
_RESERVE = re.compile(r"后备(?:干部|力量|人才|人选)")


def _roster_requirement(rd: _Reader) -> None:
    conditions: list[RosterCondition] = []
    sources: list[str] = []
    touched: list[int] = []
    reserve: list[bool] = []  # per condition: said of the reserve (后备力量), not of the 班子
    clause_role: dict[int, str | None] = {}  # the role a clause named last: "支部书记45岁以下，大专以上学历"
    for si, (ci, seg, clause) in enumerate(rd.segments):
        if _ASPIRATION.search(clause) or re.search(r"\d+\s*[%％]|百分之|比例|占比", seg):
            continue  # "鼓励40周岁以下的干部参加学历教育": an aim the inspectors weigh, not a roster condition
        if re.search(r"发展(?!对象)[^，,。；;]{0,8}$", seg[:_AGE.search(seg).start()] if _AGE.search(seg) else ""):
            continue  # "每两年至少发展一名35周岁以下党员": new members counted, not the roster's make-up
        if "优先" in seg:
            continue  # "优先从35岁以下社区工作者中发展": a preference, not a make-up the roster must show
        found = False
        for m in _AGE.finditer(seg):
            n = _num(m.group("n") or m.group("ln"))
            if n is None or re.search(r"(?:对(?!象)|为|向|给|帮助)[^，,；;]{0,8}$", seg[:m.start()]) or \
                    re.search(r"看望|探望|走访|慰问|送学|上门|帮扶", seg[m.end():]) or \
                    re.search(r"[人名](?:以上|及以上)?的(?:基层)?(?:单位|企业|组织|村|社区|支部|党支部|部门)", seg[m.end():]):
                continue  # "对60岁以上…的党员实行送学上门", "90周岁以上的党员每季度上门看望1次": whom a service is
                # for, not the roster's make-up; "35周岁以下青年职工达到3人以上的基层单位建立团组织": which units
            k = _heads(seg, m)
            op = AGE_OPS[m.group("dir") or m.group("lead")]
            role = clause_role[ci] = _role(seg, rd.text) or clause_role.get(ci)
            conditions.append(RosterCondition(field="age", op=op, value=int(n), min=k,  # type: ignore[arg-type]
                                              role=role))
            found = True
        for m in _EDU.finditer(seg):
            level = {"专科": "大专", "大学": "本科", "硕士研究生": "硕士", "博士研究生": "博士"}.get(m.group("lvl"), m.group("lvl"))
            k = _heads(seg, m)
            role = clause_role[ci] = _role(seg, rd.text) or clause_role.get(ci)
            conditions.append(RosterCondition(field="education", op=">=", value=level, min=k,  # type: ignore[arg-type]
                                              role=role))
            found = True
        if found:
            sources.append(seg.strip(_STRIP))
            touched.append(si)
            reserve += [bool(_RESERVE.search(seg))] * (len(conditions) - len(reserve))
    if not conditions:
        return
    keywords = ["班子成员"] if "班子" in rd.text else (["书记"] if "书记" in rd.text else [])
    if any(reserve) and not all(reserve):
        own = [c for c, r in zip(conditions, reserve, strict=True) if not r]
        _add_roster(rd, own, keywords, [s for s in sources if not _RESERVE.search(s)])
        _add_roster(rd, [c for c, r in zip(conditions, reserve, strict=True) if r], ["后备干部", "后备力量", "后备"],
                    [s for s in sources if _RESERVE.search(s)], "后备力量中")
    else:
        _add_roster(rd, conditions, keywords, sources)
    rd.covered.update(touched)
    clauses = {rd.segments[i][0] for i in touched}
    rd.covered.update(i for i, (ci, seg, _c) in enumerate(rd.segments)
                      if ci in clauses and re.search(r"结构|年龄|学历", seg))


def _heads(seg: str, m: re.Match) -> int:
    """How many people a roster condition asks for: "至少1名35周岁以下" or "大专及以上学历的不少于2名"."""
    rest = seg[m.end():]
    joined = re.match(r"^、[^，,、；;]{0,8}?(?=\d|[一二三四五六七八九十两]|大专|专科|本科|硕士|博士|研究生|大学|高中|中专)", rest)
    if joined:  # "35周岁以下、高中以上学历的后备干部不少于2名": conditions joined by 、 share the count after the last
        following = _AGE.match(rest, joined.end()) or _EDU.match(rest, joined.end())
        if following:
            return _heads(rest, following)
    # "…学历的村级后备干部不少于2名": the count may follow the people the condition describes
    after = re.match(rf"^[^，,、；;]{{0,10}}?(?:不少于|至少|不低于)\s*(?P<n>{NUM})\s*[名人]|^[^，,、；;]{{0,4}}?(?P<m>{NUM})\s*[名人]以上",
                     rest)
    if after:
        return int(_num(after.group("n") or after.group("m")) or 1)
    before = re.split(r"[、，,]", seg[:m.start()])[-1]
    heads = list(_HEADS.finditer(before))
    return int(_num(heads[-1].group("n")) or 1) if heads else 1


def _role(seg: str, text: str) -> str | None:
    if "班子" in seg or "班子" in text:
        return None
    m = re.search(r"书记|主任|委员", seg)
    return m.group(0) if m else None


def _name_keywords(name: str, word: str) -> list[str]:
    """Keywords a named document is found under: its full name, a meeting it names ("联席会议制度"), the name's
    core for long names, and the usual variants (责任状/责任书)."""
    full = name + word
    words = [full]
    for _mtype, aliases in MEETING_NAMES:
        alias = next((a for a in aliases if a in name), None)
        if alias:
            words += [alias + word, alias]
            break
    if len(name) >= 2 and word in ("制度", "规则", "办法", "细则", "章程"):  # a rule's topic names it ("共建")
        words.append(name)
    for a, b in (("责任状", "责任书"), ("责任书", "责任状")):
        if word == a:
            words += [name + b, a, b] + ([name[-2:] + a, name[-2:] + b] if len(name) > 2 else [])
            words = [w for w in words if w != name]
    return _variants(words)


# Members of one kind ("流动党员", "困难党员"): a ledger of them is a paper of its own, not the roster of all.
_SOME_MEMBERS = re.compile(r"(?:流动|困难|外出|在职|报到|离退休|退休|老|老年|青年|预备|无职|农民工|新发展|发展)党员")


def _doc_kind(word: str, name: str, clause: str) -> str | None:
    kind = dict(DOC_WORDS)[word]
    if word in ("记录", "记录本", "纪要") and (re.search(r"会议|三会一课", name) or _meetings(name)):
        return "会议记录"
    if word == "记录本" and (re.search(r"(?:支部|党组织|党委)工作记录本", name) or THREE_MEETINGS_WORD in clause):
        return "会议记录"  # "《党支部工作记录本》", "“三会一课”有专门记录本": the book the meetings are written in
    if word in ("台帐", "台账", "名册", "花名册") and "党员" in name and "党费" not in name and \
            not (word in ("台帐", "台账") and (_SOME_MEMBERS.search(name) or not re.search(
                r"党员(?:基本|基础)?(?:信息|情况|管理|档案|资料|登记)?$", name))):
        # (not "流动党员管理台账": a ledger of some members; nor "党员活动台账", "党员积分管理台账": a ledger of
        # what the members do, each a paper of its own)
        return "花名册"
    return kind


def _doc_requirements(rd: _Reader) -> None:
    """Documents the item names: a rule, an agreement, a roster, a plan, a record, a checklist …; each needs a
    verb that makes or keeps it ("制定", "签订", "有", "形成") or a quality it must have ("会议记录要素齐全")."""
    window_segments = {i for i, r in rd.at.items() if r.type == "window"}
    windows = {r.window for r in rd.reqs if r.type == "window"}
    for si, (ci, seg, clause) in enumerate(rd.segments):
        if si in rd.listed:
            continue
        enum = _ENUM_RULES.search(seg) or _ENUM_RULES_MADE.search(seg)
        if enum and re.search(r"[、和及与]|》《", enum.group("list")):
            for element in re.split(r"[、和及与]|(?<=》)(?=《)", enum.group("list")):
                element = _LEAD_VERBS.sub("", element).strip(_STRIP)
                element = re.sub(r"^(?:社区|村|居)?(?:党组织|党支部|党委|党总支)", "", element) or element
                if len(element) >= 2:
                    rd.add(Requirement(id="", type="doc", kind="制度", keywords=_variants([element]),
                                       description=f"有{element}" if re.search(r"制度|规则|办法|细则$", element)
                                       else f"有{element}方面的制度", source=enum.group(0)), si)
            continue
        for m in _SYSTEM_SUFFIX.finditer(seg):
            rd.add(Requirement(id="", type="doc", kind="制度", keywords=_variants([m.group(1)]),
                               description=f"有{m.group(1)}制度或{m.group(1)}表", source=seg.strip(_STRIP)), si)
        for m in _DOC.finditer(seg):
            word = m.group(0)
            if si in window_segments and word in ("计划", "工作计划", "方案", "工作要点", "总结", "述职报告", "报告"):
                continue
            if word == "协议" and any(r.type == "window" and r.kind == "协议" and rd.segments[j][0] == ci
                                    for j, r in rd.at.items()):
                continue  # "年初与…签订共建协议", "年初到社区报到，签订共建协议": the 年初 window asks for it
            if word in ("责任书", "责任状", "承诺书") and ("年初" in seg or any(
                    r.type == "window" and r.kind == "协议" for r in rd.reqs)):
                continue  # the 年初 window asks for it
            if word in ("计划", "工作计划", "方案", "工作要点") and ("年初" in seg or "年初" in windows) and \
                    "发展" not in seg[:m.start()]:
                continue  # the 年初 plan the window asks for
            if word in ("总结", "述职报告") and "年终" in windows:
                continue
            if word == "总结" and (_WINDOW_END.search(seg) or _HALF_YEAR.search(seg)):
                continue
            if word in ("台帐", "台账") and (re.search(r"党费", seg[max(0, m.start() - 6):m.start()]) or re.search(
                    r"(?:^|[，,])(?:收缴|缴纳|交纳)$", seg[:m.start()]) and "党费" in rd.text):
                continue  # the dues ledger ("党费按月收缴，收缴台账清晰"): the ledger requirement reads it
            if word == "签到" and seg[m.end():m.end() + 1] == "率":
                continue
            if seg[m.end():].startswith(("上墙", "公开栏")):
                continue  # rules on the wall: checked on site
            if seg[m.end():].startswith("上") and re.search(r"在[^，,]{0,12}$", seg[:m.start()]):
                continue  # "在工作简报上刊发": where something is published, not a paper to keep
            before = seg[:m.start()]
            opened = max(before.rfind("("), before.rfind("（"))
            if opened > max(before.rfind(")"), before.rfind("）")) and \
                    _paper(before[:opened].strip(_STRIP)):
                continue  # "三张清单（问题清单、任务清单、责任清单）": the parts of the paper named before, not papers
            if re.search(r"(?:考核|检查|考评|评估|督查|验收|评议)组[^，,]{0,4}$", before):
                continue  # "考核组查阅记录、座谈了解后综合评定": how the inspectors look, not a paper to keep
            if re.search(r"的有[^，,]{0,8}$", before) and "请假" not in seg[m.start() - 4:m.end()]:
                continue  # "缺席的有…": a condition for the inspectors to weigh (but the 请假记录 is kept on file)
            name = _NEGATION.sub("", _phrase_before(seg, m.start()).replace("“", "").replace("”", ""))
            # "活动有记录": the record of the activity; "但须有记录": a must, no name of its
            name = re.sub(r"^(?:但|并|且|均|也)$", "", re.sub(r"(?:必须|须|需|应当|应)?有?$", "", name))
            if "《" in before[-20:] or "》" in name:
                continue  # "按照《……条例》要求": a cited document, not one to keep
            writers = word in _WRITTEN_BY_EACH and not _meetings(name)
            if writers:
                name = ""  # "班子成员和党员撰写对照检查材料": who writes it names no paper
            # ("报到党员花名册和活动台账齐全": the quality after the last of papers joined is each one's)
            joined = re.match(r"[和及与、]([^，,；;]{2,16}?)(?=[”\"]?(?:要素|信息|内容|登记)?" + _QUALITIES + ")", seg[m.end():])
            made = _MAKE_VERBS.search(before) or _QUALITY_AFTER.match(seg[m.end():]) or word in ("签到", "签到表") or \
                (joined and _DOC.search(joined.group(1)) and _QUALITY_AFTER.match(seg[m.end() + joined.end():])) or \
                (name and re.fullmatch(r"[\u4e00-\u9fff“”]{0,12}", before.strip(_STRIP)) and _HOLDS_AFTER.match(seg[m.end():]))
            if not made:
                continue
            if not name and word in ("制度", "规则", "办法", "细则", "计划", "方案", "总结", "台帐", "台账", "明细", "档案"):
                continue
            if word in ("记录", "记录本", "纪要") and name in ("", "活动", "会议") and \
                    not (name == "会议" and re.match(r"[^，,]{0,4}?(?:要素|规范|完整|齐全)", seg[m.end():])):
                continue  # the records of the meetings or activities counted above (unless their quality is asked)
            kind = _doc_kind(word, name, clause)
            core = [w for w in _variants([name]) if len(w) >= 2]
            if word in ("记录", "记录本", "纪要") and core and kind is None and any(
                    any(c in k or k in c for c in core) for r in rd.reqs if r.type != "judgement"
                    for k in r.keywords + [r.meeting_type or ""] if len(k) >= 2):
                continue  # "走访记录" beside "走访不少于两次": the proof of that count
            full = name + word
            carried_out = re.search(r"(?:执行|落实|贯彻|实行)[^，,]{0,10}$", before) and \
                not re.search(r"制定|建立", before)
            if carried_out and kind == "制度":
                kind = None  # a policy carried out: proof of doing it, not the rule itself
                counted = {r.meeting_type for r in rd.reqs if r.type == "count"}
                if THREE_MEETINGS_WORD in name and counted & {t for t, _p in THREE_MEETINGS} or \
                        any(t and (t in name or MEETING_SHORT.get(t, "~") in name) for t in counted):
                    rd.covered.add(si)
                    continue  # "严格落实三会一课制度：支委会每月……": the counts are its proof
                held = [r for r in rd.reqs if r.type == "count" and r.meeting_type and r.source
                        and r.source.strip(_STRIP) in clause]
                # "落实“第一议题”制度，支委会每月召开1次，每次首先学习…；“第一议题”学习每缺一次…": the practice is what
                # those counted meetings take up; "落实“第一议题”制度，每月组织1次集中政治学习": the learning counted is
                # the rule kept. Their records are its proof.
                if not (held and len(name) >= 2 and (rd.text.count(name) >= 2 or re.search(r"首先|议题|学习", clause))):
                    held = [r for r in rd.reqs if r.type == "count" and any("学习" in k for k in r.keywords)] \
                        if re.search(r"议题|学习", name) else []
                if held:
                    for r in held:
                        if name not in r.keywords:
                            r.keywords = [*r.keywords, name]
                    rd.covered.add(si)
                    continue
                per = _per_in(seg)
                if per in ("month", "bimonth", "quarter", "halfyear") and len(name) >= 2:
                    # "每月落实“第一议题”制度": done each period, counted
                    rd.add(Requirement(id="", type="count", keywords=_variants([name]), per=per, min=1,
                                       description=f"{PER_TEXT[per]}至少1次：落实{name}制度", source=seg.strip(_STRIP)),
                           si)
                    continue
                if not any(w in before[-16:] for w in RECORDED_PRACTICES):
                    continue  # "严格落实请示报告制度": whether a rule is kept is the inspectors' to weigh
            # "双向联系、双向反馈制度": each listed element names the document too.
            listed = re.findall(r"([\u4e00-\u9fff]{2,8})[、和及与]", seg[max(0, m.start() - 30):m.start() - len(name)])
            if kind == "花名册":
                kws = _variants([full, name, "党员花名册", "党员名册"] if "党员" in name else [full, "花名册"])
            elif word == "述职报告":
                kws = _variants([full, "述职报告"])
            elif kind == "计划":
                kws = _variants([full] + ([name] if len(name) >= 4 else []))
            elif kind == "签到表":
                kws = ["签到表", "签到"]
            else:
                kws = _name_keywords(name, word)
            listed = [x for x in listed if not _DOC.search(x) and not writers]
            kws = list(dict.fromkeys(kws + _variants([_LEAD_VERBS.sub("", x) for x in listed[-3:]])))
            heads = re.search(rf"(?:不少于|至少)\s*(?P<n>{NUM})\s*(?:家|个|份)|(?P<m>{NUM})\s*(?:家|个|份)以上|"
                              rf"(?P<k>{NUM})\s*类", before) or \
                re.match(rf"^[^，,]{{0,4}}?(?:不少于|至少)\s*(?P<n>{NUM})\s*(?:家|个|份)(?P<m>)(?P<k>)", seg[m.end():])
            n = int(_num(heads.group("n") or heads.group("m") or heads.group("k")) or 1) if heads else 1
            what = "签到表" if kind == "签到表" else full
            rd.add(Requirement(id="", type="doc", kind=kind, keywords=[k for k in kws if len(k) >= 2], min=n,
                               description=(f"有{what}" if kind or word not in ("制度", "办法") else f"有{full}的落实材料")
                               + (f"（不少于{n}份）" if n > 1 else ""), source=seg.strip(_STRIP)), si)


_PAPER_WORDS_ALONE = frozenset({"总结", "小结", "计划", "方案", "签到册", "签到表", "记录", "照片", "通知"})


# "有方案", "有记录": a paper word alone after 有, named by the activity that has it.
_HAD_PAPER_WORD = re.compile(rf"^有({'|'.join(sorted(_PAPER_WORDS_ALONE))})$")


def _paper(element: str) -> bool:
    return bool(_PAPER_ENDING.search(element) or PHOTO_WORDS.search(element))


# Words of a sentence (a deed, how often, how many, a must): a clause with none of them only names papers.
_SENTENCE_WORDS = re.compile(rf"{_PERIOD_PHRASE}|召开|开展|举办|举行|(?<!党)组织(?!生活|关系)|做到|确保|要求|应当|必须|须|需|按时|"
                             r"按期|及时|不少于|至少|达到|以上|建立|制定|签订|落实|执行|坚持|推进|加强|实现|参加|纳入|列入|写入|"
                             r"记入|装订|归档|整理|上墙|公示|公开|更新|报送|上报|无(?!职)|未|载明|如实|事先|事后|向|可|抽查|配发|"
                             r"设立|核算|成立|(?<!所)有(?!关)|形成|撰写|编制|制作|提交|年底|年初|年终|年末|期末|月底|推行|遵守|"
                             r"清理|佩戴|出示|带头|实行|按照|依据|根据|贯彻|签署|订立|健全|完善|查阅|查看|规范(?!化)|各类|各项|"
                             rf"(?<![\u4e00-\u9fff]){NUM}\s*[张个份项类]")


def _handed_out(part: str) -> str:
    """"换届前向党员发放《致全体党员的一封信》": a paper handed out is named after the verb, whoever it goes to (but a
    register of what was handed out keeps its name: "慰问金发放登记册", "资金发放台账")."""
    m = re.match(r"^[\u4e00-\u9fff《“]{0,10}?(?:发放|印发|下发|分发)(?=..)", part)
    rest = part[m.end():].strip(_STRIP) if m else ""
    if not m or rest in _GENERIC_ENDINGS or re.match(r"登记|情况|对象|名[册单]|台[账帐]|清单|明细|记录", rest):
        return part
    return rest


def _bare_papers(clause: str) -> str:
    """A clause that only names papers ("党组织设置情况一览表", "换届选举请示、批复及选举结果报告单"), as an archive
    checklist prints its items (or a clause's first part, "无职党员设岗定责登记表，每名无职党员认领岗位"): the clause,
    or "" when it says anything more."""
    clause = re.split(r"(?:内容|要素|信息)(?:包括|包含|涵盖)", clause)[0]  # "党员花名册内容包括姓名、…": what it holds
    bare = re.sub(r"[（(][^)）]*[)）]", "", clause).strip(_STRIP)
    bare = _handed_out(bare).strip(_STRIP)
    parts = [p.strip(_STRIP) for p in re.split(r"[，,]", bare) if p.strip(_STRIP)]
    if len(bare) < 4 or not all(_paper(p) for p in parts) or _SENTENCE_WORDS.search(bare) or \
            _WHOLE_ARCHIVE.fullmatch(bare):
        return ""
    return clause


# What a listed paper holds or has attached, before the papers' names ("每次附活动方案", "含会议方案").
_ATTACHED = re.compile(r"^(?:每次|均|并|另)?(?:附有|附上|附|含有|含|包括|包含)(?=..)")


def _checklist_elements(body: str) -> list[tuple[str, str]]:
    """(element, parent) of an archive checklist: "会议记录本（支委会、党员大会、党课记录）" gives its parts with the
    parent; "收缴、使用、管理台账" is one paper; "方案及记录" two."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    parts = re.split(r"[、，,](?![^（(]*[)）])", body)
    keep = " \t“”\"'、，,。；;：:"
    listed_with_have = len(parts) > 1 and all(re.match(r"\s*有", p) for p in parts[1:])  # "主题、有签到、有照片"
    for i, part in enumerate(parts):
        part = re.sub(r"[“”《》]", "", part).strip(keep).rstrip("等").strip(keep)
        part = re.sub(r"^等(?!级|次|第)", "", part)  # (but "等级评定证书" is a name)
        part = re.sub(r"(?<=..)等(?!级|次|第)[^、，,]*$", "", part)  # "联建协议等分类归档": the list ends at 等
        # "活动有方案、有记录、有照片": the papers of the activity
        part = re.sub(r"^\d{1,2}[.、．]\s*", "", part)  # "3.会议做到有记录": a numbered point
        # "每次有主题、有签到": each a thing of its own ("每次活动有方案、有记录": each occasion's, named as the
        # activity's)
        part = re.sub(r"^(?:每次|每场|每期)(?=[\u4e00-\u9fff]{0,4}?有..)", "", part)
        had = bool(re.match(r"^[\u4e00-\u9fff]{0,4}?有(?=..)", part)) or (i == 0 and listed_with_have)
        part = re.sub(r"^有(?=..)", "", part)
        # "（…每次附活动方案、签到表）", "（含会议方案、…）": what the paper holds or has attached, not its name
        part = _ATTACHED.sub("", part)
        part = _handed_out(part)
        # "做到会前有通知、会中有签到、会后有记录": when in the meeting each paper is made, not its name
        part = re.sub(r"^(?P<s>[\u4e00-\u9fff]{0,8}?)(?:做到|要|须|应)?(?:会前|会中|会后|事前|事后)?(?:做到|要|须|应)?"
                      r"(?=有..)", r"\g<s>", part)
        part = re.sub(r"^有(?=..)", "", part)
        part = re.sub(r"^([\u4e00-\u9fff]{1,4}?)(?:做到|要|须|应)?有(?=方案|记录|照片|签到|图片|影像|台[账帐]|总结|计划|通知|"
                      r"纪要|讲稿|课件)", r"\1", part)
        if not part or re.match(r"(?:按|并|且|均|须|需|应|要)(?!照)", part):
            continue  # "按届次装订成册": how the papers are kept, not one of them
        inner = re.search(r"[（(](?P<in>[^)）]+)[)）]", part)
        head = re.sub(r"[（(][^)）]*[)）]", "", part).strip(_STRIP).rstrip("等")
        if inner and not re.match(r"含|包括|包含|如|即", inner.group("in")) and "、" in inner.group("in"):
            sentence = bool(re.search(r"[，,]", inner.group("in")))
            for sub in re.split(r"[、，,]", inner.group("in")):
                sub = _ATTACHED.sub("", sub.strip(_STRIP + "等"))
                # ("（与组织生活会同步开展，含测评表、汇总表）": a note with its papers; only the papers are listed)
                if sub and (not sentence or _paper(sub)):
                    out.append((sub, head))
            continue
        counted = re.search(rf"(?P<per>全年|每年|年内)?(?:不少于|至少)\s*(?P<n>{NUM})\s*次", inner.group("in")) if inner else None
        if counted:  # "集中学习记录（全年不少于12次）": a count of what the record records
            out.append((f"{head}#{counted.group('n')}", ""))
            continue
        pieces = [p for p in re.split(r"及|和|与", head) if p]
        if len(pieces) > 1 and all(_paper(p) or p in ACTION_NOUNS for p in pieces) or \
                len(pieces) > 1 and _paper(pieces[0]) and all(_paper(p) or p in ACTION_NOUNS for p in pieces[1:]):
            first, rest = pieces[0], pieces[1:]
        else:  # "党组织设置及换届选举批复文件": the modifiers share one paper
            first, rest = head, []
        if not _paper(first) and first not in ACTION_NOUNS:
            if not had:  # ("有主题" names no paper, nor a modifier of the next)
                pending.append(first)  # a modifier of the paper that follows ("收缴、使用、管理台账")
            continue
        if pending:
            first = "".join(pending) + first
            pending = []
        out.append((first, ""))
        out += [(r, "") for r in rest]
    return out


_LIST_TAIL = re.compile(r"等(?:各类|各项|基础|相关)?(?:台[账帐])?(?:资料|材料|档案)?|(?:资料|材料)?(?:齐全|完整|完备|规范|健全|完善|分类归档|归档)")


def _paper_list(clause: str) -> str:
    """A list of papers printed without a label ("党员花名册、会议记录、发展党员材料等台账资料分类归档"; "活动方案、签到等
    资料齐全"): the list, or "" when no run of two or more papers is there."""
    for seg in re.split(r"[，,：:]", clause):
        seg = seg.strip(_STRIP)
        if "、" not in re.sub(r"[（(][^)）]*(?:[)）]|$)", "", seg):
            continue  # ("制定“三张清单”（问题清单、任务清单、责任清单）": the parts of one paper, not a list of papers)
        tail = _LIST_TAIL.search(seg, seg.index("、"))  # ("规范整理党员花名册、…": the list's end, not a word before it)
        listed = seg[:tail.start()] if tail else seg
        first, _sep, rest = listed.partition("、")  # "规范整理党员花名册、…", "建立“三会一课”记录本、…": the papers
        first = re.sub(r"^.*?(?:建立健全|建立|建有|制定|形成|留存|保存|备齐|备有|具备|整理|归集)(?=[^、]{2,})", "", first, count=1)
        listed = f"{first}、{rest}"
        if tail and tail.group(0).startswith("等") and re.search(r"资料|材料|台[账帐]|档案", tail.group(0)):
            # "三会一课、主题党日、组织生活会等资料齐全": the records of each
            return "、".join(e if _paper(e) else f"{e.strip(_STRIP)}记录" for e in listed.split("、") if e.strip(_STRIP))
        # "建立健全责任清单、问题清单": the papers without the verb that makes them
        had = re.match(r"^(?P<pre>.*?)有(?=[^、]{2,})", listed) if not _paper(listed.split("、")[0]) else None
        if had:
            listed = listed[had.end():]
            # "每次活动有主题、有方案、有记录": the activity's 方案 and 记录 (its 主题 is no paper)
            subject = re.sub(r"^(?:每次|每场|每项|均)|(?:做到|要|须|应|均)?[“\"]?$", "", had.group("pre"))
            if re.fullmatch(r"活动|会议|学习|培训|研讨", subject):
                listed = "、".join(_HAD_PAPER_WORD.sub(rf"有{subject}\1", e) for e in listed.split("、"))
        elements = [re.sub(r"[(（][^)）]*[)）]", "", e).strip(_STRIP) for e in listed.split("、")]
        papers = [e for e in elements if e and (_paper(e) or _DOC.fullmatch(e))]
        if len(papers) >= 2 and len(papers) * 3 >= len(elements) * 2:
            return listed
    return ""


# A checklist labelled with a register that is a paper of its own ("党员花名册：…", "支部委员会会议记录本：…"),
# unlike a label that only groups papers ("发展党员档案：…", "计划总结：…").
_REGISTER_LABEL = re.compile(r"(?P<roster>花名册|名册)$|(?P<minutes>会议记录本?|记录本)$")


def _register_label(rd: _Reader, label: str) -> None:
    m = _REGISTER_LABEL.search(label)
    if not m:
        return
    if m.group("roster"):
        keywords = _variants(["党员花名册", "党员名册"] if "党员" in label else [label, "花名册"])
        rd.add(Requirement(id="", type="doc", kind="花名册", keywords=keywords, description=f"有{label}", source=label),
               None)
    else:
        rd.add(Requirement(id="", type="doc", kind="会议记录", keywords=_variants([label]), description=f"有{label}",
                           source=label), None)


def _element_window(element: str, kind: str | None, body: str) -> str | None:
    """The window a listed plan or summary is dated in, by its own words or the deadline printed after it:
    "年初党建工作计划（1月底前）" → 年初, "年度工作总结（12月底前）" → 年终; a 半年小结 has none."""
    after = re.search(re.escape(element) + r"\s*[（(](?P<when>[^)）]*)[)）]", body)
    when = element + "，" + (after.group("when") if after else "")
    if "半年" in element:
        return None
    if kind == "计划" and ("年初" in when or _EARLY_DEADLINE.search(when) and not re.search(r"十二月|12月", when)):
        return "年初"
    if kind == "总结" and re.search(r"年终|年底|年末", element) or \
            kind == "总结" and _LATE_DEADLINE.search(after.group("when") if after else ""):
        return "年终"
    return None


# A checklist piece that opens with a period and a deed ("每季度末向县委组织部报送…统计表", "每月召开…"): a sentence.
_PERIODIC_DEED = re.compile(rf"^(?:{_PERIOD_PHRASE})[末底初中]?[^、，,]{{0,12}}?(?:向|报送|上报|提交|呈报|召开|开展|组织|举办)")


def _checklist_requirements(rd: _Reader) -> None:
    """An archive checklist ("台账资料齐全：党员花名册、会议记录、党费收缴台账、活动照片等", or an item printed as
    "主题党日：每月主题党日活动方案及记录"): each paper listed is a document of its own."""
    for ci in sorted({c for c, _s, _cl in rd.segments}):
        clause = next(cl for c, _s, cl in rd.segments if c == ci)
        m = _CHECKLIST.search(clause)
        body, label = ((m.group("list") or m.group("inner")), m.group("label")) if m else \
            (_paper_list(clause) or (_bare_papers(clause) or _bare_papers(re.split(r"[，,]", clause)[0])
                                     if rd.own_words else ""), None)
        if label:
            _register_label(rd, label.strip(_STRIP))
        if not body:
            continue
        # The list runs over the parts that read as papers; it ends at a sentence ("每季度核对一次").
        pieces = re.split(r"[，,](?![^（(]*[)）])", body)
        body_parts = []
        for piece in pieces:
            text = piece.strip(_STRIP)
            if body_parts and (_per_in(text) or re.search(NUM + r"\s*[次名人个项]", text)) and not _paper(text):
                break
            bare = re.sub(r"[（(][^)）]*[)）]", "", text)
            if _PERIODIC_DEED.match(bare) or \
                    re.search(rf"(?:{_PERIOD_PHRASE}|逐月)[^，,]{{0,4}}?(?:公示|公开|公布|通报|更新|核对)(?:一次|1次)?$", bare):
                # ("收缴情况每季度公示": posted every period, counted)
                # "统计报送：每季度末向县委组织部报送…统计表": a deed done every period (counted), not a paper's name
                if body_parts:
                    break
                continue
            if not body_parts and (_per_in(bare) or re.search(NUM + r"\s*[次名人个项]", bare)) and \
                    not any(_paper(e.strip(_STRIP)) for e in bare.split("、")):
                continue  # "主题党日活动记录：每月1次，有活动方案、签到": how often, before the papers
            if not body_parts and label is not None and not any(_paper(e.strip(_STRIP + "等")) for e in bare.split("、")) \
                    and not re.search(r"资料|材料|档案|台[账帐]|记录", bare):
                break  # "亮明身份：党员律师…佩戴党徽、设立党员示范岗，…": a sentence after a short name, not a list
            if not body_parts or _paper(re.sub(r"[（(][^)）]*[)）]", "", text).strip(_STRIP + "等")):
                body_parts.append(piece)
            else:
                break
        elements = _checklist_elements("，".join(body_parts))
        if len(elements) < 2 and label is not None and not any(_paper(e) for e, _p in elements):
            continue
        if not any(_paper(e) for e, _p in elements):
            continue
        counted = {r.meeting_type for r in rd.reqs if r.type == "count" and r.meeting_type}
        counted_words = {k for r in rd.reqs if r.type == "count" for k in r.keywords}
        topic = ""
        for element, parent in elements:
            if "#" in element:
                head, n = element.split("#")
                what = re.sub(r"(?:记录|纪要)(?:本)?$", "", head) or head
                rd.add(Requirement(id="", type="count", keywords=_variants([what] + ([what[-2:]] if len(what) > 2 else [])),
                                   per="year", min=int(_num(n) or 1), description=f"每年{what}不少于{n}次",
                                   source=head), None)
                continue
            if element in _PAPER_WORDS_ALONE and topic:
                element = topic + element  # "冬训工作方案、签到册、总结": the summary of that 冬训
            elif not topic:
                topic = _PAPER_ENDING.sub("", element)
                topic = "" if topic in ("会议", "活动") else topic  # "会议记录本、签到表": no topic of their own
            words = f"{parent}{element}"
            meeting = [t for _s, _e, t, _a in _meetings(element)]
            if element in ACTION_NOUNS and element in counted_words:
                continue  # "公示" beside "每半年公示一次": the count asks for it
            if meeting and meeting[0] in counted and re.search(r"记录|纪要", element):
                continue  # the records of a meeting counted above
            if re.search(r"(?:事前|事后|及时)(?:请示|报告)$", element):
                continue  # "重大事项应当事前请示、事后报告": how matters are handled as they arise, for the inspectors
            dated = re.match(r"(?:每年)?(?P<w>年初|年底|年终|年末)", element)
            if dated and any(r.type == "window" and r.window == ("年初" if dated.group("w") == "年初" else "年终")
                             and element in (r.source or "") for r in rd.reqs):
                continue  # "年初报送年度服务计划、年底提交履约情况报告": each is the paper of its window
            if PHOTO_WORDS.search(element):
                n = re.search(rf"(?:不少于|至少|不得少于)\s*(?P<n>{NUM})\s*张|(?P<m>{NUM})\s*张(?:以上|及以上)", clause)
                req = Requirement(id="", type="photo", kind="照片", keywords=[], min=int(_num(n.group("n") or n.group("m")) or 1)
                                  if n else 1, description=f"有{element}", source=element)
            elif "党费" in words and re.search(r"台[账帐]|记录", words):
                req = Requirement(id="", type="ledger", kind="党费台帐", description=f"有{element}，党员按月足额交纳党费",
                                  source=element)
            elif parent and re.search(r"记录|纪要", parent) and (meeting or re.search(r"记录", element)):
                short = MEETING_SHORT.get(meeting[0], meeting[0]) if meeting else re.sub(r"记录$", "", element)
                req = Requirement(id="", type="doc", kind="会议记录", keywords=_variants([short]),
                                  description=f"有{short}会议记录", source=f"{parent}（{element}）")
            elif re.fullmatch(r"(?:会议|活动)?记录(?:本)?", element) and (counted or meeting):
                continue  # the records of the meetings counted above
            else:
                word = next((w for w in _ENDINGS_LONGEST_FIRST if element.endswith(w)), "")
                name = element[:len(element) - len(word)] if word else element
                kind = _doc_kind(word, name, element) if word in dict(DOC_WORDS) else None
                if word == "小结":
                    kind = "总结"
                window = _element_window(element, kind, "，".join(body_parts))
                if window:
                    rd.add(Requirement(id="", type="window", window=window, kind=kind, keywords=_variants([element, word]),
                                       description=f"{window}有{element}", source=element), None)
                    continue
                core = re.sub(r"(?:材料|资料)$", "", element) or element
                # ("学习资料": a core this short finds every study paper; the whole name is kept beside it)
                keywords = _variants([core] + ([element] if len(core) <= 2 < len(element) else [])
                                     + ([word] if word and word not in GENERIC_PAPER_WORDS else [])
                                     + ([THREE_MEETINGS_WORD] if THREE_MEETINGS_WORD in words else []))
                if "半年" in element:
                    keywords.append("半年")
                if word == "记录" and len(name) >= 2 and name not in keywords:
                    keywords.append(name)  # "主题党日记录" is found under 主题党日
                req = Requirement(id="", type="doc", kind=kind, keywords=keywords, description=f"有{element}",
                                  source=element)
            rd.add(req, None)
        parts = [i for i, (c, seg, _cl) in enumerate(rd.segments)
                 if c == ci and seg.strip(_STRIP) and any(seg.strip(_STRIP) in p for p in body_parts)]
        rd.covered.update(parts)
        rd.listed.update(parts)


# Party building written into an organisation's charter ("将党建工作要求写入企业章程", "医院章程写明党组织的设置形式"):
# the charter that holds it is the paper to show (not the Party's own constitution handed out, 《中国共产党章程》).
_CHARTER = re.compile(r"(?:写入|写进|载入|纳入)(?P<into>[\u4e00-\u9fff（）()]{0,8}?章程)|"
                      r"(?P<owner>[\u4e00-\u9fff]{2,8}?章程)中?(?:写入|写明|载明|明确|写进)")


def _charter(rd: _Reader) -> None:
    """The charter party building is written into, a paper of its own (unless a share of charters is read as a
    rate)."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _CHARTER.search(seg)
        if not m or re.search(r"章率|写入率", rd.text) or "党章" in seg or "共产党章程" in seg or \
                any(r.type == "doc" and any("章程" in k for k in r.keywords) for r in rd.reqs):
            continue
        name = re.sub(r"^(?:推动|将|把|并)|[（）()]", "", m.group("into") or m.group("owner")).split("在")[-1]
        rd.add(Requirement(id="", type="doc", kind="制度", keywords=_variants([name, "章程"] if name != "章程" else [name]),
                           description=f"{name}写明党建工作内容", source=seg.strip(_STRIP)), si)


# The residents' own rules ("修订完善村规民约", "制定居民公约", "村规民约经村民代表会议通过并报镇党委备案"): the text
# kept, unlike those rules obeyed or spread ("遵守村规民约", "宣传村规民约").
_COMPACT_NAME = r"村规民约|居民公约|小区公约|村民自治章程|居民自治章程"
_COMPACT = re.compile(rf"(?:(?:修订|完善|制定|订立|健全|纳入|写入|形成|建立)[^，,。；;]{{0,6}}?(?P<name>{_COMPACT_NAME})|"
                      rf"^(?P<subject>{_COMPACT_NAME})(?:[（(][^）)]*[）)])?(?:经|报|涵盖|内容))"
                      r"(?!执行|承诺|报备|宣传|落实|积分|红黑榜|监督)")


def _compact(rd: _Reader) -> None:
    """The residents' own rules, a paper to keep (once, whichever part names them)."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _COMPACT.search(seg.strip(_STRIP))
        if not m:
            continue
        name = m.group("name") or m.group("subject")
        if any(r.type == "doc" and name in " ".join(r.keywords) for r in rd.reqs):
            continue
        rd.add(Requirement(id="", type="doc", keywords=[name, f"{name}文本"], description=f"有{name}",
                           source=seg.strip(_STRIP)), si)


# Whose file is kept one per person ("发展党员材料实行“一人一档”", "后备力量一人一档").
_FILED_ONE_EACH = re.compile(r"(?P<named>[\u4e00-\u9fff]{2,8}?档案)|(?P<whose>发展党员|入党积极分子|后备力量|后备干部|流动党员|"
                             r"党员)")


def _one_file_each(rd: _Reader) -> None:
    """"发展党员档案一人一档", "发展党员材料实行“一人一档”": a file kept for each person is a paper (79 labelled items
    in 94 read so), named by the file or by whose it is."""
    if any(r.type == "doc" and any("档" in k for k in r.keywords) for r in rd.reqs):
        return
    for si, (_ci, seg, clause) in enumerate(rd.segments):
        if "一人一档" not in seg:
            continue
        m = _FILED_ONE_EACH.search(clause)
        name = (m.group("named") or f"{m.group('whose')}档案") if m else "档案"
        rd.add(Requirement(id="", type="doc", keywords=list(dict.fromkeys([name, "一人一档", "档案"])),
                           description=f"有{name}（一人一档）", source=seg.strip(_STRIP)), si)
        return


# "有制度" among the things a place must have ("做到有场所、有标识、有党旗、有制度、有资料"), not put on its wall.
_PLACE_RULES = re.compile(r"(?:^|[、，,]|做到|达到|实现)有(?:规章|管理)?制度(?![\u4e00-\u9fff])")
_PLACE = re.compile(r"活动室|活动场所|活动阵地|阵地|驿站|服务站|服务中心|活动角|党建角|之家|场所|空间")


def _rules_of_a_place(rd: _Reader) -> None:
    """"党员活动室做到有场所、有标识、有党旗、有制度、有书报": the place's rules are papers kept (the place, its sign
    and flag are for the inspectors' eyes); rules put on the wall ("有制度上墙") are seen there."""
    if any(r.type == "doc" and r.kind == "制度" for r in rd.reqs):
        return
    for si, (_ci, seg, clause) in enumerate(rd.segments):
        if _PLACE_RULES.search(seg) and _PLACE.search(clause):
            rd.add(Requirement(id="", type="doc", kind="制度", keywords=["制度"], description="有制度",
                               source=seg.strip(_STRIP)), si)
            rd.seen.add(si)  # (the place, its sign and flag stay the inspectors' to see)
            return


def _photo_requirements(rd: _Reader) -> None:
    """A photo the item asks for in words (照片, 图片, 影像资料). Places and things on the wall (宣传栏, 意见箱, 制度上墙,
    服务中心, 阵地) are what the inspectors look at on site: they stay with them, and are filing words."""
    for si, (_ci, seg, clause) in enumerate(rd.segments):
        if si in rd.listed:
            continue
        if PHOTO_WORDS.search(seg):
            what = [w for w in _chunks(PHOTO_WORDS.sub("", seg)) if len(w) >= 2][:3]
            if not what:  # "主题党日每月1次，有活动照片": the photos of what the clause names
                what = [MEETING_SHORT.get(t, t) for _s, _e, t, _a in _meetings(clause)][:2]
            rd.add(Requirement(id="", type="photo", kind="照片", keywords=_variants(what),
                               description=f"有{'、'.join(what[:2])}活动照片" if what else "有活动照片",
                               source=seg.strip(_STRIP)), si)
            continue
        for m in FACILITY_WORDS.finditer(seg):
            w = m.group(0)
            if w in ("服务中心", "服务站", "活动室", "活动场所", "阵地"):
                pre = re.search(r"(党员|党群|便民|居民)?$", seg[:m.start()]).group(0)
                w = pre + w
            elif w == "上墙":
                w = "制度上墙"
            if w not in rd.onsite:
                rd.onsite.append(w)

def _duration_subject(before: str) -> str:
    """What a number of hours or days measures: the last of training or service named before it in the sentence
    ("开展志愿服务，每名党员全年不少于4次，累计时长不少于8小时" is service), training when none is."""
    named = re.findall(r"志愿服务|服务|培训|参训|轮训|学习|自学|教育|巡查|值守|值班|坐班|驻村|(?:在|到)(?:村|社区)", before)
    if named and re.match(r"[在到]", named[-1]):
        return "驻村"  # "挂职期间每月在村（社区）工作不少于10天": days at the post
    if named and named[-1] in ("巡查", "值守", "值班", "坐班", "驻村"):
        return named[-1]  # "网格员每日巡查不少于2小时": time on duty
    if not named and (work := re.search(r"([\u4e00-\u9fff]{2,4})工作累计", before)):
        return work.group(1) + "工作"  # "党员参加防汛一线工作累计不少于40小时": time at that work
    return "志愿服务" if named and "服务" in named[-1] else "培训"


def _duration_period(words: str) -> str | None:
    """"每月驻村工作不少于20天", "每季度志愿服务不少于6小时": a time asked in each period of the year, not summed over
    it (a year's total, "每年不少于32学时", has none; so has the time of each occasion, "每次不少于半天")."""
    if re.search(r"每次|每期|每场|每周|每日|每天", words):
        return None
    per = _per_in(words)
    return per if per in ("month", "bimonth", "quarter", "halfyear") else None


def _own_words(words: str) -> str:
    """The words of the last thing listed: how often a time is asked is read from its own words, not from a 每月
    of another paper listed before it ("学习记录每月一次、学时每人不少于32学时")."""
    return re.split(r"[、（(]", words)[-1]


def _duration_requirements(rd: _Reader) -> None:
    for si, (_ci, seg, clause) in enumerate(rd.segments):
        for m in _DURATION.finditer(seg):
            n = _num(m.group("n"))
            if not n:
                continue
            unit = _UNIT_NAME.get(m.group("unit"), m.group("unit"))
            at = clause.find(seg)
            what = _duration_subject((clause[:at] if at >= 0 else "") + seg[:m.start()] + m.group(0))
            times = re.search(rf"(?:培训|学习|轮训|教育|志愿服务)[^，,、]{{0,6}}?(?:不少于|至少)\s*(?P<n>{NUM})\s*(?:次|期|场|轮)[、，,]",
                              seg[:m.start() + len(m.group(0))])
            if times and _num(times.group("n")) and not _meetings(seg):
                # "集中培训不少于3次、累计不少于16学时", "培训不少于2期、每期不少于1天": how many times, and how long
                # (a meeting counts its own)
                k, per = int(_num(times.group("n")) or 1), _per_in(seg) or "year"
                rd.add(Requirement(id="", type="count", keywords=[what], min=k, per=per,
                                   description=f"{PER_TEXT[per]}{what}不少于{k}次", source=seg.strip(_STRIP)), si)
            alt = _ALT_DURATION.match(seg[m.end():])
            alt_n = _num(alt.group("n")) if alt else None
            alt_unit = _UNIT_NAME.get(alt.group("unit"), alt.group("unit")) if alt and alt_n else None
            per = _duration_period(_own_words(seg[:m.end()]))
            rd.add(Requirement(id="", type="duration", amount=n, unit=unit, keywords=[what], per=per,
                               alt_amount=alt_n if alt_unit else None, alt_unit=alt_unit,
                               description=f"{PER_TEXT[per] if per else ''}{what}累计不少于{n:g}{unit}" +
                                           (f"（或{alt_n:g}{alt_unit}）" if alt_unit else ""),
                               source=seg.strip(_STRIP)), si)
        # "参加集中学习培训，人均累计不少于24学时": how long, in a part of its own after the training it measures
        # ("集中开展1次冬训，时间不少于2天", "每年不少于5天或40学时": either measure is asked; "每次不少于半天")
        bare = _BARE_DURATION.fullmatch(seg.strip(_STRIP))
        if bare and si > 0 and rd.segments[si - 1][0] == _ci and not _DURATION.search(seg):
            before = rd.segments[si - 1][1]
            trained = re.search(r"培训|学习|轮训|[冬春暑]+训|教育|志愿服务", before)
            earlier = rd.at.get(si - 1)  # "党员不少于32学时，支部委员不少于56学时": the same training, another figure
            if "每次" in seg and _meetings(clause):
                continue  # "按季开展主题党日…，每次时间不少于半天": how long a meeting lasts, the inspectors' to see
            if trained or (earlier is not None and earlier.type == "duration"):
                what = _duration_subject(before)
                # "每年不少于5天或40学时": either measure meets it, one requirement
                n = 0.5 if bare.group("n") == "半" else _num(bare.group("n") or "")
                alt_n = _num(bare.group("n2") or "")
                if not n:
                    continue
                unit = _UNIT_NAME.get(bare.group("unit"), bare.group("unit"))
                alt_unit = _UNIT_NAME.get(bare.group("unit2"), bare.group("unit2")) if alt_n else None
                rd.add(Requirement(id="", type="duration", amount=n, unit=unit, keywords=[what],
                                   alt_amount=alt_n if alt_unit else None, alt_unit=alt_unit,
                                   description=f"{what}{'每次' if '每次' in seg else '累计'}不少于{n:g}{unit}" +
                                               (f"（或{alt_n:g}{alt_unit}）" if alt_unit else ""),
                                   source=f"{before.strip(_STRIP)}，{seg.strip(_STRIP)}"), si)
        # "各专业每学期安排思政内容不少于2学时": hours of study are a study time whatever the sentence calls the study
        # (not a second measure of a time read already: "参训时间不少于5天（或不少于40学时）")
        hours = _STUDY_HOURS.search(seg)
        if hours and not re.search(r"或[(（]?$", seg[:hours.start()]) and \
                not any(r.type == "duration" and r.amount == _num(hours.group("n")) and r.unit == "学时" for r in rd.reqs):
            n = _num(hours.group("n"))
            if n:
                at = clause.find(seg)
                what = _duration_subject((clause[:at] if at >= 0 else "") + seg[:hours.start()])
                per = _duration_period(_own_words(seg[:hours.end()]))
                rd.add(Requirement(id="", type="duration", amount=n, unit="学时", keywords=[what], per=per,
                                   description=f"{PER_TEXT[per] if per else ''}{what}累计不少于{n:g}学时",
                                   source=seg.strip(_STRIP)), si)


# "撰写调研报告或工作案例1篇", "撰写学习笔记不少于1万字": the paper written is what is kept.
_WRITTEN = re.compile(rf"(?:撰写|写出|形成|提交|报送)(?P<what>[\u4e00-\u9fff“”、]{{2,20}}?)\s*(?:不少于|至少|不低于)?\s*"
                      rf"(?P<n>{NUM})\s*(?P<unit>篇|万字|千字|字)")
# "党员学习笔记每年不少于1万字", "讲稿篇幅不少于3000字": a written paper measured in characters, with no verb.
_WRITTEN_LENGTH = re.compile(rf"(?P<what>[\u4e00-\u9fff“”]{{2,12}}?(?:笔记|心得|讲稿|体会))(?:每人|每名党员)?(?:每年|全年|年内)?"
                             rf"(?:篇幅)?\s*(?:不少于|至少|不低于)\s*(?P<n>{NUM})\s*(?P<unit>万字|千字|字)")


def _written_papers(rd: _Reader) -> None:
    """A paper to write, counted in pieces or measured in characters, when no period within the year makes it a
    count: a document of its name (either of the names joined by 或), as many as printed; its length is the
    inspectors' to weigh."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _WRITTEN.search(seg) or _WRITTEN_LENGTH.search(seg)
        if si in rd.covered or not m or _per_in(seg) not in (None, "year"):
            continue  # ("每季度报送信息不少于1篇": a count in each period)
        if seg[m.start():m.start() + 2] in ("报送", "上报") and _per_in(seg):
            continue  # "年内向区民政局报送党建工作信息不少于4篇": pieces sent in the year, each dated, counted
        what = m.group("what")
        if re.fullmatch(r"(?:不少于|至少|不低于)\s*", what):  # "形成不少于1篇典型经验或案例材料": named after the number
            what = re.sub(r"(?:材料|资料)$", "", seg[m.end():].strip(_STRIP)) or what
        names = [w.replace("“", "").replace("”", "") for w in re.split(r"或|和|及|、", what)]
        names = [re.sub(r"^(?:一篇|一份)", "", w) for w in names if len(w) >= 2]
        if not names:
            continue
        if m.group("unit") == "篇" and not names[0].endswith("报告"):
            # pieces written in the year, each dated: counted, as pieces sent are (a report is a paper kept)
            n = int(_num(m.group("n")) or 1)
            rd.add(Requirement(id="", type="count", keywords=_variants(names), min=n, per="year",
                               description=f"每年{'或'.join(names)}不少于{n}篇", source=seg.strip(_STRIP)), si)
            continue
        n = int(_num(m.group("n")) or 1) if m.group("unit") == "篇" else 1
        rd.add(Requirement(id="", type="doc", keywords=_variants(names), min=n,
                           description=f"有{'或'.join(names)}" + (f"（不少于{n}篇）" if n > 1 else ""),
                           source=seg.strip(_STRIP)), si)


# "开展调研不少于2次，形成调研报告", "形成项目成效报告": a report written once, a paper of its own (a report formed each
# period, "每半年…研判，形成研判报告", is that count's record; one at the year's end is that window's).
_REPORT_FORMED = re.compile(r"(?:形成|撰写|写出)(?P<name>[\u4e00-\u9fff“”]{2,10}?报告)(?!会|制度|单)")


def _reports_formed(rd: _Reader) -> None:
    """A report formed once, by its name."""
    for si, (_ci, seg, clause) in enumerate(rd.segments):
        m = _REPORT_FORMED.search(seg)
        if si in rd.covered or not m or "述职" in m.group("name") or \
                re.search(r"每个?(?:两个?)?(?:月|季度?|半年|学期)|按(?:月|季)|年底|年终|年末|年初|年中|半年", clause):
            continue
        name = m.group("name").replace("“", "").replace("”", "")
        rd.add(Requirement(id="", type="doc", keywords=_variants([name]), description=f"有{name}",
                           source=seg.strip(_STRIP)), si)


# "收益分配方案经村民代表会议讨论通过并公示": a paper a meeting adopts, kept (labelled so in 21 of 26 such clauses;
# the meeting's own minutes in 11 only, left to the inspectors' judgement of the procedure).
_PASSED = re.compile(r"(?P<paper>[\u4e00-\u9fff“”]{2,14}?(?:方案|计划|预算|决算|办法|章程|公约|民约|清单|名单|制度|规则))"
                     r"[^，,；;。]{0,4}?经[\u4e00-\u9fff“”]{2,14}?(?:会议|大会|会)(?:集体)?(?:讨论|研究|审议|表决)?(?:通过|决定)")


def _papers_passed(rd: _Reader, conditions: str = "") -> None:
    """A paper a meeting adopts, by its name, unless a requirement already asks for it: in the item's words, or in
    a scoring rule's condition ("收益分配方案未经村民代表会议讨论通过的")."""
    ruled = [c for c in re.split(r"[，,。；;]", re.sub(r"未经", "经", conditions)) if c.strip(_STRIP)]
    for seg in [seg for _ci, seg, _clause in rd.segments] + ruled:
        m = _PASSED.search(seg)
        if not m:
            continue
        paper = m.group("paper").replace("“", "").replace("”", "")
        # (the same paper named shorter or longer, in the words or the 佐证材料: "分配方案", "收益分配方案")
        if any(paper[-4:] in k or (len(k) >= 4 and k in paper) for r in rd.reqs if r.type in ("doc", "window")
               for k in r.keywords):
            continue
        # (not covering the clause: what is done with the paper after, "并公示", is read on its own)
        rd.add(Requirement(id="", type="doc", keywords=_variants([paper]), description=f"有{paper}",
                           source=seg.strip(_STRIP)), None)


def _count_requirements(rd: _Reader) -> None:
    """Counts of things other than meetings: "每年确定并完成5个以上实事项目", "每两年至少发展1名新党员",
    "年内为群众办实事不少于5件", "全年集中学习不少于十二次"."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if si in rd.covered or (_AGE.search(seg) and "发展" not in seg) or _EDU.search(seg) or "百分点" in seg:
            continue
        if re.search(rf"每次[^，,]{{0,12}}?(?:不少于|至少)\s*{NUM}\s*[项个条]", seg):
            continue  # "每次活动规定动作不少于4项": what each occasion holds, the inspectors' to weigh
        if _SHORT_PERIODS.search(seg) and not _per_in(seg):
            continue  # "每周在工作站值班不少于2个半天": a week's share, which the inspectors weigh
        # "近三年至少发展党员一名", "每三年至少发展1名党员"
        recent = re.search(r"近([两二三四五2-5])年|([三四五3-5])年内|每([三四五3-5])年", seg)
        years = 2 if _TWO_YEARS.search(seg) else int(_num(next(g for g in recent.groups() if g)) or 1) if recent else 1
        per = None if years > 1 else _per_in(seg)
        standing = _STANDING.search(seg)
        if standing and per is None and years == 1:  # "设立党员示范岗不少于3个": what stands, not a yearly count
            what = re.split(r"、|等", standing.group("what").strip(_STRIP))[-1] or standing.group("what")
            what = re.sub(r"(?<=..)(?:合计|累计|共计|总计|总数)$", "", what)  # "…攻关项目合计不少于3个"
            n = int(_num(standing.group("n")) or 1)
            rd.add(Requirement(id="", type="doc", keywords=_variants([what]), min=n,
                               description=f"{standing.group('verb')}{what}不少于{n}{standing.group('unit')}",
                               source=seg.strip(_STRIP)), si)
            continue
        if _meetings(re.sub(r"[(（][^)）]*[)）]", "", seg)):  # "到联系网格（党小组）": a place, not a meeting
            continue
        when = f"每{years}年".replace("每2年", "每两年") if years > 1 else PER_TEXT.get(per or "", "")
        lead = re.search(rf"(?:至少|不少于)(?P<verb>发展|吸收|完成|培养|推荐)(?P<what>[\u4e00-\u9fff]{{1,6}}?)(?P<n>{NUM})\s*"
                         r"(?P<unit>名|个|件|项)", seg) or \
            re.search(rf"(?P<verb>发展|吸收)(?P<what>(?:新)?党员)?(?:至少|不少于)(?P<n>{NUM})\s*(?P<unit>名)", seg) or \
            re.search(rf"(?:至少|不少于)(?P<verb>发展|吸收)(?P<what>)(?P<n>{NUM})\s*(?P<unit>名)", seg)
        if lead:  # "每两年至少发展党员1名"
            printed = lead.group("what") or ""
            what = printed or ("党员" if lead.group("verb") in ("发展", "吸收") else "")
            key = "发展党员" if lead.group("verb") in ("发展", "吸收") and "党员" in what else lead.group("verb") + what
            rd.add(Requirement(id="", type="count", keywords=_variants([key] + ([what] if printed else [])), min=int(_num(lead.group("n")) or 1),
                               per=per, years=years, source=seg.strip(_STRIP),
                               description=f"{when}{lead.group('verb')}{what}不少于{lead.group('n')}{lead.group('unit')}"),
                   si)
            continue
        for m in _THING_COUNT.finditer(seg):
            n = _num(m.group("n"))
            if m.group("n") == "一" and seg[m.end("unit"):m.end("unit") + 1] == "一":
                continue  # "建立“一户一档”帮扶台账": a way of filing, not a number of households
            what = re.split(r"[和及并的在于被]", m.group("what").strip(_STRIP))[0]
            # "党建与业务融合项目", "“党建+业务”融合项目": the thing is what the joined words make, named by its end
            what = re.split(r"[与+＋]", what.replace("“", "").replace("”", ""))[-1]
            if not n or len(what) < 2 or re.match(r"同志|以上|以下|岁|分|平方|小时|学时|天|工作日|日|周|个月|月|不|未|阶段|步骤|环节",
                                                  what):
                continue  # "五个阶段、二十五个步骤": the steps of a procedure, not a count to reach
            if re.search(r"签订|签署", m.group("what")):
                continue  # "与至少1个社区党组织签订共建协议": the partners of an agreement, read with the agreement
            before = seg[:m.start()]
            low = re.search(rf"(?P<low>{NUM})\s*[—\-~～至]\s*$", before)
            if low and _num(low.group("low")):  # "确定1—2个融合项目": at least the range's low end
                n, before = _num(low.group("low")), before[:low.start()]
            verb = re.search(r".*(发展|完成|确定|培养|推荐|办理|开展|建立|(?<![开创举主承兴])办|吸收|形成|撰写|编写|报送|上报|刊发)[^，,]{0,4}$",
                             before)
            lead = m.group("lead") or re.search(r"(?:至少|不少于)[^，,]{0,4}$", before)  # "至少形成1篇"
            if not (lead or m.group("more") or verb):
                continue  # "五个阶段": a number in a name, not a count to reach
            if m.group("unit") in ("名", "人", "户") and not verb:
                continue  # "有正式党员不少于3名": people the body has, for the roster or the inspectors
            key = ("发展党员" if verb and verb.group(1) in ("发展", "吸收") and "党员" in what else what)
            each = re.search(r"为?每(?:名|个|位)", before)
            if verb and verb.group(1) == "确定" and years == 1 and (int(n) == 1 or each):
                # "至少确定1名后备人选", "每年确定1—2个融合项目", "为每名积极分子确定2名培养联系人": what is decided on
                # stands, shown by its paper (a list of the people); decided 年初, a paper of the year's start.
                people = m.group("unit") in ("名", "人")
                what = re.split(r"作为|担任|作", what)[-1] if people and len(re.split(r"作为|担任|作", what)[-1]) >= 2 else what
                words = _variants([what] + ([what[-4:]] if len(what) > 4 and not people else []))
                if re.search(r"(?<!学)年初", before):
                    rd.add(Requirement(id="", type="window", window="年初", keywords=words, description=f"年初确定{what}",
                                       source=seg.strip(_STRIP)), si)
                else:
                    rd.add(Requirement(id="", type="doc", keywords=words,
                                       description=f"有{what}名单（不少于1名）" if people else f"有确定的{what}",
                                       source=seg.strip(_STRIP)), si)
                break
            if int(n) == 1 and per is None and years == 1 and not verb:  # "要有一个以上党建工作品牌"
                rd.add(Requirement(id="", type="doc", keywords=_variants([what]), description=f"有{what}的材料",
                                   source=seg.strip(_STRIP)), si)
                break
            rd.add(Requirement(id="", type="count", keywords=_variants([key, what]), min=int(n), per=per,
                               years=years, description=f"{when}{verb.group(1) if verb else ''}{what}"
                                                        f"不少于{int(n)}{m.group('unit')}",
                               source=seg.strip(_STRIP)), si)
            break
        else:
            if _occasion_count(rd, si, seg, per, years):
                continue
            after = re.search(rf"(?:不少于|至少)\s*(?:安排|开展|组织|举办|召开|进行)?\s*(?P<n>{NUM})\s*次"
                              r"(?:[到去赴在][\u4e00-\u9fff“”]{2,14}的)?(?P<what>[\u4e00-\u9fff“”]{2,10})$", seg.strip(_STRIP))
            # ("每年至少组织1次到爱国主义教育基地的现场教学": the place is where, the deed what is counted)
            if not after:
                # "每年至少2次到联系网格（党小组）指导工作": the deed is the verb at the end.
                tail = re.search(rf"(?:不少于|至少)\s*(?P<n>{NUM})\s*次(?P<rest>[^，,]*)$", seg.strip(_STRIP))
                rest = re.sub(r"[(（][^)）]*[)）]?", "", tail.group("rest")) if tail else ""
                deeds = DEED_VERBS.findall(rest)
                if tail and deeds and _num(tail.group("n")):
                    n = int(_num(tail.group("n")) or 1)
                    rd.add(Requirement(id="", type="count", keywords=_variants(deeds[-2:]), min=n, per=per or "year",
                                       years=years, description=f"{when or '每年'}{rest.strip(_STRIP)}不少于{n}次",
                                       source=seg.strip(_STRIP)), si)
                    continue
            total = _YEAR_TOTAL.search(re.sub(r"[(（)）]", "", seg.strip(_STRIP)))
            if not after and total and _num(total.group("n")):
                what = re.split(r"参加|参与|开展|组织|举办|为|完成|办理", total.group("what"))[-1].strip(_STRIP)
                what = re.sub(r"^(?:群众|居民|党员)?(?:办|做|解决)", "", what) or what
                if len(what) >= 2 and what not in _BARE_VERBS:
                    n = int(_num(total.group("n")) or 1)
                    rd.add(Requirement(id="", type="count", keywords=_variants([what]), min=n, per="year",
                                       years=years, description=f"每年{what}不少于{n}{total.group('unit')}",
                                       source=seg.strip(_STRIP)), si)
                    continue
            if after:
                n = _num(after.group("n"))
                what = after.group("what").replace("“", "").replace("”", "")
                what = re.sub(r"(?:活动|工作)$", "", what) or what
                if n and len(what) >= 2 and not what.endswith("的") and not what.startswith("的"):
                    # (not "2次及以上不在岗的": faults counted; nor "缺课3次以上的党员": who is meant)
                    rd.add(Requirement(id="", type="count", keywords=_variants([what]), min=int(n), per=per or "year",
                                       years=years, description=f"{when or '每年'}{what}不少于{int(n)}次",
                                       source=seg.strip(_STRIP)), si)
                continue
            chosen = _CHOSEN.search(seg)
            if chosen and _num(chosen.group("n")):  # "评选“清廉家庭”不少于5户": those chosen in the year, counted
                # ("表彰“优秀在职党员”“先锋流动党员”等先进典型不少于5名": those named, all of the kind after 等)
                what = re.split(r"等", chosen.group("what"))[-1].replace("“", "").replace("”", "") or \
                    chosen.group("what").replace("“", "").replace("”", "")
                n = int(_num(chosen.group("n")) or 1)
                per = per or (None if years > 1 else _sentence_per(rd, si))
                rd.add(Requirement(id="", type="count", keywords=_variants([what]), min=n, per=per or "year",
                                   years=years, description=f"{when or '每年'}评选{what}不少于{n}{chosen.group('unit')}",
                                   source=seg.strip(_STRIP)), si)
                continue
            m = _DONE_COUNT.search(seg)
            if not m:
                continue
            if re.match(r"的(?!得|扣|计)", seg[m.end():]):
                continue  # "无故缺课3次以上的党员": who is meant, not how many times a deed is done
            if re.search(r"每周|每日|每天", seg[:m.end()]) and not _per_in(seg[:m.end()]):
                continue  # "每个功能室每周使用不少于2次": a week's times, which the inspectors weigh
            n = _num(m.group("n") or m.group("n2"))
            unit = m.group("unit") or m.group("unit2")
            what = re.split(r"[、，,]", m.group("what"))[-1]
            # "每名党员每个月走访": who does it and how often, then the deed (the person first, so that the period
            # after it is not taken as part of the person)
            what = re.sub(rf"^(?:{'|'.join(p for _, p in PER_WORDS)}|每名(?:党员|干部|委员|班子成员)|每人|人均|"
                          rf"每名[\u4e00-\u9fff]{{0,4}}|年内|全年|集中|[\u4e00-\u9fff]{{1,4}}期(?:内|间))+", "", what)
            what = re.sub(rf"(?:{'|'.join(p for _, p in PER_WORDS)})$", "", what)  # "组织生活每年不少于4次"
            # "党委书记每年到成员单位调研指导党建工作": the deed after who, how often and where
            pieces = re.split(rf"{_PERIOD_PHRASE}", what)
            deed = [p for p in pieces[1:] if len(re.sub(r"^(?:累计|合计|总计|共计?)", "", p)) >= 2
                    and not re.fullmatch(r"(?:举办|开展|组织|召开|举行|进行)", p)]
            if deed:
                what = re.sub(r"^[到赴去][\u4e00-\u9fff]{2,8}?(?=调研|指导|走访|督导|督查|检查|服务|宣讲|开展)", "", deed[-1])
            # "发展对象集中培训每年举办不少于2期": the thing named first, then how often it is held
            held = re.sub(rf"(?:{'|'.join(p for _, p in PER_WORDS)})?(?:举办|开展|组织|召开|举行|进行)$", "", what)
            what = held if len(held) >= 2 else what
            verb_last = re.split(r"参加|参与|开展|(?<!双重)组织(?!生活)|举办|为|报送|上报|刊发|撰写|开设|开发",
                                 what.replace("“", "").replace("”", ""))
            sent = (re.findall(r"报送|上报|刊发|撰写", what) or [""])[-1]  # ("报送工作信息": said with its verb)
            if not verb_last[-1] and len(verb_last) > 1 and si > 0 and rd.segments[si - 1][0] == rd.segments[si][0]:
                # "组织老同志参与…等“银发先锋”活动，身体健康的党员每人每年参与不少于3次": what is joined is named before
                prev = rd.segments[si - 1][1]
                named = re.findall(r"“([\u4e00-\u9fff]{2,8})”", prev) or _deed_object(prev)
                verb_last = [named[-1]] if named else verb_last
            what = verb_last[-1] or what
            what = re.sub(r"^(?:累计|合计|总计|共计?)", "", what.strip(_STRIP))  # "全年累计不少于12次": a total
            if what in ("记录", "撰写", "写", "记") and si > 0 and rd.segments[si - 1][0] == rd.segments[si][0]:
                # "坚持写民情日记，按月记录不少于4篇": the pieces of the diary named before
                kept = re.search(r"(?:坚持写|撰写|写好|写)?(?P<name>[\u4e00-\u9fff]{0,4}?(?:日记|日志|心得|笔记))$",
                                 rd.segments[si - 1][1].strip(_STRIP))
                if kept:
                    what = kept.group("name")
            what = re.sub(r"^(?:所在|本)(?:党)?(?:支部|单位|社区)", "", what) or what
            if not n or len(what) < 2 or what in _BARE_VERBS - {"学习", "培训"} or what.endswith("的"):
                continue  # ("2次及以上不在岗的": how many faults a scoring rule counts)
            if unit == "条" and re.search(r"征求|收集|听取", seg[:m.end()]) and "意见" in what:
                # "会前征求服务对象意见不少于10条": the opinions gathered, kept on the form that records them
                rd.add(Requirement(id="", type="doc", keywords=["征求意见"], min=int(n),
                                   description=f"有征求意见的记录（不少于{int(n)}条）", source=seg.strip(_STRIP)), si)
                continue
            if unit == "个" and per is None and years == 1 and not _OCCASION_VERBS.search(m.group("what")) and \
                    not re.search(r"签订|签署|协议", seg) and not re.search(r"完成|办结|实事", _clause):
                # (the partners of an agreement are read with the agreement; projects done in the year are counted)
                # "党员教育室等功能室不少于5个", "党员先锋岗不少于3个": things that stand, with no period of their
                # own, are shown by their papers (a list of them), not counted again each year
                if what.startswith("每"):
                    continue  # "每个项目不少于3个岗": how many each place has, the inspectors' to count
                named = re.split(r"等|确定|设立|设置|建立|组建|成立|培育|打造|明确", what)[-1]
                what = named if len(named) >= 2 else what
                rd.add(Requirement(id="", type="doc", keywords=_variants([what]), min=int(n),
                                   description=f"有{what}（不少于{int(n)}个）", source=seg.strip(_STRIP)), si)
                continue
            words = [what] + ([what[-2:]] if len(what) > 2 else [])
            if what == "更新" and (board := _BOARD.findall(_clause)):
                words.append(board[-1])  # "开设党建专栏，每月更新不少于2次": the updates of that board
            # "本季度组织集中学习不少于3次，书记领学不少于1次": the sentence's period holds for each of its counts
            per = per or (None if years > 1 else _sentence_per(rd, si))
            each = re.search(r"(?P<list>(?:[\u4e00-\u9fff“”]{2,12}、)+[\u4e00-\u9fff“”]{2,12})各$", m.group("what"))
            if each:  # "开展防汛抢险技能培训、实战演练各不少于1次": as many of each
                for element in each.group("list").split("、"):
                    element = re.split(r"开展|组织|举办|举行|进行|参加|参与", element)[-1].replace("“", "").replace("”", "")
                    if len(element) >= 2:
                        rd.add(Requirement(id="", type="count", keywords=_variants([element, element[-2:]]),
                                           min=int(n), per=per or "year", years=years, source=seg.strip(_STRIP),
                                           description=f"{when or '每年'}{element}不少于{int(n)}{unit}"), si)
                continue
            rd.add(Requirement(id="", type="count", keywords=_variants(words), min=int(n), per=per or "year",
                               years=years, description=f"{when or '每年'}{sent}{what}不少于{int(n)}{unit}",
                               source=seg.strip(_STRIP)), si)

def _sentence_per(rd: _Reader, si: int) -> str | None:
    """The period stated earlier in the segment's sentence, if any."""
    ci = rd.segments[si][0]
    for sj in range(si - 1, -1, -1):
        if rd.segments[sj][0] != ci:
            break
        if per := _per_in(rd.segments[sj][1]):
            return per
    return None


_GENERIC_THINGS = ("项目", "事项")
_DONE_VERBS = ("办结", "完成", "办理", "兑现", "办好")


def _name_generic_counts(rd: _Reader) -> None:
    """"年初公布为民办实事项目清单，项目不少于5件": a count of a bare 项目 counts the projects the item named before it
    (为民办实事项目), by that name too; "形成“民生微实事”清单，全年办结不少于6件": a count of what is done (办结) counts
    what the list named before holds."""
    for req in rd.reqs:
        if req.type != "count" or not req.keywords:
            continue
        before = rd.text[:max(rd.text.find(req.source), 0)] if req.source else ""
        listed = re.findall(r"([\u4e00-\u9fff]{2,8})清单", before.replace("“", "").replace("”", ""))
        if req.keywords[0] in _DONE_VERBS and listed:
            verb, what = req.keywords[0], re.sub(r"^.*(?:形成|制定|公布|确定|梳理|列出)", "", listed[-1])
            if len(what) >= 2:
                req.keywords = _variants([what]) + req.keywords
                req.description = req.description.replace(verb, verb + what, 1)
            continue
        if req.keywords[0] not in _GENERIC_THINGS:
            continue
        noun = req.keywords[0]
        named = re.findall(rf"([\u4e00-\u9fff]{{2,8}}){noun}", before.replace("“", "").replace("”", ""))
        what = re.sub(r"^.*(?:制定|公布|确定|梳理|列出|实施|开展|领办)", "", named[-1]) if named else ""
        if len(what) >= 2:
            req.keywords = _variants([what + noun, what.removeprefix("为民").removeprefix("为群众")]) + req.keywords
            req.description = req.description.replace(noun, what + noun, 1)


def _deed_object(before: str) -> list[str]:
    """What a part closing on an organised deed names ("结合…节点开展红色教育", "安排后备干部到…岗位跟岗锻炼"): the last
    content words after the verb (and their last two characters)."""
    m = re.search(r"(?:开展|(?<!党)组织|举办|举行|进行|参加|列席|出席|安排)(?P<rest>[^，,。；;]*?[\u4e00-\u9fff]{2,})$",
                  before.strip(_STRIP))
    chunks = _chunks(m.group("rest")) if m else []
    what = chunks[-1] if chunks else ""
    what = re.sub(r"各$", "", what)  # "开展应急演练各1次": each time's drill
    if len(what) < 2 or what in _BARE_VERBS or _NOT_OCCASIONS.search(what):
        return []
    return [what] + ([what[-2:]] if len(what) > 2 else [])


def _trailing_counts(rd: _Reader) -> None:
    """"春节、“七一”、重阳节走访慰问困难党员，每年不少于3次": how many, in a part of its own after the deed."""
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        # ("每半年不少于1次、每次不少于1个月": how long each lasts is the inspectors' to weigh)
        # ("上下半年各1次": how often, with no 不少于, after the deed)
        # ("汛期内每月不少于2次": a season's months, each)
        # ("每人每年不少于1次": as many for each member)
        m = re.fullmatch(rf"(?:[\u4e00-\u9fff]{{1,4}}(?:内|期间))?(?:每人|人均|每名党员)?"
                         rf"(?:(?:{'|'.join(p for _, p in PER_WORDS)})(?:每人|人均)?各?(?:累计|合计|共计?)?(?:不少于|至少)?|"
                         rf"(?:累计|合计|共计?)?(?:不少于|至少))\s*(?P<n>{NUM})\s*"
                         r"(?P<unit>次|场|期|件|篇)(?:以上)?", re.sub(r"[、，,]每次[^，,]*$", "", seg.strip(_STRIP)))
        if not m or si in rd.covered or si == 0 or rd.segments[si - 1][0] != ci:
            continue
        before = rd.segments[si - 1][1]
        counted = rd.at.get(si - 1)
        n = int(_num(m.group("n")) or 1)
        per = _per_in(seg) or "year"
        if counted is not None and counted.type == "count" and counted.per not in (None, per):
            # "每季度开展活动不少于1次，全年累计不少于6次": the year's total of what the part before counts, when it
            # asks more than each period's count does
            if counted.per in PERIODS_IN_YEAR and per in PERIODS_IN_YEAR and \
                    n <= counted.min * PERIODS_IN_YEAR[counted.per] // PERIODS_IN_YEAR[per]:
                rd.covered.add(si)
                continue
            what = MEETING_SHORT.get(counted.meeting_type or "", counted.meeting_type) or counted.keywords[0]
            unit = m.group("unit")
            rd.add(Requirement(id="", type="count", meeting_type=counted.meeting_type, keywords=list(counted.keywords),
                               min=n, per=per, description=f"{PER_TEXT[per]}{what}累计不少于{n}{unit}",
                               source=f"{before.strip(_STRIP)}，{seg.strip(_STRIP)}"), si)
            continue
        convened = re.search(r"召开(?P<what>[\u4e00-\u9fff“”]{2,12})$", before.strip(_STRIP))  # "召开政策对接会"
        deeds = DEED_VERBS.findall(before) or _deed_object(before) or \
            ([convened.group("what").replace("“", "").replace("”", "")] if convened else [])
        if not deeds or _meetings(before):
            continue
        own_per, own = _per_in(before), _COUNT.search(before)
        if own_per and own_per != per and per == "year":
            # "支部每月组织一次集中学习，全年不少于十二次": each month's is the count; the year's total only when more
            k = int(_num(own.group("n")) or 1) if own else 1
            tail = [re.sub(rf"^{NUM}?次", "", c) for c in _chunks(before.strip(_STRIP))[-1:]]
            what = _variants(tail + deeds[-1:])
            rd.add(Requirement(id="", type="count", keywords=what, min=k, per=own_per,
                               description=f"{PER_TEXT[own_per]}至少{k}次：{before.strip(_STRIP)}",
                               source=before.strip(_STRIP)),
                   si - 1)
            rd.covered.add(si)
            if n <= k * PERIODS_IN_YEAR[own_per]:
                continue
        rd.add(Requirement(id="", type="count", keywords=_variants(list(dict.fromkeys(deeds))[:2]), min=n, per=per,
                           description=f"{PER_TEXT[per]}{before.strip(_STRIP)}不少于{n}{m.group('unit')}",
                           source=f"{before.strip(_STRIP)}，{seg.strip(_STRIP)}"), si)
        rd.covered.add(si - 1)


# "储备后备干部不少于3名", "每个网格配备1名党员楼栋长": people the community must have named, on a list.
_PEOPLE_WORDS = r"(?:后备干部|后备力量|后备人才|积极分子|网格员|楼栋长|单元长|志愿者|联络员|信息员|骨干|保洁员|调解员|宣讲员|指导员|" \
                r"带头人|明白人|中心户|示范户|兼职委员)"
# "注册志愿者不少于50人", "培育党员“双带”示范户不少于2户", "每村至少培育“法律明白人”3名"; "兼职委员少于5名的" is the
# scoring's condition of a minimum (its negation gone).
_PEOPLE = re.compile(rf"(?P<who>[\u4e00-\u9fff“”]{{0,8}}?{_PEOPLE_WORDS})[”\"]?(?:每个?[村社区网格支部]{{1,2}})?"
                     rf"(?:人选)?(?:合计|累计|共计?)?(?:不少于|至少|(?<![不至])少于)\s*(?P<n>{NUM})\s*(?:名|人(?!次)|户)|"
                     rf"(?:不少于|至少)?\s*(?P<n2>{NUM})\s*名(?:以上)?"
                     rf"(?P<who2>[\u4e00-\u9fff]{{0,6}}?{_PEOPLE_WORDS})|"
                     rf"(?:至少|不少于)(?:培育|培养|储备|选树|选聘|配备|明确|确定)[“\"]?(?P<who3>[\u4e00-\u9fff]{{0,6}}?{_PEOPLE_WORDS})"
                     rf"[”\"]?\s*(?P<n3>{NUM})\s*(?:名|户)")


def _people_requirements(rd: _Reader) -> None:
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _PEOPLE.search(seg)
        if not m or _AGE.search(seg) or _EDU.search(seg):
            continue
        if re.search(r"每(?:个|名|栋|户)[\u4e00-\u9fff]{0,6}?(?:配备|明确|设立?|有)?\s*$", seg[:m.start()]) and \
                (m.group("n") or m.group("n2") or m.group("n3")) in ("1", "一"):
            # "每个网格配备1名网格党建指导员", "每个楼栋明确1名党员中心户": how each unit is staffed (职数), seen by
            # the inspectors; the list itself is asked when the item or its 佐证材料 names it (名册, 名单).
            continue
        printed = (m.group("who") or m.group("who2") or m.group("who3")).replace("“", "").replace("”", "")
        # "年底评选党员示范户", "每个党支部储备后备干部": the people after the verb that names them
        printed = re.split(r"评选|评定|储备|培养|培育|选树|选聘|聘请|配备|选好|选配|推荐|确定|物色|吸收", printed)[-1] or printed
        who = re.sub(r"^(?:每年|年内|年度内|全年|明确|确定|建立|有|社区|党员|担任|作为)+", "", printed) or printed
        n = int(_num(m.group("n") or m.group("n2") or m.group("n3")) or 1)
        if re.search(r"(?:每年|年内|年度内|全年)[^，,]{0,10}?(?:培养|吸收|确定)", seg) or \
                who.endswith(("积极分子", "发展对象")) and re.search(r"培养|吸收|确定|推荐|物色", seg[:m.end()]):
            # "年内培养入党积极分子不少于1名": people taken in each year, dated by when they were taken in; those
            # taken in for Party membership are counted so whatever period the sentence names ("从青年职工中确定
            # 入党积极分子不少于2名", "推荐入党积极分子合计不少于3名")
            rd.add(Requirement(id="", type="count", keywords=_variants([who] + ([who[2:]] if who.startswith("入党") else [])),
                               min=n, per="year", description=f"每年培养{who}不少于{n}名", source=seg.strip(_STRIP)), si)
            continue
        core = re.sub(r"干部$|力量$|人才$", "", who) if who.startswith("后备") else who
        rd.add(Requirement(id="", type="doc", keywords=_variants([who] + ([core] if core != who else [])), min=n,
                           description=f"有{who}名单（不少于{n}{'户' if m.group(0).endswith('户') else '名'}）",
                           source=seg.strip(_STRIP)), si)


def _occasion_count(rd: _Reader, si: int, seg: str, per: str | None, years: int) -> bool:
    """"“七一”、春节前后各走访慰问困难党员一次" (or "走访慰问困难党员（“七一”、春节前后）"): once at each named occasion,
    so a count in the year of as many as the occasions named."""
    one = _ONE_FESTIVAL_DEED.search(seg.strip(_STRIP))
    if one and not _OCCASIONS.search(seg) and not _EACH_OCCASION.search(seg):
        # "“七一”前后组织党员重温入党誓词": done once a year, at that time (not one of several, "每逢“七一”、春节")
        what = re.sub(r"的$", "", one.group("what").replace("“", "").replace("”", ""))
        fest = one.group("fest").strip("“”\"")
        rd.add(Requirement(id="", type="count", keywords=_variants([what]), min=1, per=per or "year", years=years,
                           description=f"“{fest}”前后{what}，每年不少于1次", source=seg.strip(_STRIP)), si)
        return True
    m = _OCCASIONS.search(seg) or _EACH_OCCASION.search(seg) or _FESTIVALS_VISITED.search(seg)
    # the deed done at them, after the occasions or (in brackets after the deed) before them; not a word of their
    # names ("“家政服务月”")
    deeds = (DEED_VERBS.findall(seg[m.end():]) or DEED_VERBS.findall(re.sub(r"“[^”]*”", "", seg[:m.start()]))) \
        if m else []
    if not m or not deeds:
        return False
    occasions = [o for o in re.split(r"、|和|及|与", m.group("list")) if o.strip(_STRIP)]
    if all(re.fullmatch(r"(?:重要|重大|传统|法定)?(?:节日|节假日|活动|节点|时段|时期|任务)", o.strip(_STRIP)) for o in occasions):
        return False  # "重要节日、重大活动前后检查": kinds of occasion, not ones to count
    each = re.search(rf"各[^，,]{{0,12}}?(?P<n>{NUM})\s*次", seg[m.end():])
    n = len(occasions) * int((_num(each.group("n")) if each else 1) or 1)
    named = "、".join(o.strip(_STRIP) for o in occasions)
    rd.add(Requirement(id="", type="count", keywords=_variants(list(dict.fromkeys(deeds))), min=n,
                       per=per or "year", years=years,
                       description=f"{named}前后{''.join(dict.fromkeys(deeds))}，每年不少于{n}次",
                       source=seg.strip(_STRIP)), si)
    return True


def _core(word: str) -> str:
    """A phrase without its generic tail ("精神文明创建" → 精神文明): records name the thing, not the verb."""
    core = re.sub(r"(?:创建|建设|工作|组织)$", "", word)
    return core if len(core) >= 2 else word

# A village's procedure for deciding major matters ("四议两公开", "四议一审两公开"): proposal, deliberation and
# resolution at successive meetings, then two postings.
_DECISION_PROCEDURE = re.compile(r"四议(?:一审)?两公开")


# Taking a review after reporting ("述职，接受党员群众评议", "报告一次工作，接受党员评议").
_TAKES_REVIEW = re.compile(r"^(?:并|同时)?(?:在[^，,]{1,10})?接受[^，,]{0,16}评议$")
_REPORTED = re.compile(r"述职|报告")
# Work given a theme ("结合…开展…") or a way of working set up ("建立…机制").
_THEMED_OR_MECHANISM = re.compile(r"^(?:并|同时)?结合[^，,]{2,}?开展|^[^，,]{0,12}?建立[^，,]{2,24}?机制$")


def _activity_requirements(rd: _Reader) -> None:
    """What an item asks to be done without a number ("积极开展“一助一”结对活动", "建立社区党员志愿者队伍",
    "组织党员学理论"): a record of it must exist (how well it was done stays with the inspectors). With a
    frequency word ("每年推荐…参加技能培训") it is a count of at least one in each period."""
    names = {k for r in rd.reqs if r.type != "judgement" for k in r.keywords + [r.meeting_type or ""] if len(k) >= 2}
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if si in rd.covered or _NOT_DONE.search(seg) or "上墙" in seg:
            continue
        if re.search(r"活动场所|活动室|协商室|阵地|基地|功能区|服务中心|服务站", seg):
            continue  # "有固定的党员活动场所", "设置议事协商室等功能区": places the inspectors see
        if re.match(r"^(?:按照|根据|依照|遵循)[^，,]*(?:原则|要求|规定|精神)", seg.strip(_STRIP)) or \
                re.search(r"为[^，,]{1,10}开展活动提供", seg) or \
                re.search(rf"每次[^，,]{{0,12}}?(?:不少于|至少)\s*{NUM}\s*[项个条]", seg) or \
                re.match(r"^(?:现场|实地)(?:观摩|查看|察看|检查)", seg.strip(_STRIP)):
            # "按照便于活动、便于管理的原则", "为党开展活动提供场地", "每次活动规定动作不少于4项", "现场观摩…": how,
            # support given, what each occasion holds, or how the inspectors look: no deed of its own
            continue
        if re.match(r"^对[^，,]*的[\u4e00-\u9fff]{0,6}(?:党员|群众|人员|对象|干部)$", seg.strip(_STRIP)):
            continue  # "对长期不参加活动的党员，…函告其单位": who the next part's deed is done to, no deed of its own
        if re.search(r"逢[^，,。；;]{1,12}必", seg):
            continue  # "逢年过节必走访": a custom whose keeping the inspectors weigh, no paper of its own
        if _TAKES_REVIEW.match(seg.strip(_STRIP)) and any(
                cj == _ci and sj < si and _REPORTED.search(earlier) for sj, (cj, earlier, _c) in enumerate(rd.segments)):
            continue  # "年底向党工委述职，接受党员评议": the review is the report's own hearing, no paper beside it
        if _THEMED_OR_MECHANISM.search(seg.strip(_STRIP)) and not _per_in(seg) and \
                not re.search(NUM + r"\s*[次场期个项件]", seg):
            # "结合“八一”建军节开展纪念活动" (the theme given to work counted or judged elsewhere), "建立党组织与管理层
            # 沟通协商机制" (a way of working the inspectors weigh): no paper of their own
            continue
        campaign = re.search(r"开展[^，,]{0,8}?“(?P<name>[^”]{2,14})”[^，,“]{0,4}?活动$", seg.strip(_STRIP))
        if campaign and not re.search(NUM + r"\s*[次场期个项]", seg) and not re.search(r"结对|一助一|帮扶", campaign.group("name")):
            continue  # "开展党员“亮身份、树形象”活动": a campaign named, with nothing counted: how it goes is theirs (a
            # pairing, "一助一"结对活动, is kept in a list of the pairs)
        named = any(n in seg for n in names)
        study = _STUDY.findall(seg)
        if study:
            words = [w + "学习" for w in study] + ["学习"]
            rd.add(Requirement(id="", type="doc", keywords=_variants(words), description=f"有{seg.strip(_STRIP)}的学习记录",
                               source=seg.strip(_STRIP)), si)
            continue
        # ("会前广泛征求党员群众意见": 征求意见 with whose opinions between)
        acted = re.sub(r"征求[^，,。；;]{1,16}?意见(?:建议)?$", "征求意见", re.sub(r"[(（][^)）]*[)）]?$", "", seg.strip(_STRIP)))
        actions = [a for a in ACTION_NOUNS if re.search(re.escape(a) + r"(?:$|[”\"]?(?:活动|工作)|"
                                                          r"(?:街道|上级)?(?:党工委|党组织|组织部)?$)", acted)]
        logged = re.search(r"([\u4e00-\u9fff]{2,4}?)有登记", seg)
        if logged and not actions:  # "活动室使用有登记", "请假有登记": a register to show
            what = re.sub(r"^(?:并|且|均|都)|情况$", "", logged.group(1)) or logged.group(1)
            rd.add(Requirement(id="", type="doc", keywords=_variants([what + "登记", what]),
                               description=f"有{what}登记", source=seg.strip(_STRIP)), si)
            continue
        kept = re.search(r"([\u4e00-\u9fff]{2,8}?)(?:留存备查|存档备查|留档备查|备查|登记在册|登记造册)", seg)
        if kept and not actions:  # "测评问卷留存备查", "服务情况登记在册": a paper to show
            what = re.sub(r"^(?:将|把|对)|(?:情况|内容)$", "", kept.group(1))
            words = [what, "登记"] if "登记" in kept.group(0) else [what]
            rd.add(Requirement(id="", type="doc", keywords=_variants([w for w in words if len(w) >= 2]),
                               description=f"有{kept.group(0)}的材料", source=seg.strip(_STRIP)), si)
            continue
        # "事项随时公开" / "在醒目位置公开": seen on the wall by the inspectors; "规范开展党务公开" beside "每季度公开
        # 一次": the count already asks for its papers.
        counted = [k for r in rd.reqs if r.type == "count" for k in r.keywords if len(k) >= 2]
        actions = [a for a in actions if not (a in ("公开", "公示", "公布") and re.search(r"随时|及时|醒目|上墙", seg))
                   and not any(a in k or k in a for k in counted)]
        # "严格执行“四议两公开”": the name of a way of deciding, not a posting to show; its papers are the minutes of
        # those meetings when the item names them (see _DECISION_PROCEDURE), how it is kept is the inspectors'.
        if _DECISION_PROCEDURE.search(seg):
            actions = [a for a in actions if a not in ("公开", "公示", "公布")]
        listed = re.match(r"^(?P<list>[^，,]+、[^，,]+?)(?:及时|定期|按时|按规定|都|均)?(?:向[^，,]{1,6})?"
                          r"(?P<act>公示|公开|公布)$", seg.strip(_STRIP))
        if listed and any(listed.group("act") in k for k in counted):
            rd.covered.add(si)
            continue  # "党务、村务、财务三务公开" beside "每季度公开一次": the count asks for the postings
        if listed and not _DECISION_PROCEDURE.search(seg):  # "重大事项、党费收支结存情况及时公示": each is posted
            for element in listed.group("list").split("、"):
                # (the place's name is no part of what is posted, but "村级…", "居民…" are words of their own)
                core = re.sub(r"^(?:社区|村(?![级民务])|居(?![民务]))?(?:党建工作|党组织)?的?|(?:情况|内容)$", "", element)
                if len(core) < 2:
                    continue
                # "党费收支结存" is also written 党费收支, 党费结存.
                words = [core] + ([core[:4], core[:2] + core[-2:]] if len(core) == 6 else [core[:4]] if len(core) > 4
                                  else [listed.group("act")])
                if len(core) > 4:  # and titled by its head and the act: 党费公示
                    words.append(core[:2] + listed.group("act"))
                rd.add(Requirement(id="", type="doc", keywords=_variants(words),
                                   description=f"{element}{listed.group('act')}的材料", source=seg.strip(_STRIP)), si)
            continue
        # "组建党员志愿服务队，每季度开展志愿服务": the team formed stands, a paper of its own beside the work counted
        # (the work's name inside the team's is no other requirement's paper)
        team = _STRUCTURE.search(seg)
        team = team if team and re.search(r"队$", team.group("what")) and \
            all(n in team.group("what") for n in names if n in seg) else None
        m = team or (None if named else (_STRUCTURE.search(seg) or _ACTIVITY.search(seg) or
                                         _SUBJECT_ACTIVITY.search(seg.strip(_STRIP))))
        if not m and not actions:
            continue
        words: list[str] = []
        if m:
            what = m.group("what").replace("“", " ").replace("”", " ").replace('"', " ")
            for piece in reversed(re.split(r"参加|参与|组织的|开展|举办", what)):
                words = [w for w in re.split(r"\s+|[、的和及与]", piece) if len(w.strip(_STRIP)) >= 2]
                words = [_core(re.sub(r"^(?:各项|各类|社区|部分|积极|认真|经常性|经常|定期|群众性)+", "", w))
                         for w in words]
                words = [w for w in words if len(w) >= 2 and w not in _BARE_VERBS]
                if words:
                    break
            suffix = m.groupdict().get("suffix")
            if words and suffix and suffix != "活动":
                words.append(suffix + "活动" if seg[m.end():].startswith("活动") else words[-1] + suffix)
            elif words and suffix == "活动" and len(words[-1]) <= 4:
                words.append(words[-1] + "活动")
        words += [a for a in actions if a not in words]
        if not words:
            continue
        per = _per_in(seg)
        if per == "year" and _DUE_AT_YEAR_EDGE.search(seg):
            continue  # "每年年初报街道党工委备案": when the paper named before is due (`_papers_due_at_year_edges`)
        if _FAULT_FREE_YEAR.search(seg):
            continue  # "年内无因作风问题被县级以上通报": a year without a fault, nothing done to show
        deeds = [a for a in ACTION_NOUNS if re.search(re.escape(a) + r"(?:$|[、，,])", seg.strip(_STRIP))]
        deeds = [a for a in deeds if not any(a != o and a in o for o in deeds)]  # 党务公开, not also 公开
        if len(deeds) >= 2 and not per and not _YEARS.search(seg):
            for deed in deeds:  # "会前广泛征求意见、开展谈心谈话": each deed leaves its own record
                rd.add(Requirement(id="", type="doc", keywords=[deed], description=f"有{deed}的材料",
                                   source=seg.strip(_STRIP)), si)
            continue
        keywords = _variants(words)
        # "按期换届，每三年换届一次": the term may follow in the same sentence, about the same deed
        term = _YEARS.search(seg) or next((t for t in [_YEARS.search(_clause)] if t and any(
            w in _clause[t.end():t.end() + 12] for w in words)), None)
        if term and not per:  # "党支部按期换届（每五年）": once in each term
            n = int(_num(term.group("n") or term.group("m") or term.group("t")) or 2)
            rd.add(Requirement(id="", type="count", keywords=keywords, years=n, min=1,
                               description=f"每{n}年至少1次：{seg.strip(_STRIP)}", source=seg.strip(_STRIP)), si)
        elif per:
            rd.add(Requirement(id="", type="count", keywords=keywords, per=per, min=1,
                               description=f"{PER_TEXT[per]}至少1次：{seg.strip(_STRIP)}", source=seg.strip(_STRIP)), si)
        elif words == ["换届"] and re.search(r"(?:按期|按时|如期)换届", seg) and not re.search(
                r"换届[^，,。；;]{0,6}(?:材料|资料|文件|请示|批复)|(?:材料|资料)(?:完整|齐全)", rd.text):
            continue  # "支部委员会按期换届" with no term and no paper named: whether it was on time needs eyes
        elif team or not _counted_in_clause(rd, si, seg):
            rd.add(Requirement(id="", type="doc", keywords=keywords, description=f"有{seg.strip(_STRIP)}的材料",
                               source=seg.strip(_STRIP)), si)


def _counted_in_clause(rd: _Reader, si: int, seg: str) -> bool:
    """"对困难党员开展走访慰问，春节前后走访不少于两次", "组织党员参加网上学习，年度学习时长不少于50学时": the deed the
    sentence goes on to count (or to time) is that count's, not a paper of its own."""
    ci = rd.segments[si][0]
    deeds = set(DEED_VERBS.findall(seg))
    for sj, (cj, _other, _clause) in enumerate(rd.segments):
        req = rd.at.get(sj)
        if sj != si and cj == ci and req is not None and req.type in ("count", "duration") and \
                deeds & set(DEED_VERBS.findall(req.source or "")):
            return True
    return False

_POSTING_PERIOD = re.compile(rf"(?P<what>[\u4e00-\u9fff]{{2,8}}?)(?:在[^，,]{{1,12}}?)?(?:公示|公开)(?:期|时间)?"
                             rf"(?:不少于|不得少于|至少)\s*{NUM}\s*个?(?:工作日|天|日)")


_HANDED_OUT = re.compile(rf"(?:发放|回收|收回)(?P<what>调查问卷|问卷|测评表|调查表|评议表)[^，,。；;]{{0,2}}?(?:不少于|至少)\s*"
                         rf"(?P<n>{NUM})\s*份")


def _handed_out_forms(rd: _Reader) -> None:
    """"每次发放问卷不少于100份": the forms filled in are papers to keep, as many as printed (the survey's figure is
    its rate)."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _HANDED_OUT.search(seg)
        if not m:
            continue
        n = int(_num(m.group("n")) or 1)
        what = m.group("what")
        rd.add(Requirement(id="", type="doc", keywords=_variants([what] + (["问卷"] if "问卷" in what else [])), min=n,
                           description=f"有{what}（不少于{n}份）", source=seg.strip(_STRIP)), si)


def _posting_periods(rd: _Reader) -> None:
    """"发展对象公示不少于5个工作日": the posting is a paper to keep (its notice, dated); how long it stayed up is the
    inspectors' to weigh."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        m = _POSTING_PERIOD.search(seg)
        if si in rd.covered or not m or _per_in(seg) not in (None, "year"):
            continue  # ("每季度报送信息不少于1篇": a count in each period)
        what = re.sub(r"^(?:对|将|把|并|且)", "", m.group("what").split("的")[-1])
        what = re.sub(r"(?:并|且)?(?:张榜|上墙|集中)$", "", what)  # "党员名单并张榜公示": the list posted
        if len(what) < 2:
            continue
        rd.add(Requirement(id="", type="doc", keywords=_variants([what + "公示", "公示"]),
                           description=f"有{what}公示的材料", source=seg.strip(_STRIP)), si)


_LINKED_HOUSEHOLDS = re.compile(rf"每名(?:党员|班子成员|委员|干部)[^，,；;。]{{0,4}}?联系(?:服务)?[^，,；;。]{{0,6}}?"
                                rf"(?:不少于|至少)?\s*{NUM}\s*(?:[-~～至—–]\s*{NUM}\s*)?户")


def _linked_households(rd: _Reader, words: str) -> None:
    """"每名党员联系群众不少于5户" (in the item or its scoring): who links with which households is a list to show
    (联系户名单/联户台账), unless the words name the register it is kept in (《党员联系户登记簿》, 联户台账) or
    another paper already read mentions them (结对帮扶)."""
    m = _LINKED_HOUSEHOLDS.search(words)
    if not m or re.search(r"(?:联系户|联户)[^，,。；;]{0,4}?(?:登记|台[账帐]|名单|名册)", words):
        return
    if any(r.type == "doc" and re.search(r"联系户|联户|帮扶|结对", "".join(r.keywords) + (r.source or ""))
           for r in rd.reqs):
        return
    source = re.split(r"[，,；;。]", words[m.start():])[0]
    rd.add(Requirement(id="", type="doc", keywords=["联系户", "联户", "联系群众"],
                       description="有党员联系户名单（联户台账）", source=source.strip(_STRIP)), None)


def _frequency_requirements(rd: _Reader) -> None:
    """Something done at a stated frequency ("党员信息每半年核对更新一次", "每两月召开一次居民议事会", "积分每季度评定
    一次、半年通报一次"): at least once (or as many times as printed) in every period."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        if si in rd.covered or _RATE.search(seg):
            continue
        parts = [p for p in seg.split("、") if _per_in(p)] if seg.count("、") and \
            sum(1 for p in seg.split("、") if _per_in(p)) > 1 else [seg]
        for part in parts:
            _frequency_part(rd, si, part, seg)


# The deed printed right before its number of times ("每季度至少开放兑换1次", "每月参加村里组织的环境卫生评比1次"), or
# right after how often when nothing follows ("服务积分按月登记").
_DEED_BEFORE_COUNT = re.compile(rf"(?P<what>[\u4e00-\u9fff]{{2,}}?)\s*(?:{NUM})\s*(?:次|场|期|回|节)(?:以上|及以上)?$")
_DEED_AFTER_PERIOD = re.compile(rf"(?<![\d两二三四五])(?:{_PERIOD_PHRASE})(?:定期|集中|统一)?(?P<what>[\u4e00-\u9fff]{{2}})$")
# Verbs of ongoing work, not of an occasion with a record of its own: dues paid (the ledger's), papers filed,
# a project carried on.
_NOT_OCCASIONS = re.compile(r"交纳|缴纳|收缴|交费|整理|归档|装订|推进|落实|执行|实施|发展")


# A board whose content is updated ("党务公开栏", "党建宣传栏", "廉政专栏").
_BOARD = re.compile(r"宣传栏|公开栏|公示栏|专栏|橱窗|展板|电子屏")


# How often dues are paid: the dues ledger shows each payment, no occasion is counted.
_DUES_AT_PERIOD = re.compile(rf"(?:{_PERIOD_PHRASE}|按季度?|按半年|按年)(?:足额|按时|及时)?(?:交纳|缴纳|收缴|交费|缴费|补交|补缴|交|缴)"
                             r"(?!流|通|往|办|付|接|纳)")


# A year without something, or a fault suffered: no deed to count or paper to keep.
_FAULT_FREE_YEAR = re.compile(r"(?:全年|年内|年度内?|每年)(?:无|未发生|没有|未出现|零)|"
                              r"被[^，,。；;]{0,10}?(?:通报|批评|处分|查处|问责|投诉)")


def _deed_at_frequency(part: str) -> list[str]:
    """The deed a frequency counts when no verb of ours names it: the words before "N次" after the last 的 or
    organising verb (its last two characters too: "健康体检" is found as 体检), or a two-character verb closing the
    part after how often. Nothing when those words are only a verb of ours, a period or a qualifier."""
    text = part.strip(_STRIP)
    if "每发现" in text:
        return []  # "每发现1人次未按月交纳": a scoring rule's count of faults
    m = _DEED_BEFORE_COUNT.search(text)
    if m:
        pieces = [p for p in re.split(rf"{_PERIOD_PHRASE}|的|组织|参加|开展|举办|进行|召开|不少于|至少|不得少于|最少",
                                      m.group("what")) if p]
        what = pieces[-1] if pieces else ""
        what = what[-4:] if len(what) > 6 else re.sub(r"^上(?!门)(?=[\u4e00-\u9fff]{3})", "", what)  # "上示范课"
    else:
        m = _DEED_AFTER_PERIOD.search(text)
        # ("驿站实行全年值守": a state kept all year, not a deed done at a frequency)
        what = m.group("what") if m and not re.match(r"全年|年内", m.group(0)) else ""
    what = re.sub(r"各$", "", what)  # "开展应急演练各1次": each time's drill
    if len(what) < 2 or what in _BARE_VERBS or _NOT_OCCASIONS.search(what) or re.search(r"[每年月季次个名人]$|^[全年]", what) \
            or re.fullmatch(r"集中|统一|定期|按时|及时|认真|专门|专题", what):
        return []
    return [what] + ([what[-2:]] if len(what) > 3 else [])


# Times of the year listed, then a deed done at each ("汛前、冬季前开展应急演练各1次", "高温、严寒季节分别开展…
# 活动各1次"); not kinds of a deed ("防汛、森林防火应急演练各一次": two drills, each counted on its own).
_AT_EACH_TIME = re.compile(rf"(?P<list>(?:[\u4e00-\u9fff“”]{{1,6}}、)+[\u4e00-\u9fff“”]{{0,4}}?(?:前|后|中|期间|季节|季|初|末|底))"
                           rf"[^，,。；;、]{{0,16}}?各\s*(?:{NUM})\s*次")
# What is held, after its verb and how many times ("开展1次“三资”清查", "召开一次政策对接会").
_HELD_OBJECT = r"[^，,]{0,4}?(?:一次|\d+次)?([\u4e00-\u9fff“”]{2,10})$"


def _frequency_part(rd: _Reader, si: int, part: str, seg: str) -> None:
    halves = re.search(r"年中[、和及]年(?:底|终|末)", part)  # "年中、年底两次书面报告": once each half year
    # "配合乡镇开展村级财务年度审计": the year's audit, once a year
    # "召开年度“联述联评联考”工作会议", "召开党代会年会": the year's meeting, once a year
    yearly = re.search(r"(?:开展|组织|进行|接受|配合)[^，,]{0,10}?年度(?:审计|检查|清查|考核|评议|体检|评估)|"
                       r"召开(?:年度[^，,、]{1,14}?(?:会议|大会)|[^，,、]{1,8}?年会)", part)
    years = 2 if _TWO_YEARS.search(part) else 1  # "每两年至少更新一次展陈内容": once in every two years
    # "年中开展1次工作推进会": once in the year, at its middle
    midyear = not halves and re.search(r"(?<![每上下])年中[^，,、]{0,4}?(?:开展|召开|组织|举行|举办|进行)", part)
    # "学年末开展满意度测评", "学期末形成小结": once each school year (or term), at its end
    school = "year" if re.search(r"学年末|学年结束", part) else ("halfyear" if re.search(r"学期末|学期结束", part) else None)
    # "一季度完成廉政风险点排查": done in one named quarter, once a year
    quarter_named = re.search(r"(?:^|[^每])(?:第)?[一二三四1-4]季度(?:末|内|前)?(?:完成|开展|组织|召开|进行)", part)
    per = _per_in(part) or ("halfyear" if halves else None) or ("year" if yearly or midyear or years > 1 else None) or \
        school or ("year" if quarter_named else None)
    if per == "year" and _deadline_activity(rd, si, re.sub(r"每年|全年|年内|每年度", "", part), part):
        return  # "每年12月开展群众满意度测评": once a year, at the year's end
    if per == "year" and re.search(r"每年(?:年初|年底|年终|年末|初|底)", part):
        return  # "每年年初报街道党工委备案": when in the year the paper named before is due, not a count
    if re.search(rf"{NUM}\s*分", part):
        return  # "学习积分人均年度内不少于8000分": points, not a number of times
    if _DUES_AT_PERIOD.search(part):
        return  # "指导联系党组织党员按月交纳党费", "外派党员可按季度补交": dues paid, the ledger's to show
    if _FAULT_FREE_YEAR.search(part):
        return  # "全年无重大质量事故", "年内被上级部门通报…的": a year without something, or a fault, no deed to count
    if re.search(r"期满|满一年|满1年|不足一年|超过一年|期不少于(?:一|1)年", part):
        return  # "发展对象培养考察期满一年": how long a stage lasts, no deed counted
    if re.search(r"排名(?:进入|在|居|位列)?(?:前|后|第)|名次|随机抽取|随机抽查", part):
        return  # "在街道月度暗访检查中排名进入前50%", "街道每月随机抽取…电话回访": a place in a ranking, or the
        # inspectors' own sampling, no deed of the unit's to count
    if not per or any(t for _s, _e, t, _a in _meetings(part)
                      if not re.search(r"在[^，,]{0,3}" + r"[^，,]*上", part)):
        return
    # "评定结果…公示": a verb before 结果 names what is posted, not a deed of its own
    # (words in brackets name papers or places, not the deed: "工作台账（会议记录、巡查日志…）按月整理")
    unbracketed = re.sub(r"[(（][^)）]*[)）]", "", part)
    verbs = [m.group(0) for m in FREQUENCY_VERBS.finditer(unbracketed) if not unbracketed[m.end():].startswith("结果")]
    # A named practice done at the frequency ("每月为党员集体过“政治生日”"), or named just before a clause with no
    # object of its own ("为党员过“政治生日”，每月集中开展1次"): the quoted name is what is counted.
    # (a slogan of two halves is one name: "每季度至少一次走进车间开展“亮身份、当先锋”实践")
    quoted = re.findall(r"“([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})?)”", part)
    if not quoted and si > 0 and rd.segments[si - 1][0] == rd.segments[si][0] and \
            not re.search(r"[\u4e00-\u9fff]", re.sub(rf"{_PERIOD_PHRASE}|[集中开展召组织举办一\d次至少不少于]", "", part)):
        quoted = re.findall(r"“([\u4e00-\u9fff]{2,8})”", rd.segments[si - 1][1])
    if per == "year":
        quoted = []  # "村“两委”成员年内无违纪", "实行“一年一归档”": a name or a slogan, no practice counted
    deed = _deed_at_frequency(unbracketed)
    # "一年两次集中亮身份": the deed printed after its number of times
    later = re.search(rf"(?:{NUM})次(?:集中|统一|定期)?([\u4e00-\u9fff]{{2,8}})$", unbracketed.strip(_STRIP))
    if not verbs and not quoted and not deed and later and not re.search(r"以上|以下|左右", later.group(1)):
        deed = [later.group(1)]
    if not verbs and not quoted and not deed:
        return
    count = None if halves else (_COUNT.search(part) or
                                 re.search(rf"(?:不少于|至少)\s*(?P<n>{NUM})\s*(?:户|人次|家|篇|件)", part))  # "走访群众不少于4户"
    n = int(_num(count.group("n")) or 1) if count else 1
    each = None if halves else _AT_EACH_TIME.search(part)
    if each and (not count or count.start() > each.start("list")):
        n *= each.group("list").count("、") + 1  # "每年汛前、冬季前开展应急演练各1次": once at each time listed
    words = [v for v in verbs if v not in ("召开", "开展", "组织")]
    # ("对党组织书记开展一次轮训": after the verb, not after 组织 of 党组织, when the part has one)
    tail = next(filter(None, (re.search(rf"(?:{verbs}){_HELD_OBJECT}", unbracketed)
                              for verbs in (r"召开|开展|(?<!党)组织(?!部)|举办", r"召开|开展|组织|举办"))), None)
    if tail and (len(tail.group(1).replace("“", "").replace("”", "")) < 2 or tail.group(1).endswith("”")):
        tail = None  # ("组织党员过“集体生日”": the quoted practice is the object, read below)
    if tail:  # (a name in quotes is part of it: "开展1次“三资”清查")
        held = re.sub(r"各$", "", tail.group(1))
        if "”" in held and "“" not in held.split("”")[0]:  # (a quoted name cut by the length: from its 「“」)
            held = unbracketed[unbracketed.rfind("“", 0, tail.start(1)):tail.end(1)]
        obj = re.sub(r"^(?:一次|次|了)", "", held.replace("“", "").replace("”", "")).split("并")[0]
        obj = re.sub(r"^全覆盖式?(?=..)", "", obj)  # "开展一次全覆盖培训": the training
        # its shorter name: its quoted name ("“联述联评联考”工作会议"), without whom it is for ("党员冬训" → 冬训),
        # what meets once a year ("党代会年会" → 党代会) or its end ("三资清查" → 清查)
        named = re.search(r"“([\u4e00-\u9fff]{2,8})”(?:工作)?(?:会议|大会|例会|活动)?$", held)
        short = re.sub(r"^(?:党员|群众|居民|村民|全体党员|全体)", "", obj)
        short = named.group(1) if named and named.group(1) != obj else \
            short if short != obj and len(short) >= 2 else re.sub(r"(?<=..)(?:活动|工作|年会)$", "", obj) \
            if re.search(r"..(?:活动|工作|年会)$", obj) else obj[-2:] if len(obj) == 4 else obj[-3:]
        words = [obj] + ([short] if len(obj) > 3 else []) + words
    # "每半年至少编发一期支部工作简报或信息": what is published, each name of it
    published = re.search(rf"(?:编发|编印|印发|出刊)(?:{NUM})?期?([\u4e00-\u9fff]{{2,12}}?)$", unbracketed.strip(_STRIP))
    if published:
        names = [w for w in re.split(r"或|和|及|、", published.group(1)) if len(w) >= 2]
        words = names + [n[-2:] for n in names if len(n) > 2 and n[-2:] in ("简报", "信息", "专刊", "期刊")] + words
    after = re.search(r"(?:一次|\d+次|两次)([\u4e00-\u9fff]{2,8})$", part)
    if after and not tail:
        words.append(re.sub(r"(?:情况|内容)$", "", after.group(1)))
    subject = re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:每|按|半年)", part.strip(_STRIP))
    if subject and subject.group(1) not in _BARE_VERBS:
        words.append(subject.group(1))  # "积分每季度评定一次": what is done
    words = [w for w in dict.fromkeys(words + deed) if len(w) >= 2] or quoted[-1:]
    if not words:
        return
    board = _BOARD.findall(rd.segments[si][2]) if "更新" in words else []
    if board:  # "设立党建宣传栏，每季度更新1次": the updates of that board, found under its name
        words = list(dict.fromkeys(words + board[-1:]))
    rd.add(Requirement(id="", type="count", keywords=_variants(words), per=per, min=n, years=years,
                       description=f"{'每两年' if years > 1 else PER_TEXT[per]}至少{n}次：{part.strip(_STRIP)}",
                       source=part.strip(_STRIP)), si)


# A number of occasions printed with the verb that holds them, the object after ("开展1次…测试") or before ("参观学习1次").
_OCCASION_LEAD = re.compile(rf"(?P<verb>开展|组织|举办|举行|进行|召开|参加|参与|观看|收看|提炼|撰写)[^，,。；;]{{0,8}}?"
                            rf"(?<![每第少缺过于下])(?P<n>{NUM})\s*(?:次|场|期|轮|条|篇)(?P<what>[^，,。；;]{{2,40}})$")
_OCCASION_TAIL = re.compile(rf"(?:开展|组织|举办|举行|进行|参加|参与)[^，,。；;]{{2,30}}?(?<![每第少缺过于下])(?P<n>{NUM})\s*"
                            r"(?:次|场|期|轮)$")
# "宣讲进楼院、进商铺、进学校": the places a deed is taken to, not the deed.
_TAKEN_TO = re.compile(r"(?<=..)(?:、?进[\u4e00-\u9fff]{1,3})+$")
# Periods the model has no window for ("每周开展1次网格巡查"): no yearly count can be read from them.
_SHORT_PERIODS = re.compile(r"每(?:个)?(?:周|天|日|旬|星期|工作日)|每两周")


# "党员教师每学年至少上一节示范课": lessons given, counted in 节 or 堂.
_LESSONS_GIVEN = re.compile(rf"(?<![以之])(?:上|讲|开设)\s*(?:不少于|至少)?\s*(?P<n>{NUM})\s*(?:节|堂|次)"
                            r"(?P<what>[\u4e00-\u9fff“”]{0,8}课)$")


def _occasion_names(obj: str) -> list[str]:
    """What an occasion counted is called: the end of its object (Chinese names end with their head: "从业人员中的
    党员摸排" is a 摸排), each name of "A或B", the deed word within it, its last two characters."""
    obj = re.sub(r"[“”\"]", "", obj)
    obj = obj.split("并")[0]  # "动态评估并及时调整": the deed counted, not what follows it
    obj = _TAKEN_TO.sub("", re.sub(r"(?<=..)(?:活动|工作)$", "", obj))
    names = []
    for alt in obj.split("或"):
        head = re.split(r"、|和|及|的", alt)[-1]
        if len(head) >= 2 and head not in _BARE_VERBS:
            names.append(head)
    deeds = [d for n in names for d in DEED_VERBS.findall(n)[-1:]]
    return names[:2] + deeds + [n[-2:] for n in names if len(n) >= 4 and not DEED_VERBS.search(n)]


def _printed_occasions(rd: _Reader) -> None:
    """How many times something is done, printed with the verb that does it and no frequency any other rule read
    ("组织党员到红色教育基地参观学习1次", "冬春训结束前组织党员进行1次应知应会测试", "每季度举办1场“党建+政策”宣讲会",
    "每季度开展1次铸牢中华民族共同体意识宣讲进楼院、进商铺、进学校活动"): that many in the year, or in each period
    printed."""
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        text = seg.strip(_STRIP)
        if si in rd.covered or _RATE.search(text) or _SHORT_PERIODS.search(text) or \
                re.search(r"每次|每场|每期|不超过|以内|以下|超过|少于|得\s*(?:\d|满分)|扣\s*\d|不得分", text) or \
                _meetings(re.sub(r"[(（][^)）]*[)）]", "", text)) or _FAULT_FREE_YEAR.search(text):
            continue
        lead = _OCCASION_LEAD.search(text) or _LESSONS_GIVEN.search(text)
        tail = None if lead else _OCCASION_TAIL.search(text)
        if not (lead or tail):
            continue
        words = _occasion_names(lead.group("what")) if lead else _deed_at_frequency(text)
        words = [w for w in dict.fromkeys(re.sub(r"各$", "", w) for w in words) if len(w) >= 2]
        if words == ["活动"]:  # "分别开展“送清凉”“送温暖”活动各1次": the activities by their quoted names
            words = re.findall(r"“([\u4e00-\u9fff]{2,8})”", text) or words
        if not words:
            continue
        n = int(_num((lead or tail).group("n")) or 1)
        # "汛前、汛中、汛后各组织…开展1次巡查", "汛前、冬季前开展应急演练各1次": once at each occasion named
        each = re.search(r"(?P<list>(?:[\u4e00-\u9fff“”]{1,6}、)+[\u4e00-\u9fff“”]{1,6})各", text) or \
            _AT_EACH_TIME.search(text)
        n *= each.group("list").count("、") + 1 if each else 1
        # "汛期前后各开展一次专项检查": before and after one named season, twice (not "重要节日前后", kinds of occasion)
        if not each and re.search(r"(?<!节日|假日|活动|会议)前后各", text):
            n *= 2
        years = 2 if _TWO_YEARS.search(text) else 1
        per = None if years > 1 else (_per_in(text) or "year")
        when = "每两年" if years > 1 else PER_TEXT[per]
        rd.add(Requirement(id="", type="count", keywords=_variants(words), per=per, min=n, years=years,
                           description=f"{when}至少{n}次：{text}", source=text), si)


def _chunks(text: str) -> list[str]:
    """Content words of a phrase, for keywords: split at function words and verbs."""
    parts = re.split(r"[^\u4e00-\u9fff]+|将|把|给|向|对|(?<!所)在(?!职)|的|和|与|及|并|有|了|为|按|要|等|各项|各类|参加|开展|组织|"
                     r"建立|设立|做好|认真|积极|确保|每年|年底|年终|年初|反馈|所在|情况|活动|工作|社区", text)
    out = []
    for p in parts:
        p = p.strip(_STRIP)
        if 2 <= len(p) <= 8 and p not in out:
            out.append(p)
    return out


# States of the organisation no paper of ours shows, that the inspectors see for themselves: who holds which posts
# ("书记、主任“一肩挑”", "交叉任职"), women among the members, a term kept ("按期换届"), failed members dealt with
# ("按规定处置"), a year without incidents ("全年无命案").
_STATES = re.compile(r"一肩挑|交叉任职|女性|妇女|按期换届|处置|(?:^|[，,])(?:全年|年内)?无|杜绝|不发生|零发生")


def _judgement(rd: _Reader, text: str) -> None:
    """One judgement for what only the inspectors can decide: the qualities (强, 团结, 有声有色 …), what they look
    at on site, and whatever else of the item's words no checkable requirement reads."""
    checkable = [r for r in rd.reqs if r.type != "judgement"]
    names = {k for r in checkable for k in r.keywords + [r.meeting_type or ""] if len(k) >= 2}
    left = []
    for si, (_ci, seg, _clause) in enumerate(rd.segments):
        s = seg.strip(_STRIP)
        if si in rd.seen:
            left.append(s)
            continue
        if si in rd.covered:
            if re.search(r"等(?:各项|各类)|等方面", s):
                left.append(s)  # an open list: the inspectors judge the rest
            elif "积极" in s and all(r.type == "doc" for r in checkable if r.source == s):
                left.append(s)  # a record shows it was done; how actively is the inspectors' call
            elif re.search(r"经常|定期", s) and not re.search(NUM + r"\s*次", s):
                left.append(s)  # "经常性开展": how often, without a number, is the inspectors' call
            elif _QUALITY_WORDS.search(re.sub(r"建立健全|健全完善|建立完善|完善", "", s)) and rd.at.get(si) is not None and rd.at[si].type in ("doc", "count") \
                    and not rd.at[si].kind == "花名册":
                left.append(s)  # the record exists; whether it is complete and proper is the inspectors' call
            continue
        if any(n in s for n in names) and not QUALITATIVE.search(_ADVERBS.sub("", s)):
            continue
        if QUALITATIVE.search(s) or _ACTION_VERBS.search(s) or _STATES.search(s) or any(w in s for w in rd.onsite) \
                or not checkable:
            left.append(s)
    if not left and checkable:
        return
    words = "，".join(_quoted(w) for w in dict.fromkeys(left)) or _quoted(text.strip(_STRIP))
    where = f"（{'、'.join(rd.onsite)}由考核组实地查验）" if rd.onsite else ""
    rd.add(Requirement(id="", type="judgement", description=f"由考核组判断：{words}。{where}", source=words), None)

def _balanced_quotes(words: str) -> str:
    """A description whose quoted name lost one of its marks where the table's words were cut ("每季度召开1次“党群
    议事会", "有组建“共产党员服务队的材料", "每月至少1次：三会一课”开展情况…"): the mark put back at the name's end
    (before 的材料 / 的照片) or its start (after the last break before it)."""
    if words.count("“") > words.count("”"):
        at = words.rfind("“")
        tail = re.search(r"的(?:材料|照片)$", words[at:])
        return words[:at + tail.start()] + "”" + words[at + tail.start():] if tail else words + "”"
    if words.count("”") > words.count("“"):
        at = words.find("”")
        start = max(words.rfind(c, 0, at) for c in "：，、；")
        start = start + 1 if start >= 0 else len(re.match(r"^(?:年初|年终|年中)?有?", words).group(0))
        return words[:start] + "“" + words[start:]
    return words


def _balanced_brackets(words: str) -> str:
    """Words cut inside a bracket or a title read whole: "组织生活会材料》(每年3月底前召开" →
    "组织生活会材料：每年3月底前召开"."""
    words = re.sub(r"^([^《]*?)》", r"\1", words)  # a title's close without its open
    words = re.sub(r"《([^》]*)$", r"\1", words)
    unclosed: list[int] = []
    for i, ch in enumerate(words):
        if ch in "（(":
            unclosed.append(i)
        elif ch in ")）" and unclosed:
            unclosed.pop()
    for at in reversed(unclosed):
        words = words[:at] + "：" + words[at + 1:]
    return words


def _read_whole(words: str) -> str:
    """Words never cut inside a quotation, a bracket or a title, as a description or a source is shown."""
    return _balanced_brackets(_balanced_quotes(words))


def _quoted(words: str) -> str:
    """A phrase with the quotation mark or bracket its ends lost put back ("“一肩挑", "第一议题”落实不到位",
    "担任村委会主任(“一肩挑")."""
    words = _balanced_quotes(words)
    for opening, closing in (("(", ")"), ("（", "）")):
        if words.count(opening) > words.count(closing):
            words += closing
    return words


# A rule on a state of the organisation no paper of ours shows ("未按期换届的，本项不得分", "无女性成员的扣1分"): the
# inspectors see it for themselves (see _STATES).
_STATE_RULE = re.compile(r"一肩挑|交叉任职|女性|妇女|按期换届|(?:非|不是|未由)[^，,；;。]{0,16}担任|由非")


def _state_rule(rule: str, reqs: list[Requirement]) -> bool:
    """Whether a rule is on such a state, and no checkable requirement asks for it ("交叉任职比例不低于60%", "女性后备
    干部至少1名" are the rate's and the list's)."""
    m = _STATE_RULE.search(rule)
    return bool(m) and not any(m.group(0) in (r.source or "") + "".join(r.keywords) + (r.measure or "")
                               for r in reqs if r.type != "judgement")


def _judged_by_the_scoring(rd: _Reader, deductions: list[Deduction]) -> None:
    """"会议记录不规范的，酌情扣0.5—1分": a rule the inspectors apply by looking leaves them a judgement, when the
    item's own words left none (labelled so in 953 items of 970 whose scoring says 酌情, 452 of 456 that say 不规范,
    236 of 236 with a 一票否决)."""
    if any(r.type == "judgement" for r in rd.reqs):
        return
    ruled = [d.text.strip(_STRIP) for d in deductions
             if d.discretionary or _JUDGED_RULE.search(d.text) or _occurred(_norm(d.text)) or _state_rule(d.text, rd.reqs)]
    if not ruled:
        return
    words = "；".join(_quoted(w) for w in dict.fromkeys(ruled))
    rd.reqs.append(Requirement(id=f"r{len(rd.reqs) + 1}", type="judgement", description=f"由考核组判断：{words}。",
                               source=words))


def points_full(ded: Deduction) -> bool:
    """A "不得分" rule (the whole item's points) follows every requirement."""
    return "不得分" in ded.text or "不计分" in ded.text


# A scoring rule about how well something was done is the inspectors' to apply.
_QUALITY_FAULTS = (r"不好|不规范|不明显|不突出|不力|不到位|不够|不高|不强|空洞|流于形式|不经常|不及时|不严|不实|"
                   r"不团结|不鲜明|一般|较差|作用发挥|成效|质量")
# ("力度不足" is how well; "学时不足的", "公示期不足的", "…不少于40学时，不足的每人扣" are amounts short)
_QUALITY_RULE = re.compile(_QUALITY_FAULTS + r"|(?<![，,])(?<!学时|课时|时长|天数|次数|人数|数量|小时|示期|年限)不足(?!\d)")
# A scoring rule that asks the inspectors to look: at their discretion (酌情), at how well or how properly something
# was done ("不足" aside: "学时不足的" is a count short), at whether it meets the requirements, or at a veto's facts.
_JUDGED_RULE = re.compile(r"酌情|不符合要求|一票否决|" + _QUALITY_FAULTS)
# A scoring rule on something that happened ("发生群体性事件的", "会议记录存在补记、代签的", "党员受到党纪处分的",
# "被上级通报的"): an incident, or a finding against the organisation, that the inspectors learn of; no paper being
# short of what the item asks brings it about (labelled a judgement in 165 of the 166 items that had none).
_OCCURRED = re.compile(r"发生|出现|存在|引发|造成|导致|违反|违规|违纪|违法|闲置|挪作他用|挪用|弄虚作假|造假|伪造|补做|补记|代签|被[^，,。；;]{0,10}?(?:评为|评定为|认定|查处|通报|问责|处分|曝光|约谈|投诉|立案|判定)"
                       r"|受到[^，,。；;]{0,10}?(?:处分|处理|处罚|通报|问责|批评)")


def _occurred(text: str) -> bool:
    """Whether a scoring rule is on something that happened (arrears the dues ledger shows are its own finding)."""
    return bool(_OCCURRED.search(text)) and "党费" not in text


# The shortest requirement source a scoring rule repeating it is taken to name ("有照片" is any photo's).
_RESTATED_MIN = 6


def _named_by_rule(ded: Deduction, text: str, checkable: list[Requirement]) -> tuple[list[Requirement],
                                                                                     list[Requirement]]:
    """The requirements a scoring rule's words name (its meeting, paper, measure, unit …), and among them the rates
    it names only by a rate word."""
    hits = []
    generic: list[Requirement] = []  # rates a band or step rule may follow, when it names none of them
    for r in checkable:
        words = [r.meeting_type, MEETING_SHORT.get(r.meeting_type or "", ""), r.measure or "", *r.keywords]
        if r.type == "doc" and r.kind:
            words.append(r.kind)  # "无花名册的扣1分"
        if r.source and r.source in text:
            hits.append(r)
        elif any(w and len(w) >= 2 and w in text for w in words):
            hits.append(r)
        elif r.type == "ledger" and "党费" in text:
            hits.append(r)
        elif r.type == "photo" and PHOTO_WORDS.search(text):
            hits.append(r)  # "无照片扣2分" follows the photo asked for, whatever it shows
        elif r.type == "rate" and (ded.bands or ded.unit == "百分点") and re.search(RATE_WORD, text):
            hits.append(r)
            generic.append(r)
        elif r.type == "window" and r.window and (r.window in text or r.window == "年终" and re.search("年底|年末", text)):
            hits.append(r)  # ("年度计划" names no window: the 年 of 年初 and 年终 alike)
        elif r.type == "roster" and re.search(r"结构|年龄|学历|岁", text):
            hits.append(r)  # "班子结构每缺一项扣0.5分"
        elif r.type == "duration" and (r.unit and r.unit in text or r.alt_unit and r.alt_unit in text
                                       or "时长" in text):
            hits.append(r)  # "学时不足的，每人扣0.1分"
    return hits, generic


# Two-character words too common in rubrics to tell requirements apart.
_COMMON_PAIRS = frozenset({"党员", "工作", "支部", "党支", "社区", "组织", "开展", "党组", "每季", "季度", "每月", "每年",
                           "全年", "不少", "少于", "至少", "情况", "活动", "按时", "规定", "要求", "以上", "群众"})
# How many of a rule's word pairs a requirement's words must hold to be the one it names.
SHARED_PAIRS_MIN = 2


def _sharing_most_words(rule: str, checkable: list[Requirement]) -> list[Requirement]:
    """"研究业务工作每少1次扣0.5分" beside "支部委员会每季度至少研究1次民政业务工作" and a count of 志愿服务: the
    requirement whose words hold most of the rule's (研究, 业务), when one holds more than any other."""
    said = re.sub(r"[未无不没缺少每扣的或者]", "，", _scoring_conditions(rule))
    words = _chunks(said)
    pairs = {w[i:i + 2] for w in words for i in range(len(w) - 1)} - _COMMON_PAIRS
    scored = [(len({p for p in pairs if p in (r.source or "")}), r) for r in checkable]
    best = max((n for n, _r in scored), default=0)
    top = [r for n, r in scored if n == best]
    if best < SHARED_PAIRS_MIN or len(top) != 1:
        return []
    # (two pairs apart are chance, "台账不健全" beside "收缴台账…不交"; a word of three shared, or three pairs, name it)
    source = top[0].source or ""
    runs = re.findall(r"[\u4e00-\u9fff]{3,}", said)
    if best < SHARED_PAIRS_MIN + 1 and not any(w[i:i + 3] in source for w in runs for i in range(len(w) - 2)):
        return []
    return top


def _candidates(ded: Deduction, text: str, checkable: list[Requirement]) -> list[Requirement]:
    """The requirements a rule naming none may follow: "每少一次扣1分" over several meetings counts missing meetings;
    "缺一项扣1分" missing requirements; a flat rule any of them."""
    if ded.per_unit is None:
        return [r for r in checkable if not (r.type == "rate" and r.threshold is not None)] \
            if ded.points is not None else []
    if ded.unit in ("次", "场", "期", "例", "课", "月", "季度"):
        return [r for r in checkable if r.type == "count"]
    if ded.unit in ("项", "个", "份", "件", "条", "本"):
        return [r for r in checkable if r.type in ("doc", "window", "photo", "count")]
    if ded.unit in ("人", "名", "人次", "户"):
        # members in arrears, short of the roster's bar, or not counted in a rate: each by its own words
        # ("党员信息与系统不一致的，每人扣0.1分" is none of them)
        return [r for r in checkable if r.type == "ledger" and re.search(r"交|缴", text)
                or r.type == "roster" and re.search(r"岁|学历|年龄|班子|委员|成员", text)
                or r.type == "rate"]
    return []


def _link(deductions: list[Deduction], reqs: list[Requirement]) -> None:
    """Each scoring rule follows the requirement its words name (a meeting, a document, a rate …); a rule about
    how well something was done follows the judgement; with one checkable requirement, that one; otherwise any
    unmet requirement."""
    checkable = [r for r in reqs if r.type != "judgement"]
    judgement = next((r for r in reqs if r.type == "judgement"), None)
    for ded in deductions:
        if ded.requirement or ded.requirements:
            continue
        text = _norm(ded.text)
        if ded.amount_bands:
            ded.requirement = judgement.id if judgement is not None else None
            continue  # bands of an amount the inspectors read from the accounts: theirs, like the judgement
        if judgement is not None and (_occurred(text) or _state_rule(text, checkable) or
                                      _QUALITY_RULE.search(text) and not ded.bands and
                                      ded.unit != "百分点" and not re.search(r"率|比例|%", text)):
            ded.requirement = judgement.id
            continue
        hits, generic = _named_by_rule(ded, text, checkable)
        if any(r.type == "rate" and r not in generic for r in hits):
            hits = [r for r in hits if r not in generic]  # "满意度90%以上得6分…" follows the 满意度, not the 知晓率
        # A rule that repeats a requirement's own words ("建立后备力量培养台账，未建立的扣1分") follows that one, and
        # another only where the rest of its words name it (not the 后备力量 名单, inside the words repeated; but
        # "无任务清单或完成情况记录的" names both papers).
        restated = [r for r in hits if r.source and len(r.source) >= _RESTATED_MIN and r.source in text]
        if restated:
            rest = text
            for r in restated:
                rest = rest.replace(r.source or "", "／")
            hits = [r for r in hits if r in restated or r in _named_by_rule(ded, rest, [r])[0]]
        if not hits and ded.bands:
            # "90%以上的得2分，80%（含）—90%的得1分…" naming no figure: the rate whose bar is its full-mark line,
            # else the item's one rate
            rates = [r for r in checkable if r.type == "rate"]
            top = max(b.low for b in ded.bands)
            hits = [r for r in rates if r.threshold is not None and abs(r.threshold - top) < 1e-9] or \
                (rates if len(rates) == 1 else [])
        if THREE_MEETINGS_WORD in text:
            hits += [r for r in checkable if r.type == "count" and r.meeting_type in dict(THREE_MEETINGS)
                     and r not in hits]
        if not hits:
            # "无工作日志的扣1分" after "建立驻村工作日志": the paper named by its shorter name
            hits = [r for r in checkable if r.type in ("doc", "window") and any(
                k[-n:] in text for k in r.keywords for n in (4, 3)
                if len(k) > n and _PAPER_ENDING.search(k[-n:]) and k[-n:] not in _GENERIC_ENDINGS)]
        if not hits:
            # "先锋岗每少1个扣1分" after "设立党员先锋岗不少于3个": a requirement whose words hold the rule's; else
            # "“一肩挑”，未实行的扣1分": what the judgement names
            words = [w for w in _chunks(_scoring_conditions(ded.text)) if len(w) >= 3]
            hits = [r for r in checkable if any(w in (r.source or "") for w in words)]
            if not hits and judgement is not None and any(w in (judgement.source or "") for w in words):
                hits = [judgement]
        if not hits and ded.per_unit is not None and ded.unit:
            # "共建单位每少1家扣0.5分" beside "有共建协议（不少于3家）": the one requirement counted in the rule's unit
            counted = [r for r in checkable if (r.min or 1) > 1 and re.search(
                rf"{NUM}\s*{re.escape(ded.unit)}", f"{r.description}{r.source or ''}")]
            hits = counted if len(counted) == 1 else []
        if not hits and len(checkable) > 1 and not ded.discretionary:
            hits = _sharing_most_words(ded.text, _candidates(ded, text, checkable))
        if not hits and len(checkable) == 1:
            hits = checkable
        if not hits and ded.per_unit is not None:
            hits = _candidates(ded, text, checkable)
        if not hits and (ded.points is not None and not ded.per_unit) and points_full(ded):
            hits = checkable
        if len(hits) == 1:
            ded.requirement = hits[0].id
        elif hits:
            ded.requirements = [r.id for r in hits]


# Words of a scoring rule's condition that name nothing in particular ("未召开的", "未按时完成的").
_GENERIC_CONDITION = re.compile(r"^(?:未|没有|无|不|凡|对|每|的|按时|按期|及时|按要求|按规定|召开|开展|组织|建立|落实|完成|"
                                r"达标|达到|执行|报送|上报|提交|参加|要求|规定|标准|情况|工作|发现|一次|一项|一例|一人|"
                                r"台账|台帐|资料|材料|档案|记录|痕迹|内容|每缺|每少|缺少?|少|不足|不够|不到|一类|一份|"
                                r"[一二两三四五六七八九十\d]+[次项例人个件起]?)+$")


def _judge_the_unnamed(rd: _Reader, deductions: list[Deduction]) -> None:
    """A scoring rule that names something none of the item's checkable requirements asks ("失联党员超过6个月未排查处置
    的，每人扣0.5分", "未悬挂党旗或标识牌的扣1分") is the inspectors' to apply: it follows the judgement (one is made
    for it when the item had none), not any unmet requirement, whose missing months or papers it does not count.
    Rules that name nothing ("未召开的扣2分", "每起扣1分") still follow any unmet requirement."""
    if not any(r.type != "judgement" for r in rd.reqs):
        return
    unnamed = [d for d in deductions if not d.requirement_ids() and not d.amount_bands and
               any(len(re.sub(r"^(?:未|无|没有)", "", w)) >= 2 and not _GENERIC_CONDITION.match(w)
                   for w in _chunks(_scoring_conditions(d.text)))]
    if not unnamed:
        return
    judgement = next((r for r in rd.reqs if r.type == "judgement"), None)
    if judgement is None:
        words = "；".join(_quoted(d.text.strip(_STRIP)) for d in unnamed)
        judgement = Requirement(id=f"r{len(rd.reqs) + 1}", type="judgement", description=f"由考核组判断：{words}。",
                                source=words)
        rd.reqs.append(judgement)
    for d in unnamed:
        d.requirement = judgement.id


_INSPECTED = re.compile(r"(?:^|(?<=[。；;，,\n]))(?:实地|现场)?(?:查阅|查看|抽查|调阅|核查|检查)(?:[^，,。；;]{0,16}?[，,]?发现|"
                        r"[^，,。；;:：]{0,16}?[:：])")


def _scoring_conditions(scoring: str) -> str:
    """The conditions of a scoring text, without its 扣X分 parts: "三会一课未落实的，每例扣0.5分" → "三会一课未落实的"."""
    # "查阅会议记录，发现例会每少1次…", "实地查看，发现…", "查阅发展党员档案：每缺一个环节…": how the inspectors
    # check, not what the item asks
    scoring = _INSPECTED.sub("", SUBTRACTED.sub("扣", scoring))
    text = re.sub(rf"(?:每|(?<![至最])少|缺)[^，,。；;]{{0,6}}?扣(?:除|减)?\s*{NUM}\s*分|扣(?:除|减)?\s*{NUM}\s*(?:[-~～至]\s*{NUM})?\s*分"
                  r"|不得分|扣完为止|酌情扣分|最高扣[^，,。；;]*", "", scoring)
    # "缺少三次以上本项不得分": how many missing makes the rule bite, not a count the item asks for
    # (not "至少8件的得3分": a minimum is what the item asks)
    text = re.sub(rf"(?:缺少|缺|(?<![至最])少|不足|超过|累计缺少?)\s*{NUM}\s*(?:次|个|项|人|名|件|家)(?:以上|及以上)?[^，,。；;]*", "", text)
    return text


# Papers a fault names as missing right after 无 ("会议无记录", "活动无照片").
_LACKED_WORDS = r"(?:记录|台账|台帐|截图|照片|图片|资料|材料|签到)"
# "无讲稿的扣1分", "无登记簿或服务台账的各扣1.5分": a paper the scoring takes points for lacking.
_LACKED_PAPERS = re.compile(r"(?:^|[，,。；;、])(?:[\u4e00-\u9fff]{2,5}?(?=没有))?(?:无|没有|缺少?(?!席)|未(?:建立|形成|留存|填写))(?P<papers>[\u4e00-\u9fff“”、或和及]{2,24}?)"
                            r"的?(?:[，,]?(?:每|各|扣|不得分|本项))")


# Papers that record doing what the item asks (学习记录, 培养台账, 项目清单, 使用明细): proof of it, not a paper
# of their own.
_RECORD_ENDINGS = frozenset({"记录", "记录本", "台账", "台帐", "清单", "明细", "明细账", "材料", "资料", "档案", "报告", "制度",
                             "结果", "文件", "表", "册", "卡", "公示"})


# Words before 制度 that name no system of the item's own ("无相关制度的", "未建立管理制度的").
_BARE_SYSTEMS = frozenset({"各项", "相关", "有关", "管理", "工作", "规章", "内部", "配套", "各类"})


def _scoring_papers(scoring: str, reqs: list[Requirement], text: str = "") -> list[Requirement]:
    """Papers a scoring rule names as lacking, when no requirement read so far asks for them: the 讲稿 of a 党课,
    a 值班记录, a 慰问名单. Genre words alone ("无记录的") and the minutes of a counted meeting are the proof of
    what is already asked."""
    out: list[Requirement] = []
    for m in _LACKED_PAPERS.finditer(scoring):
        papers = [p.strip(_STRIP) for p in re.split(r"[、或和及]", m.group("papers"))]
        either = "或" in m.group("papers") and "各" not in m.group(0)  # "无讲稿或课件的": one paper, either name
        if either:  # "无党员花名册或与系统不一致的": the paper among the conditions
            papers = [p for p in papers if _PAPER_ENDING.search(p)] or papers
        for paper in papers[:1] if either else papers:
            paper = re.sub(rf"^{NUM}[项个份类本]", "", paper.replace("“", "").replace("”", ""))
            # ("缺一项制度的": a count of papers, none named)
            ending = _PAPER_ENDING.search(paper)
            core = paper[:ending.start()] if ending else ""
            # (a genre word alone, "无记录的", or the record of a meeting or activity, is the proof of what is asked;
            # a record or list of a named duty, "无值班记录的", "无请假记录的", is a paper of its own)
            named_record = ending is not None and ending.group(0) in ("记录", "记录本", "台账", "台帐", "清单") and \
                len(core) >= 2 and not _meetings(core) and not re.search(r"会议|活动|学习|工作|培训|年度|年终|决策|事项", core) \
                and not any((core in k or k in core) and (r.type == "doc" or not _SOME_MEMBERS.fullmatch(core))
                            for r in reqs for k in r.keywords if len(k) >= 2)
            # ("无流动党员台账的" beside a 流动党员座谈会 counted: those members' register, unless a paper asked is it)
            # (a system the rule names, "无值班制度的", "未建立联席会议制度的", is a paper of its own, kept whether or
            # not the item's words say to write it: "落实村干部轮流坐班值班制度")
            named_system = ending is not None and ending.group(0) == "制度" and len(core) >= 2 and \
                core not in _BARE_SYSTEMS
            # (a duty roster is a schedule kept of its own, not the record of a deed: "无值班表的")
            if not ending or PHOTO_WORDS.search(paper) or paper in GENERIC_PAPER_WORDS or \
                    ending.group(0).removeprefix("工作") in _RECORD_ENDINGS and not named_record and not named_system \
                    and not re.search(r"(?:值班|排班|轮值)表$", paper):
                continue
            kind = dict(DOC_WORDS).get(ending.group(0).removeprefix("工作"))
            names = papers if either else [paper]
            req = Requirement(id="", type="doc", kind=kind if kind in ("签到表", "花名册", "会议记录", "制度") else None,
                              keywords=_variants(names), description=f"有{'或'.join(names)}",
                              source=m.group(0).strip(_STRIP))
            named = [k for r in reqs for k in [*r.keywords, r.source or ""]]
            if _overlaps(req, reqs + out) or _proof_of(req, reqs) or any(paper in k for k in named):
                continue
            out.append(req)
    # "未公示的扣1分", "未征求意见的扣一分": a deed whose record the scoring asks for, done as the item says
    said = re.sub(r"征求[^，,。；;]{0,8}?意见", "征求意见", text)  # "征求职工群众意见"
    said = re.sub(r"报[^，,。；;]{0,8}?审批", "报批审批", said)  # "选举结果报公司党委审批": 报批
    ruled = re.sub(r"征求[^，,。；;]{0,16}?意见", "征求意见", scoring)  # "会前未征求观众、基层演出点和团员意见的"
    for m in _LACKED_DEEDS.finditer(ruled):
        for deed in re.findall(_DEED_WORDS, m.group("deeds")):  # "未开展谈心谈话、征求意见的": each
            if deed not in said and not re.search(r"未(?:开展|进行)", m.group(0)) and deed not in _ASKED_BY_THE_RULE:
                continue  # (a deed the rule itself says was to be carried out, "会前未开展谈心谈话的", is asked)
            req = Requirement(id="", type="doc", keywords=[deed], description=f"有{deed}的材料",
                              source=re.sub(r"的?[，,]?(?:每|各|扣|不得分|本项)$", "", m.group(0).strip(_STRIP)))
            if any(deed in k or k in deed for r in reqs + out if r.type != "judgement"
                   for k in [*r.keywords, r.meeting_type or ""] if len(k) >= 2):
                continue
            out.append(req)
    return out


_DEED_WORDS = r"公示|备案|报备|征求意见|反馈|通报|谈心谈话|审核|审批|报批|登记|评议"
# Deeds whose lack a scoring rule names asked although the item's words do not ("发布前未经审核的", "会前未征求意见的":
# a step of the work the item names, 8 labelled of 9 for 审核); a filing the rule names is often a fault of another
# deed ("调整未报备的") and asked only when the item says it.
_ASKED_BY_THE_RULE = frozenset({"审核", "审批", "征求意见", "通报", "反馈"})
# ("未报院党委备案的", "未接受评议的", "无反馈的": the deed after whom it goes to or a verb of taking it)
_LACKED_DEEDS = re.compile(rf"(?:^|[，,。；;、])[^，,。；;]{{0,6}}?(?:未|无)(?:按时|按期|及时|按规定|经|进行|开展|接受|组织)?"
                           r"(?:(?:报|向)[\u4e00-\u9fff]{0,8}?(?=备案|报备|审批|审核|反馈|通报))?"
                           rf"(?P<deeds>(?:{_DEED_WORDS})(?:、(?:{_DEED_WORDS}))*)"
                           r"(?:或[^，,。；;]{1,8}|(?:对外|擅自|即|就)?(?:发布|刊发|发出|上传|推送|实施|使用))?"
                           r"的?(?:[，,]?(?:每|各|扣|不得分|本项))")


# "经验做法被区级以上媒体宣传，或在区级以上会议交流", "…被县级以上媒体、工作简报刊发推广": the work made known
# beyond the organisation, shown by the paper that carried it (the report, the 简报, the meeting's programme).
_PUBLICISED = re.compile(r"(?:经验|做法|典型|事迹|成效)[^。；;]{0,30}?(?:被|在|获|经)[^。；;]{0,24}?"
                         r"(?:媒体|报刊|简报|刊物|报纸|电视|网站|会议|平台|专刊)[^。；;]{0,12}?"
                         r"(?:宣传|报道|刊发|刊登|推广|交流|转发|发言|转载)")
_PUBLICITY_WORDS = re.compile(r"宣传推广|交流推广|宣传报道|典型发言|宣传|报道|刊发|刊登|推广|交流|转发|转载|简报")


def _publicity_requirements(rd: _Reader) -> None:
    """Work publicised by media or shared at a superior's meeting: a paper showing it, keyed by how it was made
    known (one per sentence; the sentence's segments are read)."""
    clauses: dict[int, list[int]] = {}
    for si, (ci, _seg, _clause) in enumerate(rd.segments):
        clauses.setdefault(ci, []).append(si)
    for sis in clauses.values():
        clause = "，".join(rd.segments[si][1] for si in sis)
        m = None if any(si in rd.covered for si in sis) else _PUBLICISED.search(clause)
        if m is None:
            continue
        found = [w.group(0) for w in _PUBLICITY_WORDS.finditer(clause[m.start():])]
        # "宣传推广" is found under 宣传 and 推广 too (and the scoring's "宣传报道" is the same paper)
        words = list(dict.fromkeys(found + [p for w in found if len(w) == 4 for p in (w[:2], w[2:])]))
        # the segments from where the work is named on (what comes before, "打造特色品牌", stays the inspectors')
        at, read = 0, []
        for si in sis:
            if at + len(rd.segments[si][1]) > m.start():
                read.append(si)
            at += len(rd.segments[si][1]) + 1
        rd.add(Requirement(id="", type="doc", keywords=words, description=f"有{m.group(0).strip(_STRIP)}的材料",
                           source=clause[m.start():].strip(_STRIP) if read[0] != sis[0] else clause.strip(_STRIP)),
               read[0])
        rd.covered.update(read)


def _read(text: str, scoring: str, activities: bool = True) -> _Reader:
    rd = _Reader(text=text, segments=_segments(text), own_words=activities)
    _meeting_requirements(rd)
    _rate_requirements(rd, scoring)
    _window_requirements(rd)
    _year_end_carries(rd)
    _ledger_requirement(rd)
    _roster_requirement(rd)
    _checklist_requirements(rd)
    _duration_requirements(rd)
    _written_papers(rd)
    _reports_formed(rd)
    _people_requirements(rd)
    _count_requirements(rd)
    _name_generic_counts(rd)
    _trailing_counts(rd)
    _frequency_requirements(rd)
    _printed_occasions(rd)
    _publicity_requirements(rd)
    _posting_periods(rd)
    _handed_out_forms(rd)
    _doc_requirements(rd)
    _charter(rd)
    _compact(rd)
    _photo_requirements(rd)
    _rules_of_a_place(rd)
    _one_file_each(rd)
    if activities:
        _activity_requirements(rd)
    _drop_records_of_counts(rd)
    _drop_lists_of_people(rd)
    _drop_posts(rd)
    _papers_due_at_year_edges(rd)
    _lists_from_needs_gathered(rd)
    return rd


# "每年年初报街道党工委备案", "年底前报送街道": a paper handed up at the year's start or end.
_DUE_AT_YEAR_EDGE = re.compile(r"^(?:每年)?(?P<when>年初|年底|年终|年末)前?[^，,。；;]{0,2}?(?:报|上报|报送|提交|呈报)")


def _papers_due_at_year_edges(rd: _Reader) -> None:
    """"编制党务公开目录…，每年年初报街道党工委备案": the paper named earlier in the sentence is dated at the year's
    start (or end): a window, not a paper of any date and a count of filings."""
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        due = _DUE_AT_YEAR_EDGE.match(seg.strip(_STRIP))
        if not due or re.search(r"总结|小结|报告|计划|方案|要点|述职", seg.strip(_STRIP)[due.end():]):
            continue  # ("年底报送年度工作总结": a paper of its own is due, not the one named before)
        window = "年初" if due.group("when") == "年初" else "年终"
        for sj in range(si - 1, -1, -1):
            if rd.segments[sj][0] != ci:
                break
            paper = rd.at.get(sj)
            if paper is not None and paper.type == "doc" and paper in rd.reqs:
                paper.type, paper.window = "window", window
                paper.description = f"{window}有{paper.keywords[0] if paper.keywords else '材料'}"
                rd.covered.add(si)
                break


def _lists_from_needs_gathered(rd: _Reader) -> None:
    """"年初广泛征集居民需求，形成为民办实事项目清单": the list formed from what was gathered at the year's start is due
    then (4 labelled tables in 4; a list set out beside a year-start plan, "年初制定计划，明确任务清单", stays undated)."""
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        paper = rd.at.get(si)
        if paper is None or paper.type != "doc" or paper not in rd.reqs or \
                not re.match(r"^(?:形成|确定|梳理|建立)[^，,]{2,16}?清单", seg.strip(_STRIP)):
            continue
        before = [o for cj, o, _c in rd.segments[:si] if cj == ci][-1:]
        if before and re.search(r"(?<!学)年初[^，,]{0,16}征集", before[0]):
            paper.type, paper.window = "window", "年初"
            paper.description = f"年初有{paper.keywords[0] if paper.keywords else '清单'}"


def _counts_people(req: Requirement) -> bool:
    """"年内确定入党积极分子不少于2名": a count of people (whose list is its proof)."""
    return req.type == "count" and req.min > 1 and bool(re.search(rf"{NUM}\s*(?:名|人)$", (req.source or "").strip(_STRIP)))


# Posts and areas set up for members, with no number of them ("设立党员示范岗、责任区"): the inspectors see them on site;
# no paper of their own unless one is named. (So many of them, "设立先锋岗不少于3个", is a count shown by papers.)
_POSTS = re.compile(r"(?:示范岗|先锋岗|责任区|示范车|先锋车|示范窗口|服务岗)$")


def _drop_posts(rd: _Reader) -> None:
    posts = [r for r in rd.reqs if r.type == "doc" and not r.kind and r.keywords and _POSTS.search(r.keywords[0])
             and not _DOC.search(r.source or "") and not re.search(r"名单|台[账帐]|档案|清单", r.source or "")
             and not re.search(rf"(?:不少于|至少|不得少于)[^，,]{{0,3}}?{NUM}\s*个", r.source or "")]
    for req in posts:
        rd.reqs.remove(req)
        rd.covered -= {si for si, r in rd.at.items() if r is req}


def _drop_lists_of_people(rd: _Reader) -> None:
    """"储备后备力量不少于3名" with "后备力量名单" in the 佐证材料: the list is the proof of the people asked for."""
    people = [r for r in rd.reqs if r.type == "doc" and r.min > 1 and (r.description or "").endswith(("名）", "户）"))
              or _counts_people(r)]
    keep = []
    for r in rd.reqs:
        listed = re.fullmatch(r"(?P<core>[\u4e00-\u9fff“”]{2,10}?)(?:名单|花名册|名册)", (r.source or "").strip(_STRIP))
        if r.type == "doc" and listed and any(listed.group("core") in k or k in listed.group("core")
                                              for p in people for k in p.keywords if len(k) >= 2):
            continue
        keep.append(r)
    rd.reqs[:] = keep


def _drop_records_of_counts(rd: _Reader) -> None:
    """"集中学习记录、…，全年集中学习不少于12次", "联系记录，每月至少联系1次": the record a count (or a duration, or a
    rate) is read from is its proof, not a paper of its own — read wherever it was named in the item."""
    measured = [k for r in rd.reqs if r.type in ("count", "duration", "rate")
                for k in [*r.keywords[:1], r.meeting_type or "", r.measure or ""] if len(k) >= 2]
    # "坚持写民情日记，按月记录不少于4篇": the diary is the pieces counted
    diaries = {r.keywords[0] for r in rd.reqs if r.type == "count" and r.keywords
               and re.search(r"(?:日记|日志|心得|笔记)$", r.keywords[0])}
    keep = []
    for r in rd.reqs:
        if r.type == "doc" and r.keywords and r.keywords[0] in diaries:
            continue
        record = re.fullmatch(r"(?P<core>[\u4e00-\u9fff]{2,10}?)(?:情况)?(?:记录本|记录表|记录)", (r.source or "").strip(_STRIP))
        core = re.sub(r"^(?:党员|个人|集中|日常)", "", record.group("core")) if record else ""
        if r.type == "doc" and not r.kind and record and any(core in k or k in core for k in measured
                                                             if len(core) >= 2):
            continue
        keep.append(r)
    rd.reqs[:] = keep


_PAPER_TYPES = ("doc", "window", "photo")  # requirements met by a paper kept, whose kinds may name the same paper


# One speaker under the names tables give them.
_SPEAKER_SAME = {"支委": "委员", "支部委员": "委员", "支委委员": "委员"}


def _period_mark(req: Requirement) -> str:
    """What tells two summaries apart: a report on one's duties (述职), a half year's (or a term's), or the year's."""
    words = " ".join(req.keywords) + (req.description or "")
    return "述职" if "述职" in words else "半年" if re.search(r"半年|学期", words) else ""


# The year's own plan or summary by its plain names (not a project's, "项目总结"): what a 年初 / 年终 rule dates.
_THE_YEARS_PAPER = re.compile(r"(?:年度)?(?:党建)?(?:工作)?(?:计划|总结|要点)")


def _overlaps(req: Requirement, others: list[Requirement]) -> bool:
    """Does a requirement read from the scoring text repeat one read from the item's text ("未制定计划扣2分" after
    "年初制定工作计划")?"""
    for o in others:
        if req.meeting_type and req.meeting_type == o.meeting_type:
            # "书记全年未讲党课的扣2分" beside "每季度讲党课": a count of its own, by the person it names.
            if not {_SPEAKER_SAME.get(k, k) for k in req.keywords} - {_SPEAKER_SAME.get(k, k) for k in o.keywords} - \
                    {req.meeting_type, MEETING_SHORT.get(req.meeting_type, "")}:
                return True  # ("其他支委未讲党课的" after "其他支部委员每年轮流讲党课": the same speakers)
            continue
        if req.kind == o.kind == "总结" and _period_mark(req) != _period_mark(o):
            continue  # "年底未述职的…；年终无工作总结的", "年中未形成半年小结的…；年终无年度总结的": two papers
        if req.kind and req.kind == o.kind and not req.meeting_type and \
                (req.type == o.type or (req.type in _PAPER_TYPES and o.type in _PAPER_TYPES)):
            return True  # (a rate read from the minutes is no copy of the 会议记录本 kept)
        if req.type == o.type and req.type in ("ledger", "roster", "rate"):
            return True
        if req.type == "doc" and o.type == "ledger" and any(re.search(r"收缴|交纳|缴纳|党费", k) for k in req.keywords):
            return True  # "未建立收缴台账的" after "党支部建立党费收缴台账": the dues ledger
        if set(req.keywords) & set(o.keywords):
            return True
        if req.type == o.type == "count" and not o.meeting_type and (req.per or "year") == (o.per or "year") and \
                req.years == o.years and any(len(k) >= 2 and k in r or len(r) >= 4 and r in k
                                             for k in o.keywords for r in req.keywords):
            return True  # "未开展年度评估调整的" after "每年…开展1次动态评估": the deed counted, named in the scoring
        if req.type == "doc" and o.type in ("doc", "window") and req.keywords and \
                all(k in GENERIC_PAPER_WORDS for k in req.keywords) and \
                any(k.endswith(g) for g in req.keywords for k in o.keywords):
            return True  # "计划、清单每缺1项扣1分" after "制定“堡垒指数”提升清单": the genre names that paper
        if req.type == o.type == "doc" and any(len(a) >= 4 and _abbreviates(a, b) for a in req.keywords
                                                for b in o.keywords):
            return True  # "经费未纳入预算的" after "党建工作经费纳入社区年度预算": the same paper, said shorter
    return False


# "全年开展12次、资料齐全的得满分", "每月召开且首项议程学习的得满分": the condition of full marks, said again.
_FULL_MARKS = re.compile(r"得满分|得全分|计满分|满分$")


def _full_marks_restated(req: Requirement, others: list[Requirement]) -> bool:
    """Is a count read from a scoring clause that grants full marks the item's own count said again ("全年开展12次…
    的得满分" after "每月开展1次"): as many a year as a count the item's words ask."""
    if req.type != "count" or req.meeting_type or not _FULL_MARKS.search(req.source or ""):
        return False
    yearly = req.min * PERIODS_IN_YEAR.get(req.per or "year", 1)
    return any(o.type == "count" and o.per and (o.years or 1) == (req.years or 1)
               and o.min * PERIODS_IN_YEAR.get(o.per, 1) == yearly for o in others)


# A rate a scoring rule names at the start of its condition ("持证比例每低10个百分点…", "编入率每低5个百分点…").
_SCORED_RATE_NAME = re.compile(r"(?:^|(?<=[，,。；;、\n]))(?P<name>[\u4e00-\u9fff“”]{1,10}?(?:率|比例|占比|满意度))"
                               r"(?=每低|低于|不足|未达|达到|不到|在|为|\d)")


def _rates_named_in_scoring(rd: _Reader, scoring: str) -> None:
    """A rate the scoring names shorter than the item's words ("持证比例每低10个百分点" for "社区工作者取得社会工作者
    职业资格证书的比例达到50%以上", "编入率" for "党员编入党小组率") is called so in the description too, its full
    words after it in brackets: the name the table itself uses. The measure keeps the full words."""
    rates = [r for r in rd.reqs if r.type == "rate" and r.measure and (r.description or "").startswith(r.measure)]
    for m in _SCORED_RATE_NAME.finditer(scoring):
        name = m.group("name").replace("“", "").replace("”", "")
        word = re.search(r"(?:率|比例|占比|满意度)$", name).group(0)
        if len(name) - len(word) < 2 or any(name in r.measure.replace("“", "").replace("”", "") for r in rates):
            continue
        named = [r for r in rates if r.measure.endswith(word) and
                 _abbreviates(name, r.measure.replace("“", "").replace("”", ""))]
        if len(named) == 1 and "（" not in named[0].description:
            req = named[0]
            req.description = f"{name}（{req.measure}）{req.description[len(req.measure):]}"
            req.keywords = list(dict.fromkeys([name, *req.keywords]))


def _abbreviates(short: str, long: str) -> bool:
    """Are the characters of `short` those of `long`, in order ("经费纳入预算" in "党建工作经费纳入社区年度预算")?"""
    it = iter(long)
    return len(short) < len(long) and all(ch in it for ch in short)


_CHECK_WAYS = re.compile(r"查看|查阅|查验|抽查|访谈|座谈|问卷|测试|现场|实地|走访了解|谈话了解|听取汇报|系统")
_CHECK_ACTS = re.compile(r"查看|查阅|查验|抽查|访谈|座谈|问卷|测试|走访了解|谈话了解|听取汇报")


# Words that only qualify a paper's genre ("书面报告", "相关材料"): the paper is the genre itself.
_BARE_MODIFIERS = frozenset({"书面", "相关", "有关", "工作", "其他"})


# A survey, a measurement or an audit's findings ("满意度调查报告", "水质监测报告", "年度财务决算报告"), or a tally
# ("工单统计表", "测评汇总表").
_SURVEY_PAPER = re.compile(r"(?:调查|回访|测评|问卷|检测|监测|检查|评估|审核|内审|质控|决算)(?:结果|报告|统计表?)$|"
                           r"(?:统计|汇总|测评)表$")
# The rating given after a report or a pledge ("述职评议结果", "评诺结果", "等次评定结果", its 测评表).
_REVIEW_RESULT = re.compile(r"(?:评议|测评|评诺|践诺|评定)(?:等次)?结果$|测评表$")

# Resolving disputes, however a table words it (调解 the act, 化解 / 调处 in the rate's name).
_RESOLVING = re.compile(r"调解|调处|化解")
# Two characters too common to tie a record to a rate ("党员…记录" beside "党员参学率").
_SHARED_PAIRS = frozenset({"党员", "工作", "情况", "服务", "活动", "群众", "社区", "党组", "组织", "支部"})


def _record_of_a_rate(paper: Requirement, reqs: list[Requirement]) -> bool:
    """"调解记录" beside "矛盾纠纷化解率达到95%", "回访记录" beside "满意度不低于90%", "整改销号记录" beside "隐患整改率
    100%": a record of the very deeds a rate is worked out from (or of the calls a satisfaction is surveyed by; the
    回访 of cases settled is a paper of its own)."""
    record = re.fullmatch(r"(?P<core>[\u4e00-\u9fff]{2,8}?)记录", (paper.source or "").strip(_STRIP))
    if not record:
        return False
    core = record.group("core")
    for r in reqs:
        if r.type != "rate":
            continue
        measure = r.measure or "".join(r.keywords)
        if ("回访" in core and "满意" in measure) or (_RESOLVING.search(core) and _RESOLVING.search(measure)) or any(
                core[i:i + 2] in measure for i in range(len(core) - 1) if core[i:i + 2] not in _SHARED_PAIRS):
            return True
    return False


def _proof_of(paper: Requirement, reqs: list[Requirement], listed: bool = False) -> bool:
    """Is a paper the 佐证材料 column names only the record another requirement is read from (the minutes of a
    counted meeting, the 谈话记录 of the 谈话 counted, the 测评表 of a rate, the 述职报告 of a 年终 window)?"""
    if _SURVEY_PAPER.search(paper.source or "") and any(r.type == "rate" for r in reqs):
        return True  # "第三方调查报告" beside "满意度达到90%", "水质监测报告" beside "水质达标率": what the rate is read from
    if listed and _REVIEW_RESULT.search(paper.source or "") and any(
            r.type in ("window", "count") and any(re.search(r"述职|承诺|评议|测评", k) for k in r.keywords) for r in reqs):
        return True  # "评议结果" beside "年底述职" (or "评诺结果" beside "年初承诺"): how the report was rated
    if listed and _record_of_a_rate(paper, reqs):
        return True
    if re.search(r"半年(?:工作)?(?:小结|总结)$", paper.description or paper.source or "") and \
            any(r.type == "doc" and r.kind == "总结" and "半年" in r.keywords for r in reqs):
        return True  # "无半年小结的扣" beside "年中报送半年工作小结": the half-year summary already asked
    if listed and (paper.source or "").endswith("纪要") and not any(r.type == "doc" and r.kind == "会议记录" for r in reqs):
        return True  # 佐证材料 "会议纪要" beside "重大事项经集体研究": how the decisions the inspectors weigh are shown
    if listed and re.search(r"讲稿|课件", paper.source or "") and \
            any(r.type == "count" and r.meeting_type == "党课" for r in reqs):
        return True  # 佐证材料 "党课讲稿" beside the 党课 counted: the lessons are read from their scripts (a script the
        # scoring takes points for lacking, "无讲稿的扣1分", is asked for)
    if paper.type == "photo" or re.search(r"讲稿|课件|证书", paper.source or "") or paper.kind == "通知":
        return False  # a training's 通知 and its 培训证书 are papers of their own
    record = re.fullmatch(r"(?P<core>[\u4e00-\u9fff“”]*?)(?:会议|活动)?记录", (paper.source or "").strip(_STRIP))
    deeds = [r for r in reqs if r.type in ("count", "window", "duration")]
    if record and deeds:
        # "活动记录", "支委会会议记录" beside what the item asks to be done, "谈话记录" beside the 谈话 asked: where the
        # deeds are read from ("坐班记录" beside a count of errands is the only proof of the 坐班, a paper of its own;
        # a bound 记录本 is a register of its own, below)
        core = record.group("core")
        if not core or _meetings(core) or any(core in w or w in core for r in deeds
                                              for w in [*r.keywords, r.source or ""] if len(w) >= 2):
            return True
    if any(r.type == "roster" for r in reqs) and (paper.kind == "花名册" or listed and re.search(
            r"(?:支委|委员|班子|成员)[^，,]{0,4}名单$", (paper.source or "").strip(_STRIP))):
        return True  # "支委会成员名册" (or 名单) beside "委员中有1名45周岁以下": the register the roster is read from
    listed = re.fullmatch(r"(?P<core>[\u4e00-\u9fff“”]{2,10}?)(?:名单|花名册|名册)", (paper.source or "").strip(_STRIP))
    if listed and any(listed.group("core") in k or k in listed.group("core") for r in reqs
                      if (r.type == "doc" and (r.description or "").endswith(("名）", "户）"))) or _counts_people(r)
                      for k in r.keywords if len(k) >= 2):
        if paper.kind == "花名册":  # "致富带头人花名册" beside "培育致富带头人不少于3名": the list is that roster
            for r in reqs:
                if r.type == "doc" and not r.kind and (r.description or "").endswith(("名）", "户）")) and \
                        any(listed.group("core") in k or k in listed.group("core") for k in r.keywords if len(k) >= 2):
                    r.kind = "花名册"
        return True  # "保洁员名单" beside "保洁员不少于3名": the list of the people asked for
    core = _PAPER_ENDING.sub("", paper.source or "")
    core = "" if core in _BARE_MODIFIERS else core
    if paper.kind in ("计划", "总结") and re.fullmatch(r"(?:年度|年初|年终|年底|年末|全年)(?:工作)?", core):
        core = ""  # "年度计划、年度总结" beside "年初制定计划，年终形成总结": the papers the windows ask for
    counted = {r.meeting_type for r in reqs if r.type == "count" and r.meeting_type}
    if paper.kind == "会议记录" and counted:
        # the minutes of a counted meeting, loose or bound in the 会议记录本 the "三会一课" are written in (its sign-in
        # sheets, named apart, are papers of their own)
        return True
    if paper.kind in ("会议记录", "签到表") and any(r.type == "doc" and r.kind == paper.kind for r in reqs):
        return True  # the minutes (or sign-in sheets) the item's own words already ask for
    if not core:  # "计划、清单、小结" beside the item's own: the genre of a paper the item already asks for
        genre = paper.source or ""
        ending = re.sub(r"^(?:" + "|".join(_BARE_MODIFIERS) + ")", "", genre)  # "书面报告" beside 报告 counted
        return any(r.type != "judgement" and ((paper.kind and r.kind == paper.kind) or
                                               any(genre and genre in k for k in [*r.keywords, r.source or ""]) or
                                               (r.type in ("count", "window") and len(ending) >= 2 and ending in r.keywords) or
                                               # "承诺书" beside "年初…作出承诺": the paper of the pledge
                                               (r.type == "window" and any(len(k) >= 2 and k in genre
                                                                           for k in r.keywords)))
                   for r in reqs)
    if _named_again(paper, core, reqs):
        return True
    if paper.kind == "制度":
        return False  # "联席会议制度" beside "每季度召开联席会议": the system is kept of its own, not the record of its deeds
    if paper.kind in ("签到表", "计划"):
        return False  # "培训方案、培训签到表" beside "累计不少于24学时": who came and what was planned, not the count itself
    if re.search(r"发展党员|积极分子|发展对象", paper.source or "") and \
            any(r.type == "count" and re.search(r"发展|积极分子|入党", "".join(r.keywords)) for r in reqs):
        return True  # "发展党员档案", "积极分子名册" beside "每两年发展一名": the files the members recruited are read from
    if (paper.source or "").endswith("档案"):
        return False  # "党员学习档案" beside the learning counted: a standing file kept of its own
    named = (paper.source or "").strip(_STRIP)
    if len(named) >= 3 and any(r.type == "doc" and any(named in k for k in r.keywords) for r in reqs):
        return True  # "权力清单" beside "村级小微权力清单": the same paper named twice
    names_people = bool(re.search(r"名单|名册$", paper.source or ""))
    for r in reqs:
        deed = r.type == "doc" and not r.kind and (r.description or "").endswith("的材料")
        if r.type in ("judgement", "doc", "photo") and not deed:
            continue  # a rule or a paper of its own is not read from the papers that carry it out
        # (but "评议结果备案表" beside "评议结果报街道党工委备案": the paper of a deed asked for is that deed's proof)
        if r.type in ("count", "duration") and re.search(r"积分\S*台[账帐]$", paper.source or ""):
            continue  # "积分台账" beside "积分结果每季度公示": the members' points kept as a register of their own
            # ("走访台账" beside "每月入户走访", "排查台账" beside "每月开展一次排查": the record of the deeds counted)
        if r.type == "count" and _SOME_MEMBERS.fullmatch(core):
            continue  # "流动党员台账" beside "召开一次流动党员座谈会": the register of those members, not the meeting's
        if names_people and r.type in ("count", "duration"):
            continue  # "网格党员名单" beside "网格党员每月入户走访": who they are, not the visits made (a rate among
            # members, "交叉任职比例", is still read from their 名册)
        words = [w for w in [r.meeting_type or "", r.measure or "", *r.keywords] if len(w) >= 2]
        words += [MEETING_SHORT.get(r.meeting_type or "", "")] if r.meeting_type else []
        words += [r.unit] if r.type == "duration" and r.unit == "学时" else []  # "学时登记表" of the hours asked
        if r.type == "ledger" and "党费" in (paper.source or ""):
            return True
        if core and core not in ("会议", "活动") and any(w and (w in core or core in w) for w in words):
            # ("会议记录本" beside "支部委员会会议每月召开": 会议 is every meeting's word, no one count's record)
            return True
        stem = re.sub(r"(?:登记|办理|处理)$", "", core)
        if r.type == "rate" and len(stem) >= 2 and stem != core and any(stem in w for w in words):
            return True  # "诉求办理台账" beside "居民诉求按时办结率", "报到登记台账" beside 报到率: the rate's record
        if r.type == "count" and len(core) >= 2 and core in (r.source or "") and paper.source.endswith("记录"):
            return True  # "列席记录" beside "监委会成员每月列席联席会议": the record of the deed counted
    return False


def _named_again(paper: Requirement, core: str, reqs: list[Requirement]) -> bool:
    """Is a 佐证材料 paper one the item's words already ask for, named again: "经费台账" beside "建立经费使用台账",
    "成效报告" beside "年底形成项目成效报告", "创建方案" beside "创建工作有方案"? Same genre (the paper's last words),
    and its name is that paper's name shortened or its qualifier is in the words that asked for it."""
    named = (paper.source or "").strip(_STRIP)
    ending = _PAPER_ENDING.search(named)
    if not ending or len(named) < 3:
        return False
    genre = ending.group(0).removeprefix("工作")
    for r in reqs:
        if r.type not in ("doc", "window"):
            continue
        asked = (r.source or "").strip(_STRIP)
        if not asked.endswith(genre):
            continue  # "预算文件" beside "纳入单位年度预算": a paper beside a deed, not that deed's paper
        if named in asked or _abbreviates(named, asked) or (len(core) >= 2 and core in asked):
            return True
    return False


_WHOLE_ARCHIVE = re.compile(r"(?:工作|党建|相关|基础|有关)?(?:台[账帐]|档案|资料|材料)(?:资料|材料)?")


def evidence_clause(evidence: list[str]) -> str:
    """The papers a 佐证材料 column names, as one archive checklist ("佐证材料：会议记录、签到表、活动照片"); ways of
    checking printed there (实地查看, 现场查阅档案) are the inspectors' and add nothing."""
    papers = [_norm(e).strip(_STRIP) for e in evidence]
    # "制度文本", "权力清单文本": the text of that paper, the paper itself ("村规民约文本" stays a paper by its name).
    papers = [re.sub(r"(?<=制度|清单|协议|方案|规则|办法|细则|章程)文本$", "", e) for e in papers]
    # "查阅会议记录本", "查阅资料：目标责任书": the paper to be read, named after the way of reading it
    papers = [re.sub(r"^(?:查阅|查看|查验)(?:资料|材料)?[:：]?", "", e) if _PAPER_ENDING.search(e) or _DOC.search(e) else e
              for e in papers]
    # (a photo, or a paper named by where it comes from, is no way of checking: "现场教学照片", "系统截图",
    # "系统导出名册")
    papers = [e for e in papers if e and not (_CHECK_WAYS.search(e) and not PHOTO_WORDS.search(e) and not (
        _PAPER_ENDING.search(e) and not _CHECK_ACTS.search(e)))]
    return f"佐证材料：{'、'.join(papers)}" if papers else ""


# Words of a scoring rule ("扣1分", "扣0.5-1分", "不得分", "得3分", "加1分", "扣完为止", "一票否决").
SCORING_RULE = re.compile(rf"[扣加得](?:除|减)?\s*{NUM}\s*(?:[-~～—至]\s*{NUM}\s*)?分|不得分|扣完为止|酌情扣分|一票否决|扣除本项")


def split_scoring(text: str) -> tuple[str, str]:
    """An item printing its scoring inside its words ("每月召开一次支委会（每少一次扣0.5分）。", "1.每季度召开党员大会1次，
    少1次扣1分；2.……"): (what is asked, how it is scored). A rule's condition printed before it ("发现问题未及时处置的，
    每次扣0.5分") goes with it. Text without such rules comes back whole, with no scoring."""
    rule = SCORING_RULE
    if not rule.search(text):
        return text, ""
    asked: list[str] = []
    scoring: list[str] = []
    marks = {"\x01": "（含）", "\x02": "（不含）"}  # "80%（含）—90%得2分": part of a band, not a bracket of its own
    text = re.sub(r"[（(]含[)）]", "\x01", re.sub(r"[（(]不含[)）]", "\x02", text))
    # Clauses end at 。；; outside brackets: "（少开一次扣0.5分；记录缺失的，每次扣0.2分）" is one rule group.
    for clause in re.findall(r"(?:[(（][^()（）]*[)）]|[^。；;(（]|[(（](?![^()（）]*[)）]))+[。；;]?", text):
        pieces = re.findall(r"[(（][^()（）]*[)）]|[^，,(（]+[，,]?|[(（]", clause)
        keep: list[str] = []
        rules: list[str] = []
        for piece in pieces:
            bare = piece.strip().strip("()（），,。；;")
            if rule.search(piece):
                if keep and re.search(r"的$", keep[-1].strip().rstrip("，,")):
                    rules.append(keep.pop().strip().rstrip("，,"))  # the condition of the rule that follows
                rules.append(bare)
            elif piece.strip():
                keep.append(piece)
        kept = "".join(keep).strip().rstrip("，,")
        if kept:
            asked.append(kept if re.search(r"[。；;]$", kept) else kept + "。")
        if rules:
            scoring.append("，".join(r for r in rules if r))
    asked_text, scoring_text = "".join(asked).strip(), "；".join(scoring) + "。"
    for mark, printed in marks.items():
        asked_text, scoring_text = asked_text.replace(mark, printed), scoring_text.replace(mark, printed)
    return asked_text, scoring_text


# Rules whose keeping leaves records of their own: the appointment of someone sent (执行选派党建指导员制度). (The
# study at the head of each meeting, "落实“第一议题”制度" with no meeting counted, is the inspectors' to weigh: 12 of
# 15 labelled items read so.)
RECORDED_PRACTICES = ("选派", "选聘", "派驻")


# A time limit printed after the whole item ("…（每月）", "…（1月20日前）", from a 完成时限 column).
_TIME_LIMIT = re.compile(r"[（(](?P<when>[^（）()]{2,14})[)）][。；;]?\s*$")


def _with_time_limit(text: str) -> str:
    """The item's words with a closing time limit put where its clauses read it: a period ("每月", "每季度末") before
    each clause that names none; a deadline as the time of year it falls in ("1月20日前" → 年初, "12月底前" → 年底)."""
    m = _TIME_LIMIT.search(text)
    if not m:
        return text
    when = m.group("when").strip()
    body = text[:m.start()].rstrip("，,。；; ")
    per = _per_in(when) if re.fullmatch(r"(?:每个?|按)?(?:月|季度?|半年|年)(?:度)?[末底]?|全年|年内", when) else None
    dated = re.search(r"年初|年底|年终|年末|半年|\d{1,2}月|[一二三四五六七八九十]{1,2}月", body)
    late = not dated and (_LATE_DEADLINE.fullmatch(when) or re.fullmatch(r"年底前?|年终前?", when))
    early = not dated and _EARLY_DEADLINE.fullmatch(when) and not re.search(r"十二月|12月", when)
    if not (per or late or early):
        return text
    clauses = [c for c in re.split(r"(?<=[。；;])", body) if c.strip()]
    if per:
        head = when.rstrip("末底")
        out = []
        for clause in clauses:
            # A recurring period reaches each part of a sentence that names none ("…按月交纳党费，…向党员公示（每季度末）"),
            # but not a meeting's business ("召开党员大会，通报…") nor its record ("有记录").
            parts = [p for p in re.split(r"(?<=[，,])", clause) if p.strip()] if per != "year" else [clause]
            for i, part in enumerate(parts):
                after_meeting = i > 0 and bool(_meetings(parts[i - 1]) or re.search(r"制度[”\"]?[，,]$", parts[i - 1]))
                dated = _per_in(part) or (i > 0 and (after_meeting or part.startswith("有")))
                out.append(part if dated else f"{head}{part}")
        return "".join(out).rstrip("，,") + "。"
    return ("年底" if late else "年初") + body + "。"


_SLOGAN_PER = {"月": "每月", "季": "每季度", "年": "每年"}


_BRACKETED = re.compile(r"[（(](?P<inner>[^（()）]{6,80})[)）]")


def _schedules_in_brackets(text: str) -> str:
    """"“三会一课”按规定频次召开（支委会每月、党员大会每季度…各不少于1次）": a schedule of meetings printed in brackets
    is read as a sentence of its own."""
    def unwrap(m: re.Match) -> str:
        inner = m.group("inner")
        return f"：{inner}；" if len(_meetings(inner)) >= 2 and _per_in(inner) else m.group(0)
    return _BRACKETED.sub(unwrap, text)


# A paper of a checklist with how often or how much in brackets after it ("集中学习记录（每月不少于1次）",
# "在职党员志愿服务登记表（每人每年参加不少于4次）", "民情日志（网格员每月入户走访不少于20户）").
_PAPER_RULE = re.compile(r"(?P<paper>[\u4e00-\u9fff“”]{2,16}?)(?P<end>记录本|记录|登记表|登记簿|台[账帐]|日志|花名册|名册|清单|明细|讲稿|课件|笔记)"
                         r"[（(](?P<inner>[^（()）]*?(?:不少于|至少|不低于|以上|每(?:个)?(?:月|季度?|半年|年)[^（()）]{0,12}?(?:一|1)次|"
                         r"每月\d{1,2}日|每月第[一二三四1-4]周)"
                         r"[^（()）]*?)[)）]")
# How many agreements, in brackets after their name ("共驻共建协议（与驻区单位签订不少于5家）").
_PAPER_QUANTITY = re.compile(rf"(?P<paper>[\u4e00-\u9fff“”]{{2,16}}?(?:协议|责任书|承诺书))[（(](?P<pre>[^（()）]{{2,16}}?)"
                             rf"(?P<n>(?:不少于|至少)\s*{NUM}\s*[家份名人个户])[)）]")
# A note in brackets after a listed paper ("党员设岗定责名单（有劳动能力的党员每人认领1个岗位）、年初…承诺书").
_PAPER_NOTE = re.compile(r"(?P<paper>[\u4e00-\u9fff“”]{2,16}?(?:名单|名册|记录|登记表|台[账帐]|承诺书|责任书|方案|清单))"
                         r"[（(](?P<inner>[^（()）]{4,60})[)）](?=[、；;]|[。]?$)")


# (a note of how often, "（每月1次）", "（按月登记）", is read where it is)
# A record's name ("支部委员会会议记录", "党小组会记录本"), and words opening on how often with no subject
# ("每月召开1次，…", "每季度1次").
_RECORD_NAME = re.compile(r"(?:会议)?记录(?:本|簿)?$")
_ELLIPTICAL_SCHEDULE = re.compile(rf"(?:每(?:个)?(?:月|季度?|半年|年|两个?月|周)|全年|年内|按(?:月|季度?))(?:至少|不少于)?"
                                  rf"(?:(?:召开|开展|举行|组织)?(?:至少|不少于)?{NUM}\s*次|固定[^，,。；;]{{0,8}}(?:召开|开展|举行))")
_SCHEDULE_WORDS = re.compile(r"每(?:个)?(?:月|季|年|半年|两月|周|学期)|按(?:月|季|年)|[次期]|公示|公开|年初|年底|年终")


# A register of a checklist printed as a title, "《党员大会记录》（全年不少于4次）": the register, read as any listed paper
# (not a document's title, "《关于召开党员大会进行换届选举的请示》", whose words hold no meeting).
_REGISTER_TITLE = re.compile(r"《(?!关于)(?P<name>[^《》，,。；;]{2,30}?(?:记录本|记录|台[账帐]|花名册|名册|登记表|登记簿|登记册|"
                             r"分工表|汇总表|测评表|日志|清单|档案|材料|资料|报告|计划|总结|小结|方案|责任书|承诺书))》")


def _register_titles(text: str) -> str:
    return _REGISTER_TITLE.sub(lambda m: m.group("name"), text)


_UPKEEP = re.compile(r"更新|核对|动态调整|动态管理")


def _register_name(name: str) -> str:
    """A name as printed without its title marks or a closing note ("《党课记录》（附讲稿、签到表）" → 党课记录)."""
    return re.sub(r"[（(][^（()）]*[)）]$", "", name).strip("《》")


def _named_register(name: str, text: str) -> str:
    """A checklist's record named in a column of its own ("《支部委员会会议记录》 | 每月召开1次，研究…"): words that
    open on how often, naming nothing, are about what it records ("支部委员会每月召开1次，…"). Words naming their
    subject are read as printed."""
    core = _register_name(name).strip("“”")
    subject = _RECORD_NAME.sub("", core)
    clause = re.split(r"[，,。；;]", text, maxsplit=1)[0]
    if not subject or subject == core or not _ELLIPTICAL_SCHEDULE.match(text) or subject in clause or \
            _meetings(clause):
        return text  # ("每月召开1次支部委员会": the words name it)
    return subject + text


def _the_named_register(rd: _Reader, name: str) -> None:
    """"《党员花名册》 | …；无花名册的扣2分": a paper named only by its genre (花名册, 台账, 汇编) is the register the
    checklist names, found under its full name."""
    core = _register_name(name)
    plain = re.sub(r"[“”\"]", "", core)
    if not plain or not _PAPER_ENDING.search(plain):
        return  # (an item's short name, "述职评议", names no register)
    for r in rd.reqs:
        if r.type == "doc" and r.keywords and len(r.keywords[0]) < len(plain) and plain.endswith(r.keywords[0]):
            r.keywords = list(dict.fromkeys([*_variants([plain]), *r.keywords]))
            r.description = f"有{core}"


def _rules_in_brackets(text: str) -> tuple[str, list[str]]:
    """The rule in brackets after a checklist's paper is read as a sentence of its own, about what the paper
    records: "集中学习记录（每月不少于1次）" → "集中学习记录" and "集中学习每月不少于1次". Returns the text and the
    papers that are only the proof of their rule (asked through it, not twice); a paper whose rule names a deed of
    its own stays ("民情日志（网格员每月入户走访不少于20户）": the 日志 and the visits). (A rate in brackets,
    "办结台账（办结率达到95%）", is read where it is.)"""
    rules: list[str] = []
    proofs: list[str] = []

    def unwrap(m: re.Match) -> str:
        inner = m.group("inner")
        if re.search(r"率|比例|%|％", inner) or not re.search(rf"{NUM}\s*(?:次|名|人|户|件|个|篇|学时|小时|天)|每月\d{{1,2}}日|"
                                                            r"每月第[一二三四1-4]周", inner):
            return m.group(0)
        core = re.sub(r"^(?:年度|全年|每月|每季度|[“”])+", "", m.group("paper")).strip("“”")
        if _UPKEEP.search(inner):
            core += m.group("end")  # "党员花名册（每年1月31日前更新一次）": the register is what is updated
        # ("党课记录（每季度1次，书记每年讲党课不少于1次）": the first part is the 党课's, named or not)
        first = re.split(r"[，,]", inner)[0]
        rules.append(inner if core and core[-2:] in first else f"{core}{inner}")
        # (a register kept up to date, "帮扶台账（…每季度更新一次）", is a paper of its own beside its upkeep)
        if not [d for d in DEED_VERBS.findall(inner) if d not in m.group("paper")] and not _UPKEEP.search(inner):
            proofs.append(m.group("paper") + m.group("end"))
        return m.group("paper") + m.group("end")

    def note(m: re.Match) -> str:
        """A note (not how often) is read after the list, not as words of the next paper."""
        if _SCHEDULE_WORDS.search(m.group("inner")) or \
                any(d.search(m.group("inner")) for d in (_EARLY_DEADLINE, _MID_DEADLINE, _LATE_DEADLINE)):
            return m.group(0)  # (a deadline, "（3月底前）", is read where it is, with the paper it dates)
        rules.append(m.group("inner"))
        return m.group("paper")
    # "与驻区单位签订共驻共建协议不少于5家": the paper with how many of it, as the words would say it
    counted = _PAPER_QUANTITY.sub(lambda m: f"{m.group('pre')}{m.group('paper')}{m.group('n')}", text)
    out = _PAPER_NOTE.sub(note, _PAPER_RULE.sub(unwrap, counted))
    if not rules:
        return counted, []
    return out.rstrip("。；; ") + "。" + "。".join(rules) + "。", proofs


def _slogan_periods(text: str) -> str:
    """"做到“一月一收、一季一公示”": a slogan of periods; each posting or report it names is once in its period
    ("一季一公示" → "每季度公示一次"); other deeds of the slogan (一月一收: 党费, read by the ledger) stay as printed."""
    text = re.sub(r"一(?P<p>[月季年])一(?P<v>公示|公开|公布|通报|报告|更新|评议|评定)",
                  lambda m: f"{_SLOGAN_PER[m.group('p')]}{m.group('v')}一次", text)
    # "支委会一月一次", "党课一季度一次", "两月一次": once in each period, as 每月一次 reads (not "十一月一日")
    text = re.sub(r"(?<![\d十])一个?(?P<p>月|季度?|年)一次", lambda m: f"{_SLOGAN_PER[m.group('p')[0]]}一次", text)
    return re.sub(r"(?<![\d十])[两二]个?月一次", "每两月一次", text)


# ("“三会一课”记录等台账": the list's last paper and the folder over them all)
_UMBRELLA_LEDGER = re.compile(r"^[\u4e00-\u9fff“”]{0,6}?(?:工作|党建)台[账帐](?:资料)?$|"
                              r"^[\u4e00-\u9fff“”]{2,12}等(?:基础|工作)?台[账帐]$")


def _figures_of_a_target(req: Requirement, text: str) -> bool:
    """"村级财务报表", "业务统计报表" in a 佐证材料 column beside "村集体经济年经营性收入达到10万元以上" or "完成率达到
    95%": the figures a target is read from, the inspectors' to check against it."""
    return req.type == "doc" and (req.source or "").strip(_STRIP).endswith("报表") and \
        bool(re.search(rf"{NUM}\s*(?:万元|元|%)|百分之|增长|率", text))


def _log_of_routine(req: Requirement, text: str) -> bool:
    """"巡查记录" in a 佐证材料 column beside "党员每班开展安全巡查" (or 每日, 每周): the log of a routine kept more
    often than any period counted, the inspectors' to weigh."""
    m = re.fullmatch(r"(?P<deed>[\u4e00-\u9fff]{2,4}?)记录", (req.source or "").strip(_STRIP)) \
        if req.type == "doc" else None
    # (a duty's record, "值班记录", is kept as the duty roster's proof)
    if not m or re.search(r"值班|坐班|值守", m.group("deed")):
        return False
    return any(m.group("deed") in clause and re.search(rf"{_SHORT_PERIODS.pattern}|每班", clause)
               for clause in re.split(r"[。；;]", text))


def _drop_umbrella_ledgers(rd: _Reader) -> None:
    """"党建工作台账规范齐全：“三会一课”记录本、党员花名册、党费收缴台账…", "建立工作台帐，包括会议记录、活动记录":
    a work ledger named beside the papers it is made of is their folder, not a paper of its own."""
    papers = [r for r in rd.reqs if r.type in ("doc", "ledger", "photo")]
    for req in papers:
        names = [k for k in req.keywords if _UMBRELLA_LEDGER.search(k)]
        if req.type != "doc" or req.kind or not names or len(papers) < 3 or \
                any(k not in names and k not in ("台账", "台帐") for k in req.keywords):
            continue
        plain = re.sub(r"[“”\"]", "", rd.text)
        listing = any(re.search(r"..等(?:基础|工作)?台[账帐]$", n) for n in names) or \
            any(re.search(re.escape(n) + r"[^。；;]{0,8}?(?:包括|包含|[:：])", plain) for n in names) or \
            re.search(r"、[^。；;，,]{1,20}等(?:资料|材料|台账|台帐)", rd.text)
        if listing:
            rd.reqs.remove(req)


_MINUTES_BOOK = re.compile(r"(?:党支部|支部|党组织|党委)工作记录本")


def _minutes_book(rd: _Reader) -> None:
    """"使用《党支部工作记录本》，记录规范完整", "档案包括：支部工作记录本、…": the standard book the meetings are
    written in is the minutes, kept as one paper (the bare 记录 of the same item is that book)."""
    m = _MINUTES_BOOK.search(rd.text)
    if not m:
        return
    name = m.group(0)
    for req in rd.reqs:
        if req.type == "doc" and (req.kind == "会议记录" or any("记录本" in k for k in req.keywords)):
            req.kind = "会议记录"
            req.keywords = list(dict.fromkeys([*req.keywords, name, "记录本"]))
            return
    rd.add(Requirement(id="", type="doc", kind="会议记录", keywords=[name, "记录本"], description=f"有{name}",
                       source=name), None)


def _minutes_of_counted_meetings(rd: _Reader) -> None:
    """"支委会每月召开1次，…党课每季度1次；会议记录规范完整", "使用统一印制的“三会一课”记录本": the minutes of the
    meetings counted are what each count is checked on, no paper of their own (how well they are kept is the
    inspectors'). Minutes named by something else ("线上会议记录", "发言提纲") stay."""
    counted = {k for r in rd.reqs if r.type == "count" and r.meeting_type for k in [r.meeting_type, *r.keywords]}
    if not counted:
        return
    for req in [r for r in rd.reqs if r.type == "doc" and r.kind == "会议记录" and r.keywords]:
        rest = re.sub(r"^[^，,]*?统一(?:印制|制发|配发|规范)?的?", "", req.keywords[0])
        rest = re.sub(r"(?:会议)?(?:记录本?|纪要)$", "", rest)
        for word in sorted(counted | {"三会一课"}, key=len, reverse=True):
            rest = rest.replace(word, "")
        if not re.sub(r"[“”\"《》及和与、]|会议|会", "", rest):
            rd.reqs.remove(req)


def _bare_postings(rd: _Reader) -> None:
    """"党费台账及公示，…每半年公示一次": a bare 公示 beside the postings counted (or named again) is those."""
    for req in [r for r in rd.reqs if r.type == "doc" and not r.kind and len(r.keywords) == 1
                and r.keywords[0] in ("公示", "公开", "公布")]:
        word = req.keywords[0]
        if any(r is not req and r.type in ("count", "doc") and word in r.keywords for r in rd.reqs):
            rd.reqs.remove(req)


def _bare_records(rd: _Reader) -> None:
    """"会议做到有通知、有签到、有记录，会议记录要素完整": a bare 记录 of a meeting is its minutes, once; beside a
    meeting counted ("每月开展主题党日，每次活动有方案、有记录") it is the record the count is checked on."""
    minutes = [r for r in rd.reqs if r.type == "doc" and r.kind == "会议记录"]
    counted = any(r.type == "count" and r.meeting_type for r in rd.reqs)
    for req in [r for r in rd.reqs if r.type == "doc" and not r.kind and r.keywords == ["记录"]]:
        if minutes or counted:
            rd.reqs.remove(req)
        elif re.search(r"会议|会前|会中|会后|三会一课", rd.text):
            req.kind = "会议记录"
            req.description = "有会议记录"


_POSTED = re.compile(r"公示|公开|公布")


def _merge_postings(rd: _Reader) -> None:
    """"发展对象、拟接收的预备党员在村(社区)公示栏上公示", "协商结果…通过公示栏、微信群向居民公开": one posting of
    the things listed (or through the channels listed) is one paper, however the list split the words."""
    kept: list[Requirement] = []
    for r in rd.reqs:
        posted = _POSTED.search(r.source or "")
        # (only a part naming where or through what it is posted: "社区党建工作的重大事项、社区党费收支结存情况及时
        # 公示" posts two papers)
        where = re.search(r"在|通过|于|微信|公示栏|公开栏|网站|平台", r.keywords[0] if r.keywords else "")
        if r.type == "doc" and not r.kind and posted and where and (r.description or "").endswith("的材料") and any(
                k.type == "doc" and posted.group(0) in (k.source or "") and
                ((r.source or "") in (k.source or "") or (k.source or "") in (r.source or "")) for k in kept):
            continue
        kept.append(r)
    rd.reqs[:] = kept


def _merge_photos(rd: _Reader) -> None:
    """"每场活动有通知、签到和照片，照片不少于3张": photos named twice, once with nothing to tell them apart or only
    restated with a number, are one requirement (the larger number printed)."""
    photos = [r for r in rd.reqs if r.type == "photo"]
    if len(photos) < 2:
        return
    restated = [r for r in photos if re.match(r"(?:照片|图片|影像资料)[^，,]{0,3}?(?:不少于|至少)", r.source or "")]
    plain = next((r for r in photos if not r.keywords), None)
    keep = plain or next((r for r in photos if r not in restated), None)
    if keep is None:
        return
    merged = [r for r in photos if r is not keep and (plain is not None or r in restated)]
    for other in merged:
        shown = re.search(rf"(?P<n>{NUM})\s*张", other.source or "")
        keep.min = max(keep.min, other.min, int(_num(shown.group("n")) or 1) if shown else 1)
    rd.reqs = [r for r in rd.reqs if not any(r is o for o in merged)]


# A segment that goes on with the actor of the one before ("…，每年为党员讲党课不少于2次"): it starts with when,
# how many or a verb, not with a subject of its own ("党课每季度1次" names the meeting anew).
_GOES_ON = re.compile(r"^(?:每|全年|年内|年度|至少|不少于|为|向|给|并|且|同时|讲|上|召开|开展|组织|参加)")


def _report_at_year_end(rd: _Reader, words: str) -> None:
    """"每年向社区党委述职一次" beside "年终述职并形成书面述职报告": the year's one 述职 is given at its end, the 年终
    window's paper (without a 年底/年终 anywhere, it stays a yearly count)."""
    if not re.search(r"(?:年终|年底|(?<!学)年末)[^，,。；;]{0,8}述职", words):
        return
    for i, r in enumerate(rd.reqs):
        if r.type == "count" and r.per == "year" and r.min == 1 and "述职" in r.keywords and not r.meeting_type:
            rd.reqs[i] = Requirement(id="", type="window", window="年终", kind="总结", keywords=["述职报告", "述职"],
                                     description="年终有述职报告", source=r.source)
            rd.reqs = [o for j, o in enumerate(rd.reqs) if j == i or not (o.type == "window" and o.window == "年终"
                                                                          and "述职" in o.keywords)]
            return


def _standing_shown_by_its_paper(rd: _Reader) -> None:
    """"村党组织领办合作社不少于1个" beside "合作社章程" (or 登记证明): the entity is shown by its own paper, no
    second one."""
    papers = [k for r in rd.reqs if r.type == "doc" and not re.match(_STANDING_VERBS, r.description)
              for k in r.keywords]
    rd.reqs = [r for r in rd.reqs if not (
        r.type == "doc" and r.min == 1 and r.keywords and re.match(rf"(?:{_STANDING_VERBS}).*不少于", r.description)
        and any(k.startswith(r.keywords[-1]) and len(k) > len(r.keywords[-1]) for k in papers))]


# The dues ledger under other names ("党费收缴记录", "党费登记表", "党费收缴明细账", "党费收缴台账记录").
_DUES_REGISTER = re.compile(r"党费(?:收缴|交纳|缴纳)?(?:记录|台[账帐](?:记录)?|登记[表簿册]|明细账?)")


def _generic_repeats(rd: _Reader) -> None:
    """"有学习资料" and the rule's "标识、制度、资料每缺一项": a paper named only by a genre word (资料, 材料, 记录)
    is the one already asked under a fuller name ending with it."""
    def fuller(r: Requirement, word: str) -> bool:
        return r.type == "doc" and (r.description.endswith(word) or any(k.endswith(word) and k != word
                                                                        for k in r.keywords))
    rd.reqs = [r for r in rd.reqs if not (r.type == "doc" and r.keywords and all(
        k in GENERIC_PAPER_WORDS for k in r.keywords) and any(
        o is not r and fuller(o, k) for o in rd.reqs for k in r.keywords))]


# The ending a paper's name adds to its deed's ("征求意见" → 征求意见表, "对照检查" → 对照检查材料).
_PAPER_OF_A_DEED = re.compile(r"(?:汇总|登记)?表|材料|记录|台[账帐]")


def _deed_and_its_paper(rd: _Reader) -> None:
    """"会前广泛征求党员群众意见" beside "征求意见表", "对照检查" beside "对照检查材料": the deed's record and the paper
    named for it are one paper, under the paper's name."""
    docs = [r for r in rd.reqs if r.type == "doc" and r.keywords]
    for deed in docs:
        paper = next((o for o in docs if o is not deed and o.keywords[0].startswith(deed.keywords[0]) and
                      len(deed.keywords[0]) >= 2 and
                      _PAPER_OF_A_DEED.fullmatch(o.keywords[0][len(deed.keywords[0]):])), None)
        if paper is not None and deed in rd.reqs and not deed.kind:
            paper.keywords = list(dict.fromkeys([*paper.keywords, *deed.keywords]))
            rd.reqs.remove(deed)


def _papers_once(rd: _Reader) -> None:
    """"年初制定工作要点和任务清单": the list dated 年初 is that paper; the same name read again as an undated paper is
    no second one. So is "党费收缴记录" (or "党费登记表") listed beside the dues ledger read from it."""
    dated = {r.keywords[0] for r in rd.reqs if r.type == "window" and r.keywords}
    ledger = any(r.type == "ledger" for r in rd.reqs)
    # ("年初制定年度党建工作计划、签订…责任书": the plan and the agreement the windows read from those words)
    windows = [(r.kind, r.source or "") for r in rd.reqs if r.type == "window" and r.kind in ("计划", "协议")]
    rd.reqs = [r for r in rd.reqs if not (r.type == "doc" and r.keywords and (
        (not r.kind and (r.keywords[0] in dated or (ledger and _DUES_REGISTER.fullmatch(r.keywords[0])))) or
        (r.kind and any(kind == r.kind and r.keywords[0] in source for kind, source in windows))))]
    # "《年度党建工作计划》（年初制定…）": the plan dated by its note and the plan listed are one paper; the fuller name stays
    same = [r for r in rd.reqs if r.type == "window" and r.keywords]
    rd.reqs = [r for r in rd.reqs if not (r.type == "window" and r.keywords and any(
        o is not r and o.kind == r.kind and o.window == r.window and o.keywords and len(o.keywords[0]) > len(r.keywords[0])
        and r.keywords[0] in o.keywords[0] and o.keywords[0] in (r.source or "") for o in same))]


# A number of meetings printed ("不少于2次", "1次", "一堂"), or a lack the scoring names ("未讲党课的").
_MEETINGS_NUMBERED = re.compile(rf"{NUM}\s*(?:次|场|堂|期|个)|未|没有|无")


def _meetings_mentioned(rd: _Reader, scoring: str) -> None:
    """"支部书记参加院系党政联席会议", "召开支部委员会专题研究冬春训工作", "逢重大节日必开展主题党日活动": a meeting
    named with no period and no number is how something is done (or a step of a procedure), no count to check,
    unless the scoring takes points for its lack ("书记讲党课" beside "书记未讲党课的扣2分"). Service (志愿服务) done
    is a count whatever its wording."""
    def mentioned(r: Requirement) -> bool:
        if r.type != "count" or not r.meeting_type or r.meeting_type == "志愿服务" or r.per or r.years != 1 or \
                _MEETINGS_NUMBERED.search(r.source or ""):
            return False
        names = [n for n in [r.meeting_type, MEETING_SHORT.get(r.meeting_type, ""), *r.keywords] if len(n) >= 2]
        return not any(re.search(rf"(?:未|没有|无)[^，,。；;]{{0,8}}?{re.escape(n)}", scoring) for n in names)
    rd.reqs = [r for r in rd.reqs if not mentioned(r)]


def _merge_bare_meetings(rd: _Reader) -> None:
    """"书记带头讲党课，每年为党员讲党课不少于2次": a meeting named with no frequency, then counted in the next
    segment of the same sentence by the same actor, is one requirement: the count, with the first's words (who gives
    it). A meeting named anew ("书记带头讲党课，党课每季度1次") is two: the 书记's, and the branch's every quarter."""
    where = {id(r): si for si, r in rd.at.items()}
    for bare in [r for r in rd.reqs if r.type == "count" and r.meeting_type and not r.per and r.years == 1]:
        si = where.get(id(bare))
        if si is None or si + 1 >= len(rd.segments) or rd.segments[si + 1][0] != rd.segments[si][0]:
            continue
        nxt = rd.at.get(si + 1)
        if nxt is None or nxt.type != "count" or nxt.meeting_type != bare.meeting_type or not nxt.per or \
                not _GOES_ON.match(rd.segments[si + 1][1].strip(_STRIP)):
            continue
        if {*nxt.keywords} & _GIVERS and {*nxt.keywords} & _GIVERS != {*bare.keywords} & _GIVERS:
            continue  # another person's count
        givers = [k for k in bare.keywords if k in _GIVERS]
        if givers and not {*nxt.keywords} & _GIVERS:  # the count is that person's: it names who gives it
            nxt.keywords = givers
            nxt.description = _lecture(givers[0], PER_TEXT.get(nxt.per or "", ""), nxt.min)
        else:
            nxt.keywords = list(dict.fromkeys([*nxt.keywords, *bare.keywords]))
        rd.reqs = [r for r in rd.reqs if r is not bare]


# Ongoing work a sentence names before it counts "活动" ("开展结对共建…，每年共同开展活动不少于2次"): the activities
# counted are that work's.
_WORK_NAMED = (("共建活动", re.compile(r"共建(?!美丽|美好|和谐|幸福|文明|平安|家园|共治|共享)|联建|结对")),
               ("志愿服务", re.compile(r"志愿服务|志愿者")))


def _activities_of_work(rd: _Reader) -> None:
    """A bare count of 活动 after a sentence names ongoing work (结对共建, 联建, 志愿服务) counts that work."""
    for req in rd.reqs:
        if req.type != "count" or req.meeting_type or req.keywords != ["活动"] or not req.source:
            continue
        at = rd.text.find(req.source)
        if at < 0:
            continue
        before = re.split(r"[。；;]", rd.text[:at])[-1]
        for mtype, named in _WORK_NAMED:
            if named.search(before):
                req.meeting_type, req.keywords = mtype, [MEETING_SHORT.get(mtype, mtype)]
                req.description = f"{PER_TEXT.get(req.per or '', '')}{_held(mtype)}不少于{req.min}次"
                break


# How many partners an agreement is signed with ("与不少于3家企业党组织结对共建", "开展结对共建不少于2家",
# "签订共建协议的驻区单位不少于3家"; not "共建项目不少于2个").
_PARTNERS = re.compile(rf"(?:与|同)(?:不少于|至少)?\s*(?P<a>{NUM})\s*(?:个|家)(?:以上)?[^，,。；;]{{0,24}}?(?:共建|联建|结对)|"
                       rf"(?:共建|联建|结对)(?:(?!项目|活动)[^，,。；;]){{0,12}}?(?:不少于|至少)\s*(?P<b>{NUM})\s*(?:个|家)")


def _paper_quantities(rd: _Reader) -> None:
    """"签订联建共建协议，不少于2家": how many of the paper just named, in a part of its own; "签订党建联建协议不少于
    3个" asks for papers, not for a deed done 3 times."""
    for si, (ci, seg, _clause) in enumerate(rd.segments):
        m = re.fullmatch(rf"(?:不少于|至少|不低于)\s*(?P<n>{NUM})\s*(?:家|个|份)(?:单位)?(?:以上)?", seg.strip(_STRIP))
        paper = rd.at.get(si - 1) if m and si > 0 and rd.segments[si - 1][0] == ci else None
        if paper is not None and paper.type == "doc" and paper.min == 1:
            paper.min = int(_num(m.group("n")) or 1)
            paper.description = f"{paper.description}（不少于{paper.min}份）"
            rd.covered.add(si)
    where = {id(r): si for si, r in rd.at.items()}
    for paper in [r for r in rd.reqs if r.type == "doc" and r.kind == "协议" and r.min == 1 and id(r) in where]:
        # "与不少于3家企业党组织结对共建，签订共建协议": as many agreements as partners its sentence counts
        ci = rd.segments[where[id(paper)]][0]
        sentence = "，".join(seg for c, seg, _clause in rd.segments if c == ci)
        counted = {_num(m.group("a") or m.group("b")) for m in _PARTNERS.finditer(sentence)}
        if len(counted) == 1 and (n := int(counted.pop() or 1)) > 1:
            paper.min = n
            paper.description = f"{paper.description}（不少于{n}家）"
    papers = [r for r in rd.reqs if r.type == "doc" and r.min > 1]
    rd.reqs = [r for r in rd.reqs if not (r.type == "count" and not r.meeting_type and any(
        p.source == r.source and p.min == r.min for p in papers))]


# The papers the inspectors consult, a phrase of its own in the scoring ("查阅后备力量名册、培养记录。", "查阅联户台账、
# 诉求办理台账，走访群众。").
_CONSULTED = re.compile(r"(?:^|(?<=[。；;\n]))(?:实地|现场)?(?:查阅|调阅|查看|核查)(?P<papers>[^。；;，,:：]{2,48}?)(?=[，,。；;]|$)")


def _consulted_papers(scoring: str) -> list[str]:
    """Each paper of the scoring's 查阅 phrases, when every piece they list is a paper by its name."""
    found = []
    for m in _CONSULTED.finditer(scoring):
        pieces = [p.strip(_STRIP) for p in re.split(r"[、和及]|以及", m.group("papers")) if p.strip(_STRIP)]
        if not pieces or not all(_PAPER_ENDING.search(p.replace("“", "").replace("”", "")) for p in pieces):
            return []
        found += pieces
    return found


# Words that say a count is the year's own, whatever period the item is checked over.
_YEAR_WORDS = re.compile(r"每一?年|全年|年内|年度|一年|上半年|下半年")
# Meetings held once a year by their nature: never counted in a shorter period for want of one printed.
_YEARLY_BY_NATURE = frozenset({"组织生活会", "民主生活会"})


def _within_the_items_period(rd: _Reader) -> None:
    """"本季度组织党员集中学习不少于3次…；“两委”班子开展专题学习研讨不少于1次": an item checked over one quarter
    (本季度) or month (本月) counts what it asks with no period of its own in that period, not in the year. A deed
    of a festival or a named day ("七一"前后走访慰问) stays once a year: it falls in one quarter of the year."""
    scope = "quarter" if "本季度" in rd.text else "month" if re.search(r"本月(?!底)", rd.text) else None
    if scope is None:
        return
    for r in rd.reqs:
        if r.type != "count" or r.per != "year" or (r.years or 1) != 1 or r.meeting_type in _YEARLY_BY_NATURE or \
                "民主评议" in r.keywords or _YEAR_WORDS.search(r.source or "") or \
                re.search(rf"{_FESTIVAL}|{_NAMED_DAY}", f"{r.source}{r.description}"):
            continue
        r.per = scope
        r.description = r.description.replace(PER_TEXT["year"], PER_TEXT[scope], 1)


def _posts_and_their_list(rd: _Reader) -> None:
    """"设立党员先锋岗不少于3个" beside 佐证材料 "先锋岗名单": the list of the posts is how the posts asked are shown, one
    paper (labelled so in 35 of the 44 items that print both), found under the list's name too."""
    for lst in [r for r in rd.reqs if r.type == "doc" and r.keywords and re.search(r"岗(?:位|设置)?名单$", r.keywords[0])]:
        post = re.sub(r"(?:设置)?名单$", "", lst.keywords[0])
        posts = next((r for r in rd.reqs if r is not lst and r.type == "doc" and any(
            k.endswith(post[-3:]) for k in r.keywords if len(k) >= 3)), None)
        if posts is not None:
            posts.keywords = list(dict.fromkeys([*posts.keywords, *lst.keywords]))
            rd.reqs = [r for r in rd.reqs if r is not lst]


def _bare_title(text: str) -> bool:
    """An item's words that only name a topic ("党内关怀帮扶。", "组织生活会和民主评议党员。"): short, no number, no
    clause of its own."""
    bare = _norm(text).strip(_STRIP)
    # (a name in quotes is one word of the topic: "做好“12345”热线诉求办理")
    named = re.sub(r"“[^”]*”", "“”", bare)
    # (a case ending in 的, "发生重大安全生产事故的", is no topic: it says what happened)
    return 0 < len(named) <= 14 and not re.search(r"[\d，,；;：:]|每|不少于|至少|以上|的$", named)


# An item printed as faults only ("…（本项为扣分项）", "（扣分项）"): what is asked is that none happen.
_FAULTS_ONLY = re.compile(r"[（(](?:本项为|本项系|此项为)?(?:扣分|减分)项[)）]")


def infer_item(text: str, scoring: str = "", points: float | None = None,
               evidence: list[str] | None = None, name: str = "") -> Inference:
    """What the item's words say can be checked, its scoring rules linked to them, and filing words. The scoring
    text's conditions ("三会一课未落实的，每例扣0.5分") add what the item's text does not already ask; the papers of a
    佐证材料 column (`evidence`) are an archive checklist. Scoring printed inside the words is read as scoring."""
    titled = bool(scoring.strip()) and _bare_title(text)
    if not scoring.strip():
        text, scoring = split_scoring(text)
    elif titled:
        # "主题党日活动。" over "①每月固定第一个星期五开展主题党日活动，全年开展12次的得3分…": a title over
        # numbered rules that say what is asked; what they ask is the item's words.
        asked, _rules = split_scoring(scoring)
        asked = re.sub(r"[①②③④⑤⑥⑦⑧⑨⑩]", "", asked)  # the rules' numbers are no words of theirs
        if asked.strip(_STRIP):
            text = asked  # the title names the topic the rules spell out; it asks nothing of its own
    # "查阅“两委”成员名册、值班记录，实地查看。班子结构不达标的…": the papers the inspectors consult, named at the
    # head of the scoring, are the item's evidence list (as a 佐证材料 column would print them), not conditions
    consulted = _consulted_papers(scoring)
    if consulted:
        evidence = [*(evidence or []), *consulted]
    text, proofs = _rules_in_brackets(_schedules_in_brackets(_register_titles(_named_register(name, text))))
    text = _with_time_limit(_slogan_periods(text))
    norm_text = _norm(text)
    norm_scoring = _norm(SUBTRACTED.sub("扣", _CONSULTED.sub("", scoring) if consulted else scoring))  # (减 is 扣)
    rd = _read(norm_text, norm_scoring)
    if proofs:  # "集中学习记录（每月不少于1次）": the record is the proof of the count, no paper of its own
        proved = {_norm(p) for p in proofs}
        rd.reqs = [r for r in rd.reqs if not (r.type == "doc" and (r.source or "").strip(_STRIP) in proved)]
    # ("台账资料", "档案资料" in a 佐证材料 column: the whole archive, no paper of its own)
    listed = evidence_clause([e for e in evidence or [] if not _WHOLE_ARCHIVE.fullmatch(e.strip(_STRIP))])
    if listed:
        for req in _read(listed, "", activities=False).reqs:
            if req.type == "judgement" or _log_of_routine(req, norm_text) or _figures_of_a_target(req, norm_text):
                continue
            if not _proof_of(req, rd.reqs, listed=True):
                rd.add(req, None)
                continue
            for r in rd.reqs:  # "征求意见表" beside "会前征求意见": the deed's paper, found under its own name too
                if r.type == "doc" and req.type == "doc" and any(k in (req.source or "") for k in r.keywords):
                    r.keywords += [k for k in req.keywords if k not in r.keywords and len(k) >= 3]
                    break
    conditions = _scoring_conditions(norm_scoring)
    if conditions.strip(_STRIP + "的"):
        # (and "无" before a paper: "线上会议无记录、无截图的" asks for the meetings' record and the screenshots)
        extra = _read(re.sub(r"未|没有|没|无(?=" + _LACKED_WORDS + ")", "", conditions), "", activities=False)
        printed = [c.strip(_STRIP) for c in re.split(r"[，,。；;]", conditions) if c.strip(_STRIP)]
        for req in extra.reqs:
            undated = next((o for o in rd.reqs if req.type == "window" and o.type == "doc" and o.kind == req.kind
                            and o.kind in ("计划", "总结") and _period_mark(o) == _period_mark(req)
                            and o.keywords and _THE_YEARS_PAPER.fullmatch(o.keywords[0])), None)
            if undated is not None:
                # "年初未制定党建工作计划的" beside 佐证材料 "工作计划": the paper listed is the one due at that time
                undated.type, undated.window = "window", req.window
                undated.description = f"{req.window}有{undated.keywords[0] if undated.keywords else req.kind}"
                continue
            if req.type != "judgement" and not _overlaps(req, rd.reqs) and not _full_marks_restated(req, rd.reqs):
                # The source as printed ("书记全年未讲党课的"), not as read without its negation.
                req.source = next((c for c in printed if req.source and req.source in re.sub(r"未|没有|没", "", c)),
                                  req.source)
                rd.add(req, None)
    # (under a bare title the rules are all the item says: every deed they name lacking is asked)
    for req in _scoring_papers(norm_scoring, rd.reqs, norm_text + ("；" + norm_scoring if titled else "")):
        rd.add(req, None)
    _papers_passed(rd, conditions)
    _linked_households(rd, f"{norm_text}；{norm_scoring}")  # after every paper read, the register among them
    if _DECISION_PROCEDURE.search(norm_text + listed):
        # "严格执行“四议两公开”…会议记录完整规范": the minutes are those of the procedure's meetings.
        for req in rd.reqs:
            if req.type == "doc" and req.kind == "会议记录" and not any("四议" in k for k in req.keywords):
                req.keywords = list(dict.fromkeys([*req.keywords, "四议两公开", "四议"]))
    if re.search(r"(?:实地|现场)(?:查看|查验)", norm_text + norm_scoring + listed):
        # "服务事项清单公开，由评议组实地查看": a posting the inspectors go and look at is no paper to keep.
        rd.reqs = [r for r in rd.reqs if not (r.type == "doc" and not r.kind and r.keywords
                                              and all(re.search(r"公开|公示|公布", k) for k in r.keywords))]
    _drop_umbrella_ledgers(rd)
    _bare_records(rd)
    _minutes_book(rd)
    _minutes_of_counted_meetings(rd)
    _bare_postings(rd)
    _merge_postings(rd)
    _merge_photos(rd)
    _merge_bare_meetings(rd)
    _meetings_mentioned(rd, norm_scoring)
    _activities_of_work(rd)
    _paper_quantities(rd)
    _within_the_items_period(rd)
    _report_at_year_end(rd, f"{norm_text}；{norm_scoring}")
    _papers_once(rd)
    _deed_and_its_paper(rd)
    _posts_and_their_list(rd)
    _generic_repeats(rd)
    _standing_shown_by_its_paper(rd)
    _the_named_register(rd, name)
    if _FAULTS_ONLY.search(norm_text):
        # "不得吃拿卡要、违规收受礼品礼金（本项为扣分项）": faults the scoring takes points for, no paper to keep
        rd.reqs = [r for r in rd.reqs if r.type == "judgement"]
    _judgement(rd, norm_text)
    _rates_named_in_scoring(rd, norm_scoring)
    # Requirements in item order; ids follow. ("…开展活动的" + "的材料": one 的)
    for i, req in enumerate(rd.reqs, start=1):
        req.id = f"r{i}"
        req.description = _read_whole(re.sub(r"的的", "的", req.description))
    deductions = parse_deductions(scoring, full_points=points)
    if not any(d.bands for d in deductions):
        # "满意度95%以上的得10分；90%（含）—95%的得8分…" printed in the item's words, "按…档次计分" in the scoring
        deductions = [d for d in parse_deductions(text, full_points=points) if d.bands] + deductions
    _judged_by_the_scoring(rd, deductions)
    _link(deductions, rd.reqs)
    _judge_the_unnamed(rd, deductions)
    for req in rd.reqs:  # the words each requirement was read from, never cut inside a quotation or a bracket
        req.source = _read_whole(req.source) if req.source else req.source
    out = Inference(requirements=rd.reqs, deductions=deductions)
    kws: list[str] = []
    for r in out.checkable:
        for k in ([r.meeting_type] if r.meeting_type else []) + r.keywords:
            if k and k not in kws and len(k) >= 2:
                kws.append(k)
    out.keywords = kws[:12]
    out.typical_evidence = _typical(out.checkable)
    out.unsure = doubts(norm_text, rd.reqs, deductions)
    return out


def doubts(text: str, requirements: list[Requirement], deductions: list[Deduction]) -> list[str]:
    """What a person should look at in an item (Chinese): words that look checkable with nothing read from them,
    a scoring rule that follows no particular requirement."""
    checkable = [r for r in requirements if r.type != "judgement"]
    out = []
    if not checkable and re.search(rf"{NUM}\s*(?:次|%|％|名|个|项)|率|每[月季年]|台[帐账]|记录|制度|协议", _norm(text)):
        out.append("原文像是有可核查的内容（次数、比例、材料），但没有读出要求，请补写")
    for ded in deductions:
        if not ded.requirement_ids() and len(checkable) > 1 and not ded.discretionary and not ded.amount_bands:
            out.append(f"扣分规则“{ded.text}”没有对应到具体要求，任一要求未达到即扣")
    return out


def _typical(reqs: list[Requirement]) -> list[str]:
    out = []
    for r in reqs:
        if r.meeting_type:
            name = MEETING_SHORT.get(r.meeting_type, r.meeting_type)
            out.append(f"{name}活动记录" if r.meeting_type in ("主题党日", "共建活动", "志愿服务") else
                       f"{name}记录" if r.meeting_type in ("党课", "组织生活会", "民主生活会") else f"{name}会议记录")
        elif r.type == "ledger":
            out.append("党费收缴台帐")
        elif r.type == "roster":
            out.append("班子成员花名册" if "班子成员" in r.keywords else "党员花名册")
        elif r.type == "window":
            out.append("年度工作计划" if r.window == "年初" else "年度工作总结")
        elif r.type == "rate" and r.kind == "测评":
            out.append("满意度测评结果")
        elif r.type == "rate" and r.kind == "会议记录":
            # Attendance of the meetings its measure names: their records (not every meeting's).
            named = [t for t, _p in THREE_MEETINGS] if THREE_MEETINGS_WORD in (r.measure or "") else \
                [t for _s, _e, t, _a in _meetings(r.measure or "")]
            for t in named:
                name = MEETING_SHORT.get(t, t)
                out.append(f"{name}记录" if t == "党课" else f"{name}会议记录")
            out.append("会议签到表")
        elif r.type == "photo":
            out.append(f"{r.keywords[0] if r.keywords else '活动'}照片")
        elif r.keywords:
            out.append(r.keywords[0])
    return list(dict.fromkeys(out))
