"""东宁市2025年度城市社区党组织分类定级考评细则 (.xlsx), as the 中共东宁市委组织部 of 黑龙江 牡丹江 (the 镇党委 考评 first, the 组织部 with
the 民政局, the 住建局 and the 市纪委监委 复核 in December; the results “先进”“较好”“一般”“后进”) scores the 社区党组织 of a 县级市 on the
绥芬河 across from 俄罗斯: the 口岸 and 对俄 trade, old 林业 and 农垦 家属楼 turned 老旧小区 without 物业, a winter of five months with the
供暖 and the 清雪 every 社区 answers for, 独居老人 whose children went south: 政治功能 (the “第一议题” with a monthly 集中学习 and a
quarterly 研讨, a half-yearly 研判 with the 先审后发 and a 一票否决, two 现场教学 at the 东宁要塞 with the “七一” 入党誓词), 组织力 (one roster
of the “两委” by age and 学历 with the “一肩挑” and the 持证率, the 网格党支部 覆盖率 with the 党员中心户, the “三会一课” with the 书记's two
党课 and the 参会率, the monthly 主题党日 with a quarterly 志愿服务 and the 参加率, "每两年至少发展1名" with the 党费 and its half-yearly
公布), 服务群众 (the 党群服务中心 with the “一窗通办” and the 值班表, the 供暖期 排查 twice a month with a monthly 测温 and the 清雪, the
“双报到” 报到率 with four 志愿服务 and a half-yearly 反馈, the 关爱台账 with a monthly 走访 and the 慰问, five 实事 with the 项目清单, the 公示
and the 满意度 in bands), 基层治理 (forty 走访 a month with the 处置率, the 小区 党组织 覆盖率 with a quarterly 联席会议 and the 托管, a monthly
排查 with the 化解率, the 宣传 and a 一票否决, the 居民议事会 with a quarterly 协商会议 and the 公约, the “大党委” with four 协议, a half-yearly
联席会议 and the “三张清单”) and 基础保障 (the 年初 责任书 and 计划 with the 年底 述职, a half-yearly 公开 of the 经费 with the “一社区一档”, a
deduction-only line on 八项规定 and 优亲厚友).

A merged title row, a merged "考评对象：全市各镇所辖城市社区党组织" line and a merged "社区： 考评人员： 日期：" line above the header 序号 |
考评要素 | 考评内容 | 计分方法 | 分值 | 佐证材料 | 自评分 | 定级得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH
an ordinal and its points on one line, "一、政治功能（15分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.3").
考评要素 is a short sub-label (`Row.indicator`). 分值 is a plain number AFTER the 计分方法. 佐证材料 (`Row.method`) names the papers the 社区
lays out, joined by "、" (once a way of checking: 市纪委监委提供). 自评分 and 定级得分 are blank. A 合计 row of 100 and a merged 备注 row close
the sheet. Counts in figures and Chinese numerals ("每月至少开展一次", "每季度开展一次", "每半年分析研判一次", "每年…不少于2次", "“七一”
期间", "支委会每月1次、党员大会每季度1次、党小组会每月1次，党课每季度1次", "每年讲党课不少于2次", "每月第二周周五", "每季度至少组织一次",
"每两年至少发展1名", "每半年公布一次", "每月开展不少于2次", "每月入户测温一次", "每年…不少于4次", "每半年…反馈一次", "每月至少走访一次",
"每年…不少于5件", "每月入户走访不少于40户", "每季度召开一次", "每月开展一次", "每季度召开一次", "每半年召开一次", "每半年公开一次"); "每天
不少于8小时", "24小时内"; "不少于2名", "不少于4名", "不少于4家"; "百分之三十", "100%", "85%", "90%", "98%", "80%"; "最高扣" caps;
"酌情扣0.5-1分" twice, "酌情扣0.5分" and "酌情扣1分" twice; one set of bands (a 满意度 for 2 of the 5 points closed by "80%以下的不得分");
two "实行一票否决，本项不得分"; four plain "本项不得分"; one line is deduction-only.
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
    name="zzzk_dongning_shi_shequ_fenlei_dingji_xlsx",
    fmt="xlsx",
    title="东宁市2025年度城市社区党组织分类定级考评细则",
    numbering="restart",
    sections=(
        Section("政治功能", "一、政治功能（15分）", 15, (
            Row("落实“第一议题”制度；社区党组织每月至少开展一次党员集中学习，每季度开展一次专题研讨。", 5,
                "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分。", "学习记录、研讨发言材料",
                indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年分析研判一次；社区宣传栏、电子屏、居民微信群等阵地有专人管理，发布信息先审后发。", 5,
                "研判每少1次扣1分；阵地无专人管理的扣1分；发布信息未经审核的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项"
                "不得分。", "研判会议记录、审核登记表", indicator="意识形态"),
            Row("利用东宁要塞、中东铁路遗址等红色资源，每年组织党员开展现场教学不少于2次；“七一”期间组织党员重温入党誓词。", 5,
                "现场教学每少1次扣1分；未组织重温入党誓词的扣1分；活动流于形式的，酌情扣0.5-1分。", "活动方案、活动照片",
                indicator="红色教育"),
        )),
        Section("组织力", "二、组织力（25分）", 25, (
            Row("社区“两委”班子成员中40周岁以下的不少于2名，大专及以上学历的不少于4名；社区党组织书记和居委会主任“一肩挑”；社区工作者"
                "持证率达到百分之三十以上。", 6,
                "年龄、学历结构每项不达标的扣1分；未实行“一肩挑”的扣1分；持证率未达到的扣1分；班子不团结、工作不在状态的，本项不得分。",
                "班子成员花名册、职业资格证书", indicator="班子建设"),
            Row("构建“社区党组织—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率100%；每个楼栋（单元）明确1名党员中心户，"
                "挂牌亮户。", 5,
                "网格党支部每少建1个扣1分；党员中心户未挂牌的，每户扣0.1分，最高扣1分；组织体系运行不顺畅的，酌情扣1分。",
                "组织架构图、党员中心户名单", indicator="组织体系"),
            Row("严格落实“三会一课”，支委会每月1次、党员大会每季度1次、党小组会每月1次，党课每季度1次；社区党组织书记每年讲党课不少于2次；"
                "党员大会参会率不低于85%。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；参会率低于85%的，每次扣0.2分，最高扣1分；会议记录雷同、"
                "补记的，本项不得分。", "会议记录本、签到表、党课讲稿", indicator="三会一课"),
            Row("每月第二周周五开展主题党日，每季度至少组织一次党员到网格开展志愿服务；党员参加率达到85%以上。", 4,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣0.3分；参加率每低5个百分点扣0.5分；活动内容单一、形式化的，酌情扣0.5分。",
                "活动记录、签到表、活动照片", indicator="主题党日"),
            Row("注重从社区工作者、网格员、快递员和外卖送餐员中发展党员，每两年至少发展1名；党员按月足额交纳党费，党费收缴情况每半年"
                "公布一次。", 3,
                "两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公布每少1次扣0.5分。", "发展党员档案、党费收缴台账",
                indicator="党员发展和党费"),
        )),
        Section("服务群众", "三、服务群众（25分）", 25, (
            Row("社区党群服务中心实行“一站式”服务、“一窗通办”；开放时间每天不少于8小时，工作日中午和周末安排人员值守。", 5,
                "“一窗通办”未落实的扣1分；开放时间不足的扣1分；无人值守的，发现1次扣0.5分；阵地闲置或挪作他用的，本项不得分。",
                "值班表", indicator="阵地服务"),
            Row("做好冬季供暖、清雪等民生保障：供暖期内每月开展不少于2次供暖问题排查，对独居老人、困难家庭每月入户测温一次；降雪后24小时内"
                "组织党员志愿者清扫小区主要通道。", 6,
                "供暖排查每少1次扣0.2分，最高扣1分；入户测温每少1次扣0.3分；清雪不及时被投诉的，每次扣0.5分；因供暖问题引发群体性上访的，"
                "扣3分。", "排查台账、测温记录、清雪照片", indicator="冬季保障"),
            Row("在职党员到社区“双报到”，报到率100%；每名报到党员每年到社区参加志愿服务不少于4次；社区每半年向报到党员所在单位反馈一次表现"
                "情况。", 5,
                "报到率每低5个百分点扣0.5分；参加志愿服务不足4次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。",
                "报到党员花名册、志愿服务记录", indicator="双报到"),
            Row("建立困难党员、老党员、独居老人关爱台账；每月至少走访一次独居老人；“七一”、春节期间开展走访慰问。", 4,
                "未建立关爱台账的扣1分；走访每少1次扣0.2分，最高扣1.5分；未开展慰问的扣1分。", "关爱台账、走访记录、慰问照片",
                indicator="关爱帮扶"),
            Row("开展“我为群众办实事”，每年梳理形成民生实事项目清单，完成不少于5件，并向居民公示办理结果；居民满意度测评达到90%以上。", 5,
                "无项目清单的扣1分；实事每少1件扣0.5分；结果未公示的扣0.5分；满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的"
                "不得分。", "项目清单、公示照片、测评问卷", indicator="民生实事"),
        )),
        Section("基层治理", "四、基层治理（25分）", 25, (
            Row("实行“多网合一”，每个网格配备1名专职网格员，网格员每月入户走访不少于40户，网格事件上报处置率达到100%。", 5,
                "网格员配备不到位的扣1分；入户走访不足40户的，每人每月扣0.1分，最高扣2分；处置率每低1个百分点扣0.2分。",
                "网格员名单、走访记录、平台数据", indicator="网格治理"),
            Row("有物业的小区成立党组织或党的工作小组，社区党组织、业委会、物业服务企业“三方联动”，每季度召开一次联席会议；无物业老旧小区"
                "落实社区兜底托管。", 5,
                "小区党组织覆盖率低于80%的扣1分；联席会议每少1次扣0.5分；无物业小区未托管的，每个扣0.5分；物业矛盾引发群体性上访的，每起"
                "扣1分。", "联席会议记录、托管协议", indicator="物业管理"),
            Row("每月开展一次矛盾纠纷排查化解，化解率达到98%以上；开展涉边管控、反邪教、禁毒宣传；辖区不发生“民转刑”案件和重大安全事故。",
                6,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.5分；宣传每缺1项扣0.5分；发生“民转刑”案件或重大安全事故的，实行一票否决，本项"
                "不得分。", "排查台账、调解记录、宣传照片", indicator="平安建设"),
            Row("建立居民议事会，每季度召开一次居民议事协商会议；修订完善居民公约，议事结果向居民公开。", 4,
                "未建立议事会的扣1分；协商会议每少1次扣0.5分；居民公约未修订的扣0.5分；结果未公开的扣0.5分。", "议事会成员名单、会议记录",
                indicator="协商议事"),
            Row("推行“大党委”制，吸纳驻区单位党组织负责人担任兼职委员；与驻区单位签订共建协议不少于4家，每半年召开一次联席会议，形成需求、"
                "资源、项目“三张清单”。", 5,
                "未推行“大党委”制的扣1分；共建协议每少1家扣0.5分；联席会议每少1次扣0.5分；无“三张清单”的扣1分。",
                "共建协议、三张清单、会议记录", indicator="共驻共建"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("社区党组织书记年初签订党建工作责任书，制定年度工作计划；年底向镇党委述职并接受评议；班子成员落实“一岗双责”。", 5,
                "未签订责任书的扣1分；无年度计划的扣1分；未述职的扣2分；“一岗双责”落实不到位的，酌情扣0.5-1分。",
                "责任书、工作计划、述职报告", indicator="责任落实"),
            Row("社区服务群众专项经费规范使用，使用情况每半年公开一次；党建工作台账实行“一社区一档”分类管理。", 3,
                "公开每少1次扣0.5分；经费使用不规范的，酌情扣1分；台账不全的，每项扣0.2分，最高扣1分。", "经费公开照片",
                indicator="经费台账"),
            Row("社区工作人员违反中央八项规定精神，或在低保、住房保障等惠民政策落实中优亲厚友、以权谋私（本项为扣分项）。", 2,
                "每发现1起扣1分；受到党纪政务处分的，本项不得分。", "市纪委监委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考评要素", "考评内容", "计分方法", "分值", "佐证材料", "自评分", "定级得分"]
NOTE = ("备注：1.分类定级由市委组织部统筹，镇党委初评，市委组织部会同市民政局、市住建局复核，结果分为“先进”“较好”“一般”“后进”四个"
        "等次；2.各项扣分以该项分值为限，扣完为止；3.得分90分以上的定为“先进”，80—89分的定为“较好”，70—79分的定为“一般”，70分以下的"
        "定为“后进”；4.定为“后进”的社区党组织列入软弱涣散基层党组织整顿范围，由镇党委班子成员包联整顿。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织分类定级"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考评对象：全市各镇所辖城市社区党组织", ncols)
    xlsx_line(ws, "社区：                考评人员：                日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 46, 46, 6, 22, 7, 8))
    wb.save(str(path))
