"""中共合肥高新区中国声谷产业园两新组织委员会2025年度企业党组织党建工作考核评分表 (.xlsx), as the 两新组织党委 of the 中国声谷 产业园 in the
高新区 of 合肥 in 安徽 (its 党群服务中心 with the 园区 经发局, the 网信 liaison and the 纪工委, a 考核组 going from tower to tower of the 声谷 in
the middle of December, when the 大蜀山 woods are brown, the 巢湖 wind blows cold across the 科学大道, the voice-recognition and 人工智能 firms are
pushing their year-end releases and the 企业党支部 have their binders out in the glass-walled 党员活动室 between the 研发 floors) scores each 企业
党组织 in the park: a sheet whose 标准 prints what the 党组织 must have done, whose 评分 takes points off one clause at a time (scoring the 营业收入
增长 in bands) and whose 佐证 names the papers the 企业 lays out: 组织覆盖 (the 单独建立, the 换届 and the 转入; the 书记, the 交叉任职 and the 党务
工作者; the 出资人's yearly 汇报, the 责任书 and the 保障), 组织生活 (the “三会一课”, the “午间课堂”“线上+线下”, the 截图 and the 记录; the 主题
党日, the 参加率 and a yearly 现场教学; the 组织生活会, the 民主评议, the 谈心谈话 and the 整改清单; the “第一议题”, a monthly 集中学习 and 24学时),
党员队伍 (two 积极分子 a year, the 审批 and the 程序; 党费 按月, the 系统 and the 转出; three 先锋岗, the 突击队, one 攻关项目 and the 亮身份; a
yearly 谈心谈话 with each 党员, the “七一”、春节 慰问 and a half-yearly 心理疏导), 党建引领发展 (the 评优评先 and four 讲堂; the 审核制度, a quarterly
自查, the 约谈 and a 一票否决; the 工会、团组织, four 活动 and the 群体性事件; the 志愿服务队, six 志愿服务 and ten hours; the 营业收入 in bands) and
基础保障 (the 场所, its 制度 and the 经费; the 年初 计划, the 年底 总结, the 台账 and a quarterly 信息).

A merged title row, a merged "考核对象：园区内已建立党组织的企业（含联合党支部）" line and a merged "企业名称：    党组织书记：    党员人数：    职工人数："
fill-in line above the header 序号 | 指标 | 标准 | 分值 | 评分 | 佐证. The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal
and WITH their points on ONE line, "一、组织覆盖（15分）"; 序号 (FIRST column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" …
"5.2"); 指标 (SECOND column) is a short name on every row (`Row.indicator`); 标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE
the 评分 (`Row.scoring`); 佐证 (`Row.method`) last, the papers joined by "、" (once with a way of checking: 园区经发局提供). A 合计 row of 100 and a
merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 标准 ("3名以上", "3个月内", "不低于百分之三十", "不少于1名",
"每年听取一次", "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "百分之八十以上", "每年至少组织一次",
"每年召开一次", "每月组织一次", "每年…不少于24学时", "每年至少培养…2名", "按月", "1个月内", "不少于3个", "每年…不少于1项", "每年…不少于1次", "“七一”、
春节", "每半年开展一次", "每年…不少于4期", "每季度开展一次", "每年…不少于4次", "全年…不少于6次", "不少于10小时", "不少于30平方米", "百分之一", "年初",
"年底", "每季度…不少于1篇"); "最高扣" caps; bands of the 营业收入 增长 (all 5 points, in per cent, closed by "负增长的不得分"); "每低5个百分点"
once; "酌情扣1—2分" once, "酌情扣0.5—1分" three times and "酌情扣1分" once; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, standard: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the sheet prints it: 指标, 标准, 分值, 评分, 佐证."""
    return Row(standard, points, scoring, papers, indicator=label)


TABLE = Table(
    name="zzzzzu_hefei_zhongguo_shenggu_liangxin_dangwei_xlsx",
    fmt="xlsx",
    title="中共合肥高新区中国声谷产业园两新组织委员会2025年度企业党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（15分）", 15, (
            _row("组织设置",
                 "职工中有正式党员3名以上的企业单独建立党组织，不足3名的纳入园区联合党支部；党组织按期换届；新入职党员3个月内将组织关系转入。", 5,
                 "符合条件未单独建立党组织的扣2分；未按期换届的扣1分；党员组织关系未转入的，每人扣0.2分，最高扣1分。",
                 "党组织成立批复、换届选举批复、党员花名册"),
            _row("班子配备",
                 "党组织书记一般由企业高管或中层以上党员担任；推行党组织班子成员与企业管理层“双向进入、交叉任职”，交叉任职比例不低于百分之三十；"
                 "配备兼职党务工作者不少于1名。", 5,
                 "书记人选不符合要求的扣1分；交叉任职比例未达到30%的扣1分；未配备党务工作者的扣1分。",
                 "班子成员名单、任职文件"),
            _row("出资人支持",
                 "企业出资人（主要负责人）支持党建工作，每年听取一次党组织工作汇报；企业党组织与园区党委签订党建工作责任书。", 5,
                 "出资人未听取汇报的扣1分；未签订责任书的扣1分；党组织活动场所、经费得不到保障的，酌情扣1—2分。",
                 "汇报会议记录、党建工作责任书"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对研发人员项目制、加班多的特点，可灵活采用“午间"
                 "课堂”“线上+线下”等方式。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；线上会议无截图或视频记录的，每次扣0.2分，最高扣1分；会议记录不规范的，酌情扣0.5—1分。",
                 "会议记录、签到表、线上会议截图"),
            _row("主题党日",
                 "每月开展一次主题党日，党员参加率达到百分之八十以上；每年至少组织一次到渡江战役纪念馆等红色教育基地的现场教学。", 5,
                 "主题党日每少1次扣0.5分，最高扣2分；参加率每低5个百分点扣0.2分，最高扣1分；未开展现场教学的扣1分。",
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会上查摆问题，会后形成整改清单。", 6,
                 "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未开展谈心谈话的扣1分；无整改清单的扣1分。",
                 "会议记录、谈心谈话记录、整改清单、民主评议测评表"),
            _row("学习教育",
                 "落实“第一议题”制度，每月组织一次集中学习；党员每年参加学习培训不少于24学时，可通过“学习强国”等平台线上学习。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；学习内容与企业实际脱节的，"
                 "酌情扣1分。",
                 "学习记录、学时统计表"),
        )),
        Section("党员队伍", "三、党员队伍（20分）", 20, (
            _row("发展党员",
                 "注重在研发骨干、技术带头人和青年员工中发展党员，每年至少培养入党积极分子2名；发展党员按程序报园区党委审批。", 6,
                 "入党积极分子每少1名扣1分；发展程序不规范的，每处扣0.5分；违反程序发展党员的，本项不得分。",
                 "积极分子培养考察登记表、发展党员档案"),
            _row("党员管理",
                 "党员按月交纳党费；党员信息与全国党员管理信息系统一致；离职党员1个月内办理组织关系转出。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；系统信息不一致的，每人扣0.2分，最高扣1分；离职党员未及时转出的，每人扣0.5分。",
                 "党费收缴台账"),
            _row("先锋作用",
                 "在研发、测试、客服等岗位设立党员先锋岗或党员责任区不少于3个；组建党员技术攻关突击队，每年承担技术攻关项目不少于1项；党员亮身份、"
                 "作表率。", 6,
                 "先锋岗每少1个扣1分；未组建突击队的扣1分；未承担攻关项目的扣1分；党员亮身份不到位的，酌情扣0.5—1分。",
                 "先锋岗名单、突击队名单、项目立项材料"),
            _row("关心关爱",
                 "党组织书记每年与每名党员谈心谈话不少于1次；“七一”、春节走访慰问困难党员和困难职工；每半年开展一次心理疏导或健康讲座。", 4,
                 "谈心谈话每少1人扣0.1分，最高扣1分；走访慰问每少1次扣0.5分；心理疏导活动每少1次扣0.5分。",
                 "谈心谈话记录、慰问名单"),
        )),
        Section("党建引领发展", "四、党建引领发展（30分）", 30, (
            _row("党建+人才",
                 "推行“党建+人才”工作法，企业评优评先听取党组织意见；每年开展“党员技术骨干讲堂”不少于4期。", 6,
                 "评优评先未听取党组织意见的扣2分；讲堂每少1期扣1分。",
                 "讲堂课件、活动照片"),
            _row("网络安全",
                 "落实网络意识形态工作责任制，企业自媒体账号、平台发布内容建立审核制度；每季度开展一次内容安全和数据安全自查。", 8,
                 "无审核制度的扣2分；自查每少1次扣0.5分；被网信部门约谈的，每次扣2分；发生重大网络意识形态事件或数据安全事件的，实行一票否决，本项"
                 "不得分。",
                 "审核制度、自查报告"),
            _row("党建带群建",
                 "党组织领导工会、共青团组织，每年支持工会、团组织开展活动不少于4次；构建和谐劳动关系。", 6,
                 "未建立工会或团组织的扣1分；群团活动每少1次扣0.5分；劳动纠纷引发群体性事件的，本项不得分。",
                 "活动记录、活动照片"),
            _row("志愿服务",
                 "组建党员志愿服务队，全年开展“数字助老”“科技进社区”等志愿服务不少于6次，党员人均志愿服务时长不少于10小时。", 5,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；人均服务时长不足10小时的扣1分。",
                 "志愿服务队名册、活动照片、“志愿汇”平台记录"),
            _row("发展实绩",
                 "党建工作与企业发展深度融合，企业年度营业收入较上年增长。", 5,
                 "营业收入增长10%以上的得5分，增长5%（含）—10%的得3分，增长5%以下的得1分，负增长的不得分。",
                 "企业年度财务报表，园区经发局提供"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地经费",
                 "企业提供不少于30平方米的党员活动场所，做到有标识、有党旗、有制度；党建工作经费按上年度职工工资总额百分之一的比例列入企业管理"
                 "费用。", 5,
                 "无活动场所的扣2分；标识、党旗、制度每缺一项扣0.5分；党建工作经费未落实的扣1分。",
                 "经费使用台账"),
            _row("计划总结",
                 "年初制定党建工作计划，年底形成工作总结报园区党委；党建台账分类归档；每季度向园区党委报送党建信息不少于1篇。", 5,
                 "计划、总结每缺一项扣1分；台账不规范的，酌情扣0.5—1分；信息每少1篇扣0.5分。",
                 "工作计划、工作总结、党建台账"),
        )),
    ),
)

HEADER = ["序号", "指标", "标准", "分值", "评分", "佐证"]
NOTE = ("说明：1.本表由园区两新组织党委于2025年12月中旬组织考核，党群服务中心牵头，园区经发局参加，纪工委派员监督，采取查阅资料、实地查看、"
        "个别访谈、党员问卷相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的评为“五星党组织”，80—89分的评为“四星党组"
        "织”，70—79分的评为“三星党组织”，星级结果与园区党建工作经费补助和人才政策申报挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：园区内已建立党组织的企业（含联合党支部）", ncols)
    xlsx_line(ws, "企业名称：                    党组织书记：            党员人数：        职工人数：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 56)
    xlsx_widths(ws, (6, 12, 52, 6, 52, 24))
    wb.save(str(path))
