"""湖州市第三人民医院2025年度临床党支部工作考核评分表 (.xlsx), as the 院党委 of the 湖州 精神卫生中心 in 浙江 (its 党委办公室 with the 医务部,
the 护理部, the 公共卫生科 and the 院纪委, a 考核组 in December) scores the 党支部 of its 临床 病区: a psychiatric hospital by the 太湖 whose
封闭病区 keep the doors locked and the 危险物品 out, whose 护士 walk the corridors every hour through the night, whose 医生 must write a 医嘱 and
get the 家属's signature before a 保护性约束, whose 精神药品 sit behind two locks, whose 党员 医护 go down to the 社区卫生服务中心 to follow the
严重精神障碍患者 of the 区县 and answer the “12356” 心理援助热线 at three in the morning, whose 科主任 are asked to be “双带头人”: 政治建设 (a
monthly 集中学习 with 32学时 and the 倒班 补学; the 书记's two 党课 and the 科主任's one, a yearly 现场教学 and the “七一” 誓词; a half-yearly
研判 with the 审核 and a quarterly 医德医风教育), 组织建设 (the “三会一课” with the 党小组 of each 病区, the 签到 and no 补记; the monthly 主题党日 with
the “世界精神卫生日” 义诊 and the 参加率; the 组织生活会 with 谈心谈话, 征求意见, 民主评议 and the 整改清单; two 积极分子 and one 发展 a year with
the 公示 and a 一票否决, 党费 with a half-yearly 公示; the “双带头人”, the 换届, the 分工 and the 书记's 培训), 党建业务融合 (the 先锋岗 of each
病区 with the 医嘱, the 记录 and the 知情同意 of the 约束 and the 满意度 in bands; the 24小时 巡视 with a monthly 安全检查, a quarterly 演练, the
双人双锁 and a 一票否决; the 服务队 with two 下沉 a month, the 随访率 and six 讲座 a year; the 热线 with the 接通率, the 转介 and a quarterly 督导;
one 课题 a year with one 论文 or 新技术 a head and the 结对) and 作风建设 (a yearly 风险点排查, a half-yearly 警示教育 and the 集体决策; a deduction-
only line on 投诉; the 年初 计划, the 责任书, the 年底 述职 with its 满意度 and the 年终 总结).

A merged title row, a merged "考核对象：院党委所属各临床党支部" line and a merged "党支部： 考核组： 考核日期：" line above the header 序号 | 考核维度
| 考核指标 | 考核标准 | 分值 | 评分方法 | 佐证材料 | 得分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting. The
categories are MERGED CELLS down the 考核维度 column (SECOND), printed WITH an ordinal and their points on a SECOND line, "一、政治建设\\n
（16分）". 考核指标 is a short sub-label (`Row.indicator`); 考核标准 says what is required (`Row.text`). 分值 is a plain number BEFORE the 评分
方法. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 院纪委、医务部提供). 得分 is blank. A 合计
row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月开展一次", "每年…不少于
32学时", "每年讲党课不少于2次", "每年讲党课不少于1次", "每年组织一次", "“七一”", "每半年研判一次", "每季度开展一次", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年不少于1次", "每年召开一次", "年内…不少于2名", "每年至少
发展党员1名", "按月", "每半年公示一次", "每年…不少于1次", "24小时", "每小时…不少于1次", "每月开展一次", "每季度组织一次", "每月…不少于2次",
"30日内", "年内…不少于6场", "24小时", "每季度开展一次", "年内…不少于1项", "每人每年…不少于1项", "每年开展一次", "每半年开展一次", "年初",
"年底", "年终"); "不少于1个", "不少于1名"; "不少于5个工作日"; "百分之八十五", "百分之九十", "百分之九十五"; "最高扣" caps; "酌情扣0.5分" twice
and "酌情扣0.5-1分" once; one set of bands (a 住院患者 满意度 for 3 of the 8 points closed by "85%以下的不得分"); two "实行一票否决，本项不得分";
five other plain "本项不得分"; one line is deduction-only.
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
    name="zzzw_huzhou_disan_yiyuan_linchuang_zhibu_xlsx",
    fmt="xlsx",
    title="湖州市第三人民医院2025年度临床党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（16分）", 16, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加学习培训不少于32学时；倒班医护人员通过线上平台补学。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的每人扣0.1分，最高扣1分；倒班人员未补学的，酌情扣0.5分。",
                "学习记录、学时登记表、线上学习截图", indicator="理论学习"),
            Row("支部书记每年讲党课不少于2次，科主任（护士长）党员每年讲党课不少于1次；每年组织一次红色教育现场教学；“七一”开展重温入党誓词"
                "活动。", 5,
                "书记讲党课每少1次扣1分；科主任（护士长）未讲党课的，每人扣0.5分；未开展现场教学的扣1分；未重温入党誓词的扣0.5分。",
                "党课讲稿、签到表、活动照片", indicator="党性教育"),
            Row("每半年研判一次意识形态形势；科室微信公众号、宣传栏发布内容经支部审核；每季度开展一次医德医风教育，组织学习《医疗机构工作人员"
                "廉洁从业九项准则》。", 6,
                "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分；医德医风教育每少1次扣0.5分；发生涉医负面舆情造成不良影响的，本项不得分。",
                "研判记录、审核登记表、教育签到表", indicator="意识形态和医德医风"),
        )),
        Section("组织建设", "二、组织建设\n（28分）", 28, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；按病区设立党小组；会议记录完整，签到"
                "齐全。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；未按病区设立党小组的扣0.5分；记录不完整或无签到的，每次扣0.1分，最高扣1分；存在补记、"
                "代签的，本项不得分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动；结合“世界精神卫生日”开展心理健康义诊宣传每年不少于1次；党员参加率不低于百分之八十五。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；未开展义诊宣传的扣1分；参加率每低5个百分点扣0.3分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求患者及家属意见；开展民主评议党员；会后建立整改清单。", 5,
                "未召开的扣2分；未开展谈心谈话或未征求意见的扣0.5分；未开展民主评议的扣1分；无整改清单的扣0.5分；批评和自我批评流于形式的，酌情"
                "扣0.5分。", "会议记录、谈心谈话记录、征求意见表、整改清单", indicator="组织生活会"),
            Row("注重在青年医生、护理骨干中发展党员，年内确定入党积极分子不少于2名，每年至少发展党员1名；发展对象公示不少于5个工作日；党员按月"
                "交纳党费，党费收缴情况每半年公示一次。", 5,
                "积极分子每少1名扣0.5分；全年未发展党员的扣1分；未公示的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；"
                "违反程序发展党员的，实行一票否决，本项不得分。", "发展党员档案、党费收缴台账、公示照片", indicator="党员发展和管理"),
            Row("支部书记由具有高级职称的科主任或学科带头人担任；支部按期换届，支委分工明确；支部书记每年参加院党委组织的培训不少于1次。", 5,
                "支部书记不是“双带头人”的扣1.5分；未按期换届的扣1.5分；分工不明确的扣0.5分；书记未参加培训的扣0.5分。",
                "换届选举材料、分工文件、培训证书", indicator="支部班子"),
        )),
        Section("党建业务融合", "三、党建业务融合\n（38分）", 38, (
            Row("每个病区设立党员先锋岗不少于1个，党员亮身份；党员带头规范实施保护性约束、隔离措施，做到有医嘱、有记录、有家属知情同意；住院"
                "患者满意度不低于百分之九十。", 8,
                "未设立先锋岗的，每个病区扣1分；约束、隔离措施无医嘱或无记录的，每例扣0.5分，最高扣2分；无知情同意书的，每例扣0.5分；满意度95%"
                "以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                "先锋岗名单、约束记录、知情同意书、满意度调查表", indicator="先锋岗和医疗质量"),
            Row("封闭病区落实24小时巡视制度，夜间每小时巡视不少于1次；每月开展一次病区危险物品安全检查；每季度组织一次防自杀、防出走应急演练；"
                "精神药品实行双人双锁管理。", 7,
                "巡视记录不全的，每次扣0.2分，最高扣1分；安全检查每少1次扣0.5分；演练每少1次扣1分；精神药品管理不规范的扣1分；发生患者自杀、出走"
                "等严重不良事件且负有责任的，实行一票否决，本项不得分。", "巡视记录、安全检查记录、演练照片", indicator="病区安全"),
            Row("党员医护人员组建社区精神卫生服务队，每月下沉社区卫生服务中心不少于2次，对严重精神障碍患者开展随访指导；出院患者30日内随访率"
                "达到百分之九十五；年内开展心理健康讲座进社区、进学校不少于6场。", 8,
                "未组建服务队的扣1分；下沉每少1次扣0.3分，最高扣2分；随访率每低1个百分点扣0.2分，最高扣2分；讲座每少1场扣0.5分。",
                "服务队名单、下沉签到表、随访登记表、讲座照片", indicator="社区精神卫生服务"),
            Row("支部党员承担“12356”心理援助热线接听任务，热线实行24小时值守；来电接通率不低于百分之九十；高危来电按规定转介，转介记录完整；"
                "每季度开展一次接线员督导。", 7,
                "热线未24小时值守的，每次扣1分；接通率每低5个百分点扣0.5分；高危来电未按规定转介的，每例扣1分；督导每少1次扣0.5分；因处置不当"
                "造成严重后果的，本项不得分。", "值班表、转介记录、督导记录", indicator="心理援助热线"),
            Row("组建党员科研攻关小组，年内申报市级以上科研课题不少于1项；党员医生每人每年发表论文或开展新技术新项目不少于1项；党员与青年医护"
                "人员“传帮带”结对，每名党员结对不少于1名。", 8,
                "未申报课题的扣2分；党员医生未完成的，每人扣0.3分，最高扣1.5分；未开展结对的扣1分；结对培养无成效的，酌情扣0.5-1分。",
                "课题申报书、论文清单、结对协议", indicator="科研和人才培养"),
        )),
        Section("作风建设", "四、作风建设\n（18分）", 18, (
            Row("严格执行《医疗机构工作人员廉洁从业九项准则》；每年开展一次廉政风险点排查；每半年开展一次警示教育；药品、耗材采购落实集体决策。",
                7,
                "未开展风险点排查的扣1分；警示教育每少1次扣0.5分；采购未集体决策的，每次扣1分；党员医务人员收受“红包”、回扣的，本项不得分。",
                "风险点排查表、警示教育签到表、会议纪要", indicator="廉洁从业"),
            Row("党员医务人员因服务态度、医疗质量被患者及家属投诉且查证属实的（本项为扣分项）。", 5,
                "每起扣1分；被市卫生健康委通报批评的，每次扣2分；引发医疗纠纷造成恶劣影响的，本项不得分。", "院纪委、医务部提供",
                indicator="医患关系"),
            Row("年初制定支部工作计划；与院党委签订党建工作责任书；年底支部书记抓党建述职，述职满意度不低于百分之八十五；年终形成工作总结。", 6,
                "无计划的扣1分；未签订责任书的扣0.5分；未述职的扣2分；满意度低于85%的扣1分；无总结的扣1分。",
                "工作计划、责任书、述职报告、测评表、工作总结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "考核维度", "考核指标", "考核标准", "分值", "评分方法", "佐证材料", "得分"]
NOTE = ("说明：1.本表由院党委于12月组织考核，采取查阅资料、实地查看、系统核查、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；3.住院患者满意度以第三方满意度调查结果为准，热线数据以“12356”心理援助热线平台统计为准；4.考核得分90分以上的为“优秀”，"
        "80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与“双带头人”支部书记年度考核和科室绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "临床党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：院党委所属各临床党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (6, 12, 12, 44, 6, 46, 22, 7))
    wb.save(str(path))
