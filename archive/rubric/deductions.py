"""Parse printed deduction rules (扣分标准: "少一次扣0.5分", "未制定计划扣2分") into structured Deductions.

Structured: fixed points, per missing unit, per step of percentage points ("每低5个百分点扣1分"), score bands of a
rate ("85%—90%得5分"), ranges ("扣1-2分": the most is estimated), caps ("最高扣2分"), "不得分" and 酌情扣分
(discretionary). Anything else stays in the item's `scoring` text for a person to refine.
"""

from __future__ import annotations

import re
import unicodedata

from archive.rubric.model import AMOUNT_UNITS, Deduction, ScoreBand

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "零〇一二两三四五六七八九十"
# A number as printed: 0.5, 2, 两, 十五, 半.
_NUM = rf"(?:\d+(?:\.\d+)?|\.\d+|[{_CN_NUM}]+(?:点[{_CN_NUM}]+)?|半)"
# Measure words a "per missing unit" rule counts in.
UNITS: tuple[str, ...] = (
    "学时", "课时", "小时", "学期", "季度", "人次", "场次", "批次", "次", "人", "名", "项", "个", "例", "件", "篇", "份", "月", "天", "期", "户", "条", "处", "张", "本",
    "场", "批", "课", "周", "家", "类", "户次", "起", "支", "笔", "艘", "辆", "栋", "幢", "节", "堂", "套",
    "站", "仓", "对", "座", "所", "台", "门", "间", "组", "村", "轮", "人份", "宗", "家次", "店", "遍", "季", "种",
    "块", "万元",
)
# Measure words that are also parts of other words: 对 is a pair only where no number follows ("每对扣0.5分", not the 对
# of "每少核对1次"); 组 is a group, not the 组 of 组织 ("少组织一次"); 种 a kind, not 种植; 名 a person, not the 名 of
# 花名册 or 名单 ("缺党员花名册的扣1.5分"); 块 a plot, not the 块 of 板块.
_UNIT_GUARDS = {"对": r"对(?!\s*[\d一两二三四五六七八九十])", "组": r"组(?!织)", "种": r"种(?!植|养|子)",
                "名": r"(?<!花)名(?!册|单|称|录|额)", "块": r"(?<![板模])块"}
# Longest first: "每少1户次" is in 户次, not 户.
_UNIT = "(?P<unit>" + "|".join(_UNIT_GUARDS.get(u, u) for u in sorted(UNITS, key=len, reverse=True)) + ")"

# 分 after the points, or nothing where a clerk's shorthand leaves it out ("少1次扣0.5", "最多扣2；").
_FEN = r"(?:分|(?=\s*(?:$|[，,；;。）)])))"
# "扣2分", "扣除0.5分", "扣减 1 分", "扣0.5"; not ranges such as "扣1-2分" / "扣1至3分".
_DEDUCT = re.compile(rf"扣(?:除|减|掉)?\s*(?P<num>{_NUM})\s*{_FEN}(?!\s*[-~～至到])(?:\s*/\s*{_UNIT})?")
# "少一次", "每缺一人", "缺席一次", "每发现1例", "发现一例", "每项", "每月", "每少一个月"; the quantity, if printed, must
# be one ("每有1个支部" counts 个: the 支 of 支部 is the noun's, not the measure word; "查阅资料，发现未按期换届的" is how
# the fault is found, no count of it).
_PER = re.compile(
    rf"(?:每|(?<![青减多])少|缺|差|漏|欠|短|发现(?=\s*(?:一|1)))[^\d{_CN_NUM}，,；;。：:扣于、]{{0,4}}?(?:一|1)?\s*(?:个(?=月|季度))?{_UNIT}"
)
# "最多扣3分", "最高扣3分", "扣满3分为止", "扣完3分为止", "封顶3分".
_CAP = re.compile(
    rf"(?:(?:累计)?(?:最多|最高|至多|上限)(?:扣(?:除|减)?)?\s*(?P<a>{_NUM})\s*{_FEN}"
    rf"|扣(?:满|完)\s*(?P<b>{_NUM})\s*分(?:为止)?|封顶\s*(?P<c>{_NUM})\s*{_FEN})"
)
# "扣1-2分", "扣1～3分", "扣1至2分": the inspectors choose within the range.
_RANGE = re.compile(rf"扣(?:除|减)?\s*(?P<a>{_NUM})\s*分?\s*[-~～至到—–]+\s*(?P<b>{_NUM})\s*{_FEN}")
# "每低5个百分点扣1分", "每低于1个百分点扣0.2分", "每下降5%扣1分", "每低于90%一个百分点扣0.5分" (the bar inside).
_STEP = re.compile(rf"每(?:低|低于|少|下降|降低|差)(?:标准|要求|规定)?\s*(?:\d+(?:\.\d+)?\s*[%％]\s*)?"
                   rf"(?P<step>{_NUM})\s*(?:个)?(?:百分点|%|％)\s*"
                   rf"(?:的)?[，,]?\s*各?扣(?:除|减)?\s*(?P<num>{_NUM})\s*{_FEN}")
# "每少2学时扣0.5分", "每少两天扣1分": a loss for each step of several units (one unit is a per-unit rule).
_UNIT_STEP = re.compile(rf"每(?:少|缺|差|短)(?:配置|配备|完成|开展|组织|发展|培训|建成)?\s*(?P<step>(?:[2-9]|[1-9]\d+)(?:\.\d+)?|[两二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)"
                        rf"\s*(?:个)?(?:{_UNIT}|(?P<day>日))\s*(?:的)?[，,]?\s*各?扣(?:除|减)?\s*"
                        rf"(?P<num>{_NUM})\s*{_FEN}")
_PCT = r"(?:\d+(?:\.\d+)?)\s*[%％]"
# One band: "85%—90%得5分", "85%-90%（不含）的得5分", "90%以上得6分", "80%以下不得分" / "得0分", "90%以上得满分",
# "80%—90%得一半"; a single figure ("收缴率100%的得5分", "达到90%的得满分") is the top of a list of bands.
_BAND = re.compile(
    rf"(?P<lo>\d+(?:\.\d+)?)\s*[%％]?\s*(?:[（(]含[)）])?\s*(?:(?:[-~～至到—–]+)\s*(?P<hi>\d+(?:\.\d+)?)\s*[%％]"
    rf"|[%％]\s*(?P<dir>以上|及以上|\(含\)以上|（含）以上|以下|及以下|（含）以下|\(含\)以下)"
    rf"|(?<=[%％])(?!\s*(?:及|\(含\)|（含）)?(?:以上|以下))(?P<single>))"
    rf"[^，,；;。\d]{{0,8}}?(?:[“\"][\u4e00-\u9fff]{{1,3}}[”\"][，,]?)?"  # ("95%以上的为“好”，得8分": the band's grade)
    rf"(?:(?:得|计)\s*(?:(?P<score>{_NUM})\s*分|(?P<full>满分)|(?P<half>一半)(?:分)?)"
    rf"|(?P<zero>不得分|不计分))"
)
# The closing rule of a band list written the other way round: "低于80%不得分", "低于80%的不得分"; "负增长不得分"
# closes a list of growth bands (nothing below zero to score).
_BAND_FLOOR = re.compile(rf"(?:(?:低于|不足|未达到)\s*(?P<lo>\d+(?:\.\d+)?)\s*[%％]|负增长)(?:的)?\s*"
                         rf"(?:不得分|不计分|得\s*0\s*分|得\s*(?P<score>{_NUM})\s*分)")
# A figure written out as 百分之N ("百分之八十五至九十"): read as N% for the bands.
_CN_PCT = re.compile(rf"百分之(?P<a>[{_CN_NUM}]+)(?:(?P<sep>\s*[-~～至到—–]+\s*)(?:百分之)?(?P<b>[{_CN_NUM}]+)(?![{_CN_NUM}]))?")
# A part of the item scored on its own: "…的得2分" (not 不得分, not a band, which is read before).
_EARNED = re.compile(rf"(?<![不再])得\s*(?P<num>{_NUM})\s*分")
# A tier of a list scoring the item (or a numbered part) as a whole: "达到的得满分" (计满分), "部分达到的得一半分（3分）",
# "基本符合的得2分"; the tiers below the top lose the difference, "不得分" loses the top's points.
_TIER = re.compile(rf"(?:(?<![不再])(?<!最高)(?<!最多)(?<!至多)得|(?<![不再累合总共估设统])计)\s*(?:(?P<full>满分)|(?P<half>一半)(?:分)?(?:\s*[（(]\s*(?P<halfnum>{_NUM})\s*分\s*[)）])?"
                   rf"|(?!0\s*分)(?P<num>{_NUM})\s*分)")  # "得0分" is 不得分
# A top tier set by a figure ("年经营性收入10万元以上的得8分"): bands of an amount, which a rule cannot hold.
_FIGURE_TOP = re.compile(r"\d+(?:\.\d+)?\s*[^\d，,；;。]{0,3}?(?:[（(]含[)）])?\s*(?:及)?以上")
# The head of a numbered part of the item ("①", "（2）", "2.", "第3项"): a tier list ends there.
_PART_MARK = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]|[（(]\s*\d{1,2}\s*[)）]|(?<![\d.])\d{1,2}\s*[.．、](?!\d)|第[\d一二三四五六七八九十]{1,2}项")
_DISCRETION = re.compile(r"酌情(?:扣分|扣减|减分|扣(?!\s*[\d一二两三四五六七八九十半]))|综合评定|综合评分|视情(?:况)?扣分")
# "不得分", "本项计0分", "扣除本项分值", "该项分值全扣" (not "本项分值扣完为止", which only bounds the other rules).
_NO_SCORE = re.compile(r"(?:该项|本项|此项)?(?:实行)?一票否决|(?:该项|本项|此项)?不(?:得|计)分|(?:该项|本项|此项)?(?:计|得)\s*0\s*分"
                       r"|扣除?全部分|扣(?:除|减)?(?:本项|该项|此项)(?:全部)?(?:分值|分数)"
                       r"|(?:本项|该项|此项)(?:分值|分数)?(?:全扣|扣完)(?!为止)")
_CLAUSE_SPLIT = re.compile(r"[；;。\n]+")
_LEAD_JUNK = " \t，,、：:）)"
_TRAIL_JUNK = " \t，,、；;。"


def parse_number(text: str) -> float | None:
    """A number written with Arabic or Chinese digits ("0.5", "２", "两", "十五", "一点五", "半"); None if not one."""
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return None
    if s == "半":
        return 0.5
    try:
        return float(s)
    except ValueError:
        pass
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = parse_number(whole)
        if w is None or not frac or any(ch not in _CN_DIGITS for ch in frac):
            return None
        return float(f"{int(w)}.{''.join(str(_CN_DIGITS[ch]) for ch in frac)}")
    if any(ch not in _CN_DIGITS and ch != "十" for ch in s):
        return None
    if "十" in s:
        tens, _, ones = s.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            return None
        t = _CN_DIGITS[tens] if tens else 1
        o = _CN_DIGITS[ones] if ones else 0
        return float(t * 10 + o)
    if len(s) == 1:
        return float(_CN_DIGITS[s])
    return None


# "一项不合格扣0.5分", "应处置未处置的一例扣1分": one unit named right before the 扣.
_ONE = re.compile(rf"(?<![\d{_CN_NUM}.])一\s*(?:个)?{_UNIT}(?:不合格|不符合要求|不到位|不规范|未落实)?的?\s*$")


# How far the trigger of a per-unit rule may stand from its 扣 ("每有1家物业服务企业未签订共建协议扣0.5分").
PER_UNIT_GAP = 16


def _per_unit(before: str) -> str | None:
    """The unit of a per-missing-unit rule whose trigger ("少一次") ends right before the 扣 (within the clause)."""
    one = _ONE.search(before)
    if one:
        return one.group("unit")
    matches = list(_PER.finditer(before))
    if not matches:
        return None
    last = matches[-1]
    if len(matches) > 1 and last.group("unit") in ("月", "季度", "学期") and matches[-2].group("unit") in ("人", "名") and \
            matches[-2].end() == last.start():
        return matches[-2].group("unit")  # "走访不足的，每人每月扣0.1分": each person short, month by month
    if len(matches) > 1 and last.group("unit") in ("人", "名") and last.group(0).startswith("每") and \
            re.match(r"每?(?:少|缺|漏|差)", matches[-2].group(0)) and \
            re.fullmatch(r"[，,\s]*", before[matches[-2].end():last.start()]):
        return matches[-2].group("unit")  # "思想汇报每少1次，每人扣0.5分": counted by what is missing, each person
    gap = before[last.end():].strip().rstrip("，,的者 ")
    if re.search(r"[，,；;。、]", gap) or len(gap) > PER_UNIT_GAP:
        return None
    return last.group("unit")


def _after_last(text: str, at: int, marks: str) -> int:
    """Where the part of `text` ending at `at` begins: just after the last of `marks` before it (0 when none)."""
    return max(text.rfind(c, 0, at) for c in marks) + 1


def _clean(text: str) -> str:
    return text.strip(_LEAD_JUNK).rstrip(_TRAIL_JUNK).strip()


def _arabic_percents(text: str) -> str:
    """百分之N written as N% ("百分之八十五至九十" → "85%至90%"), so bands printed in words read as bands."""
    def one(m: re.Match) -> str:
        a = parse_number(m.group("a"))
        if a is None:
            return m.group(0)
        b = parse_number(m.group("b")) if m.group("b") else None
        if b is None:
            return f"{a:g}%" + (m.group(0)[m.start("sep") - m.start():] if m.group("sep") else "")
        return f"{a:g}%{m.group('sep')}{b:g}%"
    return _CN_PCT.sub(one, text.replace("百分之百", "100%"))


def _bands(text: str, full_points: float | None = None) -> tuple[Deduction | None, str]:
    """Score bands printed for a rate ("85%—90%得5分，80%—85%得3分，80%以下不得分") as one rule, and the text with
    them blanked out (so "不得分" inside a band is not read again as a rule of its own). Bands written in words
    ("百分之九十以上得3分") are read the same; the text returned then has its percents in figures. "得满分" is the
    item's points (`full_points`), "得一半" half the list's top score."""
    # A list may mix the two ("百分之十以上得5分，5%—百分之十得3分"): every figure is read in figures.
    text = _arabic_percents(text) if "百分之" in text else text
    read = _symbol_bands(_deducted_bands(text, full_points))
    read = _BELOW_NEXT.sub(r"\g<lo>%—\g<hi>%", read)  # "90%以上不足95%": the band between
    banded, out = _bands_in(read, full_points)
    if banded is not None:
        # "…5%以下的得2分，未增长的不得分", "90%以上的得2分，未达到的不得分": below the last band, part of the bands
        out = _BELOW_THE_BANDS.sub(lambda m: "，" * len(m.group(0)), out)
    if banded is not None and read != text:
        # the bands as printed, not as rewritten for reading
        banded.text = "；".join(_clean(c) for c in _CLAUSE_SPLIT.split(text) if re.search(r"\d\s*[%％]", c))
    return banded, out


# The close of a band list in words, right after the bands ("未增长的不得分", "未达到的不得分").
_BELOW_THE_BANDS = re.compile(r"(?<=，，)[^，,；;。]{0,10}?(?:未|没有|不)(?:达到|增长|达标|完成|实现)[^，,；;。]{0,6}?的?不(?:得|计)分")
# A band printed as a floor and the next band's bar: "90%以上不足95%的得4分", "85%（含）以上、低于90%的".
_BELOW_NEXT = re.compile(r"(?P<lo>\d+(?:\.\d+)?)\s*[%％]\s*(?:[（(]含[)）])?\s*(?:及)?以上[、，,]?\s*(?:不足|低于|未达到|不到|未满)\s*"
                         r"(?P<hi>\d+(?:\.\d+)?)\s*[%％]")
# Bands printed with signs: "85%≤满意度<90%的得1分", "≥90%得4.5分", "<85%不得分".
# (≥ and ≤ may have been read as 不少于/不超过 already.)
_SIGN_RANGE = re.compile(r"(?P<lo>\d+(?:\.\d+)?)\s*[%％]\s*(?:[≤<＜]=?|不超过)\s*[\u4e00-\u9fff]{0,6}?\s*[<＜]\s*"
                         r"(?P<hi>\d+(?:\.\d+)?)\s*[%％]")
_SIGN_LOW = re.compile(r"(?:[≥]|[>＞]=|不少于(?=\s*\d+(?:\.\d+)?\s*[%％][^，,；;。\d]{0,3}得))\s*(?P<n>\d+(?:\.\d+)?)\s*[%％]")
_SIGN_BELOW = re.compile(r"[<＜]\s*(?P<n>\d+(?:\.\d+)?)\s*[%％]")


def _symbol_bands(text: str) -> str:
    """Bands written with ≥/≤/< read as the words tables mostly print ("90%以上", "85%—90%", "低于85%")."""
    if not re.search(r"[≥≤<＜>＞]|不少于\s*\d+(?:\.\d+)?\s*[%％][^，,；;。\d]{0,3}得", text):
        return text
    text = _SIGN_RANGE.sub(lambda m: f"{m.group('lo')}%—{m.group('hi')}%", text)
    text = _SIGN_LOW.sub(lambda m: f"{m.group('n')}%以上", text)
    return _SIGN_BELOW.sub(lambda m: f"低于{m.group('n')}%", text)


# A band printed as what it loses: "90%以上不扣分，80%（含）—90%扣2分，70%以下扣4分".
_DEDUCTED_BAND = re.compile(
    rf"(?P<head>\d+(?:\.\d+)?\s*[%％]\s*(?:[（(]含[)）])?\s*(?:[-~～至到—–]+\s*\d+(?:\.\d+)?\s*[%％]|"
    rf"(?:及|[（(]含[)）])?(?:以上|以下)))(?P<mid>[^，,；;。\d]{{0,8}}?)(?:(?P<none>不[扣减]分)|(?:扣(?:除|减)?|减)\s*(?P<num>{_NUM})\s*分)")


def _deducted_bands(text: str, full_points: float | None) -> str:
    """A band list written as the points each band loses, read as the points each keeps (the item's less the loss),
    when one band loses nothing ("90%以上不扣分") and the item's points are known."""
    found = list(_DEDUCTED_BAND.finditer(text))
    if full_points is None or len(found) < 2 or not any(m.group("none") for m in found):
        return text
    for m in reversed(found):
        lost = 0.0 if m.group("none") else parse_number(m.group("num"))
        if lost is None or lost > full_points:
            return text
        text = f"{text[:m.start()]}{m.group('head')}{m.group('mid')}得{full_points - lost:g}分{text[m.end():]}"
    return text


# Where the bands of another measure begin ("知晓率80%以上得4分…；满意度90%以上得6分…"): a sentence naming a rate
# before its first figure.
_MEASURE_HEAD = r"[^%％\d；;。]{0,10}?(?:率|满意度|认可度|知晓度|认同度)"
_NEXT_MEASURE = re.compile(rf"(?<=[；;。])(?={_MEASURE_HEAD})")


def _band_lists(text: str, full_points: float | None = None) -> tuple[list[Deduction], str]:
    """The score band lists of a scoring text, one per measure it names, and the text with them blanked out."""
    pieces = _NEXT_MEASURE.split(text)
    if len(pieces) > 1:
        read = [_bands(piece, full_points) for piece in pieces]
        if sum(1 for d, _out in read if d is not None) > 1:
            for piece, (d, _out) in zip(pieces, read, strict=True):
                named = re.match(_MEASURE_HEAD, piece.lstrip("；;。 "))
                if d is not None and named:
                    d.text = named.group(0) + d.text  # the measure its bands are of, as printed
            return [d for d, _out in read if d is not None], "".join(out for _d, out in read)
    banded, out = _bands(text, full_points)
    return ([banded] if banded is not None else []), out


def _bands_in(text: str, full_points: float | None = None) -> tuple[Deduction | None, str]:
    found: list[tuple[re.Match, ScoreBand | None, bool]] = []  # (match, band with score None for 一半, single)
    for m in _BAND.finditer(text):
        lo = float(m.group("lo")) / 100
        if m.group("zero"):
            score: float | None = 0.0
        elif m.group("full"):
            if full_points is None:
                continue
            score = float(full_points)
        elif m.group("half"):
            score = None  # half the top score, known once every band is read
        else:
            score = parse_number(m.group("score") or "")
            if score is None:
                continue
        if lo > 1:
            continue
        single = m.group("single") is not None
        if m.group("hi"):
            hi = float(m.group("hi")) / 100
            if hi <= lo or hi > 1:
                continue
            band = ScoreBand(low=lo, high=hi, score=score)  # type: ignore[arg-type]
        elif single or "以上" in (m.group("dir") or ""):
            band = ScoreBand(low=lo, high=None, score=score)  # type: ignore[arg-type]
        else:
            band = ScoreBand(low=0.0, high=lo, score=score)  # type: ignore[arg-type]
        found.append((m, band, single))
    ranged = [b for _m, b, single in found if not single]
    if ranged:
        # A single figure tops the list when it is at least every other band's bound; otherwise it is no band.
        bound = max(max(b.low, b.high or 0.0) for b in ranged)
        found = [(m, b, single) for m, b, single in found if not single or b.low >= bound]
    else:
        found = []
    scores = [b.score for _m, b, _s in found if b.score is not None]
    top = max(scores) if scores else full_points
    bands: list[ScoreBand] = []
    pieces: list[str] = []
    out = text
    for m, band, _single in found:
        if band.score is None:
            if not top:
                continue
            band.score = top / 2
        bands.append(band)
        pieces.append(_clean(m.group(0)))
        out = out[:m.start()] + "，" * (m.end() - m.start()) + out[m.end():]
    if not bands:
        return None, text
    for m in _BAND_FLOOR.finditer(out):  # "…80%—90%得3分，低于80%不得分": the floor of the list
        if m.group("lo") is not None:
            lo = float(m.group("lo")) / 100
            score = parse_number(m.group("score")) if m.group("score") else 0.0  # ("低于85%的得2分": a floor band)
            if lo <= 1 and score is not None and not any(b.high == lo and b.low == 0.0 for b in bands):
                bands.append(ScoreBand(low=0.0, high=lo, score=score))
        pieces.append(_clean(m.group(0)))
        out = out[:m.start()] + "，" * (m.end() - m.start()) + out[m.end():]
    bands.sort(key=lambda b: b.low, reverse=True)
    # "≥95%得6分，≥90%得4.5分": each open band below the top ends where the one above it begins
    for upper, lower in zip(bands, bands[1:], strict=False):
        if lower.high is None and upper.low > lower.low:
            lower.high = upper.low
    return Deduction(text="，".join(pieces), bands=bands), out


# Score bands of an amount ("年经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元以下的不得分"): the
# figure is the accounts', which the inspectors read; the bands are kept in the amount's unit and never estimated.
_AMOUNT_UNIT = "|".join(sorted(AMOUNT_UNITS, key=len, reverse=True))  # (人次 before 人, 万元 before 元)
_AMOUNT_BAND = re.compile(
    rf"(?P<lo>\d+(?:\.\d+)?)\s*(?P<unit>{_AMOUNT_UNIT})?\s*(?:[（(]含[)）])?\s*"
    rf"(?:(?:[-~～至到—–]+)\s*(?P<hi>\d+(?:\.\d+)?)\s*(?P<unit2>{_AMOUNT_UNIT})?\s*(?:[（(]不?含[)）])?|(?:及)?(?P<dir>以上|以下))"
    rf"[^，,；;。\d]{{0,4}}?(?:得\s*(?P<score>{_NUM})\s*分|(?P<zero>不得分|不计分))")


def _amount_bands(text: str) -> tuple[Deduction | None, str]:
    """Score bands of an amount, in the rule's unit (万元), and the text with them blanked out (so their "得4分" are
    not read again as tiers); two bands at least, in one unit."""
    # ("15（含）—20小时": the unit printed once, after the range)
    found = [m for m in _AMOUNT_BAND.finditer(text) if m.group("unit") or m.group("unit2")]
    if len(found) < 2 or len({m.group("unit") or m.group("unit2") for m in found}) > 1:
        return None, text
    head = _after_last(text, found[0].start(), "；;。\n")
    unit = found[0].group("unit") or found[0].group("unit2")
    if unit == "分" and re.search(r"满意|率|测评", text[head:found[0].start()]):
        return None, text  # "满意度90分以上的得5分": a rating out of 100, read as the rate's bands
    bands: list[ScoreBand] = []
    for m in found:
        low = float(m.group("lo"))
        score = 0.0 if m.group("zero") else parse_number(m.group("score"))
        if score is None:
            return None, text
        if m.group("hi"):
            high = float(m.group("hi"))
            if high <= low:
                return None, text
            bands.append(ScoreBand(low=low, high=high, score=score))
        elif m.group("dir") == "以上":
            bands.append(ScoreBand(low=low, high=None, score=score))
        else:
            bands.append(ScoreBand(low=0.0, high=low, score=score))
    rule = Deduction(text=_clean(text[head:found[-1].end()]), bands=bands, unit=unit)
    out = text
    for m in found:
        out = out[:m.start()] + "，" * (m.end() - m.start()) + out[m.end():]
    return rule, out


# A score by grade ("好的得2分，较好的得1.5分，一般的得1分，差的不得分"): the inspectors grade, one discretionary rule.
# (the grade may be quoted, and said with 为: "要素齐全的为“好”，得2分")
_GRADES = r"[“\"]?(?:好|较好|一般|较差|差|优秀|良好|合格|基本合格|不合格)[”\"]?"
_GRADE_TIER = re.compile(rf"{_GRADES}(?:的|者)?[，,]?\s*(?:得\s*{_NUM}\s*分|不得分|不计分)")
# The grades listed, then their scores ("好、较好、一般分别得1分、0.6分、0.3分"): one discretionary rule too.
_GRADE_LIST = re.compile(rf"{_GRADES}(?:[、和及]{_GRADES})+(?:的)?[，,]?\s*分别(?:得|计)\s*{_NUM}\s*分?(?:\s*[、，,]\s*{_NUM}\s*分?)*")
# Points per occasion held, up to the item's ("书记例会每召开1次得0.25分，最高得3分"): each missing occasion loses them.
_PER_OCCASION = re.compile(rf"每[^，,；;。\d]{{0,6}}?(?:1|一)\s*(?P<unit>次|场|篇|期|个|项)[^，,；;。\d]{{0,6}}?得\s*(?P<x>{_NUM})\s*分"
                           rf"[，,]?\s*(?:最高|最多|累计最高|累计最多|上限)(?:得|计)?\s*(?P<cap>{_NUM})\s*分")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + "，" * (b - a) + text[b:]
    return text


def _graded(text: str) -> tuple[list[Deduction], str]:
    """Tiers by grade in one clause, two at least: one discretionary rule (the grade is the inspectors' to give)."""
    out: list[Deduction] = []
    spans: list[tuple[int, int]] = []
    start = 0
    for clause in re.split(r"(?<=[。\n])", text):
        # (tiers run on over "；" when nothing else is ruled between them: "…为“好”，得2分；基本规范的为“较好”，得1分")
        for m in _GRADE_LIST.finditer(clause):
            head = _after_last(clause, m.start(), "，,：:；;")
            out.append(Deduction(text=_clean(clause[head:m.end()]), discretionary=True))
            spans.append((start + head, start + m.end()))
        runs: list[list[re.Match]] = []
        for m in _GRADE_TIER.finditer(clause):
            if runs and not re.search(r"扣|[；;][^；;]*[；;]", clause[runs[-1][-1].end():m.start()]):
                runs[-1].append(m)
            else:
                runs.append([m])
        for found in (run for run in runs if len(run) >= 2):
            if re.search(r"[%％]", clause[max(0, found[0].start() - 12):found[-1].end()]):
                continue  # "满意率95%以上的为“好”，得8分；90%—95%的为“较好”…": bands of a rate, named
            first = found[0].start()  # from the last break before the first tier (the grade's subject kept)
            head = _after_last(clause, first, "，,：:；;")
            lead = _after_last(clause, head, "；;")
            if _DISCRETION.search(clause[lead:head]):
                head = lead  # "由镇党委综合评定：“好”得8分，…": the grading is the one rule
            out.append(Deduction(text=_clean(clause[head:found[-1].end()]), discretionary=True))
            spans.append((start + head, start + found[-1].end()))
        start += len(clause)
    return out, _blanked(text, spans)


def _per_occasion(text: str) -> tuple[list[Deduction], str]:
    out: list[Deduction] = []
    spans: list[tuple[int, int]] = []
    for m in _PER_OCCASION.finditer(text):
        head = _after_last(text, m.start(), "，,；;。：:\n")  # (the occasion's name before 每)
        out.append(Deduction(text=_clean(text[head:m.end()]), per_unit=parse_number(m.group("x")), unit=m.group("unit"),
                             cap=parse_number(m.group("cap"))))
        spans.append((head, m.end()))
    return out, _blanked(text, spans)


def parse_deductions(text: str, full_points: float | None = None) -> list[Deduction]:
    """Structured deductions found in a printed 评分标准/扣分标准 text, in order.

    "扣2分"/"扣除2分" → fixed points; "少一次扣0.5分", "每缺一人扣1分", "每项扣0.1分", "扣0.5分/次" → per unit;
    "每低5个百分点扣1分" → per unit 百分点 in steps of 5; "扣1-2分" → points 2 (at most), points_min 1;
    "85%—90%得5分…" → one rule with score bands; "最多扣2分"/"扣完3分为止" caps the rule before it;
    "不得分" → fixed `full_points` when given; "酌情扣分" → discretionary.
    Tiers: "达到的得满分，部分达到的得一半分，未达到的不得分" → points half, points full; "基本符合的得3分" under
    得满分 → the difference. A part scored on its own ("①按期换届的得2分", "第2项符合得2分") → its own points,
    its lower tiers the difference ("一般的得1分" → 1), its "不得分" nothing more.
    Phrasings that are not clear give nothing: the caller keeps the text as printed.
    """
    result: list[Deduction] = []
    if not text or not text.strip():
        return result
    printed = text
    text = SUBTRACTED.sub("扣", text)  # "每少1次减0.5分，最高减3分": 减 is 扣 (one character for one)
    result = _parse(text, full_points)
    for rule in result:
        said = rule.text.replace("扣", "减")
        if said != rule.text and said in printed and rule.text not in printed:
            rule.text = said  # the rule quoted as the table prints it
    return result


# "减0.5分", "最高减1分", "减除2分": a deduction under the 减 of a 基础分 table (not 增减, 加减, 递减).
SUBTRACTED = re.compile(r"(?<![增加递核削缩])减(?=\s*(?:除|掉)?\s*(?:\d|\.\d|[一二两三四五六七八九十半]\s*分|[一二两三四五六七八九十]\s*[.点]))")


def _parse(text: str, full_points: float | None) -> list[Deduction]:
    result: list[Deduction] = []
    amount, text = _amount_bands(text)
    graded, text = _graded(text)
    occasions, text = _per_occasion(text)
    banded, text = _band_lists(text, full_points)
    banded = ([amount] if amount is not None else []) + graded + occasions + banded
    top: float | None = None  # the points of the tier list being read (the item's, or a part's)
    whole = False  # the list scores the whole item ("…的得满分"): it runs on over clauses until a part begins
    part: Deduction | None = None  # the rule of the part scored on its own being read
    graded = False  # the list grades the item ("“差”得2分以下", "10万元以上的得8分"): no fixed tiers in it
    listed: list[Deduction] = []  # the rules of the tier list being read
    numbered = False  # a numbered part ("①…") is being read: it runs on over clauses until the next one

    def close_part() -> None:
        """A part whose points a per-unit rule after it takes away ("①全年开展12次的得3分，每少1次扣0.5分") loses
        them by the count, not at once: no rule of its own."""
        if part is not None and any(r is part for r in result):
            after = result[next(i for i, r in enumerate(result) if r is part) + 1:]
            if any(r.per_unit is not None for r in after):
                result[:] = [r for r in result if r is not part]

    for clause in _CLAUSE_SPLIT.split(text):
        if not clause.strip(" ，,"):
            continue
        if not whole and not numbered:
            close_part()
            top, part, graded, listed = None, None, False, []
        start = 0  # where the text of the next rule begins
        pos = 0
        last: Deduction | None = None  # the rule parsed last in this clause, which a cap may follow
        while pos < len(clause):
            cap = _CAP.search(clause, pos)
            step = min((x for x in (_STEP.search(clause, pos), _UNIT_STEP.search(clause, pos)) if x is not None),
                       key=lambda x: x.start(), default=None)
            rng = _RANGE.search(clause, pos)
            ded = _DEDUCT.search(clause, pos)
            disc = _DISCRETION.search(clause, pos)
            tier = _TIER.search(clause, pos)
            nos = _NO_SCORE.search(clause, pos) if full_points else None  # a 0-point veto row loses nothing
            order = (cap, step, rng, disc, ded, tier, nos)
            found = [m for m in order if m is not None]
            if not found:
                break
            m = min(found, key=lambda x: (x.start(), order.index(x)))
            rule = _clean(clause[start:m.end()])
            if _PART_MARK.search(clause[start:m.start()]) and not whole:
                # "②…": the tiers before it close (a list under 得满分 runs on: "（2）有特色但未获表彰的得3分")
                close_part()
                top, part, graded, listed = None, None, False, []
                numbered = True
            if m is cap:
                value = parse_number(m.group("a") or m.group("b") or m.group("c") or "")
                if last is not None and last.cap is None and value is not None:
                    last.cap = value
                    last.text = _clean(last.text + clause[start:m.end()])
            elif m is step:
                size, value = parse_number(m.group("step")), parse_number(m.group("num"))
                if size and value is not None and rule:
                    unit = "天" if m.groupdict().get("day") else m.groupdict().get("unit") or "百分点"
                    last = Deduction(text=rule, per_unit=value, unit=unit, step=size)
                    result.append(last)
            elif m is rng:
                a, b = parse_number(m.group("a")), parse_number(m.group("b"))
                if a is not None and b is not None and rule:
                    last = Deduction(text=rule, points=max(a, b), points_min=min(a, b))
                    result.append(last)
            elif m is disc:
                if last is not None and last.discretionary and last in result and \
                        not clause[start:m.start()].strip(" ，,：:"):
                    last.text = _clean(last.text + clause[start:m.end()])  # "综合评定，酌情扣分": one rule
                elif rule:
                    last = Deduction(text=rule, discretionary=True)
                    result.append(last)
            elif m is tier:
                n = parse_number(m.group("num") or "")
                if graded:
                    pass
                elif re.match(r"\s*(?:及)?(?:以下|以上)", clause[m.end():]):
                    # "“差”得2分以下": the inspectors grade the item, the tiers are no fixed losses
                    result[:] = [r for r in result if not any(r is x for x in listed)]
                    graded, listed = True, []
                elif m.group("full"):
                    if full_points is not None:
                        top, whole, part, listed = float(full_points), True, None, []
                elif m.group("num") and n is not None and top is None and full_points is not None and \
                        n >= full_points - 1e-9:
                    # "全部按要求召开的得8分" of an 8-point item: the top tier, nothing lost
                    top, whole, part, listed = float(full_points), True, None, []
                    graded = bool(_FIGURE_TOP.search(rule))
                elif m.group("num") and n is not None and (top is None or (not whole and n >= top - 1e-9)):
                    if rule:  # "①按期换届的得2分", "第2项符合得2分": a part scored on its own
                        last = part = Deduction(text=rule, points=n)
                        result.append(last)
                        top, whole, listed = n, False, [last]
                elif m.group("num") and n is not None and top is not None and n < top - 1e-9:
                    if rule:  # "基本符合的得3分" under 得满分: the difference is lost
                        last = Deduction(text=rule, points=top - n)
                        result.append(last)
                        listed.append(last)
                elif m.group("half"):
                    if top is None and full_points is not None:
                        top, whole, part, listed = float(full_points), True, None, []
                    value = parse_number(m.group("halfnum")) if m.group("halfnum") else (top / 2 if top else None)
                    if value and rule:  # "基本符合的得一半（3分）"
                        last = Deduction(text=rule, points=value)
                        result.append(last)
                        listed.append(last)
            elif m is nos:
                if "一票否决" in m.group(0) and re.match(r"[^；;。]{0,10}(?:取消|不得|不能)[^，,；;。]{0,6}(?:评优|评先|资格)",
                                                     clause[m.end():]):
                    start = pos = m.end()
                    continue  # "有一票否决情形的，取消评优资格": no points taken, the unit may not be honoured
                whole_item = bool(re.search(r"本项|该项|此项|一票否决|全部分", m.group(0)))
                later = _EARNED.search(clause, m.end())
                if graded and not whole_item:
                    top, whole, graded, listed = None, False, False, []  # the grades' floor: the list is closed
                elif part is not None and not whole_item:
                    if last is part:  # the part's own points, read already
                        part.text = _clean(part.text + clause[start:m.end()])
                elif top is not None and whole and not whole_item and rule:
                    last = Deduction(text=rule, points=float(full_points))
                    result.append(last)
                    top, whole, listed = None, False, []  # the list is closed
                elif rule and later and top is None and parse_number(later.group("num")) is not None:
                    # "未按期换届的不得分，按期换届的得2分": the part's own points, printed after
                    last = part = Deduction(text=_clean(clause[start:later.end()]),
                                            points=parse_number(later.group("num")))
                    top = last.points
                    result.append(last)
                    start = pos = later.end()
                    continue
                elif rule and full_points is not None and last is not None and last.points == full_points \
                        and last in result and last.text and _NO_SCORE.search(last.text):
                    last.text = _clean(last.text + clause[start:m.end()])  # "实行一票否决，本项不得分": one rule
                elif rule and full_points is not None:
                    last = Deduction(text=rule, points=float(full_points))
                    result.append(last)
            else:
                value = parse_number(m.group("num"))
                if value is not None and rule:
                    unit = m.group("unit") or _per_unit(clause[start:m.start()])
                    if unit:
                        last = Deduction(text=rule, per_unit=value, unit=unit)
                    else:
                        last = Deduction(text=rule, points=value)
                    result.append(last)
            start = pos = m.end()
    close_part()
    result.extend(banded)
    return result

