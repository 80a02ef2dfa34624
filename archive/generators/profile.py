"""Apply a FormatProfile to a python-docx Document: page set-up, our named styles, East Asian fonts, page numbers.

python-docx's `font.name` sets only the Latin font (w:ascii/w:hAnsi); Chinese text uses w:eastAsia, so every style
and every run gets both, or Word/WPS/LibreOffice fall back to another Chinese font. Fonts are named, never bundled.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from archive.generators.settings import FormatProfile

TITLE = "公文标题"
SUBTITLE = "公文副标题"
BODY = "公文正文"
PLAIN = "公文无缩进"
H1 = "一级标题"
H2 = "二级标题"
CELL = "表格文字"
CELL_CENTER = "表格居中"
HEAD = "表头文字"
SIGN = "落款"
FOOTER = "页码"
PICTURE = "图片"
STYLE_NAMES = (TITLE, SUBTITLE, BODY, PLAIN, H1, H2, CELL, CELL_CENTER, HEAD, SIGN, FOOTER, PICTURE)


def set_run_fonts(rpr, east_asian: str, latin: str) -> None:
    """Name the fonts on a w:rPr element: w:eastAsia for Chinese, w:ascii/w:hAnsi for Latin text and digits."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)


def _style_specs(p: FormatProfile) -> dict[str, dict]:
    body = dict(font=p.body_font, size=p.body_size_pt, spacing=p.line_spacing_pt)
    table = dict(font=p.table_font, size=p.table_size_pt, spacing=p.table_line_spacing_pt, indent=False)
    return {
        TITLE: dict(font=p.title_font, size=p.title_size_pt, spacing=max(p.line_spacing_pt, p.title_size_pt * 1.6),
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=p.line_spacing_pt, outline=0),
        SUBTITLE: dict(font=p.heading2_font, size=p.body_size_pt, spacing=p.line_spacing_pt,
                       align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=p.line_spacing_pt / 2),
        BODY: dict(body, indent=True),
        PLAIN: dict(body, indent=False),
        H1: dict(body, font=p.heading1_font, indent=True, outline=1, keep=True),
        H2: dict(body, font=p.heading2_font, indent=True, outline=2, keep=True),
        CELL: dict(table, align=WD_ALIGN_PARAGRAPH.LEFT),
        CELL_CENTER: dict(table, align=WD_ALIGN_PARAGRAPH.CENTER),
        HEAD: dict(table, font=p.table_header_font, align=WD_ALIGN_PARAGRAPH.CENTER),
        SIGN: dict(body, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4),
        PICTURE: dict(font=p.body_font, size=p.body_size_pt, spacing=None, indent=False,
                      align=WD_ALIGN_PARAGRAPH.CENTER),
        FOOTER: dict(font=p.page_number_font, size=p.page_number_size_pt, spacing=None, indent=False,
                     align=WD_ALIGN_PARAGRAPH.CENTER),
    }


def _outline(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    ppr.append(el)


def _first_line_chars(style, chars: float, size_pt: float) -> None:
    ppr = style.element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(int(chars * 100)))
    ind.set(qn("w:firstLine"), str(int(chars * size_pt * 20)))


def ensure_styles(doc, p: FormatProfile) -> None:
    """Create or update our named paragraph styles so they carry the profile's fonts, sizes and spacing."""
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(p.body_size_pt)
    set_run_fonts(normal.element.get_or_add_rPr(), p.body_font, p.latin_font)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            set_run_fonts(rpr, p.body_font, p.latin_font)
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:eastAsia"), "zh-CN")
    names = {s.name for s in styles}
    for name, spec in _style_specs(p).items():
        style = styles[name] if name in names else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(spec["size"])
        style.font.bold = False
        set_run_fonts(style.element.get_or_add_rPr(), spec["font"], p.latin_font)
        fmt = style.paragraph_format
        if spec.get("spacing"):
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(spec["spacing"])
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(spec.get("after", 0))
        fmt.alignment = spec.get("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
        fmt.keep_with_next = bool(spec.get("keep"))
        fmt.widow_control = True
        if spec.get("indent"):
            _first_line_chars(style, p.first_line_indent_chars, spec["size"])
        else:
            fmt.first_line_indent = Pt(0)
        if spec.get("right_chars"):
            fmt.right_indent = Pt(spec["right_chars"] * spec["size"])
        if "outline" in spec:
            _outline(style, spec["outline"])


def apply_page(doc, p: FormatProfile) -> None:
    """A4 page, the profile's margins, and a footer page number "— 1 —"."""
    for section in doc.sections:
        section.page_width, section.page_height = Mm(p.page_width_mm), Mm(p.page_height_mm)
        section.top_margin, section.bottom_margin = Mm(p.margin_top_mm), Mm(p.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(p.margin_left_mm), Mm(p.margin_right_mm)
        section.footer_distance = Mm(max(p.margin_bottom_mm - 28.0, 7.0))
        footer = section.footer
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        for r in list(para.runs):
            r._element.getparent().remove(r._element)
        para.style = doc.styles[FOOTER]
        _page_number(para)


def _page_number(para) -> None:
    def run(text=None, fld=None, instr=None):
        r = para.add_run()
        if text is not None:
            r.text = text
        if fld:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), fld)
            r._element.append(el)
        if instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            r._element.append(el)
        return r

    run("— ")
    run(fld="begin")
    run(instr=" PAGE ")
    run(fld="separate")
    run("1")
    run(fld="end")
    run(" —")


def _parts(doc):
    """The XML roots holding text: the body, and each section's header and footer."""
    yield doc.element.body
    for section in doc.sections:
        yield section.footer._element
        yield section.header._element


def apply_run_fonts(doc, p: FormatProfile) -> None:
    """Every run in our styles names its style's East Asian font too (some readers ignore style-level w:eastAsia).

    One XPath pass (in C) finds the runs whose East Asian font is missing or not one of the profile's; only those
    are visited in Python — walking tens of thousands of 台帐目录 cells with python-docx objects is far too slow."""
    by_name = {name: spec["font"] for name, spec in _style_specs(p).items()}
    fonts = {s.style_id: by_name[s.name] for s in doc.styles if s.name in by_name}
    known = " or ".join(f"@w:eastAsia='{f}'" for f in sorted(set(fonts.values())))
    query = f".//w:r[not(w:rPr/w:rFonts[({known}) and @w:ascii='{p.latin_font}' and not(@w:eastAsiaTheme)])]"
    p_tag, ppr_tag, pstyle_tag, val = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
    for root in _parts(doc):
        for run in root.xpath(query):
            para = run.getparent()
            while para is not None and para.tag != p_tag:
                para = para.getparent()
            ppr = para.find(ppr_tag) if para is not None else None
            style = ppr.find(pstyle_tag) if ppr is not None else None
            font = fonts.get(style.get(val)) if style is not None else None
            if font is None:
                continue
            rpr = run.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                run.insert(0, rpr)
            set_run_fonts(rpr, font, p.latin_font)


def apply_profile(doc, p: FormatProfile, page: bool = True) -> None:
    ensure_styles(doc, p)
    if page:
        apply_page(doc, p)
    apply_run_fonts(doc, p)
