"""衡水市桃城区河东街道党工委2025年度社区党组织党建工作考核评分细则 (.docx), as the 街道党工委 of 河东街道 on the east side of 桃城区 in 河北 衡水 (its
党建办 with the 社区建设办, the 综治中心, the 12345 热线 分中心, the 物业管理科 and the 街道纪工委, a 考核组 that goes round the 社区 in the last days of
December, when the 衡水湖 is frozen at its edges, the 供暖 has settled down after its first cold snap, the 老旧小区 改造 scaffolding is coming off the
old 纺织厂 and 老白干 宿舍楼 and the 网格员 are counting the 独居老人 for the winter) scores the 社区党委 (党总支) of a 城区 街道: the 社区 of the old
factory 家属院 whose 老党员 are retired 工人, the 社区 of the new 商品房 estates along the 滏阳河 whose 在职党员 must come to 报到, the 社区 of the 开放式
楼院 with no 物业 at all: a table whose 考核内容 prints what the 社区党委 must have done, whose 评分标准 takes points off one clause at a time (scoring the
诉求 办结率 and the 述职评议 满意率 in bands) and whose 佐证材料 names the papers the 考核组 asks to see (会议记录, 签到表, 台账, 照片, 方案):
政治引领 (the “第一议题”, a monthly 集中学习, 32学时 and a quarterly 送学上门; a half-yearly 专题会议, the 群 管理 and a 一票否决; the two 年初 责任书, a
quarterly 警示教育 and no 处分), 组织建设 (the four-level 组织体系, the 覆盖率 and one 党员中心户 a 楼栋; the “三会一课”, the 书记's two 党课, the 参会率 and
no 代签; the 主题党日 on the 15th with its 方案、签到、记录、照片 and one 现场教学; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖, the 对照检查材料, the
民主评议 and the 备案; one 发展党员, the 公示, the “一人一档”, 党费 按月 with a half-yearly 公示 and a "本项不得分"; the 积分 by month, a quarterly 公示 and
the 年底 星级), 基层治理 (a monthly 走访, the 民情台账, the 24小时 and the 办结率 in bands; the 报到率, two 志愿服务 and a half-yearly 反馈; the 物业 组建率,
a quarterly “三方联席会议” and the 满意度; a monthly “居民说事会”, the 公开 and five 实事; a monthly 排查, the 台账, the 化解率 and a 一票否决; the “七一”、
春节 慰问, the 关爱台账 and a monthly 探访) and 阵地保障 (the 标识、党旗、制度, the 6天 and the 值班; three 共建协议, a half-yearly “大党委” 联席会议 and three
项目; the 年初 计划, the 6月底 小结, the 年底 总结, the 年底 述职 and the 满意率 in bands; a quarterly 党务 公开 and two 报道).

The title (bold, centred), a centred "（考核对象：河东街道各社区党委（党总支））" line and a "社区：    考核组：    考核日期：" line above one table: 考核内容 |
评分标准 | 分值 | 佐证材料. There is NO 序号: the items are numbered by position 1..19. Each category is a SECTION ROW merged across the table, printed WITH
an ordinal and its points on one line, "一、政治引领（15分）". 考核内容 (`Row.text`, FIRST column) says what is required; the 评分标准 (`Row.scoring`) comes
BEFORE 分值, a plain number; 佐证材料 (`Row.method`) last, naming the papers, joined by "、"; there is no short sub-label. A 合计 row of 100 closes the
table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每人每年
…不少于32学时", "每季度至少…一次", "每半年召开一次", "全年", "年初", "每季度开展一次", "全年", "100%", "至少确定1户", "支部委员会每月召开1次，党员大会每
季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月15日", "年内…不少于1次", "每年召开一次", "全覆盖",
"年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "按月记分", "每季度公示一次", "年底", "每月…不少于1遍", "24小时内", "百分之九十五以上",
"100%", "每人每年…不少于2次", "每半年…一次", "100%", "每季度召开一次", "百分之八十以上", "每月召开一次", "年内…不少于5件", "每月开展一次", "百分之九十八",
"全年", "“七一”、春节", "每月至少…一次", "每周开放不少于6天", "不少于3家", "每半年召开一次", "年内…不少于3个", "年初", "6月底前", "年底", "年底", "不低于
百分之九十", "每季度公开一次", "年内…不少于2次"); "最高扣" caps; bands of the 诉求 办结率 (2.5 of the 6 points, closed by "85%以下的不得分") and of the 述职
评议 满意率 (2 of the 6, closed by "90%以下的不得分"); "每低10个百分点" twice, "每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5-1分" twice; two
"实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzze_hengshui_hedong_jiedao_shequ_docx",
    fmt="docx",
    title="衡水市桃城区河东街道党工委2025年度社区党组织党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            _row("落实“第一议题”制度，社区党委每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；对年老体弱、行动不便的党员每季度至少送学"
                 "上门一次。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；送学上门每少1次扣0.5分。", 5,
                 "学习记录、签到表、学时登记台账、送学上门照片"),
            _row("每半年召开一次意识形态工作专题会议，分析研判社区意识形态形势；社区微信公众号、居民微信群落实“谁建群、谁管理、谁负责”；全年不发生意识"
                 "形态领域重大问题。",
                 "专题会议每少1次扣1分；群管理责任不落实的，酌情扣0.5-1分；发生意识形态领域重大问题的，实行一票否决，本项不得分。", 5,
                 "会议记录、微信群管理台账"),
            _row("社区党委书记年初与街道党工委签订党建工作目标责任书和党风廉政建设责任书；每季度开展一次警示教育；社区“两委”成员全年无违纪违法问题。",
                 "未签订责任书的，每份扣1分；警示教育每少1次扣0.5分；“两委”成员受到党纪政务处分的，每人扣3分。", 5,
                 "目标责任书、党风廉政建设责任书、警示教育记录"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；每个楼栋至少确定1户党员中心户，党员中心户挂牌"
                 "亮户。",
                 "组织体系不健全的扣1分；网格党支部覆盖率每低10个百分点扣0.5分，最高扣1.5分；党员中心户每缺1户扣0.2分，最高扣1.5分；未挂牌亮户的扣0.5分。",
                 5, "组织架构图、党员中心户名单、挂牌照片"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率不低于百分"
                 "之八十五。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录代签、补记的，每次扣"
                 "0.5分。", 7, "会议记录、签到表、党课讲稿"),
            _row("每月15日开展主题党日活动，每次活动有方案、有签到、有记录、有照片；年内组织党员到红色教育基地开展现场教学不少于1次。",
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；未开展现场教学的扣1分。", 5,
                 "活动方案、签到表、活动记录、活动照片"),
            _row("每年召开一次组织生活会，会前广泛征求党员群众意见，班子成员之间、班子成员与党员之间谈心谈话全覆盖，班子成员撰写对照检查材料；会后开展民主"
                 "评议党员，评议结果报街道党工委备案。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话每少1人扣0.2分，最高扣1分；对照检查材料每缺1份扣0.3分；未开展民主评议党员的扣1分；"
                 "评议结果未备案的扣0.5分。", 6, "会议记录、征求意见表、谈心谈话记录、对照检查材料、民主评议测评表"),
            _row("年内发展党员不少于1名，注重从社区工作者、网格员、退役军人中发展；发展对象、拟接收预备党员在社区公示不少于5个工作日，发展党员档案实行“一人"
                 "一档”；党员按月交纳党费，党费收缴情况每半年公示一次。",
                 "未发展党员的扣1分；未公示的，每人扣0.5分；档案材料每缺一项扣0.2分，最高扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣"
                 "0.5分；违反程序发展党员的，本项不得分。", 5, "公示照片、发展党员档案、党费收缴台账"),
            _row("实行党员积分管理，按月记分，积分情况每季度公示一次；年底根据积分评选“星级党员”。",
                 "未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评选的扣0.5分。", 2, "积分台账、公示照片"),
        )),
        Section("基层治理", "三、基层治理（35分）", 35, (
            _row("网格员每月对网格内住户走访不少于1遍，建立民情台账；群众诉求24小时内响应，诉求办结率达到百分之九十五以上。",
                 "走访每少1遍扣0.3分，最高扣1.5分；无民情台账的扣1分；诉求响应超时的，每件扣0.2分，最高扣1分；办结率95%以上的得2.5分，90%（含）—95%的得"
                 "1.5分，85%（含）—90%的得0.5分，85%以下的不得分。", 6, "走访记录、民情台账、诉求办理台账"),
            _row("在职党员到社区报到率达到100%，每人每年到社区参加志愿服务不少于2次；报到党员表现情况每半年向所在单位党组织反馈一次。",
                 "报到率每低1个百分点扣0.1分，最高扣1分；志愿服务不足2次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。", 5,
                 "报到登记台账、志愿服务记录、反馈函"),
            _row("物业服务企业党组织组建率或党建指导员选派率达到100%；每季度召开一次社区党委、业主委员会、物业服务企业“三方联席会议”；小区物业服务满意度"
                 "达到百分之八十以上。",
                 "组建率（选派率）每低10个百分点扣0.5分，最高扣1.5分；联席会议每少1次扣0.5分；满意度低于80%的扣2分。", 6,
                 "物业党建工作台账、联席会议纪要、满意度测评表"),
            _row("每月召开一次“居民说事会”，议事结果在社区公开栏公开；年内通过协商议事解决老旧小区改造、停车难等民生实事不少于5件。",
                 "说事会每少1次扣0.3分，最高扣1.5分；议事结果未公开的，每次扣0.2分，最高扣1分；民生实事每少1件扣0.5分，最高扣2分。", 5,
                 "说事会记录、公开栏照片、民生实事台账"),
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账；矛盾纠纷化解率达到百分之九十八；全年不发生重大群体性事件和个人极端事件。",
                 "排查每少1次扣0.3分，最高扣1.5分；无排查化解台账的扣1分；化解率每低1个百分点扣0.3分，最高扣1.5分；发生重大群体性事件或个人极端事件的，"
                 "实行一票否决，本项不得分。", 7, "排查化解台账、调解记录"),
            _row("“七一”、春节走访慰问老党员、生活困难党员和困难群众；建立独居老人、留守儿童等特殊群体关爱台账，网格员每月至少上门探访一次。",
                 "走访慰问每少1人扣0.2分，最高扣1.5分；无关爱台账的扣1分；上门探访每少1次扣0.2分，最高扣2分。", 6, "慰问名单、慰问照片、关爱台账"),
        )),
        Section("阵地保障", "四、阵地保障（20分）", 20, (
            _row("社区党群服务中心有标识、有党旗、有制度，每周开放不少于6天，节假日安排专人值班；服务功能布局合理，群众使用率高。",
                 "标识、党旗、制度每缺一项扣0.5分；开放时间不足或节假日无人值班的扣1分；功能布局不合理、群众使用率低的，酌情扣0.5-1分。", 5,
                 "阵地照片、管理制度、值班表"),
            _row("与辖区机关、企事业单位党组织签订共建协议不少于3家，每半年召开一次“大党委”联席会议；共建单位年内认领服务项目不少于3个。",
                 "共建协议每少1家扣0.5分；联席会议每少1次扣1分；认领项目每少1个扣0.5分。", 5, "共建协议、会议纪要、项目认领清单"),
            _row("年初制定社区党建工作计划，6月底前形成上半年工作小结，年底形成全年工作总结；社区党委书记年底向街道党工委述职，述职评议满意率不低于百分之"
                 "九十。",
                 "缺计划、小结或总结的，每项扣1分；未述职的扣2分；满意率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分。", 6,
                 "工作计划、半年小结、工作总结、述职报告、测评统计表"),
            _row("党务每季度公开一次，重大事项随时公开；年内在区级以上媒体宣传报道社区党建工作不少于2次。",
                 "党务公开每少1次扣0.5分；重大事项未及时公开的扣0.5分；宣传报道每少1次扣0.5分。", 4, "公开栏照片、报道截图"),
        )),
    ),
)

HEADER = ["考核内容", "评分标准", "分值", "佐证材料"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月下旬组织考核，党建办牵头，社区建设办、综治中心、物业管理科、街道纪工委参加，采取听取汇报、查阅佐证材料、实地查看、"
    "入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；诉求办结率以桃城区12345政务服务便民热线平台数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选“五星级社区党组织”和社区工作者绩效"
    "奖励的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：河东街道各社区党委（党总支））")
    document.add_paragraph("社区：              考核组：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.text), (1, row.scoring), (2, _fmt(row.points)), (3, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
