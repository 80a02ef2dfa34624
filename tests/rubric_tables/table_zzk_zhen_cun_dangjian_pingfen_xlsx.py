"""中共郸城县汲冢镇委员会2025年度村党组织党建工作考核评分表 (.xlsx), as a 河南 周口 平原 镇党委 (its 党建办 with the 包村
领导 and the 管区 书记 going round each 村 in January, the year's 考核 tied to the “五星”支部创建 评星) scores each 村党支部（党总支）
under the five stars' headings: 支部过硬 (the “两委” 班子 with one under 35 and a 学历 占比 in Chinese numerals, “三会一课” with the
书记's two 党课, the 5日 主题党日 with 参加率 and the 平台 upload, 组织生活会 and 民主评议 with the 公示 and 备案 of the result,
发展党员 every two years with each 环节 公示, 党费 with its quarterly 上缴, 学时 and the 流动党员 台账), 产业兴旺 (集体经济 income in
bands with a quarterly 公开 of the accounts, “一村一品” and a 领办 合作社 with two 培训, 后备干部 with one under 35 and the 在外能人
信息库 with its half-yearly 联络), 生态宜居 (党员责任区 and two 集中清洁 a month with the monthly 排名, 秸秆禁烧 with the “三夏”
“三秋” daily 巡查 and no 火点), 平安法治 (the “三零” 创建 with a monthly 排查 and the 化解率, “四议两公开” and the quarterly 三务
公开, the 监委会 and a 一票否决 on the 书记, 网格 and 党员联户 with a monthly 走访) and 文明幸福 (村规民约, 红白理事会, 道德评议会
and the yearly 评选 with its 公示, the 坐班 and the monthly 文明实践 活动, a 群众满意率 in bands).

A merged title row, a merged "考核对象：全镇各村党支部（党总支）" line and a merged "村名：…  支部书记：…  考核时间：2026年1月" line
above the header 序号 | 考核内容 | 分值 | 评分标准 | 佐证资料 | 得分. The categories are SECTION ROWS merged across the sheet, printed
with an ordinal on one line, "一、支部过硬（30分）". 序号 (first column, numeric cells) runs 1..18 through the sheet, NOT restarting
under each section row. 分值 (before the 评分标准) is a plain number. 佐证资料 (`Row.method`) names the papers the 村 lays out: a 佐证
column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. The income bands and the 满意率 bands sit in the 评分标准;
counts partly in Chinese numerals ("百分之六十", "每年开展一次", "每半年至少联络一次"); "最高扣" caps; the 秸秆禁烧 巡查 runs daily
in two seasons only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzk_zhen_cun_dangjian_pingfen_xlsx",
    fmt="xlsx",
    title="中共郸城县汲冢镇委员会2025年度村党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("支部过硬", "一、支部过硬（30分）", 30, (
            Row("村“两委”班子配齐配强，班子成员中35周岁以下的至少1名，高中（中专）及以上学历的占比达到百分之六十以上；班子团结，"
                "村党支部书记履职尽责。", 5,
                "班子不健全的扣2分；无35周岁以下成员的扣1分；学历占比未达到60%的扣1分；班子成员被镇党委约谈的，每人次扣0.5分。",
                "“两委”成员名册、约谈记录"),
            Row("严格落实“三会一课”制度，支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度"
                "至少1次；村党支部书记每年讲党课不少于2次。", 6,
                "“三会一课”每缺1次扣0.5分，最高扣4分；书记讲党课少于2次的扣1分；会议记录简单、内容空泛的，酌情扣0.5—1分。",
                "会议记录本"),
            Row("每月5日固定开展主题党日活动，党员参加率不低于90%，外出流动党员可通过线上方式参加；活动情况及时上传智慧党建平台。", 5,
                "主题党日每少开展1次扣0.5分；参加率低于90%的，每次扣0.2分；未上传平台的，每次扣0.1分，最高扣1分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开1次组织生活会，认真开展批评和自我批评；每年开展一次民主评议党员，评议结果向党员公示，并报镇党委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；评议结果未公示的扣0.5分；未报镇党委备案的扣0.5分。",
                "会议记录、公示照片、备案表"),
            Row("每两年至少发展1名党员，注重从青年农民、退役军人、返乡创业人员中发展；严格执行发展党员工作程序，各环节按规定公示。", 4,
                "两年内未发展党员的扣2分；发展程序不规范的，每处扣0.5分；应公示未公示的，每次扣0.5分；违规发展党员的，本项不得分。",
                "发展党员纪实档案"),
            Row("党员每月足额交纳党费，村党支部每季度向镇党委上缴一次党费；党员每年参加集中学习培训不少于32学时；建立流动党员台账，"
                "每季度至少联系一次外出流动党员。", 5,
                "党费未按月交纳的，每人次扣0.1分；未按季度上缴的扣0.5分；学时不足的，每人扣0.1分，最高扣1分；无流动党员台账的扣1分；"
                "联系每少1次扣0.2分。", "党费收缴台账、学时登记表、流动党员台账"),
        )),
        Section("产业兴旺", "二、产业兴旺（20分）", 20, (
            Row("发展壮大村级集体经济，村集体经济年收入达到10万元以上；集体经济收支账目清晰，每季度向群众公开一次。", 8,
                "年收入50万元以上的得8分；30万元（含）至50万元的得7分；10万元（含）至30万元的得5分；5万元（含）至10万元的得3分；5万元"
                "以下的不得分。收支账目未按季度公开的，每次扣0.5分。", "集体经济收支账目、公开栏照片"),
            Row("立足“一村一品”培育主导产业，村党支部领办合作社不少于1个，吸纳群众入社；年内组织群众参加种养殖技术、农村电商等培训"
                "不少于2期。", 6,
                "无主导产业的扣2分；未领办合作社的扣2分；培训每少1期扣1分。", "合作社章程、培训签到表"),
            Row("建立村级后备干部队伍，储备后备干部不少于2名，其中35周岁以下的至少1名；建立在外能人信息库，每半年至少联络一次。", 6,
                "后备干部每少1名扣0.5分；无35周岁以下后备干部的扣1分；未建立能人信息库的扣1分；联络每少1次扣0.5分。",
                "后备干部名册、能人信息库"),
        )),
        Section("生态宜居", "三、生态宜居（15分）", 15, (
            Row("党员带头开展人居环境整治，划分党员环境卫生责任区；每月至少开展2次集中清洁行动；在全镇人居环境月度排名中不得连续两个"
                "月排名后三位。", 8,
                "未划分党员责任区的扣1分；集中清洁行动每少1次扣0.5分；连续两个月排名后三位的，每次扣2分。", "责任区划分表、活动照片"),
            Row("落实秸秆禁烧责任，“三夏”“三秋”期间党员包片巡查，每日不少于1次；全年辖区内无火点。", 7,
                "巡查记录不全的，酌情扣1—2分；发现火点的，每个扣2分；被县级以上通报的，本项不得分。", "巡查记录"),
        )),
        Section("平安法治", "四、平安法治（20分）", 20, (
            Row("深化“零上访、零事故、零案件”的“三零”村创建，每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到95%以上。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；未达到“三零”创建标准的，酌情扣1—3分。", "排查台账、调解记录"),
            Row("村级重大事项落实“四议两公开”工作法，决策记录完整；党务、村务、财务每季度公开一次，惠农补贴等事项随时公开。", 6,
                "重大事项未执行“四议两公开”的，每项扣1分；公开每少1次扣0.5分；公开内容不真实、不完整的，酌情扣1分。",
                "会议记录、公开栏照片"),
            Row("村务监督委员会每季度至少召开1次会议，对村级财务开支、工程项目进行监督；村干部无违纪违法问题。", 4,
                "监委会会议每少1次扣0.5分；村干部受到党纪政务处分的，每人扣2分；村党支部书记受到党纪处分的，实行一票否决。",
                "监委会会议记录"),
            Row("全村划分网格，每个网格配备1名网格长；党员联系农户全覆盖，每名党员联系农户不少于5户，每月走访一次。", 4,
                "网格划分不到位的扣1分；党员联户未全覆盖的扣1分；走访每少1次扣0.2分，最高扣2分。", "党员联户台账、走访记录"),
        )),
        Section("文明幸福", "五、文明幸福（15分）", 15, (
            Row("推进移风易俗，修订完善村规民约，成立红白理事会、道德评议会，党员带头不大操大办；每年评选“好媳妇”“好婆婆”等先进典型"
                "不少于1次，评选结果公示。", 5,
                "未修订村规民约的扣1分；未成立红白理事会、道德评议会的，每个扣0.5分；党员大操大办的，每起扣1分；未开展评选的扣1分；"
                "评选结果未公示的扣0.5分。", "村规民约、公示照片"),
            Row("村级党群服务中心落实村干部轮流坐班制度，工作日每天至少1名村干部值班；新时代文明实践站每月开展文明实践活动不少于1次。",
                5,
                "抽查无人值班的，每次扣1分；文明实践活动每少1次扣0.5分；场所挪作他用的，本项不得分。", "值班记录、活动照片"),
            Row("镇党委采取入户走访、电话调查的方式开展群众满意度测评，群众满意率达到90%以上。", 5,
                "满意率90%以上的得5分；80%（含）至90%的得3分；70%（含）至80%的得1分；70%以下的不得分。", "测评问卷"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("说明：1.本表由镇党委组织考核组于次年1月逐村考核，考核结果与“五星”支部创建评星相衔接，作为村干部绩效报酬发放的主要依据；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上为优秀，80分（含）至90分为良好，60分（含）至80分为一般，60分以下为"
        "较差；4.村“两委”成员受到刑事处罚的，该村党组织当年考核直接定为较差。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各村党支部（党总支）", ncols)
    xlsx_line(ws, "村名：              支部书记：              考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 54, 6, 48, 22, 7))
    wb.save(str(path))
