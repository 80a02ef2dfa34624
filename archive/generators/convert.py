"""Word/Excel/WPS evidence → PDF through LibreOffice, in one batch, cached by content hash.

Like ingest, LibreOffice never opens an original: each file is copied into a private temporary folder, converted
there with its own user profile, in its own process group, killed as a whole after the time limit."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from archive.extract.legacy import find_soffice

OFFICE_SUFFIXES = {".doc", ".docx", ".wps", ".wpt", ".dot", ".dotx", ".rtf", ".odt", ".xls", ".xlsx", ".et",
                   ".ods", ".csv", ".ppt", ".pptx", ".dps", ".odp"}
CACHE_SUBDIR = "binder-pdf"
SECONDS_PER_FILE = 20.0


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def convert_to_pdf(files: list[tuple[Path, str]], cache_dir: Path, timeout_seconds: float) -> dict[str, Path]:
    """PDFs of `files` [(absolute path, sha256)], by sha256; files LibreOffice could not convert are left out."""
    out_dir = cache_dir / CACHE_SUBDIR
    done: dict[str, Path] = {}
    todo = []
    for path, sha in files:
        cached = out_dir / f"{sha}.pdf"
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
        (work / "in").mkdir()
        (work / "out").mkdir()
        inputs = []
        for i, (path, sha) in enumerate(todo):
            copy = work / "in" / f"f{i:05d}{path.suffix.lower()}"
            try:
                shutil.copyfile(path, copy)
            except OSError:
                continue
            inputs.append((copy, sha))
        command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   f"-env:UserInstallation={(work / 'profile').resolve().as_uri()}", "--convert-to", "pdf",
                   "--outdir", str(work / "out"), *[str(c) for c, _ in inputs]]
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True, cwd=work)
        except OSError:
            return done
        try:
            proc.wait(timeout=timeout_seconds + SECONDS_PER_FILE * len(inputs))
        except subprocess.TimeoutExpired:
            pass
        finally:
            _kill(proc)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:  # pragma: no cover
                pass
        for copy, sha in inputs:
            produced = work / "out" / f"{copy.stem}.pdf"
            if produced.is_file() and produced.stat().st_size > 0:
                target = out_dir / f"{sha}.pdf"
                staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                shutil.copyfile(produced, staging)
                os.replace(staging, target)
                done[sha] = target
    return done
