"""白石县2026年度“清廉村居”建设评价细则 (.docx), as the 县纪委监委 and 县委组织部 send it jointly through the 乡镇
（街道）党（工）委 to every 村（社区）党组织: 责任书, 村务监督委员会, “四议两公开”, 小微权力清单, “三务”公开, “三资”,
廉洁文化, 警示教育, 述职述廉, 一票否决.

An 附件 line, the issuer line, the title (bold, centred) and a centred "（评价对象：…）" line above one table: 评价项目 |
评价内容 | 分值 | 评分办法 | 评价方式. No 序号 column (the importer numbers items by position). 评价项目 (the category) is
merged down its rows and printed with its points on a second line ("责任落实\\n（20分）"). Two 评价内容 cells print an
opening sentence and then sub-points "（1）…", "（2）…" on paragraphs of their own (`Row.text` joins them with "\\n").
One 评分办法 cell scores in tiers, 好 / 较好 / 一般, each on a paragraph of its own; the rest are deductions (fixed,
per-unit, "最高扣2分", "酌情扣1—2分", "酌情扣分", "综合评定", "不得分", a band list whose lowest band still scores, and
"实行一票否决，本项不得分"). 评价方式 (`Row.method`) is how the row is checked. A 合计 row (合计 merged over
评价项目..评价内容) and a 注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

ZL, TH, ZL_TH, SD = "查阅资料", "个别谈话", "查阅资料、个别谈话", "实地查看"

TABLE = Table(
    name="n_qinglian_cunju_docx",
    fmt="docx",
    title="白石县2026年度“清廉村居”建设评价细则",
    numbering="position",
    sections=(
        Section("责任落实", "责任落实\n（20分）", 20, (
            Row("村（社区）党组织书记履行清廉村居建设第一责任人职责，年初与乡镇（街道）党（工）委签订党风廉政建设责任书，"
                "班子成员落实“一岗双责”。", 5,
                "未签订责任书的扣3分；“一岗双责”落实不到位的，酌情扣1—2分。", ZL_TH),
            Row("制定年度清廉村居建设工作方案，村（社区）党组织每半年至少专题研究1次清廉建设工作，年底形成工作总结报乡镇"
                "（街道）纪（工）委。", 6,
                "无工作方案的扣2分；专题研究每少1次扣1分；未报送年度总结的扣2分。", ZL),
            Row("村（居）务监督委员会成员不少于3人，其中至少1名具有高中（中专）以上学历，主任由党员担任；监督委员会每季度"
                "至少召开1次会议。", 5,
                "人员结构不符合要求的扣1分；会议每少开1次扣1分。", ZL),
            Row("村级纪检委员（监察联络员）每月向乡镇（街道）纪（工）委报告1次监督情况。", 4,
                "每少报告1次扣0.5分。", ZL),
        )),
        Section("制度规范", "制度规范\n（25分）", 25, (
            Row("严格执行“四议两公开”工作法：\n（1）村级重大事项须经党组织提议、“两委”会议商议、党员大会审议、村民会议或"
                "村民代表会议决议；\n（2）决议内容和实施结果分别公开，每次公开时间不少于7天。", 6,
                "发现1件重大事项未履行程序的扣2分；公开不到位的，每次扣0.5分，最高扣2分。", ZL),
            Row("建立村级小微权力清单和运行流程图，清单事项不少于20项，在村务公开栏和村民微信群公开。", 5,
                "无权力清单的不得分；清单事项不足20项的扣1分；未公开的扣1分。", f"{ZL}、{SD}"),
            Row("党务、村务、财务“三务”每季度公开1次，涉及群众切身利益的事项随时公开，公开内容拍照存档。", 6,
                "每少公开1次扣1分；无存档照片的扣1分。", f"{ZL}、{SD}"),
            Row("村集体资金、资产、资源管理规范：\n（1）5000元以上支出须经村务监督委员会审核签字；\n（2）每年开展1次“三资”"
                "清查，清查结果张榜公布。", 8,
                "发现违规支出的，每笔扣2分；未开展清查的扣3分；账目不清的酌情扣分。", ZL),
        )),
        Section("廉洁文化", "廉洁文化\n（20分）", 20, (
            Row("建设廉洁文化阵地（廉政文化墙、清廉长廊等），宣传内容每半年至少更新1次。", 5,
                "好：阵地有特色，内容按时更新，得5分；\n较好：阵地已建成，内容更新不及时，得3分；\n"
                "一般：阵地简陋或长期未更新，得1分。", SD),
            Row("每年开展廉洁家风家教宣讲不少于2场，评选“清廉家庭”不少于5户，评选结果公示。", 5,
                "宣讲每少1场扣1分；未开展评选的扣2分；未公示的扣1分。", ZL),
            Row("每季度至少组织党员干部开展1次警示教育，观看警示教育片或参观廉政教育基地，有签到、有照片。", 5,
                "每少1次扣1分；签到、照片缺失的，每项扣0.5分。", ZL),
            Row("将清廉要求写入村规民约（居民公约），推进移风易俗，红白理事会发挥作用。", 5,
                "未写入村规民约的扣2分；红白理事会作用发挥情况由评价组综合评定。", ZL_TH),
        )),
        Section("监督成效", "监督成效\n（35分）", 35, (
            Row("村（社区）“两委”干部每年向党员群众述职述廉1次，接受民主测评，测评满意率不低于85%。", 8,
                "未开展述职述廉的不得分；满意率每低1个百分点扣0.5分，最高扣4分。", ZL),
            Row("畅通群众监督渠道，设立意见箱、公布举报电话，群众反映问题办结率达到95%，信访件按期办结。", 8,
                "办结率95%以上得8分，90%（含）—95%得5分，90%以下得2分。", f"{ZL}、{SD}"),
            Row("村（社区）干部廉洁履职，全年无违纪违法问题，无优亲厚友、吃拿卡要等群众反映强烈的问题。", 10,
                "“两委”干部受到党纪政务处分的，实行一票否决，本项不得分；优亲厚友等问题经查实的，每起扣3分。", ZL_TH),
            Row("群众对清廉村居建设的知晓率达到90%，满意度达到90%。", 9,
                "知晓率每低1个百分点扣0.2分，最多扣4分；满意度低于90%的扣5分。", "问卷测评"),
        )),
    ),
)

ISSUER = "中共白石县纪委监委　中共白石县委组织部"
SCOPE = "（评价对象：全县各村、社区党组织）"
NOTE = ("注：1.评价采取乡镇（街道）初评、县级抽评相结合的方式，各项扣分以该项分值为限；2.评价得分90分以上的，命名为"
        "“清廉村居”示范点；3.村（社区）党组织书记或“两委”班子成员年内受到党纪政务处分的，当年不得命名。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["评价项目", "评价内容", "分值", "评分办法", "评价方式"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 18)
    docx_centred(document, SCOPE)
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, text in ((1, row.text), (3, row.scoring)):
                head, *more = text.split("\n")
                cell = tbl.cell(r, c)
                cell.text = head
                for line in more:  # sub-points and tiers on paragraphs of their own
                    cell.add_paragraph(line)
            tbl.cell(r, 2).text = _fmt(row.points)
            tbl.cell(r, 4).text = row.method
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
