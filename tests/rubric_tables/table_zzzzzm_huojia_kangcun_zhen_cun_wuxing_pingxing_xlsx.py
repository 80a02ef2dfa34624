"""亢村镇党委2025年度村党支部“五星”评定评分表 (.xlsx), as the 镇党委 of 亢村镇 in 获嘉县 of 新乡 in 河南 (its 党建办 with the 农业农村服务中心, the
经管站, the 综治中心, the 生态环境 所 and the 镇纪委, an 评星组 going from 村 to 村 over the flat 豫北 plain in the middle of December, when the 冬小麦
is green under the frost, the 秸秆 of the autumn are baled along the 机耕路, the 大蒜 and 山药 are sold at the 集 and the 村 are painting the 星级 plaques
for the 年终 评星 大会) scores each 村党支部 on the five stars of the “五星”支部 creation: a sheet whose 评星条件 prints what the 村 must have done for each
star, whose 评分标准 takes points off one clause at a time (scoring the 经营性收入 in bands of 万元 and the 年底 满意率 in bands) and whose 佐证材料 names
the papers the 评星组 asks to see: 支部过硬星 (the 书记's 5天, the 35周岁以下 and 高中以上 成员 and the 履职; the “三会一课”, the 主题党日 on the 10th, the
组织生活会 and the 民主评议; 党费 按月 with a quarterly 公示, one 35周岁以下 发展 every two years and the 标识、制度、设施), 产业兴旺星 (the 经营性收入 in
bands of 万元; the 合作社 or 项目, three 致富带头人 and two 帮带 农户 each; the 资产台账, a yearly 清产核资, a monthly 财务 公开 and a "本项不得分"),
生态宜居星 (a monthly 清洁家园, the 卫生厕所 普及率, the 垃圾分类 覆盖 and the 排名; the 党员责任区, the 挂牌率, a quarterly “美丽庭院” 评选, its 公示 and the
“三包”; the 秸秆禁烧 巡查, its 记录, the 火点 and a "本项不得分"), 平安法治星 (a monthly 排查, the 调解成功率, the 法律顾问 and a quarterly 法治宣传; the
网格员, the 走访, the 越级上访 and a "本项不得分"; the “四议两公开”, the 议事记录 and a quarterly 监督检查) and 文明幸福星 (the 村规民约, the 红白理事会,
the 简办率, a yearly 评选 and its 公示; two 文明实践 活动 a month, the 志愿服务队 and a quarterly 志愿服务; the 年底 满意率 in bands).

A merged title row, a merged "评星对象：亢村镇各行政村党支部" line and a merged "村名：    评星组：    评星日期：" line above the header 星级 | 序号 |
评星条件 | 分值 | 评分标准 | 佐证材料. The stars are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND
line, "支部过硬星\\n（20分）"; 序号 (SECOND column) RESTARTS at 1 under every star (ids "1.1" … "5.3"); there is no short sub-label. 评星条件
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined
by "、". A 合计 row of 100 closes the scored rows. UNDER it the 一票否决 cases printed apart: a "一票否决事项" cell merged down the first column beside four
rows with a 序号, the case, NO points and "实行一票否决，取消当年评星资格" (not in `sections`: README, left out of the labels). A merged 说明 row closes the
sheet (its star rule: a star is given when that star scores 16 of its 20). Counts in figures and Chinese numerals, nearly all in the 评星条件 ("年内…不少于
5天", "35周岁以下的不少于1名", "高中（中专）及以上学历的不少于3名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"每月10日", "每年召开一次", "按月", "每季度公示一次", "每两年至少发展1名", "10万元以上", "不少于1个", "不少于3名", "每人不少于2户", "每年开展一次",
"每月公开一次", "每月开展一次", "百分之九十以上", "100%", "100%", "每季度开展一次", "全年", "每月开展一次", "95%以上", "每季度开展一次", "每季度至少开展
一次", "百分之九十以上", "每年…不少于1次", "每月…不少于2次", "每季度开展一次", "年底", "百分之九十以上"); "最高扣" caps; bands of the 经营性收入 in
万元 (all 8 points, closed by "5万元以下的不得分") and of the 年底 满意率 (all 7, closed by "85%以下的不得分"); "每低5个百分点" twice and "每低1个
百分点" once; "酌情扣1-3分" once and "酌情扣0.5-1分" once; three "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 评星条件, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzm_huojia_kangcun_zhen_cun_wuxing_pingxing_xlsx",
    fmt="xlsx",
    title="亢村镇党委2025年度村党支部“五星”评定评分表",
    numbering="restart",
    sections=(
        Section("支部过硬星", "支部过硬星\n（20分）", 20, (
            _row("村党支部书记政治过硬、带富能力强，年内参加县级以上集中培训不少于5天；村“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上"
                 "学历的不少于3名。", 7,
                 "书记培训不足5天的扣1分；班子成员年龄、学历结构不达标的，每少1名扣1分，最高扣2分；书记履职不力、群众反映强烈的，酌情扣1-3分。",
                 "培训证明、班子成员名册"),
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月10日开展主题党日；每年"
                 "召开一次组织生活会，开展民主评议党员。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分，最高扣2分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分。",
                 "会议记录、签到表、主题党日照片"),
            _row("党员按月交纳党费，收缴情况每季度公示一次；每两年至少发展1名35周岁以下党员；村党群服务中心有标识、有制度、有设施。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；两年内未发展35周岁以下党员的扣1.5分；标识、制度、设施每缺一项扣"
                 "0.5分。",
                 "党费收缴台账、发展党员档案、阵地照片"),
        )),
        Section("产业兴旺星", "产业兴旺星\n（20分）", 20, (
            _row("村集体经济年经营性收入达到10万元以上。", 8,
                 "年经营性收入20万元以上的得8分，10万元（含）—20万元的得6分，5万元（含）—10万元的得3分，5万元以下的不得分。",
                 "村集体经济收入统计报表、会计账簿"),
            _row("村党支部领办创办合作社或引进产业项目不少于1个；培育致富带头人不少于3名，党员致富带头人每人结对帮带农户不少于2户。", 6,
                 "无合作社或产业项目的扣2分；致富带头人每少1名扣0.5分；结对帮带不足2户的，每人扣0.2分，最高扣1分。",
                 "合作社登记材料、帮带台账"),
            _row("集体“三资”管理规范，建立集体资产台账，每年开展一次清产核资；村级财务每月公开一次。", 6,
                 "无集体资产台账的扣1分；未开展清产核资的扣1.5分；财务公开每少1次扣0.3分，最高扣2分；发生侵占、挪用集体资金问题的，本项不得分。",
                 "资产台账、财务公开照片"),
        )),
        Section("生态宜居星", "生态宜居星\n（20分）", 20, (
            _row("人居环境整治常态化，每月开展一次“党员带头清洁家园”活动；农户卫生厕所普及率达到百分之九十以上；生活垃圾分类覆盖率100%。", 8,
                 "清洁家园活动每少1次扣0.5分，最高扣3分；卫生厕所普及率每低5个百分点扣1分，最高扣2分；垃圾分类未全覆盖的扣1分；镇月度人居环境检查排名"
                 "后三位的，每次扣0.5分，最高扣2分。",
                 "活动记录、活动照片"),
            _row("设立党员责任区，落实党员户门前“三包”，党员户挂牌率100%；每季度开展一次“美丽庭院”评选，评选结果张榜公示。", 6,
                 "未设立党员责任区的扣1分；挂牌率低于100%的扣0.5分；评选每少1次扣0.5分；评选结果未公示的扣0.5分；党员户门前“三包”不落实的，每户扣"
                 "0.2分，最高扣1分。",
                 "责任区分布图、评选公示照片"),
            _row("秸秆禁烧期间，组织党员分片包干开展巡查；全年未发生秸秆焚烧火点和重大环境污染事件。", 6,
                 "未组织党员巡查的扣2分；巡查记录不全的，酌情扣0.5-1分；被卫星遥感监测发现火点的，每个扣2分；发生重大环境污染事件的，本项不得分。",
                 "巡查值班表、巡查记录"),
        )),
        Section("平安法治星", "平安法治星\n（20分）", 20, (
            _row("每月开展一次矛盾纠纷排查，调解成功率达到95%以上；落实“一村一法律顾问”，每季度开展一次法治宣传。", 7,
                 "排查每少1次扣0.3分，最高扣2分；调解成功率每低1个百分点扣0.2分，最高扣2分；未落实法律顾问的扣1分；法治宣传每少1次扣0.5分。",
                 "排查台账、调解卷宗、宣传照片"),
            _row("全村划分网格，每个网格明确1名党员网格员，网格员每季度至少开展一次入户走访；全年未发生进京赴省越级上访和重大刑事案件。", 7,
                 "网格未明确党员网格员的，每个扣0.5分；入户走访每少1次扣0.2分，最高扣2分；发生进京赴省越级上访的，每起扣2分；发生重大刑事案件的，本项"
                 "不得分。",
                 "网格划分图、走访记录"),
            _row("村级重大事项落实“四议两公开”工作法，议事记录完整；村务监督委员会每季度开展一次监督检查。", 6,
                 "重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；议事记录不完整的扣1分；监督检查每少1次扣0.5分。",
                 "“四议两公开”记录、监督检查记录"),
        )),
        Section("文明幸福星", "文明幸福星\n（20分）", 20, (
            _row("修订完善村规民约，成立红白理事会，红白事简办率达到百分之九十以上；每年开展“好媳妇”“好婆婆”等评选不少于1次，评选结果公示。", 7,
                 "村规民约未修订完善的扣1分；未成立红白理事会的扣1分；简办率每低5个百分点扣0.5分，最高扣2分；未开展评选的扣1.5分；评选结果未公示的扣"
                 "0.5分。",
                 "村规民约、红白理事会章程、评选公示照片"),
            _row("新时代文明实践站每月开展活动不少于2次；组建党员志愿服务队，每季度开展一次志愿服务。", 6,
                 "文明实践活动每少1次扣0.2分，最高扣2分；未组建党员志愿服务队的扣1分；志愿服务每少1次扣0.5分。",
                 "活动记录、志愿服务队名单、活动照片"),
            _row("年底由镇党委组织村民代表对村党支部开展群众满意度测评，满意率达到百分之九十以上。", 7,
                 "满意率95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。",
                 "测评统计表"),
        )),
    ),
)

HEADER = ["星级", "序号", "评星条件", "分值", "评分标准", "佐证材料"]
VETO_NAME = "一票否决事项"
VETO = (
    "村“两委”班子成员受到党纪政务处分或被追究刑事责任的。",
    "违反程序发展党员，或村党支部换届选举中发生拉票贿选的。",
    "发生重大安全生产事故、重大环境污染事件或造成恶劣影响的负面舆情的。",
    "村集体经济收入、评星资料弄虚作假的。",
)
VETO_RULE = "实行一票否决，取消当年评星资格"
NOTE = ("说明：1.本表由镇党委于12月中旬组织评定，党建办牵头，农业农村服务中心、经管站、综治中心、生态环境所、镇纪委参加，采取听取汇报、查阅资料、"
        "实地查看、入户走访相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.每颗星得分达到16分的授予该星，"
        "得分低于16分的不授该星；五颗星全部授予且总分90分以上的评为“五星支部”；4.村集体经营性收入以县农业农村局审定的统计年报为准；5.有一票否决事项"
        "之一的，取消当年评星资格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五星评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "评星对象：亢村镇各行政村党支部", ncols)
    xlsx_line(ws, "村名：              评星组：              评星日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, i + 1, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, case in enumerate(VETO):
        ws.append([VETO_NAME if i == 0 else None, i + 1, case, None, VETO_RULE, None])
        ws.cell(ws.max_row, 3).alignment = wrap
        ws.cell(ws.max_row, 5).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 6, 54, 6, 54, 24))
    wb.save(str(path))
