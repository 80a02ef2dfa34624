"""The status document as types (archive/assess/document.py): it reads back exactly what `status --json` writes, for a
points and a tier rubric; a saved document of an older shape still reads; and `report --status FILE` answers a file
that is no status document with a Chinese error naming what is wrong, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import sample_archive
from reports_fixture import make_status

from archive.assess import assess_archive, set_override
from archive.assess.document import FindingStatus, ItemStatus, StatusDocument
from archive.errors import EXIT_USAGE, StatusDocumentInvalid
from archive.handle import Archive
from archive.workspace import init_workspace, open_workspace


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return sample_archive(tmp_path_factory, tmp_path_factory.mktemp("status-document") / "幸福里")


def _overridden(root: Path, rubric: str) -> dict:
    """The archive assessed under `rubric` at year end, with an override (and for a tier rubric a triggered veto)."""
    config = root / "taizhang.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('rubric = "seed000"', f'rubric = "{rubric}"'),
                      encoding="utf-8")
    ws = open_workspace(root)
    r = ws.rubric()
    with Archive(ws).writing("test") as conn:
        if r.kind == "points":
            set_override(ws, conn, r.items()[3].id, "partial", score=1.0, note="测评表未盖章")
        else:
            tier = next(t for t in r.tiers if t.vetoes)
            set_override(ws, conn, f"{tier.level}.{tier.vetoes[0].id}", "partial", note="违反规定")
            set_override(ws, conn, tier.criteria[0].id, "covered", note="已补齐")
    return assess_archive(ws, dt.date(2025, 12, 31)).to_json()


@pytest.mark.parametrize("rubric", ["seed000", "seed004"])
def test_a_status_reads_back_exactly(sample, tmp_path, rubric):
    import shutil

    root = tmp_path / "档案"
    shutil.copytree(sample, root)
    data = _overridden(root, rubric)
    assert data["kind"] == ("tiers" if rubric == "seed004" else "points")
    assert any(it["override"] for it in data["items"])
    doc = StatusDocument.from_json(data)
    assert doc.to_json() == data
    assert json.dumps(doc.to_json(), ensure_ascii=False) == json.dumps(data, ensure_ascii=False)  # key order too
    assert StatusDocument.from_json(json.loads(json.dumps(data))).to_json() == data  # as saved to a file
    assert assess_archive(open_workspace(root), dt.date(2025, 12, 31)).document() == doc
    if rubric == "seed004":
        assert doc.tiers and any(v.triggered for t in doc.tiers for v in t.vetoes) and doc.tier_result is not None
    else:
        assert doc.tiers is None and "tiers" not in doc.to_json()


def test_a_document_without_the_newer_keys_reads_with_defaults():
    data = make_status()
    doc = StatusDocument.from_json(data)
    assert [it.id for it in doc.items] == [it["id"] for it in data["items"]]
    item = doc.item("33")
    assert item is not None and item.override is not None and item.override.note == "满意率测评表未盖章，需补盖公章"
    assert item.score_range is None and item.computed is None and doc.total.score_range is None
    assert doc.year == 2025 and doc.tiers is None and doc.judgement_items == []
    assert FindingStatus.of({"type": "count", "met": False, "missing": ["3月"]}).requirement == ""


@pytest.mark.parametrize("data, where", [
    ([], "评估结果"),
    ({"items": "x"}, "items"),
    ({"items": [{"text": "无序号"}]}, "items[0].id"),
    ({"items": [{"id": 3}]}, "items[0].id"),
    ({"items": [{"id": "1", "findings": [{"met": "yes"}]}]}, "items[0].findings[0].met"),
    ({"items": [{"id": "1", "override": "人工"}]}, "items[0].override"),
    ({"items": [], "total": {"score": "九十"}}, "total.score"),
    ({"items": [], "tiers": [{"name": "一星", "vetoes": [{"triggered": 1}]}]}, "tiers[0].vetoes[0].triggered"),
])
def test_a_field_of_the_wrong_type_is_named(data, where):
    with pytest.raises(StatusDocumentInvalid) as caught:
        StatusDocument.from_json(data)
    assert where in caught.value.message
    assert ItemStatus.from_json({"id": "1"}).findings == []


@pytest.mark.parametrize("content, says", [
    (b"{not json", "不是有效的 JSON"),
    ("{}".encode("utf-16"), "UTF-8"),
    (b"[1, 2]", "不是 taizhang status --json 的结果"),
    (b'{"items": "x"}', "items 应是列表"),
    (b'{"items": [{"id": "1", "findings": [{"met": "yes"}]}]}', "items[0].findings[0].met"),
    (b'{"items": [{"id": "1", "evidence": [1]}]}', "items[0].evidence"),
])
@pytest.mark.parametrize("command", [["report", "all", "-o", "报告"], ["binder", "-o", "电子台帐.pdf"]])
def test_report_status_with_a_malformed_file_answers_in_chinese(cli_run, tmp_path, content, says, command):
    ws = init_workspace(tmp_path / "档案", rubric="seed000", org="幸福里社区党支部", year=2025)
    saved = tmp_path / "评估.json"
    saved.write_bytes(content)
    code, out, err = cli_run("--archive", str(ws.root), *command, "--status", str(saved), cwd=tmp_path)
    assert code == EXIT_USAGE
    assert says in err and str(saved) in err and "taizhang status --json" in err  # the message and its remedy
    assert "Traceback" not in err and not (tmp_path / command[2]).exists()
