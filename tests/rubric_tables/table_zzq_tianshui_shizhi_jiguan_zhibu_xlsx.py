"""中共天水市委市直机关工作委员会2025年度机关党支部建设考核评分表 (.xlsx), as a 甘肃 市直机关工委 (its 组织科 with the 宣传科, the
机关纪工委 and the 派驻 纪检监察组, going round the 市直 部门 in January with the 年终 述职 and the 日常督查 results) scores each 市直
部门（单位）机关党支部 on five heads: 政治建设 (the “第一议题” with a monthly 集中学习, four 专题研讨 and two 心得体会 of each 党员, the
quarterly 意识形态 研判 with its 报告 and the “三审三校” of what is published, the 责任书 and the 书记's 年底 述职 graded by 等次, the
模范机关 创建方案 with a yearly “岗位建功” 竞赛 and the unit's 目标责任考核 等次), 组织建设 (换届 with its 请示 and 批复, “三会一课”
with the 支部书记's and the 党组（党委）书记's 党课, the monthly 主题党日 with a 参加率 in Chinese numerals and its 方案 / 签到 / 照片,
组织生活会 with 征求意见, 谈心谈话, 民主评议 and the 备案, a yearly 积极分子 with the 公示 and the 转正, the 党员信息 on the “甘肃党建”
平台), 党员管理 (党费 with a yearly 公布 and the 上缴, 32学时 and three days for a new 书记, “双报到” with the 报到率, four services and
a half-yearly 共建活动, the “七一” 慰问 and the 书记's yearly 谈心 with each 党员), 党建与业务融合 (the “党建+” 品牌项目 fixed 年初 with
its 实施方案, 推进台账 and 年底 总结, the 党员先锋岗 with the 公开承诺 and a 满意率, two 调研 with the 调研报告, six pieces of 党建信息 and
one in the 媒体) and 党风廉政 (the half-yearly 廉政教育 with two 警示教育片 and the 廉洁提醒, the 纪检委员's quarterly 报告 and the 提醒
谈话, a deduction-only line).

A merged title row, a merged "考核对象：市直各部门（单位）机关党支部" line and a merged "单位名称：…  支部书记：…  党员数：…  自评得分：…"
line above the header 一级指标 | 序号 | 二级指标 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. The categories are MERGED CELLS down
the 一级指标 column (FIRST), printed WITHOUT an ordinal on TWO lines, "政治建设\\n（20分）". 序号 (SECOND column, numeric cells) RESTARTS
at 1 in every category (ids "1.1" … "5.3"). 二级指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain
number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 平台核查, 个别谈话, 民主测评, 实地查看, 问卷测评, 向派驻纪检
监察组核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. The 述职 and the unit's 目标责任考核
are graded by 等次; counts partly in Chinese numerals ("百分之九十", "每年召开一次", "每半年…一次"); "最高扣" caps; one line is
deduction-only.
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
    name="zzq_tianshui_shizhi_jiguan_zhibu_xlsx",
    fmt="xlsx",
    title="中共天水市委市直机关工作委员会2025年度机关党支部建设考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少组织1次集中学习；全年开展专题研讨不少于4次，每名党员撰写心得体会不少于2篇。", 6,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；心得体会每人每少1篇扣0.1分，最高扣1分。", "查阅资料",
                indicator="理论学习"),
            Row("落实意识形态工作责任制，每季度分析研判一次意识形态形势，并向市直机关工委报告；单位门户网站、微信公众号发布信息落实"
                "“三审三校”制度。", 5,
                "研判每少1次扣0.5分；未报告的扣0.5分；发布信息未经审核的，每次扣0.5分；发生意识形态责任事件的，本项不得分。",
                "查阅资料", indicator="意识形态"),
            Row("支部书记年初与单位党组（党委）签订党建工作责任书；支部书记每年年底向市直机关工委述职，述职评议等次为“好”。", 5,
                "未签订责任书的扣1分；未述职的扣2分；评议为“较好”等次的扣1分，为“一般”等次的扣2分，为“差”等次的本项不得分。",
                "查阅资料、民主测评", indicator="党建责任"),
            Row("深化“让党中央放心、让人民群众满意”模范机关创建，制定年度创建方案；每年至少开展一次“岗位建功”竞赛活动；单位年度目标"
                "责任考核等次为优秀。", 4,
                "无创建方案的扣1分；未开展竞赛活动的扣1分；单位目标责任考核为良好等次的扣1分，为一般及以下等次的扣2分。", "查阅资料",
                indicator="模范机关创建"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会按期换届，委员职数3至5名、分工明确；换届选举严格执行请示、批复程序；支部书记由本单位党员负责同志担任。", 4,
                "未按期换届的扣2分；委员分工不明确的扣0.5分；未履行请示批复程序的扣1分；支部书记配备不符合要求的扣1分。", "查阅资料",
                indicator="支部设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，单位"
                "党组（党委）书记每年到所在支部讲党课不少于1次。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；支部书记、党组（党委）书记未讲党课的，每人扣1分；会议记录代签、补记的，每处扣"
                "0.5分。", "查阅资料、平台核查", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，内容与机关业务工作相结合；党员参加率不低于百分之九十，活动有方案、有签到、有照片。", 5,
                "主题党日每少1次扣0.5分；参加率低于90%的，每次扣0.2分；方案、签到、照片每缺1项扣0.2分。", "查阅资料、平台核查",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求意见，谈心谈话全覆盖，会上逐一开展批评和自我批评；开展民主评议党员，评议结果报市直"
                "机关工委备案。", 6,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的"
                "扣0.5分；批评和自我批评流于形式的，酌情扣0.5分。", "查阅资料、个别谈话", indicator="组织生活会"),
            Row("严格按照程序发展党员，年内至少确定1名入党积极分子；预备党员按期讨论转正，各环节材料完整、按规定公示。", 4,
                "未确定入党积极分子的扣1分；预备党员未按期讨论转正的扣1分；材料不全或未公示的，每项扣0.5分；违规发展党员的，本项不得分。",
                "查阅资料", indicator="发展党员"),
            Row("全国党员管理信息系统党员信息准确，组织关系转接及时，无“口袋党员”；支部工作信息及时录入“甘肃党建”平台。", 3,
                "党员信息不准确的，每人扣0.2分；组织关系转接不及时的，每人次扣0.5分；平台录入不及时的扣0.5分。", "平台核查",
                indicator="党员信息"),
        )),
        Section("党员管理", "党员管理\n（15分）", 15, (
            Row("党员按月足额交纳党费，支部每年至少公布一次党费收缴情况；党费按时上缴市直机关工委。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；党费未按时上缴的扣1分。", "查阅资料", indicator="党费管理"),
            Row("党员每年参加集中学习培训累计不少于32学时；新任支部书记任职一年内参加市直机关工委集中培训不少于3天。", 4,
                "学时不足的，每人扣0.2分，最高扣2分；新任支部书记培训时间不足的扣1分。", "平台核查", indicator="教育培训"),
            Row("在职党员到居住地社区报到，报到率达到100%；每名在职党员每年参加社区志愿服务不少于4次；支部与结对社区每半年开展一次共建"
                "活动。", 4,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；共建活动每少1次扣0.5分。", "平台核查、查阅资料",
                indicator="“双报到”"),
            Row("落实党内关怀帮扶，“七一”期间走访慰问生活困难党员和老党员；支部书记每年与每名党员谈心谈话不少于1次。", 3,
                "未开展走访慰问的扣1分；谈心谈话未全覆盖的，每缺1人扣0.2分。", "个别谈话", indicator="关怀激励"),
        )),
        Section("党建与业务融合", "党建与业务融合\n（20分）", 20, (
            Row("围绕单位中心工作，年初确定1个“党建+”品牌项目，有实施方案和推进台账，年底形成品牌创建成效总结。", 6,
                "未确定品牌项目的扣2分；无实施方案的扣1分；无推进台账的扣1分；无成效总结的扣1分；项目成效不明显的，酌情扣0.5—1分。",
                "查阅资料、实地查看", indicator="品牌项目"),
            Row("设立党员先锋岗、党员责任区，党员亮身份、亮承诺；窗口服务单位群众满意率达到95%以上。", 5,
                "未设立先锋岗或责任区的扣1分；党员未公开承诺的扣1分；满意率每低1个百分点扣0.5分。", "实地查看、问卷测评",
                indicator="先锋岗"),
            Row("支部每年围绕业务难点开展调研不少于2次，形成调研报告，提出的意见建议被单位采纳或转化为工作举措。", 4,
                "调研每少1次扣1分；无调研报告的扣1分；调研成果未转化的扣0.5分。", "查阅资料", indicator="调查研究"),
            Row("每年向市直机关工委报送党建工作信息不少于6篇，在市级以上媒体刊发党建宣传稿件不少于1篇。", 5,
                "信息每少1篇扣0.5分；未在市级以上媒体刊发的扣1分。", "查阅资料", indicator="信息宣传"),
        )),
        Section("党风廉政", "党风廉政\n（15分）", 15, (
            Row("支部每半年至少开展一次廉政教育，每年组织党员观看警示教育片不少于2次；元旦、春节等重要节点前开展廉洁提醒。", 5,
                "廉政教育每少1次扣1分；警示教育片每少观看1次扣0.5分；未开展节前廉洁提醒的，每次扣0.3分。", "查阅资料",
                indicator="廉政教育"),
            Row("支部纪检委员履行监督职责，每季度向支部委员会报告一次监督工作情况；对党员苗头性、倾向性问题及时提醒谈话并记录在案。", 4,
                "报告每少1次扣0.5分；应提醒谈话未谈话的，每人次扣0.5分。", "查阅资料", indicator="纪检委员"),
            Row("支部党员严守政治纪律、组织纪律，落实中央八项规定及其实施细则精神，无“四风”问题。", 6,
                "党员受到党纪政务处分的，每人扣3分；受到诫勉、通报批评的，每人次扣1分；支部书记受到党纪处分的，本项不得分。",
                "向派驻纪检监察组核实", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由市直机关工委于次年1月组织考核，采取听取汇报、查阅资料、平台核查、个别谈话、民主测评相结合的方式，日常督查"
        "发现的问题一并扣分；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进基层"
        "党组织”“模范机关”的重要依据；4.单位发生违反中央八项规定精神问题被市级以上通报的，支部当年考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：市直各部门（单位）机关党支部", ncols)
    xlsx_line(ws, "单位名称：                  支部书记：              党员数：      自评得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 11, 50, 6, 46, 16, 7))
    wb.save(str(path))
