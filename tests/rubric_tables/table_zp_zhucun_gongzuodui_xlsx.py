"""平利县2026年度驻村工作队考核评分细则 (.xlsx), as a 陕西 县委驻村联户工作领导小组办公室 (in the 县委组织部) has each
驻村工作队 (队长 usually the 第一书记; 队员 sent by 县直单位, their 党员 编入 the village 党支部) scored by the 乡镇党委 and
checked again by the 县: 驻村管理、抓党建促乡村振兴、帮扶成效、纪律作风.

A merged title row, a merged centred "（县委驻村联户工作领导小组办公室　2026年3月印发）" line and a merged "驻村名称：…镇…村
派出单位：…  工作队长（第一书记）：…  队员：…人" line above the header 序号 | 考核内容 | 分值 | 评分标准 | 佐证材料 |
镇初评 | 县复核. The categories are SECTION ROWS merged across the sheet, printed "一、驻村管理（20分）". 序号 RESTARTS at 1
under every section row (numeric cells; item ids "1.1", "3.4" …). 分值 is a plain number. 佐证材料 (`Row.method`) names the
papers the 工作队 lays out (a 佐证 column). The two score columns are blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zp_zhucun_gongzuodui_xlsx",
    fmt="xlsx",
    title="平利县2026年度驻村工作队考核评分细则",
    numbering="restart",
    sections=(
        Section("驻村管理", "一、驻村管理（20分）", 20, (
            Row("工作队员每月在村工作不少于20天，吃住在村，执行考勤打卡和驻村日志制度；因事离村须向乡镇党委书面请假。", 6,
                "在村天数每少1天扣0.5分；驻村日志缺记的，每篇扣0.1分；未履行请假手续擅自离村的，每次扣2分。",
                "考勤打卡记录、驻村日志、请假审批单"),
            Row("工作队实行队长负责制，建立学习、例会、考勤、财务等内部管理制度；每月召开1次工作队例会，研究部署帮扶工作。", 4,
                "管理制度每缺1项扣0.5分；例会每少1次扣0.5分。", "工作队管理制度、例会记录"),
            Row("工作队每季度向派出单位党组织和乡镇党委书面报告1次驻村工作情况；派出单位主要负责人每年到村调研指导不少于2次，"
                "帮助协调解决实际问题。", 5,
                "书面报告每少1次扣0.5分；派出单位主要负责人到村调研每少1次扣1分。", "书面报告、调研指导记录"),
            Row("工作队员参加县委组织部举办的驻村干部集中培训不少于3天；每年自学乡村振兴政策和农业实用技术不少于40学时。", 5,
                "未参加集中培训的，每人扣1分；自学学时不足的，每人扣0.5分。", "培训签到表、学习笔记"),
        )),
        Section("抓党建促乡村振兴", "二、抓党建促乡村振兴（30分）", 30, (
            Row("工作队党员全部编入村党支部，按时参加村党支部“三会一课”；队长（第一书记）每年为村党员讲党课不少于2次。", 5,
                "队员党员未编入的，每人扣1分；未按时参加组织生活的，每人次扣0.2分；讲党课每少1次扣1分。", "党员编入名单、党课讲稿"),
            Row("指导村党支部规范落实组织生活：支部委员会每月召开1次，党员大会每季度召开1次，每月10日开展主题党日；党员大会参会率"
                "不低于80%（外出党员可视频参会）。", 8,
                "支委会每少1次扣0.5分；党员大会、主题党日每少1次扣0.5分；参会率每低5个百分点扣1分，最多扣2分。",
                "村党支部会议记录、签到表"),
            Row("协助村党组织加强班子建设，帮助储备35周岁以下、高中（中专）及以上学历的村级后备力量不少于2名；年内培养入党积极"
                "分子至少1名。", 5,
                "后备力量每少1名扣1分；未培养入党积极分子的扣2分。", "后备力量名册、积极分子培养材料"),
            Row("推动落实“四议两公开”，村级重大事项决策全部履行“四议两公开”程序；村务、财务每季度公开1次。", 4,
                "重大事项未履行程序的，每件扣1分；公开每少1次扣0.5分。", "重大事项决策记录、公开栏照片"),
            Row("协助村党支部建立流动党员联系台账，对外出务工党员每季度至少联系1次。", 3,
                "无联系台账的扣1分；联系每少1次扣0.5分。", "流动党员联系台账"),
            Row("协助村党组织每月开展1次矛盾纠纷排查，矛盾纠纷就地化解率达到95%以上；年内未发生越级群体性上访。", 5,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分，最高扣2分；发生越级群体性上访的，本项不得分。",
                "矛盾纠纷排查台账"),
        )),
        Section("帮扶成效", "三、帮扶成效（30分）", 30, (
            Row("全村农户入户走访率达到100%，对脱贫户、监测户每月走访1次，建立“一户一档”帮扶台账；民情日记全年不少于40篇。", 7,
                "入户走访每少10户扣0.5分；监测户走访每少1次扣0.2分；无帮扶台账的扣1分；民情日记每少1篇扣0.1分。",
                "入户走访记录、帮扶台账、民情日记"),
            Row("落实防止返贫动态监测和帮扶机制，每月开展1次监测排查，监测对象应纳尽纳、应帮尽帮；全年不发生规模性返贫。", 6,
                "监测排查每少1次扣0.5分；监测对象漏纳的，每户扣1分；发生规模性返贫的，本项不得分。", "监测排查记录"),
            Row("年初制定驻村帮扶计划，争取帮扶项目不少于2个、帮扶资金不少于20万元；村集体经济年收入较上年增长10%以上。", 8,
                "未制定帮扶计划的扣1分；帮扶项目每少1个扣1分；帮扶资金未达到的按比例扣分；集体经济收入增长10%以上得3分，5%（含）"
                "—10%得2分，0—5%得1分，负增长不得分。", "帮扶计划、项目资料、集体经济收支账目"),
            Row("工作队每年为群众办实事不少于5件，建立办实事清单，实行“交账销号”。", 4,
                "办实事每少1件扣0.5分；无办实事清单的扣1分。", "办实事清单"),
            Row("群众满意度：年底由县考核组随机入户测评，每村抽取农户不少于30户。", 5,
                "满意度90%以上得5分；80%（含）—90%得3分；70%（含）—80%得1分；70%以下不得分。", "满意度测评表"),
        )),
        Section("纪律作风", "四、纪律作风（20分）", 20, (
            Row("严守中央八项规定精神和驻村工作纪律，不接受宴请、不收受礼品礼金、不插手村级工程项目；全年无违纪违规问题。", 6,
                "违反驻村纪律被查实的，每起扣3分；受到党纪政务处分的，实行一票否决，本项不得分。", "县纪委监委驻组织部纪检监察组核实"),
            Row("年初与派出单位、乡镇党委签订驻村帮扶责任书；年底形成驻村工作总结，队长向乡镇党委述职。", 6,
                "责任书、总结每缺1项扣2分；队长未述职的扣2分。", "责任书、工作总结、述职报告"),
            Row("加强驻村工作宣传，每半年在县级以上媒体或“平利组工”公众号刊发驻村工作信息不少于1条。", 3,
                "信息每少1条扣1分。", "刊发截图"),
            Row("县、镇两级不定期开展在岗抽查，工作队员每次抽查均在岗在位。", 5,
                "抽查1次不在岗的扣2分；2次及以上不在岗的，本项不得分，并提请派出单位召回调整。", "县驻村办抽查通报"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "评分标准", "佐证材料", "镇初评", "县复核"]
NOTE = ("说明：1.考核每年12月进行，由乡镇党委初评、县委驻村办组织复核，复核得分为最终得分；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核结果分为优秀、合格、基本合格、不合格四个等次，得分90分以上且排名前20%的可评为优秀，低于60分的确定为不合格，"
        "考核结果送派出单位作为干部年度考核、评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "驻村工作队考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "（县委驻村联户工作领导小组办公室　2026年3月印发）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_line(ws, "驻村名称：      镇      村    派出单位：                    工作队长（第一书记）：            队员：    人",
              ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 52, 6, 46, 22, 8, 8))
    wb.save(str(path))
