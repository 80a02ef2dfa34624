"""Legacy binary documents (.doc, .wps, .et) through LibreOffice: convert to .docx/.xlsx, then read that.

The converted file is cached by content hash in `<cache_dir>/converted/<sha256>.docx|.xlsx`, so a re-ingest never
converts again; the Word 97/WPS documents of one ingest are converted together beforehand (start_batch). Each conversion runs `soffice --headless --norestore` on a copy of the file in a private temporary
folder with its own user profile (two soffice processes sharing one profile fail), in its own process group, killed
as a whole after limits.soffice_timeout_seconds (→ REASON_TIMEOUT). The original is never opened by LibreOffice.

An .et (WPS spreadsheet) usually holds an Excel 97 "Workbook" stream and is read directly with xlrd first;
LibreOffice is only needed when that fails. An encrypted .doc/.wps (FIB fEncrypted) → REASON_ENCRYPTED.

Finding soffice: the environment variable TAIZHANG_SOFFICE, when set, wins: a path to the soffice executable,
or an empty string to behave as if LibreOffice were not installed (used by tests). Otherwise `soffice`, then
`libreoffice`, are looked up on PATH. Without it → REASON_NEEDS_LIBREOFFICE.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from archive.extract import docx as docx_extractor
from archive.extract import word97
from archive.extract import xls as xls_extractor
from archive.extract import xlsx as xlsx_extractor
from archive.extract.base import (
    REASON_CORRUPT,
    REASON_ENCRYPTED,
    REASON_NEEDS_LIBREOFFICE,
    REASON_TIMEOUT,
    ExtractContext,
    Extracted,
    ExtractionFailed,
    Table,
)
from archive.extract.safety import doc_is_encrypted, is_ole, ole_stream_names
from archive.limits import Limits

SOFFICE_ENV = "TAIZHANG_SOFFICE"
SOFFICE_NAMES = ("soffice", "libreoffice")
CONVERTED_SUBDIR = "converted"
TMP_SUBDIR = "tmp"
TARGETS = {"doc": "docx", "wps": "docx", "et": "xlsx"}  # legacy format -> OOXML format it converts to
INPUT_SUFFIX = {"doc": ".doc", "wps": ".wps", "et": ".et"}
KILL_WAIT_SECONDS = 5.0
EXCEL_STREAMS = {"Workbook", "Book"}
# Word 97 and WPS documents read by one ingest are converted to .docx together, in one LibreOffice run started before
# the other files are read (a run's start-up costs about a second of CPU, more than a small document's conversion);
# their readers wait for it and find the conversions in the cache. The run stops after BATCH_SECONDS_PER_FILE a file
# (at most limits.soffice_timeout_seconds): a file it has not converted by then is converted on its own when read.
BATCH_SUFFIXES = (".doc", ".dot", ".wps", ".wpt")
BATCH_MIN_FILES = 2
BATCH_MAX_FILE_BYTES = 20 * 1024 * 1024  # a larger file is converted on its own (a slow one would hold up the rest)
BATCH_SECONDS_PER_FILE = 10.0


def find_soffice() -> str | None:
    """Path of the LibreOffice executable, honouring TAIZHANG_SOFFICE (empty = pretend it is absent)."""
    override = os.environ.get(SOFFICE_ENV)
    if override is not None:
        if not override.strip():
            return None
        return override if Path(override).is_file() or shutil.which(override) else None
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def soffice_for(ctx: ExtractContext) -> str | None:
    """The executable the caller chose (ingest decides once, in the parent process), else a fresh look-up."""
    if ctx.soffice is not None:
        return ctx.soffice or None
    return find_soffice()


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=KILL_WAIT_SECONDS)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not fail
        pass


def _cache_converted(produced: Path, cached: Path) -> None:
    cached.parent.mkdir(parents=True, exist_ok=True)
    staging = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
    shutil.copyfile(produced, staging)
    os.replace(staging, cached)


class LegacyBatch:
    """Word 97/WPS documents being converted to .docx by one LibreOffice run in the background (start_batch).

    The caller holds back the files' own reading until `done()`; their readers then find the conversions in the
    cache (`convert`). Only copies are given to LibreOffice, in a private folder, with its own profile, in its own
    process group; no file is parsed here. Used as a context manager: leaving it kills the run if it still goes and
    removes the folder."""

    def __init__(self, files: list[tuple[Path, str]], cache_dir: Path, work: Path, limit_seconds: float):
        self.files = files  # (copy given to LibreOffice, sha256)
        self.shas = {sha for _, sha in files}
        self.cache_dir = cache_dir
        self.work: Path | None = work
        self.deadline = time.monotonic() + limit_seconds
        self.proc: subprocess.Popen[bytes] | None = None
        self.converted = 0
        self._ended = False

    def __enter__(self) -> LegacyBatch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def done(self) -> bool:
        """Whether the run has ended (or was stopped at its limit); at the first True the conversions it made are
        put in the cache."""
        if self._ended:
            return True
        if self.proc is not None and self.proc.poll() is None and time.monotonic() < self.deadline:
            return False
        self._ended = True
        self._stop()
        if self.work is not None:
            for copy, sha in self.files:
                produced = self.work / "out" / f"{copy.stem}.docx"
                try:
                    if produced.is_file() and produced.stat().st_size > 0:
                        _cache_converted(produced, self.cache_dir / CONVERTED_SUBDIR / f"{sha}.docx")
                        self.converted += 1
                except OSError:
                    continue
        self.close()
        return True

    def _stop(self) -> None:
        if self.proc is not None:
            _kill_group(self.proc)

    def close(self) -> None:
        self._stop()
        self._ended = True
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None


def start_batch(files: list[tuple[Path, str]], cache_dir: Path, soffice: str | None,
                limits: Limits) -> LegacyBatch | None:
    """Start converting the Word 97/WPS documents among `files` [(absolute path, sha256)] (by suffix) to .docx in one
    LibreOffice run, and return at once; None when fewer than BATCH_MIN_FILES need it (not converted before, not
    larger than BATCH_MAX_FILE_BYTES) or LibreOffice is absent."""
    if not soffice:
        return None
    todo: list[tuple[Path, str]] = []
    for path, sha in files:
        if path.suffix.lower() not in BATCH_SUFFIXES or sha in {s for _, s in todo}:
            continue
        cached = cache_dir / CONVERTED_SUBDIR / f"{sha}.docx"
        try:
            if (cached.is_file() and cached.stat().st_size > 0) or path.stat().st_size > BATCH_MAX_FILE_BYTES:
                continue
        except OSError:
            continue
        todo.append((path, sha))
    if len(todo) < BATCH_MIN_FILES:
        return None
    tmp_root = cache_dir / TMP_SUBDIR
    tmp_root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="soffice-batch-", dir=tmp_root))
    copies: list[tuple[Path, str]] = []
    for i, (path, sha) in enumerate(todo):
        copy = work / "in" / f"f{i:05d}{path.suffix.lower()}"
        try:
            copy.parent.mkdir(exist_ok=True)
            shutil.copyfile(path, copy)
        except OSError:
            continue
        copies.append((copy, sha))
    limit = min(float(limits.soffice_timeout_seconds), BATCH_SECONDS_PER_FILE * len(copies))
    batch = LegacyBatch(copies, cache_dir, work, limit)
    command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={(work / 'profile').resolve().as_uri()}", "--convert-to", "docx",
               "--outdir", str(work / "out"), *[str(c) for c, _ in copies]]
    try:
        batch.proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True, cwd=work)
    except OSError:  # each file is converted on its own, and says why it cannot be
        batch.close()
        return None
    return batch


def convert(path: Path, fmt: str, ctx: ExtractContext) -> Path:
    """The cached .docx/.xlsx conversion of `path` (a legacy `fmt` file), converting it now if needed."""
    target = TARGETS[fmt]
    cached = ctx.cache_dir / CONVERTED_SUBDIR / f"{ctx.sha256}.{target}"
    if cached.is_file() and cached.stat().st_size > 0:
        return cached
    soffice = soffice_for(ctx)
    if soffice is None:
        raise ExtractionFailed(REASON_NEEDS_LIBREOFFICE, "未找到 LibreOffice（soffice），无法读取 .doc/.wps/.et 文件")
    tmp_root = ctx.cache_dir / TMP_SUBDIR
    tmp_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="soffice-", dir=tmp_root) as tmp:
        work = Path(tmp)
        source = work / "in" / f"input{INPUT_SUFFIX[fmt]}"
        source.parent.mkdir()
        shutil.copyfile(path, source)
        outdir = work / "out"
        outdir.mkdir()
        profile = (work / "profile").resolve().as_uri()
        command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", str(outdir), str(source)]
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, start_new_session=True, cwd=work)
        except OSError as exc:
            raise ExtractionFailed(REASON_NEEDS_LIBREOFFICE, f"无法启动 LibreOffice（{exc.strerror or exc}）") from exc
        try:
            _, stderr = proc.communicate(timeout=float(ctx.limits.soffice_timeout_seconds))
        except subprocess.TimeoutExpired as exc:
            _kill_group(proc)
            raise ExtractionFailed(
                REASON_TIMEOUT, f"LibreOffice 转换超过 {ctx.limits.soffice_timeout_seconds:g} 秒未完成") from exc
        except BaseException:
            _kill_group(proc)
            raise
        finally:
            # soffice may leave helper processes (oosplash children) behind in its group
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        produced = outdir / f"input.{target}"
        if not produced.is_file() or produced.stat().st_size == 0:
            message = (stderr or b"").decode("utf-8", errors="replace").strip().splitlines()
            hint = f"：{message[-1][:200]}" if message else ""
            raise ExtractionFailed(REASON_CORRUPT, f"LibreOffice 无法转换此文件{hint}")
        _cache_converted(produced, cached)
    return cached


def _extract_legacy(path: Path, ctx: ExtractContext, fmt: str) -> Extracted:
    if fmt in ("doc", "wps") and is_ole(path) and doc_is_encrypted(path):
        raise ExtractionFailed(REASON_ENCRYPTED, "文档设置了打开密码")
    if fmt == "et" and is_ole(path) and ole_stream_names(path) & EXCEL_STREAMS:
        try:
            return xls_extractor.extract_as(path, ctx, fmt)
        except ExtractionFailed as exc:
            if exc.reason == REASON_ENCRYPTED:
                raise
    converted = convert(path, fmt, ctx)
    if TARGETS[fmt] == "docx":
        out = docx_extractor.extract(converted, ctx)
        out.format = fmt
        _restore_tables(path, out, ctx)
    else:
        out = xlsx_extractor.extract_as(converted, ctx, fmt)
    out.meta["converted_by"] = "LibreOffice"
    return out


def _restore_tables(path: Path, out: Extracted, ctx: ExtractContext) -> None:
    """When LibreOffice ran a .doc table's cells together, rebuild text and tables from the file's own cell marks."""
    if out.tables or not is_ole(path):
        return
    try:
        blocks = word97.read_blocks(path)
    except word97.Word97Error:
        return
    if not word97.table_count(blocks):
        return
    text, tables = word97.text_and_tables(blocks)
    limit = int(ctx.limits.max_text_chars)
    if len(text) > limit:
        text = text[:limit]
        out.warnings.append("文字内容过长，只读取了前面部分")
    out.text = text
    out.tables = [Table(name=f"表格{i}", rows=rows) for i, rows in enumerate(tables, 1)]
    out.meta["tables_from"] = "Word 97"


def extract_doc(path: Path, ctx: ExtractContext) -> Extracted:
    return _extract_legacy(path, ctx, "doc")


def extract_wps(path: Path, ctx: ExtractContext) -> Extracted:
    return _extract_legacy(path, ctx, "wps")


def extract_et(path: Path, ctx: ExtractContext) -> Extracted:
    return _extract_legacy(path, ctx, "et")
