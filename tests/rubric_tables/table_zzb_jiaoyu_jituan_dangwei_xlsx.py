"""中共温州市瓯海区委教育工作委员会2026年度中小学教育集团党组织党建工作考核细则 (.xlsx), as a 浙江 区委教育工委 (its 组织
科 running the check with the 区教育局 人事科 and 督导室) scores each 紧密型 中小学 教育集团党委（党总支） — one 法人 school
with two to four 校区 or 成员校, its 党员 teachers moving between them — on 集团统筹 (党组织 in every 校区 and the 议事规则, the
集团党委会 and its 专题研究 each 学期, the 校区党建联盟 and its “三统一”, the 年初 会议 and 责任书, the 书记's 述职), 支部建设
(the 校区支部' “三会一课” and the 学期 抽查, “双带头人” 书记 and their 学时, 主题党日 and 党员示范课, 组织生活会, 发展党员 and
young teachers), 队伍建设 (师德师风 and its 负面清单, 党员名师 跨校区 交流 and 结对, “双培养” shares, 思想动态 and 联系 教师),
立德树人 (意识形态 and the 审核备案率, 班主任 and “思政大课”, 课后服务, 家访 and the 家委会 座谈, a 家长 and 教职工 满意度 in
bands) and 保障评价 (活动室 and 经费, 品牌 and 信息, 计划 / 学期小结 / 总结 and 台账).

A merged title row, a merged "考核对象：全区12个紧密型中小学教育集团党委（党总支）" line and a merged "集团名称：…  党组织
书记：…  党员教师：…名  自评总分：…" line above the header 一级指标 | 序号 | 二级指标 | 考核要点 | 分值 | 考核细则 | 佐证材料 |
得分 (分值 BEFORE the 考核细则). The categories are MERGED CELLS down the 一级指标 column (first), printed on one line with an
ordinal, "一、集团统筹（20分）". 序号 (SECOND column, numeric cells) runs 1..21 through the sheet, NOT restarting per category.
二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 集团 lays
out (once a way of checking, 实地查看): a 佐证 column. 得分 is blank. A 合计 row and two merged 说明 rows close the sheet.
"每学期" / "每学年" are printed beside "每季度", "每半年" and "年内".
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
    name="zzb_jiaoyu_jituan_dangwei_xlsx",
    fmt="xlsx",
    title="中共温州市瓯海区委教育工作委员会2026年度中小学教育集团党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("集团统筹", "一、集团统筹（20分）", 20, (
            Row("集团设立党委（党总支），各成员校区设立党支部，实现党组织全覆盖；集团党组织书记、校长分设的，建立党组织会议与"
                "校长办公会议议事规则。", 5,
                "成员校区未建立党支部的，每个扣1分；未制定议事规则的扣2分。", "组织设置文件、议事规则", indicator="组织体系"),
            Row("集团党委会每月至少召开1次，每学期专题研究集团化办学和党建工作不少于2次；“三重一大”事项集体决策。", 5,
                "党委会每少1次扣0.3分；专题研究每少1次扣1分；“三重一大”事项未经集体决策的，本项不得分。", "党委会会议记录",
                indicator="统筹研究"),
            Row("集团党委牵头组建校区党建联盟，实行党建工作“统一规划、统一活动、统一考核”；每学期组织一次跨校区联合主题"
                "党日。", 5,
                "未实行“三统一”的扣2分；联合主题党日每少1次扣1分。", "联盟工作方案、活动照片", indicator="党建联盟"),
            Row("年初召开集团党建工作会议，与各校区党支部签订党建工作责任书；集团党组织书记年底向区委教育工委述职。", 5,
                "未签订责任书的扣2分；未述职的扣2分；未召开党建工作会议的扣1分。", "责任书、述职报告", indicator="责任落实"),
        )),
        Section("支部建设", "二、支部建设（25分）", 25, (
            Row("各校区党支部支委会每月召开1次，党员大会每季度召开1次，党小组会每月1次，党课每季度1次；寒暑假期间可合并安排，"
                "全年不少于规定次数。", 8,
                "集团党委每学期抽查一次支部记录，“三会一课”每缺1次扣0.3分，最多扣5分；集团党委未开展抽查的扣1分。",
                "会议记录、抽查记录", indicator="“三会一课”"),
            Row("教师党支部书记由党员学科带头人或年级组长、教研组长担任，“双带头人”比例达到100%；支部书记每年参加培训不少于40"
                "学时。", 5,
                "“双带头人”比例每低10个百分点扣1分；培训学时不足的，每人扣0.5分。", "支部书记名册、培训证书",
                indicator="双带头人"),
            Row("每月开展一次主题党日活动，党员参加率达到95%以上；结合学科特点开展“党员示范课”，党员教师每学年至少上一节示范"
                "课。", 4,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；示范课每缺1人扣0.1分，最多扣1分。", "活动记录、签到表",
                indicator="主题党日"),
            Row("各支部每年召开一次组织生活会，开展民主评议党员；评议结果与教师年度考核、职称评聘挂钩。", 4,
                "支部未召开组织生活会的，每个扣1分；评议结果未运用的扣1分。", "会议记录、民主评议汇总表", indicator="组织生活会"),
            Row("集团年内发展党员不少于2名，其中35周岁以下青年教师不少于1名；对入党积极分子落实“一对一”培养。", 4,
                "发展党员每少1名扣1分；未发展青年教师的扣1分；发展程序不规范的，每处扣0.5分。", "发展党员档案",
                indicator="发展党员"),
        )),
        Section("队伍建设", "三、队伍建设（20分）", 20, (
            Row("集团每学期开展一次师德师风专题教育，全体教师签订师德承诺书；建立师德失范行为负面清单和通报制度，全年无有偿"
                "补课、体罚学生等师德失范问题。", 6,
                "专题教育每少1次扣1分；承诺书每缺1人扣0.1分，最多扣1分；教师师德失范行为被查实的，每起扣2分；造成恶劣影响的，"
                "实行一票否决。", "承诺书、教育记录", indicator="师德师风"),
            Row("推动党员名师、骨干教师在集团内跨校区交流，年内交流比例不低于在编党员教师的15%；党员名师每人结对指导青年教师"
                "不少于2名。", 5,
                "交流比例每低5个百分点扣1分；结对每缺1人扣0.2分。", "交流名单、结对协议", indicator="名师流动"),
            Row("实施“把骨干教师培养成党员、把党员教师培养成骨干”，集团党员教师中市级以上名优教师占比不低于30%；中层以上干部中"
                "党员比例达到80%以上。", 5,
                "名优教师占比未达到要求的扣2分；中层干部党员比例每低10个百分点扣1分。", "名优教师名册、中层干部名册",
                indicator="双培养"),
            Row("每学期至少开展一次教职工思想动态分析；建立党员联系教职工制度，每名党员联系3—5名非党员教师，每学期谈心不少于"
                "1次。", 4,
                "思想动态分析每少1次扣1分；未建立联系制度的扣1分；谈心谈话不到位的，酌情扣0.5—1分。", "联系名册、谈心记录",
                indicator="思想引领"),
        )),
        Section("立德树人", "四、立德树人（25分）", 25, (
            Row("落实意识形态工作责任制，每半年研判一次意识形态形势；校园讲座论坛、教辅资料和校园网站、公众号实行审核把关，审核"
                "备案率达到100%。", 7,
                "研判每少1次扣1分；讲座论坛、教辅资料未经审核的，每发现1次扣1分；发生意识形态事件造成不良影响的，本项不得分。",
                "研判记录、审核登记表", indicator="意识形态"),
            Row("党员教师担任班主任、德育导师的比例不低于60%；各校区每学期开展一次“思政大课”或“红色研学”活动。", 5,
                "比例每低10个百分点扣1分；活动每少1次扣1分。", "班主任名册、活动照片", indicator="思政育人"),
            Row("党员教师带头参与课后服务，党员教师课后服务参与率达到100%；集团内各校区课后服务覆盖率达到100%。", 5,
                "党员参与率每低5个百分点扣0.5分；课后服务未全覆盖的扣2分。", "课后服务安排表", indicator="课后服务"),
            Row("党员教师每学期家访不少于5户，重点关注留守儿童、困难家庭学生；每学年召开一次家长委员会座谈会，听取意见并反馈"
                "办理情况。", 3,
                "家访不足的，每人扣0.1分，最多扣1分；未召开座谈会的扣1分；未反馈的扣0.5分。", "家访记录、座谈记录",
                indicator="家校共育"),
            Row("区委教育工委委托第三方对学生家长和教职工开展满意度测评，满意度95%以上的得5分；90%（含）—95%的得4分；85%"
                "（含）—90%的得2分；85%以下的不得分。", 5,
                "按测评结果计分。", "测评报告", indicator="群众评价"),
        )),
        Section("保障评价", "五、保障评价（10分）", 10, (
            Row("各校区建有党员活动室，做到有场所、有标识、有制度、有资料；党建工作经费按每名党员每年不少于500元列入学校"
                "预算。", 4,
                "活动室每缺1项扣0.5分；经费未列入预算的扣2分。", "实地查看、预算文件", indicator="阵地经费"),
            Row("打造集团党建品牌，年内在市级以上媒体宣传报道不少于2次；每季度向区委教育工委报送党建信息不少于1篇。", 3,
                "报道每少1次扣0.5分；信息每少1篇扣0.5分。", "报道截图、信息报送记录", indicator="品牌宣传"),
            Row("年初制定集团党建工作计划，学期末形成学期工作小结，年终形成工作总结；党员花名册、会议记录、党费收缴台账等资料"
                "规范完整。", 3,
                "计划、小结、总结每缺1项扣0.5分；资料不全的，酌情扣0.5—1分。", "计划总结、台账资料", indicator="台账资料"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "分值", "考核细则", "佐证材料", "得分"]
NOTES = (
    "说明：1.考核由区委教育工委组织科会同区教育局人事科、督导室于每年12月至次年1月进行，采取集团自评、查阅资料、实地查看、"
    "师生访谈和第三方测评相结合的方式；各项扣分以该项分值为限，扣完为止。",
    "2.考核结果分为优秀、良好、合格、不合格四个等次，作为集团年度办学绩效考核和评选“清廉学校”“党建示范校”的重要依据；集团"
    "发生重大校园安全责任事故的，年度考核不得评为优秀。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "教育集团党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全区12个紧密型中小学教育集团党委（党总支）", ncols)
    xlsx_line(ws, "集团名称：                    党组织书记：            党员教师：    名    自评总分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 34)
    xlsx_widths(ws, (12, 6, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
