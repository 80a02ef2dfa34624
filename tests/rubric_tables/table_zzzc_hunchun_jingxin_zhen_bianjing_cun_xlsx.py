"""中共珲春市敬信镇委员会2025年度边境村党组织“强边固防”党建工作考核评分表 (.xlsx), as a 吉林 延边 珲春 边境 镇党委 (its 党建办 with the
综治中心, the 边境管理 联络员 and the 镇纪委, a 考核组 going round each 村 in December with the 边境派出所) scores the 村党支部 of the 图们江
downstream where 中、朝、俄 meet near the 防川: 朝鲜族 and 汉族 村民, many of the young working in 韩国 and in the cities, 稻田 and 黄牛
on the river flats, 护边员 on the 界河 and the 森林防火 each spring and autumn: 组织建设 (the “两委” under 40 with the 书记 living in the 村
and the 后备力量 under 35, the “三会一课” without 党小组会 with the monthly 主题党日 and a quarterly 汇报 of the 在外 党员, the 出国（境）务工
党员台账 with the 谈话提醒 and a quarterly 联系, 党费 with the 国旗、党旗 and a quarterly 国门教育), 守边固防 (the 党员护边队 with four 巡边
a month and a quarterly 联合巡逻, the 共建协议 with a half-yearly 联防联席会议 and two 培训, the “十户联防” with the 边情信息报告制度, the
知晓率 and a 一票否决, a monthly 更新 of the 底数台账 with the 登记率, the 扑火演练 with the 包片责任表), 兴边富民 (the 集体收入 in bands with
the “三资”台账 and a quarterly 公开, the 合作经济组织 with the 入社 比例 and two 培训班, two 返乡 with the 关爱台账 and a monthly 探访, a
half-yearly “民族团结一家亲” with a monthly 志愿服务), 服务群众 (a monthly 矛盾纠纷排查 with the 调解成功率, the 代办 办结率 with two 实事 and
their 公布, a 满意度 in bands) and 责任落实 (the 年初 责任书, the 年底 述职, the 半年 and 年度 总结; a deduction-only line on 走私 and 偷越国
（边）境).

A merged title row, a merged "考核对象：敬信镇所辖各边境村党支部" line and a merged "村名：…  村党支部书记：…  考核组：…  考核时间：…" line
above the header 序号 | 考核类别 | 考核要点 | 分值 | 扣分标准 | 佐证材料 | 得分. 序号 (FIRST column, numeric cells) runs 1..18 through the whole
sheet, NOT restarting. The categories are MERGED CELLS down the 考核类别 column (SECOND), printed WITH an ordinal on ONE line, "一、组织建设
（22分）". 分值 comes BEFORE the 扣分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 村 lays out, joined by "、" (twice a
way of checking: 镇党委组织测评, 镇纪委、边境派出所提供). 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in
figures and Chinese numerals ("每季度至少向支部汇报一次", "每季度至少联系一次", "每季度至少开展一次", "每半年召开一次", "每月更新一次", "每
半年至少开展一次", "每月组织一次"); "不少于4次", "不少于1次", "不少于2次", "2期以上", "不少于2人", "不少于2件"; "1小时内"; "最高扣" caps;
"酌情扣1-2分" twice, "酌情扣0.5-1分" and "酌情扣1分" three times; two sets of bands (a 集体收入 in 万元 closed by "10万元以下的不得分", a
满意度 closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; two plain "本项不得分"; one line is deduction-only.
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
    name="zzzc_hunchun_jingxin_zhen_bianjing_cun_xlsx",
    fmt="xlsx",
    title="中共珲春市敬信镇委员会2025年度边境村党组织“强边固防”党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（22分）", 22, (
            Row("村“两委”班子成员中40周岁以下的不少于1名；村党支部书记由常住本村的党员担任；储备35周岁以下村级后备力量不少于2名，优先从"
                "退役军人、返乡青年中选拔。", 5,
                "40周岁以下成员缺员的扣1分；书记长期不在村的扣2分；后备力量每少1名扣0.5分；班子不团结、成员长期在外影响工作的，酌情扣"
                "1-2分。", "“两委”成员名册、后备力量名册"),
            Row("落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次（党员人数较少、不设党小组的村可不召开党小组"
                "会）；每月开展主题党日；在外务工党员通过微信群参学，每季度至少向支部汇报一次思想和工作情况。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分；在外党员汇报每少1人次扣0.1分，最高扣1分。",
                "会议记录本、签到表、微信群参学截图"),
            Row("建立出国（境）务工党员台账，党员出国（境）前由支部书记进行谈话提醒，按规定办理党籍管理手续；与出国（境）务工党员每季度至少"
                "联系一次。", 5,
                "无出国（境）务工党员台账的扣1分；未进行谈话提醒的，每人扣0.5分；党籍管理不规范的扣1分；联系每少1次扣0.2分。",
                "出国（境）务工党员台账、谈话记录、联系记录"),
            Row("党员按月交纳党费；村级组织活动场所规范悬挂国旗、党旗，设置“国门教育”展室或展板，每季度至少开展一次国门教育、民族团结"
                "教育。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；国旗、党旗未按规定悬挂或场所标识不规范的扣1分；教育活动每少1次扣0.5分。",
                "党费收缴台账、活动记录、活动照片"),
        )),
        Section("守边固防", "二、守边固防（28分）", 28, (
            Row("组建“党员护边队”，党员护边员每月参与巡边不少于4次，巡边记录完整；配合边境派出所、驻地部队开展联合巡逻，每季度不少于1次。",
                8, "未组建党员护边队的扣2分；巡边次数不足的，每人每月扣0.1分，最高扣3分；巡边记录不完整的，酌情扣0.5-1分；联合巡逻每少1次"
                "扣0.5分。", "护边队名单、巡边记录、联合巡逻照片"),
            Row("与驻地边防连队、边境派出所签订军警民共建协议，每半年召开一次军警民联防联席会议；每年组织民兵、护边员参加边境管控培训不少于"
                "2次。", 6,
                "未签订共建协议的扣1分；联席会议每少1次扣1分；培训每少1次扣0.5分。", "共建协议、会议纪要、培训签到表"),
            Row("落实“十户联防”和边情信息报告制度，发现可疑人员、异常情况1小时内报告；村民边情报告知晓率达到95%以上。", 6,
                "“十户联防”未落实的，酌情扣1-2分；迟报、漏报边情信息的，每次扣1分；知晓率每低5个百分点扣0.5分；发生涉边重大案（事）件且"
                "瞒报的，实行一票否决，本项不得分。", "联防户名单、入户问卷"),
            Row("对常住人口、出国（境）务工人员、外来人员实行网格化管理，每月更新一次人员底数台账；出国（境）务工人员信息登记率达到100%。", 4,
                "台账每少更新1次扣0.2分；登记率每低5个百分点扣0.5分；人员底数不清的，酌情扣1分。", "人员底数台账"),
            Row("春秋两季森林防火期内，党员包片巡山护林；防火期内组织扑火演练不少于1次；不发生森林火灾。", 4,
                "未组织扑火演练的扣1分；包片巡护不到位的，酌情扣1分；发生森林火灾的，本项不得分。", "包片责任表、演练照片"),
        )),
        Section("兴边富民", "三、兴边富民（25分）", 25, (
            Row("发展壮大村级集体经济，依托边境旅游、稻米种植、黄牛养殖等增加集体收入，村集体经济年收入达到15万元以上；集体“三资”台账完整，"
                "收支情况每季度公开一次。", 8,
                "集体收入30万元以上的得5分，15万元（含）至30万元的得4分，10万元（含）至15万元的得2分，10万元以下的不得分；“三资”台账不完整"
                "的扣1分；收支公开每少1次扣0.5分。", "村级财务报表、“三资”台账、公开栏照片"),
            Row("村党支部领办创办黄牛养殖、有机稻米等合作经济组织，带动入社农户占全村农户的比例达到50%以上；年内举办养殖、种植实用技术培训班"
                "2期以上；党员带头发展庭院经济。", 6,
                "未领办创办合作经济组织的扣2分；入社农户比例每低10个百分点扣0.5分；培训班每少1期扣0.5分；党员带头作用不明显的，酌情扣1分。",
                "合作社章程、入社农户名册、培训签到表"),
            Row("对长期在外务工人员开展返乡创业就业动员，年内动员返乡创业就业不少于2人；对留守老人、独居老人建立关爱台账，党员每月至少上门"
                "探访一次。", 6,
                "返乡动员每少1人扣0.5分；无关爱台账的扣1分；探访每少1次扣0.2分，最高扣2分。", "返乡人员登记表、关爱台账、探访记录"),
            Row("创建民族团结进步示范村，每半年至少开展一次“民族团结一家亲”活动；党员带头参与“干净人家”评比和村庄环境整治，每月组织一次党员"
                "志愿服务。", 5,
                "民族团结活动每少1次扣0.5分；志愿服务每少1次扣0.3分；村容村貌被市级以上通报的，每次扣1分。", "活动记录、活动照片"),
        )),
        Section("服务群众", "四、服务群众（15分）", 15, (
            Row("村调委会每月开展一次矛盾纠纷排查，调解成功率达到95%以上；涉边、涉外（跨境婚姻、出国务工劳务）纠纷及时上报镇综治中心。", 5,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.3分，最高扣2分；涉边涉外纠纷未及时上报的，每件扣1分；发生越级上访的，每起"
                "扣2分。", "排查台账、调解卷宗"),
            Row("村党群服务中心落实坐班值班，为边民代办边民证、出入境证件等事项，代办事项办结率达到98%以上；每年为民办实事不少于2件，办理"
                "结果张榜公布。", 5,
                "未落实坐班值班的扣1分；办结率每低1个百分点扣0.2分；实事每少1件扣1分；办理结果未公布的扣0.5分。",
                "值班记录、代办台账、公布照片"),
            Row("年底由镇党委组织群众测评，村党支部群众满意度达到85%以上。", 5,
                "满意度90%以上的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "镇党委组织测评"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("村党支部书记年初签订“强边固防”责任书，年底向镇党委述职；村党支部年中报送半年工作总结，年底报送年度工作总结。", 5,
                "未签订责任书的扣1分；未述职的扣2分；半年总结、年度总结每缺1项扣1分。", "责任书、述职报告、工作总结"),
            Row("村干部、党员参与走私、非法越境或帮助他人偷越国（边）境，违规套取惠农、兴边富民资金（本项为扣分项）。", 5,
                "党员受到党纪政务处分的，每人次扣2分；被市级以上通报的，每次扣1分；村党支部书记受到处分或发生党员参与走私、偷越国（边）境"
                "问题的，本项不得分。", "镇纪委、边境派出所提供"),
        )),
    ),
)

HEADER = ["序号", "考核类别", "考核要点", "分值", "扣分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由镇党委于12月组织考核，镇纪委、综治中心参加，边境派出所协助，采取查阅资料、实地察看、入户走访、随机问卷相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的"
        "为“差”；4.考核结果与村干部绩效报酬、护边员补贴发放挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "边境村考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：敬信镇所辖各边境村党支部", ncols)
    xlsx_line(ws, "村名：            村党支部书记：            考核组：            考核时间：", ncols)
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
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 12, 48, 6, 48, 22, 7))
    wb.save(str(path))
