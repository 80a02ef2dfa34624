"""Reused photos: one picture (resized, re-encoded, cropped a little, sent through WeChat) standing for activities
of different days. Byte copies are ingest's duplicates; this compares what the pictures show (check/photohash.py).

Pairs are narrowed before the expensive comparison: different days, colours that largely overlap and difference
hashes not far apart."""

from __future__ import annotations

from collections import defaultdict

from archive.check.model import CheckContext, Doc, Report
from archive.check.photohash import colour_overlap, distance, load_picture, same_picture

PHOTO_KIND = "照片"
# Prefilter: a cropped, re-encoded copy keeps most of its colours (and most of its hash bits: [check] photo_distance).
MIN_COLOUR_OVERLAP = 0.7


def _day(doc: Doc) -> str:
    return f"{doc.day.year}年{doc.day.month}月{doc.day.day}日"


def check_photos(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    photos = [d for d in docs if d.kind == PHOTO_KIND and d.day is not None]
    pictures = {}
    for doc in photos:
        pic = load_picture(ctx.root / doc.path)
        if pic is not None:
            pictures[doc.id] = pic
    photos = [d for d in photos if d.id in pictures]
    parent = {d.id: d.id for d in photos}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    agreement: dict[tuple[int, int], float] = {}
    limit = ctx.settings.photo_distance
    for i, a in enumerate(photos):
        pa = pictures[a.id]
        for b in photos[i + 1:]:
            if a.day == b.day:
                continue
            pb = pictures[b.id]
            if distance(pa.hash, pb.hash) > limit or colour_overlap(pa, pb) < MIN_COLOUR_OVERLAP:
                continue
            share = same_picture(pa, pb)
            if share is not None and share >= ctx.settings.photo_agreement:
                agreement[(a.id, b.id)] = share
                parent[find(a.id)] = find(b.id)
    groups: dict[int, list[Doc]] = defaultdict(list)
    seen = {k for pair in agreement for k in pair}
    for d in photos:
        if d.id in seen:
            groups[find(d.id)].append(d)
    out = []
    for group in groups.values():
        group.sort(key=lambda d: (d.day, d.path))
        ids = {d.id for d in group}
        low = min(v for (x, y), v in agreement.items() if x in ids and y in ids)
        days = [_day(d) for d in group]
        out.append(Report(
            "reused_photo", "high", [d.path for d in group],
            f"这{len(group)}张照片是同一张照片（经过缩放、压缩或裁剪），却分别作为{'、'.join(days)}的活动照片。"
            f"考核组会认为照片被挪用。请找出每次活动自己的原始照片（手机相册、微信群原图）核对，"
            f"或说明这张照片实际属于哪一次活动、另一次活动有无照片。",
            {"photos": len(group), "dates": days, "agreement": round(low, 3)}))
    return out
