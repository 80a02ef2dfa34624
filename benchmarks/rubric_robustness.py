"""Rubric inference robustness: the tuning tables rewritten the ways another district might print the same words
(Chinese numerals, 至少 for 不少于, "3个以上", 每个月/按月, 百分之N, 台帐, numbered clauses, 组织开展, 一年内 …),
imported and scored against the same labels. A rewrite that costs pairs shows a reading that hangs on one
wording, not on what the words say.

    python benchmarks/rubric_robustness.py [REWRITE ...] [--diff] [--tables k_]

Prints one line per rewrite (pooled figures, as benchmarks/rubric_inference.py prints them); --diff adds the misses
the rewrite adds (NEW) or removes (GONE). --tables keeps the tuning tables whose names start with the prefix.
Held-out tables are never rewritten. Nothing here asserts a target: it is a measurement.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from rubric_tables import tables as T  # noqa: E402
from rubric_tables.score import LABELS_DIR, Result, evaluate, load_labels, pool  # noqa: E402

from archive.rubric.importer import import_rubric  # noqa: E402

_CN = "零一二三四五六七八九"
_UNITS = "次|名|个|件|家|项|户|人|天|篇|期|场|条|本|堂|小时|学时"
_CN_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _cn(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return str(n)


def _percent(s: str) -> str:
    s = re.sub(r"(?<![\d.])100%", "百分之百", s)
    return re.sub(r"(?<![\d.])(\d{2})%", lambda m: "百分之" + _cn(int(m.group(1))), s)


def _numbered(s: str) -> str:
    parts = re.split(r"(?<=；)", s)
    return "".join(f"（{i}）{p}" for i, p in enumerate(parts, 1)) if len(parts) > 1 else s


REWRITES: dict[str, Callable[[str], str]] = {
    "chinese_numerals": lambda s: re.sub(rf"(?<![\d.])(\d{{1,2}})(?=(?:{_UNITS}))", lambda m: _cn(int(m.group(1))), s),
    "arabic_numerals": lambda s: re.sub(r"(?<=[每少于至多达于有开到召讲过])([一二两三四五六七八九十])(?=(?:次|名|个|件|家|项|户|篇|期|场|条))",
                                        lambda m: str(_CN_VALUE[m.group(1)]), s),
    "zhishao": lambda s: s.replace("不少于", "\0").replace("至少", "不少于").replace("\0", "至少"),
    "budiyu": lambda s: s.replace("不少于", "不低于"),
    "n_yishang": lambda s: re.sub(r"不少于\s*(\d+|[一二两三四五六七八九十]+)\s*(次|个|件|名|项)", r"\1\2以上", s),
    "meigeyue": lambda s: s.replace("每季度", "每个季度").replace("每月", "每个月"),
    "anyue": lambda s: s.replace("每季度", "按季度").replace("每月", "按月"),
    "meiji": lambda s: s.replace("每季度", "每季"),
    "percent_words": _percent,
    "full_stops": lambda s: s.replace("；", "。"),
    "ascii_punctuation": lambda s: s.replace("，", ",").replace("；", ";").replace("：", ":"),
    "nianzhong": lambda s: s.replace("年底", "年终").replace("年末", "年终"),
    "taizhang": lambda s: s.replace("台账", "台帐"),
    "yinianneil": lambda s: s.replace("每年", "每年度").replace("全年", "一年内"),
    "numbered_clauses": _numbered,
    "modal": lambda s: re.sub(r"(?<=[\u4e00-\u9fff])每(?=月|季|年|半年)", "应每", s),
    "zuzhi_kaizhan": lambda s: re.sub(r"(?<!组织)开展", "组织开展", s),
    "meeting_names": lambda s: s.replace("支委会", "支部委员会会议").replace("党员大会", "支部党员大会").replace("支部支部", "支部"),
}


def _rewritten(table: T.Table, rewrite: Callable[[str], str]) -> T.Table:
    sections = tuple(dataclasses.replace(s, rows=tuple(
        dataclasses.replace(r, text=rewrite(r.text), scoring=rewrite(r.scoring), method=rewrite(r.method))
        for r in s.rows)) for s in table.sections)
    return dataclasses.replace(table, sections=sections)


def measure(names: list[str], rewrite: Callable[[str], str]) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            table = _rewritten(T.table(name), rewrite)
            path = Path(folder) / f"{name}.{table.fmt}"
            (T._BUILDERS.get(name) or T._MODULE_BUILDERS[name])(table, path)
            results.append(evaluate(import_rubric(path), load_labels(name)))
    return results


def _key(miss) -> tuple[str, ...]:
    return (miss.table, miss.item, miss.side, miss.what, miss.text.split(" — ")[0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rewrites", nargs="*", help=f"some of: {', '.join(REWRITES)} (default: all)")
    ap.add_argument("--diff", action="store_true", help="print the misses each rewrite adds or removes")
    ap.add_argument("--tables", default="", help="only tuning tables whose names start with this")
    args = ap.parse_args(argv)
    names = [n for n in T.TUNING if n.startswith(args.tables) and (LABELS_DIR / f"{n}.yaml").exists()]
    assert not set(names) & set(T.HELDOUTS)
    base = measure(names, lambda s: s)
    base_misses = {_key(m) for r in base for m in r.misses}
    for name in ["as printed", *(args.rewrites or REWRITES)]:
        results = base if name == "as printed" else measure(names, REWRITES[name])
        fig = pool(results).figures()
        line = "  ".join(f"{k} {fig[k][0] / fig[k][1]:.3f} ({fig[k][0]}/{fig[k][1]})" if fig[k][1] else f"{k} -"
                         for k in ("requirement_recall", "requirement_precision", "deduction_recall",
                                   "deduction_precision"))
        print(f"{name:18s} {line}", flush=True)
        if args.diff and name != "as printed":
            now = {_key(m) for r in results for m in r.misses}
            for k in sorted(now - base_misses):
                print("  NEW ", *k)
            for k in sorted(base_misses - now):
                print("  GONE", *k)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
