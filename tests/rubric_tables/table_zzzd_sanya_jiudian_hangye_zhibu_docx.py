"""中共三亚市旅游酒店行业委员会2025年度酒店党组织党建工作考核评分表 (.docx), as a 海南 三亚 旅游酒店行业党委 (set up under the 市委两新
工委, its 党建指导员 with the 行业协会 and the 旅游 主管部门, a 考核组 going round the 酒店 in December, before the 旅游旺季 peaks) scores
the 党支部 and 联合党支部 of the 酒店 along the 海棠湾, the 亚龙湾 and the 三亚湾, where the 员工 work in 倒班, the 前台, 客房 and 餐饮 staff
come from the 黎族 villages and from the mainland, the 台风 come in the summer and the 宾客 rate every stay on the 在线点评 平台: 组织覆盖
(the 支部 of three 党员 or the 联合党支部 with the 换届 and its 审批, the 书记 from the 管理层 or the 党建指导员 with the 出资人's yearly
活动 and the 任职文件, a half-yearly 排查 of the 党员 among the 员工 with the 流动党员台账), 组织生活 (the “三会一课” without 党小组会 with the
补学 of the 当班 党员, the monthly 主题党日 with two 现场教学 at the 红色娘子军纪念园, the 组织生活会 with 民主评议 and the 征求意见, a quarterly
集中学习 with 24学时 and the 参学率), 党员管理 (党费 with a half-yearly 公示, two 积极分子 a year and "每两年至少发展1名", the 党徽 with three
示范岗 and a quarterly “党员服务之星” 评选 with its 公示), 阵地与保障 (the 活动室 shared with the 员工之家, the 1% 经费 with the 财务凭证 and the
年底 报 of the 返还党费's 使用情况, the 年初 计划 and 责任书, the 年底 述职 and a half-yearly 报送) and 作用发挥 (a 宾客满意度 in bands with the
48小时 投诉 回复, a quarterly 诚信经营 自查 with a 一票否决, the 劳动合同 签订率 with the 帮扶台账, the 春节 慰问 and a half-yearly 座谈会, the
应急突击队 with the 台风 预案 and four 志愿服务; a deduction-only line on 事故 and 违法违纪).

The title (bold, centred), a centred "（考核对象：行业党委所属各酒店党支部、联合党支部）" line and a "酒店名称：…党组织书记：…考核组：…"
line above one table: 考核类别 | 考核指标 | 考核要求 | 备查资料 | 分值 | 评分标准. There is NO 序号: items are numbered by position (1..18). The
categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITHOUT an ordinal on TWO lines, "组织覆盖\n（15分）". 考核指标 is a short
sub-label (`Row.indicator`). 备查资料 (`Row.method`) comes BEFORE the 分值 and names the papers the 酒店 lays out, joined by "、" (once a way
of checking: 行业党委会同相关部门提供). 分值 is a plain number BEFORE the 评分标准. A 合计 row of 100 and a 说明 paragraph close the document.
Counts in figures and Chinese numerals ("每年至少参加一次", "每半年开展一次", "支委会每月1次", "每月开展一次", "每季度组织一次", "每半年公示
一次", "每两年至少发展1名", "每季度评选一次", "每半年…报送一次", "每季度开展一次", "每年春节前开展一次", "每半年召开一次"); "不少于24学时";
"不少于2次", "不少于2名", "不少于3个", "不少于4次", "不少于20平方米"; "百分之九十"; "1个月内", "48小时内", "24小时内"; "最高扣" caps; "酌情
扣1分", "酌情扣0.5-1分" and "酌情扣1-2分"; one set of bands (a 满意度 for 4 of the 8 points, closed by "85%以下的不得分"); one "实行一票否决，
本项不得分"; four plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzd_sanya_jiudian_hangye_zhibu_docx",
    fmt="docx",
    title="中共三亚市旅游酒店行业委员会2025年度酒店党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织覆盖", "组织覆盖\n（15分）", 15, (
            Row("有正式党员3名以上的酒店单独建立党支部，不足3名的按片区建立联合党支部；党支部按期换届，选举结果报行业党委审批。", 5,
                "符合条件未单独建立党支部的扣2分；未按期换届的扣2分；选举结果未报审批的扣1分。", "换届选举材料、审批文件",
                indicator="组织设置"),
            Row("党支部书记由酒店中高层管理人员中的党员担任，或由行业党委选派的党建指导员兼任；酒店出资人（总经理）每年至少参加一次党组织"
                "活动；建立党组织与管理层沟通协商机制。", 5,
                "书记配备不符合要求的扣1分；出资人（总经理）全年未参加党组织活动的扣1分；沟通协商机制不健全的，酌情扣1分。",
                "书记任职文件、活动签到表", indicator="书记配备"),
            Row("每半年开展一次员工党员身份排查，新入职员工中的党员1个月内纳入组织管理；建立流动党员、“口袋党员”台账。", 5,
                "排查每少1次扣1分；无流动党员台账的扣1分；新入职党员未及时纳入管理的，每人扣0.5分。", "排查登记表、流动党员台账",
                indicator="党员排查"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("结合酒店倒班特点灵活安排“三会一课”，支委会每月1次，党员大会每季度1次，党课每季度1次（支部不设党小组）；当班党员错峰"
                "补学。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；补学不落实的，每人次扣0.2分；会议记录不完整的，酌情扣0.5-1分。",
                "会议记录、签到表、补学记录", indicator="三会一课"),
            Row("每月开展一次主题党日，可与员工生日会、技能比武相结合；全年组织党员到红色娘子军纪念园等红色教育基地开展现场教学不少于2次。",
                6, "主题党日每少1次扣0.5分；现场教学每少1次扣1分。", "活动方案、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前向酒店管理层、员工代表征求意见。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；未征求意见的扣1分。", "会议记录、民主评议表", indicator="组织生活会"),
            Row("每季度组织一次集中学习；党员每年参加集中学习培训不少于24学时；运用线上学习平台开展学习，党员参学率达到百分之九十以上。", 6,
                "集中学习每少1次扣1分；学时不足的，每人扣0.2分，最高扣1分；参学率每低10个百分点扣0.5分。", "学习记录、平台学习数据",
                indicator="学习教育"),
        )),
        Section("党员管理", "党员管理\n（15分）", 15, (
            Row("党员按月交纳党费；党费收缴情况每半年公示一次。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。", "党费收缴台账", indicator="党费收缴"),
            Row("注重在一线服务骨干、技术工人中发展党员，年内确定入党积极分子不少于2名；每两年至少发展1名党员。", 6,
                "入党积极分子每少1名扣1分；两年内未发展党员的扣2分；发展程序不规范的，本项不得分。", "发展党员档案", indicator="发展党员"),
            Row("党员佩戴党徽上岗，在前台、客房、餐饮等部门设立党员示范岗不少于3个；每季度评选一次“党员服务之星”并公示。", 6,
                "党员未佩戴党徽的，每人次扣0.2分，最高扣2分；示范岗每少1个扣1分；评选每少1次扣0.5分；评选结果未公示的扣0.5分。",
                "示范岗名单、公示照片", indicator="亮身份作表率"),
        )),
        Section("阵地与保障", "阵地与保障\n（15分）", 15, (
            Row("设立党员活动室或与员工之家共建共用，面积不少于20平方米，悬挂党旗、入党誓词和党建工作制度；活动室全年正常开放。", 5,
                "无活动场所的扣3分；标识、制度不规范的扣1分；活动室被挪作客房、仓库等他用的，本项不得分。", "活动室照片",
                indicator="活动场所"),
            Row("党组织工作经费纳入酒店管理费用，按上年度职工工资总额1%的比例列支；上级返还党费专款专用，使用情况年底报行业党委。", 5,
                "工作经费未纳入管理费用的扣2分；返还党费挪作他用的扣2分；使用情况未报送的扣1分。", "财务凭证、党费使用情况报告",
                indicator="经费保障"),
            Row("年初制定党建工作计划，与行业党委签订党建工作责任书；年底支部书记向行业党委述职；每半年向行业党委报送一次工作情况。", 5,
                "无年度计划的扣1分；未签订责任书的扣1分；未述职的扣2分；工作情况每少报送1次扣0.5分。", "工作计划、责任书、述职报告",
                indicator="责任落实"),
        )),
        Section("作用发挥", "作用发挥\n（30分）", 30, (
            Row("开展“党建+优质服务”活动，宾客满意度达到95%以上（以在线点评平台评分和宾客意见卡统计）；宾客投诉48小时内处理回复。", 8,
                "满意度95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；投诉处理超时的，每件扣0.5分；因服务"
                "质量被旅游主管部门通报的，每次扣2分。", "点评平台数据、宾客意见卡、投诉处理记录", indicator="优质服务"),
            Row("春节、国际旅游消费季等旅游旺季落实明码标价，不发生价格欺诈、“天价”消费；每季度开展一次诚信经营自查。", 6,
                "自查每少1次扣0.5分；未明码标价的扣2分；发生价格欺诈被查处的，实行一票否决，本项不得分。", "自查记录、价目公示照片",
                indicator="诚信经营"),
            Row("推动劳动合同签订率达到100%；建立困难员工帮扶台账，每年春节前开展一次走访慰问；每半年召开一次员工座谈会。", 6,
                "签订率每低1个百分点扣0.5分，最高扣2分；无帮扶台账的扣1分；未开展走访慰问的扣1分；座谈会每少1次扣0.5分；发生劳资纠纷群体性"
                "事件的，本项不得分。", "劳动合同台账、帮扶台账、座谈会记录", indicator="员工关爱"),
            Row("组建党员应急突击队，台风、暴雨来临前24小时内完成安全检查，制定宾客安置预案；党员每年参加社区志愿服务不少于4次。", 5,
                "未组建应急突击队的扣1分；应急处置不到位的，酌情扣1-2分；志愿服务不足4次的，每人扣0.2分，最高扣1分。",
                "突击队名单、宾客安置预案、志愿服务记录", indicator="应急志愿"),
            Row("酒店发生安全生产、食品安全、消防责任事故，或党员违法违纪（本项为扣分项）。", 5,
                "发生一般责任事故的，每起扣2分；党员受到党纪政务处分或被追究法律责任的，每人扣3分；发生较大以上责任事故的，本项不得分。",
                "行业党委会同相关部门提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核类别", "考核指标", "考核要求", "备查资料", "分值", "评分标准"]
NOTE = ("说明：1.本表由行业党委于12月组织考核，党建指导员、酒店行业协会参加，采取查阅资料、实地查看、随机访谈员工和宾客、调取在线点评"
        "平台数据相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“五星级党组织”，80—89分的为“四星级党组织”，"
        "70—79分的为“三星级党组织”，70分以下的列为后进党组织整顿提升；4.考核结果作为推荐“诚信示范酒店”和党建指导员考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：行业党委所属各酒店党支部、联合党支部）")
    document.add_paragraph("酒店名称：                党组织书记：                考核组：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.method), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
