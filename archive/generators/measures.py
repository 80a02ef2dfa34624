"""整改措施: what the branch will do about one shortfall, written for its kind of requirement, looking forward.

A meeting that was not held cannot be held last March, and minutes written now for it would be fabricated: a missed
meeting is answered by looking for minutes that exist but were not filed, and by holding the meeting from now on, on
a fixed day, with who notifies, who records and who checks. A document that may exist is first looked for and filed;
one that truly does not exist is drawn up now when it is the kind of paper that can be (a 制度, a 计划, a register, an
agreement), never when it records a past event. A rate under its bar gets what will raise it; unpaid dues are
collected (补交党费 is legitimate); a roster condition is met at the next election. Each measure carries its 时限
(立即 / 一个月内 / 下一季度 / 长期坚持) and the role that answers for it (组织委员, 宣传委员, 纪检委员, 党组织书记)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archive.assess.checks.count import COUNT_UNITS
from archive.assess.document import FindingStatus
from archive.generators.common import fmt_points

# 时限
NOW = "立即"
MONTH = "一个月内"
QUARTER = "下一季度"
ONGOING = "长期坚持"
WHEN_ORDER = (NOW, MONTH, QUARTER, ONGOING)

# 责任人 by role
SECRETARY = "党组织书记"
ORGANISER = "组织委员"
PUBLICITY = "宣传委员"
DISCIPLINE = "纪检委员"
ROLES = (SECRETARY, ORGANISER, PUBLICITY, DISCIPLINE)


@dataclass
class Measure:
    text: str  # the 整改措施, one or two sentences ending in 。
    when: str  # one of WHEN_ORDER
    role: str  # one of ROLES; SECRETARY also stands for "anyone else"
    leader: bool = False  # the role is the secretary because the item is about leadership, not by default


@dataclass
class PlanContext:
    """What a measure may need beyond the requirement: the assessment year and date, and the item's rubric data."""

    year: int
    as_of: dt.date
    item_text: str = ""
    category: str = ""
    method: tuple[str, ...] = ()
    typical: tuple[str, ...] = ()


# --- who answers for it ---------------------------------------------------------------------------------------------

DISCIPLINE_WORDS = re.compile(r"廉政|廉洁|纪律|纪检|述廉|违纪|党费收支|党费结存|党费使用")
ORGANISER_MEETINGS = ("支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会")
ORGANISER_WORDS = re.compile(r"三会一课|组织生活|发展党员|新党员|入党|预备党员|积极分子|党员管理|花名册|名册|党费|流动党员|"
                             r"民主评议|党小组|后备干部|党员教育|党校|干部培训|集中培训|组织关系|党员资料|党籍|在职党员|党员分类")
PUBLICITY_WORDS = re.compile(r"学习|宣传|理论|学政策|精神文明|文明创建|道德|文化|志愿")
LEADER_WORDS = re.compile(r"书记|班子|领导|议事规则|民主生活会|决策|述职|两委|交叉任职|共建|联席|结对|承诺")


def role_for(req, ctx: PlanContext | None = None) -> tuple[str, bool]:
    """(role, leader): 纪检委员 for 廉政 and the oversight of 党费; 组织委员 for 三会一课, 组织生活, 发展党员 and 党员管理;
    宣传委员 for study and publicity; the secretary for leadership items (leader True) and anything else."""
    item_text = ctx.item_text if ctx else ""
    if req is not None:
        own = " ".join([req.description or "", req.measure or "", req.kind or "", *(req.keywords or [])])
        if DISCIPLINE_WORDS.search(own):
            return DISCIPLINE, False
        if req.meeting_type in ORGANISER_MEETINGS or req.type == "ledger":
            return ORGANISER, False
        if req.meeting_type == "志愿服务":
            return PUBLICITY, False
        if req.meeting_type in ("民主生活会", "联席会议", "共建活动") or req.type == "roster":
            return SECRETARY, True
        if ORGANISER_WORDS.search(own):
            return ORGANISER, False
        if PUBLICITY_WORDS.search(own):
            return PUBLICITY, False
        if LEADER_WORDS.search(own) or req.type == "roster":
            return SECRETARY, True
        category = ctx.category if ctx else ""
        return SECRETARY, "班子" in category or "领导" in category
    category = ctx.category if ctx else ""
    if "班子" in category or "领导" in category or LEADER_WORDS.search(item_text):
        return SECRETARY, True
    if ORGANISER_WORDS.search(item_text):
        return ORGANISER, False
    if PUBLICITY_WORDS.search(item_text):
        return PUBLICITY, False
    if DISCIPLINE_WORDS.search(item_text):
        return DISCIPLINE, False
    return SECRETARY, False


# --- the rubric's words as nouns and actions --------------------------------------------------------------------------

_LEAD_HAVE = re.compile(r"^.{0,6}?有(?![关效利])")
_LEAD_VERB = re.compile(r"^(建立了|建立|制定了|制定|设立了|设立|形成了|形成)(?!健全)")
_LEAD_WINDOW = re.compile(r"^(每年)?(年初|年底|年终|年末|年中（半年）|年中)(制定的|形成的|有的|有|的)?")
_LEAD_MIN = re.compile(r"^至少[一二两三四五六七八九十\d]+个")
_TAIL_AND = re.compile(r"并(公示|上墙|印发|执行|装订成册|按计划.*|按.*开展.*)$")
_AGREEMENT = re.compile(r"^与(?P<party>.+?)(?:签定|签订|签署)的?(?P<doc>.+)$")
_OUTER_PAREN = re.compile(r"（[^（）]*）$")
_ACTION_START = re.compile(r"^(将|把|对|向|组织|开展|召开|推荐|确定|举办|走访|慰问|进行|完成|选派|落实|推行|实行|坚持|做好|参加)")


def _clean(description: str) -> str:
    return (description or "").strip().rstrip("。；;，,").strip()


def noun_of(description: str) -> tuple[str, str]:
    """(noun, tail): the paper a requirement names, without 有/建立了/年初有, and an action it adds after 并 (公示 …).

    "苏木镇有大学生村官培训计划，并按计划进行培训" → ("大学生村官培训计划", "按计划进行培训");
    "制定了社区干部廉洁自律行为规范并公示" → ("社区干部廉洁自律行为规范", "公示")."""
    text = _clean(description)
    first, _, rest = text.partition("，")
    text = first
    tail = rest.removeprefix("并").strip() if rest.startswith("并") else ""
    text = _LEAD_WINDOW.sub("", text)
    m = _LEAD_HAVE.match(text)
    if m and len(text) - m.end() >= 2:
        text = text[m.end():]
    text = _LEAD_VERB.sub("", text)
    text = _LEAD_MIN.sub("", text)
    m = _TAIL_AND.search(text)
    if m:
        tail = tail or m.group(1)
        text = text[:m.start()]
    return text.strip(), tail


def _core(noun: str) -> str:
    """The noun without a closing parenthetical: "党员花名册（2025年）" → "党员花名册"."""
    return _OUTER_PAREN.sub("", noun).strip() or noun


RECORD_ENDINGS = ("材料", "记录", "文件", "资料", "证明", "证书", "照片", "进度表", "登记表", "一览表", "报告", "函", "纪要",
                  "公示", "通知", "签到表", "笔记", "心得体会")
REGISTER_WORDS = ("花名册", "名册", "台帐", "台账", "档案", "登记卡", "清单", "一览")
DRAWABLE_ENDINGS = ("制度", "办法", "规则", "规范", "职责", "计划", "规划", "方案", "细则", "工作要点", "责任制", "机制",
                    "规定", "守则", "公约")
AGREEMENT_ENDINGS = ("协议", "协议书", "责任状", "责任书", "承诺书", "合同")


def doc_class(req, noun: str) -> str:
    """agreement | register | drawable | summary | certificate | publicity | record: what can honestly be done when
    the paper is not found (a record of a past event is never drawn up afterwards)."""
    core = _core(noun)
    kind = req.kind if req is not None else None
    if kind == "协议" or core.endswith(AGREEMENT_ENDINGS):
        return "agreement"
    if kind == "总结" or core.endswith("总结"):
        return "summary"
    if core.endswith(("证明", "证书", "证书》", "资格证")):
        return "certificate"
    if core.endswith("公示") or core.endswith("公开"):
        return "publicity"
    if core.endswith(RECORD_ENDINGS):
        return "record"
    if kind == "花名册" or any(w in core for w in REGISTER_WORDS):
        return "register"
    if kind in ("制度", "计划") or core.endswith(DRAWABLE_ENDINGS):
        return "drawable"
    return "record"


def _found(noun: str) -> str:
    return f"立即查找{noun}，已有的归入台帐"


def _plan_noun(noun: str) -> str:
    """"年度党建工作计划" / "2025年党建工作计划" → "党建工作计划", so a year can be put in front."""
    return re.sub(r"^(\d{4}年度?|本年度|年度|当年)", "", noun) or noun


def _is_plan(req, noun: str) -> bool:
    return (req is not None and req.kind == "计划") or _core(noun).endswith(("计划", "规划", "方案", "工作要点"))


def _year_over(ctx: PlanContext) -> bool:
    """The assessment year's last quarter (or later): a plan now drawn up is next year's."""
    return ctx.as_of >= dt.date(ctx.year, 10, 1)


# --- per requirement kind ---------------------------------------------------------------------------------------------

def _doc(req, ctx: PlanContext, lead: str) -> tuple[str, str]:
    noun, tail = noun_of(req.description)
    many = f"（不少于{req.min}份）" if req.min and req.min > 1 and "不少于" not in noun else ""
    cls = doc_class(req, noun)
    if cls == "agreement":
        m = _AGREEMENT.match(noun)
        if m:
            party, doc = m.group("party"), m.group("doc")
            return (f"立即查找已与{party}签订的{doc}，归入台帐；尚未签订的，主动与{party}协商，"
                    f"一个月内签订{doc}{many}，文本归入台帐", MONTH)
        return f"{_found(noun)}；尚未签订的，一个月内组织签订{many}，文本归入台帐", MONTH
    if cls == "register":
        keep = "人员变动时及时更新" if re.search(r"名册|登记卡|名单", noun) else "日常工作随时登记"
        return f"{_found(noun)}；确实没有的，一个月内建立{noun}{many}，{keep}", MONTH
    if cls == "summary":
        if re.search(r"半年|年中", noun):
            # a half year's summary is written after its half year: the next one on time, never a past one now
            return f"{_found(noun)}；今后每年7月底前由{lead}牵头形成上半年工作小结，经支部委员会讨论后归档", ONGOING
        if _year_over(ctx):
            return (f"{_found(noun)}；确实没有的，由{lead}牵头于{ctx.year + 1}年1月底前撰写{ctx.year}年度的总结，"
                    "经支部委员会讨论后归档", MONTH)
        return f"{_found(noun)}；今后每年年底由{lead}牵头撰写当年的总结，经支部委员会讨论后归档", ONGOING
    if cls == "certificate":
        return f"立即查找{noun}，复印后归入台帐", NOW
    if cls == "drawable":
        publish = "，并在党务公开栏公示" if tail == "公示" else ""
        if _is_plan(req, noun):
            annual = bool(re.match(r"(\d{4}年|年度|本年度)", noun)) or _core(noun).endswith(("工作计划", "工作要点"))
            target = ("" if not annual else f"{ctx.year + 1}年度的计划" if _year_over(ctx) else "本年度的计划")
            follow = f"，{tail}" if tail and tail != "公示" else ""
            return (f"{_found(noun)}；确实没有的，由{lead}牵头制定{target}，经支部委员会讨论通过后执行{follow}{publish}，"
                    "文本归入台帐", MONTH)
        return (f"{_found(noun)}；确实没有的，由{lead}牵头起草{many}，经支部委员会研究通过后印发执行{publish}，"
                "文本归入台帐", MONTH)
    if cls == "publicity":
        return (f"立即查找{_core(noun)}的底稿和照片，归入台帐；今后按规定在党务公开栏定期公示，并拍照留存、及时归档", NOW)
    if "参加" in noun:
        return f"{_found(noun)}；今后每次参加都留存通知、签到表和照片，及时归档", NOW
    study = "学习" in noun or "学理论" in noun
    if study:
        return (f"{_found(noun)}；自即日起，每月固定一天组织党员集中学习，由宣传委员拟定学习内容、专人记录，"
                "学习记录和签到表按月归档", ONGOING)
    return f"{_found(noun)}{many}；工作确未开展的，尽快按评分要求组织实施，并由专人记录、及时归档", NOW


def _window(req, ctx: PlanContext, lead: str) -> tuple[str, str]:
    noun, _ = noun_of(req.description)
    next_year = ctx.year + 1
    if req.window == "年初":
        plan = _plan_noun(noun)
        if ctx.as_of < dt.date(ctx.year, 4, 1):  # still 年初 of the assessed year: draw it up now
            return (f"立即查找{ctx.year}年度{plan}，已有的归入台帐；尚未制定的，由{lead}牵头立即制定，"
                    "经支部委员会讨论通过后执行并归档", NOW)
        return (f"立即查找{ctx.year}年年初制定的{plan}，已有的归入台帐；{next_year}年1—3月按时制定"
                f"{next_year}年度{plan}，经支部委员会讨论通过后执行并归档，今后每年年初照此办理", QUARTER)
    # 年终: still inside the window (October to next January) → finish it now; after it → next year end
    in_window = dt.date(ctx.year, 10, 1) <= ctx.as_of <= dt.date(next_year, 1, 31)
    action = noun[:-3] if noun.endswith("的材料") and _ACTION_START.match(noun) else (
        noun if _ACTION_START.match(noun) else "")
    if action:
        found = (f"立即查找{action}的材料，已有的归入台帐" if noun.endswith("的材料")
                 else f"对照要求检查是否已{action}，已办理的把材料归入台帐")
        if in_window:
            return f"{found}；尚未办理的，于{next_year}年1月底前办理完毕，留存材料并归档；今后每年年底按时办理", MONTH
        return f"{found}；今后每年年底（10—12月）按时{action}，留存材料并归档", ONGOING
    found = f"立即查找{ctx.year}年{noun}，已有的归入台帐"
    if _core(noun).endswith("总结"):
        if in_window:
            return (f"{found}；尚未撰写的，由{lead}牵头于{next_year}年1月底前撰写{ctx.year}年度{_plan_noun(noun)}，"
                    "经支部委员会讨论后归档", MONTH)
        return f"{found}；今后每年年底（10—12月）由{lead}牵头撰写当年的{_plan_noun(noun)}并归档", ONGOING
    if in_window:
        return f"{found}；尚未形成的，于{next_year}年1月底前按要求办理并归档；今后每年年底按时办理", MONTH
    return f"{found}；今后每年年底（10—12月）按时形成并归档", ONGOING


# meeting type → (noun, verb, who notifies)
MEETINGS = {
    "支部委员会": ("支部委员会会议", "召开", ORGANISER),
    "党员大会": ("支部党员大会", "召开", ORGANISER),
    "党课": ("党课", "讲", ORGANISER),
    "党小组会": ("党小组会", "召开", "党小组组长"),
    "主题党日": ("主题党日活动", "开展", ORGANISER),
    "组织生活会": ("组织生活会", "召开", ORGANISER),
    "民主生活会": ("民主生活会", "召开", ORGANISER),
    "联席会议": ("联席会议", "召开", ORGANISER),
    "共建活动": ("共建活动", "开展", ORGANISER),
    "志愿服务": ("志愿服务活动", "开展", PUBLICITY),
}
# the fixed day of a recurring meeting, by period
FIXED_DAY = {"month": "每月第一周", "bimonth": "每逢单月第一周", "quarter": "每季度第一个月", "halfyear": "每年6月和12月",
             "year": "每年年底前"}
FREQUENCY = {"month": "每月", "bimonth": "每两个月", "quarter": "每季度", "halfyear": "每半年", "year": "每年"}
PER_YEAR = (("month", 12), ("bimonth", 6), ("quarter", 4), ("halfyear", 2), ("year", 1))
PERIOD_UNIT = re.compile(r"(\d{1,2}月|[一二三四1-4]季度|第[一二三四1-4]季度|[上下]半年|\d{4}年|\d{1,2}[-—～~至]\d{1,2}月)")


def _rhythm(req) -> tuple[str, int]:
    """(period, how many per period) a count requirement asks for; "全年不少于4次" is a quarterly habit."""
    per = req.per if req.per and req.per != "year" else None
    if per:
        return per, max(req.min, 1)
    if req.years and req.years > 1:
        return "year", 1
    fits = [(n, name) for name, n in PER_YEAR if n >= req.min]  # the least frequent habit reaching the yearly count
    if fits:
        return min(fits)[1], 1
    return "month", -(-req.min // 12)


def _which(units: list[str]) -> str:
    """"3月、7月" when the finding names the missed periods; "本年度" otherwise."""
    named = [u for u in units if PERIOD_UNIT.fullmatch(u.strip())]
    return "、".join(named) if named and len(named) == len(units) else "本年度"


# How often and how many times, wherever a requirement's words put them: the plan says how often itself.
_OFTEN = re.compile(r"(?:每(?:个)?(?:月|季度|两月|两个月|半年|年|学期)|全年|年内|按月|按季度?|按年)(?:都|均)?(?:至少|不少于)?")
# Deeds an activity may open with as its own verb ("联系流动党员", "在市场公示栏公示"): no 开展 before them.
_DEED_START = re.compile(r"^(?:在|于|联系|公示|公开|公布|核定|核对|检查|排查|巡查|研判|分析|更新|评定|评比|评选|报送|反馈|通报|"
                         r"谈话|谈心|宣讲|宣传|学习|培训|上门|探访|看望|讲)")
_TIMES = re.compile(r"(?:不少于|至少|达到)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:人次|户次|场次|[次个项件名场期户篇条批轮])"
                    r"(?:以上)?")


def _activity(description: str) -> str:
    """What a count requirement asks to be done, as a verb phrase: "每年推荐待业、下岗职工参加知识技能培训" →
    "推荐待业、下岗职工参加知识技能培训"; "居务公开每月1次" → "开展居务公开"; "每半年至少1次：党员信息每半年核对更新
    一次" → "开展党员信息核对更新" (the words after how often, without their own frequency)."""
    text = _clean(description)
    if "：" in text:
        text = text.split("：", 1)[1]
    text = re.sub(r"（[^（）]*）", "", text)
    text = re.sub(r"^(有|每年|全年|本年度|年度|每两年|两年内)+", "", text)
    text = _TIMES.sub("", _OFTEN.sub("", text))
    text = re.sub(r"^(的|要)+", "", text)
    text = re.sub(r"的?记录$", "", text)
    verb = re.search(r"召开|开展|组织|举办|推荐|确定", text)
    if verb and 0 < verb.start() <= 6:  # "苏木镇召开党代会年会" → "召开党代会年会"
        text = text[verb.start():]
    text = re.sub(r"^(开展|召开)了?(年度)?", r"\1", text)
    text = text.strip("，、 ")
    if not text:
        return "开展此项工作"
    return text if _ACTION_START.match(text) or _DEED_START.match(text) else f"开展{text}"


def _count(req, units: list[str], ctx: PlanContext, lead: str) -> tuple[str, str]:
    which = _which(units)
    if req.meeting_type:
        noun, verb, notifier = MEETINGS.get(req.meeting_type, (req.meeting_type, "召开", ORGANISER))
        period, times = _rhythm(req)
        if req.meeting_type in ("组织生活会", "民主生活会") and period == "year":
            day = "每年年底或次年1月"
        else:
            day = FIXED_DAY.get(period, "每月第一周")
        check = "每半年" if period == "halfyear" else "每季度"
        done = "已召开" if verb == "召开" else "已开展" if verb == "开展" else "已讲"
        record = "记录"
        found = f"立即查找{which}{done}但未归档的{noun}{record}，找到的归入台帐"
        extra = f"（{FREQUENCY[period]}不少于{times}次）" if times > 1 else ""
        if period == "year" and req.meeting_type not in ("组织生活会", "民主生活会"):
            habit = (f"今后每年年初把{noun}列入工作计划，明确时间和责任人，按时{verb}，由{notifier}提前通知、"
                     "专人记录、及时归档")
        elif req.meeting_type == "党课":
            habit = f"自即日起，{day}由书记或班子成员讲一次党课{extra}，组织委员提前通知、专人记录，书记{check}检查一次"
        elif req.meeting_type == "党小组会":
            habit = f"自即日起，{day}召开党小组会{extra}，由党小组组长召集、专人记录，组织委员每季度检查一次"
        elif req.meeting_type == "共建活动":
            habit = (f"自即日起，按共建协议{day}与共建单位开展一次共建活动{extra}，由组织委员提前商定活动内容、"
                     f"专人记录并拍照留存，书记{check}检查一次")
        elif req.meeting_type in ("组织生活会", "民主生活会"):
            habit = f"今后{day}召开{noun}，会前由{notifier}通知并征求意见、开展谈心谈话，会上专人记录，会后及时归档"
        elif req.meeting_type == "联席会议":
            habit = f"自即日起，{day}召开联席会议{extra}，由组织委员提前通知成员单位、专人记录，书记{check}检查一次"
        else:
            habit = f"自即日起，{day}{verb}{noun}{extra}，由{notifier}提前通知、专人记录，书记{check}检查一次"
        return f"{found}；{habit}", ONGOING
    text = " ".join([req.description or "", *(req.keywords or [])])
    # (people recruited: "不少于N名", 发展; not "对入党积极分子每半年考察1次", a deed done to them)
    if re.search(r"发展.{0,4}党员|新党员|预备党员|入党", text) and re.search(r"\d+\s*名|发展", req.description or ""):
        every = "每两年" if req.years == 2 else "每年" if req.years <= 1 else f"每{req.years}年"
        # (a count of 入党积极分子 asks them named, not members taken in)
        aim = f"确定入党积极分子不少于{max(req.min, 1)}名" if "积极分子" in text and "发展党员" not in text else \
            f"至少发展新党员{max(req.min, 1)}名"
        return (f"立即查找已有的入党积极分子推荐、培养考察材料，归入台帐；下一季度内从社区青年骨干、志愿者中推荐确定"
                f"入党积极分子，明确培养联系人，按程序做好培养考察，确保{every}{aim}", QUARTER)
    activity = _activity(req.description)
    kw = (req.keywords or [""])[0].lstrip("的")
    record = f"{kw}记录" if kw and not kw.endswith(("记录", "材料")) else kw or "相关记录"
    done = "已召开" if activity.startswith("召开") else "已开展"
    found = f"立即查找{which}{done}但未归档的{record}，归入台帐"
    period, times = _rhythm(req)
    unit = re.search(rf"\d+\s*({'|'.join((*COUNT_UNITS, '场', '期'))})", req.description or "")
    if req.per and req.per != "year":
        habit = f"今后{FREQUENCY[period]}{activity}" + (f"不少于{times}次" if times > 1 else "一次")
    elif req.min > 1 and unit and unit.group(1) not in ("次", "场", "期", "场次"):  # things to finish: 5个实事项目, 100人次
        want = re.sub(r"^(有|每年|全年|本年度|年度)+", "", re.sub(r"（[^（）]*）", "", _clean(req.description)))
        habit = f"今后每年年初研究部署，{want}，明确责任人和完成时限，逐项跟踪落实"
    elif req.min > 1:
        n_per_year = dict(PER_YEAR)[period] * times
        habit = f"自即日起，{FREQUENCY[period]}{activity}一次" + (f"（全年不少于{req.min}次）" if n_per_year != req.min else "")
    else:
        habit = f"今后每年年初把{activity}列入工作计划，明确时间和责任人，按时完成"
    return f"{found}；{habit}，由专人记录、及时归档", ONGOING


_LEDGER_UNIT = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,5})\s*[：:]?\s*(?P<months>.*?)\s*(未交|欠交|缓交|未缴|欠缴|未缴纳)?\s*$")


def _ledger(units: list[str], ctx: PlanContext) -> tuple[str, str]:
    if any("党费台帐" in u or "党费台账" in u for u in units):
        return (f"立即查找{ctx.year}年党费台帐，归入台帐；确实没有的，一个月内依据党费收据和交纳记录建立党费台帐，"
                "逐月逐人登记收缴情况", MONTH)
    owed = []
    for u in units:
        m = _LEDGER_UNIT.match(u)
        if m and "月" in (m.group("months") or ""):
            owed.append((m.group("name"), m.group("months").rstrip("、，, ")))
    habit = "今后每月固定日期收缴党费，对未按时交纳的党员及时提醒，收缴情况逐月登入党费台帐"
    if len(owed) == 1:
        name, months = owed[0]
        return f"与{name}谈心谈话，了解欠交原因，督促其补交党费（{months}）；{habit}", MONTH
    if owed:
        names = "、".join(n for n, _ in owed)
        detail = "，".join(f"{n}{m}" for n, m in owed)
        return f"逐一与{names}谈心谈话，了解欠交原因，督促按规定补交党费（{detail}）；{habit}", MONTH
    listed = f"（{'、'.join(units)}）" if units else ""
    return f"逐一与欠交党费的党员谈心谈话，督促按规定补交党费{listed}；{habit}", MONTH


def _target(req) -> str:
    measure = req.measure or _clean(req.description)
    if req.threshold is None:
        return f"{measure}达到要求"
    op = "超过" if req.op == ">" else "达到"
    return f"{measure}{op}{fmt_points(req.threshold * 100)}%"


def _rate(req, finding: FindingStatus) -> tuple[str, str]:
    measure = req.measure or _clean(req.description)
    detail = finding.detail
    prefix = f"立即查找反映{measure}的统计材料，归入台帐；" if detail.startswith("没有") else ""
    target = _target(req)
    if re.search(r"参加率|出席率|到会率", measure):
        return (prefix + "会前提前三天把会议时间、议题通知到每名党员，严格请假制度，因故不能参加的须事先向组织委员请假；"
                f"对缺席党员会后逐一联系、传达会议精神；会议记录如实记载应到、实到人数，确保{target}", ONGOING)
    if re.search(r"满意", measure):
        return (prefix + "深入走访党员群众，收集意见建议，对反映集中的问题逐项整改并公开反馈，"
                f"下次测评前通报整改情况，确保{target}", QUARTER)
    if re.search(r"应建已建|组建率|覆盖率", measure):
        m = re.search(r"的?(党组织)?(应建已建率|组建率|覆盖率)$", measure)
        scope = measure[:m.start()] if m and m.start() > 0 else "辖区各类组织"
        short = measure[m.start():].lstrip("的") if m else measure
        if req.threshold is not None:
            short += f"{'超过' if req.op == '>' else '达到'}{fmt_points(req.threshold * 100)}%"
        first = "立即查找反映党组织组建情况的统计材料，归入台帐；" if prefix else ""
        return (first + f"摸清{scope}的底数，对应建未建的逐个落实组建措施，暂不具备组建条件的先选派党建指导员，"
                f"确保{short}", QUARTER)
    if re.search(r"参与率", measure):
        return (prefix + "动员党员到社区报到、参加志愿服务，建立参与登记，对未参加的党员逐一联系、安排适合的服务岗位，"
                f"确保{target}", QUARTER)
    if re.search(r"调处", measure):
        return (prefix + "对排查出的矛盾纠纷逐件登记，明确调处责任人和时限，调处后跟踪回访，每月分析一次，"
                f"确保{target}", ONGOING)
    if re.search(r"任职|比例", measure):
        return (prefix + f"在下次换届时按照{_quoted(req.description)}的要求推荐人选，平时注重培养后备力量", ONGOING)
    return (prefix + f"分析{measure}未达到要求的原因，制定针对性措施，明确专人逐月跟踪，确保{target}", QUARTER)


def _quoted(description: str) -> str:
    """The rubric's words in “”, without their closing note "（据…）"; unquoted when they hold quotes themselves."""
    text = _OUTER_PAREN.sub("", _clean(description)).strip() or _clean(description)
    return text if "“" in text else f"“{text}”"


def _roster(req, finding: FindingStatus, units: list[str]) -> tuple[str, str]:
    detail = finding.detail
    if "没有花名册" in detail or units == ["花名册"]:
        return ("立即查找班子成员花名册，归入台帐；确实没有的，一个月内建立班子成员花名册，写明姓名、职务、出生年月和学历，"
                "人员变动时及时更新", MONTH)
    wants = [re.sub(r"少\d+人$", "", u) for u in units if u]
    pool = f"{'、'.join(wants)}的" if wants else ""
    return (f"对照{_quoted(req.description)}的要求，从社区{pool}优秀党员中物色后备人选，建立后备干部名册，加强培养锻炼；"
            "在下次换届选举时优化班子结构", ONGOING)


def _photo_noun(description: str) -> str:
    noun = _clean(description)
    return noun if "照片" in noun else f"{noun}的照片"


def photo_measure(req) -> str:
    many = f"（不少于{req.min}张）" if req.min and req.min > 1 else ""
    return (f"对照评分要求检查现场，缺少的标牌、制度牌等立即配齐；拍摄{_photo_noun(req.description)}{many}，"
            "注明拍摄时间和地点后归入台帐，做好考核组实地查验的准备")


def _duration(req) -> tuple[str, str]:
    want = re.sub(r"（[^（）]*）", "", _clean(req.description))
    subject = (req.keywords or ["培训"])[0]
    if subject in ("驻村", "坐班", "值班", "值守", "巡查") or subject.endswith("工作"):
        # time at a post: a daily attendance log shows it, not a training certificate
        return (f"立即查找考勤表、工作日志等能证明{subject}时间的材料，归入台帐；今后建立{subject}考勤登记，逐日记录在岗时间、"
                f"每月汇总存档，确保{want}", ONGOING)
    if "服务" in subject:
        return (f"立即查找服务登记、签到表等记有服务时长的材料，归入台帐；今后由组织委员按月安排党员参加{subject}，"
                f"逐次登记服务时长，确保{want}", ONGOING)
    return (f"立即查找已参加培训的通知、签到表、结业证书等材料，归入台帐；今后积极选派人员参加上级组织的集中培训，"
            f"逐次登记培训时间，确保{want}", ONGOING)


def measure_for(req, finding: FindingStatus | dict, ctx: PlanContext) -> Measure:
    """The 整改措施 for one unmet finding (typed, or its JSON dict); `req` is the rubric's requirement (None when it
    cannot be found)."""
    finding = FindingStatus.of(finding)
    units = [str(u) for u in finding.missing if u]
    kind = finding.type or (req.type if req is not None else "")
    role, leader = role_for(req, ctx)
    lead = role
    if kind == "ledger":
        text, when = _ledger(units, ctx)
        return Measure(text + "。", when, ORGANISER)
    if req is None:
        return Measure("立即查找反映本项要求的材料，已有的归入台帐；确实没有的，按评分要求抓紧落实，并由专人记录、及时归档。",
                       NOW, role, leader)
    if kind == "count":
        text, when = _count(req, units, ctx, lead)
    elif kind == "doc":
        text, when = _doc(req, ctx, lead)
    elif kind == "window":
        text, when = _window(req, ctx, lead)
    elif kind == "rate":
        text, when = _rate(req, finding)
    elif kind == "roster":
        text, when = _roster(req, finding, units)
        if when == MONTH:
            role, leader = ORGANISER, False
    elif kind == "photo":
        text, when = photo_measure(req), NOW
    elif kind == "duration":
        text, when = _duration(req)
    else:
        noun, _ = noun_of(req.description)
        text, when = f"{_found(noun)}；工作确未开展的，尽快按评分要求组织实施，并由专人记录、及时归档", NOW
    return Measure(text + "。", when, role, leader)


def no_evidence_measure(item_id: str, ctx: PlanContext, reqs: list) -> Measure:
    """An item with nothing filed and only the inspectors' judgement to go on: find and file what shows the work, or
    prepare for how the inspectors will check it."""
    typical = "、".join(ctx.typical)
    role, leader = role_for(None, ctx)
    own = [r for r in reqs if r.type != "judgement"]
    if len(own) == 1:
        role, leader = role_for(own[0], ctx)
    methods = [m for m in ctx.method if m != "查看档案材料"]
    if "查看档案材料" in ctx.method or not ctx.method:
        what = f"{typical}等能反映本项工作的材料" if typical else "能反映本项工作的材料"
        text = f"立即查找{what}，归入本项台帐；确实没有的，今后开展相关工作时由专人记录、及时归档"
        if "实地查验" in methods:
            text += "，并做好考核组实地查验的准备"
        return Measure(text + "。", NOW, role, leader)
    how = "、".join(methods)
    text = f"对照本项要求开展自查，准备好工作汇报，迎接考核组{how}"
    if typical:
        text += f"；{typical}等相关材料可归入本项台帐备查"
    return Measure(text + "。", NOW, role, leader)


def find_requirement(rubric, item_id: str, key: str | None, kind: str | None):
    """The rubric requirement a finding names (by id, else by description, else the only one of its type)."""
    reqs = requirements_of(rubric, item_id)
    for r in reqs:
        if key and (r.id == key or r.description == key):
            return r
    same = [r for r in reqs if r.type == kind]
    return same[0] if len(same) == 1 else None


def requirements_of(rubric, item_id: str) -> list:
    if rubric is None:
        return []
    item = rubric.item(item_id) if rubric.kind == "points" else None
    if item is not None:
        return list(item.requirements)
    for tier in rubric.tiers:
        for crit in [*tier.criteria, *tier.vetoes]:
            if crit.id == item_id:
                return list(crit.requirements)
    return []
