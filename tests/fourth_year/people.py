"""The building's Party branch: its committee, members from the firms in the tower in three 党小组 by floor, the
property company and the neighbours. Fictional names, none from the other generated years or sample_evidence/."""

from __future__ import annotations

import random
from dataclasses import dataclass

ORG = "云锦大厦联合党支部"
ORG_FULL = "中共江川区南湖街道云锦大厦联合支部委员会"
BUILDING = "云锦大厦"
STREET = "南湖街道"
STREET_PARTY = "中共江川区南湖街道工作委员会"
STREET_PARTY_SHORT = "南湖街道党工委"
TWO_NEW = "南湖街道两新组织综合党委"  # the branch's direct superior
DISTRICT = "江川区"
STATION = "云锦大厦党群服务站"  # 5楼, 186平方米
ROOM = "云锦大厦5楼党群服务站会议室"
PROPERTY = "江川云锦物业服务有限公司"
COMMUNITY = "南湖社区"
RESIDENTS_COMMITTEE = "南湖社区居民委员会"
NEIGHBOUR = "金茂中心联合党支部"  # the next tower's branch: its papers are not ours

SECRETARY = "邵明哲"  # 支部书记, 明哲律师事务所主任
DEPUTY = "顾雅琴"  # 专职副书记: 街道选派的楼宇专职党务工作者
ORGANISER = "林一帆"  # 组织委员 (云图科技 HR), born 1993
PUBLICITY = "蒋文涛"  # 宣传委员
DISCIPLINE = "贺春梅"  # 纪检委员 (物业公司)
CLERK = "宋可欣"  # 党建社工: keeps the 台账
NEW_MEMBER = "陶思远"  # 发展对象 3月, 预备党员 6月27日
CONFIRMED = "孔令辉"  # 预备党员 since 2024.09.20, 转正 9月23日
ACTIVIST = "温婧"  # 入党积极分子
ARREARS = "褚天宇"  # 8月 调往外地 without 转接, 8-10月 党费 未交

GROUPS = ["低区党小组", "中区党小组", "高区党小组"]  # 3-12层, 13-22层, 23-31层
GROUP_LEADERS = {"低区党小组": "严晓峰", "中区党小组": "华丽萍", "高区党小组": "金若川"}

FIRMS = ["明哲律师事务所", "江川云图科技有限公司", "衡信会计师事务所", "江川云锦物业服务有限公司", "瑞禾人力资源有限公司",
         "星澜文化传媒有限公司", "江川农商银行南湖支行", "嘉和建筑设计院", "启航教育科技有限公司", "南湖大药房连锁有限公司",
         "博远知识产权代理有限公司", "鼎盛供应链管理有限公司"]


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    post: str
    firm: str
    duty: str


COMMITTEE = [
    Cadre(SECRETARY, "男", "1976年10月", "研究生", "支部书记", "明哲律师事务所", "主持支部全面工作"),
    Cadre(DEPUTY, "女", "1990年3月", "本科", "专职副书记", "南湖街道选派楼宇专职党务工作者", "负责党务日常工作、党群服务站运行"),
    Cadre(ORGANISER, "女", "1993年7月", "本科", "组织委员", "江川云图科技有限公司", "负责组织发展、党费收缴"),
    Cadre(PUBLICITY, "男", "1984年5月", "本科", "宣传委员", "星澜文化传媒有限公司", "负责宣传、志愿服务"),
    Cadre(DISCIPLINE, "女", "1971年12月", "大专", "纪检委员", PROPERTY, "负责纪律检查、物业协调"),
]

MEMBER_COUNT = 38  # 党员 at 6月30日, 陶思远 (预备) included
VOLUNTEERS = 23  # in the 党员志愿服务队: 23/38 ≈ 60.5%

_SURNAMES = "秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦马苗方俞任袁柳鲍史唐费薛雷贺倪汤殷罗"
_GIVEN = ["子涵", "浩宇", "一诺", "欣怡", "博文", "雨萱", "俊杰", "思琪", "明轩", "诗雨", "天佑", "梓萱", "嘉懿", "晨阳", "可馨",
          "宇辰", "若曦", "泽楷", "佳慧", "逸飞", "书瑶", "文博", "雅婷", "志远", "心怡", "昊然", "梦洁", "子墨", "静怡", "振宇"]


@dataclass(frozen=True)
class Member:
    name: str
    gender: str
    born: str  # "1986-03-12"
    education: str
    joined: str  # "2010-06-01"
    group: str
    firm: str
    kind: str  # 在职 | 流动 | 退休返聘 …
    dues_month: float


def members(seed: int = 47) -> list[Member]:
    """The 38 党员 (deterministic), committee first, 陶思远 last."""
    rng = random.Random(seed)
    out: list[Member] = []
    borns = {SECRETARY: "1976-10-05", DEPUTY: "1990-03-18", ORGANISER: "1993-07-26", PUBLICITY: "1984-05-11",
             DISCIPLINE: "1971-12-02"}
    joined = {SECRETARY: "2001-06-20", DEPUTY: "2011-05-16", ORGANISER: "2015-06-01", PUBLICITY: "2008-12-10",
              DISCIPLINE: "1996-07-01"}
    dues = {SECRETARY: 120.0, DEPUTY: 35.0, ORGANISER: 42.0, PUBLICITY: 60.0, DISCIPLINE: 18.0}
    for i, c in enumerate(COMMITTEE):
        firm = c.firm if "街道" not in c.firm else "南湖街道"
        out.append(Member(c.name, c.gender, borns[c.name], c.education, joined[c.name], GROUPS[i % 3], firm, "在职",
                          dues[c.name]))
    for group, leader in GROUP_LEADERS.items():
        out.append(Member(leader, "女" if leader == "华丽萍" else "男", f"198{rng.randint(0, 9)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                          "本科", f"20{rng.randint(5, 15):02d}-07-01", group, rng.choice(FIRMS), "在职", 30.0))
    out.append(Member(ARREARS, "男", "1992-02-14", "硕士", "2016-11-08", GROUPS[1], "鼎盛供应链管理有限公司", "流动", 25.0))
    out.append(Member(CONFIRMED, "男", "1996-08-30", "本科", "2024-09-20", GROUPS[2], "江川云图科技有限公司", "在职", 15.0))
    taken = {m.name for m in out} | {NEW_MEMBER, ACTIVIST, CLERK}
    names: list[str] = []
    while len(names) < MEMBER_COUNT - len(out) - 1:
        n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if n not in taken and n not in names:
            names.append(n)
    for i, n in enumerate(names):
        year = rng.randint(1958, 2000)
        kind = "退休返聘" if year < 1964 else ("流动" if rng.random() < 0.12 else "在职")
        out.append(Member(n, rng.choice("男女"), f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          rng.choice(["大专", "本科", "本科", "硕士"]), f"{max(year + 21, 1985) + rng.randint(0, 8)}-07-01",
                          GROUPS[i % 3], rng.choice(FIRMS), kind, rng.choice([8.0, 12.0, 20.0, 30.0, 45.0])))
    out.append(Member(NEW_MEMBER, "男", "1997-04-09", "硕士", "2025-06-27", GROUPS[0], "衡信会计师事务所", "在职", 10.0))
    assert len(out) == MEMBER_COUNT
    return out


CONTACTS = [
    (SECRETARY, "支部书记", "13905716218"),
    (DEPUTY, "专职副书记", "15857102263"),
    (ORGANISER, "组织委员", "18768120937"),
    (PUBLICITY, "宣传委员", "13588204416"),
    (DISCIPLINE, "纪检委员（物业）", "13757190382"),
    (CLERK, "党建社工", "19857163305"),
    ("物业前台", "", "0571-8690XXXX"),
]
