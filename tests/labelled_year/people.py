"""The community's people: 班子成员, the 52 直管党员, staff. Fictional names, none from sample_evidence/."""

from __future__ import annotations

import random
from dataclasses import dataclass

SECRETARY = "周海燕"
DEPUTY = "孙立新"  # 专职党务副书记
ORGANISER = "陆晓峰"  # 组织委员, the one under 40
PUBLICITY = "何静怡"  # 宣传委员
DISCIPLINE = "马国栋"  # 纪检委员
CLERK = "潘雨婷"  # 党务干事, keeps the 台帐 (not a Party member of the committee)


@dataclass(frozen=True)
class Leader:
    name: str
    gender: str
    post: str
    born: str  # as written in the roster (mixed forms on purpose)
    education: str
    joined: str


# 出生年月 written three ways; ages at 2025-12-31: 53, 46, 34, 40, 57.
LEADERS = [
    Leader(SECRETARY, "女", "党委书记、居委会主任", "1972.08", "大专", "1996.07"),
    Leader(DEPUTY, "男", "党委专职副书记", "1979年3月", "大学本科", "2001年6月"),
    Leader(ORGANISER, "男", "党委委员（组织）", "1991-03-17", "本科", "2013-05-20"),
    Leader(PUBLICITY, "女", "党委委员（宣传）", "1985.12", "高中", "2010.07"),
    Leader(DISCIPLINE, "男", "党委委员（纪检）", "1968年10月", "中专", "1992年12月"),
]

_SURNAMES = "王李张刘陈杨黄赵吴徐孙胡朱高林郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
_GIVEN = ["淑珍", "桂英", "德明", "振华", "玉兰", "建平", "秀英", "国强", "丽萍", "卫东", "志刚", "美华", "文杰",
          "春生", "红梅", "宏伟", "晓东", "佩玲", "永康", "凤英", "海波", "金凤", "立群", "雪梅", "长庚", "素琴",
          "宝林", "月娥", "新民", "兰芳", "家豪", "思远", "慧敏", "继光", "爱华", "树林", "翠萍", "俊杰", "惠芬",
          "明辉", "梓涵", "安琪", "耀祖", "淑华", "福生", "彩霞", "德胜", "秋菊", "云飞", "丽娟", "景山", "婉清",
          "一鸣", "荣华", "子豪", "泽宇", "若兰", "诗琪"]

EDUCATIONS = ["初中", "高中", "中专", "大专", "本科", "研究生"]
ARREARS_MEMBER = "钱桂英"  # 5月 未交, 6月 blank
MEMBER_COUNT = 52  # 直管党员
VOLUNTEERS = 20  # 直管党员 in the volunteer team: 20/52 = 38.5% (< 50%)
NEW_MEMBER = "邹梓涵"  # 预备党员 received at the 6月 党员大会
ACTIVIST = "龚诗琪"  # 入党积极分子 on the one-person form


@dataclass(frozen=True)
class Member:
    name: str
    gender: str
    born: str  # "1958.04"
    education: str
    joined: str  # "1983.07"
    group: int  # 党小组 1..4
    status: str  # 退休 / 在职 / 无固定职业 / 流动
    dues: float  # monthly dues in yuan


def members(seed: int = 7) -> list[Member]:
    """The 52 直管党员, leaders first (deterministic)."""
    rng = random.Random(seed)
    taken = {lead.name for lead in LEADERS} | {ARREARS_MEMBER, NEW_MEMBER, ACTIVIST, CLERK}
    out: list[Member] = []
    for lead in LEADERS:
        out.append(Member(lead.name, lead.gender, _norm_born(lead.born), lead.education, _norm_born(lead.joined),
                          1 + len(out) % 4, "在职", 50.0 if lead.name != DISCIPLINE else 30.0))
    out.append(Member(ARREARS_MEMBER, "女", "1949.02", "初中", "1975.06", 3, "退休", 2.0))
    names: list[str] = []
    while len(names) < MEMBER_COUNT - len(out) - 1:
        n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if n not in taken and n not in names:
            names.append(n)
    for i, n in enumerate(names):
        year = rng.randint(1940, 1998)
        retired = year < 1965
        edu = rng.choice(EDUCATIONS[:3]) if year < 1960 else rng.choice(EDUCATIONS[1:])
        dues = rng.choice([2.0, 3.0, 5.0, 8.0, 10.0]) if retired else rng.choice([20.0, 30.0, 50.0, 80.0])
        status = "退休" if retired else rng.choice(["在职", "在职", "无固定职业", "流动"])
        out.append(Member(n, rng.choice("男女"), f"{year}.{rng.randint(1, 12):02d}", edu,
                          f"{max(year + 22, 1965) + rng.randint(0, 8)}.{rng.randint(1, 12):02d}", 1 + i % 4, status,
                          dues))
    out.append(Member(NEW_MEMBER, "女", "1996.09", "本科", "2025.06", 2, "在职", 20.0))
    assert len(out) == MEMBER_COUNT
    return out


def _norm_born(text: str) -> str:
    digits = [int(x) for x in text.replace("年", ".").replace("月", "").replace("-", ".").split(".") if x]
    return f"{digits[0]}.{digits[1]:02d}"


STAFF = [
    (SECRETARY, "党委书记、居委会主任", "138 5712 0461"),
    (DEPUTY, "党委副书记", "139 0571 3382"),
    (ORGANISER, "组织委员、网格长", "137 7785 2210"),
    (PUBLICITY, "宣传委员", "135 8812 6643"),
    (DISCIPLINE, "纪检委员", "133 5718 9027"),
    (CLERK, "党务干事", "188 6713 4456"),
    ("葛文博", "社工（民政）", "186 5720 3318"),
    ("柳佳慧", "社工（计生）", "159 8801 2275"),
    ("储建军", "社工（综合）", "150 5719 6634"),
    ("章小满", "社工（残联）", "136 5710 8872"),
    ("郁晨阳", "网格员", "177 0571 4490"),
    ("翁美琳", "网格员", "182 5716 7705"),
]
