"""Inspector's page benchmark: server time per page on the sample archive, through Flask's test client.

    python benchmarks/bench_serve.py               # median of 20 loads per page
    python benchmarks/bench_serve.py --runs 50 --ocr

Budget on the 2-core reference machine: every page < 200 ms server time once the archive is ingested. Prints
`status_cold_ms`, the first load after a change (the assessment and the 自查 recomputed), `review_cold_ms`, the
待处理 page's first load (every file ranked once), then `<page>_ms <median>` per page (warm: the status and the review
queue are cached until the catalog changes).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.pipelines.ingest import ingest  # noqa: E402
from archive.workspace import init_workspace  # noqa: E402

BUDGET_MS = 200.0


def _archive(tmp: Path, ocr: bool):
    root = tmp / "档案"
    shutil.copytree(ROOT / "sample_evidence", root)
    ws = init_workspace(root, rubric="seed000", org="幸福里社区党支部", year=2025)
    ingest(ws, ocr=ocr)
    from archive.filing import accept_suggestions
    from archive.handle import Archive

    with Archive(ws).writing("accept") as conn:  # filings are written under the archive's writer lock
        accept_suggestions(ws, conn)
    return ws


def _draft_url(client, tmp: Path) -> str:
    """Upload a small scoring table (.docx) on the 评分表 page; the address of its draft."""
    import re

    import docx

    document = docx.Document()
    rows = [("序号", "考核内容", "标准分", "评分标准"), ("1", "每月召开1次支委会", "5", "少一次扣0.5分"),
            ("2", "每季度召开一次党员大会，党员参会率不低于90%", "6", "少开一次扣1分；参会率每低5个百分点扣1分"),
            ("3", "党组织战斗堡垒作用发挥明显，群众评价好", "4", "酌情扣分")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp / "考核评分表.docx"
    document.save(path)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/rubric/import").get_data(as_text=True))
    with open(path, "rb") as fh:
        response = client.post("/rubric/import", data={"csrf_token": token.group(1), "table": (fh, path.name)},
                               content_type="multipart/form-data")
    assert response.status_code == 303, response.status_code
    return response.headers["Location"]


def _median_ms(client, url: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--ocr", action="store_true", help="ingest with OCR (slower set-up, same pages)")
    args = parser.parse_args()
    from archive.assess import assess_archive
    from archive.catalog import connect
    from archive.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        ws = _archive(Path(tmp), args.ocr)
        status = assess_archive(ws).to_json()
        item = next((it for it in status["items"] if it["evidence"]), status["items"][0])
        conn = connect(ws.catalog_path)
        eid = conn.execute("SELECT id FROM evidence WHERE kind = '党费台帐' AND gone = 0 LIMIT 1").fetchone()
        ids = [r[0] for r in conn.execute("SELECT id FROM evidence WHERE gone = 0 ORDER BY path")]
        conn.close()
        client = create_app(ws).test_client()
        start = time.perf_counter()
        client.get("/")
        print(f"status_cold_ms {(time.perf_counter() - start) * 1000:.1f}")
        start = time.perf_counter()
        client.get("/review")
        print(f"review_cold_ms {(time.perf_counter() - start) * 1000:.1f}")
        pages = {"overview": "/", "rubric": "/rubric", "item": f"/item/{item['id']}",
                 "search": "/search?q=党费", "search_date": "/search?q=支部委员会+第二季度"}
        if eid:
            pages["evidence"] = f"/evidence/{eid[0]}?q=党费"  # a spreadsheet: its sheet as a table
        # the archivist's workbench: the upload form, ten files read back with their suggestions (the page after an
        # upload), the review queue (cold above: the first load after a change ranks every file), the reports list
        pages.update({"upload": "/upload", "upload_read_back": "/upload?ids=" + ",".join(map(str, ids[:10])),
                      "review": "/review", "reports": "/reports"})
        # the 评分表 page (every item with the words it was read from), a table's draft before it is used, one item's
        # correction form, the settings; a month with nothing in it (the nearest from other months), a spreadsheet
        pages.update({"rubric_import": "/rubric/import", "rubric_draft": _draft_url(client, Path(tmp)),
                      "rubric_item": f"/rubric/item/{item['id']}", "settings": "/settings",
                      "search_month_empty": "/search?q=支委会+3月"})
        worst = 0.0
        for name, url in pages.items():
            ms = _median_ms(client, url, args.runs)
            worst = max(worst, ms)
            print(f"{name}_ms {ms:.1f}")
        print(f"worst_page_ms {worst:.1f} (budget < {BUDGET_MS:g})")
    return 0 if worst < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
