"""包河区2025年度住宅小区业主委员会党支部规范化建设考核评分表 (.docx), as the 区委社会工作部 of 安徽 合肥 包河 (with the 区住房和城乡建设局,
the 街道 党工委 and the 社区 党委, a 考核组 going round the 小区 in December) scores the 党支部 built in the 业主委员会 of the 住宅小区: the 商品房
小区 of the 滨湖新区 whose 业委会 quarrel with the 物业 over the 停车费 and the 电梯, the 老旧小区 of the 芜湖路 and 望湖 with their 维修资金 all but
spent, the 安置小区 of the villages by the 巢湖, the 在职党员 who live there and report on the weekend, the 离退休党员 who sit on the 业委会: a table of
考核内容 and 扣分办法 whose 佐证材料 column names what the 党支部 lays out: 组织设置 (the 单独 or 联合 组建 and the 隶属; the 党员比例 of the 委员 and the
主任 交叉任职; the 资格审查, the 7日 公示 and the 换届; the 工作制度 and the 议事规则 on the wall), 组织生活 (the “三会一课” without a 党小组会 and six
组织生活 for each 党员业主; the monthly 主题党日 and its 方案; the 组织生活会, the 民主评议 and the 谈心谈话; the “双报到” 报到率, four 志愿服务 and 12
hours a year), 引领小区治理 (the 重大事项 by the 党支部 first, the 记录 and the 维修资金; a quarterly 四方 联席会议, a monthly 议事会 and the 办结率; a
quarterly 公开 of the 收益 and 维修资金, the 经费 and the 投诉; a half-yearly 测评 of the 物业 and its 满意度 in bands; the 志愿服务队, two 活动 a month and
the 楼栋长; a monthly 排查, the 上访 and a 一票否决) and 基础保障 (the 场所 three days a week and the 经费台账; the 年初 计划, the 年终 总结 and the
年底 述职; a deduction-only line on 处分 and 侵占 with a 一票否决).

The title (bold, centred) and a centred "（考核对象：…）" line above one table: 序号 | 考核内容 | 扣分办法 | 分值 | 佐证材料. Each category is a SECTION
ROW merged across the whole table, printed WITH an ordinal and its points on one line, "一、组织设置（20分）". 序号 (FIRST column) RESTARTS at 1 under
every section row (ids "1.1" … "4.3"). There is no short sub-label. 考核内容 (`Row.text`) says what is required; 扣分办法 (`Row.scoring`) scores it; 分值
is a plain number AFTER the 扣分办法; 佐证材料 (`Row.method`) names the papers, joined by "、" ("—" on the deduction-only line). A 合计 row of 100 closes
the table; a "注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("3名以上", "百分之五十以上", "不少于7日",
"按期", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "每年…不少于6次", "每月开展一次", "每年召开", "百分之九十", "每人每年…不少于
4次、服务时长不少于12小时", "每季度召开一次", "每月召开一次", "百分之九十", "每季度公开一次", "每半年…一次", "百分之八十五", "每月不少于2次", "1名",
"每月开展一次", "每周开放不少于3天", "年初", "年终", "年底"); "最高扣" caps; "酌情扣0.5分" once; one set of bands (the 物业服务满意度, for 3 of the 6
points, closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; two other plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzze_hefei_baohe_yeweihui_dangzhibu_docx",
    fmt="docx",
    title="包河区2025年度住宅小区业主委员会党支部规范化建设考核评分表",
    numbering="restart",
    sections=(
        Section("组织设置", "一、组织设置（20分）", 20, (
            Row("业委会委员中有3名以上正式党员的单独成立党支部，不足3名的与小区所在网格党支部联合组建；党支部隶属社区党委管理。", 5,
                "符合条件未单独成立党支部的扣3分；隶属关系不清的扣1分。", "党支部成立批复"),
            Row("业委会委员中党员比例达到百分之五十以上；业委会主任由党支部书记担任，或党支部委员与业委会委员交叉任职。", 6,
                "党员比例每低10个百分点扣1分，最高扣3分；主任非党员且未交叉任职的扣1分。", "业委会委员名册"),
            Row("业委会换届前，社区党组织对候选人进行资格审查，候选人名单公示不少于7日；按期依法依规完成换届选举。", 5,
                "未进行资格审查的扣2分；候选人名单未公示的扣1分；未按期换届的扣2分。", "资格审查表、公示照片"),
            Row("建立小区党支部工作制度、业委会议事规则，并上墙公示。", 4,
                "缺一项制度扣1分；未上墙公示的扣0.5分。", "制度文本、上墙照片"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；党员业主每年参加组织生活不少于6次。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；党员业主参加不足6次的，每人扣0.1分，最高扣1分；会议记录补记、代签的，本项不得分。",
                "会议记录本、签到表"),
            Row("每月开展一次主题党日，结合小区治理开展“楼道清洁日”“党员议事日”等活动。", 5,
                "主题党日每少1次扣0.3分，最高扣2.5分；活动与小区治理脱节的，酌情扣0.5分。", "活动方案、活动照片"),
            Row("每年召开组织生活会，开展民主评议党员；会前开展谈心谈话。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分。", "组织生活会记录、谈心谈话记录"),
            Row("在职党员到居住小区“双报到”，报到率达到百分之九十；报到党员每人每年参加小区志愿服务不少于4次、服务时长不少于12小时。", 8,
                "报到率每低5个百分点扣0.5分，最高扣2分；参加次数或服务时长不足的，每人扣0.1分，最高扣2分；活动无照片的，每次扣0.1分。",
                "报到登记台账、志愿服务记录、活动照片"),
        )),
        Section("引领小区治理", "三、引领小区治理（40分）", 40, (
            Row("小区重大事项（公共收益使用、维修资金动用、物业选聘续聘等）实行“党支部提议、业委会商议、业主大会决议”，党支部会议研究在先。", 7,
                "重大事项未经党支部研究的，每件扣2分，最高扣4分；无会议记录的扣1分；维修资金违规动用的，本项不得分。", "党支部会议记录、业主大会决议"),
            Row("每季度召开一次社区党组织、业委会、物业服务企业、业主代表“四方”联席会议；每月召开一次党员议事会，收集解决业主诉求，诉求办结率达到百分之"
                "九十。", 7,
                "联席会议每少1次扣1分；议事会每少1次扣0.3分，最高扣2分；诉求办结率低于90%的扣1分。", "联席会议记录、诉求办理台账"),
            Row("小区公共收益、维修资金使用情况每季度公开一次；业委会工作经费、委员津贴公开透明，接受业主监督。", 6,
                "公开每少1次扣1分；经费、津贴未公开的扣1分；被业主实名投诉查实的，每件扣1分。", "公开栏照片、收支明细表"),
            Row("每半年组织业主对物业服务企业开展一次满意度测评，测评结果与物业费调整、续聘挂钩；物业服务满意度达到百分之八十五。", 6,
                "测评每少1次扣1分；物业服务满意度90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分。", "满意度测评表"),
            Row("组建党员志愿服务队，开展垃圾分类督导、楼道清理、邻里互助等活动，每月不少于2次；每个楼栋明确1名党员楼栋长。", 6,
                "未组建服务队的扣1分；活动每少1次扣0.2分，最高扣2分；楼栋长每缺1名扣0.2分，最高扣1分。", "志愿服务队名册、楼栋长名单"),
            Row("每月开展一次矛盾纠纷排查；不发生因物业、业委会问题引发的群体性事件和越级上访。", 8,
                "排查每少1次扣0.5分，最高扣3分；发生越级上访的，每起扣2分；发生群体性事件的，实行一票否决，本项不得分。", "矛盾纠纷排查台账"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            Row("依托小区物业用房或党群服务站设置党支部活动场所，每周开放不少于3天；党支部经费使用规范，建立经费台账。", 5,
                "无固定活动场所的扣2分；开放时间不足的扣1分；无经费台账的扣1分。", "场所照片、经费台账"),
            Row("年初制定党支部工作计划，年终形成工作总结；党支部书记年底向社区党委述职。", 5,
                "无计划或无总结的，每项扣1分；未述职的扣2分。", "工作计划、工作总结、述职报告"),
            Row("党员委员遵纪守法、廉洁履职，不利用职务谋取私利（本项为扣分项）。", 5,
                "党员委员受到党纪处分的，每人扣2分；业委会委员侵占业主共有资金被查实的，实行一票否决，本项不得分。", "—"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "扣分办法", "分值", "佐证材料"]
NOTE = ("注：本表由区委社会工作部会同区住房和城乡建设局于12月组织考核，街道党工委、社区党委配合，采取查阅资料、实地查看、入户走访、问卷测评"
        "相结合的方式进行；各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；考核得分90分以上的为“优秀”，"
        "80—89分的为“良好”，60—79分的为“合格”，60分以下的为“不合格”，考核结果作为业委会换届候选人推荐和“红色小区”评选的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全区各街道住宅小区业委会党支部、小区联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
