"""Photos, saved in the month they were taken: the Xiaomi's IMG_20250305_083512.jpg (with EXIF) and WeChat's
微信图片_20250701094512.jpg (none): the centre's door sign, the activity room's and the notice board's walls, banners
("桃湾社区党委2025年7月主题党日") and the LED screen at meetings, the 合作社's 分红 公示 on its board (no Party body), three
with no text, 2024's New Year party; a 签到 sheet and a 转正申请 photographed are in papers/meetings; and screenshots:
a WeChat notice of a 党课, the 问卷星 result, a 12306 ticket and a 外卖 order."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

from . import style
from .folders import M

SIZE = (1440, 1080)


@dataclass
class Photo:
    rel: str
    when: dt.datetime | None  # EXIF time (None: came through WeChat, no EXIF)
    day: dt.date | None  # the label's date: the day it shows
    scene: str  # sign | wall | banner | led | notice | plain
    texts: list[str]
    mtype: str | None
    items: list[str]
    note: str = ""


def _t(m, d, hh, mm, year=2025):
    return dt.datetime(year, m, d, hh, mm, 8)


def plan() -> list[Photo]:
    def cam(month, name_time: dt.datetime, scene, texts, mtype, items, note=""):
        rel = f"{M(month)}/IMG_{name_time:%Y%m%d_%H%M%S}.jpg"
        return Photo(rel, name_time, name_time.date(), scene, texts, mtype, items, note)

    def wx(month, stamp: dt.datetime, scene, texts, mtype, items, note=""):
        rel = f"{M(month)}/微信图片_{stamp:%Y%m%d%H%M%S}.jpg"
        return Photo(rel, None, stamp.date(), scene, texts, mtype, items, note)

    return [
        cam(2, _t(2, 20, 10, 15), "sign", ["桃湾社区党群服务中心"], None, ["19"]),
        cam(2, _t(2, 20, 10, 18), "wall", ["党员活动室管理制度", "三会一课制度", "党员权利义务"], None, ["20"], "活动室制度上墙"),
        cam(2, _t(2, 20, 10, 20), "wall", ["党务公开栏", "群众意见箱"], None, ["30", "27"], "公开栏和意见箱"),
        wx(2, dt.datetime(2025, 2, 26, 8, 30, 41), "notice", ["桃湾股份经济合作社", "2024年度收益分配公示", "每股分红1580元",
                                            "桃湾股份经济合作社理事会"], None, [], "合作社理事会的分红公示照片，没有党组织"),
        cam(3, _t(3, 5, 8, 35), "banner", ["学雷锋 志愿服务进家园", "桃湾社区党委3月主题党日"], "主题党日", ["9", "13"]),
        cam(3, _t(3, 26, 14, 30), "led", ["桃湾社区党建工作联席会议", "暨党建共建签约仪式"], "联席会议", ["18", "16"]),
        cam(4, _t(4, 3, 9, 15), "banner", ["文明祭扫 移风易俗", "桃湾社区党委4月主题党日"], "主题党日", ["9", "25"]),
        cam(4, _t(4, 12, 17, 2), "plain", [], None, [], "桃花和老屋，无文字"),
        cam(5, _t(5, 10, 8, 44), "banner", ["桃湾家园二期回迁交房", "党员先锋岗"], None, ["12"], "交房现场的党员先锋岗"),
        wx(7, dt.datetime(2025, 7, 1, 9, 45, 12), "banner", ["桃湾社区党委2025年7月主题党日"], "主题党日", ["9"]),
        cam(7, _t(7, 26, 6, 30), "plain", [], None, [], "台风过后的街道，无文字"),
        wx(9, dt.datetime(2025, 9, 26, 15, 30, 12), "led", ["桃湾社区党委2025年第三季度党课"], "党课", ["8", "9"]),
        cam(11, _t(11, 20, 15, 5), "banner", ["法治进校园", "桃湾社区党委 桃湾小学党支部 党建共建"], "共建活动", ["16"]),
        cam(1, _t(12, 31, 19, 30, year=2024), "banner", ["桃湾社区2025年迎新春联欢晚会"], None, [], "2024年12月31日的照片，放在01月"),
    ]


def _centred(draw, text: str, y: int, size: int, fill) -> None:
    fnt = render.font(size)
    w = draw.textlength(text, font=fnt)
    draw.text(((SIZE[0] - w) / 2, y), text, font=fnt, fill=fill)


def _crowd(draw, rng: random.Random) -> None:
    for _ in range(rng.randint(6, 10)):
        x = rng.randint(20, SIZE[0] - 130)
        h = rng.randint(240, 380)
        draw.ellipse([x + 28, SIZE[1] - h - 64, x + 88, SIZE[1] - h - 6], fill=(224, 190, 160))
        draw.rectangle([x, SIZE[1] - h, x + 116, SIZE[1]], fill=tuple(rng.randint(20, 120) for _ in range(3)))


def _size(line: str, width: int) -> int:
    return 60 if len(line) <= 15 else max(34, int(width / len(line)))


def scene(p: Photo, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", SIZE, tuple(rng.randint(150, 200) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    if p.scene == "banner":
        draw.rectangle([50, 70, SIZE[0] - 50, 70 + 110 * len(p.texts) + 40], fill=(200, 20, 30))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 100 + 110 * i, _size(line, 1260), (255, 235, 120))
        _crowd(draw, rng)
    elif p.scene == "led":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(36, 34, 40))
        draw.rectangle([90, 50, SIZE[0] - 90, 380], fill=(160, 12, 18))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 130 + 100 * i, _size(line, 1180), (255, 238, 150))
        _crowd(draw, rng)
    elif p.scene == "sign":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(210, 206, 196))  # the old 村委 building's tiled wall
        draw.rectangle([200, 330, SIZE[0] - 200, 540], fill=(180, 20, 26), outline=(214, 180, 70), width=10)
        _centred(draw, p.texts[0], 395, 70, (252, 222, 100))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 12, 150, x0 + width - 12, 820], fill=(250, 248, 242), outline=(176, 20, 26), width=12)
            fnt = render.font(44 if len(line) <= 6 else 34)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(24, (width - w) / 2), 210), line, font=fnt, fill=(170, 10, 20))
    elif p.scene == "notice":  # a printed notice on the 合作社's glass board
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(70, 90, 110))
        draw.rectangle([260, 60, SIZE[0] - 260, SIZE[1] - 60], fill=(248, 248, 244))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 120 + 120 * i, 52 if i < 2 else 40, (20, 20, 20))
    else:  # plain: sky, trees and roofs, no text
        draw.rectangle([0, 0, SIZE[0], 420], fill=(176, 204, 230))
        for _ in range(6):
            x = rng.randint(0, SIZE[0] - 200)
            draw.ellipse([x, 250, x + 220, 520], fill=(rng.randint(60, 230), rng.randint(90, 140), rng.randint(60, 150)))
        draw.rectangle([0, 520, SIZE[0], SIZE[1]], fill=(150, 140, 120))
    return img


def screenshots(y: Year) -> None:
    d = y.d
    rel = f"{M(12)}/Screenshot_2025-12-16-20-05-11.jpg"
    style.wechat("桃湾社区党员群（146）", [
        ("林晓燕", "【通知】12月19日（星期五）上午9:00在党群服务中心二楼会议室上第四季度党课（冬训专题党课），陈佳豪同志讲学习贯彻党的"
                 "二十届四中全会精神，请各支部党员准时参加，不能参加的向支部书记请假。"),
        ("陈德海", "收到，老协支部已通知"), ("郑伟", "收到")], clock="20:05").convert("RGB").save(y.path(rel), "JPEG", quality=88)
    y.add(rel, "通知", d(12, 16), ["8"], needs_ocr=True, note="微信群里的党课通知截图")
    rel = f"{M(12)}/问卷星截图.png"
    style.app_screen("问卷星 · 统计结果", [("桃湾社区2025年度党员群众满意度调查", 40), ("有效答卷：146份", 40),
                                      ("您对社区党建工作是否满意？", 40), ("满意 86.3%  基本满意 9.6%  不满意 4.1%", 36),
                                      ("您对社区党委书记是否满意？", 40), ("满意 88.4%  基本满意 8.2%  不满意 3.4%", 36)],
                     (30, 120, 200), "21:14").save(y.path(rel), "PNG")
    y.add(rel, "测评", d(12, 9), ["33", "3"], needs_ocr=True, note="线上满意度问卷结果截图")
    for rel, day, title, lines, bar, note in [
        (f"{M(11)}/Screenshot_2025-11-02-08-12-40.jpg", d(11, 2), "铁路12306 · 订单详情",
         [("厦门北 → 福州南  D3126", 46), ("11月8日 07:35开", 42), ("二等座 05车12F 已支付", 40)], (40, 110, 220),
         "火车票订单截图，个人的"),
        (f"{M(8)}/Screenshot_2025-08-15-12-03-55.jpg", d(8, 15), "订单已送达",
         [("隆江猪脚饭（沙洲店）", 44), ("猪脚饭 ×2  卤蛋 ×2", 40), ("实付 ¥41.50", 40)], (250, 190, 20), "外卖订单截图，个人的"),
    ]:
        style.app_screen(title, lines, bar, "12:00").save(y.path(rel), "JPEG", quality=88)
        y.add(rel, "其他", day, [], needs_ocr=True, note=note)


def write(y: Year, rng: random.Random) -> None:
    for p in plan():
        style.save_phone(scene(p, rng), y.path(p.rel), p.when)
        y.add(p.rel, "照片", p.day, p.items, meeting_type=p.mtype, needs_ocr=bool(p.texts), note=p.note)
    screenshots(y)
