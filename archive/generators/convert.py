"""Word/Excel/WPS evidence → PDF through LibreOffice, cached by content hash, in the background: start_conversion
returns once LibreOffice runs, and the binder lays out the PDFs, photos and text files meanwhile. The files are split
into one run per core (each LibreOffice process converts its files one after another), balanced by size.

Like ingest, LibreOffice never opens an original: each file is copied into a private temporary folder, converted
there, each run with its own user profile, in its own process group, killed as a whole after the time limit.

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
import time
from dataclasses import dataclass
from pathlib import Path

from archive.extract.legacy import CONVERTED_SUBDIR, find_soffice
from archive.generators.sheets import LAYOUT_VERSION, SHEET_SUFFIXES, XLSX_SUFFIXES, copy_fitted

OFFICE_SUFFIXES = {".doc", ".docx", ".wps", ".wpt", ".dot", ".dotx", ".rtf", ".odt", ".xls", ".xlsx", ".xlsm", ".et",
                   ".ods", ".ppt", ".pptx", ".dps", ".odp"}
CACHE_SUBDIR = "binder-pdf"
SECONDS_PER_FILE = 20.0
KILL_WAIT_SECONDS = 5.0
# LibreOffice converts one file after another in a run; the office files are split into several runs at the same
# time, one per core (at most SOFFICE_PROCESSES_MAX; [binder] soffice_processes in taizhang.toml), each at least
# MIN_FILES_PER_RUN files long: a run's start-up costs about a second of CPU, more than a few small files.
SOFFICE_PROCESSES_MAX = 4
MIN_FILES_PER_RUN = 8
FILE_OVERHEAD_BYTES = 64 * 1024  # what a file costs a run beyond its bytes, when the runs are balanced by size


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


def default_processes() -> int:
    """LibreOffice runs at once by default: one per core, at most SOFFICE_PROCESSES_MAX."""
    return max(1, min(os.cpu_count() or 1, SOFFICE_PROCESSES_MAX))


def _start(soffice: str, work: Path, profile: str, target: str, out: Path, inputs: list[Path]) -> subprocess.Popen | None:
    """Start one LibreOffice run converting `inputs` to `target` (pdf, xlsx) into `out`, with its own user profile
    (two runs sharing one profile fail), in its own process group; None when it cannot be started."""
    out.mkdir(parents=True, exist_ok=True)
    command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={(work / profile).resolve().as_uri()}", "--convert-to", target,
               "--outdir", str(out), *[str(c) for c in inputs]]
    try:
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True, cwd=work)
    except OSError:
        return None


def _batches(inputs: list[_Input], runs: int) -> list[list[_Input]]:
    """`inputs` split into at most `runs` batches of about equal bytes (each file, largest first, to the lightest
    batch), every batch in the inputs' order and at least MIN_FILES_PER_RUN files long."""
    runs = max(1, min(runs, len(inputs) // MIN_FILES_PER_RUN))
    if runs == 1:
        return [list(inputs)] if inputs else []
    loads = [0] * runs
    chosen: dict[int, int] = {}
    for i in sorted(range(len(inputs)), key=lambda i: -inputs[i].size):
        batch = min(range(runs), key=lambda b: loads[b])
        chosen[i] = batch
        loads[batch] += inputs[i].size + FILE_OVERHEAD_BYTES
    return [[inp for i, inp in enumerate(inputs) if chosen[i] == b] for b in range(runs)]


@dataclass
class _Input:
    copy: Path  # the copy LibreOffice converts, in the private folder
    path: Path  # the original
    sha: str
    size: int = 0


@dataclass
class _Run:
    proc: subprocess.Popen
    deadline: float  # time.monotonic() after which it is killed


class Conversion:
    """Office files being converted to PDF by LibreOffice in the background (start_conversion), while the caller lays
    out the other files; `wait()` gives the PDFs by sha256. Used as a context manager: leaving it (an error, Ctrl-C)
    kills whatever still runs and removes the private folder."""

    def __init__(self, done: dict[str, Path], out_dir: Path, timeout_seconds: float, processes: int):
        self.done = done
        self.out_dir = out_dir
        self.timeout = timeout_seconds
        self.processes = processes
        self.work: Path | None = None
        self.soffice = ""
        self.inputs: list[_Input] = []  # converting to PDF now
        self.legacy: list[_Input] = []  # .xls/.et/.ods being turned into .xlsx first
        self.runs: list[_Run] = []
        self.legacy_run: _Run | None = None
        self.waiting: list[_Input] = []  # to convert once the legacy run has ended (one process at a time)
        self.finished = False

    def __enter__(self) -> Conversion:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _launch(self, target: str, out: Path, inputs: list[_Input], profile: str) -> _Run | None:
        assert self.work is not None
        proc = _start(self.soffice, self.work, profile, target, out, [i.copy for i in inputs])
        if proc is None:
            return None
        run = _Run(proc, time.monotonic() + self.timeout + SECONDS_PER_FILE * len(inputs))
        self.runs.append(run)
        return run

    def _launch_pdf(self, inputs: list[_Input], runs: int) -> None:
        assert self.work is not None
        for batch in _batches(inputs, runs):
            self._launch("pdf", self.work / "out", batch, f"profile-{len(self.runs)}")

    def start(self, soffice: str, work: Path, inputs: list[_Input], legacy: list[_Input]) -> None:
        self.soffice, self.work, self.inputs, self.legacy = soffice, work, inputs, legacy
        if legacy:  # its own run, counted among the processes
            self.legacy_run = self._launch("xlsx", work / "legacy-out", legacy, "profile-legacy")
        runs = self.processes - 1 if legacy else self.processes
        if runs >= 1:
            self._launch_pdf(inputs, runs)
        else:  # one process at a time: these wait for the legacy run and go with its files
            self.waiting = list(inputs)

    @staticmethod
    def _wait(run: _Run) -> None:
        try:
            run.proc.wait(timeout=max(0.0, run.deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        finally:
            _stop(run.proc)

    def wait(self) -> dict[str, Path]:
        """The PDFs by sha256 (cached ones and those converted now); files LibreOffice could not convert are left
        out."""
        if self.finished or self.work is None:
            return self.done
        work = self.work
        if self.legacy_run is not None or self.legacy:
            if self.legacy_run is not None:
                self._wait(self.legacy_run)
            later: list[_Input] = []
            for inp in self.legacy:
                xlsx = _produced(work / "legacy-out", inp.copy.stem, ".xlsx")
                target = work / "in" / f"{inp.copy.stem}.xlsx"
                try:
                    if xlsx is not None and copy_fitted(xlsx, target):
                        later.append(_Input(target, inp.path, inp.sha, inp.size))
                    else:  # LibreOffice could not make an .xlsx of it: convert the file as it is
                        target = work / "in" / inp.copy.name
                        shutil.copyfile(inp.copy, target)
                        later.append(_Input(target, inp.path, inp.sha, inp.size))
                except OSError:
                    continue
            self.inputs = self.inputs + later
            if self.waiting or later:  # the legacy run has ended: its profile is free
                self._launch("pdf", work / "out", self.waiting + later, "profile-legacy")
                self.waiting = []
        for run in list(self.runs):
            self._wait(run)
        for inp in self.inputs:
            produced = _produced(work / "out", inp.copy.stem, ".pdf")
            if produced is not None:
                target = self.out_dir / cache_name(inp.path, inp.sha)
                staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                shutil.copyfile(produced, staging)
                os.replace(staging, target)
                self.done[inp.sha] = target
        self.finished = True
        self.close()
        return self.done

    def close(self) -> None:
        """Kill what still runs and remove the private folder (the PDFs already cached stay)."""
        for run in self.runs:
            _stop(run.proc)
        self.runs = []
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None


def _stop(proc: subprocess.Popen) -> None:
    """Kill the run's process group (soffice may leave helpers behind) and reap it."""
    _kill(proc)
    try:
        proc.wait(timeout=KILL_WAIT_SECONDS)
    except subprocess.TimeoutExpired:  # pragma: no cover
        pass


def _produced(folder: Path, stem: str, suffix: str) -> Path | None:
    found = folder / f"{stem}{suffix}"
    return found if found.is_file() and found.stat().st_size > 0 else None


def start_conversion(files: list[tuple[Path, str]], cache_dir: Path, timeout_seconds: float,
                     processes: int | None = None) -> Conversion:
    """Start converting `files` [(absolute path, sha256)] to PDF and return at once; `Conversion.wait()` gives the
    PDFs by sha256. Files already in the cache are not converted again; the rest are split into up to `processes`
    LibreOffice runs at the same time (default: default_processes())."""
    out_dir = cache_dir / CACHE_SUBDIR
    done: dict[str, Path] = {}
    todo: list[tuple[Path, str]] = []
    for path, sha in files:
        cached = out_dir / cache_name(path, sha)
        if cached.is_file() and cached.stat().st_size > 0:
            done[sha] = cached
        elif sha not in {s for _, s in todo}:
            todo.append((path, sha))
    conversion = Conversion(done, out_dir, timeout_seconds, max(1, processes or default_processes()))
    soffice = find_soffice()
    if not todo or soffice is None:
        conversion.finished = True
        return conversion
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_root = cache_dir / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="binder-", dir=tmp_root))
    conversion.work = work
    try:
        for sub in ("in", "legacy", "out"):
            (work / sub).mkdir()
        inputs: list[_Input] = []
        legacy: list[_Input] = []  # copies of .xls/.et/.ods to turn into .xlsx first
        for i, (path, sha) in enumerate(todo):
            stem, suffix = f"f{i:05d}", path.suffix.lower()
            try:
                size = path.stat().st_size
                if suffix in XLSX_SUFFIXES:
                    copy = work / "in" / f"{stem}{suffix}"
                    copy_fitted(path, copy)
                elif suffix in SHEET_SUFFIXES:
                    earlier = cache_dir / CONVERTED_SUBDIR / f"{sha}.xlsx"  # ingest converted this .et already
                    if earlier.is_file() and copy_fitted(earlier, work / "in" / f"{stem}.xlsx"):
                        copy = work / "in" / f"{stem}.xlsx"
                    else:
                        legacy.append(_Input(work / "legacy" / f"{stem}{suffix}", path, sha, size))
                        shutil.copyfile(path, legacy[-1].copy)
                        continue
                else:
                    copy = work / "in" / f"{stem}{suffix}"
                    shutil.copyfile(path, copy)
            except OSError:
                continue
            inputs.append(_Input(copy, path, sha, size))
        conversion.start(soffice, work, inputs, legacy)
    except BaseException:
        conversion.close()
        raise
    return conversion


def convert_to_pdf(files: list[tuple[Path, str]], cache_dir: Path, timeout_seconds: float,
                   processes: int | None = None) -> dict[str, Path]:
    """PDFs of `files` [(absolute path, sha256)], by sha256; files LibreOffice could not convert are left out."""
    with start_conversion(files, cache_dir, timeout_seconds, processes) as conversion:
        return conversion.wait()
