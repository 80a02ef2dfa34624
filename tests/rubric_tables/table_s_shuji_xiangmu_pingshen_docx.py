"""兰州市城关区雁北街道2026年度党组织“书记项目”评审评分表 (.docx), as a 街道党工委 评审组 scores each 社区党组织书记's
yearly project: 选题, 推进, 管理 (表一 基础评审, 70分) and 成效, 示范 (表二 成效评审, 30分); a 否决项 list follows.

The title (bold, centred) and a "项目名称：… 申报单位：… 项目书记：…" line, then TWO Word tables, each under its own
heading paragraph ("表一  基础评审（70分）", "表二  成效评审（30分）"), with DIFFERENT headers: 表一 序号 | 评审内容 |
评审要点 | 分值 | 评分细则; 表二 序号 | 评审维度 | 评审标准 | 分值 | 评分方法 | 评审方式 (`Row.method`). In both the
category (评审内容 / 评审维度) is merged down its rows and printed as name then points on a second line ("项目选题\\n
（15分）"). 序号 runs on from 表一 into 表二 (1..14). Each table closes with its own 小计 row; no 合计 row. Below the
second table a "否决项" paragraph lists conditions that fail a project outright (not items).
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="s_shuji_xiangmu_pingshen_docx",
    fmt="docx",
    title="兰州市城关区雁北街道2026年度党组织“书记项目”评审评分表",
    numbering="printed",
    sections=(
        Section("项目选题", "项目选题\n（15分）", 15, (
            Row("项目聚焦辖区居民急难愁盼问题，立项前开展入户走访或座谈调研不少于2次，形成调研报告。", 8,
                "调研每少1次扣2分；无调研报告的扣3分；选题脱离实际的酌情扣分。"),
            Row("年初制定项目实施方案，明确目标任务、责任人和时间节点，报街道党工委备案。", 7,
                "无实施方案的本项不得分；方案要素每缺一项扣1分；未备案的扣2分。"),
        )),
        Section("项目推进", "项目推进\n（35分）", 35, (
            Row("成立项目工作专班，书记任组长，每月召开1次项目推进会，研究解决推进中的问题。", 8,
                "未成立专班的扣2分；推进会每少1次扣0.5分，最高扣4分。"),
            Row("项目按季度推进，每季度末填报项目进展情况表，附工作照片不少于3张。", 7,
                "进展情况表每缺1次扣1分；照片不足3张的，每次扣0.5分。"),
            Row("整合辖区单位资源参与项目，与不少于3家共建单位签订项目共建协议。", 6,
                "共建单位每少1家扣2分。"),
            Row("发动党员参与项目实施，参与党员占支部党员总数的比例不低于70%，党员参与项目服务累计不少于200小时。", 8,
                "参与比例每低10个百分点扣1分；服务时长不足200小时的扣2分。"),
            Row("项目经费使用规范，专款专用，建立经费支出台账，票据齐全。", 6,
                "无支出台账的扣3分；挪作他用的本项不得分。"),
        )),
        Section("项目管理", "项目管理\n（20分）", 20, (
            Row("年中向街道党工委报送项目半年小结，年底形成项目总结报告，提炼工作经验。", 6,
                "半年小结未报送的扣2分；年底总结未报送的扣3分；总结缺少经验提炼的扣1分。"),
            Row("项目资料实行“一项目一档案”管理，方案、会议记录、照片、居民意见等归档及时、完整。", 6,
                "无项目档案的扣3分；资料每缺一类扣0.5分。"),
            Row("项目书记每半年在支部党员大会上报告一次项目进展，接受党员评议。", 8,
                "每少报告1次扣3分；未组织评议的扣2分。"),
        )),
        Section("实施成效", "实施成效\n（18分）", 18, (
            Row("项目目标任务全部完成，完成率达到100%，年内解决群众实际问题不少于10件。", 8,
                "完成率90%（含）以上得8分，80%（含）—90%得5分，80%以下得2分；解决问题不足10件的扣2分。",
                "查阅资料、实地查看"),
            Row("居民群众对项目的满意度不低于90%，满意度测评由街道委托第三方实施。", 10,
                "满意度每低1个百分点扣0.5分；满意度低于70%的不得分。", "第三方测评"),
        )),
        Section("示范推广", "示范推广\n（12分）", 12, (
            Row("项目经验做法在区级以上媒体或工作简报刊发不少于2篇，形成可复制推广的工作案例1个。", 6,
                "刊发每少1篇扣2分；未形成工作案例的扣2分。", "查阅资料"),
            Row("项目获评区级及以上“优秀书记项目”，或在全区现场会上作交流发言。", 6,
                "获评区级以上优秀项目或作交流发言的得6分；获评街道级优秀项目的得3分；其他情形不得分。", "查阅资料"),
        )),
    ),
)

VETO = ("否决项：有下列情形之一的，项目评审直接定为“不合格”：1.项目内容与申报内容严重不符或弄虚作假的；2.项目实施中"
        "发生安全责任事故或造成不良社会影响的；3.项目经费存在违规违纪问题的。")

PARTS = ((("表一  基础评审（70分）"), ["序号", "评审内容", "评审要点", "分值", "评分细则"], 0, 3),
          (("表二  成效评审（30分）"), ["序号", "评审维度", "评审标准", "分值", "评分方法", "评审方式"], 3, 5))


def build(t: Table, path: Path) -> None:
    import docx

    document = docx.Document()
    docx_title(document, t.title, 16)
    document.add_paragraph("项目名称：                    申报单位：              项目书记：")
    number = 1
    for heading, header, s0, s1 in PARTS:
        document.add_paragraph(heading).runs[0].bold = True
        sections = t.sections[s0:s1]
        ncols = len(header)
        tbl = docx_grid_table(document, 1 + sum(len(s.rows) for s in sections) + 1, ncols, header)
        r = 1
        for s in sections:
            first = r
            for row in s.rows:
                cells = [str(number), None, row.text, _fmt(row.points), row.scoring]
                if ncols == 6:
                    cells.append(row.method)
                for c, v in enumerate(cells):
                    if v is not None:
                        tbl.cell(r, c).text = v
                r += 1
                number += 1
            merge_cells(tbl, first, 1, r - 1, 1, s.printed)
        merge_cells(tbl, r, 0, r, 2, "小计")
        tbl.cell(r, 3).text = _fmt(sum(s.points for s in sections))
    document.add_paragraph(VETO)
    document.add_paragraph("评审组成员签字：                              评审日期：2026年  月  日")
    document.save(str(path))
