"""中共成都市武侯区玉林街道工作委员会2025年上半年社区党建工作督查评分表 (.xlsx), as a 四川 成都 中心城区 街道党工委 (its 党建办
with the 平安办 and the 社区发展治理办, a 督查组 going round each 社区 in July over the 1月1日—6月30日 period, the half-year score
counted into the year's 考核) checks each 社区党委 half-way through the year in 成都's own words: 责任落实 (the 年初 计划 and 书记项目
with its 备案 and the 半年小结, the 社区党委's 专题研究 twice in the half year with a monthly “第一议题” 学习, the half-yearly 意识形态
研判 with the “三审三校”), 组织生活 (the 网格党支部's “三会一课” with the 党员大会 and 党课 counted over the half year, the monthly 主题党日
with its 参加率 and 补课, the 2024年度 组织生活会 and 民主评议 held by March with the 整改清单 and the 备案, the 谈心谈话 over the half year
and the 春节 慰问), 党员队伍 (the 公示 of each 发展 step with the quarterly 思想汇报, 党费 with its 上缴 by 30 June, 16学时 in the half year
with a quarterly 通报, “双报到” with two 志愿服务 in the half year), 基层治理 (the 网格党支部's monthly 例会 with the 诉求台账 and the
办结率, “党建引领+院落自治” with a quarterly 院落议事会 and its 公开, a deduction-only 平安 line, the monthly 志愿服务 and three 实事 in the
half year) and 整改落实 (the 整改方案 / 整改台账 of last year's 考核 and 巡察 with the 完成率, the 监委会's two 监督检查 with a deduction-only
part on the “两委”).

A merged title row, a merged "督查对象：玉林街道所辖各社区党委" line, a merged "督查时段：2025年1月1日至6月30日" line and a merged
"社区：…  社区党委书记：…  督查组：…  督查时间：2025年7月" line above the header 序号 | 督查事项 | 督查要点 | 分值 | 扣分标准 | 督查方式 |
发现问题 | 得分 (分值 BEFORE the 扣分标准). The categories are SECTION ROWS merged across the sheet, printed with an ordinal on one line,
"一、责任落实（15分）". 序号 (first column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 督查事项 is a short
sub-label (`Row.indicator`). 分值 is a plain number. 督查方式 (`Row.method`) says only how the 督查组 checks (查阅资料, 查阅会议记录,
平台核查, 个别谈话, 实地查看, 入户走访, 查阅账目, 街道平安办核实, 向街道纪工委核实); it is no 佐证 column. 发现问题 and 得分 are blank. A
合计 row and a merged 说明 row close the sheet. Counts are set over the half year ("上半年不少于2次", "上半年至少开展一次", "6月底前") as
well as monthly and quarterly; "最高扣" caps; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzp_yulin_shequ_bannian_ducha_xlsx",
    fmt="xlsx",
    title="中共成都市武侯区玉林街道工作委员会2025年上半年社区党建工作督查评分表",
    numbering="restart",
    sections=(
        Section("责任落实", "一、责任落实（15分）", 15, (
            Row("年初制定2025年度社区党建工作计划，确定书记项目并报街道党工委备案；6月底前形成上半年党建工作小结。", 5,
                "无年度工作计划的扣2分；书记项目未确定或未备案的扣1分；无半年小结的扣1分。", "查阅资料", indicator="计划小结"),
            Row("社区党委上半年专题研究党建工作不少于2次；每月落实“第一议题”学习，及时传达学习上级重要会议和文件精神。", 5,
                "专题研究每少1次扣1分；“第一议题”学习每缺1次扣0.5分。", "查阅会议记录", indicator="专题研究"),
            Row("上半年至少开展一次意识形态形势分析研判；社区微信公众号、居民微信群发布信息落实“三审三校”。", 5,
                "未开展分析研判的扣2分；发布信息未落实“三审三校”的，每次扣0.5分；发布错误导向信息被通报的，本项不得分。",
                "查阅资料、平台核查", indicator="意识形态"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("网格党支部支委会每月召开1次，党小组会每月召开1次；党员大会上半年不少于2次，党课上半年不少于2次。", 8,
                "“三会一课”每少1次扣0.3分，最高扣5分；会议记录要素不全的，每本扣0.2分。", "查阅会议记录、平台核查",
                indicator="“三会一课”"),
            Row("每月固定日期开展主题党日活动，党员参加率达到85%以上；因病因事未参加的党员及时补课。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；补课未落实的扣0.5分。", "查阅资料、平台核查",
                indicator="主题党日"),
            Row("2024年度组织生活会和民主评议党员于3月底前完成，会上查摆问题形成整改清单，评议结果报街道党工委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；无整改清单的扣1分；评议结果未备案的扣0.5分。",
                "查阅会议记录", indicator="组织生活会"),
            Row("支部书记与支部委员、支部委员与党员之间上半年开展谈心谈话全覆盖；春节期间走访慰问生活困难党员和老党员。", 5,
                "谈心谈话未全覆盖的，每缺1人扣0.1分，最高扣2分；春节期间未开展走访慰问的扣1分。", "查阅资料、个别谈话",
                indicator="谈心谈话"),
        )),
        Section("党员队伍", "三、党员队伍（20分）", 20, (
            Row("按照年度发展党员计划推进，确定入党积极分子、发展对象等环节严格落实公示制度；入党积极分子每季度提交一次思想汇报。", 5,
                "发展环节未公示的，每次扣0.5分；思想汇报每缺1次扣0.2分；发展程序违规的，本项不得分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴台账清晰；上半年党费于6月底前足额上缴街道党工委。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣2分；未按时上缴的扣1分；台账记录不清的扣0.5分。", "查阅账目",
                indicator="党费管理"),
            Row("党员上半年参加集中学习培训不少于16学时；党员学习平台学习情况每季度在支部内通报一次。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未通报的，每次扣0.5分。", "平台核查", indicator="学习培训"),
            Row("在职党员到社区报到率达到100%；上半年每名报到党员参加社区志愿服务不少于2次。", 5,
                "报到率每低1个百分点扣0.2分；志愿服务未达到2次的，每人扣0.1分，最高扣2分。", "平台核查、查阅资料",
                indicator="双报到"),
        )),
        Section("基层治理", "四、基层治理（25分）", 25, (
            Row("网格党支部每月召开一次网格工作例会，梳理网格居民诉求，建立诉求台账；居民诉求办结率达到90%以上。", 6,
                "例会每少1次扣0.5分；无诉求台账的扣1分；办结率每低1个百分点扣0.2分，最高扣2分。", "查阅资料、入户走访",
                indicator="网格党建"),
            Row("推行“党建引领+院落自治”，每个院落（小区）建立党组织或党小组；院落议事会每季度至少召开一次，议事结果及时公开。", 6,
                "院落党组织（党小组）未建立的，每个扣0.5分，最高扣2分；议事会每少1次扣0.5分；议事结果未公开的，每次扣0.3分。",
                "实地查看、查阅资料", indicator="院落自治"),
            Row("上半年辖区未发生重大安全事故、群体性事件、越级上访和重大负面舆情。", 7,
                "发生群体性事件或越级上访的，每起扣2分；出现负面舆情被市级以上媒体曝光的，每次扣3分；发生重大安全事故的，本项不得分。",
                "街道平安办核实", indicator="平安稳定"),
            Row("社区党群服务中心落实“一站式”服务，每月开展党员志愿服务活动不少于2次；上半年办结民生实事不少于3件。", 6,
                "志愿服务活动每少1次扣0.3分；实事每少1件扣1分；群众投诉经查实的，每次扣0.5分。", "查阅资料、实地查看",
                indicator="服务群众"),
        )),
        Section("整改落实", "五、整改落实（15分）", 15, (
            Row("针对2024年度考核和区委巡察反馈问题制定整改方案，建立整改台账，6月底前整改完成率达到100%。", 8,
                "无整改方案的扣2分；无整改台账的扣1分；整改完成率每低10个百分点扣1分；虚假整改、敷衍整改的，本项不得分。", "查阅资料",
                indicator="问题整改"),
            Row("社区“两委”成员无违纪违法问题；居务监督委员会上半年对社区财务收支开展监督检查不少于2次。", 7,
                "监督检查每少1次扣1分；“两委”成员受到党纪政务处分的，每人扣3分；发生“微腐败”问题被查处的，本项不得分。",
                "向街道纪工委核实", indicator="廉洁自律"),
        )),
    ),
)

HEADER = ["序号", "督查事项", "督查要点", "分值", "扣分标准", "督查方式", "发现问题", "得分"]
NOTE = ("说明：1.本次督查由街道党工委组织督查组于7月上旬实施，采取查阅资料、平台核查、实地查看、入户走访、个别谈话相结合的方式；2.各项"
        "扣分以该项分值为限，扣完为止；3.督查得分按30%计入社区党组织年度党建考核；4.督查发现的问题列入整改清单，社区党委须在一个月内"
        "完成整改并书面报告街道党工委。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "上半年督查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "督查对象：玉林街道所辖各社区党委", ncols)
    xlsx_line(ws, "督查时段：2025年1月1日至6月30日", ncols)
    xlsx_line(ws, "社区：              社区党委书记：              督查组：              督查时间：2025年7月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 50, 6, 46, 18, 16, 7))
    wb.save(str(path))
