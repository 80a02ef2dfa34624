"""Hostile evidence made by code: bombs, entity tricks, broken containers and PDFs, odd names, special files.

`build_hostile(dest, secret_file)` writes an evidence folder and returns one `Case` per file with the Chinese reason
word ingest must record (None = a legitimate file with an odd name that must be read and found like any other).
Nothing is downloaded; the only outside input is a real Word 97 file from the shared corpora for the OLE case.
"""

from __future__ import annotations

import io
import os
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

# ../shared beside the checkout, or TAIZHANG_TEST_SHARED (as tests/conftest.py SHARED): the OLE case is built from it
CORPUS_DOC_PARTS = ("real-office", "会议记录.doc")
CORPUS_DOC = Path(os.environ.get("TAIZHANG_TEST_SHARED") or Path(__file__).resolve().parents[3] / "shared").joinpath(
    "corpora", *CORPUS_DOC_PARTS)
OLE_CASE = "加密/其实是OLE.docx"  # made only when CORPUS_DOC is on this machine
BOMB_BYTES = 1 << 30  # 1 GiB inflated …
BOMB_CHUNK = 1 << 20  # … from 1024 identical deflate blocks of 1 MiB of zeros (~1 MB on disk)
MANY_MEMBERS = 100_000
DEEP_NESTING = 50_000
SECRET_WORD = "绝密外部实体内容XXE"  # the text of the local file an external entity points at


@dataclass
class Case:
    rel: str  # path relative to the evidence folder, '/' separated
    what: str  # Chinese description of the hostile input
    reason: str | None  # the reason word ingest must record; None = must be read normally
    searchable: str | None = None  # a word a readable case must be found by
    regular: bool = True  # a regular file whose bytes must stay unchanged


# ------------------------------------------------------------------------------------------------- zip writer


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """Write a ZIP of (name, raw deflate data, crc32, inflated size) members: lets a member hold pre-made blocks."""
    out = io.BytesIO()
    central = []
    for name, raw, crc, size in members:
        encoded = name.encode("utf-8")
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(raw), size,
                              len(encoded), 0) + encoded)
        out.write(raw)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc, len(raw), size,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for entry in central:
        out.write(entry)
    count = len(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count & 0xFFFF, count & 0xFFFF, out.tell() - start, start,
                          0))
    path.write_bytes(out.getvalue())


def _member(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    return name, _deflate(data), zlib.crc32(data), len(data)


def _bomb_member(name: str) -> tuple[str, bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(BOMB_CHUNK)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)  # after a full flush the next block is byte-identical
    count = BOMB_BYTES // BOMB_CHUNK
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    return name, block * count + c.flush(), crc, BOMB_BYTES


def _office_parts(kind: str, body_xml: str | None = None) -> list[tuple[str, bytes]]:
    """The parts of a minimal valid .docx or .xlsx, made with python-docx / openpyxl."""
    buf = io.BytesIO()
    if kind == "docx":
        import docx

        d = docx.Document()
        d.add_paragraph("正常段落")
        d.save(buf)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active["A1"] = "正常单元格"
        wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        parts = [(n, zf.read(n)) for n in zf.namelist()]
    if body_xml is not None:
        target = "word/document.xml" if kind == "docx" else "xl/sharedStrings.xml"
        parts = [(n, body_xml.encode("utf-8") if n == target else data) for n, data in parts]
        if target not in dict(parts):
            parts.append((target, body_xml.encode("utf-8")))
    return parts


def _office(path: Path, kind: str, body_xml: str | None = None, extra: list | None = None) -> None:
    members = [_member(n, d) for n, d in _office_parts(kind, body_xml)]
    _zip(path, members + (extra or []))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _laughs(root: str) -> str:
    ents = '<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return f'<?xml version="1.0"?><!DOCTYPE {root} [{ents}]>'


def _external(root: str, secret: Path) -> str:
    return f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'


def _docx_body(prolog: str, entity: str) -> str:
    return (f'{prolog}<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>外部实体&{entity};</w:t></w:r></w:p>'
            '</w:body></w:document>')


def _xlsx_strings(prolog: str, entity: str) -> str:
    return f'{prolog}<sst xmlns="{S_NS}" count="1" uniqueCount="1"><si><t>&{entity};</t></si></sst>'


# ------------------------------------------------------------------------------------------------------- PDFs


def _pdf(objects: list[bytes], trailer_extra: bytes = b"", xref_prev_self: bool = False) -> bytes:
    """A PDF from object bodies (numbered from 1; object 1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    prev = b" /Prev %d" % xref if xref_prev_self else b""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s%s >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, prev, trailer_extra, xref))
    return out.getvalue()


def _page_objects(content: bytes, catalog_extra: bytes = b"", length: bytes | None = None) -> list[bytes]:
    declared = length if length is not None else str(len(content)).encode()
    return [
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + declared + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


TEXT_STREAM = b"BT /F1 24 Tf 72 700 Td (HOSTILE PDF TEXT) Tj ET"


def _encrypted_pdf(path: Path, user_password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(_page_objects(TEXT_STREAM)))))
    writer.encrypt(user_password=user_password, owner_password="owner-pw", algorithm="AES-128")
    with open(path, "wb") as fh:
        writer.write(fh)


# ----------------------------------------------------------------------------------------------------- images


def _png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) \
        + chunk(b"IEND", b"")


def _image_bytes(fmt: str) -> bytes:
    from PIL import Image

    img = Image.effect_noise((640, 480), 60).convert("RGB")
    buf = io.BytesIO()
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    img.save(buf, format=fmt)
    return buf.getvalue()


def _ole_encrypted(target: Path) -> None:
    """A real Word 97 file whose WordDocument stream is renamed EncryptedPackage: what Office writes for a
    password-protected .docx (an OLE container, not a ZIP)."""
    data = bytearray(CORPUS_DOC.read_bytes())
    old = "WordDocument".encode("utf-16-le") + b"\x00\x00"
    at = data.find(old)
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    data[at:at + 64] = name.ljust(64, b"\x00")
    struct.pack_into("<H", data, at + 64, len(name))
    target.write_bytes(bytes(data))


# ---------------------------------------------------------------------------------------------------- builder


def build_hostile(dest: Path, secret_file: Path) -> list[Case]:
    """Write the hostile evidence folder `dest` (created); `secret_file` (outside `dest`) is the external entity's
    target and is written here with SECRET_WORD."""
    dest.mkdir(parents=True, exist_ok=True)
    secret_file.write_text(SECRET_WORD, encoding="utf-8")
    cases: list[Case] = []

    def add(rel: str, what: str, reason: str | None, data: bytes | None = None, **kw) -> Path:
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is not None:
            path.write_bytes(data)
        cases.append(Case(rel, what, reason, **kw))
        return path

    # --- ZIP containers
    _office(add("炸弹/压缩炸弹.docx", "1 GB 的零字节压缩成约 1 MB 放进 Word 文档", "不安全的文件"), "docx",
            extra=[_bomb_member("word/media/image1.png")])
    _office(add("炸弹/压缩炸弹.xlsx", "1 GB 的零字节压缩成约 1 MB 放进 Excel 工作簿", "不安全的文件"), "xlsx",
            extra=[_bomb_member("xl/media/image1.png")])
    empty = _member("x", b"")
    _office(add("炸弹/十万个成员.docx", "压缩包内有 10 万个成员的 Word 文档", "不安全的文件"), "docx",
            extra=[(f"customXml/item{i}.xml", *empty[1:]) for i in range(MANY_MEMBERS)])
    _office(add("实体/实体膨胀.docx", "DOCTYPE 中的实体层层展开（billion laughs）", "不安全的文件"), "docx",
            _docx_body(_laughs("w:document"), "j"))
    _office(add("实体/外部实体.docx", "外部实体指向本机文件（XXE）", "不安全的文件"), "docx",
            _docx_body(_external("w:document", secret_file), "xxe"))
    _office(add("实体/外部实体.xlsx", "共享字符串中的外部实体指向本机文件", "不安全的文件"), "xlsx",
            _xlsx_strings(_external("sst", secret_file), "xxe"))
    _office(add("实体/实体膨胀.xlsx", "共享字符串中的实体膨胀", "不安全的文件"), "xlsx",
            _xlsx_strings(_laughs("sst"), "j"))
    whole = io.BytesIO()
    import docx

    doc = docx.Document()
    doc.add_paragraph("截断的文档")
    doc.save(whole)
    add("损坏/截断.docx", "只剩前一半的 Word 文档", "损坏", whole.getvalue()[: len(whole.getvalue()) // 2])
    if CORPUS_DOC.is_file():  # a fresh clone has no ../shared: the other cases still run
        _ole_encrypted(add(OLE_CASE, "扩展名是 .docx、内容是设置了打开密码的 OLE 复合文档", "加密"))

    # --- PDFs
    add("PDF/循环交叉引用.pdf", "交叉引用表的 /Prev 指向自己", None,
        _pdf(_page_objects(TEXT_STREAM), xref_prev_self=True), searchable="HOSTILE")
    outline = _page_objects(TEXT_STREAM, b" /Outlines 6 0 R")
    outline += [b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
                b"<< /Title (loop) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R /Dest [3 0 R /Fit] >>"]
    add("PDF/循环书签.pdf", "书签的 /Next 与 /First 指回自己", None, _pdf(outline), searchable="HOSTILE")
    add("PDF/超大长度.pdf", "内容流声明长度 /Length 为 99999999999", None,
        _pdf(_page_objects(TEXT_STREAM, length=b"99999999999")))  # read (without text): no allocation, no failure
    nested = _page_objects(TEXT_STREAM, b" /Deep " + b"[" * DEEP_NESTING + b"]" * DEEP_NESTING)
    add("PDF/深层嵌套.pdf", f"目录对象中嵌套 {DEEP_NESTING} 层数组", "损坏", _pdf(nested))
    data = _pdf(_page_objects(zlib.compress(TEXT_STREAM * 50)[:-40], length=b"9000"))
    add("PDF/截断的流.pdf", "压缩内容流被截断", "损坏", data[: data.rfind(b"endstream") - 1])
    _encrypted_pdf(add("PDF/加密有密码.pdf", "设置了打开密码的 PDF", "加密"), "user-pw")
    _encrypted_pdf(add("PDF/加密空密码.pdf", "加密但打开密码为空的 PDF（应能读出）", None), "")
    cases[-1].searchable = "HOSTILE"

    # --- images
    add("图片/像素炸弹.png", "PNG 声明 100000×100000 像素", "不安全的文件", _png_declaring(100_000, 100_000))
    for fmt, suffix in (("JPEG", "jpg"), ("PNG", "png"), ("HEIF", "heic")):
        good = _image_bytes(fmt)
        add(f"图片/截断.{suffix}", f"只剩前三分之一的 {fmt} 图片", "损坏", good[: len(good) // 3])

    # --- names and special files
    add("名字/会议记录..docx", "文件名含 ..", None, _docx_bytes("名字含两点的会议记录 点点材料"), searchable="点点材料")
    add("名字/..中/通知.txt", "文件夹名以 .. 开头（隐藏文件夹，不读）", None, "隐藏文件夹中的通知".encode())
    cases.pop()  # a dot-folder is hidden: never scanned, never reported (it is not evidence)
    long_name = "关于" + "社区党建工作" * 13 + "的通知.txt"  # 84 characters, 252 bytes: the longest a name may be
    add(f"名字/{long_name}", "文件名长达 84 个汉字（252 字节）", None, "超长文件名材料".encode(),
        searchable="超长文件名材料")
    odd = "\u202e怪名\u200b字符\u3000😀" + unicodedata.normalize("NFD", "é") + "ｆｕｌｌ.txt"
    add(f"名字/{odd}", "文件名含从右到左控制符、零宽空格、表情和组合字符", None, "怪名字符材料".encode(),
        searchable="怪名字符材料")
    gbk = os.fsdecode("名字/".encode() + "旧电脑拷来的通知".encode("gbk") + b".txt")
    add(gbk, "文件名是 GBK 编码（不是 UTF-8）：无法存入目录，请用户改名", "文件名编码无效", "国标编码文件名材料".encode())
    add("空/零字节.docx", "0 字节的文件", "空文件", b"")
    link = add("链接/指向外面.txt", "符号链接指向档案目录之外的文件", "链接指向档案目录之外", regular=False)
    link.symlink_to(secret_file)
    fifo = add("特殊/管道", "命名管道（FIFO）", "不是普通文件", regular=False)
    os.mkfifo(fifo)

    # --- ordinary files: the batch must go on and read them
    add("正常/支部委员会会议记录.docx", "正常的会议记录", None, _docx_bytes("支部委员会会议记录 正常材料甲"),
        searchable="正常材料甲")
    add("正常/党费说明.txt", "正常的文本", None, "党费收缴说明 正常材料乙".encode(), searchable="正常材料乙")
    return cases


def _docx_bytes(text: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
