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


@dataclass
class Score:
    n: int = 0
    kind_ok: int = 0
    meeting_ok: int = 0
    date_ok: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (path, what, expected, got)
    confusion: Counter = field(default_factory=Counter)  # (expected kind, got kind) → n

    def line(self) -> str:
        pct = (lambda k: f"{100 * k / self.n:.1f}%") if self.n else (lambda k: "-")
        return f"files {self.n}  kind {pct(self.kind_ok)}  meeting_type {pct(self.meeting_ok)}  date {pct(self.date_ok)}"


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
