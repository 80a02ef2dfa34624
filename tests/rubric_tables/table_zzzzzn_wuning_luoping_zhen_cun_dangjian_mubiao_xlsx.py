"""中共武宁县罗坪镇委员会2025年度村党组织党建工作目标考核评分表 (.xlsx), as the 镇党委 of 罗坪镇 in 武宁县 of 九江 in 江西 (its 党建办 with the
农业综合服务中心, the 财政所 (经管), the 综治中心 and the 镇纪委, a 考核组 driving the 幕阜山 roads from 村 to 村 in the middle of December, when the
长水 runs low and clear under the stone bridges, the 茶 of the hills is pruned for the winter, the 民宿 of the 长水村 are quiet after the autumn
visitors and the 村 are sending their 年度 党建 资料 down to the 镇 in cardboard boxes) scores each 村党组织 of the 镇 on the year's 党建 目标: a sheet
whose 考核内容 prints what the 村 must have done, whose 扣分标准 takes points off one clause at a time (scoring the 经营性收入 in bands of 万元) and whose
考核方式 names only how the 考核组 checks: 班子队伍建设 (the 书记's 5天, the 35岁以下 and 高中 成员, two 后备力量 and the 考核; the 坐班值班制度, a monthly
汇报, the 年底 述职述廉 and the 满意率; the 换届, the 资格联审, the 监委会 主任 and a quarterly 监督检查), 组织生活 (the “三会一课” and the 书记's 党课; the
“主题党日+” on the 10th, the 参加率 and the 流动党员; the 组织生活会, the 对照检查材料, the 民主评议 and the 处置; a half-yearly 谈心谈话 and a quarterly
集中学习), 党员队伍 (one 35岁以下 发展 every two years, a quarterly 考察记录, the 公示 and a "本项不得分"; 党费 按月 with a quarterly 公示 and the 上缴;
the 设岗率, the 年初 承诺 and the 年底 评星定级), 发展治理 (the 经营性收入 in bands of 万元, the 增长 and a monthly 财务 公开; the “四议两公开”, the 村规民约
and a yearly 评选; a monthly 排查 and a 一票否决; a monthly 义务劳动日, the 办结率 and the 排名) and 基础保障 (the 标识、制度、台账 and the 值守; the 年初 计划,
the 半年 小结 and the 年底 总结; a quarterly 党务 公开 and the 经费使用台账).

A merged title row, a merged "考核对象：罗坪镇各村党组织" line and a merged "村党组织：    考核组：    考核日期：" line above the header 考核项目 | 序号 |
考核内容 | 分值 | 扣分标准 | 考核方式. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on ONE line,
"一、班子队伍建设（20分）"; 序号 (SECOND column) runs 1..17 through the sheet, NOT restarting; there is no short sub-label. 考核内容 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks
("查阅资料", "实地查看", "走访群众", "座谈了解", "系统核查"). A 合计 row of 100 closes the scored rows; UNDER it a 加分项 cell merged down the first column
beside two rows with a 序号, the case, a 分值 of the most that may be added and how it is added (not in `sections`: README, left out of the labels). A
merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("年内…不少于5天", "35岁以下成员不少于1名", "高中以上
学历的不少于3名", "不少于2名", "每月…汇报一次", "年底", "不低于百分之八十", "按期", "每季度至少开展一次", "支部委员会每月召开一次，党员大会每季度召开一次，
党小组会每月召开一次，党课每季度上一次", "每年讲党课不少于一次", "每月10日", "不低于百分之八十", "每年召开一次", "每半年…一次", "每季度…一次", "每两年至少
发展1名", "每季度…一次", "不少于5个工作日", "按月", "每季度公示一次", "百分之九十以上", "年初", "年底", "8万元以上", "每月公开一次", "每年…一次", "每月开展
一次", "全年", "每月开展一次", "100%", "年初", "年中", "年底", "每季度更新一次"); "最高扣" caps; bands of the 经营性收入 in 万元 (4 of the 8 points, closed
by "5万元以下的不得分"); "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" once; "酌情扣0.5—1分" once and "酌情扣1—2分" twice and "酌情扣1分"
twice; one "一票否决，本项不得分" and three other "本项不得分".
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


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 扣分标准, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzn_wuning_luoping_zhen_cun_dangjian_mubiao_xlsx",
    fmt="xlsx",
    title="中共武宁县罗坪镇委员会2025年度村党组织党建工作目标考核评分表",
    numbering="printed",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设（20分）", 20, (
            _row("村党组织书记履职尽责，年内参加县级以上培训不少于5天；村“两委”班子中35岁以下成员不少于1名，高中以上学历的不少于3名；储备村级后备"
                 "力量不少于2名。", 7,
                 "书记培训不足5天的扣1分；班子结构不达标的，每项扣1分；后备力量每少1名扣1分；书记年度考核为“基本称职”及以下的，本项不得分。",
                 "查阅资料、系统核查"),
            _row("落实村干部坐班值班制度，村“两委”成员每月向村党组织汇报一次工作；年底村干部向党员群众述职述廉并接受民主测评，测评满意率不低于百分之"
                 "八十。", 6,
                 "未落实坐班值班制度的扣1分；工作汇报每少1次扣0.2分，最高扣2分；年底未述职述廉的扣2分；测评满意率低于80%的扣1分。",
                 "查阅资料、实地查看"),
            _row("村党组织按期换届，严格落实村“两委”成员资格联审；村务监督委员会主任由村党组织班子成员担任，每季度至少开展一次监督检查。", 7,
                 "未按期换届的扣3分；资格联审不到位的扣1分；监委会主任非村党组织班子成员的扣1分；监督检查每少1次扣0.5分，最高扣2分。",
                 "查阅资料"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("落实“三会一课”制度，支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度上一次；村党组织书记每年讲党课"
                 "不少于一次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；书记未讲党课的扣2分；会议记录不完整的，酌情扣0.5—1分。",
                 "查阅资料"),
            _row("每月10日开展“主题党日+”活动，党员参加率不低于百分之八十；外出流动党员通过“线上党支部”参加。", 5,
                 "主题党日每少1次扣0.5分，最高扣3分；参加率每低5个百分点扣0.5分，最高扣1分；未组织流动党员线上参加的扣1分。",
                 "查阅资料、系统核查"),
            _row("每年召开一次组织生活会，班子成员撰写对照检查材料；开展民主评议党员，评定等次，对评为“不合格”的党员按规定稳妥处置。", 6,
                 "未召开组织生活会的扣3分；无对照检查材料的扣1分；未开展民主评议党员的扣1分；不合格党员处置不当的，酌情扣1分。",
                 "查阅资料、座谈了解"),
            _row("村党组织书记每半年与每名“两委”成员谈心谈话一次；每季度组织党员开展一次集中学习。", 6,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；集中学习每少1次扣0.5分；学习流于形式、党员反映差的，酌情扣1—2分。",
                 "查阅资料、座谈了解"),
        )),
        Section("党员队伍", "三、党员队伍（15分）", 15, (
            _row("每两年至少发展1名35岁以下党员；入党积极分子培养考察每季度记录一次；发展对象公示不少于5个工作日。", 5,
                 "两年内未发展党员的扣2分；培养考察记录每少1次扣0.2分，最高扣1分；发展对象未公示的扣1分；违规发展党员的，本项不得分并通报批评。",
                 "查阅资料"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次，党费按时足额上缴镇党委。", 4,
                 "党员未按月交纳党费的，每人次扣0.1分，最高扣2分；公示每少1次扣0.5分；党费未按时上缴的扣1分。",
                 "查阅资料、系统核查"),
            _row("开展无职党员“设岗定责”，设岗率达到百分之九十以上；年初党员公开承诺，年底开展党员评星定级。", 6,
                 "设岗率每低10个百分点扣0.5分，最高扣2分；未开展公开承诺的扣1.5分；年底未开展评星定级的扣1.5分；党员违纪违法受到处分的，每人扣1分。",
                 "查阅资料、走访群众"),
        )),
        Section("发展治理", "四、发展治理（25分）", 25, (
            _row("村集体经济年经营性收入达到8万元以上，较上年有增长；集体“三资”管理规范，村级财务每月公开一次。", 8,
                 "经营性收入15万元以上的得4分，8万元（含）—15万元的得3分，5万元（含）—8万元的得1分，5万元以下的不得分；收入未增长的扣1分；财务公开每少"
                 "1次扣0.2分，最高扣2分；发生违规违纪问题被查处的，每起扣1分。",
                 "查阅资料、系统核查"),
            _row("落实“四议两公开”工作法，村级重大事项决策全程留痕；修订完善村规民约，每年开展一次“星级文明户”评选。", 6,
                 "重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；村规民约未修订完善的扣1分；未开展评选的扣1分；决策资料不全的，酌情扣1分。",
                 "查阅资料、走访群众"),
            _row("每月开展一次矛盾纠纷排查，做到小事不出村、大事不出镇；全年未发生越级上访、群体性事件和重大安全生产事故。", 6,
                 "排查每少1次扣0.3分，最高扣2分；发生越级上访的，每起扣1分；发生群体性事件或重大安全生产事故的，一票否决，本项不得分。",
                 "查阅资料、座谈了解"),
            _row("党员带头开展人居环境整治，每月开展一次“党员义务劳动日”；村便民服务代办点群众事项办结率100%。", 5,
                 "义务劳动每少1次扣0.3分，最高扣2分；办结率每低1个百分点扣0.3分，最高扣2分；镇月度人居环境考评排名末位的，每次扣0.5分。",
                 "实地查看、系统核查"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            _row("村党群服务中心标识统一、功能完善，有制度、有台账；服务中心有专人值守。", 5,
                 "标识不统一的扣1分；制度、台账每缺一项扣1分；无专人值守的扣1分；阵地挪作他用的，本项不得分。",
                 "实地查看"),
            _row("党建工作资料分类归档，年初制定党建工作计划，年中上报半年工作小结，年底形成年度工作总结。", 5,
                 "无计划、小结或总结的，每项扣1分；资料归档不规范的，酌情扣1—2分。",
                 "查阅资料"),
            _row("党务公开栏每季度更新一次；村级组织运转经费、服务群众专项经费按规定使用，建立经费使用台账。", 5,
                 "党务公开每少1次扣0.5分，最高扣2分；无经费使用台账的扣1分；经费违规使用的，每笔扣1分，最高扣2分。",
                 "实地查看、查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "扣分标准", "考核方式"]
BONUS_NAME = "加分项"
BONUS = (
    ("村党组织被评为县级以上先进基层党组织的。", 3, "县级加1分，市级加2分，省级以上加3分。", "查阅资料"),
    ("党建工作经验做法被县级以上媒体或工作简报刊发推广的。", 2, "每篇加0.5分，最高加2分。", "查阅资料"),
)
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，党建办牵头，农业综合服务中心、财政所、综治中心参加，镇纪委派员监督，以2025年1月1日至考核之日形成"
        "的资料为准；2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.加分项最高加5分，与基本分合并计算，总分不超过105分；"
        "4.考核结果分为“好”“较好”“一般”“差”四个等次，作为村党组织书记绩效报酬发放和评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党建目标考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：罗坪镇各村党组织", ncols)
    xlsx_line(ws, "村党组织：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (case, most, rule, how) in enumerate(BONUS):
        ws.append([BONUS_NAME if i == 0 else None, i + 1, case, most, rule, how])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 64)
    xlsx_widths(ws, (14, 6, 54, 6, 54, 14))
    wb.save(str(path))
