"""中共濮阳市卫生健康委员会机关委员会2025年度机关党支部党建工作台账检查评分表 (.docx), as the 机关党委 of the 卫健委 of 濮阳 in 河南 (its 机关党委办公室
with the 人事科, the 医政医管科 and the 派驻纪检监察组, a 检查组 going from 支部 to 支部 of the 委机关 科室 in the middle of December, when the 黄河 is low and
grey beyond the 濮阳 dykes, the 戚城 park is bare, the flu season fills the 市人民医院's fever clinic and the 支部 are carrying their binders of the year to
the meeting room for the 检查组) checks each 机关党支部's 台账: a checklist whose 台账内容及要求 names the papers the 支部 must keep and what they must
show, and whose 扣分标准 takes points off one paper or one clause at a time: 组织设置类 (the 请示、批复, the 分工 and the 任职文件; the 花名册, a half-yearly
核对更新 and the 信息; the 转接登记簿, the 介绍信存根、回执 and a quarterly 更新 of the 流动党员 台账; the 党小组 设置, the 组长名单, the 双重组织生活
登记表 and four 组织生活), 组织生活类 (the “三会一课” 记录本 with the 签到表 and its 要素; the 书记's two 党课, the 班子成员's 党课 and the 讲稿; the 主题党日
with the 方案、签到表、照片 and three “健康义诊进基层” 志愿服务; the 组织生活会 with its papers and the 报送; the 民主评议 with the 方案 and the 报备; a yearly
谈心谈话 with each 党员 and a half-yearly one among the 委员; a monthly 集中学习, the “第一议题” and 32学时), 党员管理类 (the 党费收缴台账, a yearly 核定 and
the 收据、凭证; the 发展党员档案, the 公示 and a "本项不得分"; three 示范岗、责任区, the 承诺书 and the 年底 评议; the “七一”、春节 慰问, the 照片 and the
帮扶台账; the 年初 责任书, a quarterly 警示教育 and the 问题线索 记录; a half-yearly 意识形态 研判, the 审核登记 and a 一票否决) and 基础保障类 (the 年初
计划, the 半年 小结, the 年底 总结 and 述职 and the 存档; the 制度 汇编, a quarterly 党务公开 and the 照片; the 共建协议, a half-yearly 共建活动, one 课题 and
the “两张皮”; the 装订, the 目录, the 同步 and a "本项不得分").

The title (bold, centred), a centred "（检查对象：委机关各党支部）" line and a "党支部：    检查人：    检查日期：" line above one table: 序号 | 台账类别 |
台账内容及要求 | 分值 | 扣分标准. 序号 (FIRST column) runs 1..21 through the table, NOT restarting. The 台账类别 are MERGED CELLS down the SECOND column,
printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织设置类\\n（15分）"; there is no short sub-label (the 台账内容及要求 opens with the
台账's name, "党费收缴台账：…", where the 支部 keeps one). 台账内容及要求 (`Row.text`) says what the papers must show; 分值 is a plain number BEFORE the
扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "备注：" paragraph with three numbered lines follows it.
Counts in figures and Chinese numerals ("每半年…核对更新一次", "每季度更新一次", "每年…不少于4次", "支部委员会每月1次、支部党员大会每季度1次、党小组会每月
1次、党课每季度1次", "每年讲党课不少于2次", "不少于1次", "每月开展一次", "每年…不少于3次", "每年召开一次", "15日内", "每年开展一次", "每年…不少于1次",
"每半年…一次", "每月开展一次", "不少于32学时", "按月", "每年核定一次", "不少于3个", "年底", "“七一”、春节", "年初", "每季度开展一次", "每半年…一次",
"年初", "年中", "年底", "年底", "每季度一次", "每半年开展一次", "不少于1项", "一年一册"); "最高扣" caps; "每缺一项 / 每缺一份 / 每缺1次 / 每缺1个月"
rules; "酌情扣0.5—1分" once and "酌情扣1—2分" once; one "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 台账内容及要求, 分值, 扣分标准."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzo_puyang_weijianwei_jiguan_zhibu_taizhang_docx",
    fmt="docx",
    title="中共濮阳市卫生健康委员会机关委员会2025年度机关党支部党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织设置类", "组织设置类\n（15分）", 15, (
            _row("党支部成立、换届的请示和机关党委批复文件齐全；支部委员分工明确，书记、委员任职文件存档。", 4,
                 "请示、批复文件每缺一份扣1分；无委员分工文件的扣1分；任职文件未存档的扣0.5分。"),
            _row("党员花名册：包括姓名、性别、民族、出生年月、入党时间、学历、职务等信息，每半年与全国党员管理信息系统核对更新一次。", 4,
                 "无党员花名册的扣2分；信息不全的，每人扣0.1分，最高扣1分；未按期核对更新的，每次扣0.5分。"),
            _row("党员组织关系转接登记簿：转入、转出党员介绍信存根及回执齐全；流动党员登记台账每季度更新一次。", 3,
                 "无转接登记簿的扣1分；介绍信存根、回执每缺一份扣0.2分；流动党员登记台账每少更新1次扣0.2分。"),
            _row("党小组设置文件及党小组长名单；党员领导干部双重组织生活登记表，党员领导干部每年参加所在党支部组织生活不少于4次。", 4,
                 "党小组设置文件或组长名单缺失的扣1分；无双重组织生活登记表的扣1分；党员领导干部参加组织生活不足4次的，每人扣0.5分，最高扣2分。"),
        )),
        Section("组织生活类", "组织生活类\n（35分）", 35, (
            _row("“三会一课”记录本：支部委员会每月1次、支部党员大会每季度1次、党小组会每月1次、党课每季度1次，记录有时间、地点、主持人、参会人员、议题"
                 "和发言要点，附签到表。", 8,
                 "会议记录每缺1次扣0.5分，最高扣5分；无签到表的，每次扣0.1分，最高扣1分；记录要素不全的，酌情扣0.5—1分。"),
            _row("党课记录：支部书记每年讲党课不少于2次，委领导班子成员到所在支部讲党课不少于1次，留存党课讲稿或课件。", 3,
                 "书记讲党课每少1次扣1分；班子成员讲党课每少1次扣0.5分；无讲稿或课件的扣0.5分。"),
            _row("主题党日活动记录：每月开展一次，有活动方案、签到表、活动记录和照片；每年结合“健康义诊进基层”开展党员志愿服务不少于3次。", 6,
                 "主题党日每缺1次扣0.3分，最高扣2分；方案、签到表、照片每缺一项扣0.2分，最高扣1分；志愿服务每少1次扣0.5分，最高扣1.5分。"),
            _row("组织生活会资料：每年召开一次组织生活会，有会前征求意见汇总表、谈心谈话记录，支部班子对照检查材料、党员个人发言提纲，会议记录，问题整改"
                 "清单；会议情况15日内报委机关党委。", 6,
                 "未召开组织生活会的扣3分；资料每缺一项扣0.5分，最高扣2分；会议情况未按时报送的扣0.5分。"),
            _row("民主评议党员资料：每年开展一次，评议方案、民主测评表、评议结果及报备材料齐全。", 4,
                 "未开展民主评议党员的扣2分；资料每缺一项扣0.5分。"),
            _row("谈心谈话记录：支部书记每年与每名支部委员、党员谈心谈话不少于1次，支部委员之间每半年谈心谈话一次。", 4,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；支部委员之间谈心谈话每少1次扣0.5分。"),
            _row("集中学习记录：每月开展一次集中学习，落实“第一议题”制度；党员年度学习培训不少于32学时，学时登记规范。", 4,
                 "集中学习每缺1次扣0.3分，最高扣2分；未落实“第一议题”制度的扣1分；学时不足的，每人扣0.1分，最高扣1分。"),
        )),
        Section("党员管理类", "党员管理类\n（25分）", 25, (
            _row("党费收缴台账：按月记录每名党员交纳党费情况，交纳基数每年核定一次；党费收据、上缴凭证齐全。", 5,
                 "无党费收缴台账的扣3分；收缴记录每缺1个月扣0.2分；交纳基数未核定的扣1分；收据、凭证不全的扣0.5分。"),
            _row("发展党员档案：入党申请书、积极分子培养考察登记表、政治审查材料、发展对象公示、支部大会讨论记录等材料一人一档、齐全规范。", 5,
                 "材料每缺一项扣0.5分，最高扣3分；发展程序不规范的，每人扣1分；违反程序发展党员的，本项不得分。"),
            _row("党员示范岗台账：在政务服务、卫生应急、医政监管等岗位设立党员示范岗、党员责任区不少于3个，有设岗文件和党员承诺书；年底对党员履职践诺情况"
                 "进行评议。", 4,
                 "示范岗、责任区每少1个扣0.5分；无党员承诺书的扣1分；年底未开展践诺评议的扣1分。"),
            _row("关怀帮扶台账：“七一”、春节走访慰问老党员、生活困难党员，有慰问登记和照片；建立困难党员帮扶台账。", 3,
                 "走访慰问每少1次扣0.5分；无慰问照片的扣0.5分；无帮扶台账的扣1分。"),
            _row("党风廉政台账：年初签订党风廉政建设责任书，每季度开展一次警示教育；行业作风问题线索处置有记录。", 4,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；问题线索处置无记录的扣1分；支部党员违反行风纪律被查处的，每人扣1分。"),
            _row("意识形态工作台账：支部每半年分析研判一次意识形态形势，有研判记录；支部工作群、科室公众号信息发布审核有登记。", 4,
                 "研判每少1次扣1分；信息发布审核无登记的扣1分；发生意识形态问题造成不良影响的，一票否决，本项不得分。"),
        )),
        Section("基础保障类", "基础保障类\n（25分）", 25, (
            _row("计划总结台账：年初制定支部年度党建工作计划，年中形成半年工作小结，年底形成年度工作总结；支部书记年底向机关党委述职，述职报告存档。", 6,
                 "计划、小结、总结每缺一项扣1分；书记未述职的扣2分；述职报告未存档的扣0.5分。"),
            _row("制度建设台账：“三会一课”、主题党日、党员教育管理、党费收缴使用管理等制度汇编成册；党务公开每季度一次，留存公开内容及公开栏照片。", 6,
                 "制度每缺一项扣0.5分，最高扣2分；未汇编成册的扣0.5分；党务公开每少1次扣0.5分，最高扣2分；无公开栏照片的扣0.5分。"),
            _row("“党建+业务”台账：与结对的基层医疗卫生机构党支部签订共建协议，每半年开展一次共建活动；围绕“健康濮阳”建设开展党建课题或项目不少于1项。",
                 6,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；无党建课题或项目的扣1.5分；党建与业务“两张皮”的，酌情扣1—2分。"),
            _row("台账档案管理：台账资料按年度分类装订、一年一册，目录清晰；电子台账与纸质台账同步。", 7,
                 "未按年度分类装订的扣2分；无目录的扣1分；电子台账与纸质台账不同步的，每处扣0.5分，最高扣2分；台账资料后补、弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "台账内容及要求", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.本表由委机关党委于2025年12月中旬组织检查，机关党委办公室牵头，人事科、医政医管科参加，派驻纪检监察组派员监督，以2025年1月1日至检查之日形成的"
    "台账资料为准，各支部须将纸质台账和电子台账同时备查。",
    "2.各项扣分以该项分值为限，扣完为止；同一问题在不同项目中不重复扣分。",
    "3.检查得分计入党支部年度党建工作考核，占考核总分的百分之三十；得分低于70分的党支部限期一个月整改，整改情况报委机关党委。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：委机关各党支部）")
    document.add_paragraph("党支部：                        检查人：                    检查日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
