"""One call per file: write it in its format and record its label."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from . import style
from .people import CLERK


def put(y: Year, rel: str, kind: str, date: dt.date | str | None, items: list[str] | tuple[str, ...], fmt: str, *,
        mtype: str | None = None, note: str = "", **c) -> None:
    """fmt: docx (heading, body, sign, table, after) · jiyao (issue, head, topics, decisions) · form (heading, rows,
    before, after) · pdf (heading, lines: text layer) · scan (heading, lines: pixels only) · txt (lines, encoding) ·
    paper (heading, lines: a paper photographed with the phone, .jpg, pixels only)."""
    path = y.path(rel)
    if fmt == "docx":
        style.docx(path, c.get("heading", ""), c.get("body", ()), sign=c.get("sign", ()), table=c.get("table"),
                   after=c.get("after", ()), author=c.get("author", CLERK))
    elif fmt == "jiyao":
        style.jiyao(path, c["issue"], c["head"], c["topics"], c["decisions"], org=c.get("org", "中共云栖社区委员会"))
    elif fmt == "form":
        style.form(path, c["heading"], c["rows"], before=c.get("before", ()), after=c.get("after", ()),
                   author=c.get("author", CLERK))
    elif fmt == "pdf":
        style.text_pdf(path, c["heading"], c["lines"])
    elif fmt == "scan":
        style.scan_pdf(path, c["heading"], c["lines"], skew=c.get("skew", 0.5))
    elif fmt == "txt":
        style.txt(path, c["lines"], encoding=c.get("encoding", "utf-8"))
    elif fmt == "paper":
        style.save_iphone(style.phone_page(c["heading"], c["lines"]), path, c.get("when"))
    else:
        raise ValueError(fmt)
    y.add(rel, kind, date, list(items), meeting_type=mtype, needs_ocr=fmt in ("scan", "paper"), note=note)
