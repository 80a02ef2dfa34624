"""中共大理市喜洲镇委员会2022年度村党总支年终考核评分表 (.xlsx), as a 云南 镇党委 (its 组织委员 leading the 镇考核组 in
December, the 村党总支 laying out its papers) scores each 村党总支 — the 村 a 党总支 over 村民小组党支部, many 党员 白族, some
out at work — on 组织建设 (党支部 设置 in the 村民小组 and “一肩挑”, “三会一课” of the 总支 and its 支部, 主题党日 on the “云岭
先锋” 平台, the 年初 组织生活会 with its 整改清单, 党费 and 流动党员), 队伍建设 (the “两委” 结构 and 培训, 后备力量 and its 人才库,
积极分子 and 发展党员, 学时 and 现场教学, 设岗定责 and the 年底 星级党员), 乡村振兴 (集体经济 income in bands, the 合作社 and its
分配方案, 防止返贫 监测, 洱海保护 党员责任区), 基层治理 (“四议两公开”, 公开 and the 村务监督委员会, 民族团结 and 矛盾纠纷, 坐班
值班 and 代办, a 满意度 测评 in bands) and 基础工作 (计划总结 and 述职, the “四本台账” and the 平台).

A merged title row, a merged "考核对象：全镇各村党总支" line and a merged "村名：…  党总支书记：…  党员：…名（其中外出…名）
考核日期：…" line above the header 序号 | 考核项目 | 考核要求 | 分值 | 评分标准 | 佐证材料 | 得分. 序号 (FIRST column, numeric
cells) runs 1..20 through the sheet. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed on one line with a
bracketed ordinal, "（一）组织建设（25分）". 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 村 lays out: a 佐证
column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. The 集体经济 bands give points down to the lowest band
("5万元以下的得1分"); the 满意度 bands sit in the 考核要求 words. Counts partly in Chinese numerals ("不少于两次").
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
    name="zza_cun_dangzongzhi_nianzhong_xlsx",
    fmt="xlsx",
    title="中共大理市喜洲镇委员会2022年度村党总支年终考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "（一）组织建设（25分）", 25, (
            Row("村党总支下设村民小组党支部，正式党员3名以上的村民小组单独建立党支部，党支部设置覆盖率达到100%；村党总支书记、"
                "村委会主任“一肩挑”。", 5,
                "党支部设置覆盖率未达100%的，每缺1个扣0.5分；未实行“一肩挑”的扣2分。", "党组织设置批复文件"),
            Row("村党总支及所属党支部严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课"
                "每季度1次；党总支书记每年讲党课不少于2次。", 6,
                "抽查2个党支部，每缺1次扣0.3分，最多扣4分；总支书记讲党课每少1次扣1分。", "会议记录、签到表、党课讲稿"),
            Row("每月开展“主题党日”活动，通过“云岭先锋”综合服务平台规范记录；党员参与率不低于90%，外出务工党员通过线上方式参与。", 5,
                "每少1次扣0.5分；平台记录不规范的扣0.5分；参与率每低5个百分点扣0.5分。", "“云岭先锋”平台截图、活动照片"),
            Row("年初召开一次组织生活会，开展民主评议党员；会前广泛征求意见，会后列出问题整改清单，年内整改完成率达到100%。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未征求意见的扣0.5分；整改完成率每低10个百分点扣0.5分。",
                "会议记录、征求意见表、整改清单"),
            Row("党员按月交纳党费，每季度公布一次党费收缴情况；流动党员纳入“云岭先锋”平台管理，每季度至少联系一次。", 4,
                "党费未按月交纳的，每人次扣0.1分，最多扣1分；公布每少1次扣0.5分；流动党员联系每少1人次扣0.1分，最多扣1分。",
                "党费收缴台账、流动党员管理台账"),
        )),
        Section("队伍建设", "（二）队伍建设（20分）", 20, (
            Row("村“两委”班子成员中35岁以下的不少于1名，少数民族成员比例与本村民族构成相适应；村“两委”成员全年参加市级以上培训不少于"
                "1次。", 4,
                "35岁以下成员缺额的扣1分；民族结构明显不合理的扣0.5分；未参加培训的，每人扣0.2分。", "“两委”成员名册、培训通知"),
            Row("按每村不少于2名的标准储备村级后备力量，建立后备力量人才库；后备力量每半年至少参加一次村级重点工作实践锻炼。", 4,
                "后备力量每少1名扣1分；未建人才库的扣1分；实践锻炼每少1次扣0.5分。", "后备力量人才库名册"),
            Row("注重在青年农民、外出务工经商人员、返乡大学生中发展党员，年内确定入党积极分子不少于1名，每2年至少发展1名党员；发展"
                "对象公示不少于5天。", 5,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣2分；未公示的扣1分；违规发展党员的，实行一票否决，本项不得分。",
                "入党积极分子名册、发展党员公示照片"),
            Row("党员每年参加集中学习培训不少于32学时；组织党员到红色教育基地接受现场教学不少于1次。", 4,
                "学时不足的，每人扣0.1分，最多扣2分；未开展现场教学的扣1分。", "学时登记表、现场教学照片"),
            Row("开展无职党员设岗定责，设岗率达到90%以上；推行党员积分制管理，年底评定星级党员并公示。", 3,
                "设岗率每低10个百分点扣0.5分；未开展积分管理的扣1分；评定结果未公示的扣0.5分。", "党员积分台账、公示照片"),
        )),
        Section("乡村振兴", "（三）乡村振兴（25分）", 25, (
            Row("村集体经济收入稳定在5万元以上，较上年有增长。", 8,
                "集体经济收入20万元以上的得8分，10万元（含）—20万元的得6分，5万元（含）—10万元的得4分，5万元以下的得1分；收入较上年"
                "下降的扣1分。", "村集体经济收入报表"),
            Row("党总支领办村集体经济合作社，合作社章程、收益分配方案经村民代表会议通过，盈余分配情况向群众公开。", 5,
                "未领办合作社的扣3分；分配方案未经村民代表会议通过的扣1分；未公开的扣1分。", "合作社章程、收益分配方案、公开照片"),
            Row("落实防止返贫动态监测帮扶机制，党员干部结对联系监测户，每月至少走访一次；全年无规模性返贫。", 6,
                "结对联系未全覆盖的扣1分；走访每少1次扣0.2分，最多扣2分；出现规模性返贫的，本项不得分。", "结对帮扶台账、走访记录"),
            Row("划定洱海保护治理党员责任区，党员带头开展洱海流域环境卫生整治，每周至少开展一次党员义务清扫；全年无向洱海违规排污"
                "问题。", 6,
                "责任区未落实的扣2分；义务清扫记录不全的，酌情扣1—2分；发生违规排污被通报的，每次扣2分。", "责任区划分表、活动照片"),
        )),
        Section("基层治理", "（四）基层治理（20分）", 20, (
            Row("村级重大事项严格执行“四议两公开”，党务、村务、财务每季度公开一次；村务监督委员会每季度至少召开一次会议。", 6,
                "重大事项未执行“四议两公开”的，每项扣1分；公开每少1次扣0.5分；监委会会议每少1次扣0.5分。",
                "会议记录、公开栏照片"),
            Row("深化民族团结进步示范创建，每年开展民族团结宣传活动不少于两次；每月开展一次矛盾纠纷排查，调处成功率达到95%以上。", 6,
                "宣传活动每少1次扣0.5分；排查每少1次扣0.5分；调处成功率每低1个百分点扣0.5分；发生影响民族团结事件的，本项不得分。",
                "活动照片、矛盾纠纷排查调处台账"),
            Row("村党群服务中心落实坐班值班制度，推行“一站式”服务，群众代办事项办结率达到100%。", 4,
                "未落实坐班值班的扣1分；办结率每低5个百分点扣0.5分。", "值班表、代办登记台账"),
            Row("镇党委组织村民代表、党员代表对村党总支开展满意度测评，满意度90%以上得4分，80%（含）—90%得3分，70%（含）—80%得1分，"
                "70%以下不得分。", 4,
                "按测评结果计分。", "满意度测评表"),
        )),
        Section("基础工作", "（五）基础工作（10分）", 10, (
            Row("年初制定党建工作计划，年底形成工作总结，党总支书记年底向镇党委述职；按时完成镇党委交办的党建专项任务。", 5,
                "无计划或总结的，每项扣1分；未述职的扣2分；专项任务未按时完成的，每项扣0.5分。", "工作计划、工作总结、述职报告"),
            Row("党员花名册、会议记录本、党费收缴台账、发展党员档案“四本台账”齐全规范，“云岭先锋”平台信息及时更新。", 5,
                "台账每缺1本扣0.5分；记录不规范的，酌情扣分；平台信息更新不及时的扣1分。", "台账资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要求", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("说明：1.年终考核由镇党委组织委员牵头，镇考核组采取查阅资料、实地察看、个别访谈、群众测评相结合的方式进行，各项扣分不超过"
        "该项分值；2.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬挂钩；3.村党总支书记受到刑事处罚或党内严重"
        "警告以上处分、村内发生重大安全事故或群体性事件的，年终考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党总支年终考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各村党总支", ncols)
    xlsx_line(ws, "村名：            党总支书记：            党员：    名（其中外出    名）    考核日期：", ncols)
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
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 52, 6, 46, 20, 7))
    wb.save(str(path))
