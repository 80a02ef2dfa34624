"""北部湾港引航中心2025年度引航站党支部党建工作考核细则 (.docx), as the 中心党委 of the 引航 service of the 广西 北部湾 ports (its 党群工作部 with
the 安全技术部, the 调度中心 and the 纪委办公室, a 考核组 going down to 钦州, 防城港 and 北海 in the second half of December, when the 东北季风 blows
and the 引航艇 pitch at the 锚地) scores the 党支部 of its 引航站: the 引航员 who climb the 软梯 of a 外轮 at night and take a 三十万吨 油轮 or an
LNG 船 up the 航道, who keep their 外事 and 保密 rules on a foreign bridge and take no 礼品 from the 船方 and the 代理, the 引航艇 驾驶员, the 调度 who
set the 引航计划, the 台风 season when every 船 must leave the 港 in time: a table with section rows whose 考核内容 prints what the 支部 must have
done, whose 扣分办法 takes points off one clause at a time (scoring the 党员引航比例 in bands), and whose 考核方式及佐证材料 column says how the 考核组
checks and names the papers it reads: 政治建设 (the “第一议题”, a monthly 集中学习, the 补学 within ten days and 32学时; a half-yearly 涉外保密教育, the
保密承诺 and a 一票否决; a half-yearly 研判, the 年底 述职, the 年初 责任书 and a quarterly 廉洁教育; no 宴请 or 礼品 and no 处分), 组织建设 (the “三会
一课”, the 线上 参会 and the 补课; the 主题党日 on the first Wednesday, the 活动点, the 参加率 and two 现场教学; the 组织生活会, the 谈心谈话 全覆盖, the
批评和自我批评, the 民主评议 and the 整改清单; one 积极分子, a quarterly 考察, the 公示 and a 一票否决; 党费 按月, the 核定 by the end of March and a
quarterly 公示; the 花名册, a half-yearly 更新 and the “一人一档”), 安全引航 (no 引航事故 and the 安全引航率; the 示范岗, the 党员引航比例 in bands and
the 作用; the 准点率, the 休息 and the 疲劳检查记录; the 突击队, the 预案, two 演练 and the 值守; a quarterly 技术交流, three 师徒结对 and 40学时 on the
模拟器; the 年底 满意率) and 基础保障 (the 年初 计划, the 年底 总结, the 平台 monthly and the 归档; the 阵地 and six 信息; the 谈心谈话 with every 党员,
the 体检 and the 健康档案, the 关爱; two 共建协议 and a half-yearly 联建活动).

The title (bold, centred) and a centred "（考核对象：钦州、防城港、北海引航站党支部）" line above one table: 序号 | 考核内容 | 分值 | 扣分办法 | 考核方式及
佐证材料. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、政治建设（20分）". 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). There is no short sub-label: 考核内容 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 考核方式及佐证材料 (`Row.method`) opens on "查阅" or "现场查看" and names the papers, joined
by "、". A 合计 row of 100 closes the table; a "备注：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly
all in the 考核内容 ("每月开展一次", "10日内", "每人每年…不少于32学时", "每半年开展一次", "每半年…一次", "年底", "年初", "每季度开展一次", "支委会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月第一个星期三", "不低于百分之八十", "年内…不少于2次", "每年召开一次", "全覆盖",
"年内…不少于1名", "每季度…一次", "不少于5个工作日", "按月", "每年3月底前", "每季度公示一次", "每半年更新一次", "全年", "百分之百", "不低于百分之七十",
"百分之九十八以上", "不少于6小时", "每年…不少于2次", "每季度开展一次", "不少于3对", "年内…不少于40学时", "年底", "不低于百分之九十五", "年初", "年底",
"按月", "年内…不少于6篇", "每年…不少于1次", "每年…1次", "不少于2家", "每半年开展一次"); "最高扣" caps; bands of the 党员引航比例 (3 of the 6 points,
closed by "50%以下的不得分"); "酌情扣0.5-1分" three times, "酌情扣1-2分" once, "酌情扣1分" and "酌情扣0.5分" once each; three "实行一票否决，本项不得分";
one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 扣分办法, 考核方式及佐证材料."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzp_beibuwan_yinhangzhan_zhibu_docx",
    fmt="docx",
    title="北部湾港引航中心2025年度引航站党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习，因引航任务缺席的党员10日内补学；党员每人每年参加学习培训不少于32学时。", 5,
                 "集中学习每少1次扣0.5分，最高扣2分；缺席党员未补学的，每人次扣0.1分，最高扣1分；学时不足的，每人扣0.2分，最高扣2分。",
                 "查阅学习记录、补学登记表"),
            _row("落实涉外工作纪律和保密规定，每半年开展一次涉外保密教育；引航员签订保密承诺书；不发生失泄密和有损国家形象的事件。", 5,
                 "保密教育每少1次扣1分；未签订保密承诺书的，每人扣0.2分，最高扣1分；发生失泄密或有损国家形象事件的，实行一票否决，本项不得分。",
                 "查阅教育记录、保密承诺书"),
            _row("每半年研判一次意识形态和员工思想动态；支部书记年底向中心党委述职；年初签订党风廉政建设责任书，每季度开展一次廉洁教育。", 5,
                 "研判每少1次扣0.5分；未述职的扣1分；未签订责任书的扣1分；廉洁教育每少1次扣0.5分。", "查阅研判记录、述职报告、责任书"),
            _row("严格执行中央八项规定精神，引航员不接受船方、代理方宴请和礼品礼金；党员无违纪违法行为。", 5,
                 "经查实接受船方、代理方宴请或礼品礼金的，每人次扣2分；党员受到党纪政务处分的，本项不得分。", "查阅投诉举报记录、回访船方"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；引航员党员因值班不能到会的，通过线上方式参加或会后补课。",
                 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；未参会又未补课的，每人次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5-1分。",
                 "查阅会议记录、签到表"),
            _row("每月第一个星期三开展主题党日，在引航艇、候船楼设立党员活动点；党员参加率不低于百分之八十；年内开展红色教育或海上现场教学不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.3分，最高扣1分；现场教学每少1次扣0.5分。", "查阅活动方案、照片"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖，会上开展批评和自我批评；会后开展民主评议党员，建立问题整改清单。", 6,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；批评和自我批评不严肃、不深刻的，酌情扣0.5-1分；未开展民主评议党员的扣1.5分；无整改"
                 "清单的扣0.5分。", "查阅会议记录、谈心谈话记录、整改清单"),
            _row("注重在青年引航员、引航艇驾驶员中发展党员，年内确定入党积极分子不少于1名，每季度培养考察一次；发展对象公示不少于5个工作日。", 5,
                 "未确定入党积极分子的扣1.5分；培养考察每少1次扣0.3分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "查阅发展党员档案、公示材料"),
            _row("党员按月交纳党费，每年3月底前核定交纳基数；每季度公示一次党费收缴情况。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未按时核定基数的扣1分；公示每少1次扣0.5分。", "查阅党费收缴台账、公示照片"),
            _row("党员花名册信息准确，每半年更新一次；建立党员引航员“一人一档”，记录引航技术等级、安全引航记录和承诺践诺情况。", 3,
                 "无花名册的扣1分；更新每少1次扣0.3分；未建立“一人一档”的扣1分。", "查阅党员花名册、党员档案"),
        )),
        Section("安全引航", "三、安全引航（35分）", 35, (
            _row("全年不发生党员引航员负主要责任的一般及以上等级引航事故；党员引航员安全引航率达到百分之百。", 8,
                 "发生党员负主要责任的一般及以上等级引航事故的，实行一票否决，本项不得分；发生险情、小事故的，每起扣2分，最高扣4分。",
                 "查阅引航事故统计、海事部门通报"),
            _row("设立“党员先锋引航”示范岗，由党员引航员带头承担大型油轮、LNG船、超大型集装箱船等高风险船舶引航任务，高风险船舶党员引航比例不低于"
                 "百分之七十。", 6,
                 "未设立示范岗的扣1分；党员引航比例70%以上的得3分，60%（含）—70%的得2分，50%（含）—60%的得1分，50%以下的不得分；示范岗作用发挥不明显"
                 "的，酌情扣1分。", "查阅引航任务记录、示范岗名单"),
            _row("引航计划准点率达到百分之九十八以上；引航员严格执行休息制度，连续引航后休息不少于6小时，疲劳检查记录完整。", 6,
                 "准点率每低1个百分点扣0.5分，最高扣3分；违反休息制度的，每人次扣0.5分，最高扣2分；疲劳检查记录不完整的扣1分。",
                 "系统查询、查阅疲劳检查记录"),
            _row("台风季节成立党员防抗台风应急突击队，制定应急预案；每年开展引航应急演练不少于2次；台风期间党员带头值守，在港船舶按时安全撤离。", 6,
                 "未成立突击队的扣1分；无应急预案的扣1分；演练每少1次扣1分；台风期间值守不到位的，酌情扣1-2分。", "查阅预案、演练记录、照片"),
            _row("每季度开展一次引航技术交流或典型案例复盘；党员引航员与新引航员“师徒结对”不少于3对；年内每名引航员参加模拟器培训不少于40学时。", 5,
                 "技术交流每少1次扣0.5分；结对每少1对扣0.5分；模拟器培训不足的，每人扣0.2分，最高扣1分。", "查阅交流记录、结对名单、培训记录"),
            _row("年底由中心党委组织港口企业、船公司和船舶代理对引航服务开展满意度测评，满意率不低于百分之九十五。", 4,
                 "满意率每低1个百分点扣0.5分，最高扣4分。", "查阅满意度测评表"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("年初制定支部年度工作计划，年底形成工作总结；支部工作按月在“智慧党建”平台更新，台账分类归档。", 4,
                 "缺计划或总结的，每项扣1分；平台未按月更新的，每月扣0.2分，最高扣1分；台账归档不规范的，酌情扣0.5分。", "查阅计划、总结、平台截图"),
            _row("在候船楼、引航艇建设党员活动阵地，有标识、有制度、有学习资料；年内在中心网站、微信公众号刊发党建信息不少于6篇。", 4,
                 "阵地标识、制度、资料每缺一项扣0.5分；信息每少1篇扣0.3分，最高扣1.5分。", "现场查看、查阅信息链接"),
            _row("支部书记每年与每名党员谈心谈话不少于1次；每年组织引航员健康体检1次，建立健康档案；引航员家庭遇有困难时支部上门看望。", 4,
                 "谈心谈话每少1人扣0.2分，最高扣1.5分；未组织体检的扣1分；无健康档案的扣0.5分；关爱不到位的，酌情扣0.5-1分。",
                 "查阅谈心谈话记录、体检报告"),
            _row("与港口企业、海事、边检党组织开展联建共建，签订共建协议不少于2家；每半年开展一次联建活动。", 3,
                 "共建协议每少1家扣0.5分；联建活动每少1次扣0.5分。", "查阅共建协议、活动记录"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "扣分办法", "考核方式及佐证材料"]
NOTES = (
    "备注：",
    "1.本细则由中心党委于12月下旬组织考核，考核组查阅2025年1月1日至考核之日形成的资料，并到引航艇、候船楼现场查看。",
    "2.各项扣分以该项分值为限，扣完为止；引航事故、准点率以中心调度系统和海事部门认定为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与引航站年度绩效挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：钦州、防城港、北海引航站党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
