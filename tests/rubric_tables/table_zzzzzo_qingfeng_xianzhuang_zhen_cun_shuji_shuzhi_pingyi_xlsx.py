"""中共清丰县仙庄镇委员会2025年度村党组织书记抓基层党建工作述职评议评分表 (.xlsx), as the 镇党委 of 仙庄镇 of 清丰县 in 濮阳 in 河南 (its 党建办 with
the 农业农村办, the 综治中心 and the 镇纪委, an 评议组 sitting in the 镇 meeting hall for the 述职评议会 at the start of January, when the 卫河 flats lie
under the first snow, the 清丰 食用菌 sheds are steaming in the cold, the 孝德 murals of the 村 walls are being repainted for the 春节 and each 村党组织书记
stands up in turn to read his 述职报告 before the 党员 and 群众代表) rates each 村党组织书记 of the 镇 on the year's 抓党建: a sheet whose 评议内容 prints
what the 书记 must have done, whose 评分细则 takes points off one clause at a time (scoring the 集体经济收入 and the 测评 满意率 in bands) and whose 评议项目
are the merged categories: 履职尽责 (the 年初 计划 and 项目清单, a quarterly 党建专题会议 and the 项目 完成; the 书记's 5天 培训 and two 党课; ten 走访 a
month, a half-yearly 走访 of the 困难党员 and the “四议两公开”), 班子建设 (the 35岁以下 and 高中 成员, the “一肩挑” and the 团结; two 后备力量 under 35, a
half-yearly 培养锻炼 and the 坐班值班制度; the 监委会主任, a quarterly 监督检查 and the 年底 述职述廉), 组织生活 (the “三会一课” with the 党小组会 every two
months and the 参会率; the 主题党日 on the 10th, the 线上党支部 and four 志愿服务; the 组织生活会, the 民主评议 and the 批评; a half-yearly 谈心谈话, 党费 按月
and a half-yearly 公示), 党员队伍 (one 发展 every two years, a quarterly 考察记录, the 公示 and a 一票否决; the 积分制管理, a quarterly 公示 and the 年底 评星
定级), 发展治理 (the 合作社 and the 经营性收入 in bands; a monthly 排查, the 越级上访, a "本项不得分" and the 人居环境 排名) and 述职评议 (the 年底 述职, the
报告 and the 整改措施; the 民主测评 满意率 in bands).

A merged title row, a merged "评议对象：全镇各村党组织书记" line and a merged "村名：    书记姓名：    评议时间：2026年1月" line above the header 序号 |
评议项目 | 评议内容 | 分值 | 评分细则 | 得分. 序号 (FIRST column, numeric cells) runs 1..16 through the sheet, NOT restarting. The 评议项目 are MERGED CELLS
down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "履职尽责（20分）"; there is no short sub-label. 评议内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 得分 is blank; there is no 佐证 or 考核方式 column. A 合计
row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 评议内容 ("年初", "每季度至少召开一次", "每年…
不少于5天或40学时", "每年…不少于2次", "每月…不少于10户", "每半年至少…一次", "35岁以下的不少于1名", "高中（中专）及以上学历的不少于3名", "35岁以下…
不少于2名", "每半年至少…一次", "每季度至少…一次", "年底", "支部委员会每月召开一次，党员大会每季度召开一次，党小组会每两个月召开一次，党课每季度一次",
"不低于百分之八十", "每月10日", "每年…不少于4次", "每年召开一次", "每半年…一次", "按月", "每半年公示一次", "每两年至少发展1名", "每季度…一次", "不少于
5个工作日", "每季度公示一次", "年底", "10万元以上", "每月开展一次", "全年", "年底", "百分之九十以上"); "最高扣" caps; bands of the 经营性收入 (6 of the 8
points, in 万元, closed by "5万元以下的不得分") and of the 满意率 (all 12 points, closed by "70%以下的不得分"); "每低5个百分点" once; "酌情扣1—2分" once,
"酌情扣2—4分" once and "酌情扣1分" once; one "一票否决，本项不得分" and three other "本项不得分".
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
    """One row in the order the sheet prints it: 评议内容, 分值, 评分细则."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzo_qingfeng_xianzhuang_zhen_cun_shuji_shuzhi_pingyi_xlsx",
    fmt="xlsx",
    title="中共清丰县仙庄镇委员会2025年度村党组织书记抓基层党建工作述职评议评分表",
    numbering="printed",
    sections=(
        Section("履职尽责", "履职尽责（20分）", 20, (
            _row("履行抓党建第一责任人职责，年初制定村党建工作计划和书记抓党建项目清单，项目按期完成；每季度至少召开一次党建专题会议研究党建工作。", 7,
                 "无年度计划的扣1分；无抓党建项目清单的扣1分；党建专题会议每少1次扣0.5分，最高扣2分；抓党建项目未按期完成的，每项扣1分，最高扣2分。"),
            _row("书记每年参加县级以上集中培训不少于5天或40学时；每年为党员讲党课不少于2次。", 5,
                 "培训时间不足的扣1分；讲党课每少1次扣1分。"),
            _row("书记带头联系服务群众，每月走访群众不少于10户，每半年至少走访一次全村困难党员和老党员；村级重大事项带头落实“四议两公开”。", 8,
                 "走访群众每少1户扣0.1分，最高扣2分；走访困难党员、老党员每少1人次扣0.2分，最高扣2分；重大事项未执行“四议两公开”的，每件扣1分，最高"
                 "扣3分。"),
        )),
        Section("班子建设", "班子建设（15分）", 15, (
            _row("村“两委”班子结构优化，成员中35岁以下的不少于1名、高中（中专）及以上学历的不少于3名；村党组织书记、村委会主任“一肩挑”；班子团结协作。",
                 5,
                 "班子结构不达标的，每项扣1分；未实行“一肩挑”的扣1分；班子不团结、内耗严重的，酌情扣1—2分。"),
            _row("建立村级后备力量库，储备35岁以下后备力量不少于2名，每半年至少开展一次培养锻炼；村干部落实坐班值班制度。", 5,
                 "后备力量每少1名扣1分；培养锻炼每少1次扣0.5分；未落实坐班值班制度的扣1分。"),
            _row("村务监督委员会主任由村党组织班子成员担任，监委会每季度至少开展一次监督检查；村干部年底向党员群众述职述廉。", 5,
                 "监委会主任非村党组织班子成员的扣1分；监督检查每少1次扣0.5分，最高扣2分；年底未述职述廉的扣2分。"),
        )),
        Section("组织生活", "组织生活（20分）", 20, (
            _row("落实“三会一课”制度，支部委员会每月召开一次，党员大会每季度召开一次，党小组会每两个月召开一次，党课每季度一次；党员参会率不低于百分之"
                 "八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录弄虚作假的，本项不得分。"),
            _row("每月10日开展主题党日活动，外出流动党员通过“线上党支部”参与；每年组织党员开展志愿服务不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未组织流动党员线上参与的扣1分；志愿服务每少1次扣0.5分。"),
            _row("每年召开一次组织生活会，书记带头开展批评和自我批评；开展民主评议党员，对评定为“不合格”的党员稳妥处置。", 4,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；书记未带头开展批评和自我批评的，酌情扣1分。"),
            _row("书记每半年与“两委”成员和党员谈心谈话一次；党员按月交纳党费，党费收缴情况每半年公示一次。", 4,
                 "谈心谈话每少1人次扣0.1分，最高扣1.5分；未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。"),
        )),
        Section("党员队伍", "党员队伍（10分）", 10, (
            _row("每两年至少发展1名党员，注重在致富能手、返乡青年中发展；入党积极分子培养考察每季度记录一次；发展对象公示不少于5个工作日。", 5,
                 "两年内未发展党员的扣2分；考察记录每少1次扣0.2分，最高扣1分；发展对象未公示的扣1分；违反程序发展党员的，一票否决，本项不得分。"),
            _row("推行农村党员积分制管理，积分每季度公示一次；年底开展党员评星定级。", 5,
                 "未推行积分制管理的扣2分；积分公示每少1次扣0.5分；年底未开展评星定级的扣1分。"),
        )),
        Section("发展治理", "发展治理（15分）", 15, (
            _row("村党组织领办合作社，发展壮大村级集体经济，年经营性收入达到10万元以上。", 8,
                 "年经营性收入30万元以上的得6分，10万元（含）—30万元的得4分，5万元（含）—10万元的得2分，5万元以下的不得分；村党组织未领办合作社的扣2分。"),
            _row("每月开展一次矛盾纠纷排查，全年未发生越级上访和群体性事件；人居环境整治在镇月度考评中不处于末位。", 7,
                 "排查每少1次扣0.5分，最高扣2分；发生越级上访的，每起扣1分；发生群体性事件的，本项不得分；人居环境月度考评排名末位的，每次扣0.5分。"),
        )),
        Section("述职评议", "述职评议（20分）", 20, (
            _row("书记年底在镇党委召开的述职评议会上现场述职，述职报告内容具体、问题查摆准确，针对问题提出整改措施。", 8,
                 "未述职的，本项不得分；述职报告内容空泛、问题查摆不准确的，酌情扣2—4分；无整改措施的扣1分。"),
            _row("述职评议会上，参会党员和群众代表对书记抓党建工作进行民主测评，满意率（“好”和“较好”票数占比）达到百分之九十以上。", 12,
                 "满意率95%以上的得12分，90%（含）—95%的得10分，80%（含）—90%的得7分，70%（含）—80%的得4分，70%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "评议项目", "评议内容", "分值", "评分细则", "得分"]
NOTE = ("说明：1.本表由镇党委于2026年1月上旬在村党组织书记抓基层党建工作述职评议会上使用，镇党委班子成员、镇直站所负责人、各村党员和群众代表参加"
        "评议，述职评议部分现场测评、当场统计，其他部分由镇党建办会同农业农村办、综治中心查阅资料、实地核查后计分；2.各项扣分以该项分值为限，扣完为止；"
        "评分细则列明得分档次的，按档次计分；3.评议结果分为“好”“较好”“一般”“差”四个等次，90分以上为“好”，75分以下为“差”，评议结果作为村党组织书记"
        "绩效报酬和评先评优的重要依据，评为“差”的由镇党委书记约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "书记述职评议"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "评议对象：全镇各村党组织书记", ncols)
    xlsx_line(ws, "村名：                书记姓名：                评议时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 14, 56, 6, 58, 8))
    wb.save(str(path))
