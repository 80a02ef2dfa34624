"""中共合肥市公共资源交易监督管理局机关委员会2025年度交易中心党支部党建工作考核细则 (.docx), as an 安徽 合肥 市局 机关党委 (its 机关党办
with the 交易监管处 and the 驻局纪检监察组, a 考核组 checking in January) scores the 党支部 of the city's 公共资源交易中心, whose 党员 run the
开评标 见证, the 专家抽取 and the 保证金, where the 廉洁 risk sits in every 项目: 政治建设 (a monthly 集中学习 with four 研讨 and the
“第一议题”, the 年初 “一岗双责” 责任书 with the 年底 述职述廉 and a half-yearly 书面报告, a half-yearly 意识形态 研判 with the 审核 of the
公告 and no 错发), 组织建设 (“三会一课” with the 书记's 党课, the 参会率 and the 签到表, the monthly 主题党日 with its 方案, its 备案 and
a 现场教学 at the 渡江战役纪念馆, the 组织生活会 with 谈心谈话, 征求意见, the 整改 and 民主评议, a yearly 积极分子 with 党费 and the
花名册), 党建业务融合 (the “不见面” 开标率 and the 保证金 退还率, four 先锋岗 with a quarterly 走访 of the 园区 and the 问题台账, the 见证
with its 音视频资料 and a 一票否决 for the 专家名单, the 答复率 with a half-yearly 满意度调查 in bands, two 共建协议 with a half-yearly
联合主题党日 and three “清廉交易” 宣传) and 廉政建设 (a quarterly 警示教育 with the 承诺书 and the 轮岗名单, a yearly 风险点排查 with the
预警处置台账, a deduction-only line).

The title (bold, centred) and a centred "（考核对象：市公共资源交易中心党支部）" line above one table: 序号 | 考核要求 | 评分办法 | 分值 |
佐证资料. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line,
"（一）政治建设（15分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 分值 comes AFTER the 评分办法, a plain number.
佐证资料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 驻局纪检监察组核实): a 佐证 column. A 合计 row and a
说明 paragraph close the document. Counts in figures and Chinese numerals ("每月组织一次", "每半年…一次", "每年至少一次", "3次以上");
"最高扣" caps; a 满意度 in bands ("85%以下不得分" closing them); one "实行一票否决，本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzx_hefei_jiaoyi_zhongxin_zhibu_docx",
    fmt="docx",
    title="中共合肥市公共资源交易监督管理局机关委员会2025年度交易中心党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习，全年围绕优化营商环境开展专题研讨不少于4次。",
                5, "集中学习每少一次扣0.5分；专题研讨每少一次扣0.5分；未落实“第一议题”制度的扣1分。", "学习记录、研讨材料"),
            Row("支部书记年初与机关党委签订党建工作和党风廉政建设“一岗双责”责任书，年底述职述廉；支部每半年向机关党委书面报告一次党建"
                "工作。", 5, "未签订责任书的扣1分；未述职述廉的扣2分；书面报告每少一次扣1分。", "责任书、述职述廉报告、书面报告"),
            Row("每半年专题研判一次意识形态工作；中心门户网站、交易平台公告信息发布严格执行审核制度，全年无错发、漏发。",
                5, "研判每少一次扣1分；信息发布未经审核的，每条扣0.5分；错发、漏发造成不良影响的，每次扣1分。",
                "研判记录、信息发布审核单"),
        )),
        Section("组织建设", "（二）组织建设（25分）", 25, (
            Row("严格落实“三会一课”制度，支委会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次，支部书记每年"
                "至少讲一次党课；党员参会率达到90%以上。",
                8, "“三会一课”每少一次扣0.5分，最高扣4分；书记未讲党课的扣1分；参会率每低5个百分点扣0.5分。", "会议记录本、签到表"),
            Row("每月开展一次主题党日，活动方案提前报机关党委备案；年内组织党员到渡江战役纪念馆等红色教育基地开展现场教学不少于1次。",
                6, "主题党日每少一次扣0.5分；活动方案未备案的，每次扣0.2分；未开展现场教学的扣1分。", "活动方案、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，会上开展批评和自我批评，会后制定整改措施；同步开展民主评议党员。",
                6, "未召开组织生活会的扣2分；未开展谈心谈话或征求意见的，每项扣0.5分；无整改措施的扣1分；未开展民主评议党员的扣1.5分。",
                "会议记录、整改清单、民主评议表"),
            Row("年内确定入党积极分子不少于1名；党员按月交纳党费；党员花名册与全国党员管理信息系统数据一致。",
                5, "未确定入党积极分子的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；花名册与系统数据不一致的，每处扣0.2分。",
                "党员花名册、党费收缴台账"),
        )),
        Section("党建业务融合", "（三）党建业务融合（40分）", 40, (
            Row("推进全流程电子化交易，工程建设项目“不见面”开标率达到95%以上；投标保证金在中标通知书发出后5个工作日内退还，退还率达到"
                "100%。", 8, "“不见面”开标率每低1个百分点扣0.5分，最高扣3分；保证金未按时退还的，每笔扣0.5分。", "交易系统数据"),
            Row("在开评标见证、专家抽取、保证金管理等关键岗位设立党员先锋岗不少于4个；开展“交易服务进园区”活动，每季度至少走访一次重点"
                "企业或园区，收集问题建立台账、限时办结。",
                8, "先锋岗每少1个扣0.5分；走访每少一次扣1分；未建立问题台账的扣1分；问题未按时办结的，每件扣0.5分。",
                "先锋岗名单、走访记录、问题台账"),
            Row("开评标实行全过程见证，音视频资料完整保存、可追溯；评标专家抽取全程保密，专家名单在评标结束前不得泄露。",
                8, "音视频资料缺失的，每个项目扣1分；发生专家名单泄露的，实行一票否决，本项不得分。", "见证记录、音视频资料"),
            Row("交易各方质疑、投诉及时受理，按期答复率达到100%；每半年开展一次交易主体满意度调查，满意度达到95%以上。",
                8, "未按期答复的，每件扣1分；满意度调查每少一次扣1分；满意度95%（含）以上的得3分，90%（含）至95%的得2分，85%（含）至90%的"
                "得1分，85%以下不得分。", "质疑投诉台账、调查问卷"),
            Row("与行业监管部门、驻场单位党组织签订共建协议不少于2个，每半年开展一次联合主题党日；年内开展“清廉交易”宣传进企业活动3次"
                "以上。", 8, "共建协议每少一个扣1分；联合主题党日每少一次扣1分；宣传活动每少一次扣0.5分。", "共建协议、活动照片"),
        )),
        Section("廉政建设", "（四）廉政建设（20分）", 20, (
            Row("每季度开展一次廉政警示教育；关键岗位人员每年签订廉洁从业承诺书；关键岗位人员任职满5年的应当轮岗。",
                6, "警示教育每少一次扣0.5分；未签订承诺书的，每人扣0.2分；应轮岗未轮岗的，每人扣1分。", "教育记录、承诺书、轮岗名单"),
            Row("每年至少开展一次廉政风险点排查，制定防控措施；对交易异常情况建立预警处置台账，发现围标串标线索及时移送行政监督部门。",
                6, "未开展廉政风险点排查的扣2分；无预警处置台账的扣1分；线索移送不及时的，每件扣1分。", "风险排查表、预警处置台账"),
            Row("中心工作人员违规干预交易活动、泄露应当保密的信息或收受交易主体财物（本项为扣分项）。",
                8, "受到党纪政务处分的，每人次扣4分；被市级以上通报的，每次扣2分；涉嫌违法犯罪被移送司法机关的，本项不得分。",
                "驻局纪检监察组核实"),
        )),
    ),
)

HEADER = ["序号", "考核要求", "评分办法", "分值", "佐证资料"]
NOTE = ("说明：1.本细则由局机关党委于次年1月组织考核，交易监管处、驻局纪检监察组参加，采取查阅资料、调取交易系统数据、个别谈话、实地"
        "查看相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进基层党"
        "组织”的重要依据；4.中心发生严重违纪违法案件的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市公共资源交易中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
