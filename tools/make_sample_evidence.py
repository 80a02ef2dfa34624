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
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
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
    cp.last_printed = None
    cp.revision = 1
    cp.title = title
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def para(doc, text: str = "", size: float = 12, bold: bool = False, align=None, indent: bool = False,
         font: str = "宋体"):
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


def write_minutes(out: Path, rel: str, m: Meeting, layout: str, author: str, note: str = "",
                  fmt: str = "docx") -> Path:
    when = dt.datetime.combine(m.date, dt.time(16, 30))
    doc = new_document(author, when, m.title)
    (minutes_table if layout == "table" else minutes_lines)(doc, m)
    path = out / rel
    save_docx(doc, path, when)
    record(rel, fmt, "会议记录", m.kind, m.date.isoformat(), note or f"{layout}版式；应到{m.expected}人，实到{m.present}人")
    return path


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
        (f"{z}/2025年1月支委会会议记录.docx", Meeting(
            ZWH, title, dt.date(2025, 1, 8), "上午9:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["传达1月3日街道党工委全体（扩大）会议精神",
             "研究制定幸福里社区党支部2025年党建工作计划",
             "部署春节前走访慰问困难党员和老党员工作",
             "筹备2024年度组织生活会和民主评议党员工作"],
            ["李建国同志传达了1月3日和平街道党工委全体（扩大）会议精神，要求支部结合社区实际，把党建引领基层治理作为全年工作主线。",
             "会议逐条讨论了《幸福里社区党支部2025年党建工作计划（讨论稿）》，明确支委会每月召开一次、党员大会每季度召开一次、党课每季度不少于一次，全年与共建单位开展共建活动不少于4次、召开联席会议不少于4次。计划由刘芳同志修改后于1月10日前报街道党工委。",
             "春节走访慰问：确定慰问困难党员、老党员8名（王秀兰、杨振华、郭淑珍、韩素芬、高德胜、吴国栋、郑桂英、马玉珍），每人慰问金500元，由赵丽华、陈明同志于1月20日至24日分组入户。",
             "组织生活会定于1月22日下午召开，会前由组织委员张伟负责开展谈心谈话，征求意见表于1月15日前发放到各党小组。",
             "会议强调，三会一课台账要随开随记、按月归档，签到表原件与会议记录一并保存。"]), "lines", ""),
        (f"{z}/新建 Microsoft Word 文档.docx", Meeting(
            ZWH, title, dt.date(2025, 2, 12), "下午2:30", "社区党群服务中心书记工作室", COMMITTEE_HOST, COMMITTEE_REC,
            5, 4, "陈明（外出探亲，已请假）",
            ["传达学习2月7日全区组织工作会议精神",
             "研究党员冬训学习安排",
             "确定3月5日学雷锋志愿服务活动方案",
             "通报1月份党费收缴情况"],
            ["刘芳同志传达了2月7日全区组织工作会议精神，重点是抓好社区党组织规范化建设，年底前完成“五星”党组织创建自评。",
             "党员冬训安排在2月17日至2月28日，以党小组为单位集中学习三次，孙志强、周敏两位党小组长负责组织，行动不便的老党员由网格员送学上门。",
             "学雷锋志愿服务活动定于3月5日上午在小区中心广场开展，内容包括义务理发、测血压、家电维修和政策咨询，邀请区税务局第二党支部一同参加，张伟负责联系。",
             "张伟通报：1月份党费已全部收齐，共计收缴党费423.00元，已于2月10日上交街道党工委。"]), "table", ""),
        (f"{z}/4月支委会.doc", Meeting(
            ZWH, title, dt.date(2025, 4, 9), "上午9:30", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["传达3月31日街道党建工作推进会精神",
             "研究4月15日主题党日活动方案",
             "审议与城东区税务局第二党支部2025年共建活动计划",
             "通报一季度党费收缴情况"],
            ["李建国同志传达了3月31日街道党建工作推进会精神，会议点评了各社区一季度台帐资料，指出我社区3月份支委会未按时召开，要求立即整改，今后每月第二周召开支委会。",
             "4月15日主题党日活动安排：上午8:30在社区门口集合，统一乘车前往城东区烈士陵园开展“缅怀革命先烈 传承红色基因”祭扫活动，赵丽华负责横幅和照片留存。",
             "会议审议通过与城东区税务局第二党支部的全年共建活动计划，全年安排“税法进社区”、“七一”共建、“清凉送老人”、“重阳敬老”四次共建活动。",
             "一季度党费收缴：应交1269.00元，实交1269.00元，无欠交。"]), "lines", "doc"),
        (f"{z}/2025年5月支部委员会会议记录.docx", Meeting(
            ZWH, title, dt.date(2025, 5, 14), "下午3:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["讨论入党积极分子陈晓雯同志培养考察情况，确定为发展对象",
             "部署汛期安全隐患排查",
             "研究5月20日“税法进社区”共建活动分工"],
            ["组织委员张伟汇报了陈晓雯同志自2024年5月被确定为入党积极分子以来的培养考察情况，两名培养联系人周敏、林小燕同志介绍了考察意见。经支委会讨论，一致同意将陈晓雯同志确定为发展对象，并于5月15日至5月21日在社区公示栏公示。",
             "汛期隐患排查：由陈明、孙志强负责，5月底前对小区地下车库、3号楼和7号楼地下室、沿河步道进行排查，建立隐患台账并逐项销号。",
             "5月20日共建活动由区税务局第二党支部派出6名党员业务骨干，在社区广场设咨询台，讲解个人所得税汇算、灵活就业社保缴费等政策，刘芳负责场地和群众通知。"]), "table", ""),
        (f"{z}/新建 Microsoft Word 文档 (3).docx", Meeting(
            ZWH, title, dt.date(2025, 6, 11), "上午9:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["审核陈晓雯同志入党材料，研究提交支部党员大会讨论",
             "筹备6月27日第二季度党员大会",
             "研究“七一”共建活动和慰问老党员方案"],
            ["张伟同志汇报：陈晓雯同志的入党申请书、思想汇报、政审材料、培训结业证书齐全，公示期间未收到反映意见，街道党工委已于6月6日预审同意。支委会同意将接收陈晓雯同志为预备党员的议题提交6月27日支部党员大会讨论表决。",
             "第二季度党员大会定于6月27日上午9:00召开，6月20日前发出通知，提前准备签到表和选票。",
             "“七一”当天与区税务局第二党支部联合开展共建活动，重温入党誓词并为社区老党员颁发“光荣在党50年”纪念章（王秀兰、杨振华）。",
             "会议要求对上半年三会一课台帐进行一次自查，缺漏的记录不得事后补写，如实说明情况。"]), "lines", ""),
        (f"{z}/8月支委会记录.docx", Meeting(
            ZWH, title, dt.date(2025, 8, 13), "下午2:30", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["总结8月12日“清凉送老人”共建活动",
             "通报1—7月党费收缴情况",
             "部署防汛防台和高温天气独居老人关爱工作"],
            ["8月12日与区税务局第二党支部联合开展“清凉送老人”活动，走访独居、高龄老人21户，送去绿豆、毛巾、风扇等慰问物资，活动照片已归入共建台账。",
             "张伟通报：1—7月党费应交2973.00元，实交2971.00元，王秀兰同志7月份党费2.00元未交。会议决定由孙志强同志上门了解情况并提醒交纳。",
             "高温期间每天由网格员电话或上门联系独居老人，陈明负责联系社区卫生服务站做好应急准备。"]), "lines", ""),
        (f"{z}/2025年9月支委会记录.pdf", Meeting(
            ZWH, title, dt.date(2025, 9, 10), "上午9:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 4, "赵丽华（参加街道培训）",
            ["研究9月26日第三季度党员大会议程",
             "部署中秋、国庆期间安全稳定工作",
             "讨论老旧小区加装电梯协调情况"],
            ["第三季度党员大会定于9月26日下午召开，主要学习上级文件精神，通报前三季度党费收缴和支部工作情况。",
             "中秋、国庆期间安排党员志愿者在小区东门、西门开展治安巡逻，每天两班，由孙志强、冯建军负责排班。",
             "3号楼2单元加装电梯已完成业主意见征集，同意率达到92%，会议决定9月底前召开协调会，邀请物业公司党支部参加。"]), "lines", "pdf"),
        (f"{z}/10月份支委会.docx", Meeting(
            ZWH, title, dt.date(2025, 10, 15), "上午9:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["研究10月28日“重阳敬老”共建活动",
             "通报第三季度党费收缴情况",
             "讨论冬季消防安全检查安排"],
            ["重阳敬老活动定于10月28日上午举行，与区税务局第二党支部、幸福里小学党支部共同为80岁以上老人过集体生日，刘芳负责邀请名单，赵丽华负责宣传报道。",
             "第三季度党费：王秀兰同志7月、8月、9月党费仍未交纳，孙志强同志两次上门，本人因住院未能交纳。会议要求如实登记为欠交，待其出院后再作提醒。",
             "冬季消防检查由陈明牵头，11月上旬完成楼道杂物清理，重点检查电动自行车违规充电。"],
            date_text="2025-10-15 "), "table", ""),
        (f"{z}/支委会记录2025.11.docx", Meeting(
            ZWH, title, dt.date(2025, 11, 12), "下午3:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["研究11月25日社区党建联席会议议题",
             "讨论年度党员群众满意度测评方案",
             "部署冬季供暖矛盾排查"],
            ["第三次联席会议定于11月25日召开，议题为共建工作年度总结、冬季供暖保障和2026年共建项目。会议指出今年联席会议按计划应召开4次，二季度因成员单位工作冲突未能召开，年底前无法补开，要在年度总结中如实说明。",
             "满意度测评拟于12月15日至17日开展，发放测评表210份，覆盖党员、居民代表、驻区单位和物业，由刘芳负责统计。",
             "冬季供暖：对8号楼、11号楼历年投诉较多的住户提前走访，配合热力公司11月15日前完成管网试压。"],
            date_text="2025.11.12 "), "lines", ""),
        (f"{z}/12月支委会会议记录.docx", Meeting(
            ZWH, title, dt.date(2025, 12, 10), "上午9:00", HALL, COMMITTEE_HOST, COMMITTEE_REC, 5, 5, full,
            ["讨论2025年度党建工作总结（初稿）",
             "部署年度满意度测评",
             "筹备12月26日第四季度党员大会",
             "整理全年台账资料，迎接街道年终考核"],
            ["会议讨论了刘芳同志起草的年度工作总结初稿，要求写实数字：全年召开支委会10次、党员大会4次、党课3次，发展预备党员1名，完成为民办实事项目6件。",
             "满意度测评于12月15日至17日进行，结果在12月26日党员大会上通报。",
             "台账整理：各类会议记录、簽到表、照片按考核评分表序号分类装盒，电子版同步存入社区电脑“2025年党建资料”文件夹，12月20日前完成。"]), "lines", ""),
    ]
