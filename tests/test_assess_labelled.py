"""The labelled year (tests/labelled_year): every seed000 status as its answer key says, each file filed to the
items its label names. Ingest with OCR takes minutes: marked scale (run with `pytest -m scale`);
`benchmarks/status_quality.py` prints the same comparison with the misses' findings."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from labelled_year import build_year

from archive.assess import assess_archive
from archive.workspace import open_workspace

pytestmark = pytest.mark.scale


@pytest.fixture(scope="module")
def assessed(tmp_path_factory):
    from click.testing import CliRunner

    from archive import cli as cli_module

    root = tmp_path_factory.mktemp("year") / "东湖社区"
    labels = build_year(root)
    run = CliRunner().invoke
    assert run(cli_module.main_for_tests, ["init", str(root), "--org", labels.org, "--year",
                                           str(labels.year)]).exit_code == 0
    assert run(cli_module.main_for_tests, ["--archive", str(root), "ingest"]).exit_code in (0, 3)
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    ids = {path: eid for eid, path in conn.execute("SELECT id, path FROM evidence")}
    with conn:
        for lab in labels.files:
            if lab.duplicate_of or lab.path not in ids:
                continue
            for item in lab.items:
                conn.execute("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, at) "
                             "VALUES (?, 'seed000', ?, 'manual', 'x')", (ids[lab.path], item))
    conn.close()
    data = assess_archive(open_workspace(root), dt.date(labels.year, 12, 31)).to_json()
    return labels, {it["id"]: it for it in data["items"]}


@pytest.mark.parametrize("item_id", [str(i) for i in range(1, 34)])
def test_labelled_status(assessed, item_id):
    labels, items = assessed
    status, reason = labels.expected_status[item_id]
    assert items[item_id]["status"] == status, (reason, [f["detail"] for f in items[item_id]["findings"]])
