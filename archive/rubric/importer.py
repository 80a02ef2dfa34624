"""Import the scoring table (评分表) of a Word (.docx) or Excel (.xlsx) file as a points rubric.

The import keeps what the table prints (categories, 序号, 内容, 标准分, 评分标准, 考核方式) and reads from each item's
own words what can be checked (infer.py: meetings and how often, rates, the dues ledger, rosters, documents, photos …),
its scoring rules linked to those requirements, and the words filing looks for; what only the inspectors can decide
stays a judgement. `understanding()` says, item by item, what was read and from which words.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from archive.errors import ImportFailed, RubricError
from archive.item_ids import dashed_to_dotted
from archive.limits import Limits
from archive.rubric.deductions import parse_number
from archive.rubric.infer import SCORING_RULE, doubts, infer_item
from archive.rubric.loader import rubric_from_data, rubric_to_data
from archive.rubric.model import Category, Item, Rubric

# The placeholder requirement earlier versions gave every imported item; a YAML still carrying it was never refined.
IMPORTED_REQUIREMENT = "导入的评分项，请补充可核查的要求"
DEFAULT_CATEGORY = "评分项目"
DEFAULT_ID = "imported"
MAX_SHEET_ROWS = 5_000  # a scoring table is small; rows beyond this are not read
MAX_SHEET_COLS = 60
MAX_LINES_BELOW = 12  # paragraphs after a Word table kept in the notes (一票否决 list, 说明)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc/.xls, and encrypted Office files

# Header words per column role, in the order they are tried (a cell takes the first role whose word it contains).
# Columns whose header is one of IGNORED_HEADERS (自评分, 考核分 …) are never used.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    # evidence before method: a "考核方式及佐证材料" column lists the papers to see
    "evidence": ("佐证材料", "佐证资料", "备查资料", "备查材料", "必备资料", "支撑材料", "支撑资料", "印证材料", "印证资料",
                 "证明材料", "查阅资料", "查阅材料", "查看资料", "检查资料", "佐证",
                 # the ledgers a 对标清单 lists beside each standard (规范事项 | 标准要求 | 工作台账)
                 # ("台账资料要求" beside 考核内容 is the items' words: what the ledgers must hold)
                 "工作台账", "工作台帐"),
    "method": ("考核方式", "考核办法", "考评方式", "检查方式", "考核方法", "验收方式", "验收方法", "查验方式", "核查方式",
               "评估方式", "评定方式", "考评方法", "评价方式", "检查方法", "核查方法", "检查办法", "验收办法"),
    "when": ("完成时限", "完成时间", "时间要求", "时限要求", "时间节点", "完成期限"),
    "scoring": ("评分标准", "扣分标准", "评分细则", "评分办法", "扣分办法", "计分办法", "计分方法", "扣分方法", "评分方法", "扣分细则",
                "计(扣)分", "计扣分", "扣分说明", "评分说明", "评分依据", "扣分依据", "考核细则", "计分规则", "评分规则",
                "扣分规则", "评定办法", "评定方法", "评定细则", "评定标准及办法", "积分标准", "积分办法", "积分细则", "计分标准",
                # the cases a 扣分细则 deducts for (考核标准 | 扣分情形 | 标准分)
                "扣分情形", "扣分事项", "扣分条件",
                # a 考评/评比 table's own words for its rules
                "考评细则", "考评办法", "评比细则", "评比办法",
                # a 基础分 table's subtractions (基础分N分，…减0.5分)
                "减分标准", "减分办法", "减分细则", "减分说明"),
    # (a points-based 积分 table prints each item's points as its 基础分 / 基本分)
    "points": ("标准分", "总分值", "分值", "权重", "分数", "满分", "基础分", "基本分", "基础积分", "基本积分"),
    "id": ("序号", "编号"),
    "text": ("考核内容", "考核点", "考核要点", "目标要求", "考核标准", "考核要求", "工作目标", "工作内容", "目标任务", "工作任务", "二级指标",
             "具体指标", "积分项目", "积分内容", "积分事项", "内容", "要求", "指标说明", "验收标准", "检查标准", "评定标准", "评定内容", "考核指标", "三级指标", "指标名称",
             # what is evaluated, in a 考评/评价 table's own words (评价标准 | 评分方法: the rules stand apart)
             "评价标准", "评价内容", "评价要点", "考评内容", "考评标准", "考评要点", "检查内容", "检查要点",
             "考评要素", "考核要素", "评价要素", "工作标准", "标准要求",
             # what a 评选/创建/申报 table asks of the unit (评选项目 | 序号 | 评选条件 | 分值 …)
             "评选条件", "评定条件", "创建条件", "申报条件", "推荐条件", "达标条件", "具体条件", "基本条件"),
    "category": ("考核项目", "目标项目", "项目", "类别", "考核类别", "考评项目", "一级指标", "星级", "等级", "评定项目",
                 # a table's parts under other names (考核维度, 考核模块, 考评板块)
                 "维度", "模块", "板块", "门类"),
}
# A sub-label column (二级指标 | 考核要点): when a column of the items' words is there too, it only names them.
# A column of names this short (第一议题, 党费收缴) beside a column of sentences names the items, not what they ask.
LABEL_CHARS = 12
SUBLABEL_HEADERS: tuple[str, ...] = ("二级指标", "三级指标", "考核指标", "指标名称", "指标")
# An indicator-level header (二级指标, 三级指标, 考核指标, 指标名称): a name, unless it says it holds more (指标说明).
_INDICATOR_MORE_RE = re.compile(r"说明|内容|要点|要求|标准|条件|细则")
# Headers that are only a name column, exactly as printed (a longer header with these words means more).
LABEL_HEADERS: tuple[str, ...] = ("指标",)
# A 台账 checklist's column naming each register ("台账名称 | 内容及要求"): the register the words describe, kept as
# the item's name and shown before its words ("《支部委员会会议记录》：每月召开1次…"). Exact headers only:
# "台账名称及要求" is the words themselves.
PAPER_NAME_HEADERS: tuple[str, ...] = ("台账名称", "台帐名称", "资料名称", "档案名称", "材料名称", "记录名称")
# A second words column listing the papers kept (台账资料要求): the first column names what they are papers of.
_PAPERS_HEADER_RE = re.compile(r"资料|材料|台[账帐]|档案")
# One column printing what is asked and how it is scored (考核内容及评分标准): the items' words, rules inside.
TEXT_AND_SCORING_RE = re.compile(r"(?:内容|要点|要求|标准|任务)(?:及|和|与|、)(?:评分|扣分|计分|考核)?(?:标准|细则|办法)")
# One column printing what is asked and its points (考核内容及分值, 内容（分值）): the items' words, "（5分）" at the end.
TEXT_AND_POINTS_RE = re.compile(r"(?:内容|要点|要求|任务|事项)(?:及|和|与|、|[（(])(?:分值|标准分|分数)")
# One column printing what is asked and by when (内容及时间要求, 检查内容及时限要求): the items' words, dates inside.
TEXT_AND_WHEN_RE = re.compile(r"(?:内容|要点|任务|事项)(?:及|和|与|、)(?:时间|时限|完成时间|完成时限)(?:要求)?")
# A 考核细则 column beside a column of deduction rules holds the item's details, not its scoring.
DETAIL_HEADERS: tuple[str, ...] = ("考核细则", "评分细则")
# A table with no text column of its own (总分值 | 考核项目 | 评分标准) names its items in the category column.
CATEGORY_AS_TEXT = True
# A column headed 加分… (加分标准, 加分细则, 加分项目) prints bonus rules beside the deductions: they award points on top
# of the item's, so they are neither what the item asks nor its scoring; each is kept in the rubric's notes. A header
# of only "加分" is a score to fill in (like 得分) and is not read.
BONUS_HEADER_RE = re.compile(r"^加分\S")
# Headers that may be a score to fill in or the rules themselves: the rules when the cells below print them.
BARE_SCORING_HEADERS: tuple[str, ...] = ("扣分", "评分", "计分", "扣减分")
IGNORED_HEADERS: tuple[str, ...] = ("自评", "考核分", "考核得分", "得分", "实得", "备注", "扣分情况", "评分情况", "说明")
# Score columns kept for each team or unit being assessed (大师姐队, 第一党支部得分, 一组 …) are never rubric data.
_TEAM_HEADER_RE = re.compile(r"(?:队|组|班|支部|社区|单位|小区|网格|科室|部门)(?:得分|分数|评分|打分)?$|(?:得分|打分)$")
# A points cell that says "no points of its own" (a precondition such as 未正确编译运行，直接0分): imported as 0.
NO_POINTS_MARKS: tuple[str, ...] = ("--", "-", "—", "——", "－", "/", "／", "无", "不计分", "一票否决", "否决", "否决项")
# A bonus row ("+2", "加1分") under 加分项: its points are the inspectors' to award beyond the total, so 0 here.
_BONUS_POINTS_RE = re.compile(r"^(?:[+＋]\s*\d+(?:\.\d+)?\s*分?|加\s*\d+(?:\.\d+)?\s*分)$")
# The name of a category of bonus items ("六、加分项（5分）", "加分项目", "附加分"): its rows are awarded beyond the
# total; printed alone under the 合计 row ("加分项（最多加5分）"), the heading of the bonus rows after it. A 积分制
# table's 奖励积分 are its bonus points.
_BONUS_NAME = r"(?:加分(?:项目?|事项|内容|指标)?|附加分|奖励加分|奖励(?:积)?分(?:项目?)?)"
_BONUS_SECTION_RE = re.compile(rf"^{_BONUS_NAME}$")
# A part of the table listing the cases that veto the whole ("一票否决事项", "否决项", "减分项及一票否决"): its rows
# carry no points and are numbered on their own ("（一）", "1").
_VETO_SECTION_RE = re.compile(r"否决")
_VETO_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:一票)?否决(?:事项|情形|项目?|条件)?(?:[（(][^（()）]*[)）])?[：:]?$")
# The scored part of a 基础分 + 加分项 table, printed as a row across it ("一、基础分（100分）").
_BASE_PART_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:基础|基本)(?:积)?分(?:项目?|部分)?(?:[（(][^（()）]*[)）])?[：:]?$")
_BONUS_HEADING_RE = re.compile(rf"^(?:[一二三四五六七八九十]+[、.．]\s*|附[：:]?\s*)?{_BONUS_NAME}(?:[（(][^（()）]*[)）])?[：:]?$")
# The header of a small table of bonus rows printed below the main one (序号 | 加分内容 | 最高加分 | 加分标准): the
# column of the bonus's words, of its points and of its rule.
_BONUS_COLUMN_ROLES: tuple[tuple[str, str], ...] = (
    ("text", r"^加分(?:内容|项目|事项|情形|条件)$|^(?:考核|评分)?(?:内容|项目|事项)$"),
    ("points", r"^(?:最高|最多)?加分(?:分值|上限|值)?$|^分值$"),
    ("scoring", r"^加分(?:标准|办法|细则|规则|说明|依据)$"),
)
# A bonus section's own cap ("六、加分项（最多加2分）") is not part of the total.
_BONUS_CAP_RE = re.compile(r"[（(][^)）]*加[^)）]*[)）]|[（(]\s*[+＋][^)）]*[)）]")
REQUIRED_ROLES: tuple[str, ...] = ("text", "points")
# A table without a points column may print each item's points at the end of its text ("……（2分）").
_TRAILING_POINTS_RE = re.compile(r"[（(]\s*(?P<num>\d+(?:\.\d+)?)\s*分\s*[)）]\s*[。.]?$")
# A closing remark row ("备注", "注：……") is not an item; its text is kept in the rubric's notes.
REMARK_WORDS: tuple[str, ...] = ("备注", "注：", "注:", "说明：", "说明:")
_REMARK_LINE_RE = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）]|[①-⑳])")  # the next numbered line of a 注
_REMARK_HEAD_RE = re.compile(r"^(?:备注|注|说明)\s*[：:]?\s*")
# Lines to fill in or sign under a table ("考核人：      日期：    年  月  日"): not a remark.
_FORM_LINE_RE = re.compile(r"[：:]\s{2,}|^[^，,。；;]{1,8}[：:]$|年\s+月\s+日|签字|签名|盖章|[□☐]")
# A 佐证材料/考核方式 cell saying "none" ("—", "/", "无"): no paper named.
EMPTY_MARKS: tuple[str, ...] = ("-", "--", "—", "——", "－", "/", "／", "无", "\\")
SUMMARY_WORDS: tuple[str, ...] = ("合计", "总计", "总分", "小计", "累计")
# A labelled line under the 合计 row ("加分项 | …", "一票否决项 | …", "评定等次 | …"): a rule for the whole table.
_AFTER_TOTAL_LABEL_RE = re.compile(r"^(?:加分|减分|扣分|否决|一票否决|评定|等次|星级|说明|备注)[\u4e00-\u9fff]{0,4}$")
# The whole table's total: a line printed under it alone is a remark on the table, not a category.
GRAND_TOTAL_WORDS: tuple[str, ...] = ("合计", "总计", "总分")

_POINTS_RE = re.compile(r"^[（(]?(?:共|计|满分)?(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+)\s*(?:分|%)?[)）]?$")
# ("（权重30分）": a weight printed in points is the category's points)
_CAT_POINTS_RE = re.compile(r"[（(]?\s*(?:共|计|满分|分值|最高|最多|不超过|权重|占比)?[：:]?\s*(?P<num>\d+(?:\.\d+)?)\s*分\s*[)）]?")
# A header naming no known role but ending like one that holds what is asked.
_TEXT_SUFFIX_RE = re.compile(r"^(?!评分|扣分|计分|得分)[\u4e00-\u9fff]{1,4}(?:标准|要求|条件|要点)$")
_ORDINAL_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}(?:部分|板块|方面|章|节)\s*[、.．:：]?|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、．])\s*")
_ID_TRIM = " \t、.．。)）(（"
# Marks printed before a category's name as decoration (★政治建设星, ●组织建设): not part of the name.
_DECORATION = "★☆●○◆◇■□▲△▶►※•·"
# A remark on how a category is scored, closing its name (扣分项（不设上限）, 加分项（上不封顶）): not part of the name.
_SCORING_REMARK_RE = re.compile(r"[（(][^（()）]*(?:上限|封顶|据实|扣分|加分|计分)[^（()）]*[)）]$")
# A category's share of the score printed after its name (户情联系（权重30%）, 党建引领（占比20%）, 组织建设（25%）): a
# remark, not part of the name. The items' own points (a 权重 column) say what each is worth. The bracket may have
# lost its close to the points read out of it ("（权重20%，20分）").
_WEIGHT_REMARK_RE = re.compile(r"[（(](?:[^（()）]*(?:权重|占比|比重)[^（()）]*|\d+(?:\.\d+)?[%％])[)）]?$")
# In a 考核方式及佐证材料 cell (squashed: "：" is ":"), a way of checking printed before the papers it reads
# ("查阅资料：目标责任书", "查阅会议记录"; "检查记录" is a paper), and a piece that is only a way of checking
# ("实地查看", "个别谈话", "问卷测评").
_CHECK_HEAD_RE = re.compile(r"^(?:(?:查阅|调阅|查看)(?:相关)?(?:资料|材料)?[:：]?|(?:核查|抽查|检查)(?:相关)?(?:资料|材料)?[:：])")
_CHECK_ONLY_RE = re.compile(r"^(?:(?:实地|现场)(?:查看|察看|检查|核查|核实|走访)|个别(?:谈话|访谈)|(?:座谈|走访|访谈)(?:了解)?|"
                            r"问卷(?:测评|调查)|民主测评|听取汇报|查阅(?:资料|材料|台账|台帐)?)$")
# What a way of checking consults that is a paper of its own whatever the column is called: pictures, the notices
# sent and the sign-in sheets kept ("查阅通知、微信群截图", "查阅签到表、请假记录"); a longer piece is a sentence about
# them, not their name.
_CONSULTED_PAPERS_RE = re.compile(r"照片|图片|截图|影像|通知|签到")
MAX_CONSULTED_NAME = 12
# Papers named only in general ("档案材料", "相关资料", "记录"): what a way of checking looks at, no paper of its own.
_ANY_PAPERS_RE = re.compile(r"(?:相关|有关|档案|原始|工作|佐证|活动)?(?:资料|材料|档案|台账|台帐|记录|档案资料|档案材料)")
_METHOD_SPLIT = re.compile(r"[、，,；;/／\n]+")
_EVIDENCE_SPLIT = re.compile(r"[，,；;/／\n]+|、(?![^（(]*[)）])")
_YEAR_RE = re.compile(r"(20\d\d)\s*年")
_LABEL_ID_RE = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2})+)(?![\d%％])")
# The same number at the head of the content cell, set apart by a space or 、 ("3.5小时" is a figure, not an id).
_TEXT_ID_RE = re.compile(r"^\s*(\d{1,2}(?:[.．]\d{1,2})+)(?:\s+|、)")
# A later paragraph of the content cell opening with a scoring label ("评分：…", "扣分标准：…", "【评分标准】…"): the
# item's scoring printed under what it asks (one 考核内容及评分标准 column), split off as the scoring when the column
# prints its rules that way in at least SCORING_PARAGRAPH_SHARE of its cells. Where only a few cells do and the rest
# put their rules in brackets inside the words, the column's rules are part of its words and every cell stays whole.
SCORING_PARAGRAPH_SHARE = 0.5
_SCORING_LABEL_RE = re.compile(r"^(?:【(?:评分|扣分|计分)(?:标准|办法|细则|方法|规则|说明)?】\s*[:：]?|"
                               r"(?:评分|扣分|计分)(?:标准|办法|细则|方法|规则|说明)?\s*[:：])\s*")
# Words in brackets inside the content cell ("（未召开组织生活会的，本项不得分）"): a rule when they read as one.
_BRACKETED_RE = re.compile(r"[（(]([^()（）]{2,80})[)）]")
# An ordinal opening the content cell ("（一）村党组织书记…"), restarting under each category.
_TEXT_ORDINAL_RE = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[)）]\s*")
# A 序号 printed in Chinese numerals ("（一）" and "一、" once trimmed): the item's number, as an Arabic one would be.
_CN_SERIAL_RE = re.compile(r"^[一二三四五六七八九十]{1,3}$")


@dataclass
class _Cell:
    text: str
    cont_v: bool = False  # continuation of a vertical merge (same cell as the row above)
    cont_h: bool = False  # continuation of a horizontal merge (same cell as the column to the left)


@dataclass
class _Grid:
    label: str  # "第2个表格" / "工作表「Sheet1」", for messages
    rows: list[list[_Cell]]
    above: list[str] = field(default_factory=list)  # paragraphs printed before the table, nearest last
    below: list[str] = field(default_factory=list)  # paragraphs printed after the table, before the next one
    follows_previous: bool = False  # a Word table directly after the previous one (only blank paragraphs between)


@dataclass
class _Header:
    row: int  # index in grid.rows
    columns: dict[str, int]  # role -> column index

    @property
    def signature(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.columns.items()))


# ---------------------------------------------------------------- reading files into grids


def _clean_text(value: str) -> str:
    """Cell text as printed, with each line stripped and blank lines dropped."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def _squash(value: str) -> str:
    """Text for matching: width-normalised, without any whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def _check_package(path: Path, limits: Limits) -> None:
    """Refuse files that are not ZIP packages, or whose members would unpack to too much (the evidence's
    limits, limits.Limits)."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            magic = fh.read(8)
    except FileNotFoundError as exc:
        raise ImportFailed(f"找不到文件 {name}。", remedy="请检查文件路径是否正确。") from exc
    except OSError as exc:
        raise ImportFailed(f"无法读取文件 {name}：{exc.strerror or exc}", remedy="请检查文件是否存在、是否有读取权限。") from exc
    if size == 0:
        raise ImportFailed(f"文件 {name} 是空文件（损坏）。", remedy="请重新保存或重新下载该文件后再导入。")
    if size > limits.max_file_bytes:
        raise ImportFailed(f"文件 {name} 过大（{size // (1024 * 1024)} MB），不像是评分表。",
                           remedy="请只保留评分表后另存为新文件再导入。")
    if magic == OLE_MAGIC:
        raise ImportFailed(f"文件 {name} 已加密，或实际是旧版 .doc/.xls 格式（只是扩展名为 .docx/.xlsx）。",
                           remedy="请用 Word/WPS/Excel 打开，取消密码后另存为 .docx 或 .xlsx 再导入。")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFailed(f"文件 {name} 已损坏，无法读取。", remedy="请用 Word/WPS/Excel 打开后另存一份再导入。") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if (len(infos) > limits.zip_max_members or total > limits.zip_max_uncompressed_bytes
            or (packed and total / packed > limits.zip_max_ratio and total > 10 * 1024 * 1024)):
        raise ImportFailed(f"文件 {name} 解压后过大，疑似压缩炸弹，已拒绝读取。",
                           remedy="请用 Word/WPS/Excel 打开后只保留评分表，另存为新文件再导入。")


def _corrupt(name: str, exc: Exception) -> ImportFailed:
    return ImportFailed(f"文件 {name} 已损坏，无法读取（{type(exc).__name__}）。",
                        remedy="请用 Word/WPS/Excel 打开后另存一份再导入。")


def _docx_grid(table) -> list[list[_Cell]]:
    """Cells of a Word table on its layout grid, with merges marked (python-docx's own view hides them)."""
    from docx.oxml.ns import qn
    from docx.table import _Cell as DocxCell

    rows: list[list[_Cell]] = []
    for tr in table._tbl.tr_lst:
        row: list[_Cell] = [_Cell("") for _ in range(tr.grid_before)]
        for tc in tr.findall(qn("w:tc")):
            span = max(1, tc.grid_span)
            col = len(row)
            if tc.vMerge == "continue":
                above = rows[-1][col] if rows and col < len(rows[-1]) else _Cell("")
                for k in range(span):
                    row.append(_Cell(above.text, cont_v=True, cont_h=k > 0))
                continue
            text = _clean_text(DocxCell(tc, table).text)
            for k in range(span):
                row.append(_Cell(text, cont_h=k > 0))
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        r.extend(_Cell("") for _ in range(width - len(r)))
    return rows


def _read_docx(path: Path) -> list[_Grid]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise _corrupt(path.name, exc) from exc
    grids: list[_Grid] = []
    above: list[str] = []
    only_blank_since_table = False
    for block in blocks:
        if isinstance(block, Paragraph):
            text = _clean_text(block.text)
            if text:
                above.append(text)
                if grids and len(grids[-1].below) < MAX_LINES_BELOW:
                    grids[-1].below.append(text)
                only_blank_since_table = False
        elif isinstance(block, Table):
            while grids and grids[-1].below and not only_blank_since_table and _looks_like_title(grids[-1].below[-1]):
                grids[-1].below.pop()  # the next table's title, not a remark on this one
            try:
                rows = _docx_grid(block)
            except Exception as exc:
                raise _corrupt(path.name, exc) from exc
            grids.append(_Grid(f"第{len(grids) + 1}个表格", rows, above[-5:], follows_previous=only_blank_since_table))
            above = []
            only_blank_since_table = True
    return grids


def _looks_like_title(line: str) -> bool:
    """"附件2", "某某汇总表": a heading line (short, no sentence punctuation), not a remark."""
    return line.startswith(("附件", "附表")) or (len(line) <= 40 and not re.search(r"[，,。；;：:]", line))


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".10g")
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return _clean_text(str(value))


def _read_xlsx(path: Path) -> list[_Grid]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(str(path), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken package
        raise _corrupt(path.name, exc) from exc
    grids: list[_Grid] = []
    try:
        for ws in workbook.worksheets:
            n_rows = min(ws.max_row or 0, MAX_SHEET_ROWS)
            n_cols = min(ws.max_column or 0, MAX_SHEET_COLS)
            rows = [[_Cell(_xlsx_text(v)) for v in values]
                    for values in ws.iter_rows(min_row=1, max_row=n_rows, max_col=n_cols, values_only=True)]
            for rows_row in rows:
                rows_row.extend(_Cell("") for _ in range(n_cols - len(rows_row)))
            for rng in ws.merged_cells.ranges:
                top, left = rng.min_row - 1, rng.min_col - 1
                if top >= n_rows or left >= n_cols:
                    continue
                text = rows[top][left].text
                for r in range(top, min(rng.max_row, n_rows)):
                    for c in range(left, min(rng.max_col, n_cols)):
                        if (r, c) != (top, left):
                            rows[r][c] = _Cell(text, cont_v=r > top, cont_h=c > left)
            grids.append(_Grid(f"工作表「{ws.title}」", rows))
    except Exception as exc:
        raise _corrupt(path.name, exc) from exc
    finally:
        workbook.close()
    return grids


LEGACY_FORMATS = {".doc": "doc", ".wps": "wps", ".et": "et"}  # converted by LibreOffice, as ingest does


def _converted(path: Path, fmt: str, limits: Limits, tmp: Path) -> Path:
    """The .docx/.xlsx LibreOffice makes of a legacy file, named like the original so messages name it."""
    from archive.extract import legacy
    from archive.extract.base import REASON_NEEDS_LIBREOFFICE, REASON_TIMEOUT, ExtractContext, ExtractionFailed
    from archive.extract.safety import doc_is_encrypted, is_ole
    from archive.fsutil import sha256_file

    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed(f"无法读取文件 {name}：{exc.strerror or exc}", remedy="请检查文件是否存在、是否有读取权限。") from exc
    if size == 0:
        raise ImportFailed(f"文件 {name} 是空文件（损坏）。", remedy="请重新保存或重新下载该文件后再导入。")
    if size > limits.max_file_bytes:
        raise ImportFailed(f"文件 {name} 过大（{size // (1024 * 1024)} MB），不像是评分表。",
                           remedy="请只保留评分表后另存为新文件再导入。")
    if not is_ole(path):
        raise ImportFailed(f"文件 {name} 已损坏：不是旧版 Word/WPS/Excel 文件。",
                           remedy="请用 Word/WPS 打开后另存为 .docx/.xlsx 再导入。")
    if fmt in ("doc", "wps") and doc_is_encrypted(path):
        raise ImportFailed(f"文件 {name} 设置了打开密码。", remedy="请用 Word/WPS 打开，取消密码后另存再导入。")
    ctx = ExtractContext(limits=limits, cache_dir=tmp / "cache", thumbs_dir=tmp / "thumbs", sha256=sha256_file(path),
                         ocr=False)
    try:
        converted = legacy.convert(path, fmt, ctx)
    except ExtractionFailed as exc:
        if exc.reason == REASON_NEEDS_LIBREOFFICE:
            raise ImportFailed(f"读取旧版格式文件 {name} 需要 LibreOffice，但本机没有安装。",
                               remedy="请安装 LibreOffice（soffice），或用 Word/WPS 把它另存为 .docx/.xlsx 再导入。") from exc
        if exc.reason == REASON_TIMEOUT:
            raise ImportFailed(f"LibreOffice 转换文件 {name} 超时（{exc.detail}）。",
                               remedy="可在 taizhang.toml 的 [limits] 中调大 soffice_timeout_seconds，"
                                      "或用 Word/WPS 另存为 .docx/.xlsx 再导入。") from exc
        raise ImportFailed(f"文件 {name} 无法读取（{exc.message}）。",
                           remedy="请用 Word/WPS 打开后另存为 .docx/.xlsx 再导入。") from exc
    readable = tmp / (path.stem + converted.suffix)
    shutil.copyfile(converted, readable)
    return readable


# ---------------------------------------------------------------- header and values


def _role(header: str) -> str | None:
    # "评定标准（括号内为该款分值）": a remark in brackets says how to read the column, not what it is
    h = re.sub(r"[（(][^()（）]{3,}[)）]", "", _squash(header))
    if not h or any(h.startswith(w) or h == w for w in IGNORED_HEADERS):
        return None
    if _TEAM_HEADER_RE.search(h) and not any(w in h for w in HEADER_WORDS["points"] + HEADER_WORDS["id"]):
        return None
    if BONUS_HEADER_RE.match(h):
        return "bonus"
    if TEXT_AND_SCORING_RE.search(h) or TEXT_AND_POINTS_RE.search(h) or TEXT_AND_WHEN_RE.search(h):
        return "text"
    if h in LABEL_HEADERS:
        return "text"  # "指标 | 指标说明": a name column, made the label when the words follow (SUBLABEL_HEADERS)
    if h in PAPER_NAME_HEADERS:
        return "paper"
    for role, words in HEADER_WORDS.items():
        if any(w in h for w in words):
            return role
    if _TEXT_SUFFIX_RE.search(h):
        return "text"  # "履职标准", "创建要求", "达标条件": what is asked, under whatever name
    return None


def _classify(row: list[_Cell], text_col: int | None = None) -> dict[str, int] | None:
    """Column roles of a header row, or None when the row is not a scoring-table header; `text_col`: a column whose
    header names no role known to hold the items' words."""
    columns: dict[str, int] = {}
    details: list[int] = []
    texts: list[int] = []
    scorings: list[int] = []
    for i, cell in enumerate(row):
        if cell.cont_h or len(cell.text) > 20:
            continue
        role = "text" if i == text_col else _role(cell.text)
        if role == "scoring" and any(w in _squash(cell.text) for w in DETAIL_HEADERS):
            details.append(i)
            continue
        if role == "text":
            texts.append(i)
            continue
        if role == "category" and "category" in columns and text_col is None:
            texts.append(i)  # "考核类别 | 序号 | 考核项目": beside the categories, the second such column holds the items
            continue
        if role == "points" and "points" in columns:
            columns.setdefault("points_also", i)  # "一级指标 | 分值 | 二级指标 | … | 分值": a category's and an item's
            continue
        if role == "scoring" and "scoring" in columns:
            scorings.append(i)  # "积分项目 | 积分标准 | 分值 | 计分办法": a second scoring-named column
            continue
        if role and role not in columns:
            columns[role] = i
    contents = [i for i in texts if not _is_indicator(row[i].text)]
    indicators = [i for i in texts if i not in contents]
    if len(texts) > 2 and contents and indicators:
        # "一级指标 | 二级指标 | 三级指标 | 考核要点": beside several indicator levels the items' words are the most
        # detailed requirement text (考核要点); the finest level only names the item, a coarser one may group them.
        columns["text"] = contents[0]
        if len(contents) > 1:
            columns["detail"] = contents[1]
        columns["label"] = indicators[-1]
        if len(indicators) > 1:
            columns["indicator"] = indicators[0]
    elif texts:
        columns["text"] = texts[0]
        if len(texts) > 1:
            columns["detail"] = texts[1]  # "考核内容 | 台账资料要求": the item's words continue in a second column
    named_only = "text" in columns and "label" not in columns and _squash(row[columns["text"]].text).endswith("项目")
    if scorings and ("text" not in columns or named_only):
        # "积分项目 | 积分标准 | 分值 | 计分办法": with no column of the items' words (or only their names), the first of
        # two scoring-named columns states what is asked, the second how points are taken
        if named_only:
            columns["label"] = columns["text"]
        columns["text"], columns["scoring"] = columns["scoring"], scorings[0]
    for i in details:  # 考核细则: the scoring column when there is no other, else the items' details
        if "scoring" not in columns:
            columns["scoring"] = i
        elif "text" not in columns:
            columns["text"] = i
        else:
            columns.setdefault("detail", i)
    if "detail" in columns and "label" not in columns and \
            any(w in _squash(row[columns["text"]].text) for w in SUBLABEL_HEADERS):
        columns["label"] = columns.pop("text")  # "二级指标 | 考核要点": the label names the item, the words follow
        columns["text"] = columns.pop("detail")
    if "label" in columns and "category" in columns and columns["label"] < columns["category"]:
        # "考核指标 | 考核项目 | 考核内容": levels run from coarse to fine, left to right; the name column printed before
        # the category column holds the categories, the category-named one the items' names
        columns["category"], columns["label"] = columns["label"], columns["category"]
    if "paper" in columns and "text" not in columns:
        columns["text"] = columns.pop("paper")  # "序号 | 资料名称 | 分值 | 扣分标准": the names are all the words
    if CATEGORY_AS_TEXT and "text" not in columns and "category" in columns:
        columns["text"] = columns.pop("category")
    if all(r in columns for r in REQUIRED_ROLES):
        return columns
    if "text" in columns and "scoring" in columns:  # points may sit at the end of each item's text
        columns["points_in_text"] = columns["text"]
        return columns
    return None


def _classify_unnamed_text(grid: _Grid, header_row: int) -> dict[str, int] | None:
    """"序号 | 创建标准 | 分值 | 评分办法": a header naming the points and the scoring (or 序号) but no column of the
    items' words; a column of sentences whose header names no role is that column."""
    row = grid.rows[header_row]
    roles = {_role(c.text) for c in row if not c.cont_h and len(c.text) <= 20}
    if "points" not in roles or not roles & {"scoring", "id"} or roles & {"text", "category"}:
        return None
    col = _sentence_column(grid, header_row, {})
    return _classify(row, text_col=col) if col is not None else None


def _is_indicator(header: str) -> bool:
    """"二级指标", "三级指标", "考核指标": a column naming the item at some level, not its requirement text."""
    h = _squash(header)
    return any(w in h for w in SUBLABEL_HEADERS) and not _INDICATOR_MORE_RE.search(h)


def _is_ignored(header: str) -> bool:
    """A column never read (自评分, 考核得分, 备注, a team's score)."""
    h = _squash(header)
    return any(h.startswith(w) or h == w for w in IGNORED_HEADERS) or (
        bool(_TEAM_HEADER_RE.search(h)) and not any(w in h for w in HEADER_WORDS["points"] + HEADER_WORDS["id"]))


def _find_header(grid: _Grid) -> _Header | None:
    for i, row in enumerate(grid.rows):
        columns = _classify(row) or _classify_unnamed_text(grid, i)
        if columns:
            if "points_in_text" in columns and not _points_in_text(grid, i):
                continue
            if "scoring" not in columns and "detail" in columns and _column_is_rules(grid, i, columns["detail"]):
                columns["scoring"] = columns.pop("detail")  # "考核内容 | 考核标准" where the 标准 are deduction rules
            if "scoring" not in columns and "method" in columns and _column_is_rules(grid, i, columns["method"]):
                columns["scoring"] = columns.pop("method")  # "考核办法" holding deduction rules, not ways of checking
            if "detail" in columns and "category" not in columns and _column_is_categories(grid, i, columns["text"]):
                # "考核内容 | 考核要点", "争创标准 | 序号 | 考评内容": the first column holds the categories (merged down, "一、……（15分）")
                columns["category"] = columns.pop("text")
                columns["text"] = columns.pop("detail")
            if "detail" in columns and "label" not in columns and _column_is_labels(grid, i, columns["text"]) and \
                    not _column_is_labels(grid, i, columns["detail"]) and \
                    not (re.search(r"内容|要点", _squash(row[columns["text"]].text)) and
                         _PAPERS_HEADER_RE.search(_squash(row[columns["detail"]].text))):
                # "工作任务 | 目标要求", "考核内容 | 考核标准" over short names (理论学习, 班子配备): the name of the
                # task, then what is asked ("考核内容 | 台账资料要求" is one item's words in two columns: the papers
                # of what is named)
                columns["label"] = columns.pop("text")
                columns["text"] = columns.pop("detail")
            if "points_also" in columns:
                also = columns.pop("points_also")
                if _merged_share(grid, i, columns["points"]) > 0.5 >= _merged_share(grid, i, also):
                    columns["points"] = also  # the first 分值 is merged down beside the category: its points
            if "category" not in columns and "indicator" in columns and \
                    _column_is_categories(grid, i, columns["indicator"]):
                columns["category"] = columns["indicator"]  # "二级指标 | 三级指标 | 考核要点", 二级 merged down
            if "category" not in columns and "label" in columns and _column_is_categories(grid, i, columns["label"]):
                # "考核指标 | 序号 | 考核内容": the indicator column merged down its rows ("规划计划\n（14分）") names
                # the categories, not each item
                columns["category"] = columns.pop("label")
            if "category" not in columns and _role(row[columns["text"]].text) == "category" and \
                    _column_groups_rows(grid, i, columns["text"]):
                # "评选项目 | 序号 | 创建标准 | 分值": the category column holds the same merged text over its rows, so it
                # is not the items' words: those are in a column of sentences whose header names no role.
                words = _sentence_column(grid, i, columns)
                if words is not None:
                    columns["category"] = columns.pop("text")
                    columns["text"] = words
            if "label" not in columns and "detail" not in columns and _column_is_labels(grid, i, columns["text"]) and \
                    not _column_groups_rows(grid, i, columns["text"]):
                words = _sentence_column(grid, i, columns)
                if words is not None:  # "考评要素 | 履职情况": short names, then what is asked under another name
                    columns["label"] = columns.pop("text")
                    columns["text"] = words
            if "scoring" not in columns:
                # "创建标准 | 评价内容 | 分值 | 评价标准": a third column headed like the items' words that holds the
                # deduction rules is the scoring; so is one headed only "扣分" (often a column to fill in) that
                # prints them
                for c, cell in enumerate(row):
                    if c not in columns.values() and cell.text and not cell.cont_h and \
                            (_role(cell.text) == "text" or _squash(cell.text) in BARE_SCORING_HEADERS) \
                            and _column_is_rules(grid, i, c):
                        columns["scoring"] = c
                        break
            if "category" not in columns:
                # "评定要素 | 序号 | 评定内容", "职责任务 | 工作事项 | 考核标准": a first column under a header of no known
                # role, merged down its rows (or printing "一、……（30分）"), holds the categories.
                for c, cell in enumerate(row[:columns["text"]]):
                    if cell.text and not cell.cont_h and c not in columns.values() and _role(cell.text) is None and \
                            not _is_ignored(cell.text) and _column_is_categories(grid, i, c):
                        columns["category"] = c
                        break
            # A label merged down from the header over every row ("党群工作18分" printed vertically) names the
            # category of all the items.
            if "category" not in columns and i + 1 < len(grid.rows):
                for c, cell in enumerate(row):
                    below = grid.rows[i + 1][c] if c < len(grid.rows[i + 1]) else None
                    if cell.text and c not in columns.values() and below is not None and below.cont_v:
                        columns["category"] = c
                        break
            return _Header(i, columns)
    return None


def _column_is_rules(grid: _Grid, header_row: int, col: int) -> bool:
    """Most cells below the header are scoring rules ("……的扣1分；……每次扣0.5分")."""
    texts = [r[col].text for r in grid.rows[header_row + 1:]
             if col < len(r) and r[col].text and not r[col].cont_v and not r[col].cont_h]
    return bool(texts) and sum(1 for t in texts if SCORING_RULE.search(t)) * 3 >= len(texts) * 2


def _column_is_labels(grid: _Grid, header_row: int, col: int) -> bool:
    """The cells below the header are short names (第一议题, 党费收缴), not sentences: most within LABEL_CHARS."""
    texts = [_squash(r[col].text) for r in grid.rows[header_row + 1:]
             if col < len(r) and r[col].text and not r[col].cont_v and not r[col].cont_h]
    return len(texts) >= 2 and sum(1 for t in texts if len(t) <= LABEL_CHARS and not re.search(r"[，,。；;]", t)) * 4 \
        >= len(texts) * 3


def _column_groups_rows(grid: _Grid, header_row: int, col: int) -> bool:
    """Most rows below the header repeat the cell above here (merged down, or the same text printed again)."""
    cells = [r[col] for r in grid.rows[header_row + 1:] if col < len(r) and (r[col].text or r[col].cont_v)]
    repeated = sum(1 for above, cell in zip(cells, cells[1:], strict=False)
                   if cell.cont_v or _squash(cell.text) == _squash(above.text))
    return len(cells) >= 2 and repeated * 2 >= len(cells)


def _merged_share(grid: _Grid, header_row: int, col: int) -> float:
    """The share of the cells below the header that continue a cell merged down from above."""
    cells = [r[col] for r in grid.rows[header_row + 1:] if col < len(r) and (r[col].text or r[col].cont_v)]
    return sum(1 for c in cells if c.cont_v) / len(cells) if cells else 0.0


def _sentence_column(grid: _Grid, header_row: int, columns: dict[str, int]) -> int | None:
    """A column whose header names no role (and is not a score to fill in) holding sentences, not short names or
    deduction rules: the one with the longest cells, None when there is none."""
    header = grid.rows[header_row]
    best, best_length = None, 0
    for c, cell in enumerate(header):
        if cell.cont_h or not cell.text or len(cell.text) > 20 or c in columns.values() or \
                _role(cell.text) is not None or _is_ignored(cell.text):
            continue
        texts = [_squash(r[c].text) for r in grid.rows[header_row + 1:]
                 if c < len(r) and r[c].text and not r[c].cont_v and not r[c].cont_h]
        if len(texts) < 2 or _column_is_labels(grid, header_row, c) or _column_is_rules(grid, header_row, c):
            continue
        length = sum(len(t) for t in texts) // len(texts)
        if length > best_length:
            best, best_length = c, length
    return best


def _column_is_categories(grid: _Grid, header_row: int, col: int) -> bool:
    """Most rows below the header continue a merged cell here, or print an ordinal and points ("一、……（15分）")."""
    cells = [r[col] for r in grid.rows[header_row + 1:] if col < len(r) and (r[col].text or r[col].cont_v)]
    if not cells:
        return False
    grouped = sum(1 for c in cells if c.cont_v or (_ORDINAL_RE.match(c.text) and _CAT_POINTS_RE.search(c.text)))
    return grouped * 2 >= len(cells)


def _points_in_text(grid: _Grid, header_row: int) -> bool:
    """Most rows below the header end their text with "（N分）"."""
    col = _classify(grid.rows[header_row])["text"]  # type: ignore[index]
    texts = [r[col].text for r in grid.rows[header_row + 1:] if col < len(r) and r[col].text and not r[col].cont_v]
    hits = sum(1 for t in texts if _TRAILING_POINTS_RE.search(_squash(t)))
    return bool(texts) and hits * 2 >= len(texts)


def _parse_points(text: str) -> float | None:
    """"3", "3分", "3.5", "（3分）", "三分" → the number; None when the text is not a number of points."""
    m = _POINTS_RE.match(_squash(text))
    return parse_number(m.group("num")) if m else None


def _parse_category(text: str) -> tuple[str, float | None]:
    """"领导班子好\\n20分", "一、领导班子好（20分）" → ("领导班子好", 20)."""
    flat = _clean_text(text)
    points = None
    if _BONUS_CAP_RE.search(flat):  # "加分项（最多加2分）": a bonus on top of the total
        return _category_name(_BONUS_CAP_RE.sub("", flat)), None
    matches = list(_CAT_POINTS_RE.finditer(flat)) or list(_BARE_CAT_POINTS_RE.finditer(flat))
    if matches:
        m = matches[-1]
        points = float(m.group("num"))
        flat = flat[:m.start()] + flat[m.end():]
    return _category_name(flat), points


# "政治建设\n（15）": the category's points in brackets with no 分, closing the cell.
_BARE_CAT_POINTS_RE = re.compile(r"[（(]\s*(?P<num>\d+(?:\.\d+)?)\s*[)）]\s*$")


def _category_name(flat: str) -> str:
    name = _WEIGHT_REMARK_RE.sub("", _SCORING_REMARK_RE.sub("", re.sub(r"\s+", "", flat))).lstrip(_DECORATION)
    return _ORDINAL_RE.sub("", name).lstrip(_DECORATION).strip("：:，,、 ")


def _row_values(row: list[_Cell]) -> list[str]:
    values: list[str] = []
    for cell in row:
        if cell.text and cell.text not in values:
            values.append(cell.text)
    return values


def _is_summary(row: list[_Cell], columns: dict[str, int], words: tuple[str, ...] = SUMMARY_WORDS) -> bool:
    """A 合计/总计/小计 row is not an item, whichever column holds the word (the label column, the category column
    with the total beside it, the points column), nor is the total of a named part ("基础分合计", "本项小计")."""
    for cell in row:
        squashed = _squash(cell.text)
        if squashed and len(squashed) <= 10 and not cell.cont_v and any(
                squashed.startswith(w) or re.fullmatch(rf"[\u4e00-\u9fff]{{1,4}}{w}[:：]?", squashed) for w in words):
            return True
    return False


# Words that make a line the title of a scoring table rather than another heading.
TITLE_WORDS: tuple[str, ...] = ("评分", "考核", "细则", "标准", "考评", "表")


def _title_rows(rows: list[list[_Cell]]) -> list[str]:
    """The rows above the header as lines, a title printed over several rows merged across the table joined into one
    ("某某街道2026年第二季度" over "社区“先锋支部”考评评分表"): a merged row that does not name a table itself, with no
    sentence punctuation or blanks to fill in, begins the title the merged row under it continues."""
    lines: list[str] = []
    opens_title = False
    for row in rows:
        values = _row_values(row)
        line = " ".join(values)
        banner = len(values) == 1 and any(c.cont_h for c in row)
        if banner and opens_title and not re.search(r"[，,。；;：:]|\s{2,}", line) and \
                len(lines[-1] + line) <= 60:
            lines[-1] = lines[-1].strip() + line.strip()
        else:
            lines.append(line)
        opens_title = banner and bool(line) and not re.search(r"[，,。；;：:]|\s{2,}", line) and \
            not line.startswith(("附件", "附表")) and not any(w in line for w in TITLE_WORDS) and \
            len(lines[-1]) <= 40
    return lines


def _pick_title(candidates: list[str]) -> str | None:
    """The rubric's title among lines printed above the table: prefer the nearest that names a 评分表/细则. Lines to
    fill in, the scope (考核对象：…) and how the total is made ("考核总分＝基础分（100分）＋加分（最高10分）") are not."""
    usable = [c.replace("\n", "") for c in candidates
              if c and not c.startswith(("附件", "附表", "（", "(")) and len(c) <= 60 and "。" not in c
              and not re.search(r"(?:考核|考评|检查|评估|验收|评分|评价|督查|评定)(?:对象|时间|日期|单位|时段|期间|周期)|"
                                r"对象[：:]|被考核|填表|名称[：:]|[：:]\s{2,}|[＝=]|^(?:考核|考评)?(?:总分|满分)|"
                                r"年\s+月\s+日|[：:][^：:]*\s{2,}[^：:]*[：:]", c)  # lines to fill in (two fields)
              and not re.match(r"^(单位|填报|日期|时间|被考核|考核单位|考核时间)", c)]
    preferred = [c for c in usable if any(w in c for w in TITLE_WORDS)]
    if preferred:
        return preferred[-1]
    return usable[-1] if usable else None


# The numbering that opens a part's heading ("表一", "表2", "第一部分", "一、", "（二）"), numerals read as one mark.
_PART_MARK_RE = re.compile(r"^(?:附?表|第|[（(])?[一二三四五六七八九十百零〇\d]+(?:部分|板块|篇|张表)?[、.．:：)）]?")
_NUMERALS_RE = re.compile(r"[一二三四五六七八九十百零〇\d]+")
_ENDS_WITH_POINTS_RE = re.compile(r"[（(][^()（）]*\d+(?:\.\d+)?分[)）]$")


def _part_headings(one: str, other: str) -> bool:
    """Two headings of the same kind, each over a part of the scoring table ("表一  基础评审（70分）" and "表二  成效评审
    （30分）"): the same numbering at their heads, or both ending with the part's points."""
    a, b = _squash(one), _squash(other)
    mark_a, mark_b = _PART_MARK_RE.match(a), _PART_MARK_RE.match(b)
    if mark_a and mark_b and _NUMERALS_RE.sub("#", mark_a.group(0)) == _NUMERALS_RE.sub("#", mark_b.group(0)):
        return True
    return bool(_ENDS_WITH_POINTS_RE.search(a) and _ENDS_WITH_POINTS_RE.search(b))


def _lines_above(grids: list[_Grid], grid: _Grid) -> list[str]:
    """The paragraphs before the scoring table that may hold its title. When several Word tables each print a heading
    of their own above them ("表一 …", "表二 …"), those headings name the parts, not the document: the title is read
    from the lines above the first table's heading, for a later table above the document's first table (a heading
    stays when nothing above it could be the title)."""
    headings = [g.above[-1] for g in grids if g is not grid and g.above and _looks_like_title(g.above[-1])]

    def above_heading(lines: list[str], others: list[str]) -> list[str] | None:
        if lines and any(_part_headings(lines[-1], h) for h in others) and _pick_title(lines[:-1]):
            return lines[:-1]
        return None

    lines = list(grid.above)
    if grid is not grids[0] and lines and any(_part_headings(lines[-1], h) for h in headings):
        first = above_heading(list(grids[0].above), [lines[-1]])
        if first is not None:
            return first
    return above_heading(lines, headings) or lines


def _slug(stem: str) -> str:
    ascii_part = unicodedata.normalize("NFKC", stem).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_part).strip("-")
    if not slug:
        return DEFAULT_ID
    if not re.search(r"[a-z]", slug):
        return f"{DEFAULT_ID}-{slug}"
    return slug


# ---------------------------------------------------------------- rows into the model


@dataclass
class _Draft:
    """Categories being built, with the points printed for them (None when not printed)."""

    categories: list[Category] = field(default_factory=list)
    printed: dict[str, float | None] = field(default_factory=dict)
    current: Category | None = None
    missing_ids: set[int] = field(default_factory=set)  # id() of items whose 序号 was empty
    notes: list[str] = field(default_factory=list)  # what the user should check in the draft
    sections_across: bool = False  # categories come from rows printed across the table
    in_remarks: bool = False  # a 注/说明 row was read: the numbered lines after it continue it
    bonuses: list[tuple[Item, str]] = field(default_factory=list)  # an item and its 加分标准 cell, as printed
    in_bonus: bool = False  # the current category holds bonus rows, awarded beyond the total
    bonus_rows: list[tuple[Item, str]] = field(default_factory=list)  # bonus rows printed with points, and their note
    printed_total: float | None = None  # the points of the 合计 row, when printed

    def category(self, name: str, points: float | None) -> Category:
        name = name or f"第{len(self.categories) + 1}类"
        self.in_bonus = bool(_BONUS_SECTION_RE.match(name))
        for cat in self.categories:
            if cat.name == name:
                if points is not None and self.printed.get(name) is None:
                    self.printed[name] = points
                self.current = cat
                return cat
        cat = Category(name=name, points=0.0)
        self.categories.append(cat)
        self.printed[name] = points
        self.current = cat
        return cat


BONUS_CATEGORY = "加分项"


def _bonus_header(values: list[str], row: list[_Cell]) -> dict[str, int] | None:
    """The columns of a header row of bonus rows (序号 | 加分内容 | 最高加分 | 加分标准), or None for any other row."""
    if not any(BONUS_HEADER_RE.match(_squash(v)) or _squash(v) in ("最高加分", "最多加分") for v in values) or \
            any(len(_squash(v)) > 8 for v in values):
        return None
    columns: dict[str, int] = {}
    for i, cell in enumerate(row):
        h = _squash(cell.text)
        if cell.cont_h or not h:
            continue
        role = next((r for r, rx in _BONUS_COLUMN_ROLES if re.search(rx, h)), None) or _role(h)
        if role and role not in columns and role != "bonus":
            columns[role] = i
    return columns if "text" in columns and "points" in columns else None


def _printed_name(cell: _Cell | None) -> str:
    """A register's name as printed, on one line; "" for none (or a "—" mark)."""
    name = re.sub(r"\s+", "", cell.text) if cell is not None else ""
    return "" if name in EMPTY_MARKS else name


def _cell(row: list[_Cell], columns: dict[str, int], role: str) -> _Cell | None:
    col = columns.get(role)
    return row[col] if col is not None and col < len(row) else None


def _add_rows(draft: _Draft, grid: _Grid, header: _Header, first_row: int, where: str) -> None:
    columns = header.columns
    header_values = _row_values(grid.rows[header.row]) if header.row >= 0 else []
    split_rules = _rules_in_paragraphs(grid, first_row, columns.get("text"))
    after_total = False
    for index in range(first_row, len(grid.rows)):
        row = grid.rows[index]
        row_where = f"{where}{grid.label}第{index + 1}行"
        values = _row_values(row)
        if not values or values == header_values or _classify(row) is not None or _is_summary(row, columns):
            # the header printed again (a table over several pages), a 合计 row; what the grand total closes
            if _is_summary(row, columns, GRAND_TOTAL_WORDS):
                after_total = True
                total_cell = _cell(row, columns, "points")
                draft.printed_total = _parse_points(total_cell.text) if total_cell is not None else None
            continue
        if all(c.cont_v or not c.text for c in row):
            continue  # nothing but the lower parts of merged cells
        first = next((c.text for c in row if c.text and not c.cont_v), "")
        if _squash(first).startswith(REMARK_WORDS):
            remark = " ".join(v for v in values if not _squash(v).startswith(REMARK_WORDS)) or \
                _REMARK_HEAD_RE.sub("", first)
            draft.notes.append(f"原表备注：{remark}")
            draft.in_remarks = True
            continue
        if draft.in_remarks and len(values) == 1 and _REMARK_LINE_RE.match(_squash(first)):
            draft.notes.append(f"原表备注：{first}")  # "注：1.……" then "2.……" in a row of its own
            continue
        if after_total and len(values) == 1:
            if _VETO_HEADING_RE.match(_squash(values[0])):
                # "三、一票否决事项": the rows after it are the veto cases, not the last category's items
                draft.category(_parse_category(values[0])[0], None)
                continue
            draft.notes.append(f"原表备注：{values[0]}")  # "评定等次：…", "一票否决项：…" printed under the 合计 row
            if _BONUS_HEADING_RE.match(_squash(values[0])):
                draft.category(BONUS_CATEGORY, None)  # "加分项（最多加5分）": the rows after it are bonuses
            continue
        bonus_columns = _bonus_header(values, row)
        if bonus_columns is not None:
            # "序号 | 加分内容 | 最高加分 | 加分标准" below the main table: bonus rows, read by their own columns
            columns = bonus_columns
            draft.category(BONUS_CATEGORY, None)
            continue
        if after_total and len(values) == 2 and _AFTER_TOTAL_LABEL_RE.match(_squash(values[0])) and \
                parse_number(_squash(values[1])) is None:
            # "一票否决项 | 发生…的，实行一票否决" under the 合计 row: a label and its words merged across, no item
            draft.notes.append(f"原表备注：{values[0]}：{values[1]}")
            continue
        text_cell = _cell(row, columns, "text")
        points_cell = _cell(row, columns, "points")
        cat_cell = _cell(row, columns, "category")
        points_value = _parse_points(points_cell.text) if points_cell else None
        if "points_in_text" in columns and text_cell is not None and not text_cell.cont_v:
            m = _TRAILING_POINTS_RE.search(text_cell.text.strip())
            if m:
                points_value = float(m.group("num"))
                text_cell = _Cell(text_cell.text[:m.start()].rstrip(" ，,。") + "。")
                points_cell = _Cell(m.group("num"))
        no_points = points_cell is not None and _squash(points_cell.text) in NO_POINTS_MARKS
        bonus = points_cell is not None and bool(_BONUS_POINTS_RE.match(_squash(points_cell.text)))
        if bonus and after_total and not draft.in_bonus:
            draft.category(BONUS_CATEGORY, None)  # "+2" rows under the 合计 row: bonuses, not the last category's

        # A section row across the table ("一、领导班子好（20分）"), or a category cell with no item text.
        spans = len(values) == 1 and sum(1 for c in row if c.text) >= 2 and any(c.cont_h for c in row)
        if spans and points_value is None and "category" in columns and _BASE_PART_RE.match(_squash(values[0])):
            continue  # "一、基础分（100分）" over rows with a 考核项目 column: the scored part, not a category of its own
        if spans and points_value is None:
            draft.category(*_parse_category(values[0]))
            draft.sections_across = True
            continue
        if (text_cell is None or not text_cell.text) and cat_cell is not None and cat_cell.text and not cat_cell.cont_v:
            name, pts = _parse_category(cat_cell.text)
            draft.category(name, pts if pts is not None else points_value)
            continue

        # The category of this item: a new printed value starts (or returns to) a category, else fill down; a label
        # merged down from the header row starts it at the first item. Under section rows across the table, the
        # 类别 column holds each row's short label ("网格党支部"), not a category.
        bonus_name = None
        if (draft.sections_across or draft.in_bonus and after_total) and draft.current is not None and \
                cat_cell is not None and _parse_category(cat_cell.text)[1] is None:
            # (and under a 加分项 heading below the total, each bonus's own short name, "创新项目": the item's name)
            bonus_name = cat_cell if draft.in_bonus and after_total and not cat_cell.cont_v else None
            cat_cell = None
        if draft.current is not None and _VETO_SECTION_RE.search(draft.current.name) and text_cell is not None and \
                text_cell.cont_h:
            cat_cell = None  # a veto case's words merged across from the category column: no category of its own
        if cat_cell is not None and cat_cell.text and cat_cell.cont_v and draft.current is None:
            draft.category(*_parse_category(cat_cell.text))
        if cat_cell is not None and cat_cell.text and not cat_cell.cont_v:
            name, pts = _parse_category(cat_cell.text)
            if draft.current is None or name != draft.current.name:
                draft.category(name, pts)
        if draft.current is None:
            draft.category(DEFAULT_CATEGORY, None)
        cat = draft.current
        assert cat is not None

        text, inner_rule = _split_scoring(text_cell.text) if split_rules and text_cell else \
            (text_cell.text if text_cell else "", "")
        when_cell = _cell(row, columns, "when")
        if when_cell is not None and when_cell.text and not when_cell.cont_v and text:
            text = f"{text}（{when_cell.text}）"  # "召开党员大会 | 每季度": how often is part of what is asked
        detail_cell = _cell(row, columns, "detail")
        if detail_cell is not None and detail_cell.text and not detail_cell.cont_v and detail_cell.text not in text:
            text = f"{text}：{detail_cell.text}" if text else detail_cell.text
        scoring_cell = _cell(row, columns, "scoring")
        method_cell = _cell(row, columns, "method")
        id_cell = _cell(row, columns, "id")
        bonus_cell = _cell(row, columns, "bonus")
        bonus_rule = bonus_cell.text if bonus_cell is not None and not bonus_cell.cont_v and \
            _squash(bonus_cell.text) not in EMPTY_MARKS else ""
        if points_cell is not None and points_cell.cont_v and cat.items:
            # The points cell is merged with the row above: the same item printed over several rows.
            prev = cat.items[-1]
            if text and not text_cell.cont_v and text not in prev.text:  # type: ignore[union-attr]
                prev.text = f"{prev.text}\n{text}"
            if inner_rule and not text_cell.cont_v and inner_rule not in prev.scoring:  # type: ignore[union-attr]
                prev.scoring = f"{prev.scoring}\n{inner_rule}".strip()
            if scoring_cell and scoring_cell.text and not scoring_cell.cont_v and scoring_cell.text not in prev.scoring:
                prev.scoring = f"{prev.scoring}\n{scoring_cell.text}".strip()
            if bonus_rule:
                draft.bonuses.append((prev, bonus_rule))
            continue
        if not text:
            raise ImportFailed(f"{row_where}有标准分但没有内容。",
                               remedy="请在原表中补上该行的考核内容，或删除该行后再导入。")
        vetoes = bool(_VETO_SECTION_RE.search(cat.name))
        # "1 | 发生重大安全生产事故的。" merged over the 分值 and 评分标准 columns: a case, no points, no rule of its own
        merged_case = vetoes and points_cell is not None and points_cell.cont_h
        if merged_case:
            no_points, points_cell = True, _Cell("")
        if (points_cell is None or not points_cell.text) and (draft.in_bonus or vetoes):
            no_points = True  # a bonus row or a veto case with its points left blank: the inspectors decide it
        elif points_cell is None or not points_cell.text:
            raise ImportFailed(f"{row_where}缺少标准分（内容：{text[:30]}）。",
                               remedy="请在原表中补上该行的标准分（分值）后再导入。")
        bonus_note = f"{grid.label}第{index + 1}行（{text[:20]}）是加分项" + \
            ("" if no_points or points_cell is None else f"（{points_cell.text}）") + "，按 0 分导入，加分由考核组认定。"
        if bonus or (draft.in_bonus and no_points):
            points_value = 0.0
            draft.notes.append(bonus_note)
        elif no_points and vetoes:
            points_value = 0.0
            draft.notes.append(f"{grid.label}第{index + 1}行（{text[:20]}）是一票否决情形，按 0 分导入，由考核组认定。")
        elif no_points:
            points_value = 0.0
            draft.notes.append(f"{grid.label}第{index + 1}行（{text[:20]}）的标准分为「{points_cell.text}」，"
                               "按 0 分导入（可能是前置条件或一票否决），请核对。")
        if points_value is None:
            raise ImportFailed(f"{row_where}的标准分「{points_cell.text}」不是数字。",
                               remedy="标准分应写成数字，如 3、3分、3.5。")
        item_id = id_cell.text.strip(_ID_TRIM) if id_cell is not None and not id_cell.cont_v else ""
        item_id = _squash(item_id)
        item_id = dashed_to_dotted(item_id)  # 序号 "1-1", "2－3": the category's number, then the item's ("1.1")
        serial = parse_number(item_id) if _CN_SERIAL_RE.match(item_id) else None
        if serial:  # 序号 "（一）", "二、": numbered as "1", "2" are (restarting per category: "2.1")
            item_id = _fmt(serial)
        label_cell = _cell(row, columns, "label")
        printed_id = _LABEL_ID_RE.match(_squash(label_cell.text)) if label_cell is not None and not item_id else None
        if printed_id:  # "1.1 理论学习": the item's number printed at the head of its label
            item_id = printed_id.group(1)
        text_id = _TEXT_ID_RE.match(text) if not item_id else None
        if text_id:  # no 序号 column: "1.1 支部党员大会每季度…", the number printed at the head of the content
            item_id, text = _squash(text_id.group(1)), text[text_id.end():].strip()
        ordinal = _TEXT_ORDINAL_RE.match(text) if not item_id else None
        if ordinal:  # "（一）村党组织书记政治素质好…": its number under the category (ids become "2.1")
            item_id, text = _fmt(parse_number(ordinal.group(1)) or 0), text[ordinal.end():].strip()
        scoring = scoring_cell.text if scoring_cell and not (merged_case and scoring_cell.cont_h) else ""
        if inner_rule and _squash(inner_rule) not in _squash(scoring):
            scoring = f"{inner_rule}\n{scoring}" if scoring else inner_rule  # the content cell's own rule first
        method = [_squash(m) for m in _METHOD_SPLIT.split(method_cell.text)] if method_cell else []
        evidence_cell = _cell(row, columns, "evidence")
        evidence = [_squash(e) for e in _EVIDENCE_SPLIT.split(evidence_cell.text)] if evidence_cell else []
        evidence, method = _papers_and_ways(evidence, method)
        # The name printed beside the words: a register's (台账名称) or the item's own short one (二级指标 "党费收缴")
        name_cell = _cell(row, columns, "paper") or (label_cell if label_cell is not None and not label_cell.cont_v
                                                     and not printed_id else None) or bonus_name
        item = Item(id=item_id, text=text, points=points_value, method=[m for m in method if m and m not in EMPTY_MARKS],
                    scoring=scoring, evidence=[e for e in evidence if e and e not in EMPTY_MARKS],
                    name=_printed_name(name_cell))
        if not item_id:
            draft.missing_ids.add(id(item))
        if bonus_rule:
            draft.bonuses.append((item, bonus_rule))
        if draft.in_bonus and points_value:
            draft.bonus_rows.append((item, bonus_note))  # its points kept or not, once the total is known
        cat.items.append(item)


def _rules_in_paragraphs(grid: _Grid, first_row: int, col: int | None) -> bool:
    """The text column prints its rules as a labelled paragraph of their own ("评分：…") in at least
    SCORING_PARAGRAPH_SHARE of its cells (the lower parts of merged cells and rows across the table not counted)."""
    if col is None:
        return False
    cells = [r[col].text for r in grid.rows[first_row:]
             if col < len(r) and r[col].text and not r[col].cont_v and not r[col].cont_h]
    labelled = sum(1 for t in cells if _split_scoring(t)[1])
    return labelled > 0 and labelled >= len(cells) * SCORING_PARAGRAPH_SHARE


def _split_scoring(text: str) -> tuple[str, str]:
    """"要求…\n评分：规则…": the content cell's words before the first later paragraph opening with a scoring label,
    and the rules from there on without the label ("" when the cell prints none)."""
    lines = text.split("\n")
    for k in range(1, len(lines)):
        m = _SCORING_LABEL_RE.match(lines[k])
        if m:
            rule = "\n".join([lines[k][m.end():], *lines[k + 1:]]).strip()
            if rule:
                return "\n".join(lines[:k]), rule
    return text, ""


def _way_named(head: str) -> str:
    """The way of checking a head before papers names ("查阅会议记录": 查阅资料; "查阅资料：": 查阅资料)."""
    way = head.rstrip(":：")
    return way if len(way) > 2 else f"{way}资料"


def _papers_and_ways(evidence: list[str], method: list[str]) -> tuple[list[str], list[str]]:
    """A "考核方式及佐证材料" cell mixes the ways of checking with the papers ("查阅资料：目标责任书、工作要点；个别谈话"):
    the "查阅" before a paper joins the methods and the paper stays evidence; a piece that is only a way of checking
    ("实地查看") joins the methods too."""
    papers: list[str] = []
    ways = []
    for piece in method:
        head = _CHECK_HEAD_RE.match(piece)
        rest = piece[head.end():] if head else piece
        if _CONSULTED_PAPERS_RE.search(rest) and len(rest) <= MAX_CONSULTED_NAME:
            # "查阅记录、照片", "查看专栏页面截图": the pictures (notices, sign-in sheets) a 检查方法 cell consults are
            # the item's
            papers.append(rest)
            if head:
                ways.append(_way_named(head.group(0)))
        else:
            ways.append(piece)
    for piece in evidence:
        head = _CHECK_HEAD_RE.match(piece)
        if head and piece[head.end():]:
            ways.append(_way_named(head.group(0)))
            piece = piece[head.end():]
            if _ANY_PAPERS_RE.fullmatch(piece):
                continue  # "查阅记录", "查看档案材料": papers in general, how the inspectors check, no paper named
        if _CHECK_ONLY_RE.match(piece):
            ways.append(piece)  # and stays evidence as printed: the inference reads 实地查看 there
        papers.append(piece)
    return papers, list(dict.fromkeys(ways))


def _numbered_apart(cat: Category) -> bool:
    """Bonus rows and veto cases: numbered on their own, after the scored items."""
    return bool(_BONUS_SECTION_RE.match(cat.name)) or (
        bool(_VETO_SECTION_RE.search(cat.name)) and all(not it.points for it in cat.items))


def _assign_ids(categories: list[Category], missing: set[int]) -> None:
    """Number items without a 序号 by position; make ids unique ("1.2") when numbering restarts per category. Bonus
    rows numbered on their own (1, 2 after items 1..19, under the 合计 row or in a table apart) leave the scored
    items' ids as printed: they go on from the last 序号 (20, 21) when the scored items are numbered straight
    through, and take their category's number ("6.1") when the scored items are numbered by category ("5.3")."""
    items = [it for cat in categories for it in cat.items]
    for n, item in enumerate(items, start=1):
        if id(item) in missing:
            item.id = str(n)
    if len({it.id for it in items}) == len(items):
        return
    scored = [it for cat in categories if not _numbered_apart(cat) for it in cat.items]
    if len({it.id for it in scored}) == len(scored):
        bonus = [item for cat in categories if _numbered_apart(cat) for item in cat.items]
        if scored and all(it.id.isdigit() for it in scored):
            last = max(int(it.id) for it in scored)
            renamed = {id(item): str(last + n) for n, item in enumerate(bonus, start=1)}
        else:
            renamed = {id(item): f"{ci}.{n}" for ci, cat in enumerate(categories, start=1)
                       if _numbered_apart(cat) for n, item in enumerate(cat.items, start=1)}
        if len({renamed.get(id(it), it.id) for it in items}) == len(items):
            for item in items:
                item.id = renamed.get(id(item), item.id)
            return
    for ci, cat in enumerate(categories, start=1):
        for item in cat.items:
            item.id = f"{ci}.{item.id}"
    if len({it.id for it in items}) != len(items):
        for ci, cat in enumerate(categories, start=1):
            for ii, item in enumerate(cat.items, start=1):
                item.id = f"{ci}.{ii}"


def _fmt(x: float) -> str:
    return f"{x:g}"


def _scoring_to_read(text: str, scoring: str) -> str:
    """The scoring rules of an item: its scoring column, and before them a rule printed in brackets in its content
    cell ("任期届满按期换届（未按期换届的扣2分）") that the column does not print too. The item keeps both as printed."""
    if not scoring.strip():
        return scoring  # the inference reads rules printed inside the words itself
    inside = [r.strip(" ，,。；;") for r in _BRACKETED_RE.findall(text)
              if SCORING_RULE.search(r) and _squash(r.strip(" ，,。；;")) not in _squash(scoring)]
    return "；".join(inside) + "；\n" + scoring if inside else scoring


def understand_item(item: Item) -> list[str]:
    """Fill an imported item's requirements, linked scoring rules and filing words from its own words; returns
    what the user should look at (Chinese), empty when the reading is plain."""
    found = infer_item(item.text, _scoring_to_read(item.text, item.scoring), item.points, evidence=item.evidence,
                       name=item.name)
    item.requirements = found.requirements
    item.deductions = found.deductions
    item.keywords = found.keywords
    item.typical_evidence = found.typical_evidence
    return found.unsure


def _settle_bonuses(draft: _Draft) -> None:
    """Bonus rows printed with points ("二、加分项（5分）" over rows of 3 and 2 points) are awarded beyond the total:
    imported at 0 with a note, their section's points left out, unless the printed total counts them (a 积分制
    table's 基础积分 80 and 加分项 20 make its 合计 of 100; with no 合计 row, a total of 100)."""
    if not draft.bonus_rows:
        return
    whole = sum(it.points for cat in draft.categories for it in cat.items)
    counted = draft.printed_total if draft.printed_total is not None else 100.0
    if abs(whole - counted) < 1e-6:
        return
    for item, note in draft.bonus_rows:
        item.points = 0.0
        draft.notes.append(note)
    for cat in draft.categories:
        if _BONUS_SECTION_RE.match(cat.name):
            draft.printed[cat.name] = None


def _finish_categories(draft: _Draft) -> list[Category]:
    categories: list[Category] = []
    for i, cat in enumerate(draft.categories):
        printed = draft.printed.get(cat.name)
        if not cat.items:
            if printed is None:
                continue  # a stray label without items or points
            after = draft.categories[i + 1:]
            if after and all(c.items for c in after) and \
                    abs(printed - sum(it.points for c in after for it in c.items)) < 1e-6:
                continue  # "一、基础分（100分）" over the categories below it: a heading, not a category
            cat.points = printed
            cat.detailed = False
            cat.note = "原表只给出类别分值，没有具体评分项。"
        else:
            total = sum(it.points for it in cat.items)
            cat.points = total
            # 加分项 rows read at 0 points are awarded by the inspectors beyond the total
            cat.bonus = bool(_BONUS_SECTION_RE.match(cat.name)) and not total
            if printed is not None and abs(printed - total) > 1e-6:
                cat.note = f"原表类别分值为 {_fmt(printed)} 分，与各项标准分合计 {_fmt(total)} 分不符，已按合计计，请核对。"
        categories.append(cat)
    return categories


# ---------------------------------------------------------------- choosing the table


def _groups(grids: list[_Grid], is_word: bool) -> list[list[tuple[_Grid, _Header, int]]]:
    """Runs of tables that form one scoring table: a table with a header, then Word tables that continue it
    (the same header repeated, or no header, the same width and nothing but blank paragraphs between)."""
    groups: list[list[tuple[_Grid, _Header, int]]] = []
    previous: _Header | None = None
    previous_width = -1
    for grid in grids:
        header = _find_header(grid)
        width = max((len(r) for r in grid.rows), default=0)
        if header is not None:
            if is_word and groups and previous is not None and header.signature == previous.signature:
                groups[-1].append((grid, header, header.row + 1))
            else:
                groups.append([(grid, header, header.row + 1)])
            previous, previous_width = header, width
        elif is_word and previous is not None and grid.follows_previous and width == previous_width and grid.rows:
            groups[-1].append((grid, _Header(-1, previous.columns), 0))
        else:
            previous, previous_width = None, -1
    return groups


def _looked_for() -> str:
    return "；".join(f"{label}（{'、'.join(HEADER_WORDS[role])}）" for role, label in
                    (("text", "内容"), ("points", "标准分"), ("category", "项目"), ("id", "序号"),
                     ("scoring", "评分标准"), ("method", "考核方式")))


def import_rubric(path: Path, rubric_id: str | None = None, title: str | None = None,
                  limits: Limits | None = None) -> Rubric:
    """Read the scoring table of a .docx/.xlsx (or, through LibreOffice, .doc/.wps/.et) file into a draft points Rubric (validated), or raise ImportFailed.

    `rubric_id` defaults to an ASCII slug of the file stem ("imported" when it has none), `title` to the title
    printed above the table (or the file stem). `limits` (file size, ZIP members/size/ratio) default to Limits().
    """
    path = Path(path)
    limits = limits or Limits()
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFailed(f"文件 {path.name} 是旧版 Excel 格式，仅支持 .docx、.doc、.wps、.xlsx 和 .et。",
                           remedy="请用 Excel 或 WPS 打开后“另存为” .xlsx 格式，再导入。")
    if suffix not in (".docx", ".xlsx", *LEGACY_FORMATS):
        raise ImportFailed(f"不支持的文件格式「{path.suffix or '无扩展名'}」（{path.name}）："
                           "仅支持 .docx、.doc、.wps、.xlsx 和 .et。",
                           remedy="请把评分表保存为 Word（.docx）或 Excel（.xlsx）文件后再导入。")
    with tempfile.TemporaryDirectory(prefix="taizhang-import-") as tmp:
        readable = _converted(path, LEGACY_FORMATS[suffix], limits, Path(tmp)) if suffix in LEGACY_FORMATS else path
        _check_package(readable, limits)
        is_word = readable.suffix.lower() == ".docx"
        grids = _read_docx(readable) if is_word else _read_xlsx(readable)

    groups = _groups(grids, is_word)
    if not groups:
        raise ImportFailed(
            f"在文件 {path.name} 中没有找到评分表：没有哪张表格的表头同时含有“内容”和“标准分”两类列名。"
            f"查找的表头文字：{_looked_for()}。")
    # The scoring table is the run with the most rows (a small summary table may also carry a header).
    group = max(groups, key=lambda g: sum(len(grid.rows) - first for grid, _, first in g))

    draft = _Draft()
    for grid, header, first in group:
        _add_rows(draft, grid, header, first, f"文件 {path.name} 的")
    last_grid = group[-1][0]
    # A small table of bonus rows printed after the scoring table (序号 | 加分内容 | 最高加分 | 加分标准): its rows
    # are the 加分项, awarded beyond the total.
    after_table = next(i for i, g in enumerate(grids) if g is last_grid) + 1
    for grid in grids[after_table:]:
        bonus_columns = _bonus_header(_row_values(grid.rows[0]), grid.rows[0]) if grid.rows else None
        if bonus_columns is not None:
            draft.category(BONUS_CATEGORY, None)
            _add_rows(draft, grid, _Header(0, bonus_columns), 1, f"文件 {path.name} 的")
    # Paragraphs under the table (the 一票否决 list, a 说明) are the table's remarks, kept like a 备注 row.
    draft.notes += [f"原表备注：{_REMARK_HEAD_RE.sub('', line)}" for line in last_grid.below
                    if not _FORM_LINE_RE.search(line)]
    _settle_bonuses(draft)
    categories = _finish_categories(draft)
    if not any(cat.items for cat in categories):
        first_grid = group[0][0]
        raise ImportFailed(f"文件 {path.name} 的{first_grid.label}有表头，但下面没有任何评分项（带标准分的行）。",
                           remedy="请确认评分项写在表头下方的各行中，每行都有考核内容和标准分。")
    _assign_ids(categories, draft.missing_ids)
    # The bonus rules of a 加分标准 column, by the items' final ids (they award points beyond the total).
    bonus_notes = [f"第{item.id}项的加分标准（加分由考核组认定，不计入标准分）：{rule}" for item, rule in draft.bonuses]
    unsure: list[str] = []
    for cat in categories:
        for item in cat.items:
            unsure += [f"第{item.id}项：{note}" for note in understand_item(item)]

    first_grid, first_header, _ = group[0]
    candidates = _lines_above(grids, first_grid) + _title_rows(first_grid.rows[:max(first_header.row, 0)])
    found_title = _pick_title(candidates)
    rubric_title = (title or "").strip() or found_title or path.stem
    year_match = _YEAR_RE.search(rubric_title)
    rubric = Rubric(
        id=(rubric_id or "").strip() or _slug(path.stem),
        title=rubric_title,
        source=path.name,
        kind="points",
        total=sum(cat.points for cat in categories),
        year=int(year_match.group(1)) if year_match else None,
        notes="\n".join(["由 taizhang 从原表导入：各项的核查要求和扣分规则按原文推断（source 为所依据的原文），"
                         "请逐项核对；改正后重新导入同一张表时，改过的项会保留。", *draft.notes, *bonus_notes, *unsure]),
        categories=categories,
    )
    rubric.imported = {item.id: fingerprint(item) for item in rubric.items()}
    try:
        rubric_from_data(rubric_to_data(rubric), path.name)
    except RubricError as exc:  # a bug here, not the user's: still say what is wrong
        raise ImportFailed(f"从文件 {path.name} 导入的评分表未通过检查：\n" + "\n".join(exc.problems),
                           remedy="请把原表和以上提示反馈给开发者；也可手工整理原表后再导入。") from exc
    return rubric


# ---------------------------------------------------------------- what the import understood

TYPE_LABELS = {"count": "次数", "window": "时间节点", "rate": "比例", "ledger": "党费台帐", "roster": "班子结构",
               "doc": "材料", "photo": "照片", "duration": "时长", "judgement": "考核组判断"}


def _rule_how(ded) -> str:
    if ded.discretionary:
        return "酌情扣分（考核组决定，自评不估算）"
    if ded.bands:  # a rate's bands in percent, an amount's in its unit (万元)
        show = (lambda v: f"{v:g}{ded.unit}") if ded.amount_bands else (lambda v: f"{v * 100:g}%")
        head = "按金额分档得分（考核组核定，自评不估算）：" if ded.amount_bands else "按比例分档得分："
        return head + "，".join(
            (f"{show(b.high)}以下" if b.low == 0 and b.high is not None else
             f"{show(b.low)}{'以上' if b.high is None else f'～{show(b.high)}'}") + f"得{b.score:g}分"
            for b in ded.bands)
    if ded.per_unit is not None and ded.step and ded.unit not in (None, "百分点"):
        how = f"每缺{ded.step:g}{ded.unit}扣{ded.per_unit:g}分"  # "每少10人次扣0.2分": steps of its own unit
    elif ded.per_unit is not None and ded.step:
        how = f"每低{ded.step:g}个百分点扣{ded.per_unit:g}分（按差距折算）"
    elif ded.per_unit is not None:
        how = f"每缺1{ded.unit or '次'}扣{ded.per_unit:g}分"
    elif ded.points_min is not None:
        how = f"扣{ded.points_min:g}～{ded.points:g}分（按{ded.points:g}分估算）"
    else:
        how = f"扣{ded.points:g}分"
    return how + (f"，最多扣{ded.cap:g}分" if ded.cap is not None else "")


def understanding(rubric: Rubric) -> list[dict]:
    """Item by item, what the rubric checks and from which words: the `rubric import --json` items."""
    out = []
    for cat in rubric.categories:
        for item in cat.items:
            reqs = [r for r in item.requirements if r.type != "judgement"]
            judgement = next((r for r in item.requirements if r.type == "judgement"), None)
            unsure = []
            if any(r.description == IMPORTED_REQUIREMENT for r in item.requirements):
                unsure.append("仍是早先导入的占位要求，没有可核查的内容")
            unsure += doubts(item.text, item.requirements, item.deductions)
            out.append({
                "id": item.id, "category": cat.name, "name": item.name, "text": item.text, "points": item.points,
                "requirements": [{"id": r.id, "type": r.type, "label": TYPE_LABELS[r.type],
                                  "description": r.description, "source": r.source, "onsite": r.onsite}
                                 for r in reqs],
                "judgement": judgement.description if judgement else None,
                "deductions": [{"text": d.text, "how": _rule_how(d), "requirements": d.requirement_ids()}
                               for d in item.deductions],
                "unsure": unsure,
            })
    return out


def _item_data(item: Item) -> dict:
    data = rubric_to_data(Rubric(id="x", title="x", source="x", kind="points", total=item.points,
                                 categories=[Category(name="x", points=item.points, items=[item])]))
    return data["categories"][0]["items"][0]


@dataclass
class Merge:
    """A re-import over a rubric file the user may have corrected."""

    kept: list[str] = field(default_factory=list)  # corrected by the user, printed text unchanged: kept as corrected
    changed: list[str] = field(default_factory=list)  # printed text or reading differs from the file
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def fingerprint(item: Item) -> str:
    """A short hash of an item as imported: a later file whose item differs from it was corrected by hand."""
    import hashlib
    import json

    data = json.dumps(_item_data(item), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def merge_corrections(new: Rubric, old: Rubric) -> Merge:
    """Keep, in `new`, every item the user corrected in `old` whose printed text and scoring are unchanged (a
    correction: the item differs from what the import wrote for it, recorded in `old.imported`; without that
    record, from what the import reads from the same text today); report what else changes."""
    import copy

    result = Merge()
    old_items = {it.id: it for it in old.items()}
    new_ids = {it.id for it in new.items()}
    for item in new.items():
        before = old_items.get(item.id)
        if before is None:
            result.added.append(item.id)
            continue
        if (before.name, before.text, before.scoring, before.points, before.evidence) != \
                (item.name, item.text, item.scoring, item.points, item.evidence):
            result.changed.append(item.id)
            continue
        if item.id in old.imported:
            corrected = fingerprint(before) != old.imported[item.id]
        else:
            as_read = copy.deepcopy(before)
            understand_item(as_read)
            corrected = _item_data(as_read) != _item_data(before)
        if corrected:
            for name in ("requirements", "deductions", "keywords", "typical_evidence", "method"):
                setattr(item, name, copy.deepcopy(getattr(before, name)))
            result.kept.append(item.id)
            new.imported[item.id] = old.imported.get(item.id, fingerprint(item))
        elif _item_data(before) != _item_data(item):
            result.changed.append(item.id)
    result.removed = [i for i in old_items if i not in new_ids]
    return result
