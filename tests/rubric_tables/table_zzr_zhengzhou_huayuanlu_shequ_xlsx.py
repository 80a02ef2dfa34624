"""中共郑州市金水区花园路街道工作委员会2025年度社区党组织党建工作综合考评细则 (.xlsx), as a 河南 郑州 主城区 街道党工委 (its 党建办
with the 平安建设办, the 城市管理办, the 财政所 and the 街道纪工委, a 考评组 going round each 社区 in December, the 述职评议 graded by
等次) scores each 社区党委 in 郑州's words, with the 无物业老旧小区 and their 自管小组: 政治引领 (the “第一议题” with twelve 集中学习 and
32学时, the half-yearly 意识形态 专题会议 with the quarterly 更新 of the 宣传阵地, the 书记's 年初 任务清单 and 年底 述职 graded by 等次,
“党员亮身份” with the 挂牌率 in Chinese numerals, the quarterly 积分 公示 and the 年底 “红旗党员” 评选), 组织建设 (the 小区党组织 覆盖率
with the 自管小组, the “两委” with an age share, four with a 大专 and three 后备干部 with one under 35, “三会一课” of the 网格（小区）党支部
with the 书记's two 党课, the monthly 主题党日 with its 到会率 and the 补学, 组织生活会 with 谈心谈话, 民主评议, the 备案 and the 组织处置,
one member in two years with the 系统), 基层治理 (the 党员网格员's two 走访 a month with the 处置率, the monthly “物业联席会” with a 满意率 in
bands, the quarterly 居民议事会 with the 公开 of its 决议, a deduction-only 平安 line, the “三张清单” with ten 实事 and the 代办帮办) and
保障落实 (the 党群服务中心 open eight hours with a monthly 党群活动, the quarterly 公开 of the 专项经费, 计划 / 总结 and the 台账, a
deduction-only line on the 社区工作者).

A merged title row, a merged "考评对象：花园路街道所辖各社区党委" line and a merged "社区：…  社区党委书记：…  考评组：…  考评时间：2025年
12月" line above the header 序号 | 考核内容 | 评分标准 | 标准分 | 考核方式 | 得分. The categories are SECTION ROWS merged across the sheet,
printed with an ordinal on one line, "一、政治引领（20分）". 序号 (first column, numeric cells) runs 1..19 through the sheet, NOT
restarting under the section rows. 标准分 (the points) comes AFTER the 评分标准, a plain number. 考核方式 (`Row.method`) says only how the
考评组 checks (查阅资料, 平台核查, 实地查看, 民主测评, 查阅会议记录, 查阅档案, 入户走访, 问卷调查, 查阅账目, 街道平安办核实, 向街道纪工委
核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts partly in Chinese numerals ("百分之
百", "每半年召开一次", "至少讲两次党课", "不少于十件"); "最高扣" caps; a 满意率 in bands ("低于70%的不得分" closing them); the 述职 graded by
等次; "近两年至少发展党员1名"; two lines are deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzr_zhengzhou_huayuanlu_shequ_xlsx",
    fmt="xlsx",
    title="中共郑州市金水区花园路街道工作委员会2025年度社区党组织党建工作综合考评细则",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            Row("社区党委落实“第一议题”制度，全年组织集中学习不少于12次；每名党员年度学习培训不少于32学时。", 6,
                "集中学习每少1次扣0.5分；学时不达标的，每人扣0.1分，最高扣2分。", "查阅资料、平台核查"),
            Row("每半年召开一次意识形态工作专题会议；社区宣传栏、小区楼道宣传阵地每季度更新一次内容。", 4,
                "专题会议每少1次扣1分；宣传阵地更新每少1次扣0.3分。", "查阅资料、实地查看"),
            Row("社区党委书记年初列出抓党建任务清单，年底向街道党工委述职，述职评议等次为“好”。", 5,
                "无任务清单的扣1分；未述职的扣2分；述职评议为“较好”等次的扣1分，为“一般”等次的扣3分，为“差”等次的本项不得分。",
                "查阅资料、民主测评"),
            Row("开展“党员亮身份、社区作贡献”活动，党员挂牌率达到百分之百；党员积分每季度公示一次，年底评选“红旗党员”。", 5,
                "挂牌率每低5个百分点扣0.5分；积分未公示的，每次扣0.5分；未开展“红旗党员”评选的扣1分。", "实地查看、查阅资料"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("健全“社区党委—网格（小区）党支部—楼院党小组—党员中心户”组织链条，小区党组织覆盖率达到百分之百；无物业老旧小区全部成立"
                "党组织领导的自管小组。", 5,
                "覆盖率每低5个百分点扣1分；无物业小区未成立自管小组的，每个扣0.5分，最高扣2分。", "查阅资料、实地查看"),
            Row("社区“两委”成员中45周岁以下的占比不低于50%，大学专科及以上学历的不少于4名；储备后备干部不少于3名，其中35周岁以下的不少于"
                "1名。", 6,
                "年龄占比不达标的扣1分；大专及以上学历成员每少1名扣0.5分；后备干部每少1名扣0.5分；无35周岁以下后备干部的扣1分。",
                "查阅资料"),
            Row("网格（小区）党支部支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；社区党委书记每年至少讲两次党课。", 6,
                "“三会一课”每缺1次扣0.3分，最高扣3分；书记讲党课每少1次扣1分；会议记录弄虚作假的，本项不得分。", "查阅会议记录"),
            Row("每月相对固定一天开展主题党日活动，党员到会率达到90%以上；因故缺席的党员一周内补学。", 5,
                "主题党日每少1次扣0.5分；到会率每低1个百分点扣0.1分，最高扣1.5分；未组织补学的扣0.5分。", "查阅资料、平台核查"),
            Row("每年召开一次组织生活会并开展民主评议党员，会前开展谈心谈话，评议结果报街道党工委备案；对评定为“不合格”的党员按规定进行"
                "组织处置。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；未备案的扣0.5分；组织处置不及时的扣0.5分。",
                "查阅会议记录"),
            Row("严格发展党员程序，近两年至少发展党员1名；发展党员各环节材料齐全，在全国党员管理信息系统中及时录入。", 4,
                "两年内未发展党员的扣2分；档案材料每缺1份扣0.2分；信息录入不及时的扣0.5分；违反程序发展党员的，本项不得分。",
                "查阅档案、平台核查"),
        )),
        Section("基层治理", "三、基层治理（30分）", 30, (
            Row("全面落实“党建+网格”，党员网格员每月入户走访不少于2次；网格事件通过城市综合治理平台上报，按时处置率达到95%以上。", 6,
                "走访每少1次扣0.2分，最高扣2分；处置率每低1个百分点扣0.2分。", "平台核查、入户走访"),
            Row("建立社区党委领导下的居委会、业委会（物管会）、物业服务企业协调运行机制，每月至少召开一次“物业联席会”；物业服务满意率达到"
                "90%以上。", 6,
                "联席会每少1次扣0.3分；满意率达到90%以上的得3分，80%—90%的得2分，70%—80%的得1分，低于70%的不得分。",
                "查阅资料、问卷调查"),
            Row("每季度召开一次居民议事会；对加装电梯、停车管理等涉及居民切身利益的重大事项，召开听证会、协调会，形成决议后向居民公开。", 5,
                "议事会每少1次扣0.5分；重大事项未经协商的，每项扣1分；决议未公开的，每项扣0.5分。", "查阅资料、入户走访"),
            Row("辖区未发生较大及以上安全生产事故、重大刑事案件、群体性事件和赴省进京非正常上访。", 6,
                "发生群体性事件或赴省进京非正常上访的，每起扣2分；发生重大刑事案件的，每起扣3分；发生较大及以上安全生产事故的，该项不得分，"
                "年度考评不得评为“先进”。", "街道平安办核实"),
            Row("建立社区居民需求、辖区资源、服务项目“三张清单”，全年办结民生实事不少于十件；为老年人、残疾人等特殊群体提供代办帮办服务。",
                7, "无“三张清单”的扣1分；实事每少1件扣0.5分；代办帮办服务未落实的扣1分；群众投诉经核实的，每次扣0.5分。",
                "查阅资料、实地查看"),
        )),
        Section("保障落实", "四、保障落实（20分）", 20, (
            Row("党群服务中心每天开放不少于8小时，节假日轮流值班；每月开展党群活动不少于1次。", 6,
                "开放时间不足或节假日无人值班的，每次扣0.5分；党群活动每少1次扣0.3分；阵地挪作他用的，本项不得分。", "实地查看、查阅资料"),
            Row("服务群众专项经费使用经社区党委会研究、居民代表会议通过，每季度在社区公开栏公开使用明细。", 5,
                "未经研究或通过的，每笔扣0.5分；公开每少1次扣0.5分；挤占挪用经费的，本项不得分。", "查阅账目"),
            Row("年初制定党建工作计划，年底形成工作总结；党建台账实行“一事一档”，电子化管理。", 4,
                "无计划、总结的，每项扣1分；台账不规范的，酌情扣0.5—1分。", "查阅资料"),
            Row("社区工作者遵守廉洁纪律，无违规违纪问题（扣分项）。", 5,
                "社区工作者受到党纪政务处分的，每人扣2分；被区级以上通报批评的，每次扣1分；因工作不力被媒体曝光造成不良影响的，本项不得分。",
                "向街道纪工委核实"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "标准分", "考核方式", "得分"]
NOTE = ("说明：1.考评由街道党工委统一组织，采取听取汇报、查阅资料、实地查看、入户走访、问卷调查相结合的方式；2.各项扣分以该项标准分为限，"
        "扣完为止；3.考评结果分为“先进”“达标”“基本达标”“不达标”四个等次，“先进”等次不超过社区总数的三分之一；4.考评结果与社区"
        "党组织书记绩效报酬、评先评优挂钩，“不达标”的社区党组织列入软弱涣散排查范围。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "综合考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考评对象：花园路街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：              社区党委书记：              考评组：              考评时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 52, 48, 7, 16, 7))
    wb.save(str(path))
