"""绵阳市档案馆机关党委2025年度党支部党建工作考核评分表 (.xlsx), as a 四川 绵阳 市档案馆 机关党委 (its 办公室 with the 保管利用科, the
接收征集科 and the 派驻纪检监察组, a 考核组 going round the 业务一支部, 业务二支部 and 综合支部 in late December) scores the 党支部 of an
档案馆 whose 库房 keep the 地方 records, the “两弹城” papers from 梓潼 and the 5·12 地震 档案, whose 查档 窗口 serve the 不动产 and 婚姻
查档 every day and whose 数字化 is done by an 外包 company: 政治建设 (the “第一议题” with a monthly 集中学习 and 40学时, a half-yearly 专题
研究 with the “三审三校” and a “本项不得分”, a quarterly 警示教育 with a yearly 廉政谈话, the 保密管理制度 with a half-yearly 自查, one
保密 培训 and a 一票否决), 组织建设 (the “三会一课” with the 书记's 党课, the monthly 主题党日 with two 国际档案日 宣传 and the 参加率, the
组织生活会 with 民主评议, 谈心谈话 and the 整改清单, the 积极分子 with a quarterly 谈话, 政审 and 公示, 党费 with the 基数 and a half-yearly
公布, the 党员先锋岗 名单 and the 信息系统), 党建与业务融合 (the 温湿度记录 with a quarterly 安全检查, a yearly 演练 and a 一票否决, the
接收 完成率 and two hundred 征集, the 数字化 完成率 in bands with the 合格率, the 查档 登记簿 with the 满意度 and the 投诉, two 编研 a year
with four 发布 a month and one 展览, the 年初 融合项目 and the 年底 总结) and 责任落实 (the 年初 计划, the 年中 报告, the 年底 述职 with the
比例, the 年终 总结; the 换届 with the 台账 目录; a deduction-only line on 八项规定 and the 档案信息).

A merged title row and a merged "考核对象：馆机关党委所属业务一支部、业务二支部、综合支部" line above the header 考核类别 | 考核内容 | 评分细则
| 分值 | 佐证资料 | 自评得分 | 考核得分. There is NO 序号: items are numbered by position (1..19). The categories are MERGED CELLS down the
考核类别 column (FIRST), printed WITHOUT an ordinal on TWO lines, "政治建设\\n（18分）". 评分细则 comes BEFORE the 分值, a plain number.
佐证资料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 派驻纪检监察组提供). 自评得分 and 考核得分
are blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每月开展一次", "每半年专题研究
一次", "每季度开展一次", "每年…开展一次", "每半年开展一次", "全年…不少于1次", "每季度…谈话一次", "每半年公布一次", "每季度开展一次",
"每年组织一次", "每月发布…不少于4条", "年中…报告一次"); "不少于40学时", "全年不少于2次", "不少于1名", "不少于200件", "不少于2项";
"最高扣" caps; "酌情扣0.5-1分" three times, "酌情扣1-2分" twice, "酌情扣0.5分" twice and "酌情扣1分"; one set of bands (a 完成率 closed by
"80%以下的不得分"); two "实行一票否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
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
    name="zzze_mianyang_danganguan_dangzhibu_xlsx",
    fmt="xlsx",
    title="绵阳市档案馆机关党委2025年度党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（18分）", 18, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加集中学习培训不少于40学时。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；学习流于形式、无研讨交流的，酌情扣0.5-1分。",
                "学习记录、学时统计表"),
            Row("每半年专题研究一次意识形态工作；馆藏档案编研、展览和网站、微信公众号发布内容严格执行“三审三校”；档案开放利用坚持政治"
                "把关。", 5,
                "专题研究每少1次扣1分；发布内容未经审核的，每次扣0.5分；发生意识形态问题或档案开放审核失误造成不良影响的，本项不得分。",
                "会议记录、审核单"),
            Row("每季度开展一次廉政警示教育；支部书记每年与支部委员和查档窗口、档案接收等关键岗位党员开展一次廉政谈话。", 4,
                "警示教育每少1次扣0.5分；未开展廉政谈话的扣1分；发生违纪违法问题的，每起扣2分。", "活动记录、谈话记录"),
            Row("落实档案保密管理制度，涉密档案专人专柜管理；每半年开展一次保密自查；全年组织党员保密知识培训不少于1次。", 4,
                "保密自查每少1次扣0.5分；未开展保密培训的扣1分；涉密档案管理不规范的，酌情扣1-2分；发生失泄密事件的，实行一票否决，本项"
                "不得分。", "保密管理制度、自查记录、培训签到表"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；支部书记未讲党课的扣1分；会议记录不规范的，酌情扣0.5-1分。", "会议记录本"),
            Row("每月开展一次主题党日；结合“6·9国际档案日”开展档案进社区、进校园宣传活动，全年不少于2次；党员参加率不低于90%。", 5,
                "主题党日每少1次扣0.3分；宣传活动每少1次扣0.5分；参加率每低5个百分点扣0.3分。", "活动记录、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会后一个月内向机关党委报送整改清单。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；整改清单未按时报送的扣0.5分。",
                "会议记录、整改清单"),
            Row("年内确定入党积极分子不少于1名，培养联系人每季度与积极分子谈话一次；发展对象政治审查、公示程序完整。", 5,
                "未确定入党积极分子的扣1.5分；谈话每少1次扣0.3分；政审、公示材料缺失的，每项扣1分；违规发展党员的，本项不得分。",
                "发展党员档案"),
            Row("党员按月足额交纳党费，每年按规定核定交纳基数；党费收缴情况每半年公布一次。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；基数核定不准确的，每人扣0.2分；收缴情况未公布的，每次扣0.5分。",
                "党费收缴台账、公布照片"),
            Row("设立“党员先锋岗”“党员示范窗口”，覆盖查档接待、档案数字化加工等关键岗位，党员亮明身份；党员信息及时录入全国党员管理信息"
                "系统，组织关系转接规范。", 5,
                "未设立党员先锋岗的扣1.5分；党员未亮明身份的，酌情扣0.5分；信息系统数据不准确、关系转接不规范的，每人扣0.2分，最高扣1分。",
                "先锋岗名单"),
        )),
        Section("党建与业务融合", "党建与业务融合\n（37分）", 37, (
            Row("落实档案安全“十防”要求，库房温湿度每日记录；每季度开展一次档案安全检查；每年组织一次档案应急抢救演练；不发生档案损毁、"
                "丢失事故。", 7,
                "温湿度记录缺失的，每缺1个月扣0.2分；安全检查每少1次扣0.5分；未组织应急演练的扣1分；发生档案损毁、丢失事故的，实行一票"
                "否决，本项不得分。", "温湿度记录、检查记录、演练照片"),
            Row("按年度计划完成到期档案进馆接收任务，接收完成率达到100%；开展红色档案和“两弹城”等地方特色档案征集，全年征集不少于200件。",
                6, "接收完成率每低5个百分点扣1分；征集档案未达到200件的扣1分；征集档案未及时登记入库的，酌情扣0.5-1分。",
                "接收登记簿、征集登记簿"),
            Row("推进馆藏档案数字化，年度数字化加工任务完成率达到100%；数字化成果质检合格率达到98%以上；数字化外包服务安全管理到位。", 6,
                "完成率100%的得3分，90%（含）—100%的得2分，80%（含）—90%的得1分，80%以下的不得分；质检合格率每低1个百分点扣0.5分，最高扣"
                "2分；外包安全管理不到位的，酌情扣1分。", "数字化台账、质检报告"),
            Row("查档窗口推行“一站式”服务和“跨馆出证”，查档利用实行一人一登记；查档群众满意度达到95%以上；全年无有效投诉。", 6,
                "查档登记不全的，酌情扣0.5分；满意度每低1个百分点扣0.5分，最高扣2分；被有效投诉的，每次扣1分。",
                "查档利用登记簿、满意度评价数据"),
            Row("围绕党史、地方史开展档案编研，全年完成编研成果不少于2项；“绵阳档案”微信公众号每月发布信息不少于4条；全年举办档案展览"
                "不少于1次。", 6,
                "编研成果每少1项扣1分；信息发布每少1条扣0.1分，最高扣1分；未举办展览的扣1分。", "编研成果、公众号后台数据、展览照片"),
            Row("支部年初确定“党建+档案业务”融合项目不少于1个，明确目标和责任人；年底总结项目成效。", 6,
                "未确定融合项目的扣2分；项目目标、责任人不明确的扣1分；年底未总结的扣1分；项目成效不明显的，酌情扣1-2分。",
                "项目方案、项目总结"),
        )),
        Section("责任落实", "责任落实\n（15分）", 15, (
            Row("支部书记年初制定支部年度工作计划；年中向机关党委报告一次支部工作情况；年底述职并接受党员评议，评议“好”等次比例达到80%"
                "以上；年终报送支部年度工作总结。", 6,
                "无年度工作计划的扣1分；未报告的扣1分；未述职的扣2分；“好”等次比例低于80%的扣1分；未报送年度工作总结的扣1分。",
                "工作计划、述职报告、评议表、年度总结"),
            Row("支部按期换届，委员配备齐全、分工明确；支部工作台账按统一目录分类归档、资料完整。", 5,
                "未按期换届的扣2分；委员分工不明确的扣0.5分；台账无目录的扣0.5分；台账资料不完整的，每项扣0.2分，最高扣1.5分。",
                "换届选举材料、台账目录"),
            Row("党员违反中央八项规定精神，或在查档服务中“吃拿卡要”、违规提供档案信息（本项为扣分项）。", 4,
                "经查实的，每人次扣2分；被市级以上通报的，每次扣2分；党员受到党纪政务处分的，本项不得分。", "派驻纪检监察组提供"),
        )),
    ),
)

HEADER = ["考核类别", "考核内容", "评分细则", "分值", "佐证资料", "自评得分", "考核得分"]
NOTE = ("备注：1.本表由馆机关党委于12月下旬组织考核，各支部先行自评，派驻纪检监察组参加；2.各项扣分以该项分值为限，扣完为止；3.考核"
        "得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；4.考核结果作为评选“先进党支部”和支部书记"
        "年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：馆机关党委所属业务一支部、业务二支部、综合支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 48, 48, 6, 22, 8, 8))
    wb.save(str(path))
