"""中共咸阳市医疗保障局机关委员会2025年度市医疗保障事务中心党支部党建工作考核评分表 (.docx), as the 机关党委 of the 医疗保障局 of 咸阳 in 陕西 (its
专职副书记 with the 机关纪委, the 办公室 and the 基金监管科, a 考核组 of three walking over from the 局 to the 事务中心's 经办大厅 on 人民路 in the last weeks of
December, when the 渭河 is low and brown under the 古渡 bridge, the 大厅 is full of the 异地就医 备案 and the 城乡居民 参保 for the new year, the 窗口 党员 wear
their 党徽 on the blue waistcoats and the 基金 auditors are closing the year's 稽核 files) scores the 党支部 of the 市医疗保障事务中心, a 事业单位 of the 局: a
table whose 考核要点 prints what the 支部 must have done or reached and whose 计分规则 takes points off one clause at a time (scoring the 窗口 好评率 in bands):
政治建设 (two 集中学习 a quarter and 32学时; a half-yearly 报告 on the 意识形态, the 审核 of the 稿件 and a 一票否决; the 年初 责任书, a quarterly 警示教育 and the
风险点 排查; the 书记's 党课, the 支委's 党课 and the 政治生日), 组织建设 (the “三会一课”, the 记录 and no 业务 in place of the 组织生活; the monthly 主题党日 and a
yearly 现场教学; the 组织生活会, the 谈心谈话, the 民主评议 and its 反馈; the 换届, the 书记 and 3天; 党费 按月, a yearly 公布 and one 积极分子; the 亮身份, two
示范岗, the 年初 承诺 and the 年底 践诺), 业务融合 (the 品牌创建方案 and a yearly 交流; the 好评率 in bands and the 办结率; the 先锋队, a quarterly 宣传, the
照片 and the 帮代办; the 攻坚项目 and a 一票否决), 作风建设 (a half-yearly “走流程、找堵点”, the 问题清单, the 整改台账 and the 完成率; a deduction-only line on
the 廉洁; the 满意率 and 12小时 of 志愿服务) and 基础工作 (the 年初 计划, the 年底 总结 and 述职; the 制度, the 活动室 and the 平台).

The title (bold, centred) and a "被考核党支部：…考核人：…考核日期：" line above one table: 考核指标 | 考核要点 | 分值 | 计分规则. There is NO 序号: the items
are numbered by position 1..19. The 考核指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line,
"政治建设\n（20分）"; there is no short sub-label. 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分规则 (`Row.scoring`);
there is no 佐证, 考核方式 or 得分 column. A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly
all in the 考核要点 ("每季度…不少于2次", "不少于32学时", "每半年…一次", "年初", "每季度开展一次", "每年…不少于1次", "每年…不少于1次", "当月", "支委会每月至少
召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度至少1次", "每月开展一次", "全年…一次以上", "每年召开一次", "每年…不少于3天", "按月",
"每年…公布一次", "年内…不少于1名", "不少于2个", "年初", "年底", "年内", "百分之九十八以上", "100%", "每季度…不少于1次", "不少于1个", "每半年开展一次",
"100%", "百分之九十五以上", "每人每年不少于12小时", "年初", "年底", "年底"); "最高扣" caps; bands of the 好评率 (5 of the 8 points, closed by "95%以下的不
得分"); "每低1个百分点" twice and "每低10个百分点" once; "每少1人" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" twice; two "实行一票否决，本项不得分" and one
plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 计分规则."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzv_xianyang_yibao_shiwu_zhongxin_zhibu_docx",
    fmt="docx",
    title="中共咸阳市医疗保障局机关委员会2025年度市医疗保障事务中心党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每季度组织集中学习不少于2次；党员年度学习培训不少于32学时，“学习强国”平台学习常态化。", 6,
                 "集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣2分；“第一议题”制度落实不到位的扣1分。"),
            _row("落实意识形态工作责任制，每半年向机关党委报告一次意识形态工作情况；医保政策解读、宣传稿件发布前履行审核程序。", 5,
                 "报告每少1次扣1分；稿件发布未经审核的，每篇扣0.5分，最高扣2分；发生意识形态责任事件的，实行一票否决，本项不得分。"),
            _row("落实全面从严治党主体责任，年初签订党风廉政建设责任书，每季度开展一次警示教育；基金审核、稽核岗位廉政风险点排查全覆盖。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；廉政风险点排查未全覆盖的，酌情扣0.5-1分。"),
            _row("支部书记每年讲党课不少于1次，支委成员每年到所联系党小组讲党课不少于1次；党员政治生日当月开展重温入党誓词活动。", 4,
                 "书记未讲党课的扣1.5分；支委成员讲党课每少1人次扣0.5分；政治生日活动未开展的，每人次扣0.1分，最高扣1分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("严格落实“三会一课”制度：支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度至少1次。", 8,
                 "每少开1次扣0.5分，最高扣5分；会议记录要素不全的，每次扣0.2分，最高扣1分；以业务会议代替党内组织生活的，每次扣0.5分，最高扣2分。"),
            _row("每月开展一次主题党日，结合医保政策宣传进社区、进医院开展活动；全年组织党员开展现场教学一次以上。", 5,
                 "主题党日每少1次扣0.5分，最高扣3分；主题党日内容单一、与业务脱节的，酌情扣0.5-1分；未开展现场教学的扣1分。"),
            _row("每年召开一次组织生活会，会前支委成员之间、支委成员与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果及时反馈本人。", 6,
                 "未召开组织生活会的扣3分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未反馈的扣0.5分。"),
            _row("支部委员会按期换届，支部书记由中心主要负责人或班子成员担任；支委成员每年参加机关党委组织的培训不少于3天。", 4,
                 "未按期换届的扣2分；书记配备不符合要求的扣1分；培训不足3天的，每人扣0.3分，最高扣1分。"),
            _row("党员按月足额交纳党费，党费收缴、使用情况每年向党员公布一次；年内培养入党积极分子不少于1名，注重从业务骨干中发展党员。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；未公布的扣0.5分；未培养入党积极分子的扣1分。"),
            _row("党员在经办窗口和工作岗位上亮身份、亮承诺，设立党员示范岗不少于2个；党员年初作出承诺，年底开展践诺评议。", 3,
                 "党员未亮身份的，每人扣0.1分，最高扣0.5分；示范岗每少1个扣0.5分；未开展承诺践诺的扣1分。"),
        )),
        Section("业务融合", "业务融合\n（25分）", 25, (
            _row("开展“党建+医保服务”品牌创建，制定品牌创建方案；年内品牌经验做法在市级以上会议交流或媒体刊发。", 5,
                 "无品牌创建方案的扣2分；品牌特色不鲜明的，酌情扣1-2分；未在市级以上交流或刊发的扣1分。"),
            _row("党员带头落实医保经办“好差评”制度，窗口服务好评率达到百分之九十八以上；群众投诉件按期办结率100%。", 8,
                 "好评率99%以上的得5分，98%（含）—99%的得4分，95%（含）—98%的得2分，95%以下的不得分；办结率每低1个百分点扣0.5分，最高扣3分。"),
            _row("成立党员先锋队，每季度开展医保政策宣传进社区、进企业活动不少于1次；为行动不便群众提供上门办、帮代办服务。", 6,
                 "未成立先锋队的扣1分；宣传活动每少1次扣1分；帮代办服务未落实被投诉的，每件扣0.5分；活动无照片的，每次扣0.2分。"),
            _row("党员领衔医保基金监管攻坚项目不少于1个；全年未发生因审核稽核不严导致的基金安全责任事件。", 6,
                 "未确定攻坚项目的扣1分；攻坚项目无明显成效的，酌情扣1-2分；发生基金安全责任事件的，实行一票否决，本项不得分。"),
        )),
        Section("作风建设", "作风建设\n（15分）", 15, (
            _row("每半年开展一次“走流程、找堵点”体验活动，形成问题清单并建立整改台账，问题整改完成率100%。", 5,
                 "体验活动每少1次扣1分；无问题清单或整改台账的扣1分；整改完成率每低10个百分点扣0.5分，最高扣2分。"),
            _row("党员干部严守廉洁纪律，无“吃拿卡要”、违规收受财物等问题（本项为扣分项）。", 5,
                 "党员受到诫勉谈话的，每人扣1分；受到党纪政务处分的，每人扣3分；发生违纪问题被市级以上通报的，本项不得分。"),
            _row("服务对象满意度测评满意率达到百分之九十五以上；党员参加志愿服务每人每年不少于12小时。", 5,
                 "满意率每低1个百分点扣0.5分，最高扣3分；志愿服务时长不足的，每人扣0.2分，最高扣2分。"),
        )),
        Section("基础工作", "基础工作\n（10分）", 10, (
            _row("年初制定支部工作计划，年底形成工作总结；支部书记年底向机关党委述职。", 4,
                 "无计划或总结的，每项扣1分；书记未述职的扣2分。"),
            _row("建立“三会一课”、党费收缴、谈心谈话等制度；党员活动室标识规范；支部工作资料在党建信息平台规范录入。", 6,
                 "制度每缺一项扣0.5分，最高扣1.5分；活动室不规范的扣1分；平台信息录入不及时、不准确的，每次扣0.2分，最高扣2分。"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "分值", "计分规则"]
NOTE = ("备注：本表由局机关党委于2025年12月下旬组织考核，采取听取汇报、查阅资料、实地查看、个别访谈和问卷测评相结合的方式；各项扣分以该项分值"
        "为限，扣完为止；计分规则列明得分档次的，按档次计分；好评率、办结率以省医保经办“好差评”系统数据为准。考核得分90分以上为“好”，80—89分为"
        "“较好”，70—79分为“一般”，70分以下为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    document.add_paragraph("被考核党支部：市医疗保障事务中心党支部        考核人：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
