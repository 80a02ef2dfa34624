"""The clerk's iPhone export (pics/): IMG_41xx.JPG photos — the centre's door sign, the activity room's walls, the
notice board, banners and the LED screen at meetings, two with no text, a photo of the property company's notice in
the lift — and IMG_4xxx.PNG screenshots: a WeChat notice of a meeting, the 问卷星 survey result, and apps that have
nothing to do with the archive."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from labelled_year import render
from labelled_year.model import Year
from PIL import Image, ImageDraw

from . import style
from .folders import OLD, PICS

SIZE = (1440, 1080)


@dataclass
class Photo:
    rel: str
    when: dt.datetime
    scene: str  # sign | wall | banner | led | plain | notice
    texts: list[str]
    kind: str
    mtype: str | None
    items: list[str]
    note: str = ""


def _t(m, d, hh, mm, year=2025):
    return dt.datetime(year, m, d, hh, mm, 12)


def plan() -> list[Photo]:
    return [
        Photo(f"{PICS}/IMG_4102.JPG", _t(3, 3, 9, 41), "sign", ["云栖社区党群服务中心"], "照片", None, ["19"]),
        Photo(f"{PICS}/IMG_4103.JPG", _t(3, 3, 9, 43), "wall", ["党员活动室管理制度", "“三会一课”制度", "党员权利和义务"], "照片",
              None, ["20"], note="活动室制度上墙"),
        Photo(f"{PICS}/IMG_4105.JPG", _t(3, 3, 9, 47), "wall", ["综合宣传栏", "居民意见箱"], "照片", None, ["30"]),
        Photo(f"{PICS}/IMG_4121.JPG", _t(3, 18, 14, 35), "led", ["云栖社区区域化党建联席会议", "暨共建协议签约仪式"], "照片", "联席会议",
              ["18", "16"]),
        Photo(f"{PICS}/IMG_4160.JPG", _t(4, 12, 8, 52), "banner", ["二院专家进社区 义诊送健康", "翠屏区第二人民医院党委 云栖社区党委"],
              "照片", "共建活动", ["16"]),
        Photo(f"{PICS}/IMG_4201.JPG", _t(5, 17, 7, 20), "banner", ["垃圾分类 党员先行", "云栖社区党员志愿服务队"], "照片", "志愿服务",
              ["13"]),
        Photo(f"{PICS}/IMG_4236.JPG", _t(7, 1, 9, 12), "led", ["七一主题党日暨新党员入党宣誓仪式"], "照片", "主题党日", ["9", "22"]),
        Photo(f"{PICS}/IMG_4288.JPG", _t(8, 9, 18, 5), "plain", [], "照片", None, [], note="小区绿化，无文字"),
        Photo(f"{PICS}/IMG_4350.JPG", _t(10, 2, 16, 30), "plain", [], "照片", None, [], note="国庆随手拍，无文字"),
        Photo(f"{PICS}/IMG_4377.JPG", _t(11, 15, 9, 20), "banner", ["送医送药进家门", "二院党委 云栖社区党委 党建共建"], "照片",
              "共建活动", ["16"]),
        Photo(f"{PICS}/IMG_4402.JPG", _t(12, 22, 9, 3), "led", ["云栖社区党委2025年全体党员大会"], "照片", "党员大会", ["8"]),
        Photo(f"{PICS}/IMG_4140.JPG", _t(4, 8, 8, 15), "notice", ["停水通知", "因二次供水设施清洗，4月10日", "9:00—17:00停水，请提前储水。",
                                                               "锦城物业云栖项目部"], "通知", None, [],
              note="电梯里物业停水通知的照片：物业的，不是党委的"),
        Photo(f"{OLD}/IMG_2210.JPG", _t(7, 1, 9, 0, year=2023), "banner", ["云栖社区党委庆祝建党102周年"], "照片", None, [],
              note="2023年的照片"),
    ]


def _centred(draw, text: str, y: int, size: int, fill) -> None:
    fnt = render.font(size)
    w = draw.textlength(text, font=fnt)
    draw.text(((SIZE[0] - w) / 2, y), text, font=fnt, fill=fill)


def _crowd(draw, rng: random.Random) -> None:
    for _ in range(rng.randint(7, 11)):
        x = rng.randint(20, SIZE[0] - 130)
        h = rng.randint(240, 380)
        draw.ellipse([x + 28, SIZE[1] - h - 64, x + 88, SIZE[1] - h - 6], fill=(220, 186, 156))
        draw.rectangle([x, SIZE[1] - h, x + 116, SIZE[1]], fill=tuple(rng.randint(20, 110) for _ in range(3)))


def scene(p: Photo, rng: random.Random) -> Image.Image:
    img = Image.new("RGB", SIZE, tuple(rng.randint(160, 205) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    if p.scene == "banner":
        draw.rectangle([60, 80, SIZE[0] - 60, 80 + 110 * len(p.texts) + 40], fill=(196, 18, 28))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 110 + 110 * i, 60 if len(line) <= 15 else max(36, int(1240 / len(line))), (255, 232, 110))
        _crowd(draw, rng)
    elif p.scene == "led":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(40, 38, 44))
        draw.rectangle([100, 50, SIZE[0] - 100, 380], fill=(150, 10, 16))
        for i, line in enumerate(p.texts):
            _centred(draw, line, 130 + 100 * i, 60 if len(line) <= 15 else max(36, int(1180 / len(line))), (255, 236, 150))
        _crowd(draw, rng)
    elif p.scene == "sign":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(206, 210, 214))
        draw.rectangle([180, 330, SIZE[0] - 180, 540], fill=(176, 18, 24), outline=(212, 176, 70), width=10)
        _centred(draw, p.texts[0], 395, 72, (250, 220, 100))
    elif p.scene == "wall":
        n = len(p.texts)
        width = (SIZE[0] - 120) // n
        for i, line in enumerate(p.texts):
            x0 = 60 + i * width
            draw.rectangle([x0 + 12, 150, x0 + width - 12, 820], fill=(250, 248, 242), outline=(176, 20, 26), width=12)
            fnt = render.font(44 if len(line) <= 6 else 34)
            w = draw.textlength(line, font=fnt)
            draw.text((x0 + max(24, (width - w) / 2), 210), line, font=fnt, fill=(170, 10, 20))
    elif p.scene == "notice":
        draw.rectangle([0, 0, SIZE[0], SIZE[1]], fill=(150, 152, 156))  # the lift's steel wall
        draw.rectangle([300, 120, SIZE[0] - 300, 960], fill=(252, 252, 250))
        _centred(draw, p.texts[0], 180, 60, (20, 20, 20))
        for i, line in enumerate(p.texts[1:]):
            draw.text((350, 320 + 90 * i), line, font=render.font(40), fill=(30, 30, 30))
    else:  # plain: a lawn, trees and sky, no text
        draw.rectangle([0, 0, SIZE[0], 460], fill=(160, 200, 236))
        draw.rectangle([0, 460, SIZE[0], SIZE[1]], fill=(96, 150, 72))
        for _ in range(7):
            x = rng.randint(30, SIZE[0] - 220)
            draw.ellipse([x, 320, x + 200, 560], fill=(46, 108, 52))
    return img


def screenshots(y: Year) -> None:
    d = y.d
    rel = f"{PICS}/IMG_4399.PNG"
    style.wechat("云栖社区党员群（129）", [
        ("叶婉清", "【通知】定于12月22日（星期一）上午9:00在党群服务中心一楼多功能厅召开2025年全体党员大会，通报全年工作和党费收缴情况，"
                 "表彰优秀党员志愿者。请各位党员准时参加，不能参加的向网格支部书记请假。"),
        ("邵春生", "收到"), ("钟雅婷", "收到，二网格已转发")], clock="19:42").save(y.path(rel), "PNG")
    y.add(rel, "通知", d(12, 18), ["8"], needs_ocr=True, note="微信群里召开党员大会的通知截图")
    rel = f"{PICS}/IMG_4395.PNG"
    style.app_screen("问卷星 · 统计结果", [("云栖社区2025年度党员群众满意度测评", 40), ("有效答卷：207份", 40),
                                     ("您对社区党建工作总体是否满意？", 40), ("满意 78.3%  基本满意 15.5%  不满意 6.2%", 36),
                                     ("您对社区党委书记是否满意？", 40), ("满意 83.1%  基本满意 12.6%  不满意 4.3%", 36)],
                     (38, 120, 220), "17:05").save(y.path(rel), "PNG")
    y.add(rel, "测评", d(12, 9), ["33", "3"], needs_ocr=True, note="问卷星满意度测评结果截图（线上部分）")
    for name, day, title, lines, bar, note in [
        ("IMG_4250.PNG", d(7, 14), "钉钉 · 考勤打卡", [("上班打卡 08:27 正常", 44), ("下班打卡 17:36 正常", 44),
                                                    ("云栖社区居民委员会", 36)], (24, 110, 230), "钉钉打卡截图，个人的"),
        ("IMG_4301.PNG", d(8, 30), "订单详情", [("黄焖鸡米饭（大份）", 44), ("实付 ¥23.50", 44), ("已送达", 40)], (250, 150, 20),
         "外卖订单截图"),
        ("IMG_4333.PNG", d(9, 20), "学习积分", [("今日已累积 38 积分", 48), ("总积分 21536", 44), ("登录 1/1  文章学习 12/12", 36)],
         (220, 30, 30), "学习强国个人积分截图：个人的，不是支部的学习记录"),
    ]:
        rel = f"{PICS}/{name}"
        style.app_screen(title, lines, bar, "12:00").save(y.path(rel), "PNG")
        y.add(rel, "其他", day, [], needs_ocr=True, note=note)


def write(y: Year, rng: random.Random) -> None:
    for p in plan():
        style.save_iphone(scene(p, rng), y.path(p.rel), p.when)
        y.add(p.rel, p.kind, p.when.date(), p.items, meeting_type=p.mtype, needs_ocr=bool(p.texts), note=p.note)
    screenshots(y)
