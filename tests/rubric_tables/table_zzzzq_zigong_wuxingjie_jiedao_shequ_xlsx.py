"""自流井区五星街街道2025年度社区党组织党建工作考核评分细则 (.xlsx), as the 街道党工委 of 四川 自贡 自流井区 五星街街道 (its 党建办 with the 社区治理
办, the 综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 going round the 社区 in the last fortnight of December, when the 灯会 lanterns
are being welded in the 彩灯公园 and the 盐商 houses along the 釜溪河 are strung with red) scores the 社区党组织 of the old salt town: the 老 盐厂 and
机械厂 宿舍 being 改造, the 商品房 小区 with their new 物业, the 驻区 医院、学校 and 银行, the 网格 that climb the steep lanes above the river: a sheet of
一级指标 and 二级指标 whose 考核内容 prints what the 社区 must have done, whose 评分细则 takes points off one clause at a time, mostly with a "最高扣N分"
cap, scores the 主题党日 参加率, the 物业 党组织 组建率 and the 年底 满意率 in bands, and whose 考核方式 says how the 考核组 looks; under the 合计 a
一票否决 row: 政治引领 (the “第一议题”, a monthly 集中学习 and 32学时; a half-yearly 意识形态 研判, the 专人 and the 先审后发; the 书记's two 党课 and
the 班子成员's one), 组织建设 (the 网格党支部 覆盖率 and the 小区党组织 覆盖率; the “三会一课” with 签到 and 记录; the 主题党日 on the 10th and its
参加率 in bands; the 组织生活会, the 谈心谈话, the 民主评议 and its 公开; two 积极分子, the 公示 and a "本项不得分"; 党费 按月 with a half-yearly 公示,
the 积分 with a quarterly 公示 and the 年底 “星级党员”), 治理服务 (the “红色物业” with the 组建率 in bands and a quarterly 联席会议; four 共建协议, the
“三张清单” and four 共建活动; the 报到率, three 志愿服务 and a half-yearly 反馈; fifty 户 a month, the 民情台账 and the 办结率; a monthly 排查, the
化解率 and no 越级上访; six days, the 错时延时 and three 品牌活动; the 志愿服务队, a monthly 志愿服务 and 15小时) and 基础保障 (the 年初 计划 and 责任书
and the 年底 总结; the 年底 述职, the “好”的等次比例 and the 整改清单; two 后备干部, one under 35, and the 培训; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：五星街街道所辖各社区党委（党总支）" line and a merged "社区：    考核组：    考核日期：" line above the header
一级指标 | 二级指标 | 考核内容 | 分值 | 评分细则 | 考核方式. There is NO 序号: the items are numbered by position 1..20. The 一级指标 are MERGED CELLS down
the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、政治引领（15分）". The 二级指标 (SECOND column) is a short name on
every row, not merged (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`);
考核方式 (`Row.method`) says how the 考核组 checks, joined by "、". A 合计 row of 100, then UNDER it a 一票否决 row: "一票否决" in the first column and
the four 情形 in ONE cell merged over the other five columns (no 序号, no points; they belong to no item and are not in `sections`), then a merged
说明 row. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每人每年…不少于32学时", "每半年召开一次", "每年讲党课不少于
2次", "每年不少于1次", "100%", "不低于百分之八十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月10日",
"不低于百分之八十五", "每年召开一次", "年内…不少于2名", "不少于5个工作日", "按月", "每半年公示一次", "按月登记、每季度公示一次", "年底", "百分之六十
以上", "每季度召开一次", "不少于4家", "年内…不少于4次", "100%", "每人每年…不少于3次", "每半年…一次", "每月…不少于50户", "百分之九十五", "每月开展
一次", "百分之九十八", "全年", "每周开放不少于6天", "年内…不少于3次", "每月开展一次", "不少于15小时", "年初", "年底", "年底", "不低于百分之七十",
"不少于2名", "35周岁以下的不少于1名", "每年…不少于1次", "年底", "百分之九十"); "最高扣" caps; bands of the 主题党日 参加率 (2 of the 4 points), the
物业 党组织 组建率 (3 of the 6) and the 年底 满意率 (all 7), each closed by "…以下的不得分"; "酌情扣1分" once and "酌情扣0.5-1分" once; one "本项不得分";
the 一票否决 only in its own row under the 合计.
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


def _row(level2: str, text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核内容, 分值, 评分细则, 考核方式."""
    return Row(text, points, scoring, method, indicator=level2)


TABLE = Table(
    name="zzzzq_zigong_wuxingjie_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="自流井区五星街街道2025年度社区党组织党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，社区党组织每月开展一次集中学习；党员每人每年参加学习培训不少于32学时。", 5,
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分。",
                 "查阅资料、平台查询"),
            _row("意识形态",
                 "每半年召开一次意识形态工作专题会，分析研判辖区意识形态形势；社区微信公众号、居民微信群明确专人管理，信息发布先审后发。", 5,
                 "专题研判每少1次扣1分；未明确专人管理的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分。", "查阅资料"),
            _row("书记讲党课",
                 "社区党组织书记每年讲党课不少于2次；班子成员到所联系网格党支部讲党课每年不少于1次。", 5,
                 "书记讲党课每少1次扣1.5分；班子成员讲党课每少1次扣0.5分，最高扣2分。", "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("组织体系",
                 "健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率达到100%；辖区住宅小区党组织覆盖率不低于百分之八十。", 5,
                 "网格党支部每缺1个扣0.5分，最高扣2分；小区党组织覆盖率每低5个百分点扣0.5分，最高扣2分；组织体系不健全的，酌情扣1分。",
                 "查阅资料、实地查看"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有记录。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到或记录的，每次扣0.2分，最高扣2分。", "查阅资料"),
            _row("主题党日",
                 "每月10日开展主题党日活动，党员参加率不低于百分之八十五。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分。", "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话；开展民主评议党员，评议结果在社区党务公开栏公开。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分；评议结果未公开的扣0.5分。",
                 "查阅资料、个别访谈"),
            _row("发展党员",
                 "年内确定入党积极分子不少于2名；发展对象和拟转正预备党员在社区公示不少于5个工作日。", 4,
                 "积极分子每少1名扣1分；未公示的，每人次扣1分；违反程序发展党员的，本项不得分。", "查阅资料"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次；推行党员积分管理，积分按月登记、每季度公示一次，年底评定“星级党员”。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.5分，最高扣2分；年底未评定的扣1分。",
                 "查阅资料"),
        )),
        Section("治理服务", "三、治理服务（35分）", 35, (
            _row("红色物业",
                 "推进“红色物业”建设，辖区物业服务企业党组织组建率达到百分之六十以上；社区党组织、业委会、物业服务企业每季度召开一次联席会议。", 6,
                 "组建率60%以上的得3分，40%（含）—60%的得2分，20%（含）—40%的得1分，20%以下的不得分；联席会议每少1次扣0.5分，最高扣2分；因物业"
                 "纠纷引发群体性事件的，每起扣1分。", "查阅资料、实地查看"),
            _row("结对共建",
                 "与驻区单位党组织签订共建协议不少于4家，建立需求、资源、项目“三张清单”；年内开展共建活动不少于4次。", 5,
                 "共建协议每少1家扣0.5分；未建立“三张清单”的扣1分；共建活动每少1次扣0.5分，最高扣2分。", "查阅资料"),
            _row("在职党员",
                 "在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于3次；每半年向报到党员所在单位党组织反馈一次表现情况。", 5,
                 "报到率每低1个百分点扣0.1分，最高扣2分；志愿服务不足3次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。",
                 "查阅资料、平台查询"),
            _row("网格治理",
                 "网格员每月入户走访不少于50户，民情台账记录完整；居民诉求按期办结率达到百分之九十五。", 6,
                 "走访不足的，每人每月扣0.1分，最高扣2分；民情台账不完整的，酌情扣0.5-1分；办结率每低1个百分点扣0.3分，最高扣3分。",
                 "查阅资料、平台查询"),
            _row("矛盾化解",
                 "每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十八；全年不发生进京赴省越级上访。", 5,
                 "排查每少1次扣0.3分，最高扣2分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣2分。", "查阅资料"),
            _row("阵地品牌",
                 "党群服务中心每周开放不少于6天，实行错时延时服务；打造社区党建品牌，年内开展品牌活动不少于3次。", 4,
                 "开放时间不足或未实行错时延时服务的扣1分；未打造党建品牌的扣1分；品牌活动每少1次扣0.5分。", "实地查看、查阅资料"),
            _row("志愿服务",
                 "组建党员志愿服务队，每月开展一次志愿服务；党员年人均志愿服务时长不少于15小时。", 4,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.2分，最高扣1.5分；人均时长每少1小时扣0.2分，最高扣1.5分。", "查阅资料、平台查询"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("责任落实",
                 "年初制定党建工作计划，与街道党工委签订党建工作目标责任书；年底形成年度工作总结。", 4,
                 "缺计划、责任书或总结的，每项扣1分；未按时报送的，每项扣0.3分。", "查阅资料"),
            _row("述职评议",
                 "社区党组织书记年底向街道党工委述职，述职评议“好”的等次比例不低于百分之七十；述职反映的问题建立整改清单。", 5,
                 "未述职的扣2分；“好”的等次比例低于70%的扣1分；无整改清单的扣1分。", "查阅资料"),
            _row("队伍建设",
                 "储备社区后备干部不少于2名，其中35周岁以下的不少于1名；社区专职党务工作者每年参加区级以上培训不少于1次。", 4,
                 "后备干部每少1名扣0.5分；35周岁以下后备干部缺额的扣1分；未参加培训的，每人扣0.5分，最高扣1分。", "查阅资料"),
            _row("群众评价",
                 "年底由街道党工委组织居民代表对社区党组织开展满意度测评，满意率达到百分之九十。", 7,
                 "满意率95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分细则", "考核方式"]
VETO = ("有下列情形之一的，年度考核实行一票否决，直接确定为“差”等次：1.社区“两委”成员受到党纪重处分或被依法追究刑事责任的；2.发生意识形态领域"
        "重大问题、造成恶劣影响的；3.违反程序发展党员、造成严重后果的；4.发生重大安全责任事故或因处置不当引发重大群体性事件的。")
NOTE = ("说明：1.本细则由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核"
        "之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；3.按期办结率以区网格化服务管理平台数据为准；"
        "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：五星街街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    ws.append(["一票否决", VETO])
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=ncols)
    ws.cell(ws.max_row, 1).alignment = center
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.cell(ws.max_row, 2).alignment = wrap
    ws.row_dimensions[ws.max_row].height = 48
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (14, 11, 48, 6, 52, 14))
    wb.save(str(path))
