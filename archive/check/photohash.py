"""Is it one picture? A photo sent in twice is resized, re-encoded (WeChat) and cropped a little, so bytes and
pixels differ; its content sits in the same places. Two stages:

1. a 64-bit difference hash (dHash, on Pillow) of each photo: pairs far apart are not compared further;
2. for the rest, OpenCV's ORB keypoints matched and an affine map fitted with RANSAC; one photo is laid over the
   other with it, and the textured blocks of the overlap must agree. Two photos that only share a banner or a
   layout (the same 主题党日 backdrop at two events) align on what they share and disagree elsewhere.

OpenCV (opencv-python, installed with rapidocr-onnxruntime for OCR) does the keypoints and RANSAC: a perceptual hash
alone cannot tell a cropped copy from another photo of the same board, which is what matters here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

HASH_W, HASH_H = 9, 8
WORK_SIDE = 640  # photos are compared at this longest side
ORB_FEATURES = 500
RATIO = 0.75  # Lowe's ratio test for keypoint matches
MIN_INLIERS = 12
RANSAC_PX = 4.0
BLUR_SIGMA = 2.0
GRID = 12  # the overlap is cut into GRID × GRID blocks
BLOCK_TEXTURE = 6.0  # a block with a grey-level spread under this (in either photo) is plain: not compared
BLOCK_AGREE = 0.35  # a textured block agrees when its normalised difference is under this
MIN_AGREEING = 0.8  # share of the textured blocks that must agree
MIN_TEXTURED = 6  # fewer textured blocks than this: nothing to compare
MIN_OVERLAP = 0.6  # the photos must overlap on this share of the smaller one


HIST_LEVELS = 4  # colour histogram: 4 levels per channel, 64 bins


@dataclass
class Picture:
    grey: object  # numpy array (uint8), longest side WORK_SIDE
    hash: int
    colours: object  # numpy array: the share of pixels in each of the 64 colour bins
    _features: tuple | None = None


def load_picture(path: Path) -> Picture | None:
    """The photo at `path`, in grey at the working size, with its dHash; None when it cannot be read."""
    import numpy as np

    try:
        with Image.open(path) as img:
            img.draft("RGB", (WORK_SIDE, WORK_SIDE))
            img = ImageOps.exif_transpose(img).convert("RGB")
            img.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.BILINEAR)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    colours = _colours(img)
    img = img.convert("L")
    return Picture(np.asarray(img, dtype=np.uint8), _hash(img), colours)


def sketch(path: Path) -> tuple[int, object] | None:
    """(dHash, colour shares) of the photo at `path`, decoded at a small scale (JPEG draft): the cheap first look
    every photo gets; None when it cannot be read."""
    try:
        with Image.open(path) as img:
            img.draft("RGB", (HASH_W * 16, HASH_H * 16))
            img = ImageOps.exif_transpose(img).convert("RGB")
            return _hash(img.convert("L")), _colours(img)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _colours(img: Image.Image):
    import numpy as np

    rgb = np.asarray(img.resize((64, 48), Image.Resampling.BOX), dtype=np.int32) * HIST_LEVELS // 256
    bins = np.bincount(((rgb[..., 0] * HIST_LEVELS + rgb[..., 1]) * HIST_LEVELS + rgb[..., 2]).ravel(),
                       minlength=HIST_LEVELS ** 3)
    return bins / max(1, bins.sum())


def _hash(grey: Image.Image) -> int:
    px = list(grey.resize((HASH_W, HASH_H), Image.Resampling.BOX).tobytes())
    bits = 0
    for y in range(HASH_H):
        row = px[y * HASH_W:(y + 1) * HASH_W]
        for x in range(HASH_W - 1):
            bits = (bits << 1) | (row[x] > row[x + 1])
    return bits


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def colour_overlap(a: Picture, b: Picture) -> float:
    """Histogram intersection of the two photos' colours (1.0: the same colours in the same amounts)."""
    import numpy as np

    return float(np.minimum(a.colours, b.colours).sum())


def _features(p: Picture):
    import cv2

    if p._features is None:
        orb = cv2.ORB_create(nfeatures=ORB_FEATURES)
        p._features = orb.detectAndCompute(p.grey, None)
    return p._features


def same_picture(a: Picture, b: Picture) -> float | None:
    """The share of textured blocks that agree once `b` is laid over `a` (None when they cannot be aligned);
    one picture when it is at least MIN_AGREEING."""
    import cv2
    import numpy as np

    ka, da = _features(a)
    kb, db = _features(b)
    if da is None or db is None or len(ka) < MIN_INLIERS or len(kb) < MIN_INLIERS:
        return None
    matches = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(da, db, k=2)
    good = [m[0] for m in matches if len(m) == 2 and m[0].distance < RATIO * m[1].distance]
    if len(good) < MIN_INLIERS:
        return None
    src = np.float32([kb[m.trainIdx].pt for m in good])
    dst = np.float32([ka[m.queryIdx].pt for m in good])
    # an affine map, not only a similarity: a crop resized to a fixed size changes the aspect a little
    matrix, mask = cv2.estimateAffine2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX)
    if matrix is None or mask is None or int(mask.sum()) < MIN_INLIERS:
        return None
    sx, sy = float(np.hypot(matrix[0, 0], matrix[1, 0])), float(np.hypot(matrix[0, 1], matrix[1, 1]))
    if not (0.5 <= sx <= 2.0 and 0.5 <= sy <= 2.0 and 0.8 <= sx / sy <= 1.25):
        return None
    scale = (sx * sy) ** 0.5
    h, w = a.grey.shape
    warped = cv2.warpAffine(b.grey, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    cover = cv2.warpAffine(np.full(b.grey.shape, 255, np.uint8), matrix, (w, h), flags=cv2.INTER_NEAREST)
    inside = cover > 0
    smaller = min(a.grey.size, b.grey.size * scale * scale)
    if inside.sum() < MIN_OVERLAP * smaller:
        return None
    # a little blur: resampling twice leaves sharp edges a pixel apart
    fa = cv2.GaussianBlur(a.grey.astype(np.float32), (0, 0), BLUR_SIGMA)
    fb = cv2.GaussianBlur(warped.astype(np.float32), (0, 0), BLUR_SIGMA)
    # the same picture re-encoded may be lighter or darker: match the overlap's brightness and contrast
    ma, sa = fa[inside].mean(), fa[inside].std() + 1e-3
    mb, sb = fb[inside].mean(), fb[inside].std() + 1e-3
    fb = (fb - mb) / sb * sa + ma
    bh, bw = h // GRID, w // GRID

    def blocks(arr):
        return arr[:bh * GRID, :bw * GRID].reshape(GRID, bh, GRID, bw).swapaxes(1, 2).reshape(GRID * GRID, bh * bw)

    ba, bb, bin_ = blocks(fa), blocks(fb), blocks(inside)
    full = bin_.all(axis=1)
    spread = np.maximum(ba.std(axis=1), bb.std(axis=1))
    use = full & (spread >= BLOCK_TEXTURE)
    textured = int(use.sum())
    if textured < MIN_TEXTURED:
        return None
    diff = np.abs(ba[use] - bb[use]).mean(axis=1) / spread[use]
    agree = int((diff < BLOCK_AGREE).sum())
    return agree / textured
