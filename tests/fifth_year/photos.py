"""Pictures: photos from the volunteer's phone (the activity room's door sign and walls, red banners, the TV screen
at a meeting, two with no text, 2024's banner), screenshots of the residents' WeChat group carrying notices of
meetings, and screenshots of apps that have nothing to do with the archive (a weather app, a shopping order)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

from . import style
from .folders import B1, B2, C1, D2, OLD, PHOTOS, WECHAT

SIZE = (1280, 960)


@dataclass
class Photo:
    rel: str
    when: dt.datetime
    scene: str  # banner | screen | sign | wall | plain
    texts: list[str]
    meeting_type: str | None
    items: list[str]
    exif: bool = True
    note: str = ""


def plan() -> list[Photo]:
    def t(m, d, hh, mm, ss=0, year=2025):
        return dt.datetime(year, m, d, hh, mm, ss)

    return [
        Photo(f"{PHOTOS}/IMG_20250303_101520.jpg", t(3, 3, 10, 15, 20), "sign", ["纺机新村党员服务站"], None, ["19"]),
        Photo(f"{PHOTOS}/IMG_20250303_101802.jpg", t(3, 3, 10, 18, 2), "wall",
              ["党员活动室管理制度", "“三会一课”制度", "党员的权利和义务"], None, ["20"], note="活动室制度上墙"),
        Photo(f"{PHOTOS}/IMG_20250303_102035.jpg", t(3, 3, 10, 20, 35), "wall", ["小区宣传栏", "群众意见箱"], None, ["30"]),
        Photo(f"{B2}/学雷锋.jpg", t(3, 5, 9, 30, 11), "banner", ["学雷锋 党员在身边", "纺机新村党支部3月主题党日"], "主题党日",
              ["9", "13"], exif=False),
        Photo(f"{PHOTOS}/IMG_20250320_142210.jpg", t(3, 20, 14, 22, 10), "screen", ["纺机新村党建联席会议"], "联席会议", ["18"]),
        Photo(f"{C1}/IMG_20250423_093512.jpg", t(4, 23, 9, 35, 12), "banner",
              ["老旧小区改造政策进小区", "清河区住建局机关第一党支部 纺机新村党支部"], "共建活动", ["16"]),
        Photo(f"{B1}/党员大会/IMG_20250627_091530.jpg", t(6, 27, 9, 15, 30), "screen", ["纺机新村党支部党员大会"], "党员大会",
              ["8"]),
        Photo(f"{D2}/IMG_20250510_083040.jpg", t(5, 10, 8, 30, 40), "banner", ["清理楼道堆物 共建美丽家园", "纺机新村党员志愿服务队"],
              "志愿服务", ["13"]),
        Photo(f"{PHOTOS}/IMG_20250701_090412.jpg", t(7, 1, 9, 4, 12), "banner", ["光荣在党50年", "纪念章颁发仪式"], "主题党日",
              ["9"]),
        Photo(f"{PHOTOS}/IMG_20250812_163000.jpg", t(8, 12, 16, 30, 0), "plain", [], None, [], note="随手拍的花园，无文字"),
        Photo(f"{PHOTOS}/IMG_20251103_074455.jpg", t(11, 3, 7, 44, 55), "plain", [], None, [], note="随手拍，无文字"),
        Photo(f"{OLD}/2024/IMG_20240701_090000.jpg", t(7, 1, 9, 0, 0, year=2024), "banner",
              ["纺机新村党支部庆祝建党103周年"], None, [], note="2024年的照片"),
    ]


def _centred(draw, text: str, y: int, size: int, fill) -> None:
    fnt = render.font(size)
    w = draw.textlength(text, font=fnt)
    draw.text(((SIZE[0] - w) / 2, y), text, font=fnt, fill=fill)


def _people(draw, rng: random.Random) -> None:
    for _ in range(rng.randint(6, 10)):
        x = rng.randint(20, SIZE[0] - 120)
        h = rng.randint(220, 360)
        draw.ellipse([x + 26, SIZE[1] - h - 62, x + 84, SIZE[1] - h - 6], fill=(214, 180, 150))
        draw.rectangle([x, SIZE[1] - h, x + 110, SIZE[1]], fill=tuple(rng.randint(30, 120) for _ in range(3)))


def scene(p: Photo, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", SIZE, tuple(rng.randint(150, 200) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    if p.scene == "banner":
        draw.rectangle([0, 0, SIZE[0], 420], fill=(200, 196, 186))
        draw.rectangle([50, 90, SIZE[0] - 50, 90 + 100 * len(p.texts) + 40], fill=(200, 20, 30))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 115 + 100 * i, 56 if len(line) <= 16 else max(36, int(1060 / len(line))), (255, 230, 100))
        _people(draw, rng)
    elif p.scene == "screen":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(70, 66, 60))
        draw.rectangle([150, 60, SIZE[0] - 150, 330], fill=(20, 30, 40))  # the room's television
        draw.rectangle([170, 80, SIZE[0] - 170, 310], fill=(160, 16, 22))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 150 + 80 * i, 52 if len(line) <= 16 else max(34, int(900 / len(line))), (255, 240, 200))
        _people(draw, rng)
    elif p.scene == "sign":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(220, 214, 200))
        draw.rectangle([200, 290, SIZE[0] - 200, 490], fill=(180, 20, 26), outline=(210, 170, 60), width=10)
        _centred(draw, p.texts[0], 355, 64, (250, 215, 90))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 10, 130, x0 + width - 10, 730], fill=(250, 248, 240), outline=(170, 20, 26), width=12)
            fnt = render.font(40 if len(line) <= 6 else 30)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(20, (width - w) / 2), 180), line, font=fnt, fill=(170, 10, 20))
    else:  # plain: a garden, no text
        draw.rectangle([0, 0, SIZE[0], 420], fill=(170, 205, 235))
        draw.rectangle([0, 420, SIZE[0], SIZE[1]], fill=(90, 140, 70))
        for _ in range(6):
            x = rng.randint(40, SIZE[0] - 200)
            draw.ellipse([x, 300, x + 180, 520], fill=(50, 110, 50))
    return img


def wechat(y: Year) -> None:
    """Screenshots of the 纺机新村党员群: two carry notices of meetings; one is chatter that names none."""
    group = "纺机新村党员群（31）"
    shots = [
        ("Screenshot_20250325-081233.png", y.d(3, 25), ["8"], "微信群里的党课通知截图", [
            ("刘桂芬", "【通知】各位党员：3月28日（星期五）上午9点在7幢底楼党员活动室上党课，题目《做新时代的合格退休党员》，请准时参加，有事向党小组长请假。"),
            ("钱凤英", "收到"), ("李福生", "收到，准时到")]),
        ("Screenshot_20250620-190512.png", y.d(6, 20), ["8"], "微信群里的党员大会通知截图", [
            ("陈晓宇", "【通知】定于6月27日上午9点在党员活动室召开党员大会，讨论接收孙佳琪同志为预备党员。请有表决权的党员务必参加。"),
            ("王建国", "收到"), ("赵秀兰", "收到")]),
        ("Screenshot_20250903-201144.png", y.d(9, 3), [], "群聊闲话：菜价和天气，不是支部的材料", [
            ("钱凤英", "今天菜场青菜三块五一斤，又涨了"), ("李福生", "明天有雨，大家出门带伞"), ("王建国", "好的")]),
    ]
    for name, day, items, note, messages in shots:
        rel = f"{WECHAT}/{name}"
        style.wechat_shot(group, messages).save(y.path(rel), "PNG")
        y.add(rel, "通知" if items else "其他", day, items, needs_ocr=True, note=note)


def _app(lines: list[tuple[str, int]], bar: tuple[int, int, int]) -> Image.Image:
    img = Image.new("RGB", (1080, 2160), (246, 246, 248))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 1080, 260], fill=bar)
    y = 120
    for text, size in lines:
        draw.text((60, y), text, font=render.font(size), fill=(255, 255, 255) if y < 260 else (30, 30, 30))
        y += size + (100 if y < 260 else 50)
    return img


def apps(y: Year) -> None:
    shots = [
        ("Screenshot_20250716-062015.png", y.d(7, 16),
         [("清河 天气", 52), ("今天 35℃ 晴  高温橙色预警", 40), ("明天 36℃ 多云", 36), ("空气质量 良", 36)], (40, 140, 220),
         "天气软件截图"),
        ("Screenshot_20251111-220830.png", y.d(11, 11),
         [("订单详情", 52), ("老年人保暖护膝 2副", 40), ("实付 ¥39.80", 40), ("待发货", 36)], (230, 70, 40), "网购订单截图，个人的"),
    ]
    for name, day, lines, bar, note in shots:
        rel = f"{WECHAT}/{name}"
        _app(lines, bar).save(y.path(rel), "PNG")
        y.add(rel, "其他", day, [], needs_ocr=True, note=note)


def write(y: Year, rng: random.Random) -> None:
    for p in plan():
        render.save_jpeg(scene(p, rng), y.path(p.rel), p.when if p.exif else None, model="HUAWEI nova 7" if p.exif else None)
        y.add(p.rel, "照片", p.when.date(), p.items, meeting_type=p.meeting_type, needs_ocr=bool(p.texts), note=p.note)
    wechat(y)
    apps(y)
