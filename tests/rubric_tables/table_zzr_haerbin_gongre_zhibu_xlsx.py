"""中共哈尔滨热力集团有限责任公司委员会2025—2026年供暖期基层党支部党建工作考核评分表 (.xlsx), as a 黑龙江 哈尔滨 city 供热 enterprise
党委 (its 党委组织部 with the 客服中心, the 安全监察部 and the 公司纪委, a 考核组 checking each 支部 in May after the 供暖期 of 10月20日
to 次年4月20日) scores each 供热分公司 / 换热站 党支部, their 党员 on 倒班 at the 换热站 and in the 抢修班组, on 党建 and the winter's
供热保障 together: 政治建设 (a monthly 集中学习 with the 班前会 “微党课” and 32学时, the 书记's 年初 “一岗双责” 责任书 and 年底 述职 with
the quarterly 专题研究, the monthly 研判 of 涉热舆情 with its 处置台账), 组织建设 (“三会一课” with the 补学 of 倒班党员, the monthly 主题党日
with the 入户测温 and its 参加率, 签到表 and 照片, the 组织生活会 with 谈心谈话, 民主评议 and the 备案, the 换届 with its 批复 and a yearly
入党积极分子, 党费 with its quarterly 公布), 党建引领供热保障 (the “党员先锋岗” with the 挂牌上岗率 and the 抢修突击队, the 室温达标率 in
bands with two 入户测温 a month, the 12345 诉求 with the 办结率 and the 满意率, the 特殊群体 用热台账 with a monthly 走访 and three “暖冬”
志愿服务, the monthly 隐患排查 with a 一票否决, two 共建协议 with the 社区 and a 联席会议 before the 供暖期 with the 居民's 意见) and 作风建设
(the half-yearly 廉洁教育 with the yearly 廉洁谈话, a deduction-only line on 吃拿卡要, the 年初 计划 and the 供暖季 总结).

A merged title row, a merged "考核对象：集团所属各供热分公司党支部、换热站党支部" line and a merged "党支部：…  支部书记：…  党员人数：…
考核时间：2026年5月" line above the header 考核项目 | 序号 | 考核指标 | 考核标准 | 分值 | 计分办法 | 佐证材料 | 得分. The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal on ONE line, "一、政治建设（15分）". 序号 (SECOND column, numeric
cells) RESTARTS at 1 in every category (ids "1.1" … "4.3"). 考核指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the
计分办法, a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 安全监察部核实 / 公司纪委
核实): a 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts are set over the 供暖期 ("供暖期内每月",
"供暖期前召开一次") as well as yearly; "最高扣" caps; the 室温达标率 in bands ("90%以下的不得分" closing them); one rule "酌情扣1—2分";
one rule "实行一票否决，本项不得分"; one line is deduction-only.
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
    name="zzr_haerbin_gongre_zhibu_xlsx",
    fmt="xlsx",
    title="中共哈尔滨热力集团有限责任公司委员会2025—2026年供暖期基层党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("支部每月组织1次集中学习；供暖期内利用班前会开展“微党课”，每月不少于1次；党员年度学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.5分；“微党课”每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分。", "学习记录、微党课记录、学时登记表",
                indicator="理论学习"),
            Row("支部书记年初与公司党委签订党建和安全生产“一岗双责”责任书，年底述职；支部委员会每季度至少专题研究一次党建工作。", 5,
                "未签订责任书的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "责任书、述职报告、会议记录", indicator="责任落实"),
            Row("落实意识形态工作责任制，供暖期内每月分析研判一次涉热舆情，负面舆情2小时内响应，及时回应群众关切。", 5,
                "研判每少1次扣0.5分；舆情处置不及时的，每起扣1分；引发重大负面舆情造成恶劣影响的，本项不得分。", "研判记录、舆情处置台账",
                indicator="舆情应对"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员因生产运行未能参加的，一周内组织"
                "补学。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；未组织补学的，每人次扣0.1分；会议记录不规范的，酌情扣1—2分。",
                "会议记录本、补学记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，供暖期内结合入户测温、走访热用户开展；党员参加率达到85%以上。", 6,
                "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.3分；无签到表或活动照片的，每次扣0.2分。", "活动记录、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，会上开展批评和自我批评、民主评议党员，评议结果报集团党委组织部备案。", 6,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；未备案的扣1分。",
                "会议记录、谈心谈话记录、民主评议表", indicator="组织生活会"),
            Row("支部委员会按期换届；注重从一线运行工、维修工、客服人员中发展党员，每年至少确定1名入党积极分子。", 5,
                "未按期换届的扣2分；未确定入党积极分子的扣2分；发展党员程序不规范的，本项不得分。", "换届选举批复、发展党员档案",
                indicator="班子与发展"),
            Row("党员按月足额交纳党费，支部每季度公布一次党费收缴情况。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣2分；未公布的，每次扣0.5分。", "党费收缴台账、公布截图", indicator="党费管理"),
        )),
        Section("党建引领供热保障", "三、党建引领供热保障（40分）", 40, (
            Row("在换热站、抢修班组设立“党员先锋岗”“党员责任区”，党员挂牌上岗率达到100%；组建党员抢修突击队，供暖期内24小时待命。", 6,
                "未设立先锋岗、责任区的扣2分；挂牌上岗率每低10个百分点扣1分；未组建突击队的扣1分。", "先锋岗名单、突击队名单、挂牌照片",
                indicator="党员先锋岗"),
            Row("供暖期内居民室温达标率达到98%以上；支部每月组织党员入户测温不少于2次。", 8,
                "室温达标率98%以上的得4分，95%（含）至98%的得3分，90%（含）至95%的得2分，90%以下的不得分；入户测温每少1次扣0.5分。",
                "测温记录、室温监测平台截图", indicator="室温达标"),
            Row("12345热线和公司客服热线供热诉求24小时内响应，按期办结率达到95%以上，回访满意率不低于90%。", 8,
                "办结率每低1个百分点扣0.3分，最高扣3分；满意率每低1个百分点扣0.2分，最高扣2分；诉求响应超时的，每件扣0.1分。",
                "工单台账、回访记录", indicator="诉求办理"),
            Row("建立孤寡老人、低保户、残疾人等特殊群体用热台账，供暖期内每月走访一次；联合社区开展“暖冬”志愿服务不少于3次。", 6,
                "无特殊群体用热台账的扣1分；走访每少1次扣0.3分；志愿服务每少1次扣0.5分。", "用热台账、走访记录、活动照片",
                indicator="暖心行动"),
            Row("支部每月开展一次安全隐患排查，党员带头落实“两票三制”；全年未发生安全生产责任事故和大面积停热事件。", 7,
                "隐患排查每少1次扣0.5分；发生一般安全生产责任事故的，每起扣3分；发生大面积停热或较大以上安全事故的，实行一票否决，本项"
                "不得分。", "排查台账、安全监察部核实", indicator="安全生产"),
            Row("与供热区域内社区党组织签订共建协议不少于2个；供暖期前召开一次联席会议，听取居民对供热工作的意见建议。", 5,
                "共建协议每少1个扣1分；未召开联席会议的扣1分；未征求居民意见的扣0.5分。", "共建协议、会议记录", indicator="联建共建"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            Row("支部每半年开展一次廉洁教育；对物资采购、工程维修等重点岗位人员每年开展一次廉洁谈话。", 5,
                "廉洁教育每少1次扣1分；廉洁谈话未覆盖的，每人扣0.2分。", "教育记录、谈话记录", indicator="廉洁教育"),
            Row("党员职工不得向热用户吃拿卡要、推诿扯皮，服务态度文明（本项为扣分项）。", 5,
                "经查实吃拿卡要的，每起扣2分；服务态度被投诉经核实的，每次扣0.5分；被市级以上媒体曝光的，本项不得分。", "公司纪委核实",
                indicator="服务作风"),
            Row("年初制定支部工作计划，供暖期结束后形成供暖季党建工作总结；党员花名册、会议记录等资料齐全。", 5,
                "无计划的扣1分；无供暖季总结的扣1分；资料不齐全的，酌情扣0.5—1分。", "工作计划、工作总结", indicator="基础工作"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核标准", "分值", "计分办法", "佐证材料", "得分"]
NOTE = ("说明：1.本表由集团党委组织部于供暖期结束后（次年5月）组织考核，客服中心、安全监察部、公司纪委参加，采取查阅资料、调取热线"
        "数据、实地查看、电话回访相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“优秀”“良好”“一般”“较差”四个"
        "等次，与支部书记年度绩效和供暖季评先挂钩；4.支部所在单位发生较大以上安全事故或大面积停热事件的，考核直接定为“较差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各供热分公司党支部、换热站党支部", ncols)
    xlsx_line(ws, "党支部：                  支部书记：              党员人数：        考核时间：2026年5月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (12, 6, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
