"""Seed-table agreement: the seeds' printed tables imported with `import_rubric`, against the bundled rubrics.

For seed000–seed003 (tests/seed_tables.py lays each table out as its seed prints it, with the bundled wording):

    seedNNN structure          ok, or the structure differences / the importer's refusal of the printed table
    seedNNN items_agreeing     K/N   bundled items whose requirements and deductions the import reproduces
                                     (N: the items the table prints; seed002 prints 8 of its 11)
    seedNNN requirements_matched k/n  bundled requirements an imported one equals (type and key fields)
    seedNNN deductions_matched k/n    bundled deduction rules an imported one equals

seed000's closing 备注 row is not read by the importer yet: when the printed table fails on it, the figures are
measured on the table without that row (said on the structure line). Then, for seed000 on three archives (the demo
sample_evidence/, tests/labelled_year, tests/heldout_year; built, ingested and filed as the existing tests do), the
bundled and the imported rubric assess the same catalog pool:

    seed000 ARCHIVE statuses_agree K/33
    seed000 ARCHIVE score bundled X imported Y
    seed000 ARCHIVE differences n

    python benchmarks/seed_table_agreement.py [--diff] [--no-archives] [--keep DIR]
`--diff` prints every difference under its figure. Nothing here asserts a target: it is a measurement.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from seed_tables import (  # noqa: E402
    ARCHIVES,
    SEEDS,
    assess_json,
    assessment_differences,
    build_archive,
    build_seed_table,
    printed_rubric,
    rubric_agreement,
    structure_differences,
)

from archive.errors import ImportFailed  # noqa: E402
from archive.rubric.importer import import_rubric  # noqa: E402
from archive.rubric.loader import load_rubric  # noqa: E402


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _show(lines: list[str], diff: bool) -> None:
    if diff:
        for line in lines:
            print(f"  {line}")


def import_seed(seed: str, folder: Path, diff: bool):
    """The imported rubric of the seed's printed table (seed000: without its 备注 row when the importer refuses
    it), or None; prints the structure line."""
    try:
        imported = import_rubric(build_seed_table(seed, folder / "printed"))
        note = ""
    except ImportFailed as exc:
        if seed != "seed000":
            print(f"{seed} structure import_failed {_one_line(exc.message)}")
            return None
        print(f"{seed} structure import_failed {_one_line(exc.message)}")
        try:
            imported = import_rubric(build_seed_table(seed, folder / "no-remark", remark=False))
        except ImportFailed as exc2:
            print(f"{seed} structure import_failed_without_remark_row {_one_line(exc2.message)}")
            return None
        note = "_without_remark_row"
    diffs = structure_differences(printed_rubric(seed), imported)
    print(f"{seed} structure{note} {'ok' if not diffs else f'differences {len(diffs)}'}")
    _show(diffs, diff)
    return imported


def rubric_figures(seed: str, imported, diff: bool) -> None:
    bundled = load_rubric(seed)
    printed = {it.id for it in printed_rubric(seed).items()}  # seed002's table prints items 1–8 of 11
    items = [it for it in bundled.items() if it.id in printed]
    n_items = len(items)
    n_req = sum(len(it.requirements) for it in items)
    n_ded = sum(len(it.deductions) for it in items)
    if imported is None:
        print(f"{seed} items_agreeing 0/{n_items} (导入失败)")
        print(f"{seed} requirements_matched 0/{n_req} (导入失败)")
        print(f"{seed} deductions_matched 0/{n_ded} (导入失败)")
        return
    agreement = [a for a in rubric_agreement(bundled, imported) if a.item_id in printed]
    print(f"{seed} items_agreeing {sum(1 for a in agreement if a.agrees)}/{n_items}")
    _show([line for a in agreement for line in a.lines], diff)
    print(f"{seed} requirements_matched {sum(a.requirements_matched for a in agreement)}/{n_req}")
    print(f"{seed} deductions_matched {sum(a.deductions_matched for a in agreement)}/{n_ded}")


def archive_figures(imported, work: Path, diff: bool) -> None:
    # The archives are built by the test suite's helpers, which share what they build once per test run through the
    # run's folder: this measurement is a run of its own, with its own folder.
    os.environ.setdefault("TAIZHANG_TEST_RUN_DIR", str(work / "run"))
    (work / "run").mkdir(parents=True, exist_ok=True)
    bundled_rubric = load_rubric("seed000")
    for name in ARCHIVES:
        started = time.monotonic()
        try:
            frame = build_archive(name, work / name)
        except RuntimeError as exc:
            print(f"seed000 {name} build_failed {_one_line(str(exc))}")
            continue
        built = time.monotonic() - started
        bundled = assess_json(bundled_rubric, frame)
        mine = assess_json(imported, frame) if imported is not None else None
        n = len(bundled["items"])
        if mine is None:
            print(f"seed000 {name} statuses_agree 0/{n} (导入失败)")
            continue
        by_id = {it["id"]: it for it in mine["items"]}
        agree = sum(1 for it in bundled["items"] if it["id"] in by_id and by_id[it["id"]]["status"] == it["status"])
        print(f"seed000 {name} statuses_agree {agree}/{n}")
        print(f"seed000 {name} score bundled {bundled['total']['score']:g} imported {mine['total']['score']:g}")
        diffs = assessment_differences(bundled, mine)
        print(f"seed000 {name} differences {len(diffs)}")
        _show(diffs, diff)
        print(f"seed000 {name} archive_build_seconds {built:.1f}")


def run(work: Path, diff: bool, archives: bool) -> int:
    seed000 = None
    for seed in SEEDS:
        imported = import_seed(seed, work / "tables" / seed, diff)
        rubric_figures(seed, imported, diff)
        if seed == "seed000":
            seed000 = imported
    if archives:
        archive_figures(seed000, work / "archives", diff)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diff", action="store_true", help="print every difference under its figure")
    ap.add_argument("--no-archives", action="store_true", help="only the rubric-level figures (seconds, not minutes)")
    ap.add_argument("--keep", type=Path, help="build into this (empty) folder and keep it")
    args = ap.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep, args.diff, not args.no_archives)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp), args.diff, not args.no_archives)


if __name__ == "__main__":
    sys.exit(main())
