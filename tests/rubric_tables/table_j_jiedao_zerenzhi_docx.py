"""长乐街道党工委2026年度社区党组织党建工作责任制考核细则 (.docx), as a 街道党建办 prints it for the year-end check of
its 社区党委.

The issuer line, the title (bold, centred) and a centred "（考核对象：辖区各社区党委）" line above one table: 考核项目 |
序号 | 考核内容 | 分值 | 评分标准 | 考核方式及佐证材料. 考核项目 (the category) is merged down its rows and printed on two
lines with its ordinal and points ("一、责任落实\\n（20分）"); 序号 restarts at 1 under every 考核项目, so the items are
"c.i" (numbering "restart"). 评分标准 holds the 街道 deduction phrases: "每少一次扣1分，扣完为止", "最高扣3分",
"酌情扣分", "酌情扣1-3分", "本项不得分". 考核方式及佐证材料 (`Row.method`) says how the row is checked and lists the papers
the 社区 hands in ("查阅会议记录本、签到表、照片"). A 合计 row and a 备注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="j_jiedao_zerenzhi_docx",
    fmt="docx",
    title="长乐街道党工委2026年度社区党组织党建工作责任制考核细则",
    numbering="restart",
    sections=(
        Section("责任落实", "一、责任落实\n（20分）", 20, (
            Row("社区党委书记履行抓党建第一责任人职责，年初与街道党工委签订党建工作目标责任书，制定年度党建工作要点。", 6,
                "未签订责任书的扣2分；无工作要点的扣2分；要点内容不具体、针对性不强的，酌情扣分。",
                "查阅资料：目标责任书、年度党建工作要点"),
            Row("社区党委每季度至少召开1次党建工作专题会议，研究部署党建工作，形成会议纪要。", 6,
                "每少一次扣1分，扣完为止；无会议纪要的扣1分。",
                "查阅会议记录、会议纪要、签到表"),
            Row("社区党委书记年底向街道党工委述职；班子成员落实“一岗双责”，每半年向社区党委报告一次分管领域党建工作。", 8,
                "书记未述职的扣3分；班子成员报告每少一次扣0.5分，最高扣3分；“一岗双责”落实不到位的，酌情扣分。",
                "查阅述职报告、书面报告；个别谈话"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("严格落实“三会一课”制度，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少"
                "1次。", 10,
                "每少一次扣1分，扣完为止。",
                "查阅会议记录本、签到表、照片"),
            Row("每月固定1天开展固定党日活动，活动主题鲜明、内容丰富，党员参加率不低于85%。", 6,
                "每少一次扣1分；参加率低于85%的，每次扣0.5分，最高扣3分。",
                "查阅活动方案、签到表、照片"),
            Row("每年召开1次专题组织生活会，会前广泛征求意见、开展谈心谈话，会后制定整改清单并抓好落实。", 7,
                "未召开的，本项不得分；未开展谈心谈话的扣2分；无整改清单的扣2分；整改不到位的，酌情扣分。",
                "查阅征求意见表、谈心谈话记录、整改清单"),
            Row("严格执行发展党员“五个阶段、二十五个步骤”，每年至少发展1名党员；对入党积极分子每半年考察1次。", 7,
                "当年未发展党员的扣2分；程序不规范的，每例扣1分，最高扣3分；考察每少一次扣0.5分。",
                "查阅发展党员档案、考察记录"),
        )),
        Section("党员教育管理", "三、党员教育管理\n（20分）", 20, (
            Row("党员每人每年参加集中学习培训不少于24学时，“学习强国”等学习平台参学率达到百分之八十五。", 7,
                "学时不足的，每人扣0.2分，最高扣3分；参学率每低1个百分点扣0.2分，扣完为止。",
                "查阅培训通知、签到表、学习台帐；平台数据"),
            Row("党费按月收缴、按时上缴，建立党费收缴台帐，每半年公示一次党费收缴情况。", 6,
                "党费未按月收缴的扣2分；无台帐的扣2分；公示每少一次扣1分。",
                "查阅党费收缴台帐、公示照片"),
            Row("建立流动党员台帐，每季度至少与流动党员联系1次；对连续6个月以上未参加组织生活的党员进行谈话提醒。", 7,
                "无台帐的扣2分；联系每少一次扣0.5分；应谈话未谈话的，每人扣0.5分，最高扣2分。",
                "查阅流动党员台帐、谈话记录"),
        )),
        Section("服务群众", "四、服务群众\n（30分）", 30, (
            Row("落实在职党员“双报到”，在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于4次。", 8,
                "报到率每低1个百分点扣0.2分；志愿服务次数不足的，每人扣0.1分，最高扣3分。",
                "查阅报到花名册、志愿服务记录"),
            Row("与辖区单位签订共驻共建协议不少于3家，每半年召开1次党建联席会议，共同开展共建活动。", 7,
                "协议每少1家扣1分；联席会议每少一次扣1分；共建活动开展不经常的，酌情扣分。",
                "查阅共建协议、会议记录、照片"),
            Row("党群服务中心规范运行，每周开放不少于6天；建立群众诉求办理台帐，诉求办结率达到95%以上。", 8,
                "服务中心运行不规范的，酌情扣1-3分；无诉求办理台帐的扣2分；办结率低于95%的扣2分。",
                "实地查看；查阅诉求办理台帐"),
            Row("年底开展党员群众满意度测评，满意度达到90%以上。", 7,
                "满意度每低1个百分点扣0.5分，扣完为止。",
                "问卷测评"),
        )),
    ),
)

ISSUER = "中共长乐街道工作委员会"
SCOPE = "（考核对象：辖区各社区党委）"
NOTE = ("备注：1.各项扣分以该项分值为限，扣完为止；2.考核结果作为社区党组织书记年度述职评议和评先评优的重要依据；"
        "3.社区党组织被上级通报批评的，年度考核不得评为优秀等次。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式及佐证材料"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 16)
    docx_centred(document, SCOPE)
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    for s in t.sections:
        first = r
        for i, row in enumerate(s.rows, 1):
            tbl.cell(r, 1).text = str(i)
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = _fmt(row.points)
            tbl.cell(r, 4).text = row.scoring
            tbl.cell(r, 5).text = row.method
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
