"""An item id as a user types it: every output prints "第18项", so "第18项", "18项", "第 18 项", "１８" and "第十八项"
all name item 18 wherever an item id is accepted (status --item, file --item, override, binder --item …)."""

from __future__ import annotations

import re
import unicodedata

# "第18项", "第 2.3 项", "第十八项" (第 … 项 around anything), or "18项" (项 after a number)
_WRAPPED = re.compile(r"^第\s*(?P<id>.+?)\s*[项條条]?$|^(?P<num>[\d.]+|[零〇一二两三四五六七八九十]+)\s*[项条]$")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _chinese_number(text: str) -> int | None:
    """十八 → 18, 二十 → 20, 三十五 → 35, 九 → 9 (the item numbers a rubric prints, below a hundred)."""
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# "1-1", "2－3": a category's number, then the item's, printed with a dash.
_DASHED = re.compile(r"^(\d{1,2})\s*[-－—–_]\s*(\d{1,2})$")


def dashed_to_dotted(item_id: str) -> str:
    """'1-1' → '1.1' (the id the importer gives an item printed so); anything else unchanged."""
    return _DASHED.sub(r"\1.\2", item_id)


def normalize_item_id(value: str) -> str:
    """'第18项' → '18', '18项' → '18', '１８' → '18', '第十八项' → '18', '第2.3项' → '2.3', '1-1' → '1.1'; anything else as typed
    (stripped): an id of the rubric's own such as '加分项' stays itself."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    m = _WRAPPED.match(text)
    core = (m.group("id") or m.group("num")).strip() if m else text
    core = dashed_to_dotted(core)
    number = _chinese_number(core)
    return str(number) if number is not None else core
