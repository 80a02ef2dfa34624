"""中共临江市滨湖区人民检察院机关委员会2025年度检察部党支部党建工作考核评分细则 (.docx), as a 区 人民检察院 机关党委 (its 政治部
with the 案件管理部 and the 派驻 纪检监察组, going round each 检察部 in December with the year's 业务数据 and the 案件质量评查 results)
scores each 检察部党支部 — 第一至第五检察部 and the 综合业务部, its 党员 员额检察官, 检察官助理 and 书记员 — on 政治建设 (the “第一议题”
with monthly 集中学习 and a quarterly “党建+业务” 专题研讨, 重大事项 请示报告 and the 书记's 年底 述职, the half-yearly 思想动态 研判
with the 审核 of what is published and no 涉检 舆情, the 书记's and the 院领导's 党课), 组织建设 (“三会一课” with no 代签 / 补记, the
主题党日 with a 参加率, 组织生活会 with the 服务对象's 意见, 谈心谈话, 民主评议 and its 备案, 党费 with its half-yearly 公布 and
32学时, the “导师帮带” 结对率 of the 青年干警, 换届 and the 纪检委员), 党建引领检察履职 (the 案件质量评查 合格率 with no 瑕疵 / 不合格
案件 and the 认罪认罚 适用率, the 12309 “7日内程序回复、3个月内办理过程或结果答复” with the quarterly 轮值接待, the 党员先锋岗 and two
精品案例, the 结对共建 with a quarterly 法治宣讲 and three 志愿服务, the “三个规定” “逢问必录” with the quarterly 记录报告表) and
党风廉政和基础工作 (half-yearly 警示教育, the 纪检委员's quarterly 监督检查 and the 承诺书, a deduction-only 检察纪律 line, the
quarterly 党建信息 and two 宣传稿件, 计划 / 半年小结 / 总结 and the 资料).

The title (bold, centred), a centred "（考核对象：院机关各检察部党支部）" line and a "党支部：…  支部书记：…  党员：…名  考核得分：…" line
above one table: 考核内容 | 分值 | 评分标准 | 佐证材料 | 自评得分 | 考核得分. There is NO 序号: items are numbered by position (1..18).
The categories are SECTION ROWS merged across the table, printed with an ordinal on one line, "一、政治建设（20分）". 分值 (before the
评分标准) is a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 院纪检监察组核实): a 佐证
column. 自评得分 and 考核得分 are blank. A 合计 row (the label in the first cell, the total under 分值) and a 说明 paragraph close the
document. Counts partly in Chinese numerals ("每月组织一次", "每半年…一次"); "最多扣" caps; two 时限 of the 12309 rule ("7日内",
"3个月内"); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzl_jianchayuan_jianchabu_zhibu_docx",
    fmt="docx",
    title="中共临江市滨湖区人民检察院机关委员会2025年度检察部党支部党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；每季度结合检察业务开展一次“党建+业务”专题研讨。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分。", "学习记录、研讨材料"),
            Row("落实重大事项请示报告制度，重大敏感案件办理情况按规定向院党组请示报告；支部书记年底向院机关党委述职。", 5,
                "重大事项未按规定请示报告的，每次扣1分；未述职的扣2分。", "请示报告、述职报告"),
            Row("落实意识形态工作责任制，每半年分析研判一次干警思想动态；案件信息公开、新媒体发布严格审核，无涉检负面舆情。", 5,
                "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；因工作失误引发涉检负面舆情造成不良影响的，本项不得分。",
                "研判报告、审核记录"),
            Row("支部书记每年为党员讲党课不少于1次；检察长、分管副检察长每年到所在支部或联系支部讲党课不少于1次。", 5,
                "支部书记未讲党课的扣2分；院领导未讲党课的，每人扣1分。", "党课讲稿"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录由专人记录，不得代签、"
                "补记。", 7,
                "“三会一课”每少1次扣0.5分，最多扣4分；会议记录代签、补记的，每次扣1分。", "会议记录、签到表"),
            Row("每月开展一次主题党日，结合“检察开放日”、法治宣传等开展主题实践，党员参加率达到90%以上。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前征求案件当事人、律师等服务对象意见，开展谈心谈话；每年开展一次民主评议党员，评议结果报院"
                "机关党委备案。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；未备案的扣0.5分。",
                "会议记录、征求意见表、谈心谈话记录"),
            Row("党员按月交纳党费，支部每半年公布一次党费收缴情况；党员每年参加集中学习培训不少于32学时。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；学时不足的，每人扣0.2分，最多扣1分。", "党费收缴台账、学时登记表"),
            Row("落实青年干警“导师帮带”制度，入职3年内的青年干警均确定1名党员检察官为导师，结对率100%；支部委员会按期换届，配备纪检"
                "委员。", 4,
                "结对率每低10个百分点扣0.5分；未按期换届的扣2分；未配备纪检委员的扣1分。", "结对名单、换届批复"),
        )),
        Section("党建引领检察履职", "三、党建引领检察履职（35分）", 35, (
            Row("党员检察官带头提升办案质效，案件质量评查合格率100%；认罪认罚从宽制度适用率达到85%以上。", 8,
                "评查合格率每低1个百分点扣1分；案件被评查为瑕疵案件的，每件扣1分；被评查为不合格案件的，本项不得分；适用率每低1个百分点"
                "扣0.2分。", "案件质量评查通报、业务数据"),
            Row("落实群众信访“7日内程序回复、3个月内办理过程或结果答复”制度，程序回复率、结果答复率均达到100%；党员员额检察官每季度"
                "至少到12309检察服务中心轮值接待一次。", 7,
                "程序回复率每低1个百分点扣0.5分；结果答复率每低1个百分点扣0.5分；轮值接待每少1次扣0.5分；因答复不及时引发重复信访的，"
                "每件扣1分。", "信访台账、接待登记"),
            Row("在12309检察服务中心、案件管理窗口设立党员先锋岗，党员佩戴党徽亮身份；支部年内推荐精品案例或典型案例不少于2件。", 6,
                "未设立党员先锋岗的扣1分；党员未佩戴党徽的，每人次扣0.2分；精品案例每少1件扣1分。", "先锋岗照片、案例材料"),
            Row("支部与1个村（社区）党组织结对共建，每季度开展一次“检察官进社区”法治宣讲或法律服务；在职党员到居住地社区报到，每人每年"
                "参加志愿服务不少于3次。", 7,
                "未开展结对共建的扣2分；法治宣讲每少1次扣1分；志愿服务不足3次的，每人扣0.2分，最多扣2分。",
                "共建协议、活动照片、志愿服务记录"),
            Row("党员干警严格落实防止干预司法“三个规定”，做到“逢问必录”，每季度填报一次重大事项记录报告表，无事项的实行零报告。", 7,
                "未按季度填报的，每人次扣0.5分，最多扣3分；应报未报、隐瞒不报经查实的，每人次扣2分。", "记录报告表"),
        )),
        Section("党风廉政和基础工作", "四、党风廉政和基础工作（20分）", 20, (
            Row("每半年开展一次警示教育；支部纪检委员每季度对干警办案纪律、执法规范开展一次监督检查；党员干警签订廉洁从检承诺书。", 5,
                "警示教育每少1次扣1分；监督检查每少1次扣0.5分；承诺书每缺1人扣0.2分。", "学习记录、检查记录、承诺书"),
            Row("严格执行中央八项规定精神和检察人员纪律规定，严禁违规会见案件当事人及其律师、违规插手案件、接受吃请。", 5,
                "干警违反检察纪律被通报的，每人次扣2分；党员受到党纪政务处分的，每人扣3分；发生违纪违法案件造成严重影响的，本项不得分。",
                "院纪检监察组核实"),
            Row("支部每季度向院机关党委报送党建信息不少于1篇，年内在市级以上媒体刊发检察党建宣传稿件不少于2篇；支部建有党员活动阵地。",
                5,
                "信息每少1篇扣0.5分；宣传稿件每少1篇扣0.5分；无活动阵地的扣1分。", "信息报送记录、刊发稿件"),
            Row("年初制定支部工作计划，半年形成小结，年底形成总结；党员花名册、会议记录、党费收缴台账等资料齐全，按年度归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料每缺1项扣0.5分；资料不规范的，酌情扣0.5分。", "档案资料"),
        )),
    ),
)

HEADER = ["考核内容", "分值", "评分标准", "佐证材料", "自评得分", "考核得分"]
NOTE = ("说明：1.本细则由院机关党委会同政治部、案件管理部于每年12月组织考核，采取查阅资料、调取业务数据、个别谈话相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进党支部”和检察部年度"
        "考评的重要依据；4.支部党员发生严重违纪违法问题的，当年考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院机关各检察部党支部）")
    document.add_paragraph("党支部：                支部书记：              党员：      名        考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.text), (1, _fmt(row.points)), (2, row.scoring), (3, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    tbl.cell(r, 0).text = "合计"
    tbl.cell(r, 1).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
