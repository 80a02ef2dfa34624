"""The phone photos in 八、活动照片/ (and a few beside the papers): the centre's door sign, the activity room's and the
notice board's walls, banners and the LED screen at meetings, a 党员经营户 plaque, two with no text, a sign-in sheet
photographed, 2024's photo; and screenshots: a WeChat notice of a 党课, the questionnaire's result, and software
that has nothing to do with the archive (WPS, a train ticket)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

from . import style
from .folders import OLD, OTHER, PICS, SHYK, ZL

SIZE = (1440, 1080)


@dataclass
class Photo:
    rel: str
    when: dt.datetime | None
    scene: str  # sign | wall | banner | led | plaque | plain
    texts: list[str]
    kind: str
    mtype: str | None
    items: list[str]
    note: str = ""


def _t(m, d, hh, mm, year=2025):
    return dt.datetime(year, m, d, hh, mm, 8)


def plan() -> list[Photo]:
    return [
        Photo(f"{PICS}/IMG_20250226_093015.jpg", _t(2, 26, 9, 30), "sign", ["文庙社区党群服务中心"], "照片", None, ["19"]),
        Photo(f"{PICS}/IMG_20250226_093342.jpg", _t(2, 26, 9, 33), "wall", ["党员活动室管理制度", "三会一课制度", "党员权利义务"],
              "照片", None, ["20"], note="活动室制度上墙"),
        Photo(f"{PICS}/IMG_20250226_093710.jpg", _t(2, 26, 9, 37), "wall", ["党务居务公开栏", "群众意见箱"], "照片", None,
              ["30", "27"], note="公开栏和意见箱"),
        Photo(f"{PICS}/IMG_20250305_090122.jpg", _t(3, 5, 9, 1), "banner", ["学雷锋 践初心 便民服务进老街", "文庙社区党总支"],
              "照片", "主题党日", ["9", "13"]),
        Photo(f"{PICS}/IMG_20250325_143511.jpg", _t(3, 25, 14, 35), "led", ["文庙社区党建工作联席会议", "暨党建共建协议签约仪式"],
              "照片", "联席会议", ["18", "16"]),
        Photo(f"{PICS}/IMG_20250701_091844.jpg", _t(7, 1, 9, 18), "led", ["“七一”主题党日暨重温入党誓词"], "照片", "主题党日",
              ["9"]),
        Photo(f"{PICS}/IMG_20250812_160233.jpg", _t(8, 12, 16, 2), "plain", [], "照片", None, [], note="文庙屋檐，无文字"),
        Photo(f"{PICS}/IMG_20251005_172901.jpg", _t(10, 5, 17, 29), "plain", [], "照片", None, [], note="老街游客，无文字"),
        Photo(f"{PICS}/IMG_20251106_143047.jpg", _t(11, 6, 14, 30), "banner", ["老街非遗进校园", "文庙社区党总支 文庙小学党支部 党建共建"],
              "照片", "共建活动", ["16"]),
        Photo(f"{PICS}/IMG_20251218_090511.jpg", _t(12, 18, 9, 5), "led", ["学习贯彻党的二十届四中全会精神专题党课"], "照片", "党课",
              ["8", "9"]),
        Photo(f"{ZL}/党员经营户挂牌.jpg", _t(3, 21, 10, 12), "plaque", ["党员经营户", "共产党员 滕福生"], "照片", None, ["12", "23"],
              note="商户党员亮牌经营"),
        Photo(f"{OLD}/IMG_20240701_090210.jpg", _t(7, 1, 9, 2, year=2024), "banner", ["文庙社区党总支庆祝建党103周年"], "照片", None,
              [], note="2024年的照片"),
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
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(140, 128, 118))  # old brick wall
        draw.rectangle([200, 330, SIZE[0] - 200, 540], fill=(180, 20, 26), outline=(214, 180, 70), width=10)
        _centred(draw, p.texts[0], 395, 70, (252, 222, 100))
    elif p.scene == "plaque":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(120, 86, 60))  # a wooden shop front
        draw.rectangle([420, 260, SIZE[0] - 420, 760], fill=(190, 20, 28), outline=(220, 190, 80), width=8)
        _centred(draw, p.texts[0], 360, 72, (255, 225, 110))
        _centred(draw, p.texts[1], 560, 48, (255, 240, 200))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 12, 150, x0 + width - 12, 820], fill=(250, 248, 242), outline=(176, 20, 26), width=12)
            fnt = render.font(44 if len(line) <= 6 else 34)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(24, (width - w) / 2), 210), line, font=fnt, fill=(170, 10, 20))
    else:  # plain: grey tiles, eaves and sky, no text
        draw.rectangle([0, 0, SIZE[0], 420], fill=(176, 204, 230))
        draw.polygon([(0, 520), (SIZE[0] // 2, 300), (SIZE[0], 520)], fill=(70, 70, 76))
        draw.rectangle([0, 520, SIZE[0], SIZE[1]], fill=(150, 120, 96))
        for _ in range(5):
            x = rng.randint(30, SIZE[0] - 200)
            draw.rectangle([x, 600, x + 60, 900], fill=(120, 30, 30))
    return img


def sign_sheet(y: Year) -> None:
    rel = f"{SHYK}/离退休党员支部/第一党小组会签到（7月）.jpg"
    style.save_phone(style.phone_page("党小组会签到表", [
        "离退休党员支部第一党小组  2025年7月17日上午", "学习内容：七一讲话精神", "鲁建国  孔德昌  费淑芬  郝福林  尚秀珍",
        "甄桂英  阮宝根  闵国庆  单美华", "（实到9人，应到12人）"]), y.path(rel), _t(7, 17, 10, 40))
    y.add(rel, "签到表", y.d(7, 17), ["8"], meeting_type="党小组会", needs_ocr=True, note="签到表照片，只有图像")


def screenshots(y: Year) -> None:
    d = y.d
    rel = f"{PICS}/Screenshot_20251215_193044_com.tencent.mm.jpg"
    style.wechat("文庙社区党员群（71）", [
        ("庞立新", "【通知】定于12月18日（星期四）上午9:00在党群服务中心二楼会议室上第四季度党课，庞立新同志讲学习贯彻党的二十届四中全会精神，"
                 "请三个支部党员准时参加，不能参加的向支部书记请假。"),
        ("滕福生", "收到，商户支部已转达"), ("鲁建国", "收到")], clock="19:30").convert("RGB").save(y.path(rel), "JPEG", quality=88)
    y.add(rel, "通知", d(12, 15), ["8"], needs_ocr=True, note="微信群里的党课通知截图")
    rel = f"{ZL}/满意度问卷结果截图.png"
    style.app_screen("问卷统计 · 结果", [("文庙社区2025年度党员群众满意度调查（线上）", 40), ("有效答卷：118份", 40),
                                   ("您对社区党建工作是否满意？", 40), ("满意 87.3%  基本满意 9.3%  不满意 3.4%", 36),
                                   ("您对社区党总支书记是否满意？", 40), ("满意 89.0%  基本满意 8.5%  不满意 2.5%", 36)],
                     (30, 130, 90), "16:48").save(y.path(rel), "PNG")
    y.add(rel, "测评", d(12, 8), ["33", "3"], needs_ocr=True, note="线上满意度问卷结果截图")
    for name, day, title, lines, bar, size, note in [
        ("微信图片_20250417120311.png", d(4, 17), "WPS 会员中心", [("您的超级会员将于2025-04-30到期", 44), ("续费立享8折", 44)],
         (40, 90, 220), (1600, 1000), "WPS续费弹窗截图"),
        ("Screenshot_20251020_213355.jpg", d(10, 20), "订单详情", [("鹤城 → 杭州东  G7342", 46), ("10月24日 07:52开", 42),
                                                                 ("二等座 已支付", 40)], (40, 120, 230), (1080, 2340),
         "火车票订单截图，个人的"),
    ]:
        rel = f"{OTHER}/{name}"
        img = style.app_screen(title, lines, bar, "12:00", size=size)
        if name.endswith(".jpg"):
            img.save(y.path(rel), "JPEG", quality=88)
        else:
            img.save(y.path(rel), "PNG")
        y.add(rel, "其他", day, [], needs_ocr=True, note=note)


def write(y: Year, rng: random.Random) -> None:
    for p in plan():
        style.save_phone(scene(p, rng), y.path(p.rel), p.when)
        y.add(p.rel, p.kind, p.when.date() if p.when else None, p.items, meeting_type=p.mtype, needs_ocr=bool(p.texts),
              note=p.note)
    sign_sheet(y)
    screenshots(y)
