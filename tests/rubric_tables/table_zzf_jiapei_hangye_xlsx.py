"""桐江市交通运输行业党委2025年度机动车驾驶员培训机构党组织党建工作考核细则 (.xlsx), as a 浙江 市交通运输局 行业党委 (its 党建
办 with the 市运输管理服务中心 驾培科 going round the 驾校 in December, the 驾校 filling in a 自评分 first) scores each 驾培机构
党组织 — 民营 驾校 with a few 党员 among the 管理层, 教练员 and 安全员, small ones grouped into 联合党支部, some with only a 党建
指导员 — on 组织覆盖 (单独建 or 联合建 and the 指导员, the 书记 and a 35周岁以下 委员, “双向进入、交叉任职”, 按期换届 with its
请示 and 批复, “口袋党员”), 组织生活 (“三会一课” with 党小组 by 训练场地, 主题党日 on the first week and “安全驾驶宣传”, 组织生活会
and 谈心谈话, 积极分子 and the “五公示”, 党费, 集中培训 and 学时), 作用发挥 (“亮身份、树形象” and the half-yearly “党员示范教练车”,
诚信经营 against “学时造假” and “吃拿卡要” with the 投诉 办结率, 教学安全 and the monthly 车辆 检查, the 志愿服务队 and “暖心驾培”,
合格率 and the 教练员 优良率, a 学员 满意率 in bands) and 基础保障 (场所 and 经费, 计划 / 备案 / 总结 / 述职 / 报告, 台账 and the
系统 准确率, 信息 and 报道).

A merged title row, a merged "考核对象：全市驾培机构党支部（含联合党支部）及选派党建指导员的驾培机构" line and a merged "机构名称：…
党组织名称：…  党员：…名  教练员：…名  考核日期：…" line above the header 序号 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 自评分 | 复核分
(分值 AFTER the 评分标准). The categories are SECTION ROWS merged across the sheet, printed with a bracketed ordinal, "（一）组织覆盖
（15分）". 序号 (first column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 分值 is a plain number.
佐证材料 (`Row.method`) names the papers the 驾校 lays out (once a way of checking, 实地查看): a 佐证 column. The two score columns
are blank. A 合计 row and a merged 备注 row close the sheet. The 满意率 bands sit in the 考核内容, the 评分标准 only pointing to
them; counts partly in Chinese numerals ("两次", "百分之百").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzf_jiapei_hangye_xlsx",
    fmt="xlsx",
    title="桐江市交通运输行业党委2025年度机动车驾驶员培训机构党组织党建工作考核细则",
    numbering="restart",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（15分）", 15, (
            Row("有3名以上正式党员的驾培机构单独建立党支部，不足3名的由行业党委组建联合党支部；暂不具备建立条件的选派党建"
                "指导员，实现党的组织和党的工作全覆盖。", 5,
                "应建未建的扣3分；未选派党建指导员的扣2分。", "党组织成立批复、指导员选派文件"),
            Row("党组织书记一般由驾培机构负责人中的党员或管理层党员担任；支部委员中35周岁以下的不少于1名；推行党组织班子成员与"
                "管理层“双向进入、交叉任职”。", 5,
                "书记人选不符合要求的扣2分；无35周岁以下委员的扣1分；未实行交叉任职的扣1分。", "支委会成员名单"),
            Row("党组织按期换届，任期届满前3个月向行业党委书面请示；党员组织关系全部转入，“口袋党员”排查清零。", 5,
                "未按期换届的扣2分；未书面请示的扣1分；“口袋党员”每发现1名扣0.5分。", "换届请示、批复"),
        )),
        Section("组织生活", "（二）组织生活（25分）", 25, (
            Row("严格落实“三会一课”制度，支委会每月召开一次，党员大会每季度召开一次，党课每季度一次；教练员党员分散带训的，按"
                "训练场地编组开展党小组活动，每月一次。", 8,
                "每少1次扣0.5分，扣完为止；会议记录缺签到或内容空泛的，每次扣0.2分。", "会议记录、签到表"),
            Row("每月第一周开展主题党日活动，全年结合“安全驾驶宣传”开展不少于两次；党员参加率不低于85%。", 5,
                "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分。", "活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；党组织书记每年与每名党员谈心谈话不少于1次。", 5,
                "未召开组织生活会的扣3分；未开展民主评议的扣1分；谈心谈话未全覆盖的扣1分。", "会议记录、谈心谈话记录"),
            Row("年内确定入党积极分子不少于1名，优先从优秀教练员、安全员中培养；发展党员严格执行“五公示”。", 4,
                "未确定入党积极分子的扣2分；公示不规范的，每项扣0.5分。", "积极分子名册、公示材料"),
            Row("党员按月足额交纳党费；党员每年参加行业党委组织的集中培训不少于1次，学习时间不少于24学时。", 3,
                "党费每缺交1人次扣0.1分；未参加集中培训的，每人扣0.2分。", "党费收缴台账、培训签到表"),
        )),
        Section("作用发挥", "（三）作用发挥（40分）", 40, (
            Row("开展党员教练员“亮身份、树形象”活动，党员教练员佩戴党徽、挂牌带教；每半年评选一次“党员示范教练车”并公示。", 6,
                "未开展亮身份活动的扣2分；未佩戴党徽的，每发现1人次扣0.2分；评选每少1次扣1分。", "评选结果公示照片"),
            Row("推动驾培机构诚信经营，严格执行培训学时和收费标准公示制度，杜绝“学时造假”“乱收费”“吃拿卡要”；学员投诉办结率达到"
                "百分之百。", 8,
                "发现学时造假的，每例扣2分；收费标准未公示的扣1分；投诉办结率每低1个百分点扣0.5分；教练员“吃拿卡要”被查实的，"
                "本项不得分。", "投诉处理台账、监管平台数据"),
            Row("党员带头抓教学安全，教练车每月安全检查一次；全年未发生训练场地内有责任的安全事故。", 8,
                "车辆安全检查每少1次扣0.5分；发生有责任一般安全事故的，每起扣4分；发生较大及以上安全事故的，实行一票否决。",
                "车辆检查记录"),
            Row("组建党员教练员志愿服务队，开展“文明交通进社区、进学校”宣传，年内不少于4次；为退役军人、残疾人等群体提供“暖心"
                "驾培”优惠服务。", 6,
                "志愿服务每少1次扣1分；未开展“暖心驾培”服务的扣1分。", "活动照片、服务台账"),
            Row("党员教练员所带学员科目二、科目三考试一次合格率不低于全市平均水平；党员教练员年度教学质量考核优良率达到80%以上。",
                6,
                "合格率低于全市平均水平的扣2分；优良率每低5个百分点扣1分。", "考试统计数据、考核结果"),
            Row("委托第三方对结业学员开展满意度回访，满意率达到90%以上的得6分；85%（含）至90%的得4分；80%（含）至85%的得2分；"
                "80%以下的不得分。", 6,
                "按回访结果计分。", "回访报告"),
        )),
        Section("基础保障", "（四）基础保障（20分）", 20, (
            Row("驾培机构为党组织活动提供场所和经费保障，党员活动室面积不少于20平方米；党组织工作经费纳入机构管理费用，每年不少于"
                "1万元。", 6,
                "无固定活动场所的扣3分；经费未落实的扣2分；经费不足的扣1分。", "实地查看、经费列支凭证"),
            Row("年初制定党建工作计划并报行业党委备案，年终形成工作总结；党组织书记每年向行业党委述职一次，向全体党员和员工报告"
                "一次工作。", 5,
                "计划、总结每缺1项扣1分；未备案的扣0.5分；未述职的扣2分；未报告工作的扣0.5分。", "计划、总结、述职报告"),
            Row("建立党员花名册、会议记录、党费台账、活动记录等基础台账，做到资料齐全、记录真实；按时更新全国党员管理信息系统，"
                "信息准确率100%。", 5,
                "台账每缺1项扣0.5分；系统信息每错1处扣0.2分。", "台账资料"),
            Row("每半年向行业党委报送一次党建工作信息；年内在市级以上媒体宣传报道不少于1篇。", 4,
                "信息每少1次扣1分；未宣传报道的扣1分。", "报道截图"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "佐证材料", "自评分", "复核分"]
NOTE = ("备注：1.考核采取驾培机构自评、行业党委实地复核相结合的方式，以复核分为准；2.各项扣分以该项分值为限，扣完为止；3.考核"
        "结果分为优秀、良好、合格、不合格四个等次，与驾培机构信用评价、评先评优挂钩；4.驾培机构发生重大安全事故或严重失信行为"
        "的，党组织年度考核直接确定为不合格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "驾培机构党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全市驾培机构党支部（含联合党支部）及选派党建指导员的驾培机构", ncols)
    xlsx_line(ws, "机构名称：                党组织名称：                党员：    名    教练员：    名    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 54, 46, 6, 20, 7, 7))
    wb.save(str(path))
