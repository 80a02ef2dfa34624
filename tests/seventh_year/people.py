"""文庙社区党总支: the Party general branch of 文庙社区, the old town centre of 鹤城区 around the former 文庙 (Confucian
temple) and the 状元街/文庙前街 shopping streets, under the 泮池街道党工委. Three branches, 76 members: a 离退休党员支部
(retired teachers, factory workers and cadres living in the old lanes), a 机关在职党员支部 (the 社区工作者 who are
members and the 在职党员 of the district offices who report to the 社区) and a 老街商户党支部 (shop owners and clerks of the
old street). Partners: the 文庙小学 (共建), the old street's market management company (结对), the 区住建局 (在职党员
双报到). Fictional names, none from the other generated years or sample_evidence/."""

from __future__ import annotations

from dataclasses import dataclass

ORG = "文庙社区党总支"
ORG_FULL = "中共鹤城区泮池街道文庙社区总支部委员会"
ORG_MID = "中共文庙社区总支部委员会"
COMMUNITY = "文庙社区"
STREET = "泮池街道"
STREET_PARTY = "中共鹤城区泮池街道工作委员会"
STREET_PARTY_SHORT = "泮池街道党工委"
DISTRICT = "鹤城区"
CENTRE = "文庙社区党群服务中心"
HALL = "文庙社区党群服务中心二楼会议室"
ROOM = "文庙社区党员活动室"
RESIDENTS = "文庙社区居民委员会"

SCHOOL = "鹤城区文庙小学党支部"  # 共建 (事业单位)
MARKET = "鹤城状元街市场管理有限公司党支部"  # 结对 (非公): runs the old street's shops and stalls
MARKET_CO = "鹤城状元街市场管理有限公司"
BUREAU = "鹤城区住房和城乡建设局机关党委"  # its 在职党员 report to the 社区 (双报到)
PROPERTY = "鹤城泮池物业管理有限公司"  # 老旧小区准物业
NEIGHBOUR = "府前社区党委"  # the next community: its papers are not ours
NEIGHBOUR_FULL = "中共鹤城区泮池街道府前社区委员会"
POLICE = "泮池派出所文庙警务室"

SECRETARY = "邬秀兰"  # 总支书记、居委会主任
DEPUTY = "庞立新"  # 总支副书记 (专职, 分管党务)
ORGANISER = "华梓涵"  # 组织委员, 机关在职党员支部书记, 党建指导员
PUBLICITY = "柏玉洁"  # 宣传委员
RETIRED_SEC = "鲁建国"  # 总支委员, 离退休党员支部书记
SHOP_SEC = "滕福生"  # 老街商户党支部书记 (茶叶店), not a 总支委员
CLERK = "祁晓雯"  # 党务干事 (社区工作者), keeps the 台账 in numbered category folders

BRANCHES = ["离退休党员支部", "机关在职党员支部", "老街商户党支部"]
BRANCH_SECRETARIES = {"离退休党员支部": RETIRED_SEC, "机关在职党员支部": ORGANISER, "老街商户党支部": SHOP_SEC}
BRANCH_SIZE = {"离退休党员支部": 43, "机关在职党员支部": 19, "老街商户党支部": 14}
MEMBERS = 76
VOLUNTEERS = 47  # 47/76 ≈ 61.8%

NEW_MEMBER = "尹浩然"  # 老街商户党支部, 文创店店主: 发展对象 7月, 接收预备党员 9月12日, 街道党工委 批复 9月26日
CONFIRMED = "卞雨欣"  # 机关在职党员支部, 社区工作者: 预备党员 since 2024-06-20, 转正 2025-06-24
ACTIVISTS = ["茅思远", "詹晓燕"]
FLOATING = "戚家骏"  # 老街商户党支部, 流动党员 (在外地开分店)


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    post: str
    duty: str


COMMITTEE = [
    Cadre(SECRETARY, "女", "1971.10", "本科", "总支书记、居委会主任", "主持总支全面工作"),
    Cadre(DEPUTY, "男", "1987.04", "本科", "总支副书记（专职）", "分管党务、发展党员、党费收缴"),
    Cadre(ORGANISER, "女", "1994.06", "本科", "组织委员、机关在职党员支部书记", "组织建设、在职党员双报到、两新组织党建指导员"),
    Cadre(PUBLICITY, "女", "1983.02", "大专", "宣传委员", "宣传、精神文明、群团工作"),
    Cadre(RETIRED_SEC, "男", "1956.08", "中专", "总支委员、离退休党员支部书记", "离退休党员教育管理、纪检"),
]


_SURNAMES = "孔费郝钮尚甄阮闵单谈巫卜乐岑薛汤滕殷毕邬安常喻柏水窦章苗凤花方俞任袁柳鲍史唐"
_GIVEN = ["德昌", "淑芬", "福林", "秀珍", "桂英", "宝根", "国庆", "美华", "志刚", "金妹", "荣发", "丽娟", "建新", "小毛",
          "月娥", "海林", "伟民", "晓光", "雅琴", "文涛", "一帆", "子墨", "欣怡", "俊杰", "梦洁", "立群", "卫东", "爱华"]


def roster() -> dict[str, list[str]]:
    """Members per branch (deterministic), the branch secretary first."""
    import random

    rng = random.Random(77)
    fixed = {
        "离退休党员支部": [RETIRED_SEC, "沈福林", "戴秀珍", "王淑芬"],
        "机关在职党员支部": [ORGANISER, DEPUTY, SECRETARY, "倪志成", "蒋慧", CONFIRMED, "倪小军", "周蔚"],
        "老街商户党支部": [SHOP_SEC, "马丽君", "陶立明", FLOATING, "何雅"],
    }
    taken = {n for names in fixed.values() for n in names} | {NEW_MEMBER, *ACTIVISTS}
    out: dict[str, list[str]] = {}
    for b in BRANCHES:
        names = list(fixed[b])
        while len(names) < BRANCH_SIZE[b]:
            n = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
            if n not in taken:
                taken.add(n)
                names.append(n)
        out[b] = names
    return out
