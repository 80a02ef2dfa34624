"""Hostile and broken inputs: every file ends in an Extracted or an ExtractionFailed with a reason, never another
exception, never a hang, never a changed original."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import time
import zipfile
import zlib
from pathlib import Path

import olefile
import pytest
from conftest import CORPORA_OFFICE, CORPORA_PDF, corpus_file, shared_extraction
from PIL import Image

from archive.extract import registry
from archive.extract.base import (
    REASON_CORRUPT,
    REASON_EMPTY,
    REASON_ENCRYPTED,
    REASON_TIMEOUT,
    REASON_TOO_LARGE,
    REASON_UNSAFE,
    REASON_UNSUPPORTED,
    ExtractContext,
    Extracted,
    ExtractionFailed,
)
from archive.extract.legacy import SOFFICE_ENV
from archive.extract.safety import check_zip, doc_is_encrypted, xml_parsers_are_safe
from archive.fsutil import sha256_file
from archive.workspace import Limits

PYPDF = CORPORA_PDF
REAL_OFFICE = CORPORA_OFFICE
KNOWN_REASONS = {REASON_CORRUPT, REASON_EMPTY, REASON_ENCRYPTED, REASON_TIMEOUT, REASON_TOO_LARGE, REASON_UNSAFE,
                 REASON_UNSUPPORTED}
LEGACY_SUFFIXES = {".doc", ".wps", ".et"}


def make_ctx(tmp_path: Path, path: Path, limits: Limits | None = None) -> ExtractContext:
    state = tmp_path / ".taizhang"
    return ExtractContext(limits=limits or Limits(), cache_dir=state / "cache", thumbs_dir=state / "thumbs",
                          sha256=sha256_file(path), ocr=False)


def failure(tmp_path: Path, path: Path, limits: Limits | None = None) -> ExtractionFailed:
    with pytest.raises(ExtractionFailed) as info:
        registry.extract_file(path, make_ctx(tmp_path, path, limits))
    assert info.value.detail or info.value.reason in (REASON_EMPTY,)
    return info.value


def corpus_params() -> list:
    params = []
    for folder in (PYPDF, REAL_OFFICE):
        if not folder.is_dir():  # a fresh clone: ../shared is not beside it
            params.append(pytest.param(folder, id=folder.name, marks=pytest.mark.skip(reason=f"{folder.name} 不在本机")))
            continue
        for path in sorted(folder.iterdir()):
            marks = [pytest.mark.slow] if path.suffix.lower() in LEGACY_SUFFIXES else []
            params.append(pytest.param(path, id=f"{folder.name}/{path.name}", marks=marks))
    return params


def expected_texts() -> dict[str, str]:
    if not (REAL_OFFICE / "MANIFEST.json").is_file():
        return {}
    manifest = json.loads((REAL_OFFICE / "MANIFEST.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry["expected_text"] for entry in manifest}


EXPECTED = expected_texts()


@pytest.mark.parametrize("source", corpus_params())
def test_corpus_file_extracts_or_fails_cleanly(tmp_path, source):
    reason = None
    if source.suffix.lower() in LEGACY_SUFFIXES:
        # LibreOffice's reading, made once per test run: test_extract_formats reads the same files the same way
        path, _, before, out = shared_extraction(source.parent.name, source.name, ocr=False)
    else:
        path = tmp_path / source.name
        shutil.copyfile(source, path)
        before = sha256_file(path)
        try:  # how long it takes is bench_ingest.py's business: a loaded machine must not fail this test
            out = registry.extract_file(path, make_ctx(tmp_path, path))
        except ExtractionFailed as exc:
            out = exc
    if isinstance(out, Exception):
        assert isinstance(out, ExtractionFailed), out
        assert out.reason in KNOWN_REASONS, out
        out, reason = None, out.reason
    assert sha256_file(path) == before
    assert sha256_file(source) == before
    name = source.name
    if source.parent == PYPDF:
        if "-user-password" in name or name in ("encryption_r6-both-passwords.pdf", "encrypted-file.pdf",
                                                 "crazyones-encrypted-256.pdf", "libreoffice-writer-password.pdf"):
            assert out is None and reason == REASON_ENCRYPTED
        elif name.endswith(".pdf"):
            assert isinstance(out, Extracted), f"{name} should open"
            if "-empty-password" in name or "-owner-password" in name:
                assert "pdf encryption test" in out.text
    elif name == "空白.docx":
        assert out is None and reason == REASON_EMPTY
    elif name in EXPECTED and name.endswith((".docx", ".xlsx", ".xls", ".doc", ".wps")) or name in (
            "党员发展流程图.pdf", "用户手册-党建分册.pdf"):
        assert isinstance(out, Extracted)
        assert EXPECTED[name] in out.text


def test_no_extractor_prints(tmp_path, capsys):
    for name in ("与党组织相关的报表.xls", "issue-301.pdf"):
        source = corpus_file("real-office", name) if name.endswith(".xls") else corpus_file("pypdf-resources", name)
        path = tmp_path / name
        shutil.copyfile(source, path)
        registry.extract_file(path, make_ctx(tmp_path, path))
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


# --- broken and empty files ---------------------------------------------------------------------------------


def test_zero_bytes(tmp_path):
    path = tmp_path / "新建 Microsoft Word 文档.docx"
    path.write_bytes(b"")
    assert failure(tmp_path, path).reason == REASON_EMPTY


def _real_docx(tmp_path: Path) -> bytes:
    """A Word file made here (python-docx), so the test needs nothing from ../shared."""
    import docx

    doc = docx.Document()
    doc.add_heading("关于召开党员大会的通知", level=1)
    for n in range(40):
        doc.add_paragraph(f"第{n + 1}条：各党小组按时参加，带好笔记本。" * 3)
    path = tmp_path / "made.docx"
    doc.save(str(path))
    return path.read_bytes()


def _real_pdf(tmp_path: Path) -> bytes:
    """A PDF with a text layer made here (reportlab), several pages long."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "made.pdf"
    c = canvas.Canvas(str(path))
    for page in range(4):
        for line in range(40):
            c.drawString(40, 800 - 18 * line, f"page {page + 1} line {line + 1} party member development flow")
        c.showPage()
    c.save()
    return path.read_bytes()


def test_truncated_docx(tmp_path):
    data = _real_docx(tmp_path)
    path = tmp_path / "通知.docx"
    path.write_bytes(data[: len(data) // 2])
    assert failure(tmp_path, path).reason == REASON_CORRUPT


def test_docx_with_garbage_member(tmp_path):
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<not xml")
    assert failure(tmp_path, path).reason == REASON_CORRUPT


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_pdf(tmp_path, keep):
    data = _real_pdf(tmp_path)
    path = tmp_path / "流程图.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    assert failure(tmp_path, path).reason == REASON_CORRUPT


def test_garbage_with_pdf_name(tmp_path):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(os.urandom(4096))
    assert failure(tmp_path, path).reason == REASON_CORRUPT


def test_pdf_header_only(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    assert failure(tmp_path, path).reason == REASON_CORRUPT


def test_truncated_image(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "blue").save(buffer, "PNG")
    path = tmp_path / "photo.png"
    path.write_bytes(buffer.getvalue()[:80])
    assert failure(tmp_path, path).reason == REASON_CORRUPT


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("党" * 100, encoding="utf-8")
    assert failure(tmp_path, path, Limits(max_file_bytes=50)).reason == REASON_TOO_LARGE


def test_text_cap(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("党建" * 10_000, encoding="utf-8")
    out = registry.extract_file(path, make_ctx(tmp_path, path, Limits(max_text_chars=1000)))
    assert len(out.text) == 1000 and out.warnings


def test_not_a_regular_file(tmp_path):
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    with pytest.raises(ExtractionFailed):
        registry.extract_file(folder, ExtractContext(Limits(), tmp_path, tmp_path, "0" * 64))


# --- unsupported --------------------------------------------------------------------------------------------


def exe_bytes() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200 + b"This program"


def test_exe_is_unsupported(tmp_path):
    path = tmp_path / "setup.exe"
    path.write_bytes(exe_bytes())
    assert failure(tmp_path, path).reason == REASON_UNSUPPORTED


def test_exe_named_txt_is_unsupported(tmp_path):
    path = tmp_path / "readme.txt"
    path.write_bytes(exe_bytes())
    assert failure(tmp_path, path).reason == REASON_UNSUPPORTED


def test_plain_zip_and_pptx_are_unsupported(tmp_path):
    path = tmp_path / "资料.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert failure(tmp_path, path).reason == REASON_UNSUPPORTED
    pptx = tmp_path / "汇报.pptx"
    with zipfile.ZipFile(pptx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("ppt/presentation.xml", "<p/>")
    assert failure(tmp_path, pptx).reason == REASON_UNSUPPORTED


# --- zip bombs ----------------------------------------------------------------------------------------------


def test_zip_with_too_many_members(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        for i in range(Limits().zip_max_members + 10):
            zf.writestr(f"word/media/{i}.txt", "")
    assert failure(tmp_path, path).reason == REASON_UNSAFE


def test_zip_with_huge_ratio(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (64 << 20))
    assert path.stat().st_size < 1 << 20
    assert failure(tmp_path, path).reason == REASON_UNSAFE


def test_zip_uncompressed_total_limit(tmp_path):
    path = tmp_path / "big.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", b"x" * 4096)
    with pytest.raises(ExtractionFailed) as info:
        check_zip(path, Limits(zip_max_uncompressed_bytes=1000))
    assert info.value.reason == REASON_UNSAFE


def test_xml_entities_are_not_expanded(tmp_path):
    assert xml_parsers_are_safe()
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>')
    source = tmp_path / "ok.docx"
    import docx

    docx.Document().save(str(source))
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = laughs.encode() if item.filename == "word/document.xml" else zin.read(item.filename)
            zout.writestr(item, data)
    with pytest.raises(ExtractionFailed) as info:  # a part declaring entities is refused outright, before any parse
        registry.extract_file(path, make_ctx(tmp_path, path))
    assert info.value.reason == REASON_UNSAFE


# --- encryption ---------------------------------------------------------------------------------------------


def rename_ole_stream(source: Path, target: Path, old: str, new: str) -> None:
    """Copy an OLE file, renaming one directory entry (the CFB tree order is not checked by readers)."""
    data = bytearray(source.read_bytes())
    old_field = old.encode("utf-16-le")
    at = data.find(old_field + b"\x00\x00")
    assert at > 0
    name_field = new.encode("utf-16-le") + b"\x00\x00"
    assert len(name_field) <= 64
    data[at:at + 64] = name_field.ljust(64, b"\x00")
    struct.pack_into("<H", data, at + 64, len(name_field))
    target.write_bytes(bytes(data))


def test_password_protected_office_file(tmp_path):
    """A password-protected .docx/.xlsx is an OLE container holding an EncryptedPackage stream."""
    path = tmp_path / "党费台帐（加密）.xlsx"
    rename_ole_stream(corpus_file("real-office", "签到表.xls"), path, "Workbook", "EncryptedPackage")
    with olefile.OleFileIO(str(path)) as ole:
        assert ole.exists("EncryptedPackage")
    assert failure(tmp_path, path).reason == REASON_ENCRYPTED
    as_docx = tmp_path / "会议记录.docx"
    shutil.copyfile(path, as_docx)
    assert failure(tmp_path, as_docx).reason == REASON_ENCRYPTED


def test_encrypted_doc_fib_flag(tmp_path, monkeypatch):
    path = tmp_path / "会议记录.doc"
    shutil.copyfile(corpus_file("real-office", "会议记录.doc"), path)
    assert not doc_is_encrypted(path)
    with olefile.OleFileIO(str(path)) as ole:
        entry = ole.direntries[ole._find("WordDocument")]
        sector_size = ole.sectorsize
        start = entry.isectStart
    data = bytearray(path.read_bytes())
    offset = (start + 1) * sector_size + 0x0A
    flags = struct.unpack_from("<H", data, offset)[0]
    struct.pack_into("<H", data, offset, flags | 0x0100)
    path.write_bytes(bytes(data))
    assert doc_is_encrypted(path)
    monkeypatch.setenv(SOFFICE_ENV, "")  # refused before LibreOffice is even looked for
    assert failure(tmp_path, path).reason == REASON_ENCRYPTED


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "加密.pdf"
    shutil.copyfile(corpus_file("pypdf-resources", "encryption_r4-aes-user-password.pdf"), path)
    assert failure(tmp_path, path).reason == REASON_ENCRYPTED


# --- image bombs --------------------------------------------------------------------------------------------


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width × height pixels (the data is a stub)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b"")


def test_image_declaring_huge_dimensions(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_declaring(100_000, 100_000))
    assert path.stat().st_size < 200
    assert failure(tmp_path, path).reason == REASON_UNSAFE


@pytest.mark.parametrize("max_pixels", [6_000, 1_000])  # warning zone (> max) and error zone (> 2 × max)
def test_image_above_lowered_pixel_limit(tmp_path, max_pixels):
    path = tmp_path / "photo.png"
    Image.new("RGB", (100, 100), "white").save(path)
    assert failure(tmp_path, path, Limits(max_image_pixels=max_pixels)).reason == REASON_UNSAFE
    assert Image.MAX_IMAGE_PIXELS != max_pixels  # the global is restored afterwards


def test_pdf_with_oversized_page_image_keeps_the_rest(tmp_path):
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (200, 200), "white").save(path, "PDF")
    ctx = make_ctx(tmp_path, path, Limits(max_image_pixels=1_000))
    ctx.ocr = True
    out = registry.extract_file(path, ctx)
    assert out.pages == 1 and out.ocr_pages == []
    assert any("上限" in w for w in out.warnings)


# --- LibreOffice timeout ------------------------------------------------------------------------------------


def test_soffice_timeout_kills_the_process_group(tmp_path, monkeypatch):
    marker = tmp_path / "child.pid"
    finished = tmp_path / "grandchild-finished"  # written only if the grandchild lives out its sleep
    fake = tmp_path / "fake-soffice"
    fake.write_text(f"#!/bin/sh\n(sleep 600; touch {finished}) &\necho $! > {marker}\nwait\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(fake))
    path = tmp_path / "会议记录.doc"
    shutil.copyfile(corpus_file("real-office", "会议记录.doc"), path)
    # 5 s: time enough on a loaded machine for the fake to start its grandchild and write the marker before the kill
    reason = failure(tmp_path, path, Limits(soffice_timeout_seconds=5)).reason
    assert reason == REASON_TIMEOUT
    assert not finished.exists()  # nobody waited for the grandchild: it was killed, not left to finish
    child = int(marker.read_text().strip())
    deadline = time.monotonic() + 30  # SIGKILL is sent; its delivery on a busy machine is polled, not slept on
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child), "the grandchild of the timed-out soffice survived"


def _alive(pid: int) -> bool:
    """The process runs (a zombie, killed but not yet reaped, counts as dead)."""
    try:
        os.kill(pid, 0)
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def test_soffice_failure_is_corrupt(tmp_path, monkeypatch):
    fake = tmp_path / "fake-soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(fake))
    path = tmp_path / "坏.doc"
    shutil.copyfile(corpus_file("real-office", "会议记录.doc"), path)
    exc = failure(tmp_path, path)
    assert exc.reason == REASON_CORRUPT and "could not be loaded" in exc.detail
