"""Rubric inference quality: the requirements and deductions `taizhang rubric import` reads from a scoring table,
against what a careful reader checks (tests/rubric_tables: four tables and their labels, written before the
inference existed).

Builds every table in a temporary folder, imports it with archive.rubric.importer.import_rubric, and prints one
line per figure per table, then the figures pooled over the tuning tables, then the held-out table's figures
(prefixed `heldout_`):

    requirement_recall, requirement_precision   (non-judgement requirements; the headline)
    judgement_agreement                          (items where labels and inference agree on having a judgement)
    deduction_recall, deduction_precision

    python benchmarks/rubric_inference.py [--misses] [--heldout-misses] [--tables NAME,NAME]

--misses prints what the tuning tables' inference missed or added; the held-out table's misses are printed only
with --heldout-misses (they must never be used to tune the inference). --tables measures only the named tuning
tables (the held-out ones are always measured): a quick look at one table. Nothing here asserts a target: it is a
measurement.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from rubric_tables.score import Result, evaluate, load_labels, pool  # noqa: E402
from rubric_tables.tables import HELDOUTS, TABLES, build_table  # noqa: E402

LABELS = Path(__file__).resolve().parent.parent / "tests" / "rubric_tables" / "labels"


def _rate(k: int, n: int) -> str:
    return f"{k / n:.3f} ({k}/{n})" if n else "- (0/0)"


def _print_figures(prefix: str, result: Result) -> None:
    for name, (k, n) in result.figures().items():
        print(f"{prefix} {name} {_rate(k, n)}")


def _print_ids(result: Result) -> None:
    if result.missing_items:
        print(f"  {result.table} labelled items not imported: {', '.join(result.missing_items)}")
    if result.extra_items:
        print(f"  {result.table} imported items without labels: {', '.join(result.extra_items)}")


def _print_misses(result: Result) -> None:
    for miss in result.misses:
        print(f"  {miss}")


def measure(folder: Path, names: list[str] | None = None) -> dict[str, Result | str]:
    """Every table's Result (of `names` when given), or the import error's message when the table did not import."""
    from archive.errors import ImportFailed
    from archive.rubric.importer import import_rubric

    results: dict[str, Result | str] = {}
    for name in names or TABLES:
        if not (LABELS / f"{name}.yaml").exists():
            results[name] = "no labels yet (a table being written): not measured"
            continue
        path = build_table(name, folder)
        try:
            rubric = import_rubric(path)
        except ImportFailed as exc:
            results[name] = f"import failed: {exc}"
            continue
        results[name] = evaluate(rubric, load_labels(name))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the tuning tables' misses")
    parser.add_argument("--heldout-misses", action="store_true",
                        help="also print the held-out table's misses (never to tune the inference)")
    parser.add_argument("--tables", metavar="NAME,NAME",
                        help="measure only these tuning tables (the held-out ones are always measured)")
    args = parser.parse_args(argv)
    names = None
    if args.tables:
        wanted = [n.strip() for n in args.tables.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in TABLES or n in HELDOUTS]
        if unknown:
            parser.error(f"not a tuning table: {', '.join(unknown)}")
        names = [n for n in TABLES if n in wanted or n in HELDOUTS]

    with tempfile.TemporaryDirectory(prefix="rubric-inference-") as tmp:
        results = measure(Path(tmp), names)

    tuning: list[Result] = []
    for name in names or TABLES:
        res = results[name]
        prefix = f"heldout_{name}" if name in HELDOUTS else name
        if isinstance(res, str):
            print(f"{prefix} {res}")
            continue
        _print_figures(prefix, res)
        _print_ids(res)
        if name not in HELDOUTS:
            tuning.append(res)
    pooled = pool(tuning)
    _print_figures("tuning_pooled", pooled)
    held_results = [r for n in HELDOUTS if isinstance(r := results.get(n), Result)]
    held = pool(held_results) if held_results else None
    if held is not None:
        _print_figures("heldout", held)  # pooled over the held-out tables

    if args.misses:
        print("misses (tuning tables):")
        for res in tuning:
            _print_misses(res)
    if args.heldout_misses:
        print("misses (held-out tables):")
        for res in held_results:
            _print_misses(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
