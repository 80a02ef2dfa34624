"""永春县2026年村（社区）党组织换届选举档案资料检查评分表 (.xlsx), as the 中共永春县委组织部 of 福建 泉州 (its 组织科 with the 乡镇 换届
指导组, the 县民政局 and the 县纪委监委, a 督查组 going from 乡镇 to 乡镇 in the spring after the 换届 is done) checks the 换届 files of the 村
and 社区 党组织 of a hill county of 芦柑, 老醋 and 香 in the 戴云山: many 党员 away in 泉州, 厦门 and in 东南亚, 村 where the 宗族 still counts,
the 离任审计 of the old 村干部, the 联审 of every 人选 by a dozen 部门, the 党员大会 that is only valid if four fifths of those with a vote
come: a checklist of the papers each 村（社区） must file, one line a group of papers, each scored "缺一项扣X分": 换届准备 (the 工作方案 with its
审批, the 分析研判报告 with twenty 谈话, the 离任 审计报告 with its 公布, the 宣传资料 with the 外出党员 联系率, the 党员名册 with its 张榜),
人选把关 (the 资格条件 and 负面清单 with the 公告, the 联审 回执 of every 人选 with a 一票否决, the 推荐票 with the 统计表 and the 签到表, the
考察材料 with the 差额比例, the 公示 of five 工作日 with the 核查), 选举实施 (the 请示 and 批复, the 选举办法 with the 监票人 and 计票人, the
党员大会 会议记录 and 签到表 with the 到会 of more than four fifths, the 选票, 计票单 and 结果报告单 with the 封存, the first 支委会 with its
批复, the 备案 in seven days) and 换届后续 (the 交接清单 with the 监交, the 履职培训 of three days with the 签到表 and 照片, the 承诺书 with its
公开, the “一村一盒” 归档 with the 卷内目录).

A merged title row, a merged "检查对象：全县各乡镇所辖村（社区）党组织" line and a merged "乡镇： 村（社区）： 检查人： 检查时间：" line above the
header 档案类别 | 序号 | 资料名称 | 资料要求 | 分值 | 扣分标准 | 检查情况 | 得分. The categories are MERGED CELLS down the 档案类别 column (FIRST),
printed WITH an ordinal and WITH their points on ONE line, "一、换届准备（20分）". 序号 (SECOND column) RESTARTS at 1 under every category (ids
"1.1" … "4.4"). 资料名称 is a short name of the papers (`Row.indicator`); 资料要求 says what they must hold (`Row.text`). 分值 is a plain
number BEFORE the 扣分标准, which is mostly "缺一项扣X分". 检查情况 and 得分 are blank. A 合计 row of 100 and a merged 说明 row close the sheet.
Few counts ("不少于20人次", "选举后7日内", "不少于5个工作日", "不少于3天"); fractions in Chinese ("五分之四"); "100%", "20%"; "每少5人次";
"最高扣" caps; "酌情扣0.5-1分" once; one "实行一票否决，本项不得分"; five other "本项不得分" (one "选举无效，本项不得分").
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
    name="zzzm_yongchun_cun_huanjie_dangan_xlsx",
    fmt="xlsx",
    title="永春县2026年村（社区）党组织换届选举档案资料检查评分表",
    numbering="restart",
    sections=(
        Section("换届准备", "一、换届准备（20分）", 20, (
            Row("村（社区）党组织换届选举工作方案1份，明确时间安排、职数设置和人选条件，报乡镇党委审批，有乡镇党委审批意见。", 4,
                "无工作方案的，本项不得分；未报乡镇党委审批或无审批意见的扣1.5分；方案内容缺一项扣0.5分。", indicator="换届工作方案"),
            Row("换届前分析研判报告1份（班子运行、人选储备、选情民意）；与党员、群众代表个别谈话记录不少于20人次。", 4,
                "无分析研判报告的扣2分；谈话记录每少5人次扣0.5分。", indicator="调研摸底材料"),
            Row("村（社区）党组织书记、村（居）委会主任离任（任期）经济责任审计报告；审计结果在村（居）务公开栏公布，有公布照片。", 4,
                "缺审计报告的扣3分；审计结果未公布或无公布照片的扣1分。", indicator="离任审计材料"),
            Row("换届选举宣传资料（致全体党员的一封信、政策明白纸、宣传照片）；外出党员联系记录，外出党员联系率达到100%。", 4,
                "宣传资料缺一项扣0.5分；外出党员未联系到位的，每人扣0.2分，最高扣2分。", indicator="宣传发动材料"),
            Row("有选举权的党员名册，注明正式党员、预备党员、外出党员和因病不能参会党员；党员名单张榜公布，有张榜照片。", 4,
                "无党员名册的扣2分；名册分类不清的扣0.5分；未张榜公布或无照片的扣1分。", indicator="党员名册"),
        )),
        Section("人选把关", "二、人选把关（30分）", 30, (
            Row("村（社区）“两委”人选资格条件和“五不能、十不宜”负面清单，在村（居）务公开栏公告。", 4,
                "资格条件、负面清单缺一项扣1分；未公告的扣1分。", indicator="资格条件"),
            Row("候选人预备人选县级部门联审回执（纪检监察、组织、政法、公安、法院、检察、信访、民政、市场监管、农业农村等部门），联审覆盖率"
                "达到100%。", 8,
                "每缺1名人选的联审回执扣1分，最高扣4分；联审部门不全的，每缺1个部门扣0.5分；未经联审确定候选人的，实行一票否决，本项不得分。",
                indicator="联审材料"),
            Row("党员推荐票、群众推荐票及推荐票统计表；推荐大会签到表；推荐票当场封存。", 6,
                "推荐票、统计表、签到表缺一项扣1.5分；推荐票未封存的扣1分。", indicator="推荐材料"),
            Row("乡镇党委对候选人预备人选的考察谈话记录和考察报告，候选人预备人选差额比例不低于20%。", 6,
                "缺考察报告的，每人扣1分，最高扣3分；无考察谈话记录的扣1分；差额比例不足20%的扣2分。", indicator="考察材料"),
            Row("候选人预备人选公示文件和公示照片，公示期不少于5个工作日；公示期间群众反映问题的调查核实记录。", 6,
                "未公示的，本项不得分；公示期不足的扣2分；无公示照片的扣1分；群众反映问题未核查的，每件扣1分。", indicator="公示材料"),
        )),
        Section("选举实施", "三、选举实施（35分）", 35, (
            Row("召开党员大会进行换届选举的请示，乡镇党委对请示和候选人名单的批复。", 5,
                "请示、批复缺一项扣2.5分。", indicator="请示批复"),
            Row("党员大会选举办法（草案）及表决通过情况；监票人、计票人名单，经党员大会表决通过。", 5,
                "选举办法、监计票人名单缺一项扣1.5分；未经党员大会表决通过的扣1分。", indicator="选举办法"),
            Row("党员大会会议记录、签到表；到会有选举权的党员超过应到会有选举权党员的五分之四。", 8,
                "会议记录、签到表缺一项扣2分；到会人数不足五分之四的，选举无效，本项不得分。", indicator="党员大会记录"),
            Row("选票、计票单、选举结果报告单，选票使用完毕后当场装袋封存；选举结果当场宣布。", 8,
                "选票、计票单、结果报告单缺一项扣2分；选票未封存的扣1分；选举结果未当场宣布的扣1分。", indicator="选举票据"),
            Row("新一届支部委员会第一次全体会议记录（选举书记、副书记）及乡镇党委批复。", 5,
                "会议记录、批复缺一项扣2.5分。", indicator="书记选举材料"),
            Row("选举结果报告和新一届班子成员名单，选举后7日内报乡镇党委和县委组织部备案。", 4,
                "未报备案的，本项不得分；报备超过7日的扣1分。", indicator="报备材料"),
        )),
        Section("换届后续", "四、换届后续（15分）", 15, (
            Row("新老班子工作交接清单（公章、账目、资产、档案），乡镇党委派员监交，交接双方和监交人签字。", 5,
                "无交接清单的扣3分；签字不全的扣1分；无监交人的扣1分。", indicator="交接材料"),
            Row("新一届“两委”成员履职培训签到表、培训照片，培训时间不少于3天。", 4,
                "无培训签到表的扣1分；无培训照片的扣0.5分；培训时间不足3天的扣1分；新任“两委”成员未参加培训的，每人扣0.5分。",
                indicator="履职培训材料"),
            Row("新一届班子任期目标和年度承诺书，在村（居）务公开栏公开。", 3,
                "任期目标、承诺书缺一项扣1分；未公开的扣1分。", indicator="承诺材料"),
            Row("换届选举档案按“一村一盒”立卷归档，有卷内目录，保管期限为永久。", 3,
                "资料未立卷归档的，本项不得分；无卷内目录的扣1分；归档不规范的，酌情扣0.5-1分。", indicator="立卷归档"),
        )),
    ),
)

HEADER = ["档案类别", "序号", "资料名称", "资料要求", "分值", "扣分标准", "检查情况", "得分"]
NOTE = ("说明：1.本表用于换届选举结束后对村（社区）换届档案资料的全面检查，由乡镇党委自查、县委组织部抽查；2.各项扣分以该项分值为限，扣完"
        "为止；3.发现伪造、涂改、补做换届选举资料的，检查结果按零分计，并追究相关人员责任；4.检查得分低于80分的，限期1个月整改到位。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "换届档案检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：全县各乡镇所辖村（社区）党组织", ncols)
    xlsx_line(ws, "乡镇：            村（社区）：            检查人：            检查时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 14, 46, 6, 40, 12, 7))
    wb.save(str(path))
