"""中共秭归县茅坪镇委员会2026年上半年村党支部党建工作督查评分表 (.docx), as a 湖北 镇党委 (its 组织办 with the 驻村工作组
running a mid-year 督查 in early July) scores each 村党支部 on the first half of the year only: 组织生活 (支委会 monthly,
党员大会 and 党课 in the half year, 主题党日 and the "七一" 重温入党誓词, the quality of the “三会一课” 记录, 集中学习), 班子与党员
队伍 (班子 on duty, 流动党员, 党费 上缴 by the end of June, 发展党员 at its start, 党员承诺践诺), 重点任务 (“四议两公开” on
two sampled matters, 集体经济 progress, 党员 "清洁家园" 志愿服务, 代办服务, 森林防火 and 防溺水) and 基础工作 (the plans made
at 年初 and the 上半年小结, 台账, 信息 and the 公开栏).

The title (bold, centred), a centred "（检查时段：2026年1月1日至6月30日）" line and a "村名：…村  支部书记：…  党员：…名（其中
流动党员…名）  检查人：…" line above one table: 检查项目 | 检查内容 | 扣分标准 | 分值 | 检查情况 (分值 AFTER the 扣分标准). The
categories are MERGED CELLS down the 检查项目 column (first), printed on two lines without an ordinal, "组织生活\\n（30分）".
There is NO 序号: items are numbered by position (1..18). 分值 is a plain number. 检查情况 is a blank column for the 检查组's
notes. A 合计 row and a 说明 paragraph close the document. Counts are printed for the half year ("上半年…不少于2次") or per month.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zx_cun_zhibu_bannian_jiancha_docx",
    fmt="docx",
    title="中共秭归县茅坪镇委员会2026年上半年村党支部党建工作督查评分表",
    numbering="position",
    sections=(
        Section("组织生活", "组织生活\n（30分）", 30, (
            Row("上半年支部委员会每月召开1次，共6次，研究落实镇党委部署的重点任务。", 6,
                "支委会每少1次扣1分。"),
            Row("上半年召开党员大会不少于2次、党课不少于2次，其中支部书记讲党课1次；党小组会每月召开1次。", 8,
                "党员大会、党课每少1次扣1分；书记未讲党课的扣1分；党小组会每少1次扣0.3分，最多扣2分。"),
            Row("每月开展1次主题党日活动，“七一”前后组织党员重温入党誓词；在家党员参加率不低于80%，外出党员通过微信群线上参加。", 6,
                "主题党日每少1次扣0.5分；未组织重温入党誓词的扣1分；参加率低于80%的，每次扣0.5分。"),
            Row("“三会一课”会议记录要素齐全（时间、地点、主持人、应到实到人数、缺席人员及原因、议题、发言、决议），不得事后补记、"
                "代签；会议签到表由本人签字。", 5,
                "记录要素不全的，每次扣0.2分；发现补记、代签的，每次扣1分，最多扣3分。"),
            Row("落实“第一议题”学习，上半年开展集中学习不少于6次；在家党员“学习强国”注册使用率达到百分之百。", 5,
                "集中学习每少1次扣0.5分；注册使用率未达到100%的扣1分。"),
        )),
        Section("班子与党员队伍", "班子与党员队伍\n（25分）", 25, (
            Row("村“两委”班子分工明确，落实坐班值班制度，村党群服务中心工作日有人值守；镇党委不定期抽查村干部在岗情况。", 5,
                "分工不明确的扣1分；抽查发现无人在岗的，每次扣1分。"),
            Row("流动党员建立“一人一档”，上半年与每名流动党员至少联系2次；党员组织关系转接及时，全国党员管理信息系统信息更新及时"
                "准确。", 5,
                "流动党员每少联系1人次扣0.2分，最多扣2分；信息系统每错漏1处扣0.2分。"),
            Row("党员按月交纳党费，上半年党费于6月底前足额上缴镇党委；党费收缴情况在党员大会上公布。", 5,
                "未按月交纳的，每人次扣0.1分；未按时上缴的扣2分；未公布的扣1分。"),
            Row("年初制定年度发展党员计划，上半年确定入党积极分子不少于1名并落实培养联系人；对入党积极分子每季度考察一次，有书面"
                "记录。", 5,
                "无发展党员计划的扣1分；未确定入党积极分子的扣2分；考察每少1次扣0.5分。"),
            Row("年初组织党员公开承诺，承诺事项在村务公开栏公示；上半年对党员践诺情况开展一次集中点评。", 5,
                "未组织公开承诺的扣2分；承诺事项未公示的扣1分；未开展点评的扣1分。"),
        )),
        Section("重点任务", "重点任务\n（30分）", 30, (
            Row("上半年村级重大事项（项目建设、资金使用、土地流转等）全部执行“四议两公开”，决议和实施结果公开；镇检查组随机抽查2件"
                "重大事项。", 6,
                "抽查发现未执行“四议两公开”的，每件扣2分；程序不完整的，每件扣1分；结果未公开的扣1分。"),
            Row("村集体经济项目按计划推进，上半年村集体经济收入年度目标完成率达到40%以上。", 6,
                "完成率每低10个百分点扣1分；项目未按期开工的扣2分。"),
            Row("每月组织党员开展1次“清洁家园”志愿服务；党员责任区环境整洁，无被镇通报的情况。", 6,
                "志愿服务每少1次扣1分；党员责任区被镇通报的，每次扣2分。"),
            Row("党群服务中心代办服务事项登记在册，上半年办结率达到98%以上；群众反映的问题3个工作日内答复。", 6,
                "代办事项未登记的扣1分；办结率每低1个百分点扣0.5分；答复超时的，每件扣0.5分。"),
            Row("上半年开展森林防火、防溺水宣传各不少于2次，党员包片巡查到位；未发生森林火灾和溺水死亡事件。", 6,
                "宣传每少1次扣0.5分；巡查不到位的，酌情扣1分；发生森林火灾或溺水死亡事件的，实行“一票否决”，本项不得分。"),
        )),
        Section("基础工作", "基础工作\n（15分）", 15, (
            Row("年初制定年度党建工作计划和“三会一课”年度安排；6月底前形成上半年工作小结报镇党委组织办。", 5,
                "无年度计划的扣2分；无“三会一课”年度安排的扣1分；无上半年小结的扣2分。"),
            Row("党员花名册、“三会一课”记录本、党费收缴台账、主题党日活动记录等台账按月整理；资料真实，无弄虚作假。", 5,
                "台账每缺1本扣1分；发现弄虚作假的，本项不得分。"),
            Row("上半年向镇党委报送党建信息不少于3篇；村务公开栏党务公开部分每月更新1次。", 5,
                "信息每少1篇扣0.5分；公开栏未按月更新的，每次扣0.5分。"),
        )),
    ),
)

HEADER = ["检查项目", "检查内容", "扣分标准", "分值", "检查情况"]
NOTE = ("说明：本表由镇党委组织办会同驻村工作组于7月上旬组织督查，采取查阅资料、实地查看、随机走访党员群众相结合的方式进行；各项"
        "扣分以该项分值为限；督查得分按30%的权重计入村党支部年度党建工作目标考核，督查发现的问题由村党支部于7月底前整改到位。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查时段：2026年1月1日至6月30日）")
    document.add_paragraph("村名：          村    支部书记：            党员：    名（其中流动党员    名）    检查人：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, row.scoring), (3, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
