"""Search benchmark: build time, index size, query latency and incremental update on a synthetic archive.

Generates a deterministic synthetic Party-building archive (minutes of every meeting type, plans, summaries,
agreements, rules, notices, dues ledgers and rosters with member rows, sign-in sheets, photo OCR snippets, a few
documents written with variant characters) as `IndexDoc`s, indexes it with `archive.indexer` and prints one line
per figure. Figures are medians over `--runs` runs. It also measures, on the same corpus, recall@10 of queries whose
answers are planted by construction, for our index and for a plain Whoosh index with its default analyzer.

    python benchmarks/bench_search.py                  # 2,000 and 20,000 documents, 3 runs (about 8 minutes)
    python benchmarks/bench_search.py --quick          # 2,000 documents only
    python benchmarks/bench_search.py --sizes 5000 --runs 5

Budgets (issue 12): query p95 <= 100 ms at 2,000 documents, <= 300 ms at 20,000; incremental update of one
document < 1 s. Targets at 20,000 documents: build >= 300 documents/s, warm p95 <= 20 ms. The exit status is 1 when
a budget or target is missed.

Cold figures come from a fresh Python process per run (the index files may still be in the OS page cache, so
"cold" means cold in the process: jieba's dictionary, the searcher and the per-field caches are loaded).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.indexer import IndexDoc, clear_cache, normalize, rebuild, search, update  # noqa: E402

SEED = 20250701
QUERY_YEAR = 2025  # the assessment year given to date words without one
P95_BUDGET_MS = {2000: 100.0, 20000: 300.0}
UPDATE_BUDGET_S = 1.0
# Targets of the "fast and steady" work at 20,000 documents: build throughput and warm p95 (wall).
BUILD_TARGET_DOCS_PER_S = {20000: 300.0}
P95_TARGET_MS = {20000: 20.0}

# ------------------------------------------------------------------------------------------------ vocabulary

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
GIVEN = [
    "秀兰", "建国", "海燕", "志强", "玉珍", "国华", "丽娟", "明", "芳", "军", "伟", "静", "敏", "磊", "洋", "桂英",
    "晓雯", "文斌", "红梅", "建华", "淑芬", "德明", "春生", "永红", "丽华", "秀英", "宏伟", "玉兰", "小平", "金凤",
    "雪梅", "卫东", "振华", "晓东", "美玲", "国强", "凤英", "志刚", "慧敏", "宇航",
]
# Names the latency queries ask for; they are in the pool, so they occur in many documents.
FIXED_NAMES = ["王秀兰", "李海燕", "张伟", "刘芳", "陈晓雯", "孙志强", "周敏", "唐文斌"]
COMMUNITIES = ["幸福里", "和平", "建设路", "光明", "新华", "东风", "朝阳", "长青"]
PLACES = ["社区党群服务中心一楼多功能厅", "社区党群服务中心二楼会议室", "社区居委会会议室", "社区新时代文明实践站",
          "共建单位会议室", "小区议事亭"]
PARTNERS = ["区税务局第二税务所", "区人民医院", "城东派出所", "区实验小学", "区供电公司", "街道城管中队",
            "区图书馆", "区消防救援大队", "物业服务公司", "区法院立案庭"]
MEETING_TYPES = {  # meeting type → (share of minutes, how titles spell it)
    "支部委员会": (0.30, ["支部委员会会议", "支委会", "支委会会议"]),
    "党员大会": (0.12, ["支部党员大会", "党员大会"]),
    "党课": (0.10, ["党课", "专题党课"]),
    "党小组会": (0.10, ["党小组会", "党小组学习会"]),
    "主题党日": (0.14, ["主题党日活动", "主题党日"]),
    "组织生活会": (0.04, ["组织生活会", "组织生活会和民主评议党员会议"]),
    "民主生活会": (0.02, ["民主生活会"]),
    "联席会议": (0.06, ["党建联席会议", "联席会议"]),
    "共建活动": (0.07, ["共建活动", "共驻共建活动"]),
    "志愿服务": (0.05, ["志愿服务活动", "志愿服务"]),
}
TOPICS = {
    "支部委员会": ["研究制定{Y}年党建工作计划", "研究发展党员工作", "通报第{Q}季度党费收缴情况", "讨论社区网格化管理",
               "研究{M}月主题党日活动方案", "部署冬季供暖矛盾排查", "讨论老旧小区加装电梯协调情况",
               "研究困难党员走访慰问名单", "审核入党积极分子培养材料", "研究物业管理问题", "部署防汛安全工作"],
    "党员大会": ["学习贯彻党的二十届三中全会精神", "讨论接收预备党员", "通报党费收缴和支部工作情况",
              "选举产生出席街道党代会代表", "民主评议党员", "部署“七一”系列活动"],
    "党课": ["专题党课：深入学习贯彻党的二十届三中全会精神", "纪律教育专题党课：学习《中国共产党纪律处分条例》",
           "专题党课：加强党的作风建设", "学习《中国共产党基层组织选举工作条例》", "党史学习教育专题党课"],
    "党小组会": ["学习习近平总书记重要讲话精神", "交流党员冬训学习体会", "讨论网格内居民诉求", "学习全国两会精神"],
    "主题党日": ["重温入党誓词", "垃圾分类志愿宣传", "清理楼道堆物", "走访慰问老党员", "参观红色教育基地",
             "为民办实事集中服务"],
    "组织生活会": ["开展批评和自我批评", "民主评议党员", "通报上年度组织生活会整改落实情况", "查摆问题制定整改措施"],
    "民主生活会": ["对照检查材料", "开展批评和自我批评", "整改落实情况通报"],
    "联席会议": ["通报共驻共建工作情况", "确定共驻共建项目清单", "研究老旧小区加装电梯推进办法", "冬季供暖保障",
             "协调停车难问题"],
    "共建活动": ["税法进社区", "清凉送老人", "重阳敬老", "义诊进社区", "消防安全进楼栋", "法律咨询进社区"],
    "志愿服务": ["垃圾分类志愿服务", "助老助残志愿服务", "文明创建志愿服务", "防疫志愿服务", "环境整治志愿服务"],
}
SENTENCES = [
    "会议传达学习了上级有关文件精神，要求全体党员结合工作实际抓好贯彻落实",
    "会议指出，要进一步加强基层党组织建设，充分发挥党员先锋模范作用",
    "大家结合网格工作谈了体会，认为要把为民办实事落到居民家门口",
    "会议要求各党小组按时收缴党费，做好党费收缴台账登记",
    "针对居民反映的楼道照明和停车问题，会议明确由网格员牵头逐户摸排",
    "会议对近期垃圾分类工作情况进行了通报，要求党员带头做好分类投放",
    "会议强调，要落实好“三会一课”制度，会议记录和签到表要及时归档",
    "与会党员围绕社区治理中的难点问题提出了意见建议",
    "会议研究了困难党员和老党员走访慰问名单，春节前完成走访",
    "社区两委成员分别汇报了分管工作进展",
    "会议要求做好疫情防控和安全生产隐患排查，发现问题及时上报",
    "会议决定由党小组长负责组织行动不便的老党员送学上门",
    "对上次会议确定事项的落实情况进行了逐项督办",
    "会议讨论了下一阶段志愿服务活动安排，鼓励在职党员到社区报到",
    "会议听取了入党积极分子思想汇报，培养联系人介绍了培养考察情况",
    "会议就冬季供暖保障和消防安全检查作了具体部署",
    "会后组织全体党员开展了集中学习，并发放学习资料",
]
SPEECH_VERBS = ["发言", "汇报", "补充", "表示", "提出"]
ABSENCE = ["因病请假", "外出", "工作冲突", "住院"]
RULES = ["三会一课", "党费收缴管理", "党员联系群众", "社区党建联席会议", "党员积分管理", "主题党日活动",
         "民主评议党员", "档案管理"]
EDUCATION = ["初中", "高中", "中专", "大专", "大学本科", "硕士研究生"]

# Planted needles: strings that occur nowhere else in the corpus (place and activity names are not in the
# vocabulary above), so the answers of the recall queries are known by construction.
NEEDLE_ESTATES = ["梧桐苑", "银杏园", "香樟庭", "紫荆里", "海棠湾", "丁香苑", "翠竹园", "枫林居", "云杉苑", "芙蓉庭"]
NEEDLE_ISSUES = ["屋顶漏水", "化粪池堵塞", "电动车充电桩安装", "外墙瓷砖脱落", "消防通道占用", "二次供水改造"]
NEEDLE_ACTIVITIES = ["清廉家风故事会", "红色家书诵读会", "邻里百家宴", "银龄课堂开班", "四点半课堂结业",
                     "非遗剪纸体验", "夜市文明劝导", "反诈宣传快闪"]
NEEDLE_PEOPLE = ["欧阳晓岚", "司马文博", "上官雨桐", "诸葛明远", "慕容静怡", "东方振宇", "皇甫云霞", "令狐德胜",
                 "尉迟秋菊", "公孙浩然", "夏侯丽萍", "端木青松"]

# Latency queries: single words, two terms, person + topic, month/quarter + meeting type, synonyms, phrases.
LATENCY_QUERIES = [
    "党费", "联席会议", "签到表", "台帐", "花名册", "志愿服务", "整改", "党", "主题党日", "民主评议",
    "党费 欠交", "主题党日 签到表", "冬季供暖 保障", "物业管理 问题", "垃圾分类 志愿",
    "王秀兰 党费", "李海燕 发言", "张伟 党课", "刘芳 主持", "陈晓雯 预备党员",
    "2025年第二季度 党员大会", "11月 联席会议", "3月 支部委员会", "第三季度 党课", "2024年12月 组织生活会",
    "支委会", "三会一课", "党员发展", "党日 照片", "学习贯彻党的二十届三中全会精神",
]


# ---------------------------------------------------------------------------------------------- the corpus


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 3))


def _name_pool() -> list[str]:
    rng = random.Random(SEED)
    pool = set(FIXED_NAMES)
    while len(pool) < 400:
        pool.add(rng.choice(SURNAMES) + rng.choice(GIVEN))
    return sorted(pool)


NAMES = _name_pool()


def _q(d: datetime.date) -> int:
    return (d.month - 1) // 3 + 1


def _fill(s: str, d: datetime.date) -> str:
    return s.replace("{Y}", str(d.year)).replace("{Q}", "一二三四"[_q(d) - 1]).replace("{M}", str(d.month))


class _Gen:
    """Generates document `i` from its own seeded RNG, so a smaller corpus is a prefix of a larger one."""

    def __init__(self, i: int):
        self.i = i
        self.rng = random.Random(SEED * 1_000_003 + i)
        self.community = self.rng.choice(COMMUNITIES)
        self.unit = f"{self.community}社区党支部"

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def names(self, n: int) -> list[str]:
        return self.rng.sample(NAMES, n)

    def doc(self) -> IndexDoc:
        r = self.rng.random()
        make = self.minutes
        for share, make in (  # noqa: B007 (the loop picks `make`)
            (0.50, self.minutes), (0.06, self.plan_or_summary), (0.02, self.agreement), (0.03, self.rule),
            (0.07, self.notice), (0.04, self.ledger), (0.02, self.roster), (0.05, self.signin),
            (0.18, self.photo), (0.03, self.survey),
        ):
            if r < share:
                break
            r -= share
        doc = make()
        if self.rng.random() < 0.04:  # older archives write 台帐 / 簽到表
            doc.text = doc.text.replace("台账", "台帐").replace("签到表", "簽到表")
            doc.title = doc.title.replace("台账", "台帐").replace("签到表", "簽到表")
        return doc

    def _doc(self, path: str, title: str, text: str, kind: str, **kw: object) -> IndexDoc:
        items = [f"{self.rng.randint(1, 12)}.{self.rng.randint(1, 5)}"] if self.rng.random() < 0.7 else []
        return IndexDoc(self.i, f"{path}/{title}_{self.i}.docx", title, text, kind, items=items, **kw)  # type: ignore[arg-type]

    def minutes(self) -> IndexDoc:
        rng = self.rng
        mtype = rng.choices(list(MEETING_TYPES), [v[0] for v in MEETING_TYPES.values()])[0]
        spelled = rng.choice(MEETING_TYPES[mtype][1])
        d = _date(rng)
        title = rng.choice([f"{d.month}月{spelled}记录", f"{d.year}年第{_q(d)}季度{spelled}记录",
                            f"{spelled}会议记录（{d.month}月）", f"{d.year}年{d.month}月{spelled}"])
        if rng.random() < 0.05:
            title = "新建 Microsoft Word 文档"
        expected = rng.randint(15, 40)
        absent = self.names(rng.randint(0, 3))
        topics = rng.sample(TOPICS[mtype], min(len(TOPICS[mtype]), rng.randint(1, 3)))
        lines = [
            f"{self.unit}{spelled}记录",
            f"会议时间：{d.year}年{d.month}月{d.day}日{rng.choice(['上午', '下午'])}{rng.randint(8, 16)}:{rng.choice(['00', '30'])}",
            f"会议地点：{rng.choice(PLACES)}",
            f"主持人：{self.name()}    记录人：{self.name()}",
            f"应到{expected}人，实到{expected - len(absent)}人"
            + (f"（缺席：{'、'.join(f'{n}（{rng.choice(ABSENCE)}）' for n in absent)}）" if absent else ""),
            "议题：",
            *(f"{k}. {_fill(t, d)}" for k, t in enumerate(topics, 1)),
            "会议内容：",
        ]
        if mtype in ("联席会议", "共建活动"):
            lines.append(f"参加单位：{'、'.join(rng.sample(PARTNERS, 3))}")
        for _ in range(rng.randint(3, 9)):
            lines.append(f"{self.name()}同志{rng.choice(SPEECH_VERBS)}：{rng.choice(SENTENCES)}。{rng.choice(SENTENCES)}。")
        lines.append(f"会议决定：{_fill(rng.choice(topics), d)}，由{self.name()}负责落实。")
        if rng.random() < 0.4:
            lines.append("附：签到表")
        path = f"{d.year}年党建资料/三会一课/{mtype}"
        return self._doc(path, title, "\n".join(lines), "会议记录", meeting_type=mtype, date=d)

    def plan_or_summary(self) -> IndexDoc:
        rng = self.rng
        year = rng.choice([2023, 2024, 2025])
        plan = rng.random() < 0.5
        title = f"{self.unit}{year}年党建工作{'计划' if plan else '总结'}"
        d = datetime.date(year, 1, rng.randint(5, 25)) if plan else datetime.date(year, 12, rng.randint(10, 30))
        sections = ["一、指导思想", "二、加强政治建设", "三、严格组织生活", "四、党员教育管理", "五、为民办实事",
                    "六、共驻共建", "七、党风廉政建设"]
        lines = [title]
        for s in sections:
            lines.append(s)
            lines.extend(rng.choice(SENTENCES) + "。" for _ in range(rng.randint(1, 3)))
        lines.append("全年计划召开支部党员大会4次、支委会12次、党课4次，联席会议不少于4次，主题党日每月一次。")
        lines.append(f"{self.unit}\n{d.year}年{d.month}月{d.day}日")
        return self._doc(f"{year}年党建资料/工作计划总结", title, "\n".join(lines), "计划" if plan else "总结", date=d)

    def agreement(self) -> IndexDoc:
        rng = self.rng
        d = _date(rng)
        partner = rng.choice(PARTNERS)
        title = f"{self.community}社区与{partner}共驻共建协议书"
        text = "\n".join([
            title, f"甲方：{self.unit}", f"乙方：{partner}党支部",
            "一、双方本着资源共享、优势互补、共驻共建的原则，开展结对共建。",
            f"二、乙方每年在社区开展共建活动不少于{rng.randint(2, 6)}次，参加每季度召开的联席会议。",
            "三、甲方为乙方党员到社区报到、参加志愿服务提供便利。",
            f"四、本协议自签订之日起生效，有效期{rng.randint(1, 3)}年。",
            f"甲方代表：{self.name()}    乙方代表：{self.name()}",
            f"{d.year}年{d.month}月{d.day}日",
        ])
        return self._doc(f"{d.year}年党建资料/共建活动", title, text, "协议", date=d)

    def rule(self) -> IndexDoc:
        rng = self.rng
        rule = rng.choice(RULES)
        title = f"{self.unit}{rule}制度"
        clauses = [f"第{k}条 {rng.choice(SENTENCES)}。" for k in range(1, rng.randint(6, 12))]
        return self._doc("制度", title, "\n".join([title, *clauses]), "制度")

    def notice(self) -> IndexDoc:
        rng = self.rng
        d = _date(rng)
        mtype = rng.choice(["党员大会", "党课", "主题党日", "联席会议", "组织生活会"])
        title = f"关于召开{d.year}年第{'一二三四'[_q(d) - 1]}季度{mtype}的通知"
        text = "\n".join([
            title, "各党小组、全体党员：",
            f"经支部委员会研究，定于{d.year}年{d.month}月{d.day}日在{rng.choice(PLACES)}召开{mtype}，现将有关事项通知如下：",
            "一、会议议题", f"1. {_fill(rng.choice(TOPICS[mtype]), d)}；2. {rng.choice(SENTENCES)}。",
            "二、参会人员：全体党员。请按时参加，不得无故缺席，因故不能参加的请向党小组长请假。",
            f"联系人：{self.name()}", self.unit,
        ])
        return self._doc(f"{d.year}年党建资料/通知", title, text, "通知", date=d)

    def ledger(self) -> IndexDoc:
        rng = self.rng
        year = rng.choice([2023, 2024, 2025])
        title = f"{year}年党费收缴台账"
        header = "\t".join(["姓名", "月缴纳额", *(f"{m}月" for m in range(1, 13)), "合计"])
        rows = []
        for n in self.names(rng.randint(20, 80)):
            fee = rng.choice(["0.20", "0.50", "2.00", "6.00", "12.50", "26.50", "38.00"])
            cells = [fee if rng.random() > 0.04 else "欠交" for _ in range(12)]
            rows.append("\t".join([n, fee, *cells, f"{float(fee) * cells.count(fee):.2f}"]))
        text = "\n".join([f"{self.unit}{title}", header, *rows])
        d = datetime.date(year, 12, 31)
        return self._doc(f"{year}年党建资料/党费", title, text, "党费台帐", date=d, units=rows)

    def roster(self) -> IndexDoc:
        rng = self.rng
        year = rng.choice([2023, 2024, 2025])
        title = f"{self.unit}党员花名册{year}"
        rows = []
        for n in self.names(rng.randint(20, 80)):
            born = f"{rng.randint(1940, 2000)}.{rng.randint(1, 12):02d}"
            joined = f"{rng.randint(1965, 2024)}.{rng.randint(1, 12):02d}"
            rows.append("\t".join([n, rng.choice("男女"), born, rng.choice(EDUCATION), joined,
                                   rng.choice(["党员", "党员", "党员", "预备党员"]), rng.choice(["在职", "退休", "流动"])]))
        text = "\n".join([title, "姓名\t性别\t出生年月\t学历\t入党时间\t类别\t状态", *rows])
        return self._doc(f"{year}年党建资料/党员管理", title, text, "花名册", date=datetime.date(year, 1, 10), units=rows)

    def signin(self) -> IndexDoc:
        rng = self.rng
        d = _date(rng)
        mtype = rng.choice(["支部委员会", "党员大会", "党课", "主题党日", "联席会议"])
        title = f"{d.month}月{mtype}签到表"
        rows = [f"{k}\t{n}\t{rng.choice(['', '已签', '请假'])}" for k, n in enumerate(self.names(rng.randint(12, 40)), 1)]
        text = "\n".join([f"{self.unit}{mtype}签到表", f"时间：{d.year}年{d.month}月{d.day}日", "序号\t姓名\t签名", *rows])
        return self._doc(f"{d.year}年党建资料/三会一课/{mtype}", title, text, "签到表", meeting_type=mtype, date=d,
                         units=rows)

    def photo(self) -> IndexDoc:
        rng = self.rng
        d = _date(rng)
        mtype = rng.choice(["主题党日", "共建活动", "志愿服务", "党课", "党员大会"])
        banner = f"{self.unit}“{_fill(rng.choice(TOPICS[mtype]), d)}”{mtype}"
        text = rng.choice([banner, f"{banner}\n{d.year}.{d.month}.{d.day}", f"{banner} 为人民服务",
                           f"{self.community}社区 {banner[-8:]}"])
        title = f"IMG_{d:%Y%m%d}_{rng.randint(80000, 180000):06d}"
        return IndexDoc(self.i, f"{d.year}年党建资料/活动照片/{title}.jpg", title, text, "照片", mtype, d,
                        [] if rng.random() < 0.5 else [f"{rng.randint(1, 12)}.1"], True, [])

    def survey(self) -> IndexDoc:
        rng = self.rng
        year = rng.choice([2023, 2024, 2025])
        title = f"{year}年度党员群众满意度测评结果"
        n = rng.randint(80, 300)
        sat = rng.randint(85, 99)
        text = "\n".join([title, f"发放测评表{n}份，收回{n - rng.randint(0, 8)}份。", f"满意率{sat}.{rng.randint(0, 9)}%。",
                          rng.choice(SENTENCES) + "。"])
        return self._doc(f"{year}年党建资料/测评", title, text, "测评", date=datetime.date(year, 12, 20))


def make_corpus(n: int) -> list[IndexDoc]:
    return [_Gen(i).doc() for i in range(1, n + 1)]


# ------------------------------------------------------------------------------- planted answers (recall)


@dataclasses.dataclass
class Probe:
    kind: str
    query: str
    expected: set[int]


def _haystack(doc: IndexDoc) -> str:
    return normalize("\n".join([doc.title, doc.text, *doc.units]))


def plant(docs: list[IndexDoc]) -> list[Probe]:
    """Plant unique facts in some documents (in place) and return the queries that must find them."""
    rng = random.Random(SEED + len(docs))
    by_kind: dict[str, list[IndexDoc]] = {}
    for d in docs:
        by_kind.setdefault(d.kind, []).append(d)
    used: set[int] = set()

    def pick(kind: str, meeting_type: str | None = None) -> IndexDoc:
        pool = [d for d in by_kind[kind] if d.doc_id not in used and (meeting_type is None or d.meeting_type == meeting_type)]
        doc = rng.choice(pool)
        used.add(doc.doc_id)
        return doc

    probes: list[Probe] = []
    estates = [f"{e}{b}号楼{i}" for e, b, i in zip(NEEDLE_ESTATES, range(3, 13), NEEDLE_ISSUES * 2, strict=False)]
    for k, phrase in enumerate(estates[:8]):  # a phrase inside a sentence of minutes
        doc = pick("会议记录")
        doc.text += f"\n会议研究了{phrase}问题，明确由网格员跟进，一周内反馈居民。"
        if k % 2:
            probes.append(Probe("phrase", phrase, {doc.doc_id}))
        else:  # two terms, as an inspector types them
            probes.append(Probe("two terms", f"{phrase[:3]} {phrase[-4:]}", {doc.doc_id}))
    for person in NEEDLE_PEOPLE[:6]:  # a member's row in a dues ledger / roster
        ledger = rng.random() < 0.6
        doc = pick("党费台帐" if ledger else "花名册")
        row = doc.units[rng.randrange(len(doc.units))]
        new = person + row[row.index("\t"):]
        doc.text = doc.text.replace(row, new)
        doc.units[doc.units.index(row)] = new
        probes.append(Probe("name in row", f"{person} {'党费' if ledger else '花名册'}", {doc.doc_id}))
    for person, mtype in zip(NEEDLE_PEOPLE[6:9], ["主题党日", "党课", "支部委员会"], strict=True):  # person + topic
        doc = pick("会议记录", mtype)
        doc.text = doc.text.replace("主持人：", f"主持人：{person}  原主持人：", 1)
        probes.append(Probe("person + topic", f"{person} {mtype}", {doc.doc_id}))
    for act in NEEDLE_ACTIVITIES[:4]:  # text only legible through OCR
        doc = pick("照片")
        doc.text = f"{doc.text}\n{doc.title[4:8]}“{act}”活动现场"
        probes.append(Probe("ocr", act, {doc.doc_id}))
    for act in NEEDLE_ACTIVITIES[4:6]:  # variant characters in the document, standard form in the query
        doc = pick("签到表")
        doc.title = f"{act}簽到表"
        doc.text = f"{act}簽到表\n{doc.text}"
        probes.append(Probe("variant", f"{act} 签到表", {doc.doc_id}))
    for estate in NEEDLE_ESTATES[8:10]:
        doc = pick("会议记录")
        doc.text += f"\n{estate}加装电梯工作台帐已建立，按月更新。"
        probes.append(Probe("variant", f"{estate} 台账", {doc.doc_id}))
    for topic in NEEDLE_ACTIVITIES[6:8]:  # abbreviation in the query, full name in the document
        doc = pick("会议记录", "支部委员会")
        doc.text += f"\n会议研究了“{topic}”活动安排。"
        probes.append(Probe("synonym", f"支委会 {topic}", {doc.doc_id}))

    # a date and a meeting type: a day on which exactly one document of that type is dated
    minutes = [d for d in docs if d.kind == "会议记录" and d.date is not None]
    day_count = Counter((d.meeting_type, d.date) for d in minutes)
    month_count = Counter((d.meeting_type, d.date.year, d.date.month) for d in minutes)  # type: ignore[union-attr]
    singles = [d for d in minutes if day_count[(d.meeting_type, d.date)] == 1 and d.doc_id not in used]
    for doc in rng.sample(singles, 4):
        assert doc.date is not None
        used.add(doc.doc_id)
        probes.append(Probe("date + type", f"{doc.date.year}年{doc.date.month}月{doc.date.day}日 {doc.meeting_type}",
                            {doc.doc_id}))
    # a month and a meeting type: the (few) minutes of that type dated in that month
    months = sorted(k for k, c in month_count.items() if 1 <= c <= 3 and k[0] in ("党员大会", "联席会议", "党课"))
    for mtype, year, month in rng.sample(months, min(3, len(months))):
        expected = {d.doc_id for d in minutes if d.meeting_type == mtype and (d.date.year, d.date.month) == (year, month)}  # type: ignore[union-attr]
        probes.append(Probe("month + type", f"{year}年{month}月 {mtype}", expected))

    # the planted strings must occur exactly where planted
    for p in probes:
        if p.kind in ("phrase", "ocr"):
            needle = normalize(p.query)
            holders = {d.doc_id for d in docs if needle in _haystack(d)}
            assert holders == p.expected, (p.query, holders, p.expected)
    return probes


def recall_ours(index_dir: Path, probes: list[Probe]) -> dict[str, float]:
    return _recall(probes, lambda q: [h.doc_id for h in search(index_dir, q, limit=10, year=QUERY_YEAR)])


def recall_whoosh_default(docs: list[IndexDoc], work: Path, probes: list[Probe]) -> tuple[dict[str, float], float]:
    """A plain Whoosh index, default StandardAnalyzer on title + text (rows included, as ours indexes them)."""
    from whoosh import fields, index
    from whoosh.qparser import MultifieldParser

    schema = fields.Schema(key=fields.ID(stored=True, unique=True), title=fields.TEXT(), text=fields.TEXT())
    path = work / "whoosh_default"
    path.mkdir()
    t0 = time.perf_counter()
    ix = index.create_in(str(path), schema)
    writer = ix.writer(limitmb=128, procs=1)
    for d in docs:
        lines = set(d.text.splitlines())
        text = "\n".join([d.text, *(u for u in d.units if u not in lines)])
        writer.add_document(key=str(d.doc_id), title=d.title, text=text)
    writer.commit()
    build_s = time.perf_counter() - t0
    parser = MultifieldParser(["title", "text"], schema)  # terms are ANDed, as in ours
    with ix.searcher() as s:
        def run(q: str) -> list[int]:
            return [int(hit["key"]) for hit in s.search(parser.parse(q), limit=10)]

        return _recall(probes, run), build_s


def _recall(probes: list[Probe], run) -> dict[str, float]:  # type: ignore[no-untyped-def]
    per_kind: dict[str, list[float]] = {}
    for p in probes:
        top = set(run(p.query)[:10])
        r = len(top & p.expected) / min(len(p.expected), 10)
        per_kind.setdefault(p.kind, []).append(r)
        per_kind.setdefault("all", []).append(r)
    return {k: statistics.fmean(v) for k, v in per_kind.items()}


# ------------------------------------------------------------------------------------------- measurements


def _pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p * len(s) + 0.5)) - 1))]


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _peak_rss_mb() -> float:
    """This process's peak resident memory so far (the corpus, jieba's dictionary and the largest build); NaN where
    the platform does not say."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB elsewhere


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def warm_latencies(index_dir: Path, passes: int = 3) -> tuple[list[float], list[float], dict[str, float]]:
    """Wall and CPU milliseconds of every query, `passes` times, after one untimed pass; and the slowest
    wall time of each query."""
    search(index_dir, "会议记录", year=QUERY_YEAR)  # open the searcher, load jieba
    for q in LATENCY_QUERIES:  # one untimed pass: per-field caches
        search(index_dir, q, year=QUERY_YEAR)
    wall: list[float] = []
    cpu: list[float] = []
    worst: dict[str, float] = {}
    for _ in range(passes):
        for q in LATENCY_QUERIES:
            t0, c0 = time.perf_counter(), time.process_time()
            search(index_dir, q, year=QUERY_YEAR)
            ms = (time.perf_counter() - t0) * 1000
            wall.append(ms)
            cpu.append((time.process_time() - c0) * 1000)
            worst[q] = max(worst.get(q, 0.0), ms)
    return wall, cpu, worst


def cold_probe(index_dir: Path) -> dict[str, object]:
    """Run in a fresh process: time of the first query (jieba init, index open), then each query once."""
    t0, c0 = time.perf_counter(), time.process_time()
    search(index_dir, LATENCY_QUERIES[0], year=QUERY_YEAR)
    first = (time.perf_counter() - t0) * 1000
    first_cpu = (time.process_time() - c0) * 1000
    lat = []
    for q in LATENCY_QUERIES[1:]:
        t0 = time.perf_counter()
        search(index_dir, q, year=QUERY_YEAR)
        lat.append((time.perf_counter() - t0) * 1000)
    return {"first_ms": first, "first_cpu_ms": first_cpu, "lat": lat}


def run_cold(index_dir: Path) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--cold-probe", str(index_dir)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def edited(doc: IndexDoc, k: int) -> IndexDoc:
    return dataclasses.replace(doc, text=doc.text + f"\n补充说明（第{k}次修改）：会后已将会议记录和签到表归档。",
                               units=list(doc.units), items=list(doc.items))


def bench_size(n: int, runs: int, work: Path) -> bool:
    print(f"docs={n} load average at start: {_load()}", flush=True)
    t0 = time.perf_counter()
    docs = make_corpus(n)
    probes = plant(docs)
    gen_s = time.perf_counter() - t0
    chars = sum(len(d.text) + sum(len(u) for u in d.units if u not in d.text) for d in docs)
    kinds = Counter(d.kind for d in docs)
    print(f"docs={n} corpus: {chars / 1e6:.1f}M chars, {sum(len(d.units) for d in docs)} rows, "
          f"{sum(d.ocr for d in docs)} OCR, generated in {gen_s:.1f}s; "
          + " ".join(f"{k}={v}" for k, v in kinds.most_common()), flush=True)

    index_dir = work / f"ix{n}"
    build, build_cpu, size, p50, p95, pmax, p50_cpu, p95_cpu, cold_first, cold_first_cpu, cold_p95, upd, upd_cpu, \
        after_upd = ([] for _ in range(14))
    worst: dict[str, list[float]] = {}
    for r in range(runs):
        clear_cache()
        shutil.rmtree(index_dir, ignore_errors=True)
        t0, c0 = time.perf_counter(), time.process_time()
        rebuild(index_dir, docs)
        build.append(time.perf_counter() - t0)
        build_cpu.append(time.process_time() - c0)
        size.append(_dir_mb(index_dir))
        lat, cpu, slow = warm_latencies(index_dir)
        p50.append(_pct(lat, 0.50))
        p95.append(_pct(lat, 0.95))
        pmax.append(max(lat))
        p50_cpu.append(_pct(cpu, 0.50))
        p95_cpu.append(_pct(cpu, 0.95))
        for q, ms in slow.items():
            worst.setdefault(q, []).append(ms)
        cold = run_cold(index_dir)
        cold_first.append(float(cold["first_ms"]))  # type: ignore[arg-type]
        cold_first_cpu.append(float(cold["first_cpu_ms"]))  # type: ignore[arg-type]
        cold_p95.append(_pct(cold["lat"], 0.95))  # type: ignore[arg-type]
        target = docs[(r * 7919) % n]
        t0, c0 = time.perf_counter(), time.process_time()
        update(index_dir, [edited(target, r)], [])
        upd.append(time.perf_counter() - t0)
        upd_cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        search(index_dir, "会后已将会议记录和签到表归档", year=QUERY_YEAR)  # the searcher is reopened
        after_upd.append((time.perf_counter() - t0) * 1000)
        print(f"  run {r + 1}/{runs}: build_s={build[-1]:.1f} p50_ms={p50[-1]:.1f} p95_ms={p95[-1]:.1f} "
              f"cold_first_ms={cold_first[-1]:.0f} update_s={upd[-1]:.3f}", flush=True)

    med = statistics.median
    tag = f"(median of {runs} runs, {len(LATENCY_QUERIES)} queries)"
    print(f"docs={n} build_s={med(build):.1f} build_cpu_s={med(build_cpu):.1f} index_mb={med(size):.1f} "
          f"peak_rss_mb={_peak_rss_mb():.0f} {tag}")
    print(f"docs={n} build docs_per_s={n / med(build):.0f} docs_per_cpu_s={n / med(build_cpu):.0f} {tag}")
    print(f"docs={n} warm p50_ms={med(p50):.1f} p95_ms={med(p95):.1f} max_ms={med(pmax):.1f} "
          f"p50_cpu_ms={med(p50_cpu):.1f} p95_cpu_ms={med(p95_cpu):.1f} {tag}")
    slowest = sorted(worst.items(), key=lambda kv: -med(kv[1]))[:4]
    print(f"docs={n} slowest queries (ms): " + ", ".join(f"{q!r} {med(v):.0f}" for q, v in slowest))
    print(f"docs={n} cold first_query_ms={med(cold_first):.0f} first_query_cpu_ms={med(cold_first_cpu):.0f} "
          f"then p95_ms={med(cold_p95):.1f} (fresh process: jieba + index open on the first query) {tag}")
    print(f"docs={n} update_1_doc_s={med(upd):.3f} update_cpu_s={med(upd_cpu):.3f} next_query_ms={med(after_upd):.0f} "
          f"{tag}")

    clear_cache()
    # `update` changed one doc per run; recall is measured on a fresh index of the planted corpus
    shutil.rmtree(index_dir, ignore_errors=True)
    rebuild(index_dir, docs)
    ours = recall_ours(index_dir, probes)
    default, default_build = recall_whoosh_default(docs, work, probes)
    print(f"docs={n} recall@10 ours={ours['all']:.2f} whoosh_default={default['all']:.2f} "
          f"({len(probes)} planted queries; default analyzer index built in {default_build:.1f}s)")
    for kind in dict.fromkeys(p.kind for p in probes):
        print(f"  {kind:<15} ours={ours[kind]:.2f} whoosh_default={default[kind]:.2f}")
    clear_cache()
    shutil.rmtree(index_dir, ignore_errors=True)
    shutil.rmtree(work / "whoosh_default", ignore_errors=True)

    print(f"docs={n} load average at end: {_load()} ({os.cpu_count()} CPUs)")
    ok = True
    budget = P95_BUDGET_MS.get(n)
    if budget is not None:
        met = med(p95) <= budget
        ok &= met
        print(f"docs={n} budget p95<={budget:.0f}ms: {'met' if met else 'MISSED'} (warm {med(p95):.1f}ms)")
    goal = BUILD_TARGET_DOCS_PER_S.get(n)
    if goal is not None:
        rate = n / med(build)
        met = rate >= goal
        ok &= met
        print(f"docs={n} target build>={goal:.0f} docs/s: {'met' if met else 'MISSED'} ({rate:.0f} docs/s wall, "
              f"{n / med(build_cpu):.0f} per CPU second)")
    goal = P95_TARGET_MS.get(n)
    if goal is not None:
        met = med(p95) <= goal
        ok &= met
        print(f"docs={n} target p95<={goal:.0f}ms: {'met' if met else 'MISSED'} (warm {med(p95):.1f}ms, "
              f"CPU {med(p95_cpu):.1f}ms)")
    met = med(upd) < UPDATE_BUDGET_S
    ok &= met
    print(f"docs={n} budget update<{UPDATE_BUDGET_S:.0f}s: {'met' if met else 'MISSED'} ({med(upd):.3f}s)", flush=True)
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,20000", help="comma-separated corpus sizes (default 2000,20000)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size; figures are medians (default 3)")
    ap.add_argument("--quick", action="store_true", help="2,000 documents only")
    ap.add_argument("--workdir", help="where indexes are built (default: a temporary directory, removed after)")
    ap.add_argument("--cold-probe", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.cold_probe:
        print(json.dumps(cold_probe(Path(args.cold_probe))))
        return 0
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench_search-"))
    work.mkdir(parents=True, exist_ok=True)
    ok = True
    try:
        for n in sizes:
            ok &= bench_size(n, max(1, args.runs), work)
    finally:
        clear_cache()
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
