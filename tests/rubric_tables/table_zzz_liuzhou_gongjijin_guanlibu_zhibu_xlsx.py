"""柳州市住房公积金管理中心2025年度县区管理部党支部党建工作考核评分表 (.xlsx), as a 广西 柳州 市 住房公积金管理中心 机关党委 (its
党建办 with the 归集科, the 信贷科, the 稽核科 and the 机关纪委, a 考核组 checking in December) scores the 党支部 of its 县区 管理部, whose
党员 sit at the 归集 and 贷款 windows, visit the 非公企业 to widen the 缴存 and keep the 资金 safe: 党建基础 (the 年初 计划 and 责任书
with the 年底 述职, “三会一课” with the 书记's 党课, the monthly 主题党日 with four 实践活动 and the 参加率, the 组织生活会 with 民主评议
and its 备案, 党费 with a half-yearly 公布 and 32学时), 业务融合 (the 示范岗 with the 审批时限 and the 即时办结率, two 走访 a quarter with
the 扩面 完成率 in bands, a quarterly 风险排查 with the 逾期率 and a 一票否决, a quarterly 政策宣传 with the 咨询台, the 满意率 and the 投诉
办结率, a quarterly 志愿服务 with the 结对共建 and its 协议), 作风廉政 (a quarterly 警示教育 with the 廉洁提醒 and 承诺书, a yearly 风险点
排查 with the 轮岗, a half-yearly 座谈会 with the 整改台账, a deduction-only line on 骗提骗贷) and 基础工作 (the 活动室 with a quarterly
更新 of the 宣传栏, the 半年小结, 年度总结 and the monthly 归档).

A merged title row and a merged "考核对象：中心各县区管理部党支部" line above the header 考核类别 | 序号 | 考核指标 | 考核标准 | 分值 | 扣分
细则 | 考核方式. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITH an ordinal and its points on ONE line,
"一、党建基础（25分）". 序号 (SECOND column, numeric cells) RESTARTS at 1 in every category (items 1.1 … 4.2). 考核指标 is a short
sub-label (`Row.indicator`). 分值 comes BEFORE the 扣分细则, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks
(查阅资料, 系统核查, 系统抽查, 实地查看, 个别谈话, 机关纪委提供): no papers. No 得分 column. A 合计 row and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals ("每季度开展一次", "每半年公布一次", "每半年召开一次", "全年不少于4次", "每季度走访企业不少于2家");
"不少于32学时"; "1.5‰以内"; "最高扣" caps; "酌情扣0.5-1分" twice, "酌情扣1-2分", "酌情扣1分"; a 完成率 in bands ("80%以下的不得分" closing
them); one "实行一票否决，本项不得分" and one plain "本项不得分"; one line is deduction-only.
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
    name="zzz_liuzhou_gongjijin_guanlibu_zhibu_xlsx",
    fmt="xlsx",
    title="柳州市住房公积金管理中心2025年度县区管理部党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("党建基础", "一、党建基础（25分）", 25, (
            Row("支部年初制定党建工作计划，支部书记与中心机关党委签订党建工作目标责任书；年底向机关党委述职；党建工作与归集、贷款业务"
                "同部署、同考核。", 5,
                "无年度计划的扣1分；未签订责任书的扣1分；未述职的扣2分；党建与业务“两张皮”的，酌情扣1分。", "查阅资料",
                indicator="责任落实"),
            Row("严格落实“三会一课”，支委会每月召开1次，党员大会每季度召开1次，党课每季度至少1次；支部书记每年讲党课不少于1次。", 6,
                "“三会一课”每缺1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录不完整、不规范的，酌情扣0.5-1分。", "查阅资料",
                indicator="三会一课"),
            Row("每月开展一次主题党日，结合“公积金服务进企业”开展实践活动全年不少于4次；党员参加率不低于90%。", 5,
                "主题党日每缺1次扣0.3分；实践活动每少1次扣0.5分；参加率低于90%的，每次扣0.2分。", "查阅资料、个别谈话",
                indicator="主题党日"),
            Row("每年召开组织生活会，开展批评和自我批评；开展民主评议党员，评议结果报机关党委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议的扣2分；评议结果未备案的扣1分。", "查阅资料", indicator="组织生活会"),
            Row("党员按月交纳党费，党费收缴情况每半年公布一次；党员每年参加集中学习培训不少于32学时。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", "查阅资料、系统核查",
                indicator="党员管理"),
        )),
        Section("业务融合", "二、业务融合（45分）", 45, (
            Row("设立“党员示范岗”，窗口党员亮身份、作承诺；个人住房公积金贷款审批时限不超过10个工作日，提取业务即时办结率达到90%以上。",
                8, "未设立党员示范岗的扣1分；贷款审批超时的，每笔扣0.2分，最高扣3分；即时办结率每低1个百分点扣0.5分。",
                "系统抽查、实地查看", indicator="服务效能"),
            Row("开展“公积金服务进企业”，党员包联非公企业，每名党员每季度走访企业不少于2家；完成年度归集扩面目标任务，推动灵活就业人员"
                "自愿缴存。", 8,
                "走访企业不足的，每人每季度扣0.2分，最高扣2分；扩面任务完成率100%的得5分，90%（含）至100%的得4分，80%（含）至90%的得2分，"
                "80%以下的不得分；灵活就业人员缴存工作未开展的扣1分。", "查阅资料、系统核查", indicator="归集扩面"),
            Row("严格落实资金管理内控制度，每季度开展一次风险排查；个人住房贷款逾期率控制在1.5‰以内；全年不发生资金安全事故。", 8,
                "风险排查每少1次扣1分；逾期率超过控制目标的扣2分；发生资金安全事故的，实行一票否决，本项不得分。", "查阅资料、系统核查",
                indicator="资金安全"),
            Row("每季度开展一次公积金政策宣传进企业、进园区、进社区活动；服务大厅设立政策咨询台，党员轮流值守。", 6,
                "宣传活动每少1次扣1分；未设立政策咨询台的扣1分；党员值守不落实的，酌情扣0.5-1分。", "查阅资料、实地查看",
                indicator="政策宣传"),
            Row("开展政务服务“好差评”，群众满意率达到98%以上；投诉件办结率100%，12345热线工单按时回复。", 8,
                "满意率每低1个百分点扣1分，最高扣4分；投诉未办结的，每件扣0.5分；工单超时回复的，每件扣0.2分。", "系统核查",
                indicator="群众满意"),
            Row("组建党员志愿服务队，每季度开展一次志愿服务；每年与1个以上社区党组织开展结对共建，签订共建协议。", 7,
                "志愿服务每少1次扣1分；未开展结对共建的扣2分；未签订共建协议的扣1分。", "查阅资料", indicator="志愿共建"),
        )),
        Section("作风廉政", "三、作风廉政（20分）", 20, (
            Row("每季度开展一次廉政警示教育，重要节日前发送廉洁提醒；党员干部签订廉洁从业承诺书。", 6,
                "警示教育每少1次扣0.5分；未发送廉洁提醒的扣0.5分；未签订承诺书的，每人扣0.2分。", "查阅资料", indicator="廉政教育"),
            Row("梳理贷款审批、提取审核等岗位廉政风险点，制定防控措施；每年开展一次廉政风险点排查，重点岗位人员按规定轮岗。", 6,
                "未梳理风险点的扣1分；未开展排查的扣1分；重点岗位未按规定轮岗的扣1分；防控措施不具体的，酌情扣1-2分。",
                "查阅资料、个别谈话", indicator="风险防控"),
            Row("每半年召开一次服务对象座谈会，征求缴存单位和职工意见建议，建立问题整改台账。", 3,
                "座谈会每少1次扣1分；未建立整改台账的扣1分。", "查阅资料", indicator="作风建设"),
            Row("党员干部违反中央八项规定精神，违规审批、骗提骗贷或泄露缴存职工信息（本项为扣分项）。", 5,
                "违规审批、骗提骗贷的，每起扣2分；受到党纪政务处分的，每人次扣2分；造成恶劣影响的，本项不得分。", "机关纪委提供",
                indicator="纪律底线"),
        )),
        Section("基础工作", "四、基础工作（10分）", 10, (
            Row("建设党员活动室，做到有标识、有制度、有资料；服务大厅设置党建宣传栏，内容每季度更新一次。", 5,
                "活动室不达标的扣1分；未设置宣传栏的扣1分；内容更新每少1次扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年中报送半年工作小结，年终报送年度党建工作总结；党建工作台账按月归档。", 5,
                "半年小结、年度总结每缺一项扣1分；台账未按月归档的，每次扣0.2分，最高扣2分。", "查阅资料", indicator="资料归档"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "考核标准", "分值", "扣分细则", "考核方式"]
NOTE = ("说明：1.本表由中心机关党委于12月组织考核，归集科、信贷科、稽核科、机关纪委参加，业务数据以住房公积金综合服务平台统计为准；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与管理部年度绩效考核挂钩；4.管理部发生"
        "资金安全事故或被自治区以上通报批评的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "管理部党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：中心各县区管理部党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (13, 6, 11, 50, 6, 46, 16))
    wb.save(str(path))
