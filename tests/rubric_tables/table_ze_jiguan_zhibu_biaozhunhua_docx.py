"""中共重庆市级机关工作委员会2026年度机关党支部标准化规范化建设评估细则 (.docx), as a 重庆 机关工委 scores each
机关党支部 on 支部班子、组织生活、党员管理、基础保障.

The title (bold, centred), a centred "（适用于市级机关各党支部）" line and a "支部名称：…  所属机关党委：…" line above
one table: 一级指标 | 序号 | 二级指标及标准 | 标准分 | 计分办法 | 印证资料. The categories are MERGED CELLS down the
一级指标 column, printed "支部班子\\n（16分）" (no ordinal). 序号 is printed "1.1", "1.2", … restarting in every
category. 标准分 is a plain number. 印证资料 (`Row.method`) names the papers the 支部 hands in. A 合计 row and a 评估等次
paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="ze_jiguan_zhibu_biaozhunhua_docx",
    fmt="docx",
    title="中共重庆市级机关工作委员会2026年度机关党支部标准化规范化建设评估细则",
    numbering="restart",
    sections=(
        Section("支部班子", "支部班子\n（16分）", 16, (
            Row("支部委员会由3至5名委员组成，按期换届，书记由本单位党员负责同志担任；委员分工明确。", 6,
                "未按期换届的扣3分；书记非党员负责同志担任的扣2分；分工不明确的扣1分。", "换届选举材料、委员分工文件"),
            Row("支部书记每年参加机关工委组织的集中轮训不少于56学时，每年向机关党委述职1次。", 5,
                "轮训学时不足的扣2分；未述职的扣3分。", "培训证明、述职报告"),
            Row("落实“第一议题”制度，支部委员会每月召开1次，学习习近平总书记重要讲话和重要指示批示精神作为首项议题。", 5,
                "支委会每少1次扣0.5分；未将学习作为第一议题的，发现一次扣0.5分。", "支委会会议记录"),
        )),
        Section("组织生活", "组织生活\n（34分）", 34, (
            Row("党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，党员参会率不低于90%。", 10,
                "每少1次扣1分，最多扣6分；参会率低于90%的每次扣0.5分。", "会议记录、签到表"),
            Row("每月开展1次主题党日，与“机关党员进社区”、业务工作结合，每年到联系社区开展志愿服务不少于4次。", 8,
                "主题党日少1次扣0.5分；志愿服务少1次扣1分。", "活动方案、照片"),
            Row("每年召开组织生活会，开展民主评议党员，支部班子和党员对照检查材料内容具体、问题查摆深刻。", 8,
                "未召开的不得分；对照检查材料敷衍了事的，每份扣0.5分。", "对照检查材料、测评表"),
            Row("每半年开展1次谈心谈话，支部书记与每名党员谈心谈话全年不少于1次。", 8,
                "谈心谈话每缺1人次扣0.5分。", "谈心谈话记录"),
        )),
        Section("党员管理", "党员管理\n（26分）", 26, (
            Row("党员按月交纳党费，交纳基数每年核定1次，党费收缴率100%。", 7,
                "未按月交纳的每人次扣0.2分；未核定基数的扣1分；收缴率未达100%的扣2分。", "党费收缴台账"),
            Row("党员教育每人每年集中学习不少于40学时，其中参加线上学习不少于20学时。", 6,
                "人均学时每少1学时扣0.2分，最多扣3分。", "学习档案"),
            Row("建立党员花名册，信息准确并及时更新；支部委员中45周岁以下委员不少于1名。", 6,
                "无花名册的扣2分；信息错误的每处扣0.2分；无45周岁以下委员的扣1分。", "党员花名册"),
            Row("做好发展党员和党员组织关系转接工作，全年无“口袋党员”“失联党员”。", 7,
                "发现“口袋党员”的每人扣2分；转接不及时的酌情扣分。", "组织关系转接登记"),
        )),
        Section("基础保障", "基础保障\n（24分）", 24, (
            Row("建立健全“三会一课”、党费收缴使用管理、谈心谈话等制度，制度上墙并装订成册。", 6,
                "每缺1项制度扣1分；未上墙的扣1分。", "制度汇编"),
            Row("年初制定支部工作计划，年终形成工作总结，向党员大会报告。", 6,
                "缺计划扣2分，缺总结扣2分；未向党员大会报告的扣1分。", "工作计划、工作总结"),
            Row("党员活动室面积不少于30平方米，配备党旗、入党誓词、书报刊，有专人管理。", 5,
                "缺一项扣0.5分；无专人管理的扣1分。", "实地查看"),
            Row("支部与业务处室工作同谋划、同部署、同考核，年度考核中机关党员群众评议满意率不低于90%。", 7,
                "满意率每低1个百分点扣0.5分，最多扣4分；“两张皮”问题突出的酌情扣1至3分。", "测评结果"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标及标准", "标准分", "计分办法", "印证资料"]
GRADES = ("评估等次：90分以上为“标准化规范化建设示范支部”，80分（含）—90分为“达标支部”，80分以下为“未达标支部”，"
          "未达标支部限期三个月整改。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于市级机关各党支部）")
    document.add_paragraph("支部名称：                              所属机关党委：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        top = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}.{ii}"), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(GRADES)
    document.save(str(path))
