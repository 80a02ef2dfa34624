"""A small ingested archive for the report and binder tests: minutes, a notice whose title holds < and &, a photo,
a scanned (image-only) PDF, a text PDF, a plain-text file, and a plan no item cites (the 台帐目录's appendix)."""

from __future__ import annotations

from pathlib import Path

import docx
from PIL import Image, ImageDraw

from archive.pipelines.ingest import ingest
from archive.workspace import init_workspace

MINUTES = "2025年党建资料/联席会议/第一次联席会议记录.docx"
NOTICE = "2025年党建资料/通知/关于开展党员&群众<结对>活动的通知.docx"
PHOTO = "2025年党建资料/活动照片/IMG_20250312_093015.jpg"
SCAN = "扫描件/扫描件_0012.pdf"
TEXT_PDF = "2025年党建资料/制度/社区党建联席会议制度.pdf"
LEDGER_TXT = "2025年党建资料/党费/党费收缴说明.txt"
UNFILED = "2025年党建资料/工作计划总结/2025年党建工作计划.docx"
EVIDENCE = {"18": [TEXT_PDF, MINUTES], "20": [PHOTO, SCAN], "10": [NOTICE], "14": [LEDGER_TXT]}
RESPONSIBLE = {"领导班子好": "张书记", "党员干部队伍好": "李委员", "工作机制好": "王委员"}


def _docx(path: Path, lines: list[str]) -> None:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


def _photo() -> Image.Image:
    im = Image.new("RGB", (1200, 900), (235, 230, 220))
    draw = ImageDraw.Draw(im)
    draw.rectangle((100, 100, 1100, 800), outline=(180, 0, 0), width=12)
    draw.ellipse((400, 300, 800, 700), fill=(200, 40, 40))
    return im


def _text_pdf(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 16)
    c.drawString(72, 760, "幸福里社区党建工作联席会议制度")
    c.drawString(72, 730, "第一条 联席会议每季度召开一次。 2025年1月6日")
    c.showPage()
    c.setFont("STSong-Light", 16)
    c.drawString(72, 760, "第二页")
    c.showPage()
    c.save()


def build_archive(root: Path, org: str = "幸福里社区党支部"):
    """Write the files, init the archive (seed000, 2025) and ingest without OCR; returns the Workspace."""
    root.mkdir(parents=True, exist_ok=True)
    _docx(root / MINUTES, ["幸福里社区党建工作联席会议记录", "会议时间：2025年4月10日", "地点：社区会议室",
                           "应到人数：12人", "实到人数：11人", "议题：共驻共建"])
    _docx(root / NOTICE, ["关于开展党员&群众<结对>活动的通知", "各党小组：定于2025年5月8日开展结对活动。"])
    _docx(root / UNFILED, ["幸福里社区党支部2025年党建工作计划", "2025年1月6日"])
    (root / PHOTO).parent.mkdir(parents=True, exist_ok=True)
    _photo().save(root / PHOTO, "JPEG", quality=85)
    (root / SCAN).parent.mkdir(parents=True, exist_ok=True)
    _photo().convert("L").save(root / SCAN, "PDF", resolution=150)
    _text_pdf(root / TEXT_PDF)
    (root / LEDGER_TXT).parent.mkdir(parents=True, exist_ok=True)
    (root / LEDGER_TXT).write_text("2025年党费收缴说明\n王某某5月、6月未交党费。\n", encoding="utf-8")
    ws = init_workspace(root, rubric="seed000", org=org, year=2025, responsible=RESPONSIBLE)
    ingest(ws, ocr=False)
    return ws
