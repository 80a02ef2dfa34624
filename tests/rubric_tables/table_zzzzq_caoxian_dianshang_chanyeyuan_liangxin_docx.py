"""曹县e裳小镇电商产业园2025年度入驻企业党组织党建工作考核细则 (.docx), as the 园区党委 of the 电商产业园 in 山东 菏泽 曹县 (its 党群工作部 with the
园区 管委会 企业服务中心, the 县 市场监管局 分局, the 人社 劳动监察 and the 园区纪委, a 考核组 walking the 直播基地 corridors in mid-December, between
the 双十二 rush and the 年货节, when the 汉服 and 演出服 orders are packed into the 快递 trucks through the night) scores the 党组织 of the 企业 in the
园: the 汉服、演出服 and 木制品 shops that sell on line from the 淘宝村, the 直播 companies where the 主播 and 运营 are young, the 快递 and 物流 分拨
中心 at the edge of the 园, the 园区 联合党支部 of the small shops with fewer than three 党员: a table whose 考核项目 are merged cells, whose 考核要点
prints what the 企业 党组织 must have done, whose 扣分办法 takes points off one clause at a time, scores the 党组织覆盖率, the 人均 志愿服务时长 and the
年底 满意率 in bands, and whose 考核方式 says how the 考核组 looks: 组织覆盖 (the 覆盖率 in bands, the 党的工作覆盖率 and the 联合党支部; a quarterly
摸排, the 党员台账 and the “口袋党员”; the 党建指导员, two 走访 a month and the 书记 比例; the 党群服务中心 of 100平方米, its 功能室 and six days; three
积极分子, the 公示 and a "本项不得分"), 组织生活 (the “三会一课” in the 直播淡季 and the 参会率; the 书记's two 党课, one on the 电商政策; the monthly
主题党日 and four “党员直播间” 活动; the 组织生活会, the 民主评议 and its 通报; 党费 按月, the 积分 with a half-yearly 公示 and the 年底 评选), 作用发挥
(the 示范直播间, the 亮牌率 and no 查处; a quarterly 培训, 300 人次 and ten 问题; the 党建品牌, four 品牌活动 and the 推广; three 共建协议 and a
half-yearly 联建活动; a quarterly 劳资纠纷 排查, the 调处成功率 and a 一票否决; the 志愿服务队, a quarterly 志愿服务 and the 时长 in bands) and 基础保障
(the 年初 计划 and 责任书, the 年底 述职 and its 满意率; the 经费 of 500元 and its 台账, the 书记's 待遇; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：园区入驻电商企业、物流快递企业党组织及园区联合党支部）" line above one table: 考核项目 | 序号 |
考核要点 | 分值 | 扣分办法 | 考核方式. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH a bracketed ordinal and WITH their points on
ONE line, "（一）组织覆盖（25分）". 序号 (SECOND column) runs 1..19 through the table, NOT restarting. There is no short sub-label: 考核要点 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 考核方式 (`Row.method`) says how the 考核组 checks. A 合计 row of
100 closes the table; a "备注：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核要点
("百分之九十以上", "100%", "3名以上", "不足3名", "每季度开展一次", "每月…不少于2次", "不低于百分之六十", "不少于100平方米", "每周开放不少于6天",
"年内…不少于3名", "不少于5个工作日", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "不低于百分之八十", "每年
讲党课不少于2次", "不少于1次", "每月开展一次", "年内…不少于4次", "每年召开一次", "按月", "每半年公示一次", "年底", "100%", "全年", "每季度组织一次",
"年内…不少于300人次", "不少于10件", "年内…不少于4次", "不少于3家", "每半年开展一次", "每季度开展一次", "百分之九十五", "全年", "每季度开展一次", "不少于
10小时", "年初", "年底", "不低于百分之八十五", "每年不少于500元", "年底", "百分之九十"); "最高扣" caps; bands of the 党组织覆盖率 (3 of the 6 points),
the 人均 志愿服务时长 (2 of the 5) and the 年底 满意率 (all 6), each closed by "…以下的不得分"; "每少50人次扣0.5分" once; "酌情扣0.5-1分" twice, "酌情扣
1-2分" once and "酌情扣1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 扣分办法, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzq_caoxian_dianshang_chanyeyuan_liangxin_docx",
    fmt="docx",
    title="曹县e裳小镇电商产业园2025年度入驻企业党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（25分）", 25, (
            _row("园区入驻电商企业党组织覆盖率达到百分之九十以上，党的工作覆盖率达到100%；有正式党员3名以上的企业单独组建党组织，不足3名的纳入园区"
                 "联合党支部。", 6,
                 "党组织覆盖率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；党的工作覆盖率每低1个百分点扣0.2分，"
                 "最高扣2分；应建未建的，每家扣0.5分，最高扣1分。", "查阅资料、系统查询"),
            _row("每季度开展一次党员摸排，对主播、运营、快递员中的党员建立台账；引导“口袋党员”转接组织关系。", 5,
                 "摸排每少1次扣0.5分；无党员台账的扣1分；“口袋党员”引导转接不力的，酌情扣0.5-1分。", "查阅资料、个别访谈"),
            _row("向未建党组织的企业选派党建指导员，指导员每月到联系企业走访不少于2次；企业出资人、负责人中的党员担任党组织书记的比例不低于百分之"
                 "六十。", 5,
                 "未选派指导员的，每家扣0.3分，最高扣1.5分；走访每少1次扣0.1分，最高扣1.5分；书记比例低于60%的扣1分。", "查阅资料"),
            _row("建有不少于100平方米的园区党群服务中心，设直播间、洽谈室、职工书屋；每周开放不少于6天，晚间延时服务至21时。", 4,
                 "未建党群服务中心的扣2分；功能室每缺一项扣0.5分；开放时间不足的扣0.5分。", "实地查看"),
            _row("注重在青年电商从业人员中发展党员，年内确定入党积极分子不少于3名；发展对象公示不少于5个工作日。", 5,
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅资料"),
        )),
        Section("组织生活", "（二）组织生活（25分）", 25, (
            _row("落实“三会一课”，可利用直播淡季或线上方式开展：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；"
                 "党员参会率不低于百分之八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣1分。", "查阅资料"),
            _row("企业党组织书记每年讲党课不少于2次，其中结合电商政策、诚信经营讲党课不少于1次。", 4,
                 "书记讲党课每少1次扣1分；未结合电商政策、诚信经营讲党课的扣1分。", "查阅资料"),
            _row("每月开展一次主题党日活动；年内组织党员开展“党员直播间”“亮身份、作承诺”等特色活动不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2.5分；特色活动每少1次扣0.5分，最高扣2分。", "查阅资料、实地查看"),
            _row("每年召开一次组织生活会，开展批评和自我批评；同步开展民主评议党员，评议结果向党员通报。", 4,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未通报的扣0.5分。", "查阅资料、个别访谈"),
            _row("党员按月交纳党费；推行党员积分管理，积分每半年公示一次，年底评选“红色主播”“诚信党员商户”。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；积分公示每少1次扣1分；年底未评选的扣1分。", "查阅资料"),
        )),
        Section("作用发挥", "（三）作用发挥（35分）", 35, (
            _row("设立党员示范直播间、党员先锋岗，党员亮身份经营，亮牌率达到100%；党员商户全年无售假、刷单、虚假宣传等被查处问题。", 7,
                 "未设立示范直播间或先锋岗的扣1分；未亮牌的，每户扣0.2分，最高扣2分；党员商户被查处的，每户扣1分，最高扣4分。", "实地查看、部门核查"),
            _row("每季度组织一次直播运营、跨境电商等技能培训，年内培训从业人员不少于300人次；帮助企业协调解决用工、融资、物流等问题不少于10件。", 7,
                 "培训每少1次扣1分；培训人次每少50人次扣0.5分，最高扣2分；解决问题每少1件扣0.3分，最高扣2分。", "查阅资料"),
            _row("打造“e裳红”园区党建品牌，年内开展品牌活动不少于4次，形成可推广的经验做法。", 6,
                 "未打造党建品牌的扣2分；品牌活动每少1次扣0.5分，最高扣2分；经验做法未形成或未推广的，酌情扣1-2分。", "查阅资料、实地查看"),
            _row("与周边村、社区党组织签订结对共建协议不少于3家，每半年开展一次联建活动；带动村级加工点吸纳群众就业。", 5,
                 "共建协议每少1家扣1分；联建活动每少1次扣1分；带动作用不明显的，酌情扣0.5-1分。", "查阅资料"),
            _row("每季度开展一次劳资纠纷排查，劳资纠纷调处成功率达到百分之九十五；全年不发生因欠薪引发的群体性事件。", 5,
                 "排查每少1次扣0.5分；调处成功率每低1个百分点扣0.3分，最高扣2分；发生因欠薪引发群体性事件的，实行一票否决，本项不得分。",
                 "查阅资料、部门核查"),
            _row("组建“电商红”党员志愿服务队，每季度开展一次志愿服务活动；党员年人均志愿服务时长不少于10小时。", 5,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分；人均时长10小时以上的得2分，6小时（含）—10小时的得1分，6小时以下的不得分。",
                 "查阅资料、平台查询"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            _row("年初制定党建工作计划，与园区党委签订党建工作责任书；企业党组织书记年底向园区党委述职，评议满意率不低于百分之八十五。", 5,
                 "缺计划或责任书的，每项扣1分；未述职的扣2分；满意率低于85%的扣1分。", "查阅资料"),
            _row("企业按照每名党员每年不少于500元的标准保障党组织活动经费，经费使用有台账；党组织书记享受企业中层以上待遇。", 4,
                 "活动经费未落实的扣2分；无经费台账的扣1分；书记待遇未落实的扣1分。", "查阅资料、个别访谈"),
            _row("年底组织园区企业员工和商户代表对企业党组织开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "分值", "扣分办法", "考核方式"]
NOTES = (
    "备注：",
    "1.本细则由园区党委于12月中旬组织考核，党群工作部牵头，园区企业服务中心和相关部门配合；“部门核查”指向市场监管、人社等部门核实有关情况。",
    "2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；覆盖率以全省“两新”组织党建信息管理系统数据为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果作为“红色电商企业”评选和园区政策扶持的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：园区入驻电商企业、物流快递企业党组织及园区联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
