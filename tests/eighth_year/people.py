"""桃湾社区党委: the Party committee of 桃湾社区, 鹭江区沙洲街道 — until 2023 the 桃湾村, turned into an urban 社区
(村改居) two years before this year: most residents are former villagers resettled into the 桃湾家园 回迁安置小区,
the village's collective assets are held by the 桃湾股份经济合作社 (分红 to shareholders each year), and the old
village committee's building is now the 党群服务中心. Five branches, 152 members: 第一、第二、第三居民党支部 (by
residential area: 桃湾家园 一期, 二期 and the 老村 lots not yet demolished), a 老年协会党支部 (the elderly members
of the village's old people's association) and a 股份经济合作社党支部 (the cooperative's staff and board members).
Partners: the 鹭江区桃湾小学 (共建), the 安居物业 property company's branch (结对), the 区农业农村局机关党委 (在职党员
报到). Fictional names, none from the other generated years or sample_evidence/."""

from __future__ import annotations

import random
from dataclasses import dataclass

ORG = "桃湾社区党委"
ORG_FULL = "中共鹭江区沙洲街道桃湾社区委员会"
ORG_MID = "中共桃湾社区委员会"
COMMUNITY = "桃湾社区"
STREET = "沙洲街道"
STREET_PARTY = "中共鹭江区沙洲街道工作委员会"
STREET_PARTY_SHORT = "沙洲街道党工委"
DISTRICT = "鹭江区"
CENTRE = "桃湾社区党群服务中心"
HALL = "桃湾社区党群服务中心二楼会议室"  # the old 村委 building
ROOM = "桃湾社区党员活动室"
RESIDENTS = "桃湾社区居民委员会"
COOP = "鹭江区沙洲街道桃湾股份经济合作社"
COOP_SHORT = "桃湾股份经济合作社"
ESTATE = "桃湾家园"  # the 回迁安置小区

SCHOOL = "鹭江区桃湾小学党支部"  # 共建 (事业单位)
PROPERTY_BRANCH = "鹭江安居物业服务有限公司党支部"  # 结对 (非公), manages 桃湾家园
PROPERTY = "鹭江安居物业服务有限公司"
BUREAU = "鹭江区农业农村局机关党委"  # its 在职党员 report to the 社区
NEIGHBOUR = "江头社区党委"  # another 村改居 社区 of the same 街道: its papers are not ours
NEIGHBOUR_FULL = "中共鹭江区沙洲街道江头社区委员会"

SECRETARY = "陈永康"  # 党委书记、居委会主任、合作社董事长 (一肩挑)
DEPUTY = "林晓燕"  # 党委副书记 (专职, 分管党务)
ORGANISER = "陈佳豪"  # 组织委员, 第三居民党支部书记
PUBLICITY = "吴丽芳"  # 宣传委员 (妇联主席)
DISCIPLINE = "陈德海"  # 纪检委员, 老年协会党支部书记 (老村支书)
COOP_SEC = "郑伟"  # 党委委员, 股份经济合作社党支部书记 (合作社监事长)
BRANCH1_SEC = "陈国平"  # 第一居民党支部书记
BRANCH2_SEC = "林秀英"  # 第二居民党支部书记
CLERK = "许婷婷"  # 社区工作者, keeps the 台账 part-time, by month

BRANCHES = ["第一居民党支部", "第二居民党支部", "第三居民党支部", "老年协会党支部", "股份经济合作社党支部"]
BRANCH_SECRETARIES = dict(zip(BRANCHES, [BRANCH1_SEC, BRANCH2_SEC, ORGANISER, DISCIPLINE, COOP_SEC], strict=True))
BRANCH_SIZE = {"第一居民党支部": 38, "第二居民党支部": 34, "第三居民党支部": 29, "老年协会党支部": 33,
               "股份经济合作社党支部": 18}
MEMBERS = 152
VOLUNTEERS = 91  # 91/152 ≈ 59.9%

NEW_MEMBER = "陈晓峰"  # 合作社党支部, 合作社会计: 发展对象 6月, 接收预备党员 8月22日, 街道批复 9月2日
CONFIRMED = "林梦婷"  # 第三居民党支部, 网格员: 预备党员 since 2024-05-16, 转正 2025-05-20
ACTIVISTS = ["陈思琪", "郑浩"]
FLOATING = "陈志远"  # 第二居民党支部, 流动党员 (在深圳打工)


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    post: str
    duty: str


COMMITTEE = [
    Cadre(SECRETARY, "男", "1968.03", "大专", "党委书记、居委会主任、股份经济合作社董事长", "主持党委全面工作，分管集体资产"),
    Cadre(DEPUTY, "女", "1986.09", "本科", "党委副书记（专职）", "分管党务、发展党员、党费收缴、党员教育"),
    Cadre(ORGANISER, "男", "1996.11", "本科", "组织委员、第三居民党支部书记", "组织建设、在职党员报到、党建指导员"),
    Cadre(PUBLICITY, "女", "1980.05", "大专", "宣传委员、社区妇联主席", "宣传、精神文明、移风易俗、群团工作"),
    Cadre(DISCIPLINE, "男", "1957.12", "初中", "纪检委员、老年协会党支部书记", "纪检、集体资产监督、老年党员管理"),
    Cadre(COOP_SEC, "男", "1975.07", "高中", "党委委员、股份经济合作社党支部书记", "合作社党建、三资监管"),
]

_SURNAMES = "陈陈陈林林郑吴黄许蔡洪杨"
_GIVEN = ["阿水", "金花", "文华", "秀兰", "建国", "美玉", "志明", "丽珍", "国强", "淑贞", "宝珠", "春生", "海燕", "俊辉",
          "惠敏", "家乐", "雅婷", "子轩", "明辉", "玉兰", "添福", "火旺", "瑞芳", "振兴", "晓东", "锦华", "荣华", "素娥"]


def roster() -> dict[str, list[str]]:
    """Members per branch (deterministic), the branch secretary first."""
    rng = random.Random(88)
    fixed = {
        "第一居民党支部": [BRANCH1_SEC, "陈阿水", "林金花", "黄文华"],
        "第二居民党支部": [BRANCH2_SEC, "郑国强", FLOATING, "蔡美玉"],
        "第三居民党支部": [ORGANISER, DEPUTY, CONFIRMED, "许志明", "洪雅婷"],
        "老年协会党支部": [DISCIPLINE, "陈添福", "林素娥", "陈火旺"],
        "股份经济合作社党支部": [COOP_SEC, SECRETARY, "陈振兴", "吴锦华"],
    }
    taken = {n for names in fixed.values() for n in names} | {NEW_MEMBER, *ACTIVISTS, PUBLICITY}
    fixed["第一居民党支部"].append(PUBLICITY)
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
