"""Decisions travel: export filings and exclusions to CSV or Excel, import them back (matching a moved file by
its sha256), so they survive a rebuilt catalog and can be reviewed in Excel. Cells are written as data: a file named
"=1+2 会议记录.docx" is text in both formats, never a formula (archive.cells), and reads back unchanged."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archive.catalog import evidence
from archive.catalog import filings as store
from archive.cells import append_data_row, csv_cell, csv_value
from archive.errors import TransferError
from archive.filing.index_sync import refresh_index
from archive.filing.paths import UnknownItem, check_items
from archive.filing.targets import rubric_targets
from archive.fsutil import write_output_bytes
from archive.workspace import Workspace

COLUMNS = ("path", "sha256", "item", "source", "score", "who", "at", "note")
EXCLUDED = "excluded"
SHEET = "归档决定"


def export_rows(ws: Workspace, conn: sqlite3.Connection) -> list[dict]:
    rubric_id = ws.filings_key
    rows = []
    for r in store.export_filings(conn, rubric_id):
        rows.append(dict(zip(COLUMNS, r, strict=True)))
    for r in store.export_exclusions(conn, rubric_id):
        rows.append({"path": r[0], "sha256": r[1], "item": r[2], "source": EXCLUDED, "score": None,
                     "who": r[3], "at": r[4], "note": r[5]})
    return rows


def _fmt(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise TransferError(f"不支持的文件类型「{path.suffix or '无扩展名'}」：{path.name}")
    return suffix


def export_filings(ws: Workspace, conn: sqlite3.Connection, output: Path) -> int:
    """Write every filing and exclusion of the archive's rubric; returns the number of rows."""
    rows = export_rows(ws, conn)
    if _fmt(output) == ".csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
        data = buf.getvalue().encode("utf-8-sig")  # BOM: Excel opens Chinese CSV correctly
    else:
        from openpyxl import Workbook

        wb = Workbook()
        sheet = wb.active
        sheet.title = SHEET
        append_data_row(sheet, list(COLUMNS))
        for row in rows:
            append_data_row(sheet, [row[c] for c in COLUMNS])
        sheet.column_dimensions["A"].width = 60
        out = io.BytesIO()
        wb.save(out)
        data = out.getvalue()
    write_output_bytes(output, data)
    return len(rows)


def _read(path: Path) -> list[dict]:
    if not path.is_file():
        raise TransferError(f"找不到文件：{path}")
    if _fmt(path) == ".csv":
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        rows = [{k: csv_value(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]
        header = list(rows[0].keys()) if rows else next(csv.reader(io.StringIO(text)), [])
    else:
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - any unreadable workbook is the user's bad input
            raise TransferError(f"无法读取 Excel 文件 {path.name}：{exc}") from exc
        values = list(wb.worksheets[0].iter_rows(values_only=True))
        header = [str(h or "").strip() for h in (values[0] if values else [])]
        rows = [dict(zip(header, r, strict=False)) for r in values[1:] if any(c not in (None, "") for c in r)]
    missing = [c for c in ("path", "item", "source") if c not in header]
    if missing:
        raise TransferError(f"{path.name} 缺少列：{'、'.join(missing)}")
    return rows


@dataclass
class ImportReport:
    filings: int = 0
    exclusions: int = 0
    moved: int = 0  # matched by sha256 after the path changed
    unchanged: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row number, Chinese reason)

    def to_json(self) -> dict:
        return {"filings": self.filings, "exclusions": self.exclusions, "moved": self.moved,
                "unchanged": self.unchanged, "problems": [{"row": n, "reason": r} for n, r in self.problems]}


def _find(conn: sqlite3.Connection, path: str, sha: str) -> tuple[int, str | None, bool] | None:
    row = evidence.at_path(conn, path)
    if row and (not sha or row[1] == sha):
        return (row[2] or row[0]), row[1], False
    if sha:
        hit = evidence.original_with_sha(conn, sha)
        if hit:
            return hit[0], hit[1], True
    return None


def _score(value) -> float | None:
    if value in (None, ""):
        return None
    return float(value)


def import_filings(ws: Workspace, conn: sqlite3.Connection, source: Path, who: str | None = None) -> ImportReport:
    """Apply an exported file: each row in its own transaction; a bad row is reported, never stops the rest.
    Automated rows never replace a manual filing already in the catalog."""
    rows = _read(source)
    rubric_id = ws.filings_key
    targets = rubric_targets(ws.rubric())
    report = ImportReport()
    for n, row in enumerate(rows, start=2):
        path = str(row.get("path") or "").strip()
        sha = str(row.get("sha256") or "").strip()
        kind = str(row.get("source") or "").strip()
        try:
            (target,) = check_items(targets, [str(row.get("item") or "").strip()])
        except UnknownItem as exc:
            report.problems.append((n, exc.message.split("。")[0]))
            continue
        if kind not in store.SOURCES and kind != EXCLUDED:
            report.problems.append((n, f"来源「{kind}」无效（应为 manual、folder、suggestion 或 excluded）"))
            continue
        found = _find(conn, path, sha)
        if found is None:
            report.problems.append((n, f"目录中找不到 {path}（也没有内容相同的文件）"))
            continue
        eid, cur_sha, moved = found
        try:
            score = _score(row.get("score"))
        except ValueError:
            report.problems.append((n, f"分数「{row.get('score')}」不是数字"))
            continue
        user = str(row.get("who") or "").strip() or store.current_user(who)
        at = str(row.get("at") or "").strip() or None
        note = str(row.get("note") or "").strip() or None
        with store.transaction(conn):
            if kind == EXCLUDED:
                store.delete_filing(conn, eid, rubric_id, target.id)
                store.put_exclusion(conn, eid, cur_sha, rubric_id, target.id, user, note, at)
                report.exclusions += 1
            elif store.put_filing(conn, eid, rubric_id, target.id, kind, score, user, note, at):
                report.filings += 1
            else:
                report.unchanged += 1
        report.moved += moved
    refresh_index(ws, conn)
    return report
