"""`taizhang backup` / `restore`: a consistent copy of the catalog (SQLite's online backup API, never a file copy
of a live WAL database) plus the archivist's decisions as CSV, in a dated folder or zip; and bringing one back with
the current catalog kept aside first.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from archive.catalog import backup as catalog_backup
from archive.catalog.backup import COUNTED, counts
from archive.catalog.db import connect
from archive.catalog.migrations import MIGRATIONS
from archive.cells import csv_cell
from archive.errors import BackupInvalid, UsageError
from archive.fsutil import created_mode, make_output_dir, output_error, write_output_bytes
from archive.workspace import CONFIG_NAME, Workspace

CATALOG_FILE = "catalog.sqlite"
SQLITE_MAGIC = b"SQLite format 3\x00"
MANIFEST_FILE = "manifest.json"
FORMAT_NAME = "taizhang-backup"
FORMAT_VERSION = 1
NAME_PREFIX = "台帐备份"
KEPT_DIR = "restore-kept"  # under .taizhang/: catalogs replaced by a restore
CSV_ENCODING = "utf-8-sig"  # Excel opens it with the Chinese intact
TIME_COLUMNS = ("at",)  # stored as ISO 8601 with the writer's offset; the CSVs show them in local time
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
LABELS = {"evidence": "材料", "filings": "归档记录", "exclusions": "排除记录", "overrides": "人工认定"}


@dataclass
class BackupResult:
    path: Path
    counts: dict[str, int]

    def to_json(self) -> dict:
        return {"path": str(self.path), "counts": self.counts}


@dataclass
class RestoreResult:
    source: Path
    kept: Path | None  # where the replaced catalog was put
    before: dict[str, int]
    after: dict[str, int]
    indexed: int
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"source": str(self.source), "kept": str(self.kept) if self.kept else None, "before": self.before,
                "after": self.after, "indexed": self.indexed, "notes": self.notes}


def local_time(value):
    """"2025-03-01T02:00:00+00:00" → "2025-03-01 10:00:00" in the local time zone (Beijing here), as the archivist
    reads a clock; a time without an offset, or not a time, is left as it is."""
    if not isinstance(value, str) or not value:
        return value
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.strftime(CSV_TIME_FORMAT)
    return moment.astimezone().strftime(CSV_TIME_FORMAT)


def _csv_bytes(table: tuple[list[str], list[tuple]] | None) -> bytes:
    """A decisions table as CSV (empty when the catalog could not answer for it)."""
    if table is None:
        return b""
    names, rows = table
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    times = {i for i, name in enumerate(names) if name in TIME_COLUMNS}
    writer.writerow(names)
    writer.writerows([csv_cell(local_time(v) if i in times else v) for i, v in enumerate(row)]
                     for row in rows)  # a file named "=…" stays text in Excel
    return buf.getvalue().encode(CSV_ENCODING)


def _snapshot(ws: Workspace, target: Path) -> dict[str, int]:
    """Copy the live catalog to `target` with the backup API (consistent even while another process writes)."""
    live = connect(ws.catalog_path)
    try:
        catalog_backup.copy_to(live, target)
        return counts(live)
    finally:
        live.close()


def backup(ws: Workspace, dest: Path, as_zip: bool = False, now: dt.datetime | None = None) -> BackupResult:
    """Write `<dest>/台帐备份-YYYYMMDD-HHMMSS` (a folder, or the same name .zip) and return where it went."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise UsageError(f"{dest} 不是文件夹。", remedy="请指定用来存放备份的文件夹（不存在时会新建）。")
    if _inside(dest.resolve(), ws.root):
        raise UsageError(f"备份位置 {dest} 在档案目录之内：备份会被当作材料读入，档案损坏时也会一起丢失。",
                         remedy="请备份到档案目录之外，如 U 盘或另一块硬盘上的文件夹。")
    make_output_dir(dest)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{NAME_PREFIX}-{stamp}"
    n = 1
    while (dest / name).exists() or (dest / f"{name}.zip").exists():  # two backups within one second
        n += 1
        name = f"{NAME_PREFIX}-{stamp}-{n}"
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest))
    except OSError as exc:
        raise output_error(dest / name, exc) from exc
    try:
        n = _snapshot(ws, work / CATALOG_FILE)
        decisions, version = catalog_backup.read_copy(work / CATALOG_FILE)
        for table, rows in decisions.items():
            (work / f"{table}.csv").write_bytes(_csv_bytes(rows))
        if ws.config_path.exists():
            shutil.copy2(ws.config_path, work / CONFIG_NAME)
        rubric_file = _copy_rubric(ws, work)
        manifest = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "created": stamp,
                    "archive": str(ws.root), "org": ws.config.org, "year": ws.config.year,
                    "rubric": ws.config.rubric, "rubric_file": rubric_file, "schema_version": version, "counts": n}
        (work / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        if as_zip:
            target = dest / f"{name}.zip"
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for p in sorted(work.iterdir()):
                    zf.write(p, p.name)
            write_output_bytes(target, buf.getvalue())
        else:
            target = dest / name
            os.chmod(work, created_mode(directory=True))  # mkdtemp's folder is private (0700); a backup is not
            try:
                os.replace(work, target)
            except OSError as exc:
                raise output_error(target, exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupResult(target, n)


def _copy_rubric(ws: Workspace, work: Path) -> str | None:
    """The archive's own rubric file (not a bundled one) copied beside taizhang.toml under its own name, so a backup
    can be set up again after the file is lost; its name, or None."""
    own = ws.rubric_file()
    if own is None or not own.is_file():
        return None
    name = own.name if own.name not in (CONFIG_NAME, MANIFEST_FILE, CATALOG_FILE) else f"评分表-{own.name}"
    shutil.copy2(own, work / name)
    return name


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _open_backup(src: Path, scratch: Path) -> tuple[Path, dict]:
    """The catalog file and manifest of a backup folder or zip (a zip is unpacked into `scratch`)."""
    src = Path(src)
    if not src.exists():
        raise UsageError(f"找不到备份 {src}。",
                         remedy="请写 taizhang backup 生成的备份文件夹（台帐备份-日期-时间）、其 .zip，或一个目录数据库 .sqlite 文件。")
    folder = src
    if src.is_file() and src.read_bytes()[:16] == SQLITE_MAGIC:  # a bare catalog, e.g. one a restore kept aside
        return src, {}
    if src.is_file():
        try:
            with zipfile.ZipFile(src) as zf:
                names = set(zf.namelist())
                if CATALOG_FILE not in names:
                    raise BackupInvalid(f"{src} 中没有 {CATALOG_FILE}，不是台帐备份。")
                for member in (CATALOG_FILE, MANIFEST_FILE):
                    if member in names:
                        (scratch / member).write_bytes(zf.read(member))
        except zipfile.BadZipFile as exc:
            raise BackupInvalid(f"{src} 不是有效的 zip 文件（{exc}）。") from exc
        folder = scratch
    catalog = folder / CATALOG_FILE
    if not catalog.is_file():
        raise BackupInvalid(f"{src} 中没有 {CATALOG_FILE}，不是台帐备份。")
    manifest = {}
    if (folder / MANIFEST_FILE).is_file():
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        except ValueError:
            manifest = {}
    return catalog, manifest


def _check_backup_catalog(path: Path) -> None:
    newest = max(v for v, _, _ in MIGRATIONS)
    try:
        result, version = catalog_backup.backup_file_checks(path)
    except sqlite3.DatabaseError as exc:
        raise BackupInvalid(f"备份中的目录数据库无法读取（{exc}）。") from exc
    if result != ["ok"]:
        raise BackupInvalid("备份中的目录数据库完整性检查未通过：" + "；".join(result[:3]))
    if version > newest:
        raise BackupInvalid(f"备份的结构版本（{version}）比本程序支持的（{newest}）更新。", remedy="请升级 taizhang 后再恢复。")


def restore(ws: Workspace, src: Path, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the catalog with the backup's in one step (SQLite backup API into the live database), the current one
    kept in `.taizhang/restore-kept/`; then rebuild the index from the restored catalog."""
    from archive.locking import writer_lock
    from archive.pipelines.sync_index import rebuild_index

    ws.state_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".restore-", dir=ws.state_dir))
    try:
        catalog, manifest = _open_backup(src, scratch)
        _check_backup_catalog(catalog)
        notes = []
        if manifest.get("org") and manifest.get("org") != ws.config.org:
            notes.append(f"备份来自「{manifest['org']}」，当前档案为「{ws.config.org}」")
        with writer_lock(ws, command="restore"):
            had_catalog = ws.catalog_path.exists()
            live = connect(ws.catalog_path)
            try:
                before = counts(live) if had_catalog else dict.fromkeys(COUNTED, 0)
                kept = None
                if had_catalog:
                    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
                    kept_dir = ws.state_dir / KEPT_DIR
                    kept_dir.mkdir(exist_ok=True)
                    kept = kept_dir / f"catalog-{stamp}.sqlite"
                    n = 1
                    while kept.exists() or kept.resolve() == catalog.resolve():
                        n += 1
                        kept = kept_dir / f"catalog-{stamp}-{n}.sqlite"
                    catalog_backup.copy_to(live, kept)
                catalog_backup.copy_from(catalog, live)
            finally:
                live.close()
            conn = connect(ws.catalog_path)  # migrates a backup made by an older version
            try:
                after = counts(conn)
                indexed = rebuild_index(ws, conn)
            finally:
                conn.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return RestoreResult(Path(src), kept, before, after, indexed, notes)
