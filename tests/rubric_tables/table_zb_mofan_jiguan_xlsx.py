"""中共包头市昆都仑区直属机关工作委员会2026年度“模范机关”创建考评细则 (.xlsx), as a 区直机关工委 in 内蒙古 scores each
区直部门 (its 党组（党委）, 机关党支部 and 党员干部) that applies to be named a “模范机关”.

A merged title row and a merged "被考评单位（盖章）：…  考评日期：…" line above the header 创建内容 | 序号 | 评价要素 |
分值 | 计分规则 | 佐证资料 | 考评得分. The categories are MERGED CELLS down the 创建内容 column, printed with an ordinal
"一、政治建设\\n（20分）" (the category name is "政治建设"). 序号 is printed 1..18 running through. 分值 is a plain number.
佐证资料 (`Row.method`) names the papers the 部门 shows. 考评得分 is blank. A 合计 row and a merged 备注 row close the
sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zb_mofan_jiguan_xlsx",
    fmt="xlsx",
    title="中共包头市昆都仑区直属机关工作委员会2026年度“模范机关”创建考评细则",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("机关党组（党委）每年至少2次专题研究机关党建工作，党组书记履行第一责任人职责，班子成员落实“一岗双责”，签订"
                "党建工作责任书。", 6,
                "专题研究每少1次扣1.5分；未签订责任书的扣1分；“一岗双责”落实不到位的，酌情扣1—2分。", "党组会议纪要、责任书"),
            Row("严格执行请示报告制度，重大事项、重要情况按规定向区委和区直机关工委请示报告，年中、年末各报送1次党建工作情况"
                "报告。", 5,
                "未按规定请示报告的，发现一次扣1分；情况报告每少报1次扣1分。", "请示报告文件"),
            Row("落实意识形态工作责任制，每半年分析研判1次意识形态形势，机关网站、政务新媒体信息发布严格执行“三审三校”。", 5,
                "未开展分析研判的，每次扣1分；发生意识形态问题被通报的，本项不得分。", "研判报告、审校记录"),
            Row("巡视巡察、审计、上级督查反馈问题整改到位，整改完成率百分之百。", 4,
                "整改完成率每低10个百分点扣1分；整改不实、问题反弹的，本项不得分。", "整改台账、销号清单"),
        )),
        Section("理论武装", "二、理论武装\n（15分）", 15, (
            Row("党组理论学习中心组每双月集中学习1次，全年不少于6次，每次确定1个专题，班子成员每年围绕专题作交流发言不少于"
                "1次。", 6,
                "集中学习每少1次扣1分；交流发言每缺1人次扣0.5分。", "中心组学习记录、交流发言材料"),
            Row("机关党员干部每年参加集中培训不少于5天，青年干部理论学习小组每月开展1次学习活动。", 5,
                "培训不达标的，每人扣0.5分，最高扣3分；青年理论学习小组每少1次活动扣0.3分。", "培训登记表、活动照片"),
            Row("开展“三个一”读书活动：每名党员每年精读1本理论书籍、撰写1篇心得体会、开展1次读书分享。", 4,
                "每缺一项扣0.5分，最多扣2分；心得体会敷衍应付、照搬照抄的，酌情扣分。", "心得体会汇编"),
        )),
        Section("组织建设", "三、组织建设\n（25分）", 25, (
            Row("机关党支部按期换届，支部委员会由3至5人组成，支部书记由处（科）室主要负责人担任。", 4,
                "未按期换届的本项不得分；支部书记未由主要负责人担任的扣1分。", "换届选举批复"),
            Row("严格落实“三会一课”：支部党员大会每季度不少于1次，支委会每月1次，党小组会每月1次；党课每季度1次，其中"
                "“七一”前后由党组书记讲1次专题党课。", 7,
                "会议每少1次扣0.5分，扣完为止；党组书记未讲专题党课的扣2分；会议内容空泛、照搬文件的，酌情扣1分。",
                "会议记录本、签到表"),
            Row("每月开展1次主题党日活动，上下半年各组织1次到红色教育基地现场学习，党员参加率不低于九成。", 5,
                "主题党日每少1次扣0.5分；现场学习每少1次扣1分；参加率每低5个百分点扣0.5分。", "活动方案、签到表、照片"),
            Row("每年召开1次组织生活会，支部书记带头开展批评与自我批评，会前谈心谈话做到“四必谈”，会后制定整改清单；每年开展"
                "1次民主评议党员。", 5,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；无整改清单的扣1分。", "会议记录、整改清单"),
            Row("党员发展和管理规范，党员组织关系转接及时，党员信息库更新准确率达到百分之九十五以上，“全国党员管理信息系统”"
                "信息维护及时。", 4,
                "准确率低于95%的扣1分；组织关系转接超时的，每人次扣0.5分。", "党员花名册"),
        )),
        Section("作风建设", "四、作风建设\n（20分）", 20, (
            Row("驰而不息纠治“四风”，深化整治形式主义为基层减负，全年无违反中央八项规定精神问题。", 7,
                "每发现一起违反中央八项规定精神问题扣3分；被市级以上通报的，本项不得分。", "纪检监察机关反馈"),
            Row("每季度开展1次廉政提醒或警示教育，节假日前必发廉洁提醒，领导干部每年讲廉政党课1次。", 6,
                "警示教育每少1次扣1分；节前未发提醒的，每次扣0.5分；廉政党课未讲的扣1分。", "警示教育记录、提醒通知"),
            Row("深入开展“我为群众办实事”，每个支部每年认领办实事项目不少于3项，完成率达到100%，服务对象满意率不低于90%。", 7,
                "项目每少1项扣1分；完成率、满意率不达标的，各扣1分；工作开展流于形式的，酌情扣1—2分。",
                "项目清单、满意度测评表"),
        )),
        Section("创建成效", "五、创建成效\n（20分）", 20, (
            Row("机关党建与业务工作深度融合，年度目标考核位次在全区同类部门中居前，业务工作获市级以上表彰。", 7,
                "年度目标考核为优秀等次的得7分，良好的得5分，一般的得3分，较差的不得分。", "区目标考核结果"),
            Row("“一支部一品牌”创建有特色，形成可复制推广的经验做法，年内在区级以上媒体或工作简报刊发经验材料不少于1篇。", 6,
                "品牌特色不鲜明的，酌情扣1—3分；未刊发经验材料的扣2分。", "媒体报道截图"),
            Row("年底组织服务对象和机关干部对“模范机关”创建情况进行测评，满意度达到85%以上。", 7,
                "满意度85%以上得7分，80%（含）至85%得5分，75%（含）至80%得3分，75%以下不得分；未组织测评的本项不得分。",
                "测评统计表"),
        )),
    ),
)

HEADER = ["创建内容", "序号", "评价要素", "分值", "计分规则", "佐证资料", "考评得分"]
NOTE = ("备注：1.考评采取听取汇报、查阅资料、个别谈话、问卷测评相结合的方式；2.考评得分90分以上的，由区委命名为“模范机关”；"
        "3.单位班子成员受到党纪政务处分的，不得参加当年度“模范机关”评选。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "模范机关考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "被考评单位（盖章）：                              考评日期：2026年   月   日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, number, row.text, row.points, row.scoring,
                       row.method or None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (12, 6, 50, 6, 46, 24, 8))
    wb.save(str(path))
