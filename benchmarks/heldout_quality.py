"""Held-out quality: the classifier, filing and assessment on a year no code was tuned on (tests/heldout_year).

Builds 青石街道红枫社区党支部's 2025 in a temporary folder, runs `taizhang init` + `ingest` (`--no-ocr` by
default: pixel-only files are left out of every figure), and prints one line per figure (the misses,
path: expected → got, only with --misses: they are never to be tuned on):

    kind_accuracy, meeting_type_accuracy, date_exact_accuracy   (taizhang list --json against the labels)
    suggest_top1, suggest_top3, accept_precision, no_item_files_filed   (archive.filing.quality.evaluate)
    noise_files, noise_filed   (tests/noise_set.py dropped into "收到的资料/": other people's files, templates,
                               other years', other communities' — none may be filed; targets on this year:
                               top-1 ≥ 0.95, top-3 ≥ 0.99, accept precision ≥ 0.98, no noise filed)
    status_right_accept   (after `taizhang file --accept`: the whole pipeline)
    status_right_labels   (every file filed to its label's items: the assessment alone)

    python benchmarks/heldout_quality.py [--ocr] [--keep DIR] [--misses]

Nothing here asserts a target: it is a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from heldout_year import build_heldout_year, expected_without_ocr  # noqa: E402
from labelled_year.score import score  # noqa: E402
from noise_set import write_noise  # noqa: E402

NOISE_FOLDER = "收到的资料"

AS_OF = dt.date(2026, 1, 15)


def taizhang(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], capture_output=True, text=True)


def _rate(k: int, n: int) -> str:
    return f"{k / n:.3f} ({k}/{n})" if n else "- (0/0)"


# The held-out year's misses are for a final look, never for tuning: printed only with --misses.
SHOW_MISSES = False


def catalog_figures(archive: Path, labels, ocr: bool) -> None:
    rows = json.loads(taizhang("--archive", str(archive), "list", "--json").stdout)
    s = score(labels, rows, ocr=ocr)
    print(f"files_scored {s.n}")
    print(f"kind_accuracy {_rate(s.kind_ok, s.n)}")
    print(f"meeting_type_accuracy {_rate(s.meeting_ok, s.n)}")
    print(f"date_exact_accuracy {_rate(s.date_ok, s.n)}")
    for what in ("absent", "kind", "meeting_type", "date") if SHOW_MISSES else ():
        for path, w, want, got in s.misses:
            if w == what:
                print(f"  miss_{what} {path}: {want} → {got}")


def filing_figures(archive: Path, labels, ocr: bool, noise: set[str]) -> None:
    from archive.catalog import connect
    from archive.filing.quality import evaluate
    from archive.workspace import open_workspace

    ws = open_workspace(archive)
    conn = connect(ws.catalog_path)
    try:
        q = evaluate(ws, conn, {f.path: f.items for f in labels.usable(ocr=ocr) if not f.duplicate_of}, noise=noise)
    finally:
        conn.close()
    print(f"suggest_top1 {_rate(q.top1, q.files)}")
    print(f"suggest_top3 {_rate(q.top3, q.files)}")
    print(f"accept_precision {_rate(q.accepted_right, q.accepted)}")
    print(f"no_item_files_filed {q.none_filed}/{q.none_files}")
    print(f"noise_files {q.noise_files}")
    print(f"noise_filed {q.noise_filed}")
    if not SHOW_MISSES:
        return
    for path, item, sc in q.noise_filings:
        print(f"  noise_filing {path}: → {item} ({sc:.2f})")
    for path, want, ranked in q.misses:
        got = ", ".join(f"{i}:{s:.2f}" for i, s in ranked) or "—"
        print(f"  miss_top1 {path}: {','.join(want)} → {got}")
    for path, item, sc, want in q.wrong_accepts:
        print(f"  wrong_accept {path}: {','.join(want) or '无'} → {item} ({sc:.2f})")


def _status(archive: Path, expected: dict, name: str) -> None:
    from archive.assess import STATUS_LABELS, assess_archive
    from archive.workspace import open_workspace

    data = assess_archive(open_workspace(archive), AS_OF).to_json()
    items = {it["id"]: it for it in data["items"]}
    wrong = [i for i, (st, _) in expected.items() if items[i]["status"] != st]
    print(f"{name} {len(expected) - len(wrong)}/{len(expected)}")
    for i in sorted(wrong, key=int) if SHOW_MISSES else ():
        st, reason = expected[i]
        first = next((f["detail"] for f in items[i]["findings"] if f["met"] is False), "")
        print(f"  miss_{name} 第{i}项: {STATUS_LABELS[st]}（{reason}） → {STATUS_LABELS[items[i]['status']]}"
              f"  [{first[:90]}]")


def status_figures(archive: Path, labels, ocr: bool) -> None:
    expected = dict(labels.expected_status)
    if not ocr:
        expected.update(expected_without_ocr(labels.year))
    out = taizhang("--archive", str(archive), "file", "--accept")
    if out.returncode not in (0, 3):
        print(f"file_accept_failed {out.returncode} {out.stderr.strip()[:200]}")
    _status(archive, expected, "status_right_accept")
    from archive.catalog import connect
    from archive.workspace import open_workspace

    conn = connect(open_workspace(archive).catalog_path)
    ids = {r["path"]: r["id"] for r in conn.execute("SELECT id, path FROM evidence")}
    usable = {f.path for f in labels.usable(ocr=ocr)}
    with conn:
        conn.execute("DELETE FROM filings")
        for lab in labels.files:
            if lab.path not in ids or lab.path not in usable:
                continue
            for item in lab.items:
                conn.execute("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, who, at) "
                             "VALUES (?, 'seed000', ?, 'manual', 'labels', '2025-12-31T00:00:00')", (ids[lab.path], item))
    conn.close()
    _status(archive, expected, "status_right_labels")


def run(work: Path, ocr: bool) -> int:
    archive = work / "红枫社区"
    out = taizhang("init", str(archive), "--org", "青石街道红枫社区党支部", "--year", "2025")
    if out.returncode:
        print(f"init_failed {out.stderr.strip()[:200]}")
        return 2
    labels = build_heldout_year(archive)
    noise = set(write_noise(archive / NOISE_FOLDER, "青石街道红枫社区党支部", 2025))
    out = taizhang("--archive", str(archive), "ingest", *([] if ocr else ["--no-ocr"]))
    if out.returncode not in (0, 3):
        print(f"ingest_failed {out.returncode} {out.stderr.strip()[:200]}")
        return 2
    catalog_figures(archive, labels, ocr)
    filing_figures(archive, labels, ocr, noise)
    status_figures(archive, labels, ocr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ocr", action="store_true", help="ingest with OCR (photos and the scan are scored too)")
    ap.add_argument("--keep", type=Path, help="build into this (empty) folder and keep it")
    ap.add_argument("--misses", action="store_true",
                    help="also print what was missed (never use them to tune: this year is held out)")
    args = ap.parse_args()
    global SHOW_MISSES
    SHOW_MISSES = args.misses
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep, args.ocr)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp), args.ocr)


if __name__ == "__main__":
    sys.exit(main())
