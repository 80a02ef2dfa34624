"""弥勒市西三镇2025年度村党组织党建档案台账规范化检查评分表 (.xlsx), as the 镇党委 of 西三镇 in 云南 红河州 弥勒市 (its 党建办 with the 镇 档案室,
the 农业农村服务中心, the 经管站 and the 镇纪委, a 检查组 driving up the red-earth road past the 可邑 彝寨 in the first week of December, when the
烤烟 is sold, the 葡萄 vines are cut back and the 阿细跳月 drums are quiet until the 火把节 of next summer) opens the numbered 档案盒 on the shelves of
each 村党总支 of a 彝族 township in the hills above the 弥勒 basin: the 村 whose 刺绣 合作社 and 乡村旅游 carry the 集体经济, whose young 党员 work in
昆明 and 广东, whose old ones keep the 寨子: a checklist printed as 档案盒号 | 台账名称 | 归档内容 | 分值 | 扣分标准 | 得分, each box holding one 台账
named by its 《》 title, its 归档内容 saying what papers must be in it, how often and by when, its 扣分标准 taking off for a paper missing or a time short:
基础组织类 (the 设置批复, the 党员花名册 compared with the 系统 every half year and the 党小组 名单; the “两委” 名册, one under 35 and three of 高中 and
above, four 后备力量 with a woman among them and their 档案; the 制度汇编 and its 上墙; the 计划 by the end of January, the 责任书, the 半年小结 by 15 July
and the 总结 by 25 December; the 年底 述职, its 测评表 and the 满意率), 组织生活类 (the “三会一课”, the 记录 要素 and the 签到; the 主题党日 on the 20th
with 方案、签到表、照片 and two 民族团结进步 活动; the 组织生活会 with its 征求意见表, 谈心谈话记录 and 对照检查材料, the 民主评议, the 测评票 and the 备案;
a monthly 集中学习, 24学时 and two 推送 a month; the half-yearly 谈心谈话; the 设岗定责 and a quarterly 评议), 党员管理类 (党费 按月, the 3月底 核定, a
half-yearly 公示 and the 收据; one 积极分子, the 档案, the 公示 and a "本项不得分"; the 流动党员 信息卡, a monthly 联系 and the 春节 座谈; five 联系户,
a quarterly 走访 and the 《民情日记》; the “七一”、春节 慰问 全覆盖, the 帮扶台账 and its 措施) and 村级治理类 (the “四议两公开” 会议记录, the 公开
and its 照片; the quarterly 党务 and 村务 公开, the monthly 财务 公开, the 审核签字 and the 照片; the “三资” 台账, the 合同 and the 经营性收入 in bands of
万元; a monthly 人居环境整治, a quarterly “美丽庭院” 评比, its 公布 and the “门前三包” 落实率).

A merged title row, a merged "检查对象：西三镇各村党总支（党支部）" line and a merged "村名：    档案管理员：    检查人：    检查日期：" line above the
header 档案盒号 | 台账名称 | 归档内容 | 分值 | 扣分标准 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its
points on one line, "一、基础组织类（20分）". 档案盒号 (FIRST column) is printed "01" … "20", one box a row, running through the sheet and NOT
restarting under the section rows. 台账名称 is the 《》 title of the 台账 (`Row.indicator`); 归档内容 (`Row.text`) says what must be in the box; 分值 is a
plain number BEFORE the 扣分标准 (`Row.scoring`); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals, nearly all in the 归档内容 ("每半年…一次", "35周岁以下的不少于1名", "高中及以上学历的不少于3名", "不少于4名", "不少于1名", "1月底前", "年初",
"7月15日前", "12月25日前", "年底", "不低于百分之八十五", "支部委员会会议每月不少于1次，党员大会每季度不少于1次，党小组会每季度不少于1次，党课每季度不少于
1次", "每月20日", "年内…不少于2次", "每年召开1次", "每年开展1次", "每月…不少于1次", "每人每年…不少于24学时", "每月不少于2次", "每半年至少…1次",
"不少于1个", "每季度…一次", "按月", "每年3月底前", "每半年…一次", "按月", "年内…不少于1名", "不少于5个工作日", "每月至少…1次", "春节", "不少于5户",
"每季度…不少于1次", "“七一”、春节", "全覆盖", "不少于7天", "每季度公开1次", "每月公开1次", "15万元以上", "每月…不少于1次", "每季度开展一次",
"100%"); "最高扣" caps; bands of the 经营性收入 in 万元 (4 of the 7 points, closed by "8万元以下的不得分"); "酌情扣0.5-1.5分" once; one "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 归档内容, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzt_mile_xisan_zhen_cun_dangan_taizhang_xlsx",
    fmt="xlsx",
    title="弥勒市西三镇2025年度村党组织党建档案台账规范化检查评分表",
    numbering="printed",
    sections=(
        Section("基础组织类", "一、基础组织类（20分）", 20, (
            _row("《党组织设置及党员名册》",
                 "党组织设置批复文件；党员花名册（区分正式党员、预备党员、外出流动党员），每半年与全国党员管理信息系统比对更新一次；党小组划分名单。",
                 4, "无设置批复的扣1分；无党员花名册的扣1.5分；比对更新每少1次扣0.5分；无党小组划分名单的扣0.5分。"),
            _row("《村“两委”班子及后备力量档案》",
                 "村“两委”班子成员名册，班子成员中35周岁以下的不少于1名、高中及以上学历的不少于3名；村级后备力量不少于4名，其中妇女不少于1名，"
                 "后备力量一人一档。", 5,
                 "无班子成员名册的扣1分；35周岁以下、高中及以上学历成员不达标的，每缺1名扣0.5分，最高扣1.5分；后备力量每少1名扣0.5分；无妇女后备力量"
                 "的扣0.5分；后备力量未建档的扣0.5分。"),
            _row("《村级组织工作制度汇编》",
                 "“三会一课”、主题党日、组织生活会、民主评议党员、无职党员设岗定责、“四议两公开”、村务监督等制度汇编成册，主要制度在村党群服务中心"
                 "上墙。", 3,
                 "无制度汇编的扣1.5分；每缺一项制度扣0.2分，最高扣1分；主要制度未上墙的扣0.5分。"),
            _row("《年度计划、总结及责任书》",
                 "1月底前制定年度党建工作计划；村党总支书记年初与镇党委签订抓党建工作责任书；7月15日前报送半年工作小结；12月25日前形成年度工作"
                 "总结。", 4,
                 "计划、责任书、半年小结、年度总结每缺一份扣1分。"),
            _row("《书记述职评议档案》",
                 "村党总支书记年底向镇党委和村党员大会述职，述职报告、民主测评表归档；述职测评满意率不低于百分之八十五。", 4,
                 "未述职的扣2分；无民主测评表的扣1分；测评满意率低于85%的扣1分。"),
        )),
        Section("组织生活类", "二、组织生活类（30分）", 30, (
            _row("《“三会一课”记录本》",
                 "支部委员会会议每月不少于1次，党员大会每季度不少于1次，党小组会每季度不少于1次，党课每季度不少于1次；记录载明时间、地点、主持人、"
                 "参会人员、议题和决议，参会人员签到。", 8,
                 "每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.1分，最高扣1.5分；无签到的，每次扣0.1分，最高扣1.5分。"),
            _row("《主题党日活动档案》",
                 "每月20日开展，每次活动有方案、签到表和照片；年内结合“火把节”“阿细跳月”等民族节庆开展民族团结进步主题活动不少于2次。", 5,
                 "每少1次扣0.3分，最高扣2分；方案、签到表、照片每缺一项扣0.1分，最高扣1分；民族团结进步主题活动每少1次扣1分。"),
            _row("《组织生活会及民主评议党员档案》",
                 "组织生活会每年召开1次，归档会前征求意见表、谈心谈话记录、对照检查材料；民主评议党员每年开展1次，归档民主测评票和评议等次报镇党委"
                 "备案材料。", 6,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；无测评票的扣0.5分；"
                 "评议等次未备案的扣0.5分。"),
            _row("《党员学习教育台账》",
                 "每月利用远程教育终端开展集中学习不少于1次；党员每人每年参加学习培训不少于24学时；通过微信群向外出党员推送学习内容，每月不少于2次。",
                 5,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；推送每少1次扣0.1分，最高扣1.5分。"),
            _row("《谈心谈话记录》",
                 "村党总支书记与班子成员、班子成员与分管联系党员每半年至少谈心谈话1次，记录谈话时间、对象和主要内容。", 3,
                 "无记录的扣1分；谈心谈话每少1人次扣0.1分，最高扣2分。"),
            _row("《无职党员设岗定责台账》",
                 "为无职党员设立政策宣传岗、环境卫生监督岗、民族团结调解岗等岗位，每名无职党员认领岗位不少于1个；履岗情况每季度评议一次。", 3,
                 "未设岗定责的扣1.5分；未认领岗位的，每人扣0.1分，最高扣1分；评议每少1次扣0.2分。"),
        )),
        Section("党员管理类", "三、党员管理类（25分）", 25, (
            _row("《党费收缴台账》",
                 "按月收缴党费，党员本人签字确认；每年3月底前核定交纳基数；每半年在村务公开栏公示一次；党费收据按月粘贴归档。", 5,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；无本人签字的扣0.5分；未核定基数的扣1分；公示每少1次扣0.5分；收据未归档的扣0.5分。"),
            _row("《发展党员档案》",
                 "年内确定入党积极分子不少于1名，优先从致富能手、返乡青年中培养；发展党员一人一档，入党申请书、培养考察登记表、政审材料、公示材料"
                 "齐全；发展对象公示不少于5个工作日。", 6,
                 "未确定积极分子的扣1分；档案材料每缺一项扣0.3分，最高扣2分；未公示的扣1分；违反程序发展党员的，本项不得分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员逐人建立信息卡，登记外出地点、务工单位和联系方式；每月至少联系1次；春节返乡期间组织流动党员座谈1次。", 4,
                 "无信息卡的，每人扣0.2分，最高扣1分；联系每少1次扣0.1分，最高扣1.5分；未组织返乡座谈的扣1.5分。"),
            _row("《党员联系户台账》",
                 "每名党员联系群众不少于5户，每季度入户走访不少于1次，走访情况记入《民情日记》。", 5,
                 "联系户不足5户的，每人扣0.1分，最高扣1.5分；走访每少1次扣0.2分，最高扣2分；无《民情日记》的扣1.5分。"),
            _row("《关怀帮扶台账》",
                 "“七一”、春节走访慰问老党员、生活困难党员，实现全覆盖；建立困难党员帮扶台账，帮扶措施具体。", 5,
                 "走访慰问每少1人扣0.2分，最高扣2分；无帮扶台账的扣1.5分；帮扶措施不具体的，酌情扣0.5-1.5分。"),
        )),
        Section("村级治理类", "四、村级治理类（25分）", 25, (
            _row("《“四议两公开”档案》",
                 "村级重大事项按“四议两公开”程序决策，提议、商议、审议、决议各环节会议记录完整；决议和实施结果公开不少于7天，公开照片归档。", 6,
                 "重大事项未履行“四议两公开”程序的，每件扣2分，最高扣4分；环节记录缺失的，每件扣0.5分；无公开照片的扣0.5分。"),
            _row("《党务村务财务公开档案》",
                 "党务、村务每季度公开1次，财务每月公开1次；公开内容经村务监督委员会审核签字，公开后拍照存档。", 6,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣2分；未经审核签字的，每次扣0.2分，最高扣1分；无公开照片的扣0.5分。"),
            _row("《村集体经济档案》",
                 "建立集体资产、资源、资金“三资”台账，经济合同统一编号归档；发展彝族刺绣、乡村旅游等产业，年内村集体经济经营性收入达到15万元以上。", 7,
                 "无“三资”台账的扣1.5分；合同未归档的，每份扣0.3分，最高扣1.5分；经营性收入30万元以上的得4分，15万元（含）—30万元的得3分，8万元"
                 "（含）—15万元的得1分，8万元以下的不得分。"),
            _row("《人居环境整治台账》",
                 "每月组织党员参与人居环境整治不少于1次；每季度开展一次“美丽庭院”评比，评比结果张榜公布；党员户“门前三包”落实率100%。", 6,
                 "整治活动每少1次扣0.3分，最高扣2分；评比每少1次扣0.5分；评比结果未公布的扣0.5分；党员户未落实“门前三包”的，每户扣0.2分，最高扣"
                 "1.5分。"),
        )),
    ),
)

HEADER = ["档案盒号", "台账名称", "归档内容", "分值", "扣分标准", "得分"]
NOTE = ("说明：1.本表由镇党委于12月上旬组织检查，以档案盒内2025年1月1日至检查之日形成的原始资料为准，事后补记、代签、以复印件代替原件的不予认定；"
        "2.档案盒按盒号顺序排列，盒脊标注台账名称和年度；3.各项扣分以该项分值为限，扣完为止；村集体经济经营性收入以弥勒市农业农村局农经统计年报"
        "数据为准；4.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，“不规范”的村限期1个月整改，由镇党委组织复查。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "档案台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：西三镇各村党总支（党支部）", ncols)
    xlsx_line(ws, "村名：              档案管理员：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([f"{number:02d}", row.indicator, row.text, row.points, row.scoring, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (8, 22, 50, 6, 50, 7))
    wb.save(str(path))
