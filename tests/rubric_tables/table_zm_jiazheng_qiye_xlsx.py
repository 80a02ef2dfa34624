"""中共济南市历下区家政服务行业委员会2026年度家政服务企业党组织党建工作考核评分表 (.xlsx), as a 山东 区家政服务行业党委
(under the 区委社会工作部) scores each 家政服务企业 党支部 (月嫂、育婴员、养老护理员 and 保洁员 working scattered in
clients' homes) on 党组织建设、组织生活、党员队伍、作用发挥、基础保障.

A merged title row, a merged "（区家政服务行业党委制　2026年12月）" line and a merged "企业名称：…  党组织名称：…
党员数：…名  从业人员：…人" line above the header 一级指标 | 二级指标 | 考核要点 | 分值 | 计分方法 | 考核方式及佐证材料 |
得分. The categories are MERGED CELLS down the 一级指标 column, printed on two lines "党组织建设\\n20分" (no ordinal, no
brackets). There is NO 序号: items are numbered by position (1..19). 二级指标 is a short sub-label (`Row.indicator`). 分值
is a plain number. 考核方式及佐证材料 (`Row.method`) mixes how the 考核组 checks with the papers the 企业 lays out. 得分 is
blank. A 合计 row and a merged 说明 row close the sheet.
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

TABLE = Table(
    name="zm_jiazheng_qiye_xlsx",
    fmt="xlsx",
    title="中共济南市历下区家政服务行业委员会2026年度家政服务企业党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("党组织建设", "党组织建设\n20分", 20, (
            Row("有正式党员3名以上的家政服务企业单独建立党组织，不足3名的纳入行业联合党支部；年内对企业从业人员中的党员开展1次"
                "全面排查，建立党员底数台账。", 5,
                "具备条件未单独建立党组织的扣3分；未开展排查的扣1分；无底数台账的扣1分。",
                "查阅资料；党组织成立批复、党员底数台账", indicator="组织覆盖"),
            Row("党组织书记一般由企业出资人或管理层中的党员担任；支部委员中40周岁以下的不少于1名。", 4,
                "书记人选不符合要求的扣2分；无40周岁以下委员的扣2分。", "查阅支委名册", indicator="班子配备"),
            Row("将党建工作要求写入企业章程，建立党组织书记与企业经营管理层双向交流机制，企业重大经营决策前听取党组织意见。", 5,
                "未写入企业章程的扣2分；未建立双向交流机制的扣1分；重大决策前未听取党组织意见的，每次扣1分。",
                "查阅企业章程、会议纪要", indicator="党建入章"),
            Row("主动对接区行业党委选派的党建指导员，指导员每月到企业指导不少于1次，指导记录经双方签字确认。", 3,
                "指导每少1次扣0.3分；指导记录未签字的，每次扣0.1分。", "查阅指导记录", indicator="指导对接"),
            Row("制定党组织议事规则、党员教育管理制度和党员联系服务从业人员制度，制度文本装订成册。", 3,
                "每缺1项扣1分。", "查阅制度文本", indicator="制度建设"),
        )),
        Section("组织生活", "组织生活\n25分", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；上户服务的党员可通过视频方式参加。", 8,
                "每少开1次扣0.5分，扣完为止；会议记录要素不全的，每次扣0.2分，最多扣2分。", "查阅会议记录、签到表",
                indicator="“三会一课”"),
            Row("每月固定1天开展主题党日，结合“家政服务月”“三八”妇女节、重阳节等节点开展活动，党员参加率不低于75%。", 6,
                "每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动照片、签到表", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前征求从业人员和客户对党员的意见。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；未征求意见的扣1分。", "查阅会议记录、征求意见表",
                indicator="组织生活会"),
            Row("党员按月交纳党费，党组织建立党费收缴登记册，党费收缴率达到100%。", 5,
                "收缴率每低1个百分点扣0.5分；无收缴登记册的扣2分。", "查阅党费收缴登记册", indicator="党费收缴"),
        )),
        Section("党员队伍", "党员队伍\n20分", 20, (
            Row("党员每年参加集中学习不少于32学时；企业结合家政职业技能培训同步开展党性教育，年内不少于2次。", 5,
                "学时不足的，每人扣0.2分；党性教育每少1次扣1分。", "查阅学习登记、培训课程表", indicator="教育培训"),
            Row("注重在金牌月嫂、优秀育婴员、养老护理员等一线骨干中培养发展党员，年内推荐入党积极分子不少于1名，每两年至少发展"
                "党员1名。", 6,
                "未推荐入党积极分子的扣3分；两年内未发展党员的扣3分。", "查阅积极分子推荐材料、发展党员档案",
                indicator="发展党员"),
            Row("党员家政服务员上户服务时佩戴党员徽章、出示“党员服务卡”，接受客户监督；每季度评选1次“党员服务之星”。", 5,
                "未亮明身份的，每人次扣0.5分；评选每少1次扣0.5分。", "客户回访、评选结果公示照片", indicator="亮明身份"),
            Row("对组织关系在外地的党员建立流动党员名册，每半年与其组织关系所在党组织沟通1次，流动党员纳入管理率达到100%。", 4,
                "无流动党员名册的扣1分；沟通每少1次扣0.5分；纳入管理率每低10个百分点扣1分。", "查阅流动党员名册、沟通记录",
                indicator="流动党员"),
        )),
        Section("作用发挥", "作用发挥\n25分", 25, (
            Row("党组织牵头制定企业服务规范，全员签订诚信服务承诺书；客户投诉处理率100%，处理结果回访率不低于90%。", 6,
                "无服务规范或未签订承诺书的扣2分；投诉处理率每低1个百分点扣0.5分；回访率低于90%的扣1分。",
                "查阅服务规范、承诺书、投诉处理台账", indicator="诚信服务"),
            Row("与所在街道或社区党组织签订共建协议，每季度组织党员家政服务员开展1次进社区公益服务，为独居老人、困难家庭提供"
                "保洁、护理等服务，每名党员年服务时长不少于12小时。", 7,
                "未签订共建协议的扣1分；公益服务每少1次扣1分；服务时长不足的，每人扣0.2分，最高扣2分。",
                "共建协议、服务记录、照片", indicator="服务社区"),
            Row("每半年召开1次从业人员座谈会，了解员工诉求，协调解决劳动权益保障、子女入学等问题；建立困难员工帮扶台账。", 5,
                "座谈会每少1次扣1分；无帮扶台账的扣1分；员工诉求未回应的，酌情扣1-2分。", "座谈会记录、帮扶台账",
                indicator="关爱员工"),
            Row("客户满意度（区家政服务行业党委年底随机电话回访企业服务客户不少于30户）。", 7,
                "满意度95%以上得7分；90%（含）—95%得5分；85%（含）—90%得3分；85%以下不得分。", "电话回访",
                indicator="客户评价"),
        )),
        Section("基础保障", "基础保障\n10分", 10, (
            Row("企业提供不少于20平方米的党员活动场所，做到有标识、有党旗、有制度、有资料；党建工作经费纳入企业管理费用，每年"
                "不少于5000元。", 5,
                "无活动场所的扣3分；“四有”每缺1项扣0.5分；经费不足的扣1分。", "实地查看；经费支出凭证",
                indicator="阵地经费"),
            Row("年初制定党建工作计划报区行业党委，年底形成工作总结，书记向区行业党委述职；按时报送党内统计数据。", 5,
                "计划、总结每缺1项扣1.5分；书记未述职的扣1分；统计数据报送不及时的扣0.5分。",
                "工作计划、工作总结、述职报告", indicator="计划总结"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "计分方法", "考核方式及佐证材料", "得分"]
NOTE = ("说明：1.考核采取企业自查、行业党委实地核查和客户电话回访相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分"
        "90分以上的企业党组织，推荐参评区级“红色家政”示范点；60分以下的，由行业党委约谈党组织书记和企业负责人。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "家政企业党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="仿宋_GB2312", size=16, bold=True), center)
    xlsx_line(ws, "（区家政服务行业党委制　2026年12月）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_line(ws, "企业名称：                        党组织名称：                        党员数：    名    从业人员：     人",
              ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (11, 10, 50, 6, 44, 22, 7))
    wb.save(str(path))
