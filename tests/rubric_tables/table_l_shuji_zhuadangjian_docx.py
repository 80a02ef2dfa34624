"""云溪区委组织部2026年度社区党组织书记抓基层党建工作述职评议考核表 (.docx), as a 区委组织部 scores each 社区党组织书记
after the year's 述职评议 meeting: what the 书记 personally took in hand.

An 附件 line, the title (bold, centred) and a "社区名称：… 书记姓名：… 述职时间：…" line above one table: 考核项目 |
序号 | 考核内容及评分要求 | 分值 | 自评分 | 考评分. 考核项目 (the category) is merged down its rows and printed with its
points on a second line ("履行第一责任人职责\\n（20分）"); 序号 runs 1..N through the table. There is no scoring column:
each rule sits inside the 考核内容 cell, in full-width brackets after the requirement ("…协商结果公开（未开展的不得分；
开展不足4次的每少1次扣1分；结果未公开的扣1分）。"), so `Row.text` is the whole cell and `Row.scoring` is empty. Rules:
"未开展的不得分" then a per-unit shortfall, caps ("最多扣4分"), a range ("酌情扣1-2分"), one band list, "本项不得分",
"其余由考评组综合评定". 自评分 / 考评分 are blank. A 合计 row (合计 merged over 考核项目..考核内容) and a 说明 paragraph
close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="l_shuji_zhuadangjian_docx",
    fmt="docx",
    title="云溪区委组织部2026年度社区党组织书记抓基层党建工作述职评议考核表",
    numbering="printed",
    sections=(
        Section("履行第一责任人职责", "履行第一责任人职责\n（20分）", 20, (
            Row("年初研究制定社区党建工作要点，报街道党工委备案；每季度至少主持召开1次党建工作专题会议，研究解决党建重点"
                "问题（无工作要点的扣2分；专题会议每少1次扣1分）。", 6, ""),
            Row("书记带头讲党课，每年为党员讲党课不少于2次（未讲党课的不得分；讲党课不足2次的扣2分）。", 5, ""),
            Row("与街道党工委签订基层党建工作目标责任书，班子成员“一岗双责”落实到位，每半年至少听取1次班子成员抓党建工作"
                "情况汇报（未签订责任书的扣2分；听取汇报每少1次扣1分；“一岗双责”落实不到位的酌情扣1-2分）。", 5, ""),
            Row("年终形成抓党建工作述职报告，在街道党工委述职评议会上述职，述职评议满意度达到85%（未述职的本项不得分；"
                "满意度85%以上得4分，75%-85%得2分，75%以下不得分）。", 4, ""),
        )),
        Section("抓组织体系建设", "抓组织体系建设\n（25分）", 25, (
            Row("严格落实“三会一课”，支委会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次（会议每少开1次扣"
                "0.5分，最多扣4分；无会议记录的本项不得分）。", 7, ""),
            Row("每月开展主题党日活动，全年不少于12次，活动主题鲜明，有签到、有照片（未开展的不得分；开展不足12次的每少1次扣"
                "0.5分；缺签到或照片的扣1分）。", 6, ""),
            Row("每年召开1次组织生活会并开展民主评议党员，会前班子成员之间、班子成员与党员之间普遍开展谈心谈话（未召开的"
                "不得分；未开展谈心谈话的扣1分）。", 6, ""),
            Row("推进网格党支部（党小组）全覆盖，网格党组织覆盖率达到100%，建立网格党员花名册（覆盖率每低1个百分点扣0.1分；"
                "无花名册的扣1分）。", 6, ""),
        )),
        Section("抓党员队伍建设", "抓党员队伍建设\n（25分）", 25, (
            Row("组织党员开展集中学习，全年不少于10次，每名党员每年参加集中学习培训不少于32学时（未开展的不得分；开展不足"
                "10次的每少1次扣1分；学时不足的每人扣0.2分，最多扣2分）。", 7, ""),
            Row("注重从网格员、志愿者、青年群体中发展党员，每两年至少发展1名党员，发展对象按规定公示（两年内未发展党员的扣"
                "2分；发展程序不规范的每例扣1分）。", 6, ""),
            Row("建立流动党员台账，每两个月至少联系流动党员1次；每年“七一”、春节前后走访慰问老党员和困难党员不少于2次（无"
                "台账的扣1分；联系每少1次扣0.5分；走访慰问每少1次扣0.5分）。", 6, ""),
            Row("党员按月足额交纳党费，党费收缴、使用情况每年公开不少于2次（有欠交党费的每人次扣0.2分；未公开的扣1分）。",
                6, ""),
        )),
        Section("抓基层治理", "抓基层治理\n（30分）", 30, (
            Row("建立社区党组织领导下的居民议事协商机制，每季度召开1次“党群议事会”，协商结果公开（未开展的不得分；开展不足"
                "4次的每少1次扣1分；结果未公开的扣1分）。", 7, ""),
            Row("组织在职党员、党员志愿者开展志愿服务，全年不少于8次，活动有记录、有影像资料（未开展的不得分；每少1次扣0.5分；"
                "无影像资料的扣1分）。", 7, ""),
            Row("每半年至少召开1次社区党组织、业委会、物业服务企业三方联席会议，与物业服务企业签订党建共建协议（联席会议每少"
                "1次扣1分；未签订协议的扣2分）。", 7, ""),
            Row("社区党组织在基层治理中作用发挥明显，班子团结，群众认可度高，居民群众对社区党组织满意率不低于90%（满意率每低1"
                "个百分点扣0.2分；其余由考评组综合评定）。", 9, ""),
        )),
    ),
)

NOTE = ("说明：1.本表由社区党组织书记对照自评，区委组织部会同街道党工委结合述职评议情况考评；2.各项扣分以该项分值为限；"
        "3.考评结果分为“好”（90分以上）、“较好”（80—89分）、“一般”（60—79分）、“差”（60分以下），作为书记年度考核"
        "的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考核项目", "序号", "考核内容及评分要求", "分值", "自评分", "考评分"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    document.add_paragraph("社区名称：                    书记姓名：              述职时间：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    number = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 1).text = str(number)
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = _fmt(row.points)
            r += 1
            number += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
