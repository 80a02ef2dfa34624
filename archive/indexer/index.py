"""Opening, checking, updating and rebuilding the Whoosh index in ``.taizhang/index/``.

One writer at a time: every write goes through Whoosh's file lock (``ix.writer(timeout=…)``); a lock not obtained
within the timeout raises ``archive.errors.ArchiveBusy``. Never ``AsyncWriter``. A rebuild is written into a sibling
directory and swapped into place, so readers always see a complete index.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError

from archive.errors import (
    INDEX_STATE_MESSAGES,
    ArchiveBusy,
    IndexBroken,
    IndexMissing,
    IndexStale,
    IndexState,
    IndexUnavailable,
)

from . import analysis
from . import schema as S
from .dates import NOT_A_PERIOD_SOURCES, PRECISION_DAY, period_of
from .documents import IndexDoc
from .writer import BulkWriter

STAMP_FILE = "taizhang-index.json"
INDEX_NAME = "MAIN"
WRITE_LOCK_NAME = f"{INDEX_NAME}_WRITELOCK"
_TOC_RE = re.compile(rf"^_{INDEX_NAME}_\d+\.toc$")

# Limits (named constants; the writer's are overridable under [search] in taizhang.toml, see sync.write_limits).
WRITE_TIMEOUT_S = 10.0
WRITE_RETRY_DELAY_S = 0.1
WRITER_LIMIT_MB = 128  # Whoosh's posting pool (the ID / numeric / keyword fields, and merged segments' postings)
# word and bigram postings gathered in memory (writer.BulkWriter.bulk_mb, an estimate: about 10 bytes a posting; the
# benchmark's 20,000 documents hold about 110 MB); past it a rebuild writes a segment and begins the next
SEGMENT_LIMIT_MB = 256
CUT_CACHE_BLOCKS = analysis.CUT_CACHE_BLOCKS  # jieba blocks whose words a writer remembers
MAX_INDEXED_CHARS = 2_000_000  # text beyond this is neither indexed nor stored
MAX_UNITS_PER_DOC = 20_000
MAX_UNIT_CHARS = 2_000


STATE_MESSAGES = INDEX_STATE_MESSAGES  # the index's states and their errors are defined in archive/errors.py


@dataclass(frozen=True)
class WriteLimits:
    """The memory an index write may use (defaults: the constants above)."""

    writer_limit_mb: int = WRITER_LIMIT_MB
    segment_limit_mb: float = SEGMENT_LIMIT_MB
    cut_cache_blocks: int = CUT_CACHE_BLOCKS


@dataclass
class IndexStatus:
    state: IndexState
    detail: str = ""
    doc_count: int = 0


# --------------------------------------------------------------------------------------------------- stamp


def _read_stamp(index_dir: Path) -> dict | None:
    try:
        return json.loads((index_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_stamp(index_dir: Path) -> None:
    data = dict(S.schema_stamp())
    data["built"] = datetime.datetime.now().isoformat(timespec="seconds")
    tmp = index_dir / (STAMP_FILE + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, index_dir / STAMP_FILE)


def _stamp_matches(stamp: dict | None) -> bool:
    if not stamp:
        return False
    expected = S.schema_stamp()
    return all(stamp.get(k) == v for k, v in expected.items())


# ---------------------------------------------------------------------------------------------------- open


def _open(index_dir: Path) -> FileIndex:
    """Open an existing index, mapping every failure to IndexMissing / IndexStale / IndexBroken."""
    try:
        has_toc = index_dir.is_dir() and any(_TOC_RE.match(p.name) for p in index_dir.iterdir())
    except OSError:
        has_toc = False
    if not has_toc:
        raise IndexMissing()
    if not _stamp_matches(_read_stamp(index_dir)):
        raise IndexStale()
    try:
        return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    except Exception as exc:  # unpickling a TOC of another version, truncated files, …
        raise IndexBroken(type(exc).__name__) from exc


def open_index(index_dir: str | os.PathLike[str]) -> FileIndex:
    """Open an existing, current index (raises IndexMissing / IndexStale / IndexBroken)."""
    return _open(Path(index_dir))


def _create(index_dir: Path) -> FileIndex:
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(index_dir), S.build_schema(), indexname=INDEX_NAME)
    _write_stamp(index_dir)
    return ix


def open_or_create(index_dir: str | os.PathLike[str]) -> FileIndex:
    """Open the index, creating an empty one when there is none. A stale or broken index is NOT replaced
    silently: IndexStale / IndexBroken is raised and the caller rebuilds from the catalog."""
    path = Path(index_dir)
    try:
        return _open(path)
    except IndexMissing:
        return _create(path)


def check_index(index_dir: str | os.PathLike[str], *, deep: bool = True) -> IndexStatus:
    """Report whether the index can be used (OK) or must be rebuilt (MISSING / STALE / BROKEN).

    With `deep`, every segment is opened and one stored document and one posting list per segment are read, which
    catches truncated or corrupt segment files."""
    path = Path(index_dir)
    try:
        ix = _open(path)
    except IndexUnavailable as exc:
        return IndexStatus(exc.state, str(exc))
    try:
        with ix.searcher() as searcher:
            count = 0
            for reader, _offset in searcher.reader().leaf_readers():
                if deep and reader.doc_count_all():
                    # stored fields of the first live document, and a posting list of a text field
                    for docnum in reader.all_doc_ids():
                        reader.stored_fields(docnum)
                        break
                    first = next(iter(reader.lexicon(S.TEXT_B)), None)
                    if first is not None:
                        list(reader.postings(S.TEXT_B, first).all_ids())
            count = searcher.doc_count()
            if deep:
                reader = searcher.reader()
                list(reader.lexicon(S.KEY))
    except Exception as exc:
        return IndexStatus(IndexState.BROKEN, f"{STATE_MESSAGES[IndexState.BROKEN]}：{type(exc).__name__}")
    return IndexStatus(IndexState.OK, "", count)


# --------------------------------------------------------------------------------------------------- write


def _writer(ix: FileIndex, timeout: float, limits: WriteLimits | None = None) -> BulkWriter:
    limits = limits or WriteLimits()
    try:
        return BulkWriter(ix, timeout=timeout, delay=WRITE_RETRY_DELAY_S, limitmb=limits.writer_limit_mb,
                          cut_cache_blocks=limits.cut_cache_blocks)
    except LockError as exc:
        raise ArchiveBusy.index() from exc


def _date_int(d: datetime.date | None) -> int | None:
    if d is None:
        return None
    return d.year * 10000 + d.month * 100 + d.day


def _fields(doc: IndexDoc) -> dict[str, object]:
    """The Whoosh document of one IndexDoc.

    Units (ledger / roster rows) are stored for row-level snippets, and any unit whose text is not already part of
    the document text is indexed with it. They are not separate index documents: that would need result collapsing,
    which disables Whoosh's block-max pruning and makes common queries slow; the long-document problem is handled
    by requiring every term and by a low BM25 length normalisation on the text fields (schema.BM25_TEXT_B)."""
    text = (doc.text or "")[:MAX_INDEXED_CHARS]
    units = [u[:MAX_UNIT_CHARS] for u in doc.units[:MAX_UNITS_PER_DOC] if u.strip()]
    lines = set(text.splitlines())
    extra = [u for u in units if u not in lines]
    indexed = text if not extra else text + "\n" + "\n".join(extra)
    title = doc.title or ""
    fields: dict[str, object] = {
        S.KEY: str(doc.doc_id),
        S.PATH: doc.path,
        S.PATH_B: doc.path,
        S.TITLE: title,
        S.TITLE_W: title,
        S.TITLE_B: title,
        S.TEXT: text,
        S.TEXT_W: indexed,
        S.TEXT_B: indexed,
        S.KIND: doc.kind or "",
        S.FILED: "1" if doc.items else "0",
        S.OCR: bool(doc.ocr),
    }
    if units:
        fields[S.UNITS] = "\n".join(u.replace("\n", " ") for u in units)
    if doc.meeting_type:
        fields[S.MEETING_TYPE] = doc.meeting_type
    date = _date_int(doc.date)
    fields[S.DATED] = "0"
    if date is not None:
        fields[S.DATE] = date
        fields[S.DATE_SOURCE] = doc.date_source or ""
        fields[S.DATE_PRECISION] = doc.date_precision or PRECISION_DAY
        if doc.date_source not in NOT_A_PERIOD_SOURCES:
            start, end = period_of(doc.date, doc.date_precision)
            fields[S.PERIOD_START] = _date_int(start)
            fields[S.PERIOD_END] = _date_int(end)
            fields[S.DATED] = "1"
    if doc.items:
        fields[S.ITEMS] = ",".join(i.replace(",", " ") for i in doc.items)
    return fields


def _add(writer: BulkWriter, doc: IndexDoc) -> None:
    writer.add_document(**_fields(doc))


@dataclass
class UpdateStats:
    added: int = 0
    removed: int = 0


def update(
    index_dir: str | os.PathLike[str],
    docs: Iterable[IndexDoc],
    removed_ids: Iterable[int] = (),
    *,
    timeout: float = WRITE_TIMEOUT_S,
    limits: WriteLimits | None = None,
) -> UpdateStats:
    """Incrementally add/replace `docs` (by doc_id) and delete `removed_ids`, in one commit.

    Creates the index when missing; raises IndexStale / IndexBroken when it must be rebuilt instead, and
    archive.errors.ArchiveBusy when another writer holds the lock longer than `timeout` seconds.
    A doc_id both in `docs` and in `removed_ids` ends up indexed (removals are applied first)."""
    limits = limits or WriteLimits()
    ix = open_or_create(index_dir)
    by_id: dict[int, IndexDoc] = {}
    for doc in docs:
        by_id[doc.doc_id] = doc  # the last version of a doc wins; no duplicates within one writer
    removed = {int(i) for i in removed_ids}
    stats = UpdateStats()
    writer = _writer(ix, timeout, limits)
    try:
        for doc_id in sorted(removed | set(by_id)):
            n = writer.delete_by_term(S.KEY, str(doc_id))
            if doc_id in removed and doc_id not in by_id and n:
                stats.removed += 1
        for doc in by_id.values():
            _add(writer, doc)
            stats.added += 1
            if writer.bulk_mb() > limits.segment_limit_mb:
                writer.spill_to_pool()  # one commit: the rest of a huge update goes through Whoosh's pool (on disk)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return stats


def rebuild(
    index_dir: str | os.PathLike[str],
    docs: Iterable[IndexDoc],
    *,
    timeout: float = WRITE_TIMEOUT_S,
    limits: WriteLimits | None = None,
) -> int:
    """Build a fresh index from `docs` (whatever state the old one is in) and swap it into place.

    Holds the old index's write lock (when its directory exists) while building, so no incremental update is
    lost in between. The postings are gathered in memory (writer.py); past `limits.segment_limit_mb` a segment is
    written and the next one begun. Returns the number of documents indexed."""
    limits = limits or WriteLimits()
    path = Path(index_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = None
    if path.is_dir():
        lock = FileStorage(str(path)).lock(WRITE_LOCK_NAME)
        if not _try_for(lock.acquire, timeout):
            raise ArchiveBusy.index()
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.new-{os.getpid()}-", dir=path.parent))  # pid: see sync_index
    count = 0
    try:
        ix = _create(tmp)
        writer = _writer(ix, timeout, limits)
        seen: set[int] = set()
        try:
            for doc in docs:
                if doc.doc_id in seen:
                    continue  # the first version of a doc_id wins
                seen.add(doc.doc_id)
                _add(writer, doc)
                count += 1
                if writer.bulk_mb() > limits.segment_limit_mb:
                    writer.commit(merge=False)
                    cuts = writer.cut_cache
                    writer = _writer(ix, timeout, limits)
                    writer.cut_cache = cuts
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        old = None
        if path.exists():
            old = path.parent / f".{path.name}.old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            try:
                lock.release()
            except Exception:
                pass
    return count


def _try_for(fn, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout
    while True:
        if fn():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(WRITE_RETRY_DELAY_S)
