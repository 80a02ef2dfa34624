"""任城区古槐街道党工委2025年度住宅小区党支部工作考核评价表 (.xlsx), as the 街道党工委 of 山东 济宁 任城区 古槐街道 (its 党建办 with the 城市管理
办, the 物业管理服务中心, the 综治中心, the 社区党委 书记 of each 社区 and the 街道纪工委, a 考核组 walking the 小区 of the old city inside the 运河 in the
second half of December, when the 古槐 by the 太白楼 is bare, the 运河 is low under the 南池 and the 业主 are arguing about the 供暖 and the 停车 again)
scores the 小区党支部 under its 社区党委: the 单位宿舍 小区 of the closed 机械厂 and 纺织厂 where the 老党员 are most of the 党员, the new 商品房 小区 with
a 物业服务企业 and a 业委会 and a 党支部 whose 书记 is asked to sit in the 业委会, the small 开放式 小区 joined into one 联合党支部, the 楼栋 where a
楼栋长 knocks on each door each month: a sheet of 一级指标 and 二级指标 whose 评价标准 prints what the 支部 must have done, whose 评分方法 takes points
off one clause at a time (scoring the 物业 满意率, the 人均 志愿服务时长 in 小时 and the 年底 满意率 in bands): 组织建设 (the “一小区一支部”, the 3至5人 and
the 楼栋 覆盖率; the 书记 in the 业委会, the 党员比例 and the 兼职委员; the “三会一课”; the 主题党日 on the 25th and its 参加率; the 组织生活会, the 征求
意见, the 民主评议 and the 备案), 红色物业 (the 覆盖率 of the 物业服务企业, the 指导员 and the 亮身份; the “三方联席会议” 制度, a monthly 会议 and the
办结率; a half-yearly 物业 评价, its 运用 and the 满意率 in bands; a quarterly 公开 of the 维修资金 and the 审核; the 化解率 and no 群体性事件), 治理服务
(the 楼栋长, the 党员比例, a monthly 走访 and the 民情台账; the 报到率, four 志愿服务 and a half-yearly 反馈; a quarterly 议事会, the 公开 and three 难题;
the 志愿服务队, a monthly 志愿服务 and the 人均 时长 in bands; the 关爱台账, the 结对 全覆盖 and the “七一”、春节 慰问) and 阵地保障 (the 党群服务站, the
50平方米, the 标识、制度、人员 and five days a week; a half-yearly 研判, the 群 管理, the 先审后发 and a 一票否决; the 品牌, the 年初 计划, the 年底 总结 and
the 台账; the 年底 述职 and the 年底 满意率 in bands).

A merged title row, a merged "考核对象：古槐街道各住宅小区党支部（含联合党支部）" line and a merged "小区名称：    所属社区：    考核日期：" line above the
header 一级指标 | 二级指标 | 评价标准 | 分值 | 评分方法. There is NO 序号: the items are numbered by position 1..19. The 一级指标 are MERGED CELLS down the
FIRST column, printed WITH an ordinal and WITH their points on a SECOND line, "一、组织建设\\n（25分）". The 二级指标 (SECOND column) is a short name on
every row, not merged (`Row.indicator`); 评价标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分方法 (`Row.scoring`); there
is no 佐证 or 考核方式 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 评价
标准 ("3至5人", "100%", "不低于百分之五十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月25日", "不低于
百分之七十五", "每年召开一次", "100%", "每月召开一次", "百分之九十", "每半年…一次", "不低于百分之八十", "每季度…公开一次", "百分之九十五", "全年",
"1名", "不低于百分之六十", "每月…不少于1遍", "100%", "每人每年…不少于4次", "每半年…反馈一次", "每季度至少…一次", "年内…不少于3件", "每月开展一次",
"不少于20小时", "全覆盖", "“七一”、春节", "不少于50平方米", "每周开放不少于5天", "每半年开展一次", "全年", "年初", "年底", "年底", "年底", "不低于
百分之八十五"); "最高扣" caps; bands of the 物业 满意率 (3 of the 6 points, closed by "60%以下的不得分"), of the 人均 时长 in 小时 (2 of the 6, closed by
"10小时以下的不得分") and of the 年底 满意率 (4 of the 6, closed by "80%以下的不得分"); "每低10个百分点" twice; "酌情扣0.5-1分" four times and "酌情扣
1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
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


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 评价标准, 分值, 评分方法."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzw_jining_guhuai_jiedao_xiaoqu_zhibu_xlsx",
    fmt="xlsx",
    title="任城区古槐街道党工委2025年度住宅小区党支部工作考核评价表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设\n（25分）", 25, (
            _row("组织设置",
                 "按“一小区一支部”设置小区党支部，党员较少的相邻小区组建联合党支部；支部委员会由3至5人组成；按楼栋设立党小组或楼栋党员中心户，楼栋"
                 "覆盖率达到100%。", 5,
                 "未按规定设置党支部的扣2分；支委配备不齐的扣1分；楼栋党小组或党员中心户每缺1个扣0.3分，最高扣1.5分。"),
            _row("交叉任职",
                 "小区党支部书记通过法定程序担任业委会主任；业委会成员中党员比例不低于百分之五十；物业项目负责人中的党员担任小区党支部兼职委员。", 5,
                 "书记未担任业委会主任的扣1.5分；党员比例每低10个百分点扣0.5分，最高扣1.5分；物业项目负责人未担任兼职委员的扣1分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；在职党员、年老党员可分楼栋参加；会议记录规范。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范的，每次扣0.1分，最高扣1分。"),
            _row("主题党日",
                 "每月25日开展主题党日活动，结合小区治理开展“楼道清洁”“邻里守望”等实践；党员参加率不低于百分之七十五。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣2分；活动与小区治理脱节的，酌情扣0.5-1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求业主意见；会后开展民主评议党员，评议结果报社区党委备案。", 4,
                 "未召开组织生活会的扣2分；未征求业主意见的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
        )),
        Section("红色物业", "二、红色物业\n（25分）", 25, (
            _row("物业党建",
                 "推动物业服务企业建立党组织，暂不具备条件的选派党建指导员，物业服务企业党的组织和工作覆盖率达到100%；物业服务企业党员员工亮身份、挂牌"
                 "服务。", 5,
                 "覆盖率每低10个百分点扣1分，最高扣2分；未选派党建指导员的扣1分；党员员工未亮身份的，每人次扣0.2分，最高扣1分。"),
            _row("三方联动",
                 "建立小区党支部牵头，业委会、物业服务企业参加的“三方联席会议”制度，联席会议每月召开一次；会议议定事项办结率达到百分之九十。", 6,
                 "未建立制度的扣1分；联席会议每少1次扣0.3分，最高扣2分；办结率每低5个百分点扣0.5分，最高扣2分。"),
            _row("物业评价",
                 "小区党支部每半年组织业主对物业服务开展一次满意度评价，评价结果与物业服务企业信用评价挂钩；业主满意率不低于百分之八十。", 6,
                 "评价每少1次扣1分；评价结果未运用的，酌情扣1分；满意率80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不"
                 "得分。"),
            _row("资金公开",
                 "住宅专项维修资金使用、公共收益收支情况每季度在小区公示栏公开一次；业委会重大事项决策前报小区党支部审核。", 4,
                 "公开每少1次扣0.5分；重大事项未经党支部审核的，每件扣1分，最高扣2分。"),
            _row("矛盾调处",
                 "物业纠纷在小区内调处化解，化解率达到百分之九十五；全年不发生因物业矛盾引发的群体性事件。", 4,
                 "化解率每低1个百分点扣0.2分，最高扣2分；发生群体性事件的，本项不得分。"),
        )),
        Section("治理服务", "三、治理服务\n（30分）", 30, (
            _row("楼栋管理",
                 "每个楼栋（单元）明确1名楼栋长，党员担任楼栋长的比例不低于百分之六十；楼栋长每月走访本楼栋住户不少于1遍，建立民情台账。", 6,
                 "楼栋长每缺1名扣0.2分，最高扣1分；党员比例低于60%的扣1分；走访每少1遍扣0.3分，最高扣2分；无民情台账的扣1分。"),
            _row("在职党员",
                 "在职党员到小区报到率达到100%，每人每年参加小区志愿服务不少于4次；报到党员表现情况每半年向所在单位党组织反馈一次。", 6,
                 "报到率每低1个百分点扣0.1分，最高扣1.5分；参加志愿服务不足4次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。"),
            _row("议事协商",
                 "建立小区议事会，每季度至少召开一次居民议事会，议事结果公开；年内通过议事协商解决停车、加装电梯等难题不少于3件。", 6,
                 "议事会每少1次扣0.5分，最高扣2分；议事结果未公开的扣0.5分；解决难题每少1件扣0.5分；协商流于形式的，酌情扣0.5-1分。"),
            _row("志愿服务",
                 "组建小区党员志愿服务队，每月开展一次志愿服务；党员年人均志愿服务时长不少于20小时。", 6,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣2分；人均时长20小时以上的得2分，10小时（含）—20小时的得1分，10小时以下的不"
                 "得分。"),
            _row("关爱帮扶",
                 "建立独居老人、困难家庭、残疾人关爱台账，党员结对帮扶全覆盖；“七一”、春节走访慰问老党员、困难党员。", 6,
                 "无关爱台账的扣1分；结对未全覆盖的，每户扣0.2分，最高扣1.5分；慰问每少1人扣0.1分，最高扣1.5分。"),
        )),
        Section("阵地保障", "四、阵地保障\n（20分）", 20, (
            _row("阵地建设",
                 "小区设立党群服务站或“红色驿站”，面积不少于50平方米，有标识、有制度、有人员；每周开放不少于5天。", 5,
                 "无服务阵地的扣2分；标识、制度、人员每缺一项扣0.5分；开放时间不足的，酌情扣0.5-1分。"),
            _row("意识形态",
                 "每半年开展一次小区居民思想动态分析研判；小区业主微信群实行“群主+管理员”管理，信息发布先审后发；全年不发生网络负面舆情。", 5,
                 "研判每少1次扣1分；群管理不规范的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生负面舆情造成不良影响的，实行一票否决，本项"
                 "不得分。"),
            _row("品牌台账",
                 "打造“一小区一特色”党建品牌；年初制定支部工作计划，年底形成工作总结；支部台账资料规范归档。", 4,
                 "未打造品牌的扣1分；缺计划或总结的，每项扣1分；台账不规范的，酌情扣0.5-1分。"),
            _row("述职评价",
                 "小区党支部书记年底向社区党委述职，接受党员、业主代表评议；年底由街道党工委组织业主开展小区党支部工作满意度测评，满意率不低于百分之"
                 "八十五。", 6,
                 "未述职评议的扣2分；满意率90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "评价标准", "分值", "评分方法"]
NOTE = ("说明：1.本表由街道党工委于12月下旬组织考核，各社区党委初评、街道党建办复核，采取听取汇报、查阅资料、实地查看、入户走访、业主测评相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；评分方法列明得分档次的，按档次计分；3.未成立业委会的小区，“交叉任职”一项按物业项目负责人"
        "兼职委员和业主代表中党员比例计分；4.考核得分90分以上的为“红旗小区党支部”，80—89分的为“先进小区党支部”，70—79分的为“合格”，70分以下的为"
        "“不合格”，考核结果与小区党支部书记补贴和物业服务企业信用评价挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "小区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：古槐街道各住宅小区党支部（含联合党支部）", ncols)
    xlsx_line(ws, "小区名称：              所属社区：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (14, 12, 52, 6, 54))
    wb.save(str(path))
