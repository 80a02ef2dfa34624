"""中共三明市直属机关工作委员会2025年度市林业局机关党支部规范化建设台账检查评分表 (.xlsx), as the 市直机关工委 of 三明 in 福建 (its 组织科 with the
宣传科 and the 市纪委监委 派驻 纪检监察组, two 检查人 sitting at the long table of the 局 党员活动室 in early December with the 台账 boxes of the 支部 laid
out row by row, when the 沙溪 is low and clear below the 麒麟山, the 杉木 and 马尾松 of the 集体林 are being counted for the 林票 of the year, the 森林
防火 season has begun and the 局's 党员 take turns on the 护林 duty of the 林长制 巡林) checks the 台账 of the 机关党支部 of the 市林业局 one by one: a
checklist whose 台账名称 names the book, whose 记录要求 prints what it must hold and whose 扣分 takes points off one clause at a time: 组织建设类 (the 党员
花名册 with a half-yearly 核对; the 换届 档案 with its 请示、批复、选举结果报告, the 分工 公布 and the 补选; the 发展党员 台账 with one 积极分子, the 全程纪实,
the 公示 and a "本项不得分"; the 组织关系转接 台账 with the 1个月, a quarterly 联系 of the 流动党员 and no “口袋党员”), 组织生活类 (the 工作记录本 of the
“三会一课” with the 要素, the 签到 and a "本项不得分"; the 书记's two 党课, the 班子成员's 党课 and the 讲稿; the 主题党日 with a quarterly 巡林护绿 and the
照片; the 组织生活会 with the 征求意见、谈心谈话、对照检查材料, the 民主评议, the 备案 and the 整改清单; the monthly 集中学习, the “第一议题”, 32学时 and the
学时登记台账), 党员管理类 (the 党费 台账 with a yearly 核定 and a quarterly 公布; the 积分 台账 with a monthly 记录, a quarterly 公示 and the 年底 评定; the
年初 承诺, the 年底 评诺, the 报到 and four 志愿服务; the 关怀帮扶 台账 with the “七一”、春节 慰问; the “一人一档”) and 工作保障类 (the 年初 计划, the 半年
小结, the 年底 总结 and 述职; the 制度 汇编 and 上墙; a half-yearly 研判 and a monthly 专栏 信息 with a "本项不得分"; three 先锋岗, two 攻坚项目, the 项目台账
and the 年底 评估).

A merged title row, a merged "检查对象：市林业局机关党支部（下设3个党小组）" line and a merged "支部书记：…检查人：…检查日期：" line above the header 类别 |
序号 | 台账名称 | 记录要求 | 分值 | 扣分. The 类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on ONE line,
"组织建设类（20分）"; 序号 (SECOND column) RESTARTS at 1 under every 类别 (ids "1.1" … "4.4"); 台账名称 is a short name of the book on every row
(`Row.indicator`); 记录要求 (`Row.text`) says what the book must hold; 分值 is a plain number BEFORE the 扣分 (`Row.scoring`); there is no 佐证 or 考核方式
column. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 记录要求 ("每半年…一次",
"年内…不少于1名", "不少于5个工作日", "1个月内", "每季度联系一次", "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…
不少于2次", "不少于1次", "每月固定一天", "每季度至少…一次", "每年召开一次", "每月组织一次", "每年…不少于32学时", "按月", "每年核定一次", "每季度…公布一次",
"按月", "每季度公示一次", "年底", "年初", "年底", "每人每年…不少于4次", "“七一”、春节", "年初", "年中", "年底", "年底", "每半年…一次", "每月…不少于1条",
"不少于3个", "不少于2个", "年底"); "最高扣" caps; "酌情扣0.5-1分" once; three "本项不得分" (the 程序, the 补记、弄虚作假 and the 意识形态 问题).
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


def _row(book: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 记录要求, 分值, 扣分."""
    return Row(text, points, scoring, indicator=book)


TABLE = Table(
    name="zzzzzr_sanming_linyeju_jiguan_zhibu_taizhang_xlsx",
    fmt="xlsx",
    title="中共三明市直属机关工作委员会2025年度市林业局机关党支部规范化建设台账检查评分表",
    numbering="restart",
    sections=(
        Section("组织建设类", "组织建设类（20分）", 20, (
            _row("党员花名册",
                 "项目齐全（姓名、性别、出生年月、学历、入党时间、工作岗位等），与全国党员管理信息系统数据一致；每半年核对更新一次。", 4,
                 "无花名册的扣2分；信息与系统不一致的，每人扣0.2分，最高扣1分；核对更新每少1次扣0.5分。"),
            _row("换届选举档案",
                 "支部委员会任期届满按期换届，留存换届请示、市直机关工委批复、选举结果报告；支委分工在党员活动室公布；委员出缺及时补选。", 5,
                 "未按期换届的扣2分；换届材料每缺一项扣0.5分，最高扣1.5分；分工未公布的扣0.5分；委员缺额超过3个月未补选的扣1分。"),
            _row("发展党员工作台账",
                 "年内确定入党积极分子不少于1名；发展党员“全程纪实”材料按程序顺序归档；发展对象、拟接收预备党员公示不少于5个工作日，公示情况有记录。", 6,
                 "未确定入党积极分子的扣1.5分；纪实材料每缺一项扣0.5分，最高扣2分；无公示记录的扣1分；违反发展程序的，本项不得分。"),
            _row("组织关系转接台账",
                 "党员组织关系转入转出逐人登记，转出党员1个月内办结；掌握外出党员去向，每季度联系一次；无“口袋党员”。", 5,
                 "无转接台账的扣1.5分；转接不及时的，每人扣0.5分；外出党员联系每少1人次扣0.2分，最高扣1.5分；存在“口袋党员”的，每人扣1分。"),
        )),
        Section("组织生活类", "组织生活类（35分）", 35, (
            _row("“三会一课”记录",
                 "使用市直机关工委统一印制的《党支部工作记录本》，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；记录时间、"
                 "地点、主持人、出缺席、议题、发言、决议等要素齐全，参会人员本人签到。", 10,
                 "“三会一课”每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.2分，最高扣2分；无签到或代签的，每次扣0.3分，最高扣1.5分；事后补记、"
                 "弄虚作假的，本项不得分。"),
            _row("党课记录",
                 "支部书记每年讲党课不少于2次，局领导班子成员到所在支部讲党课不少于1次；留存讲稿或课件。", 4,
                 "书记讲党课每少1次扣1分；班子成员未讲党课的，每人扣0.5分，最高扣1分；无讲稿或课件的，每次扣0.5分。"),
            _row("主题党日活动记录",
                 "每月固定一天开展主题党日，记录活动主题、内容和参加人员；每季度至少开展一次“林长制”巡林护绿或进村服务林农实践活动；留存活动照片。", 7,
                 "主题党日每少1次扣0.5分，最高扣3分；实践活动每少1次扣1分；无活动照片的，每次扣0.2分，最高扣1分。"),
            _row("组织生活会和民主评议党员材料",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话，留存征求意见汇总、谈心谈话记录和对照检查材料；会后开展民主评议党员，评议结果报机关"
                 "工委备案；整改清单明确责任人和时限。", 8,
                 "未召开组织生活会的扣3分；征求意见汇总、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣2分；评议结果未备案的扣0.5分；"
                 "无整改清单的扣1分。"),
            _row("理论学习记录",
                 "每月组织一次集中学习，落实“第一议题”制度，记录主讲人、学习内容和研讨发言；党员每年参加集中学习培训不少于32学时，建立党员学时登记台账。",
                 6,
                 "集中学习每少1次扣0.5分，最高扣2分；未落实“第一议题”制度的扣1分；无学时登记台账的扣1分；学时不足的，每人扣0.2分，最高扣2分。"),
        )),
        Section("党员管理类", "党员管理类（25分）", 25, (
            _row("党费收缴使用台账",
                 "党员按月交纳党费，交纳基数每年核定一次；党费收缴、使用情况每季度在支部内公布一次；台账收支清楚、账实相符。", 6,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定交纳基数的扣1分；公布每少1次扣0.5分，最高扣2分；台账收支不清的扣1分。"),
            _row("党员积分管理台账",
                 "实行党员积分管理，按月记录党员积分，每季度公示一次积分结果；年底依据积分评定党员等次。", 5,
                 "未实行积分管理的扣2分；积分记录每缺1个月扣0.2分，最高扣1分；积分公示每少1次扣0.5分；年底未评定等次的扣1分。"),
            _row("承诺践诺和志愿服务台账",
                 "党员年初结合林业岗位作出公开承诺，年底开展践诺评诺；在职党员到居住地社区报到，每人每年参加社区志愿服务不少于4次。", 6,
                 "未开展承诺的扣1分；未开展践诺评诺的扣1分；未到社区报到的，每人扣0.5分，最高扣1.5分；志愿服务不足4次的，每人扣0.2分，最高扣2.5分。"),
            _row("关怀帮扶台账",
                 "建立困难党员、老党员关怀帮扶台账；“七一”、春节走访慰问；对受到处分、处置的党员及时谈心谈话，做好思想教育。", 4,
                 "无关怀帮扶台账的扣1分；走访慰问每少1次扣1分；谈心谈话不及时的，酌情扣0.5-1分。"),
            _row("党员档案",
                 "党员“一人一档”，基本信息、奖惩情况、民主评议结果等材料及时归档。", 4,
                 "未建立党员档案的扣2分；材料归档不及时、缺失的，每人扣0.2分，最高扣2分。"),
        )),
        Section("工作保障类", "工作保障类（20分）", 20, (
            _row("计划总结述职",
                 "年初制定支部年度工作计划，年中形成半年工作小结，年底形成年度工作总结；支部书记年底向机关工委述职，述职报告存档。", 6,
                 "缺计划、小结或总结的，每项扣1分；书记未述职的扣2分；述职报告未存档的扣1分。"),
            _row("制度汇编",
                 "建立“三会一课”、主题党日、党费收缴、谈心谈话、党员学习等支部工作制度，汇编成册；主要制度在党员活动室上墙。", 4,
                 "制度每缺一项扣0.5分，最高扣2分；未汇编成册的扣1分；未上墙的扣1分。"),
            _row("意识形态和宣传台账",
                 "落实意识形态工作责任制，每半年分析研判一次意识形态工作；在局门户网站党建专栏每月发布信息不少于1条。", 5,
                 "研判每少1次扣1分；专栏信息每少1条扣0.2分，最高扣1.5分；出现意识形态领域问题造成不良影响的，本项不得分。"),
            _row("党建业务融合台账",
                 "围绕森林防火、林长制、集体林权制度改革等中心工作设立党员先锋岗不少于3个、党员攻坚项目不少于2个，建立项目台账；年底对项目完成情况进行评估。",
                 5,
                 "先锋岗每少1个扣0.5分；攻坚项目每少1个扣1分；无项目台账的扣1分；年底未评估的扣1分。"),
        )),
    ),
)

HEADER = ["类别", "序号", "台账名称", "记录要求", "分值", "扣分"]
NOTE = ("备注：1.本表由市直机关工委于12月上旬组织检查，检查范围为2025年1月1日至检查之日形成的台账资料，以支部留存的原始记录为准；2.各项扣分以该项"
        "分值为限，扣完为止；3.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，限期一个月整改；4.检查结果纳入支部书记"
        "抓基层党建述职评议考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "检查对象：市林业局机关党支部（下设3个党小组）", ncols)
    xlsx_line(ws, "支部书记：                    检查人：                    检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 6, 16, 56, 6, 56))
    wb.save(str(path))
