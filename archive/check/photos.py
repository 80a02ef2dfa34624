"""Reused photos: one picture (resized, re-encoded, cropped a little, sent through WeChat) standing for activities
of different days. Byte copies are ingest's duplicates; this compares what the pictures show (check/photohash.py).

Pairs are narrowed before the expensive comparison: different days, colours that largely overlap and difference
hashes not far apart."""

from __future__ import annotations

from collections import defaultdict

from archive.check.model import CheckContext, Doc, Report
from archive.check.photohash import load_picture, same_picture, sketch

PHOTO_KIND = "照片"
# Prefilter: a cropped, re-encoded copy keeps most of its colours (and most of its hash bits: [check] photo_distance).
MIN_COLOUR_OVERLAP = 0.7


def _day(doc: Doc) -> str:
    return f"{doc.day.year}年{doc.day.month}月{doc.day.day}日"


def candidate_pairs(days: list, hashes: list[int], colours: list, max_bits: int) -> list[tuple[int, int]]:
    """Index pairs (i < j) of different days, hashes at most `max_bits` apart and colours that largely overlap:
    row by row in numpy, so a thousand photos cost a moment."""
    import numpy as np

    n = len(days)
    if n < 2:
        return []
    day = np.array([d.toordinal() for d in days])
    h = np.array(hashes, dtype=np.uint64)
    col = np.array(colours, dtype=np.float32)
    out = []
    for i in range(n - 1):
        bits = np.unpackbits((h[i + 1:] ^ h[i]).view(np.uint8)).reshape(-1, 64).sum(axis=1)
        overlap = np.minimum(col[i + 1:], col[i]).sum(axis=1)
        ok = (day[i + 1:] != day[i]) & (bits <= max_bits) & (overlap >= MIN_COLOUR_OVERLAP)
        out.extend((i, i + 1 + int(j)) for j in np.nonzero(ok)[0])
    return out


def check_photos(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    photos, hashes, colours = [], [], []
    for doc in docs:
        if doc.kind != PHOTO_KIND or doc.day is None:
            continue
        first = sketch(ctx.root / doc.path)
        if first is not None:
            photos.append(doc)
            hashes.append(first[0])
            colours.append(first[1])
    parent = {d.id: d.id for d in photos}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pictures: dict[int, object] = {}

    def picture(doc: Doc):
        if doc.id not in pictures:
            pictures[doc.id] = load_picture(ctx.root / doc.path)
        return pictures[doc.id]

    agreement: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs([d.day for d in photos], hashes, colours, ctx.settings.photo_distance):
        a, b = photos[i], photos[j]
        pa, pb = picture(a), picture(b)
        if pa is None or pb is None:
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
