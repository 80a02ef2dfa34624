"""Copied records: records of different dates (minutes, 党课 and activity records) whose bodies are the same or
nearly so once the fields, dates, numbers and layout are taken out. Byte copies are ingest's duplicates and are not
seen here.

Fast on thousands of records: each body becomes a set of hashed character shingles; a sample of them (a fixed
hash residue) goes into an inverted index, so only records sharing many sampled shingles are compared in full
(Jaccard), and shingles that occur in very many records (boilerplate) are left out of the index."""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

from archive.check.model import CheckContext, Doc, Report
from archive.extract.dates import find_dates
from archive.extract.minutes import LABELS, STOP_LABELS

SHINGLE = 4  # characters per shingle
SAMPLE_MOD = 4  # one shingle in SAMPLE_MOD (by hash) is indexed
COMMON_POSTINGS = 50  # a sampled shingle in more records than this is boilerplate, not evidence of copying
CANDIDATE_SHARE = 0.5  # share of the smaller record's sampled shingles two records must have in common

# Labels whose values differ from meeting to meeting without saying anything of its content; the content labels
# (议题, 会议内容, 主要内容, 决议 …) stay, with their values.
_CONTENT_FIELDS = {"议题"}
_CONTENT_STOPS = {"会议内容", "会议记录", "内容", "决议", "会议决议", "决议事项", "会议主要内容", "主要内容"}
_FIELD_LABELS = ({k.replace(" ", "") for k, v in LABELS.items() if v not in _CONTENT_FIELDS}
                 | {k for k in STOP_LABELS if k not in _CONTENT_STOPS})
_RE_LABEL_LINE = re.compile(r"^\s*([\u4e00-\u9fff ]{1,12})\s*[:：]")
_RE_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z]+")
_RE_NUMERAL = re.compile(r"[零〇一二三四五六七八九十两百]+(?=[人名位次个项条月日号])")


def body_of(doc: Doc) -> str:
    """The record's words without its title, field lines (会议时间：…), dates, numbers, spaces and punctuation."""
    text = doc.text
    for f in reversed(find_dates(text)):
        text = text[:f.start] + text[f.end:]
    lines = text.splitlines()[1:]  # the first line is the title
    kept = []
    for line in lines:
        cells = line.split("\t")
        i = 0
        while i < len(cells):
            cell = cells[i]
            if cell.replace(" ", "").rstrip(":：") in _FIELD_LABELS:  # a table's label cell and its value
                i += 2
                continue
            m = _RE_LABEL_LINE.match(cell)
            if not (m and m.group(1).replace(" ", "") in _FIELD_LABELS):  # 会议时间：… written on one line
                kept.append(cell)
            i += 1
    body = _RE_NUMERAL.sub("", "".join(kept))
    return _RE_KEEP.sub("", body)


def shingles(body: str) -> set[int]:
    return {zlib.crc32(body[i:i + SHINGLE].encode("utf-8")) for i in range(max(0, len(body) - SHINGLE + 1))}


def _when(doc: Doc) -> str:
    d = doc.date
    if d is None:
        return "日期不详"
    if doc.precision == "day":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月" if doc.precision == "month" else f"{d.year}年"


def _differ(a: Doc, b: Doc) -> bool:
    """Different dates, as far as both are known."""
    if a.date is None or b.date is None:
        return False
    if "year" in (a.precision, b.precision):
        return a.date.year != b.date.year
    if "month" in (a.precision, b.precision):
        return (a.date.year, a.date.month) != (b.date.year, b.date.month)
    return a.date != b.date


def check_copies(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    s = ctx.settings
    cands = [d for d in docs if d.kind in s.copy_kinds and d.date is not None]
    sets: list[set[int]] = []
    samples: list[set[int]] = []
    keep: list[Doc] = []
    for doc in cands:
        body = body_of(doc)
        if len(body) < s.min_body_chars:
            continue
        sh = shingles(body)
        keep.append(doc)
        sets.append(sh)
        samples.append({h for h in sh if h % SAMPLE_MOD == 0})
    postings: dict[int, list[int]] = defaultdict(list)
    for i, sample in enumerate(samples):
        for h in sample:
            postings[h].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > COMMON_POSTINGS:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    parent = list(range(len(keep)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims: dict[tuple[int, int], float] = {}
    for (i, j), n in shared.items():
        if n < CANDIDATE_SHARE * max(1, min(len(samples[i]), len(samples[j]))):
            continue
        if not _differ(keep[i], keep[j]):
            continue
        a, b = sets[i], sets[j]
        sim = len(a & b) / len(a | b)
        if sim >= s.copy_similarity:
            sims[(i, j)] = sim
            parent[find(i)] = find(j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in {k for pair in sims for k in pair}:
        clusters[find(i)].append(i)
    out = []
    for members in clusters.values():
        members.sort(key=lambda k: (keep[k].date, keep[k].path))
        group = [keep[k] for k in members]
        pair_sims = [v for (i, j), v in sims.items() if i in members and j in members]
        low = min(pair_sims)
        dates = "、".join(_when(d) for d in group)
        n = len(group)
        out.append(Report(
            "copied_record", "high", [d.path for d in group],
            f"这{n}份记录日期不同（{dates}），正文却几乎一样（除去日期、人数等字段后相似度{low:.0%}），"
            f"考核组会认为记录是照抄的。请找出每次会议的原始记录（记录本、签到表、照片）逐份核对；"
            f"如确是内容相同的会议，请在记录中写明原因。",
            {"records": n, "similarity": round(low, 3), "dates": [_when(d) for d in group]}))
    return out
