"""Every real file other people wrote (../shared/corpora) ends in a catalog entry or a clear reason, never a crash;
originals keep their bytes; each document's known phrase is found by search (DESIGN.md §5 promise 4)."""

import hashlib
import json
import shutil

import pytest
from conftest import CORPORA_OFFICE, CORPORA_PDF, seed_corpus_ocr

from archive.extract.base import REASON_CORRUPT, REASON_EMPTY, REASON_ENCRYPTED

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CORPORA_OFFICE.is_dir(), reason="../shared/corpora 不在本机")]

MANIFEST = json.loads((CORPORA_OFFICE / "MANIFEST.json").read_text(encoding="utf-8")) if CORPORA_OFFICE.is_dir() else []
KNOWN_REASONS = {REASON_CORRUPT, REASON_EMPTY, REASON_ENCRYPTED}
CORPUS_PARSE_TIMEOUT = 900  # seconds per file
CORPUS_MAX_OCR_PAGES = 1  # one page of each scan: the page-limit warning is exercised on every longer scan
# Files whose MANIFEST phrase lies past that page: a phrase of their first page is searched instead (the deeper
# phrase is read by test_extract_formats, which OCRs their first pages)
FIRST_PAGE_PHRASE = {"入党志愿书.pdf": "入党志愿书"}


@pytest.fixture(scope="module")
def corpus_archive(tmp_path_factory):
    from click.testing import CliRunner

    from archive import cli

    root = tmp_path_factory.mktemp("corpus") / "档案"
    runner = CliRunner()
    assert runner.invoke(cli.main_for_tests, ["init", str(root), "--org", "测试", "--year", "2025"]).exit_code == 0
    # What is asserted is each file's reason, not how fast it is read: on a loaded machine an OCR pass can take
    # longer than the default time limit, so the limit here is generous (a real hang still ends).
    config = root / "taizhang.toml"
    text = config.read_text(encoding="utf-8")
    assert "parse_timeout_seconds = 120.0" in text
    text = text.replace("parse_timeout_seconds = 120.0", f"parse_timeout_seconds = {CORPUS_PARSE_TIMEOUT}")
    # Two scans are 26 and 8 pages, and pypdf's test files have several: reading every page adds minutes of OCR and
    # no case. Past the page limit the archive records why (a warning), which is what a user's limit does to a scan.
    assert "max_ocr_pages = 60" in text
    config.write_text(text.replace("max_ocr_pages = 60", f"max_ocr_pages = {CORPUS_MAX_OCR_PAGES}"), encoding="utf-8")
    # The scans test_extract_formats reads with OCR are recognised once per test run: this ingest reads those pages
    # from the OCR cache (keyed by content), as a second ingest of the same files would
    seed_corpus_ocr(root, tmp_path_factory)
    shutil.copytree(CORPORA_OFFICE, root / "real-office", ignore=shutil.ignore_patterns("*.json", "*.md"))
    shutil.copytree(CORPORA_PDF, root / "pypdf", ignore=shutil.ignore_patterns("*.md", "LICENSE*"))
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
              and ".taizhang" not in p.parts and p.name != "taizhang.toml"}
    result = runner.invoke(cli.main_for_tests, ["--archive", str(root), "ingest", "--json"])
    summary = json.loads(result.stdout)
    listing = json.loads(runner.invoke(cli.main_for_tests, ["--archive", str(root), "list", "--json"]).stdout)
    return root, result.exit_code, summary, {e["path"]: e for e in listing}, before


def test_every_file_is_cataloged_or_has_a_reason(corpus_archive):
    root, code, summary, listing, before = corpus_archive
    rels = {p.relative_to(root).as_posix() for p in before}
    assert set(listing) == rels
    failed = {f["path"]: f["reason"] for f in summary["failed"]}
    assert code == (3 if failed else 0)
    for rel, entry in listing.items():
        if entry["error"]:
            assert entry["error"] in KNOWN_REASONS, (rel, entry["error"])
            assert rel in failed
    # the ones that must fail, and why
    assert listing["real-office/空白.docx"]["error"] == REASON_EMPTY
    for rel, entry in listing.items():
        if "user-password" in rel:
            assert entry["error"] == REASON_ENCRYPTED, rel
        if "empty-password" in rel or "owner-password" in rel:
            assert entry["error"] is None, rel


def test_originals_keep_their_bytes(corpus_archive):
    root, _, _, _, before = corpus_archive
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before} == before


def test_office_files_get_their_archivist_kind(corpus_archive):
    _, _, _, listing, _ = corpus_archive
    ours = {"会议记录", "党费台帐", "花名册", "照片", "计划", "总结", "协议", "制度", "测评", "签到表", "通知", "其他"}
    right = total = 0
    for entry in MANIFEST:
        got = listing[f"real-office/{entry['file']}"]
        if entry.get("kind") in ours and not got["error"]:
            total += 1
            right += got["kind"] == entry["kind"]
    assert total >= 20 and right / total >= 0.85, f"{right}/{total}"


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e.get("expected_text")], ids=lambda e: e["file"])
def test_known_phrase_finds_its_document(corpus_archive, entry):
    from click.testing import CliRunner

    from archive import cli

    root, _, _, listing, _ = corpus_archive
    rel = f"real-office/{entry['file']}"
    if listing[rel]["error"]:
        pytest.skip(f"{rel} 无法读取：{listing[rel]['error']}")
    phrase = FIRST_PAGE_PHRASE.get(entry["file"], entry["expected_text"])
    out = CliRunner().invoke(cli.main_for_tests, ["--archive", str(root), "search", phrase, "--limit", "10",
                                                  "--json"]).stdout
    assert rel in [h["path"] for h in json.loads(out)], phrase
