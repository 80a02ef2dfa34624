"""云栖社区党委: the Party committee of a new-build resettlement-and-commercial estate (云栖花园, 云栖雅苑; built
2019-2021 on the land of the former 云栖村 and 下塘村) under the 锦绣街道党工委 of 翠屏区. Four 网格党支部, 128 members:
resettled former villagers (many retired, a few 失地 and looking for work), young 在职党员 who report to the 社区,
a few 流动党员. A 大党委 with 兼职委员 from the district's second hospital, the estate's school and the property
company's branch. Fictional names, none from the other generated years or sample_evidence/."""

from __future__ import annotations

from dataclasses import dataclass

ORG = "云栖社区党委"
ORG_FULL = "中共翠屏区锦绣街道云栖社区委员会"
COMMUNITY = "云栖社区"
STREET = "锦绣街道"
STREET_PARTY = "中共翠屏区锦绣街道工作委员会"
STREET_PARTY_SHORT = "锦绣街道党工委"
DISTRICT = "翠屏区"
CENTRE = "云栖社区党群服务中心"
HALL = "云栖社区党群服务中心二楼会议室"
RESIDENTS = "云栖社区居民委员会"

HOSPITAL = "翠屏区第二人民医院党委"  # 共建 (事业单位), its 副书记 is a 兼职委员
SCHOOL = "云栖实验小学党支部"  # 共建, its 书记 is a 兼职委员
FIRM = "浙江云帆智能科技有限公司党支部"  # 结对联建 (非公)
PROPERTY = "锦城物业服务有限公司云栖项目部"
PROPERTY_BRANCH = "锦城物业云栖项目党支部"
OWNERS = "云栖花园业主委员会"
NEIGHBOUR = "锦湖社区党委"  # the next community: its papers are not ours
POLICE = "锦绣派出所云栖警务室"

SECRETARY = "顾海峰"  # 党委书记、居委会主任
DEPUTY = "叶婉清"  # 专职副书记, 分管党务
ORGANISER = "潘志远"  # 组织委员, 党建指导员
PUBLICITY = "杭丽君"  # 宣传委员
DISCIPLINE = "曹丽华"  # 纪检委员
PART_HOSPITAL = "沈国栋"  # 兼职委员: 二院党委副书记
PART_SCHOOL = "方晓蕾"  # 兼职委员: 云栖实验小学党支部书记
CLERK = "林思琪"  # 党建专干 (社区工作者), keeps the 台账: flat folder, every name starts "2025.03.12 "

GRIDS = ["第一网格党支部", "第二网格党支部", "第三网格党支部", "第四网格党支部"]
GRID_SECRETARIES = {"第一网格党支部": "邵春生", "第二网格党支部": "钟雅婷", "第三网格党支部": "许家明", "第四网格党支部": "陶凤娟"}
GRID_SIZE = {"第一网格党支部": 38, "第二网格党支部": 31, "第三网格党支部": 33, "第四网格党支部": 26}
MEMBERS = 128
VOLUNTEERS = 79  # 79/128 ≈ 61.7%

NEW_MEMBER = "韦思远"  # 第二网格, 退役军人: 发展对象 5月, 接收预备党员 6月24日, 社区党委 批复 7月8日
CONFIRMED = "俞佳"  # 第一网格: 预备党员 since 2024-11-21, 转正 2025-11-25
ACTIVISTS = ["朱梦瑶", "黎振华", "彭小雨"]
FLOATING = "向东明"  # 流动党员, 在外务工


@dataclass(frozen=True)
class Cadre:
    name: str
    gender: str
    born: str
    education: str
    post: str
    duty: str


COMMITTEE = [
    Cadre(SECRETARY, "男", "1978.05", "本科", "党委书记、居委会主任", "主持全面工作"),
    Cadre(DEPUTY, "女", "1988.09", "本科", "专职副书记", "分管党务，负责组织、党员教育和发展党员日常工作"),
    Cadre(ORGANISER, "男", "1992.02", "硕士研究生", "组织委员", "组织建设、两新组织党建指导员"),
    Cadre(PUBLICITY, "女", "1985.12", "大专", "宣传委员", "宣传、精神文明、群团"),
    Cadre(DISCIPLINE, "女", "1970.03", "大专", "纪检委员", "党风廉政、综治"),
    Cadre(PART_HOSPITAL, "男", "1975.08", "研究生", "兼职委员", "翠屏区第二人民医院党委副书记"),
    Cadre(PART_SCHOOL, "女", "1981.04", "本科", "兼职委员", "云栖实验小学党支部书记"),
]
