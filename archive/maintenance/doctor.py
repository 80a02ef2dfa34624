"""`taizhang doctor`: check the catalog, the index, the originals and `.taizhang/` for leftovers; optionally repair
what is derived (index, orphans). Decisions (filings, exclusions, overrides) are read, never written.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from archive.catalog import health
from archive.catalog.db import connect
from archive.catalog.migrations import MIGRATIONS
from archive.fsutil import sha256_file
from archive.workspace import Workspace

SHA_PREFIX = re.compile(r"^[0-9a-f]{64}")
CACHE_SUBDIRS = ("ocr", "converted")  # files named <sha256>… (extract/ocr.py, extract/legacy.py)
CACHE_TMP_SUBDIR = "tmp"  # LibreOffice's scratch folders; anything left there is from an interrupted run
STATE_LEFTOVERS = (re.compile(r"^\.index\.(new|old)-"), re.compile(r"^\.restore-"), re.compile(r"\.tmp$"))  # half-done swaps and writes
KEPT_STATE_NAMES = {"catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "catalog.sqlite-journal", "index",
                    "cache", "thumbs", "writer.lock"}

AREA_LABELS = {"catalog": "目录数据库", "index": "检索索引", "originals": "原始材料", "orphans": "残留文件"}


@dataclass
class Problem:
    area: str  # catalog | index | originals | orphans
    code: str  # stable English key, e.g. "filed_modified"
    message: str  # Chinese, for the user
    path: str | None = None  # archive-relative evidence path, or a path under .taizhang/
    fixable: bool = False  # `doctor --fix` repairs it (derived data only)


@dataclass
class DoctorReport:
    checks: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)  # Chinese lines: what --fix did

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        """The stable `taizhang doctor --json` shape."""
        return {"ok": self.ok, "checks": self.checks, "problems": [asdict(p) for p in self.problems],
                "fixed": self.fixed}


def _newest_schema() -> int:
    return max(v for v, _, _ in MIGRATIONS)


def check_catalog(ws: Workspace, report: DoctorReport) -> bool:
    """integrity_check, foreign keys and schema version; False when the catalog cannot be used at all."""
    path = ws.catalog_path
    info: dict = {"path": str(path), "exists": path.exists()}
    report.checks["catalog"] = info
    if not path.exists():  # a new archive before its first ingest: nothing to check yet
        info.update(integrity="missing")
        return False
    try:
        rows, fk, versions = health.file_checks(path)
    except sqlite3.DatabaseError as exc:
        info.update(integrity=f"unreadable: {exc}")
        report.problems.append(Problem("catalog", "catalog_unreadable",
                                       f"目录数据库无法打开或已损坏（{exc}）：请用 taizhang restore 从备份恢复"))
        return False
    info["integrity"] = "ok" if rows == ["ok"] else rows[:20]
    if rows != ["ok"]:
        report.problems.append(Problem("catalog", "integrity",
                                       "目录数据库完整性检查未通过：" + "；".join(rows[:5]) + "。请用 taizhang restore 从备份恢复"))
    if fk:
        report.problems.append(Problem("catalog", "foreign_keys", f"目录数据库中有 {fk} 条记录指向不存在的材料"))
    expected = {v for v, _, _ in MIGRATIONS}
    info["schema_version"] = max(versions, default=0)
    info["schema_expected"] = _newest_schema()
    missing = sorted(expected - versions)
    newer = sorted(versions - expected)
    if newer:
        report.problems.append(Problem("catalog", "schema_newer",
                                       f"目录数据库的结构版本（{max(newer)}）比本程序支持的更新，请升级 taizhang"))
    elif missing:
        report.problems.append(Problem("catalog", "schema_old", f"目录数据库缺少结构升级 {missing}（打开时会自动升级）",
                                       fixable=True))
    return rows == ["ok"] and not newer


def _index_keys(index_dir: Path) -> set[int] | None:
    from whoosh import index as whoosh_index

    from archive.indexer import schema as S
    from archive.indexer.index import INDEX_NAME

    try:
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            return {int(fields[S.KEY]) for fields in searcher.all_stored_fields() if fields.get(S.KEY)}
    except Exception:  # noqa: BLE001 - check_index already said what is wrong
        return None


def check_index(ws: Workspace, conn: sqlite3.Connection, report: DoctorReport) -> None:
    """The index opens, holds exactly the searchable evidence, and nothing is pending."""
    from archive import indexer

    status = indexer.check_index(ws.index_dir, deep=True)
    expected = health.searchable_ids(conn)
    pending = health.pending_count(conn)
    info = {"state": status.state.value, "documents": status.doc_count, "expected": len(expected),
            "pending": pending}
    report.checks["index"] = info
    if status.state is not indexer.IndexState.OK:
        report.problems.append(Problem("index", f"index_{status.state.value}", f"{status.detail}（可用 --fix 重建）",
                                       fixable=True))
        return
    keys = _index_keys(ws.index_dir) or set()
    extra, absent = keys - expected, expected - keys
    info.update(extra=len(extra), absent=len(absent))
    if pending:
        report.problems.append(Problem("index", "index_behind",
                                       f"有 {pending} 件材料的变动尚未写入检索索引（上次运行可能被中断；可用 --fix 重建）",
                                       fixable=True))
    if extra or absent:
        report.problems.append(Problem(
            "index", "index_mismatch",
            f"检索索引与目录不一致：索引中多 {len(extra)} 件、缺 {len(absent)} 件（可用 --fix 重建）", fixable=True))


def check_originals(ws: Workspace, conn: sqlite3.Connection, report: DoctorReport) -> None:
    """Present evidence still exists; filed evidence still has the content it was filed with."""
    rows = health.present_files(conn)
    missing = modified = hashed = 0
    for _eid, rel, sha, filed in rows:
        path = ws.root / rel
        if not path.is_file():
            missing += 1
            note = "（已归档到评分项）" if filed else ""
            report.problems.append(Problem("originals", "missing", f"目录中登记的材料已不在档案中{note}；"
                                           "若是改名或移动，请重新运行 taizhang ingest", rel))
            continue
        if filed and sha:
            hashed += 1
            try:
                actual = sha256_file(path)
            except OSError as exc:
                report.problems.append(Problem("originals", "unreadable", f"无法读取：{exc.strerror or exc}", rel))
                continue
            if actual != sha:
                modified += 1
                report.problems.append(Problem("originals", "filed_modified",
                                               "已归档的材料在归档后被修改（内容与归档时不同），请核对后重新归档",
                                               rel))
    report.checks["originals"] = {"present": len(rows) - missing, "missing": missing, "filed_checked": hashed,
                                  "filed_modified": modified}


def _orphans(ws: Workspace, conn: sqlite3.Connection) -> list[Path]:
    known = health.known_hashes(conn)
    thumbs = health.thumbnails(conn)
    found: list[Path] = []
    folders = [ws.thumbs_dir] + [ws.cache_dir / sub for sub in CACHE_SUBDIRS]
    for folder in folders:
        if not folder.is_dir():
            continue
        for p in sorted(folder.iterdir()):
            m = SHA_PREFIX.match(p.name)
            if p.name in thumbs or (m and m.group(0) in known):
                continue
            found.append(p)
    scratch = ws.cache_dir / CACHE_TMP_SUBDIR
    if scratch.is_dir():
        found.extend(sorted(scratch.iterdir()))
    if ws.state_dir.is_dir():
        for p in sorted(ws.state_dir.iterdir()):
            if p.name not in KEPT_STATE_NAMES and any(rx.search(p.name) for rx in STATE_LEFTOVERS):
                found.append(p)
    return found


def check_orphans(ws: Workspace, conn: sqlite3.Connection, report: DoctorReport) -> list[Path]:
    orphans = _orphans(ws, conn)
    size = sum(_size(p) for p in orphans)
    report.checks["orphans"] = {"files": len(orphans), "bytes": size}
    for p in orphans:
        report.problems.append(Problem("orphans", "orphan", "没有对应目录记录的缩略图、缓存或中断留下的临时文件（可用 --fix 清理）",
                                       p.relative_to(ws.root).as_posix(), fixable=True))
    return orphans


def _size(p: Path) -> int:
    if p.is_dir():
        return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return p.stat().st_size if p.exists() else 0


def diagnose(ws: Workspace, fix: bool = False) -> DoctorReport:
    """Run every check; with `fix`, rebuild the index and remove orphans (never decisions), then check again."""
    report = DoctorReport()
    if not check_catalog(ws, report):
        return report
    conn = connect(ws.catalog_path)  # migrates an old schema: the one catalog "fix" that is not derived data
    try:
        check_index(ws, conn, report)
        check_originals(ws, conn, report)
        orphans = check_orphans(ws, conn, report)
        if not fix or not any(p.fixable for p in report.problems):
            return report
        fixed = _repair(ws, conn, report, orphans)
    finally:
        conn.close()
    again = diagnose(ws, fix=False)
    again.fixed = fixed
    return again


def _repair(ws: Workspace, conn: sqlite3.Connection, report: DoctorReport, orphans: list[Path]) -> list[str]:
    from archive.locking import writer_lock
    from archive.pipelines.sync_index import rebuild_index

    fixed: list[str] = []
    with writer_lock(ws, command="doctor --fix"):
        if any(p.fixable and p.area == "catalog" for p in report.problems):
            fixed.append("目录数据库结构已升级")
        if any(p.fixable and p.area == "index" for p in report.problems):
            count = rebuild_index(ws, conn)
            fixed.append(f"检索索引已按目录重建，共 {count} 件材料")
        if orphans:
            for p in orphans:
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
            fixed.append(f"已清理 {len(orphans)} 个残留文件")
    return fixed
