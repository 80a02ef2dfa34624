"""The village's people: the 党总支 committee, its members in three 党小组 by 自然村, staff. Fictional names, none from
the labelled year or sample_evidence/."""

from __future__ import annotations

import random
from dataclasses import dataclass

ORG = "柳塘村党总支"
ORG_FULL = "中共云溪区石桥镇柳塘村总支部委员会"
TOWN = "石桥镇"
TOWN_PARTY = "中共石桥镇委员会"
TOWN_PARTY_SHORT = "石桥镇党委"
DISTRICT = "云溪区"
VILLAGE_COMMITTEE = "柳塘村村民委员会"
HALL = "村部二楼会议室"
CENTRE = "柳塘村党群服务中心"

SECRETARY = "杨秀兰"  # 党总支书记、村委会主任
DEPUTY = "冯志强"  # 党总支专职副书记
ORGANISER = "汤晓雯"  # 组织委员, born 1994
PUBLICITY = "钟国平"  # 宣传委员
DISCIPLINE = "罗金花"  # 纪检委员
CLERK = "吴晨曦"  # 村党务工作者 (后备干部): keeps the 台账
NEW_MEMBER = "程雨桐"  # 发展对象 3月, 预备党员 5月20日
CONFIRMED = "何建军"  # 预备党员 since 2024.09, 转正 9月23日
ACTIVIST = "邵佳怡"  # 入党积极分子
ARREARS = "曹福根"  # 第三季度 党费 未缴 (在外务工)

GROUPS = ["上塘党小组", "下塘党小组", "柳湾党小组"]
GROUP_LEADERS = {"上塘党小组": "毛德兴", "下塘党小组": "阮桂芳", "柳湾党小组": "岑长寿"}


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    party_post: str
    village_post: str
    duty: str


COMMITTEE = [
    Cadre(SECRETARY, "女", "1970年5月", "高中", "党总支书记", "村委会主任", "主持党总支全面工作"),
    Cadre(DEPUTY, "男", "1982年11月", "大专", "党总支专职副书记", "—", "负责党务、党员教育管理、共驻共建"),
    Cadre(ORGANISER, "女", "1994年8月", "本科", "组织委员", "村委会委员", "负责组织发展、党费收缴、台账管理"),
    Cadre(PUBLICITY, "男", "1976年2月", "中专", "宣传委员", "村委会委员", "负责宣传思想、精神文明、志愿服务"),
    Cadre(DISCIPLINE, "女", "1965年9月", "初中", "纪检委员", "村务监督委员会主任", "负责党风廉政、村务监督"),
]

_SURNAMES = "章俞柏水窦云苏潘葛奚范彭郎鲁韦昌马苗凤花方任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄穆萧尹"
_GIVEN = ["来福", "根宝", "秀珍", "阿毛", "金宝", "水生", "兰英", "木根", "桂香", "国庆", "建华", "春燕", "小军", "玉芬",
          "长根", "爱娣", "林峰", "晓燕", "德华", "志明", "雪芳", "荣根", "月琴", "海军", "丽华", "火根", "彩凤", "新华",
          "伟强", "红英", "茂林", "佳琪", "宇航", "梦瑶", "家乐", "素芬", "建伟", "菊香", "炳坤", "凤娟"]

MEMBER_COUNT = 46  # 党员 on the roster at 6月30日 (程雨桐 included as 预备党员)
VOLUNTEERS = 27  # 党员 in the volunteer team: 27/46 ≈ 58.7%


@dataclass(frozen=True)
class Member:
    name: str
    gender: str
    born: str  # "1956-03-12"
    education: str
    joined: str  # "1979-06-01"
    group: str
    job: str  # 务农 / 外出务工 / 个体 / 退休 / 村干部
    dues_month: float


def members(seed: int = 31) -> list[Member]:
    """The 46 党员 of the roster (deterministic), committee first."""
    rng = random.Random(seed)
    out: list[Member] = []
    borns = {SECRETARY: "1970-05-16", DEPUTY: "1982-11-03", ORGANISER: "1994-08-21", PUBLICITY: "1976-02-09",
             DISCIPLINE: "1965-09-30"}
    joined = {SECRETARY: "1995-07-01", DEPUTY: "2006-06-18", ORGANISER: "2016-05-20", PUBLICITY: "2001-12-05",
              DISCIPLINE: "1990-07-01"}
    for i, c in enumerate(COMMITTEE):
        out.append(Member(c.name, c.gender, borns[c.name], c.education, joined[c.name], GROUPS[i % 3], "村干部",
                          20.0 if c.name != ORGANISER else 15.0))
    for group, leader in GROUP_LEADERS.items():
        out.append(Member(leader, "女" if leader == "阮桂芳" else "男", f"19{rng.randint(55, 66)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                          "初中", f"19{rng.randint(80, 92)}-07-01", group, "务农", 2.0))
    out.append(Member(ARREARS, "男", "1979-04-22", "初中", "2008-07-01", GROUPS[2], "外出务工", 10.0))
    out.append(Member(CONFIRMED, "男", "1990-10-02", "大专", "2024-09-24", GROUPS[0], "个体", 10.0))
    taken = {m.name for m in out} | {NEW_MEMBER, ACTIVIST, CLERK}
    names: list[str] = []
    while len(names) < MEMBER_COUNT - len(out) - 1:
        n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if n not in taken and n not in names:
            names.append(n)
    for i, n in enumerate(names):
        year = rng.randint(1938, 1999)
        edu = rng.choice(["小学", "初中", "初中", "高中"]) if year < 1965 else rng.choice(["初中", "高中", "中专", "大专", "本科"])
        job = "退休" if year < 1960 and rng.random() < 0.3 else ("务农" if year < 1970 else rng.choice(["务农", "外出务工", "个体"]))
        dues = 0.5 if year < 1955 else (2.0 if year < 1970 else rng.choice([5.0, 10.0, 15.0]))
        out.append(Member(n, rng.choice("男男女"), f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", edu,
                          f"{max(year + 20, 1958) + rng.randint(0, 12)}-07-01", GROUPS[i % 3], job, dues))
    out.append(Member(NEW_MEMBER, "女", "1998-12-07", "本科", "2025-05-20", GROUPS[1], "务农（返乡创业）", 5.0))
    assert len(out) == MEMBER_COUNT
    return out


STAFF_PHONES = [
    (SECRETARY, "党总支书记、村委会主任", "13867251108"),
    (DEPUTY, "党总支副书记", "13957206631"),
    (ORGANISER, "组织委员、村委委员", "18857290412"),
    (PUBLICITY, "宣传委员、村委委员", "13735916620"),
    (DISCIPLINE, "纪检委员、监委会主任", "15068277301"),
    (CLERK, "党务工作者", "17706820953"),
    ("俞丽华", "妇联主席", "13575229186"),
    ("滕宇航", "团支部书记", "18767210344"),
    ("倪伟强", "民兵连长、治保主任", "13857228807"),
]
