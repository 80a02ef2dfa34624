"""长江引航中心党委2025年度张家港引航站党支部考核评分表 (.xlsx), as the 党委 of the 长江引航中心 (its 党群工作部 with the 安全技术部, the 引航调度
中心, the 人力资源部 and the 纪委办公室, a 考核组 that comes down the river to the 张家港 引航员 待命基地 in the last ten days of December, when the 长江 is at
its winter low off the 双山岛, the 10万吨 bulk carriers and the 化学品船 queue at the 福姜沙 anchorage for their 引航员, the 夜航 runs through the 深水航道
under the lights of the 沪通长江大桥 and the 引航员 sleep between boardings in the 待命 rooms by the 港区) scores the 党支部 of a 引航站: a 支部 whose 党员 are
高级引航员 and 见习引航员 who are seldom ashore, who bring the 大型船舶 and 危险品船 in to the 张家港 and 常熟 港区 day and night: a sheet of 考核项目 whose
考核标准 prints what the 支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring the 引航安全率 and the 年底 满意率 in bands and
grading the 先锋 作用 by 好/较好/一般) and whose 考核方式及佐证材料 says how the 考核组 looks and which papers it reads: 党建责任 (the “第一议题”, a monthly
集中学习, 24学时 and the 补学; a half-yearly 研判, a half-yearly 谈心谈话 and no 负面舆情; the 年初 责任书, a quarterly 廉洁教育 and a 一票否决), 组织建设 (the
“三会一课”, the 书记's 党课, the 参会率 and the 补课; the 主题党日 with 计划、签到、记录、照片 and the “航海日” 宣传; the 组织生活会, the 征求意见, the 谈心谈话,
the 对照检查材料, the 民主评议 and the 备案; 党费 按月 with a quarterly 公示, one 积极分子 or 发展对象, the 公示 and a "本项不得分"; the 3至5名, the 换届 and the
引航员 占比), 安全引航 (no 责任事故 and a 一票否决, the 引航安全率 in bands, the 高风险 任务比例 and the 险情 报告; three 先锋引航组、示范岗, the 亮身份, a quarterly
复盘 and the graded 作用; two 课题, four “师带徒” and the 通过率; the 突击队, a half-yearly 演练 and the 带头; the 按时执行率, the 办结率 and the 年底 满意率 in
bands; two 共建协议, a half-yearly 联学共建 and a quarterly 志愿服务) and 基础保障 (the 年初 计划, the 半年 小结, the 年底 总结, the 年底 述职 and the “好”等次
比例; the “党员之家”, the 标识、制度、学习资料 and a quarterly 宣传栏 更新; the 手册 by month, the 准确率 and the 年底 归档; the “七一”、春节 慰问, the 关爱台账 and
a yearly 心理疏导 or 体检; six 稿件 and one 先进典型).

A merged title row, a merged "考核对象：张家港引航站党支部" line and a merged "考核组：    考核日期：" line above the header 考核项目 | 考核标准 | 分值 | 扣分
办法 | 考核方式及佐证材料. There is NO 序号: the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "党建责任\\n（15分）"; there is no short sub-label. 考核标准 (`Row.text`) says what is required; 分值 is a
plain number BEFORE the 扣分办法 (`Row.scoring`); 考核方式及佐证材料 (`Row.method`) last, naming the ways the 考核组 checks and the papers it reads ("查阅…、
…；个别谈话"). A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月开展一次",
"每人每年…不少于24学时", "每半年开展一次", "每半年…一次", "全年", "年初", "每季度开展一次", "全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "每年讲党课不少于1次", "不低于百分之八十", "每月开展一次", "每年“航海日”（7月11日）前后…一次", "每年召开一次", "按月", "每季度公示
一次", "年内…不少于1名", "不少于5个工作日", "3至5名", "按期", "不低于百分之六十", "全年", "百分之九十九点九以上", "不低于百分之七十", "不少于3个", "每季度开展
一次", "年内…不少于2项", "不少于4对", "百分之八十五", "每半年…一次", "百分之九十八", "100%", "年底", "百分之九十五", "不少于2家", "每半年开展一次", "每季度开展
一次", "年初", "年中", "年底", "年底", "不低于百分之八十", "每季度更新一次", "按月", "100%", "年底", "“七一”、春节", "每年组织一次", "年内…不少于6篇", "不少于1名");
"最高扣" caps; bands of the 引航安全率 (4 of the 8 points, closed by "99.8%以下的不得分") and of the 年底 满意率 (2.5 of the 5, closed by "90%以下的不得分");
the 先锋 作用 graded "好的得1.5分，较好的得1分，一般的不得分"; "每低5个百分点" three times and "每低1个百分点" once; "酌情扣0.5-1分" once and "酌情扣1-2分" once; two
"实行一票否决，本项不得分" and one other "本项不得分".
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


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核标准, 分值, 扣分办法, 考核方式及佐证材料."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzk_changjiang_yinhang_zhangjiagang_zhan_zhibu_xlsx",
    fmt="xlsx",
    title="长江引航中心党委2025年度张家港引航站党支部考核评分表",
    numbering="position",
    sections=(
        Section("党建责任", "党建责任\n（15分）", 15, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；引航员党员每人每年参加集中学习培训不少于24学时，因在船引航不能参加集中学习的，通过“学习强国”、"
                 "线上课堂补学。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣1.5分；补学不落实的，酌情扣0.5-1分。",
                 "查阅学习记录、学时统计表；个别谈话"),
            _row("每半年开展一次意识形态工作分析研判；支部书记每半年与每名党员谈心谈话一次，及时掌握引航员思想动态和工作压力；全年无引航员负面舆情。", 5,
                 "研判每少1次扣1分；谈心谈话每少1人次扣0.1分，最高扣1.5分；发生负面舆情造成不良影响的扣2分。",
                 "查阅研判记录、谈心谈话记录"),
            _row("支部书记年初与引航中心党委签订党风廉政建设责任书；每季度开展一次廉洁教育；严格执行引航“十严禁”，全年无吃拿卡要、收受船方财物问题。", 5,
                 "未签订责任书的扣1分；廉洁教育每少1次扣0.5分；引航员收受船方财物经查实的，实行一票否决，本项不得分。",
                 "查阅责任书、廉洁教育记录；船方回访"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，结合引航排班在待命间隙召开；支部书记每年讲党课不少于1次；"
                 "党员参会率不低于百分之八十，缺席党员及时补课。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣2分；缺席党员未补课的，每人次扣0.1分，最高"
                 "扣1分。",
                 "查阅会议记录、签到表"),
            _row("每月开展一次主题党日活动，做到有计划、有签到、有记录、有照片；每年“航海日”（7月11日）前后组织党员开展一次“红色航标”主题宣传活动。", 5,
                 "主题党日每少1次扣0.3分，最高扣2.5分；计划、签到、记录、照片每缺一项扣0.2分，最高扣1分；未开展航海日主题宣传活动的扣1.5分。",
                 "查阅活动计划、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前征求船方代理、港口企业意见，支委成员之间、支委与党员之间开展谈心谈话，撰写对照检查材料；会后开展民主评议党员，"
                 "评议结果报引航中心党委备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；对照检查材料每缺1份扣0.2分，最高扣0.5分；未开展民主评议党员的扣1分；"
                 "评议结果未备案的扣0.5分。",
                 "查阅会议记录、对照检查材料、民主评议测评表"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次；年内从青年引航员中确定入党积极分子或发展对象不少于1名，发展对象公示不少于5个工作日。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.3分，最高扣1分；未确定积极分子或发展对象的扣1分；发展对象未公示的扣1分；违反程序"
                 "发展党员的，本项不得分。",
                 "查阅党费收缴台账、公示照片、发展党员档案"),
            _row("支委会设委员3至5名，任期届满按期换届；引航员党员占支委会成员比例不低于百分之六十。", 3,
                 "未按期换届的扣1.5分；支委配备不齐的扣0.5分；引航员党员占比低于60%的扣1分。",
                 "查阅换届批复、支委分工文件"),
        )),
        Section("安全引航", "安全引航\n（35分）", 35, (
            _row("全年引航安全责任事故为零；引航安全率达到百分之九十九点九以上；党员引航员承担大型船舶、危险品船舶、夜航等高风险引航任务比例不低于百分之七十；"
                 "引航险情及时报告。", 8,
                 "发生引航责任事故的，实行一票否决，本项不得分；引航安全率99.95%以上的得4分，99.9%（含）—99.95%的得3分，99.8%（含）—99.9%的得1分，99.8%以下的"
                 "不得分；高风险任务比例每低5个百分点扣0.5分，最高扣2分；引航险情未及时报告的，每起扣1分。",
                 "查阅引航调度系统、安全月报"),
            _row("设立“党员先锋引航组”“党员示范岗”不少于3个，党员引航员在引航作业中亮身份；每季度开展一次“党员讲安全”案例复盘活动。", 6,
                 "先锋引航组、示范岗每少1个扣1分；未亮身份的扣0.5分；案例复盘每少1次扣0.5分，最高扣2分；先锋作用发挥由考核组评定，好的得1.5分，较好的得1分，"
                 "一般的不得分。",
                 "实地查看；查阅先锋引航组名单、复盘记录"),
            _row("支部牵头组织引航技术攻关，年内完成超大型船舶靠离泊、深水航道夜航等课题不少于2项；党员高级引航员与见习引航员结对“师带徒”不少于4对，见习引航员"
                 "年内考核通过率达到百分之八十五。", 6,
                 "攻关课题每少1项扣1分；“师带徒”每少1对扣0.5分，最高扣1.5分；考核通过率每低5个百分点扣0.5分，最高扣1.5分。",
                 "查阅课题结题报告、师带徒协议、考核成绩单"),
            _row("组建党员应急突击队，每半年参加一次水上搜救、防台防汛应急演练；遇恶劣天气、紧急引航任务时党员带头登轮。", 5,
                 "未组建应急突击队的扣1分；应急演练每少1次扣1分；紧急任务中党员未带头的，酌情扣1-2分。",
                 "查阅突击队名单、演练记录、演练照片"),
            _row("引航计划按时执行率达到百分之九十八；船方投诉按期办结率100%；年底开展船方、代理满意度测评，满意率达到百分之九十五。", 5,
                 "按时执行率每低1个百分点扣0.3分，最高扣1.5分；投诉未按期办结的，每件扣0.5分，最高扣1分；满意率98%以上的得2.5分，95%（含）—98%的得2分，"
                 "90%（含）—95%的得1分，90%以下的不得分。",
                 "查阅引航调度系统；第三方测评"),
            _row("支部与港口企业、海事处党组织签订党建共建协议不少于2家，每半年开展一次联学共建活动；党员志愿服务队每季度开展一次“进港区、进船舶”安全宣传志愿"
                 "服务。", 5,
                 "共建协议每少1家扣1分；联学共建每少1次扣0.5分；志愿服务每少1次扣0.5分，最高扣1.5分。",
                 "查阅共建协议、活动照片、志愿服务记录"),
        )),
        Section("基础保障", "基础保障\n（25分）", 25, (
            _row("年初制定支部年度工作计划，年中形成半年工作小结，年底形成年度工作总结；支部书记年底向引航中心党委述职，述职评议“好”等次比例不低于百分之八十。",
                 6,
                 "缺计划、小结或总结的，每项扣1分；书记未述职的扣2分；“好”等次比例低于80%的扣1分。",
                 "查阅工作计划、半年小结、工作总结、述职报告"),
            _row("依托引航员待命基地建设“党员之家”，做到有标识、有制度、有学习资料；在引航艇、待命点设置党建宣传栏，每季度更新一次内容。", 5,
                 "未建设“党员之家”的扣2分；标识、制度、学习资料每缺一项扣0.5分；宣传栏每少更新1次扣0.2分，最高扣0.8分。",
                 "实地查看；查阅宣传栏照片"),
            _row("支部工作手册按月填写；党员信息在全国党员管理信息系统中及时维护，信息准确率100%；“三会一课”、主题党日、党费等台账年底装订归档。", 5,
                 "工作手册每缺1个月扣0.2分，最高扣1.5分；信息准确率低于100%的扣1分；年底未归档的扣1分。",
                 "查阅支部工作手册；抽查全国党员管理信息系统"),
            _row("“七一”、春节走访慰问老党员、困难党员和长期在船引航党员家属；建立引航员身心健康关爱台账，每年组织一次心理疏导或健康体检。", 5,
                 "走访慰问每少1人扣0.2分，最高扣1.5分；无关爱台账的扣1分；未组织心理疏导或健康体检的扣1.5分。",
                 "查阅慰问名单、关爱台账、体检通知"),
            _row("年内在长江航务管理局网站、“长江引航”公众号等平台刊发支部党建和引航服务稿件不少于6篇；选树党员先进典型不少于1名。", 4,
                 "稿件每少1篇扣0.3分，最高扣1.5分；未选树先进典型的扣1分。",
                 "网络查阅；查阅先进典型推荐材料"),
        )),
    ),
)

HEADER = ["考核项目", "考核标准", "分值", "扣分办法", "考核方式及佐证材料"]
NOTE = ("说明：1.本表由引航中心党委于12月下旬组织考核，党群工作部牵头，安全技术部、引航调度中心、人力资源部、纪委办公室参加，以2025年1月1日至考核之日"
        "形成的资料和引航调度系统数据为准；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次或等次的，按档次、等次计分；引航员因连续在船引航未能"
        "参加组织生活的，经支部书记批准可集中补课，不计缺席；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核"
        "结果作为评选中心“先进基层党组织”和“党员先锋引航组”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "引航站党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：张家港引航站党支部", ncols)
    xlsx_line(ws, "考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 54, 6, 54, 26))
    wb.save(str(path))
