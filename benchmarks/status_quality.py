"""Status quality: on the labelled year (tests/labelled_year), how many seed000 statuses are right.

    python benchmarks/status_quality.py                  # file every file to the items its label names
    python benchmarks/status_quality.py --accept         # let the filing stage decide (taizhang file --accept)
    python benchmarks/status_quality.py --no-ocr         # faster: skip OCR in ingest
    python benchmarks/status_quality.py --keep DIR       # build into DIR and keep it

The expected statuses were written with the corpus, before the assessment ran. Prints one line per figure
(`status_right 31/33`), then every miss with the expected status, its reason and our findings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from labelled_year import build_year  # noqa: E402

from archive.assess import STATUS_LABELS, assess_archive  # noqa: E402
from archive.workspace import open_workspace  # noqa: E402


def taizhang(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], capture_output=True, text=True)


def file_by_labels(archive: Path, labels) -> int:
    conn = sqlite3.connect(archive / ".taizhang" / "catalog.sqlite")
    ids = {path: eid for eid, path in conn.execute("SELECT id, path FROM evidence")}
    n = 0
    with conn:
        for lab in labels.files:
            if lab.duplicate_of or lab.path not in ids:
                continue
            for item in lab.items:
                conn.execute("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, who, at) "
                             "VALUES (?, 'seed000', ?, 'manual', 'labels', '2025-12-31T00:00:00')",
                             (ids[lab.path], item))
                n += 1
    conn.close()
    return n


def run(work: Path, accept: bool, ocr: bool) -> int:
    archive = work / "东湖社区"
    labels = build_year(archive)
    taizhang("init", str(archive), "--org", labels.org, "--year", str(labels.year))
    ingest = ["--archive", str(archive), "ingest"] + ([] if ocr else ["--no-ocr"])
    taizhang(*ingest)
    if accept:
        out = taizhang("--archive", str(archive), "file", "--accept")
        if out.returncode not in (0, 3):
            print(f"file --accept failed ({out.returncode}): {out.stderr.strip()[:300]}")
            return 2
    else:
        print(f"filings_from_labels {file_by_labels(archive, labels)}")
    data = assess_archive(open_workspace(archive), dt.date(labels.year, 12, 31)).to_json()
    items = {it["id"]: it for it in data["items"]}
    right = [i for i, (status, _) in labels.expected_status.items() if items[i]["status"] == status]
    print(f"status_right {len(right)}/{len(labels.expected_status)}")
    for i, (status, reason) in sorted(labels.expected_status.items(), key=lambda kv: int(kv[0])):
        got = items[i]["status"]
        if got == status:
            continue
        print(f"\n第{i}项：期望 {STATUS_LABELS[status]}，实际 {STATUS_LABELS[got]}")
        print(f"  期望理由：{reason}")
        for f in items[i]["findings"]:
            met = {True: "达标", False: "未达标", None: "待人工确认"}[f["met"]]
            print(f"  ·〔{met}〕{f['detail']}")
            for path in f["evidence"][:4]:
                print(f"      {path}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accept", action="store_true", help="file with `taizhang file --accept` instead of the labels")
    ap.add_argument("--no-ocr", action="store_true", help="ingest without OCR")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = ap.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep, args.accept, not args.no_ocr)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp), args.accept, not args.no_ocr)


if __name__ == "__main__":
    sys.exit(main())
