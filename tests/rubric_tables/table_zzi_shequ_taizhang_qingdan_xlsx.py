"""中共襄阳市樊城区米公街道工作委员会2025年度社区党组织党建工作台账资料检查评分表 (.xlsx), as a 湖北 街道党工委 (its 党建办
with two 社区 书记 from other 社区 going round with a 清单 in December, box by box) scores each 社区党委（党总支） on its 台账 —
not on the work itself but on the papers that prove it, each line one 台账 named in the 台账名称 column and scored mostly by
"缺一项 / 每缺1次": 组织建设类 (the 设置 一览表 and 批复 / 换届 papers, the 花名册 against the 系统, the “三会一课” 记录本 with its
签到, the monthly 主题党日 “一活动一档”, the 组织生活会 and 民主评议 papers, the 发展党员 “一人一档”), 党员管理类 (党费 台账 with
the 基数 and its half-yearly 公示, 流动党员 with quarterly 联系, 在职党员 报到 with 2次 of 活动, 学时 登记, 积分 by quarter with
its 公示 and the 年底 “星级党员”), 治理服务类 (网格 划分图 and monthly 走访日志, quarterly 议事协商 记录, the 年初 民生实事 清单 and
its 公示, the 志愿服务队 with monthly 活动 and 时长, “四议两公开” and quarterly 公开 底稿, monthly 矛盾纠纷 排查 and 回访),
计划总结类 (the 年初 计划 with its 备案, 半年小结 / 总结 / 述职报告, the 制度汇编 and 上墙, 信息 and 报道, 装盒 and no 补记、代签)
and 党风廉政类 (责任书 and 承诺书, the “小微权力” 清单 with quarterly 监督 记录, 警示教育, 意识形态 审核 登记).

A merged title row, a merged "检查对象：米公街道所辖各社区党委（党总支）" line and a merged "社区名称：…  检查人员：…  检查日期：2025年
12月  日" line above the header 序号 | 台账类别 | 台账名称 | 资料内容及要求 | 分值 | 扣分标准 | 检查情况 | 得分 (分值 BEFORE the
扣分标准). The categories are MERGED CELLS down the 台账类别 column (SECOND), printed on two lines WITH an ordinal, "一、组织建设类
\\n（24分）". 序号 (first column, numeric cells) RESTARTS at 1 in every category (ids "1.1" … "5.3"). 台账名称 is a short sub-label
(`Row.indicator`); the words are in 资料内容及要求. 分值 is a plain number. There is NO 考核方式 or 佐证 column: the 台账 named in the
words are themselves what is checked; 检查情况 and 得分 are blank for the 检查人员. A 合计 row and a merged 说明 row close the sheet.
Counts partly in Chinese numerals ("一次", "两次").
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
    name="zzi_shequ_taizhang_qingdan_xlsx",
    fmt="xlsx",
    title="中共襄阳市樊城区米公街道工作委员会2025年度社区党组织党建工作台账资料检查评分表",
    numbering="restart",
    sections=(
        Section("组织建设类", "一、组织建设类\n（24分）", 24, (
            Row("社区党组织及所属网格党支部、楼栋党小组设置情况一览表；党组织成立、调整的批复文件；换届选举请示、批复及选举结果"
                "报告单。", 4,
                "缺设置情况一览表的扣1分；批复文件、换届资料每缺1份扣0.5分。", indicator="组织设置台账"),
            Row("党员花名册（含姓名、性别、出生年月、学历、入党时间、工作单位、联系电话等信息），与全国党员管理信息系统数据一致，"
                "每半年更新一次。", 3,
                "无花名册的，本项不得分；与系统数据不一致的，每人扣0.2分；未按时更新的扣1分。", indicator="党员花名册"),
            Row("“三会一课”记录本：支部党员大会每季度至少1次、支部委员会每月至少1次、党小组会每月至少1次、党课每季度至少1次；"
                "记录时间、地点、主持人、参会人员、议题和发言要点齐全，附签到表。", 6,
                "会议记录每缺1次扣0.5分，最多扣4分；记录要素不全的，每次扣0.2分；无签到表的，每次扣0.2分。",
                indicator="“三会一课”记录"),
            Row("每月一次的主题党日活动方案、签到表、活动记录和活动照片，做到“一活动一档”。", 4,
                "每缺1次活动资料扣0.5分；资料不全的，每次扣0.2分。", indicator="主题党日台账"),
            Row("年度组织生活会方案、征求意见汇总表、谈心谈话记录、班子对照检查材料、会议记录；民主评议党员测评表和评议结果。", 4,
                "每缺1项扣0.5分；未开展民主评议党员的扣2分。", indicator="组织生活会资料"),
            Row("发展党员全程纪实，入党申请书、入党积极分子考察登记表、政审材料、公示材料、支部大会决议、入党志愿书等按“一人一档”"
                "归档。", 3,
                "每缺1项材料扣0.5分；档案不规范的，酌情扣0.5—1分。", indicator="发展党员档案"),
        )),
        Section("党员管理类", "二、党员管理类\n（20分）", 20, (
            Row("党费收缴台账按月登记，党费交纳基数每年核定一次，有党费收据和上缴凭证；党费收缴情况每半年公示一次。", 5,
                "未按月登记的，每月扣0.3分；未核定基数的扣1分；缺上缴凭证的扣0.5分；未公示的扣1分。", indicator="党费收缴台账"),
            Row("流动党员登记表、外出流动党员联系记录（每季度至少联系一次）、《流动党员活动证》发放登记。", 4,
                "无流动党员台账的，本项不得分；联系记录每缺1次扣0.2分。", indicator="流动党员台账"),
            Row("在职党员到社区报到登记表、认领服务岗位（项目）清单、服务纪实卡；每名报到党员年内参加社区活动不少于两次。", 5,
                "缺登记表或认领清单的，每项扣1分；服务纪实不全的，每人扣0.1分，最多扣1分。", indicator="在职党员报到台账"),
            Row("党员年度学习培训学时登记表（每名党员不少于32学时）、培训通知、课件或教材、培训签到表。", 3,
                "每缺1项扣0.5分；学时不足的，每人扣0.1分。", indicator="党员教育培训台账"),
            Row("党员积分管理办法、季度积分登记表、积分公示照片；年底根据积分评定“星级党员”。", 3,
                "缺积分管理办法的扣1分；积分登记每缺1个季度扣0.5分；未公示的扣0.5分。", indicator="党员积分台账"),
        )),
        Section("治理服务类", "三、治理服务类\n（26分）", 26, (
            Row("网格党支部（党小组）划分图、网格员及党员中心户名单、网格员走访日志（每月入户走访不少于1轮）。", 5,
                "缺划分图或名单的，每项扣1分；走访日志每缺1个月扣0.5分。", indicator="网格工作台账"),
            Row("居民议事会、“红色物业”联席会等议事协商会议记录，每季度不少于1次；议定事项办理结果公开。", 4,
                "会议记录每少1次扣1分；办理结果未公开的扣1分。", indicator="议事协商记录"),
            Row("年初征集民意确定的民生实事项目清单、办理进度登记表和完成情况公示材料。", 4,
                "缺项目清单的扣2分；未公示的扣1分；进度登记不全的，酌情扣0.5—1分。", indicator="民生实事台账"),
            Row("社区党员志愿服务队名册、志愿服务活动记录（每月不少于1次）、志愿服务时长登记。", 4,
                "缺服务队名册的扣1分；活动记录每缺1次扣0.5分；未登记服务时长的扣0.5分。", indicator="志愿服务台账"),
            Row("社区重大事项“四议两公开”全过程记录；党务、居务、财务每季度公开一次的公开内容底稿及公开栏照片。", 5,
                "重大事项记录不全的，每项扣1分；公开底稿或照片每缺1次扣0.5分。", indicator="“四议两公开”和“三务”公开台账"),
            Row("每月矛盾纠纷排查登记表、调解协议书、调解回访记录；重大矛盾纠纷上报记录。", 4,
                "排查登记每缺1个月扣0.5分；调解案件无回访记录的，每件扣0.2分。", indicator="矛盾纠纷排查化解台账"),
        )),
        Section("计划总结类", "四、计划总结类\n（15分）", 15, (
            Row("年初制定社区党建工作计划（要点），经社区党委会议研究通过，并报街道党工委备案。", 4,
                "无工作计划的，本项不得分；未经会议研究的扣1分；未备案的扣0.5分。", indicator="工作计划"),
            Row("半年工作小结、年度工作总结；社区党组织书记年底抓基层党建工作述职报告。", 4,
                "每缺1项扣1分；总结内容空泛、照搬照抄的，酌情扣0.5—1分。", indicator="工作总结"),
            Row("“三会一课”、主题党日、党员联系服务群众、党务公开、党费收缴管理等制度汇编成册，重点制度上墙。", 4,
                "制度每缺1项扣0.5分；重点制度未上墙的扣0.5分。", indicator="制度汇编"),
            Row("向街道党工委报送的党建信息底稿（每季度不少于2篇）、媒体宣传报道复印件或截图；台账资料按年度分类装盒、目录"
                "清晰。", 3,
                "信息每少1篇扣0.2分；无宣传报道的扣0.5分；未分类装盒的扣0.5分；台账资料存在补记、代签的，本项不得分。",
                indicator="信息宣传和归档"),
        )),
        Section("党风廉政类", "五、党风廉政类\n（15分）", 15, (
            Row("社区党组织与街道党工委签订的党风廉政建设责任书；社区“两委”成员廉洁履职承诺书。", 4,
                "未签订责任书的扣2分；承诺书每缺1人扣0.2分。", indicator="责任书和承诺书"),
            Row("社区“小微权力”清单及运行流程图；社区纪检委员监督检查记录（每季度不少于1次）；全年开展廉政警示教育两次的活动"
                "记录和照片。", 7,
                "缺清单或流程图的扣1分；监督检查记录每缺1次扣0.5分；警示教育每少1次扣1.5分。", indicator="“小微权力”和廉政教育台账"),
            Row("意识形态工作责任制落实情况记录；社区宣传栏、微信公众号、居民微信群发布内容审核登记。", 4,
                "无审核登记的扣1分；发布内容出现导向问题的，本项不得分。", indicator="意识形态台账"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "台账名称", "资料内容及要求", "分值", "扣分标准", "检查情况", "得分"]
NOTE = ("说明：1.本表由街道党建办会同社区党组织书记交叉检查组于每年12月逐项对照检查，台账资料以当年形成的原始资料为准；2.各项"
        "扣分以该项分值为限，扣完为止；3.检查情况栏由检查人员如实填写“有”“无”“不全”并注明问题；4.检查得分按40%计入社区党组织"
        "年度党建考核总分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账资料检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：米公街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区名称：                检查人员：                    检查日期：2025年12月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([number, s.printed if number == 1 else None, row.indicator, row.text, row.points, row.scoring, None,
                       None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 14, 50, 6, 42, 12, 7))
    wb.save(str(path))
