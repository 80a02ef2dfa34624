import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

import pytest


def _keep_compiled_modules() -> None:
    """Where PYTHONDONTWRITEBYTECODE is set, every Python process of the run (each xdist worker, every `python -m
    archive` a test starts, each ingest's worker pool) compiled every module it imported from source, the
    installed packages' too, and pytest rewrote every test module again: seconds of CPU per process. The run keeps
    compiled modules outside the checkout instead (PYTHONPYCACHEPREFIX, or a folder of the system's temporary
    folder), for itself and the processes it starts; Python checks each against its source before using it."""
    if not (sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE")):
        return
    prefix = (os.environ.get("PYTHONPYCACHEPREFIX") or sys.pycache_prefix
              or str(Path(tempfile.gettempdir()) / f"taizhang-test-pycache-{getattr(os, 'getuid', lambda: 0)()}"))
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = prefix
    sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False


_keep_compiled_modules()

REPO = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; TAIZHANG_TEST_SHARED points elsewhere (test_fresh_machine.py sets it to a missing
# folder to run tests as a fresh clone would).
SHARED = Path(os.environ.get("TAIZHANG_TEST_SHARED") or REPO.parent / "shared")
CORPORA = SHARED / "corpora"
SAMPLE = REPO / "sample_evidence"
CORPORA_OFFICE = CORPORA / "real-office"
CORPORA_PDF = CORPORA / "pypdf-resources"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# Files other people wrote live beside the checkout (../shared), never in it: a fresh clone has none of them, so
# every test that reads them carries one of these marks and skips with the reason instead of erroring.
needs_corpora = pytest.mark.skipif(not CORPORA_OFFICE.is_dir(), reason="../shared/corpora/real-office 不在本机（新克隆的仓库没有）")
needs_pdf_corpus = pytest.mark.skipif(not CORPORA_PDF.is_dir(), reason="../shared/corpora/pypdf-resources 不在本机")


def _soffice_present() -> bool:
    from archive.extract.legacy import find_soffice

    return find_soffice() is not None


# LibreOffice is a system package (README: 安装); without it the tests that need a real conversion skip.
needs_soffice = pytest.mark.skipif(not _soffice_present(), reason="LibreOffice（soffice）未安装")
needs_cjk_font = pytest.mark.skipif(not Path(CJK_FONT).is_file(), reason="没有中文字体（fonts-noto-cjk）")
needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils（pdftoppm）未安装")


def needs_corpus_file(*parts: str) -> pytest.MarkDecorator:
    """Skip mark for a test (or one parametrized case) built from one file of ../shared/corpora: runs whenever the
    file is there, skips with the reason when it is not (a fresh clone)."""
    return pytest.mark.skipif(not CORPORA.joinpath(*parts).is_file(),
                              reason=f"../shared/corpora/{'/'.join(parts)} 不在本机（新克隆的仓库没有 ../shared）")


def corpus_file(*parts: str) -> Path:
    """A file of ../shared/corpora, or skip the calling test (with the reason) when it is not on this machine."""
    path = CORPORA.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"../shared/corpora/{'/'.join(parts)} 不在本机（新克隆的仓库没有 ../shared）")
    return path


@pytest.fixture
def cli_run():
    """Run the `taizhang` CLI in-process through click's runner; returns (exit_code, stdout, stderr)."""
    from click.testing import CliRunner

    from archive import cli as cli_module

    def run(*args: str, cwd: Path | None = None, input: str | None = None):
        runner = CliRunner()
        old = Path.cwd()
        if cwd:
            os.chdir(cwd)
        try:
            result = runner.invoke(cli_module.main_for_tests, list(args), catch_exceptions=False, input=input)
        finally:
            os.chdir(old)
        return result.exit_code, result.stdout, result.stderr

    return run


def init_and_ingest(root: Path, org: str = "幸福里社区党支部", year: int = 2025, *, init: bool = True) -> Path:
    """`taizhang init` (unless `init` is false: an archive already) + `ingest --no-ocr` on a folder already holding
    evidence, through the CLI's own runner."""
    from click.testing import CliRunner

    from archive import cli as cli_module

    runner = CliRunner()
    steps = [["init", str(root), "--org", org, "--year", str(year)]] if init else []
    for args in (*steps, ["--archive", str(root), "ingest", "--no-ocr"]):
        result = runner.invoke(cli_module.main_for_tests, args, catch_exceptions=False)
        assert result.exit_code in (0, 3), result.output
    return root


def one_meeting_archive(root: Path) -> Path:
    """A small archive at `root`: one 支委会 record and one file that is no evidence, initialised and ingested."""
    (root / "材料").mkdir(parents=True)
    (root / "材料" / "支委会.txt").write_text(
        "幸福里社区党支部支部委员会会议记录\n会议时间：2025年3月5日\n应到人数：5人\n实到人数：5人\n议题：学习", encoding="utf-8")
    (root / "材料" / "说明.txt").write_text("办公室电话：12345678", encoding="utf-8")
    return init_and_ingest(root)


RUN_DIR_ENV = "TAIZHANG_TEST_RUN_DIR"  # the folder of this test run, for helpers that get no tmp_path_factory


@pytest.hookimpl(trylast=True)  # after the tmpdir plugin made its factory
def pytest_configure(config: pytest.Config) -> None:
    """The controller (or a run without xdist) names this run's base temporary folder in the environment, which its
    xdist workers inherit: every worker finds the artefacts built once per run there. A pytest started by a test
    (test_fresh_machine) is a controller of its own and names its own folder."""
    if not hasattr(config, "workerinput"):
        os.environ[RUN_DIR_ENV] = str(config._tmp_path_factory.getbasetemp())
    # A shell starts a background job (`pytest … &`) with SIGINT ignored, and every process inherits that: the
    # commands the Ctrl-C tests interrupt would never see it. Tests get the terminal's usual Ctrl-C wherever the
    # suite was started from (the controller and each worker; children inherit the default on exec).
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def run_folder(tmp_path_factory: pytest.TempPathFactory | None = None) -> Path:
    """A folder shared by every worker of this test run (each xdist worker's basetemp is a folder inside it)."""
    if os.environ.get(RUN_DIR_ENV):
        return Path(os.environ[RUN_DIR_ENV])
    if tmp_path_factory is None:
        raise RuntimeError(f"{RUN_DIR_ENV} is not set: not in a pytest run started with this conftest")
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_once(name: str, build, tmp_path_factory: pytest.TempPathFactory | None = None) -> tuple[Path, object]:  # type: ignore[no-untyped-def]
    """(folder, value): `build(folder)` run once per test run, by whichever worker asks first (the file-lock pattern
    of pytest-xdist's documentation), its return value pickled beside the folder for the other workers. The folder
    is shared: callers read it or copy it, never change it. The run's folder is new for every run, so nothing built
    by an earlier run (or from other inputs) is ever reused."""
    import pickle

    from filelock import FileLock

    shared = run_folder(tmp_path_factory) / "shared-archives"
    shared.mkdir(exist_ok=True)
    built = shared / name
    with FileLock(str(shared / f"{name}.lock")):
        if not (built / ".complete").is_file():
            shutil.rmtree(built, ignore_errors=True)
            built.mkdir()
            value = build(built / "archive")
            (built / "value.pickle").write_bytes(pickle.dumps(value))
            (built / ".complete").touch()
    return built / "archive", pickle.loads((built / "value.pickle").read_bytes())


def shared_archive(tmp_path_factory: pytest.TempPathFactory | None, name: str, build, dest: Path) -> Path:  # type: ignore[no-untyped-def]
    """A copy at `dest` of an archive `build(folder)` makes once per test run (`built_once`): several modules need
    the same ingested archive, and an archive is a folder that may be copied (paths in it are relative, the copy
    keeps the files' times). Tests change their copy, never the shared one."""
    built, _ = built_once(name, build, tmp_path_factory)
    shutil.copytree(built, dest, symlinks=True)
    return dest


def _build_sample(root: Path) -> None:
    shutil.copytree(SAMPLE, root)
    init_and_ingest(root)
    seed_sample_binder_pdfs(root)
    _convert_office_files(root)  # finds every conversion in the cache: LibreOffice is not started again


def _convert_sample_office_files(folder: Path) -> None:
    """The binder's PDF of every Word/Excel file of sample_evidence/, converted by LibreOffice as the binder converts
    them (convert_to_pdf, keyed by content) into `folder`/binder-pdf."""
    from archive.fsutil import sha256_file
    from archive.generators.convert import OFFICE_SUFFIXES, convert_to_pdf
    from archive.limits import Limits

    files = [(p, sha256_file(p)) for p in sorted(SAMPLE.rglob("*"))
             if p.is_file() and p.suffix.lower() in OFFICE_SUFFIXES]
    folder.mkdir(parents=True)
    convert_to_pdf(files, folder, float(Limits().soffice_timeout_seconds))


def seed_sample_binder_pdfs(archive_root: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> None:
    """Put the binder's PDFs of sample_evidence/'s Word/Excel files (converted once per test run) in the cache of an
    archive holding those files (or a folder about to become one): its binder lays out their pages without starting
    LibreOffice. The shared sample archive and `taizhang demo` convert the same files: once per run is enough; the
    conversion itself is exercised where they are built and by test_binder_convert."""
    from archive.extract.legacy import find_soffice
    from archive.generators.convert import CACHE_SUBDIR
    from archive.workspace import STATE_DIR_NAME

    if find_soffice() is None:
        return
    built, _ = built_once("sample-office-pdfs", _convert_sample_office_files, tmp_path_factory)
    target = archive_root / STATE_DIR_NAME / "cache" / CACHE_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built / CACHE_SUBDIR, target, dirs_exist_ok=True)


def _convert_office_files(root: Path) -> None:
    """The binder's PDF of every Word/Excel file, in the archive's cache (keyed by content), as a first binder
    leaves them: each copy's binder then lays out pages without starting LibreOffice again."""
    from archive.catalog import connect, iter_evidence
    from archive.extract.legacy import find_soffice
    from archive.generators.convert import OFFICE_SUFFIXES, convert_to_pdf
    from archive.workspace import open_workspace

    if find_soffice() is None:
        return
    ws = open_workspace(root)
    conn = connect(ws.catalog_path)
    try:
        office = [(root / ev.path, ev.sha256) for ev in iter_evidence(conn)
                  if Path(ev.path).suffix.lower() in OFFICE_SUFFIXES and ev.sha256 and (root / ev.path).is_file()]
    finally:
        conn.close()
    convert_to_pdf(office, ws.cache_dir, float(ws.config.limits.soffice_timeout_seconds))


def sample_archive(tmp_path_factory: pytest.TempPathFactory | None, dest: Path) -> Path:
    """sample_evidence/ initialised (幸福里社区党支部, 2025) and ingested without OCR, as `init_and_ingest` makes it,
    with the binder's conversions of its Word/Excel files cached: built once per test run, copied to `dest`."""
    return shared_archive(tmp_path_factory, "sample-no-ocr", _build_sample, dest)


def _build_sample_with_ocr(root: Path) -> int:
    from click.testing import CliRunner

    from archive import cli as cli_module

    shutil.copytree(SAMPLE, root)
    runner = CliRunner()
    result = runner.invoke(cli_module.main_for_tests, ["init", str(root), "--org", "幸福里社区党支部", "--year", "2025"])
    assert result.exit_code == 0, result.output
    return runner.invoke(cli_module.main_for_tests, ["--archive", str(root), "ingest", "--jobs", "2"]).exit_code


def sample_archive_with_ocr(tmp_path_factory: pytest.TempPathFactory | None, dest: Path) -> tuple[Path, int]:
    """sample_evidence/ initialised (幸福里社区党支部, 2025) and ingested with OCR (`ingest --jobs 2`): built once
    per test run, copied to `dest`; with the ingest's exit code."""
    built, code = built_once("sample-ocr", _build_sample_with_ocr, tmp_path_factory)
    shutil.copytree(built, dest, symlinks=True)
    return dest, code


def seed_ocr_cache(archive_root: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> None:
    """Give an archive the OCR results of sample_evidence/ (`sample_archive_with_ocr`'s), before it ingests a copy
    of those files with OCR: the cache is keyed by each file's content hash, so its ingest reads the same text
    without running the OCR engine again. The engine itself is exercised where the shared archive is built."""
    from archive.extract.ocr import OCR_CACHE_SUBDIR
    from archive.workspace import open_workspace

    built, _ = built_once("sample-ocr", _build_sample_with_ocr, tmp_path_factory)
    source = open_workspace(built).cache_dir / OCR_CACHE_SUBDIR
    target = open_workspace(archive_root).cache_dir / OCR_CACHE_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target, dirs_exist_ok=True)


def shared_extraction(folder: str, name: str, *, ocr: bool, max_ocr_pages: int | None = None,
                      tmp_path_factory: pytest.TempPathFactory | None = None):  # type: ignore[no-untyped-def]
    """`extract_file` of a copy of ../shared/corpora/<folder>/<name> (default limits, `max_ocr_pages` when given;
    LibreOffice looked up as usual), run once per test run by whichever test asks first (`built_once`); skips the
    caller when the file is not on this machine. Returns (the copy, its cache folder: both shared, to read or copy,
    never to change; the copy's sha256 before it was read; the Extracted, or the ExtractionFailed it raised).

    Tests that read the same real file the same way share the one reading: a page's OCR or a LibreOffice conversion
    is made once per run, not once per test (test_extract_formats and test_extract_robustness read the same .doc;
    test_ingest_corpora's ingest starts from the OCR cache of the scans test_extract_formats reads,
    `seed_corpus_ocr`)."""
    from archive.extract.base import ExtractContext, ExtractionFailed
    from archive.extract.registry import extract_file
    from archive.fsutil import sha256_file
    from archive.limits import Limits

    source = corpus_file(folder, name)
    limits = Limits() if max_ocr_pages is None else Limits(max_ocr_pages=max_ocr_pages)

    def build(root: Path):  # type: ignore[no-untyped-def]
        root.mkdir(parents=True)
        copy = root / name
        shutil.copyfile(source, copy)
        before = sha256_file(copy)
        state = root / ".taizhang"
        ctx = ExtractContext(limits=limits, cache_dir=state / "cache", thumbs_dir=state / "thumbs", sha256=before,
                             ocr=ocr)
        try:
            return before, extract_file(copy, ctx)
        except ExtractionFailed as exc:
            return before, exc

    key = f"extract-{folder}-{name}-{'ocr' if ocr else 'no-ocr'}-{max_ocr_pages or 'default'}"
    built, (before, outcome) = built_once(key, build, tmp_path_factory)
    return built / name, built / ".taizhang" / "cache", before, outcome


# The scans test_extract_formats reads with OCR (file, pages): the corpus ingest OCRs their first pages too
SHARED_OCR_SCANS = (("small_ocr.pdf", 1), ("入党志愿书.pdf", 3))


def seed_corpus_ocr(archive_root: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> None:
    """Give an archive about to ingest ../shared/corpora/real-office the OCR results of SHARED_OCR_SCANS
    (`shared_extraction`'s, keyed by each file's content hash): its ingest reads those pages' text from the cache
    instead of recognising them a second time in the run. test_extract_formats asserts what the engine read there."""
    from archive.extract.ocr import OCR_CACHE_SUBDIR
    from archive.workspace import open_workspace

    target = open_workspace(archive_root).cache_dir / OCR_CACHE_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    for name, pages in SHARED_OCR_SCANS:
        _, cache, _, _ = shared_extraction("real-office", name, ocr=True, max_ocr_pages=pages,
                                           tmp_path_factory=tmp_path_factory)
        shutil.copytree(cache / OCR_CACHE_SUBDIR, target, dirs_exist_ok=True)


# The Word 97/WPS files of ../shared/corpora/real-office: LibreOffice converts each once per run (`shared_extraction`,
# test_extract_robustness reads every one of them so)
CORPUS_LEGACY_SUFFIXES = (".doc", ".wps", ".et")


def seed_conversions(archive_root: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> None:
    """Give an archive about to ingest sample_evidence/ and real-office files the LibreOffice conversions of their
    Word 97/WPS files made earlier in this run (`sample_archive_with_ocr`'s ingest and `shared_extraction`'s
    readings, keyed by each file's content hash): its ingest reads them from the cache instead of starting
    LibreOffice again. The conversions themselves are exercised where those are made."""
    from archive.extract.legacy import CONVERTED_SUBDIR, find_soffice
    from archive.workspace import open_workspace

    if find_soffice() is None:
        return
    target = open_workspace(archive_root).cache_dir / CONVERTED_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    built, _ = built_once("sample-ocr", _build_sample_with_ocr, tmp_path_factory)
    sources = [open_workspace(built).cache_dir / CONVERTED_SUBDIR]
    if CORPORA_OFFICE.is_dir():
        for path in sorted(CORPORA_OFFICE.iterdir()):
            if path.suffix.lower() in CORPUS_LEGACY_SUFFIXES:
                _, cache, _, _ = shared_extraction("real-office", path.name, ocr=False,
                                                   tmp_path_factory=tmp_path_factory)
                sources.append(cache / CONVERTED_SUBDIR)
    for source in sources:
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)


OCR_MEMO_ENV = "TAIZHANG_TEST_OCR_MEMO"  # a pytest started by a test (test_fresh_machine) shares the run's memo


def ocr_memo_folder(tmp_path_factory: pytest.TempPathFactory | None = None) -> Path:
    """Where `remembered_ocr` keeps what the engine read: this run's, or the one the starting test passed on."""
    folder = Path(os.environ.get(OCR_MEMO_ENV) or run_folder(tmp_path_factory) / "ocr-memo")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def remembered_ocr(monkeypatch, tmp_path_factory):  # type: ignore[no-untyped-def]
    """`archive.extract.ocr.recognize` remembered by the image's pixels (and the OCR limits) for the whole test run,
    including the pytest test_fresh_machine starts: a test that recognises the same page as another run of it gets
    the engine's text of that page without running the engine again. Everything around the engine (rendering,
    the per-file cache, page limits) runs as usual."""
    import hashlib

    from filelock import FileLock

    from archive.extract import ocr

    folder = ocr_memo_folder(tmp_path_factory)
    engine_read = ocr.recognize

    def recognize(image, limits):  # type: ignore[no-untyped-def]
        key = hashlib.sha256(f"{image.mode} {image.size} {limits.ocr_max_side_pixels} ".encode())
        key.update(image.tobytes())
        memo = folder / f"{key.hexdigest()}.txt"
        with FileLock(str(memo) + ".lock"):
            if not memo.is_file():
                memo.write_bytes(engine_read(image, limits).encode("utf-8"))
            return memo.read_bytes().decode("utf-8")

    monkeypatch.setattr(ocr, "recognize", recognize)


def _write_labelled_year(folder: Path):  # type: ignore[no-untyped-def]
    from labelled_year import build_year

    return build_year(folder)


def labelled_year_folder(tmp_path_factory: pytest.TempPathFactory | None = None):  # type: ignore[no-untyped-def]
    """tests/labelled_year as `build_year(folder)` writes it (the .doc files too when LibreOffice is here), written
    once per test run: (the shared folder, to read or copy, never to change; its YearLabels)."""
    return built_once("labelled-year", _write_labelled_year, tmp_path_factory)


def labelled_archive(dest: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> Path:
    """The labelled year as an archive (a copy of `labelled_year_folder`'s, `init` with its org and year, `ingest
    --no-ocr`): built once per test run, copied to `dest`. Its labels: `labelled_year_folder()[1]`."""

    def build(root: Path) -> None:
        generated, labels = labelled_year_folder(tmp_path_factory)
        shutil.copytree(generated, root, symlinks=True)
        init_and_ingest(root, labels.org, labels.year)

    return shared_archive(tmp_path_factory, "labelled-no-ocr", build, dest)


def _run_demo_without_ocr(into: Path) -> tuple[int, str, str, Path]:
    from click.testing import CliRunner

    from archive import cli as cli_module

    seed_sample_binder_pdfs(into)  # the binder's LibreOffice conversions, made once per run (the sample archive's)
    result = CliRunner().invoke(cli_module.main_for_tests, ["demo", "--into", str(into), "--no-ocr"],
                                catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr, into


def demo_without_ocr(tmp_path_factory: pytest.TempPathFactory, dest: Path) -> tuple[Path, tuple[int, str, str], Path]:
    """`taizhang demo --into <new folder> --no-ocr` (sample_evidence/ found as the demo finds it: no --source), run
    once per test run: its ingest, filing and reports take seconds, and two modules go on from that state. The folder
    holds only the binder's conversions of the sample's Word/Excel files beforehand (`seed_sample_binder_pdfs`:
    LibreOffice converts them once per run). Returns a copy of the folder at `dest` (the archive with its 输出), the
    run's (exit code, stdout, stderr), and the folder it ran in (what its stdout names)."""
    built, (code, out, err, ran_in) = built_once("demo-no-ocr", _run_demo_without_ocr, tmp_path_factory)
    shutil.copytree(built, dest, symlinks=True)
    return dest, (code, out, err), ran_in


# ------------------------------------------------------------------------------------------- parallel runs
# The README's one test command runs on pytest-xdist workers (pyproject.toml: `-n auto --dist loadgroup`).

TEST_WORKERS_MAX = 2  # `-n auto` takes at most this many workers (the machines we run on have two cores)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker per core, at most TEST_WORKERS_MAX (TAIZHANG_TEST_WORKERS overrides it)."""
    wanted = os.environ.get("TAIZHANG_TEST_WORKERS")
    if wanted and wanted.isdigit():
        return int(wanted)
    return max(1, min(TEST_WORKERS_MAX, os.cpu_count() or 1))


def _module_fixture_users(item: pytest.Item) -> bool:
    """Whether the test uses a fixture built once per module (or class): an archive ingested, an index built."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    for name in info.names_closure:
        for fixturedef in info.name2fixturedefs.get(name, ()):
            if fixturedef.scope in ("module", "class", "package"):
                return True
    return False


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """For `--dist loadgroup`: the tests of a module that share a module-scoped fixture run on one worker, so the
    fixture is built once, not once per worker; every other test is scheduled on its own. Modules marked slow that
    share such a fixture start first, then the other tests marked slow, so the longest units do not end the run
    alone on one worker while the other has nothing left (xdist hands out units in this order)."""
    grouped: dict[str, str] = {}  # nodeid -> its module's group
    for item in items:
        if _module_fixture_users(item) and not any(True for _ in item.iter_markers("xdist_group")):
            group = item.module.__name__ if getattr(item, "module", None) else item.nodeid.split("::")[0]
            item.add_marker(pytest.mark.xdist_group(group))
            grouped[item.nodeid] = group
    # A group with a slow test starts first as a whole: its tests stay together, so a run in one process (`-n 0`)
    # builds the module's fixture once, not once for its slow tests and again for the others.
    slow_groups = {grouped[item.nodeid] for item in items
                   if item.nodeid in grouped and item.get_closest_marker("slow") is not None}

    def rank(item: pytest.Item) -> int:
        if grouped.get(item.nodeid) in slow_groups:
            return 0
        return 1 if item.get_closest_marker("slow") is not None else 2

    items.sort(key=rank)  # stable: the order within each part is kept
