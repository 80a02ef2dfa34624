"""岳池县中医医院2025年度内科党支部党建工作考核评分表 (.docx), as the 院党委 of the 县中医医院 of 四川 广安 岳池 (its 党委办公室 with the 医务科,
the 质控科, the 护理部, the 治未病中心 and the 纪检监察室, a 考核组 going through the 内科楼 in December) scores the 党支部 of the 内科 科室: the
心病科, 肺病科, 脑病科, 脾胃病科 and 肾病科 whose 医师 write both the 中药饮片 and the 西药, the 名老中医 of the 县 who still sit in the 门诊 on
Tuesdays with their 徒弟, the 穴位贴敷 queues in the 三伏 and the 三九, the 医共体 中医馆 of the 乡镇卫生院 down the 渠江 to which the 党员 go to teach:
a table whose 评分标准 REPEATS each requirement before scoring it ("每月组织一次集中学习，每少1次扣0.3分"): 政治建设 (a monthly 集中学习, a quarterly
专题研讨 and 32学时; the 重大事项 by the 支委会, the 书记 at the 主任办公会 and the 记录; a half-yearly 研判, the 审核 and no 舆情), 组织建设 (the
“三会一课” with one 党课 by the 书记 and the 记录; the monthly 主题党日, the 参加率, the 签到表 and 照片; the 组织生活会, the 民主评议, the 征求意见 and
the 谈心谈话; one 积极分子, the 7天 公示 and a 一票否决; 党费 按月, a half-yearly 公示, a quarterly 联系 and the 党员 科室主任 占比), 业务融合 (four
先锋岗, the 党徽, the 年初 承诺 and the 年底 评诺; three 适宜技术 each and the 饮片处方占比 in bands; two 徒弟, the 师承协议 and a monthly 跟师; the
病历甲级率, the 不良事件 and no 事故; a quarterly 义诊, six 下沉指导 and the 照片; two 三伏、三九 services and the 健康管理率; the 满意度, the 投诉
and a 一票否决 on 红包) and 作风与责任 (the 年初 计划, the 年终 总结, the 年底 述职 and the “好”的比例; a quarterly 廉洁 教育, the 承诺书 签订率 and
the 处分).

The title (bold, centred), a centred "（考核对象：…）" line and a "党支部书记： 考核人： 考核日期：" paragraph above one table: 序号 | 考核项目 | 考核
内容 | 评分标准 | 分值 | 考核方式. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal in brackets and its points on
one line, "（一）政治建设（15分）". 序号 (FIRST column) runs 1..17 through the whole table, NOT restarting under the section rows. 考核项目 is a short
sub-label (`Row.indicator`); 考核内容 says what is required (`Row.text`); the 评分标准 (`Row.scoring`) repeats each requirement with its figure and
then scores it; 分值 is a plain number AFTER the 评分标准; 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 查阅会议记录, 个别谈话,
查阅档案, 查阅台账, 实地查看, 抽查考核, HIS系统统计, 病历抽查, 问卷测评, 院党委测评, 部门提供): no papers. A 合计 row of 100 closes the table; a
"备注：" paragraph follows it. Counts in figures and Chinese numerals, in the 考核内容 and again in the 评分标准 ("每月组织一次", "每季度开展一次", "每年
…不少于32学时", "每半年分析研判一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次",
"每月开展一次", "不低于百分之八十五", "每年召开", "年内…不少于1名", "不少于7天", "按月", "每半年公示一次", "每季度联系一次", "百分之五十", "不少于4个",
"年初", "年底", "不少于3项", "百分之三十", "不少于2名", "每月开展一次", "百分之九十五", "每季度参加一次", "每年…不少于6次", "每年…不少于2次", "百分之
七十", "百分之九十", "年初", "年终", "年底", "不低于百分之七十", "每季度开展一次", "100%"); "最高扣" caps; "酌情扣0.5-1分" once; one set of bands (the
中药饮片处方占比, for 3 of the 6 points, closed by "20%以下的不得分"); two "实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzze_yuechi_zhongyiyuan_neike_zhibu_docx",
    fmt="docx",
    title="岳池县中医医院2025年度内科党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("每月组织一次党员集中学习；每季度开展一次专题研讨；党员每年参加学习培训不少于32学时。", 5,
                "每月组织一次集中学习，每少1次扣0.3分；每季度开展一次专题研讨，每少1次扣0.5分；党员每年学习培训不少于32学时，学时不足的，每人扣0.1分，"
                "最高扣1分。", "查阅资料", indicator="理论学习"),
            Row("支部参与科室重大事项讨论决策，科室绩效分配、评先评优、大型设备购置等事项经支部委员会研究；支部书记参加科室主任办公会。", 5,
                "科室重大事项须经支委会研究，未经研究的每件扣1分，最高扣3分；支部书记应参加科室主任办公会，未参加的扣1分；研究讨论无会议记录的扣1分。",
                "查阅会议记录、个别谈话", indicator="参与决策"),
            Row("每半年分析研判一次科室意识形态和党员思想动态；科室微信群、公众号发布信息实行审核。", 5,
                "每半年分析研判一次，每少1次扣1分；发布信息须经审核，未经审核的，每次扣0.5分；发生负面舆情造成不良影响的，本项不得分。", "查阅资料",
                indicator="意识形态"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次。", 8,
                "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣4分；支部书记每年讲党课"
                "不少于1次，未讲的扣1分；会议记录不规范的，酌情扣0.5-1分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日，党员参加率不低于百分之八十五；结合中医药特色开展“中医药文化进社区”等主题活动。", 5,
                "每月开展一次主题党日，每少1次扣0.3分，最高扣2分；党员参加率不低于85%，每低5个百分点扣0.3分；活动无签到表、照片的，每次扣0.2分。",
                "查阅资料", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；会前广泛征求意见、开展谈心谈话。", 5,
                "每年召开组织生活会，未召开的扣2分；开展民主评议党员，未开展的扣1分；会前征求意见、开展谈心谈话，缺一项扣0.5分。",
                "查阅资料、个别谈话", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名，注重在中医药学科骨干、青年医师中发展党员；发展对象公示不少于7天。", 6,
                "年内确定入党积极分子不少于1名，未确定的扣1分；发展对象公示不少于7天，公示不足的扣1分；违反程序发展党员的，实行一票否决，本项"
                "不得分。", "查阅档案", indicator="发展党员"),
            Row("党员按月交纳党费，每半年公示一次；外出进修、规培党员每季度联系一次；支部所属科室主任中党员占比达到百分之五十。", 6,
                "党员按月交纳党费，未按月交纳的，每人次扣0.1分，最高扣1分；每半年公示一次，每少1次扣0.5分；外出党员每季度联系一次，每少1次扣0.2分；"
                "科室主任中党员占比达到50%，每低10个百分点扣0.5分。", "查阅台账", indicator="党员管理"),
        )),
        Section("业务融合", "（三）业务融合（40分）", 40, (
            Row("设立党员先锋岗、党员责任区不少于4个，党员佩戴党徽亮明身份；年初公开承诺，年底践诺评诺。", 5,
                "设立党员先锋岗、责任区不少于4个，每少1个扣0.5分；党员未佩戴党徽的扣0.5分；年初未公开承诺的扣1分；年底未评诺的扣1分。",
                "实地查看", indicator="先锋岗"),
            Row("推广中医适宜技术，每名党员医师掌握中医适宜技术不少于3项；科室中药饮片处方占比达到百分之三十。", 6,
                "每名党员医师掌握中医适宜技术不少于3项，抽查不达标的，每人扣0.3分，最高扣1.5分；中药饮片处方占比30%以上的得3分，25%（含）—30%的得2分，"
                "20%（含）—25%的得1分，20%以下的不得分。", "抽查考核、HIS系统统计", indicator="中医特色"),
            Row("落实名老中医药专家学术经验传承，党员专家每人带徒不少于2名，签订师承协议；每月开展一次病例讨论或跟师学习。", 5,
                "党员专家每人带徒不少于2名，每少1名扣0.5分；未签订师承协议的扣1分；每月开展一次病例讨论或跟师学习，每少1次扣0.2分，最高扣1分。",
                "查阅资料", indicator="师承传承"),
            Row("病历甲级率达到百分之九十五；院内感染、医疗差错等不良事件及时上报。", 6,
                "病历甲级率达到95%，每低1个百分点扣0.3分，最高扣3分；不良事件应及时上报，未及时上报的，每例扣0.5分；发生医疗事故的，本项不得分。",
                "病历抽查", indicator="医疗质量"),
            Row("党员每季度参加一次“中医药下乡”义诊或健康讲座；对口帮扶乡镇卫生院中医馆，每年下沉指导不少于6次。", 6,
                "党员每季度参加一次义诊或健康讲座，每少1次扣0.5分；每年下沉指导不少于6次，每少1次扣0.3分；活动无照片的扣0.5分。", "查阅资料",
                indicator="服务基层"),
            Row("开展“治未病”服务，每年三伏、三九期间开展穴位贴敷等服务不少于2次；辖区65岁以上老年人中医药健康管理率达到百分之七十。", 6,
                "每年三伏、三九期间开展服务不少于2次，每少1次扣1分；中医药健康管理率达到70%，每低5个百分点扣0.5分，最高扣2分。", "部门提供",
                indicator="治未病"),
            Row("门诊、住院患者满意度达到百分之九十；党员医务人员不收受红包、回扣。", 6,
                "患者满意度达到90%，每低1个百分点扣0.5分，最高扣3分；被患者有效投诉的，每件扣1分；收受红包、回扣被查实的，实行一票否决，本项不得分。",
                "问卷测评", indicator="医德医风"),
        )),
        Section("作风与责任", "（四）作风与责任（15分）", 15, (
            Row("年初制定支部工作计划，年终形成工作总结；支部书记年底向院党委述职，述职测评“好”的比例不低于百分之七十。", 7,
                "年初制定支部工作计划，无计划的扣1分；年终形成工作总结，无总结的扣1分；支部书记年底向院党委述职，未述职的扣2分；述职测评“好”的比例"
                "低于70%的扣1分。", "查阅资料、院党委测评", indicator="责任落实"),
            Row("每季度开展一次廉洁从业教育；党员签订医务人员廉洁从业“九项准则”承诺书，签订率100%；党员无违纪违法行为。", 8,
                "每季度开展一次廉洁从业教育，每少1次扣0.5分；承诺书签订率100%，每少1人扣0.2分，最高扣1分；党员受到党纪政务处分的，每人扣3分。",
                "查阅资料、部门提供", indicator="廉洁从业"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式"]
NOTE = ("备注：本表由院党委于12月组织考核，医务科、质控科、治未病中心、纪检监察室配合，采取查阅资料、系统统计、病历抽查、实地查看、个别谈话、问卷"
        "测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；中药饮片处方占比以医院HIS系统统计为准，病历甲级率以质控科终末病历质控结果为准；"
        "考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与科室绩效和支部书记年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：内科党支部，含心病科、肺病科、脑病科、脾胃病科、肾病科）")
    document.add_paragraph("党支部书记：                考核人：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
