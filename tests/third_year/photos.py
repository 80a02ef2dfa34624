"""Phone photos: red banners, the meeting room's LED screen, plaques and boards on the wall, a parcel label, and
photos with no text at all. Names as phones and WeChat write them (IMG_… with EXIF, 微信图片_…, mmexport…, a plain
name), under DCIM/Camera/, 微信图片/, the month folders and the 台账 folders."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

CST = dt.timezone(dt.timedelta(hours=8))
SIZE = (1280, 960)
PHONES = ["HUAWEI nova 9", "Xiaomi Redmi K60", "HUAWEI Mate 40"]
ROOT = "柳塘村2025年党建台账"
SHK = f"{ROOT}/03三会一课"


@dataclass
class Photo:
    style: str  # IMG | 微信图片 | mmexport | a plain file name
    folder: str
    when: dt.datetime
    scene: str  # banner | led | sign | wall | parcel | plain
    texts: list[str]
    meeting_type: str | None
    items: list[str]
    note: str = ""


def plan(y: Year) -> list[Photo]:
    Y = y.year

    def t(m, d, hh, mm, ss=0, dy=0):
        return dt.datetime(Y + dy, m, d, hh, mm, ss)

    cam = "DCIM/Camera"
    return [
        Photo("IMG", cam, t(2, 26, 10, 15, 33), "sign", ["柳塘村党群服务中心"], None, ["19"]),
        Photo("活动室.jpg", f"{ROOT}/照片", t(2, 26, 10, 20, 4), "wall", ["党员活动室管理制度", "“三会一课”制度", "党员的权利和义务"],
              None, ["20"], "活动室制度上墙"),
        Photo("IMG", cam, t(2, 26, 10, 22, 10), "wall", ["柳塘村综合宣传栏", "群众意见箱"], None, ["30"]),
        Photo("IMG", cam, t(4, 3, 9, 30, 15), "banner", ["缅怀革命先烈 赓续红色血脉", "柳塘村党总支4月主题党日"], "主题党日", ["9"]),
        Photo("微信图片", "微信图片", t(4, 24, 10, 15, 2), "banner", ["农技服务进村 助力乡村振兴", "区农业农村局机关第二党支部 柳塘村党总支"],
              "共建活动", ["16"]),
        Photo("IMG", "2025年7月", t(7, 20, 16, 40, 12), "banner", ["柳塘村党员志愿服务队", "防溺水巡河"], "志愿服务", ["13"]),
        Photo("IMG", f"{SHK}/5月", t(5, 20, 9, 15, 33), "led", ["柳塘村党总支党员大会"], "党员大会", ["8"]),
        Photo("微信图片", f"{ROOT}/10群团工作", t(3, 7, 15, 2, 33), "banner", ["巾帼心向党 奋进新征程", "柳塘村妇联庆祝三八妇女节"],
              None, ["4"]),
        Photo("mmexport", f"{SHK}/1月", t(1, 22, 14, 5), "led", ["2024年度组织生活会暨民主评议党员大会"], "组织生活会",
              ["9", "12"]),
        Photo("IMG", "2025年9月", t(9, 16, 9, 44, 10), "banner", ["反诈宣传进村 守护群众钱袋子", "石桥派出所党支部 柳塘村党总支共建"],
              "共建活动", ["16", "24"]),
        Photo("IMG", "2025年12月", t(12, 26, 9, 40, 15), "led", ["柳塘村党总支2025年第四季度党员大会"], "党员大会", ["8"]),
        Photo("微信图片", f"{ROOT}/07为民服务/帮扶照片", t(8, 15, 10, 12), "plain", [], None, ["32"], "帮扶走访照片，无文字"),
        Photo("IMG", "2025年8月", t(8, 12, 16, 11, 5), "plain", [], None, [], "随手拍，无文字"),
        Photo("IMG", cam, t(6, 11, 18, 33, 44), "parcel",
              ["顺丰速运  标准快递", "寄件：吴晨曦 177****0953", "收件：吴** 158****2261", "浙江省杭州市西湖区文三路XX号",
               "托寄物：衣物  2025-06-11"], None, [], "快递单照片：个人的"),
        Photo("IMG", "往年资料/2023年台账", t(7, 1, 9, 15, 22, dy=-2), "banner", ["柳塘村党总支庆祝建党102周年"], None, [],
              "2023年的照片"),
    ]


def file_name(p: Photo) -> tuple[str, bool]:
    """File name and whether EXIF is written."""
    w = p.when
    if p.style == "IMG":
        return f"IMG_{w:%Y%m%d_%H%M%S}.jpg", True
    if p.style == "微信图片":
        return f"微信图片_{w:%Y%m%d%H%M%S}.jpg", False
    if p.style == "mmexport":
        return f"mmexport{int(w.replace(tzinfo=CST).timestamp() * 1000)}.jpg", False
    return p.style, True


def _people(draw, rng, top: int) -> None:
    for _ in range(rng.randint(6, 12)):
        x = rng.randint(30, SIZE[0] - 130)
        h = rng.randint(240, 400)
        draw.ellipse([x + 28, SIZE[1] - h - 66, x + 86, SIZE[1] - h - 8], fill=(214, 178, 150))
        draw.rectangle([x, SIZE[1] - h, x + 112, SIZE[1]], fill=tuple(rng.randint(30, 120) for _ in range(3)))
    _ = top


def _centred(draw, text: str, y: int, size: int, fill) -> None:
    fnt = render.font(size)
    w = draw.textlength(text, font=fnt)
    draw.text(((SIZE[0] - w) / 2, y), text, font=fnt, fill=fill)


def scene(p: Photo, rng: random.Random) -> Image.Image:
    base = tuple(rng.randint(140, 210) for _ in range(3))
    img = Image.new("RGB", SIZE, base)
    draw = ImageDraw.Draw(img)
    if p.scene == "banner":
        draw.rectangle([0, 0, SIZE[0], 420], fill=(120, 150, 190))  # sky / wall
        draw.rectangle([40, 110, SIZE[0] - 40, 110 + 100 * len(p.texts) + 40], fill=(200, 16, 30))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 135 + 100 * i, 60 if len(line) <= 16 else max(38, int(1050 / len(line))), (255, 236, 110))
        _people(draw, rng, 400)
    elif p.scene == "led":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(70, 60, 55))
        draw.rectangle([90, 60, SIZE[0] - 90, 300], fill=(12, 12, 30))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 140 + 80 * i, 56 if len(line) <= 18 else max(36, int(1000 / len(line))), (255, 70, 40))
        for row in range(3):  # rows of seated backs
            for col in range(9):
                x = 60 + col * 135 + (row % 2) * 40
                yy = 520 + row * 150
                draw.ellipse([x, yy, x + 70, yy + 70], fill=(30, 25, 20))
                draw.rectangle([x - 15, yy + 60, x + 85, yy + 170], fill=tuple(rng.randint(40, 110) for _ in range(3)))
    elif p.scene == "sign":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(225, 222, 214))
        draw.rectangle([210, 260, SIZE[0] - 210, 480], fill=(185, 150, 60), outline=(120, 90, 30), width=10)
        _centred(draw, p.texts[0], 330, 72, (150, 10, 20))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 10, 140, x0 + width - 10, 720], fill=(248, 246, 238), outline=(150, 20, 20), width=12)
            fnt = render.font(40 if len(line) <= 6 else 30)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(20, (width - w) / 2), 190), line, font=fnt, fill=(160, 10, 20))
            small = render.font(22)
            for k in range(8):
                draw.text((x0 + 40, 280 + k * 48), "一二三四五六七八"[k] + "、……………………", font=small, fill=(60, 60, 60))
    elif p.scene == "parcel":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(150, 110, 70))  # a cardboard box
        draw.rectangle([200, 120, SIZE[0] - 200, 840], fill=(250, 250, 250))
        for i, line in enumerate(p.texts):
            draw.text((240, 170 + i * 110), line, font=render.font(44 if i == 0 else 36), fill=(10, 10, 10))
    else:  # plain: fields, a courtyard, people; no text
        draw.rectangle([0, 0, SIZE[0], 380], fill=(150, 185, 220))
        draw.rectangle([0, 380, SIZE[0], SIZE[1]], fill=(90, 140, 70))
        _people(draw, rng, 380)
    return img


def write(y: Year, rng: random.Random) -> None:
    for p in plan(y):
        name, with_exif = file_name(p)
        rel = f"{p.folder}/{name}"
        img = scene(p, rng)
        render.save_jpeg(img, y.path(rel), p.when if with_exif else None, model=rng.choice(PHONES) if with_exif else None)
        y.add(rel, "照片", p.when.date(), p.items, meeting_type=p.meeting_type, needs_ocr=bool(p.texts), note=p.note)
