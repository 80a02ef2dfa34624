"""Compare a catalog (`taizhang list --json` rows) with the labels: kind, meeting type and date accuracy, misses.

Run: python -m labelled_year.score ARCHIVE [--no-ocr]   (tests/ on sys.path; ARCHIVE built with build_year)
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field

from . import YearLabels


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "-"


@dataclass
class Score:
    n: int = 0
    kind_ok: int = 0
    meeting_ok: int = 0
    date_ok: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (path, what, expected, got)
    confusion: Counter = field(default_factory=Counter)  # (expected kind, got kind) → n

    def line(self) -> str:
        n = self.n
        return (f"files {n}  kind {_pct(self.kind_ok, n)}  meeting_type {_pct(self.meeting_ok, n)}  "
                f"date {_pct(self.date_ok, n)}")


def date_matches(label_date: str | None, precision: str | None, got: str | None, got_precision: str | None,
                 got_source: str | None = None) -> bool:
    """A day label needs the same day; a month/year label the same month/year with that precision."""
    if label_date is None:  # undated: no date, or the mtime fallback that says "unknown"
        return got is None or got_source == "mtime"
    if got is None:
        return False
    if precision == "day":
        return got == label_date and (got_precision or "day") == "day"
    return got.startswith(label_date) and got_precision == precision


def score(labels: YearLabels, rows: list[dict], *, ocr: bool = True, libreoffice: bool = True) -> Score:
    by_path = {r["path"]: r for r in rows}
    s = Score()
    for lab in labels.usable(ocr=ocr, libreoffice=libreoffice):
        row = by_path.get(lab.path)
        if row is None:
            s.misses.append((lab.path, "absent", "", ""))
            s.n += 1
            continue
        s.n += 1
        if row.get("kind") == lab.kind:
            s.kind_ok += 1
        else:
            s.misses.append((lab.path, "kind", lab.kind, str(row.get("kind"))))
        s.confusion[(lab.kind, str(row.get("kind")))] += 1
        if row.get("meeting_type") == lab.meeting_type:
            s.meeting_ok += 1
        else:
            s.misses.append((lab.path, "meeting_type", str(lab.meeting_type), str(row.get("meeting_type"))))
        if date_matches(lab.date, lab.date_precision, row.get("date"), row.get("date_precision"),
                        row.get("date_source")):
            s.date_ok += 1
        else:
            got = f"{row.get('date')} ({row.get('date_precision')}, {row.get('date_source')})"
            s.misses.append((lab.path, "date", str(lab.date), got))
    return s


def main(argv: list[str]) -> int:
    import tempfile
    from pathlib import Path

    from . import build_year

    archive = Path(argv[0])
    ocr = "--no-ocr" not in argv
    with tempfile.TemporaryDirectory() as tmp:
        labels = build_year(Path(tmp) / "y")  # same bytes as the archive's files: labels only
    rows = json.loads(subprocess.run(["taizhang", "--archive", str(archive), "list", "--json"], check=True,
                                     capture_output=True, text=True).stdout)
    s = score(labels, rows, ocr=ocr)
    print(s.line())
    for m in s.misses:
        print("  ", *m, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


@dataclass
class FilingScore:
    n: int = 0  # labelled files that serve an item (originals only)
    top1: int = 0
    top3: int = 0
    none_files: int = 0  # serve-no-item files
    none_suggested: int = 0  # of those, how many got any suggestion at or above `threshold`
    misses: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    def line(self) -> str:
        return (f"filing: files {self.n}  top1 {_pct(self.top1, self.n)}  top3 {_pct(self.top3, self.n)}  "
                f"no-item files suggested {self.none_suggested}/{self.none_files}")


def filing_score(labels: YearLabels, suggest_rows: list[dict], *, threshold: float = 0.5, ocr: bool = True,
                 libreoffice: bool = True) -> FilingScore:
    """Top-1 = the best suggestion is the label's first item; top-3 = the first item is among the best three."""
    by_path = {r["path"]: [s for s in r.get("suggestions", [])] for r in suggest_rows}
    s = FilingScore()
    for lab in labels.usable(ocr=ocr, libreoffice=libreoffice):
        if lab.duplicate_of:
            continue
        sugg = by_path.get(lab.path, [])
        got = [x["item"] for x in sugg]
        if not lab.items:
            s.none_files += 1
            if any(x["score"] >= threshold for x in sugg):
                s.none_suggested += 1
                s.misses.append((lab.path, [], got[:3]))
            continue
        s.n += 1
        if got[:1] == lab.items[:1]:
            s.top1 += 1
        else:
            s.misses.append((lab.path, lab.items, got[:3]))
        if lab.items[0] in got[:3]:
            s.top3 += 1
    return s


def status_score(labels: YearLabels, status_json: dict, *, ocr: bool = True) -> tuple[int, int, list]:
    """(right, total, misses as (item, expected, got, first finding))."""
    got = {it["id"]: it for it in status_json["items"]}
    misses = []
    for item, (status, reason) in labels.expected(ocr=ocr).items():
        it = got.get(item)
        if it is None or it["status"] != status:
            first = (it or {}).get("findings") or [{}]
            misses.append((item, f"{status}（{reason}）", (it or {}).get("status", "absent"), first[0].get("detail", "")))
    return len(labels.expected_status) - len(misses), len(labels.expected_status), misses
