"""八一街道党工委2025年度社区党委网格化党建工作考核评分表 (.xlsx), as the 党工委 of 八一街道 in 安源区 of 萍乡 in 江西 (its 党建办 with the 社区
治理服务中心, the 综治中心, the 应急办 and the 街道纪工委, a 考核组 walking the 网格 of each 社区 in the middle of December, when the old 安源 煤矿
工人 宿舍 are hung with 腊肉, the 萍水河 runs low under the grey sky, the 老旧小区 along the 八一路 are finishing their 加装电梯 and the 网格员 are
knocking on the doors of the 独居 老人 before the cold) scores each 社区党委 on the 网格化 党建 of its 社区: a sheet whose 考核要求 prints what the 社区党委
and its 网格 must have done and whose 扣分细则 takes points off one clause at a time, scoring most of the rates in bands: 网格组织体系 (the 划分 and the
划分图, the 网格党组织 覆盖率 in bands; the 党员网格长 and 专职网格员, their 花名册 and the 党员比例 of the 楼栋长、单元长; the “三会一课” of the 网格党支部
and the monthly 主题党日; the 三级联动 and a quarterly 联席会议), 网格党员管理 (the 入格率, the 责任岗 and the 挂牌; the 在职党员 报到率 in bands, four
志愿服务 each and the 年底 反馈; the “一人一档”, a quarterly 走访 and the “七一”、春节 慰问), 网格服务治理 (fifty 走访 a month, the “四必访”, a quarterly
更新 and the 准确率 in bands; the 闭环 and the 办结率 in bands; a monthly 排查, its 台账, the 化解率 and a "本项不得分"; a quarterly 网格议事会, the 公示 and
three 协商 事项; the 巡查, the 整改率 in bands and a "本项不得分"), 网格阵地保障 (the 服务站, the 标识、制度、公示栏 and the 开放; the 经费, the 年初 计划,
the 年底 总结 and the 台账) and 群众评价 (the 知晓率 in bands; the 年底 满意度 in bands).

A merged title row and a merged "考核对象：八一街道各社区党委" line above the header 序号 | 考核内容 | 考核要求 | 分值 | 扣分细则. Each category is a
SECTION ROW merged across the sheet, printed WITH an ordinal and WITH its points on one line, "一、网格组织体系（20分）"; 序号 (FIRST column) RESTARTS at
1 under every category (ids "1.1" … "5.2"); 考核内容 (SECOND column) is a short name on every row (`Row.indicator`); 考核要求 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核要求 ("300—500户", "100%", "1名", "不低于百分之五十", "支部委员会每月召开1次，党员大会
每季度召开1次，党课每季度1次", "每月…一次", "每季度召开一次", "100%", "100%", "每人每年…不少于4次", "年底", "每季度走访一次", "“七一”、春节", "每月…不少于
50户", "每季度更新一次", "百分之九十八以上", "48小时", "百分之九十五以上", "每月开展一次", "百分之九十以上", "每季度至少召开一次", "年内…不少于3件", "每周
…不少于2次", "100%", "每周开放不少于5天", "年初", "年底", "百分之八十五以上", "年底", "百分之九十以上"); "最高扣" caps; bands of the 网格党组织 覆盖率
(3.5 of the 5 points, closed by "80%以下的不得分"), of the 报到率 (2 of the 7, closed by "95%以下的不得分"), of the 准确率 (4 of the 8, closed by "90%以下的
不得分"), of the 办结率 (6 of the 8, closed by "85%以下的不得分"), of the 整改率 (3 of the 6, closed by "90%以下的不得分"), of the 知晓率 (all 6, closed by
"75%以下的不得分") and of the 年底 满意度 (all 9, closed by "80%以下的不得分"); "每低10个百分点" once and "每低5个百分点" twice; "酌情扣0.5-1分" once,
"酌情扣0.5-1.5分" twice, "酌情扣1-2分" once and "酌情扣1分" once; two "本项不得分".
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


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 考核要求, 分值, 扣分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzp_pingxiang_bayi_jiedao_shequ_wangge_dangjian_xlsx",
    fmt="xlsx",
    title="八一街道党工委2025年度社区党委网格化党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("网格组织体系", "一、网格组织体系（20分）", 20, (
            _row("网格划分",
                 "按照“规模适度、便于管理”原则，每个网格300—500户，网格划分图上墙公示；网格党支部（党小组）覆盖率100%。", 5,
                 "网格划分不合理的扣1分；网格划分图未上墙的扣0.5分；网格党组织覆盖率100%的得3.5分，90%（含）—100%的得2分，80%（含）—90%的得1分，80%"
                 "以下的不得分。"),
            _row("网格队伍",
                 "每个网格配备1名党员网格长、1名专职网格员，建立网格长、网格员花名册；楼栋长、单元长中党员比例不低于百分之五十。", 5,
                 "网格长、网格员每缺1名扣0.5分，最高扣2分；无花名册的扣1分；党员比例每低10个百分点扣0.5分，最高扣2分。"),
            _row("组织生活",
                 "网格党支部严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；每月结合网格实际开展一次主题党日。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分，最高扣2分；活动未结合网格实际的，酌情扣0.5-1分。"),
            _row("三级联动",
                 "建立“社区党委—网格党支部—楼栋党小组”三级联动机制，社区党委每季度召开一次网格工作联席会议，研究解决网格难点问题。", 4,
                 "未建立三级联动机制的扣1分；联席会议每少1次扣0.5分；研究问题未落实的，酌情扣1分。"),
        )),
        Section("网格党员管理", "二、网格党员管理（20分）", 20, (
            _row("党员入格",
                 "将社区党员全部编入网格，党员入格率100%；设立党员责任岗，党员户挂牌亮身份。", 6,
                 "入格率每低5个百分点扣1分，最高扣3分；未设立党员责任岗的扣1.5分；党员户未挂牌的，酌情扣0.5-1.5分。"),
            _row("在职党员",
                 "机关企事业单位在职党员到社区报到率达到100%，编入网格认领服务岗位，每人每年参加网格志愿服务不少于4次；年底向报到党员所在单位反馈服务"
                 "情况。", 7,
                 "报到率100%的得2分，95%（含）—100%的得1分，95%以下的不得分；参加志愿服务不足4次的，每人扣0.1分，最高扣3分；未向所在单位反馈的扣2分。"),
            _row("关爱服务",
                 "建立网格党员“一人一档”；每季度走访一次网格内老党员、困难党员；“七一”、春节前开展关爱慰问。", 7,
                 "党员档案每缺1人扣0.2分，最高扣2分；走访每少1人次扣0.1分，最高扣2分；未开展关爱慰问的，每次扣1.5分。"),
        )),
        Section("网格服务治理", "三、网格服务治理（35分）", 35, (
            _row("入户走访",
                 "网格员每月入户走访不少于50户，做到独居老人、困难家庭、重点人员、新入住居民“四必访”；网格基础信息每季度更新一次，信息采集准确率达到"
                 "百分之九十八以上。", 8,
                 "走访不足50户的，每人每月扣0.1分，最高扣2分；信息更新每少1次扣0.5分；准确率98%以上的得4分，95%（含）—98%的得3分，90%（含）—95%的得1分，"
                 "90%以下的不得分。"),
            _row("事件处置",
                 "网格事件实行“发现—上报—处置—反馈”闭环管理，一般事件48小时内办结，事件按期办结率达到百分之九十五以上。", 8,
                 "办结率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分；事件处置超时未反馈的，每件扣0.2分，最高扣2分。"),
            _row("矛盾调处",
                 "网格党支部每月开展一次矛盾纠纷排查，建立矛盾纠纷排查化解台账；矛盾纠纷化解率达到百分之九十以上；全年辖区不发生因矛盾纠纷引发的“民转刑”"
                 "案件。", 7,
                 "排查每少1次扣0.3分，最高扣2分；无排查化解台账的扣1分；化解率每低5个百分点扣1分，最高扣2分；发生“民转刑”案件的，本项不得分。"),
            _row("网格议事",
                 "以网格为单元开展“网格议事”，每季度至少召开一次网格议事会，议定事项公示；年内协商解决停车、加装电梯等民生事项不少于3件。", 6,
                 "网格议事会每少1次扣0.5分，最高扣2分；议定事项未公示的扣1分；协商事项每少1件扣1分。"),
            _row("安全隐患",
                 "网格员每周巡查网格不少于2次，及时发现上报消防、燃气、电动车充电等安全隐患；隐患整改率达到100%。", 6,
                 "巡查不到位的，酌情扣1-2分；整改率100%的得3分，90%（含）—100%的得2分，90%以下的不得分；辖区发生较大以上安全事故的，本项不得分。"),
        )),
        Section("网格阵地保障", "四、网格阵地保障（10分）", 10, (
            _row("服务站点",
                 "每个网格建有网格党群服务站（点），有标识、有制度、有公示栏；站点每周开放不少于5天。", 5,
                 "站点未建立的，每个扣1分，最高扣2分；标识、制度、公示栏每缺一项扣0.5分；开放时间不足的扣1分。"),
            _row("经费台账",
                 "网格党建工作经费专款专用；年初制定网格党建工作计划，年底形成工作总结；网格工作台账规范完整。", 5,
                 "经费未专款专用的扣1.5分；缺计划或总结的，每项扣1分；台账不规范、不完整的，酌情扣0.5-1.5分。"),
        )),
        Section("群众评价", "五、群众评价（15分）", 15, (
            _row("知晓率",
                 "居民对所在网格的网格长、网格员知晓率达到百分之八十五以上。", 6,
                 "知晓率90%以上的得6分，85%（含）—90%的得4分，75%（含）—85%的得2分，75%以下的不得分。"),
            _row("满意度",
                 "年底由街道委托第三方对网格服务开展群众满意度测评，满意度达到百分之九十以上。", 9,
                 "满意度95%以上的得9分，90%（含）—95%的得7分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核要求", "分值", "扣分细则"]
NOTE = ("说明：1.本表由街道党工委于12月中旬组织考核，党建办牵头，社区治理服务中心、综治中心、应急办参加，街道纪工委派员监督，采取查阅资料、实地"
        "查看、入户走访、电话抽访相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；扣分细则列明得分档次的，按档次计分；3.事件办结率、信息采集"
        "准确率以市域社会治理综合平台数据为准，知晓率以考核组每个社区随机入户访问不少于30户统计；4.考核结果分为“好”“较好”“一般”“差”四个等次，"
        "与社区工作经费和网格员绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "网格党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：八一街道各社区党委", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 11, 56, 6, 60))
    wb.save(str(path))
