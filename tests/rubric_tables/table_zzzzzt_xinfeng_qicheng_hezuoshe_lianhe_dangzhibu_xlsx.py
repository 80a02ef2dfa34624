"""信丰县大塘埠镇2025年度脐橙专业合作社联合党支部党建工作考核评分表 (.xlsx), as the 镇党委 of 大塘埠镇 in 信丰 in 赣州 in 江西 (its 组织委员
and 党建办 with the 镇 农业综合服务中心, the 乡村振兴办 and the 镇纪委, a 考核组 going from the 分拣车间 to the 果园 in the middle of December, when the
赣南脐橙 is being picked on the red hills, the 分拣线 run day and night for the 电商 orders, the 合作社 党员 are on the 直播 at dusk and the 黄龙病
inspectors walk the rows between the 采摘 crews) scores the 联合党支部 of the 镇's 脐橙 专业合作社 (six 合作社 and three 家庭农场, their 党员 the 理事长,
the 种植能手 and the young men back from the 广东 factories): a sheet whose 考核内容 prints what the 支部 must have done or reached, whose 评分标准 takes
points off one clause at a time and gives bands for the 优质果率 and the 增长率: 组织建设 (the 换届, a 合作社 负责人 in the 支委, the 联席会议 制度 and a
quarterly 联席会议; the “三会一课” with the “田间党课”, the 记录 and the 参会率; the monthly 主题党日, the 组织生活会 and the 民主评议; the 花名册, 党费 按月,
a half-yearly 公示 and a quarterly 联系 of the 外出务工党员), 队伍建设 (two 积极分子 a year, one 发展 every two years and a "本项不得分"; three 致富带头人,
two 户 each and the 成效; 24学时, four 技术培训, 150人次 and the 签到、照片; the 年初 承诺, the 年底 评诺 and two 示范果园), 发展成效 (the 章程, a yearly 成员大会,
a quarterly 财务公开 and the 返还 比例; the “三统一” and the 优质果率 in bands; thirty 新增 农户 and the 增长率 in bands; twelve 直播, the 地理标志 and a "本项
不得分"; the 追溯台账, the 合格率 and a 一票否决; the 年底 满意率) and 基础保障 (the 活动室, the 制度 and the 经费; the 年初 计划, the 年底 总结 and 述职, the
台账; a quarterly 党务公开 and two 信息 each half-year).

A merged title row and a merged "考核对象：…" line above the header 序号 | 考核内容 | 评分标准 | 分值 | 得分. Each category is a SECTION ROW merged across
the sheet, printed WITH an ordinal and its points on one line, "一、组织建设（25分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids
"1.1" … "4.3"); there is no short sub-label. 考核内容 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain
number; 得分 is blank; there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER it a "加分项（最高加5分）" section row merged
across the sheet and two rows with NO 序号, each with its 分值 of its most (not in `sections`: README, a bonus category, left out of the labels). A merged
说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每季度召开一次", "支部委员会每月召开1次，党员大会每季度召开
1次，党小组会…每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "按月", "每半年公示一次", "每季度至少联系一次", "每年…不少于2名", "每两年至少…
1名", "不少于3名", "不少于2户", "每年…不少于24学时", "全年…不少于4期", "不少于150人次", "年初", "年底", "不少于2个", "每年至少…一次", "每季度…公开一次",
"不低于百分之六十", "百分之八十以上", "年内…不少于30户", "百分之五以上", "全年…不少于12场", "100%", "年底…百分之九十以上", "年初", "年底", "年底",
"每季度公开一次", "每半年…不少于2篇"); one threshold only in the 评分标准 ("党员参会率低于80%的"); "最高扣" caps; bands of the 优质果率 (5 of the 8
points, closed by "70%以下的不得分") and of the 增长率 (5 of the 8, closed by "负增长的不得分"); "每低10个百分点" once and "每低1个百分点" twice; "每少5户"
once and "每少10人次" once; "酌情扣0.5-1分" four times; one "实行一票否决，本项不得分" and two plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzt_xinfeng_qicheng_hezuoshe_lianhe_dangzhibu_xlsx",
    fmt="xlsx",
    title="信丰县大塘埠镇2025年度脐橙专业合作社联合党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            _row("联合党支部按期换届，支委会成员中至少有1名合作社理事长（负责人）党员；建立党支部与合作社理事会联席会议制度，每季度召开一次联席会议。",
                 "未按期换届的扣2分；支委中无合作社负责人的扣1分；无联席会议制度的扣1分；联席会议每少1次扣0.5分。", 6),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会（按合作社划分）每月召开1次，党课每季度1次；农忙时节可在果园、分拣车间开展"
                 "“田间党课”。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范的，酌情扣0.5-1分；党员参会率低于80%的，每次扣0.2分，最高扣1分。", 8),
            _row("每月开展一次主题党日；每年召开一次组织生活会，开展民主评议党员。",
                 "主题党日每少1次扣0.5分，最高扣3分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分。", 6),
            _row("建立党员花名册，信息准确；党员按月交纳党费，每半年公示一次党费收缴情况；外出务工党员每季度至少联系一次。",
                 "无党员花名册的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；外出党员联系每少1人次扣0.2分，最高扣1.5分。",
                 5),
        )),
        Section("队伍建设", "二、队伍建设（20分）", 20, (
            _row("注重从种植能手、返乡青年、合作社骨干中发展党员，每年确定入党积极分子不少于2名；每两年至少发展党员1名。",
                 "入党积极分子每少1名扣1分；两年内未发展党员的扣2分；发展程序不规范的，本项不得分。", 5),
            _row("实施“双培双带”，把党员培养成致富能手、把致富能手培养成党员；党员致富带头人不少于3名，每名带头人结对帮带脱贫户（监测户）不少于2户。",
                 "党员致富带头人每少1名扣1分；结对帮带不足2户的，每人扣0.3分，最高扣1.5分；帮带成效不明显的，酌情扣0.5-1分。", 5),
            _row("党员每年参加集中学习培训不少于24学时；全年组织脐橙栽培、黄龙病防控、电商销售等技术培训不少于4期，培训社员不少于150人次。",
                 "学时不足的，每人扣0.2分，最高扣1.5分；技术培训每少1期扣0.5分；培训人次每少10人次扣0.1分，最高扣1分；培训无签到、无照片的，每期扣"
                 "0.2分，最高扣1分。", 6),
            _row("党员年初围绕“不采青果、不打早果、统一标准采摘”等作出公开承诺，年底开展践诺评诺；设立党员示范果园不少于2个。",
                 "未开展承诺的扣1分；未开展践诺评诺的扣1分；示范果园每少1个扣1分。", 4),
        )),
        Section("发展成效", "三、发展成效（40分）", 40, (
            _row("合作社章程健全，每年至少召开一次成员（代表）大会；财务收支每季度向成员公开一次；可分配盈余按交易量（额）返还成员的比例不低于百分之"
                 "六十。",
                 "章程不健全的扣1分；未召开成员大会的扣2分；财务公开每少1次扣0.5分，最高扣2分；返还比例每低10个百分点扣1分，最高扣3分。", 8),
            _row("联合党支部带领合作社统一农资采购、统一技术标准、统一品牌销售；社员脐橙优质果率达到百分之八十以上。",
                 "“三统一”每缺一项扣1分；优质果率90%以上的得5分，80%（含）—90%的得4分，70%（含）—80%的得2分，70%以下的不得分。", 8),
            _row("带动周边农户入社或开展订单种植，年内新增带动农户不少于30户；合作社成员人均年收入增长率达到百分之五以上。",
                 "新增带动农户每少5户扣0.5分，最高扣3分；增长率5%以上的得5分，3%（含）—5%的得3分，0—3%的得1分，负增长的不得分。", 8),
            _row("党员带头发展电商销售，全年开展党员直播带货不少于12场；合作社产品规范使用“赣南脐橙”地理标志和统一品牌包装。",
                 "直播带货每少1场扣0.3分，最高扣2分；未规范使用地理标志或品牌包装的扣1分；销售中以次充好、虚假宣传被查处的，本项不得分。", 6),
            _row("推行农药化肥减量，建立农产品质量追溯台账；全年产品质量抽检合格率100%；不发生农产品质量安全事件和生产安全事故。",
                 "无质量追溯台账的扣1分；抽检合格率每低1个百分点扣0.5分，最高扣2分；发生农产品质量安全事件或生产安全事故的，实行一票否决，本项不得分。",
                 5),
            _row("年底组织社员对联合党支部工作开展满意度测评，满意率达到百分之九十以上。",
                 "满意率每低1个百分点扣0.5分，最高扣5分。", 5),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("依托合作社建立党员活动室，有标识、有党旗、有制度；党组织工作经费和合作社提取的党建经费专款专用。",
                 "无党员活动室的扣2分；标识、党旗、制度每缺一项扣0.5分；经费使用不规范的，酌情扣0.5-1分。", 5),
            _row("年初制定党建工作计划，年底形成工作总结；支部书记年底向镇党委述职；党建台账规范完整。",
                 "缺计划或总结的，每项扣1分；书记未述职的扣2分；台账不规范的，酌情扣0.5-1分。", 5),
            _row("党务每季度公开一次；每半年向镇党委报送党建工作信息不少于2篇。",
                 "党务公开每少1次扣0.5分，最高扣2分；报送信息每少1篇扣0.5分。", 5),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "得分"]
BONUS_NAME = "加分项（最高加5分）"
BONUS = (
    ("合作社获评省级以上农民合作社示范社的。", "加3分。", 3),
    ("联合党支部工作经验在市级以上会议交流或被市级以上媒体宣传推广的。", "每项加1分，最高加2分。", 2),
)
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，党建办牵头，农业综合服务中心、乡村振兴办参加，镇纪委派员监督，以2025年1月1日至考核之日形成的资料"
        "为准；2.优质果率、抽检合格率以县农业农村局检测数据为准，人均收入以合作社年度财务报表为准；3.各项扣分以该项分值为限，扣完为止；评分标准列明"
        "得分档次的，按档次计分；4.考核结果作为联合党支部评星定级和合作社申报扶持项目的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联合党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15), center)
    xlsx_line(ws, "考核对象：大塘埠镇脐橙专业合作社联合党支部（覆盖合作社6家、家庭农场3家，党员27名）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.text, row.scoring, row.points, None])
            for c in (2, 3):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, BONUS_NAME, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text, scoring, most in BONUS:
        ws.append([None, text, scoring, most, None])
        for c in (2, 3):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 4).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 58, 58, 6, 7))
    wb.save(str(path))
