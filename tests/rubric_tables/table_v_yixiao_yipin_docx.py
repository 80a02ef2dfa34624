"""中共南湖区委教育工委2026年度中小学校党组织“一校一品”党建品牌创建考核评分表 (.docx), as the 区委教育工委 考核组
scores each 中小学校（幼儿园）党组织 on the brand it runs: 品牌谋划、阵地载体、品牌活动、品牌成效.

An "附件2" line, the title (bold, centred), a centred "（考核对象：…）" line and a "学校（盖章）：… 党组织书记：… 品牌名称：…"
line above one table: 一级指标 | 序号 | 考核内容及要求 | 标准分 | 评分办法 | 检查方法 | 得分. 一级指标 (the category) is
merged down its rows and printed on two lines, "品牌谋划\\n（15分）" (the category name is "品牌谋划"). 序号 is printed
"1.1", "1.2", "2.1" … restarting under every category (ids "c.i", numbering "restart"). 标准分 is printed "5分". 检查方法
(`Row.method`) says what the 考核组 looks at. 得分 is blank. A 总分 row ("100分" under 标准分) and a 备注 paragraph with
numbered points close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="v_yixiao_yipin_docx",
    fmt="docx",
    title="中共南湖区委教育工委2026年度中小学校党组织“一校一品”党建品牌创建考核评分表",
    numbering="restart",
    sections=(
        Section("品牌谋划", "品牌谋划\n（15分）", 15, (
            Row("年初制定“一校一品”党建品牌创建方案，明确品牌名称、内涵、年度目标和具体举措，经党组织会议研究后报区委"
                "教育工委备案。", 5,
                "无创建方案的不得分；方案未报备案的扣1分；品牌内涵不清晰、举措不具体的酌情扣1-2分。",
                "查阅创建方案、备案回执"),
            Row("党组织书记履行品牌创建第一责任人职责，每学期至少听取1次品牌创建工作汇报；在全体教职工大会上对品牌创建"
                "作出专题部署。", 5,
                "听取汇报每少1次扣1分；未作专题部署的扣2分。", "查阅会议记录"),
            Row("品牌创建纳入学校年度工作计划和党组织书记抓党建述职内容，年底形成品牌创建工作总结。", 5,
                "未纳入年度工作计划的扣2分；述职未涉及品牌创建的扣1分；无年度总结的扣2分。", "查阅工作计划、述职报告、总结"),
        )),
        Section("阵地载体", "阵地载体\n（20分）", 20, (
            Row("建有党员活动室（党建书屋），面积不少于30平方米，做到有党旗、有标识、有制度上墙、有学习资料。", 6,
                "无党员活动室的本项不得分；“四有”每缺一项扣1分。", "实地查看"),
            Row("在校园网站或微信公众号开设党建品牌专栏，每月更新不少于2次，全年推送品牌活动信息不少于20条。", 7,
                "未开设专栏的扣3分；当月更新不足2次的，每月扣0.5分；推送信息每少1条扣0.1分，最高扣2分。",
                "查看专栏页面截图"),
            Row("设立党员示范岗、党员先锋岗，在职党员教师亮身份、设岗比例达到100%。", 7,
                "设岗比例每低5个百分点扣1分；示范岗标识不规范、作用不明显的酌情扣分。", "查阅设岗名单，实地查看"),
        )),
        Section("品牌活动", "品牌活动\n（35分）", 35, (
            Row("严格落实“三会一课”：支部委员会每月召开1次，党小组会每月召开1次，党员大会每季度召开1次，党课每季度不少于"
                "1次，内容与品牌主题相结合。", 8,
                "每少一次扣0.5分，最高扣5分；内容与品牌主题脱节的，酌情扣1-3分。", "查阅会议记录本"),
            Row("每月固定日期开展主题党日活动；每学期至少开展1次以品牌为主题的特色活动，做到有方案、有签到、有照片。", 8,
                "主题党日每少1次扣0.5分；特色活动每少1次扣2分；方案、签到表、照片每缺一项扣0.5分。",
                "查阅活动方案、签到表、照片"),
            Row("组织党员教师开展“党员示范课”和“青蓝结对”活动，每名党员教师每学年上示范课不少于1节，与青年教师签订结对"
                "帮带协议。", 7,
                "示范课每少1人次扣0.5分；未开展结对帮带的扣3分。", "查阅听课记录、结对协议"),
            Row("党员教师每年参加集中培训不少于40学时；党组织每年至少组织1次到爱国主义教育基地的现场教学。", 6,
                "学时不足的，每人扣0.5分，最高扣3分；未组织现场教学的扣2分。", "查阅培训登记、活动照片"),
            Row("每年召开专题组织生活会，开展民主评议党员，党员参会率达到95%以上。", 6,
                "未召开组织生活会的本项不得分；参会率每低1个百分点扣0.5分。", "查阅会议记录、民主评议表"),
        )),
        Section("品牌成效", "品牌成效\n（30分）", 30, (
            Row("年底组织学生家长和教职工开展品牌创建满意度测评，满意度达到90%以上。", 8,
                "满意度90%以上得8分，85%（含）—90%得6分，80%（含）—85%得3分，80%以下不得分。", "查阅测评汇总表"),
            Row("品牌创建经验做法在区级以上媒体宣传报道或在会议上交流发言，全年不少于2次。", 7,
                "每少1次扣3.5分。", "查阅报道原件、交流材料"),
            Row("注重在优秀青年教师中发展党员，年内确定入党积极分子不少于1名，发展程序规范，发展对象公示不少于5个工作日。", 7,
                "无入党积极分子的扣3分；发展程序不规范的，每人扣1分；未公示的扣2分。", "查阅发展党员档案、公示材料"),
            Row("接受区委教育工委品牌创建实地验收，师生对学校党建品牌知晓率达到90%以上，品牌特色鲜明、成效明显。", 8,
                "知晓率每低1个百分点扣0.5分；品牌特色、成效由考核组综合评定。", "随机访谈、问卷调查、实地查看"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "考核内容及要求", "标准分", "评分办法", "检查方法", "得分"]
NOTE = ("备注：1.考核采取学校自评、考核组实地检查相结合的方式进行，各项扣分以该项标准分为限；2.考核得分90分以上的，推荐"
        "申报区级“一校一品”示范党建品牌；3.学校当年发生师德师风负面问题造成不良影响的，取消评优资格。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全区公办中小学校、幼儿园党组织）")
    document.add_paragraph("学校（盖章）：                  党组织书记：              品牌名称：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        first = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}.{ii}"), (2, row.text), (3, f"{_fmt(row.points)}分"), (4, row.scoring),
                         (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "总分")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.save(str(path))
