"""The 纺机新村 residents' Party branch: a 老旧小区 (the old 清河纺织机械厂 staff estate, 16 幢, 1984-1992) under the
梧桐巷社区党委, its members mostly retired factory workers in two 党小组 by building, a few 在职党员 who report to the
社区, one 流动党员. Fictional names, none from the other generated years or sample_evidence/."""

from __future__ import annotations

import random
from dataclasses import dataclass

ORG = "纺机新村党支部"
ORG_FULL = "中共清河区鼓楼街道梧桐巷社区纺机新村支部委员会"
ESTATE = "纺机新村"
COMMUNITY = "梧桐巷社区"
COMMUNITY_PARTY = "梧桐巷社区党委"  # the branch's direct superior
STREET = "鼓楼街道"
STREET_PARTY = "中共清河区鼓楼街道工作委员会"
STREET_PARTY_SHORT = "鼓楼街道党工委"
DISTRICT = "清河区"
ROOM = "纺机新村党员活动室（7幢底楼）"
RESIDENTS_COMMITTEE = "梧桐巷社区居民委员会"
PROPERTY = "清河安居物业管理有限公司"
OWNERS = "纺机新村业主委员会"
NEIGHBOUR = "棉纺新村党支部"  # the next estate's branch: its papers are not ours
SCHOOL_BRANCH = "鼓楼小学党支部"
CO_BUILD = "清河区住房和城乡建设局机关第一党支部"  # 共建 机关
PAIRED = "国网清河供电公司城区供电所党支部"  # 结对 (国企)

SECRETARY = "刘桂芬"  # 支部书记, 退休教师
DEPUTY = "陈晓宇"  # 副书记: 社区党委派驻的专职党务干事
ORGANISER = "王建国"  # 组织委员, 退休钳工
PUBLICITY = "周德明"  # 宣传委员, 退休党员志愿者, keeps the 台账 (scans everything on the 社区's copier)
DISCIPLINE = "赵秀兰"  # 纪检委员
NEW_MEMBER = "孙佳琪"  # 发展对象 3月, 预备党员 6月27日
CONFIRMED = "马国庆"  # 预备党员 since 2024.12.20, 转正 12月19日
ACTIVIST = "吴丽娜"  # 入党积极分子
ARREARS = "郑伟"  # 流动党员 (外出务工): 5-7月 党费 未交, 8月补交

GROUPS = ["第一党小组", "第二党小组"]  # 1-8幢, 9-16幢
GROUP_LEADERS = {"第一党小组": "钱凤英", "第二党小组": "李福生"}


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    post: str
    note: str


COMMITTEE = [
    Cadre(SECRETARY, "女", "1962年4月", "大专", "支部书记", "退休教师"),
    Cadre(DEPUTY, "男", "1989年11月", "本科", "副书记", "梧桐巷社区专职党务干事"),
    Cadre(ORGANISER, "男", "1957年8月", "高中", "组织委员", "退休职工"),
    Cadre(PUBLICITY, "男", "1951年2月", "中专", "宣传委员", "退休职工，台账管理"),
    Cadre(DISCIPLINE, "女", "1960年9月", "初中", "纪检委员", "退休职工"),
]

MEMBER_COUNT = 31  # at 6月30日, 孙佳琪 (预备) included
VOLUNTEERS = 19  # 党员志愿者: 19/31 ≈ 61%

_SURNAMES = "张王李赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施严金魏陶姜谢邹喻柏章苏潘葛范彭鲁韦马方任袁柳史唐薛雷倪汤罗"
_GIVEN = ["秀英", "桂兰", "建华", "国强", "淑珍", "玉梅", "志刚", "红梅", "德胜", "美华", "永康", "凤珍", "树林", "金花", "长林",
          "卫东", "小平", "翠英", "文革", "海燕", "宝根", "荣华", "爱民", "雪琴"]


@dataclass(frozen=True)
class Member:
    name: str
    gender: str
    born: str  # "1951-02-10"
    joined: str
    group: str
    kind: str  # 退休 | 在职报到 | 流动
    dues_month: float


def members(seed: int = 59) -> list[Member]:
    """The 31 党员 (deterministic), committee first, 孙佳琪 last."""
    rng = random.Random(seed)
    out = [
        Member(SECRETARY, "女", "1962-04-03", "1986-07-01", GROUPS[0], "退休", 48.0),
        Member(DEPUTY, "男", "1989-11-21", "2011-06-10", GROUPS[1], "在职报到", 62.0),
        Member(ORGANISER, "男", "1957-08-15", "1983-05-04", GROUPS[0], "退休", 30.0),
        Member(PUBLICITY, "男", "1951-02-10", "1975-10-01", GROUPS[1], "退休", 26.0),
        Member(DISCIPLINE, "女", "1960-09-30", "1990-06-28", GROUPS[0], "退休", 22.0),
        Member(GROUP_LEADERS["第一党小组"], "女", "1955-03-12", "1979-07-01", GROUPS[0], "退休", 20.0),
        Member(GROUP_LEADERS["第二党小组"], "男", "1949-12-01", "1972-03-15", GROUPS[1], "退休", 18.0),
        Member(ARREARS, "男", "1985-06-06", "2009-11-20", GROUPS[1], "流动", 15.0),
        Member(CONFIRMED, "男", "1992-10-01", "2024-12-20", GROUPS[0], "在职报到", 24.0),
    ]
    taken = {m.name for m in out} | {NEW_MEMBER, ACTIVIST}
    names: list[str] = []
    while len(names) < MEMBER_COUNT - len(out) - 1:
        n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if n not in taken and n not in names:
            names.append(n)
    for i, n in enumerate(names):
        year = rng.randint(1938, 1978)
        kind = "在职报到" if year > 1966 else "退休"
        out.append(Member(n, rng.choice("男女"), f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          f"{min(year + 24, 2015)}-07-01", GROUPS[i % 2], kind,
                          rng.choice([6.0, 10.0, 12.0, 16.0, 20.0]) if kind == "退休" else 40.0))
    out.append(Member(NEW_MEMBER, "女", "1996-05-18", "2025-06-27", GROUPS[1], "在职报到", 10.0))
    assert len(out) == MEMBER_COUNT
    return out
