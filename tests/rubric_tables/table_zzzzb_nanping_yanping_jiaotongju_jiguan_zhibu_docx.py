"""延平区交通运输局机关党支部2025年度党建工作考核评分表 (.docx), as the 区直机关工委 of 福建 南平 延平区 (its 组织科 with the 区纪委监委派驻
纪检组, a 考核组 sitting for a day in the 局's 会议室 in December with the 支部's 台账 boxes on the table) scores the 机关党支部 of the 区交通运输局:
the 科室 that plan the “四好农村路” up the 闽江 valleys to the 乡镇 in the hills, the 运输 and 安全 staff who inspect the 客运站 and the 建设工地,
the 政务服务窗口 in the 行政服务中心 where the 道路运输证 are issued, the 在职党员 who report to the 社区 on Saturdays: a table whose 考核内容 is
long and detailed (every meeting, paper and figure printed there) and whose 评分标准 says only "缺一项扣N分" and "每少1次扣N分" (now and then
"每少1个" or "每少1件" or a flat "每少1次扣3分" for the yearly meeting), the way many 机关 tables are printed: 政治建设 (the “第一议题”, a monthly
集中学习, a quarterly 专题研讨 and the 学习记录; a half-yearly 专题研究 of the 意识形态 with a 研判, the 台账 and the “三审三校”; 32学时, a yearly
培训 of the 书记 and the 学时台账), 组织建设 (the “三会一课” with the 党课 of the 书记 and the 领导班子, the 记录本 and the 签到表; the monthly
主题党日 with the 年初 计划, the 方案, 签到, 记录 and 照片 and two 现场体验式 主题党日 a year; the 组织生活会 with the 谈心谈话, the 征求意见, the
整改清单, the 民主评议 and the 备案; the 换届, 3至5人, two 党小组, the 工作手册 and the 花名册; one 积极分子, a half-yearly 考察, the 公示 and the
档案; the 党费 台账, the 核定 in July and a half-yearly 公示; a quarterly 积分 公示, a yearly 谈心谈话 and the 走访慰问), 业务融合 (a half-yearly
专题研究 of the 融合 and the “路畅先锋” 品牌 with its 方案; three 先锋岗, two 责任区 and the 承诺、晒诺、评诺; one 突击队, a quarterly 安全检查
and its 台账; five 实事 and four 志愿服务 a head; the 亮牌上岗, a quarterly 行风测评 and the 意见箱) and 党风廉政 (a half-yearly 排查 with its 防控
台账, a quarterly 警示教育 and the 廉洁提醒; the 年初 计划 and 责任书, the 半年小结, the 年底 述职 and the 年终 总结).

The title (bold, centred), a centred "（考核对象：区交通运输局机关党支部）" line and a plain "考核组： 考核日期：" line above one table: 一级指标 |
二级指标 | 考核内容 | 评分标准 | 分值 | 得分. There is NO 序号: the items are numbered by position (1..17). The categories are MERGED CELLS down the
一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on one line, "政治建设（15分）". 二级指标 is a short sub-label
(`Row.indicator`); 考核内容 (`Row.text`) prints every requirement with its figure; the 评分标准 comes BEFORE the 分值 (a plain number) and only says
"每少1次扣N分", "缺一项扣N分", "每少1个扣N分", "每少1件扣N分", "每少1名扣N分" or "每少1学时扣N分"; 得分 is blank. A 合计 row of 100 closes the
table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, all in the 考核内容 ("每月组织一次", "每季度开展一次", "每半年专题
研究一次", "每年…不少于32学时", "每年…不少于1次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…
讲党课不少于1次", "每月固定", "年初", "每年…不少于2次", "每年召开一次", "3至5人", "不少于2个", "年内…不少于1名", "每半年考察一次", "不少于5个工作
日", "按月", "每年7月", "每半年公示一次", "每季度公示一次", "每年至少…一次", "每半年召开一次", "不少于3个", "不少于2个", "年初", "年中", "年底",
"不少于1支", "每季度…不少于1次", "年内…不少于5件", "每人每年…不少于4次", "每季度开展一次", "每半年开展一次", "每季度开展一次", "节假日前",
"年初", "半年", "年底", "年终"); no bands, no caps, no 一票否决, no "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzb_nanping_yanping_jiaotongju_jiguan_zhibu_docx",
    fmt="docx",
    title="延平区交通运输局机关党支部2025年度党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部委员会会议第一议题传达学习习近平总书记最新重要讲话和重要指示批示精神；每月组织一次党员集中学习，每季度"
                "开展一次专题研讨；学习有记录、研讨有发言材料。", 5,
                "每少1次扣0.5分；缺一项扣0.5分。", indicator="理论学习"),
            Row("落实意识形态工作责任制，支部每半年专题研究一次意识形态工作，开展一次形势研判；建立意识形态工作台账；局门户网站、政务新媒体信息"
                "发布落实“三审三校”制度。", 5,
                "每少1次扣1分；缺一项扣0.5分。", indicator="意识形态"),
            Row("党员每年参加集中学习培训不少于32学时；支部书记每年参加区直机关工委组织的书记培训不少于1次；建立党员学时登记台账。", 5,
                "每少1学时扣0.1分；每少1次扣1分；缺一项扣0.5分。", indicator="教育培训"),
        )),
        Section("组织建设", "组织建设（40分）", 40, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记和局领导班子成员每年到所在支部"
                "讲党课不少于1次；会议记录本、签到表齐全。", 10,
                "每少1次扣0.5分；缺一项扣0.5分。", indicator="“三会一课”"),
            Row("每月固定开展主题党日，年初制定主题党日计划；活动有方案、有签到、有记录、有照片；每年结合“四好农村路”建设、交通运输安全生产开展现场"
                "体验式主题党日不少于2次。", 6,
                "每少1次扣0.5分；缺一项扣0.3分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，会后制定整改清单；开展民主评议党员，评议结果报区直机关工委备案。", 6,
                "每少1次扣3分；缺一项扣0.5分。", indicator="组织生活会"),
            Row("党支部按期换届，支部委员会由3至5人组成；设立党小组不少于2个；建立党支部工作手册、党员花名册。", 5,
                "缺一项扣1分。", indicator="支部设置"),
            Row("年内确定入党积极分子不少于1名，入党积极分子每半年考察一次；发展对象公示不少于5个工作日；发展党员档案材料完整规范。", 5,
                "每少1名扣1分；每少1次扣0.3分；缺一项扣0.5分。", indicator="发展党员"),
            Row("党员按月足额交纳党费，建立党费收缴台账；每年7月核定党费交纳基数；每半年公示一次党费收缴情况。", 4,
                "每少1次扣0.5分；缺一项扣0.5分。", indicator="党费管理"),
            Row("落实党员积分管理，积分每季度公示一次；支部委员与党员每年至少谈心谈话一次；对生病住院、家庭困难党员及时走访慰问。", 4,
                "每少1次扣0.3分；缺一项扣0.5分。", indicator="党员管理"),
        )),
        Section("业务融合", "业务融合（30分）", 30, (
            Row("支部委员会每半年召开一次专题会议研究党建与业务融合工作；创建“路畅先锋”党建品牌，有创建方案、有活动载体、有工作成效。", 6,
                "每少1次扣1分；缺一项扣1分。", indicator="党建品牌"),
            Row("设立党员先锋岗不少于3个、党员责任区不少于2个；党员年初公开承诺、年中晒诺、年底评诺。", 6,
                "每少1个扣0.5分；缺一项扣0.5分。", indicator="先锋岗"),
            Row("围绕“四好农村路”建设、安全生产组建党员突击队不少于1支；党员每季度深入建设工地、客运站场一线开展安全检查不少于1次，建立检查台账。", 6,
                "每少1次扣0.3分；缺一项扣0.5分。", indicator="攻坚克难"),
            Row("开展“我为群众办实事”，年内办结民生实事不少于5件；在职党员到社区报到，每人每年参加社区志愿服务不少于4次。", 6,
                "每少1件扣0.5分；每少1次扣0.1分。", indicator="服务群众"),
            Row("局政务服务窗口党员亮牌上岗；每季度开展一次窗口行风测评；设立群众意见箱，群众投诉件件有回复。", 6,
                "每少1次扣0.5分；缺一项扣0.5分。", indicator="窗口作风"),
        )),
        Section("党风廉政", "党风廉政（15分）", 15, (
            Row("每半年开展一次廉政风险点排查，建立廉政风险防控台账；每季度开展一次警示教育；元旦、春节、中秋、国庆等节假日前发送廉洁提醒。", 7,
                "每少1次扣0.5分；缺一项扣0.5分。", indicator="廉政建设"),
            Row("年初制定支部党建工作计划，与局党组签订党建工作责任书；7月上旬报送半年工作小结；支部书记年底向局党组和区直机关工委述职；年终报送"
                "工作总结。", 8,
                "缺一项扣1分。", indicator="责任落实"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "评分标准", "分值", "得分"]
NOTE = ("备注：本表由区直机关工委于12月组织考核，采取听取汇报、查阅资料、个别谈话、实地查看相结合的方式进行；“每少1次”指考核内容所列活动次数"
        "不足，“缺一项”指考核内容所列制度、台账、材料缺失；各项扣分以该项分值为限，扣完为止；考核得分90分以上的为“好”，80—89分的为“较好”，"
        "70—79分的为“一般”，70分以下的为“差”，考核结果作为“四强”党支部评选和支部书记抓党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：区交通运输局机关党支部）")
    document.add_paragraph("考核组：                        考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
