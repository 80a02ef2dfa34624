#!/usr/bin/env python3
"""(Re)generate the demo archive ``sample_evidence/``.

The archive belongs to a fictional community branch, 幸福里社区党支部 (城东区和平街道), assessment year 2025.
It imitates what real 台帐 folders look like: Word minutes in two layouts, a converted ``.doc``, a text PDF
and image-only "scanned" PDFs, Excel ledgers and an ``.xls`` converted by LibreOffice, phone and WeChat
photos with banners (some with EXIF dates, some without), a GBK text file, a CSV, a truncated ``.docx``
and an empty file. Gaps are deliberate and documented in ``sample_evidence/README.md`` (written by this
script from the same manifest), because assessment tests check them.

Output is deterministic: fixed random seeds, fixed document properties and fixed ZIP/PDF timestamps, so
running the script again does not churn git.

Usage::

    python tools/make_sample_evidence.py [--out sample_evidence]

Needs python-docx, openpyxl, pillow, pypdf and LibreOffice (``soffice``) on PATH.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import hashlib
import io
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "sample_evidence"
# Entries in the output folder that belong to someone else and are never touched.
KEEP = {"taizhang.toml", ".taizhang"}

BRANCH = "幸福里社区党支部"
BRANCH_FULL = "中共城东区和平街道幸福里社区支部委员会"
STREET = "城东区和平街道"
HALL = "社区党群服务中心二楼会议室"
ZIP_TIME = (2025, 1, 1, 0, 0, 0)

D = "2025年党建资料"
SHK = f"{D}/三会一课"


# ---------------------------------------------------------------------------------------------------------
# Manifest: every generated file is recorded here; README.md is written from it.


@dataclass
class Entry:
    path: str
    fmt: str
    kind: str
    meeting: str = ""
    date: str = ""
    note: str = ""


MANIFEST: list[Entry] = []


def record(path: str, fmt: str, kind: str, meeting: str = "", date: str = "", note: str = "") -> None:
    MANIFEST.append(Entry(path, fmt, kind, meeting, date, note))


# ---------------------------------------------------------------------------------------------------------
# Members (花名册). 26 full members + 1 probationary member admitted on 2025-06-27.


@dataclass
class Member:
    name: str
    sex: str
    born: str
    edu: str
    joined: str
    post: str
    status: str
    dues: float


MEMBERS = [
    Member("李建国", "男", "1971.03", "大学本科", "1995.07", "党支部书记、居委会主任", "在职", 45.00),
    Member("刘芳", "女", "1986.09", "大专", "2009.06", "党支部副书记（专职）", "在职", 28.50),
    Member("张伟", "男", "1990.11", "大学本科", "2013.05", "组织委员", "在职", 24.00),
    Member("赵丽华", "女", "1975.04", "高中", "2001.07", "宣传委员", "在职", 30.00),
    Member("陈明", "男", "1965.08", "中专", "1989.12", "纪检委员", "退休", 15.00),
    Member("王秀兰", "女", "1949.02", "初中", "1972.06", "党员", "退休", 2.00),
    Member("孙志强", "男", "1958.10", "高中", "1983.07", "第一党小组组长", "退休", 8.00),
    Member("周敏", "女", "1980.05", "大学本科", "2006.06", "第二党小组组长", "在职", 52.00),
    Member("吴国栋", "男", "1952.07", "初中", "1976.03", "党员", "退休", 5.00),
    Member("郑桂英", "女", "1955.01", "小学", "1980.10", "党员", "退休", 2.00),
    Member("黄建华", "男", "1962.12", "大专", "1990.06", "党员", "退休", 12.00),
    Member("马玉珍", "女", "1957.06", "高中", "1985.07", "党员", "退休", 6.00),
    Member("何永福", "男", "1978.03", "初中", "2004.07", "党员", "流动党员", 10.00),
    Member("林小燕", "女", "1988.02", "大学本科", "2012.06", "党员", "在职", 18.60),
    Member("高德胜", "男", "1950.09", "初中", "1975.05", "党员", "退休", 3.00),
    Member("罗春梅", "女", "1963.11", "高中", "1992.07", "党员", "退休", 8.50),
    Member("徐志刚", "男", "1969.05", "大专", "1998.06", "党员", "在职", 36.00),
    Member("朱丽娟", "女", "1972.08", "中专", "2003.07", "党员", "在职", 22.40),
    Member("胡海涛", "男", "1983.12", "大学本科", "2010.05", "党员", "在职", 41.00),
    Member("郭淑珍", "女", "1954.04", "初中", "1979.06", "党员", "退休", 2.00),
    Member("杨振华", "男", "1947.10", "小学", "1968.09", "党员", "退休", 2.00),
    Member("宋美玲", "女", "1966.01", "高中", "1996.06", "党员", "退休", 7.00),
    Member("唐文斌", "男", "1992.06", "硕士研究生", "2015.11", "党员", "在职", 26.50),
    Member("韩素芬", "女", "1951.12", "小学", "1977.08", "党员", "退休", 1.00),
    Member("冯建军", "男", "1960.03", "高中", "1987.07", "党员", "退休", 9.00),
    Member("曹玉兰", "女", "1959.07", "中专", "1988.12", "党员", "退休", 6.50),
    Member("陈晓雯", "女", "1995.04", "大学本科", "2025.06", "预备党员", "在职", 12.00),
]
ARREARS = {"王秀兰": (7, 8, 9)}  # months left unpaid (欠交)
JOINED_MIDYEAR = {"陈晓雯": 7}  # pays from this month on


# ---------------------------------------------------------------------------------------------------------
# Determinism helpers


def normalize_zip(path: Path, core_dt: dt.datetime | None = None) -> None:
    """Rewrite an OOXML zip with fixed entry timestamps (and fixed core.xml dates when given)."""
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if core_dt is not None and info.filename == "docProps/core.xml":
                stamp = core_dt.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data
                )
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data
                )
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def fix_pdf(path: Path, when: dt.datetime, title: str) -> None:
    """Give a LibreOffice PDF fixed metadata and a fixed file identifier."""
    reader = PdfReader(path)
    writer = PdfWriter(clone_from=reader)
    stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'")
    writer.metadata = {
        "/Title": title,
        "/Author": "刘芳",
        "/Creator": "Writer",
        "/Producer": "LibreOffice",
        "/CreationDate": stamp,
        "/ModDate": stamp,
    }
    ident = ByteStringObject(hashlib.md5(title.encode()).digest())
    writer._ID = ArrayObject([ident, ident])
    buf = io.BytesIO()
    writer.write(buf)
    path.write_bytes(buf.getvalue())


def fix_ole_timestamps(path: Path, when: dt.datetime) -> None:
    """Overwrite FILETIME values in the OLE property-set streams of a .doc/.xls (same size, in place)."""
    import olefile

    filetime = int((calendar.timegm(when.timetuple()) + 11644473600) * 10_000_000).to_bytes(8, "little")
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        for stream in ("\x05SummaryInformation", "\x05DocumentSummaryInformation"):
            if not ole.exists(stream):
                continue
            data = bytearray(ole.openstream(stream).read())
            # Property set: header (28) + FMTID/offset pairs; each section: size, count, (id, offset)*count.
            nsec = int.from_bytes(data[24:28], "little")
            for s in range(nsec):
                sec_off = int.from_bytes(data[28 + 20 * s + 16 : 28 + 20 * s + 20], "little")
                count = int.from_bytes(data[sec_off + 4 : sec_off + 8], "little")
                for i in range(count):
                    base = sec_off + 8 + 8 * i
                    off = sec_off + int.from_bytes(data[base + 4 : base + 8], "little")
                    vtype = int.from_bytes(data[off : off + 4], "little")
                    if vtype == 64:  # VT_FILETIME
                        pid = int.from_bytes(data[base : base + 4], "little")
                        # PID 10 in SummaryInformation is total editing time (a duration), keep it small.
                        value = (600 * 10_000_000).to_bytes(8, "little") if pid == 10 else filetime
                        data[off + 4 : off + 12] = value
            ole.write_stream(stream, bytes(data))


# ---------------------------------------------------------------------------------------------------------
# LibreOffice


def find_soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit(
            "错误：未找到 LibreOffice（soffice）。生成 .doc/.xls/.pdf 样例需要 LibreOffice，"
            "请先安装（例如 apt-get install libreoffice-writer libreoffice-calc）后重试。"
        )
    return exe


def soffice_convert(exe: str, src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    """Convert one file with a private LibreOffice profile (safe next to other running instances)."""
    cmd = [
        exe,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        str(src),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    if result.returncode != 0 or not out.exists():
        sys.exit(f"错误：LibreOffice 转换失败：{src.name} → {fmt}\n{result.stdout}\n{result.stderr}")
    return out


# ---------------------------------------------------------------------------------------------------------
# Word helpers


def set_run_font(run, name: str = "宋体", size: float = 12, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def new_document(author: str, when: dt.datetime, title: str = "") -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.6)
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(12)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = title
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def para(
    doc, text: str = "", size: float = 12, bold: bool = False, align=None, indent: bool = False, font: str = "宋体"
):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = 1.25
    if text:
        set_run_font(p.add_run(text), font, size, bold)
    return p


def heading(doc, text: str, size: float = 18) -> None:
    para(doc, text, size=size, bold=True, align="center", font="方正小标宋简体")


def save_docx(doc, path: Path, when: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, when)


def cell_text(cell, text: str, bold: bool = False, size: float = 11) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    set_run_font(cell.paragraphs[0].add_run(lines[0]), "宋体", size, bold)
    for line in lines[1:]:
        set_run_font(cell.add_paragraph().add_run(line), "宋体", size, bold)


# ---------------------------------------------------------------------------------------------------------
# Meetings


@dataclass
class Meeting:
    kind: str  # 支部委员会 / 支部党员大会 / 党课 / 主题党日 / 组织生活会 / 联席会议 / 共建活动
    title: str
    date: dt.date
    clock: str  # e.g. 上午9:00
    place: str
    host: str
    recorder: str
    expected: int
    present: int
    absent: str
    topics: list[str]
    body: list[str]
    date_text: str = ""  # how the date is written in 会议时间 (defaults to 2025年M月D日)
    extra_fields: list[tuple[str, str]] = field(default_factory=list)
    sign: str = ""

    @property
    def when(self) -> str:
        return self.date_text or f"{self.date.year}年{self.date.month}月{self.date.day}日"


def minutes_lines(doc, m: Meeting) -> None:
    heading(doc, m.title)
    para(doc)
    para(doc, f"会议时间：{m.when}{m.clock}")
    para(doc, f"会议地点：{m.place}")
    para(doc, f"主持人：{m.host}　　　　记录人：{m.recorder}")
    for label, value in m.extra_fields:
        para(doc, f"{label}：{value}")
    para(doc, f"应到人数：{m.expected}人　　　　实到人数：{m.present}人")
    para(doc, f"缺席人员及原因：{m.absent}")
    para(doc, "议题：", bold=True)
    for i, t in enumerate(m.topics, 1):
        para(doc, f"{i}. {t}", indent=True)
    para(doc, "会议内容：", bold=True)
    for b in m.body:
        para(doc, b, indent=True)
    para(doc)
    para(doc, m.sign or f"主持人签字：{m.host}　　　　记录人签字：{m.recorder}", align="right")


def minutes_table(doc, m: Meeting) -> None:
    heading(doc, m.title)
    para(doc)
    rows: list[tuple[str, ...]] = [
        ("会议时间", f"{m.when}{m.clock}"),
        ("地点", m.place),
        ("主持人", m.host, "记录人", m.recorder),
        *[(k, v) for k, v in m.extra_fields],
        ("应到人数", f"{m.expected}人", "实到人数", f"{m.present}人"),
        ("缺席人员及原因", m.absent),
        ("议题", "\n".join(f"{i}. {t}" for i, t in enumerate(m.topics, 1))),
        ("会议内容", "\n".join(m.body)),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.0), Cm(5.0), Cm(2.6), Cm(5.2))
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, w in enumerate(widths):
            cells[c].width = w
        if len(row) == 2:
            merged = cells[1].merge(cells[3])
            cell_text(cells[0], row[0], bold=True)
            cell_text(merged, row[1])
        else:
            for c, text in enumerate(row):
                cell_text(cells[c], text, bold=(c % 2 == 0))
    para(doc)
    para(doc, m.sign or f"记录人：{m.recorder}　　　　审核：{m.host}", align="right")


def write_minutes(path: Path, m: Meeting, layout: str, author: str) -> None:
    when = dt.datetime.combine(m.date, dt.time(16, 30))
    doc = new_document(author, when, m.title)
    (minutes_table if layout == "table" else minutes_lines)(doc, m)
    save_docx(doc, path, when)


# ---------------------------------------------------------------------------------------------------------
# Content: 支部委员会 (monthly; 3月 and 7月 deliberately missing)

ZWH = "支部委员会"
DYDH = "支部党员大会"
COMMITTEE_HOST, COMMITTEE_REC = "李建国", "张伟"


def committee_meetings() -> list[tuple[str, Meeting, str, str]]:
    """(relative path, meeting, layout, special) for the ten committee meetings."""
    z = f"{SHK}/支部委员会"
    title = f"{BRANCH}支部委员会会议记录"
    full = "无"
    return [
        (
            f"{z}/2025年1月支委会会议记录.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 1, 8),
                "上午9:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                [
                    "传达1月3日街道党工委全体（扩大）会议精神",
                    "研究制定幸福里社区党支部2025年党建工作计划",
                    "部署春节前走访慰问困难党员和老党员工作",
                    "筹备2024年度组织生活会和民主评议党员工作",
                ],
                [
                    "李建国同志传达了1月3日和平街道党工委全体（扩大）会议精神，要求支部结合社区实际，把党建引领基层治理作为全年工作主线。",
                    "会议逐条讨论了《幸福里社区党支部2025年党建工作计划（讨论稿）》，明确支委会每月召开一次、党员大会每季度召开一次、党课每季度不少于一次，全年与共建单位开展共建活动不少于4次、召开联席会议不少于4次。计划由刘芳同志修改后于1月10日前报街道党工委。",
                    "春节走访慰问：确定慰问困难党员、老党员8名（王秀兰、杨振华、郭淑珍、韩素芬、高德胜、吴国栋、郑桂英、马玉珍），每人慰问金500元，由赵丽华、陈明同志于1月20日至24日分组入户。",
                    "组织生活会定于1月22日下午召开，会前由组织委员张伟负责开展谈心谈话，征求意见表于1月15日前发放到各党小组。",
                    "会议强调，三会一课台账要随开随记、按月归档，签到表原件与会议记录一并保存。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{z}/新建 Microsoft Word 文档.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 2, 12),
                "下午2:30",
                "社区党群服务中心书记工作室",
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                4,
                "陈明（外出探亲，已请假）",
                [
                    "传达学习2月7日全区组织工作会议精神",
                    "研究党员冬训学习安排",
                    "确定3月5日学雷锋志愿服务活动方案",
                    "通报1月份党费收缴情况",
                ],
                [
                    "刘芳同志传达了2月7日全区组织工作会议精神，重点是抓好社区党组织规范化建设，年底前完成“五星”党组织创建自评。",
                    "党员冬训安排在2月17日至2月28日，以党小组为单位集中学习三次，孙志强、周敏两位党小组长负责组织，行动不便的老党员由网格员送学上门。",
                    "学雷锋志愿服务活动定于3月5日上午在小区中心广场开展，内容包括义务理发、测血压、家电维修和政策咨询，邀请区税务局第二党支部一同参加，张伟负责联系。",
                    "张伟通报：1月份党费已全部收齐，共计收缴党费423.00元，已于2月10日上交街道党工委。",
                ],
            ),
            "table",
            "",
        ),
        (
            f"{z}/4月支委会.doc",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 4, 9),
                "上午9:30",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                [
                    "传达3月31日街道党建工作推进会精神",
                    "研究4月15日主题党日活动方案",
                    "审议与城东区税务局第二党支部2025年共建活动计划",
                    "通报一季度党费收缴情况",
                ],
                [
                    "李建国同志传达了3月31日街道党建工作推进会精神，会议点评了各社区一季度台帐资料，指出我社区3月份支委会未按时召开，要求立即整改，今后每月第二周召开支委会。",
                    "4月15日主题党日活动安排：上午8:30在社区门口集合，统一乘车前往城东区烈士陵园开展“缅怀革命先烈 传承红色基因”祭扫活动，赵丽华负责横幅和照片留存。",
                    "会议审议通过与城东区税务局第二党支部的全年共建活动计划，全年安排“税法进社区”、“七一”共建、“清凉送老人”、“重阳敬老”四次共建活动。",
                    "一季度党费收缴：应交1269.00元，实交1269.00元，无欠交。",
                ],
            ),
            "lines",
            "doc",
        ),
        (
            f"{z}/2025年5月支部委员会会议记录.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 5, 14),
                "下午3:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                [
                    "讨论入党积极分子陈晓雯同志培养考察情况，确定为发展对象",
                    "部署汛期安全隐患排查",
                    "研究5月20日“税法进社区”共建活动分工",
                ],
                [
                    "组织委员张伟汇报了陈晓雯同志自2024年5月被确定为入党积极分子以来的培养考察情况，两名培养联系人周敏、林小燕同志介绍了考察意见。经支委会讨论，一致同意将陈晓雯同志确定为发展对象，并于5月15日至5月21日在社区公示栏公示。",
                    "汛期隐患排查：由陈明、孙志强负责，5月底前对小区地下车库、3号楼和7号楼地下室、沿河步道进行排查，建立隐患台账并逐项销号。",
                    "5月20日共建活动由区税务局第二党支部派出6名党员业务骨干，在社区广场设咨询台，讲解个人所得税汇算、灵活就业社保缴费等政策，刘芳负责场地和群众通知。",
                ],
            ),
            "table",
            "",
        ),
        (
            f"{z}/新建 Microsoft Word 文档 (3).docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 6, 11),
                "上午9:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                [
                    "审核陈晓雯同志入党材料，研究提交支部党员大会讨论",
                    "筹备6月27日第二季度党员大会",
                    "研究“七一”共建活动和慰问老党员方案",
                ],
                [
                    "张伟同志汇报：陈晓雯同志的入党申请书、思想汇报、政审材料、培训结业证书齐全，公示期间未收到反映意见，街道党工委已于6月6日预审同意。支委会同意将接收陈晓雯同志为预备党员的议题提交6月27日支部党员大会讨论表决。",
                    "第二季度党员大会定于6月27日上午9:00召开，6月20日前发出通知，提前准备签到表和选票。",
                    "“七一”当天与区税务局第二党支部联合开展共建活动，重温入党誓词并为社区老党员颁发“光荣在党50年”纪念章（王秀兰、杨振华）。",
                    "会议要求对上半年三会一课台帐进行一次自查，缺漏的记录不得事后补写，如实说明情况。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{z}/8月支委会记录.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 8, 13),
                "下午2:30",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                ["总结8月12日“清凉送老人”共建活动", "通报1—7月党费收缴情况", "部署防汛防台和高温天气独居老人关爱工作"],
                [
                    "8月12日与区税务局第二党支部联合开展“清凉送老人”活动，走访独居、高龄老人21户，送去绿豆、毛巾、风扇等慰问物资，活动照片已归入共建台账。",
                    "张伟通报：1—7月党费应交2973.00元，实交2971.00元，王秀兰同志7月份党费2.00元未交。会议决定由孙志强同志上门了解情况并提醒交纳。",
                    "高温期间每天由网格员电话或上门联系独居老人，陈明负责联系社区卫生服务站做好应急准备。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{z}/2025年9月支委会记录.pdf",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 9, 10),
                "上午9:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                4,
                "赵丽华（参加街道培训）",
                ["研究9月26日第三季度党员大会议程", "部署中秋、国庆期间安全稳定工作", "讨论老旧小区加装电梯协调情况"],
                [
                    "第三季度党员大会定于9月26日下午召开，主要学习上级文件精神，通报前三季度党费收缴和支部工作情况。",
                    "中秋、国庆期间安排党员志愿者在小区东门、西门开展治安巡逻，每天两班，由孙志强、冯建军负责排班。",
                    "3号楼2单元加装电梯已完成业主意见征集，同意率达到92%，会议决定9月底前召开协调会，邀请物业公司党支部参加。",
                ],
            ),
            "lines",
            "pdf",
        ),
        (
            f"{z}/10月份支委会.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 10, 15),
                "上午9:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                ["研究10月28日“重阳敬老”共建活动", "通报第三季度党费收缴情况", "讨论冬季消防安全检查安排"],
                [
                    "重阳敬老活动定于10月28日上午举行，与区税务局第二党支部、幸福里小学党支部共同为80岁以上老人过集体生日，刘芳负责邀请名单，赵丽华负责宣传报道。",
                    "第三季度党费：王秀兰同志7月、8月、9月党费仍未交纳，孙志强同志两次上门，本人因住院未能交纳。会议要求如实登记为欠交，待其出院后再作提醒。",
                    "冬季消防检查由陈明牵头，11月上旬完成楼道杂物清理，重点检查电动自行车违规充电。",
                ],
                date_text="2025-10-15 ",
            ),
            "table",
            "",
        ),
        (
            f"{z}/支委会记录2025.11.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 11, 12),
                "下午3:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                ["研究11月25日社区党建联席会议议题", "讨论年度党员群众满意度测评方案", "部署冬季供暖矛盾排查"],
                [
                    "第三次联席会议定于11月25日召开，议题为共建工作年度总结、冬季供暖保障和2026年共建项目。会议指出今年联席会议按计划应召开4次，二季度因成员单位工作冲突未能召开，年底前无法补开，要在年度总结中如实说明。",
                    "满意度测评拟于12月15日至17日开展，发放测评表210份，覆盖党员、居民代表、驻区单位和物业，由刘芳负责统计。",
                    "冬季供暖：对8号楼、11号楼历年投诉较多的住户提前走访，配合热力公司11月15日前完成管网试压。",
                ],
                date_text="2025.11.12 ",
            ),
            "lines",
            "",
        ),
        (
            f"{z}/12月支委会会议记录.docx",
            Meeting(
                ZWH,
                title,
                dt.date(2025, 12, 10),
                "上午9:00",
                HALL,
                COMMITTEE_HOST,
                COMMITTEE_REC,
                5,
                5,
                full,
                [
                    "讨论2025年度党建工作总结（初稿）",
                    "部署年度满意度测评",
                    "筹备12月26日第四季度党员大会",
                    "整理全年台账资料，迎接街道年终考核",
                ],
                [
                    "会议讨论了刘芳同志起草的年度工作总结初稿，要求写实数字：全年召开支委会10次、党员大会4次、党课3次，发展预备党员1名，完成为民办实事项目6件。",
                    "满意度测评于12月15日至17日进行，结果在12月26日党员大会上通报。",
                    "台账整理：各类会议记录、簽到表、照片按考核评分表序号分类装盒，电子版同步存入社区电脑“2025年党建资料”文件夹，12月20日前完成。",
                ],
            ),
            "lines",
            "",
        ),
    ]


def other_meetings() -> list[tuple[str, Meeting, str, str]]:
    """党员大会, 党课, 主题党日, 组织生活会, 联席会议, 共建活动."""
    g = f"{SHK}/党员大会"
    k = f"{SHK}/党课"
    lx = f"{D}/联席会议"
    gj = f"{D}/共建活动"
    dh_title = f"{BRANCH}党员大会会议记录"
    lx_place = "社区党群服务中心一楼多功能厅"
    lx_units = (
        "幸福里社区党支部、城东区税务局第二党支部、幸福里小学党支部、"
        "城东物业服务有限公司党支部、和平派出所幸福里警务室、幸福里小区业主委员会"
    )
    return [
        (
            f"{g}/2025年第一季度党员大会记录.docx",
            Meeting(
                DYDH,
                dh_title,
                dt.date(2025, 3, 28),
                "下午2:30",
                lx_place,
                "李建国",
                "张伟",
                26,
                21,
                "王秀兰（因病）、何永福（在外地务工）、郭淑珍（照顾老伴）、杨振华（年老行动不便）、唐文斌（出差）",
                [
                    "学习全国两会精神",
                    "通报幸福里社区党支部2025年党建工作计划",
                    "通报3月5日学雷锋志愿服务和3月20日社区党建联席会议情况",
                    "推行党员志愿服务积分管理",
                ],
                [
                    "刘芳同志领学了2025年政府工作报告中关于基层治理、养老服务的内容，党员结合社区实际进行了讨论，高德胜、罗春梅等同志发言。",
                    "李建国同志通报了支部2025年党建工作计划，要求每名党员年内参加志愿服务不少于12小时，在职党员每季度回社区报到服务一次。",
                    "3月5日学雷锋活动中共有党员志愿者19人参加，服务群众160余人次；3月20日召开了今年第一次社区党建联席会议，确定了全年共驻共建项目清单。",
                    "会议通过了《幸福里社区党员志愿服务积分管理办法》，积分结果作为年度评优依据。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{g}/2025年第二季度党员大会记录.docx",
            Meeting(
                DYDH,
                dh_title,
                dt.date(2025, 6, 27),
                "上午9:00",
                lx_place,
                "李建国",
                "张伟",
                26,
                22,
                "王秀兰（住院治疗）、何永福（在外地务工）、韩素芬（身体原因）、胡海涛（单位值班）",
                [
                    "讨论接收陈晓雯同志为中共预备党员",
                    "学习习近平总书记关于加强党的作风建设的重要论述",
                    "部署“七一”系列活动",
                ],
                [
                    "按照6月20日发出的会议通知，本次大会应到有表决权的正式党员26人，实到22人，超过应到会人数的半数，会议有效。",
                    "陈晓雯同志汇报了本人对党的认识、入党动机和个人履历，培养联系人周敏、林小燕介绍了培养考察情况，张伟同志代表支委会报告了审查情况。",
                    "经无记名投票表决，赞成22票，反对0票，弃权0票，同意接收陈晓雯同志为中共预备党员，报街道党工委审批。",
                    "会议部署“七一”活动：7月1日上午与区税务局第二党支部开展共建活动，重温入党誓词，为王秀兰、杨振华同志颁发“光荣在党50年”纪念章。",
                    "附：本次大会簽到表另附，共22人签到。",
                ],
            ),
            "table",
            "",
        ),
        (
            f"{g}/三季度党员大会.docx",
            Meeting(
                DYDH,
                dh_title,
                dt.date(2025, 9, 26),
                "下午2:30",
                lx_place,
                "刘芳",
                "张伟",
                27,
                17,
                "王秀兰（因病）、何永福（在外地务工）、郑桂英（回老家）、高德胜（住院）、杨振华（行动不便）、"
                "韩素芬（身体原因）、胡海涛（出差）、林小燕（单位加班）、唐文斌（出差）、朱丽娟（照顾孙子）",
                [
                    "学习《中国共产党基层组织选举工作条例》",
                    "通报前三季度支部工作和党费收缴情况",
                    "部署国庆期间党员志愿巡逻",
                ],
                [
                    "因李建国同志参加区里会议，本次大会由副书记刘芳同志主持。",
                    "张伟同志通报：前三季度共召开支委会7次（3月、7月未召开），党员大会3次，党课2次；党费应交3843.00元，实交3837.00元，王秀兰同志7—9月党费共6.00元未交。",
                    "国庆期间志愿巡逻从10月1日至10月7日，每天上午、下午各一班，共需党员志愿者28人次，会后由党小组长落实到人。",
                    "本次大会出席率偏低，会议要求党小组长加强通知，对行动不便的党员做好送学上门。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{g}/2025年第四季度党员大会记录.docx",
            Meeting(
                DYDH,
                dh_title,
                dt.date(2025, 12, 26),
                "上午9:00",
                lx_place,
                "李建国",
                "张伟",
                27,
                23,
                "王秀兰（因病）、何永福（在外地务工）、杨振华（行动不便）、高德胜（住院）",
                [
                    "审议幸福里社区党支部2025年度党建工作总结",
                    "通报2025年度党员群众满意度测评结果",
                    "公示2025年党费收缴和党员活动经费使用情况",
                ],
                [
                    "李建国同志代表支委会作2025年度党建工作总结报告，党员分组讨论后一致通过。",
                    "刘芳同志通报满意度测评结果：发放测评表210份，收回203份，有效200份，满意158份、基本满意35份、不满意7份，满意率96.5%。",
                    "张伟同志公示党费收缴情况：全年应交5148.00元，实交5142.00元，王秀兰同志7—9月欠交6.00元；党员活动经费支出5860.00元，主要用于主题党日、党员学习资料和慰问老党员。",
                    "会议对2026年工作提出意见建议12条，由支委会梳理后纳入明年计划。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{k}/2025年第一季度党课记录.docx",
            Meeting(
                "党课",
                f"{BRANCH}党课记录",
                dt.date(2025, 3, 25),
                "上午9:00",
                HALL,
                "刘芳",
                "张伟",
                26,
                20,
                "王秀兰（因病）、何永福（在外地务工）、杨振华（行动不便）、郭淑珍（照顾老伴）、唐文斌（出差）、胡海涛（单位值班）",
                ["专题党课：深入学习贯彻党的二十届三中全会精神，推动基层治理落到实处"],
                [
                    "主讲人：李建国（党支部书记）",
                    "党课从三个方面展开：一是全会关于完善基层治理体系的部署；二是社区在老旧小区改造、养老服务中的具体任务；三是党员在网格中如何亮身份、作表率。",
                    "党员交流：黄建华同志谈了参与楼道议事的体会，林小燕同志建议在社区公众号开设“党员微课堂”。",
                    "课后发放学习资料26份，未到会党员由党小组长于3月31日前送学上门。",
                ],
                extra_fields=[("主讲人", "李建国")],
            ),
            "lines",
            "",
        ),
        (
            f"{k}/党课记录（第四季度）.docx",
            Meeting(
                "党课",
                f"{BRANCH}党课记录",
                dt.date(2025, 11, 20),
                "下午3:00",
                HALL,
                "李建国",
                "张伟",
                27,
                21,
                "王秀兰（因病）、何永福（在外地务工）、高德胜（住院）、杨振华（行动不便）、胡海涛（出差）、朱丽娟（家中有事）",
                ["纪律教育专题党课：学习《中国共产党纪律处分条例》，筑牢纪律规矩防线"],
                [
                    "主讲人：陈明（纪检委员）",
                    "陈明同志结合近年来基层“微腐败”典型案例，讲解了惠民资金管理、优亲厚友等方面的纪律要求，提醒社区干部在低保审核、实事项目资金使用中严格执行公示制度。",
                    "党员讨论：冯建军、宋美玲同志发言，表示要发挥监督作用，对社区事务公开提出建议。",
                    "说明：第三季度因防汛和国庆值守，党课未能按计划开展，本次党课同时补充学习了第三季度的学习内容。",
                ],
                extra_fields=[("主讲人", "陈明")],
            ),
            "table",
            "",
        ),
        (
            f"{D}/主题党日/4月主题党日活动记录.docx",
            Meeting(
                "主题党日",
                f"{BRANCH}主题党日活动记录",
                dt.date(2025, 4, 15),
                "上午8:30",
                "城东区烈士陵园",
                "李建国",
                "赵丽华",
                26,
                20,
                "王秀兰（因病）、何永福（在外地务工）、杨振华（行动不便）、韩素芬（身体原因）、郭淑珍（照顾老伴）、胡海涛（单位值班）",
                ["“缅怀革命先烈 传承红色基因”清明主题党日", "重温入党誓词", "交纳4月份党费"],
                [
                    "上午8:30党员在社区门口集合，乘车前往城东区烈士陵园，向革命烈士纪念碑敬献花篮，全体党员默哀。",
                    "在纪念碑前，李建国同志领誓，全体党员重温入党誓词。随后参观烈士事迹陈列馆，讲解员介绍了本地革命先烈的事迹。",
                    "返回社区后，党员现场交纳4月份党费，并讨论5月份为民办实事项目“小区东门无障碍坡道改造”方案。",
                    "活动照片由赵丽华拍摄，已存入“微信图片”及“活动照片”文件夹。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{D}/组织生活会/2024年度组织生活会和民主评议党员会议记录.docx",
            Meeting(
                "组织生活会",
                f"{BRANCH}2024年度组织生活会和民主评议党员会议记录",
                dt.date(2025, 1, 22),
                "下午2:00",
                lx_place,
                "李建国",
                "张伟",
                26,
                23,
                "王秀兰（因病）、何永福（在外地务工）、杨振华（行动不便）",
                ["支部委员会作对照检查", "党员开展批评和自我批评", "民主评议党员"],
                [
                    "街道党工委委员、组织委员吴海燕同志到会指导。",
                    "会前，支委会于1月8日至1月20日通过谈心谈话、发放征求意见表等方式征求意见建议15条，主要集中在会议记录不规范、共建活动形式单一、老党员关心不够等方面。",
                    "李建国同志代表支委会作对照检查，查摆问题4个，提出整改措施9条。支委成员逐一进行个人对照检查，党员之间开展批评和自我批评。",
                    "民主评议结果：参评党员26名，评为优秀8名、合格17名、基本合格1名（何永福，长期在外未参加组织生活），无不合格党员。",
                ],
            ),
            "table",
            "",
        ),
        (
            f"{lx}/第一次联席会议纪要.docx",
            Meeting(
                "联席会议",
                "幸福里社区党建工作联席会议纪要",
                dt.date(2025, 3, 20),
                "下午3:00",
                lx_place,
                "李建国",
                "刘芳",
                8,
                8,
                "无",
                ["通报2024年共驻共建工作情况", "确定2025年共驻共建项目清单", "研究老旧小区加装电梯推进办法"],
                [
                    "参会单位：" + lx_units + "。",
                    "李建国同志通报了2024年共建工作：全年开展共建活动5次，解决群众急难愁盼问题11件。",
                    "会议确定2025年共驻共建项目清单6项：加装电梯协调、东门无障碍坡道改造、老年助餐点、楼道照明改造、非机动车充电棚、“四点半课堂”。",
                    "物业公司党支部负责电梯加装的施工协调，业委会负责征集业主意见，税务局第二党支部每季度至少派党员到社区服务一次。",
                    "会议商定联席会议每季度召开一次，下次会议在6月份召开。",
                ],
                extra_fields=[("参会单位", "6家成员单位")],
            ),
            "table",
            "",
        ),
        (
            f"{lx}/联席会议记录（7月）.doc",
            Meeting(
                "联席会议",
                "幸福里社区党建工作联席会议记录",
                dt.date(2025, 7, 18),
                "上午9:30",
                lx_place,
                "李建国",
                "刘芳",
                8,
                7,
                "幸福里小学党支部（暑期外出培训，已请假）",
                ["说明二季度联席会议未召开情况", "夏季防汛和高温期间老人关爱", "小区停车难问题协调"],
                [
                    "参会单位：" + lx_units + "（幸福里小学党支部请假）。",
                    "李建国同志说明：原定6月召开的第二次联席会议，因成员单位时间冲突未能召开，本次会议为年内第二次联席会议。",
                    "防汛：物业公司党支部负责地下车库挡水板和抽水泵检查；和平派出所警务室协助做好汛期巡查。",
                    "停车难：会议商定利用小区北侧闲置空地施划临时停车位40个，由业委会征求意见后实施，税务局第二党支部协调周边单位夜间错时开放停车场。",
                ],
            ),
            "lines",
            "doc",
        ),
        (
            f"{lx}/新建 Microsoft Word 文档 (2).docx",
            Meeting(
                "联席会议",
                "幸福里社区党建工作联席会议记录",
                dt.date(2025, 11, 25),
                "下午2:30",
                lx_place,
                "李建国",
                "刘芳",
                8,
                8,
                "无",
                ["共驻共建工作年度总结", "冬季供暖保障", "研究2026年共建项目"],
                [
                    "参会单位：" + lx_units + "。",
                    "刘芳同志通报：今年共开展共建活动4次（5月20日“税法进社区”、7月1日“七一”共建、8月12日“清凉送老人”、10月28日“重阳敬老”），6个共建项目全部完成。",
                    "冬季供暖：物业公司党支部已于11月14日完成管网试压，对8号楼、11号楼低温住户逐户测温。",
                    "会议建议2026年增加“社区食堂”和“适老化改造”两个项目，报街道党工委审定。",
                    "会议纪要由刘芳同志整理，11月28日前发各成员单位。",
                ],
            ),
            "lines",
            "",
        ),
        (
            f"{gj}/共建活动记录-税法进社区.docx",
            Meeting(
                "共建活动",
                "幸福里社区党支部共建活动记录",
                dt.date(2025, 5, 20),
                "上午9:00",
                "幸福里小区中心广场",
                "刘芳",
                "赵丽华",
                12,
                12,
                "无",
                ["与城东区税务局第二党支部开展“税法进社区”共建活动"],
                [
                    "共建单位：城东区税务局第二党支部（周海波书记带队，党员6名）。",
                    "活动内容：设立政策咨询台，讲解个人所得税年度汇算、灵活就业人员社保缴费、小规模纳税人优惠政策，发放宣传资料300份，现场解答咨询52人次。",
                    "社区党员志愿者6名参加，协助维持秩序并登记群众需求。",
                ],
                extra_fields=[("共建单位", "城东区税务局第二党支部")],
            ),
            "table",
            "",
        ),
        (
            f"{gj}/8月共建活动（清凉送老人）.docx",
            Meeting(
                "共建活动",
                "幸福里社区党支部共建活动记录",
                dt.date(2025, 8, 12),
                "上午8:30",
                "幸福里小区各楼栋",
                "李建国",
                "赵丽华",
                14,
                13,
                "胡海涛（出差）",
                ["与城东区税务局第二党支部开展“清凉送老人”走访活动"],
                [
                    "两支部党员分成4个小组，走访独居、高龄老人21户，送去绿豆、毛巾、电风扇等慰问品，检查老人家中燃气和用电安全。",
                    "发现2户老人家中电线老化，已联系物业于8月15日前完成更换。",
                    "活动经费由共建单位承担1200元，社区党员活动经费承担600元。",
                ],
                extra_fields=[("共建单位", "城东区税务局第二党支部")],
            ),
            "lines",
            "",
        ),
        (
            f"{gj}/重阳敬老共建活动.docx",
            Meeting(
                "共建活动",
                "幸福里社区党支部共建活动记录",
                dt.date(2025, 10, 28),
                "上午9:30",
                "社区党群服务中心一楼多功能厅",
                "刘芳",
                "赵丽华",
                18,
                18,
                "无",
                ["与城东区税务局第二党支部、幸福里小学党支部开展“重阳敬老”共建活动"],
                [
                    "为辖区80岁以上老人36名举办集体生日会，幸福里小学少先队员表演节目，税务局党员为老人讲解防范养老诈骗知识。",
                    "社区卫生服务站为老人免费测量血压、血糖，建立健康档案更新15份。",
                    "活动在“幸福里社区”公众号发布报道，阅读量1800余次。",
                ],
                extra_fields=[("共建单位", "城东区税务局第二党支部、幸福里小学党支部")],
            ),
            "table",
            "",
        ),
    ]


# ---------------------------------------------------------------------------------------------------------
# Content: plans, summary, rules, survey, notice


def write_plain(
    out: Path,
    rel: str,
    title: str,
    paras: list[str],
    author: str,
    when: dt.datetime,
    signoff: list[str],
    subtitle: str = "",
    table: list[list[str]] | None = None,
    table_after: int = -1,
) -> None:
    """An official-looking document: title, body (lines starting with 一、二、… as headings), sign-off."""
    doc = new_document(author, when, title)
    heading(doc, title, 20)
    if subtitle:
        para(doc, subtitle, size=14, align="center", font="楷体")
    para(doc)
    for i, text in enumerate(paras):
        if re.match(r"^[一二三四五六七八九十]+、", text):
            para(doc, text, size=14, bold=True, font="黑体")
        elif text.startswith("各") and text.endswith("：") or text.endswith("：") and len(text) < 30:
            para(doc, text, size=14, font="仿宋")
        else:
            para(doc, text, size=14, indent=True, font="仿宋")
        if table and i == table_after:
            t = doc.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(table):
                for c, v in enumerate(row):
                    cell_text(t.rows[r].cells[c], v, bold=(r == 0), size=11)
    para(doc)
    for line in signoff:
        para(doc, line, size=14, align="right", font="仿宋")
    save_docx(doc, out / rel, when)


PLAN = [
    "2025年，幸福里社区党支部坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届二中、三中全会精神，按照街道党工委的工作部署，以党建引领基层治理为主线，围绕“五个好”目标，制定本计划。",
    "一、加强班子和制度建设",
    "1. 严格落实“三会一课”制度：支部委员会每月召开一次（每月第二周），支部党员大会每季度召开一次，党小组会每月召开一次，党课每季度不少于一次，书记每年至少讲一次党课。",
    "2. 每月开展一次主题党日活动；1月份召开2024年度组织生活会，开展民主评议党员。",
    "3. 修订完善《社区党建联席会议制度》《三会一课制度》《党员活动室管理制度》，在党员活动室制度上墙。",
    "二、加强党员队伍建设",
    "4. 做好发展党员工作，年内计划发展1名新党员，重点培养入党积极分子陈晓雯同志。",
    "5. 党员按月交纳党费，由组织委员张伟负责收缴，每季度公示一次，杜绝滞交、欠交现象。",
    "6. 建立党员志愿服务队，直管党员参与率达到60%以上，在职党员每季度回社区报到服务一次。",
    "三、健全共驻共建机制",
    "7. 3月份与城东区税务局第二党支部签订共建协议，全年开展共建活动不少于4次。",
    "8. 社区党建工作联席会议每季度召开一次，全年不少于4次。",
    "四、为民办实事",
    "9. 全年确定并完成为民办实事项目不少于5项，初步确定为：加装电梯协调、东门无障碍坡道改造、老年助餐点、楼道照明改造、非机动车充电棚、“四点半课堂”。",
    "10. 年底开展党员群众满意度测评，满意率力争达到95%以上。",
    "五、保障措施",
    "11. 党员活动经费不少于党员年交纳党费数，党员活动室面积120平方米，电教设备齐全。",
    "12. 台帐资料由刘芳同志负责，按考核评分表分类整理，做到随时可查。",
]

SUMMARY = [
    "2025年，在街道党工委的坚强领导下，幸福里社区党支部紧紧围绕年初制定的党建工作计划，扎实推进“五个好”社区党组织建设，现将全年工作总结如下。",
    "一、组织生活规范开展",
    "全年召开支部委员会10次（3月、7月因防汛和街道集中整治任务未按时召开），支部党员大会4次（3月28日、6月27日、9月26日、12月26日），党课3次（第三季度未开展），主题党日活动有记录的4次，1月22日召开2024年度组织生活会并开展民主评议党员。全年党员大会和党课平均出席率约77%，其中第三季度党员大会出席率仅为63%。",
    "二、党员队伍建设",
    "6月27日支部党员大会讨论通过，接收陈晓雯同志为中共预备党员。党员按月交纳党费，全年应交5148.00元，实交5142.00元，王秀兰同志因长期住院7—9月党费未交，已列入整改。党员志愿服务队共开展服务42次，直管党员参与率65%。",
    "三、共驻共建",
    "3月5日与城东区税务局第二党支部签订共建协议，全年开展共建活动4次（5月20日、7月1日、8月12日、10月28日）。召开社区党建工作联席会议3次（3月20日、7月18日、11月25日），二季度联席会议未召开，未达到全年4次的要求。",
    "四、为民办实事",
    "全年完成为民办实事项目6项：3号楼2单元加装电梯、小区东门无障碍坡道改造、老年助餐点、12栋楼道照明改造、非机动车充电棚、“四点半课堂”，受益群众1500余人次。",
    "五、群众满意度",
    "12月15日至17日开展党员群众满意度测评，有效测评表200份，满意率96.5%。",
    "六、存在问题和下步打算",
    "一是三会一课落实不够严格，个别月份支委会未按期召开，党课未做到每季度一次；二是联席会议召开次数不足；三是个别老党员党费欠交。2026年将严格按月召开支委会，每季度召开联席会议，落实党费按月收缴提醒制度。",
]

LIANXI_RULES = [
    "为整合辖区党建资源，建立健全社区党组织与驻区单位党组织共驻共建机制，根据上级有关文件精神，结合本社区实际，制定本制度。",
    "一、成员单位",
    "联席会议由幸福里社区党支部牵头，成员单位包括城东区税务局第二党支部、幸福里小学党支部、城东物业服务有限公司党支部、和平派出所幸福里警务室、幸福里小区业主委员会。社区党支部书记任召集人。",
    "二、会议制度",
    "联席会议原则上每季度召开一次，全年不少于4次；遇有重大事项可由召集人或两个以上成员单位提议临时召开。会议议题由社区党支部在会前5个工作日征求成员单位意见后确定。",
    "三、工作职责",
    "通报社区党建和共建工作情况，研究确定年度共驻共建项目，协调解决社区治理中的难点问题，对共建活动开展情况进行督促检查。",
    "四、会议纪要",
    "每次会议由社区党支部指定专人记录，形成会议纪要，印发各成员单位，并存入社区党建台账。",
    "五、本制度自印发之日起施行，由幸福里社区党支部负责解释。",
]

SURVEY_TABLE = [
    ["测评内容", "满意", "基本满意", "不满意", "满意率"],
    ["社区党组织领导核心作用", "162", "32", "6", "97.0%"],
    ["党员先锋模范作用", "155", "37", "8", "96.0%"],
    ["为民办实事项目完成情况", "160", "33", "7", "96.5%"],
    ["社区事务公开和党费收支公示", "154", "38", "8", "96.0%"],
    ["综合评价", "158", "35", "7", "96.5%"],
]
SURVEY = [
    "根据街道党工委年终考核要求，幸福里社区党支部于2025年12月15日至17日开展了党员群众对社区党建工作满意度测评，现将结果报告如下。",
    "一、测评范围和方式",
    "测评对象包括社区党员、居民代表、驻区单位代表和物业服务企业代表，采取发放纸质测评表、入户走访相结合的方式进行。共发放测评表210份，收回203份，其中有效测评表200份。",
    "二、测评结果",
    "在200份有效测评表中，综合评价为“满意”的158份、“基本满意”的35份、“不满意”的7份，满意率（满意与基本满意之和占有效表数的比例）为96.5%。各项测评结果见下表。",
    "三、意见建议",
    "群众提出意见建议14条，主要集中在停车位不足、冬季供暖温度偏低、希望增加老年文体活动等方面，已梳理后纳入2026年工作计划。",
]

NOTICE = [
    "各党小组、全体党员：",
    "经支部委员会研究，定于2025年6月27日（星期五）上午9:00在社区党群服务中心一楼多功能厅召开2025年第二季度支部党员大会，现将有关事项通知如下：",
    "一、会议议题",
    "1. 讨论接收陈晓雯同志为中共预备党员；2. 学习习近平总书记关于加强党的作风建设的重要论述；3. 部署“七一”系列活动。",
    "二、有关要求",
    "请全体党员准时参加，不得无故缺席，确因特殊情况不能参会的，请于6月26日前向本党小组长请假。参会党员请携带党员证或党徽，提前10分钟到场在簽到表上签名。行动不便的党员由党小组长提前告知社区，社区安排专人接送。",
    "联系人：张伟，联系电话：0571-8696XXXX。",
]


def write_documents(out: Path) -> None:
    rel = f"{D}/工作计划总结/幸福里社区党支部2025年党建工作计划.docx"
    write_plain(
        out,
        rel,
        "幸福里社区党支部2025年党建工作计划",
        PLAN,
        "刘芳",
        dt.datetime(2025, 1, 6, 10, 0),
        [BRANCH_FULL, "2025年1月6日"],
    )
    record(
        rel, "docx", "计划", "", "2025-01-06", "年初计划：三会一课频次、共建≥4次、联席会议≥4次、发展1名党员、实事项目"
    )

    rel = f"{D}/工作计划总结/2025年度党建工作总结.docx"
    write_plain(
        out,
        rel,
        "幸福里社区党支部2025年度党建工作总结",
        SUMMARY,
        "刘芳",
        dt.datetime(2025, 12, 20, 15, 0),
        [BRANCH_FULL, "2025年12月20日"],
    )
    record(rel, "docx", "总结", "", "2025-12-20", "年终总结：如实写明各项次数与缺口；列出6项实事项目；满意率96.5%")

    rel = f"{D}/制度/社区党建联席会议制度.docx"
    write_plain(
        out,
        rel,
        "幸福里社区党建工作联席会议制度",
        LIANXI_RULES,
        "刘芳",
        dt.datetime(2025, 1, 10, 9, 0),
        [BRANCH_FULL, "2023年3月制定  2025年1月修订"],
    )
    record(rel, "docx", "制度", "", "2025-01", "联席会议制度：每季度一次、全年不少于4次；落款只有年月")

    rel = f"{D}/测评/2025年度党员群众满意度测评结果.docx"
    write_plain(
        out,
        rel,
        "幸福里社区2025年度党员群众满意度测评结果报告",
        SURVEY,
        "刘芳",
        dt.datetime(2025, 12, 18, 16, 0),
        [BRANCH_FULL, "2025年12月18日"],
        table=SURVEY_TABLE,
        table_after=4,
    )
    record(rel, "docx", "测评", "", "2025-12-18", "满意率96.5%（有效200份：满意158、基本满意35、不满意7），含表格")

    rel = f"{D}/通知/关于召开2025年第二季度党员大会的通知.docx"
    write_plain(
        out,
        rel,
        "关于召开2025年第二季度支部党员大会的通知",
        NOTICE,
        "张伟",
        dt.datetime(2025, 6, 20, 11, 0),
        [BRANCH_FULL, "2025年6月20日"],
    )
    record(rel, "docx", "通知", "", "2025-06-20", "会议通知，正文提到6月27日、6月26日；用异体字“簽到表”")


# ---------------------------------------------------------------------------------------------------------
# Spreadsheets, CSV, GBK text

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_workbook(creator: str, when: dt.datetime) -> Workbook:
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def save_xlsx(wb: Workbook, path: Path, when: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, when)


def grid(ws, first_row: int, last_row: int, ncols: int) -> None:
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, max_col=ncols):
        for c in row:
            c.border = BOX
            c.alignment = CENTER


def write_dues(out: Path) -> None:
    when = dt.datetime(2025, 12, 26, 17, 0)
    wb = new_workbook("张伟", when)
    ws = wb.active
    ws.title = "2025年党费"
    ncols = 3 + 12 + 2
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A1"] = f"{BRANCH}2025年党费收缴台帐"
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws["A2"] = "单位：元"
    ws["N2"] = "填表人：张伟"
    headers = ["序号", "姓名", "月交纳标准"] + [f"{m}月" for m in range(1, 13)] + ["合计", "备注"]
    ws.append(headers)
    for i, m in enumerate(MEMBERS, 1):
        row: list = [i, m.name, m.dues]
        total = 0.0
        for month in range(1, 13):
            if month < JOINED_MIDYEAR.get(m.name, 1):
                row.append("—")
            elif month in ARREARS.get(m.name, ()):
                row.append("欠交")
            else:
                row.append(m.dues)
                total += m.dues
        note = ""
        if m.name in ARREARS:
            note = "7—9月欠交（住院），已上门提醒"
        elif m.name in JOINED_MIDYEAR:
            note = "2025年6月27日接收为预备党员，7月起交纳"
        elif m.status == "流动党员":
            note = "流动党员，微信转账交纳"
        row += [round(total, 2), note]
        ws.append(row)
    last = ws.max_row
    totals: list = ["", "合计", ""]
    for col in range(4, 4 + 12):
        totals.append(
            round(sum(v for v in (ws.cell(r, col).value for r in range(4, last + 1)) if isinstance(v, int | float)), 2)
        )
    totals += [round(sum(totals[3:]), 2), ""]
    ws.append(totals)
    grid(ws, 3, ws.max_row, ncols)
    for r in range(4, ws.max_row + 1):
        for c in range(3, 3 + 14):
            if isinstance(ws.cell(r, c).value, float):
                ws.cell(r, c).number_format = "0.00"
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["Q"].width = 30
    ws.freeze_panes = "C4"
    rel = f"{D}/党费/2025年党费收缴台帐.xlsx"
    save_xlsx(wb, out / rel, when)
    record(
        rel,
        "xlsx",
        "党费台帐",
        "",
        "2025",
        "27名党员×12个月；王秀兰7、8、9月“欠交”；陈晓雯1—6月“—”（7月起交纳，不算欠交）；全年应交5148.00、实交5142.00",
    )


def write_roster(out: Path) -> None:
    when = dt.datetime(2025, 7, 2, 10, 0)
    wb = new_workbook("张伟", when)
    ws = wb.active
    ws.title = "花名册"
    ws.merge_cells("A1:J1")
    ws["A1"] = f"{BRANCH}党员花名册（2025年7月更新）"
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.append(["序号", "姓名", "性别", "民族", "出生年月", "学历", "入党时间", "职务", "人员类别", "联系电话"])
    rng = random.Random(7)
    for i, m in enumerate(MEMBERS, 1):
        phone = f"1{rng.choice('3578')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
        ws.append([i, m.name, m.sex, "汉族", m.born, m.edu, m.joined, m.post, m.status, phone])
    grid(ws, 2, ws.max_row, 10)
    for col, width in zip("ABCDEFGHIJ", (6, 10, 6, 6, 10, 12, 10, 24, 10, 14), strict=True):
        ws.column_dimensions[col].width = width
    rel = f"{D}/党员管理/党员花名册2025.xlsx"
    save_xlsx(wb, out / rel, when)
    record(
        rel,
        "xlsx",
        "花名册",
        "",
        "2025-07",
        "27人；支委5人（李建国、刘芳、张伟、赵丽华、陈明）；40岁以下班子成员：刘芳(1986.09，大专)、张伟(1990.11，本科)；新党员陈晓雯入党时间2025.06",
    )


SIGNIN_ABSENT = {"王秀兰": "住院治疗", "何永福": "外地务工", "韩素芬": "身体原因", "胡海涛": "单位值班"}


def write_signin_xlsx(path: Path) -> None:
    when = dt.datetime(2025, 6, 27, 12, 0)
    wb = new_workbook("张伟", when)
    ws = wb.active
    ws.title = "签到表"
    ws.merge_cells("A1:D1")
    ws["A1"] = f"{BRANCH}2025年第二季度党员大会签到表"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:D2")
    ws["A2"] = "时间：2025年6月27日上午9:00　　地点：社区党群服务中心一楼多功能厅"
    ws.append(["序号", "姓名", "签到", "备注"])
    voters = [m for m in MEMBERS if m.name not in JOINED_MIDYEAR]
    for i, m in enumerate(voters, 1):
        reason = SIGNIN_ABSENT.get(m.name)
        ws.append([i, m.name, "" if reason else m.name, f"请假（{reason}）" if reason else ""])
    ws.append(["列席", "陈晓雯", "陈晓雯", "发展对象"])
    ws.append(["", f"应到{len(voters)}人，实到{len(voters) - len(SIGNIN_ABSENT)}人", "", ""])
    grid(ws, 3, ws.max_row, 4)
    for col, width in zip("ABCD", (8, 22, 14, 20), strict=True):
        ws.column_dimensions[col].width = width
    save_xlsx(wb, path, when)


def write_csv_and_txt(out: Path) -> None:
    rel = f"{D}/为民办实事项目台账.csv"
    rows = [
        ["序号", "项目名称", "责任人", "开始时间", "完成时间", "完成情况", "受益群众"],
        ["1", "3号楼2单元加装电梯", "李建国", "2025-03-20", "2025-11-30", "已完成，11月30日通过验收投入使用", "24户"],
        ["2", "小区东门无障碍坡道改造", "陈明", "2025-04-15", "2025-05-30", "已完成", "约300人"],
        ["3", "老年助餐点", "刘芳", "2025-03-01", "2025-06-18", "已完成，每天供餐约60份", "约60人/天"],
        ["4", "12栋楼道照明改造", "孙志强", "2025-05-10", "2025-07-05", "已完成，更换声控灯216盏", "12栋"],
        ["5", "非机动车充电棚", "张伟", "2025-06-01", "2025-09-20", "已完成，充电口80个", "约200户"],
        ["6", "“四点半课堂”", "赵丽华", "2025-02-24", "2025-12-31", "常态化开展，全年开课160次", "45名学生"],
    ]
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    record(rel, "csv", "其他（实事项目）", "", "2025", "UTF-8带BOM；6个实事项目（要求≥5个）")

    rel = f"{D}/党员志愿服务登记.txt"
    lines = [
        "幸福里社区党员志愿服务登记（2025年）",
        "日期\t姓名\t服务内容\t时长(小时)",
        "2025.03.05\t孙志强\t学雷锋活动义务理发\t3",
        "2025.03.05\t罗春梅\t测量血压、健康咨询\t3",
        "2025.03.12\t张伟\t植树护绿\t2",
        "2025.04.26\t冯建军\t小区治安巡逻\t4",
        "2025.05.20\t林小燕\t税法进社区咨询登记\t3",
        "2025.06.14\t周敏\t老年助餐点送餐\t2",
        "2025.07.20\t唐文斌\t“四点半课堂”辅导作业\t2",
        "2025.08.12\t宋美玲\t清凉送老人入户走访\t3",
        "2025.10.01\t黄建华\t国庆志愿巡逻\t4",
        "2025.10.28\t曹玉兰\t重阳敬老活动服务\t3",
        "2025.11.08\t徐志刚\t楼道杂物清理\t2",
        "2025.12.06\t朱丽娟\t冬季供暖入户测温\t2",
        "合计：12人次，34小时",
    ]
    path = out / rel
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    record(rel, "txt", "其他（志愿服务）", "", "2025", "GBK编码、CRLF、制表符分隔；非UTF-8")


# ---------------------------------------------------------------------------------------------------------
# Images: fonts, photos with banners, scanned pages

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
SC_INDEX = 2  # face index of the Simplified Chinese face inside the Noto CJK .ttc files


def find_font(kind: str) -> tuple[str, int]:
    """kind: sans, sans-bold, serif, serif-bold. Falls back to fc-match."""
    names = {
        "sans": "NotoSansCJK-Regular.ttc",
        "sans-bold": "NotoSansCJK-Bold.ttc",
        "serif": "NotoSerifCJK-Regular.ttc",
        "serif-bold": "NotoSerifCJK-Bold.ttc",
    }
    path = FONT_DIR / names[kind]
    if path.exists():
        return str(path), SC_INDEX
    fc = shutil.which("fc-match")
    if fc:
        family = "Noto Serif CJK SC" if kind.startswith("serif") else "Noto Sans CJK SC"
        found = subprocess.run(
            [fc, "-f", "%{file}|%{index}", f"{family}:lang=zh-cn"], capture_output=True, text=True
        ).stdout.strip()
        if "|" in found and Path(found.split("|")[0]).exists():
            file, index = found.split("|")
            return file, int(index or 0)
    sys.exit("错误：未找到中文字体（Noto Sans/Serif CJK SC），无法生成照片和扫描件样例。请安装 fonts-noto-cjk。")


_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    key = (kind, size)
    if key not in _FONTS:
        file, index = find_font(kind)
        _FONTS[key] = ImageFont.truetype(file, size, index=index)
    return _FONTS[key]


def noise_layer(size: tuple[int, int], rng: random.Random) -> Image.Image:
    small = (size[0] // 2, size[1] // 2)
    layer = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
    return layer.resize(size, Image.Resampling.BILINEAR)


def add_noise(img: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    layer = noise_layer(img.size, rng).convert(img.mode)
    return Image.blend(img, layer, amount)


def vgradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    w, h = size
    col = Image.new("RGB", (1, h))
    for y in range(h):
        t = y / max(h - 1, 1)
        col.putpixel((0, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return col.resize((w, h))


def centered_text(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], text: str, fnt, fill) -> None:
    x0, y0, x1, y1 = box
    left, top, right, bottom = draw.textbbox((0, 0), text, font=fnt)
    x = x0 + (x1 - x0 - (right - left)) // 2 - left
    y = y0 + (y1 - y0 - (bottom - top)) // 2 - top
    draw.text((x, y), text, font=fnt, fill=fill)


def banner(draw, box, lines: list[str], sizes: list[int], bg=(200, 16, 30), fg=(255, 232, 80)) -> None:
    draw.rectangle(box, fill=bg)
    x0, y0, x1, y1 = box
    n = len(lines)
    step = (y1 - y0) / n
    for i, (text, size) in enumerate(zip(lines, sizes, strict=True)):
        centered_text(draw, (x0, int(y0 + i * step), x1, int(y0 + (i + 1) * step)), text, font("sans-bold", size), fg)


def people(
    draw,
    rng: random.Random,
    y_base: int,
    count: int,
    x_range: tuple[int, int],
    scale: float,
    vest: tuple[int, int, int] | None = None,
) -> None:
    x0, x1 = x_range
    for i in range(count):
        x = x0 + (x1 - x0) * (i + 0.5) / count + rng.uniform(-8, 8)
        s = scale * rng.uniform(0.9, 1.1)
        body = vest or rng.choice([(40, 48, 70), (70, 70, 78), (30, 60, 110), (120, 30, 40), (90, 80, 60)])
        draw.rounded_rectangle((x - 26 * s, y_base - 120 * s, x + 26 * s, y_base), radius=int(14 * s), fill=body)
        skin = rng.choice([(232, 196, 160), (220, 180, 140), (210, 170, 135)])
        draw.ellipse((x - 17 * s, y_base - 162 * s, x + 17 * s, y_base - 124 * s), fill=skin)
        draw.chord((x - 18 * s, y_base - 166 * s, x + 18 * s, y_base - 136 * s), 180, 360, fill=(25, 22, 20))


def finish_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    return add_noise(img, rng, 0.05)


def photo_exif(taken: str) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "VOG-AL00"
    exif[0x0132] = taken
    ifd = exif.get_ifd(0x8769)
    ifd[36867] = taken  # DateTimeOriginal
    ifd[36868] = taken  # DateTimeDigitized
    return exif.tobytes()


def save_jpeg(img: Image.Image, path: Path, exif_date: str | None, quality: int = 82) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kwargs = {"quality": quality, "optimize": True}
    if exif_date:
        kwargs["exif"] = photo_exif(exif_date)
    img.save(path, "JPEG", **kwargs)


def photo_volunteer(rng: random.Random) -> Image.Image:
    w, h = 1600, 1200
    img = vgradient((w, h), (150, 190, 230), (205, 225, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 700, w, h), fill=(96, 140, 70))
    for i in range(7):
        x = 120 + i * 230 + rng.randint(-20, 20)
        d.rectangle((x - 10, 520, x + 10, 720), fill=(95, 70, 45))
        d.ellipse((x - 90, 380, x + 90, 560), fill=(50 + rng.randint(0, 30), 110 + rng.randint(0, 30), 50))
    d.rectangle((260, 470, 270, 700), fill=(120, 120, 120))
    d.rectangle((1330, 470, 1340, 700), fill=(120, 120, 120))
    banner(d, (270, 470, 1330, 620), ["社区党员志愿服务", "幸福里社区党支部　学雷锋·植树护绿"], [72, 34])
    people(d, rng, 1050, 9, (150, 1450), 1.8, vest=(210, 40, 40))
    return finish_photo(img, rng)


def photo_theme_day(rng: random.Random, close: bool) -> Image.Image:
    w, h = (1280, 960) if close else (1600, 1200)
    img = vgradient((w, h), (170, 200, 225), (225, 230, 235))
    d = ImageDraw.Draw(img)
    d.rectangle((0, int(h * 0.62), w, h), fill=(150, 150, 145))
    mx = w // 2
    d.polygon(
        [(mx - 60, 40), (mx + 60, 40), (mx + 110, int(h * 0.62)), (mx - 110, int(h * 0.62))], fill=(205, 205, 200)
    )
    for i, ch in enumerate("革命烈士永垂不朽"):
        centered_text(d, (mx - 50, 90 + i * 52, mx + 50, 140 + i * 52), ch, font("serif-bold", 40), (150, 120, 40))
    by = int(h * 0.50)
    if close:
        banner(
            d,
            (60, by - 40, w - 60, by + 170),
            ["幸福里社区2025年4月主题党日活动", "缅怀革命先烈　传承红色基因"],
            [64, 40],
        )
        people(d, rng, h - 20, 8, (40, w - 40), 1.6)
    else:
        banner(d, (220, by, w - 220, by + 120), ["幸福里社区2025年4月主题党日活动"], [70])
        d.rectangle((140, by - 150, 330, by - 20), fill=(215, 20, 30))
        people(d, rng, int(h * 0.86), 10, (120, w - 120), 1.6)
        people(d, rng, int(h * 0.98), 10, (80, w - 80), 1.8)
    return finish_photo(img, rng)


def photo_cobuild(rng: random.Random) -> Image.Image:
    w, h = 1280, 960
    img = vgradient((w, h), (235, 225, 210), (200, 190, 175))
    d = ImageDraw.Draw(img)
    banner(
        d,
        (80, 80, w - 80, 430),
        ["幸福里社区党支部　城东区税务局第二党支部", "“七一”共建活动", "重温入党誓词"],
        [46, 78, 46],
        bg=(190, 20, 28),
    )
    d.rectangle((0, 620, w, h), fill=(150, 110, 80))
    people(d, rng, 900, 7, (100, w - 100), 1.9)
    return finish_photo(img, rng)


RULES_SHK = [
    "一、支部党员大会每季度召开一次，",
    "　　讨论决定支部重要事项。",
    "二、支部委员会每月召开一次，",
    "　　研究部署支部日常工作。",
    "三、党小组会每月召开一次，",
    "　　组织党员学习、交流思想。",
    "四、党课每季度至少一次，",
    "　　支部书记每年至少讲一次党课。",
    "五、会议应有记录、有签到，",
    "　　资料及时归入台帐。",
]
RULES_ROOM = [
    "一、活动室由党支部统一管理，",
    "　　专人负责、定期开放。",
    "二、活动室用于党员学习、",
    "　　组织生活和党员服务。",
    "三、爱护室内电教设备，",
    "　　使用后及时登记归位。",
    "四、保持室内整洁，",
    "　　禁止吸烟和堆放杂物。",
]


def board(d, box, title: str, lines: list[str]) -> None:
    x0, y0, x1, y1 = box
    d.rectangle((x0 - 8, y0 - 8, x1 + 8, y1 + 8), fill=(170, 140, 60))
    d.rectangle(box, fill=(252, 246, 232))
    d.rectangle((x0, y0, x1, y0 + 90), fill=(196, 22, 28))
    centered_text(d, (x0, y0, x1, y0 + 90), title, font("sans-bold", 50), (255, 230, 90))
    f = font("sans", 27)
    for i, line in enumerate(lines):
        d.text((x0 + 28, y0 + 120 + i * 44), line, font=f, fill=(30, 30, 30))


def photo_rules_wall(rng: random.Random) -> Image.Image:
    w, h = 1280, 960
    img = vgradient((w, h), (238, 236, 228), (214, 210, 200))
    d = ImageDraw.Draw(img)
    d.rectangle((200, 30, w - 200, 150), fill=(196, 22, 28))
    centered_text(d, (200, 30, w - 200, 150), "党员活动室", font("sans-bold", 80), (255, 230, 90))
    board(d, (70, 220, 620, 840), "三会一课制度", RULES_SHK)
    board(d, (680, 220, 1210, 840), "党员活动室管理制度", RULES_ROOM)
    d.rectangle((0, 900, w, h), fill=(170, 160, 150))
    img = img.rotate(-1.2, resample=Image.Resampling.BICUBIC, fillcolor=(200, 196, 188))
    return finish_photo(img, rng)


def write_photos(out: Path) -> None:
    rel = f"{D}/活动照片/IMG_20250312_093015.jpg"
    save_jpeg(photo_volunteer(random.Random(101)), out / rel, "2025:03:12 09:30:15")
    record(
        rel,
        "jpg",
        "照片",
        "志愿服务",
        "2025-03-12",
        "有EXIF DateTimeOriginal 2025:03:12 09:30:15；横幅“社区党员志愿服务”“幸福里社区党支部 学雷锋·植树护绿”",
    )
    rel = f"{D}/活动照片/IMG_20250415_101503.jpg"
    save_jpeg(photo_theme_day(random.Random(102), close=False), out / rel, "2025:04:15 10:15:03")
    record(
        rel,
        "jpg",
        "照片",
        "主题党日",
        "2025-04-15",
        "有EXIF DateTimeOriginal 2025:04:15 10:15:03；横幅“幸福里社区2025年4月主题党日活动”，纪念碑“革命烈士永垂不朽”",
    )
    rel = "微信图片/微信图片_20250415102233.jpg"
    save_jpeg(photo_theme_day(random.Random(103), close=True), out / rel, None, quality=78)
    record(
        rel,
        "jpg",
        "照片",
        "主题党日",
        "2025-04-15",
        "无EXIF（日期只能取文件名 2025-04-15 10:22:33）；横幅“幸福里社区2025年4月主题党日活动”“缅怀革命先烈 传承红色基因”",
    )
    rel = "微信图片/微信图片_20250701093512.jpg"
    save_jpeg(photo_cobuild(random.Random(104)), out / rel, None, quality=78)
    record(
        rel,
        "jpg",
        "照片",
        "共建活动",
        "2025-07-01",
        "无EXIF（文件名日期 2025-07-01 09:35:12）；全年第2次共建活动只有这张照片，无文字记录；背景板“幸福里社区党支部 城东区税务局第二党支部”““七一”共建活动”“重温入党誓词”",
    )
    rel = "微信图片/mmexport1741746000000.jpg"
    save_jpeg(photo_rules_wall(random.Random(105)), out / rel, None, quality=80)
    record(
        rel,
        "jpg",
        "照片",
        "制度上墙",
        "2025-03-12",
        "无EXIF；文件名为毫秒时间戳1741746000000＝2025-03-12 10:20:00（北京时间）；党员活动室制度上墙：标牌“党员活动室”，展板“三会一课制度”“党员活动室管理制度”",
    )


# Scanned pages: A4 at 150 dpi.
PAGE = (1240, 1754)
MARGIN = 150


def wrap(text: str, fnt, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if fnt.getlength(cur + ch) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def render_page(blocks: list[tuple[str, str]]) -> tuple[Image.Image, list[int]]:
    """blocks: (style, text) with style title / body / field / right / gap. Returns the page and each block's top y."""
    img = Image.new("RGB", PAGE, (250, 249, 245))
    d = ImageDraw.Draw(img)
    y = MARGIN
    width = PAGE[0] - 2 * MARGIN
    tops = []
    for style, text in blocks:
        tops.append(y)
        if style == "gap":
            y += 30
            continue
        if style == "title":
            fnt = font("serif-bold", 46)
            centered_text(d, (MARGIN, y, PAGE[0] - MARGIN, y + 70), text, fnt, (20, 20, 20))
            y += 100
            continue
        fnt = font("serif", 27)
        if style == "right":
            tw = int(fnt.getlength(text))
            d.text((PAGE[0] - MARGIN - tw, y), text, font=fnt, fill=(25, 25, 25))
            y += 46
            continue
        indent = "　　" if style == "body" else ""
        for line in wrap(indent + text, fnt, width):
            d.text((MARGIN, y), line, font=fnt, fill=(25, 25, 25))
            y += 44
        y += 6
    tops.append(y)
    return img, tops


def seal(img: Image.Image, center: tuple[int, int], text: str, rng: random.Random) -> None:
    """A red round seal with text on the upper arc and a star, pasted with multiply-like darkening."""
    r = 150
    size = 2 * r + 20
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size // 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=9)
    star = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = 48 if i % 2 == 0 else 19
        star.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(star, fill=255)
    fnt = font("sans-bold", 30 if len(text) <= 12 else 26)
    n = len(text)
    span = 250.0
    for i, ch in enumerate(text):
        deg = -90 - span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (44, 44), 0)
        ImageDraw.Draw(glyph).text((22, 22), ch, font=fnt, fill=255, anchor="mm")
        glyph = glyph.rotate(-(deg + 90), resample=Image.Resampling.BICUBIC)
        gx = c + (r - 32) * math.cos(math.radians(deg)) - 22
        gy = c + (r - 32) * math.sin(math.radians(deg)) - 22
        layer.paste(255, (int(gx), int(gy)), glyph)
    layer = layer.rotate(rng.uniform(-15, 15), resample=Image.Resampling.BICUBIC)
    layer = layer.point(lambda v: int(v * 0.8))
    red = Image.new("RGB", layer.size, (215, 30, 40))
    img.paste(red, (center[0] - c, center[1] - c), layer)


def handwriting(img: Image.Image, pos: tuple[int, int], text: str, rng: random.Random) -> None:
    layer = Image.new("L", (60 * len(text) + 40, 90), 0)
    d = ImageDraw.Draw(layer)
    x = 10
    for ch in text:
        d.text((x, 15 + rng.randint(-4, 4)), ch, font=font("serif", 50 + rng.randint(-4, 4)), fill=255)
        x += 52 + rng.randint(-3, 5)
    layer = layer.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC, expand=False)
    img.paste(Image.new("RGB", layer.size, (30, 40, 110)), pos, layer)


def scan_finish(img: Image.Image, rng: random.Random, angle: float, gray: bool) -> Image.Image:
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(235, 235, 232))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = add_noise(img, rng, 0.07)
    return img.convert("L") if gray else img


def save_scan_pdf(pages: list[Image.Image], path: Path, title: str, when: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = time.struct_time((when.year, when.month, when.day, when.hour, when.minute, 0, 0, 1, 0))
    pages[0].save(
        path,
        "PDF",
        resolution=150,
        save_all=True,
        append_images=pages[1:],
        title=title,
        creationDate=stamp,
        modDate=stamp,
        producer="Scanner",
        creator="EPSON Scan",
    )


AGREEMENT = [
    ("title", "社区党建共建协议书"),
    ("field", "甲方：中共幸福里社区支部委员会"),
    ("field", "乙方：中共城东区税务局第二支部委员会"),
    ("gap", ""),
    (
        "body",
        "为深入推进城市基层党建工作，建立健全社区与驻区单位共驻共建机制，实现组织共建、资源共享、活动共联、"
        "服务共抓，经甲乙双方协商，签订本协议。",
    ),
    (
        "body",
        "一、共建内容。双方在组织生活、党员教育、志愿服务、为民办实事等方面开展共建。乙方党员定期到社区报到，"
        "参与社区服务；甲方为乙方党员参加社区活动提供场地和服务保障。",
    ),
    (
        "body",
        "二、共建活动。双方每年共同开展共建活动不少于4次，活动内容由双方在年初共同商定，活动情况记入双方党建台帐。",
    ),
    (
        "body",
        "三、联席会议。乙方作为社区党建工作联席会议成员单位，参加每季度召开的联席会议，共同研究解决社区治理问题。",
    ),
    ("body", "四、资源共享。乙方在节假日向社区居民错时开放停车场；甲方党员活动室、会议室向乙方开放使用。"),
    ("body", "五、协议期限。本协议自签订之日起生效，有效期两年，即2025年3月5日至2027年3月4日。"),
    ("body", "本协议一式两份，甲乙双方各执一份。"),
    ("gap", ""),
    ("gap", ""),
    ("field", "甲方（盖章）：中共幸福里社区支部委员会"),
    ("field", "甲方代表（签字）："),
    ("gap", ""),
    ("field", "乙方（盖章）：中共城东区税务局第二支部委员会"),
    ("field", "乙方代表（签字）："),
    ("gap", ""),
    ("field", "签订日期：2025年3月5日"),
]

PARTY_CLASS = [
    ("title", "幸福里社区党支部党课记录"),
    ("field", "时间：2025年6月24日下午3:00　　　　地点：社区党群服务中心二楼会议室"),
    ("field", "主讲人：李建国　　　　主持人：刘芳　　　　记录人：张伟"),
    ("field", "应到人数：26人　　实到人数：19人"),
    (
        "field",
        "缺席人员及原因：王秀兰（住院）、何永福（外地务工）、韩素芬（身体原因）、杨振华（行动不便）、"
        "高德胜（身体原因）、胡海涛（值班）、唐文斌（出差）",
    ),
    ("field", "党课题目：牢记初心使命　争做先锋模范——迎接建党104周年专题党课"),
    ("gap", ""),
    ("field", "主要内容："),
    (
        "body",
        "一、回顾党的光辉历程。结合建党104周年，讲述党带领人民从站起来、富起来到强起来的历史进程，"
        "重温6月20日街道党工委下发的“七一”活动通知要求。",
    ),
    (
        "body",
        "二、对照党员标准找差距。李建国同志结合社区实际，指出部分党员参加组织生活不够经常、"
        "志愿服务参与不均衡等问题，要求党员在加装电梯、老年助餐点等实事项目中带头做好群众工作。",
    ),
    ("body", "三、发挥先锋模范作用。倡导每名党员联系5户以上居民，在“七一”共建活动和夏季防汛中亮身份、作表率。"),
    ("gap", ""),
    ("field", "党员发言：孙志强、罗春梅、林小燕同志结合自身经历谈了体会。"),
    ("field", "备注：本次党课学习资料已发放，缺席党员由党小组长于6月30日前送学上门。"),
]


def write_scans(out: Path) -> None:
    rng = random.Random(201)
    img, tops = render_page(AGREEMENT)
    first = next(i for i, (_, text) in enumerate(AGREEMENT) if text.startswith("甲方（盖章）"))
    handwriting(img, (MARGIN + 250, tops[first + 1] - 20), "李建国", rng)
    handwriting(img, (MARGIN + 250, tops[first + 4] - 20), "周海波", rng)
    seal(img, (560, tops[first] + 10), "中共幸福里社区支部委员会", rng)
    seal(img, (920, tops[first + 3] + 20), "中共城东区税务局第二支部委员会", rng)
    page = scan_finish(img, rng, 0.7, gray=False)
    rel = "扫描件/扫描件_0012.pdf"
    save_scan_pdf([page], out / rel, "扫描件_0012", dt.datetime(2025, 3, 6, 14, 12))
    record(
        rel,
        "pdf（纯图像）",
        "协议",
        "",
        "2025-03-05",
        "盖章签字的共建协议扫描件，无文本层（需OCR）；协议约定共建活动每年不少于4次、有效期2025年3月5日至2027年3月4日",
    )

    rng = random.Random(202)
    img, tops = render_page(PARTY_CLASS)
    handwriting(img, (700, tops[-1] + 40), "记录人：张伟", rng)
    page = scan_finish(img, rng, -0.9, gray=True)
    rel = "扫描件/扫描件_0013.pdf"
    save_scan_pdf([page], out / rel, "扫描件_0013", dt.datetime(2025, 6, 30, 9, 41))
    record(
        rel,
        "pdf（纯图像）",
        "会议记录",
        "党课",
        "2025-06-24",
        "第二季度党课记录扫描件（灰度），无文本层；应到26人，实到19人",
    )


# ---------------------------------------------------------------------------------------------------------
# README

GAPS = [
    "支部委员会：全年只有10次记录，**缺3月、7月**（1、2、4、5、6、8、9、10、11、12月各一次；4月为 .doc，9月为文字版 PDF）。",
    "支部党员大会：每季度一次，4次齐全（3月28日、6月27日、9月26日、12月26日）；但**第三季度（9月26日）实到17人/应到27人＝63%，低于70%**。",
    "党课：只有3次（3月25日、6月24日扫描件、11月20日），**缺第三季度党课**。",
    "联席会议：制度要求每季度一次、全年不少于4次，实际**只有3次**（3月20日、7月18日、11月25日），缺第二季度。",
    "共建活动：共建协议（3月5日，扫描件）约定每年不少于4次；实际4次（5月20日、7月1日、8月12日、10月28日），"
    "其中**7月1日只有一张微信照片，没有文字记录**。",
    "党费：**王秀兰7月、8月、9月欠交**（台帐单元格写“欠交”，共6.00元）；陈晓雯6月27日才接收为预备党员，1—6月为“—”，不算欠交。",
    "主题党日：只有4月15日的记录和照片（计划要求每月一次）。党小组会：没有任何记录。",
    "组织生活会：2025年1月22日召开，标题写的是“2024年度”，日期在2025年。",
    "发展党员：陈晓雯2025年6月27日经党员大会表决接收为预备党员（满足“每两年至少发展1名”）。",
    "班子成员：刘芳（1986年9月生，大专）、张伟（1990年11月生，大学本科）都在40岁以下。",
    "实事项目6个（CSV 台账、年终总结），满足“每年5个以上”；满意率96.5%，满足“超过90%”。",
    "备份/ 里有一个截断的 .docx（损坏，应报“损坏”）和一个0字节的空文件。",
    "没有 .wps 文件：LibreOffice 不能写出 WPS 格式，所以这里没有；真实档案里常见。",
]


def write_readme(out: Path) -> None:
    lines = [
        "# 演示档案：幸福里社区党支部 2025 年党建台帐",
        "",
        "这是一个**虚构**社区（城东区和平街道幸福里社区党支部）的 2025 年度党建考核台帐，用于演示和测试 taizhang：",
        "抽取、日期识别、分类、检索和按《社区党建工作考核评分表》自评。人名、单位、数字均为虚构。",
        "",
        "本目录由脚本生成，请不要手工修改其中的文件：",
        "",
        "```",
        "python tools/make_sample_evidence.py",
        "```",
        "",
        "脚本需要 python-docx、openpyxl、pillow、pypdf 和 LibreOffice（soffice，用于生成 .doc、.xls 和文字版 PDF）。",
        "输出是确定的（固定随机种子、固定文档属性和时间戳），重新生成不会改变文件内容。"
        "注意：文件的修改时间（mtime）是生成时间，和真实档案一样不代表文件的写作日期。",
        "`taizhang.toml` 和 `.taizhang/` 不由本脚本管理，重新生成时会保留。",
        "",
        "## 有意设置的缺口和要点（考核测试依赖这些事实）",
        "",
        *[f"- {g}" for g in GAPS],
        "",
        "## 文件清单",
        "",
        "日期一栏是文档本身的日期（正文会议时间/落款；照片为拍摄日期），不是文件修改时间。",
        "",
        "| 路径 | 格式 | 类别 | 会议/活动类型 | 日期 | 说明 |",
        "|---|---|---|---|---|---|",
    ]
    for e in sorted(MANIFEST, key=lambda e: e.path):
        note = e.note.replace("|", "｜")
        lines.append(f"| `{e.path}` | {e.fmt} | {e.kind} | {e.meeting or '—'} | {e.date or '—'} | {note} |")
    lines += ["", f"共 {len(MANIFEST)} 个文件（不含本说明）。", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# Main


def mentions(m: Meeting) -> str:
    """README note: other dates mentioned in the text, and variant spellings used."""
    text = "".join(m.topics + m.body)
    own = f"{m.date.month}月{m.date.day}日"
    dates = [d for d in dict.fromkeys(re.findall(r"\d{1,2}月\d{1,2}日", text)) if d != own]
    note = f"；正文另提到{'、'.join(dates)}" if dates else ""
    words = [w for w in ("台账", "台帐", "簽到表", "签到表") if w in text]
    return note + (f"；用字：{'、'.join(words)}" if words else "")


def clean(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name in KEEP:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def build(out: Path) -> None:
    exe = find_soffice()
    find_font("sans")
    MANIFEST.clear()
    clean(out)
    with tempfile.TemporaryDirectory(prefix="taizhang-sample-") as tmpname:
        tmp = Path(tmpname)
        profile = tmp / "lo-profile"
        conv = tmp / "converted"
        conv.mkdir()

        for rel, m, layout, special in committee_meetings() + other_meetings():
            author = "Administrator" if "新建" in rel else m.recorder
            dest = out / rel
            layout_note = "表格版式" if layout == "table" else "逐行字段版式"
            note = f"{layout_note}；{m.when.strip()}{m.clock}；应到{m.expected}人，实到{m.present}人" + mentions(m)
            if not special:
                write_minutes(dest, m, layout, author)
                record(rel, "docx", "会议记录", m.kind, m.date.isoformat(), note)
                continue
            src = tmp / f"{Path(rel).stem}.docx"
            write_minutes(src, m, layout, author)
            result = soffice_convert(exe, src, special, conv, profile)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(result), dest)
            when = dt.datetime.combine(m.date, dt.time(16, 30))
            if special == "pdf":
                fix_pdf(dest, when, m.title)
                note += (
                    "；LibreOffice 导出的文字版 PDF（pypdf 抽出的文字在数字和“年月日”之间带空格，如“2025 年9 月10 日”）"
                )
            else:
                fix_ole_timestamps(dest, when)
                note += "；LibreOffice 由 docx 转成的 Word 97-2003 .doc"
            record(rel, special, "会议记录", m.kind, m.date.isoformat(), note)

        write_documents(out)
        write_dues(out)
        write_roster(out)

        src = tmp / "党员大会签到表.xlsx"
        write_signin_xlsx(src)
        result = soffice_convert(exe, src, "xls", conv, profile)
        rel = f"{SHK}/党员大会/党员大会签到表.xls"
        shutil.move(str(result), out / rel)
        fix_ole_timestamps(out / rel, dt.datetime(2025, 6, 27, 12, 0))
        record(
            rel,
            "xls",
            "签到表",
            DYDH,
            "2025-06-27",
            "第二季度党员大会签到表（Excel 97-2003），应到26人、实到22人，另有列席陈晓雯",
        )

        write_csv_and_txt(out)
        write_photos(out)
        write_scans(out)

    # 备份/: a truncated copy of a real document and an empty file.
    good = (out / f"{SHK}/党员大会/2025年第二季度党员大会记录.docx").read_bytes()
    rel = "备份/2025年第二季度党员大会记录(备份).docx"
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_bytes(good[: len(good) // 2])
    record(rel, "docx（损坏）", "其他", "", "—", f"截断的 docx（只保留前{len(good) // 2}字节），打不开，应记为“损坏”")
    rel = "备份/新建文本文档.txt"
    (out / rel).write_bytes(b"")
    record(rel, "txt（空）", "其他", "", "—", "0字节空文件")

    write_readme(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成演示档案 sample_evidence/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="输出目录（默认：仓库中的 sample_evidence/）")
    args = parser.parse_args(argv)
    build(args.out.resolve())
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"已生成 {len(MANIFEST)} 个文件到 {args.out}（共 {total / 1024 / 1024:.2f} MB）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
