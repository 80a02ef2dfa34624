"""Checks run before a parser library touches an untrusted file (DESIGN.md §7).

- ZIP containers (.docx/.xlsx): member count, total uncompressed size and compression ratio are checked from the
  central directory before python-docx/openpyxl open the file (`check_zip`).
- OLE containers: a password-protected .docx/.xlsx is an OLE file holding an "EncryptedPackage" stream
  (`ole_encrypted_package`); an encrypted Word 97 .doc sets fEncrypted in its FIB (`doc_is_encrypted`).
- Pillow: `image_guard` sets `Image.MAX_IMAGE_PIXELS` from the limits and turns `DecompressionBombWarning` into
  an error, so an image that declares huge dimensions is refused before its pixels are decoded.

XML entities: neither parser resolves them.
- python-docx parses every part with `docx.oxml.parser.oxml_parser`, an lxml `XMLParser(resolve_entities=False)`;
  lxml's defaults also forbid network access and refuse huge trees (libxml2's billion-laughs limits stay on).
- openpyxl switches to defusedxml when it is importable (`openpyxl.xml.DEFUSEDXML`; defusedxml is a dependency),
  which rejects DTDs with entity declarations and external references.
`xml_parsers_are_safe()` reports both settings so a test can pin them.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import olefile
from PIL import Image

from archive.extract.base import REASON_CORRUPT, REASON_ENCRYPTED, REASON_UNSAFE, ExtractionFailed
from archive.workspace import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE_STREAM = "EncryptedPackage"
WORD_STREAM = "WordDocument"
FIB_FLAGS_OFFSET = 0x0A  # FibBase: wIdent, nFib, unused, lid, pnNext, then the flags word
FIB_ENCRYPTED_BIT = 0x0100  # fEncrypted
MIN_RATIO_CHECK_BYTES = 1 << 20  # tiny members may compress extremely well (runs of spaces); only judge big ones


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a ZIP whose central directory promises too many members, too many bytes or a bomb-like ratio."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"压缩包结构无法读取（{type(exc).__name__}）") from exc
    if len(infos) > limits.zip_max_members:
        raise ExtractionFailed(REASON_UNSAFE, f"压缩包内有 {len(infos)} 个成员，超过上限 {limits.zip_max_members}")
    total = 0
    total_compressed = 0
    for info in infos:
        total += info.file_size
        total_compressed += info.compress_size
        if info.file_size >= MIN_RATIO_CHECK_BYTES and info.file_size > limits.zip_max_ratio * max(info.compress_size, 1):
            raise ExtractionFailed(
                REASON_UNSAFE,
                f"成员「{info.filename}」压缩比约 {info.file_size // max(info.compress_size, 1)} 倍，超过上限 {limits.zip_max_ratio}")
    if total > limits.zip_max_uncompressed_bytes:
        raise ExtractionFailed(
            REASON_UNSAFE, f"解压后共 {total} 字节，超过上限 {limits.zip_max_uncompressed_bytes} 字节")
    if total >= MIN_RATIO_CHECK_BYTES and total > limits.zip_max_ratio * max(total_compressed, 1):
        raise ExtractionFailed(
            REASON_UNSAFE, f"整体压缩比约 {total // max(total_compressed, 1)} 倍，超过上限 {limits.zip_max_ratio}")


def is_ole(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(OLE_MAGIC)) == OLE_MAGIC


def ole_stream_names(path: Path) -> set[str]:
    """Top-level and nested stream names of an OLE compound file, e.g. {"WordDocument", "1Table"}."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}
    except Exception as exc:  # olefile raises many kinds on garbage
        raise ExtractionFailed(REASON_CORRUPT, f"OLE 复合文档结构无法读取（{type(exc).__name__}）") from exc


def ole_encrypted_package(names: set[str]) -> bool:
    """A password-protected .docx/.xlsx/.pptx is an OLE file with an EncryptedPackage stream."""
    return ENCRYPTED_PACKAGE_STREAM in names


def check_not_encrypted_package(path: Path) -> None:
    if is_ole(path) and ole_encrypted_package(ole_stream_names(path)):
        raise ExtractionFailed(REASON_ENCRYPTED, "文件设置了打开密码")


def doc_is_encrypted(path: Path) -> bool:
    """Whether a Word 97–2003 (.doc/.wps) file has fEncrypted set in its File Information Block."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists(WORD_STREAM):
                return False
            with ole.openstream(WORD_STREAM) as stream:
                head = stream.read(FIB_FLAGS_OFFSET + 2)
    except Exception:  # unreadable OLE: let the converter report it
        return False
    if len(head) < FIB_FLAGS_OFFSET + 2:
        return False
    flags = int.from_bytes(head[FIB_FLAGS_OFFSET:FIB_FLAGS_OFFSET + 2], "little")
    return bool(flags & FIB_ENCRYPTED_BIT)


@contextmanager
def image_guard(limits: Limits) -> Iterator[None]:
    """Within the block, Pillow refuses images above limits.max_image_pixels (→ REASON_UNSAFE)."""
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = int(limits.max_image_pixels)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                yield
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
                raise ExtractionFailed(
                    REASON_UNSAFE, f"图片声明的像素数超过上限 {int(limits.max_image_pixels)}（疑似解压炸弹）") from exc
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def xml_parsers_are_safe() -> bool:
    """True when python-docx's lxml parser does not resolve entities and openpyxl uses defusedxml."""
    from docx.oxml.parser import oxml_parser
    from lxml import etree
    from openpyxl.xml import DEFUSEDXML

    # lxml does not expose resolve_entities after construction: probe by parsing.
    probe = b'<!DOCTYPE d [<!ENTITY e "EXPANDED">]><d>&e;</d>'
    root = etree.fromstring(probe, oxml_parser)
    return "EXPANDED" not in (root.text or "") and bool(DEFUSEDXML)
