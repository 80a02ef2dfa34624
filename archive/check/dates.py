"""Dates that do not agree: a record signed (落款) before the meeting it records; a photo taken (EXIF) on another day
than the meeting it is filed with; evidence dated after the date the archive is judged at."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from archive.check.model import CheckContext, Doc, Report
from archive.extract.dates import find_dates, signature_date

F_TIME = "会议时间"
MEETING_KIND = "会议记录"
PHOTO_KIND = "照片"


def _cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def meeting_day(doc: Doc) -> dt.date | None:
    """The day the record says the meeting was held: its 会议时间 field, else its own date when known to the day."""
    value = doc.fields.get(F_TIME)
    if value:
        days = [f.date for f in find_dates(str(value)) if f.precision == "day"]
        if days:
            return days[0]
    return doc.day if doc.date_source == "content" else None


def _exif_day(doc: Doc) -> dt.date | None:
    raw = str(doc.meta.get("exif_date") or "")[:10]
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


def _folder_day(folder: str) -> dt.date | None:
    """A day written in the folder's own name (2025-03-28主题党日, 2025年3月28日党员大会)."""
    name = folder.rsplit("/", 1)[-1]
    days = [f.date for f in find_dates(name.replace("-", ".").replace("_", ".")) if f.precision == "day"]
    return days[0] if len(days) == 1 else None


def check_dates(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    out: list[Report] = []
    meetings_in: dict[str, list[tuple[Doc, dt.date]]] = defaultdict(list)
    for doc in docs:
        if doc.kind != MEETING_KIND:
            continue
        held = meeting_day(doc)
        if held is None:
            continue
        meetings_in[doc.folder].append((doc, held))
        signed = signature_date(doc.text)
        if signed is not None and signed.precision == "day" and signed.date < held:
            days = (held - signed.date).days
            out.append(Report(
                "signed_before_meeting", "high", [doc.path],
                f"会议记录（{doc.name}）记的是{_cn(held)}的会议，落款日期却是{_cn(signed.date)}，早了{days}天。"
                f"请对照原始记录本核实会议日期和落款日期；如是笔误，请在原件上更正并说明。",
                {"meeting": held.isoformat(), "signed": signed.date.isoformat(), "days": days}))
    tolerance = ctx.settings.photo_day_tolerance
    for doc in docs:
        if doc.kind != PHOTO_KIND:
            continue
        taken = _exif_day(doc)
        if taken is None:
            continue
        folder_day = _folder_day(doc.folder) if doc.folder else None
        meetings = meetings_in.get(doc.folder, [])
        if folder_day is not None:
            held, under = folder_day, [m for m, day in meetings if day == folder_day]
        elif len(meetings) == 1:
            held, under = meetings[0][1], [meetings[0][0]]
        else:
            continue
        days = abs((taken - held).days)
        if days > tolerance:
            what = f"《{under[0].name}》（{_cn(held)}）" if under else f"文件夹“{doc.folder}”所写的{_cn(held)}"
            out.append(Report(
                "photo_day", "medium", [doc.path, *(m.path for m in under)],
                f"照片（{doc.name}）的拍摄日期（EXIF）是{_cn(taken)}，与它所在的会议{what}相差{days}天。"
                f"请核实这张照片是哪次活动拍的：找出当次活动的原始照片，或把它移到所属活动的材料中并说明。",
                {"taken": taken.isoformat(), "meeting": held.isoformat(), "days": days}))
    for doc in docs:
        if doc.date is None:
            continue
        if doc.date > ctx.as_of and (doc.date.year <= ctx.year or doc.date > ctx.today):
            when = _cn(doc.date) if doc.precision == "day" else (
                f"{doc.date.year}年{doc.date.month}月" if doc.precision == "month" else f"{doc.date.year}年")
            out.append(Report(
                "after_as_of", "medium" if doc.date > ctx.today else "low", [doc.path],
                f"《{doc.name}》的日期是{when}，晚于核查日期{_cn(ctx.as_of)}"
                + ("，也晚于今天" if doc.date > ctx.today else "")
                + "。请核实材料上的日期是否写错；尚未发生的活动不能作为已完成的证明材料。",
                {"date": doc.date.isoformat(), "as_of": ctx.as_of.isoformat()}))
    return out
