"""滑县农业农村局机关党委2025年度植保植检站党支部党建工作考核评分表 (.docx), as the 机关党委 of the 农业农村局 of 滑县 in 安阳 in 河南 (its 机关
党委办公室 with the 局 人事股, the 种植业管理股, the 农业综合行政执法大队 and the 驻局纪检监察组, a 考核组 sitting in the 站's 病虫测报 lab among the
虫情测报灯 samples and the 孢子捕捉仪 slides in the middle of December, when the 冬小麦 of the “豫北粮仓” is green in the fields under the first snow,
the 道口 烧鸡 shops are busy for the 年货, the 大运河 滑县段 lies frozen and the 站's 党员 are drawing up next year's 赤霉病、条锈病 防控预案) scores the
党支部 of the 县 植保植检站, whose 党员 are the 农艺师 and 测报员 of the 病虫害 监测, the 植物检疫员 and the 统防统治 staff: a table whose 考核要点 prints
what the 支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring the 测报准确率 in bands) and whose 考核类别 are the merged
categories: 政治建设 (the “第一议题”, a monthly 集中学习 and two 学习心得; a half-yearly 研判, the 审核 and a "本项不得分"; the 年初 责任书, a quarterly
警示教育 and the 集体决策), 组织建设 (the “三会一课”, the 书记's 党课, the 补学 and the 记录; the 主题党日, two “党旗插在田间地头” 活动 and the 方案、签到、
照片; the 组织生活会, the 谈心谈话, the 对照检查材料, the 民主评议 and the 整改清单; the 换届, one 积极分子, 党费 按月 and a quarterly 公示), 党员队伍
(40学时, a yearly “比武练兵” and the 书记's 3天; three 示范田, two 大户 each and a quarterly 联系; the “七一”、春节 慰问, a half-yearly 谈心谈话 and the
及时), 业务融合 (the 监测点 责任人, two 病虫情报 a month, the weekly 情报 and the 准确率 in bands; the 植保服务队, the 统防统治 覆盖率 and the 投诉; the
检疫 规范, a quarterly 检疫检查 and a "本项不得分"; two 示范区, ten 培训 and 1000人次; the 热线, the 答复率, four “科技下乡” and the 照片) and 作风保障 (the
八项规定, the 优亲厚友 and a "本项不得分"; the 年初 计划, the 年底 总结, the 年底 述职 and the 台账).

The title (bold, centred) and a centred "（考核对象：县植保植检站党支部）" line above one table: 考核类别 | 序号 | 考核要点 | 扣分办法 | 分值. The 考核类别
are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on ONE line, "政治建设（15分）"; 序号 (SECOND column) RESTARTS at
1 under every category (ids "1.1" … "5.2"); there is no short sub-label. 考核要点 (`Row.text`) says what is required; the 扣分办法 (`Row.scoring`) comes
BEFORE the 分值, a plain number in the LAST column; there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明：" paragraph with
three numbered lines and a signature line follow it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每年…不少于2篇",
"每半年…一次", "年初", "每季度开展一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次",
"每月开展一次", "全年…不少于2次", "每年召开一次", "按期", "年内…不少于1名", "按月", "每季度公示一次", "每人每年…不少于40学时", "每年组织一次", "每年…
不少于3天", "不少于3块", "每人…1个乡镇、2个种粮大户", "每季度联系一次", "“七一”、春节", "每半年…一次", "1名", "每月发布不少于2期", "每周发布一次",
"百分之九十以上", "百分之四十五以上", "每季度开展一次", "不少于2个", "每年…不少于10场次", "不少于1000人次", "24小时", "100%", "每年…不少于4次", "年初",
"年底", "年底"); "最高扣" caps; bands of the 测报准确率 (4 of the 8 points, closed by "80%以下的不得分"); "每少100人次" once; "每低1个百分点" once and "每低
5个百分点" once; "酌情扣0.5-2分" once, "酌情扣0.5-1分" once and "酌情扣1分" once; three "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float) -> Row:
    """One row in the order the table prints it: 考核要点, 扣分办法, 分值."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzp_huaxian_zhibao_zhijianzhan_zhibu_docx",
    fmt="docx",
    title="滑县农业农村局机关党委2025年度植保植检站党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习；党员每人每年撰写学习心得不少于2篇。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学习心得每缺1篇扣0.2分，最高扣1分。", 5),
            _row("落实意识形态工作责任制，每半年分析研判一次意识形态工作；病虫情报、植保信息对外发布实行审核把关。",
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，本项不得分。", 5),
            _row("年初签订党风廉政建设责任书；每季度开展一次廉政警示教育；植保物资采购、农药补贴发放等事项落实“三重一大”集体决策。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；采购、补贴发放未经集体决策的，每件扣1分，最高扣2分。", 5),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；"
                 "病虫害防控关键期党员下乡缺会的，会后及时补学。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；缺会党员未补学的，每人次扣0.1分，最高扣1分；会议记录不规范、事后补记的，"
                 "酌情扣0.5-2分。", 8),
            _row("每月开展一次主题党日，结合“三夏”“三秋”病虫害田间调查开展“党旗插在田间地头”活动，全年不少于2次；做到有方案、有签到、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2.5分；田间地头活动每少1次扣1分；方案、签到、照片每缺一项扣0.2分，最高扣1分。", 6),
            _row("每年召开一次组织生活会，会前开展谈心谈话，支委撰写对照检查材料；会后开展民主评议党员，针对查摆问题建立整改清单。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；无对照检查材料的扣1分；未开展民主评议党员的扣1.5分；无整改清单的扣1分。", 6),
            _row("支部委员会按期换届；年内培养入党积极分子不少于1名，注重在青年农技人员中培养；党员按月交纳党费，党费收缴情况每季度公示一次。",
                 "未按期换届的扣1.5分；未培养入党积极分子的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.3分。", 5),
        )),
        Section("党员队伍", "党员队伍（15分）", 15, (
            _row("党员每人每年参加集中学习培训不少于40学时；每年组织一次植保技术“比武练兵”；支部书记每年参加县级以上党务培训不少于3天。",
                 "学时不足的，每人扣0.2分，最高扣2分；未组织“比武练兵”的扣1.5分；书记参训不足3天的扣1.5分。", 5),
            _row("设立“党员示范田”不少于3块；党员技术人员每人联系1个乡镇、2个种粮大户或家庭农场；外出、病休党员每季度联系一次。",
                 "示范田每少1块扣1分；联系乡镇、种粮大户未落实的，每人扣0.3分，最高扣1.5分；联系外出、病休党员每少1人次扣0.1分，最高扣0.5分。", 5),
            _row("“七一”、春节走访慰问老党员和生活困难党员；支部书记每半年与每名党员谈心谈话一次。",
                 "未开展走访慰问的，每次扣1分；谈心谈话每少1人次扣0.2分，最高扣2分；党员思想波动未及时谈心的，酌情扣1分。", 5),
        )),
        Section("业务融合", "业务融合（35分）", 35, (
            _row("全县病虫害监测点由党员牵头负责，每个监测点明确1名党员责任人；病虫情报每月发布不少于2期，防控关键期每周发布一次；测报准确率达到百分之"
                 "九十以上。",
                 "监测点未明确党员责任人的，每个扣0.5分，最高扣2分；病虫情报每少1期扣0.3分，最高扣2分；测报准确率90%以上的得4分，85%（含）—90%的得3分，"
                 "80%（含）—85%的得2分，80%以下的不得分。", 8),
            _row("组建党员植保服务队，在小麦“一喷三防”、玉米“一防双减”中开展统防统治服务；全县主要农作物病虫害统防统治覆盖率达到百分之四十五以上。",
                 "未组建党员植保服务队的扣1.5分；统防统治覆盖率每低1个百分点扣0.5分，最高扣3分；服务中群众投诉经查实的，每起扣0.5分，最高扣2.5分。", 7),
            _row("严格植物检疫执法，产地检疫、调运检疫按规定办理；每季度开展一次种子种苗市场检疫检查；全年不发生检疫性有害生物传入扩散。",
                 "检疫证书办理不规范的，每件扣0.5分，最高扣2分；检疫检查每少1次扣1分；发生检疫性有害生物传入扩散且处置不力的，本项不得分。", 7),
            _row("开展农药减量增效行动，建设绿色防控示范区不少于2个；每年举办科学安全用药培训不少于10场次，培训农民不少于1000人次。",
                 "示范区每少1个扣1分；培训每少1场次扣0.2分，最高扣2分；培训人数每少100人次扣0.2分，最高扣2分。", 7),
            _row("开通“植保110”党员服务热线，农民咨询24小时内答复，答复率100%；每年组织党员开展“科技下乡”活动不少于4次。",
                 "未开通服务热线的扣1分；答复率每低5个百分点扣0.5分，最高扣2分；“科技下乡”每少1次扣0.5分；活动无照片的扣0.5分。", 6),
        )),
        Section("作风保障", "作风保障（10分）", 10, (
            _row("严格执行中央八项规定精神，下乡服务不吃请、不收礼；农药补贴、防控物资发放中无优亲厚友、虚报冒领。",
                 "违反规定被通报的，每人次扣1分；发现优亲厚友、虚报冒领的，每起扣2分；党员受到党纪政务处分的，本项不得分。", 5),
            _row("年初制定党建工作计划，年底形成工作总结；支部书记年底向局机关党委述职；党建工作台账分类规范。",
                 "缺计划或总结的，每项扣1分；书记未述职的扣2分；台账不规范的，酌情扣0.5-1分。", 5),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核要点", "扣分办法", "分值"]
NOTES = (
    "说明：",
    "1.本表由局机关党委于12月中旬组织考核，机关党委办公室牵头，局人事股、种植业管理股参加，驻局纪检监察组派员监督，采取听取汇报、查阅资料、实地"
    "查看、电话回访相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；测报准确率以省植保站年终评估结果为准，统防统治覆盖率以县农业农村局"
    "统计数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
)
SIGN = "考核组成员（签字）：                          支部书记（签字）："


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：县植保植检站党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            for c, v in ((1, str(i)), (2, row.text), (3, row.scoring), (4, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
