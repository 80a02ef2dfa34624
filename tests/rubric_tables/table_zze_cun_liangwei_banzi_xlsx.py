"""中共海伦市海北镇委员会2024年村“两委”班子年度考核评分表 (.xlsx), as a 黑龙江 镇党委 (its 考核组 of 镇 班子成员 and the 包村
干部 going round each 村 in January, after the 冬闲 述职) scores the whole 村“两委”班子 of each 行政村 on 班子建设 (“一肩挑” and
交叉任职, the monthly “两委”联席会议, 坐班值班 and “AB岗” with the 民情日记, 后备力量 and their 谈话培养, the 年底 述职述廉 and a
民主测评 满意率), 党员队伍 (“三会一课” and 主题党日, the 冬闲 冬训 of five days, 发展党员 every two years, 党费, 流动党员 and the
“七一” / 春节 慰问), 发展实绩 (集体经济 income in bands, the 集体“三资” 清理 with its 发包合同 备案 and “村账镇代管” 公开, 黑土地
保护 and 秸秆 综合利用 with 卫星 火点, 合作社 and 实用技术培训, 防返贫 走访), 乡村治理 (“四议两公开” and the 监委会's 报告, 村庄
清洁 and 清雪 after snowfall, 矛盾纠纷 with a 一票否决, 村规民约 and 红白理事会, 森林草原防火 as a deduction-only line, a 群众
满意度 in bands) and 廉洁履职 (the 小微权力清单, 警示教育 and 承诺书, 作风 as a deduction-only line).

A merged title row, a merged "考核对象：全镇各行政村党组织和村民委员会班子" line and a merged "村名：…  考核组：…  考核时间：2025年
1月" line above the header 一级指标 | 序号 | 二级指标 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分 (分值 AFTER the 评分标准). The
categories are MERGED CELLS down the 一级指标 column (first), printed on two lines without an ordinal, "班子建设\\n（20分）". 序号
(second column, numeric cells) runs 1..21 through the sheet. 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number.
考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 查阅账目, 随机抽查, 个别谈话, 实地查看, 入户问卷,
卫星监测通报, 向镇纪委核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. The 满意度 bands
sit in the 考核内容 (the 评分标准 pointing to them); two lines are deduction-only.
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
    name="zze_cun_liangwei_banzi_xlsx",
    fmt="xlsx",
    title="中共海伦市海北镇委员会2024年村“两委”班子年度考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "班子建设\n（20分）", 20, (
            Row("村“两委”班子团结协作，村党组织书记、村委会主任“一肩挑”，“两委”成员交叉任职比例达到百分之五十以上；班子成员分工"
                "明确，无推诿扯皮现象。", 5,
                "未实行“一肩挑”的扣2分；交叉任职比例未达标的扣1分；班子不团结、推诿扯皮的，酌情扣1—2分。", "查阅资料、个别谈话",
                indicator="团结协作"),
            Row("落实村党组织领导下的议事决策机制，“两委”联席会议每月至少召开1次，村级重大事项先经村党组织研究讨论。", 5,
                "联席会议每少1次扣0.5分；重大事项未经村党组织研究的，每项扣1分。", "查阅会议记录", indicator="议事决策"),
            Row("村“两委”成员实行坐班值班和“AB岗”制度，农忙季节和冬季实行弹性坐班；村干部每月撰写民情日记不少于2篇。", 4,
                "抽查无人值班的，每次扣0.5分；民情日记每少1篇扣0.1分，最多扣1分。", "随机抽查", indicator="坐班值班"),
            Row("按照每村不少于2名的标准储备村级后备力量，其中35周岁以下的不少于1名；村党组织每半年对后备力量开展一次谈话培养。", 3,
                "后备力量每少1名扣0.5分；无35周岁以下后备力量的扣1分；谈话培养每少1次扣0.5分。", "查阅资料", indicator="后备力量"),
            Row("年底“两委”成员向党员大会和村民代表会议述职述廉，接受民主测评；民主测评“满意”和“基本满意”率达到85%以上。", 3,
                "未述职的，每人扣1分；测评满意率每低5个百分点扣0.5分。", "查阅资料", indicator="述职述廉"),
        )),
        Section("党员队伍", "党员队伍\n（15分）", 15, (
            Row("支部委员会、党小组会每月召开，支部党员大会、党课每季度召开；每月开展一次主题党日；冬闲时节（11月至次年3月）组织党员"
                "开展冬训，集中学习不少于5天。", 6,
                "“三会一课”每缺1次扣0.3分，最多扣3分；主题党日每少1次扣0.3分；未开展冬训的扣2分，冬训天数不足的扣1分。",
                "查阅会议记录", indicator="组织生活"),
            Row("每两年至少发展1名党员，注重从致富带头人、返乡青年、退役军人中发展；年内确定入党积极分子不少于1名。", 4,
                "两年内未发展党员的扣2分；未确定入党积极分子的扣1分；违规发展党员的，本项不得分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月交纳党费；流动党员每季度联系一次；“七一”、春节期间走访慰问年老体弱党员和生活困难党员。", 5,
                "未按月交纳的，每人次扣0.1分，最多扣1分；流动党员联系每少1次扣0.2分，最多扣2分；未开展走访慰问的扣1分。",
                "查阅资料", indicator="党员管理"),
        )),
        Section("发展实绩", "发展实绩\n（30分）", 30, (
            Row("村集体经济组织运行规范，村集体经济年经营性收入达到5万元以上，并较上年有所增长。", 8,
                "年经营性收入20万元以上的得8分；10万元（含）至20万元的得6分；5万元（含）至10万元的得4分；5万元以下的得1分；收入较"
                "上年下降的扣1分。", "查阅账目", indicator="集体经济"),
            Row("开展农村集体“三资”清理，集体土地发包实行公开招标，发包合同报镇农村经营管理站备案；村级财务实行“村账镇代管”，每季度"
                "公开一次收支明细。", 6,
                "未开展“三资”清理的扣2分；发包合同未备案的，每份扣0.5分，最多扣2分；收支明细公开每少1次扣0.5分。",
                "查阅账目、查阅资料", indicator="“三资”管理"),
            Row("落实黑土地保护和秸秆综合利用，党员带头实施秸秆还田、保护性耕作；秋冬季秸秆禁烧期间落实“党员包片、干部包屯”值守"
                "责任。", 6,
                "秸秆综合利用率低于百分之九十的扣2分；值守责任未落实的扣1分；被卫星监测发现火点的，每个扣2分。",
                "实地查看、卫星监测通报", indicator="黑土地保护"),
            Row("村党组织领办创办合作社或家庭农场，带动群众发展特色种养和庭院经济；年内组织农民开展实用技术培训不少于2次。", 5,
                "未领办创办合作社的扣2分；技术培训每少1次扣1分；带动增收效果不明显的，酌情扣1分。", "查阅资料、实地查看",
                indicator="产业发展"),
            Row("落实防止返贫动态监测和帮扶机制，每月对脱贫户、监测户走访一次，帮扶措施精准到户；全年无新增返贫致贫。", 5,
                "走访每少1次扣0.5分；帮扶措施不落实的，每户扣0.5分；发生返贫致贫的，本项不得分。", "查阅资料、入户问卷",
                indicator="巩固衔接"),
        )),
        Section("乡村治理", "乡村治理\n（25分）", 25, (
            Row("村级重大事项落实“四议两公开”，党务、村务每季度公开一次；村务监督委员会每半年向村民代表会议报告一次工作。", 5,
                "重大事项未落实“四议两公开”的，每项扣1分；公开每少1次扣0.5分；监委会未报告的扣1分。", "查阅资料、实地查看",
                indicator="民主管理"),
            Row("每月至少开展一次村庄清洁行动，降雪后48小时内完成村屯主干道清雪；在镇人居环境季度评比中不排名末位。", 5,
                "清洁行动每少1次扣0.5分；清雪不及时的，每次扣1分；评比排名末位的，每次扣1分。", "实地查看",
                indicator="人居环境"),
            Row("每月开展一次矛盾纠纷排查化解，开展冬季取暖安全宣传；全年无越级上访，无较大以上安全事故。", 5,
                "排查每少1次扣0.5分；发生越级上访的，每起扣1分；发生较大以上安全事故的，实行一票否决，本项不得分。", "查阅资料",
                indicator="平安建设"),
            Row("修订完善村规民约，成立红白理事会，治理高价彩礼、大操大办；党员干部带头签订移风易俗承诺书。", 4,
                "村规民约未修订的扣1分；未成立红白理事会的扣1分；党员干部违规操办婚丧喜庆事宜的，每起扣2分。", "查阅资料",
                indicator="移风易俗"),
            Row("春秋两季森林草原防火期内严格管控野外用火。", 3,
                "发生森林草原火灾或野外违规用火被查处的，每起扣2分；造成重大损失的，本项不得分。", "查阅资料", indicator="森林防火"),
            Row("镇党委组织入户问卷调查群众满意度：满意度达到90%以上的得3分；80%（含）至90%的得2分；70%（含）至80%的得1分；70%"
                "以下的不得分。", 3,
                "按调查结果计分。", "入户问卷", indicator="群众评价"),
        )),
        Section("廉洁履职", "廉洁履职\n（10分）", 10, (
            Row("推行村级小微权力清单制度，清单在村务公开栏公布；每年开展廉政警示教育不少于2次，“两委”成员签订廉洁履职承诺书；"
                "“两委”成员全年无违纪违法。", 5,
                "清单未公布的扣1分；警示教育每少1次扣1分；承诺书每缺1份扣0.2分；“两委”成员受到党纪处分的，每人扣3分。",
                "查阅资料、向镇纪委核实", indicator="廉洁自律"),
            Row("村干部作风过硬，不优亲厚友、不吃拿卡要。", 5,
                "群众反映村干部作风问题经查实的，每件扣1分；村干部被镇党委约谈的，每人次扣1分；受到通报批评的，每次扣2分。",
                "向镇纪委核实", indicator="作风建设"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("说明：1.考核由镇党委统一组织，结合年底述职述廉和平时工作情况进行，各项扣分以该项分值为限，扣完为止；2.考核结果分为优秀、"
        "称职、基本称职、不称职四个等次，90分以上为优秀，75分（含）至90分为称职，60分（含）至75分为基本称职，60分以下为不称职；"
        "3.考核结果与村干部绩效报酬直接挂钩，连续两年不称职的，按程序进行调整。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "两委班子考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇各行政村党组织和村民委员会班子", ncols)
    xlsx_line(ws, "村名：                考核组：                    考核时间：2025年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([s.printed if row is s.rows[0] else None, number, row.indicator, row.text, row.scoring, row.points,
                       row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 6, 11, 48, 44, 6, 16, 7))
    wb.save(str(path))
