"""东方汽轮机有限公司叶片分厂党总支2025年度工段党支部工作考核评分表 (.xlsx), as the 党总支 of the 叶片分厂 of the 东方汽轮机 works in 四川 德阳
(its 党群办 with the 生产计划科, the 质量科, the 安全环保科, the 技术科 and the 纪检委员, a 考核组 walking the long 厂房 of the 叶片 lines in the second
half of December, when the 龙门山 stands white behind the 八角 works, the 汽轮机 and 燃机 叶片 of the year's last orders are being 检测 and packed and the
workers still tell of the 2008 earthquake that broke the old 汉旺 plant) scores the 党支部 of the 工段: the 精铣 工段 whose 数控 lines run in 三班倒, the
抛光 工段, the 检测 工段 with its 三坐标 machines, the 装配 工段: a sheet of 一级指标 and 二级指标 whose 考核要点 prints what the 支部 must have done, whose
评分标准 takes points off one clause at a time and scores three figures in bands (the “三会一课” 参会率 for 2 of the 8 points, the 叶片 一次交检合格率 for
3 of the 7, the 年底 满意率 for all 8): 政治建设 (the “第一议题”, a monthly 集中学习, two 班前 微宣讲 a month and 24学时; a quarterly 思想动态分析, the
谈心谈话 with every 职工 whose 岗位 changes and a "本项不得分"; the 责任书, the 风险点 and a half-yearly 警示教育), 组织建设 (the 换届, the 党小组覆盖率,
the 班组长 党员比例 and the 委员; the “三会一课” 分批, the 参会率 in bands and the 书记's two 党课; the 主题党日 on the last Thursday, the 方案、签到、照片
and the 岗位实践; the 组织生活会, the 征求意见, the 民主评议 and the 批评; two 积极分子, the 公示 and a 一票否决; 党费 按月, the 4月底 核定 and a quarterly
公示), 党员作用发挥 (the 责任区, three 职工 each and the 挂牌率; the 攻关队, two 课题 and the 合格率 in bands; a monthly 隐患排查, no 违章 and a 一票否决;
five “师带徒” 协议 and a half-yearly 比武; two 建议 each and five 采纳; the 服务队, four 志愿服务 and 8小时; the “七一”、春节 慰问 and the 看望) and 基础
管理 (the 年初 计划, the 年底 总结 and the 年底 述职; the 台账 monthly and the 平台 monthly; the 阵地 and a quarterly 更新; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：叶片分厂精铣、抛光、检测、装配工段党支部" line and a merged "党支部：    考核人：    考核日期：" line above the
header 序号 | 一级指标 | 二级指标 | 考核要点 | 评分标准 | 分值 | 得分. 序号 (FIRST column) runs 1..20 through the sheet, NOT restarting. The 一级指标 are
MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）". The 二级指标 (THIRD column) is a
short name on every row, not merged (`Row.indicator`); 考核要点 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值,
a plain number; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点
("每月组织一次", "每月不少于2次", "每人每年…不少于24学时", "每季度开展一次", "每年签订", "每半年开展一次", "3至5人", "按期", "3人以上", "100%",
"不低于百分之五十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之九十", "每年讲党课不少于2次",
"每月最后一个星期四", "每年召开一次", "年内…不少于2名", "不少于5个工作日", "按月", "每年4月底前", "每季度公示一次", "不少于3名", "100%", "年内…
不少于2项", "百分之九十八以上", "每月开展一次", "全年", "不少于5对", "每半年组织一次", "不少于2条", "年内…不少于5条", "年内…不少于4次", "不少于
8小时", "“七一”、春节", "24小时内", "年初", "年底", "年底", "每月整理一次", "每月更新", "每季度更新一次", "年底", "不低于百分之九十"); "最高扣"
caps; "每低10个百分点" once; three band lists; "酌情扣0.5-1分" three times and "酌情扣0.5分" twice; one "本项不得分" and two "实行一票否决，本项不得分".
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


def _row(label: str, text: str, scoring: str, points: float) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核要点, 评分标准, 分值."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzv_deyang_dongqi_yepian_fenchang_zhibu_xlsx",
    fmt="xlsx",
    title="东方汽轮机有限公司叶片分厂党总支2025年度工段党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；利用班前会开展“微党课”“微宣讲”，每月不少于2次；党员每人每年参加学习培训不少于"
                 "24学时。",
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；微宣讲每少1次扣0.1分，最高扣1分；学时不足的，每人扣0.1分，最高扣"
                 "1.5分。", 5),
            _row("思想政治工作",
                 "每季度开展一次职工思想动态分析；分厂生产调整、岗位变动等涉及职工切身利益的事项，支部委员与相关职工逐人谈心谈话。",
                 "思想动态分析每少1次扣0.5分；谈心谈话未覆盖相关职工的，每人扣0.2分，最高扣1.5分；因思想工作不到位引发群体性事件的，本项不得分。", 4),
            _row("党风廉政",
                 "每年签订党风廉政建设责任书；围绕物资领用、外协加工、废料处置等环节排查廉洁风险点；每半年开展一次警示教育。",
                 "未签订责任书的扣1分；未排查风险点的扣1.5分；警示教育每少1次扣1分；党员因物资、废料问题受到处分的，每人扣2分。", 6),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("组织设置",
                 "支部委员会由3至5人组成，按期换届；按工段班组设置党小组，党员3人以上的班组党小组覆盖率达到100%；班组长中党员比例不低于百分之五十。",
                 "未按期换届的扣1.5分；委员配备不齐的扣1分；党小组覆盖率每低10个百分点扣0.5分，最高扣1.5分；班组长党员比例低于50%的扣1分。", 5),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；三班倒岗位党员可分批参加，参会率不低于百分之九十；"
                 "支部书记每年讲党课不少于2次。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；书记讲党课每少1次扣1分。", 8),
            _row("主题党日",
                 "每月最后一个星期四开展主题党日活动，结合“质量月”“安全生产月”开展岗位实践；活动有方案、签到和照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；岗位实践流于形式的，酌情扣0.5-1分。", 5),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求班组职工意见，会上开展批评和自我批评；会后开展民主评议党员。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；批评和自我批评不深入的，酌情扣0.5-1分。", 5),
            _row("发展党员",
                 "年内从技术骨干、青年技师中培养入党积极分子不少于2名；发展党员严格履行程序，发展对象公示不少于5个工作日。",
                 "积极分子每少1名扣0.5分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 4),
            _row("党费收缴",
                 "党员按月交纳党费，每年4月底前按工资收入核定交纳基数；党费收缴情况每季度公示一次。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.25分。", 3),
        )),
        Section("党员作用发挥", "三、党员作用发挥（35分）", 35, (
            _row("党员责任区",
                 "划分党员责任区，每名党员联系非党员职工不少于3名；党员示范岗、党员先锋岗挂牌率达到100%。",
                 "未划分党员责任区的扣1.5分；联系职工不足的，每人扣0.2分，最高扣1.5分；先锋岗未挂牌的，每个扣0.5分，最高扣1.5分。", 5),
            _row("质量攻关",
                 "组建党员技术攻关队，年内围绕叶片加工精度、型面抛光质量等难题立项攻关课题不少于2项；叶片一次交检合格率达到百分之九十八以上。",
                 "未组建攻关队的扣1分；攻关课题每少1项扣1分；合格率98%以上的得3分，96%（含）—98%的得2分，95%（含）—96%的得1分，95%以下的不得分。", 7),
            _row("安全生产",
                 "党员带头落实安全生产责任制，每月开展一次“党员身边无隐患”排查；党员无违章作业；全年不发生一般及以上生产安全事故。",
                 "隐患排查每少1次扣0.3分，最高扣2分；党员违章作业的，每人次扣0.5分，最高扣2分；发生一般及以上生产安全事故的，实行一票否决，本项"
                 "不得分。", 6),
            _row("技能传承",
                 "党员骨干与青年职工签订“师带徒”协议不少于5对；每半年组织一次党员技能比武或技术讲座。",
                 "“师带徒”协议每少1对扣0.3分，最高扣1.5分；技能比武或技术讲座每少1次扣1分；带徒效果不明显的，酌情扣0.5分。", 4),
            _row("合理化建议",
                 "党员年人均提出合理化建议不少于2条，年内被分厂采纳的不少于5条。",
                 "人均不足2条的扣1分；采纳每少1条扣0.3分，最高扣1.5分。", 4),
            _row("志愿服务",
                 "组建党员志愿服务队，年内到结对社区、结对村开展志愿服务不少于4次；党员年人均志愿服务时长不少于8小时。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；人均时长每少1小时扣0.2分，最高扣1分。", 4),
            _row("关心关爱",
                 "“七一”、春节走访慰问困难党员和老党员；党员职工生病住院、家庭遭遇变故的，支部24小时内上门看望。",
                 "慰问每少1人扣0.2分，最高扣1.5分；看望不及时的，每人次扣0.5分，最高扣1.5分。", 5),
        )),
        Section("基础管理", "四、基础管理（20分）", 20, (
            _row("责任落实",
                 "年初制定支部党建工作计划，与工段生产经营目标同部署；年底形成工作总结；支部书记年底向分厂党总支述职。",
                 "缺计划或总结的，每项扣1分；计划与生产经营脱节的，酌情扣0.5-1分；未述职的扣2分。", 5),
            _row("台账资料",
                 "党建台账每月整理一次，分类归档；党建信息化平台信息每月更新。",
                 "台账每缺一类扣0.3分，最高扣1.5分；平台信息未按月更新的，每月扣0.1分，最高扣1分；资料填写不规范的，酌情扣0.5分。", 4),
            _row("阵地建设",
                 "分厂党员活动室、工段“党建园地”标识规范，宣传内容每季度更新一次。",
                 "阵地标识不规范的扣0.5分；宣传内容每少更新1次扣0.5分，最高扣1.5分。", 3),
            _row("职工评价",
                 "年底由分厂党总支组织职工对支部工作开展满意度测评，满意率不低于百分之九十。",
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得3分，85%以下的不得分。", 8),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核要点", "评分标准", "分值", "得分"]
NOTE = ("说明：1.本表由分厂党总支于12月下旬组织考核，党群办牵头，生产计划科、质量科、安全环保科参加，以2025年1月1日至考核之日形成的资料为准；"
        "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.一次交检合格率以质量科月报数据为准，生产安全事故以安全环保科认定"
        "为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：叶片分厂精铣、抛光、检测、装配工段党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, None])
            for c in (3, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 14, 12, 50, 52, 6, 7))
    wb.save(str(path))
