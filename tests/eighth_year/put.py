"""One call per file: write it in its format and record its label."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from . import sheets, style
from .people import CLERK


def put(y: Year, rel: str, kind: str, date: dt.date | str | None, items: list[str] | tuple[str, ...], fmt: str, *,
        mtype: str | None = None, note: str = "", **c) -> None:
    """fmt: docx (heading, body, sign, table, after) · wps (heading, rows, after: heading in the first table cell) ·
    prose (heading, text: one long paragraph) · minutes (heading, head, topics, content) · form (heading, rows,
    before, after) · pdf (heading, lines or head/topics/content: text layer) · scan (same: pixels only) · txt (lines,
    encoding) · paper (heading, lines, when: a paper photographed, .jpg) · xlsx-sign (sheet_title, branch, present) ·
    xlsx-table (sheet_title, header, rows, after)."""
    path = y.path(rel)
    author = c.get("author", CLERK)
    if fmt == "docx":
        style.docx(path, c.get("heading", ""), c.get("body", ()), sign=c.get("sign", ()), table=c.get("table"),
                   after=c.get("after", ()), author=author)
    elif fmt == "wps":
        style.wps(path, c["heading"], c["rows"], after=c.get("after", ()), author=c.get("author", "WPS Office"))
    elif fmt == "prose":
        style.prose(path, c.get("heading", ""), c["text"], author=author)
    elif fmt == "minutes":
        style.minutes(path, c["heading"], c["head"], c["topics"], c["content"], author=author)
    elif fmt == "form":
        style.form(path, c["heading"], c["rows"], before=c.get("before", ()), after=c.get("after", ()), author=author)
    elif fmt == "pdf":
        lines = c.get("lines") or style.minutes_lines(c["head"], c["topics"], c["content"])
        style.text_pdf(path, c["heading"], lines)
    elif fmt == "scan":
        lines = c.get("lines") or style.minutes_lines(c["head"], c["topics"], c["content"])
        style.scan_pdf(path, c["heading"], lines, skew=c.get("skew", -0.6))
    elif fmt == "txt":
        style.txt(path, c["lines"], encoding=c.get("encoding", "utf-8"))
    elif fmt == "paper":
        style.save_phone(style.phone_page(c["heading"], c["lines"]), path, c.get("when"))
    elif fmt == "xlsx-sign":
        sheets.sign_in(path, c["sheet_title"], c.get("branch"), c["present"])
    elif fmt == "xlsx-table":
        sheets.table(path, c["sheet_title"], c["header"], c["rows"], after=c.get("after", ()))
    else:
        raise ValueError(fmt)
    y.add(rel, kind, date, list(items), meeting_type=mtype, needs_ocr=fmt in ("scan", "paper"), note=note)
