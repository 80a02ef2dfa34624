"""The documents the workbench makes — the four Word reports and the 电子台帐 PDF — and when each was last made.

They are written, atomically (the generators' own writers), into the archive's output folder: the first of
`[archive] output_dirs` (输出/ by default, the folder `taizhang demo` writes to and ingest never reads), under the
names `report all` gives them, so a report made by the command and one made on the page are the same file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from archive.workspace import Workspace

BINDER = "binder"
BINDER_FILE_NAME = "电子台帐.pdf"
BINDER_TITLE = "电子台帐"
DEFAULT_OUTPUT_DIR = "输出"


@dataclass
class MadeOutput:
    kind: str  # a report's name (self-assessment …) or "binder"
    title: str  # 自评表 … 电子台帐
    name: str  # the file's name in the output folder
    path: Path
    made_at: dt.datetime | None  # when the file was last written (local time); None: not made yet
    size: int | None = None
    stale: bool = False  # the catalog (evidence, filings, exclusions, overrides) changed after it was made

    @property
    def made(self) -> bool:
        return self.made_at is not None


def output_folder(ws: Workspace) -> Path:
    return ws.root / (ws.config.output_dirs[0] if ws.config.output_dirs else DEFAULT_OUTPUT_DIR)


def output_kinds() -> list[tuple[str, str, str]]:
    """(kind, title, file name) of every document the page makes, the reports in their usual order, then the binder."""
    from archive.generators.reports import report_file_name
    from archive.generators.settings import REPORT_KINDS, REPORT_TITLES

    return [(k, REPORT_TITLES[k], report_file_name(k)) for k in REPORT_KINDS] + [(BINDER, BINDER_TITLE, BINDER_FILE_NAME)]


def last_change(conn: sqlite3.Connection) -> dt.datetime | None:
    """When the catalog last changed: the latest time among the evidence rows, filings, exclusions and overrides
    (the assessment's fingerprint)."""
    from archive.catalog.pool import fingerprint

    times = []
    for part in fingerprint(conn):
        try:
            times.append(dt.datetime.fromisoformat(part[1]).astimezone())
        except (TypeError, ValueError, IndexError):
            continue
    return max(times, default=None)


def outputs(ws: Workspace, changed_at: dt.datetime | None = None) -> list[MadeOutput]:
    """Each document with when it was last made (its file's modification time) and whether the catalog changed
    after that (`changed_at`, from `last_change`)."""
    folder = output_folder(ws)
    out = []
    for kind, title, name in output_kinds():
        path = folder / name
        try:
            st = path.stat()
        except OSError:
            out.append(MadeOutput(kind, title, name, path, None))
            continue
        made = dt.datetime.fromtimestamp(st.st_mtime).astimezone()
        out.append(MadeOutput(kind, title, name, path, made, st.st_size,
                              stale=changed_at is not None and changed_at > made))
    return out


def output_file(ws: Workspace, name: str) -> Path | None:
    """The made document called `name` (one of `output_kinds`' names only), if it exists."""
    if name not in {n for _, _, n in output_kinds()}:
        return None
    path = output_folder(ws) / name
    return path if path.is_file() else None


def make_output(ws: Workspace, kind: str, status: dict) -> MadeOutput:
    """Write document `kind` from the status document into the output folder, replacing the one made before."""
    from archive.generators import write_binder, write_report
    from archive.generators.errors import ReportError

    known = {k: (title, name) for k, title, name in output_kinds()}
    if kind not in known:
        raise ReportError(f"没有名为「{kind}」的报告。",
                          remedy="可用的报告：" + "、".join(f"{t}（{k}）" for k, (t, _) in known.items()) + "。")
    title, name = known[kind]
    target = output_folder(ws) / name
    if kind == BINDER:
        write_binder(ws, target, status, force=True)
    else:
        write_report(ws, kind, target, status, force=True)
    st = target.stat()
    return MadeOutput(kind, title, name, target, dt.datetime.fromtimestamp(st.st_mtime).astimezone(), st.st_size)
