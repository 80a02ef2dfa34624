"""嘉兴市南湖区委组织部2026年度党员教育基地运行情况评估细则 (.docx), as the 区委组织部 评估组 rates each 党员教育基地
(a memorial hall, a 红色 village, an enterprise exhibition hall) on 基础建设, 教育功能, 运行管理, 社会评价.

An "附件3" line, the title (bold, centred) and a "基地名称：… 所属镇（街道）：… 评估日期：…" paragraph above one table:
评估项目 | 序号 | 评估内容 | 评价标准 | 分值 | 评估方式. 评估项目 (the category) is merged down its rows and printed with
an ordinal and its points on two lines ("一、基础建设\\n（20分）"; the category name is "基础建设"). 序号 is printed
"1-1", "1-2", … "4-2": the first figure is the category, the second restarts under each category (ids "c.i", numbering
"restart"). 分值 is a plain number. 评估方式 (`Row.method`) says how the row is checked and which papers are looked at.
A 合计 row and a "备注：" paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="t_jiaoyu_jidi_pinggu_docx",
    fmt="docx",
    title="嘉兴市南湖区委组织部2026年度党员教育基地运行情况评估细则",
    numbering="restart",
    sections=(
        Section("基础建设", "一、基础建设\n（20分）", 20, (
            Row("基地有固定场所，展陈面积不少于200平方米，展陈内容主题鲜明、史料准确，每两年至少更新一次展陈内容。", 7,
                "展陈面积不达标的扣2分；史料有明显差错的，每处扣1分；两年内未更新展陈的扣2分。", "实地查看"),
            Row("配备专职讲解员不少于2名、兼职（志愿）讲解员不少于5名，讲解员每年参加业务培训不少于16学时。", 6,
                "讲解员每少1名扣1分；培训学时不足的，每人扣0.5分。", "查阅讲解员名册、培训记录"),
            Row("建立基地管理、安全保卫、讲解服务、预约接待等制度，消防器材配备齐全并在有效期内。", 7,
                "制度每缺一项扣1分；消防器材不全或过期的扣3分。", "查阅制度文本、实地查看"),
        )),
        Section("教育功能", "二、教育功能\n（35分）", 35, (
            Row("围绕党史学习教育、理想信念教育等主题开发现场教学精品课程不少于3门，每门课程有讲稿、有课件。", 8,
                "课程每少1门扣2分；课程质量不高的酌情扣1-2分。", "查阅课程资料、随堂听课"),
            Row("全年承接党员集中教育培训、主题党日等活动不少于30批次，接待党员群众不少于3000人次。", 8,
                "活动每少1批次扣0.2分，最高扣4分；接待人次不足的扣2分。", "查阅接待登记台账"),
            Row("每季度至少开展1次面向社区、学校、企业的送教上门或流动展览活动。", 6,
                "每少1次扣1.5分。", "查阅活动记录、照片"),
            Row("运用线上展馆、微信公众号等开展网上教育，全年推送学习内容不少于24期，点击量较上年有所增长。", 6,
                "每少推送1期扣0.2分；点击量未增长的扣1分。", "查看平台后台数据"),
            Row("参观党员填写学习体会或留言，现场教学后开展教学效果问卷调查，满意率达到95%以上。", 7,
                "未开展问卷调查的扣3分；满意率每低1个百分点扣0.5分。", "查阅留言簿、调查问卷"),
        )),
        Section("运行管理", "三、运行管理\n（30分）", 30, (
            Row("实行预约参观制度，建立参观接待登记台账，逐批登记来访单位、人数和活动内容。", 6,
                "无登记台账的扣4分；登记不全的酌情扣分。", "查阅台账"),
            Row("基地每周开放不少于5天，法定节假日正常开放，开放时间向社会公布。", 5,
                "开放时间不足或未公布的扣2分；无故闭馆的，每次扣1分。", "实地查看、电话抽查"),
            Row("基地所在党组织每半年召开一次运行管理分析会，研究解决存在问题；年初有工作计划，年终有工作总结。", 7,
                "分析会每少1次扣1.5分；缺计划或总结的，每项扣2分。", "查阅会议记录、计划、总结"),
            Row("建立运行经费使用台账，专款专用，经费收支情况每年公开一次。", 6,
                "无经费台账的扣3分；挤占挪用经费的本项不得分；未公开的扣2分。", "查阅财务资料"),
            Row("做好讲解、展陈、活动的影像资料收集，建立基地工作档案，资料按年度分类归档。", 6,
                "无影像资料的扣2分；档案不规范的酌情扣1-3分。", "查阅档案"),
        )),
        Section("社会评价", "四、社会评价\n（15分）", 15, (
            Row("评估组随机抽取近一年到基地参观的单位不少于10家，开展满意度测评。", 8,
                "满意度90%以上得8分，80%（含）—90%得5分，70%（含）—80%得2分，70%以下不得分。", "电话回访、问卷测评"),
            Row("基地经验做法年内被市级以上媒体宣传报道不少于1次，未发生安全责任事故和不良社会影响事件。", 7,
                "无媒体报道的扣4分；发生安全责任事故或造成不良社会影响的，本项不得分。", "查阅报道资料"),
        )),
    ),
)

HEADER = ["评估项目", "序号", "评估内容", "评价标准", "分值", "评估方式"]
NOTE = ("备注：1.评估总分85分以上的为“优秀”，70—84分的为“合格”，70分以下的为“不合格”；2.连续两年评估不合格的，取消党员"
        "教育基地命名；3.各项扣分不超过该项分值。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    document.add_paragraph("基地名称：                    所属镇（街道）：                评估日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        first = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}-{ii}"), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 3, "合计")
    tbl.cell(r, 4).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
