"""Parse printed deduction rules (扣分标准: "少一次扣0.5分", "未制定计划扣2分") into structured Deductions.

Only phrasings whose meaning is clear are structured; ranges ("扣1-2分"), discretion ("酌情扣分") and anything else
stay in the item's `scoring` text for a person to refine.
"""

from __future__ import annotations

import re
import unicodedata

from archive.rubric.model import Deduction

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "零〇一二两三四五六七八九十"
# A number as printed: 0.5, 2, 两, 十五, 半.
_NUM = rf"(?:\d+(?:\.\d+)?|\.\d+|[{_CN_NUM}]+(?:点[{_CN_NUM}]+)?|半)"
# Measure words a "per missing unit" rule counts in.
UNITS: tuple[str, ...] = (
    "季度", "人次", "次", "人", "名", "项", "个", "例", "件", "篇", "份", "月", "天", "期", "户", "条", "处", "张", "本",
    "场", "批", "课", "周",
)
_UNIT = "(?P<unit>" + "|".join(UNITS) + ")"

# "扣2分", "扣除0.5分", "扣减 1 分"; not ranges such as "扣1-2分" / "扣1至3分".
_DEDUCT = re.compile(rf"扣(?:除|减|掉)?\s*(?P<num>{_NUM})\s*分(?!\s*[-~～至到])(?:\s*/\s*{_UNIT})?")
# "少一次", "每缺一人", "缺席一次", "每发现1例", "每项", "每月"; the quantity, if printed, must be one.
_PER = re.compile(
    rf"(?:每|少|缺|差|漏|欠|短)[^\d{_CN_NUM}，,；;。：:扣于、]{{0,4}}?(?:一|1)?\s*{_UNIT}"
)
# "最多扣3分", "最高扣3分", "扣满3分为止", "扣完3分为止", "封顶3分".
_CAP = re.compile(
    rf"(?:(?:累计)?(?:最多|最高|至多|上限)(?:扣(?:除|减)?)?\s*(?P<a>{_NUM})\s*分"
    rf"|扣(?:满|完)\s*(?P<b>{_NUM})\s*分(?:为止)?|封顶\s*(?P<c>{_NUM})\s*分)"
)
_NO_SCORE = re.compile(r"(?:该项|本项|此项)?不得分|(?:该项|本项|此项)?(?:计|得)\s*0\s*分|扣除?全部分")
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


def _per_unit(before: str) -> str | None:
    """The unit of a per-missing-unit rule whose trigger ("少一次") ends right before the 扣 (within the clause)."""
    matches = list(_PER.finditer(before))
    if not matches:
        return None
    last = matches[-1]
    gap = before[last.end():].strip().rstrip("，,的者 ")
    if re.search(r"[，,；;。、]", gap) or len(gap) > 12:
        return None
    return last.group("unit")


def _clean(text: str) -> str:
    return text.strip(_LEAD_JUNK).rstrip(_TRAIL_JUNK).strip()


def parse_deductions(text: str, full_points: float | None = None) -> list[Deduction]:
    """Structured deductions found in a printed 评分标准/扣分标准 text, in order.

    "扣2分"/"扣除2分" → fixed points; "少一次扣0.5分", "每缺一人扣1分", "每项扣0.1分", "扣0.5分/次" → per unit;
    "最多扣2分"/"扣完为止 …" caps the rule before it; "不得分" → fixed `full_points` when given.
    Phrasings that are not clear (ranges, 酌情扣分) give nothing: the caller keeps the text as printed.
    """
    result: list[Deduction] = []
    if not text or not text.strip():
        return result
    for clause in _CLAUSE_SPLIT.split(text):
        if not clause.strip():
            continue
        start = 0  # where the text of the next rule begins
        pos = 0
        last: Deduction | None = None  # the rule parsed last in this clause, which a cap may follow
        while pos < len(clause):
            cap = _CAP.search(clause, pos)
            ded = _DEDUCT.search(clause, pos)
            nos = _NO_SCORE.search(clause, pos) if full_points is not None else None
            found = [m for m in (cap, ded, nos) if m is not None]
            if not found:
                break
            m = min(found, key=lambda x: (x.start(), 0 if x is cap else 1))
            if m is cap:
                value = parse_number(m.group("a") or m.group("b") or m.group("c") or "")
                if last is not None and last.cap is None and value is not None:
                    last.cap = value
                    last.text = _clean(last.text + clause[start:m.end()])
                start = pos = m.end()
                continue
            if m is nos:
                rule = _clean(clause[start:m.end()])
                if rule and full_points is not None:
                    last = Deduction(text=rule, points=float(full_points))
                    result.append(last)
                start = pos = m.end()
                continue
            value = parse_number(m.group("num"))
            rule = _clean(clause[start:m.end()])
            if value is not None and rule:
                unit = m.group("unit") or _per_unit(clause[start:m.start()])
                if unit:
                    last = Deduction(text=rule, per_unit=value, unit=unit)
                else:
                    last = Deduction(text=rule, points=value)
                result.append(last)
            start = pos = m.end()
    return result
