"""The 电子台帐 as a printed binder: every page after the cover carries the page number the 目录 gives; text and
.csv files read as ingest reads them (a UTF-8-BOM or GBK .csv is Chinese, drawn as a table); no English or
temporary-name header or footer anywhere; a file longer than the page cap gives its first pages and a note saying
what was left out and where the original is; wide sheets fitted to the page width; photos captioned with date, kind
and title. Each test opens the written PDF and reads its pages."""

from __future__ import annotations

import hashlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import docx
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reports_fixture import make_status

from archive.errors import ConfigError
from archive.generators import write_binder
from archive.generators.sheets import fit_sheet_xml
from archive.pipelines.ingest import ingest
from archive.workspace import init_workspace, open_workspace

HAS_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
NEEDS_SOFFICE = pytest.mark.skipif(not HAS_SOFFICE, reason="未安装 LibreOffice（soffice），无法转换 Word/Excel")

BOM_CSV = "2025年党建资料/为民办实事/为民办实事项目台账.csv"
GBK_CSV = "2025年党建资料/志愿服务/志愿服务登记.csv"
TAB_TXT = "2025年党建资料/志愿服务/党员志愿服务登记.txt"
LONG_PDF = "2025年党建资料/学习资料/理论学习资料汇编.pdf"
TURNED_PDF = "扫描件/横向扫描件.pdf"
PHOTO = "2025年党建资料/活动照片/IMG_20250312_093015.jpg"
NAMED_PHOTO = "2025年党建资料/活动照片/主题党日参观烈士陵园合影.jpg"
WIDE_XLSX = "2025年党建资料/党员管理/党员花名册2025.xlsx"
MINUTES = "2025年党建资料/三会一课/2025年3月支委会会议记录.docx"
EVIDENCE = {"8": [WIDE_XLSX, MINUTES], "9": [LONG_PDF], "13": [GBK_CSV, TAB_TXT], "27": [BOM_CSV],
            "20": [PHOTO, NAMED_PHOTO], "18": [TURNED_PDF]}
ROSTER_HEADERS = ["序号", "姓名", "性别", "民族", "籍贯", "出生年月", "学历", "入党时间", "转正时间", "工作单位",
                  "职务", "人员类别", "联系电话", "家庭住址", "备注"]
LONG_PAGES = 30


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _long_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    f = _font()
    c = canvas.Canvas(str(path))
    for n in range(1, LONG_PAGES + 1):
        c.setFont(f, 16)
        c.drawString(72, 760, f"理论学习资料汇编　正文第{n}页")
        c.showPage()
    c.save()


def _turned_pdf(path: Path) -> None:
    """A portrait page written sideways and shown turned by /Rotate 90 (what a scanner does with a landscape sheet)."""
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path))
    c.setFont(_font(), 16)
    c.drawString(72, 760, "联席会议成员单位一览表（横向）")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=str(path))
    writer.pages[0].rotate(90)
    writer.write(str(path))


def _photo(path: Path, exif_date: str | None) -> None:
    im = Image.new("RGB", (1200, 900), (235, 230, 220))
    ImageDraw.Draw(im).ellipse((400, 300, 800, 700), fill=(200, 40, 40))
    exif = Image.Exif()
    if exif_date:
        exif.get_ifd(0x8769)[36867] = exif_date
    im.save(path, "JPEG", quality=85, exif=exif)


def _roster(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(ROSTER_HEADERS)
    for n in range(1, 41):
        ws.append([n, f"党员{n:02d}", "男" if n % 2 else "女", "汉族", "浙江杭州", f"1970.{n % 12 + 1:02d}", "大学本科",
                   f"1995.{n % 12 + 1:02d}", f"1996.{n % 12 + 1:02d}", "幸福里社区居民委员会", "党员", "在职",
                   f"139****{n:04d}", f"幸福里小区{n}栋{n % 6 + 1}单元", f"第{n}行末"])
    for col in "ABCDEFGHIJKLMNO":
        ws.column_dimensions[col].width = 13
    wb.save(path)


def _build(root: Path):
    for rel in EVIDENCE.values():
        for p in rel:
            (root / p).parent.mkdir(parents=True, exist_ok=True)
    (root / BOM_CSV).write_bytes("\ufeff序号,项目名称,责任人,完成情况\n1,3号楼加装电梯,李建国,已完成\n"
                                 "2,老年助餐点,刘芳,每天供餐约60份\n合计：完成2件\n".encode())
    (root / GBK_CSV).write_bytes("日期,姓名,服务内容,时长（小时）\n2025-03-05,孙志强,学雷锋义务理发,3\n"
                                 "2025-04-26,冯建军,小区治安巡逻,4\n".encode("gbk"))
    (root / TAB_TXT).write_text("幸福里社区党员志愿服务登记（2025年）\n日期\t姓名\t服务内容\t时长(小时)\n"
                                "2025.03.12\t张伟\t植树护绿\t2\n2025.05.20\t林小燕\t税法进社区咨询登记\t3\n"
                                "2025.10.01\t黄建华\t国庆志愿巡逻\t4\n合计：3人次，9小时\n", encoding="utf-8")
    _long_pdf(root / LONG_PDF)
    _turned_pdf(root / TURNED_PDF)
    _photo(root / PHOTO, "2025:03:12 09:30:15")
    _photo(root / NAMED_PHOTO, None)
    _roster(root / WIDE_XLSX)
    d = docx.Document()
    for line in ["幸福里社区党支部支部委员会会议记录", "会议时间：2025年3月12日", "主持人：李建国", "议题：学习传达上级精神"]:
        d.add_paragraph(line)
    d.save(root / MINUTES)
    ws = init_workspace(root, rubric="seed000", org="幸福里社区党支部", year=2025)
    ingest(ws, ocr=False)
    return ws


def _outline(reader) -> list[tuple[str, int, int]]:
    out = []

    def walk(nodes, depth):
        for node in nodes:
            if isinstance(node, list):
                walk(node, depth + 1)
            else:
                out.append((node.title, reader.get_destination_page_number(node), depth))

    walk(reader.outline, 0)
    return out


def _file_page(reader, path: str) -> int:
    """0-based index of the first page of `path` (its bookmark names the file)."""
    name = Path(path).name
    return next(p for t, p, d in _outline(reader) if d == 2 and name in t)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    ws = _build(tmp_path_factory.mktemp("paper") / "档案")
    sha = hashlib.sha256((ws.root / WIDE_XLSX).read_bytes()).hexdigest()
    out = ws.root.parent / "电子台帐.pdf"
    result = write_binder(ws, out, make_status(EVIDENCE))
    reader = PdfReader(out)
    return ws, result, reader, [p.extract_text() or "" for p in reader.pages], sha


def test_every_page_after_the_cover_carries_the_number_the_toc_gives(built):
    ws, result, reader, texts, _ = built
    assert len(texts) == result.pages
    assert not re.search(r"—\s*1\s*—", texts[0])  # the cover is page 1 and unnumbered
    for i, text in enumerate(texts[1:], start=2):
        assert text.split()[-3:] == ["—", str(i), "—"], (i, text[-80:])
    toc_pages = [t for t in texts if t.startswith("台 帐 目 录")]
    toc_lines = [ln.strip() for t in toc_pages for ln in t.splitlines()]
    files = [(t, p) for t, p, d in _outline(reader) if d == 2]
    assert len(files) == sum(len(v) for v in EVIDENCE.values())
    for title, page in files:
        at = next(i for i, ln in enumerate(toc_lines) if ln.startswith(title[:12]))
        printed = int(toc_lines[at + 1])  # the number drawn after the title's dotted leader
        assert printed == page + 1, title
        assert texts[page].split()[-3:] == ["—", str(printed), "—"]  # the page the 目录 names says so at its foot


def _stamp_position(page) -> tuple[float, float]:
    """Where the page's number is drawn, in the page's own coordinates as displayed (x centre offset, y)."""
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if re.fullmatch(r"—\s*\d+\s*—", text.strip()):
            found.append((cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    assert found, "no page number drawn"
    return found[-1]


def test_the_number_is_at_the_foot_of_the_page_as_it_is_read(built):
    """Portrait, landscape (a fitted sheet) and a page shown turned by /Rotate: the number sits at the reader's
    foot, centred."""
    ws, result, reader, texts, _ = built
    turned = _file_page(reader, TURNED_PDF)
    assert reader.pages[turned].rotation % 360 == 0  # the turn moved into the content, the page is landscape
    for i in (1, turned, _file_page(reader, LONG_PDF)):
        page = reader.pages[i]
        x, y = _stamp_position(page)
        width = float(page.mediabox.width)
        assert y < 15 * 72 / 25.4 and width * 0.4 < x < width * 0.5, (i, x, y)
    assert float(reader.pages[turned].mediabox.width) > float(reader.pages[turned].mediabox.height)
    assert "联席会议成员单位一览表（横向）" in texts[turned]


def test_the_command_says_which_files_were_cut(built, cli_run, tmp_path):
    ws, result, reader, texts, _ = built
    import json

    saved = tmp_path / "status.json"
    saved.write_text(json.dumps(make_status(EVIDENCE), ensure_ascii=False), encoding="utf-8")
    code, out, err = cli_run("--archive", str(ws.root), "binder", "-o", str(tmp_path / "b.pdf"), "--status", str(saved))
    assert code == 0, err
    assert "其中 1 份超过 20 页，只装订了前 20 页" in out and f"{LONG_PDF}（共 30 页）" in out
    assert "[binder] max_pages_per_file" in out
    code, out, err = cli_run("--archive", str(ws.root), "binder", "-o", str(tmp_path / "c.pdf"), "--status",
                             str(saved), "--json")
    assert json.loads(out)["capped"] == [{"path": LONG_PDF, "pages": 30, "kept": 20}]


def test_no_english_or_temporary_names_in_any_header_or_footer(built):
    ws, result, reader, texts, _ = built
    for i, text in enumerate(texts, start=1):
        assert not re.search(r"\bPage\s*\d|\bf\d{5}\b|ï»¿|Sheet\d", text), (i, text[:120])


_LAYOUT_LINES: dict[int, tuple[object, list[str]]] = {}  # id(page) -> (the page, kept alive; its lines as laid out)


def _layout_lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's text as laid out, line by line: extracted once per page (a test looks for many rows on a page)."""
    got = _LAYOUT_LINES.get(id(page))
    if got is None or got[0] is not page:
        got = _LAYOUT_LINES[id(page)] = (page, page.extract_text(extraction_mode="layout").splitlines())
    return got[1]


def _row(page, *cells: str, between: str = r"\s*") -> bool:
    """The cells on one line of the page as laid out, in this order (side by side, unless `between` allows more)."""
    pattern = between.join(re.escape(c) for c in cells)
    return any(re.search(pattern, line) for line in _layout_lines(page))


def test_csv_with_a_bom_and_a_gbk_csv_are_read_as_chinese_tables(built):
    ws, result, reader, texts, _ = built
    at = _file_page(reader, BOM_CSV)
    assert texts[at].splitlines()[0] == "为民办实事项目台账"  # the running head is the document's title
    assert _row(reader.pages[at], "序号", "项目名称", "责任人", "完成情况")  # the header row, cells side by side
    assert _row(reader.pages[at], "1", "3号楼加装电梯", "李建国", "已完成")
    assert "合计：完成2件" in texts[at] and "," not in texts[at]
    at = _file_page(reader, GBK_CSV)
    assert _row(reader.pages[at], "日期", "姓名", "服务内容", "时长（小时）")
    assert _row(reader.pages[at], "2025-03-05", "孙志强", "学雷锋义务理发", "3")
    assert BOM_CSV not in result.as_text and GBK_CSV not in result.as_text


def test_a_text_typed_with_tabs_is_a_table_under_its_title(built):
    ws, result, reader, texts, _ = built
    at = _file_page(reader, TAB_TXT)
    assert _row(reader.pages[at], "日期", "姓名", "服务内容", "时长(小时)")
    assert _row(reader.pages[at], "2025.05.20", "林小燕", "税法进社区咨询登记", "3")
    assert texts[at].count("幸福里社区党员志愿服务登记（2025年）") == 1  # the page's head, not a table row
    assert "合计：3人次，9小时" in texts[at]


def test_a_thirty_page_pdf_gives_twenty_pages_and_a_note(built):
    ws, result, reader, texts, _ = built
    first = _file_page(reader, LONG_PDF)
    for n in range(20):
        assert f"正文第{n + 1}页" in texts[first + n]
    note = texts[first + 20]
    assert "以下从略" in note and "共 30 页" in note and "收录前 20 页" in note and "其余 10 页" in note
    assert "第 21—30 页" in note and LONG_PDF in note.replace("\n", "")
    assert "正文第21页" not in "".join(texts)
    assert result.capped == [{"path": LONG_PDF, "pages": 30, "kept": 20}]
    toc = "".join(t for t in texts if t.startswith("台 帐 目 录"))
    assert "（共30页，收录前20页）" in toc
    # the next file or divider starts right after the note, where the 目录 says
    after = sorted(p for _, p, _ in _outline(reader) if p > first)
    assert after[0] == first + 21


def test_the_page_cap_is_read_from_taizhang_toml(built, tmp_path):
    ws, result, reader, texts, _ = built
    toml = ws.config_path.read_text(encoding="utf-8")
    try:
        ws.config_path.write_text(toml + "\n[binder]\nmax_pages_per_file = 5\n", encoding="utf-8")
        five = write_binder(open_workspace(ws.root), tmp_path / "五页.pdf", make_status(EVIDENCE), item="9")
        assert five.pages == 1 + 1 + 1 + 5 + 1  # cover, 目录, divider, five pages, the note
        note = PdfReader(tmp_path / "五页.pdf").pages[-1].extract_text()
        assert "收录前 5 页" in note and "其余 25 页" in note
        ws.config_path.write_text(toml + "\n[binder]\nmax_pages_per_file = 0\n", encoding="utf-8")
        whole = write_binder(open_workspace(ws.root), tmp_path / "不限.pdf", make_status(EVIDENCE), item="9")
        assert whole.pages == 1 + 1 + 1 + 30 and whole.capped == []
        for bad in ("-1", '"二十"', "2.5"):
            ws.config_path.write_text(toml + f"\n[binder]\nmax_pages_per_file = {bad}\n", encoding="utf-8")
            with pytest.raises(ConfigError, match="max_pages_per_file"):
                write_binder(open_workspace(ws.root), tmp_path / "x.pdf", make_status(EVIDENCE), item="9")
        ws.config_path.write_text(toml + "\n[binder]\nmax_page = 5\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="未知设置项") as err:
            write_binder(open_workspace(ws.root), tmp_path / "x.pdf", make_status(EVIDENCE), item="9")
        assert "max_pages_per_file" in err.value.remedy
    finally:
        ws.config_path.write_text(toml, encoding="utf-8")


def test_photo_pages_are_captioned_with_date_kind_and_title(built):
    ws, result, reader, texts, _ = built
    camera = texts[_file_page(reader, PHOTO)].splitlines()
    # a camera's file name is no title: the folder it was filed in stands for it; the path is below, smaller
    assert camera[0] == "2025年3月12日　照片　活动照片"
    assert camera[1] == f"存放位置：{PHOTO}"
    named = texts[_file_page(reader, NAMED_PHOTO)].splitlines()
    # no date in the file or its name: said so, never the file's modification time; its own name is its title
    assert re.fullmatch(r"日期不详　照片(（主题党日）)?　主题党日参观烈士陵园合影", named[0]), named[0]


@NEEDS_SOFFICE
def test_a_wide_roster_is_fitted_to_the_page_width_and_the_original_left_alone(built):
    ws, result, reader, texts, sha = built
    first = _file_page(reader, WIDE_XLSX)
    pages = []
    for i in range(first, len(texts)):
        if "党员" not in texts[i] or texts[i].startswith(("党员干部队伍好",)):
            break
        pages.append(i)
    assert pages and WIDE_XLSX not in result.as_text
    for i in pages:
        box = reader.pages[i].mediabox
        assert float(box.width) > float(box.height)  # landscape
    for n in range(1, 41):  # every row whole: its first and its last cell on one page, one line
        assert any(_row(reader.pages[i], f"党员{n:02d}", "男" if n % 2 else "女", "汉族", f"第{n}行末", between=".*")
                   for i in pages), n
    assert _row(reader.pages[pages[0]], *ROSTER_HEADERS)
    assert hashlib.sha256((ws.root / WIDE_XLSX).read_bytes()).hexdigest() == sha


@NEEDS_SOFFICE
def test_word_pages_converted_by_libreoffice_are_numbered_too(built):
    ws, result, reader, texts, _ = built
    page = _file_page(reader, MINUTES)
    assert "主持人：李建国" in texts[page] and MINUTES not in result.as_text
    assert texts[page].split()[-3:] == ["—", str(page + 1), "—"]


def test_fitted_sheet_xml_keeps_the_schema_order():
    """The page setup goes where the worksheet schema puts it, in files with or without a namespace prefix,
    margins, a header or column breaks; the workbook's own header and footer are dropped."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    plain = (f'<worksheet xmlns="{main}"><sheetPr/><dimension ref="A1:Z3"/><sheetData/>'
             '<headerFooter><oddFooter>&amp;CPage &amp;P</oddFooter></headerFooter>'
             '<colBreaks count="1"><brk id="8" max="1048575" man="1"/></colBreaks><drawing r:id="rId1" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></worksheet>')
    prefixed = (f'<x:worksheet xmlns:x="{main}"><x:sheetData/><x:pageMargins left="0.7" right="0.7" top="0.75" '
                'bottom="0.75" header="0.3" footer="0.3"/><x:pageSetup orientation="portrait" r:id="rId2" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></x:worksheet>')
    order = ["sheetPr", "dimension", "sheetData", "pageMargins", "pageSetup", "drawing"]
    for xml, wide in ((plain, True), (prefixed, False)):
        root = ET.fromstring(fit_sheet_xml(xml))
        names = [el.tag.split("}")[1] for el in root]
        assert "headerFooter" not in names and "colBreaks" not in names
        assert [n for n in order if n in names] == [n for n in names if n in order]
        setup = root.find(f"{{{main}}}pageSetup")
        assert setup.get("fitToWidth") == "1" and setup.get("fitToHeight") == "0" and setup.get("paperSize") == "9"
        assert setup.get("orientation") == ("landscape" if wide else "portrait")  # 26 columns are wider than A4
        assert root.find(f"{{{main}}}sheetPr/{{{main}}}pageSetUpPr").get("fitToPage") == "1"
