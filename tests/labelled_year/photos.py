"""Phone photos of the year's activities, drawn with a CJK font so OCR can read them; EXIF on some, dates in names
on others, one with neither (its date only in the picture), one notice board showing a printed date of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PIL import Image, ImageDraw

from . import render
from .model import Year

CST = dt.timezone(dt.timedelta(hours=8))
SIZE = (1280, 960)
PHONES = ["HUAWEI P40", "Xiaomi 13", "HUAWEI Mate 30"]


@dataclass
class Photo:
    name: str  # IMG / 微信图片 / mmexport / DSC / plain; decides the file name and whether EXIF is written
    folder: str
    when: dt.datetime  # the moment it was taken
    scene: str  # banner | sign | signin | board | wall | menu | plain
    texts: list[str]
    kind: str
    meeting_type: str | None
    items: list[str]
    note: str = ""


def _file_name(p: Photo) -> tuple[str, bool]:
    """File name and whether EXIF DateTimeOriginal is written."""
    w = p.when
    if p.name == "IMG":
        return f"IMG_{w:%Y%m%d_%H%M%S}.jpg", True
    if p.name == "微信图片":
        return f"微信图片_{w:%Y%m%d%H%M%S}.jpg", False
    if p.name == "mmexport":
        ms = int(w.replace(tzinfo=CST).timestamp() * 1000)
        return f"mmexport{ms}.jpg", False
    if p.name.startswith("DSC"):
        return f"{p.name}.JPG", True
    return p.name, False


def plan(y: Year) -> list[Photo]:
    Y = y.year

    def t(m, d, hh=10, mm=0, ss=0, dy=0):
        return dt.datetime(Y + dy, m, d, hh, mm, ss)

    pics = "照片"
    wx = "微信图片"
    root = "社区党建2025"
    return [
        Photo("IMG", f"{pics}/{Y}", t(3, 14, 9, 35, 12), "banner", ["税收宣传进社区", "东湖社区与区税务局第三党支部共建活动"],
              "照片", "共建活动", ["16"], "同一天的共建活动：记录、签到表、2张照片"),
        Photo("微信图片", wx, t(3, 14, 10, 15, 30), "banner", ["党建共建 携手同行", "防范电信诈骗宣传"], "照片", "共建活动",
              ["16"]),
        Photo("mmexport", wx, t(6, 12, 10, 5), "banner", ["党员医生义诊进社区", "区人民医院东院党总支 东湖社区党委"], "照片",
              "共建活动", ["16"]),
        Photo("IMG", f"{pics}/{Y}", t(1, 1, 9, 50, 20), "banner", ["东湖社区“迎新年 送祝福”", "主题党日活动"], "照片",
              "主题党日", ["9"]),
        Photo("IMG", f"{pics}/{Y}", t(4, 3, 9, 20, 5), "banner", ["缅怀革命先烈 传承红色基因", "东湖社区主题党日活动"],
              "照片", "主题党日", ["9"]),
        Photo("微信图片", wx, t(6, 30, 15, 12, 40), "banner", ["庆祝建党104周年", "重温入党誓词主题党日活动"], "照片",
              "主题党日", ["9"]),
        Photo("DSC_0311", f"{pics}/相机", t(10, 28, 9, 40), "banner", ["九九重阳 敬老爱老", "东湖社区主题党日"], "照片",
              "主题党日", ["9"], "只有EXIF日期"),
        Photo("1.jpg", f"{root}/主题党日", t(12, 26, 9, 30), "banner", ["东湖社区主题党日活动", f"{Y}年12月26日"], "照片",
              "主题党日", ["9"], "无EXIF、文件名无日期：日期只在画面上"),
        Photo("IMG", f"{pics}/{Y}", t(9, 19, 14, 30, 22), "signin", [f"党课签到表  {Y}年9月19日"], "签到表", "党课",
              ["8"], "签到表的照片"),
        Photo("IMG", f"{pics}/{Y}", t(3, 20, 14, 45, 8), "banner", ["党课：传承雷锋精神 争做先锋党员", "主讲人 周海燕"],
              "照片", "党课", ["8", "9"]),
        Photo("微信图片", wx, t(6, 24, 10, 2, 11), "banner", ["东湖社区第二季度党员大会"], "照片", "党员大会", ["8"]),
        Photo("IMG", f"{pics}/{Y}", t(4, 16, 14, 40, 0), "banner", ["东湖社区党建工作联席会议"], "照片", "联席会议", ["18"]),
        Photo("mmexport", wx, t(3, 22, 9, 10), "banner", ["党员志愿服务 便民理发"], "照片", "志愿服务", ["13"]),
        Photo("IMG", f"{pics}/{Y}", t(5, 17, 9, 30, 45), "banner", ["便民利民 党员志愿者家电维修"], "照片", "志愿服务",
              ["13"]),
        Photo("IMG", f"{pics}/{Y}", t(5, 15, 9, 5, 0), "banner", [f"滨湖街道党校{Y}年社区党员春训班"], "照片", None, ["10"]),
        Photo("DSC_0102", f"{pics}/相机", t(2, 27, 11, 0), "sign", ["东湖社区党员服务中心"], "照片", None, ["19"]),
        Photo("微信图片", wx, t(2, 27, 11, 8, 3), "board", ["党员服务站服务项目", "组织关系转接  党员电教",
                                                      "困难党员帮扶  志愿服务登记", "开放时间：周一至周六 8:30-17:30"],
              "照片", None, ["19"]),
        Photo("IMG", f"{pics}/{Y}", t(2, 21, 10, 5, 0), "wall", ["党员活动室管理制度", "三会一课制度", "党员的权利和义务"],
              "照片", None, ["20"], "活动室制度上墙"),
        Photo("DSC_0456", f"{pics}/相机", t(10, 14, 16, 20), "board", ["东湖社区综合宣传栏", "社区工作者轮值安排",
                                                                  "周一 周海燕  周二 孙立新  周三 陆晓峰",
                                                                  f"东湖社区居委会  {Y}年9月1日"],
              "照片", None, ["30"], "宣传栏照片：画面日期9月1日，拍摄日期（EXIF）10月14日"),
        Photo("IMG", f"{pics}/{Y}", t(2, 21, 10, 15, 40), "sign", ["群众意见箱"], "照片", None, ["30"]),
        Photo("微信图片", wx, t(4, 26, 8, 45, 10), "board", ["党务公开栏", f"{Y}年为民办实事项目公示",
                                                      "1.加装电梯协调 2.助餐点扩容 3.人行道修复", "4.声控灯更换 5.暑期课堂"],
              "照片", None, ["27", "28"]),
        Photo("IMG", f"{pics}/{Y}", t(3, 7, 14, 10, 30), "banner", ["巾帼心向党 东湖社区庆祝三八妇女节"], "照片", None, ["4"]),
        Photo("mmexport", wx, t(9, 5, 10, 0), "banner", ["东湖社区“最美家庭”表彰大会"], "照片", None, ["25"]),
        Photo("IMG", f"{pics}/{Y}", t(7, 8, 19, 30, 10), "banner", ["老旧小区改造方案征求意见座谈会"], "照片", None, ["27"]),
        Photo("微信图片", f"{root}/帮扶", t(4, 12, 15, 30, 0), "plain", [], "照片", None, ["32"], "帮扶走访照片，无文字"),
        Photo("微信图片", wx, t(6, 9, 11, 45, 0), "menu", ["社区食堂本周菜单", "周一 红烧肉 清炒菠菜", "周二 番茄炒蛋 土豆丝",
                                                     "周三 鱼香肉丝 冬瓜汤", "老年人凭卡9折"], "照片", None, [],
              "食堂菜单：不服务任何考核项目"),
        Photo("IMG", f"{pics}/{Y}", t(8, 11, 16, 0, 0), "plain", [], "照片", None, [], "办公室随手拍"),
        Photo("mmexport", wx, t(8, 9, 9, 0), "banner", ["夏季送清凉 党员志愿服务"], "照片", "志愿服务", ["13"]),
        Photo("IMG", f"{pics}/{Y}", t(11, 8, 9, 15, 30), "banner", ["党员志愿服务 磨刀修伞"], "照片", "志愿服务", ["13"]),
        Photo("微信图片", wx, t(12, 23, 14, 20, 5), "banner", ["东湖社区第四季度党员大会"], "照片", "党员大会", ["8"]),
        Photo("IMG", f"{pics}/{Y}", t(11, 27, 14, 50, 0), "banner", ["党课：学习贯彻党的二十届四中全会精神"], "照片", "党课",
              ["8", "9"]),
        Photo("mmexport", wx, t(9, 18, 10, 30), "banner", ["国防教育进社区", "临江二中党支部 东湖社区党委共建"], "照片",
              "共建活动", ["16"]),
        Photo("IMG", f"{pics}/{Y}", t(10, 22, 9, 45, 0), "banner", ["东湖社区第二次党建工作联席会议"], "照片", "联席会议",
              ["18"]),
        Photo("微信图片", wx, t(1, 21, 14, 40, 0), "banner", [f"{Y - 1}年度组织生活会暨民主评议党员"], "照片", "组织生活会",
              ["9", "12"]),
        Photo("IMG", f"{pics}/{Y}", t(5, 27, 9, 20, 0), "banner", ["垃圾分类 党员先行", "东湖社区主题党日"], "照片",
              "主题党日", ["9", "25"]),
        Photo("IMG", f"{pics}/{Y}", t(2, 25, 10, 40, 0), "banner", ["主题党日 清理楼道 共建美好家园"], "照片", "主题党日",
              ["9"]),
        Photo("微信图片", f"{root}/帮扶", t(7, 19, 16, 5, 0), "plain", [], "照片", None, ["32"], "帮扶照片，无文字"),
        Photo("mmexport", wx, t(8, 15, 12, 30), "plain", [], "照片", None, [], "随手拍，无文字"),
    ]


def _scene(p: Photo, rng) -> Image.Image:
    top = tuple(rng.randint(120, 200) for _ in range(3))
    bottom = tuple(rng.randint(40, 110) for _ in range(3))
    img = Image.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(img)
    for yy in range(SIZE[1]):
        f = yy / SIZE[1]
        draw.line([(0, yy), (SIZE[0], yy)], fill=tuple(int(a + (b - a) * f) for a, b in zip(top, bottom, strict=True)))
    if p.scene in ("banner", "plain"):  # people below the banner
        for _ in range(rng.randint(5, 11)):
            x = rng.randint(40, SIZE[0] - 120)
            h = rng.randint(260, 420)
            col = tuple(rng.randint(20, 90) for _ in range(3))
            draw.ellipse([x + 25, SIZE[1] - h - 70, x + 85, SIZE[1] - h - 10], fill=(224, 190, 160))
            draw.rectangle([x, SIZE[1] - h, x + 110, SIZE[1]], fill=col)
    if p.scene == "banner":
        draw.rectangle([60, 70, SIZE[0] - 60, 70 + 110 * len(p.texts) + 30], fill=(196, 22, 28))
        for i, line in enumerate(p.texts):
            size = 64 if len(line) <= 16 else max(40, int(1000 / len(line)))
            fnt = render.font(size)
            w = draw.textlength(line, font=fnt)
            draw.text(((SIZE[0] - w) / 2, 95 + 110 * i), line, font=fnt, fill=(255, 230, 120))
    elif p.scene in ("sign", "board", "wall", "menu"):
        boards = [p.texts] if p.scene != "wall" else [[t] for t in p.texts]
        n = len(boards)
        for b, lines in enumerate(boards):
            x0 = 80 + b * (SIZE[0] - 160) // n
            x1 = x0 + (SIZE[0] - 160) // n - 30
            fill = (250, 250, 245) if p.scene != "sign" else (170, 20, 25)
            draw.rectangle([x0, 120, x1, 760], fill=fill, outline=(120, 90, 60), width=8)
            for i, line in enumerate(lines):
                size = 58 if p.scene == "sign" else (44 if i == 0 else 34)
                if p.scene == "wall":
                    size = 36
                fnt = render.font(size)
                w = draw.textlength(line, font=fnt)
                colour = (255, 240, 200) if p.scene == "sign" else (25, 25, 25)
                draw.text((max(x0 + 20, (x0 + x1 - w) / 2), 200 + i * 110), line, font=fnt, fill=colour)
    elif p.scene == "signin":
        draw.rectangle([140, 40, SIZE[0] - 140, SIZE[1] - 30], fill=(252, 252, 248))
        fnt = render.font(40)
        draw.text((220, 70), p.texts[0], font=fnt, fill=(20, 20, 20))
        small = render.font(30)
        names = ["周海燕", "孙立新", "陆晓峰", "马国栋", "贾卫东", "夏安琪", "钱桂英", "邹梓涵"]
        for r in range(9):
            yy = 150 + r * 82
            draw.line([(180, yy), (SIZE[0] - 180, yy)], fill=(60, 60, 60), width=2)
            if r:
                draw.text((200, yy - 62), f"{r}", font=small, fill=(20, 20, 20))
                draw.text((300, yy - 62), names[r - 1], font=small, fill=(20, 20, 90))
    return img


def write(y: Year) -> list[tuple[str, Photo]]:
    out = []
    for p in plan(y):
        name, with_exif = _file_name(p)
        rel = f"{p.folder}/{name}"
        img = _scene(p, y.rng)
        render.save_jpeg(img, y.path(rel), p.when if with_exif else None,
                         model=y.rng.choice(PHONES) if with_exif else None)
        date = p.when.date()
        y.add(rel, p.kind, date, p.items, meeting_type=p.meeting_type, needs_ocr=bool(p.texts) or p.kind != "照片",
              note=p.note)
        out.append((rel, p))
    return out
