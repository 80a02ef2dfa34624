"""The prepared jieba dictionary (archive/indexer/lexicon.py): the in-memory table and the one read on demand cut
exactly as a jieba tokenizer set up the usual way (dictionary + our domain words); the cache is made once, in the
folder TAIZHANG_CACHE_DIR names, and a folder that cannot be written only means no cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.indexer import analysis, lexicon

TEXTS = [
    "王秀兰 党费 欠交",
    "三会一课 主题党日活动 2025年7月3日",
    "社区党群服务中心一楼多功能厅召开支部委员会会议，研究老旧小区加装电梯协调情况",
    "会议要求各党小组按时收缴党费，做好党费收缴台账登记；梧桐苑网格员牵头逐户摸排",
    "学习贯彻党的二十届三中全会精神 民主评议党员 组织生活会和民主评议党员会议",
    "共驻共建 联席会议 志愿服务 签到表 花名册 入党积极分子 发展对象",
    "abc 123 ＡＢＣ１２３ 第二季度 11月联席会议 定于2025年7月",
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    """A cache folder of our own with the table prepared once (by a process of its own, as `taizhang` would)."""
    folder = tmp_path_factory.mktemp("lexicon") / "cache"
    env = {**os.environ, lexicon.CACHE_DIR_ENV: str(folder)}
    subprocess.run([sys.executable, "-c", "from archive.indexer import analysis; analysis._segmenter()"], env=env,
                   check=True)
    return folder


@pytest.fixture
def cache(prepared, monkeypatch) -> Path:
    monkeypatch.setenv(lexicon.CACHE_DIR_ENV, str(prepared))
    monkeypatch.setattr(lexicon, "_memory", {})
    return prepared


def _classic():  # type: ignore[no-untyped-def]
    jieba = lexicon.import_jieba()
    seg = jieba.Tokenizer()
    seg.initialize()
    for word in analysis.domain_words():
        seg.add_word(word)
    return seg


def _cuts(seg, texts):  # type: ignore[no-untyped-def]
    return [(list(seg.cut(t, HMM=True)), list(seg.cut(t, HMM=False))) for t in texts]


def test_prepared_tables_cut_exactly_as_jieba_with_our_words(cache):
    texts = [analysis.normalize(t) for t in TEXTS]
    expected = _cuts(_classic(), texts)
    words = analysis.domain_words()
    key = lexicon.lexicon_key(words)
    assert sorted(p.name for p in cache.iterdir()) == [f"jieba-{key}.marshal", f"jieba-{key}.sqlite"]
    full = lexicon.full_tokenizer(words)
    lazy = lexicon.query_tokenizer(words)
    assert isinstance(lazy.FREQ, lexicon.LazyTable) and isinstance(full.FREQ, dict)
    assert full.total == lazy.total
    assert _cuts(full, texts) == expected
    assert _cuts(lazy, texts) == expected
    assert sorted(p.name for p in cache.iterdir()) == [f"jieba-{key}.marshal", f"jieba-{key}.sqlite"]  # nothing new


def test_the_cache_is_keyed_by_our_words_and_jieba():
    words = list(analysis.domain_words())
    assert lexicon.lexicon_key(words) == lexicon.lexicon_key(list(words))
    assert lexicon.lexicon_key(words) != lexicon.lexicon_key([*words, "共驻共建"])
    assert lexicon.lexicon_key(words) != lexicon.lexicon_key(words[::-1])  # add_word's order decides frequencies
    assert lexicon.jieba_version() == lexicon.import_jieba().__version__


def test_an_unwritable_cache_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(lexicon.CACHE_DIR_ENV, str(blocker / "cache"))
    monkeypatch.setattr(lexicon, "_memory", {})
    table = {"召": 0, "召开": 50, "党": 100, "党建": 80, "会": 90, "会议": 70, "联": 0, "联席": 0, "联席会": 0, "联席会议": 60}
    monkeypatch.setattr(lexicon, "_built_in_memory", lambda words: (dict(table), sum(table.values())))
    assert lexicon.prepare(["联席会议"]) is None
    seg = lexicon.query_tokenizer(["联席会议"])
    assert isinstance(seg.FREQ, dict)
    assert list(seg.cut("召开党建联席会议", HMM=False)) == ["召开", "党建", "联席会议"]


def test_a_search_process_does_not_load_the_dictionary_or_pkg_resources(cache, tmp_path):
    lexicon.prepare(analysis.domain_words())
    code = ("import sys\n"
            "from archive.indexer import analysis\n"
            "print(analysis.cut('王秀兰 党费'))\n"
            "print(type(analysis._query_segmenter().FREQ).__name__, 'pkg_resources' in sys.modules)\n")
    env = {**os.environ, lexicon.CACHE_DIR_ENV: str(cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.splitlines() == ["['王秀兰', '党费']", "LazyTable False"]


def test_a_few_files_are_indexed_without_loading_the_whole_table(cache, monkeypatch):
    """The first LAZY_INDEX_MAX_CHARS characters a process indexes are cut with the table read on demand; past
    them the whole table is loaded. Every cut is jieba's own, before and after."""
    words = analysis.domain_words()
    lexicon.prepare(words)
    classic = _classic()
    monkeypatch.setattr(analysis, "_jieba", None)
    monkeypatch.setattr(analysis, "_jieba_query", None)
    monkeypatch.setattr(analysis, "_lazy_chars", 0)
    limit = sum(len(analysis.normalize(t)) for t in TEXTS) + 1  # the texts once fit, twice do not
    monkeypatch.setattr(analysis, "LAZY_INDEX_MAX_CHARS", limit)
    texts = [analysis.normalize(t) for t in TEXTS]
    for text in texts:
        assert list(analysis.search_words(text)) == list(analysis._expand(classic, classic.cut(text, HMM=True)))
    assert analysis._jieba is None  # nothing loaded whole yet
    for text in texts:
        assert list(analysis.search_words(text)) == list(analysis._expand(classic, classic.cut(text, HMM=True)))
    assert isinstance(analysis._jieba.FREQ, dict)  # past the limit: the whole table
    assert analysis._segmenter() is analysis._jieba
