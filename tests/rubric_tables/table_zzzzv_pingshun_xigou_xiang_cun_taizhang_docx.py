"""平顺县西沟乡2025年度村党组织党建工作台账检查评分表 (.docx), as the 乡党委 of 西沟乡 in 山西 长治 平顺县 (its 组织委员 and 党建办 with the 乡
经管站, the 综治中心, the 乡村振兴办 and the 乡纪委, a 检查组 driving up the 浊漳河 valley to the terraced hills of the 太行 in the first half of
December, when the 核桃 and the 花椒 are sold, the 潞党参 is dried on the roofs and the 申纪兰 memorial hall on the 西沟 slope is quiet of visitors)
opens the 台账 of each 村党支部 of a mountain township whose 村 plant the 荒山 with pine, whose young 党员 work in 长治 and 太原, whose old ones keep the
stone-walled 院落: a checklist printed as 台账名称 | 内容要求 | 分值 | 扣分标准, each row one 台账 named by its 《》 title, its 内容要求 opening on how often
it is kept ("每半年更新一次", "每年初更新", "每月召开", "每月5日固定开展", "每年召开1次", "按月收缴", "每月组织", "每季度与…联系", "每年制定", "按月登记",
"每年“七一”、春节", "随时记录", "每季度公开", "每季度更新一次", "每月排查一次", "每月组织", "每季度入户走访", "每年1月底前", "按日填写", "每年修订一次")
and saying what must be in it; its 扣分标准 taking off for a paper missing or a time short: 组织建设类 (the 党员花名册 half-yearly and the 系统; the
“两委” 分工, three 后备干部, two under 35 and a half-yearly 考察; the “三会一课”, the 要素 and no 补记; the 主题党日 on the 5th with 方案、签到、记录、照片
and two 专题教育 on the 申纪兰精神; the 组织生活会 with its 征求意见表, 谈心谈话记录 and 对照检查材料, the 民主评议, the 测评表 and the 备案), 党员管理类
(党费 按月 with the 签字, a half-yearly 公示 and a quarterly 上缴; a monthly 集中学习, 40学时 and the 送学上门; a quarterly 联系 of the 流动党员, the 登记
and the 春节 座谈会; the 发展计划, one 积极分子, the 纪实, the 公示 and a "本项不得分"; the 积分 按月, a quarterly 公示 and the 年底 星级; the “七一”、春节
慰问 全覆盖 and the 帮扶措施), 村级治理类 (the “四议两公开” 一事一档; the quarterly 党务、村务 and monthly 财务 公开, the 审核 and the 照片; the “三资”
台账 quarterly and the 集体经济收入 in bands of 万元; a monthly 排查, the 登记, the 回访 and the 调处成功率; two 整治 a month, the 分片包干, a quarterly
“美丽庭院” 评选 and its 公示; the 联系户, five each and a quarterly 走访) and 综合工作类 (the 1月底 计划, the 年度 总结, the 年底 述职 and its 满意率; the
值班记录 and two 活动 a month; the 制度汇编, its yearly 修订 and the 上墙).

The title (bold, centred), a centred "（检查对象：西沟乡各村党支部（党总支））" line and a plain "村名：    台账管理员：    检查人：    检查日期："
line above one table: 台账名称 | 内容要求 | 分值 | 扣分标准. There is NO 序号: the items are numbered by position 1..20. Each category is a SECTION ROW
merged across the table, printed WITH an ordinal and its points on one line, "一、组织建设类（28分）". 台账名称 (FIRST column) is the 《》 title of the
台账 (`Row.indicator`); 内容要求 (`Row.text`) says how often and what must be in it; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`). A 合计
row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 内容要求;
"最高扣" caps; bands of the 集体经济收入 in 万元 (4 of the 6 points, closed by "5万元以下的不得分"); "每低1个百分点" once; "酌情扣0.5-1分" once and
"酌情扣0.5分" once; one "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 台账名称, 内容要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzv_pingshun_xigou_xiang_cun_taizhang_docx",
    fmt="docx",
    title="平顺县西沟乡2025年度村党组织党建工作台账检查评分表",
    numbering="position",
    sections=(
        Section("组织建设类", "一、组织建设类（28分）", 28, (
            _row("《党员花名册》",
                 "每半年更新一次，载明党员姓名、性别、出生年月、入党时间、学历、联系方式，区分正式党员、预备党员和外出流动党员；与全国党员管理信息系统"
                 "信息一致。", 4,
                 "无花名册的扣2分；更新每少1次扣0.5分；信息与系统不一致的，每人扣0.1分，最高扣1分；未区分党员类别的扣0.5分。"),
            _row("《村“两委”班子及后备干部台账》",
                 "每年初更新“两委”班子成员分工；储备村级后备干部不少于3名，其中35周岁以下的不少于2名；每半年对后备干部考察一次，考察情况记入台账。", 5,
                 "班子分工未更新的扣0.5分；后备干部每少1名扣0.5分；35周岁以下后备干部不足2名的扣1分；考察每少1次扣0.5分。"),
            _row("《“三会一课”记录本》",
                 "每月召开1次支部委员会、1次党小组会，每季度召开1次党员大会、上1次党课；一会一记，记录时间、地点、主持人、参会人员、议题和发言要点。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.2分，最高扣2分；发现事后补记的，每次扣0.5分，最高扣1分。"),
            _row("《主题党日活动记录》",
                 "每月5日固定开展，做到有方案、有签到、有记录、有照片；年内结合学习弘扬申纪兰精神开展专题教育不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；专题教育每少1次扣1分。"),
            _row("《组织生活会及民主评议党员资料》",
                 "每年召开1次组织生活会，会前有征求意见表、谈心谈话记录，会上有对照检查材料；每年开展1次民主评议党员，有民主测评表和评议结果，评议结果"
                 "报乡党委备案。", 6,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；无测评表的扣0.5分；"
                 "评议结果未备案的扣0.5分。"),
        )),
        Section("党员管理类", "二、党员管理类（25分）", 25, (
            _row("《党费收缴台账》",
                 "按月收缴党费，党员本人签字；每半年在村务公开栏公示一次；党费按季度上缴乡党委。", 4,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；无本人签字的扣0.5分；公示每少1次扣0.5分；未按季度上缴的，每次扣0.25分。"),
            _row("《党员学习教育台账》",
                 "每月组织集中学习不少于1次；党员每年参加学习培训不少于40学时；对年老体弱、行动不便的党员送学上门。", 4,
                 "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1.5分；未送学上门的扣1分。"),
            _row("《流动党员管理台账》",
                 "每季度与外出流动党员联系不少于1次，登记外出地点、联系方式和思想工作情况；春节期间召开返乡流动党员座谈会。", 4,
                 "联系每少1次扣0.2分，最高扣1.5分；登记信息不全的，每人扣0.1分，最高扣1分；未召开座谈会的扣1.5分。"),
            _row("《发展党员工作台账》",
                 "每年制定发展党员工作计划，年内培养入党积极分子不少于1名；发展党员全程纪实，各环节材料齐全；发展对象公示不少于5个工作日。", 5,
                 "无发展计划的扣1分；未培养积极分子的扣1分；纪实材料每缺一项扣0.2分，最高扣1.5分；未公示的扣1分；违反程序发展党员的，本项不得分。"),
            _row("《党员积分管理台账》",
                 "按月登记党员积分，每季度公示一次积分结果；年底根据积分评定星级党员。", 4,
                 "无积分台账的扣1.5分；未按月登记的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评定星级的扣0.5分。"),
            _row("《关爱帮扶台账》",
                 "每年“七一”、春节走访慰问老党员和生活困难党员，实现全覆盖；对生活困难党员一户一策制定帮扶措施。", 4,
                 "慰问每少1人扣0.2分，最高扣2分；无帮扶措施的扣1分；帮扶措施不具体的，酌情扣0.5-1分。"),
        )),
        Section("村级治理类", "三、村级治理类（30分）", 30, (
            _row("《“四议两公开”工作台账》",
                 "随时记录，每项村级重大事项按党支部提议、“两委”商议、党员大会审议、村民代表会议决议和决议公开、实施结果公开的程序办理，资料一事"
                 "一档。", 6,
                 "重大事项未按程序办理的，每件扣2分，最高扣4分；资料不全的，每件扣0.5分，最高扣2分。"),
            _row("《党务村务财务公开台账》",
                 "党务、村务每季度公开一次，财务每月公开一次；公开前经村务监督委员会审核，公开后拍照留存。", 6,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣2分；未经审核的，每次扣0.2分，最高扣1分；无照片的扣0.5分。"),
            _row("《村集体经济发展台账》",
                 "每季度更新一次集体资产、资源、资金“三资”台账；发展核桃、花椒、中药材等特色产业，年内村集体经济收入达到10万元以上。", 6,
                 "“三资”台账每少更新1次扣0.5分；集体经济收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得2分，5万元以下"
                 "的不得分。"),
            _row("《矛盾纠纷排查调处台账》",
                 "每月排查一次，一事一登记，调处结果有回访；调处成功率达到百分之九十五以上。", 5,
                 "排查每少1次扣0.3分，最高扣2分；未登记或无回访的，每件扣0.2分，最高扣1分；调处成功率每低1个百分点扣0.2分，最高扣2分。"),
            _row("《人居环境整治台账》",
                 "每月组织党员参加环境卫生集中整治不少于2次，党员分片包干；每季度评选一次“美丽庭院”，评选结果张榜公示。", 4,
                 "集中整治每少1次扣0.2分，最高扣1.5分；未分片包干的扣0.5分；评选每少1次扣0.5分；结果未公示的扣0.5分。"),
            _row("《党员联系户台账》",
                 "每季度入户走访联系户不少于1次，每名党员联系农户不少于5户，记录群众诉求及办理情况。", 3,
                 "联系户不足5户的，每人扣0.1分，最高扣1分；走访每少1次扣0.2分，最高扣1.5分；群众诉求未记录办理情况的，酌情扣0.5分。"),
        )),
        Section("综合工作类", "四、综合工作类（17分）", 17, (
            _row("《年度工作计划和总结》",
                 "每年1月底前制定年度党建工作计划，12月底前形成年度工作总结；支部书记年底向乡党委和党员大会述职，述职评议满意率不低于百分之八十。", 6,
                 "无计划或总结的，每项扣1.5分；未述职的扣2分；述职评议满意率低于80%的扣1分。"),
            _row("《党群服务中心值班记录》",
                 "按日填写，工作日村干部轮流坐班；党群服务中心每月开展便民服务、文体活动不少于2次。", 5,
                 "无值班记录的扣1分；记录不连续的，每缺1日扣0.1分，最高扣1.5分；活动每少1次扣0.2分，最高扣2分。"),
            _row("《村级组织制度汇编》",
                 "每年修订一次，收录“三会一课”、主题党日、组织生活会、民主评议党员、党费收缴、“四议两公开”、村务监督等制度；主要制度在村党群服务中心"
                 "上墙。", 6,
                 "无制度汇编的扣2分；未按年修订的扣1分；每缺一项制度扣0.3分，最高扣1.5分；主要制度未上墙的扣1分。"),
        )),
    ),
)

HEADER = ["台账名称", "内容要求", "分值", "扣分标准"]
NOTES = (
    "说明：",
    "1.本表由乡党委于12月上旬组织检查，以村党支部2025年1月1日至检查之日形成的原始台账为准，事后补记、代签的不予认定。",
    "2.各项扣分以该项分值为限，扣完为止；村集体经济收入以平顺县农业农村局农经统计年报数据为准，按档次计分。",
    "3.台账按本表顺序编号装盒，盒脊标注台账名称和年度，存放于村党群服务中心档案柜。",
    "4.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，“不规范”的村限期1个月整改，由乡党委组织复查。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：西沟乡各村党支部（党总支））")
    document.add_paragraph("村名：              台账管理员：              检查人：              检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
