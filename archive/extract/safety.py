"""Checks run before a parser library touches an untrusted file, within the limits of limits.Limits (each
overridable under [limits] in taizhang.toml).

- ZIP containers (.docx/.xlsx): member count, total uncompressed size and compression ratio are checked from the
  central directory before python-docx/openpyxl open the file (`check_zip`; the same limits before a .zip sent to
  the page is unpacked, `check_zip_limits`).
- OLE containers: a password-protected .docx/.xlsx is an OLE file holding an "EncryptedPackage" stream
  (`ole_encrypted_package`); an encrypted Word 97 .doc sets fEncrypted in its FIB (`doc_is_encrypted`).
- Pillow: `image_guard` sets `Image.MAX_IMAGE_PIXELS` from the limits and turns `DecompressionBombWarning` into
  an error, so an image that declares huge dimensions is refused before its pixels are decoded.

XML entities: every XML part of a .docx/.xlsx is read up to its root element first (`check_xml_parts`, called by
`check_zip`): a part that declares a DOCTYPE or an entity (XXE, billion laughs) is refused as REASON_UNSAFE before
any parser sees it; an OOXML part never needs one. Besides, neither parser resolves entities:
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
from archive.limits import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE_STREAM = "EncryptedPackage"
WORD_STREAM = "WordDocument"
FIB_FLAGS_OFFSET = 0x0A  # FibBase: wIdent, nFib, unused, lid, pnNext, then the flags word
FIB_ENCRYPTED_BIT = 0x0100  # fEncrypted
MIN_RATIO_CHECK_BYTES = 1 << 20  # tiny members may compress extremely well (runs of spaces); only judge big ones
# XML parts of an OOXML package; each one's prolog (everything before the root element) is read.
XML_PART_SUFFIXES = (".xml", ".rels", ".vml")
# A prolog longer than this (comments/PIs before the root element) is itself refused: OOXML prologs are one line.
XML_PROLOG_MAX_BYTES = 64 * 1024
XML_READ_CHUNK = 4096
_DTD_MARKERS = ("<!DOCTYPE", "<!ENTITY")


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse an OOXML package (a ZIP) that is too big or bomb-like (`check_zip_limits`) or whose XML parts
    declare a DOCTYPE or entities (`check_xml_parts`)."""
    check_zip_limits(path, limits)
    check_xml_parts(path)


def check_zip_limits(path: Path, limits: Limits) -> None:
    """Refuse a ZIP whose central directory promises too many members, too many bytes or a bomb-like ratio (also
    for a .zip of a folder sent to the page, before it is unpacked)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"压缩包结构无法读取（{type(exc).__name__}）") from exc
    if len(infos) > limits.zip_max_members:
        raise ExtractionFailed(REASON_UNSAFE, f"压缩包内有 {len(infos)} 个成员，超过上限 {limits.zip_max_members}，疑似压缩炸弹")
    total = 0
    total_compressed = 0
    for info in infos:
        total += info.file_size
        total_compressed += info.compress_size
        if info.file_size >= MIN_RATIO_CHECK_BYTES and info.file_size > limits.zip_max_ratio * max(info.compress_size, 1):
            raise ExtractionFailed(
                REASON_UNSAFE,
                f"成员「{info.filename}」压缩比约 {info.file_size // max(info.compress_size, 1)} 倍，超过上限 {limits.zip_max_ratio}，疑似压缩炸弹")
    if total > limits.zip_max_uncompressed_bytes:
        raise ExtractionFailed(
            REASON_UNSAFE, f"解压后共 {total} 字节，超过上限 {limits.zip_max_uncompressed_bytes} 字节，疑似压缩炸弹")
    if total >= MIN_RATIO_CHECK_BYTES and total > limits.zip_max_ratio * max(total_compressed, 1):
        raise ExtractionFailed(
            REASON_UNSAFE, f"整体压缩比约 {total // max(total_compressed, 1)} 倍，超过上限 {limits.zip_max_ratio}，疑似压缩炸弹")


def _decode_prolog(data: bytes) -> str:
    """The bytes of an XML head as text, whatever its encoding (UTF-8, UTF-16 with or without BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data[:2] == b"<\x00":
        return data.decode("utf-16-le", errors="replace")
    if data[:2] == b"\x00<":
        return data.decode("utf-16-be", errors="replace")
    return data.decode("utf-8", errors="replace")


def xml_prolog(stream, max_bytes: int = XML_PROLOG_MAX_BYTES) -> tuple[str, bool]:
    """(text before the root element, False when max_bytes went by without reaching it) of an XML stream.
    A part that ends before any root element is returned whole (its parser will call it broken)."""
    data = b""
    while len(data) < max_bytes:
        chunk = stream.read(XML_READ_CHUNK)
        if not chunk:
            return _decode_prolog(data), True
        data += chunk
        text = _decode_prolog(data)
        at = _root_start(text)
        if at >= 0:
            return text[:at], True
    return _decode_prolog(data), False


def _root_start(text: str) -> int:
    """Offset of the root element's "<" (after the declaration, comments, PIs and any <!DOCTYPE …>); -1 if unseen."""
    i = 0
    while True:
        i = text.find("<", i)
        if i < 0 or i + 1 >= len(text):
            return -1
        if text.startswith("<?", i):
            end = text.find("?>", i)
        elif text.startswith("<!--", i):
            end = text.find("-->", i)
        elif text.startswith("<!", i):
            end = i  # a declaration: it stays in the prolog; look past its "<!"
        else:
            return i
        if end < 0:
            return -1
        i = end + 2


def check_xml_parts(path: Path) -> None:
    """Refuse an OOXML package whose XML parts declare a DOCTYPE or entities (XXE, entity expansion)."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.is_dir() or not info.filename.lower().endswith(XML_PART_SUFFIXES):
                    continue
                with zf.open(info) as member:
                    prolog, reached = xml_prolog(member)
                upper = prolog.upper()
                if any(marker in upper for marker in _DTD_MARKERS):
                    raise ExtractionFailed(
                        REASON_UNSAFE, f"部件「{info.filename}」声明了 DOCTYPE 或实体（可能是外部实体或实体膨胀攻击），拒绝读取")
                if not reached:
                    raise ExtractionFailed(
                        REASON_UNSAFE, f"部件「{info.filename}」的 XML 开头超过 {XML_PROLOG_MAX_BYTES} 字节仍无根元素，拒绝读取")
    except ExtractionFailed:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"压缩包成员无法读取（{type(exc).__name__}）") from exc


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
