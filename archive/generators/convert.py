"""Word/Excel/WPS evidence → PDF through LibreOffice, in one batch, cached by content hash.

Like ingest, LibreOffice never opens an original: each file is copied into a private temporary folder, converted
there with its own user profile, in its own process group, killed as a whole after the time limit.

Spreadsheets are laid out for paper first (generators/sheets.py: A4, landscape when wide, fitted to the page width,
no header or footer of their own) in the copy: an .xlsx directly; an .xls, .et or .ods is first turned into an .xlsx
by LibreOffice (or taken from ingest's cache of converted .et files) and fitted then. Their cached PDF's name carries
sheets.LAYOUT_VERSION, so a change of that layout converts them again. A .csv is not converted at all: the binder
reads it as ingest does and draws it as a table."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from archive.extract.legacy import CONVERTED_SUBDIR, find_soffice
from archive.generators.sheets import LAYOUT_VERSION, SHEET_SUFFIXES, XLSX_SUFFIXES, copy_fitted

OFFICE_SUFFIXES = {".doc", ".docx", ".wps", ".wpt", ".dot", ".dotx", ".rtf", ".odt", ".xls", ".xlsx", ".xlsm", ".et",
                   ".ods", ".ppt", ".pptx", ".dps", ".odp"}
CACHE_SUBDIR = "binder-pdf"
SECONDS_PER_FILE = 20.0


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def cache_name(path: Path, sha: str) -> str:
    """The cached PDF's file name: a spreadsheet's names the sheet layout it was converted with."""
    if path.suffix.lower() in SHEET_SUFFIXES:
        return f"{sha}.{LAYOUT_VERSION}.pdf"
    return f"{sha}.pdf"


def _soffice(soffice: str, work: Path, target: str, out: Path, inputs: list[Path], timeout: float) -> None:
    """One LibreOffice run converting `inputs` to `target` (pdf, xlsx) into `out`, killed after the time limit."""
    out.mkdir(parents=True, exist_ok=True)
    command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={(work / 'profile').resolve().as_uri()}", "--convert-to", target,
               "--outdir", str(out), *[str(c) for c in inputs]]
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True, cwd=work)
    except OSError:
        return
    try:
        proc.wait(timeout=timeout + SECONDS_PER_FILE * len(inputs))
    except subprocess.TimeoutExpired:
        pass
    finally:
        _kill(proc)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass


def _produced(folder: Path, stem: str, suffix: str) -> Path | None:
    found = folder / f"{stem}{suffix}"
    return found if found.is_file() and found.stat().st_size > 0 else None


def convert_to_pdf(files: list[tuple[Path, str]], cache_dir: Path, timeout_seconds: float) -> dict[str, Path]:
    """PDFs of `files` [(absolute path, sha256)], by sha256; files LibreOffice could not convert are left out."""
    out_dir = cache_dir / CACHE_SUBDIR
    done: dict[str, Path] = {}
    todo: list[tuple[Path, str]] = []
    for path, sha in files:
        cached = out_dir / cache_name(path, sha)
        if cached.is_file() and cached.stat().st_size > 0:
            done[sha] = cached
        elif sha not in {s for _, s in todo}:
            todo.append((path, sha))
    soffice = find_soffice()
    if not todo or soffice is None:
        return done
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_root = cache_dir / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="binder-", dir=tmp_root) as tmp:
        work = Path(tmp)
        for sub in ("in", "legacy", "out"):
            (work / sub).mkdir()
        inputs: list[tuple[Path, Path, str]] = []  # (copy to convert, original, sha)
        legacy: list[tuple[Path, Path, str]] = []  # (copy of an .xls/.et/.ods, original, sha) to turn into .xlsx first
        for i, (path, sha) in enumerate(todo):
            stem, suffix = f"f{i:05d}", path.suffix.lower()
            try:
                if suffix in XLSX_SUFFIXES:
                    copy = work / "in" / f"{stem}{suffix}"
                    copy_fitted(path, copy)
                elif suffix in SHEET_SUFFIXES:
                    earlier = cache_dir / CONVERTED_SUBDIR / f"{sha}.xlsx"  # ingest converted this .et already
                    if earlier.is_file() and copy_fitted(earlier, work / "in" / f"{stem}.xlsx"):
                        copy = work / "in" / f"{stem}.xlsx"
                    else:
                        legacy.append((work / "legacy" / f"{stem}{suffix}", path, sha))
                        shutil.copyfile(path, legacy[-1][0])
                        continue
                else:
                    copy = work / "in" / f"{stem}{suffix}"
                    shutil.copyfile(path, copy)
            except OSError:
                continue
            inputs.append((copy, path, sha))
        if legacy:
            _soffice(soffice, work, "xlsx", work / "legacy-out", [c for c, _, _ in legacy], timeout_seconds)
            for copy, path, sha in legacy:
                xlsx = _produced(work / "legacy-out", copy.stem, ".xlsx")
                target = work / "in" / f"{copy.stem}.xlsx"
                try:
                    if xlsx is not None and copy_fitted(xlsx, target):
                        inputs.append((target, path, sha))
                    else:  # LibreOffice could not make an .xlsx of it: convert the file as it is
                        target = work / "in" / copy.name
                        shutil.copyfile(copy, target)
                        inputs.append((target, path, sha))
                except OSError:
                    continue
        if inputs:
            _soffice(soffice, work, "pdf", work / "out", [c for c, _, _ in inputs], timeout_seconds)
        for copy, path, sha in inputs:
            produced = _produced(work / "out", copy.stem, ".pdf")
            if produced is not None:
                target = out_dir / cache_name(path, sha)
                staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                shutil.copyfile(produced, staging)
                os.replace(staging, target)
                done[sha] = target
    return done
