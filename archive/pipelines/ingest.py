"""Ingest recipe: scan → decide what changed → extract (in workers) → catalog (a transaction per file) → index."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from archive.catalog import evidence as cat
from archive.catalog.evidence import FileState
from archive.extract.base import REASON_NEEDS_LIBREOFFICE, REASON_TIMEOUT, ExtractContext, reason_text
from archive.extract.filenames import copy_name_date
from archive.extract.legacy import find_soffice, start_batch
from archive.fsutil import sha256_file
from archive.handle import Archive, WriterConnection
from archive.locking import OnWait
from archive.pipelines.pool import REASON_CHANGING, default_workers, run_jobs
from archive.pipelines.scan import FoundFile, in_scope, scan
from archive.pipelines.sync_index import sync_index
from archive.pipelines.worker import Failure, Job
from archive.vocab import SOURCE_FILENAME
from archive.workspace import STATE_DIR_NAME, Workspace

# progress(phase, done, total, current_path); phases: 扫描, 读取, 索引
Progress = Callable[[str, int, int, str], None]


def _quiet(phase: str, done: int, total: int, current: str) -> None:
    return None


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old path, new path)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, first copy)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, Chinese reason): failed this run
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): still unreadable after it
    waiting_ocr: list[str] = field(default_factory=list)  # read without OCR: the next run with OCR reads them
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, note): seen and left out on purpose
    extracted: int = 0  # files actually read this run (0 on an unchanged archive)

    def to_json(self) -> dict:
        """The stable `taizhang ingest --json` shape; a move counts as an update; `added`/`updated` count only
        files read successfully (a failure is in `failed`); `unreadable` is every file in the scanned scope that
        cannot be read now, whether it failed this run or before."""
        return {
            "added": len(self.added),
            "updated": len(self.updated) + len(self.moved),
            "unchanged": self.unchanged,
            "removed": len(self.removed),
            "duplicates": [{"path": p, "duplicate_of": o} for p, o in self.duplicates],
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "unreadable": [{"path": p, "reason": r} for p, r in self.unreadable],
            "waiting_ocr": len(self.waiting_ocr),
            "skipped": [{"path": p, "note": n} for p, n in self.skipped],
        }


# Failures that can pass: a slow read, LibreOffice missing / timing out / crashing, a file being copied, a worker
# that died. Their files are read again on every ingest; other reasons (损坏, 加密 …) wait for the file to change.
RETRY_REASONS = frozenset({REASON_TIMEOUT, REASON_NEEDS_LIBREOFFICE, REASON_CHANGING})
RETRY_DETAIL_PREFIXES = ("LibreOffice", "读取进程意外退出", "无法启动 LibreOffice")


def can_pass(reason: str | None, detail: str | None) -> bool:
    """Whether a recorded failure may not happen again (so the file is worth reading again unchanged)."""
    if not reason:
        return False
    return reason in RETRY_REASONS or (detail or "").startswith(RETRY_DETAIL_PREFIXES)


def _failure_text(ws: Workspace, reason: str, detail: str) -> str:
    """The Chinese reason shown for a failure; a time limit names the setting that raises it."""
    if reason == REASON_TIMEOUT:
        key = "soffice_timeout_seconds" if detail.startswith("LibreOffice") else "parse_timeout_seconds"
        value = getattr(ws.config.limits, key)
        detail = f"{detail}；可在 taizhang.toml 的 [limits] {key} 调大（现为 {value:g} 秒）"
    return reason_text(reason, detail)


def _needs_reading(st: FileState, ocr: bool, have_soffice: bool, retry: bool) -> bool:
    """A file seen before that must be read again although its content did not change."""
    return (st.extractor_version < cat.EXTRACTOR_VERSION
            or (st.ocr_skipped and ocr)
            or (st.error == REASON_NEEDS_LIBREOFFICE and have_soffice)
            or (st.error is not None and st.error != REASON_NEEDS_LIBREOFFICE and retry))


# Byte-identical files: the one that looks like a backup or a copy is the duplicate (copy_rank higher).
BACKUP_FOLDER = re.compile(r"备份|副本|^(?:backups?|bak|old|新建文件夹)(?:\s*[(（]\d+[)）])?$", re.I)
COPY_NAME = re.compile(r"(?:\s*-\s*副本(?:\s*[(（]\d+[)）])?|副本|[(（]\d+[)）]|[\s_-]*copy(?:\s*[(（]?\d*[)）]?)?"
                       r"|的副本|拷贝)$", re.I)


def copy_rank(rel: str) -> int:
    """2 under a backup-like folder, 1 named like a copy ("… - 副本", "(1)", "copy"), else 0."""
    parts = rel.split("/")
    if any(BACKUP_FOLDER.search(folder.strip()) for folder in parts[:-1]):
        return 2
    stem = parts[-1].rsplit(".", 1)[0] if "." in parts[-1] else parts[-1]
    return 1 if COPY_NAME.search(stem.strip()) else 0


def original_of(paths: list[str]) -> str:
    """Of byte-identical files, the one that stays the original: not a backup or a copy, else the earliest path."""
    return min(paths, key=lambda p: (copy_rank(p), p))


@dataclass
class _Member:
    """A present file in a group of identical content."""

    rel: str
    sha: str | None
    size: int
    mtime_ns: int
    state: FileState | None
    found: FoundFile | None  # None: outside the scanned scope (known from the catalog only)
    read: bool  # its content is new or must be read again
    moved: bool = False


@dataclass
class _Copy:
    rel: str
    size: int
    mtime_ns: int
    original: str  # path of the original
    state: FileState | None


@dataclass
class _Plan:
    to_read: list[tuple[FoundFile, str]] = field(default_factory=list)  # (file, sha256)
    moves: list[tuple[FileState, FoundFile]] = field(default_factory=list)
    copies: list[_Copy] = field(default_factory=list)
    promote: list[FileState] = field(default_factory=list)  # unchanged copies that become the original
    gone: list[FileState] = field(default_factory=list)


@dataclass
class _IndexChanges:
    touched: set[int] = field(default_factory=set)  # ids whose searchable content changed
    removed: set[int] = field(default_factory=set)  # ids that must leave the index


def _retry_ids(conn) -> set[int]:
    return {eid for eid, error, detail in cat.failed_ids(conn) if can_pass(error, detail)}


def _plan(conn, states: dict[str, FileState], found: list[FoundFile], scopes: list[str], ocr: bool,
          have_soffice: bool, force: bool, report: IngestReport, progress: Progress) -> _Plan:
    """Decide per file: unchanged (by stat, then by hash), moved, a copy, to read; and which files are gone."""
    plan = _Plan()
    retry = _retry_ids(conn)
    members: list[_Member] = []
    for i, f in enumerate(found):
        progress("扫描", i + 1, len(found), f.rel)
        st = states.get(f.rel)
        present = st is not None and not st.gone
        reread = force or (present and _needs_reading(st, ocr, have_soffice, st.id in retry))
        if present and not reread and (st.size, st.mtime_ns) == (f.size, f.mtime_ns):
            members.append(_Member(f.rel, st.sha256, f.size, f.mtime_ns, st, f, False))
            continue
        sha = sha256_file(f.path)
        if present and not reread and st.sha256 == sha:
            with conn:
                cat.touch(conn, st.id, f.size, f.mtime_ns)
            members.append(_Member(f.rel, sha, f.size, f.mtime_ns, st, f, False))
            continue
        members.append(_Member(f.rel, sha, f.size, f.mtime_ns, st if present else None, f, True))

    seen = {f.rel for f in found}
    missing = [st for st in states.values()
               if not st.gone and st.path not in seen and in_scope(st.path, scopes)]
    missing_by_sha = {st.sha256: st for st in missing if st.sha256}
    for m in members:
        if m.read and m.rel not in states and m.sha in missing_by_sha:
            old = missing_by_sha.pop(m.sha)
            plan.moves.append((old, m.found))
            m.state, m.moved = old, True
            m.read = force or _needs_reading(old, ocr, have_soffice, old.id in retry)
    plan.gone = list(missing_by_sha.values()) + [st for st in missing if not st.sha256]
    # files outside the scanned scope still count as originals of what is scanned
    members += [_Member(st.path, st.sha256, st.size, st.mtime_ns, st, None, False) for st in states.values()
                if not st.gone and st.path not in seen and not in_scope(st.path, scopes)]
    _plan_groups(members, plan, report)
    return plan


def _plan_groups(members: list[_Member], plan: _Plan, report: IngestReport) -> None:
    """Per content: read the original if its content is new; point every other copy at it."""
    groups: dict[str, list[_Member]] = {}
    for m in members:
        groups.setdefault(m.sha or f"\0{m.rel}", []).append(m)
    for group in groups.values():
        by_rel = {m.rel: m for m in group}
        keep = by_rel[original_of(list(by_rel))]
        if keep.read:
            plan.to_read.append((keep.found, keep.sha))
        elif keep.state is not None and keep.state.duplicate_of is not None:
            plan.promote.append(keep.state)
        elif keep.found is not None and not keep.moved:
            report.unchanged += 1
        fresh = keep.read or keep.state is None or keep.state.duplicate_of is not None
        for m in group:
            if m is keep:
                continue
            pointed = m.state is not None and keep.state is not None and m.state.duplicate_of == keep.state.id
            if fresh or m.read or not pointed:
                plan.copies.append(_Copy(m.rel, m.size, m.mtime_ns, keep.rel, m.state))
            elif m.found is not None and not m.moved:
                report.unchanged += 1


def _apply_moves(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for old, f in plan.moves:
        with conn:
            cat.move(conn, old.id, f.rel, f.size, f.mtime_ns)
        report.moved.append((old.path, f.rel))
        changes.touched.add(old.id)


def _read_files(ws: Workspace, conn, states: dict[str, FileState], plan: _Plan, ocr: bool, soffice: str,
                workers: int | None, report: IngestReport, changes: _IndexChanges, progress: Progress) -> None:
    """Extract in worker processes; store each outcome in its own transaction as it arrives."""
    known_by_rel = {f.rel: st for st, f in plan.moves}
    jobs = [Job(i, f.path, f.rel, f.mtime_ns / 1e9,
                ExtractContext(limits=ws.config.limits, cache_dir=ws.cache_dir, thumbs_dir=ws.thumbs_dir,
                               sha256=sha, ocr=ocr, soffice=soffice))
            for i, (f, sha) in enumerate(plan.to_read)]
    # The Word 97/WPS documents are converted together while the other files are read; they are read after.
    batch = start_batch([(f.path, sha) for f, sha in plan.to_read], ws.cache_dir, soffice, ws.config.limits)
    held = {i for i, (_, sha) in enumerate(plan.to_read) if sha in batch.shas} if batch else set()
    jobs = [j for j in jobs if j.key not in held] + [j for j in jobs if j.key in held]
    ready = (lambda job: job.key not in held or batch.done()) if batch else None
    with batch or nullcontext():
        for done, (job, outcome) in enumerate(
                run_jobs(jobs, workers or default_workers(), ws.config.limits.parse_timeout_seconds, ready=ready), 1):
            f, sha = plan.to_read[job.key]
            progress("读取", done, len(jobs), f.rel)
            _store(ws, conn, f, sha, outcome, known_by_rel.get(f.rel) or states.get(f.rel), report, changes)


def _store(ws: Workspace, conn, f: FoundFile, sha: str, outcome, known: FileState | None, report: IngestReport,
           changes: _IndexChanges) -> None:
    """One file's outcome, in its own transaction."""
    was_present = known is not None and not known.gone
    with conn:
        if was_present:
            # its copies still hold the old content: the first of them now stands on its own
            changes.touched.update(cat.promote_copies(conn, known.id))
        if isinstance(outcome, Failure):
            eid = cat.save_failure(conn, f.rel, f.size, f.mtime_ns, sha, outcome.format,
                                   outcome.reason, outcome.detail)
            report.failed.append((f.rel, _failure_text(ws, outcome.reason, outcome.detail)))
            changes.removed.add(eid)
        else:
            changes.touched.add(cat.save_extracted(conn, f.rel, f.size, f.mtime_ns, sha, outcome))
            (report.updated if was_present else report.added).append(f.rel)
    report.extracted += 1


def _promote(conn, plan: _Plan, changes: _IndexChanges) -> None:
    for st in plan.promote:
        with conn:
            cat.make_original(conn, st.id)
        changes.touched.add(st.id)


def _record_copies(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for c in plan.copies:
        with conn:
            original_id = cat.id_of(conn, c.original)
            if original_id is None:
                continue  # the original could not be stored (it vanished while read)
            if better := copy_name_date(cat.date_of(conn, original_id), c.rel):
                cat.set_date(conn, original_id, better[0], SOURCE_FILENAME, better[1])
            own_id = cat.id_of(conn, c.rel)
            if own_id is not None and own_id != original_id:
                if cat.is_present_original(conn, own_id):
                    cat.hand_over(conn, own_id, original_id)  # an original that became a copy
            eid = cat.save_duplicate(conn, c.rel, c.size, c.mtime_ns, original_id)
        report.duplicates.append((c.rel, c.original))
        changes.removed.add(eid)
        changes.touched.add(original_id)


def _mark_gone(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for st in plan.gone:
        with conn:
            changes.touched.update(cat.mark_gone(conn, st.id))
        if not st.path.startswith(STATE_DIR_NAME + "/"):  # left by an old version that took our state in
            report.removed.append(st.path)
        changes.removed.add(st.id)


def _still_unreadable(ws: Workspace, conn, scopes: list[str], report: IngestReport) -> None:
    """Every file in scope that cannot be read now (whenever it failed), and those still waiting for OCR."""
    for path, error, detail, ocr_skipped in cat.unreadable_or_waiting(conn):
        if not in_scope(path, scopes):
            continue
        if error is not None:
            report.unreadable.append((path, _failure_text(ws, error, detail or "")))
        elif ocr_skipped:
            report.waiting_ocr.append(path)


def ingest(ws: Workspace, targets: list[Path] | None = None, *, ocr: bool = True, workers: int | None = None,
           progress: Progress = _quiet, force: bool = False, lock_wait: float | None = None,
           on_wait: OnWait | None = None, session: WriterConnection | None = None) -> IngestReport:
    """Bring the catalog and the search index in step with the evidence files. Originals are only read.

    `force` reads every file in scope again. One writer at a time: the archive's writer lock is held throughout
    (waiting up to `lock_wait` seconds, default from taizhang.toml, calling `on_wait` meanwhile), or `session`, a
    writing session the caller holds already (an upload saves its files and reads them in one session)."""
    report = IngestReport()
    result = scan(ws.root, targets, skip_dirs=ws.config.output_dirs)
    report.skipped.extend(result.skipped)
    writing = (nullcontext(session) if session is not None
               else Archive(ws).writing("ingest", wait_seconds=lock_wait, on_wait=on_wait))
    with writing as conn:
        report.failed.extend((r.rel, reason_text(r.reason, r.detail)) for r in result.refused)
        soffice = find_soffice() or ""  # decided once here: worker processes may not share our environment
        changes = _IndexChanges()
        states = cat.load_states(conn)
        plan = _plan(conn, states, result.files, result.scopes, ocr, bool(soffice), force, report, progress)
        _apply_moves(conn, plan, report, changes)
        _read_files(ws, conn, states, plan, ocr, soffice, workers, report, changes, progress)
        _promote(conn, plan, changes)
        _record_copies(conn, plan, report, changes)
        _mark_gone(conn, plan, report, changes)
        from archive.filing.folders import apply_folder_filings  # a file under an item's folder is filed to it

        apply_folder_filings(ws, conn, refresh=False)  # before the sync: the index takes the new filings in
        progress("索引", 0, 1, "")
        sync_index(ws, conn, changes.touched - changes.removed, changes.removed)
        progress("索引", 1, 1, "")
        _still_unreadable(ws, conn, result.scopes, report)
    report.unreadable.extend((r.rel, reason_text(r.reason, r.detail)) for r in result.refused)
    return report
