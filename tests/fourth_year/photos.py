"""Phone pictures: the station's door sign and walls, red banners, the meeting room's display screen, a photo of
nothing and one of a window, 2023's banner — and phone screenshots of software that has nothing to do with the
archive (a clock-in app, a train ticket). Names as the phone and WeChat write them, under 手机导出/ and the section
folders."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

from .folders import CAMERA, OLD, SERVICE, SHOTS, WEIXIN, quarter

SIZE = (1280, 960)
PHONES = ["HUAWEI P40", "Xiaomi 13", "HUAWEI Mate 60"]


@dataclass
class Photo:
    style: str  # IMG | 微信图片 | mmexport
    folder: str
    when: dt.datetime
    scene: str  # banner | screen | sign | wall | plain | window
    texts: list[str]
    meeting_type: str | None
    items: list[str]
    note: str = ""


def plan() -> list[Photo]:
    def t(m, d, hh, mm, ss=0, year=2025):
        return dt.datetime(year, m, d, hh, mm, ss)

    return [
        Photo("IMG", CAMERA, t(3, 3, 10, 15, 20), "sign", ["云锦大厦党群服务站"], None, ["19"]),
        Photo("IMG", CAMERA, t(3, 3, 10, 18, 2), "wall", ["党员活动室管理制度", "“三会一课”制度", "党员的权利和义务"], None, ["20"],
              "活动室制度上墙"),
        Photo("IMG", CAMERA, t(3, 3, 10, 20, 35), "wall", ["楼宇党建宣传栏", "意见箱"], None, ["30"]),
        Photo("微信图片", WEIXIN, t(3, 5, 14, 30, 11), "banner", ["学雷锋 楼宇党员在行动", "云锦大厦联合党支部3月主题党日"], "主题党日",
              ["9", "13"]),
        Photo("IMG", CAMERA, t(3, 20, 15, 22, 10), "screen", ["云锦大厦党建联席会议暨共建签约仪式"], "联席会议", ["18", "16"]),
        Photo("IMG", CAMERA, t(4, 22, 14, 35, 12), "banner", ["税费政策进楼宇", "江川区税务局第三党支部 云锦大厦联合党支部"], "共建活动",
              ["16"]),
        Photo("mmexport", WEIXIN, t(6, 24, 12, 40, 0), "screen", ["“七一”专题党课", "从红船精神看企业党员的担当"], "党课", ["8", "9"]),
        Photo("IMG", f"{SERVICE}/志愿服务", t(5, 17, 9, 40, 51), "banner", ["法律咨询 义诊进社区", "云锦大厦党员志愿服务队"], "志愿服务",
              ["13"]),
        Photo("IMG", f"{SERVICE}/就业", t(10, 30, 10, 5, 44), "banner", ["云锦大厦楼宇专场招聘会", "南湖社区 云锦大厦联合党支部"], None,
              ["31"]),
        Photo("IMG", quarter(4), t(12, 23, 18, 41, 9), "screen", ["云锦大厦联合党支部第四季度党员大会"], "党员大会", ["8"]),
        Photo("IMG", CAMERA, t(9, 2, 17, 58, 30), "plain", [], None, [], "随手拍，无文字"),
        Photo("IMG", CAMERA, t(11, 7, 8, 12, 4), "window", [], None, [], "窗外的照片，无文字"),
        Photo("IMG", f"{OLD}/2023年", t(6, 30, 15, 5, 40, year=2023), "banner", ["云锦大厦联合党支部庆祝建党102周年"], None, [],
              "2023年的照片"),
    ]


def file_name(p: Photo) -> tuple[str, bool]:
    w = p.when
    if p.style == "IMG":
        return f"IMG_{w:%Y%m%d_%H%M%S}.jpg", True
    if p.style == "微信图片":
        return f"微信图片_{w:%Y%m%d%H%M%S}.jpg", False
    cst = dt.timezone(dt.timedelta(hours=8))
    return f"mmexport{int(w.replace(tzinfo=cst).timestamp() * 1000)}.jpg", False


def _centred(draw, text: str, y: int, size: int, fill) -> None:
    fnt = render.font(size)
    w = draw.textlength(text, font=fnt)
    draw.text(((SIZE[0] - w) / 2, y), text, font=fnt, fill=fill)


def _crowd(draw, rng: random.Random) -> None:
    for _ in range(rng.randint(7, 12)):
        x = rng.randint(20, SIZE[0] - 120)
        h = rng.randint(230, 380)
        draw.ellipse([x + 26, SIZE[1] - h - 62, x + 84, SIZE[1] - h - 6], fill=(220, 184, 156))
        draw.rectangle([x, SIZE[1] - h, x + 110, SIZE[1]], fill=tuple(rng.randint(20, 110) for _ in range(3)))


def scene(p: Photo, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", SIZE, tuple(rng.randint(150, 210) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    if p.scene == "banner":
        draw.rectangle([0, 0, SIZE[0], 430], fill=(205, 200, 190))  # a lobby wall
        draw.rectangle([50, 100, SIZE[0] - 50, 100 + 100 * len(p.texts) + 40], fill=(196, 18, 28))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 125 + 100 * i, 58 if len(line) <= 16 else max(36, int(1060 / len(line))), (255, 232, 100))
        _crowd(draw, rng)
    elif p.scene == "screen":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(60, 58, 62))
        draw.rectangle([110, 50, SIZE[0] - 110, 330], fill=(150, 12, 18))  # the display's red template
        for i, line in enumerate(p.texts):
            _centred(draw, line, 120 + 90 * i, 54 if len(line) <= 18 else max(34, int(980 / len(line))), (255, 240, 200))
        for row in range(3):
            for col in range(8):
                x = 80 + col * 145 + (row % 2) * 50
                yy = 540 + row * 140
                draw.ellipse([x, yy, x + 68, yy + 68], fill=(28, 24, 20))
                draw.rectangle([x - 14, yy + 58, x + 82, yy + 160], fill=tuple(rng.randint(30, 100) for _ in range(3)))
    elif p.scene == "sign":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(232, 230, 226))
        draw.rectangle([190, 280, SIZE[0] - 190, 500], fill=(170, 20, 26), outline=(210, 170, 60), width=10)
        _centred(draw, p.texts[0], 350, 68, (250, 215, 90))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 10, 130, x0 + width - 10, 730], fill=(250, 248, 240), outline=(170, 20, 26), width=12)
            fnt = render.font(40 if len(line) <= 6 else 30)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(20, (width - w) / 2), 180), line, font=fnt, fill=(170, 10, 20))
            for k in range(8):
                draw.text((x0 + 40, 270 + k * 50), "一二三四五六七八"[k] + "、………………", font=render.font(22), fill=(70, 70, 70))
    elif p.scene == "window":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(110, 110, 115))
        for col in range(3):
            x = 80 + col * 390
            draw.rectangle([x, 80, x + 340, 820], fill=(160, 195, 230))
            draw.rectangle([x + 40, 420, x + 140, 820], fill=(120, 125, 135))
            draw.rectangle([x + 180, 300, x + 300, 820], fill=(100, 105, 120))
    else:  # plain: a corridor and people, no text
        draw.rectangle([0, 0, SIZE[0], 360], fill=(225, 225, 220))
        draw.rectangle([0, 360, SIZE[0], SIZE[1]], fill=(150, 140, 128))
        _crowd(draw, rng)
    return img


def _screenshot(lines: list[tuple[str, int]], bar: tuple[int, int, int]) -> Image.Image:
    img = Image.new("RGB", (1080, 2340), (245, 246, 248))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 1080, 90], fill=(250, 250, 250))
    draw.text((40, 25), "09:30", font=render.font(34), fill=(20, 20, 20))
    draw.rectangle([0, 90, 1080, 260], fill=bar)
    y = 130
    for text, size in lines:
        draw.text((60, y), text, font=render.font(size), fill=(255, 255, 255) if y < 260 else (30, 30, 30))
        y += size + (90 if y < 260 else 50)
    return img


def screenshots(y: Year) -> None:
    shots = [
        ("Screenshot_20250612_093015_com.alibaba.android.rimet.png", dt.date(2025, 6, 12),
         [("考勤打卡", 52), ("上班打卡 08:57 正常", 40), ("打卡地点：云锦大厦", 36), ("下班打卡 未打卡", 36),
          ("本月出勤 9 天  迟到 0 次", 36)], (48, 118, 255), "考勤软件的截图"),
        ("Screenshot_20251001_071244_com.MobileTicket.png", dt.date(2025, 10, 1),
         [("订单详情", 52), ("10月01日 G7342 江川—杭州东", 40), ("08:05开 08:52到", 36), ("二等座 05车12F", 36),
          ("乘车人 宋可欣  已出票", 36)], (28, 110, 210), "火车票截图，个人的"),
    ]
    for name, day, lines, bar, note in shots:
        rel = f"{SHOTS}/{name}"
        _screenshot(lines, bar).save(y.path(rel), "PNG")
        y.add(rel, "其他", day, [], needs_ocr=True, note=note)


def write(y: Year, rng: random.Random) -> None:
    for p in plan():
        name, with_exif = file_name(p)
        rel = f"{p.folder}/{name}"
        render.save_jpeg(scene(p, rng), y.path(rel), p.when if with_exif else None,
                         model=rng.choice(PHONES) if with_exif else None)
        y.add(rel, "照片", p.when.date(), p.items, meeting_type=p.meeting_type, needs_ocr=bool(p.texts), note=p.note)
    screenshots(y)
