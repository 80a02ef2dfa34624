"""宜春市城市照明管理所党支部2025年度党建工作考核评分表 (.docx), as the 市城市管理局机关党委 of 江西 宜春 (its 党建办 with the 局 市政设施科, the 安全
科 and the 派驻纪检监察组, a 考核组 going out with the 高空作业车 after dark in early January, when the 秀江 bridges and the 明月山 road are lit for the
new year) scores the 党支部 of the 所 that keeps the city's lamps burning: the 维修班组 on call through the night, the 巡查班组 driving the 主干道 after
sunset, the 亮化班组 of the 袁州谯楼 and the 秀江 两岸 景观, the 电工 who climb the poles in the 梅雨 and the 台风 rain, the 老 党员 who remember the
钠灯 and the young 技术员 with the 智慧路灯 platform: a table whose 考核内容及标准 prints what the 支部 must have done, whose 扣分办法 takes points off
one clause at a time, scores the 亮灯率 and the 回访满意率 in bands, calls a 一票否决 once and counts the 节能改造 by 50盏, and whose 备查资料 names the
papers to bring: 政治建设 (a monthly 集中学习, the 班前 “微学习” and 32学时; the 书记's two 党课, one at the 一线, and one by each 所领导; a half-yearly
思想动态 分析 and the 审核), 组织建设 (the 换届 and the 党小组 by 班组; the “三会一课” with the 补学 and no 代签; the monthly 主题党日, two 联建 活动 and
the 联建协议; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and its 通报; 党费 按月 with a half-yearly 公示 and one 积极分子), 业务融合 (the 先锋岗,
the 责任区 and the 突击队; the 亮灯率 in bands, the 完好率 and two 夜间巡查 a week; the 工单 响应, the 按期办结率 and the 回访满意率 in bands; a monthly
隐患排查 with its 台账, a quarterly 安全培训 and a 一票否决; 500盏 of LED and a 技术革新 项目 a 党员; a quarterly 志愿服务 with 照片 and the “七一”、春节
慰问) and 责任落实 (the 年初 计划, the 责任书 and the 年底 总结; the 年底 述职 and its 满意率; the 廉政风险点, a quarterly 警示教育 and no 处分; the 台账,
the 归档 and the 平台 完整率).

The title (bold, centred) and a centred "（考核对象：宜春市城市照明管理所党支部）" line above one table: 考核项目 | 序号 | 考核内容及标准 | 扣分办法 | 分值 |
备查资料. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on the same line, "政治建设（15分）".
序号 (SECOND column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "4.4"). There is no short sub-label: 考核内容及标准 (`Row.text`) says what is
required; 扣分办法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 备查资料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100
closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容及标准 ("每月组织一次", "每人每年…
不少于32学时", "每年讲党课不少于2次", "不少于1次", "每年…不少于1次", "每半年开展一次", "3人以上", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每月开展一次", "年内…不少于2次", "每年召开1次", "全覆盖", "按月", "每半年公示一次", "年内…不少于1名", "百分之九十
八以上", "百分之九十五以上", "每周不少于2次", "24小时内", "百分之九十八", "百分之九十五", "每月开展一次", "每季度开展一次", "年内…不少于500盏", "每人每年
…不少于1项", "每季度开展一次", "“七一”、春节", "年初", "年底", "年底", "不低于百分之九十", "每季度开展一次", "100%"); "最高扣" caps; bands of the
亮灯率 (3 of the 8 points, closed by "94%以下的不得分") and of the 回访满意率 (2 of the 7, closed by "90%以下的不得分"); "每少50盏扣0.5分" once;
"酌情扣1-2分" twice, "酌情扣0.5-1分" once and "酌情扣0.5分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the table prints it: 考核内容及标准, 扣分办法, 分值, 备查资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzl_yichun_chengshi_zhaoming_suo_zhibu_docx",
    fmt="docx",
    title="宜春市城市照明管理所党支部2025年度党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            _row("支部每月组织一次集中学习，外勤班组党员利用班前会开展“微学习”；党员每人每年参加学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣2分。", 5, "学习记录、学时登记表"),
            _row("支部书记每年讲党课不少于2次，其中到维修班组、巡查一线讲党课不少于1次；所领导班子成员每年到支部讲党课不少于1次。",
                 "书记讲党课每少1次扣1分；未到一线讲党课的扣0.5分；班子成员未讲党课的，每人扣0.5分。", 5, "党课讲稿、授课照片"),
            _row("落实意识形态工作责任制，每半年开展一次职工思想动态分析；单位网站、工作微信群信息发布实行审核。",
                 "思想动态分析每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣2分。", 5, "思想动态分析报告、信息审核记录"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            _row("支部委员会由3人以上组成，按期换届；按维修、巡查、亮化班组设立党小组，党小组长由班组长中的党员担任。",
                 "未按期换届的扣2分；党小组设置不合理的，酌情扣0.5-1分。", 4, "换届选举批复、党小组设置文件"),
            _row("落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；夜间抢修党员因故缺席的，会后"
                 "及时补学。",
                 "“三会一课”每少1次扣0.5分，最高扣5分；缺席未补学的，每人次扣0.1分，最高扣1分；会议记录补记、代签的，本项不得分。", 7,
                 "会议记录、签到表"),
            _row("每月开展一次主题党日活动，结合“点亮城市、温暖万家”等主题开展；年内与社区、学校党组织开展联建活动不少于2次，签订联建协议。",
                 "主题党日每少1次扣0.3分，最高扣2分；联建活动每少1次扣0.5分；未签订联建协议的扣1分。", 5, "活动方案、签到表、活动照片、联建协议"),
            _row("每年召开1次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果向党员通报。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议结果未通报的扣0.5分。", 5,
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("党员按月交纳党费，每半年公示一次；年内确定入党积极分子不少于1名，重点从一线电工、技术骨干中培养。",
                 "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未确定入党积极分子的扣1分。", 4, "党费收缴台账、公示照片"),
        )),
        Section("业务融合", "业务融合（40分）", 40, (
            _row("在路灯维修、亮化巡查中设立党员先锋岗、党员责任区；组建党员突击队，承担重大活动保障和夜间抢修任务。",
                 "未设立先锋岗、责任区的扣2分；未组建党员突击队的扣2分；作用发挥不明显的，酌情扣1-2分。", 6, "设岗文件、突击队名单"),
            _row("城市道路照明亮灯率达到百分之九十八以上，景观亮化设施完好率达到百分之九十五以上；党员带头开展夜间巡查，每周不少于2次。",
                 "亮灯率98%以上的得3分，96%（含）—98%的得2分，94%（含）—96%的得1分，94%以下的不得分；完好率每低1个百分点扣0.5分，最高扣2分；夜间"
                 "巡查每少1次扣0.1分，最高扣2分。", 8, "夜间巡查记录、亮灯率统计报表"),
            _row("市民报修、“12345”热线工单24小时内响应，按期办结率达到百分之九十八；工单回访满意率达到百分之九十五。",
                 "超时未响应的，每件扣0.2分，最高扣2分；按期办结率每低1个百分点扣0.5分，最高扣3分；回访满意率95%以上的得2分，90%（含）—95%的得1分，"
                 "90%以下的不得分。", 7, "工单台账、回访记录"),
            _row("落实高空作业、带电作业安全规程，每月开展一次安全隐患排查，建立排查整改台账；每季度开展一次安全教育培训；全年无安全生产责任事故。",
                 "隐患排查每少1次扣0.5分，最高扣2分；无整改台账的扣1分；安全培训每少1次扣0.5分；发生人员伤亡安全责任事故的，实行一票否决，本项不得分。",
                 7, "隐患排查整改台账、培训签到表"),
            _row("推进绿色照明节能改造，年内完成LED节能改造路灯不少于500盏；党员技术骨干每人每年牵头或参与技术革新项目不少于1项。",
                 "节能改造未完成年度任务的，每少50盏扣0.5分，最高扣3分；技术革新每少1项扣0.5分，最高扣2分。", 6, "改造工程验收单、技术革新项目材料"),
            _row("组建“红色光明”党员志愿服务队，每季度开展一次进社区、进校园用电安全宣传和义务检修志愿服务；“七一”、春节走访慰问困难职工和老党员。",
                 "志愿服务每少1次扣1分；活动无照片的，每次扣0.2分；走访慰问每少1次扣0.5分。", 6, "活动照片、慰问名单"),
        )),
        Section("责任落实", "责任落实（20分）", 20, (
            _row("年初制定支部工作计划，支部书记与局机关党委签订党建工作责任书；年底形成支部工作总结。",
                 "缺计划、责任书或总结的，每项扣1.5分；计划与照明业务工作脱节的，酌情扣0.5分。", 5, "工作计划、责任书、工作总结"),
            _row("支部书记年底向局机关党委述职，接受党员群众评议，述职评议满意率不低于百分之九十。",
                 "未述职的扣3分；满意率每低1个百分点扣0.2分，最高扣2分。", 5, "述职报告、评议表"),
            _row("在路灯材料采购、维修工程验收、外包服务管理等环节排查廉政风险点并制定防控措施；每季度开展一次警示教育；党员不发生违纪违法问题。",
                 "未排查廉政风险点的扣1分；警示教育每少1次扣0.5分；党员受到党纪政务处分的，每人扣2分。", 5, "廉政风险防控台账、警示教育记录"),
            _row("党建台账分类规范，按年度装盒归档；党员信息在“赣鄱党建云”平台及时维护，信息完整率100%。",
                 "台账不规范的，酌情扣1-2分；未按年度归档的扣1分；平台信息不完整的，每人扣0.2分，最高扣1分。", 5, "党建台账、平台截图"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容及标准", "扣分办法", "分值", "备查资料"]
NOTE = ("备注：本表由市城市管理局机关党委于次年1月上旬组织考核，局市政设施科、安全科和派驻纪检监察组参加，采取查阅备查资料、夜间实地抽查、个别谈话、"
        "问卷测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；亮灯率、完好率以智慧路灯管理平台年度统计为准，安全生产责任事故以局安全科认定为"
        "准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：宜春市城市照明管理所党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
