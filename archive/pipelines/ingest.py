"""Ingest recipe: scan → decide what changed → extract (in workers) → catalog (a transaction per file) → index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from archive.catalog import evidence as cat
from archive.catalog.db import connect
from archive.catalog.evidence import FileState
from archive.extract.base import REASON_NEEDS_LIBREOFFICE, ExtractContext, reason_text
from archive.extract.legacy import find_soffice
from archive.fsutil import sha256_file
from archive.pipelines.pool import default_workers, run_jobs
from archive.pipelines.scan import FoundFile, in_scope, scan
from archive.pipelines.sync_index import sync_index
from archive.pipelines.worker import Failure, Job
from archive.workspace import Workspace

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
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, Chinese reason)
    extracted: int = 0  # files actually read this run (0 on an unchanged archive)

    def to_json(self) -> dict:
        """The stable `taizhang ingest --json` shape; a move counts as an update."""
        return {
            "added": len(self.added),
            "updated": len(self.updated) + len(self.moved),
            "unchanged": self.unchanged,
            "removed": len(self.removed),
            "duplicates": [{"path": p, "duplicate_of": o} for p, o in self.duplicates],
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
        }


def _needs_reading(st: FileState, ocr: bool, have_soffice: bool) -> bool:
    """A file seen before that must be read again although its content did not change."""
    return (st.extractor_version < cat.EXTRACTOR_VERSION
            or (st.ocr_skipped and ocr)
            or (st.error == REASON_NEEDS_LIBREOFFICE and have_soffice))


@dataclass
class _Plan:
    to_read: list[tuple[FoundFile, str]] = field(default_factory=list)  # (file, sha256)
    moves: list[tuple[FileState, FoundFile]] = field(default_factory=list)
    copies: list[tuple[FoundFile, str]] = field(default_factory=list)  # (file, path of the first copy)
    gone: list[FileState] = field(default_factory=list)


@dataclass
class _IndexChanges:
    touched: set[int] = field(default_factory=set)  # ids whose searchable content changed
    removed: set[int] = field(default_factory=set)  # ids that must leave the index


def _plan(conn, states: dict[str, FileState], found: list[FoundFile], scopes: list[str], ocr: bool,
          have_soffice: bool, report: IngestReport, progress: Progress) -> _Plan:
    """Decide per file: unchanged (by stat, then by hash), moved, a copy, to read; and which files are gone."""
    plan = _Plan()
    changed: list[tuple[FoundFile, str]] = []
    for i, f in enumerate(found):
        progress("扫描", i + 1, len(found), f.rel)
        st = states.get(f.rel)
        reread = st is not None and _needs_reading(st, ocr, have_soffice)
        if st and not st.gone and not reread and (st.size, st.mtime_ns) == (f.size, f.mtime_ns):
            report.unchanged += 1
            continue
        sha = sha256_file(f.path)
        if st and not st.gone and not reread and st.sha256 == sha:
            with conn:
                cat.touch(conn, st.id, f.size, f.mtime_ns)
            report.unchanged += 1
            continue
        changed.append((f, sha))

    seen = {f.rel for f in found}
    missing = [st for st in states.values()
               if not st.gone and st.path not in seen and in_scope(st.path, scopes)]
    missing_by_sha = {st.sha256: st for st in missing if st.sha256}
    changed_paths = {f.rel for f, _ in changed}
    first_copy = {st.sha256: st.path for st in states.values()
                  if st.sha256 and not st.gone and st.duplicate_of is None and st.path in seen
                  and st.path not in changed_paths}
    for f, sha in changed:
        if f.rel not in states and sha in missing_by_sha:
            plan.moves.append((missing_by_sha.pop(sha), f))
        elif sha in first_copy and first_copy[sha] != f.rel:
            plan.copies.append((f, first_copy[sha]))
        else:
            first_copy.setdefault(sha, f.rel)
            plan.to_read.append((f, sha))
    plan.gone = list(missing_by_sha.values()) + [st for st in missing if not st.sha256]
    return plan


def _apply_moves(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for old, f in plan.moves:
        with conn:
            cat.move(conn, old.id, f.rel, f.size, f.mtime_ns)
        report.moved.append((old.path, f.rel))
        changes.touched.add(old.id)


def _read_files(ws: Workspace, conn, states: dict[str, FileState], plan: _Plan, ocr: bool, soffice: str,
                workers: int | None, report: IngestReport, changes: _IndexChanges, progress: Progress) -> None:
    """Extract in worker processes; store each outcome in its own transaction as it arrives."""
    jobs = [Job(i, f.path, f.rel, f.mtime_ns / 1e9,
                ExtractContext(limits=ws.config.limits, cache_dir=ws.cache_dir, thumbs_dir=ws.thumbs_dir,
                               sha256=sha, ocr=ocr, soffice=soffice))
            for i, (f, sha) in enumerate(plan.to_read)]
    for done, (job, outcome) in enumerate(
            run_jobs(jobs, workers or default_workers(), ws.config.limits.parse_timeout_seconds), 1):
        f, sha = plan.to_read[job.key]
        progress("读取", done, len(jobs), f.rel)
        known = states.get(f.rel)
        with conn:
            if known and not known.gone:
                # its copies still hold the old content: the first of them now stands on its own
                changes.touched.update(cat.promote_copies(conn, known.id))
            if isinstance(outcome, Failure):
                eid = cat.save_failure(conn, f.rel, f.size, f.mtime_ns, sha, outcome.format,
                                       outcome.reason, outcome.detail)
                report.failed.append((f.rel, reason_text(outcome.reason, outcome.detail)))
                changes.removed.add(eid)
            else:
                changes.touched.add(cat.save_extracted(conn, f.rel, f.size, f.mtime_ns, sha, outcome))
        report.extracted += 1
        (report.updated if known and not known.gone else report.added).append(f.rel)


def _record_copies(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for f, original in plan.copies:
        with conn:
            eid = cat.save_duplicate(conn, f.rel, f.size, f.mtime_ns, cat.id_of(conn, original))
        report.duplicates.append((f.rel, original))
        changes.removed.add(eid)


def _mark_gone(conn, plan: _Plan, report: IngestReport, changes: _IndexChanges) -> None:
    for st in plan.gone:
        with conn:
            changes.touched.update(cat.mark_gone(conn, st.id))
        report.removed.append(st.path)
        changes.removed.add(st.id)


def ingest(ws: Workspace, targets: list[Path] | None = None, *, ocr: bool = True, workers: int | None = None,
           progress: Progress = _quiet) -> IngestReport:
    """Bring the catalog and the search index in step with the evidence files. Originals are only read."""
    report = IngestReport()
    result = scan(ws.root, targets, skip_dirs=ws.config.output_dirs)
    report.failed.extend((r.rel, reason_text(r.reason, r.detail)) for r in result.refused)
    soffice = find_soffice() or ""  # decided once here: worker processes may not share our environment
    changes = _IndexChanges()
    conn = connect(ws.catalog_path)
    try:
        states = cat.load_states(conn)
        plan = _plan(conn, states, result.files, result.scopes, ocr, bool(soffice), report, progress)
        _apply_moves(conn, plan, report, changes)
        _read_files(ws, conn, states, plan, ocr, soffice, workers, report, changes, progress)
        _record_copies(conn, plan, report, changes)
        _mark_gone(conn, plan, report, changes)
        progress("索引", 0, 1, "")
        sync_index(ws, conn, changes.touched - changes.removed, changes.removed)
        progress("索引", 1, 1, "")
    finally:
        conn.close()
    return report
