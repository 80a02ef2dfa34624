"""西陵区养老服务行业党委2025年度片区养老机构联合党支部党建工作考核评分表 (.xlsx), as the 养老服务行业党委 of 湖北 宜昌 西陵区 (set up under the 区
民政局 with the 区委社会工作部; its 党建指导员 with the 养老服务科, the 区消防救援大队, the 市场监管所 and the 区总工会, a 考核组 going round the 片区 in
mid-December, when the 长江 is low and green under the 夷陵长江大桥, the 重阳节 and 敬老月 photographs are still on the 护理院 walls, the 流感 season has
closed the 探视 rooms again and the 护理员 are working double shifts) scores the 联合党支部 of the 养老机构 in each 片区: the 公建民营 护理院 of the old
城区 with a dozen 党员 among its 护理员 and 社工, the 民办 养老公寓 on the hills with two or three, the 社区 嵌入式 日间照料中心 with none but a 党建指导员:
a sheet whose 考核内容 prints what the 支部 must have done, whose 评分方法 takes points off one clause at a time (scoring the 党组织 覆盖率 and the 老人及
家属 满意率 in bands) and whose 备查资料 names the papers, with a 加分项 block under the 合计: 组织覆盖 (the 党组织 覆盖率 in bands and the 党的工作 覆盖率;
a quarterly 摸排, the 党员信息台账 and the 纳入管理率; the 换届, the 交叉任职比例 and three 章程), 组织生活 (the “三会一课”, the 参会率 and the 记录; the
主题党日, the 敬老月 活动 and two 联合主题党日; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议 and the 反馈; 党费 按月, the 积分, a half-yearly
公示 and one 积极分子; the 出资人 培训 and 24学时), 作用发挥 (five 先锋岗, the 亮身份率 and the 作用; the 志愿服务队, a monthly 志愿服务 and 24小时; the
满意率 in bands, two “回头看”, the 整改率 and a 一票否决; a monthly 排查, a half-yearly 演练, the 整改 and a 一票否决; the 共建协议, a quarterly 上门服务,
fifty 健康评估; the 工会、团组织, the 持证上岗率, the 慰问 and a "本项不得分"; a half-yearly 思想动态分析, the 审核, the 收费 公示 and a "本项不得分") and
基础保障 (the 标识、党旗、制度, the 活动室, the 经费 and its 台账; the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率; the 品牌, three 报道 and a
quarterly 信息).

A merged title row, a merged "考核对象：区养老服务行业党委所属各片区养老机构联合党支部" line and a merged "党支部：    考核人：    考核日期：" line above the
header 序号 | 考核项目 | 考核内容 | 分值 | 评分方法 | 备查资料 | 得分. 序号 (FIRST column) runs 1..18 through the sheet, not restarting. The 考核项目 are
MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on one line, "组织覆盖（16分）"; there is no short sub-label.
考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分方法 (`Row.scoring`); 备查资料 (`Row.method`) names the papers, joined
by "、"; 得分 is left blank. A 合计 row of 100; then, UNDER it, a 加分项 block of three rows with NO 序号: "加分项（最高加5分）" merged down the 考核项目
column beside them, the 加分内容 in the 考核内容 column, the most it adds in the 分值 column, the 加分办法 in the 评分方法 column and the papers in the
备查资料 column (not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("3名以上",
"百分之九十以上", "100%", "每季度开展一次", "100%", "按期", "不低于百分之五十", "不少于3家", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度
召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次", "年内…不少于2次", "每年召开一次", "按月", "每半年公示一次", "年内…不少于1名", "每年…不少于
1次", "每人每年…不少于24学时", "不少于5个", "100%", "每月开展一次", "不少于24小时", "百分之九十以上", "年内…不少于2次", "100%", "全年", "每月开展一次",
"每半年开展一次", "全年", "每季度至少…一次", "不少于50人次", "百分之九十", "“七一”、春节", "全年", "每半年开展一次", "全年", "1%", "年初", "年底", "年底",
"不低于百分之八十五", "年内…不少于3次", "每季度不少于1篇"); "最高扣" caps; bands of the 党组织 覆盖率 (3 of the 6 points, closed by "80%以下的不得分") and of
the 满意率 (4 of the 6, closed by "85%以下的不得分"); "每少10人次" once and "每少2小时" once; "每低10个百分点" three times and "每低5个百分点" three times;
"酌情扣0.5-1.5分" once and "酌情扣0.5-1分" once; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分方法, 备查资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzb_xiling_yanglao_hangye_lianhe_zhibu_xlsx",
    fmt="xlsx",
    title="西陵区养老服务行业党委2025年度片区养老机构联合党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖（16分）", 16, (
            _row("片区内有3名以上正式党员的养老机构单独组建党支部，党组织覆盖率达到百分之九十以上；暂不具备组建条件的机构选派党建指导员，党的工作覆盖率"
                 "达到100%。", 6,
                 "党组织覆盖率95%以上的得3分，90%（含）—95%的得2分，80%（含）—90%的得1分，80%以下的不得分；党的工作覆盖率每低10个百分点扣1分，最高扣"
                 "3分。", "机构党员情况统计表、党建指导员选派文件"),
            _row("每季度开展一次养老机构从业人员党员身份摸排，新入职党员员工做到“入职即摸排”；建立片区党员信息台账，流动党员、“口袋党员”纳入管理率"
                 "达到100%。", 5,
                 "摸排每少1次扣0.5分，最高扣2分；无党员信息台账的扣1分；纳入管理率每低5个百分点扣0.5分，最高扣2分。", "摸排记录、党员信息台账"),
            _row("联合党支部按期换届；推动养老机构负责人中的党员担任支部委员，交叉任职比例不低于百分之五十；推动党建工作写入机构章程，写入章程的机构不少于"
                 "3家。", 5,
                 "未按期换届的扣1.5分；交叉任职比例低于50%的扣1.5分；写入章程的机构每少1家扣0.5分，最高扣1.5分。", "换届选举批复、机构章程"),
        )),
        Section("组织生活", "组织生活（24分）", 24, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；护理员党员轮班的，可分批次、错时开展；党员参会率"
                 "不低于百分之八十；会议记录完整。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不完整的，每次扣0.2分，最高扣1分。",
                 "会议记录本、签到表"),
            _row("每月开展一次主题党日活动，结合“敬老月”、重阳节开展“党员护老”主题活动；年内联合片区各机构开展“银龄先锋”联合主题党日不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未结合敬老月、重阳节开展主题活动的扣1分；联合主题党日每少1次扣1分。", "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，征求入住老人及家属意见；会后开展民主评议党员，评议结果向党员本人反馈。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未反馈的扣0.5分。",
                 "会议记录、征求意见表、民主评议表"),
            _row("党员按月交纳党费；实行党员积分管理，积分每半年公示一次；年内从一线护理员、社工中确定入党积极分子不少于1名。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；未实行积分管理的扣1分；积分公示每少1次扣0.5分；未确定积极分子的扣1分。",
                 "党费收缴台账、积分公示照片、积极分子名册"),
            _row("每年组织机构出资人、负责人参加党性教育或政策培训不少于1次；党员每人每年参加集中学习培训不少于24学时。", 4,
                 "未组织出资人、负责人培训的扣1.5分；学时不足的，每人扣0.2分，最高扣2分。", "培训通知、签到表、学时登记"),
        )),
        Section("作用发挥", "作用发挥（40分）", 40, (
            _row("在护理、膳食、医护等岗位设立党员先锋岗、党员示范岗不少于5个；党员员工佩戴党徽亮身份率达到100%。", 5,
                 "先锋岗、示范岗每少1个扣0.5分，最高扣2分；亮身份率每低10个百分点扣0.5分，最高扣1.5分；先锋岗作用不明显的，酌情扣0.5-1.5分。",
                 "先锋岗名单、现场照片"),
            _row("组建“夕阳红”党员志愿服务队，每月开展一次陪伴聊天、代购代办等志愿服务活动；党员年人均志愿服务时长不少于24小时。", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2.5分；人均时长每少2小时扣0.2分，最高扣2分。",
                 "服务队名单、志愿服务记录、时长统计"),
            _row("党组织引领机构提升服务质量，入住老人及家属满意率达到百分之九十以上；年内开展服务质量“回头看”不少于2次，发现问题整改率达到100%；全年"
                 "不发生虐待、侮辱老人事件。", 6,
                 "满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；“回头看”每少1次扣0.5分；整改率每低10个百分点扣"
                 "0.5分，最高扣1分；发生虐待、侮辱老人事件的，实行一票否决，本项不得分。", "满意度调查表、整改清单"),
            _row("党员带头落实消防、食品、用药安全责任，每月开展一次安全隐患排查，隐患及时整改；每半年开展一次消防应急疏散演练；全年不发生安全责任事故。",
                 6,
                 "排查每少1次扣0.3分，最高扣2分；演练每少1次扣1分；隐患整改不及时的，每项扣0.2分，最高扣1分；发生安全责任事故的，实行一票否决，本项不"
                 "得分。", "排查台账、演练方案、演练照片"),
            _row("与所在社区党组织签订共建协议，每季度至少开展一次“党建+居家养老”上门服务或助餐活动；年内为社区失能、独居老人开展免费健康评估不少于"
                 "50人次。", 6,
                 "未签订共建协议的扣1分；上门服务或助餐活动每少1次扣0.5分，最高扣2分；健康评估每少10人次扣0.5分，最高扣2分。",
                 "共建协议、服务记录、评估台账"),
            _row("推动机构依法建立工会、团组织；护理员持证上岗率达到百分之九十；“七一”、春节走访慰问困难党员和困难员工；全年不发生欠薪引发的群体性事件。",
                 5,
                 "未建立工会或团组织的，每项扣0.5分；持证上岗率每低5个百分点扣0.5分，最高扣1.5分；慰问每少1人扣0.2分，最高扣1分；发生欠薪引发群体性"
                 "事件的，本项不得分。", "工会、团组织成立批复，持证人员花名册，慰问名单"),
            _row("每半年开展一次员工思想动态分析；机构宣传栏、微信公众号信息发布经审核；收费项目和标准在醒目位置公示；全年不发生违规收费、以养老名义非法"
                 "集资等问题。", 6,
                 "思想动态分析每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；未公示收费项目和标准的扣1分；发生违规收费、非法集资等问题的，"
                 "本项不得分。", "分析记录、审核记录、收费公示照片"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            _row("各机构设立党员活动室或党建园地，做到有标识、有党旗、有制度；党建工作经费按上年度职工工资总额1%的比例列入机构管理费用，建立经费使用"
                 "台账。", 8,
                 "标识、党旗、制度每缺一项扣0.5分；未设立活动室或党建园地的机构，每家扣0.5分，最高扣1.5分；未落实党建工作经费的扣2分；无经费使用台账的"
                 "扣1分；经费使用不规范的，酌情扣0.5-1分。", "活动室照片、财务凭证、经费使用台账"),
            _row("年初制定支部党建工作计划，年底形成工作总结；支部书记年底向行业党委述职，述职评议满意率不低于百分之八十五。", 6,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率低于85%的扣1.5分。", "工作计划、工作总结、述职报告"),
            _row("打造“一机构一特色”党建服务品牌；年内在区级以上媒体宣传报道不少于3次；报送党建工作信息每季度不少于1篇。", 6,
                 "未打造特色品牌的扣1.5分；宣传报道每少1次扣0.5分，最高扣1.5分；工作信息每少1篇扣0.5分，最高扣2分。", "报道截图、信息报送记录"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分方法", "备查资料", "得分"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("党组织或党员获得区级以上表彰，或机构获评市级以上“敬老文明号”的。", 2, "每项加1分。", "表彰文件"),
    ("党建工作经验做法被市级以上推广或在全区会议上交流发言的。", 2, "每项加1分。", "推广文件、会议材料"),
    ("新组建机构党支部或新发展党员的。", 1, "每个（名）加0.5分。", "组建批复、发展党员材料"),
)
NOTE = ("说明：1.本表由区养老服务行业党委于12月中旬组织考核，党建指导员牵头，区民政局养老服务科、区消防救援大队、市场监管所、区总工会参加，采取听取"
        "汇报、查阅备查资料、实地查看、走访入住老人及家属相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；"
        "评分方法列明得分档次的，按档次计分；加分项最高加5分，考核总分＝基础得分＋加分；3.党组织覆盖率以区委社会工作部年度统计数据为准，满意度以区民政局"
        "委托第三方调查结果为准；4.考核总分95分以上的为“五星”，85—94分的为“四星”，75—84分的为“三星”，75分以下的不评星，考核结果与养老机构等级评定和"
        "运营补贴挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联合党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：区养老服务行业党委所属各片区养老机构联合党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (text, most, rule, proof) in enumerate(BONUS):
        ws.append([None, BONUS_HEAD if i == 0 else None, text, most, rule, proof, None])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 4).alignment = center
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (6, 12, 50, 6, 50, 24, 7))
    wb.save(str(path))
