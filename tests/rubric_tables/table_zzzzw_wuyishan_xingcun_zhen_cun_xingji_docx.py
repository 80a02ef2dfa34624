"""武夷山市星村镇2025年度村党组织星级评定考核细则 (.docx), as the 镇党委 of 福建 南平 武夷山市 星村镇 (its 党建办 with the 农业服务中心, the 茶叶站,
the 综治中心, the 林业站, the 文旅办 and the 镇纪委, a 评星组 led by the 挂村 镇领导 going up the 九曲溪 valley and over to 桐木 in the first half of
December, when the 岩茶 has been roasted and sold, the 茶山 are being weeded and fertilised for winter, the 竹筏 stand idle at the 星村码头 and the
road to the 桐木关 is closed some mornings by frost) rates the 村党组织 of a tea township: the 村 of the 正山小种 in the 自然保护区 whose 茶农 may not
open new 茶山, the 村 of the 岩茶 along the 溪 whose 合作社 and 茶企 buy the 茶青 in spring, the 村 near the 码头 that live by the 竹筏 and the 民宿, the
党员 who own the 初制所 and the 党员 who watch the 山 for fire: a table of five “星” whose 评星条件 prints what the 村 must have done, whose 评分标准
takes points off one clause at a time (scoring the 经营性收入 in bands of 万元 and the 年底 满意率 in bands), whose 佐证材料 names the papers, and under
whose 合计 a 一票否决事项 section of its own rows: 支部过硬星 (the “一肩挑”, one roster of the “两委” by age and 学历, the 团结 and the 软弱涣散; the
书记's 责任书, 述职, 满意率 and 培训; the “三会一课”, the 书记's two 党课 and the 春茶 补开; the 主题党日 on the 5th, four 实践活动 of the “茶山党员责任区”
and the 参加率; the 组织生活会, the 谈心谈话, the 民主评议 and the 备案; one 积极分子 or 发展, the 公示, 党费 按月 with a half-yearly 公示 and a "本项
不得分"), 产业兴旺星 (the 经营性收入 in bands, the “三资” 台账, the 发包 讨论 and its 公示; the 合作社, fifty 茶农 and a quarterly 农残 抽检; three 致富
带头人 and two 技能培训), 生态宜居星 (the 生态责任区, two 巡查 a month and no 毁林种茶; a monthly 整治, a quarterly “美丽庭院” 评比 with its 公布 and the
垃圾分类 覆盖率; the 防火巡护队, one 演练 and no 森林火灾), 平安法治星 (a monthly 排查, its 台账, the 化解率 and no 越级上访; the “四议两公开”, a
quarterly 公开 and a quarterly 监督检查; five “法律明白人”, four 法治宣传 and the 村规民约 公布) and 文明幸福星 (the 值班, the 代办 办结率 and the “七一”、
春节 慰问 全覆盖; the 红白理事会, five “文明家庭” and the 公布; the 志愿服务队, a monthly 志愿服务, the 关爱台账 and a monthly 探访; the 年底 满意率 in
bands).

The title (bold, centred) and a centred "（评定对象：星村镇各村党总支、党支部）" line above one table: 序号 | 星级指标 | 评星条件 | 分值 | 评分标准 |
佐证材料. 序号 (FIRST column) runs 1..19 through the table, NOT restarting. The 星级指标 (the five “星”) are MERGED CELLS down the SECOND column, printed
WITHOUT an ordinal and WITH their points on a SECOND line, "支部过硬星\\n（30分）"; there is no short sub-label. 评星条件 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100; then,
still inside the table, a 一票否决事项 block of four rows of its own: "一票否决事项" in the first column MERGED DOWN the four rows, each numbered 情形
("1.…的；") in a cell merged over the other five columns (no points; they belong to no item and are not in `sections`). A "说明：" paragraph and four numbered lines follow the table (the 星 levels by score). Counts in figures
and Chinese numerals, nearly all in the 评星条件 ("35周岁以下的不少于1名", "大专及以上学历的不少于2名", "年初", "年底", "不低于百分之八十五", "每年…
不少于1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年讲党课不少于2次", "（4—5月）", "每月5日",
"年内…不少于4次", "不低于百分之八十", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "15万元以上", "不少于1个",
"不少于50户", "每季度不少于1次", "不少于3名", "不少于2户", "年内…不少于2期", "每月巡查不少于2次", "全年", "每月开展一次", "每季度开展一次",
"百分之百", "每年…不少于1次", "全年", "每月开展一次", "百分之九十五", "全年", "每季度公开一次", "每季度开展一次", "不少于5名", "年内…不少于4次",
"百分之九十五以上", "“七一”、春节", "全覆盖", "每半年开展一次", "年内…不少于5户", "每月开展一次", "每月…不少于1次", "年底", "百分之九十");
"最高扣" caps; bands of the 经营性收入 in 万元 (5 of the 8 points, closed by "10万元以下的不得分") and of the 年底 满意率 (all 5, closed by "85%以下的
不得分"); "每少10户" once; "酌情扣0.5-1分" twice and "酌情扣1分" once; three "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 评星条件, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzw_wuyishan_xingcun_zhen_cun_xingji_docx",
    fmt="docx",
    title="武夷山市星村镇2025年度村党组织星级评定考核细则",
    numbering="printed",
    sections=(
        Section("支部过硬星", "支部过硬星\n（30分）", 30, (
            _row("村党组织书记、村委会主任“一肩挑”；“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；班子团结干事，未被列为软弱"
                 "涣散村党组织。", 5,
                 "未实行“一肩挑”的扣1分；35周岁以下、大专及以上学历成员每缺1名扣0.5分，最高扣1.5分；被列为软弱涣散村党组织的，本项不得分。",
                 "“两委”班子成员名册"),
            _row("村党组织书记年初与镇党委签订党建工作责任书，年底向镇党委述职并接受党员、群众代表评议，评议满意率不低于百分之八十五；书记每年参加"
                 "南平市级以上培训不少于1次。", 5,
                 "未签订责任书的扣1分；未述职评议的扣2分；满意率低于85%的扣1分；未参加培训的扣1分。", "责任书、述职报告、评议表、培训证书"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次；春茶采制期间"
                 "（4—5月）确需推迟的，可在6月集中补开。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；会议记录不规范的，酌情扣0.5-1分。", "会议记录本、签到表"),
            _row("每月5日开展主题党日活动，外出党员可线上参加；年内结合“茶山党员责任区”开展茶园管护、茶青收购秩序维护等实践活动不少于4次；党员参加率"
                 "不低于百分之八十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；实践活动每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1分。", "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话；会后开展民主评议党员，评议结果报镇党委备案。", 4,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("年内发展党员或确定入党积极分子不少于1名，优先从返乡青年、茶农致富能手中培养；发展对象公示不少于5个工作日；党员按月交纳党费，党费收缴"
                 "情况每半年公示一次。", 5,
                 "未发展党员且未确定积极分子的扣1分；发展对象未公示的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；违反程序"
                 "发展党员的，本项不得分。", "发展党员档案、党费收缴台账、公示照片"),
        )),
        Section("产业兴旺星", "产业兴旺星\n（20分）", 20, (
            _row("年内村集体经济经营性收入达到15万元以上；村集体“三资”台账健全；集体资产资源发包经村民代表会议讨论并公示。", 8,
                 "经营性收入30万元以上的得5分，15万元（含）—30万元的得4分，10万元（含）—15万元的得2分，10万元以下的不得分；无“三资”台账的扣1.5分；"
                 "发包未经讨论或未公示的，每件扣0.5分，最高扣1.5分。", "农经统计报表、“三资”台账、发包合同"),
            _row("村党组织领办茶叶专业合作社不少于1个，推行“支部+合作社+茶农”模式，带动茶农不少于50户；合作社每季度开展茶叶质量安全（农残）抽检不少于"
                 "1次。", 6,
                 "未领办合作社的扣2分；带动茶农每少10户扣0.5分，最高扣1.5分；抽检每少1次扣0.5分；合作社“空壳”运行的，酌情扣1分。",
                 "合作社营业执照、带动农户名单、抽检记录"),
            _row("培育党员致富带头人不少于3名，每名带头人结对帮带困难户不少于2户；年内组织茶叶种植、制茶技能培训不少于2期。", 6,
                 "致富带头人每少1名扣1分；结对帮带不足的，每人扣0.3分，最高扣1分；技能培训每少1期扣1分。", "致富带头人名单、培训签到表"),
        )),
        Section("生态宜居星", "生态宜居星\n（15分）", 15, (
            _row("落实林长制、河长制，党员认领茶山生态责任区，每月巡查不少于2次；全年无违规开垦茶山、毁林种茶问题。", 5,
                 "未划分责任区的扣1分；巡查每少1次扣0.2分，最高扣1.5分；发现违规开垦、毁林种茶问题的，每起扣1分；被南平市级以上通报的，本项不得分。",
                 "责任区分布图、巡查记录"),
            _row("每月开展一次人居环境整治，党员落实“门前三包”；每季度开展一次“美丽庭院”评比，评比结果公布；生活垃圾分类覆盖率达到百分之百。", 5,
                 "整治每少1次扣0.3分，最高扣1.5分；评比每少1次扣0.5分；评比结果未公布的扣0.5分；覆盖率每低5个百分点扣0.5分，最高扣1.5分。",
                 "整治照片、评比公布照片"),
            _row("组建党员森林防火巡护队，春节、清明等重点时段上山巡护；每年开展森林防火演练不少于1次；全年不发生森林火灾。", 5,
                 "未组建巡护队的扣1分；未开展演练的扣1分；重点时段巡护不到位的，酌情扣0.5-1分；发生森林火灾的，本项不得分。", "巡护队名单、演练照片"),
        )),
        Section("平安法治星", "平安法治星\n（15分）", 15, (
            _row("每月开展一次矛盾纠纷排查，建立排查台账；山林权属、茶青交易等纠纷化解率达到百分之九十五；全年无越级上访、群体性事件。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；无排查台账的扣0.5分；化解率每低1个百分点扣0.2分，最高扣1.5分；发生越级上访或群体性事件的，每起扣"
                 "1分。", "排查台账、调解卷宗"),
            _row("村级重大事项落实“四议两公开”；党务、村务、财务每季度公开一次；村务监督委员会每季度开展一次监督检查。", 5,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；公开每少1次扣0.5分；监督检查每少1次扣0.3分。", "会议记录、公开栏照片"),
            _row("每村培养“法律明白人”不少于5名；年内开展法治宣传活动不少于4次；村规民约经村民代表会议修订并公布。", 5,
                 "“法律明白人”每少1名扣0.5分；法治宣传每少1次扣0.5分；村规民约未修订公布的扣1分。", "“法律明白人”名单、活动照片、村规民约"),
        )),
        Section("文明幸福星", "文明幸福星\n（20分）", 20, (
            _row("村党群服务中心工作日有人值班，推行便民服务代办，代办事项办结率达到百分之九十五以上；“七一”、春节走访慰问老党员、困难党员，实现"
                 "全覆盖。", 5,
                 "暗访无人值班的，每次扣0.5分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣1.5分；慰问每少1人扣0.2分，最高扣2分。",
                 "值班记录、代办台账、慰问名单"),
            _row("成立红白理事会，每半年开展一次活动，党员带头移风易俗、不大操大办；年内评选“文明家庭”“好婆媳”不少于5户，评选结果张榜公布。", 5,
                 "未成立红白理事会的扣1分；活动每少1次扣0.5分；党员大操大办的，每起扣1分；评选每少1户扣0.2分；评选结果未公布的扣0.5分。",
                 "理事会章程、评选公布照片"),
            _row("组建党员志愿服务队，每月开展一次志愿服务；建立留守老人、留守儿童关爱台账，党员每月上门探访不少于1次。", 5,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣1.5分；无关爱台账的扣1分；探访每少1次扣0.1分，最高扣1.5分。",
                 "服务队名单、活动照片、关爱台账"),
            _row("年底由镇党委组织党员、群众代表对村党组织开展满意度测评，满意率达到百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "星级指标", "评星条件", "分值", "评分标准", "佐证材料"]
VETO_HEAD = "一票否决事项"
VETO = (
    "村“两委”班子成员因违纪违法受到党纪重处分或被依法追究刑事责任的",
    "发生重大森林火灾、重大茶叶质量安全事件或重大安全生产责任事故的",
    "发生重大群体性事件或越级集体上访造成恶劣影响的",
    "违反规定程序发展党员，或村级组织换届选举出现严重违纪违规问题的",
)
NOTES = (
    "说明：",
    "1.本细则由镇党委于12月上旬组织评定，采取听取汇报、查阅佐证材料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至评定之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；村集体经济经营性收入以武夷山市农业农村局农经统计年报数据为准。",
    "3.总分90分以上且每颗星得分均不低于该星分值80%的评为“五星级”村党组织，80—89分的评为“四星级”，70—79分的评为“三星级”，70分以下的不评星；"
    "有一票否决事项之一的，当年不得评星。",
    "4.评星结果在全镇公示7天，与村干部绩效报酬和评先评优挂钩，实行动态管理，一年一评。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(VETO)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：星村镇各村党总支、党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
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
    r += 1
    top = r
    for i, line in enumerate(VETO, 1):
        merge_cells(tbl, r, 1, r, ncols - 1, f"{i}.{line}；" if i < len(VETO) else f"{i}.{line}。")
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, VETO_HEAD)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
