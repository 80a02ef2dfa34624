"""jieba's prefix dictionary with our domain words, prepared once per machine and kept in the user cache.

jieba cuts text with a table of every dictionary word and every prefix of one (about 500,000 entries). Building it
from jieba's dict.txt takes seconds, loading jieba's own marshal cache of it 0.3–0.7 s in every new process, and our
domain words (data/words.toml) are added on top each time. Indexing needs the whole table in memory; a search cuts
only its few query words, which look up a few dozen entries. So the table (jieba's dictionary plus our words, added
exactly as ``Tokenizer.add_word`` adds them) is prepared once into two files of the cache folder, named by a key of
everything that decides their content:

* ``jieba-<key>.marshal``: the whole table, loaded by `full_tokenizer` for indexing;
* ``jieba-<key>.sqlite``: the same table as rows, read one word at a time by `query_tokenizer`, so a fresh
  ``taizhang search`` cuts its query without loading the dictionary.

Both tokenizers are ordinary ``jieba.Tokenizer`` objects given a prepared table, so they cut exactly as one set up the
usual way (tests/test_lexicon.py compares them). The folder is ``TAIZHANG_CACHE_DIR`` when set, else the user's cache
folder (``~/.cache/taizhang``, ``%LOCALAPPDATA%\\taizhang``, ``~/Library/Caches/taizhang``); when it cannot be written,
the table is built in memory as before and nothing is kept.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import marshal
import os
import re
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jieba

LEXICON_FORMAT = 1  # bump when the prepared files change shape
CACHE_DIR_ENV = "TAIZHANG_CACHE_DIR"  # where the prepared dictionary is kept (default: the user's cache folder)
CACHE_SUBDIR = "taizhang"
QUERY_MEMO_MAX = 100_000  # entries the query-time table remembers (a few dozen per query)

_log = logging.getLogger(__name__)
_VERSION_RE = re.compile(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", re.M)


# ------------------------------------------------------------------------------------------------- jieba


def _jieba_dir() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def jieba_version() -> str:
    """jieba's version, read from its source without importing it (importing it costs a tenth of a second)."""
    folder = _jieba_dir()
    if folder is not None:
        try:
            m = _VERSION_RE.search((folder / "__init__.py").read_text(encoding="utf-8", errors="replace"))
        except OSError:
            m = None
        if m:
            return m.group(1)
    return import_jieba().__version__


def import_jieba():  # type: ignore[no-untyped-def]
    """Import jieba without `pkg_resources`: jieba only uses it to open its own data files and falls back to a plain
    open() without it, but importing it (setuptools) costs more than the rest of a search's start. The absence is
    pretended only while jieba's modules are imported."""
    module = sys.modules.get("jieba")
    if module is not None:
        return module
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
        import jieba.finalseg  # noqa: F401  (the HMM for unknown words, imported by jieba itself)
    finally:
        if hidden and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return jieba


# ------------------------------------------------------------------------------------------------- cache


def cache_dir() -> Path:
    """The folder holding the prepared dictionary (TAIZHANG_CACHE_DIR, else the user's cache folder)."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / CACHE_SUBDIR


def _stat_key(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path.name}:-"
    return f"{path.name}:{st.st_size}:{st.st_mtime_ns}"


def lexicon_key(words: Iterable[str]) -> str:
    """A hash of everything that decides the prepared table: this format, jieba's version and dictionary file, and
    our domain words in their order."""
    h = hashlib.sha256(f"format={LEXICON_FORMAT};jieba={jieba_version()};".encode())
    folder = _jieba_dir()
    if folder is not None:
        h.update(_stat_key(folder / "dict.txt").encode())
    for word in words:
        h.update(word.encode("utf-8") + b"\n")
    return h.hexdigest()[:16]


def _paths(key: str) -> tuple[Path, Path]:
    folder = cache_dir()
    return folder / f"jieba-{key}.marshal", folder / f"jieba-{key}.sqlite"


# ----------------------------------------------------------------------------------------------- prepare

_prepare_lock = threading.Lock()
_memory: dict[tuple[str, ...], tuple[dict[str, int], int]] = {}  # tables this process built itself


def _built_in_memory(words: Iterable[str]) -> tuple[dict[str, int], int]:
    """jieba's table with our words, built the usual way (from jieba's own cache of its dictionary, when it has one)."""
    seg = import_jieba().Tokenizer()
    seg.initialize()
    for word in words:
        seg.add_word(word)
    return seg.FREQ, seg.total


def _write_atomic(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def prepare(words: Iterable[str]) -> tuple[Path, Path] | None:
    """Prepare the cached table for `words` unless it is there; its two paths, or None when the cache folder cannot
    be written (the caller then builds the table in memory)."""
    words = list(words)
    full, lazy = _paths(lexicon_key(words))
    if full.is_file() and lazy.is_file():
        return full, lazy
    with _prepare_lock:
        if full.is_file() and lazy.is_file():
            return full, lazy
        freq, total = _built_in_memory(words)
        _memory[tuple(words)] = (freq, total)  # this process has it now: no need to read it back
        try:
            full.parent.mkdir(parents=True, exist_ok=True)
            if not full.is_file():
                _write_atomic(full, lambda p: p.write_bytes(marshal.dumps((freq, total))))
            if not lazy.is_file():
                from archive.catalog import wordfreq  # here, not at import: a search's start stays light

                _write_atomic(lazy, lambda p: wordfreq.write_table(p, freq, total))
        except (OSError, sqlite3.Error) as exc:
            _log.warning("jieba dictionary not cached in %s: %s", full.parent, exc)
            return None
    return full, lazy


# -------------------------------------------------------------------------------------------- tokenizers


def _tokenizer(freq: Any, total: int):  # type: ignore[no-untyped-def]
    seg = import_jieba().Tokenizer()
    seg.FREQ, seg.total = freq, total
    seg.initialized = True
    return seg


def _prepared(words: list[str]) -> tuple[tuple[dict[str, int], int] | None, tuple[Path, Path] | None]:
    """The table this process already built for `words`, else the paths of the prepared files (None when they
    cannot be kept)."""
    paths = prepare(words) if tuple(words) not in _memory else None
    return _memory.get(tuple(words)), paths  # preparing builds the table in this process too


def full_tokenizer(words: Iterable[str]) -> jieba.Tokenizer:
    """A jieba tokenizer holding the whole table in memory (indexing: every document's text is cut)."""
    words = list(words)
    built, paths = _prepared(words)
    if built is not None:
        return _tokenizer(*built)
    if paths is not None:
        try:
            with open(paths[0], "rb") as f:
                freq, total = marshal.load(f)
            return _tokenizer(freq, total)
        except (OSError, ValueError, EOFError, TypeError) as exc:
            _log.warning("jieba dictionary cache %s unreadable: %s", paths[0], exc)
    return _tokenizer(*_built_in_memory(words))


class LazyTable:
    """jieba's FREQ table read from the prepared SQLite file one word at a time (what jieba's cut asks: `in`,
    `[]`, `.get`), remembering the answers. Read-only: words are added when the table is prepared."""

    def __init__(self, path: Path):
        from archive.catalog import wordfreq

        self._wordfreq = wordfreq
        self._conn, self.total = wordfreq.open_table(path)
        self._lock = threading.Lock()
        self._memo: dict[str, int | None] = {}

    def _lookup(self, word: str) -> int | None:
        try:
            return self._memo[word]
        except KeyError:
            pass
        with self._lock:
            value = self._wordfreq.count_of(self._conn, word)
        if len(self._memo) < QUERY_MEMO_MAX:
            self._memo[word] = value
        return value

    def get(self, word: str, default: Any = None) -> Any:
        value = self._lookup(word)
        return default if value is None else value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def __getitem__(self, word: str) -> int:
        value = self._lookup(word)
        if value is None:
            raise KeyError(word)
        return value

    def close(self) -> None:
        self._conn.close()


def query_tokenizer(words: Iterable[str]) -> jieba.Tokenizer:
    """A jieba tokenizer that reads the prepared table on demand (query words: a few dozen lookups), or the full one
    when the table cannot be kept on disk."""
    words = list(words)
    built, paths = _prepared(words)
    if built is not None:
        return _tokenizer(*built)
    if paths is not None:
        try:
            table = LazyTable(paths[1])
            return _tokenizer(table, table.total)
        except (sqlite3.Error, TypeError) as exc:
            _log.warning("jieba dictionary cache %s unreadable: %s", paths[1], exc)
    return full_tokenizer(words)
