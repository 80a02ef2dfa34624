"""中共确山县委组织部2026年度软弱涣散村党组织集中整顿验收评分表 (.docx), as a 河南 县委组织部 验收组 scores each 村党组织
that was listed as 软弱涣散 at the start of the year, on 班子整顿、组织生活、问题整改、整顿成效.

A "附件3" line, the title (bold, centred), a centred "（县级验收组使用）" line and a "乡镇：…  村党组织：…  验收日期：…" line
above one table: 序号 | 验收内容及标准 | 分值 | 扣分办法 | 验收方式 | 得分. The categories are SECTION ROWS merged across the
table, printed "一、班子整顿（25分）". 序号 runs 1..16 through the table. 分值 is a plain number. 验收方式 (`Row.method`) says
only how the 验收组 checks (查阅资料、个别谈话、实地查看、入户走访、问卷测评); it names no papers. 得分 is blank. A 合计 row and
a 说明 paragraph (一票否决 and the 验收等次) close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zg_ruanruo_zhengdun_yanshou_docx",
    fmt="docx",
    title="中共确山县委组织部2026年度软弱涣散村党组织集中整顿验收评分表",
    numbering="printed",
    sections=(
        Section("班子整顿", "一、班子整顿（25分）", 25, (
            Row("村党组织书记经县乡联审后配强配优；“两委”班子成员中35周岁以下的至少1名，高中（中专）及以上学历的不少于3名；"
                "班子成员之间团结协作，无明显内耗。", 7,
                "无35周岁以下班子成员的扣2分；高中（中专）及以上学历成员不足3名的扣2分；班子不团结、内耗严重的扣3分。",
                "查阅资料、个别谈话"),
            Row("落实县级领导联系、乡镇班子成员包村、选派第一书记（驻村工作队）“三个一”帮扶措施；第一书记每月驻村工作不少于"
                "20天，驻村考勤记录完整。", 6,
                "帮扶措施每缺一项扣2分；第一书记驻村时间不足的，每少1天扣0.2分。", "查阅资料"),
            Row("按照“一村一策”制定整顿方案，列出问题清单、任务清单、责任清单，方案经乡镇党委审核后报县委组织部备案。", 6,
                "无整顿方案的，本项不得分；“三张清单”每缺一张扣1分；未报县委组织部备案的扣1分。", "查阅资料"),
            Row("村党组织书记参加县级集中轮训不少于5天；“两委”成员全年参加乡镇以上组织的培训不少于1次。", 6,
                "书记培训时间不足的扣3分；“两委”成员未参训的，每人扣0.5分。", "查阅资料"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("严格落实“三会一课”：支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月召开1次，党课每季度"
                "1次。", 8,
                "每少1次扣0.5分，扣完为止；会议记录不规范、内容空洞的酌情扣分。", "查阅资料"),
            Row("每月固定1天开展主题党日活动，在村党员参加率不低于85%，外出流动党员可通过线上方式参加。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣1分，最多扣3分。", "查阅资料、个别谈话"),
            Row("召开整顿专题组织生活会，开展民主评议党员，对照整顿问题逐项查摆剖析；对评议为不合格的党员按规定组织处置。", 6,
                "未召开专题组织生活会的扣4分；未开展民主评议党员的扣2分。", "查阅资料"),
            Row("党员按月交纳党费，无连续6个月不交纳党费未作处置的党员；建立党员花名册，外出流动党员去向清楚、联系畅通。", 5,
                "党费未按月收缴的扣2分；连续6个月不交纳党费未作处置的，每人扣1分；无党员花名册的扣1分。", "查阅资料、电话抽查"),
        )),
        Section("问题整改", "三、问题整改（25分）", 25, (
            Row("整顿方案确定的突出问题逐项整改销号，问题整改完成率达到100%。", 8,
                "完成率每低10个百分点扣2分；整改“走过场”、问题出现反弹的，本项不得分。", "查阅资料、实地查看"),
            Row("村级重大事项严格落实“四议两公开”，村务、财务每季度公开1次，公开内容真实完整。", 6,
                "未落实“四议两公开”的，发现1起扣2分；公开每少1次扣1分。", "查阅资料、实地查看"),
            Row("每月开展1次矛盾纠纷排查，整顿期间无越级上访、无群体性事件。", 5,
                "排查每少1次扣0.5分；发生越级上访的，每起扣2分；发生群体性事件的，实行一票否决，本项不得分。",
                "查阅资料、信访部门反馈"),
            Row("清理规范村级经济合同，不规范合同全部清理纠正，建立村级合同管理台账。", 6,
                "无合同管理台账的扣2分；清理不彻底的，每发现1份扣0.5分，最多扣3分。", "查阅资料"),
        )),
        Section("整顿成效", "四、整顿成效（25分）", 25, (
            Row("村集体经济经营性收入较上年有增长，年收入达到10万元以上。", 6,
                "经营性收入未增长的扣3分；年收入5万元以下的扣6分。", "查阅财务报表"),
            Row("党员群众对整顿工作满意度测评（每村随机抽取党员、群众不少于30人）。", 8,
                "满意度达到90%以上的得8分；80%（含）—90%的得6分；70%（含）—80%的得3分；70%以下的不得分。", "问卷测评"),
            Row("村党组织为民办实事，年内办结群众急难愁盼实事不少于5件，办理情况向群众公示。", 5,
                "每少1件扣1分；未公示的扣1分。", "查阅资料、入户走访"),
            Row("整顿工作资料齐全规范，年底形成整顿工作总结，经乡镇党委初验合格后申请县级验收。", 6,
                "无整顿工作总结的扣3分；资料不全的酌情扣1-2分；未经乡镇党委初验的扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "验收内容及标准", "分值", "扣分办法", "验收方式", "得分"]
NOTE = ("说明：1.验收得分90分以上的为“好”，80—89分为“较好”，60—79分为“一般”，60分以下为“差”；2.发生群体性事件或村"
        "“两委”成员受到刑事处罚的，直接认定为整顿不合格，继续列入下一年度整顿名单；3.各项扣分不超过该项分值。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    docx_centred(document, "（县级验收组使用）")
    document.add_paragraph("乡镇：                    村党组织：                          验收日期：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
