"""中共商丘市梁园区平原街道工作委员会2025年度社区党建工作考核细则 (.docx), as the 党工委 of the 平原街道 of 梁园区 in 商丘 in 河南 (its 党建办
with the 综治中心, the 社区治理办 and the 街道纪工委, a 考核组 going from 社区 to 社区 in the middle of December, when the wind comes flat across the
豫东 plain, the 商丘古城 walls are grey in the morning fog, the 睢阳 and 梁园 markets sell the last 芝麻 and 花生 of the year and the 社区 are binding
their 台账 for the 考核组) scores each 社区党委（党总支） of the 街道: a table whose 考核内容 prints what the 社区 must have done, whose 评分标准 takes
points off one clause at a time (scoring the 群众满意率 in bands) and whose 考核方法 names the papers the 考核组 reads ("查阅…记录") and the ways it checks
(实地查看, 走访群众, 问卷测评, 向综治中心核实): 政治建设 (the “第一议题”, a monthly 集中学习, a quarterly 专题研讨 and 32学时; a half-yearly 意识形态
专题研究, the 网络阵地 and a "本项不得分"; the 请示报告, a half-yearly 书面报告 and the 年初 责任书), 组织建设 (the 换届, the 35周岁以下 and 大专 成员 and two
后备力量; the 覆盖率, the 楼栋党小组长 and a monthly 楼栋巡访; the “三会一课”, the 签到、记录 and the 书记's two 党课; the 主题党日 on a fixed day, six
志愿服务 and the 报到率; the 组织生活会, the 谈心谈话、征求意见, the 对照检查材料, the 民主评议 and its 备案; one 发展, the 公示, 党费 按月 and a 一票否决),
服务群众 (the 开放, the 错时延时, the 公开 and the 代办台账; five 共建协议, the “三张清单”, a quarterly “大党委” 联席会议 and the 见效; twenty 走访 a
month, the 民情日志 and the 办结率; the 年底 测评 and the 满意率 in bands), 基层治理 (the “三方联动” and a quarterly 三方联席会议; a monthly 排查, the
调解成功率 and a 一票否决; a quarterly 公开, a 居民议事会 every two months, the 公示 and the 公开栏照片) and 基础保障 (the 年初 计划, the 半年 小结, the 年底
总结 and 述职; the 归档 and the 经费使用台账).

The title (bold, centred), a centred "（考核对象：街道所辖各社区党委（党总支））" line and a "社区：    考核日期：" line above one table: 考核项目 | 考核内容 |
分值 | 评分标准 | 考核方法. There is NO 序号: the items are numbered by position 1..18. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an
ordinal and WITH their points on a SECOND line, "一、政治建设\\n（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is
a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方法 (`Row.method`) last, "查阅…" naming the papers read, joined by "、", with the ways of checking.
A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the
考核内容 ("每月开展一次", "每季度至少组织一次", "不少于32学时", "每半年专题研究一次", "每半年…书面报告一次", "年初", "按期", "35周岁以下的不少于1名",
"大专及以上学历的不少于3名", "不少于2名", "100%", "每月开展一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少
1次", "每年讲党课不少于2次", "每月固定日期", "全年…不少于6次", "100%", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每周开放不少于6天",
"不少于5家", "每季度召开一次", "每月…不少于20户", "百分之九十五以上", "年底", "百分之九十以上", "每季度召开一次", "每月开展一次", "百分之九十以上",
"全年", "每季度公开一次", "每两月召开一次", "年初", "年中", "年底", "年底", "一年一册"); "最高扣" caps; bands of the 满意率 (all 8 points, closed by "80%
以下的不得分"); "每低5个百分点" once and "每低1个百分点" twice; "酌情扣1—2分" three times and "酌情扣0.5分" once; two "一票否决，本项不得分" and two other
"本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 评分标准, 考核方法."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzo_shangqiu_pingyuan_jiedao_shequ_docx",
    fmt="docx",
    title="中共商丘市梁园区平原街道工作委员会2025年度社区党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            _row("落实“第一议题”制度，社区党委每月开展一次集中学习，每季度至少组织一次专题研讨；党员年度集中学习培训不少于32学时。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1分。",
                 "查阅学习记录、研讨材料、学时登记表"),
            _row("落实意识形态工作责任制，社区党委每半年专题研究一次意识形态工作；加强社区微信群、居民群等网络阵地管理，明确专人负责。", 5,
                 "专题研究每少1次扣1分；网络阵地无专人管理的扣1分；发生意识形态领域重大问题造成不良影响的，本项不得分。",
                 "查阅党委会议记录、实地查看"),
            _row("严格执行重大事项请示报告制度，每半年向街道党工委书面报告一次党建工作；年初与街道党工委签订全面从严治党责任书。", 4,
                 "未按要求请示报告的，每次扣0.5分；书面报告每少1次扣1分；未签订责任书的扣1分。",
                 "查阅请示报告、书面报告、责任书"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("社区党委按期换届，班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；储备社区后备力量不少于2名。", 4,
                 "未按期换届的扣2分；班子结构不达标的，每项扣0.5分；后备力量每少1名扣0.5分。",
                 "查阅换届资料、班子成员名册、后备力量名单"),
            _row("构建“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率100%；楼栋党小组长由党员骨干担任，每月开展一次楼栋巡访。", 4,
                 "网格党支部覆盖率未达到100%的扣2分；楼栋党小组长配备不到位的，每个扣0.2分，最高扣1分；楼栋巡访每少1次扣0.2分，最高扣2分。",
                 "查阅巡访记录、实地查看"),
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次，会议有签到、有记录；"
                 "社区党委书记每年讲党课不少于2次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到或记录不完整的，每次扣0.2分，最高扣2分；书记讲党课少于2次的扣1分。",
                 "查阅会议记录、签到表"),
            _row("每月固定日期开展主题党日活动；全年结合“我为群众办实事”开展党员志愿服务不少于6次；在职党员到社区报到率100%。", 5,
                 "主题党日每少1次扣0.5分，最高扣2分；志愿服务每少1次扣0.3分；报到率每低5个百分点扣0.5分，最高扣1.5分。",
                 "查阅活动记录、活动照片、报到登记台账"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，班子成员撰写对照检查材料；会后开展民主评议党员，评议结果报街道党工委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话或未征求意见的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分；对照检查材料照搬照抄、"
                 "流于形式的，酌情扣0.5分。",
                 "查阅会议记录、征求意见表、民主评议测评表"),
            _row("年内发展党员不少于1名，注重在社区工作者、网格员和青年中发展；发展对象公示不少于5个工作日；党员按月交纳党费。", 5,
                 "未完成发展党员任务的扣2分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；违反程序发展党员的，一票否决，本项"
                 "不得分。",
                 "查阅发展党员档案、党费收缴台账"),
        )),
        Section("服务群众", "三、服务群众\n（25分）", 25, (
            _row("社区党群服务中心每周开放不少于6天，实行错时延时服务；服务事项、办事流程上墙公开；建立为民服务代办台账。", 5,
                 "未实行错时延时服务的扣1分；服务事项、办事流程未公开的扣1分；无代办台账的扣1分；群众办事被投诉查实的，每件扣0.5分，最高扣2分。",
                 "实地查看、查阅代办台账"),
            _row("与辖区单位党组织签订共驻共建协议不少于5家，建立需求、资源、项目“三张清单”；每季度召开一次“大党委”联席会议，共建项目落地见效。", 6,
                 "共建协议每少1家扣0.5分，最高扣2分；“三张清单”不全的扣1分；联席会议每少1次扣0.5分；共建项目未落地见效的，酌情扣1—2分。",
                 "查阅共建协议、联席会议记录"),
            _row("社区“两委”成员每月入户走访不少于20户，建立民情日志；群众诉求按期办结率达到百分之九十五以上。", 6,
                 "入户走访不达标的，每人次扣0.2分，最高扣2分；无民情日志的扣1分；办结率每低1个百分点扣0.3分，最高扣3分。",
                 "查阅民情日志、12345工单办理记录"),
            _row("年底开展群众满意度测评，满意率达到百分之九十以上。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分；未开展测评的，本项"
                 "不得分。",
                 "问卷测评、走访群众"),
        )),
        Section("基层治理", "四、基层治理\n（20分）", 20, (
            _row("推行党建引领“红色物业”，建立小区党支部（党小组）、业委会、物业服务企业“三方联动”机制，每季度召开一次三方联席会议。", 6,
                 "未建立“三方联动”机制的扣2分；三方联席会议每少1次扣0.5分，最高扣2分；小区物业矛盾引发群体性事件的，每起扣1分。",
                 "查阅会议记录、走访群众"),
            _row("每月开展一次矛盾纠纷排查化解，调解成功率达到百分之九十以上；全年未发生越级上访和重大安全事故。", 7,
                 "排查每少1次扣0.3分，最高扣2分；调解成功率每低1个百分点扣0.2分，最高扣2分；发生越级上访的，每起扣1分；发生重大安全事故的，一票否决，"
                 "本项不得分。",
                 "查阅排查台账、调解卷宗，向综治中心核实"),
            _row("党务、居务、财务每季度公开一次；居民议事会每两月召开一次，议定事项向居民公示。", 7,
                 "公开每少1次扣0.5分，最高扣2分；居民议事会每少1次扣0.5分，最高扣2分；议定事项未公示的扣1分；公开内容不规范、群众反映强烈的，酌情扣"
                 "1—2分。",
                 "查阅公开栏照片、议事会记录"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            _row("年初制定党建工作计划，年中形成半年工作小结，年底形成年度工作总结；社区党委书记年底向街道党工委述职。", 5,
                 "无计划、小结、总结的，每项扣1分；书记未述职的扣2分。",
                 "查阅工作计划、半年小结、年度总结、述职报告"),
            _row("党建工作资料分类归档、一年一册；社区党组织活动经费按规定使用，建立经费使用台账。", 5,
                 "资料归档不规范的，酌情扣1—2分；无经费使用台账的扣1分；经费违规使用的，每笔扣1分，最高扣2分。",
                 "查阅党建档案、经费使用台账"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "考核方法"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于2025年12月中旬组织考核，党建办牵头，综治中心、社区治理办参加，街道纪工委派员监督，采取听取汇报、查阅资料、实地查看、"
    "走访群众相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”等次，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为社区党组织书记年度考核和评先评优的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：街道所辖各社区党委（党总支））")
    document.add_paragraph("社区：                              考核日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
