"""Catalog quality (issue 15): kind, meeting type and date of every file of the labelled year, against its labels.

A script, not a test: it builds the labelled year (tests/labelled_year) into a temporary archive, ingests it through
the real archive.pipelines.ingest.ingest, and prints one line per figure, then the confusion and the misses:

    python benchmarks/catalog_quality.py              # with OCR (photos and scans read)
    python benchmarks/catalog_quality.py --no-ocr     # files whose content is only in pixels are left out
    python benchmarks/catalog_quality.py --json       # also one JSON line at the end (used by the slow test)
    python benchmarks/catalog_quality.py --no-ocr --year fifth   # another labelled year (third|fourth|fifth)

Figures: files, kind_accuracy, meeting_type_accuracy (over the files where the label or the catalog names a meeting
type), date_exact_accuracy. A date is exact when it has the label's precision and agrees to that precision (a day,
"2025-03"; "2025" for a year alone); an undated label ("no date of its own") is met when the catalog fell back to
the file's mtime. Legacy .doc files are scored only when LibreOffice is installed. Targets: each ≥ 0.97.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from archive.catalog import connect, iter_evidence  # noqa: E402
from archive.extract.classify import explain  # noqa: E402
from archive.extract.legacy import find_soffice  # noqa: E402
from archive.pipelines.ingest import ingest  # noqa: E402
from archive.workspace import init_workspace, open_workspace  # noqa: E402

TARGET = 0.97
MAX_MISSES_SHOWN = 60


def date_exact(label, ev) -> bool:
    """Whether the catalog's date is the label's date at the label's precision (see the module docstring)."""
    if label.date is None:
        return ev.date_source == "mtime"
    if ev.date is None:
        return False
    precision = getattr(ev, "date_precision", None) or "day"
    iso = ev.date.isoformat()
    width = {"day": 10, "month": 7, "year": 4}[label.date_precision or "day"]
    return precision == (label.date_precision or "day") and iso[:width] == label.date


def _got_date(ev) -> str:
    if ev.date is None:
        return "无"
    precision = getattr(ev, "date_precision", None) or "day"
    width = {"day": 10, "month": 7, "year": 4}[precision]
    return f"{ev.date.isoformat()[:width]}（{ev.date_source}）"


def evaluate(base: Path, ocr: bool) -> dict:
    from labelled_year import build_year

    root = base / "东湖社区2025年台帐"
    ws = init_workspace(root, rubric="seed000", org="东湖社区党委", year=2025)
    have_soffice = find_soffice() is not None
    labels = build_year(root, with_legacy=have_soffice)
    ingest(ws, ocr=ocr)
    return score(root, labels, ocr, have_soffice)


YEARS = ("third", "fourth", "fifth")


def evaluate_year(base: Path, which: str, ocr: bool) -> dict:
    """The figures of another labelled year (tests/third_year, fourth_year, fifth_year): no legacy .doc files."""
    import importlib

    module = importlib.import_module(f"{which}_year")
    build = getattr(module, f"build_{which}_year")
    root = base / f"{which}_year"
    labels = build(root)
    ws = init_workspace(root, rubric="seed000", org=labels.org, year=labels.year)
    ingest(ws, ocr=ocr)
    return score(root, labels, ocr, have_soffice=True)


def score(root: Path, labels, ocr: bool, have_soffice: bool) -> dict:  # type: ignore[no-untyped-def]
    """The figures of an archive of the labelled year already ingested (with or without OCR)."""
    ws = open_workspace(root)
    usable = {f.path: f for f in labels.usable(ocr=ocr, libreoffice=have_soffice)}
    conn = connect(ws.catalog_path)
    try:
        catalog = {ev.path: ev for ev in iter_evidence(conn, with_text=True)}
    finally:
        conn.close()

    kind_ok = mtype_ok = mtype_n = date_ok = 0
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    misses: list[str] = []
    scored = 0
    for path, label in sorted(usable.items()):
        ev = catalog.get(path)
        if ev is None:
            misses.append(f"{path}: 未入库")
            scored += 1
            continue
        scored += 1
        wrong = []
        got_kind = ev.kind or f"错误:{ev.error}"
        if got_kind == label.kind:
            kind_ok += 1
        else:
            confusion[(label.kind, got_kind)] += 1
            rule = explain(ev.text or "", "", ev.format or "", _tables(ev), path)[2] if ev.kind else "-"
            wrong.append(f"类别 {label.kind}→{got_kind}（{rule}）")
        if label.meeting_type is not None or ev.meeting_type is not None:
            mtype_n += 1
            if ev.meeting_type == label.meeting_type:
                mtype_ok += 1
            else:
                wrong.append(f"会议类型 {label.meeting_type}→{ev.meeting_type}")
        if date_exact(label, ev):
            date_ok += 1
        else:
            wrong.append(f"日期 {label.date or '无'}→{_got_date(ev)}")
        if wrong:
            misses.append(f"{path}: " + "；".join(wrong))
    return {
        "files": scored,
        "kind_accuracy": kind_ok / scored if scored else 0.0,
        "meeting_type_accuracy": mtype_ok / mtype_n if mtype_n else 1.0,
        "meeting_type_files": mtype_n,
        "date_exact_accuracy": date_ok / scored if scored else 0.0,
        "ocr": ocr,
        "libreoffice": have_soffice,
        "confusion": [[t, g, n] for (t, g), n in confusion.most_common()],
        "misses": misses,
    }


def _tables(ev):
    from archive.extract.base import Table

    return [Table(name=t.get("name", ""), rows=t.get("rows", [])) for t in (ev.tables or [])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-ocr", action="store_true", help="ingest without OCR; leave out pixel-only files")
    parser.add_argument("--json", action="store_true", help="print one JSON line with every figure at the end")
    parser.add_argument("--year", choices=YEARS, help="score another labelled year instead of tests/labelled_year")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="catalog-quality-") as tmp:
        if args.year:
            result = evaluate_year(Path(tmp), args.year, ocr=not args.no_ocr)
        else:
            result = evaluate(Path(tmp), ocr=not args.no_ocr)
    print(f"files {result['files']}")
    print(f"kind_accuracy {result['kind_accuracy']:.3f}")
    print(f"meeting_type_accuracy {result['meeting_type_accuracy']:.3f}")
    print(f"date_exact_accuracy {result['date_exact_accuracy']:.3f}")
    print("confusion (true → got, count):")
    for true, got, n in result["confusion"]:
        print(f"  {true} → {got}  {n}")
    print(f"misses ({len(result['misses'])}):")
    for line in result["misses"][:MAX_MISSES_SHOWN]:
        print(f"  {line}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
