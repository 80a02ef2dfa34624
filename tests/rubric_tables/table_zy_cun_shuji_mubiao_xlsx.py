"""中共宜宾市南溪区仙临镇委员会2024年度村党组织书记年度目标考核评分表 (.xlsx), as a 四川 镇党委 (its 组织委员 leading a
考核组 of the 片区联系领导 in January after the year) scores each 村党组织书记 on his 村's 年度目标: 政治引领 (“第一议题” 学习 and
the 书记's 培训 days, 宣讲 at the 院坝会, 廉洁 and the “小微权力”), 组织建设 (“一肩挑” and the “两委” 结构, “三会一课” with the
书记's 党课, 主题党日 on the 10th and the “云党日”, 组织生活会, 积极分子 and 发展党员, 党费, 流动党员 and 积分), 发展治理
(集体经济 income in bands, the 村级建制调整改革 “后半篇” 文章, 院坝会 and 村规民约, 矛盾纠纷, 地质灾害 “党员包点”, 代办 and
走访, a 满意度 回访 in bands) and 基础保障 (阵地 and 经费, the 年初 目标 and the 年底 述职, 台账 and 信息).

A merged title row and a merged "考核对象：全镇15个村党组织书记　　考核时间：2025年1月上旬" line above the header 序号 | 一级指标 |
二级指标 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. 序号 (FIRST column, numeric cells) runs 1..19 through the sheet. The
categories are MERGED CELLS down the 一级指标 column (SECOND), printed on one line without an ordinal, "政治引领（15分）".
二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks
(查阅…, 入户走访, 向镇纪委 / 镇综治中心核实, 随机抽查, 电话抽查, 财务核查, 实地查看, 电话回访); it is no 佐证 column. 得分
is blank. A 合计 row and two merged 说明 rows close the sheet. Counts partly in Chinese numerals ("百分之九十").
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
    name="zy_cun_shuji_mubiao_xlsx",
    fmt="xlsx",
    title="中共宜宾市南溪区仙临镇委员会2024年度村党组织书记年度目标考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "政治引领（15分）", 15, (
            Row("书记带头落实“第一议题”制度，每月组织村“两委”班子集中学习不少于1次；书记本人全年参加县、镇两级培训累计不少于"
                "5天。", 5,
                "集中学习每少1次扣0.5分；参训时间不足5天的扣1分。", "查阅学习记录、培训考勤", indicator="理论学习"),
            Row("书记每半年在院坝会上宣讲党的政策不少于1次；村广播、村务微信群等宣传阵地明确专人管理，及时发布惠民政策。", 4,
                "宣讲每少1次扣1分；宣传阵地无专人管理的扣1分。", "查阅资料、入户走访", indicator="宣传宣讲"),
            Row("书记严守廉洁纪律，带头落实“村财镇管”和村级“小微权力”清单制度，每年向村党员大会报告个人履职和廉洁自律情况。", 6,
                "未报告的扣2分；“小微权力”运行不规范的，酌情扣1—2分；书记受到党纪政务处分的，实行一票否决，本项不得分。",
                "查阅资料、向镇纪委核实", indicator="廉洁自律"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("村党组织书记、村委会主任“一肩挑”，村“两委”班子成员交叉任职；“两委”班子中35周岁以下成员至少1名、妇女成员至少"
                "1名。", 5,
                "未实现“一肩挑”的扣2分；班子年龄、性别结构不达标的，每项扣1分。", "查阅资料", indicator="班子建设"),
            Row("严格落实“三会一课”制度：支委会每月召开1次，党员大会每季度召开1次，党小组会原则上每月召开1次；书记每年讲党课不少于"
                "2次。", 6,
                "支委会、党员大会每少1次扣0.5分；党小组会每少1次扣0.2分；书记讲党课每少1次扣1分。", "查阅会议记录",
                indicator="三会一课"),
            Row("每月10日开展主题党日活动，组织党员开展政治学习、志愿服务等“固定动作”；在家党员参与率不低于百分之九十，外出党员"
                "通过“云党日”参加。", 5,
                "每少开展1次扣0.5分；参与率每低5个百分点扣0.5分；未组织外出党员参加的扣0.5分。", "查阅资料、随机抽查",
                indicator="主题党日"),
            Row("每年召开1次组织生活会，书记带头开展批评和自我批评；年底开展民主评议党员，对评为“不合格”的党员稳妥处置。", 4,
                "未召开组织生活会的扣2分；书记未带头查摆问题的扣1分；未开展民主评议党员的扣1分。", "查阅会议记录",
                indicator="组织生活会"),
            Row("注重从致富能手、返乡创业青年、退役军人中发展党员，每年至少培养1名入党积极分子，每两年至少发展1名党员；严格执行"
                "发展党员工作程序。", 5,
                "未培养入党积极分子的扣2分；两年未发展党员的扣2分；发展程序不规范的，实行一票否决，本项不得分。", "查阅发展党员档案",
                indicator="发展党员"),
            Row("党员按月交纳党费；流动党员建立“一人一档”，每月至少联系一次；实行党员积分管理，积分每季度公示一次。", 5,
                "党费未按月交纳的扣1分；流动党员档案不全的扣0.5分；联系每少1次扣0.2分，最多扣2分；积分公示每少1次扣0.5分。",
                "查阅台账、电话抽查", indicator="党员管理"),
        )),
        Section("发展治理", "发展治理（40分）", 40, (
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到10万元以上，且不低于上年。", 8,
                "经营性收入30万元以上的得8分；15万元（含）—30万元的得6分；10万元（含）—15万元的得4分；5万元（含）—10万元的得2分；"
                "5万元以下的不得分。收入较上年下降的扣1分。", "财务核查", indicator="集体经济"),
            Row("做好村级建制调整改革“后半篇”文章，合并村推进人员、资产、阵地、服务、文化“五个融合”；村级集体资产每年清查一次，"
                "清查结果公示。", 5,
                "融合不到位的，酌情扣1—3分；未开展资产清查的扣1分；清查结果未公示的扣0.5分。", "查阅资料、实地查看",
                indicator="改革融合"),
            Row("推行“院坝会”议事，每季度至少召开一次院坝会，村级重大事项落实“四议两公开”；修订完善村规民约，推进移风易俗，遏制"
                "高价彩礼、大操大办。", 6,
                "院坝会每少1次扣0.5分；重大事项未执行“四议两公开”的，每项扣1分；村规民约未修订的扣1分。", "查阅资料、入户走访",
                indicator="乡村治理"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到95%以上；全年无越级上访，无重大安全事故。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.5分；发生越级上访的，每起扣2分；发生重大安全事故的，本项不得分。",
                "查阅资料、向镇综治中心核实", indicator="平安建设"),
            Row("落实地质灾害隐患点“党员包点”监测责任，每个隐患点明确1名党员监测员；每年汛期前组织开展应急避险演练不少于1次；森林"
                "防灭火期间党员轮流值守卡点。", 5,
                "隐患点未明确党员监测员的，每处扣0.5分；未开展应急演练的扣1分；发生亡人事故的，本项不得分。", "查阅资料、实地查看",
                indicator="防灾减灾"),
            Row("村党群服务中心落实村干部坐班和轮流值班制度，群众代办事项办结率达到100%；书记每月走访困难群众不少于4户。", 5,
                "抽查发现无人值班的，每次扣1分；办结率每低5个百分点扣0.5分；走访每少1户扣0.2分。", "随机抽查、查阅资料",
                indicator="为民服务"),
            Row("镇党委委托第三方电话回访，群众满意度95%以上的得5分；90%（含）—95%的得4分；85%（含）—90%的得3分；80%（含）—85%"
                "的得1分；80%以下的不得分。", 5,
                "按回访结果计分。", "电话回访", indicator="群众满意度"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            Row("村级活动场所“一室多用”、标识规范；村级组织运转经费、服务群众专项经费使用经村“两委”集体研究，每季度公开一次。", 5,
                "阵地标识不规范的扣1分；经费使用未经集体研究的，每笔扣0.5分，最多扣2分；公开每少1次扣0.5分。", "实地查看、财务核查",
                indicator="阵地经费"),
            Row("年初制定村党组织年度工作目标和书记抓党建任务清单，年底书记向镇党委述职并接受党员群众评议，评议满意率不低于80%。", 5,
                "无年度工作目标或任务清单的，每项扣1分；未述职的扣3分；评议满意率低于80%的扣1分。", "查阅资料",
                indicator="目标述职"),
            Row("建立党员花名册、“三会一课”记录本、党费收缴台账、发展党员档案，资料完整规范；全年向镇党委报送工作信息不少于4篇。", 5,
                "台账每缺1项扣0.5分；资料不规范的，酌情扣0.5分；信息每少1篇扣0.5分。", "查阅资料", indicator="台账信息"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTES = (
    "说明：1.本表由镇党委组织委员牵头、各片区联系领导参与，采取个人述职、查阅资料、实地查看、入户走访、电话回访相结合的方式"
    "考核；各项扣分不超过该项分值。",
    "2.考核结果分为“优秀”（90分以上）、“良好”（80—89分）、“合格”（60—79分）、“不合格”（60分以下）四个等次，与村党组织"
    "书记绩效报酬直接挂钩；连续两年“不合格”的，按程序予以调整。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村书记目标考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇15个村党组织书记　　考核时间：2025年1月上旬", ncols)
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
    for note in NOTES:
        xlsx_note(ws, note, ncols, 32)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 46, 16, 7))
    wb.save(str(path))
