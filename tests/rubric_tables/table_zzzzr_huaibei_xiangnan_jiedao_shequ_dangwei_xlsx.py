"""相山区相南街道2025年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 安徽 淮北 相山区 相南街道 (its 党建办 with the 社会事务办, the
综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 going round the 社区 in the second half of December, when the 相山 is bare and the
南湖 is iced at its edges) scores the 社区党委 of an old coal city's centre: the 矿务局 and 电厂 宿舍 of the 1980s, the 老旧小区 being 改造, the new
商品房 小区 south of the 濉河 with their 物业, the 驻区 机关、学校 and 医院 whose 在职党员 come to 报到, the 网格 where a 专职网格员 keeps the doors of
eight hundred 户: a sheet whose 考核项目 are merged down the first column, whose 考核内容 prints what the 社区党委 must have done, whose 评分标准 takes
points off one clause at a time (scoring the 主题党日 参会率 and the 年底 满意率 in bands), whose 考核方式 says how the 考核组 looks, and under whose
合计 a 一票否决 block of four 情形: 政治建设 (the “第一议题”, a monthly 理论学习会 and 32学时; a half-yearly 专题研究 of the 意识形态, the 专人管理, the
“三审三校” and no 负面舆情; the 书记's two 党课, the 年底 述职 and the 班子成员's quarterly 指导), 组织建设 (the 网格党支部 覆盖率, the 小区党组织 覆盖率
and the 交叉任职比例; the 网格党支部's “三会一课”, the 签到 and the 记录; the 主题党日 on the 20th with 方案、签到、照片 and its 参会率 in bands; the
专题组织生活会, the 谈心谈话, the 征求意见, the 对照检查材料, the 民主评议, its 测评表 and 备案; one 党员 发展, a half-yearly 考察, the 公示, the 一人
一档 and a 一票否决; 党费 按月 with a quarterly 公示, the 系统 and a monthly 联系 of the 流动党员), 治理服务 (the 专职网格员, eighty 户 a month, the 全
覆盖 and the 按期办结率; the “红色物业”, the 组建率 and a quarterly 联席会议; the 驻区单位 报到, three 共建协议, three 共建活动 and the 在职党员's four
志愿服务; a monthly 排查, the 台账, the 化解率 and no 上访; the 一站式 中心, the “两节” 慰问 全覆盖 and five 实事 with their 公开; three 志愿服务队, a
monthly 志愿服务 and 12小时) and 基础保障 (the 阵地, the 标识 and a quarterly 公开; the 党员比例, two 后备干部 and one under 35, the 书记's 培训; the
年初 计划 and “书记项目”, the 年中 小结, the 年底 总结 and the 归档; the 年底 满意率 in bands).

A merged title row and a merged "考核对象：相南街道各社区党委" line above the header 考核项目 | 考核内容 | 分值 | 评分标准 | 考核方式. There is NO 序号:
the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on a
SECOND line, "一、政治建设\\n（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the
评分标准 (`Row.scoring`); 考核方式 (`Row.method`) says how the 考核组 checks (查阅资料, 实地查看, 平台查询, 个别访谈, 入户走访, 第三方测评 …), naming no
paper. A 合计 row of 100, then UNDER it a 一票否决 block: "一票否决事项" in the first column MERGED DOWN four rows, each 情形 in a cell merged over
the other four columns (no points; they belong to no item and are not in `sections`), then a merged 说明 row. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("每月召开一次", "每人每年…不少于32学时", "每半年至少…一次", "全年", "每年讲党课2次以上", "年底", "每季度…不少于1次",
"100%", "百分之八十以上", "不低于百分之六十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月20日",
"百分之八十五以上", "每年召开一次", "年内…不少于1名", "每半年考察一次", "不少于5个工作日", "按月", "每季度公示一次", "每月联系一次", "每月…不少于80户",
"全覆盖", "百分之九十五以上", "百分之五十以上", "每季度召开一次", "不少于3家", "年内…3次以上", "每人每年…不少于4次", "每月开展一次", "百分之九十八", "全年",
"全覆盖", "年内…不少于5件", "不少于3支", "每月开展一次", "不少于12小时", "不少于600平方米", "每季度公开一次", "不低于百分之六十", "不少于2名", "至少1名",
"每年…不少于1次", "年初", "年中", "年底", "年底", "百分之九十"); "最高扣" caps; bands of the 主题党日 参会率 (2 of the 5 points) and the 年底 满意率 (all 8),
each closed by "…以下的不得分"; "酌情扣0.5-1分" twice, "酌情扣1-2分" once, "酌情扣1分" once and "酌情扣0.5分" once; one "实行一票否决，本项不得分"; the
一票否决 block only under the 合计.
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


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzr_huaibei_xiangnan_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="相山区相南街道2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            _row("落实“第一议题”制度，社区党委每月召开一次理论学习会；党员每人每年参加集中学习培训不少于32学时。", 5,
                 "“第一议题”制度未落实的扣1分；理论学习会每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分。", "查阅资料、平台查询"),
            _row("每半年至少专题研究一次意识形态工作；社区宣传栏、电子屏、居民微信群明确专人管理，信息发布落实“三审三校”；全年不发生意识形态领域负面"
                 "舆情。", 5,
                 "专题研究每少1次扣1分；未明确专人管理的扣0.5分；信息发布未经审核的，每次扣0.5分，最高扣1分；发生负面舆情造成不良影响的，每起扣2分。",
                 "查阅资料、网络巡查"),
            _row("社区党委书记每年讲党课2次以上，年底向街道党工委述职；班子成员每人联系1个网格党支部，每季度到联系点指导不少于1次。", 5,
                 "书记讲党课每少1次扣1分；未述职的扣1.5分；班子成员未到联系点指导的，每人次扣0.2分，最高扣1分。", "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率100%；居民小区党组织覆盖率达到百分之八十以上；社区“两委”成员交叉"
                 "任职比例不低于百分之六十。", 4,
                 "网格党支部每缺1个扣0.5分，最高扣1.5分；小区党组织覆盖率每低10个百分点扣0.5分，最高扣1.5分；交叉任职比例低于60%的扣1分。",
                 "查阅资料、实地查看"),
            _row("各网格党支部严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到，"
                 "记录完整。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到的，每次扣0.1分，最高扣1分；记录不完整的，酌情扣0.5-1分。", "查阅资料"),
            _row("每月20日固定开展主题党日活动，活动有方案、有签到、有照片；党员参会率达到百分之八十五以上。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未在固定日期开展的，每次扣0.1分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；参会率85%以上的"
                 "得2分，75%（含）—85%的得1分，75%以下的不得分。", "查阅资料、平台查询"),
            _row("每年召开一次专题组织生活会，会前开展谈心谈话、征求居民群众意见，班子和党员个人撰写对照检查材料；开展民主评议党员，党员填写民主测评表，"
                 "评议结果报街道党工委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；无对照检查材料的扣1分；未开展民主评议党员的扣1.5分；无测评表的扣0.5分；"
                 "评议结果未备案的扣0.5分。", "查阅资料、个别访谈"),
            _row("年内发展党员不少于1名，注重从网格员、志愿者骨干和退役军人中发展；入党积极分子每半年考察一次；发展对象、拟转正预备党员在社区公示不少于"
                 "5个工作日；发展党员档案一人一档。", 5,
                 "未发展党员的扣1分；考察每少1次扣0.3分；未公示的，每人次扣1分；档案材料不全的，每人扣0.3分，最高扣1分；违反程序发展党员的，实行一票"
                 "否决，本项不得分。", "查阅资料"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次；党员信息与全国党员管理信息系统一致；外出流动党员每月联系一次。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；党员信息不一致的，每人扣0.1分，最高扣1分；流动党员联系每少1次扣"
                 "0.1分，最高扣1分。", "查阅资料、系统比对"),
        )),
        Section("治理服务", "三、治理服务\n（35分）", 35, (
            _row("推行“党建+网格”，每个网格配备1名专职网格员；网格员每月入户走访不少于80户，全年走访实现全覆盖；居民诉求按期办结率达到百分之九十五"
                 "以上。", 6,
                 "网格员配备不到位的，每个网格扣0.5分，最高扣1.5分；走访未全覆盖的，酌情扣1-2分；办结率每低1个百分点扣0.3分，最高扣2.5分。",
                 "平台查询、入户走访"),
            _row("推进“红色物业”建设，物业服务企业党组织组建率达到百分之五十以上；社区党委牵头，业委会、物业服务企业每季度召开一次联席会议，协调解决"
                 "物业服务问题。", 5,
                 "组建率每低10个百分点扣0.5分，最高扣2分；联席会议每少1次扣0.5分；物业矛盾化解不力引发群体性事件的，每起扣1分。", "查阅资料、实地查看"),
            _row("驻区单位党组织到社区报到，签订共建协议不少于3家，年内开展共建活动3次以上；在职党员每人每年参加社区志愿服务不少于4次。", 6,
                 "共建协议每少1家扣0.5分；共建活动每少1次扣0.5分；在职党员志愿服务不足4次的，每人扣0.1分，最高扣2分。", "查阅资料、平台查询"),
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账；矛盾纠纷化解率达到百分之九十八；全年不发生进京赴省非正常上访。", 6,
                 "排查每少1次扣0.3分，最高扣2分；无排查化解台账的扣0.5分；化解率每低1个百分点扣0.2分，最高扣1分；发生进京赴省非正常上访的，每起扣2分。",
                 "查阅资料"),
            _row("党群服务中心实行“一站式”服务和帮办代办；“两节”期间走访慰问困难党员、老党员和困难群众实现全覆盖；年内为民办实事不少于5件，办理情况"
                 "向居民公开。", 6,
                 "服务中心功能不全或无人值守的，酌情扣1分；走访慰问每少1人扣0.1分，最高扣1分；实事每少1件扣0.5分；未公开的扣0.5分。",
                 "实地查看、查阅资料"),
            _row("组建党员志愿服务队不少于3支，每月开展一次志愿服务活动；党员年人均志愿服务时长不少于12小时。", 6,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣2分；人均时长每少1小时扣0.2分，最高扣1.5分。", "查阅资料、平台查询"),
        )),
        Section("基础保障", "四、基础保障\n（20分）", 20, (
            _row("社区党群服务中心面积不少于600平方米，标识标牌规范、功能室齐全；党务、居务每季度公开一次。", 4,
                 "阵地面积不足或功能室不全的，酌情扣0.5-1分；标识不规范的扣0.5分；公开每少1次扣0.5分。", "实地查看"),
            _row("社区工作者中党员比例不低于百分之六十；储备后备干部不少于2名，其中35周岁以下的至少1名；社区党委书记每年参加区级以上培训不少于1次。", 4,
                 "党员比例低于60%的扣1分；后备干部每少1名扣0.5分；35周岁以下后备干部缺额的扣0.5分；书记未参加培训的扣1分。", "查阅资料"),
            _row("年初制定党建工作计划和“书记项目”，年中报送半年工作小结，年底形成年度工作总结；党建工作资料按年度分类归档。", 4,
                 "缺计划、书记项目、小结或总结的，每项扣1分；资料归档不规范的，酌情扣0.5分。", "查阅资料"),
            _row("年底由街道党工委委托第三方对社区党委工作开展群众满意度测评，满意率达到百分之九十。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "第三方测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "考核方式"]
VETO_HEAD = "一票否决事项"
VETO = (
    "1.社区“两委”班子成员因违纪违法受到党纪重处分或被依法追究刑事责任的；",
    "2.发生重大安全责任事故或重大群体性事件、造成恶劣社会影响的；",
    "3.违反规定程序发展党员、造成严重后果的；",
    "4.上级巡察、审计发现重大问题且拒不整改的。",
)
NOTE = ("说明：1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、第三方测评相结合的方式进行，以2025年1月1日至考核"
        "之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.按期办结率以区网格化服务管理平台数据为准；"
        "4.有一票否决事项之一的，考核等次直接确定为“较差”；5.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为"
        "“较差”，考核结果与社区工作者绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：相南街道各社区党委", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for i, line in enumerate(VETO):
        ws.append([VETO_HEAD if i == 0 else None, line])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=ncols)
        ws.cell(ws.max_row, 2).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.cell(top, 1).font = Font(bold=True)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (14, 50, 6, 54, 16))
    wb.save(str(path))
