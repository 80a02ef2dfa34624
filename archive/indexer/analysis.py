"""Chinese text analysis shared by indexing and querying.

Two views of the same normalised text are indexed:

* **words**: jieba in search mode (the precise cut plus the dictionary sub-words of long words), keeping
  one-character tokens and numbers (the stock ``ChineseAnalyzer`` drops them);
* **bigrams**: every character and every overlapping character bigram inside each run of word characters (CJK,
  letters, digits), so any query string that occurs in the text is found by requiring its bigrams, whatever jieba
  made of it (no positions: the verbatim order is checked on the stored text of the candidates, see search.py).

Normalisation (both sides): NFKC (full-/half-width), case folding, then the domain variant table
(``data/variants.toml``: 帐→账, 簽→签, …).
"""

from __future__ import annotations

import hashlib
import re
import threading
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from itertools import chain

from whoosh.analysis import Token, Tokenizer

from . import lexicon

# Bump when tokenisation changes in a way that makes existing indexes wrong.
ANALYZER_VERSION = 4

DATA_PACKAGE = "archive.indexer.data"
VARIANTS_FILE = "variants.toml"
WORDS_FILE = "words.toml"

# A "run": characters between which a query string may not be split by the bigram view.
_RUN_RE = re.compile(r"\w+")
_RUN_SEPARATOR = "\x00"  # not a word character: never inside a run
_HAS_WORD_CHAR = re.compile(r"\w")
_DIGIT_RE = re.compile(r"\d")

# Tokens that, following a number, belong to it ("2025年", "3次"): kept verbatim together at query time.
NUMBER_UNITS = frozenset("年 月 日 号 时 点 分 秒 次 人 名 位 个 元 万 岁 期 届 季度 季 周 天 户 项 条 份 %".split())


def _read_data(name: str) -> bytes:
    return resources.files(DATA_PACKAGE).joinpath(name).read_bytes()


@lru_cache(maxsize=1)
def variant_table() -> dict[str, str]:
    """The variant → canonical character map from ``data/variants.toml``."""
    data = tomllib.loads(_read_data(VARIANTS_FILE).decode("utf-8"))
    table: dict[str, str] = {}
    for variant, canonical in data.get("chars", {}).items():
        if len(variant) == 1 and variant != canonical:
            table[variant] = canonical
    return table


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    return {ord(k): v for k, v in variant_table().items()}


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    data = tomllib.loads(_read_data(WORDS_FILE).decode("utf-8"))
    return tuple(normalize(w) for w in data.get("words", []) if w.strip())


@lru_cache(maxsize=1)
def _variant_re() -> re.Pattern[str]:
    table = variant_table()
    return re.compile("[" + "".join(re.escape(k) for k in table) + "]" if table else r"(?!)")


def normalize(text: str) -> str:
    """Width (NFKC), case and variant folding of a whole string."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    # str.translate looks every character up in the table (~10x slower than NFKC on long text) and most text holds
    # no variant: translate only when one occurs (same result; search-time snippets and checks normalise a lot)
    if _variant_re().search(folded):
        folded = folded.translate(_translate_table())
    return folded


@lru_cache(maxsize=4096)
def _normalize_char(ch: str) -> str:
    return normalize(ch)


_CHAR_FOLDS: dict[str, str] = {}  # character → its normalised form (the characters text is written in: bounded)
_CHAR_FOLDS_MAX = 200_000
_IRREGULAR: set[str] = set()  # characters whose normalised form is not exactly one character


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise character by character, returning the folded text and, for each of its characters, the index
    of the original character it came from (to highlight matches in the original text)."""
    folds = _CHAR_FOLDS
    new = set(text).difference(folds)
    if len(folds) + len(new) <= _CHAR_FOLDS_MAX:
        for ch in new:
            folded = _normalize_char(ch) if ord(ch) > 0x7F or ch.isupper() else ch
            folds[ch] = folded
            if len(folded) != 1:
                _IRREGULAR.add(ch)
        if _IRREGULAR.isdisjoint(text):  # one character for one (nearly always): the map is the identity
            return "".join(map(folds.__getitem__, text)), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _normalize_char(ch) if ord(ch) > 0x7F or ch.isupper() else ch
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    """A short hash of everything that decides how text is indexed; an index built with another one is stale."""
    h = hashlib.sha256()
    h.update(f"analyzer={ANALYZER_VERSION};jieba={lexicon.jieba_version()};".encode())
    h.update(unicodedata.unidata_version.encode())
    h.update(_read_data(VARIANTS_FILE))
    h.update(_read_data(WORDS_FILE))
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------------------------------- jieba

_jieba_lock = threading.Lock()
_jieba = None  # the whole table in memory: indexing
_jieba_query = None  # the table read on demand: query words

# Loading the whole table costs about a second of CPU; cutting with the table read word by word from the prepared
# SQLite file costs ~17 µs more a character (measured on sample_evidence/). A process indexes its first
# LAZY_INDEX_MAX_CHARS characters with the table read on demand, then loads the whole table: an ingest of a few
# files (the usual incremental one) never pays for the load, a large one pays under a second more. Both cut alike.
LAZY_INDEX_MAX_CHARS = 40_000
_lazy_chars = 0  # characters this process has cut with the on-demand table


def _segmenter(chars: int = 0):  # type: ignore[no-untyped-def]
    """A private jieba instance holding jieba's dictionary with our domain words (which must not leak into other
    users of the global one), from the table prepared once in the user cache (lexicon.py): read on demand while
    this process has cut fewer than LAZY_INDEX_MAX_CHARS characters (`chars` more are about to be), then whole in
    memory."""
    global _jieba, _lazy_chars
    if _jieba is not None:
        return _jieba
    if _lazy_chars + chars <= LAZY_INDEX_MAX_CHARS:
        seg = _query_segmenter()
        if isinstance(seg.FREQ, lexicon.LazyTable):
            _lazy_chars += chars
            return seg
    with _jieba_lock:
        if _jieba is None:
            _jieba = lexicon.full_tokenizer(domain_words())
    return _jieba


def _query_segmenter():  # type: ignore[no-untyped-def]
    """The tokenizer for query words: the in-memory one once this process has it (it indexed), else one reading the
    prepared table on demand, so a fresh process answers a search without loading the dictionary. Both cut alike."""
    if _jieba is not None:
        return _jieba
    global _jieba_query
    if _jieba_query is None:
        with _jieba_lock:
            if _jieba_query is None:
                _jieba_query = lexicon.query_tokenizer(domain_words())
    return _jieba_query


def cut(text: str) -> list[str]:
    """Precise-mode segmentation of already normalised query text, without whitespace/punctuation tokens."""
    return [w for w in _query_segmenter().cut(text, HMM=True) if _HAS_WORD_CHAR.search(w)]


def _expand(seg, words: Iterable[str]) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Search mode: each precise word with a word character, after its dictionary 2- and 3-character sub-words."""
    freq = seg.FREQ
    for word in words:
        if not _HAS_WORD_CHAR.search(word):
            continue
        n = len(word)
        if n > 2:
            for i in range(n - 1):
                gram = word[i : i + 2]
                if freq.get(gram):
                    yield gram
        if n > 3:
            for i in range(n - 2):
                gram = word[i : i + 3]
                if freq.get(gram):
                    yield gram
        yield word


# jieba cuts a text block by block (runs of its "Han" characters, and what lies between them), each on its own, so
# the words of a block do not depend on its neighbours. An archive repeats the same blocks (headings, boilerplate
# sentences, names, field labels) thousands of times: while an index is written, the words of each block are
# remembered (writer.py keeps one CutCache per writer).
CUT_CACHE_BLOCKS = 100_000  # blocks whose words one index writer remembers; the memo is emptied when it is full


class CutCache:
    """The search-mode words of the jieba blocks seen so far (at most `max_blocks`; emptied when full)."""

    def __init__(self, max_blocks: int = CUT_CACHE_BLOCKS):
        self.max_blocks = max(0, int(max_blocks))
        self.blocks: dict[str, tuple[str, ...]] = {}
        self.owner: object = None  # the tokenizer whose cuts these are
        self.hits = 0
        self.misses = 0


@lru_cache(maxsize=1)
def _jieba_blocks():  # type: ignore[no-untyped-def]
    return lexicon.import_jieba().re_han_default.split


def _block_words(text: str, cache: CutCache | None) -> Iterator[tuple[str, ...]]:
    """The search-mode words of `text`, one tuple per jieba block (jieba's own cut of the block) when cached."""
    seg = _segmenter(len(text))
    if cache is None:
        yield tuple(_expand(seg, seg.cut(text, HMM=True)))
        return
    if cache.owner is not seg:  # another table (tests swap them): its own cuts only
        cache.blocks.clear()
        cache.owner = seg
    blocks = cache.blocks
    for block in _jieba_blocks()(text):
        if not block:
            continue
        words = blocks.get(block)
        if words is None:
            cache.misses += 1
            words = tuple(_expand(seg, seg.cut(block, HMM=True)))
            if len(blocks) >= cache.max_blocks:
                blocks.clear()
            if cache.max_blocks:
                blocks[block] = words
        else:
            cache.hits += 1
        yield words


def search_words(text: str, cache: CutCache | None = None) -> Iterator[str]:
    """Search-mode segmentation of already normalised text: every precise word, plus the dictionary 2- and
    3-character sub-words of longer words (as ``jieba.cut_for_search``). Single characters and numbers are kept.

    The words are those of ``seg.cut(text)``, cut one jieba block (``jieba.re_han_default``) at a time, as jieba
    does; `cache` remembers each block's words."""
    for words in _block_words(text, cache):
        yield from words


def word_counts(text: str, cache: CutCache | None = None) -> Counter[str]:
    """How often each of `search_words(text)` occurs (the word view of one field of one document)."""
    return Counter(chain.from_iterable(_block_words(text, cache)))


# ------------------------------------------------------------------------------------------------- bigrams


def bigram_index_tokens(text: str) -> Iterator[str]:
    """The bigram view of normalised text (index side): every character on its own and every pair of adjacent
    characters inside a run of word characters. A query string is then found by requiring all of its own
    tokens (`query_tokens`), which is exact for one or two characters and, for longer strings, checked
    against the stored text when results are ranked."""
    for run in _RUN_RE.findall(text):
        yield from run
        yield from map(str.__add__, run, run[1:])


def bigram_counts(text: str) -> Counter[str]:
    """How often each of `bigram_index_tokens(text)` occurs (the bigram view of one field of one document), counted
    over the runs joined by a separator that no run holds, whose pairs are then dropped."""
    runs = _RUN_RE.findall(text)
    if not runs:
        return Counter()
    joined = _RUN_SEPARATOR.join(runs)
    counts = Counter(joined)
    counts.update(map(str.__add__, joined, joined[1:]))
    for key in [k for k in counts if _RUN_SEPARATOR in k]:
        del counts[key]
    return counts


def bigram_query_runs(text: str) -> list[str]:
    """The word-character runs of normalised query text."""
    return _RUN_RE.findall(text)


def run_tokens(run: str) -> list[str]:
    """Query-side tokens of one run: its bigrams, or the run itself when it is one character long."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def query_tokens(text: str) -> list[str]:
    """The distinct bigram-field tokens a document must hold to contain the normalised `text` verbatim."""
    out: list[str] = []
    for run in bigram_query_runs(text):
        for tok in run_tokens(run):
            if tok not in out:
                out.append(tok)
    return out


def compact(text: str) -> str:
    """Normalised text with everything but word characters removed (for verbatim checks on stored text)."""
    return "".join(_RUN_RE.findall(text))


def has_digit(text: str) -> bool:
    return bool(_DIGIT_RE.search(text))


def query_chunks(term: str) -> list[tuple[str, bool]]:
    """Split one normalised query term into (chunk, is_number) parts by jieba's precise cut.

    A number and the unit words that follow it stay together ("2025年7月3日", "3次") and must match verbatim;
    other words may match anywhere in the document (but all of them)."""
    chunks: list[tuple[str, bool]] = []
    number: list[str] = []
    for word in cut(term):
        if has_digit(word):
            number.append(word)
        elif number and word in NUMBER_UNITS:
            number.append(word)
        else:
            if number:
                chunks.append(("".join(number), True))
                number = []
            chunks.append((word, False))
    if number:
        chunks.append(("".join(number), True))
    return chunks


# --------------------------------------------------------------------------------------- whoosh tokenizers


class _TermsTokenizer(Tokenizer):
    """A Whoosh tokenizer over a plain function from normalised text to terms (no char offsets)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def terms(self, text: str, mode: str, tokenize: bool) -> Iterable[str]:
        raise NotImplementedError

    def index_counts(self, text: str, cache: CutCache | None = None) -> Counter[str]:
        """How often each term of the normalised `text` occurs when it is indexed (what Whoosh's Frequency format
        records): writer.py adds a document's postings from these without a token stream."""
        return Counter(self.terms(text, "index", True))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, term in enumerate(self.terms(normalize(value), mode, tokenize), start_pos):
            t.text = term
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = term
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char
            yield t


class WordTokenizer(_TermsTokenizer):
    """jieba search-mode words of the normalised text (positions are word ordinals)."""

    def terms(self, text: str, mode: str, tokenize: bool) -> Iterable[str]:
        if not tokenize:
            return [text]
        return cut(text) if mode == "query" else search_words(text)

    def index_counts(self, text: str, cache: CutCache | None = None) -> Counter[str]:
        return word_counts(text, cache)


class BigramTokenizer(_TermsTokenizer):
    """Character bigrams of the normalised text (see `bigram_index_tokens`)."""

    def terms(self, text: str, mode: str, tokenize: bool) -> Iterable[str]:
        return query_tokens(text) if mode == "query" else bigram_index_tokens(text)

    def index_counts(self, text: str, cache: CutCache | None = None) -> Counter[str]:
        return bigram_counts(text)


def word_analyzer() -> WordTokenizer:
    return WordTokenizer()


def bigram_analyzer() -> BigramTokenizer:
    return BigramTokenizer()
