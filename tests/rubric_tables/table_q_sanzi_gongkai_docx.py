"""宁川县2026年度村级“三资”管理与党务村务公开专项检查评分表 (.docx), as the 县委组织部 and 县农业农村局 send it to the
乡镇 to check each 村: 党务公开, 村务公开, the 村集体 资金、资产、资源 (“三资”) and who answers for them.

An 附件 line, the issuer line, the title (bold, centred) and a "乡镇：… 村：… 检查日期：…" line above one table: 序号 |
考核内容及要求 | 分值 | 扣分标准 | 查验方式. Categories are full-width merged rows ("一、党务公开（25分）"). 序号 is printed
"1." "2." … and restarts under every category (ids "c.i", numbering "restart"). Each 考核内容及要求 cell opens with a
short head and a colon ("公开时限：…"). 扣分标准 mixes fixed and per-unit deductions, "每少公开1个月", "每低10个百分点",
"最高扣4分", "最多扣3分", "扣1-2分", "酌情扣分", "本项不得分", "实行一票否决，本项不得分". 查验方式 (`Row.method`) says how
the row is checked. A 合计 row and a 注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="q_sanzi_gongkai_docx",
    fmt="docx",
    title="宁川县2026年度村级“三资”管理与党务村务公开专项检查评分表",
    numbering="restart",
    sections=(
        Section("党务公开", "一、党务公开（25分）", 25, (
            Row("公开目录：按照县委组织部统一目录编制本村党务公开目录，年初制定年度公开清单并报乡镇党委备案。", 4,
                "无公开目录或公开清单的，每缺一项扣1分；未报备案的扣1分。", "查阅资料"),
            Row("公开时限：常规党务事项每季度公开一次，阶段性工作逐项公开，党费收缴情况一年两次公开。", 6,
                "常规事项每少公开一次扣1分；党费收缴情况未按时公开的，每次扣1分。", "查阅资料、实地查看"),
            Row("公开载体：公开栏设在便于群众观看的醒目位置，同步通过村微信群、“阳光村务”平台发布，每次公开后拍照存档。", 5,
                "公开栏位置不当、内容破损未及时更新的扣1-2分；未拍照存档的扣1分。", "实地查看"),
            Row("公开程序：公开内容经村党组织提出、“两委”联席会议审核、村务监督委员会审查后发布，审核记录完整。", 5,
                "程序每缺一个环节扣1分；无审核记录的扣2分。", "查阅资料"),
            Row("公开档案：党务村务公开资料按年度整理归档，公开底稿、照片和平台截图一并留存。", 5,
                "未归档的扣3分；资料缺失的，每项扣0.5分。", "查阅资料"),
        )),
        Section("村务公开", "二、村务公开（25分）", 25, (
            Row("财务公开：村级财务收支每月公开一次，大额支出逐笔公开。", 6,
                "财务收支每少公开1个月扣1分，扣完为止；大额支出未逐笔公开的，每笔扣0.5分。", "查阅资料、实地查看"),
            Row("重大事项：村级重大事项执行“四议两公开”，决议和实施结果100%公开，会议记录和表决票保存完整。", 6,
                "未执行“四议两公开”的，每件扣2分，最高扣4分；会议记录或表决票缺失的扣1分。", "查阅资料"),
            Row("惠农补贴：各类惠农补贴发放名册张榜公示，公示期满无异议后发放，群众对公示内容知晓率超过80%。", 6,
                "未张榜公示的扣3分；知晓率每低10个百分点扣1分。", "入户走访"),
            Row("群众监督：设立村务意见箱，村务监督委员会每季度开箱一次，群众反映问题答复率达到100%。", 7,
                "开箱每少一次扣1分；答复率未达100%的扣2分；对群众意见敷衍塞责的酌情扣分。", "查阅资料、个别访谈"),
        )),
        Section("“三资”管理", "三、“三资”管理（35分）", 35, (
            Row("资产台账：建立村集体资金、资产、资源“三资”台账，逐项登记入账，每半年清查核实一次。", 7,
                "无“三资”台账的本项不得分；清查核实每少一次扣2分。", "查阅台账"),
            Row("合同管理：集体资产资源发包、出租实行公开招标或竞价，签订书面合同，合同签订率达到100%，建立合同管理台账。", 8,
                "应招标未招标的，每起扣2分；合同签订率每低5个百分点扣1分；无合同管理台账的扣1分。", "查阅台账、抽查合同"),
            Row("资金管理：严格执行村级财务非现金结算，开支审批单经手人、证明人、审批人“三签”齐全。", 7,
                "发现白条入账的，每张扣1分；审批手续不全的，每笔扣0.5分，最多扣3分。", "抽查凭证"),
            Row("民主理财：村务监督委员会每季度至少开展一次民主理财，理财记录由参加人员签字确认。", 6,
                "民主理财每少一次扣1.5分；记录无签字的扣1分。", "查阅资料"),
            Row("审计整改：配合乡镇开展村级财务年度审计，审计发现问题整改率达到100%。", 7,
                "未开展年度审计的扣3分；审计问题未整改的，每项扣1分。", "查阅审计报告"),
        )),
        Section("组织保障", "四、组织保障（15分）", 15, (
            Row("责任落实：村党组织书记为第一责任人，年初制定“三资”管理和公开工作方案，“两委”成员分工明确。", 5,
                "无工作方案的扣2分；分工不明确的扣1分。", "查阅资料"),
            Row("业务培训：村报账员、村务监督委员会成员每年参加县乡组织的财务业务培训不少于2天。", 4,
                "未参加培训的，每人扣1分，扣完为止。", "查阅培训签到"),
            Row("廉洁底线：年内村干部无侵占、挪用集体资金资产问题，无因“三资”问题引发的群体性上访。", 6,
                "村干部因“三资”问题受到党纪政务处分的，实行一票否决，本项不得分；引发群体性上访的扣3分。",
                "部门反馈、个别访谈"),
        )),
    ),
)

ISSUER = "中共宁川县委组织部  宁川县农业农村局"
NOTE = ("注：1.检查以2026年1月至11月资料为准，各项扣分以该项分值为限；2.检查得分85分以上为“规范村”，60分以下的"
        "限期一个月整改并由乡镇党委复查；3.“三资”包括村集体资金、资产和资源。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核内容及要求", "分值", "扣分标准", "查验方式"]
    ncols = len(header)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 16)
    document.add_paragraph("乡镇：                村：                检查日期：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            for c, v in ((0, f"{number}."), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
