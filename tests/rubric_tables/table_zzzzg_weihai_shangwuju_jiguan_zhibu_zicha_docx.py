"""威海市商务局机关党支部2025年度党建工作自查评分表 (.docx), as the 市直机关工委 of 山东 威海 hands it down (its 组织部 with the 派驻纪检监察组,
the 局机关党委 collecting the filled-in sheets in mid-December before the 工委's own 抽查) for each 机关党支部 of the 市商务局 to check itself:
the 科室 of 对外贸易 and 外商投资 and 招商 and 口岸 and 电子商务, the 党员 who fly to 仁川 and 首尔 with the 经贸团 of the 中韩自贸区 地方经济合作
示范区, the 外贸 and 外资 firms each 党员 visits as a “服务企业专员”, the 局门户网站 and the 政务新媒体 whose posts go through the “三审三校”, the
局党组成员 who sit in the 支部 as ordinary 党员: a self-check table printed with section rows, whose 自查项目 names the point, whose 自查内容及标准
prints what the 支部 must have done with its figures, whose 扣分标准 takes points off one clause at a time, and whose 自查情况 and 自查得分 columns
the 支部 fills in by hand: 政治建设 (a monthly 集中学习 with its 计划, a quarterly 专题研讨 and 32学时; a half-yearly 专题研究 of the 意识形态, the
“三审三校” 制度 and the 行前教育 before a 出访; a yearly 现场教学 at the 刘公岛, the 誓词 and the 政治生日), 组织建设 (the 换届, 3至5人 and the 花名册 by
the end of January; the “三会一课”, the 书记's 党课 and the 党组成员's; the monthly 主题党日 with 方案, 签到 and 照片 and the 参加率; the 组织生活会 by
the end of March with its 征求意见, 谈心谈话, 对照检查, 整改清单, the 民主评议 and the 备案; one 积极分子, the 公示 and the 档案), 党员管理 (the 党费
按月, a yearly 核定 in July, a half-yearly 公示 and a quarterly 上缴; a yearly 谈心谈话; the 报到率, four 志愿服务, the 共建协议 and a half-yearly 共建
活动; the 关怀台账, the “七一”、春节 慰问 and the 年底 评选; two 先锋岗 and a quarterly 研究 of the 商务 work) and 作风建设与责任落实 (the 风险点 by the
end of March, a half-yearly 警示教育 and the 节前 廉洁提醒; two firms a 党员, a quarterly 走访 and the 办结率; the 年初 计划, the 责任书, the 年终 总结,
the 年底 述职 and the “好”等次比例; the 工作手册, the 归档 and the 系统).

The title (bold, centred), a centred "（自查对象：市商务局机关各党支部）" line and a plain "党支部： 支部书记（签字）： 自查日期：" line above one table:
序号 | 自查项目 | 自查内容及标准 | 分值 | 扣分标准 | 自查情况 | 自查得分. Each category is a SECTION ROW merged across the whole table, printed WITH an
ordinal and its points on one line, "一、政治建设（18分）". 序号 (FIRST column) runs 1..17 through the table, NOT restarting under the section rows.
自查项目 is a short sub-label (`Row.indicator`, "理论学习"); 自查内容及标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分标准
(`Row.scoring`); 自查情况 and 自查得分 are left BLANK for the 支部 to fill in. A 合计 row of 100 closes the table; a "填表说明：" paragraph follows it.
Counts and dates in figures and Chinese numerals, nearly all in the 自查内容及标准 ("每月组织一次", "每季度开展一次", "每人每年…不少于32学时", "每半年
专题研究一次", "一次", "每年“七一”前后…一次", "按月", "按期", "3至5人", "每年1月底前更新一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组
会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每年…不少于1次", "每月开展1次", "不低于百分之九十", "每年3月底前", "年内…不少于1名", "不少于5个
工作日", "按月", "每年7月核定一次", "每半年…公示一次", "按季度", "每年至少…一次", "100%", "每人每年…不少于4次", "每半年开展一次", "“七一”、春节",
"年底", "不少于2个", "每季度至少…一次", "每年3月底前", "每半年开展一次", "元旦、春节、中秋、国庆", "不少于2家", "每季度走访一次", "百分之九十五", "年初",
"年终", "年底", "不低于百分之八十", "按月", "年底前"); "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" once; no bands; one "实行一票否决，本项
不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzg_weihai_shangwuju_jiguan_zhibu_zicha_docx",
    fmt="docx",
    title="威海市商务局机关党支部2025年度党建工作自查评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（18分）", 18, (
            Row("支部每月组织一次集中学习，学习有计划、有记录；每季度开展一次专题研讨，党员结合外贸、外资、招商工作撰写心得体会；党员每人每年参加"
                "教育培训不少于32学时。", 7,
                "集中学习每少1次扣0.5分，最高扣3分；无学习计划的扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。",
                indicator="理论学习"),
            Row("支部每半年专题研究一次意识形态工作；局门户网站、政务新媒体发布信息严格执行“三审三校”制度；党员因公出国（境）参加经贸活动前开展一次"
                "行前教育。", 6,
                "专题研究每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；未开展行前教育的，每人次扣0.2分；发生意识形态领域重大问题的，"
                "实行一票否决，本项不得分。", indicator="意识形态"),
            Row("每年“七一”前后组织党员到刘公岛等爱国主义教育基地开展一次现场教学，重温入党誓词；按月为当月入党的党员过“政治生日”。", 5,
                "未开展现场教学的扣2分；未重温入党誓词的扣1分；政治生日每漏1人扣0.2分，最高扣1分。", indicator="党性教育"),
        )),
        Section("组织建设", "二、组织建设（32分）", 32, (
            Row("支部按期换届，支委会由3至5人组成，支部委员分工明确；党员花名册信息准确，每年1月底前更新一次。", 5,
                "未按期换届的扣2分；支委配备不齐、分工不明确的扣1分；花名册未更新或信息不准确的扣0.5分。", indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；局党组成员以普通"
                "党员身份参加双重组织生活，每年到所在支部讲党课不少于1次。", 9,
                "“三会一课”每少1次扣0.5分，最高扣4分；支部书记未讲党课的扣1分；党组成员未到支部讲党课的，每人扣0.5分；会议记录要素不全的，每次扣"
                "0.2分，最高扣1分。", indicator="“三会一课”"),
            Row("每月开展1次主题党日，有方案、有签到、有照片；党员参加率不低于百分之九十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；方案、签到表、照片每缺一项扣0.2分；参加率低于90%的扣1分。", indicator="主题党日"),
            Row("每年3月底前召开上年度组织生活会，会前征求意见、开展谈心谈话，支部班子和党员对照检查、开展批评和自我批评，会后形成整改清单并限期整改；"
                "同步开展民主评议党员，使用民主评议党员测评表，评议结果报机关党委备案。", 8,
                "未召开组织生活会的扣4分；征求意见、谈心谈话、对照检查材料、整改清单每缺一项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的"
                "扣0.5分。", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名；发展对象经支部委员会讨论后在支部范围内公示，公示期不少于5个工作日；发展党员档案一人一档。", 5,
                "未确定入党积极分子的扣1分；未公示的扣1分；档案材料缺项的，每人扣0.5分，最高扣1.5分；违反程序发展党员的，本项不得分。",
                indicator="发展党员"),
        )),
        Section("党员管理", "三、党员管理（25分）", 25, (
            Row("党员按月主动交纳党费；每年7月核定一次党费交纳基数；每半年在支部范围内公示一次党费收缴情况；党费按季度上缴机关党委。", 6,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分；未按季度上缴的，每次扣0.5分。", indicator="党费管理"),
            Row("支部书记与支部委员、支部委员与党员每年至少开展一次谈心谈话，党员思想出现波动时及时谈话。", 5,
                "谈心谈话每少1人次扣0.2分，最高扣2分；无谈话记录的扣1分；谈话内容简单、流于形式的，酌情扣0.5分。", indicator="谈心谈话"),
            Row("在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于4次；支部与包联社区党组织签订共建协议，每半年开展一次共建活动。", 6,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.2分，最高扣1.5分；未签订共建协议的扣1分；共建活动每少1次扣0.5分。",
                indicator="“双报到”"),
            Row("建立困难党员、老党员关怀台账；“七一”、春节走访慰问困难党员和老党员；年底评选表彰优秀共产党员。", 4,
                "无关怀台账的扣1分；走访慰问每少1次扣0.5分；年底未开展评选的扣0.5分。", indicator="关怀激励"),
            Row("设立“稳外贸”“招商引资”党员先锋岗不少于2个，党员亮身份、作承诺；支部委员会每季度至少研究一次商务重点工作。", 4,
                "先锋岗每少1个扣0.5分；未亮身份、作承诺的扣0.5分；研究业务工作每少1次扣0.5分。", indicator="党建业务融合"),
        )),
        Section("作风建设与责任落实", "四、作风建设与责任落实（25分）", 25, (
            Row("每年3月底前完成廉政风险点排查，制定防控措施；每半年开展一次警示教育；元旦、春节、中秋、国庆节前开展廉洁提醒；严格落实中央八项规定"
                "精神。", 7,
                "未开展风险点排查的扣1分；警示教育每少1次扣0.5分；节前廉洁提醒每少1次扣0.3分；党员违反中央八项规定精神被查处的，本项不得分。",
                indicator="廉政建设"),
            Row("开展“服务企业专员”活动，党员每人联系外贸、外资企业不少于2家，每季度走访一次；企业反映问题办结率达到百分之九十五。", 6,
                "联系企业不足的，每人扣0.2分，最高扣1分；走访每少1次扣0.3分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣1.5分；被企业投诉"
                "查实的，每次扣1分。", indicator="作风效能"),
            Row("年初制定支部工作计划并报机关党委；支部书记与局党组书记签订党建工作责任书；年终形成工作总结；支部书记年底向局党组述职，述职评议“好”"
                "等次比例不低于百分之八十。", 6,
                "无工作计划或总结的，每项扣1分；未签订责任书的扣1分；未述职的扣1.5分；“好”等次比例低于80%的扣1分。", indicator="责任落实"),
            Row("支部工作手册按月如实填写；党建台账分类归档，年底前完成年度归档；党员信息在全国党员管理信息系统中及时维护。", 6,
                "工作手册填写不及时、不完整的，酌情扣0.5-1分；台账未按时归档的扣1分；系统信息维护不及时、不准确的，每人扣0.2分，最高扣1分；台账"
                "突击补做、弄虚作假的，本项不得分。", indicator="基础工作"),
        )),
    ),
)

HEADER = ["序号", "自查项目", "自查内容及标准", "分值", "扣分标准", "自查情况", "自查得分"]
NOTE = ("填表说明：各党支部对照本表逐项开展自查，在“自查情况”栏如实填写落实情况及存在问题，并附相关佐证材料目录，于12月15日前报局机关党委；"
        "各项扣分以该项分值为限，扣完为止；市直机关工委将按不低于30%的比例抽查，自查得分与抽查得分相差10分以上的，支部年度考核不得评为"
        "“好”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（自查对象：市商务局机关各党支部）")
    document.add_paragraph("党支部：                支部书记（签字）：                自查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
