"""中国移动曲靖分公司党委2025年度县分公司党支部党建工作考核评分表 (.docx), as a 云南 曲靖 地市 通信 国企 党委 (its 党建工作部 with the
市场经营部, the 网络部 and the 公司纪委, a 考核组 going round the 县（市、区）分公司 in January) scores the 党支部 of the 县分公司: 营业厅
staff, 装维 and 网格经理 spread over the 乡镇, 5G and 宽带 to sell, 数字乡村 to build with a 结对村, 汛期 and 森林防火期 to keep the network
up: 政治建设 (the “第一议题” with a monthly 集中学习 and 32学时, a half-yearly 研判 with the 审核 and a “本项不得分”, a quarterly 廉洁教育
with a yearly 风险排查 and the 签订率), 组织建设 (the “三会一课” with the 截图 and two 党课 of the 书记, the monthly 主题党日 with four
志愿服务 and the 参加率, the 组织生活会 with 民主评议 and the 备案, the 积极分子 and “每两年至少发展1名” with the 纪实, 党费 with a
half-yearly 公示, the 阵地 and the 徽章), 党建与经营融合 (the 责任区 覆盖率, the 计划完成率 in bands with the 任务完成率, the 联建协议
with a quarterly 进村, the 满意度 and the 及时率, the 突击队名单 with a yearly 演练, a quarterly 排查 with the 整改率 and a 一票否决) and
责任落实 (the 年初 责任书, the 年底 述职 with the 比例, the 年终 总结, the 品牌 方案 with one 推广; a deduction-only line on 八项规定 and the
客户信息).

The title (bold, centred) and a centred "（考核对象：麒麟、沾益、马龙、宣威、陆良、会泽等县（市、区）分公司党支部）" line above one table:
序号 | 考核指标 | 考核内容 | 考核方式 | 评分标准 | 分值. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and
its points on one line, "一、政治建设（15分）". 序号 (FIRST column) runs 1..18 through the whole table, NOT restarting under the section
rows. 考核指标 is a short sub-label (`Row.indicator`). 考核方式 (`Row.method`) comes BEFORE the 评分标准 and only says how the 考核组 checks
(查阅资料, 现场查看, 系统核查, 经营数据核对, 座谈访谈, 公司纪委提供): no papers. 分值 is the LAST column, a plain number. A 合计 row of 100
and a 说明 paragraph close the document. Counts in figures and Chinese numerals ("每月至少组织一次", "每半年开展一次", "每季度开展一次",
"每年…开展一次", "每月召开1次", "每季度1次", "每年召开一次", "每两年至少发展党员1名", "每半年…公示一次", "每季度至少开展一次", "每年组织
一次"); "不少于32学时", "不少于2次", "不少于4次", "不少于1名", "不少于1次"; "最高扣" caps; "酌情扣1-2分" four times, "酌情扣0.5分" and
"酌情扣1分"; one set of bands (a 计划完成率 closed by "90%以下的不得分"); one "实行一票否决，本项不得分"; four plain "本项不得分"; one line
is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzze_qujing_yidong_xianfengongsi_zhibu_docx",
    fmt="docx",
    title="中国移动曲靖分公司党委2025年度县分公司党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习；党员每年参加集中学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1分；学习研讨无记录的，酌情扣0.5分。", "查阅资料",
                indicator="理论学习"),
            Row("每半年开展一次意识形态和网络舆情分析研判；营业厅宣传物料、微信公众号推送内容实行审核把关。", 4,
                "分析研判每少1次扣0.5分；宣传内容未经审核发布的，每次扣0.5分；因处置不当引发重大负面舆情的，本项不得分。",
                "查阅资料、现场查看", indicator="意识形态"),
            Row("每季度开展一次廉洁教育；每年围绕渠道酬金、工程物资采购等重点领域开展一次廉洁风险排查；关键岗位人员廉洁从业承诺书签订率"
                "达到100%。", 6,
                "廉洁教育每少1次扣0.5分；未开展风险排查的扣1分；签订率每低10个百分点扣0.5分；发生违规违纪问题的，每起扣2分。",
                "查阅资料、公司纪委提供", indicator="廉洁从业"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；装维、网格党员分散的支部可采取“线上+"
                "线下”方式；支部书记每年讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；线上会议无截图、无记录的，每次扣0.2分。",
                "查阅资料、系统核查", indicator="三会一课"),
            Row("每月开展主题党日；结合“党员先锋月”组织党员进社区、进乡村开展志愿服务，全年不少于4次；党员参加率不低于90%。", 5,
                "主题党日每少1次扣0.3分；志愿服务每少1次扣0.5分；参加率每低5个百分点扣0.3分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报公司党委备案；对评定为“不合格”的党员按规定稳妥处置。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；不合格党员处置不规范的，酌情扣1分。",
                "查阅资料", indicator="组织生活会"),
            Row("注重在一线营业员、装维人员、网格经理中发展党员，年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展党员全程纪实。",
                5, "未确定入党积极分子的扣1分；两年内未发展党员的扣1分；发展党员纪实材料不完整的，每人扣1分；违规发展党员的，本项不得分。",
                "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费，由工资代扣的每半年向党员公示一次交纳明细；党员组织关系随人员调动及时转接，党员信息系统数据准确。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；交纳明细未公示的，每次扣0.5分；关系转接不及时、信息不准确的，每人扣0.3分，"
                "最高扣1.5分。", "查阅资料、系统核查", indicator="党员管理"),
            Row("支部有固定党员活动室或在中心营业厅设置“党员服务示范窗口”，规范悬挂党旗、入党誓词；党员佩戴党员徽章上岗。", 4,
                "无党员活动阵地的扣1.5分；未设置党员服务示范窗口的扣1分；党员未佩戴徽章上岗的，每人次扣0.1分，最高扣1分。", "现场查看",
                indicator="阵地建设"),
        )),
        Section("党建与经营融合", "三、党建与经营融合（40分）", 40, (
            Row("党员责任区、党员示范岗覆盖全部营业厅和乡镇网格，覆盖率达到100%，党员责任区目标任务明确。", 6,
                "覆盖率每低10个百分点扣1分；责任区目标不明确、作用发挥不明显的，酌情扣1-2分。", "查阅资料、现场查看",
                indicator="党员责任区"),
            Row("县分公司年度收入计划完成率达到100%；5G网络客户、家庭宽带净增任务完成率达到100%。", 10,
                "收入计划完成率100%以上的得5分，95%（含）—100%的得4分，90%（含）—95%的得2分，90%以下的不得分；净增任务完成率每低1个"
                "百分点扣0.2分，最高扣3分；党员客户经理业绩排名末位的，酌情扣1-2分。", "经营数据核对", indicator="经营发展"),
            Row("支部与结对村党组织开展党建联建，签订联建协议；每季度至少开展一次“数字乡村”服务进村活动；帮助结对村建成数字乡村平台。", 6,
                "未签订联建协议的扣1分；进村活动每少1次扣0.5分；数字乡村平台未建成投用的，酌情扣1-2分。", "查阅资料、座谈访谈",
                indicator="乡村振兴"),
            Row("党员服务示范窗口客户满意度达到95%以上；客户投诉处理及时率达到100%；不发生工信部申诉。", 7,
                "满意度每低1个百分点扣0.5分，最高扣2分；投诉处理及时率每低1个百分点扣0.2分，最高扣2分；发生工信部申诉的，每件扣1分。",
                "系统核查", indicator="客户服务"),
            Row("组建党员突击队，建立党员突击队名单，在汛期、森林防火期和重大活动中承担应急通信保障任务；每年组织一次应急通信演练。", 6,
                "未建立党员突击队名单的扣1分；未组织应急演练的扣1分；应急通信保障出现重大失误的，本项不得分。", "查阅资料",
                indicator="应急保障"),
            Row("每季度开展一次安全生产隐患排查，隐患整改率达到100%；党员带头落实登高作业、用电作业安全规范；不发生安全生产责任事故。", 5,
                "隐患排查每少1次扣0.5分；整改率每低10个百分点扣0.5分；发生一般及以上安全生产责任事故的，实行一票否决，本项不得分。",
                "查阅资料、现场查看", indicator="安全生产"),
        )),
        Section("责任落实", "四、责任落实（15分）", 15, (
            Row("支部书记年初签订党建工作责任书；年底向公司党委述职，评议“好”的比例不低于70%；年终报送支部党建工作总结。", 6,
                "未签订责任书的扣1分；未述职的扣2分；“好”的比例每低5个百分点扣0.5分；未报送工作总结的扣1分。", "查阅资料",
                indicator="书记述职"),
            Row("打造“一支部一品牌”，制定支部党建品牌创建方案；年内在公司内部宣传推广支部工作经验不少于1次。", 5,
                "无品牌创建方案的扣1分；未宣传推广的扣1分；品牌特色不鲜明的，酌情扣1-2分。", "查阅资料", indicator="品牌创建"),
            Row("党员违反中央八项规定精神，或存在违规办理业务、泄露客户信息等问题（本项为扣分项）。", 4,
                "经查实的，每人次扣2分；被省公司以上通报的，每次扣1分；党员受到党纪政务处分的，本项不得分。", "公司纪委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "考核方式", "评分标准", "分值"]
NOTE = ("说明：1.本表由分公司党委于次年1月组织考核，党建工作部牵头，市场经营部、网络部、公司纪委参加，经营数据以省公司经营分析系统"
        "年末数据为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”；4.考核结果与县分公司领导班子绩效挂钩，并作为评选“先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：麒麟、沾益、马龙、宣威、陆良、会泽等县（市、区）分公司党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.method), (4, row.scoring), (5, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
