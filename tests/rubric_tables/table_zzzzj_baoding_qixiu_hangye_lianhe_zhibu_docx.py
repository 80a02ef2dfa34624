"""保定市竞秀区汽车维修行业联合党支部2025年度党建工作考核评分表 (.docx), as the 区交通运输行业党委 of 河北 保定 竞秀区 (under the 区委社会工作部,
with the 区交通运输局 维修管理 股, the 生态环境 分局 and the 区应急管理局, a 考核组 visiting the 维修厂 and 4S店 along the 朝阳大街 and the 汽车城 in
mid-December, when the 冬检 queues are long) scores the 联合党支部 of the 汽车维修 企业: the 一类 and 二类 维修厂 with their 举升机 and 喷漆房, the
4S店 of the 长城 and the 新能源 brands, the 快修 门店 where a 党员 技师 is the whole 党组织, the 学徒 from the 技校, the 货车司机 and 外卖骑手 who
stop for a 补胎 and a cup of hot water, the 车主 who complain of a 配件 price: a table printed with section rows, whose 考核要素 names each part,
whose 考核标准 prints what the 支部 and the 企业 must have done, whose 计分方法 takes points off one clause at a time (scoring the 技能培训 学时 and the
志愿服务时长 in bands), whose 佐证材料 column names the papers, and whose 加分项 rows stand under the 合计: 组织覆盖 (the 覆盖率 of the 一类、二类 企业,
3至5人 and one 联络员 a 企业; the 党员信息台账, a quarterly 更新 and the 转入率; the 党员活动室 with its 制度 and the 先锋岗 公示牌), 组织生活 (the
“三会一课” without a 党小组会, the 书记's two 党课 and the 参会率; the 主题党日 on the last Sunday with 签到 and 照片; the 组织生活会, the 谈心谈话 with
every 党员, the 民主评议 and its 通报; two 积极分子, "每两年至少发展党员1名" and the 公示; 党费 按月 with a quarterly 公示), 作用发挥 (the 诚信维修
承诺书 签订率, the 明码标价 and the 一次维修合格率; a half-yearly 技能比武 or 培训, the 师徒协议 and the 人均 学时 in bands; the 危废 转移联单 and the
治理设施; a quarterly “车辆安全义检” 志愿服务 and the 人均 时长 in bands; two 爱心驿站 and the 投诉 办结率; a monthly 隐患排查, the 整改率 and a 一票
否决) and 工作保障 (the 年初 计划, the 责任书, the 年终 总结 and the 述职; the 经费 and its 台账; a quarterly 宣传 and three 标兵 a year; the 年底
满意率).

The title (bold, centred) and a centred "（考核对象：竞秀区汽车维修行业联合党支部及所属成员企业党员）" line above one table: 序号 | 考核要素 | 考核标准 |
计分方法 | 分值 | 佐证材料. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line,
"一、组织覆盖（16分）". 序号 (FIRST column) runs 1..18 through the table, NOT restarting under the section rows. 考核要素 is a short sub-label
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证材料
(`Row.method`) names the papers, joined by "、". A 合计 row of 100 follows the scored rows; under it a merged "加分项（最高加5分）" row and two 加分
rows (no 序号, their 最高加分 in the 分值 column); a "说明：" paragraph with three numbered lines follows the table. Counts in figures and Chinese
numerals, nearly all in the 考核标准 ("3名以上", "不足3名", "100%", "3至5人", "1名", "每季度更新一次", "百分之八十", "支部委员会每月召开1次，党员
大会每季度召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月最后一个星期日", "每年召开1次", "不少于1次", "年内…不少于2名",
"每两年至少发展党员1名", "不少于5个工作日", "按月", "每季度…公示一次", "100%", "百分之九十八", "每半年组织一次", "不少于1名", "不少于16学时", "每季度
开展一次", "不少于8小时", "不少于2个", "百分之九十五", "每月开展一次", "100%", "年初", "年终", "每季度…不少于1篇", "年内…不少于3名", "年底",
"不低于百分之九十"); "最高扣" caps; bands of the 人均 技能培训 学时 (2 of the 7 points) and the 人均 志愿服务时长 (2 of the 6), each closed by "…以下的
不得分"; "酌情扣1-2分" once, "酌情扣0.5-1分" once and "酌情扣0.5分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, scoring: str, points: float, evidence: str) -> Row:
    """One row in the order the table prints it: 考核要素, 考核标准, 计分方法, 分值, 佐证材料."""
    return Row(text, points, scoring, evidence, indicator=indicator)


TABLE = Table(
    name="zzzzj_baoding_qixiu_hangye_lianhe_zhibu_docx",
    fmt="docx",
    title="保定市竞秀区汽车维修行业联合党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（16分）", 16, (
            _row("组织设置",
                 "行业内有正式党员3名以上的维修企业单独建立党支部，不足3名的纳入联合党支部，一类、二类维修企业党组织覆盖率达到100%；联合党支部委员会"
                 "由3至5人组成，每家成员企业明确1名党建联络员。",
                 "党组织覆盖率每低5个百分点扣0.5分，最高扣2分；支委缺额的扣1分；成员企业未明确联络员的，每家扣0.2分，最高扣1分。", 5,
                 "党组织成立批复、成员企业名单、联络员名单"),
            _row("党员管理",
                 "摸清行业从业人员中党员底数，建立党员信息台账，每季度更新一次；组织关系在外的“口袋党员”动员转入率达到百分之八十。",
                 "无党员信息台账的扣1分；台账更新每少1次扣0.3分；转入率每低10个百分点扣0.5分，最高扣2分。", 5,
                 "党员信息台账、组织关系介绍信存根"),
            _row("阵地建设",
                 "依托龙头维修企业建设党员活动室，做到有标识、有制度、有设施；在维修车间设置“党员先锋岗”公示牌。",
                 "无党员活动室的扣2分；标识、制度、设施每缺一项扣0.5分；未设置公示牌的扣1分。", 6, "活动室照片、制度文本"),
        )),
        Section("组织生活", "二、组织生活（28分）", 28, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；支部书记每年讲党课不少于2次；党员参会率不低于百分之八十五（可采取线上"
                 "线下相结合方式）。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣2分。", 8,
                 "会议记录、签到表、线上会议截图"),
            _row("主题党日",
                 "每月最后一个星期日为固定主题党日，结合“诚信维修”“车辆安全义检”确定主题；每次有签到、有照片。",
                 "主题党日每少1次扣0.5分，最高扣4分；缺签到或照片的，每次扣0.1分，最高扣1分；主题与行业实际脱节的，酌情扣0.5-1分。", 6,
                 "活动方案、签到表、照片"),
            _row("组织生活会",
                 "每年召开1次组织生活会；会前支部书记与每名党员谈心谈话不少于1次；开展民主评议党员，评议结果向成员企业通报。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1.5分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分。", 6,
                 "会议记录、谈心谈话记录、民主评议测评表、通报文件"),
            _row("发展党员",
                 "注重在一线技师、青年学徒中培养，年内确定入党积极分子不少于2名，每两年至少发展党员1名；发展对象在成员企业公示不少于5个工作日。",
                 "积极分子每少1名扣1分；两年内未发展党员的扣1分；发展对象未公示的扣1分。", 5, "发展党员档案、公示照片"),
            _row("党费收缴",
                 "党员按月交纳党费，每季度在支部微信群公示一次交纳情况。",
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.3分。", 3, "党费收缴台账、公示截图"),
        )),
        Section("作用发挥", "三、作用发挥（36分）", 36, (
            _row("诚信维修",
                 "党员企业带头签订《诚信维修承诺书》，签订率100%；推行维修配件明码标价、旧件返还；党员技师所在班组一次维修合格率达到百分之九十八。",
                 "承诺书每少签订1家扣0.5分，最高扣2分；未落实明码标价、旧件返还的，酌情扣1-2分；合格率每低1个百分点扣0.5分，最高扣3分。", 7,
                 "承诺书、维修质量统计表"),
            _row("技能提升",
                 "每半年组织一次党员技能比武或新能源汽车维修技术培训；党员技师每人带徒不少于1名，签订师徒协议；党员年人均参加技能培训不少于16学时。",
                 "比武或培训每少1次扣1分；未签订师徒协议的，每人扣0.3分，最高扣1.5分；人均学时16学时以上的得2分，12学时（含）—16学时的得1分，12学时"
                 "以下的不得分。", 7, "比武（培训）通知、师徒协议、培训签到表"),
            _row("绿色维修",
                 "党员企业带头落实废机油、废蓄电池等危险废物规范处置，危险废物转移联单齐全；喷漆房废气治理设施正常运行；不发生环保违法案件。",
                 "转移联单每缺一份扣0.5分，最高扣2分；治理设施未正常运行的扣1分；发生环保违法案件被查处的，每起扣2分。", 6,
                 "危险废物转移联单、设施运行记录"),
            _row("志愿服务",
                 "组建“红色车友”党员志愿服务队，每季度开展一次“车辆安全义检”志愿服务进社区、进学校活动；党员年人均志愿服务时长不少于8小时。",
                 "义检活动每少1次扣1分；人均时长8小时以上的得2分，4小时（含）—8小时的得1分，4小时以下的不得分。", 6,
                 "活动照片、志愿服务时长记录"),
            _row("服务群众",
                 "在党员企业设立“货车司机之家”“骑手加油站”等爱心驿站不少于2个，为新就业群体提供免费饮水、充电、应急小修服务；行业消费投诉办结率达到"
                 "百分之九十五。",
                 "爱心驿站每少1个扣1分；投诉办结率每低1个百分点扣0.2分，最高扣2分；因维修质量引发群体投诉被通报的，每起扣1分。", 5,
                 "驿站照片、投诉处理台账"),
            _row("安全生产",
                 "每月开展一次党员安全隐患排查（举升机、喷漆房、新能源车辆充电区）；隐患整改率100%；不发生较大及以上安全生产事故。",
                 "排查每少1次扣0.3分，最高扣2分；整改率每低5个百分点扣0.5分；发生较大及以上安全生产事故的，实行一票否决，本项不得分。", 5,
                 "隐患排查台账、整改记录"),
        )),
        Section("工作保障", "四、工作保障（20分）", 20, (
            _row("责任落实",
                 "年初制定联合党支部工作计划；支部书记与行业党委签订党建工作责任书；年终形成工作总结，支部书记向行业党委述职。",
                 "缺计划、责任书或总结的，每项扣1分；未述职的扣2分。", 5, "工作计划、责任书、工作总结、述职报告"),
            _row("经费保障",
                 "成员企业按规定落实党组织工作经费，建立经费使用台账；党组织活动场所、活动时间有保障。",
                 "经费未落实的扣2分；无经费使用台账的扣1分；活动时间无保障的，酌情扣0.5分。", 4, "经费使用台账"),
            _row("宣传引领",
                 "每季度通过行业微信公众号等平台宣传党员技师先进事迹不少于1篇；年内评选“党员诚信维修标兵”不少于3名。",
                 "宣传每少1篇扣0.5分；未开展评选的扣1分；评选人数不足3名的扣0.5分。", 5, "宣传截图、评选表彰文件"),
            _row("群众评价",
                 "年底由行业党委组织成员企业职工、车主代表开展满意度测评，满意率不低于百分之九十。",
                 "满意率低于90%的，每低1个百分点扣0.5分，扣完为止。", 6, "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核要素", "考核标准", "计分方法", "分值", "佐证材料"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("表彰奖励", "成员企业获评省级以上“诚信维修企业”“文明示范维修站”的。", "每家加1分，最高加2分。", 2, "表彰文件"),
    ("经验推广", "联合党支部党建工作经验被市级以上行业主管部门或媒体推广的。", "市级加1分，省级加2分，国家级加3分。", 3, "推广文件、报道截图"),
)
NOTES = (
    "说明：",
    "1.本表由区交通运输行业党委于12月中旬组织考核，区交通运输局、生态环境分局、应急管理局配合，采取查阅资料、实地查看、个别访谈、问卷测评"
    "相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；加分项最高加5分，总分不超过105分。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果作为“红旗党支部”评选和成员企业"
    "诚信考核的重要参考。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_scored = sum(len(s.rows) for s in t.sections)
    n_rows = 1 + len(t.sections) + n_scored + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：竞秀区汽车维修行业联合党支部及所属成员企业党员）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_HEAD)
    r += 1
    for label, text, scoring, points, evidence in BONUS:
        cells = ((1, label), (2, text), (3, scoring), (4, _fmt(points)), (5, evidence))
        for c, v in cells:
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
