"""Filing quality on the labelled year of another community (tests/labelled_year), ingested without OCR: the
quality targets (top-1 ≥ 0.90, top-3 ≥ 0.98, accept precision ≥ 0.97, no "serves no item" file filed)."""

from __future__ import annotations

import pytest

from archive.catalog import connect
from archive.workspace import open_workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """The labelled year as an archive (init with its org and year, `ingest --no-ocr`), built once per test run
    (conftest), and its labels: the usable files' and every file's."""
    from conftest import labelled_archive, labelled_year_folder

    root = labelled_archive(tmp_path_factory.mktemp("labelled") / "year", tmp_path_factory)
    labels = labelled_year_folder(tmp_path_factory)[1]
    assert labels.org == "东湖社区党委" and labels.year == 2025
    return root, {f.path: f.items for f in labels.usable(ocr=False)}, {f.path: f.items for f in labels.files}


def test_quality_targets_on_the_labelled_year(year):
    from archive.filing.quality import evaluate

    root, labels, _ = year
    ws = open_workspace(root)
    conn = connect(ws.catalog_path)
    try:
        q = evaluate(ws, conn, labels)
    finally:
        conn.close()
    assert q.files >= 100 and q.none_files >= 10
    detail = f"misses={q.misses} wrong={q.wrong_accepts}"
    assert q.top1_rate >= 0.90, detail
    assert q.top3_rate >= 0.98, detail
    assert q.accept_precision >= 0.97, detail
    assert q.none_filed == 0, detail


def test_accept_on_the_labelled_year_files_what_evaluate_counted(year, cli_run):
    import json

    root, _, labels = year  # every file's label: a photo unread without OCR may still be filed by its day
    code, out, _ = cli_run("--archive", str(root), "file", "--accept", "--dry-run", "--json")
    assert code == 0
    filings = json.loads(out)["filings"]
    right = [f for f in filings if f["item"] in labels.get(f["path"], [])]
    assert filings and len(right) / len(filings) >= 0.97, [f for f in filings if f not in right]
    assert not [f for f in filings if labels.get(f["path"]) == []]
