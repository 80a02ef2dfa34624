"""中共昆明市五华区直属机关工作委员会2025年度区级机关党支部党建工作考核细则 (.xlsx), as a 云南 区直机关工委 (its 组织科 with
the 区纪委监委 派驻 纪检组 and a few 机关 党务干部 drawn for the 考核组 in December, the 平台 data pulled beforehand) scores each 机关
党支部 of the 区级 部门（单位） on 政治建设 (the “第一议题” and monthly 集体学习 with the “学习强国” / “云岭先锋” 完成率, two 民族
团结进步 主题教育 a year for the 铸牢中华民族共同体意识 and the 示范单位 创建, the half-yearly 思想状况 研判 with the “三审三校”,
请示报告 and the 书记's 年底 述职 with a 满意率, a deduction-only 政治纪律 line with 宗教 in it), 组织建设 (“三会一课” with the 党组
（党委）书记's 党课, 主题党日 entered on “云岭先锋” and a yearly 现场教学, 组织生活会 with 征求意见, 谈心谈话, the 整改清单 within 30
days and 民主评议, 换届 reported three months ahead with a 纪检委员, 积极分子 and the 程序, 党费 with a yearly 基数 核定 and 32学时),
服务中心工作 (计划 and the “书记项目”, the “挂包帮、转走访” quarterly 走访 with two 联合 组织生活 at the 挂钩 村（社区）, “双报到” with
three 志愿服务 a year and a quarterly 活动, 模范机关 创建 with a yearly 自查 and a 支部工作法, a 服务对象 满意度 in bands), 党风廉政
建设 (two 警示教育 and the 纪检委员's quarterly 监督检查, a deduction-only 八项规定 line, 家风家教 and the 家庭助廉承诺书) and 基础
工作 (the 全国党员管理信息系统 and “云岭先锋” data with a quarterly 核对, 计划 / 小结 / 总结 and the 资料).

A merged title row, a merged "考核对象：区级各部门（单位）机关党支部" line and a merged "被考核党支部：…  考核时间：2025年12月" line
above the header 一级指标 | 序号 | 考核内容 | 计分方法 | 分值 | 考核方式 | 得分. The categories are MERGED CELLS down the 一级指标
column (first), printed on ONE line WITH an ordinal, "一、政治建设（20分）". 序号 (second column, numeric cells) RESTARTS at 1 in
every category (ids "1.1" … "5.2"). 分值 comes AFTER the 计分方法, a plain number. 考核方式 (`Row.method`) says only how the 考核组
checks (查阅资料, 查阅会议记录, 平台核查, 个别谈话, 实地查看, 问卷测评, 向区纪委监委核实); it is no 佐证 column. 得分 is blank. A 合计
row and a merged 说明 row close the sheet. The 满意度 bands sit in the 计分方法; counts partly in Chinese numerals ("每半年…一次",
"每年对照…一次"); "最多扣" caps; two lines are deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzk_quzhi_jiguan_kaohe_xlsx",
    fmt="xlsx",
    title="中共昆明市五华区直属机关工作委员会2025年度区级机关党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("坚持“第一议题”制度，支部每月至少组织一次集体学习，学习情况形成记录；党员在“学习强国”“云岭先锋”平台开展学习，年度"
                "学习任务完成率达到100%。", 5,
                "集体学习每少1次扣0.5分；平台学习完成率每低5个百分点扣0.5分，最多扣2分。", "查阅资料、平台核查"),
            Row("深入开展铸牢中华民族共同体意识教育，支部每年至少开展2次民族团结进步主题教育活动；积极参与民族团结进步示范单位"
                "创建。", 4,
                "主题教育活动每少1次扣1分；未参与示范单位创建的扣1分。", "查阅资料"),
            Row("落实意识形态工作责任制，支部每半年分析研判一次党员思想状况；单位门户网站、政务新媒体发布信息严格执行“三审三校”。", 4,
                "研判每少1次扣1分；发布信息未经审核的，每次扣0.5分；发布信息出现政治性差错的，本项不得分。", "查阅资料、平台核查"),
            Row("严格执行请示报告制度，重大事项及时向单位党组（党委）和区直机关工委请示报告；支部书记年底向支部党员大会述职，党员测评"
                "满意率达到85%以上。", 4,
                "重大事项未按规定请示报告的，每次扣1分；未述职的扣2分；满意率每低1个百分点扣0.2分。", "查阅资料、问卷测评"),
            Row("党员干部严守政治纪律和政治规矩，坚定理想信念，不信仰宗教、不参加宗教活动。", 3,
                "党员违反政治纪律受到处理的，每人扣2分；党员信仰宗教或参加宗教活动经查实的，本项不得分。", "向区纪委监委核实"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，每季度至少上1次党课；单位党组（党委）书记每年"
                "到所在支部讲党课不少于1次。", 7,
                "“三会一课”每缺1次扣0.5分，最多扣5分；党组（党委）书记未讲党课的扣1分；会议记录代签、补记的，每次扣1分。",
                "查阅会议记录"),
            Row("每月固定开展主题党日，活动情况按要求及时录入“云岭先锋”平台；每年组织党员赴红色教育基地开展现场教学不少于1次。", 5,
                "主题党日每少1次扣0.5分；平台录入不及时的，每次扣0.2分；未开展现场教学的扣1分。", "查阅资料、平台核查"),
            Row("每年召开组织生活会，会前广泛征求意见，谈心谈话全覆盖；会后30日内将整改清单报区直机关工委；每年开展一次民主评议"
                "党员。", 6,
                "未召开组织生活会的扣3分；未征求意见或谈心谈话未全覆盖的扣1分；整改清单未报送的扣1分；未开展民主评议党员的扣1分。",
                "查阅会议记录、个别谈话"),
            Row("支部委员会按期换届，任期届满前3个月向区直机关工委书面报告；支部委员会设委员3至5名，配备纪检委员。", 4,
                "未按期换届的扣2分；未提前书面报告的扣1分；未配备纪检委员的扣1分。", "查阅资料"),
            Row("注重把业务骨干培养成党员，每年至少确定1名入党积极分子；发展党员严格履行程序，材料完整规范。", 4,
                "未确定入党积极分子的扣1分；发展程序不规范的，每处扣0.5分；材料不完整的，每人扣0.5分。", "查阅资料"),
            Row("党员按月交纳党费，交纳基数每年核定一次；党员每年参加集中学习培训不少于32学时。", 4,
                "党费未按月交纳的，每人次扣0.1分；基数未核定的扣1分；学时不足的，每人扣0.2分，最多扣2分。", "查阅资料、平台核查"),
        )),
        Section("服务中心工作", "三、服务中心工作（25分）", 25, (
            Row("年初制定支部党建工作计划，与业务工作同谋划、同部署；支部书记每年领办“书记项目”1个，取得实效。", 5,
                "无年度工作计划的扣1分；未领办书记项目的扣2分；项目成效不明显的，酌情扣1—2分。", "查阅资料"),
            Row("落实“挂包帮、转走访”工作，机关党员每季度到挂钩村（社区）走访帮扶对象不少于1次；支部与挂钩村（社区）党组织结对共建，"
                "每年联合开展组织生活不少于2次。", 6,
                "走访每少1人次扣0.1分，最多扣2分；联合组织生活每少1次扣1分。", "查阅资料、个别谈话"),
            Row("在职党员到居住地社区报到率达到100%，每名党员每年参加社区志愿服务不少于3次；支部每季度组织一次志愿服务活动。", 5,
                "报到率每低1个百分点扣0.2分；志愿服务不足3次的，每人扣0.2分，最多扣2分；志愿服务活动每少1次扣0.5分。",
                "平台核查、查阅资料"),
            Row("深化模范机关创建，支部每年对照创建标准开展一次自查；提炼形成1个支部工作法或党建品牌。", 4,
                "未开展自查的扣2分；未形成支部工作法或党建品牌的扣1分；创建工作被区直机关工委通报的，每次扣1分。", "查阅资料"),
            Row("区直机关工委组织服务对象对机关党支部和党员服务情况开展满意度测评，满意度达到90%以上。", 5,
                "满意度95%以上的得5分；90%（含）—95%的得4分；85%（含）—90%的得2分；85%以下的不得分。", "问卷测评"),
        )),
        Section("党风廉政建设", "四、党风廉政建设（15分）", 15, (
            Row("每年开展廉政警示教育不少于2次；支部纪检委员每季度对党员遵守纪律、履职尽责情况开展一次监督检查，发现问题及时提醒。",
                5,
                "警示教育每少1次扣1分；监督检查每少1次扣0.5分。", "查阅资料、个别谈话"),
            Row("严格落实中央八项规定及其实施细则精神，持续整治形式主义、官僚主义。", 5,
                "党员受到党纪政务处分的，每人扣3分；被区级以上通报批评的，每次扣2分；支部所在单位发生严重违纪违法案件的，本项不得分。",
                "向区纪委监委核实"),
            Row("加强廉洁文化建设，每年开展一次家风家教主题活动，党员家属签订家庭助廉承诺书；机关廉洁文化阵地内容鲜活。", 5,
                "未开展家风家教活动的扣2分；承诺书每缺1人扣0.2分，最多扣1分；廉洁文化阵地建设不到位的，酌情扣0.5—1分。",
                "查阅资料、实地查看"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            Row("全国党员管理信息系统和“云岭先锋”平台党员信息准确完整，支部每季度核对更新一次；党员组织关系转接在规定时限内完成。", 5,
                "信息每错漏1处扣0.2分，最多扣2分；核对更新每少1次扣0.5分；转接超过时限的，每人次扣0.5分。", "平台核查"),
            Row("年初有计划、年中有小结、年底有总结；“三会一课”记录、党员花名册、党费收缴台账等资料分类归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料每缺1项扣0.5分；归档不规范的，酌情扣0.5—1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "考核内容", "计分方法", "分值", "考核方式", "得分"]
NOTE = ("说明：1.本细则由区直机关工委组织考核组于每年12月实施，采取听取汇报、查阅资料、平台核查、个别谈话、问卷测评相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“五华区先进基层党组织”和"
        "支部书记年度考核的重要依据；4.支部党员发生严重违纪违法问题的，当年考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：区级各部门（单位）机关党支部", ncols)
    xlsx_line(ws, "被考核党支部：                          考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (13, 6, 50, 46, 6, 16, 7))
    wb.save(str(path))
