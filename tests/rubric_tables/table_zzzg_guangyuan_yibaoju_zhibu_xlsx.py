"""广元市医疗保障局机关党委2025年度党支部建设考核评分表 (.xlsx), as a 四川 广元 市医疗保障局 机关党委 (its 办公室 with the 待遇保障科, the
基金监管科 and the 驻局纪检监察组, a 考核组 going round the 支部 in mid-December) scores the 党支部 of a 医保局 whose 经办大厅 handles the
城乡居民医保 and the 异地就医 of a 川北 city of mountain 县区, whose 基金监管 staff go out to the 定点医院 and 药店, and whose 党员 each keep a
联系 乡镇 医保工作站: 政治建设 (the “第一议题” with a monthly 集中学习, a quarterly 专题研讨 and 40学时, a half-yearly 意识形态 专题会议 with the
“三审三校” and a “本项不得分”, a quarterly 警示教育 with a yearly 廉政谈话, two 请示报告 a year), 组织建设 (the 换届 with its 请示、选举结果
报告 and 批复 and the 党小组名单, the “三会一课” with the 书记's and the 班子成员's 党课 and a “本项不得分” for 补记, the monthly 主题党日 with two
“进村入户” and the 参加率, the 组织生活会 with 民主评议, 征求意见, 谈心谈话, the 整改台账 and the 通报, the 积极分子 with a quarterly 谈话, the
台账 目录), 党员教育管理 (党费 with the July 核定 and a half-yearly 公示, three 示范岗 with a quarterly 评选 and its 公示, the “七一”、春节
慰问 with a yearly 谈心谈话, the 积分 with a quarterly 公示, the 年底 评定, the 提醒谈话 and two 志愿服务), 业务融合 (the 品牌 方案 with the
满意度 in bands, the 检查 覆盖率 with the 整改率 and a 一票否决, a half-yearly 业务指导 with six 宣讲 and the 参保率) and 责任落实 (the 年初
计划 and 责任清单, the 半年小结, the 年底 述职 with the 满意度, the 年终 总结; a deduction-only line on 八项规定 and 吃请送礼).

A merged title row, a merged "考核对象：局机关第一党支部、第二党支部，市医保事务中心党支部" line and a merged "支部名称： 考核组： 考核
日期：" line above the header 考核项目 | 考核要点 | 分值 | 扣分标准 | 备查资料 | 得分. There is NO 序号: items are numbered by position
(1..19). Each category is a SECTION ROW merged across the sheet, printed WITH a bracketed ordinal and its points on one line, "（一）政治建设
（16分）". 考核项目 (FIRST column) is a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 扣分标准. 备查资料 (`Row.method`)
names the papers the 支部 lays out, joined by "、" (once a way of checking: 驻局纪检监察组提供). 得分 is blank. A 合计 row of 100 and a merged
说明 row close the sheet. Counts in figures and Chinese numerals ("每月至少开展一次", "每季度开展一次", "每半年召开一次", "每年…开展一次",
"年内…不少于2次", "每月召开1次", "每季度召开1次", "党课每季度1次", "每年讲党课不少于1次", "全年…不少于2次", "每年召开一次", "每季度…谈话
一次", "每年7月…核定一次", "每半年公示一次", "每季度开展一次", "每年…不少于1次", "每季度公示一次", "每年…不少于2次", "每半年至少…一次",
"全年…不少于6场"); "不少于40学时"; "不少于3名", "不少于1名", "不少于3个"; "后5%"; "7月底前"; "最高扣" caps; "酌情扣0.5分", "酌情扣0.5-1分"
twice; one set of bands (a 满意度 for 3 of the 8 points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; five plain "本项不得分";
one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzg_guangyuan_yibaoju_zhibu_xlsx",
    fmt="xlsx",
    title="广元市医疗保障局机关党委2025年度党支部建设考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "（一）政治建设（16分）", 16, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习，每季度开展一次专题研讨；党员每年参加学习培训不少于40学时。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", "学习记录、学时登记表",
                indicator="理论学习"),
            Row("每半年召开一次意识形态工作专题会议，分析研判医保领域舆情；“广元医保”微信公众号发布信息严格执行“三审三校”。", 4,
                "专题会议每少1次扣1分；发布信息未经审核的，每次扣0.5分；医保领域负面舆情处置不当、造成不良影响的，本项不得分。",
                "会议记录、审核登记表", indicator="意识形态"),
            Row("每季度开展一次廉政警示教育；支部书记每年与每名党员开展一次廉政谈话；党员干部严守医保基金监管纪律。", 4,
                "警示教育每少1次扣0.5分；廉政谈话每少1人扣0.2分，最高扣1分；违反基金监管纪律的，每起扣2分。", "活动记录、谈话记录",
                indicator="廉洁建设"),
            Row("严格执行重大事项请示报告制度，支部年内向局机关党委书面请示报告重要事项不少于2次。", 3,
                "请示报告每少1次扣1分；重大事项应报未报的，本项不得分。", "请示报告文件", indicator="请示报告"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("支部委员会按期换届，换届请示、选举结果报告和批复齐全；按科室划分党小组，每个党小组党员不少于3名。", 4,
                "未按期换届的扣2分；换届材料每缺一项扣0.5分；党小组设置不合理的，酌情扣0.5分。", "换届选举材料、党小组名单",
                indicator="支部设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，局领导班子"
                "成员每年到联系支部讲党课不少于1次。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；支部书记未讲党课的扣1分；班子成员未到联系支部讲党课的，每人扣0.5分；会议记录代记补记"
                "的，本项不得分。", "会议记录本、签到表", indicator="三会一课"),
            Row("每月固定开展主题党日，全年到联系村开展“医保政策进村入户”主题党日活动不少于2次；党员参加率达到95%以上。", 6,
                "主题党日每少1次扣0.5分；进村入户活动每少1次扣0.5分；参加率每低1个百分点扣0.1分，最高扣1分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求服务对象和定点医药机构意见，开展谈心谈话；会后建立整改台账，整改情况在"
                "支部内通报。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；无整改台账的扣1分；"
                "整改情况未通报的扣0.5分。", "会议记录、征求意见表、整改台账", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名，重点在医保经办窗口青年干部中培养；培养联系人每季度与积极分子谈话一次。", 3,
                "未确定入党积极分子的扣1分；谈话每少1次扣0.3分；发展党员程序不规范的，本项不得分。", "发展党员档案", indicator="发展党员"),
            Row("支部工作台账按“一支部一档”分类归档，有目录；党员信息在全国党员管理信息系统中及时维护。", 3,
                "台账无目录的扣0.5分；资料缺失的，每项扣0.2分，最高扣1.5分；系统信息维护不及时的，酌情扣0.5-1分。", "台账目录",
                indicator="基础台账"),
        )),
        Section("党员教育管理", "（三）党员教育管理（20分）", 20, (
            Row("党员按月足额交纳党费，每年7月按规定核定一次交纳基数；党费收缴情况每半年公示一次。", 4,
                "未按月交纳的，每人次扣0.2分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分。", "党费收缴台账、公示照片",
                indicator="党费管理"),
            Row("在医保服务大厅设立党员示范岗不少于3个，党员亮身份、亮职责、亮承诺；每季度开展一次“医保服务之星”评选，评选结果公示。", 6,
                "示范岗每少1个扣0.5分；党员未“三亮”的，每人次扣0.2分，最高扣1分；评选每少1次扣0.5分；评选结果未公示的扣0.5分。",
                "示范岗名单、公示照片", indicator="示范岗"),
            Row("“七一”、春节期间走访慰问老党员和生活困难党员；支部书记每年与每名党员谈心谈话不少于1次。", 4,
                "未开展走访慰问的扣1分；谈心谈话每少1人扣0.2分，最高扣1分；困难党员帮扶不到位的，酌情扣0.5-1分。", "慰问照片、谈话记录",
                indicator="关怀帮扶"),
            Row("实行党员量化积分管理，积分每季度公示一次，年底评定等次；对积分排名后5%的党员开展提醒谈话；在职党员到居住地社区报到，每年"
                "参加社区志愿服务不少于2次。", 6,
                "未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评定等次的扣0.5分；未开展提醒谈话的扣0.5分；志愿服务不足2次的，每人"
                "扣0.2分，最高扣1.5分。", "积分台账、志愿服务记录", indicator="积分管理"),
        )),
        Section("业务融合", "（四）业务融合（24分）", 24, (
            Row("创建“党建+医保服务”品牌，推行医保业务“一站式”办理和“跨省通办”；医保经办服务群众满意度达到95%以上；全年经办窗口无有效"
                "投诉。", 8,
                "未开展品牌创建的扣2分；满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；被有效投诉的，"
                "每件扣1分。", "品牌创建方案、满意度评价数据", indicator="党建品牌"),
            Row("党员带头参加定点医药机构现场检查，全年检查覆盖率达到100%；检查发现问题整改率达到100%；不发生医保基金重大安全事件。", 8,
                "覆盖率每低5个百分点扣0.5分；整改率每低5个百分点扣1分；发生医保基金重大安全事件的，实行一票否决，本项不得分。",
                "检查台账、整改台账", indicator="基金监管"),
            Row("党员干部每半年至少到联系乡镇（街道）医保工作站开展一次业务指导；全年组织医保政策宣讲不少于6场；城乡居民医保参保率达到95%"
                "以上。", 8,
                "业务指导每少1次扣0.5分；宣讲每少1场扣0.3分；参保率每低1个百分点扣0.5分，最高扣2分。", "指导记录、宣讲照片",
                indicator="服务下沉"),
        )),
        Section("责任落实", "（五）责任落实（10分）", 10, (
            Row("支部年初制定年度工作计划和党建工作责任清单；7月底前报送半年工作小结；年底支部书记述职，党员评议满意度达到90%以上；年终报送"
                "年度工作总结。", 6,
                "无年度工作计划的扣1分；无责任清单的扣0.5分；未报送半年小结的扣0.5分；未述职的扣2分；满意度低于90%的扣1分；未报送年度总结"
                "的扣1分。", "工作计划、责任清单、半年小结、述职报告、评议表、年度总结", indicator="责任落实"),
            Row("党员干部违反中央八项规定精神，或在医保经办、基金监管中违规操作、接受定点医药机构吃请送礼（本项为扣分项）。", 4,
                "经查实的，每人次扣2分；被市级以上通报批评的，每次扣2分；党员受到党纪政务处分的，本项不得分。", "驻局纪检监察组提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "扣分标准", "备查资料", "得分"]
NOTE = ("说明：1.本表由局机关党委于12月中旬组织考核，驻局纪检监察组参加，采取查阅资料、实地查看、个别谈话、调取业务数据相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，60—79分的为“一般”，60分以下的为"
        "“较差”；4.考核结果作为评选“四强”党支部和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部建设考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：局机关第一党支部、第二党支部，市医保事务中心党支部", ncols)
    xlsx_line(ws, "支部名称：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 48, 6, 48, 22, 7))
    wb.save(str(path))
