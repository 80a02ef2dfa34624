"""星河社区党委2026年度“五星支部”创建评分细则 (.docx), as a 社区党委 hands it to its 党支部 for 评星定级.

An 附件 line, the title (bold, centred) and a "社区党委：… 党支部名称：… 评定日期：" line above the table; columns
创建类别 | 序号 | 考核内容 | 评分标准 | 分值 | 自评得分 | 考核得分 (分值 after 评分标准). The 创建类别 is one of five
"stars", merged down its rows and printed "班子建设星\n（20分）"; 序号 runs 1..N. 考核内容 is short (often only a
heading such as "党费收缴管理。"): the requirements sit in 评分标准, several numbered sub-rules "①…；②…；③…" each on a
paragraph of its own, mixing 得分 rules ("①按期换届的得2分，未按期换届的不得分"), bands ("达到95%以上得3分，90%—95%
得2分……低于85%不得分") and 扣分 rules. 自评得分 / 考核得分 are blank; a 合计 row and a 说明 paragraph (the star grades)
close the document.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="b_xingji_zhibu_docx",
    fmt="docx",
    title="星河社区党委2026年度“五星支部”创建评分细则",
    numbering="printed",
    sections=(
        Section("班子建设星", "班子建设星\n（20分）", 20, (
            Row("支部委员会按期换届，委员职数配备齐全，班子结构合理。", 4,
                "①按期换届的得2分，未按期换届的不得分；\n②支部委员中35周岁以下的不少于1名，无35周岁以下委员的扣1分；\n"
                "③委员职数空缺超过3个月的扣1分。"),
            Row("支部书记履行第一责任人职责，每年向社区党委述职一次。", 4,
                "①年终述职并形成书面述职报告的得2分，未述职的不得分；\n②述职评议满意度达到90%以上得2分，80%—90%得1分，"
                "低于80%不得分。"),
            Row("坚持民主集中制，“三重一大”事项经支委会集体研究决定。", 4,
                "①建立“三重一大”议事规则的得1分；\n②重大事项未经集体研究的，每发现1次扣1分，最多扣2分；\n"
                "③班子团结、决策规范的情况由考核组综合评定，最高得1分。"),
            Row("年初制定支部年度工作计划，年中开展半年小结，年底形成工作总结。", 4,
                "①年度计划、半年小结、年度总结每缺1项扣1分；\n②计划内容空泛、措施不具体的扣1分。"),
            Row("落实党风廉政建设责任，支委成员廉洁自律。", 4,
                "①年初签订党风廉政建设责任书的得1分；\n②支部书记每年与每名支委开展廉政谈话不少于1次，未开展的扣1分；\n"
                "③支委成员受到党纪处分的，本项不得分。"),
        )),
        Section("党员队伍星", "党员队伍星\n（20分）", 20, (
            Row("严格执行“三会一课”制度。", 5,
                "①支委会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次，每少开1次扣0.5分；\n"
                "②支部书记每年讲党课不少于2次，每少1次扣1分；\n③会议记录要素齐全，缺签到的每次扣0.2分。"),
            Row("党员参加组织生活情况。", 4,
                "①党员参会率达到95%以上得3分，90%—95%得2分，85%—90%得1分，低于85%不得分；\n"
                "②党员无故连续3个月不参加组织生活的，每人扣0.5分。"),
            Row("党员教育培训。", 4,
                "①党员每人每年参加集中学习培训不少于32学时，学时不足的每人扣0.2分，最多扣1分；\n"
                "②每季度组织1次集中学习，每少1次扣0.5分；\n③运用“学习强国”等平台开展线上学习，参学率低于80%的扣1分。"),
            Row("党费收缴管理。", 3,
                "①党员按月足额交纳党费，欠交、少交的每人次扣0.2分；\n②建立党费收缴台账，无台账的扣1分；\n"
                "③党费收缴情况每半年公示1次，未公示的扣0.5分。"),
            Row("发展党员工作。", 4,
                "①两年内至少发展党员1名的得2分，未发展的不得分；\n②发展程序规范、材料齐全的得2分，发展材料每缺1份扣0.5分；\n"
                "③违反程序发展党员的，本项不得分。"),
        )),
        Section("组织生活星", "组织生活星\n（20分）", 20, (
            Row("主题党日活动。", 5,
                "①每月固定第一个星期五开展主题党日活动，全年开展12次的得3分，每少1次扣0.5分；\n"
                "②活动有方案、有签到、有照片，资料每缺1项扣0.2分；\n③党员参加率低于90%的扣1分。"),
            Row("组织生活会和民主评议党员。", 5,
                "①每年召开1次组织生活会，未召开的不得分；\n②会前开展谈心谈话、征求意见，会后制定整改措施，每缺1个环节扣"
                "0.5分；\n③每年开展1次民主评议党员，未开展的扣2分。"),
            Row("谈心谈话。", 4,
                "①支部书记与每名党员每年谈心谈话不少于1次，每少谈1人扣0.2分；\n②支委之间每半年至少谈心1次，未开展的扣1分；\n"
                "③谈话情况有记录，无记录的扣1分。"),
            Row("党内关怀帮扶。", 3,
                "①“七一”、春节前后走访慰问困难党员和老党员各1次，每少1次扣0.5分；\n"
                "②为党员过“政治生日”，每月集中开展1次，未开展的每次扣0.2分，最多扣1分。"),
            Row("流动党员管理。", 3,
                "①建立流动党员台账，无台账的扣1分；\n②每两个月与流动党员联系1次，联系记录每缺1次扣0.2分；\n"
                "③流动党员失联的，每人扣0.5分。"),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            Row("在职党员“双报到”“双服务”。", 5,
                "①在职党员到社区报到率达到100%的得2分，每有1人未报到扣0.5分；\n"
                "②报到党员每人每年参加社区志愿服务不少于12小时，时长不足的每人扣0.2分，最多扣2分；\n"
                "③建立报到党员服务登记册，无登记册的扣1分。"),
            Row("党员联系服务群众。", 5,
                "①每名党员联系群众不少于5户，每月走访1次，记入民情日志，联户不足的每人扣0.2分，走访记录不全的扣0.5分；\n"
                "②群众诉求办结率达到95%以上得3分，90%—95%得2分，85%—90%得1分，低于85%不得分。"),
            Row("为民办实事。", 5,
                "①全年为群众办实事不少于8件的得3分，每少1件扣0.5分；\n②建立办实事项目清单并逐项销号，无清单的扣1分；\n"
                "③办理结果向居民公示，未公示的扣1分。"),
            Row("群众满意度。", 5,
                "年底开展群众满意度测评，满意度达到95%以上得5分，90%—95%得4分，85%—90%得2分，低于85%不得分。"),
        )),
        Section("阵地保障星", "阵地保障星\n（20分）", 20, (
            Row("党群服务阵地。", 5,
                "①党群服务站标识规范、功能完善，由考核组实地查看，发现问题每处扣0.5分；\n"
                "②服务站每周开放不少于5天，值班记录完整，缺值班记录的扣1分。"),
            Row("党务公开。", 5,
                "①党务公开栏每季度更新1次，每少1次扣0.5分；\n②公开内容拍照存档，无存档照片的扣1分；\n"
                "③党员群众对公开内容知晓率达到85%以上的得2分，80%—85%得1分，低于80%不得分。"),
            Row("党建经费。", 5,
                "①服务群众专项经费专款专用，挪用的本项不得分；\n②建立经费使用台账，无台账的扣1分；\n"
                "③经费使用情况每半年公开1次，未公开的每次扣0.5分。"),
            Row("档案资料管理。", 5,
                "①党员花名册、“三会一课”记录本、党费收缴台账、发展党员档案齐全，每缺1类扣1分；\n"
                "②档案按年度分类立卷、专人管理，管理不规范的酌情扣0.5—1分。"),
        )),
    ),
)

NOTE = ("说明：1.创建评分实行百分制，各项扣分以该项分值为限；2.总分90分以上的评为“五星支部”，80—89分为“四星支部”，"
        "70—79分为“三星支部”，60—69分为“二星支部”，60分以下为“一星支部”；3.年度内发生违纪违法案件的党支部，"
        "不得评为四星以上。")


def build(t: Table, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    header = ["创建类别", "序号", "考核内容", "评分标准", "分值", "自评得分", "考核得分"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件1")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t.title)
    run.bold = True
    run.font.size = Pt(18)
    document.add_paragraph("社区党委：星河社区党委          党支部名称：                    评定日期：    年  月  日")
    tbl = document.add_table(rows=1 + n_items + 1, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 1).text = str(number)
            tbl.cell(r, 2).text = row.text
            first_rule, *more = row.scoring.split("\n")
            cell = tbl.cell(r, 3)
            cell.text = first_rule
            for line in more:  # each numbered sub-rule on a paragraph of its own
                cell.add_paragraph(line)
            tbl.cell(r, 4).text = _fmt(row.points)
            r += 1
            number += 1
        merged = tbl.cell(first, 0).merge(tbl.cell(r - 1, 0))
        merged.text = s.printed
    merged = tbl.cell(r, 0).merge(tbl.cell(r, 3))
    merged.text = "合计"
    tbl.cell(r, 4).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
