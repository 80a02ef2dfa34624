"""宁化县石壁镇党委2025年度村党组织党建工作目标考核评分表 (.docx), as the 镇党委 of 福建 三明 宁化县 石壁镇 (its 党建办 with the 农村经济服务中心, the
综治中心, the 乡村振兴办, the 财政所 and the 镇纪委, a 考核组 led by the 挂村 镇领导 going round the 村 in the third week of December, when the 杂交水稻
制种 fields are bare after the harvest, the 烤烟 seedbeds are being laid for the spring, the 客家公祠 is swept for the 世界客属 祭祖 visitors and the
外出 党员 are coming back down the 205国道 for 春节) scores the 村党组织 of a 客家 township: the 制种 村 whose 合作社 sell seed to the 种业 companies, the
烟叶 村 up the valley, the 祖地 村 around the 公祠 that lives on its visitors, the 村 whose young people are in 厦门 and 深圳: a table whose 考核内容
prints what the 村 must have done, whose 评分标准 takes points off one clause at a time (scoring the 主题党日 参会率, the 经营性收入 in 万元 and the 年底
满意率 in bands), and whose 考核方法 says how the 考核组 looks: 班子建设 (the “一肩挑”, one roster of the “两委” by age and 学历, no 处分 and the 团结; the
年初 责任书, a quarterly 报告, the 年底 述职 and its 满意率; two 后备力量, one under 35, a half-yearly 考察 and five days of 培训; a monthly 联席会议, the
“四议两公开”, the 公开, the 坐班值班制度 and the 值守), 组织生活 (the “三会一课”, the 书记's two 党课, the “云支部” and the 记录; the 主题党日 on the 5th with
方案、签到、照片, one 现场教学 at the 长征出发地 and the 参会率 in bands; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议 and the 备案; the 积分, a
quarterly 公示, the 年底 星级 and 党费 按月; one 积极分子, the 公示, the 培养考察档案 and a 一票否决), 集体经济与乡村振兴 (the 经营性收入 in 万元 bands with
the 财务报表 and no 下降; the “三资” 台账, the 发包 and its 公示, the monthly 财务 and quarterly 党务、村务 公开; the 合作社, fifty 农户 and two 技术培训;
a monthly 返贫 排查, the 落实率 and a 一票否决; a monthly 义务劳动, a quarterly “美丽庭院” 评比 and its 公布) and 基层治理与基础保障 (a monthly 排查, the 化解率,
five 联系农户 each and no 越级上访; a half-yearly 研判, the 先审后发 and a "本项不得分"; the 共建协议, a half-yearly 共建活动 and one 项目; the 党旗、标识、
制度, the 开放, the 年初 计划 and the 年底 总结; the 年底 满意率 in bands).

ONE table, whose FIRST ROW is the title merged across all six columns (no title paragraph above it); the second row is the header 序号 | 考核项目 | 考核内容 |
分值 | 评分标准 | 考核方法. Only a left-aligned "附件2" line stands above the table (the 考核对象 is named in the 说明). 序号 (FIRST column) runs 1..19 through the table, not
restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on a second line, "一、班子建设\\n（20分）";
there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方法
(`Row.method`) last, naming the ways the 考核组 checks ("查阅…", "个别谈话", "实地查看", "暗访", "问卷测评"). A 合计 row of 100 closes the table; a "说明："
paragraph with four numbered lines and a signature line follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("35周岁以下的不少于
1名", "大专及以上学历的不少于2名", "全年", "年初", "每季度…一次", "年底", "不低于百分之八十五", "不少于2名", "其中35周岁以下的不少于1名", "每半年…一次",
"每人每年…不少于5天", "每月召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年…不少于2次", "每月5日",
"年内…不少于1次", "不低于百分之八十", "每年召开一次", "按月", "每季度公示一次", "年底", "按月", "年内…不少于1名", "不少于5个工作日", "10万元以上", "每月
公开一次", "每季度公开一次", "不少于1个", "不少于50户", "年内…不少于2期", "每月开展一次", "100%", "全年", "每月组织一次", "每季度开展一次", "每月开展
一次", "百分之九十五以上", "不少于5户", "全年", "每半年…一次", "全年", "每半年开展一次", "年内…不少于1个", "每周开放不少于5天", "年初", "年底", "年底",
"百分之九十"); "最高扣" caps; bands of the 主题党日 参会率 (1 of the 5 points, closed by "80%以下的不得分"), of the 经营性收入 in 万元 (6 of the 8, closed by
"5万元以下的不得分") and of the 年底 满意率 (all 6, closed by "80%以下的不得分"); "每少10户" once; "每低5个百分点" once and "每低1个百分点" once; "酌情扣
1-2分" twice, "酌情扣0.5-1分" twice and "酌情扣0.5分" twice; two "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 评分标准, 考核方法."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzb_ninghua_shibi_zhen_cun_dangzuzhi_docx",
    fmt="docx",
    title="宁化县石壁镇党委2025年度村党组织党建工作目标考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设\n（20分）", 20, (
            _row("村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；班子团结协作，全年无"
                 "“两委”成员受党纪政务处分。", 5,
                 "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分；“两委”成员受党纪政务处分的，每人扣1分；班子不"
                 "团结、内耗严重的，酌情扣1-2分。", "查阅村“两委”花名册、个别谈话"),
            _row("村党组织书记年初与镇党委签订抓党建工作责任书，每季度向镇党委报告一次抓党建工作情况；年底向镇党委述职，接受党员、群众代表评议，评议"
                 "满意率不低于百分之八十五。", 5,
                 "未签订责任书的扣1分；报告每少1次扣0.5分；未述职评议的扣2分；评议满意率低于85%的扣1分。", "查阅资料、现场述职评议"),
            _row("每村储备村级后备力量不少于2名，其中35周岁以下的不少于1名；村党组织每半年对后备力量考察一次；村“两委”成员每人每年参加县、镇组织的"
                 "集中培训不少于5天。", 4,
                 "后备力量每少1名扣0.5分；无35周岁以下后备力量的扣0.5分；考察每少1次扣0.5分；培训不足5天的，每人扣0.2分，最高扣1分。",
                 "查阅后备力量名册、培训登记"),
            _row("村“两委”每月召开一次联席会议；村级重大事项落实“四议两公开”，决议及实施结果公开；建立村干部坐班值班制度，便民服务室工作日有人值守。", 6,
                 "联席会议每少1次扣0.3分，最高扣2分；重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；决议或实施结果未公开的扣0.5分；无坐班值班"
                 "制度的扣0.5分；暗访发现无人值守的，每次扣0.5分，最高扣1分。", "查阅会议记录、公开栏，暗访"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党组织书记每年为党员讲党课不少于2次；外出"
                 "流动党员通过“云支部”参加组织生活；会议记录规范。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；流动党员未纳入组织生活的，每人扣0.1分，最高扣1分；会议记录不规范"
                 "的，酌情扣0.5分。", "查阅会议记录本、“云支部”平台记录"),
            _row("每月5日开展主题党日活动，做到有方案、有签到、有照片；年内组织党员到中央红军长征出发地纪念园开展现场教学不少于1次；党员参加主题党日"
                 "参会率不低于百分之八十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分；参会率85%以上的得1分，80%"
                 "（含）—85%的得0.5分，80%以下的不得分。", "查阅活动资料"),
            _row("每年召开一次组织生活会，会前班子成员之间、班子成员与党员之间开展谈心谈话，广泛征求意见；会后开展民主评议党员，评议结果报镇党委备案。",
                 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("实行党员积分制管理，积分按月登记、每季度公示一次，年底根据积分评定星级党员；党员按月交纳党费。", 4,
                 "未实行积分制管理的扣1分；积分公示每少1次扣0.5分；年底未评定星级党员的扣0.5分；未按月交纳党费的，每人次扣0.1分，最高扣1分。",
                 "查阅积分台账、党费收缴台账"),
            _row("年内发展党员或确定入党积极分子不少于1名，注重从返乡创业青年、制种大户中培养；建立入党积极分子培养考察档案；发展对象公示不少于5个工作日。",
                 5,
                 "未发展党员且未确定积极分子的扣2分；培养考察档案不全的，酌情扣0.5-1分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项"
                 "不得分。", "查阅发展党员档案"),
        )),
        Section("集体经济与乡村振兴", "三、集体经济与乡村振兴\n（30分）", 30, (
            _row("年内村集体经济经营性收入达到10万元以上，收入以镇农村经济服务中心审核的村级财务报表为准；经营性收入不低于上年。", 8,
                 "经营性收入30万元以上的得6分，20万元（含）—30万元的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的不得分；"
                 "经营性收入较上年下降的扣2分。", "查阅村级财务报表、农经统计年报"),
            _row("健全村集体“三资”管理台账，资产资源发包、租赁经村民代表会议表决并公示；村级财务每月公开一次，党务、村务每季度公开一次。", 6,
                 "无“三资”管理台账的扣1.5分；发包、租赁未经表决或未公示的，每件扣0.5分，最高扣1.5分；财务公开每少1次扣0.2分，最高扣1.5分；党务、村务"
                 "公开每少1次扣0.5分，最高扣1.5分。", "查阅“三资”台账、公开栏"),
            _row("村党组织领办制种、烟叶、茶叶等专业合作社不少于1个，推行“党支部+合作社+农户”模式，带动农户不少于50户；年内组织杂交水稻制种、烤烟等"
                 "实用技术培训不少于2期。", 6,
                 "未领办合作社的扣2分；带动农户每少10户扣0.5分，最高扣1.5分；技术培训每少1期扣0.5分；合作社未实际运营的，酌情扣1-2分。",
                 "查阅资料、实地查看"),
            _row("落实防止返贫动态监测帮扶机制，村级每月开展一次排查，监测户帮扶措施落实率达到100%；全年不发生规模性返贫。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；帮扶措施落实率每低5个百分点扣0.5分，最高扣2分；发生规模性返贫的，实行一票否决，本项不得分。",
                 "查阅监测台账、入户核实"),
            _row("党员带头开展人居环境整治，每月组织一次党员义务劳动；落实“门前三包”，每季度开展一次“美丽庭院”评比，评比结果张榜公布。", 5,
                 "义务劳动每少1次扣0.3分，最高扣1.5分；评比每少1次扣0.5分，最高扣2分；评比结果未公布的扣0.5分；暗访发现环境脏乱差的，每处扣0.2分，"
                 "最高扣1分。", "实地查看、暗访"),
        )),
        Section("基层治理与基础保障", "四、基层治理与基础保障\n（25分）", 25, (
            _row("每月开展一次矛盾纠纷排查，矛盾纠纷调处化解率达到百分之九十五以上；推行“党员联户”，每名党员联系农户不少于5户；全年无越级上访。", 6,
                 "排查每少1次扣0.2分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣2分；党员联户未落实的，每人扣0.1分，最高扣1分；发生越级上访的，"
                 "每起扣1.5分。", "查阅排查台账、信访部门核实"),
            _row("每半年开展一次意识形态工作分析研判；村级微信群落实“群主负责制”，信息先审后发；加强宗祠、民间信仰场所管理，全年不发生非法宗教活动和"
                 "负面舆情。", 5,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生非法宗教活动或负面舆情造成不良影响的，本项不得分。",
                 "查阅研判记录、网络巡查"),
            _row("村党组织与县直单位或企业党组织签订结对共建协议，每半年开展一次共建活动；年内争取共建项目不少于1个。", 4,
                 "未签订共建协议的扣1分；共建活动每少1次扣0.5分；未争取共建项目的扣1分；共建无实效的，酌情扣0.5-1分。", "查阅共建协议、活动资料"),
            _row("村党群服务中心规范悬挂党旗、标识，服务制度上墙，每周开放不少于5天；年初制定党建工作计划，年底形成工作总结。", 4,
                 "党旗、标识、制度每缺一项扣0.5分；开放时间不足的，酌情扣0.5分；缺计划或总结的，每项扣1分。", "实地查看、查阅资料"),
            _row("年底由镇党委组织党员、群众代表对村党组织开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方法"]
NOTES = (
    "说明：",
    "1.本表适用于石壁镇各村党支部、党总支，由镇党委于12月中下旬组织考核，镇党建办牵头，农村经济服务中心、综治中心、乡村振兴办、财政所、镇纪委参加，采取听取汇报、查阅资料、"
    "实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分。",
    "3.村集体经济经营性收入以镇农村经济服务中心审核后的村级财务报表和农经统计年报为准；越级上访以县信访局通报为准。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和“五星支部”评定挂钩。",
)
SIGN = "考核组成员（签字）：                    村党组织书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx
    from docx.shared import Pt

    ncols = len(HEADER)
    n_rows = 2 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    tbl = document.add_table(rows=n_rows, cols=ncols)
    tbl.style = "Table Grid"
    title = merge_cells(tbl, 0, 0, 0, ncols - 1, "")
    run = title.paragraphs[0].add_run(t.title)
    run.bold = True
    run.font.size = Pt(16)
    for c, head in enumerate(HEADER):
        tbl.cell(1, c).text = head
    r = 2
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
