"""温州市演艺集团党委2025年度基层党支部工作考核细则 (.xlsx), as the 党委 of a 浙江 温州 市属 演艺集团 (its 党群工作部 with the 艺术生产部,
the 安全保卫部 and the 集团纪委, a 考核组 going round after the 元旦 演出季 is planned) scores the 党支部 of the 歌舞剧院, the 越剧团, the 瓯剧
艺术研究院 and the 演出经营公司: actors and dancers in rehearsal all day and on the road for weeks of 巡演, the 瓯剧 a 国家级非遗 kept alive by
old masters and their 徒弟, 送戏下乡 to the 山区 and 海岛 村, the 票务 and 劳务费 where money passes, the 舞台 rigging and the crowds of a big
show, the 短视频 and 直播 of the young performers: 政治建设 (a monthly 集中学习 with the “第一议题” and 32学时, the “三审” of every 剧目 with a
half-yearly 研判 and a 一票否决, the 书记's two 党课, one “艺德党课” and the “七一” 誓词), 组织建设 (the “三会一课” round the 排练 and 演出 with
the 临时党小组 of the 巡演, the monthly 主题党日 with the 参加率, the 组织生活会 and 民主评议, two 积极分子 a year and "每两年至少发展党员1名"
with the 档案, 党费 with a yearly 核定, a half-yearly 公开, the 党员信息台账 and the 转接), 文艺惠民 (sixty 公益演出 with thirty led by 党员 and
the 满意度 in bands, one new or revived 剧目 and three 小戏小品, five pairs of “名师带徒” with a quarterly 汇报演出 and the 培养台账, the
检查 before every show with the 应急预案 and a half-yearly 演练, four 文艺志愿服务 and ten 公益艺术培训班), 作风建设 (a yearly 风险点排查 with the
集体研究 and 公示 of the 票务 and 劳务费, a yearly 专题教育 with the 承诺书 and no 走穴, a deduction-only line on 八项规定) and 责任落实 (the
年初 计划 with its 报送, a half-yearly 报告, the 年底 述职评议 and the 年终 总结, the 台账 with the 归档 and the 系统).

A merged title row, a merged "考核对象：市歌舞剧院党支部、市越剧团党支部、市瓯剧艺术研究院党支部、演出经营公司党支部" line and a merged "党支部：
考核人： 考核日期：" line above the header 序号 | 考核项目 | 考核内容 | 评分标准 | 考核方式 | 得分. There is NO 分值 column: each item's points are
printed at the END of its 考核内容 cell in full-width brackets, "…不少于32学时。（5分）" (`Row.text` holds the words before the bracket, the
points `Row.points`; the importer reads the bracket as the item's points). 序号 (FIRST column) runs 1..17 through the whole sheet, NOT restarting. The categories are MERGED CELLS down the
考核项目 column (SECOND), printed WITH an ordinal and their points on ONE line, "一、政治建设（15分）". 考核方式 (`Row.method`) only says how the
考核组 checks (查阅资料, 抽查学时, 网络抽查, 个别谈话, 查阅会议记录, 查阅档案, 查阅台账, 实地查看, 问卷测评, 集团纪委提供, 系统核查): no papers.
得分 is blank. A 合计 row ("合计" with "100分" in the 考核内容 column) and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals ("每月开展一次", "每年…不少于32学时", "每半年专题研判一次", "每年讲党课不少于2次", "每年不少于1次", "“七一”前后",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月固定", "每年召开一次", "年内…不少于2名", "每两年
至少发展党员1名", "每年核定一次", "每半年公开一次", "全年…不少于60场", "不少于30场", "年内…不少于1部", "不少于3个", "不少于5对", "每季度开展
一次", "每场演出前", "每半年组织一次", "每年…不少于4次", "全年不少于10期", "每年开展一次", "每年至少开展一次", "每年签订", "年初", "每半年…报告
一次", "年底", "年终"); "85%", "90%"; "每少5场"; "最高扣" caps; "酌情扣1分", "酌情扣0.5-1分" twice, "酌情扣1-2分" and "酌情扣0.5分"; one set
of bands (a 满意度 for 2 of the 8 points, closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分"; one line
is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt


def _item(words: str, points: float, scoring: str, method: str) -> Row:
    """One row: build() prints its points at the end of the words in full-width brackets ("…（5分）"); there is no 分值 column."""
    return Row(words, points, scoring, method)


TABLE = Table(
    name="zzzm_wenzhou_yanyi_jituan_zhibu_xlsx",
    fmt="xlsx",
    title="温州市演艺集团党委2025年度基层党支部工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _item("支部每月开展一次集中学习，落实“第一议题”制度；党员每年参加集中学习培训不少于32学时。", 5,
                  "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分；“第一议题”落实不到位的，酌情扣1分。",
                  "查阅资料、抽查学时"),
            _item("落实意识形态工作责任制，剧（节）目创作、排演和对外演出内容实行“三审”把关；每半年专题研判一次意识形态工作；短视频、直播"
                  "账号实行专人管理。", 6,
                  "剧（节）目未经审核上演的，每部扣2分；研判每少1次扣1分；账号无专人管理的扣1分；演出内容出现政治导向问题的，实行一票否决，"
                  "本项不得分。", "查阅资料、网络抽查"),
            _item("支部书记每年讲党课不少于2次；邀请老艺术家讲“艺德党课”每年不少于1次；“七一”前后组织党员重温入党誓词。", 4,
                  "书记讲党课每少1次扣1分；未开展“艺德党课”的扣1分；未组织重温入党誓词的扣0.5分。", "查阅资料、个别谈话"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _item("结合排练演出周期落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；外出"
                  "巡演期间成立临时党小组开展组织生活。", 7,
                  "“三会一课”每少1次扣0.5分，最高扣4分；巡演期间未成立临时党小组的扣1分；会议记录简单、存在补记的，酌情扣0.5-1分。",
                  "查阅会议记录"),
            _item("每月固定开展主题党日活动，党员参加率不低于85%；每年召开一次组织生活会，开展民主评议党员。", 6,
                  "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分。",
                  "查阅资料、个别谈话"),
            _item("注重在青年演员、编导和舞美技术骨干中发展党员，年内确定入党积极分子不少于2名，每两年至少发展党员1名；发展党员程序规范、"
                  "档案齐全。", 6,
                  "积极分子每少1名扣1分；两年内未发展党员的扣2分；档案材料缺失的，每项扣0.3分，最高扣1分；违规发展党员的，本项不得分。",
                  "查阅档案"),
            _item("党员按月交纳党费，每年核定一次交纳基数，收缴情况每半年公开一次；建立党员信息台账，聘用人员中党员的组织关系及时转接。", 6,
                  "未按月交纳的，每人次扣0.2分，最高扣1.5分；未核定基数的扣0.5分；公开每少1次扣0.5分；无党员信息台账的扣1分；组织关系未及时"
                  "转接的，每人扣0.5分。", "查阅台账"),
        )),
        Section("文艺惠民", "三、文艺惠民（35分）", 35, (
            _item("全年开展送戏下乡、进社区、进校园、进企业等公益演出不少于60场，其中党员带队演出不少于30场；演出后征求群众意见，群众满意度"
                  "不低于90%。", 8,
                  "公益演出每少5场扣0.5分，最高扣3分；党员带队演出每少5场扣0.5分；满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的"
                  "不得分。", "查阅台账、问卷测评"),
            _item("党员主创人员带头创作反映新时代、温州人精神的现实题材作品，年内推出新创或复排大型剧目不少于1部、小戏小品不少于3个。", 7,
                  "新创或复排剧目未完成的扣3分；小戏小品每少1个扣0.5分；作品思想性、艺术性不强的，酌情扣1-2分。", "查阅资料、实地查看"),
            _item("实行“名师带徒”，党员艺术家与青年演员结对不少于5对，每季度开展一次传承汇报演出；建立青年人才培养台账。", 7,
                  "结对每少1对扣0.5分；汇报演出每少1次扣0.5分；无培养台账的扣1分；结对帮带流于形式的，酌情扣0.5-1分。", "查阅台账、个别谈话"),
            _item("每场演出前开展舞台设备、消防安全检查并做好记录；大型演出活动制定安全应急预案，每半年组织一次应急疏散演练；不发生安全责任"
                  "事故。", 7,
                  "演出前未检查的，每场扣0.3分，最高扣2分；无应急预案的扣1分；演练每少1次扣1分；发生安全责任事故的，本项不得分。",
                  "查阅资料、实地查看"),
            _item("党员演员每年参加文艺志愿服务不少于4次；面向社区居民、中小学生开办公益艺术培训班，全年不少于10期。", 6,
                  "志愿服务不足4次的，每人扣0.2分，最高扣2分；培训班每少1期扣0.3分；培训签到、照片等资料不全的，酌情扣0.5分。", "查阅资料"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            _item("每年开展一次廉政风险点排查，重点加强演出票务、采购和劳务费发放管理；劳务费发放方案经支委会集体研究并公示。", 5,
                  "未开展风险排查的扣1分；劳务费发放未经集体研究的，每笔扣0.5分，最高扣2分；未公示的扣1分。", "查阅资料"),
            _item("支部每年至少开展一次艺德艺风专题教育，党员每年签订遵守文艺工作者职业道德承诺书；不参加违规商业演出和低俗演出。", 5,
                  "未开展专题教育的扣1分；未签订承诺书的，每人扣0.2分，最高扣1分；党员违规走穴、参与低俗演出被查实的，每人次扣2分。",
                  "查阅资料、集团纪委提供"),
            _item("党员违反中央八项规定精神，或在演出经费、采购管理中违规违纪（本项为扣分项）。", 5,
                  "经查实的，每人次扣2.5分；被上级通报批评的，每次扣1分；支部班子成员受到党纪政务处分的，本项不得分。", "集团纪委提供"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            _item("支部年初制定工作计划并报集团党委；每半年向集团党委报告一次支部工作；年底支部书记述职评议；年终形成工作总结。", 6,
                  "无年度计划的扣1分；计划未报送的扣0.5分；报告每少1次扣0.5分；未述职评议的扣2分；无年终总结的扣1分。", "查阅资料、问卷测评"),
            _item("党建工作台账规范完整，按年度立卷归档；党员信息在全国党员管理信息系统中及时维护。", 4,
                  "台账资料每缺1项扣0.5分，最高扣2分；未立卷归档的扣1分；党员信息错漏的，每条扣0.1分，最高扣1分。", "查阅台账、系统核查"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本细则由集团党委于每年12月组织考核，党群工作部牵头，艺术生产部、安全保卫部、集团纪委参加；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，60—79分的为“合格”，60分以下的为“不合格”；4.考核结果与支部书记年度"
        "考核、剧院（团）评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：市歌舞剧院党支部、市越剧团党支部、市瓯剧艺术研究院党支部、演出经营公司党支部", ncols)
    xlsx_line(ws, "党支部：                考核人：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, f"{row.text}（{_fmt(row.points)}分）", row.scoring, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    ws.append(["合计", None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 14, 52, 48, 16, 7))
    wb.save(str(path))
