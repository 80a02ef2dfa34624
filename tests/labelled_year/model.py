"""Label data of the generated year, and the builder that writes files and records their labels."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ORG = "东湖社区党委"
ORG_FULL = "中共临江区滨湖街道东湖社区委员会"
STREET = "滨湖街道"
STREET_PARTY = "滨湖街道党工委"
DISTRICT = "临江区"
HALL = "东湖社区党群服务中心三楼议事厅"
SEED = 20250615


@dataclass
class FileLabel:
    """What an archivist would record for one generated file."""

    path: str  # relative to the corpus root, '/' separators
    kind: str  # one of archive.vocab.EVIDENCE_KINDS
    meeting_type: str | None  # one of MEETING_TYPES, or None
    date: str | None  # ISO day "2025-03-12", month "2025-03", year "2025", or None (undated)
    date_precision: str | None  # day | month | year | None
    items: list[str]  # seed000 item ids served, best first; [] serves no item
    needs_ocr: bool = False  # its text is only in pixels (photo, scanned PDF)
    needs_libreoffice: bool = False  # legacy .doc
    duplicate_of: str | None = None  # byte copy: path of the original
    note: str = ""


@dataclass
class YearLabels:
    year: int
    org: str
    files: list[FileLabel]
    expected_status: dict[str, tuple[str, str]]  # seed000 item id → (status, reason)

    def by_path(self) -> dict[str, FileLabel]:
        return {f.path: f for f in self.files}

    def label(self, path: str) -> FileLabel:
        return self.by_path()[path]

    def expected(self, *, ocr: bool = True, libreoffice: bool = True) -> dict[str, tuple[str, str]]:
        """The expected status per item for an ingest with/without OCR (LibreOffice changes no status)."""
        from .expected import expected_without_ocr

        out = dict(self.expected_status)
        if not ocr:
            out.update(expected_without_ocr(self.year))
        _ = libreoffice
        return out

    def usable(self, *, ocr: bool = True, libreoffice: bool = True) -> list[FileLabel]:
        """Labels of the files an ingest without OCR / LibreOffice can read in full."""
        return [f for f in self.files if (ocr or not f.needs_ocr) and (libreoffice or not f.needs_libreoffice)]


@dataclass
class Year:
    """The builder: destination, seeded randomness, the year, and the labels recorded so far."""

    dest: Path
    year: int
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    labels: list[FileLabel] = field(default_factory=list)
    docx_for_doc: list[tuple[str, str]] = field(default_factory=list)  # (docx rel path, doc rel path) to convert

    def d(self, month: int, day: int, dy: int = 0) -> dt.date:
        """A day of the assessment year (dy=-1: the year before)."""
        return dt.date(self.year + dy, month, day)

    def path(self, rel: str) -> Path:
        p = self.dest / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(
        self,
        rel: str,
        kind: str,
        date: dt.date | str | None,
        items: list[str],
        *,
        meeting_type: str | None = None,
        needs_ocr: bool = False,
        needs_libreoffice: bool = False,
        duplicate_of: str | None = None,
        note: str = "",
    ) -> FileLabel:
        if isinstance(date, dt.date):
            iso, precision = date.isoformat(), "day"
        elif date is None:
            iso, precision = None, None
        else:
            iso = date
            precision = {4: "year", 7: "month", 10: "day"}[len(date)]
        if any(f.path == rel for f in self.labels):
            raise ValueError(f"duplicate label path {rel}")
        label = FileLabel(rel, kind, meeting_type, iso, precision, list(items), needs_ocr, needs_libreoffice,
                          duplicate_of, note)
        self.labels.append(label)
        return label

    def copy_bytes(self, copies: list[tuple[str, str]]) -> None:
        """Byte copies of files already written (source, copy), each labelled as its source and as a copy of it."""
        labels = {lab.path: lab for lab in self.labels}
        for src, dst in copies:
            if src not in labels:
                raise KeyError(f"copy source not generated: {src}")
            shutil.copyfile(self.dest / src, self.path(dst))
            o = labels[src]
            self.add(dst, o.kind, o.date, o.items, meeting_type=o.meeting_type, needs_ocr=o.needs_ocr,
                     needs_libreoffice=o.needs_libreoffice, duplicate_of=src, note="字节相同的副本")

    def stamp_mtimes(self, when: dt.datetime) -> None:
        """Every file gets the day the folder was copied onto the computer it is read on, as real archives do."""
        stamp = when.timestamp()
        for lab in self.labels:
            os.utime(self.dest / lab.path, (stamp, stamp))

    def cn(self, day: dt.date) -> str:
        return f"{day.year}年{day.month}月{day.day}日"
