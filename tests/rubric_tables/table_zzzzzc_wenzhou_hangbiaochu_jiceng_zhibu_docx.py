"""温州航标处党委2025年度基层党支部党建工作考核评分表 (.docx), as the 处党委 of the 温州航标处 of the 交通运输部东海航海保障中心 (its 党群工作办公室
with the 航标管理科, the 安全监督科, the 船舶管理科 and the 纪检监察室, a 考核组 that takes the 航标船 out to the 洞头 and 南麂 灯塔 and along the 瓯江口
in the first half of January, when the winter 北风 keeps the boats in the 港 for days, the 灯器 of the 岛礁 are being checked after the last 台风 and the
渔船 are back for the 春节) scores the 党支部 of its 航标管理站 and 航标船舶: the 站长 and the 船长 who are also the 书记, the 党员 who keep the 灯塔 on the
islands a month at a stretch, the 船员 on the 航标船 who change the 浮标 in the swell, the 青年 技术员 from whom the 支部 hopes to 发展: a table of 考核项目
whose 考核要点 prints what the 支部 must have done, whose 评分办法 takes points off one clause at a time (scoring the 航标维护正常率 in bands) and whose last
column says how the 考核组 checks and which papers it asks for: 政治建设 (the “第一议题”, a monthly 集中学习, 5天 or 40学时 and the 自学; a half-yearly
研判, the 先审后发 and a 一票否决; two 现场教学 at the 红色教育基地 or the 灯塔陈列馆 and the “灯塔精神” 党课), 组织建设 (the “三会一课” with the 线上
参会, the 参会率 and its 记录; the 主题党日 on the third Wednesday, four “流动主题党日”, the 签到 and 照片; the 组织生活会, the 征求意见, the 民主评议 and
its 通报; one 积极分子, the 公示, the 程序 and 党费 按月 with a quarterly 公示; a half-yearly 谈心谈话, the 帮扶台账 and a quarterly 走访), 业务融合 (ten
先锋岗 and 责任标, the 维护正常率 in bands and the 恢复; a monthly 巡检, the 24小时 排查 and its 上报; a quarterly 演练, a monthly 安全检查, the 整改率 and a
一票否决; the 志愿服务队, six 宣传 and 2000份 资料; three 共建协议 and a half-yearly 联学联建; the 节日 慰问 and three 实事) and 基础保障 (the 标识、党旗、
制度, the “流动党员活动室” and its 书籍; the 台账 by month, the 年底 归档 and two 信息 a quarter; the 年初 计划, the 7月15日 半年总结, the 年底 总结, the
年底 述职 and its 满意率; the 年底 问卷 and the 满意度).

The title (bold, centred) and a centred "（考核对象：处属各航标管理站党支部、航标船舶党支部）" line above one table: 考核项目 | 序号 | 考核要点 | 分值 | 评分办法
| 考核方式及佐证材料. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）";
序号 (SECOND column) RESTARTS at 1 beside every 考核项目 (ids "1.1" … "4.4"); there is no short sub-label. 考核要点 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); 考核方式及佐证材料 (`Row.method`) comes LAST and names the ways of checking and the papers
("查阅…、…", "调阅…", "实地查看", "个别访谈"). A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and
Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每人每年…不少于5天或40学时", "每半年开展一次", "全年", "年内…不少于2次", "支部委员会每月
召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月第三个星期三", "年内…不少于4次", "每年召开一次", "年内…
不少于1名", "不少于5个工作日", "按月", "每季度公示一次", "每半年…一次", "每季度走访一次", "不少于10座", "百分之九十九点八以上", "每月巡检不少于1次", "24
小时内", "每季度开展一次", "每月开展一次", "100%", "全年", "年内…不少于6次", "不少于2000份", "不少于3个", "每半年开展一次", "春节、中秋", "100%", "年内…
不少于3件", "按月", "年底", "每季度…不少于2篇", "年初", "7月15日前", "年底", "年底", "不低于百分之九十", "年底", "不少于50份", "百分之九十五"); "最高扣" caps;
bands of the 航标维护正常率 (4 of the 9 points, closed by "99.5%以下的不得分"); "每低5个百分点" twice and "每低1个百分点" twice; "每少200份" and "每少10份"
once each; "酌情扣0.5-1分" twice; two "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 评分办法, 考核方式及佐证材料."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzc_wenzhou_hangbiaochu_jiceng_zhibu_docx",
    fmt="docx",
    title="温州航标处党委2025年度基层党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加学习培训不少于5天或40学时；驻站、随船党员利用“学习强国”、交通运输网络"
                 "学院开展自学。", 5,
                 "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣2分；自学未落实的，酌情扣0.5-1分。",
                 "查阅学习记录、网络学院学时统计"),
            _row("每半年开展一次意识形态分析研判；航标站、船舶工作微信群信息先审后发；全年不发生意识形态问题。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。",
                 "查阅研判记录，抽查工作微信群"),
            _row("开展“灯塔精神”教育，年内组织党员到红色教育基地或灯塔陈列馆开展现场教学不少于2次；新入职职工入职教育中讲授“灯塔精神”专题党课。", 6,
                 "现场教学每少1次扣1分；未讲授专题党课的扣1.5分；活动流于形式的，酌情扣0.5-1分。", "查阅活动方案、活动照片、党课讲稿"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；出海作业、驻岛值守党员通过线上方式参加，党员参会率"
                 "不低于百分之八十五。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；线上参会无记录的，每次扣0.2分，最高扣1分。",
                 "查阅会议记录本、签到表、线上会议截图"),
            _row("每月第三个星期三开展主题党日活动；年内结合航标巡检、护航保障开展“流动主题党日”不少于4次；活动有签到、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；“流动主题党日”每少1次扣0.5分；缺签到或照片的，每次扣0.1分，最高扣1分。", "查阅活动记录、签到表、照片"),
            _row("每年召开一次组织生活会，会前征求港航企业、渔民群众意见；会后开展民主评议党员，评议结果在支部内通报。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分。",
                 "查阅会议记录、征求意见表、民主评议测评表"),
            _row("年内确定入党积极分子不少于1名；发展对象、预备党员接收和转正公示不少于5个工作日；党员按月交纳党费，党费收缴情况每季度公示一次。", 4,
                 "未确定积极分子的扣1分；未公示的，每人扣0.5分；违反程序发展党员的，本项不得分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣"
                 "0.3分。", "查阅积极分子名册、公示材料、党费收缴台账"),
            _row("支部书记每半年与每名党员谈心谈话一次；对长期驻岛、出海职工建立家庭帮扶台账，每季度走访一次职工家属。", 3,
                 "谈心谈话每少1人次扣0.1分，最高扣1分；无帮扶台账的扣0.5分；走访每少1次扣0.3分，最高扣1分。", "查阅谈话记录、帮扶台账、走访记录"),
        )),
        Section("业务融合", "三、业务融合（40分）", 40, (
            _row("设立党员先锋岗、党员责任标不少于10座；辖区公用航标维护正常率达到百分之九十九点八以上；航标失常后按规定时限恢复。", 9,
                 "先锋岗、责任标每少1座扣0.3分，最高扣2分；维护正常率99.8%以上的得4分，99.5%（含）—99.8%的得2分，99.5%以下的不得分；失常恢复超时的，"
                 "每次扣0.5分，最高扣3分。", "查阅责任标名册，调阅航标动态监测系统"),
            _row("党员带头参加灯塔、岛礁航标巡检，每月巡检不少于1次；台风过境后24小时内完成受影响航标排查，排查情况及时上报。", 6,
                 "巡检每少1次扣0.3分，最高扣2分；台风后排查不及时的，每次扣1分；排查情况未上报的，每次扣0.5分。", "查阅巡检记录、排查报告"),
            _row("航标船舶每季度开展一次消防、弃船应急演练；每月开展一次安全检查，隐患整改率达到100%；全年不发生一般及以上安全生产责任事故。", 8,
                 "演练每少1次扣0.5分；安全检查每少1次扣0.3分，最高扣1.5分；整改率每低1个百分点扣0.2分，最高扣2分；发生一般及以上安全生产责任事故的，实行"
                 "一票否决，本项不得分。", "查阅演练方案、演练照片、安全检查记录、隐患整改台账"),
            _row("组建党员志愿服务队，年内进港口、进渔村开展航海安全宣传志愿服务不少于6次，发放宣传资料不少于2000份。", 6,
                 "未组建志愿服务队的扣1分；宣传每少1次扣0.5分，最高扣2分；宣传资料每少200份扣0.2分，最高扣1分。", "查阅志愿服务记录、活动照片"),
            _row("与海事处、港航企业、渔村党组织签订共建协议不少于3个，每半年开展一次联学联建活动。", 5,
                 "共建协议每少1个扣0.5分；联学联建每少1次扣1分。", "查阅共建协议、活动记录"),
            _row("春节、中秋等节日走访慰问驻岛、出海职工及家属，慰问覆盖率100%；年内为基层站点职工办实事不少于3件。", 6,
                 "慰问每少1人扣0.2分，最高扣2分；办实事每少1件扣0.5分，最高扣1.5分。", "查阅慰问签领表、实事清单，个别访谈"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("支部活动阵地有标识、有党旗、有制度；航标船舶设立“流动党员活动室”，配备学习书籍。", 5,
                 "标识、党旗、制度每缺一项扣0.5分；船舶未设立流动党员活动室的扣1.5分；未配备学习书籍的扣0.5分。", "实地查看，查阅阵地照片"),
            _row("党建台账按月整理，年底装订归档；每季度向处党委报送党建工作信息不少于2篇。", 5,
                 "台账未按月整理的，每月扣0.1分，最高扣1分；年底未归档的扣1分；信息每少1篇扣0.2分，最高扣1.5分。", "查阅党建台账、信息报送登记表"),
            _row("年初制定支部工作计划，7月15日前报送半年工作总结，年底形成年度工作总结；支部书记年底向处党委述职，接受党员职工测评，满意率不低于百分之"
                 "九十。", 6,
                 "缺计划、半年总结或年度总结的，每项扣1分；未述职的扣2分；满意率每低5个百分点扣0.5分，最高扣2分。",
                 "查阅工作计划、工作总结、述职报告、测评表"),
            _row("年底向港航企业、渔民群众发放服务满意度调查问卷不少于50份，服务满意度达到百分之九十五。", 4,
                 "问卷每少10份扣0.2分，最高扣1分；满意度每低1个百分点扣0.3分，最高扣3分。", "查阅调查问卷、统计表"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "分值", "评分办法", "考核方式及佐证材料"]
NOTES = (
    "说明：",
    "1.本表由处党委于次年1月上旬组织考核，党群工作办公室牵头，航标管理科、安全监督科、纪检监察室参加，以2025年1月1日至12月31日形成的资料为准；"
    "航标船舶党支部可通过视频方式接受考核。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；航标维护正常率以东海航海保障中心航标动态监测系统年度统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与站点、船舶年度绩效挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：处属各航标管理站党支部、航标船舶党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
