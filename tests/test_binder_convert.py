"""The binder's LibreOffice conversion: office files split over several runs at once (balanced by size, each run at
least MIN_FILES_PER_RUN files), spreadsheets of the old formats turned into .xlsx first, every PDF the file's own,
the number of runs read from [binder] soffice_processes, and a conversion left early kills what still runs."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from archive.errors import ConfigError
from archive.generators import convert
from archive.generators.binder import load_binder_settings
from archive.generators.convert import MIN_FILES_PER_RUN, _batches, _Input, default_processes, start_conversion
from archive.workspace import init_workspace, open_workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NEEDS_SOFFICE = pytest.mark.skipif(SOFFICE is None, reason="未安装 LibreOffice（soffice），无法转换 Word/Excel")


def _inputs(sizes: list[int]) -> list[_Input]:
    return [_Input(Path(f"f{i:05d}.docx"), Path(f"原件{i}.docx"), f"{i:064x}", size) for i, size in enumerate(sizes)]


def test_runs_are_balanced_by_size_and_keep_the_order():
    inputs = _inputs([900_000, 10_000, 20_000, 800_000] + [5_000] * 16)
    batches = _batches(inputs, 2)
    assert len(batches) == 2
    assert sorted(i.sha for b in batches for i in b) == sorted(i.sha for i in inputs)
    for batch in batches:
        assert [inputs.index(i) for i in batch] == sorted(inputs.index(i) for i in batch)
        assert len(batch) >= MIN_FILES_PER_RUN
    big = {inputs[0].sha, inputs[3].sha}
    assert all(len(big & {i.sha for i in b}) == 1 for b in batches)  # the two large files in different runs


def test_few_files_are_one_run():
    assert [len(b) for b in _batches(_inputs([1_000] * (2 * MIN_FILES_PER_RUN - 1)), 4)] == [2 * MIN_FILES_PER_RUN - 1]
    assert len(_batches(_inputs([1_000] * (3 * MIN_FILES_PER_RUN)), 4)) == 3
    assert _batches([], 2) == []


def test_soffice_processes_is_read_from_taizhang_toml(tmp_path):
    ws = init_workspace(tmp_path / "a", "seed000", "幸福里社区党支部", 2025)
    assert load_binder_settings(ws).soffice_processes == default_processes()
    toml = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(toml + "\n[binder]\nsoffice_processes = 1\n", encoding="utf-8")
    assert load_binder_settings(open_workspace(ws.root)).soffice_processes == 1
    for bad in ("0", "-1", '"2"', "true", "1.5"):
        ws.config_path.write_text(toml + f"\n[binder]\nsoffice_processes = {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="soffice_processes") as err:
            load_binder_settings(open_workspace(ws.root))
        assert "soffice_processes" in err.value.remedy


def _docx(path: Path, marker: str) -> tuple[Path, str]:
    doc = docx.Document()
    doc.add_paragraph(f"marker {marker}")
    doc.save(str(path))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def _xls(folder: Path, marker: str) -> tuple[Path, str]:
    wb = Workbook()
    wb.active.append(["marker", marker])
    source = folder / f"{marker}.xlsx"
    wb.save(str(source))
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--convert-to",
                    "xls", "--outdir", str(folder), str(source)], capture_output=True, timeout=120, check=True)
    source.unlink()
    path = folder / f"{marker}.xls"
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def made_xls(tmp_path_factory) -> Path:
    """An Excel 97 workbook (marker sheet99), written by LibreOffice once for the module: the tests copy it."""
    return _xls(tmp_path_factory.mktemp("xls"), "sheet99")[0]


def _text(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf).pages)


@NEEDS_SOFFICE
@pytest.mark.parametrize("processes", [3, 1])
def test_every_file_gets_its_own_pdf_whatever_the_runs(tmp_path, processes, made_xls):
    src = tmp_path / "src"
    src.mkdir()
    files = [_docx(src / f"记录{n:02d}.docx", f"doc{n:02d}") for n in range(2 * MIN_FILES_PER_RUN)]
    xls = shutil.copyfile(made_xls, src / made_xls.name)
    files.append((xls, hashlib.sha256(xls.read_bytes()).hexdigest()))
    cache = tmp_path / "cache"
    with start_conversion(files, cache, 120.0, processes) as conversion:
        runs = len(conversion.runs)
        done = conversion.wait()
    assert runs == processes  # the .xls run beside two PDF runs; with one process, the .xls run alone at first
    assert set(done) == {sha for _, sha in files}
    for path, sha in files:  # each PDF is its own file's (the runs' outputs never mix)
        marker = f"doc{path.stem[-2:]}" if path.suffix == ".docx" else "sheet99"
        assert marker in _text(done[sha])
    assert not list((cache / "tmp").iterdir())  # the private folder is gone
    again = start_conversion(files, cache, 120.0, processes)  # all cached: nothing runs
    assert again.runs == [] and again.wait() == done


@NEEDS_SOFFICE
def test_a_conversion_left_early_kills_its_runs(tmp_path):
    files = [_docx(tmp_path / f"记录{n:02d}.docx", f"doc{n:02d}") for n in range(MIN_FILES_PER_RUN)]
    conversion = start_conversion(files, tmp_path / "cache", 120.0, 2)
    procs = [run.proc for run in conversion.runs]
    assert procs
    with pytest.raises(RuntimeError):
        with conversion:
            raise RuntimeError("Ctrl-C")
    assert all(proc.poll() is not None for proc in procs)
    assert not list((tmp_path / "cache" / "tmp").iterdir())
    assert not list((tmp_path / "cache" / convert.CACHE_SUBDIR).glob("*.pdf"))
