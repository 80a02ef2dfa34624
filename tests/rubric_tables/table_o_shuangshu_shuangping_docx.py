"""云溪区东湖街道党工委2026年度社区党组织书记“双述双评”考核评分表 (.docx), as a 街道党工委 scores each 社区党组织书记
at the year-end 述职述廉、评议评分 ("双述双评").

An 附件 line, the issuer line, the title (bold, centred) and a "社区名称：… 书记姓名：… 任职时间：…" line above one table:
考评项目 | 序号 | 考评要素 | 评分细则 | 分值 | 佐证材料 | 考评得分. 考评项目 (the category) is merged down its rows, printed
with its ordinal and points on one line ("一、履行第一责任人职责（20分）"). 序号 is printed in Chinese ordinals "（一）
（二）…" and restarts under every 考评项目 (ids "c.i", numbering "restart"). 评分细则 stands BEFORE 分值. 佐证材料
(`Row.method`) lists the papers the 社区 hands in. 考评得分 is blank. A 合计 row and a 注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="o_shuangshu_shuangping_docx",
    fmt="docx",
    title="云溪区东湖街道党工委2026年度社区党组织书记“双述双评”考核评分表",
    numbering="restart",
    sections=(
        Section("履行第一责任人职责", "一、履行第一责任人职责（20分）", 20, (
            Row("书记年初牵头制定本社区年度党建工作要点和任务清单，任务分解到每名班子成员；与街道党工委签订党建工作"
                "责任书。", 6,
                "未制定工作要点的扣2分；未签订责任书的扣2分；任务未分解到人的扣1分。",
                "工作要点、任务清单、责任书"),
            Row("书记每季度至少主持召开1次党建工作专题研究会议，全年不少于4次，会后形成会议纪要。", 6,
                "每少召开1次扣1分；无会议纪要的扣1分。",
                "会议记录、签到表"),
            Row("书记每年为党员讲党课不少于2次；每月深入网格党支部指导工作不少于1次。", 8,
                "讲党课每少1次扣2分；指导网格党支部每少1次扣0.5分，最高扣3分。",
                "党课讲稿、照片、工作日志"),
        )),
        Section("抓基层党建实绩", "二、抓基层党建实绩（35分）", 35, (
            Row("社区“两委”班子中35周岁以下成员不少于2名，大专及以上学历成员占比达到70%，储备后备干部不少于2名。", 6,
                "35周岁以下成员不足2名的扣2分；学历占比每低10个百分点扣1分，最高扣2分；后备干部每少1名扣1分。",
                "“两委”班子花名册、后备干部名单"),
            Row("年内至少发展党员1名，对入党积极分子每半年考察1次；党员每人每年参加集中学习培训不少于32学时。", 7,
                "年内未发展党员的扣2分；考察记录每缺1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分。",
                "发展党员档案、培训签到表"),
            Row("党员按月足额交纳党费；党费收缴、使用和管理情况每年向党员公开不少于2次。", 5,
                "发现欠交党费的，每人扣0.5分；公开每少1次扣1分。",
                "党费收缴台账、公开照片"),
            Row("各网格党支部每月开展1次主题党日活动，党员参加率不低于80%，活动有签到、有照片。", 6,
                "每少开展1次扣0.5分；参加率每低5个百分点扣0.5分；缺签到或照片的，每次扣0.2分。",
                "活动记录、签到表、照片"),
            Row("社区“大党委”联席会议每季度召开1次；与辖区单位签订共建协议不少于5家，全年完成共建项目不少于6个。", 6,
                "联席会议每少1次扣1分；协议每少1家扣0.5分；共建项目每少1个扣0.5分。",
                "会议记录、共建协议、共建项目清单"),
            Row("建立“书记领办”民生项目清单，年内领办民生实事不少于3件；居民诉求按期办结率达到95%。", 5,
                "无项目清单的扣1分；领办实事每少1件扣1分；办结率低于95%的扣1分。",
                "领办项目清单、诉求办理台账"),
        )),
        Section("述职述廉", "三、述职述廉（15分）", 15, (
            Row("年底向街道党工委作抓基层党建工作专项述职，述职报告实事求是、查摆问题准确，述职前在社区公示栏公示5天。", 7,
                "未述职的本项不得分；问题查摆不准、整改措施空泛的，酌情扣1-3分；未公示的扣1分。",
                "述职报告、公示照片"),
            Row("书记述职时同步述廉，如实报告个人有关事项；社区集体“三资”和惠民资金管理规范，年内无违纪违法问题。", 8,
                "未同步述廉的扣2分；个人有关事项瞒报漏报的扣3分；受到党纪政务处分的，实行一票否决，本项不得分。",
                "述廉报告、个人有关事项报告表"),
        )),
        Section("民主评议", "四、民主评议（30分）", 30, (
            Row("组织党员、居民代表和驻区单位代表对书记进行民主测评，参评人数不少于50人，评价为“好”和“较好”的比例合计"
                "达到85%。", 12,
                "“好”和“较好”比例90%以上得12分，85%—90%得9分，80%—85%得6分，80%以下不得分；参评人数不足50人的扣2分。",
                "民主测评表、测评汇总表"),
            Row("街道党工委班子成员结合日常掌握情况对书记逐一点评打分，点评意见反馈本人，书记对照点评意见形成整改清单，"
                "1个月内整改到位。", 8,
                "按点评打分折算计分；未形成整改清单的扣2分；整改逾期的，每项扣0.5分。",
                "点评意见反馈单、整改清单"),
            Row("年终开展居民群众满意度调查，随机入户或电话回访居民不少于100户，满意度不低于90%。", 10,
                "未开展调查的不得分；满意度每低1个百分点扣0.5分。",
                "调查问卷、回访记录"),
        )),
    ),
)

ISSUER = "中共云溪区东湖街道工作委员会"
NOTE = ("注：1.“双述双评”即述职、述廉和民主评议、党工委评分，考评结果分为好、较好、一般、差四个等次；2.各项扣分以该项"
        "分值为限，扣完为止；3.佐证材料统一装订成册，于2027年1月10日前报街道党建办。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考评项目", "序号", "考评要素", "评分细则", "分值", "佐证材料", "考评得分"]
    ordinals = "一二三四五六七八九十"
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 16)
    document.add_paragraph("社区名称：                    书记姓名：              任职时间：      年    月")
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    for s in t.sections:
        first = r
        for i, row in enumerate(s.rows):
            tbl.cell(r, 1).text = f"（{ordinals[i]}）"
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = row.scoring
            tbl.cell(r, 4).text = _fmt(row.points)
            tbl.cell(r, 5).text = row.method
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
