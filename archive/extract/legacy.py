"""Legacy binary documents (.doc, .wps, .et) through LibreOffice: convert to .docx/.xlsx, then read that.

The converted file is cached by content hash in `<cache_dir>/converted/<sha256>.docx|.xlsx`, so a re-ingest never
converts again. Each conversion runs `soffice --headless --norestore` on a copy of the file in a private temporary
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

SOFFICE_ENV = "TAIZHANG_SOFFICE"
SOFFICE_NAMES = ("soffice", "libreoffice")
CONVERTED_SUBDIR = "converted"
TMP_SUBDIR = "tmp"
TARGETS = {"doc": "docx", "wps": "docx", "et": "xlsx"}  # legacy format -> OOXML format it converts to
INPUT_SUFFIX = {"doc": ".doc", "wps": ".wps", "et": ".et"}
KILL_WAIT_SECONDS = 5.0
EXCEL_STREAMS = {"Workbook", "Book"}


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
        cached.parent.mkdir(parents=True, exist_ok=True)
        staging = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        shutil.copyfile(produced, staging)
        os.replace(staging, cached)
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
