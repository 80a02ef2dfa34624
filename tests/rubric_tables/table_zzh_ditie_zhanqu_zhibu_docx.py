"""中共滨海市地铁运营有限公司委员会2025年度站区党支部党建工作考核评分表 (.docx), as a 城市轨道交通 运营公司党委 (its 党委组织部
with the 安全质量部, the 客运服务部 and the 纪委办公室 checking each 站区 in December) scores each 站区党支部 — one 支部 over a
站区 of four to six 车站, its 党员 值班站长, 行车值班员, 站务员 and 安检 staff on “四班两运转” — on 政治建设 (the “第一议题” and
monthly 集中学习 with the “每日一学” at the 班前会 and the 学习笔记, half-yearly 思想动态 研判 and the 审核 of what the 车站 shows,
the 书记's 党课 and 年底 述职 graded by the 评议), 组织建设 (党小组 by 班组 and “三会一课” with 签到表, 主题党日 with 参加率 and
补课, 组织生活会 with 征求意见, 谈心谈话 and 民主评议, 发展党员 and the half-yearly 考察, 党费 with its quarterly 核对 and the
“口袋党员”, 32学时 and the new 书记's 轮训), 党建引领运营服务 (党员先锋岗 / “雷锋服务岗” in every 车站 with the 名单 and 照片, no
责任行车事故 with a 一票否决 and the 党员 “两违”, the 应急突击队 with quarterly 演练 and the 汛期 防汛 巡查, the 投诉 办结率 and
回访率, a 乘客 满意度 in bands, twice-monthly “爱心引导” 志愿服务 with “预约出行”, two “微创新” 成果), 作风建设 (half-yearly 警示
教育, the 承诺书 and the 纪检委员's quarterly 监督检查 of 票务 and 备用金; 八项规定 as a deduction-only line) and 基础工作 (计划 /
半年小结 / 总结 and the 资料, the “党建角” and the 公示牌 with quarterly 信息).

The title (bold, centred), a centred "（考核对象：运营公司各站区党支部）" line and a "站区党支部：…  书记：…  党员：…名  考核得分：…"
line above one table: 考核类别 | 序号 | 考核内容 | 分值 | 评分办法 | 佐证材料. The categories are MERGED CELLS down the 考核类别
column (first), printed on ONE line WITH an ordinal, "一、政治建设（15分）". 序号 (second column) runs 1..20 through the table, NOT
restarting in each category. 分值 (before the 评分办法) is a plain number. 佐证材料 (`Row.method`) names the papers the 站区 lays out:
a 佐证 column. A 合计 row and a 说明 paragraph close the document. The 满意度 bands sit in the 评分办法; counts partly in Chinese
numerals ("每半年…一次", "不少于1万字", "每季度至少…1篇"); one count runs only in the 汛期 ("汛期每日"); one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzh_ditie_zhanqu_zhibu_docx",
    fmt="docx",
    title="中共滨海市地铁运营有限公司委员会2025年度站区党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；利用班前会开展“每日一学”，党员学习笔记每年不少于1万字。", 5,
                "集中学习每少1次扣0.5分；学习笔记不足的，每人扣0.1分，最多扣1分。", "学习记录、学习笔记"),
            Row("落实意识形态工作责任制，每半年分析研判一次职工思想动态；车站广播、电子屏、宣传栏发布内容经审核后发布，全年无意识形态"
                "问题。", 5,
                "研判每少1次扣1分；内容未经审核发布的，每次扣1分；发生意识形态问题造成不良影响的，本项不得分。", "研判报告、审核记录"),
            Row("支部书记每年讲专题党课不少于1次；年底向公司党委述职，述职评议等次为“好”或“较好”。", 5,
                "未讲党课的扣2分；未述职的扣2分；述职评议为“一般”及以下等次的扣1分。", "党课讲稿、述职报告"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("结合站区“四班两运转”倒班实际，以班组为单位设立党小组；支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开"
                "1次，党课每季度1次。", 8,
                "每少1次扣0.5分，最多扣5分；党小组设置不合理的扣1分。", "会议记录、签到表"),
            Row("每月开展一次主题党日，党员参加率达到90%以上，因倒班不能参加的党员及时补课。", 5,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分；未补课的，每人次扣0.1分。", "活动记录、活动照片"),
            Row("每年召开一次组织生活会，会前征求意见、开展谈心谈话，会后抓好整改；开展民主评议党员，评议结果运用到评先评优。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；会前准备不充分、整改不到位的，酌情扣0.5—1分。",
                "会议记录、征求意见汇总表、谈心谈话记录"),
            Row("在值班站长、行车值班员等业务骨干中培养入党积极分子，入党积极分子每半年考察一次；年内发展党员不少于1名。", 4,
                "未发展党员的扣2分；考察每少1次扣0.5分。", "发展党员档案"),
            Row("党员按月交纳党费，每季度核对一次党费收缴情况；党员组织关系转接及时，无“口袋党员”。", 4,
                "未按月交纳的，每人次扣0.2分；核对每少1次扣0.5分；存在“口袋党员”的，每人扣1分。", "党费收缴台账"),
            Row("党员每年参加集中学习培训不少于32学时；新任党支部书记任职1年内参加公司党委组织的轮训。", 4,
                "学时不足的，每人扣0.2分，最多扣2分；新任书记未参加轮训的扣1分。", "学时登记表、培训通知"),
        )),
        Section("党建引领运营服务", "三、党建引领运营服务（35分）", 35, (
            Row("在客服中心、安检点等窗口岗位设立党员先锋岗、“雷锋服务岗”，覆盖站区全部车站；党员佩戴党徽上岗。", 5,
                "每缺1个车站扣1分；党员未佩戴党徽的，每人次扣0.2分。", "先锋岗名单、照片"),
            Row("党员带头落实行车组织和客运组织规章，全年未发生责任行车事故；党员个人违章、违纪“两违”为零。", 8,
                "发生一般及以上责任行车事故的，实行一票否决，本项不得分；党员“两违”每人次扣1分；发生乘客伤害责任事件的，每起扣2分。",
                "公司安全质量部认定"),
            Row("组建党员应急突击队，每季度开展一次大客流、设备故障、防汛等应急演练；汛期每日开展出入口防汛巡查。", 5,
                "应急演练每少1次扣1分；防汛巡查不到位的，每次扣0.5分。", "突击队名单、演练方案、照片"),
            Row("乘客有效投诉按时办结，办结率和回访率均达到100%；年内无被市级以上媒体曝光的服务质量问题。", 5,
                "办结率每低1个百分点扣0.5分；未回访的，每件扣0.2分；被媒体曝光的，每次扣2分。", "投诉处理台账"),
            Row("第三方乘客满意度测评达到90%以上。", 5,
                "满意度95%以上的得5分；90%（含）—95%的得4分；85%（含）—90%的得2分；85%以下的不得分。", "第三方测评报告"),
            Row("组建党员志愿服务队，在早晚高峰、节假日开展“爱心引导”志愿服务，每月不少于2次；为老弱病残孕乘客提供“预约出行”"
                "服务。", 4,
                "志愿服务每少1次扣0.5分；未开展“预约出行”服务的扣1分。", "服务台账、照片"),
            Row("围绕节能降耗、设备维护开展党员“微创新”活动，年内形成创新成果不少于2项。", 3,
                "创新成果每少1项扣1分。", "成果材料"),
        )),
        Section("作风建设", "四、作风建设（10分）", 10, (
            Row("每半年开展一次警示教育，票务、备用金管理等关键岗位人员签订廉洁承诺书；支部纪检委员每季度对票务、备用金管理开展一次"
                "监督检查。", 5,
                "警示教育每少1次扣0.5分；未签订承诺书的，每人扣0.5分；监督检查每少1次扣0.5分。", "活动记录、承诺书、检查记录"),
            Row("严守中央八项规定精神，严禁利用职务之便为亲友违规免费乘车、收受礼品礼金。", 5,
                "党员受到党纪处分的，每人扣3分；被公司通报批评的，每次扣1分。", "公司纪委办公室核实"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            Row("年初制定支部工作计划，半年有小结，年底有总结；“三会一课”记录、党员花名册、党费台账等资料按月整理、按年归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料每缺1项扣0.5分；资料不规范的，酌情扣0.5分。", "计划、小结、总结、档案资料"),
            Row("站区设置党员活动室或“党建角”，在车站站厅设置党员先锋岗公示牌；支部每季度至少向公司党委报送党建信息1篇。", 5,
                "无活动阵地的扣2分；公示牌缺失的，每站扣0.5分；信息每少1篇扣0.5分。", "信息报送记录"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "分值", "评分办法", "佐证材料"]
NOTE = ("说明：1.本表由公司党委组织部会同安全质量部、客运服务部、纪委办公室于每年12月组织考核，采取查阅资料、现场检查、调取系统"
        "数据、个别访谈相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为"
        "评选“红旗党支部”“先锋站区”和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：运营公司各站区党支部）")
    document.add_paragraph("站区党支部：                书记：              党员：      名        考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
