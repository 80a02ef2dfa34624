"""中共临澧县司法局党组2025年度司法所党支部党建工作考核细则 (.xlsx), as a 湖南 县司法局党组 (its 政治处 running the check with
the 局机关党委 and the 基层科 in December) scores each 司法所党支部 — the 司法所 a 县司法局 派出机构 in a 乡镇, three to six 司法
行政 staff and a 所长 who is mostly the 支部书记, small 支部 often joined with the 乡镇机关 or the next 所 — on 政治建设 (the
“第一议题” and monthly 集中学习, the 所长's 党课, 警示教育 and the 廉洁从业 承诺书, 研判 of 矛盾 and 舆情, the “一岗双责” 责任书 and
廉政谈话), 组织建设 (单独 or 联合 支部, “三会一课” held with the 联建单位, 主题党日 with the “法律明白人” and 普法, 组织生活会 and
备案, 党费 and 学时 and the “学习强国” 积分), 业务融合 (人民调解 排查 and the 调解成功率, 社区矫正 帮教 and 走访, the 普法 服务队 and
“法律明白人”, the 公共法律服务 示范岗 and 登记率, a 群众 满意率 in bands) and 基础保障 (活动室 and 宣传栏, 计划 / 小结 / 总结 and
述职, 台账 and the “智慧党建” 平台, 信息 and 刊发).

A merged title row and a merged "考核对象：全县10个司法所党支部（含联合党支部）  考核时间：2025年12月" line above the header 序号 |
考核指标 | 考核细则 | 分值 | 计分方法 | 考核方式 | 得分. The categories are SECTION ROWS merged across the sheet, printed "一、政治建设
（20分）". 序号 (first column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核指标 is a short
sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看,
个别访谈, 向局政治处 / 社区矫正中心 核实, 第三方测评, 平台核查); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明
row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzd_sifasuo_zhibu_xlsx",
    fmt="xlsx",
    title="中共临澧县司法局党组2025年度司法所党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月开展集中学习不少于1次；所长（支部书记）每年为党员讲党课不少于1次。", 5,
                "集中学习每少1次扣0.5分；书记未讲党课的扣1分；“第一议题”落实不到位的，酌情扣0.5—1分。", "查阅资料",
                indicator="理论武装"),
            Row("巩固政法队伍教育整顿成果，每半年开展一次警示教育，组织党员观看警示教育片或旁听庭审；全体党员干部签订《司法行政"
                "人员廉洁从业承诺书》。", 5,
                "警示教育每少1次扣1分；承诺书每缺1人扣0.2分。", "查阅资料", indicator="队伍建设"),
            Row("落实意识形态工作责任制，每季度分析研判一次辖区社会矛盾和涉法舆情动态；重大敏感案（事）件及时向局党组请示报告。", 5,
                "研判每少1次扣1分；重大事项未及时报告的，每次扣2分；发生意识形态领域重大问题的，本项不得分。", "查阅资料、个别访谈",
                indicator="意识形态"),
            Row("支部书记落实“一岗双责”，与局党组签订党风廉政建设责任书；每年与所内党员干部开展廉政谈话不少于1次；党员干部全年"
                "无违纪违法。", 5,
                "未签订责任书的扣1分；廉政谈话每少1人扣0.2分；党员干部受到党纪政务处分的，实行一票否决，本项不得分。",
                "查阅资料、向局政治处核实", indicator="党风廉政"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("有正式党员3名以上的司法所单独成立党支部，不足3名的与所在乡镇机关或相邻司法所组建联合党支部；所长是党员的，一般"
                "兼任支部书记。", 4,
                "应建未建的扣2分；所长是党员但未兼任书记且无合理说明的扣1分。", "查阅资料", indicator="组织设置"),
            Row("支部委员会每月召开1次（未设支委会的召开支部会），党员大会每季度召开1次，党课每季度1次；党员人数较少的可与联建"
                "单位联合开展，但须单独记录。", 7,
                "每缺1次扣0.5分，最多扣4分；联合开展无单独记录的，每次扣0.3分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月固定一天开展主题党日活动，每季度至少一次结合“法律明白人”培训或普法宣传开展；党员参加率不低于90%。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，党员对照检查；开展民主评议党员，评议结果报局机关党委备案。", 5,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；评议结果未备案的扣1分。", "查阅资料", indicator="组织生活会"),
            Row("党员按月交纳党费，每半年公布一次党费收缴情况；党员每年参加集中学习培训不少于32学时，“学习强国”年度积分不低于"
                "10000分。", 4,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣0.5分；学时不足的，每人扣0.2分；积分不达标的，每人扣0.1分，最多扣1分。",
                "查阅党费收缴台账、平台核查", indicator="党员管理"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            Row("支部牵头指导辖区人民调解组织，党员带头参与矛盾纠纷排查化解，每月开展一次矛盾纠纷集中排查，调解成功率达到96%以上；"
                "全年不发生因调解不及时引发的“民转刑”案件。", 8,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.5分，最多扣3分；发生“民转刑”案件的，每起扣3分。",
                "查阅资料、实地查看", indicator="人民调解"),
            Row("对社区矫正对象落实由党员司法所工作人员、村（居）干部、家属组成的帮教小组，每名矫正对象每月走访或谈话教育不少于"
                "1次；全年无脱管漏管、矫正对象重新违法犯罪。", 7,
                "帮教小组未建立的，每人扣0.5分；走访谈话每少1人次扣0.2分；发生脱管漏管的，每人次扣2分；矫正对象重新违法犯罪的，"
                "每人扣3分。", "查阅矫正档案、向县社区矫正中心核实", indicator="社区矫正"),
            Row("组建党员普法志愿服务队，每季度开展一次“法律进村（社区）”宣传活动；年内每个村（社区）培养“法律明白人”不少于3名，"
                "开展集中培训不少于2次。", 7,
                "未组建服务队的扣1分；宣传活动每少1次扣1分；“法律明白人”培养不足的，每村扣0.2分；培训每少1次扣1分。",
                "查阅资料、个别访谈", indicator="法治宣传"),
            Row("司法所公共法律服务工作站设立党员示范岗，党员亮牌上岗；法律援助申请做到“应转尽转”，群众来访咨询登记率达到100%。", 6,
                "未设立党员示范岗的扣1分；党员未亮牌上岗的，每发现1人次扣0.2分；咨询每漏登1件扣0.1分，最多扣1分。",
                "实地查看、查阅登记簿", indicator="公共法律服务"),
            Row("县司法局委托第三方对辖区群众、调解当事人开展满意度测评，满意率95%以上的得7分；90%（含）至95%的得5分；85%（含）至"
                "90%的得3分；85%以下的不得分。", 7,
                "按测评结果计分；被群众实名投诉并经查实的，每件扣1分。", "第三方测评", indicator="群众评价"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            Row("司法所设有党员活动室或与调解室共用，悬挂党旗、入党誓词，配备党建书籍；设置党建宣传栏，每季度更新一次。", 5,
                "无活动场所的扣2分；宣传栏每少更新1次扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年初制定支部党建工作计划并报局机关党委，年中报送半年工作小结，年底形成全年工作总结；支部书记年底向局党组述职。", 5,
                "计划、小结、总结每缺1项扣1分；未述职的扣2分。", "查阅资料", indicator="计划总结"),
            Row("党员花名册、“三会一课”记录本、党费收缴台账、主题党日活动记录等资料齐全规范，在“智慧党建”平台及时录入。", 5,
                "资料每缺1项扣0.5分；平台录入不及时的，每次扣0.2分，最多扣1分。", "查阅资料、平台核查", indicator="台账资料"),
            Row("每季度向局机关党委报送党建信息不少于1篇；年内在市级以上媒体或系统内刊物刊发司法所党建或业务工作经验不少于1篇。",
                5,
                "信息每少1篇扣0.5分；未刊发的扣1分。", "查阅资料", indicator="信息宣传"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核细则", "分值", "计分方法", "考核方式", "得分"]
NOTE = ("说明：1.考核由局政治处会同局机关党委、基层科组成考核组，采取查阅资料、实地查看、个别访谈和第三方测评相结合的方式，于每年"
        "12月进行；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为好、较好、一般、差四个等次，与司法所年度目标管理考核挂钩；"
        "4.司法所工作人员发生违纪违法问题被立案查处的，支部考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "司法所党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全县10个司法所党支部（含联合党支部）  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 52, 6, 46, 18, 7))
    wb.save(str(path))
