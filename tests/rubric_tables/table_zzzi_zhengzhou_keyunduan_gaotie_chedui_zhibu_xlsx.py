"""郑州客运段党委2025年度高铁车队党支部考核评分表 (.xlsx), as the 党委 of the 郑州客运段 (中国铁路郑州局集团, its 党委办公室 and 组织部 with
the 安全科, the 服务质量科 and the 段纪委, a 考核组 riding along and going round the 车队 in late December) scores the 党支部 of the 高铁
车队 that staff the trains out of 郑州东 on the 米字形 lines: 列车长 and 乘务员 on 值乘 交路 to 北京, 西安, 武汉 and 济南, 出乘 and 退乘 at all
hours, 党小组 in the 乘务组 (班组), 春运 and 暑运 with 临客: 政治建设 (a monthly 集中学习 with the “车厢微学习”, 40学时 and a quarterly 思想动态
分析, the 车载宣传品 and 列车广播 with a half-yearly 廉洁教育 and the 承诺书), 组织建设 (the 党小组 set in the 乘务组 with the 备案 and the
换届, the “三会一课” with the 补学补课 within five days, two 党课 of the 书记 and a “本项不得分” for 补记, the monthly 主题党日 with the 参加率 and
a quarterly “党员先锋号” 实践活动, the 组织生活会 with 民主评议, 征求意见, 谈心谈话 and the 备案), 党员队伍 (two 积极分子 with a quarterly 谈话
and one 发展 a year, 党费 with a quarterly 公示, four 示范岗 with the 徽章, a quarterly 公示 of the 积分, the 年底 评选 and the 谈心谈话 of the
末位), 安全服务融合 (a monthly 安全讲评 with the 包保覆盖率 and a 一票否决, the 兑现率 of the 重点旅客 service with the 满意度 in bands and no
有效投诉, the 党员突击队 with a yearly 演练) and 责任落实 (the 年初 计划 and 责任书, the 年底 述职, the 年终 总结; a deduction-only line on the
八项规定, 路风 and 倒卖车票).

A merged title row and a merged "考核对象：高铁一队、高铁二队、高铁三队、动车队党支部" line above the header 考核类别 | 序号 | 考核指标 | 考核标准 |
标准分 | 扣分标准 | 考核方式 | 实得分. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITHOUT an ordinal and WITH their
points on ONE line, "政治建设（15分）". 序号 (SECOND column, numeric cells) RESTARTS at 1 in every category (ids "1.1" … "5.2"). 考核指标 is a
short sub-label (`Row.indicator`). 标准分 (the points) is a plain number BEFORE the 扣分标准. 考核方式 (`Row.method`) only says how the 考核组
checks (查阅资料, 现场抽问, 添乘检查, 系统调阅, 旅客评价数据, 段纪委提供): no papers. 实得分 is blank. A 合计 row of 100 and a merged 备注 row
close the sheet. Counts in figures and Chinese numerals ("每月至少组织一次", "每季度开展一次", "每半年开展一次", "每月召开1次", "每季度召开
1次", "党课每季度1次", "每年讲党课不少于2次", "每月开展一次", "每季度至少组织一次", "每年召开一次", "年内…不少于2名", "每季度…谈话一次",
"每年发展党员不少于1名", "每季度公示一次", "每季度公示一次", "每月开展一次", "每年至少开展一次"); "不少于40学时"; "至少有1名", "不少于4个";
"3个月内", "5日内"; "最高扣" caps; "酌情扣1分", "酌情扣1-2分"; one set of bands (a 满意度 for 3 of the 9 points, closed by "85%以下的不得分");
one "实行一票否决，本项不得分"; four plain "本项不得分"; one line is deduction-only.
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
    name="zzzi_zhengzhou_keyunduan_gaotie_chedui_zhibu_xlsx",
    fmt="xlsx",
    title="郑州客运段党委2025年度高铁车队党支部考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("支部每月至少组织一次集中学习，利用出乘前点名、退乘后间休时间开展“车厢微学习”；党员每年参加学习培训不少于40学时；每季度"
                "开展一次职工思想动态分析。", 8,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；思想动态分析每少1次扣0.5分；学习流于形式、党员应知应会抽问"
                "不合格的，酌情扣1分。", "查阅资料、现场抽问", indicator="理论学习"),
            Row("落实意识形态工作责任制，车载宣传品、列车广播内容规范；每半年开展一次廉洁教育，党员列车长签订廉洁从业承诺书。", 7,
                "宣传内容不规范的，每次扣0.5分；廉洁教育每少1次扣1分；承诺书每少1人扣0.2分；发生意识形态问题的，本项不得分。",
                "查阅资料、添乘检查", indicator="意识形态和廉洁"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("按照“支部建在车队、党小组建在乘务组”设置党组织，每个值乘班组至少有1名党员，党小组设置及党小组长名单报段党委备案；支部委员会"
                "按期换届，委员缺额3个月内补齐。", 6,
                "党小组设置不合理的扣1分；无党员班组的，每个扣0.5分，最高扣2分；未备案的扣0.5分；未按期换届的扣2分；委员缺额未及时补齐的扣"
                "1分。", "查阅资料", indicator="组织设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因值乘不能参会的党员，退乘后5日内补学补课；"
                "支部书记每年讲党课不少于2次。", 10,
                "“三会一课”每少1次扣0.5分，最高扣5分；补学补课不到位的，每人次扣0.1分，最高扣1分；支部书记讲党课每少1次扣1分；会议记录"
                "不真实、事后补记的，本项不得分。", "查阅资料、系统调阅", indicator="三会一课"),
            Row("每月开展一次主题党日，可分班组错时开展；党员参加率不低于85%；每季度至少组织一次“党员先锋号”列车服务实践活动。", 7,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；实践活动每少1次扣0.5分。", "查阅资料、系统调阅", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求车队职工和旅客代表意见，开展谈心谈话；评议结果报段党委组织部备案。", 7,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；评议结果未备案的扣1分。",
                "查阅资料", indicator="组织生活会"),
        )),
        Section("党员队伍", "党员队伍（20分）", 20, (
            Row("注重在青年乘务员、优秀列车长中培养入党积极分子，年内确定入党积极分子不少于2名；培养联系人每季度与积极分子谈话一次；每年发展"
                "党员不少于1名。", 6,
                "积极分子每少1名扣1分；谈话每少1次扣0.2分，最高扣1分；未发展党员的扣2分；发展党员程序不规范的，本项不得分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月足额交纳党费，党费收缴由专人负责；党费收缴情况每季度公示一次。", 5,
                "未按月交纳的，每人次扣0.2分，最高扣2分；公示每少1次扣0.5分；发现代交、少交党费的，每人扣0.5分。", "查阅资料",
                indicator="党费管理"),
            Row("设立党员示范岗不少于4个，党员佩戴党员徽章上岗；推行党员积分管理，积分每季度公示一次，年底根据积分评选“党员先锋”；对积分排名"
                "末位的党员进行谈心谈话。", 9,
                "示范岗每少1个扣0.5分；党员未佩戴徽章的，每人次扣0.1分，最高扣1分；积分公示每少1次扣0.5分；年底未评选的扣1分；末位党员未"
                "谈心谈话的扣0.5分。", "查阅资料、添乘检查", indicator="党员先锋"),
        )),
        Section("安全服务融合", "安全服务融合（25分）", 25, (
            Row("党员带头执行作业标准，党员列车长每月开展一次安全讲评；党员包保重点岗位、重点旅客，包保覆盖率达到100%；不发生责任旅客伤亡"
                "事故和一般B类及以上责任事故。", 9,
                "安全讲评每少1次扣0.5分；包保覆盖率每低5个百分点扣0.5分；党员违章违纪被段级以上通报的，每人次扣1分；发生责任旅客伤亡事故或"
                "一般B类及以上责任事故的，实行一票否决，本项不得分。", "系统调阅、添乘检查", indicator="安全包保"),
            Row("深化“党建+优质服务”品牌创建，重点旅客预约服务兑现率达到100%；旅客满意度达到95%以上；全年无旅客有效投诉。", 9,
                "兑现率每低1个百分点扣0.5分；满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；发生有效"
                "投诉的，每件扣1分；造成不良舆情的，每件扣2分。", "旅客评价数据、系统调阅", indicator="优质服务"),
            Row("春运、暑运、国庆等运输高峰期间组建党员突击队，党员带头加开临客值乘；每年至少开展一次应急处置演练；党员在急难险重任务中发挥"
                "作用。", 7,
                "未组建党员突击队的扣1分；演练每少1次扣1分；党员突击队作用发挥不明显的，酌情扣1-2分。", "查阅资料、现场抽问",
                indicator="急难险重"),
        )),
        Section("责任落实", "责任落实（10分）", 10, (
            Row("支部年初制定党建工作计划，与段党委签订党风廉政建设责任书；年底支部书记向段党委述职；年终形成工作总结。", 5,
                "无年度计划的扣1分；未签订责任书的扣1分；未述职的扣2分；无年终总结的扣1分。", "查阅资料", indicator="责任落实"),
            Row("党员职工违反中央八项规定精神和路风纪律，在值乘中“以车谋私”、倒卖车票、私带无票人员（本项为扣分项）。", 5,
                "经查实的，每人次扣2分；被集团公司以上通报的，每次扣2分；党员受到党纪处分的，本项不得分。", "段纪委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "考核标准", "标准分", "扣分标准", "考核方式", "实得分"]
NOTE = ("备注：1.本表由段党委于12月下旬组织考核，党委办公室、组织部牵头，安全科、服务质量科、段纪委参加，安全和服务数据以集团公司系统年末"
        "数据为准；2.各项扣分以该项标准分为限，扣完为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分"
        "以下的为“较差”；4.考核结果与车队干部年度绩效挂钩，并作为推荐“火车头奖杯”和“先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车队党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：高铁一队、高铁二队、高铁三队、动车队党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5, 7):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 11, 46, 7, 46, 14, 7))
    wb.save(str(path))
