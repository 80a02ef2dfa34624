"""长江大学后勤集团2025年度基层党支部工作考核评分表 (.docx), as the 后勤集团党委 of a university in 湖北 荆州 (its 党委办公室 with the 质量
安全部, the 人力资源部 and the 集团纪委, a 考核组 going round the 中心 in December, the 学校 党委组织部 sitting in) scores the 党支部 of the
饮食服务中心, the 学生公寓管理中心, the 物业维修中心 and the 校园服务中心 on three campuses beside the 长江 and the 荆州古城: 食堂 that feed tens
of thousands of 学生 three times a day with the 食材 bought in 定点 and the 留样 kept, 平价窗口 the 学生 watch, 公寓 where 违规电器 are hunted each
month, the 维修工单 of the 后勤服务热线 answered through the night, 厨师, 宿管 and 维修技工 who are 合同制 or sent by 外包服务企业, 倒班 and 夜班
党员 who cannot come to the 支部's afternoon meetings, 迎新 and 毕业季 when the 志愿者 are out: a table whose 考核内容 carries the requirements
and whose 评分办法 gives the deduction a clause: 政治建设 (a monthly 集中学习 with 32学时 and the 书记's two 党课, a half-yearly 研判 with the
专人, the 审核 and no 舆情, a yearly “后勤服务育人” 主题教育, a yearly 现场教学 at the 洪湖革命纪念馆 and the “七一” 评选表彰), 组织建设 (the “三会
一课” with the monthly 主题党日, the 倒班 党员 and the 签到, the 组织生活会 with 谈心谈话, 征求意见, 民主评议, the 整改清单 and the 通报, two
积极分子 and one 发展 a year with the 公示 and the 转正, 党费 with a half-yearly 公示, the 外包服务企业党员台账 and the 系统, the 换届, the 分工, the
党小组 and the 制度), 服务保障 (the 党员食品安全监督岗, the “明厨亮灶” and the 48小时 留样, a monthly 自查, a quarterly 培训 and a 每学期 测评
with the 满意度 and a 一票否决, the 平价窗口 with the 征求意见, the 审批 and a quarterly 通报, the 公寓 先锋岗 with the 全覆盖, a monthly 安全检查
and a 每学期 演练, the 24小时 热线 with the 响应率, the 办结率 and the 满意度 in bands, the 志愿服务队 with six 志愿服务 a year and the 能耗) and
作风和责任 (the “三重一大” 集体决策 with a yearly 风险排查, a half-yearly 警示教育 and the 索证索票, a deduction-only line on 投诉, the 年初 计划
and 责任书, a quarterly 联席会, the 年底 述职 and the 年终 总结, a 年底 测评 scored in bands for the whole 5 points).

The title (bold, centred) and a centred "（考核对象：集团所属饮食服务中心、学生公寓管理中心、物业维修中心、校园服务中心党支部）" line above one
table: 序号 | 考核内容 | 评分办法 | 分值 | 考核方式及佐证材料. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal
and its points on one line, "一、政治建设（15分）". 序号 (FIRST column) runs 1..17 through the whole table, NOT restarting under the section rows.
分值 is a plain number AFTER the 评分办法. 考核方式及佐证材料 (`Row.method`) says how the 考核组 checks and names the papers it opens ("查阅…",
"实地查看", "系统核查", "问卷测评", once "学校纪委、督查办提供"). A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines
follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每年…不少于32学时", "每年讲党课不少于2次", "每半年
研判一次", "每年开展一次", "每年…开展一次", "“七一”前后", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每年至少发展党员1名", "按期", "按月", "每半年公示一次", "每餐次…不少于48小时", "每月
开展一次", "每季度组织一次", "每学期开展一次", "每季度…通报一次", "每月开展一次", "每学期组织一次", "24小时", "全年不少于6次", "每年开展一次",
"每半年开展一次", "年初", "每季度召开一次", "年底", "年终", "年底"); "不少于2个", "不少于5个工作日"; "百分之八十五", "百分之九十五", "百分之
九十八", "百分之九十"; "制度缺一项扣0.3分" once; "最高扣" caps; "酌情扣0.5分" four times; two sets of bands (a 维修 满意度 for 2 of the 6 points
closed by "85%以下的不得分", a 测评 满意度 for the whole 5 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; three other plain
"本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzt_changjiang_daxue_houqin_zhibu_docx",
    fmt="docx",
    title="长江大学后勤集团2025年度基层党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加学习培训不少于32学时；支部书记每年讲党课不少于2次。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分；书记讲党课每少1次扣1分；“第一议题”落实不到位的，酌情扣0.5分。",
                "查阅学习记录、学时登记表、党课讲稿"),
            Row("每半年研判一次意识形态工作；食堂、公寓电子屏、宣传栏、服务微信群等阵地明确专人管理，发布内容经审核；妥善处置涉后勤网络舆情，"
                "不发生负面舆情炒作事件。", 5,
                "研判每少1次扣0.5分；阵地无专人管理的扣1分；发布内容未经审核的，每次扣0.5分；舆情处置不及时造成不良影响的，本项不得分。",
                "查阅研判记录、信息审核登记表"),
            Row("每年开展一次“后勤服务育人”主题教育活动；每年组织党员到洪湖革命纪念馆等红色教育基地开展一次现场教学；“七一”前后开展“优秀共产"
                "党员”“服务标兵”评选表彰。", 5,
                "未开展主题教育活动的扣1.5分；未开展现场教学的扣1分；未开展评选表彰的扣1分；活动无照片资料的，每次扣0.2分。",
                "查阅活动方案、表彰文件、活动照片"),
        )),
        Section("组织建设", "二、组织建设（28分）", 28, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月开展一次主题党日，倒班、夜班党员"
                "错时参加；会议记录完整，参会人员签到。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；倒班党员长期不参加组织生活的，每人扣0.2分；记录不"
                "完整或无签到的，每次扣0.1分，最高扣1分。", "查阅会议记录本、签到表"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求师生意见；开展民主评议党员；会后建立问题整改清单，整改情况在支部党员大会上"
                "通报。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话或未征求意见的扣0.5分；未开展民主评议的扣1分；无整改清单或未通报的扣1分；会议质量"
                "不高、批评和自我批评不深入的，酌情扣0.5分。", "查阅会议记录、谈心谈话记录、征求意见表、整改清单"),
            Row("年内确定入党积极分子不少于2名，注重在厨师、宿管员、维修技工等一线员工中发展党员；每年至少发展党员1名；发展对象公示不少于5个"
                "工作日，预备党员按期转正。", 6,
                "积极分子每少1名扣0.5分；全年未发展党员的扣1.5分；未公示的扣1分；预备党员未按期讨论转正的扣0.5分；违反程序发展党员的，实行"
                "一票否决，本项不得分。", "查阅发展党员档案、公示照片"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；建立外包服务企业党员台账，外包企业员工中的党员纳入支部统一管理或编入联合党小组；"
                "党员信息在全国党员管理信息系统中及时更新。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无外包服务企业党员台账的扣1分；外包企业党员未纳入管理的，"
                "每人扣0.2分；信息更新不及时的，酌情扣0.5分。", "查阅党费收缴台账、公示照片、外包服务企业党员台账"),
            Row("支部按期换届，支委分工明确；按中心、班组设置党小组；“三会一课”、谈心谈话、党员教育管理等制度健全并上墙。", 4,
                "未按期换届的扣1.5分；分工不明确的扣0.5分；党小组设置不合理的扣0.5分；制度缺一项扣0.3分，最高扣1分。",
                "查阅换届选举档案、制度汇编，实地查看"),
        )),
        Section("服务保障", "三、服务保障（35分）", 35, (
            Row("食堂落实食品安全主体责任，每个食堂设立党员食品安全监督岗；执行“明厨亮灶”，每餐次食品留样不少于48小时；每月开展一次食品安全"
                "自查，每季度组织一次从业人员食品安全培训；学生伙食满意度测评每学期开展一次。", 9,
                "未设立党员监督岗的扣1分；留样不规范的，每次扣0.5分；自查每少1次扣0.3分；培训每少1次扣0.5分；测评每少1次扣0.5分；满意度低于"
                "百分之八十五的扣1分；发生食物中毒等食品安全事故的，实行一票否决，本项不得分。",
                "查阅留样记录、自查记录、培训签到表、测评表，实地查看"),
            Row("坚持学生食堂公益性，每个食堂设置平价窗口，提供平价菜品不少于2个；伙食价格调整前征求学生意见并报学校审批；每季度向学生伙食管理"
                "委员会通报一次经营情况。", 7,
                "未设平价窗口的，每个食堂扣1分；平价菜品不足的，酌情扣0.5分；价格调整未征求意见或未报审批的，每次扣1分；通报每少1次扣0.5分。",
                "查阅价格调整审批表、通报记录，实地查看"),
            Row("在学生公寓设立党员先锋岗（服务站），公寓管理党员联系宿舍楼栋全覆盖；每月开展一次违规电器和消防安全检查；每学期组织一次学生"
                "公寓消防疏散演练。", 7,
                "未设立党员先锋岗的扣1分；联系楼栋未全覆盖的，每栋扣0.2分，最高扣1分；安全检查每少1次扣0.5分，最高扣2分；演练每少1次扣1分；"
                "公寓发生火灾事故的，本项不得分。", "查阅检查记录、演练照片，实地查看"),
            Row("开通24小时后勤服务热线，维修工单按时响应率达到百分之九十五，办结率达到百分之九十八；师生对维修服务满意度不低于百分之九十。", 6,
                "热线未24小时畅通的扣1分；响应率每低1个百分点扣0.2分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣1.5分；满意度90%以上"
                "的得2分，85%（含）—90%的得1分，85%以下的不得分。", "系统核查、问卷测评"),
            Row("组建党员志愿服务队，在迎新、毕业季、考试周等时段开展志愿服务，全年不少于6次；开展节约型校园建设，党员带头节水节电，水电能耗"
                "不超过学校下达的年度指标。", 6,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；能耗超过年度指标的扣1分；活动无照片的，每次扣0.1分。",
                "查阅志愿服务记录、活动照片、能耗统计表"),
        )),
        Section("作风和责任", "四、作风和责任（22分）", 22, (
            Row("在食材采购、维修工程、物资验收等环节落实“三重一大”集体决策制度；每年开展一次廉政风险排查；每半年开展一次警示教育；食材采购"
                "执行定点采购、索证索票。", 6,
                "重大事项未集体决策的，每次扣1分；未开展风险排查的扣1分；警示教育每少1次扣0.5分；索证索票不全的，每次扣0.2分，最高扣1分。",
                "查阅会议纪要、采购台账、票据"),
            Row("党员、员工被师生实名投诉服务态度、服务质量问题且查证属实的（本项为扣分项）。", 5,
                "每起扣1分；被学校通报批评的，每次扣2分；造成恶劣影响的，本项不得分。", "学校纪委、督查办提供"),
            Row("年初制定支部工作计划，与集团党委签订党建工作责任书；每季度召开一次党建与业务工作联席会；年底支部书记向集团党委述职；年终形成"
                "工作总结。", 6,
                "无计划的扣1分；未签订责任书的扣0.5分；联席会每少1次扣0.5分；未述职的扣2分；无总结的扣1分。",
                "查阅工作计划、责任书、会议记录、述职报告、工作总结"),
            Row("年底组织师生代表、集团职工对支部工作开展满意度测评，满意度不低于百分之九十。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得3.5分，80%（含）—90%的得2分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分办法", "分值", "考核方式及佐证材料"]
NOTES = (
    "说明：",
    "1.本表由集团党委于12月组织考核，采取查阅资料、实地查看、系统核查、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.食品安全、消防安全事故以学校保卫处、市场监管部门认定为准；维修工单数据以后勤服务平台统计为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与支部书记年度绩效挂钩，作为"
    "评选“先进党支部”的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：集团所属饮食服务中心、学生公寓管理中心、物业维修中心、校园服务中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
