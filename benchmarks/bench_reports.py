"""Reports benchmark (issue 19): the four Word reports for a 5,000-file archive; the binder of the sample archive.

A script, not a test: it prints one line per figure (median of --runs runs).

    python benchmarks/bench_reports.py               # reports_5000_s, binder_sample_cold_s, binder_sample_warm_s
    python benchmarks/bench_reports.py --only reports --runs 5

Budgets on the 2-core reference machine: reports_5000_s < 5, binder_sample_cold_s < 30.
The 5,000-file archive is 5,000 catalog rows written through archive.catalog (what ingest would store), filed
across the 33 seed000 items, with a status dict of the `status --json` shape; the sample archive is sample_evidence/
ingested (no OCR), its suggestions accepted and assessed for real. "cold" includes converting Word/Excel files
through LibreOffice; "warm" reuses the converted PDFs cached by content hash.
Binder on paper (page numbers stamped on every page, .csv drawn as tables, sheets fitted to the page width): cold
11.5 s -> 14.1 s on a quiet reference machine, from a second LibreOffice pass that turns an .xls/.et/.ods into an
.xlsx before its page setup is written; warm unchanged at about 1 s (stamping 50 pages takes 0.1 s; photo pages
embed JPEG with binary streams, which took 3 s a photo before).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from archive.catalog import connect  # noqa: E402
from archive.catalog.evidence import ExtractedRecord, save_extracted  # noqa: E402
from archive.generators import write_all_reports, write_binder  # noqa: E402
from archive.workspace import init_workspace  # noqa: E402

FILES = 5_000
KINDS = ("会议记录", "党费台帐", "花名册", "照片", "计划", "总结", "协议", "制度", "测评", "签到表", "通知")


def _big_archive(root: Path):
    from reports_fixture import make_status

    from archive.rubric import load_rubric

    ws = init_workspace(root, rubric="seed000", org="幸福里社区党支部", year=2025)
    conn = connect(ws.catalog_path)
    items = [it.id for it in load_rubric("seed000").items()]
    evidence: dict[str, list[str]] = {}
    with conn:
        for n in range(FILES):
            kind = KINDS[n % len(KINDS)]
            path = f"2025年党建资料/{kind}/{n // 100:02d}/材料{n:05d}&<{kind}>.docx"
            rec = ExtractedRecord(format="docx", kind=kind, meeting_type=None,
                                  date=dt.date(2025, 1 + n % 12, 1 + n % 28), date_source="content",
                                  title=f"幸福里社区{kind}第{n}号", text="", pages=1 + n % 5, ocr=False,
                                  ocr_skipped=False, fields={}, tables=[], meta={}, warnings=[], thumbnail=None)
            save_extracted(conn, path, 1000 + n, n, hashlib.sha256(path.encode()).hexdigest(), rec)
            if n % 10:  # 90 % serve an item, the rest go to the 台帐目录's appendix
                evidence.setdefault(items[n % len(items)], []).append(path)
    conn.close()
    return ws, make_status(evidence)


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_reports(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws, status = _big_archive(Path(tmp) / "a")
        out = Path(tmp) / "out"
        print(f"reports_5000_s {_median(lambda: write_all_reports(ws, out, status, force=True), runs):.2f}")


def bench_binder(runs: int) -> None:
    from archive.assess import assess_archive
    from archive.filing import accept_suggestions
    from archive.handle import Archive
    from archive.pipelines.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "sample"
        shutil.copytree(ROOT / "sample_evidence", root, ignore=shutil.ignore_patterns("README.md"))
        ws = init_workspace(root, rubric="seed000", org="幸福里社区党支部", year=2025)
        ingest(ws, ocr=False)
        with Archive(ws).writing("benchmark") as conn:  # filings are written only under the writer lock
            accept_suggestions(ws, conn)
        status = assess_archive(ws).to_json()
        out = Path(tmp) / "电子台帐.pdf"
        cache = ws.cache_dir / "binder-pdf"

        def cold():
            shutil.rmtree(cache, ignore_errors=True)
            write_binder(ws, out, status, force=True)

        print(f"binder_sample_cold_s {_median(cold, runs):.2f}")
        print(f"binder_sample_warm_s {_median(lambda: write_binder(ws, out, status, force=True), runs):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="reports,binder")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if "reports" in only:
        bench_reports(args.runs)
    if "binder" in only:
        bench_binder(args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
