"""中共江城燃气集团有限公司委员会2025年度“党建+安全生产”融合工作专项考核细则 (.xlsx), as a 市属国企 城市燃气集团党委 (its 党委
组织部 running the check with the 安全监察部 twice a year) scores each 基层党支部 — 管网运行、输配调度、客户服务、工程建设 and
LNG储配站 支部, their 党员 巡检工, 抢修工, 调度员 and 入户安检员 — on how the 支部 carries 安全生产: 安全责任落实 (the 书记's
安全生产责任书 and the 委员' “一岗双责” 责任状 签订率, the 支委会's quarterly 安全 专题研究 and the “安全生产月” 党课, three
制度 of the 支部's own, 安全履职 in 积分 and 民主评议, 带班 at the 储配站 on 节日), 安全教育培训 (安全 学习 in the monthly 主题党日
with its 参加率, 持证率 and the half-yearly “党员安全讲堂”, quarterly 应急演练 with 方案 and 评估报告, half-yearly 警示教育),
党员示范引领 (安全示范岗 in every 一线班组, 安全责任区 and no 违章, “隐患随手拍” each month and the 闭环率, the 抢险突击队 and the
30分钟 arrival, the 入户安检率 and “党员上门”, 合理化建议 and 攻关项目) and 安全生产实绩 (no 责任事故 with a 一票否决, the 整改率
and no 通报, a 用户 满意度 in bands).

A merged title row, a merged "考核对象：集团所属各基层党支部" line and a merged "党支部名称：…  支部书记：…  党员：…名  考核时段：
2025年  上半年 / 下半年" line above the header 序号 | 考核项目 | 考核指标 | 考核要求 | 分值 | 扣分办法 | 佐证资料 | 得分. 序号 (first
column, numeric cells) runs 1..18 through the sheet. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed
on two lines WITHOUT an ordinal, "安全责任落实\\n（20分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 (before the
扣分办法) is a plain number. 佐证资料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 现场查看): a 佐证
column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet. The 满意度 bands sit in the 扣分办法; one count in Chinese
numerals ("百分之九十八").
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
    name="zzf_ranqi_anquan_xlsx",
    fmt="xlsx",
    title="中共江城燃气集团有限公司委员会2025年度“党建+安全生产”融合工作专项考核细则",
    numbering="printed",
    sections=(
        Section("安全责任落实", "安全责任落实\n（20分）", 20, (
            Row("落实“党政同责、一岗双责、齐抓共管、失职追责”，党支部书记与部门负责人共同签订年度安全生产责任书；支部委员按"
                "分工签订“一岗双责”责任状，签订率100%。", 5,
                "未签订安全生产责任书的扣2分；责任状每缺1人扣0.5分。", "安全生产责任书、责任状", indicator="责任体系"),
            Row("支部委员会每季度至少专题研究一次安全生产工作，分析安全形势，研究隐患治理措施；“安全生产月”期间支部书记讲一次"
                "安全专题党课。", 5,
                "专题研究每少1次扣1分；未讲安全专题党课的扣2分。", "支委会会议记录、党课讲稿", indicator="专题研究"),
            Row("结合燃气行业特点，建立党员安全生产承诺践诺、安全隐患“随手拍”、党员安全监督岗轮值等制度，并严格执行。", 4,
                "制度每缺1项扣1分；执行不到位的，酌情扣0.5—1分。", "制度文件", indicator="制度建设"),
            Row("将安全生产履职情况纳入党员积分管理和年度民主评议党员重要内容；发生安全生产责任事故的党员，当年民主评议不得评为"
                "“优秀”。", 3,
                "未纳入积分管理的扣1分；未纳入民主评议的扣1分；评优违反规定的扣1分。", "党员积分台账、民主评议结果",
                indicator="考评挂钩"),
            Row("支部班子成员落实领导带班和节假日值班制度，重要节日、重大活动期间到LNG储配站、调压站等重点部位带班检查不少于"
                "1次。", 3,
                "带班检查每少1次扣0.5分；值班脱岗的，每人次扣1分。", "值班表、带班检查记录", indicator="领导带班"),
        )),
        Section("安全教育培训", "安全教育培训\n（20分）", 20, (
            Row("每月主题党日安排安全生产学习内容，学习《安全生产法》《城镇燃气管理条例》和典型事故案例；党员参加率达到95%"
                "以上。", 5,
                "主题党日未安排安全学习内容的，每次扣0.5分；参加率每低1个百分点扣0.2分。", "主题党日记录、签到表",
                indicator="安全学习"),
            Row("党员带头参加岗位安全技能培训、持证上岗，特种作业岗位党员持证率100%；每半年组织一次“党员安全讲堂”，由党员技术"
                "骨干授课。", 5,
                "党员无证上岗的，每人扣1分；安全讲堂每少1次扣1分。", "持证人员台账、讲堂照片", indicator="技能培训"),
            Row("党员带头参加燃气泄漏、火灾爆炸等应急演练，支部每季度组织或参与一次应急演练，演练后形成评估报告。", 5,
                "应急演练每少1次扣1分；无评估报告的，每次扣0.5分。", "演练方案、评估报告、照片", indicator="应急演练"),
            Row("每半年开展一次安全生产警示教育，组织党员观看事故警示片或到警示教育基地学习，剖析本单位未遂事件和违章案例。", 5,
                "警示教育每少1次扣1.5分；未开展案例剖析的扣1分。", "活动记录、照片", indicator="警示教育"),
        )),
        Section("党员示范引领", "党员示范引领\n（35分）", 35, (
            Row("在管网巡检、抢修、调度、入户安检等一线岗位设立党员安全示范岗，公开党员身份，示范岗覆盖全部一线班组。", 6,
                "一线班组每缺1个示范岗扣1分；示范岗作用发挥不明显的，酌情扣1—2分。", "示范岗名单、现场查看",
                indicator="安全示范岗"),
            Row("每名党员划分安全责任区，做到“党员身边无事故、无违章、无隐患”；党员年内无违章作业记录。", 6,
                "未划分责任区的扣2分；党员违章作业的，每人次扣1分；党员责任区内发生生产安全事故的，本项不得分。",
                "责任区划分表、违章记录", indicator="安全责任区"),
            Row("开展党员“隐患随手拍”活动，每名党员每月至少上报安全隐患1条；隐患整改闭环率达到100%。", 7,
                "党员上报隐患不足的，每人次扣0.1分，最多扣2分；整改闭环率每低5个百分点扣1分。", "隐患排查台账",
                indicator="隐患排查"),
            Row("组建党员抢险突击队，实行24小时应急值守，接到燃气泄漏报警后城区30分钟内到达现场；在老旧管网改造、冬季保供等急难"
                "险重任务中发挥突击作用。", 6,
                "未组建突击队的扣2分；到达现场超时的，每起扣1分；保供任务中作用发挥不明显的，酌情扣分。", "突击队名单、抢修记录",
                indicator="抢险突击"),
            Row("党员带头参与居民用户入户安全检查，年度入户安检率达到百分之九十八以上；为老年人、独居户等特殊群体提供“党员上门”"
                "安全服务。", 5,
                "安检率每低1个百分点扣0.5分；未开展“党员上门”服务的扣1分。", "安检台账、服务记录", indicator="入户安检"),
            Row("围绕安全生产难题开展党员创新攻关和“金点子”征集，年内提出安全类合理化建议不少于10条，完成攻关项目不少于1项。", 5,
                "合理化建议每少1条扣0.3分；未完成攻关项目的扣2分。", "建议登记表、项目结题材料", indicator="创新攻关"),
        )),
        Section("安全生产实绩", "安全生产实绩\n（25分）", 25, (
            Row("全年未发生一般及以上生产安全责任事故、燃气安全责任事故和火灾事故。", 10,
                "发生一般生产安全责任事故的，实行一票否决，本项不得分；发生轻伤事故的，每起扣3分；未遂事件未按规定上报的，每起扣"
                "2分。", "安全监察部认定材料", indicator="事故控制"),
            Row("集团安全监察部及上级部门检查发现的问题整改率达到100%；无被属地应急管理、住建部门通报或行政处罚的情况。", 8,
                "问题整改率每低1个百分点扣0.5分；被通报的，每次扣3分；受到行政处罚的，本项不得分。", "检查整改台账",
                indicator="检查整改"),
            Row("燃气用户对安全服务的满意度达到90%以上。", 7,
                "按第三方满意度调查结果计分：95%（含）以上得7分；90%（含）—95%得5分；85%（含）—90%得3分；85%以下不得分。",
                "第三方调查报告", indicator="用户评价"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核要求", "分值", "扣分办法", "佐证资料", "得分"]
NOTE = ("备注：1.本细则由集团党委组织部会同安全监察部每半年考核一次，年度得分取两次考核的平均分；2.各项扣分以该项分值为限，扣完"
        "为止；3.基层单位发生较大及以上生产安全责任事故的，所在党支部年度考核直接定为“差”等次，取消当年评先评优资格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党建+安全生产"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各基层党支部", ncols)
    xlsx_line(ws, "党支部名称：                支部书记：          党员：    名    考核时段：2025年  上半年 / 下半年", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 44, 20, 7))
    wb.save(str(path))
