"""The index writer (archive/indexer/writer.py) gathers the word and bigram postings itself and writes the W3 codec's
posting blocks directly. These tests hold it to Whoosh's own writer: the same files, byte for byte, on a corpus with
long posting lists (several blocks), empty fields, rows, variants and numbers; the same postings when segments are
merged, when a huge update hands its postings to Whoosh's pool, and when a rebuild is split into segments; and the
direct block path must be the one taken (a Whoosh upgrade that renamed what it reads would otherwise make every
rebuild silently slow). The jieba cut cache must give jieba's own words."""

from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from archive.errors import ConfigError
from archive.indexer import IndexDoc, WriteLimits, analysis, clear_cache, rebuild, search, update
from archive.indexer import index as I
from archive.indexer import schema as S
from archive.indexer import writer as W
from archive.indexer.index import open_index
from archive.indexer.sync import write_limits

NAMES = ["王秀兰", "李海燕", "张伟", "刘芳", "陈晓雯", "孙志强", "周敏", "唐文斌", "欧阳晓岚", "司马文博"]
SENTENCES = [
    "会议传达学习了上级有关文件精神，要求全体党员结合工作实际抓好贯彻落实。",
    "会议要求各党小组按时收缴党费，做好党费收缴台账登记。",
    "针对居民反映的楼道照明和停车问题，会议明确由网格员牵头逐户摸排。",
    "会议强调，要落实好“三会一课”制度，会议记录和簽到表要及时归档。",
    "ＡＢＣ物业公司 2025年7月3日 第12次 100% A-1 v2.0 ①②",
]


def _doc(n: int) -> IndexDoc:
    month = n % 12 + 1
    name = NAMES[n % len(NAMES)]
    body = "\n".join(f"{NAMES[(n + k) % len(NAMES)]}同志发言：{SENTENCES[(n * k) % len(SENTENCES)]}" for k in range(1 + n % 6))
    rows = [f"{NAMES[(n + k) % len(NAMES)]}\t{k}\t欠交" for k in range(n % 4 * 10)]
    return IndexDoc(
        doc_id=n,
        path=f"2025年党建资料/三会一课/{month}月支委会_{n}.docx",
        title="" if n % 17 == 0 else f"{month}月支部委员会会议记录（{name}主持）",
        text=("" if n % 23 == 0 else f"主持人：{name}\n{body}\n" + "党费" * (n % 5)),
        kind="会议记录" if n % 3 else "党费台帐",
        meeting_type="支部委员会" if n % 3 else None,
        date=datetime.date(2025, month, n % 28 + 1) if n % 7 else None,
        items=[str(n % 5 + 1)] if n % 2 else [],
        ocr=n % 11 == 0,
        units=rows,
    )


DOCS = [_doc(n) for n in range(1, 281)]  # 280: "党费", "会议" and the names hold more than two 128-posting blocks


def _files(folder: Path) -> dict[str, str]:
    """The segment's files by what follows the segment name, with a hash of their content."""
    out = {}
    for f in folder.iterdir():
        if f.name.startswith(f"{I.INDEX_NAME}_") and not f.name.endswith("WRITELOCK"):
            out[f.name.split(".", 1)[1]] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def _write(folder: Path, writer_class, docs=DOCS):  # type: ignore[no-untyped-def]
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), S.build_schema(), indexname=I.INDEX_NAME)
    writer = writer_class(ix, compound=False)
    for doc in docs:
        writer.add_document(**I._fields(doc))
    writer.commit()
    return writer


@pytest.fixture(scope="module")
def whoosh_files(tmp_path_factory) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The files Whoosh's own writer writes for DOCS (written once for the module: two tests compare with them)."""
    folder = tmp_path_factory.mktemp("whoosh") / "whoosh"
    _write(folder, SegmentWriter)
    return _files(folder)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """DOCS rebuilt in one segment, the reference the update and segment-limit tests compare with (built once for
    the module; they only read it)."""
    folder = tmp_path_factory.mktemp("rebuilt") / "one"
    rebuild(folder, DOCS)
    return folder


def test_the_bulk_writer_writes_the_files_whoosh_writes(tmp_path: Path, whoosh_files) -> None:
    writer = _write(tmp_path / "bulk", W.BulkWriter)
    expected = whoosh_files
    assert {"pst", "trm", "_stored.col", "_text_b_len.col"} <= set(expected)
    assert _files(tmp_path / "bulk") == expected
    # the posting lists were written by the direct W3 block path, not the public API fallback
    assert writer.direct_terms > 500 and writer.api_terms == 0
    assert writer.cut_cache.hits > writer.cut_cache.misses > 0


def test_the_fallback_through_the_field_writer_api_writes_the_same(tmp_path: Path, monkeypatch, whoosh_files) -> None:
    monkeypatch.setattr(W, "W3_FIELDWRITER_ATTRS", (*W.W3_FIELDWRITER_ATTRS, "_not_there"))
    writer = _write(tmp_path / "api", W.BulkWriter)
    assert writer.direct_terms == 0 and writer.api_terms > 500
    assert _files(tmp_path / "api") == whoosh_files


def test_the_text_fields_are_the_ones_gathered() -> None:
    schema = S.build_schema()
    assert {n for n, f in schema.items() if W.bulk_field(f)} == {S.TITLE_W, S.TITLE_B, S.TEXT_W, S.TEXT_B, S.PATH_B}


def _postings(index_dir: Path) -> dict[tuple[str, str], dict[str, float]]:
    """Every posting of the bulk fields by (field, term): {document key: weight}, live documents only."""
    out: dict[tuple[str, str], dict[str, float]] = {}
    with open_index(index_dir).searcher() as searcher:
        reader = searcher.reader()
        keys = {docnum: fields[S.KEY] for docnum, fields in reader.iter_docs()}
        for field in (S.TITLE_W, S.TITLE_B, S.TEXT_W, S.TEXT_B, S.PATH_B):
            for term in reader.lexicon(field):
                m = reader.postings(field, term)
                found = {}
                while m.is_active():
                    if m.id() in keys:
                        found[keys[m.id()]] = m.weight()
                    m.next()
                if found:
                    out[(field, term.decode("utf-8"))] = found
        lengths = {(f, keys[d]): reader.doc_field_length(d, f) for d in keys for f in (S.TEXT_B, S.TITLE_W)}
    out[("lengths", "")] = lengths  # type: ignore[assignment]
    return out


def _hits(index_dir: Path) -> tuple[list[list[tuple[int, str]]], list[float]]:
    """Every hit of some queries with its match, in document order (which of two documents of equal score comes first
    follows their order in the index, which differs with the segments), and their scores (when Whoosh merges
    segments it totals the field lengths from the stored length bytes, which moves BM25's average a little)."""
    queries = ["党费", "王秀兰 党费", "支部委员会", "签到表", "abc物业", "第12次", "欧阳晓岚 欠交"]
    hits = [sorted((h.doc_id, h.match, h.score) for h in search(index_dir, q, year=2025, limit=1000)) for q in queries]
    clear_cache()
    return [[(d, m) for d, m, _ in found] for found in hits], [s for found in hits for _, _, s in found]


def _same_hits(a: Path, b: Path) -> None:
    hits_a, scores_a = _hits(a)
    hits_b, scores_b = _hits(b)
    assert hits_a == hits_b
    assert scores_a == pytest.approx(scores_b, rel=1e-2)


def test_updates_that_merge_segments_and_spill_to_the_pool_index_the_same(tmp_path: Path, rebuilt) -> None:
    fresh = rebuilt
    merged = tmp_path / "merged"
    rebuild(merged, DOCS[:200])
    for k in range(200, 280, 10):  # eight small updates: Whoosh merges the small segments (their postings go
        update(merged, DOCS[k : k + 10], [])  # through the pool, beside this writer's own)
    with open_index(merged).searcher() as s:
        assert 1 < len(s.reader().leaf_readers()) < 9  # some were merged
    spilled = tmp_path / "spilled"
    rebuild(spilled, DOCS[:100])
    update(spilled, DOCS[100:], [], limits=WriteLimits(segment_limit_mb=0.01))  # hands postings to the pool often
    expected = _postings(fresh)
    assert _postings(merged) == expected
    assert _postings(spilled) == expected
    _same_hits(merged, fresh)
    _same_hits(spilled, fresh)


def test_a_rebuild_past_the_segment_limit_writes_several_segments(tmp_path: Path, rebuilt) -> None:
    one, several = rebuilt, tmp_path / "several"
    rebuild(several, DOCS, limits=WriteLimits(segment_limit_mb=0.2))
    with open_index(several).searcher() as s:
        assert len(s.reader().leaf_readers()) >= 3
    assert _postings(several) == _postings(one)
    _same_hits(several, one)


def test_cached_cuts_are_jiebas_words() -> None:
    seg = analysis._segmenter()
    texts = [analysis.normalize(d.title + "\n" + d.text) for d in DOCS[:60]] + [
        "abc 123 ＡＢＣ１２３ 第二季度 11月联席会议 定于2025年7月", "", "　\t\n", "𠀀𠀁 ㄅㄆ ｱｲｳ αβγ",
    ]
    for max_blocks in (100_000, 5, 0):  # a cache that holds all, one that is emptied often, none
        cache = analysis.CutCache(max_blocks)
        for text in texts + texts:  # the second time from the cache
            expected = list(analysis._expand(seg, seg.cut(text, HMM=True)))
            assert list(analysis.search_words(text, cache)) == expected, text
            assert analysis.word_counts(text, cache) == Counter(expected)
            assert list(analysis.search_words(text)) == expected


def test_bigram_counts_are_the_bigram_tokens() -> None:
    for doc in DOCS[:40]:
        text = analysis.normalize(doc.title + "\n" + doc.text + " a-1 ①")
        assert analysis.bigram_counts(text) == Counter(analysis.bigram_index_tokens(text))


def test_write_limits_come_from_taizhang_toml(tmp_path: Path) -> None:
    from archive.workspace import Config, _parse_config

    config = tmp_path / "taizhang.toml"

    def ws():  # the workspace as opened: its settings read from the file as it is now
        return SimpleNamespace(config=_parse_config(config) if config.exists() else Config())

    assert write_limits(ws()) == WriteLimits()  # type: ignore[arg-type]  # no file: the defaults
    config.write_text('[search]\nsegment_limit_mb = 64\ncut_cache_blocks = 10\n[search.synonyms]\n"支委会" = ["支部委员会"]\n',
                      encoding="utf-8")
    assert write_limits(ws()) == WriteLimits(segment_limit_mb=64, cut_cache_blocks=10)  # type: ignore[arg-type]
    config.write_text("[search]\nwriter_limit_mb = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        write_limits(ws())  # type: ignore[arg-type]


def _scan_spans(norm: str, needles: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The needle occurrences of a snippet window as a scan finds them: at each position the longest needle that
    fits, else the next position (what search._needle_pattern's alternation must match)."""
    spans, i = [], start
    while i < end:
        for n in needles:
            if norm.startswith(n, i) and i + len(n) <= end:
                spans.append((i, i + len(n)))
                i += len(n)
                break
        else:
            i += 1
    return spans


def test_snippet_needles_are_found_as_a_scan_finds_them() -> None:
    from archive.indexer.search import _needle_pattern

    text = analysis.normalize("王秀兰党费党费欠交王秀兰 党费收缴台账（王秀）2025年7月3日 a.b a+b") * 3
    needle_sets = [["党费", "党费收缴", "王秀兰", "王秀"], ["a.b", "a+b", "7月", "2025年7月3日"], ["党", "党费", "费欠"]]
    for needles in needle_sets:
        needles = sorted(set(needles), key=len, reverse=True)
        for start, end in [(0, len(text)), (3, 40), (10, 11), (5, 5)]:
            found = [m.span() for m in _needle_pattern(tuple(needles)).finditer(text, start, end)]
            assert found == _scan_spans(text, needles, start, end), (needles, start, end)
