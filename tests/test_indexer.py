"""Unit tests of archive.indexer: analysis, dates, synonyms, incremental indexing, index health and search."""

from __future__ import annotations

import datetime
import random
import re
from pathlib import Path

import pytest

from archive.errors import IndexBusy
from archive.indexer import (
    HIGHLIGHT_CLOSE,
    HIGHLIGHT_OPEN,
    MATCH_EXACT,
    MATCH_SYNONYM,
    IndexBroken,
    IndexDoc,
    IndexMissing,
    IndexStale,
    IndexState,
    SearchQuery,
    check_index,
    clear_cache,
    extract_date_words,
    load_synonyms,
    make_snippet,
    normalize,
    open_or_create,
    rebuild,
    search,
    search_query,
    update,
)
from archive.indexer.analysis import bigram_index_tokens, query_chunks, search_words
from archive.indexer.index import STAMP_FILE

D = datetime.date
YEAR = 2025

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "秀英", "桂兰", "志强", "海燕", "玉珍", "国华", "丽娟", "明", "芳", "军", "伟", "静", "敏", "磊", "洋"]


def _members(n: int = 60) -> list[str]:
    names: list[str] = ["王秀兰"]
    i = 0
    while len(names) < n:
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + ("" if i < 40 else "一")
        if name not in names:
            names.append(name)
        i += 1
    return names


def dues_ledger(doc_id: int = 100) -> IndexDoc:
    """A long workbook: 60 members × 12 months, one unit per row."""
    rows = []
    for k, name in enumerate(_members()):
        months = ["50" if (k + m) % 11 else "欠交" for m in range(12)]
        rows.append("\t".join([name, *months]))
    header = "姓名\t" + "\t".join(f"{m}月" for m in range(1, 13))
    return IndexDoc(
        doc_id=doc_id,
        path="2025年党建资料/党费/2025年党费收缴台账.xlsx",
        title="2025年党费收缴台账",
        text=header + "\n" + "\n".join(rows),
        kind="党费台帐",
        date=D(2025, 12, 31),
        items=["12"],
        units=rows,
    )


def minutes(doc_id: int, meeting: str, date: D, body: str, *, title: str | None = None, items=None) -> IndexDoc:
    text = (
        f"会议时间：{date.year}年{date.month}月{date.day}日\n地点：社区党群服务中心\n主持人：李建国\n记录人：张海燕\n"
        f"应到人数：9人 实到人数：8人\n议题：{body}\n内容：{body}。会议要求各位党员认真落实。"
    )
    return IndexDoc(
        doc_id=doc_id,
        path=f"2025年党建资料/会议记录/{date.isoformat()}-{meeting}.docx",
        title=title or f"{meeting}会议记录",
        text=text,
        kind="会议记录",
        meeting_type=meeting,
        date=date,
        items=list(items or []),
    )


def corpus() -> list[IndexDoc]:
    docs: list[IndexDoc] = []
    # monthly branch committee minutes (written out in full, never abbreviated)
    for m in range(1, 13):
        docs.append(minutes(m, "支部委员会", D(2025, m, 10), f"研究{m}月份工作安排", items=["3"]))
    # quarterly party member meetings
    for i, (m, d) in enumerate([(3, 28), (6, 27), (9, 26), (12, 26)]):
        docs.append(minutes(20 + i, "支部党员大会", D(2025, m, d), "学习党的二十大精神，讨论发展党员工作"))
    docs.append(minutes(30, "联席会议", D(2025, 5, 20), "共驻共建单位联席会议，研究物业问题"))
    docs.append(minutes(31, "联席会议", D(2025, 11, 25), "共驻共建单位联席会议，研究冬季供暖"))
    docs.append(
        IndexDoc(
            40,
            "入党/张三入党申请书.docx",
            "入党申请书",
            "敬爱的党组织：我志愿加入中国共产党……此致敬礼",
            "其他",
            date=D(2025, 4, 2),
        )
    )
    docs.append(
        IndexDoc(
            41,
            "签到/主题党日签到表.docx",
            "主题党日签到表",
            "序号 姓名 签名\n1 王秀兰\n2 李建国",
            "签到表",
            date=D(2025, 7, 1),
        )
    )
    docs.append(
        IndexDoc(42, "扫描件/簽到表.pdf", "簽到表（扫描）", "支部党员大会簽到表 王建国 李秀英", "签到表", ocr=True)
    )
    docs.append(
        IndexDoc(
            43, "制度/台帐管理制度.docx", "党建台帐管理制度", "各类台帐由专人管理，按月归档。", "制度", items=["1"]
        )
    )
    docs.append(IndexDoc(44, "制度/台账目录.docx", "台账目录", "2025年度党建工作台账目录", "其他"))
    docs.append(
        IndexDoc(45, "通知/党费通知.docx", "关于收缴党费的通知", "请各位党员按时交纳党费。", "通知", date=D(2025, 1, 5))
    )
    docs.append(IndexDoc(46, "通知/党费标准.docx", "党费标准", "党费按月交纳。", "通知", date=D(2025, 1, 6)))
    docs.append(IndexDoc(47, "其他/合作协议.docx", "ＡＢＣ物业合作协议", "甲方：ABC物业公司；乙方：幸福社区。", "协议"))
    docs.append(
        IndexDoc(
            48, "会议记录/支委会.docx", "支委会记录", "本次支委会研究了党员发展工作。", "会议记录", date=D(2025, 8, 8)
        )
    )
    docs.append(
        IndexDoc(
            49, "通知/七月三日.docx", "会议通知", "定于2025年7月3日召开主题党日活动。", "通知", date=D(2025, 6, 30)
        )
    )
    docs.append(dues_ledger())
    return docs


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ix") / "index"
    rebuild(path, corpus())
    return path


def ids(hits) -> list[int]:  # type: ignore[no-untyped-def]
    return [h.doc_id for h in hits]


# ----------------------------------------------------------------------------------------------- analysis


def test_normalize_folds_width_case_and_variants() -> None:
    assert normalize("ＡＢＣ　Ｑ２") == "abc q2"
    assert normalize("台帐") == normalize("台账") == "台账"
    assert normalize("簽到表") == "签到表"


def test_word_tokens_keep_numbers_and_single_characters() -> None:
    words = list(search_words(normalize("2025年7月3日召开支委会")))
    for expected in ["2025", "年", "7", "月", "3", "日", "支委会"]:
        assert expected in words


def test_bigram_tokens_cover_every_character() -> None:
    toks = list(bigram_index_tokens("党费台账 王秀兰"))
    assert toks == ["党", "费", "台", "账", "党费", "费台", "台账", "王", "秀", "兰", "王秀", "秀兰"]


def test_number_and_unit_stay_together() -> None:
    assert query_chunks(normalize("2025年党建工作计划"))[0] == ("2025年", True)
    assert query_chunks("2025年7月3日") == [("2025年7月3日", True)]


# -------------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025年第二季度", D(2025, 4, 1), D(2025, 6, 30)),
        ("第二季度", D(2025, 4, 1), D(2025, 6, 30)),
        ("二季度", D(2025, 4, 1), D(2025, 6, 30)),
        ("q2", D(2025, 4, 1), D(2025, 6, 30)),
        ("2024年3月", D(2024, 3, 1), D(2024, 3, 31)),
        ("3月", D(2025, 3, 1), D(2025, 3, 31)),
        ("11月", D(2025, 11, 1), D(2025, 11, 30)),
        ("十一月", D(2025, 11, 1), D(2025, 11, 30)),
        ("上半年", D(2025, 1, 1), D(2025, 6, 30)),
        ("下半年", D(2025, 7, 1), D(2025, 12, 31)),
        ("2024年", D(2024, 1, 1), D(2024, 12, 31)),
        ("2025年7月3日", D(2025, 7, 3), D(2025, 7, 3)),
        ("7月3日", D(2025, 7, 3), D(2025, 7, 3)),
    ],
)
def test_date_words(text: str, start: D, end: D) -> None:
    rest, words = extract_date_words(normalize(f"党员大会 {text}"), YEAR)
    assert rest.split() == ["党员大会"]
    assert [(w.start, w.end) for w in words] == [(start, end)]


def test_date_words_inside_a_term_and_plain_numbers() -> None:
    rest, words = extract_date_words(normalize("11月联席会议"), YEAR)
    assert rest.strip() == "联席会议" and words[0].start == D(2025, 11, 1)
    rest, words = extract_date_words("党费 50 元", YEAR)
    assert words == [] and rest == "党费 50 元"


# ----------------------------------------------------------------------------------------------- synonyms


def test_load_synonyms_merges_config() -> None:
    table = load_synonyms({"书记": ["支部书记"]})
    assert "支部委员会" in table["支委会"]
    assert "支委会" in table["支部委员会"]
    assert "支部书记" in table["书记"] and "书记" in table["支部书记"]
    assert "支部党员大会" in table["三会一课"]
    assert "书记" not in load_synonyms()


# ------------------------------------------------------------------------------------------------- search


def test_variant_characters(index_dir: Path) -> None:
    assert {43, 44} <= set(ids(search(index_dir, "台帐")))
    assert {43, 44} <= set(ids(search(index_dir, "台账")))
    assert {41, 42} <= set(ids(search(index_dir, "簽到表")))
    assert {41, 42} <= set(ids(search(index_dir, "签到表")))


def test_width_and_case(index_dir: Path) -> None:
    assert ids(search(index_dir, "ＡＢＣ"))[0] == 47
    assert ids(search(index_dir, "abc"))[0] == 47
    assert ids(search(index_dir, "Ｑ２ 党员大会", year=YEAR)) == [21]


def test_synonym_finds_other_wording(index_dir: Path) -> None:
    hits = search(index_dir, "支委会", limit=50)
    found = set(ids(hits))
    assert set(range(1, 13)) <= found  # minutes that only say 支部委员会
    assert 48 in found


def test_exact_match_outranks_synonym(index_dir: Path) -> None:
    hits = search(index_dir, "支委会", limit=50)
    assert hits[0].doc_id == 48 and hits[0].match == MATCH_EXACT
    assert all(h.match == MATCH_SYNONYM for h in hits if 1 <= h.doc_id <= 12)
    first_synonym = next(i for i, h in enumerate(hits) if h.match == MATCH_SYNONYM)
    assert all(h.match == MATCH_EXACT for h in hits[:first_synonym])


def test_party_development_finds_application(index_dir: Path) -> None:
    assert 40 in ids(search(index_dir, "党员发展", limit=50))


def test_full_date_does_not_match_every_dated_doc(index_dir: Path) -> None:
    hits = search(index_dir, "2025年7月3日", year=YEAR)
    assert ids(hits) == [49]


def test_month_and_meeting(index_dir: Path) -> None:
    hits = search(index_dir, "11月 联席会议", year=YEAR)
    assert ids(hits)[0] == 31
    assert 30 not in ids(hits)


def test_quarter_and_meeting(index_dir: Path) -> None:
    assert ids(search(index_dir, "第二季度 党员大会", year=YEAR)) == [21]
    assert ids(search(index_dir, "2025年第二季度 党员大会")) == [21]


def test_person_and_topic_ranks_long_ledger_first(index_dir: Path) -> None:
    hits = search(index_dir, "王秀兰 党费")
    assert hits[0].doc_id == 100
    assert hits[0].unit is not None and hits[0].unit.startswith("王秀兰")  # the row gives the snippet
    assert f"{HIGHLIGHT_OPEN}王秀兰{HIGHLIGHT_CLOSE}" in hits[0].snippet
    # the short files that mention only 党费 are not in the all-terms results at all
    assert not {45, 46} & set(ids(hits))


def test_single_term_long_ledger_not_sunk(index_dir: Path) -> None:
    assert 100 in ids(search(index_dir, "党费", limit=3))


def test_all_terms_required_then_any_term_fallback(index_dir: Path) -> None:
    assert ids(search(index_dir, "联席会议 供暖")) == [31]
    fallback = search(index_dir, "供暖 不存在的词语")
    assert ids(fallback) == [31] and fallback[0].match == "partial"


def test_single_character_query(index_dir: Path) -> None:
    assert 100 in ids(search(index_dir, "欠", limit=50))
    assert 47 in ids(search(index_dir, "甲", limit=50))


def test_result_fields_and_snippet(index_dir: Path) -> None:
    hit = search(index_dir, "共驻共建 冬季供暖")[0]
    assert hit.path.endswith("联席会议.docx")
    assert hit.kind == "会议记录" and hit.meeting_type == "联席会议" and hit.date == D(2025, 11, 25)
    assert f"{HIGHLIGHT_OPEN}冬季供暖{HIGHLIGHT_CLOSE}" in hit.snippet
    assert search(index_dir, "簽到表")[0].ocr in (True, False)
    ocr_hit = next(h for h in search(index_dir, "王建国 李秀英") if h.doc_id == 42)
    assert ocr_hit.ocr is True
    assert hit.to_json()["date"] == "2025-11-25"


def test_results_deduplicated_by_document(index_dir: Path) -> None:
    hits = search(index_dir, "欠交", limit=50)
    assert ids(hits).count(100) == 1
    assert len({h.path for h in hits}) == len(hits)


@pytest.mark.parametrize("seed", range(3))
def test_any_verbatim_substring_is_found(index_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    docs = [d for d in corpus() if d.doc_id in (3, 21, 31, 40, 42, 45, 47, 49, 100)]
    for _ in range(60):
        doc = rng.choice(docs)
        source = rng.choice([doc.text, doc.title])
        n = rng.randint(1, 9)
        i = rng.randrange(0, max(1, len(source) - n))
        q = source[i : i + n]
        if not re.search(r"\w", q):
            continue
        hits = search(index_dir, q, limit=1000, year=YEAR)
        assert doc.doc_id in ids(hits), f"{q!r} not found in doc {doc.doc_id}"


# ------------------------------------------------------------------------------------------------ filters


def test_filters(index_dir: Path) -> None:
    assert set(ids(search(index_dir, "签到", kind="签到表"))) == {41, 42}
    assert set(ids(search(index_dir, "会议", date_from=D(2025, 11, 1), date_to=D(2025, 11, 30), limit=50))) == {11, 31}
    assert set(ids(search(index_dir, "会议", item="3", limit=50))) == set(range(1, 13))
    unfiled = set(ids(search(index_dir, "党费", unfiled=True, limit=50)))
    assert 45 in unfiled and 100 not in unfiled
    listed = search(index_dir, "", kind="签到表")
    assert set(ids(listed)) == {41, 42}
    q = SearchQuery(text="联席会议", date_from=D(2025, 6, 1), limit=5)
    assert ids(search_query(index_dir, q)) == [31]


# -------------------------------------------------------------------------------- incremental / health


def test_incremental_update_and_delete(tmp_path: Path) -> None:
    ix = tmp_path / "index"
    update(ix, [IndexDoc(1, "a.docx", "甲", "第一版内容 红旗渠"), dues_ledger(2)], [])
    assert ids(search(ix, "红旗渠")) == [1]
    update(ix, [IndexDoc(1, "a.docx", "甲", "第二版内容 井冈山")], [])
    assert search(ix, "红旗渠") == []
    assert ids(search(ix, "井冈山")) == [1]
    assert ids(search(ix, "王秀兰")) == [2]
    stats = update(ix, [], [2])
    assert stats.removed == 1
    assert search(ix, "王秀兰") == []  # the rows went with their document
    assert search(ix, "欠交") == []
    assert check_index(ix).doc_count == 1


def test_missing_index(tmp_path: Path) -> None:
    ix = tmp_path / "nothing"
    assert check_index(ix).state == IndexState.MISSING
    with pytest.raises(IndexMissing):
        search(ix, "党费")
    open_or_create(ix)
    assert check_index(ix).state == IndexState.OK
    assert search(ix, "党费") == []


def test_stale_index_detected(tmp_path: Path) -> None:
    ix = tmp_path / "index"
    rebuild(ix, [IndexDoc(1, "a", "党费", "党费")])
    (ix / STAMP_FILE).write_text('{"schema_version": 0, "analysis": "old"}', encoding="utf-8")
    assert check_index(ix).state == IndexState.STALE
    with pytest.raises(IndexStale):
        search(ix, "党费")
    with pytest.raises(IndexStale):
        update(ix, [IndexDoc(2, "b", "x", "y")], [])
    rebuild(ix, [IndexDoc(1, "a", "党费", "党费")])
    assert ids(search(ix, "党费")) == [1]


def test_broken_index_detected(tmp_path: Path) -> None:
    ix = tmp_path / "index"
    rebuild(ix, corpus())
    clear_cache()
    for f in ix.iterdir():
        if f.suffix == ".seg":
            f.write_bytes(b"\x00garbage" * 10)
    assert check_index(ix).state == IndexState.BROKEN
    with pytest.raises(IndexBroken):
        search(ix, "党费")
    rebuild(ix, corpus())
    assert check_index(ix).state == IndexState.OK
    assert 100 in ids(search(ix, "党费"))


def test_broken_toc_detected(tmp_path: Path) -> None:
    ix = tmp_path / "index"
    rebuild(ix, [IndexDoc(1, "a", "党费", "党费")])
    for f in ix.iterdir():
        if f.suffix == ".toc":
            f.write_bytes(b"not a toc")
    assert check_index(ix).state == IndexState.BROKEN


def test_lock_timeout_raises_index_busy(tmp_path: Path) -> None:
    ix_dir = tmp_path / "index"
    ix = open_or_create(ix_dir)
    writer = ix.writer()
    try:
        with pytest.raises(IndexBusy):
            update(ix_dir, [IndexDoc(1, "a", "t", "x")], [], timeout=0.2)
        with pytest.raises(IndexBusy):
            rebuild(ix_dir, [IndexDoc(1, "a", "t", "x")], timeout=0.2)
    finally:
        writer.cancel()
    update(ix_dir, [IndexDoc(1, "a", "t", "红旗渠")], [], timeout=0.2)
    assert ids(search(ix_dir, "红旗渠")) == [1]


def test_snippet_maps_back_to_original_text() -> None:
    text = "前言……ＡＢＣ物业\t王秀兰\t50"
    snip = make_snippet(text, ["abc", "王秀兰"])
    assert f"{HIGHLIGHT_OPEN}ＡＢＣ{HIGHLIGHT_CLOSE}" in snip and f"{HIGHLIGHT_OPEN}王秀兰{HIGHLIGHT_CLOSE}" in snip


def test_vectorised_engine_matches_whoosh(index_dir: Path) -> None:
    from archive.indexer.analysis import normalize as norm
    from archive.indexer.engine import FastSearcher
    from archive.indexer.index import open_index
    from archive.indexer.search import term_query

    table = load_synonyms()
    with open_index(index_dir).searcher() as searcher:
        fast = FastSearcher(searcher)
        for text in ["党费", "支委会", "王秀兰", "联席会议", "党的二十大精神", "签到表", "欠", "三会一课"]:
            q = term_query(norm(text), table)
            assert q is not None
            expected = {hit.docnum for hit in searcher.search(q, limit=None)}
            assert {d for d, _ in fast.top(q, None, 10_000)} == expected, text
