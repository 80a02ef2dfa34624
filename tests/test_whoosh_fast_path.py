"""The vectorised search (archive/indexer/engine.py) reads Whoosh's W3 codec internals — whole posting blocks and the
document-length column — and falls back to the public API, with the same results, when they are not there. A Whoosh
upgrade that renamed them would make every search silently slow, so these tests fail unless the fast paths are the
ones taken, on a small index that spans several posting blocks, has deleted documents and two segments."""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np
import pytest
from whoosh.searching import Searcher

from archive.indexer import IndexDoc, rebuild, search, update
from archive.indexer import schema as S
from archive.indexer.engine import SCORED_FIELDS, FastSearcher, _read_postings, block_matcher, codec_lengths
from archive.indexer.index import open_index

DOCS = 300  # more than one posting block (Whoosh writes 128 postings a block) for the common words
REMOVED = {7, 8, 150}


def _doc(n: int) -> IndexDoc:
    month = n % 12 + 1
    kind = "会议记录" if n % 3 else "通知"
    return IndexDoc(doc_id=n, path=f"资料/{n:03d}-{month}月支委会.docx", title=f"{month}月支部委员会会议记录",
                    text=f"会议研究党费收缴和发展党员工作。第{n}次会议，出席党员{n % 9 + 1}人。" * (1 + n % 4),
                    kind=kind, meeting_type="支部委员会" if kind == "会议记录" else None,
                    date=datetime.date(2025, month, n % 28 + 1), items=[str(n % 5 + 1)])


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "index"
    rebuild(path, [_doc(n) for n in range(1, DOCS + 1)])
    update(path, [_doc(n) for n in range(DOCS + 1, DOCS + 21)], REMOVED)  # a second segment, and deletions
    return path


def _terms(reader, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(field)]


def test_the_index_has_deletions_several_segments_and_long_posting_lists(index_dir):
    with open_index(index_dir).searcher() as searcher:
        leaves = [r for r, _ in searcher.reader().leaf_readers()]
        assert len(leaves) >= 2 and any(r.has_deletions() for r in leaves)
        assert max(r.doc_frequency(S.TEXT_W, "党费") for r in leaves) > 128


def test_posting_lists_are_read_a_block_at_a_time(index_dir):
    with open_index(index_dir).searcher() as searcher:
        checked = 0
        for reader, _ in searcher.reader().leaf_readers():
            for field in sorted(SCORED_FIELDS):
                for text in _terms(reader, field)[:40]:
                    assert block_matcher(reader.postings(field, text)) is not None, (field, text)
                    ids, _ = _read_postings(reader.postings(field, text))  # deleted ones too: the caller masks
                    live = [i for i in ids.tolist() if not reader.is_deleted(i)]
                    assert live == list(reader.postings(field, text).all_ids()), (field, text)
                    checked += 1
        assert checked > 100


def test_document_lengths_are_read_as_one_column(index_dir):
    with open_index(index_dir).searcher() as searcher:
        for reader, _ in searcher.reader().leaf_readers():
            n = reader.doc_count_all()
            for field in sorted(SCORED_FIELDS):
                fast = codec_lengths(reader, field, n)
                assert fast is not None, field
                slow = np.array([reader.doc_field_length(i, field, 0) or 0 for i in range(n)], dtype=np.float32)
                assert np.array_equal(fast, slow), field


def test_every_query_search_builds_is_evaluated_without_whoosh_scoring(index_dir, monkeypatch):
    def refuse(*args, **kwargs):  # the fallback of search.py when the fast evaluator does not know a query node
        raise AssertionError("the search fell back to Whoosh's own searcher")

    monkeypatch.setattr(Searcher, "search", refuse)
    for query, filters in [("党费", {}), ("支委会 党费", {}), ("三会一课", {}), ("3月 支部委员会", {}),
                           ("发展党员", {"kind": "会议记录"}), ("党费", {"item": "2"}),
                           ("会议", {"date_from": datetime.date(2025, 4, 1), "date_to": datetime.date(2025, 6, 30)}),
                           ("", {"kind": "通知"}), ("党费收缴", {"unfiled": True})]:
        hits = search(index_dir, query, year=2025, **filters)
        assert hits or filters.get("unfiled"), (query, filters)
        assert not {h.doc_id for h in hits} & REMOVED


def test_the_fast_searcher_agrees_with_whoosh(index_dir):
    from archive.indexer.analysis import normalize
    from archive.indexer.search import load_synonyms, term_query

    table = load_synonyms()
    with open_index(index_dir).searcher() as searcher:
        fast = FastSearcher(searcher)
        for text in ["党费", "支部委员会", "发展党员", "第12次"]:
            q = term_query(normalize(text), table)
            expected = {hit.docnum for hit in searcher.search(q, limit=None)}
            assert expected and {d for d, _ in fast.top(q, None, 10_000)} == expected, text
