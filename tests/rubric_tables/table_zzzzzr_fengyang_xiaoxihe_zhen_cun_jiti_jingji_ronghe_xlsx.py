"""中共凤阳县小溪河镇委员会2025年度村党组织抓党建促村级集体经济发展考核评分表 (.xlsx), as the 镇党委 of 小溪河镇 in 凤阳 in 滁州 in 安徽 (its
组织委员 and 党建办 with the 镇 农经站（“三资”服务中心）, the 财政所, the 乡村振兴办 and the 镇纪委, a 考核组 going round the 村 in the middle of
December, when the 小岗村 “大包干” 纪念馆 is full of 研学 groups in red scarves, the 稻虾共作 fields are drained for the winter, the 葡萄 greenhouses
are being pruned, the 凤阳 花鼓 troupes are rehearsing for the 春节 and the 村 accountants are closing the year's books for the 农经 年报) scores each 村
党总支（党支部） on the 村级集体经济 it runs and the 党建 that leads it: a sheet whose 考核指标 prints what the 村 must have reached or done and whose 计分方法
gives bands for the amounts and the rates and takes points off one clause at a time: 集体经济发展 (the 经营性收入 in bands of 万元; the 增长率 in bands;
the 合作社, one 产业项目, the “四议两公开” and the 闲置; the 资产台账, the 盘活率 and the 审核备案 of the 合同; the monthly 记账, a quarterly 财务公开, the
债务 per 万元 and a "本项不得分"; the 分配方案, the 村民代表会议, its 公示 and a yearly 分红), 党建引领 (two 致富带头人, the 书记's 3天 and the 目标; the
“三会一课” with a quarterly 专题研究 of the 集体经济 and the 记录; the 主题党日, four 技术培训, 200人次 and the 签到、照片; the 组织生活会, the 民主评议,
the 年初 承诺 and the 年底 评诺; the 示范户、责任区, three 农户 each and two 实体; one 积极分子, two 后备力量 and the 程序; 党费 按月 and a quarterly 党务、村务
公开) and 监督保障 (a quarterly 监督检查, its 报告 and the 监督率; the 激励办法, the 奖励资金, the 年初 计划 and the 年底 总结; a deduction-only line on the
招投标 and the 侵占挪用 with a 一票否决; the 年底 满意率 in bands).

A merged title row and a merged "考核对象：全镇各村党总支（党支部）" line above the header 序号 | 考核项目 | 考核指标 | 分值 | 计分方法. 序号 (FIRST column)
runs 1..17 through the scored rows. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on a SECOND line,
"一、集体经济发展\\n（40分）"; there is no short sub-label. 考核指标 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法
(`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER it a "加分项\\n（最高5分）" cell merged down the second
column beside two rows with NO 序号, each with its 分值 of its most and its 计分方法 (not in `sections`: README, a bonus category, left out of the labels).
A merged 说明 row closes the sheet (its 农经统计年报 says where the amounts and the 增长率 are read). Counts, amounts and rates in figures and Chinese
numerals, nearly all in the 考核指标 ("30万元以上", "百分之十以上", "年内…不少于1个", "百分之八十以上", "每月", "每季度…公开一次", "年内…一次", "不少于2名",
"年内…不少于3天", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每季度至少…1次", "每月开展一次", "全年…不少于4期",
"不少于200人次", "每年召开一次", "年初", "年底", "不少于3户", "不少于2个", "年内…不少于1名", "不少于2名", "按月", "每季度公开一次", "每季度…一次", "100%",
"年初", "年底", "年底", "百分之八十五以上"); bands of the 经营性收入 in 万元 (all 10 points, closed by "10万元以下的不得分"), of the 增长率 (all 6, closed by
"负增长的不得分") and of the 年底 满意率 (all 6, closed by "75%以下的不得分"); "最高扣" caps; "每低10个百分点" once and "每低5个百分点" once; "每万元" once;
"每少20人次" once; "酌情扣1-2分" twice and "酌情扣0.5-1分" once; one "实行一票否决，本项不得分" and two plain "本项不得分"; one line is deduction-only.
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


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 分值, 计分方法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzr_fengyang_xiaoxihe_zhen_cun_jiti_jingji_ronghe_xlsx",
    fmt="xlsx",
    title="中共凤阳县小溪河镇委员会2025年度村党组织抓党建促村级集体经济发展考核评分表",
    numbering="printed",
    sections=(
        Section("集体经济发展", "一、集体经济发展\n（40分）", 40, (
            _row("村集体年经营性收入达到30万元以上。", 10,
                 "经营性收入50万元以上的得10分，30万元（含）—50万元的得8分，20万元（含）—30万元的得6分，10万元（含）—20万元的得3分，10万元以下的不得分。"),
            _row("村集体经营性收入较上年增长百分之十以上。", 6,
                 "增长率15%以上的得6分，10%（含）—15%的得5分，5%（含）—10%的得3分，0—5%的得1分，负增长的不得分。"),
            _row("村党组织领办土地股份合作社或劳务、农机等服务类合作社；依托稻虾共作、葡萄种植、红色研学等，年内新建或提升集体经济产业项目不少于1个；"
                 "项目经“四议两公开”程序决策。", 8,
                 "未领办合作社的扣3分；产业项目未建成的扣3分；项目决策未履行“四议两公开”程序的，每个扣1分，最高扣2分；项目闲置、亏损的，酌情扣1-2分。"),
            _row("开展村集体资产资源清查，建立资产台账；闲置资产盘活率达到百分之八十以上；资产发包、租赁合同经镇“三资”服务中心审核备案。", 6,
                 "无资产台账的扣2分；盘活率每低10个百分点扣1分，最高扣2分；合同未审核备案的，每份扣0.5分，最高扣2分。"),
            _row("村集体财务收支每月记账，每季度在村务公开栏公开一次；落实村级“小微权力”清单；年内无新增村级债务、无违规举债。", 6,
                 "财务公开每少1次扣1分；记账不及时的扣1分；新增村级债务的，每万元扣0.2分，最高扣2分；违规举债被通报的，本项不得分。"),
            _row("集体经济收益按规定提取公积公益金，收益分配方案经村民代表会议讨论通过并公示；年内开展一次收益分红或将收益用于村内公益事业。", 4,
                 "分配方案未经村民代表会议讨论的扣1分；分配方案未公示的扣1分；未开展分红或公益投入的扣2分。"),
        )),
        Section("党建引领", "二、党建引领\n（35分）", 35, (
            _row("村党组织书记牵头抓集体经济，“两委”班子成员中致富带头人不少于2名；书记年内参加县级以上集体经济专题培训不少于3天。", 5,
                 "致富带头人每少1名扣1分；书记参训不足3天的扣1.5分；书记抓集体经济不力、年度目标未完成的，酌情扣1-2分。"),
            _row("严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每季度至少召开1次支部委员会"
                 "专题研究集体经济发展。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；专题研究每少1次扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。"),
            _row("每月开展一次主题党日，结合产业发展开展“田间课堂”；全年组织党员群众开展稻虾养殖、葡萄栽培等实用技术培训不少于4期，培训不少于200人次。",
                 6,
                 "主题党日每少1次扣0.3分，最高扣2分；技术培训每少1期扣0.5分；培训人次每少20人次扣0.2分，最高扣1分；活动无签到、无照片的，每次扣0.2分，"
                 "最高扣1分。"),
            _row("每年召开一次组织生活会，开展民主评议党员；年初党员围绕集体经济发展作出公开承诺，年底开展践诺评诺。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展承诺的扣1分；未开展践诺评诺的扣1分。"),
            _row("设立党员示范户、党员责任区；每名有劳动能力的农村党员联系带动农户不少于3户；党员致富带头人领办创办经济实体不少于2个。", 5,
                 "未设立党员示范户、责任区的扣1分；联系农户不足3户的，每人扣0.1分，最高扣2分；领办创办实体每少1个扣1分。"),
            _row("年内培养入党积极分子不少于1名，注重从返乡创业青年、合作社带头人中培养；储备村级后备力量不少于2名。", 4,
                 "未培养入党积极分子的扣1.5分；后备力量每少1名扣1分；发展程序不规范的，本项不得分。"),
            _row("党员按月交纳党费；党务、村务每季度公开一次，集体经济重大事项随时公开。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党务、村务公开每少1次扣0.5分，最高扣2分；公开内容不真实的扣1分。"),
        )),
        Section("监督保障", "三、监督保障\n（25分）", 25, (
            _row("村务监督委员会对集体经济项目、资金使用每季度开展一次监督检查，检查情况向村党组织报告；村级重大事项监督率达到100%。", 6,
                 "监督检查每少1次扣1分；检查情况未报告的扣1分；监督率每低5个百分点扣0.5分，最高扣2分。"),
            _row("制定村集体经济发展激励办法，经营净收益增量部分按规定提取奖励资金；年初制定集体经济发展计划，年底形成工作总结报镇党委。", 6,
                 "无激励办法的扣1.5分；奖励资金未按规定程序发放的扣1.5分；缺计划或总结的，每项扣1.5分。"),
            _row("集体经济项目招投标、工程发包执行镇村小额工程管理规定；无侵占挪用集体资产、优亲厚友等问题（本项为扣分项）。", 7,
                 "招投标、发包不规范的，每个项目扣1分，最高扣3分；村干部因集体资产问题受到党纪政务处分的，每人扣3分；发生侵占挪用集体资产问题的，实行"
                 "一票否决，本项不得分。"),
            _row("年底组织党员、群众代表对村集体经济发展成效开展满意度测评，满意率达到百分之八十五以上。", 6,
                 "满意率95%以上的得6分，85%（含）—95%的得4分，75%（含）—85%的得2分，75%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "分值", "计分方法"]
BONUS_NAME = "加分项\n（最高5分）"
BONUS = (
    ("村集体年经营性收入首次突破100万元的。", 2, "加2分。"),
    ("村获评省级以上“强村富民”示范村，或集体经济发展经验在市级以上会议交流推广的。", 3, "每项加1.5分，最高加3分。"),
)
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，党建办牵头，农经站（“三资”服务中心）、财政所、乡村振兴办参加，镇纪委派员监督；2.村集体经营性"
        "收入、增长率以县农业农村局农经统计年报（截至2025年11月30日）数据为准；3.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次"
        "计分；4.考核得分与村干部绩效报酬和村级集体经济发展奖补资金挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集体经济考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各村党总支（党支部）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([number, s.printed if row is s.rows[0] else None, row.text, row.points, row.scoring])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, most, scoring) in enumerate(BONUS):
        ws.append([None, BONUS_NAME if i == 0 else None, text, most, scoring])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 4).alignment = center
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 14, 56, 6, 60))
    wb.save(str(path))
