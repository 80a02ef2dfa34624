"""What the pages show, read through the library: the assessment's status dict, the catalog, search and filing."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import OrderedDict
from contextlib import closing
from pathlib import Path

from archive.catalog import connect, iter_evidence
from archive.catalog.evidence import Evidence, ids_at_paths, ids_by_path, is_present
from archive.errors import TaizhangError, UsageError
from archive.workspace import Workspace

EXCERPT_CHARS = 300  # text excerpt shown for Word/Excel evidence on an item page
PREVIEW_MAX_SIDE = 360  # first-page previews of PDFs, pixels
SHEET_ROWS_SHOWN = 200  # rows of each sheet a spreadsheet's evidence page shows as a table
SPREADSHEET_FORMATS = ("xlsx", "xls", "et")
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
CANDIDATES_MAX = 300  # evidence offered in an item page's "file here" list
WEB_USER = "网页"
# How long a write from the page waits for another writer (an ingest) before answering 稍后再试.
WEB_WRITE_WAIT_SECONDS = 10.0


class ArchiveView:
    """One archive as the page sees it. The status dict is cached until the catalog's decisions or evidence change."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._lock = threading.Lock()
        self._understood: tuple[int, list, dict[str, str]] | None = None
        self._status: dict | None = None
        self._status_key: tuple | None = None
        self._checks: list[dict] | None = None
        self._checks_key: tuple | None = None
        self._review: dict | None = None
        self._review_key: tuple | None = None

    @property
    def rubric(self):
        """The archive's rubric as it is now: parsed again when its file or taizhang.toml changed (a rubric made or
        corrected on the page, or by `taizhang rubric import`)."""
        return self.ws.rubric()

    # --- reading -----------------------------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        return connect(self.ws.catalog_path)

    def _writing(self, command: str):
        """A writing session for one change made on the page: it waits briefly for another writer."""
        from archive.handle import Archive

        return Archive(self.ws).writing(f"serve：{command}", wait_seconds=WEB_WRITE_WAIT_SECONDS)

    def _fingerprint(self, conn: sqlite3.Connection) -> tuple:
        """Cheap summary of everything the assessment reads; a change in any of them recomputes the status."""
        from archive.catalog.pool import fingerprint

        return fingerprint(conn), id(self.rubric), id(self.ws.config)  # the rubric and the settings are read too

    def status(self) -> dict:
        """The `status --json` dict: the single source every page shows."""
        from archive.assess import assess_archive

        with closing(self._conn()) as conn:
            key = self._fingerprint(conn)
        with self._lock:
            if self._status is None or key != self._status_key:
                self._status = assess_archive(self.ws).to_json()
                self._status_key = key
            return self._status

    def self_check(self) -> list[dict]:
        """`taizhang check`'s reports, most serious first, each with its files' ids for links; cached like the
        status."""
        from archive.catalog.evidence import id_of
        from archive.check import SEVERITY_LABELS, check_archive

        with closing(self._conn()) as conn:
            key = self._fingerprint(conn)
            with self._lock:
                if self._checks is None or key != self._checks_key:
                    self._checks = [{**r.to_json(), "label": r.label, "severity_label": SEVERITY_LABELS[r.severity],
                                     "files": [(p, id_of(conn, p)) for p in r.paths]}
                                    for r in check_archive(self.ws, conn)]
                    self._checks_key = key
                return self._checks

    def invalidate(self) -> None:
        with self._lock:
            self._understood = None
            self._status = None
            self._checks = None
            self._review = None

    def item(self, item_id: str) -> dict | None:
        return next((it for it in self.status()["items"] if it["id"] == item_id), None)

    def items_by_category(self) -> list[tuple[dict, list[dict]]]:
        status = self.status()
        groups: OrderedDict[str, list[dict]] = OrderedDict()
        for it in status["items"]:
            groups.setdefault(it["category"], []).append(it)
        cats = {c["name"]: c for c in status.get("categories", [])}
        return [(cats.get(name, {"name": name, "points": sum(i["points"] for i in items),
                                 "score": sum(i["score"] or 0 for i in items)}), items)
                for name, items in groups.items()]

    def requirements(self, item_id: str) -> list:
        it = self.rubric.item(item_id)
        return it.requirements if it else []

    def item_titles(self) -> dict[str, str]:
        return {it.id: it.heading for it in self.rubric.items()}

    def kinds(self) -> list[str]:
        from archive.rubric.model import EVIDENCE_KINDS

        return list(EVIDENCE_KINDS)

    def _evidence_by_ids(self, conn: sqlite3.Connection, ids: list[int]) -> list[Evidence]:
        return list(iter_evidence(conn, ids=ids, include_gone=True, with_text=True, rubric_id=self.rubric.id))

    def evidence(self, eid: int) -> Evidence | None:
        with closing(self._conn()) as conn:
            found = self._evidence_by_ids(conn, [eid])
        return found[0] if found else None

    def evidence_rows(self, paths: list[str]) -> list[dict]:
        """An item's evidence in the order the assessment lists it, with what its preview should be."""
        if not paths:
            return []
        with closing(self._conn()) as conn:
            by_path = {ev.path: ev for ev in self._evidence_by_ids(conn, ids_at_paths(conn, paths))}
        rows = []
        for path in paths:
            ev = by_path.get(path)
            if ev is None:
                continue
            preview = "image" if (ev.thumbnail or ev.format == "pdf") else "text"
            rows.append({"ev": ev, "preview": preview, "excerpt": (ev.text or "")[:EXCERPT_CHARS]})
        return rows

    def is_cataloged(self, rel: str) -> bool:
        with closing(self._conn()) as conn:
            return is_present(conn, rel)

    def highlighted_text(self, ev: Evidence, query: str) -> str:
        """The full text with the query's words marked 【】 (escaped and turned into <mark> by the template)."""
        return _marked(ev.text or "", [w for w in query.split() if w.strip()])

    def sheets(self, ev: Evidence, query: str) -> list[dict]:
        """A spreadsheet's sheets as the evidence page shows them, as tables: each sheet's name, its first
        SHEET_ROWS_SHOWN rows as rows of (cell text with the query's words marked, columns spanned, whether it is a
        number) — a row of one
        cell (a sheet's title) spans the sheet's width, short rows are filled out — and how many rows it has.
        Empty for anything but a spreadsheet."""
        if ev.format not in SPREADSHEET_FORMATS or not ev.tables:
            return []
        words = [w for w in query.split() if w.strip()]
        out = []
        for table in ev.tables:
            rows, name = table.get("rows") or [], table.get("name") or ""  # as the catalog keeps them (JSON)
            width = max((len(r) for r in rows), default=0)
            shown = []
            for row in rows[:SHEET_ROWS_SHOWN]:
                cells = [(_marked(str(c), words), 1, bool(_NUMBER.match(str(c)))) for c in row]
                if len(cells) == 1 and width > 1:
                    shown.append([(cells[0][0], width, False)])
                else:
                    shown.append(cells + [("", 1, False)] * (width - len(cells)))
            out.append({"name": name, "rows": shown, "total": len(rows), "width": width})
        return out

    def preview(self, eid: int) -> Path | None:
        """A picture of the evidence: the image's thumbnail, or the first page of a PDF rendered once and cached."""
        ev = self.evidence(eid)
        if ev is None:
            return None
        if ev.thumbnail:
            thumb = self.ws.thumbs_dir / Path(ev.thumbnail).name
            return thumb if thumb.is_file() else None
        if ev.format != "pdf" or not ev.sha256 or ev.error:
            return None
        target = self.ws.thumbs_dir / f"{ev.sha256}-page1.png"
        if not target.is_file():
            from archive.web.preview import render_pdf_first_page

            source = self.ws.root / ev.path
            if not source.is_file() or not render_pdf_first_page(source, target, PREVIEW_MAX_SIDE):
                return None
        return target

    # --- search ------------------------------------------------------------------------------------------------
    def search(self, form: dict) -> tuple[dict, str | None]:
        """The hits, and what the command line tells besides them (pipelines/search.py `outcome_words`): the date
        filter read from the query or the fields, the nearest matches outside it when nothing falls inside, and
        how many matches it cannot judge."""
        from archive.pipelines.search import SearchFilters, outcome_words, search_report

        filters = SearchFilters(item=form["item"] or None, kind=form["kind"] or None, date_from=form["from"] or None,
                                date_to=form["to"] or None, unfiled=form["unfiled"], limit=50)
        try:
            outcome = search_report(self.ws, form["q"], filters)
        except TaizhangError as exc:
            return {"hits": [], "nearest": [], "words": None}, exc.message
        words = outcome_words(outcome, form["q"])
        with closing(self._conn()) as conn:
            ids = ids_by_path(conn)
        rows = [{"hit": h, "id": ids.get(h.path), "outside": words.outside.get(h.path)} for h in outcome.hits]
        nearest = [{"hit": h, "id": ids.get(h.path), "outside": f"不在{words.period}内"}
                   for h in outcome.nearest] if not rows else []
        return {"hits": rows, "nearest": nearest, "words": words}, None

    # --- filing (the same functions as the CLI) -------------------------------------------------------------------
    def suggestions_for(self, path: str) -> list[dict]:
        try:
            from archive.filing import suggest
        except ImportError:
            return []
        conn = self._conn()
        try:
            found = suggest(self.ws, conn, paths=[path], top=3)
        except TaizhangError:
            return []
        finally:
            conn.close()
        # `filed` says which suggested items the file is filed to already (the page offers no 接受 for them)
        return [sg.to_json() | {"filed": sg.filed} for sg in found[0].suggestions] if found else []

    def candidates_for(self, item_id: str) -> list[Evidence]:
        """Evidence that could be filed here: readable, not a copy, not filed to this item yet."""
        with closing(self._conn()) as conn:
            rows = [ev for ev in iter_evidence(conn, include_duplicates=False, rubric_id=self.rubric.id)
                    if not ev.error and item_id not in ev.items]
        rows.sort(key=lambda ev: (bool(ev.items), ev.path))  # unfiled first
        return rows[:CANDIDATES_MAX]

    def _check_item(self, item_id: str) -> None:
        if self.rubric.item(item_id) is None:
            raise UsageError(f"评分项「{item_id}」不在评分表 {self.rubric.id} 中。")

    def file(self, path: str, item_ids: list[str], accepted: bool = False) -> None:
        from archive.filing import file_evidence

        for item_id in item_ids:
            self._check_item(item_id)
        if not item_ids:
            raise UsageError("请选择要归档到的评分项。")
        with self._writing("归档") as conn:
            file_evidence(self.ws, conn, [path], item_ids, who=WEB_USER)
        self.invalidate()

    def unfile(self, path: str, item_id: str) -> None:
        from archive.filing import unfile_evidence

        self._check_item(item_id)
        with self._writing("取消归档") as conn:
            unfile_evidence(self.ws, conn, path, item_id, who=WEB_USER)
        self.invalidate()

    def reject(self, path: str, item_id: str) -> None:
        from archive.filing import reject_suggestion

        self._check_item(item_id)
        with self._writing("拒绝建议") as conn:
            reject_suggestion(self.ws, conn, path, item_id, who=WEB_USER)
        self.invalidate()

    def override(self, item_id: str, status: str, score: float | None, note: str) -> None:
        from archive.assess import set_override

        self._check_item(item_id)
        with self._writing("人工认定") as conn:
            set_override(self.ws, conn, item_id, status, score=score, note=note, who=WEB_USER)
        self.invalidate()

    def clear_override(self, item_id: str) -> None:
        from archive.assess import clear_override

        self._check_item(item_id)
        with self._writing("撤销人工认定") as conn:
            clear_override(self.ws, conn, item_id)
        self.invalidate()

    # --- adding evidence, documents to download ----------------------------------------------------------------
    def add_evidence(self, name: str, stream, folder: str | None, item: str | None):
        """Save an uploaded file into the archive, read it, file it to `item` when given (pipelines/upload.py)."""
        from archive.pipelines.upload import add_evidence

        try:
            return add_evidence(self.ws, name, stream, folder=folder, item=item, who=WEB_USER,
                                lock_wait=WEB_WRITE_WAIT_SECONDS)
        finally:
            self.invalidate()

    def report(self, kind: str) -> tuple[bytes, str] | None:
        """A Word report made from the current status: (bytes, file name), or None for an unknown report."""
        from archive.generators.reports import build_report, report_file_name
        from archive.generators.settings import REPORT_KINDS

        if kind not in REPORT_KINDS:
            return None
        return build_report(self.ws, kind, self.status()), report_file_name(kind)

    def binder(self) -> bytes:
        """The 电子台帐 PDF made from the current status (written to a temporary folder, then read)."""
        import tempfile

        from archive.generators.binder import write_binder

        with tempfile.TemporaryDirectory(prefix="taizhang-binder-") as tmp:
            out = Path(tmp) / "电子台帐.pdf"
            write_binder(self.ws, out, self.status())
            return out.read_bytes()

    # --- the rubric: what it is understood to ask, a table imported, an item corrected ------------------------
    def _read_rubric(self) -> tuple[list, dict[str, str]]:
        """The rubric's items as `rubric import` lists them (rubric/summary.py) and the ones a person corrected,
        marked as the 评分表 page shows them; kept while the rubric is the same."""
        from archive.pipelines.rubric_file import corrected_items
        from archive.rubric.summary import understood

        rubric = self.rubric
        with self._lock:
            if self._understood is None or self._understood[0] != id(rubric):
                items = understood(rubric) if rubric.kind == "points" else []
                self._understood = (id(rubric), items, dict.fromkeys(corrected_items(rubric), "已人工改正"))
            return self._understood[1], self._understood[2]

    def understood(self) -> list:
        return self._read_rubric()[0]

    def corrected(self) -> dict[str, str]:
        return self._read_rubric()[1]

    def own_rubric_name(self) -> str | None:
        from archive.pipelines.rubric_file import own_rubric_name

        return own_rubric_name(self.ws)

    def read_table(self, name: str, stream):
        """An uploaded scoring table read into a draft (pipelines/rubric_file.py); the archive is not changed."""
        from archive.pipelines.rubric_file import read_table

        return read_table(self.ws, name, stream)

    def draft(self, draft_id: str):
        from archive.pipelines.rubric_file import load_draft

        return load_draft(self.ws, draft_id)

    def use_draft(self, draft_id: str):
        """Make a draft the archive's rubric, in a writing session."""
        from archive.pipelines.rubric_file import use_draft

        with self._writing("使用评分表") as conn:
            draft = use_draft(self.ws, conn, draft_id)
        self.invalidate()
        return draft

    def rubric_item(self, item_id: str):
        """(the item as the rubric has it, whether it can be corrected here: the archive's own rubric file)."""
        from archive.pipelines.rubric_file import own_rubric_item

        own, item = own_rubric_item(self.ws, item_id)
        return (item, True) if own is not None else (self.rubric.item(item_id), False)

    def item_yaml(self, item) -> str:
        from archive.rubric.loader import item_yaml

        return item_yaml(item)

    def correct_item(self, item_id: str, text: str):
        """One item's requirements as written in the form, validated and saved, in a writing session."""
        from archive.pipelines.rubric_file import correct_item

        with self._writing("改正评分项") as conn:
            item = correct_item(self.ws, conn, item_id, text)
        self.invalidate()
        return item

    # --- settings ------------------------------------------------------------------------------------------------
    def settings(self):
        from archive.pipelines.settings import read_settings

        return read_settings(self.ws)

    def save_settings(self, new):
        """The settings saved into taizhang.toml, in a writing session (pipelines/settings.py)."""
        from archive.pipelines.settings import save_settings

        with self._writing("修改设置") as conn:
            saved = save_settings(self.ws, conn, new)
        self.invalidate()
        return saved

    # --- the archivist's workbench: 添加材料, 待处理, 报告 --------------------------------------------------------
    def upload(self, files: list[tuple[str, object]], folder: str | None, item: str | None):
        """Several files (a .zip unpacked) saved, read and read back (pipelines/upload.py `add_files`)."""
        from archive.pipelines.upload import add_files

        try:
            return add_files(self.ws, files, folder=folder, item=item, who=WEB_USER,  # type: ignore[arg-type]
                             lock_wait=WEB_WRITE_WAIT_SECONDS)
        finally:
            self.invalidate()

    def read_back(self, ids: list[int]) -> list:
        """What the files of an earlier upload were read as, and their suggestions now."""
        from archive.pipelines.upload import read_back

        with closing(self._conn()) as conn:
            return read_back(self.ws, conn, ids)

    def folders(self) -> list[str]:
        """Every folder that holds catalogued files (for the upload's folder field), outside the output folders."""
        with closing(self._conn()) as conn:
            paths = ids_by_path(conn)
        found = set()
        for path in paths:
            parts = path.split("/")[:-1]
            for n in range(1, len(parts) + 1):
                found.add("/".join(parts[:n]))
        return sorted(found)

    def review_queue(self) -> dict:
        """The 待处理 page: `taizhang review`'s entries grouped as the page lists them, each decision a (path, item)
        pair; cached like the status."""
        from archive.pipelines.review import review_queue

        with closing(self._conn()) as conn:
            key = self._fingerprint(conn)
            with self._lock:
                if self._review is None or key != self._review_key:
                    queue = review_queue(self.ws, conn)
                    self._review = _review_groups(queue, ids_by_path(conn), self.item_titles())
                    self._review_key = key
                return self._review

    def decide(self, accept: list[tuple[str, str]], reject: list[tuple[str, str]]):
        """Several (path, item) decisions in one writing session (filing/manual.py `decide`)."""
        from archive.filing import decide

        with self._writing("处理待办") as conn:
            done = decide(self.ws, conn, accept, reject, who=WEB_USER)
        self.invalidate()
        return done

    def outputs(self) -> list:
        """The four reports and the binder, each with when it was last made and whether the archive changed since."""
        from archive.pipelines.outputs import last_change, outputs

        with closing(self._conn()) as conn:
            changed = last_change(conn)
        return outputs(self.ws, changed)

    def make_output(self, kind: str) -> list:
        """Make one document (or all five: `all`) from the current status into the output folder, in a writing
        session: nothing else writes while it is made."""
        from archive.pipelines.outputs import make_output, output_kinds

        kinds = [k for k, _, _ in output_kinds()] if kind == "all" else [kind]
        with self._writing("生成报告"):
            status = self.status()
            return [make_output(self.ws, k, status) for k in kinds]

    def output_file(self, name: str) -> Path | None:
        from archive.pipelines.outputs import output_file

        return output_file(self.ws, name)

    def output_folder_name(self) -> str:
        from archive.pipelines.outputs import output_folder

        return output_folder(self.ws).relative_to(self.ws.root).as_posix()


DUE_ORDER = ("本月", "本两个月内", "本季度", "本半年")  # the periods not ended yet, soonest first (assess/periods.py)


def due_soon(status: dict) -> list[dict]:
    """The status document's `due` list (what falls due in the periods not yet ended: 本月尚无支委会记录, 6月党费尚待
    收缴登记, 共建活动还需3次 …), soonest first: this month's (本月…, or the as-of month's own: 6月…), then the two
    months', the quarter's, the half-year's, then the year's; each (item, text) once."""
    month = ""
    try:
        month = f"{int(str(status.get('as_of') or '')[5:7])}月"
    except ValueError:
        pass

    def order(d: dict) -> int:
        if month and d["text"].startswith(month):
            return 0
        return next((n for n, word in enumerate(DUE_ORDER) if d["text"].startswith(word)), len(DUE_ORDER))

    seen, out = set(), []
    for d in sorted(status.get("due") or [], key=order):
        if (d["item"], d["text"]) not in seen:
            seen.add((d["item"], d["text"]))
            out.append(d)
    return out


def _review_groups(queue, ids: dict[str, int], titles: dict[str, str]) -> dict:
    """The review entries as the page shows them: the unfiled files with their suggestions (one checkbox each), the
    files automation held back, the photos with nothing to go by, the filings to confirm (low score, kind that
    cannot serve, held back but filed by a suggestion), the items with no evidence."""
    from archive.filing.review import REVIEW_LABELS, SELF_CHECK

    groups: dict[str, list[dict]] = {"unfiled": [], "held": [], "photos": [], "confirm": [], "unserved": []}
    for e in queue.entries:
        row = {"type": e.type, "label": REVIEW_LABELS[e.type], "path": e.path, "id": ids.get(e.path or ""),
               "item": e.item, "item_text": titles.get(e.item or "", ""), "score": e.score, "detail": e.detail,
               "words": e.words}
        if e.type == SELF_CHECK:
            continue
        es = queue.suggestions.get(e.path)
        filed = bool(es and e.item and any(s.item == e.item and s.filed for s in es.suggestions))
        if e.type == "unfiled":
            row["suggestions"] = [{"item": s.item, "item_text": titles.get(s.item, ""), "score": s.score, "why": s.why,
                                   "held": s.held.label if s.held else None, "low": s.score < queue.min_score}
                                  for s in (es.suggestions if es else []) if not s.filed]
            groups["unfiled"].append(row)
        elif e.type == "photo_unread":
            groups["photos"].append(row)
        elif e.type == "item_unserved":
            groups["unserved"].append(row)
        elif e.type in ("low_score", "kind_mismatch") or filed:  # filed by a suggestion: confirm or take off
            groups["confirm"].append(row)
        else:  # held back: offered to the item it is nearest to (filing it is the archivist's call)
            if not row["item"] and es and es.best:
                row["item"], row["item_text"] = es.best.item, titles.get(es.best.item, "")
            groups["held"].append(row)
    return groups


def _marked(text: str, words: list[str]) -> str:
    """`text` with every occurrence of `words` (folded as the search folds them) between 【】."""
    from archive.indexer import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
    from archive.indexer.analysis import normalize

    if not words or not text:
        return text
    folded = normalize(text)
    if len(folded) != len(text):  # normalisation changed lengths: mark nothing rather than the wrong place
        return text
    marks = [False] * len(text)
    for word in words:
        needle = normalize(word)
        start = folded.find(needle)
        while needle and start >= 0:
            for i in range(start, start + len(needle)):
                marks[i] = True
            start = folded.find(needle, start + len(needle))
    out, inside = [], False
    for ch, marked in zip(text, marks, strict=True):
        if marked != inside:
            out.append(HIGHLIGHT_OPEN if marked else HIGHLIGHT_CLOSE)
            inside = marked
        out.append(ch)
    if inside:
        out.append(HIGHLIGHT_CLOSE)
    return "".join(out)
