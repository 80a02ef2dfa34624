"""南充市公安局交警支队2025年度车驾管窗口党支部党建工作考核评分表 (.xlsx), as the 支队党委 of the 交通警察支队 of 四川 南充 (its 政治处 with the
车管科, the 督察 and the 驻局纪检监察组, a 考核组 in December) scores the 党支部 of its 车驾管 windows — the 市车辆管理所, the 驾驶人考试中心 and
the 车管分所 of the 县（市、区）: the 大厅 where the 机动车登记, the 驾驶证 换证 and the 档案 查询 are done, the 民警 who sign and the 辅警 who may
not sign alone, the “交管12123” app that took half the queue online, the 邮政 and 4S店 网点 that now do the 上牌, the 机动车检验机构 whose
检测 is watched online and on site, the 考场 whose every 科目 is filmed, the “黄牛” who wait at the gate and the 中介 who would buy a 民警, the
“好差评” 评价器 on every counter, the 农村 集镇 where the 交通安全 宣传 goes: a sheet whose 考核项目 are merged down the first column, whose 考核
指标 is a short label, whose 考核标准 prints every requirement and figure and whose 扣分办法 gives one deduction a clause (once bands): 政治建设 (a
monthly 集中学习, the “每日一学” at the 警务晨会 three times a week with its 记录 and 40学时; a quarterly 警示教育, a half-yearly 思想动态 分析 and
the 书记's two 党课; the “三审三校”, the 2小时 and 24小时 of the 舆情 and a 一票否决; the 请示报告, a quarterly 书面报告 and the 半年小结), 组织建设
(the 党小组 by 业务, the 换届 of 3至5人 and the 辅警 党员; the “三会一课” with the 轮流 and the 要素 and no 补记; the monthly 主题党日, a quarterly
宣传 in the 集镇 and 学校 and the 到会率; the 组织生活会 with 民主评议, 征求意见, the 整改清单 and its 通报; 党费 with a half-yearly 公示, the 培养
档案 and one 积极分子 from the 辅警), 窗口服务 (three 示范岗, the 亮身份 and the 首问负责; the 延时 and 预约, the 绿色通道, a quarterly 上门集中办理
and the “多头跑”; the “好差评” 满意率 in bands, the 差评 整改率 and the 按期办结率 of the “12345”; the 网上办理率 and a monthly 指导 of the 网点;
a monthly 网上巡查 and a quarterly 实地检查 of the 检验机构, the 录音录像 kept 90 days and a 一票否决 on the “黄牛”) and 作风纪律 (a yearly 风险排查
with its 防控措施 and the 八项规定; the 辅警管理制度, no 单独执法 and a quarterly 培训; the 年初 计划, the 年终 总结, the 年底 述职 and the “好” 比例
of the 民主测评; a deduction-only line on 处分, 辞退 and 通报).

A merged title row, a merged "考核对象：市车辆管理所党支部、驾驶人考试中心党支部、各县（市、区）车管分所党支部" line and a merged "党支部：
考核人：  考核日期：" line above the header 考核项目 | 考核指标 | 考核标准 | 扣分办法 | 分值 | 得分 | 扣分原因. There is NO 序号: the items are
numbered by position (1..18). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on a
SECOND line, "一、政治建设\\n（20分）". 考核指标 is a short sub-label (`Row.indicator`); 考核标准 says what is required (`Row.text`); the 扣分办法
comes BEFORE the 分值 (a plain number); 得分 and 扣分原因 are blank. One row is a deduction-only line ("（本项为扣分项）"). A 合计 row of 100 and a
merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月开展一次", "每周不少于3次", "每年…不少于
40学时", "每季度开展一次", "每半年开展一次", "每年讲党课不少于2次", "2小时内", "24小时内", "每季度…一次", "年中", "3至5人", "按期", "支部委员会每月
召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每季度至少一次", "每年召开一次", "按月", "每半年公示
一次", "年内…不少于1名", "不少于3个", "每季度开展一次", "每月…开展一次", "每月…一次", "每季度…一次", "不少于90天", "每年开展一次", "每季度开展
一次", "年初", "年终", "年底"); "百分之九十", "百分之九十九", "百分之八十五", "100%"; "百分之八十" only in the 扣分办法; "最高扣" caps; "酌情扣0.5
分" once; one set of bands (the “好差评” 满意率 for 3 of the 7 points, closed by "97%以下的不得分"); two "实行一票否决，本项不得分"; three other plain
"本项不得分"; one line is deduction-only.
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
    name="zzzz_nanchong_jiaojing_cheguan_chuangkou_zhibu_xlsx",
    fmt="xlsx",
    title="南充市公安局交警支队2025年度车驾管窗口党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("党支部每月开展一次集中学习；利用班前“警务晨会”开展“每日一学”，每周不少于3次；民警、辅警党员每年参加学习培训不少于40学时。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；晨会学习记录不全的，酌情扣0.5分；学时不足的，每人扣0.1分，最高扣1分。",
                indicator="理论学习"),
            Row("每季度开展一次警示教育，通报公安机关违纪违法典型案例；每半年开展一次民警、辅警思想动态分析；支部书记每年讲党课不少于2次。", 5,
                "警示教育每少1次扣0.5分；思想动态分析每少1次扣0.5分；书记讲党课每少1次扣1分。", indicator="政治教育"),
            Row("落实意识形态工作责任制；“南充交警”政务新媒体和车驾管业务公告发布信息实行“三审三校”；涉车驾管业务负面舆情2小时内报告、24小时"
                "内回应。", 5,
                "发布信息未经审核的，每次扣0.5分；负面舆情未按时报告、回应的，每次扣1分；因处置不当引发重大负面舆情的，实行一票否决，本项"
                "不得分。", indicator="意识形态"),
            Row("严格执行重大事项请示报告制度；每季度向支队党委书面报告一次支部工作；年中报送半年工作小结。", 5,
                "重大事项未请示报告的，每件扣1分，最高扣2分；书面报告每少1次扣0.5分；无半年工作小结的扣1分。", indicator="请示报告"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("按登记、驾管、考试、档案等业务设置党小组；党支部按期换届，支委会由3至5人组成；辅警党员纳入支部统一管理。", 4,
                "党小组设置不合理的扣0.5分；未按期换届的扣2分；辅警党员未纳入支部管理的，每人扣0.2分，最高扣1分。", indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；窗口民警分批轮流参加，不影响业务办理。",
                6,
                "“三会一课”每少1次扣0.5分，最高扣3分；会议记录时间、地点、人员、内容等要素不全的，每次扣0.2分，最高扣1分；补记、代签的，本项"
                "不得分。", indicator="“三会一课”"),
            Row("每月开展一次主题党日；每季度至少一次组织党员到农村集镇、中小学开展交通安全宣传；党员到会率不低于百分之九十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；交通安全宣传每少1次扣0.5分；到会率每低5个百分点扣0.3分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求办事群众、驾校和机动车检验机构意见；会后形成整改清单，整改情况在支部内通报。",
                5,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；未征求意见的扣0.5分；无整改清单的扣0.5分；整改情况未通报的扣0.5分。",
                indicator="组织生活会"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；注重在优秀辅警中培养入党积极分子，建立培养档案，年内确定入党积极分子不少于1名。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无培养档案的扣0.5分；未确定入党积极分子的扣1分。",
                indicator="党员管理"),
        )),
        Section("窗口服务", "三、窗口服务\n（35分）", 35, (
            Row("在机动车登记、驾驶证业务、档案查询等窗口设立党员示范岗不少于3个，党员民警亮身份、挂牌服务；落实首问负责、一次性告知、限时办结"
                "制度。", 7,
                "示范岗每少1个扣0.5分；党员未亮身份的，每人扣0.2分，最高扣1分；违反首问负责、一次性告知、限时办结制度被投诉查实的，每起扣1分。",
                indicator="党员示范岗"),
            Row("推行延时服务、预约服务，工作日中午和周末不打烊；为老年人、残疾人设置绿色通道，提供帮办代办；每季度开展一次进企业、进驾校、进"
                "社区上门集中办理。", 7,
                "未推行延时服务、预约服务的，每项扣1分；未设置绿色通道的扣1分；上门集中办理每少1次扣0.5分；群众反映“多头跑”“反复跑”被查实的，"
                "每起扣0.5分。", indicator="便民服务"),
            Row("政务服务“好差评”满意率达到百分之九十九；差评整改率达到100%；“12345”热线转办投诉件按期办结率达到100%。", 7,
                "满意率99%以上的得3分，98%（含）—99%的得2分，97%（含）—98%的得1分，97%以下的不得分；差评整改率每低1个百分点扣0.2分，最高扣"
                "1分；投诉件超期办结的，每件扣0.5分，最高扣3分。", indicator="群众评价"),
            Row("推广“交管12123”互联网服务，车驾管业务网上办理率达到百分之八十五；推动业务下放至邮政、4S店等社会服务网点，每月对服务网点开展"
                "一次业务指导和监督检查。", 7,
                "网上办理率每低5个百分点扣0.5分，最高扣2分；业务指导和监督检查每少1次扣0.3分，最高扣1.5分；服务网点违规办理业务未及时发现的，"
                "每起扣1分。", indicator="“放管服”改革"),
            Row("每月对机动车检验机构开展一次网上巡查，每季度实地检查一次；驾驶人考试全程录音录像，考场视频资料保存不少于90天；严厉打击“黄牛”"
                "违规代办。", 7,
                "网上巡查每少1次扣0.3分；实地检查每少1次扣0.5分；考试录音录像缺失的，每场扣0.5分；民警、辅警与“黄牛”中介勾连被查实的，实行"
                "一票否决，本项不得分。", indicator="业务监管"),
        )),
        Section("作风纪律", "四、作风纪律\n（20分）", 20, (
            Row("每年开展一次岗位廉政风险排查，针对查验、审核、考试等关键岗位制定防控措施；严格落实中央八项规定精神，不接受办事群众、驾校、"
                "检验机构宴请和礼品礼金。", 5,
                "未开展风险排查的扣1分；无防控措施的扣1分；违反中央八项规定精神被查处的，本项不得分。", indicator="廉政风险防控"),
            Row("建立辅警管理制度，辅警不得单独从事查验签注、审核发证等执法业务；每季度开展一次辅警业务和纪律教育培训。", 5,
                "无辅警管理制度的扣1分；辅警违规单独从事执法业务的，每人次扣1分；培训每少1次扣0.5分。", indicator="辅警管理"),
            Row("年初制定支部年度工作计划；年终形成工作总结；支部书记年底向支队党委述职，接受民主测评。", 5,
                "无年度计划的扣1分；无工作总结的扣1分；未述职的扣2分；民主测评“好”等次比例低于百分之八十的扣1分。", indicator="责任落实"),
            Row("民警、辅警违纪违法，执法过错（本项为扣分项）。", 5,
                "民警受到党纪政务处分的，每人扣3分；辅警因违纪被辞退的，每人扣1分；被上级通报批评的，每次扣1分；发生民警、辅警违法犯罪案件的，"
                "本项不得分。", indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核标准", "扣分办法", "分值", "得分", "扣分原因"]
NOTE = ("说明：1.本表由支队党委于12月组织考核，政治处牵头，采取查阅资料、系统核查、实地查看、调阅视频、个别谈话、群众回访相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.“好差评”满意率、网上办理率以省政务服务平台"
        "和公安交通管理综合应用平台统计为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果"
        "作为“窗口先锋”党支部评选和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车驾管窗口党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：市车辆管理所党支部、驾驶人考试中心党支部、各县（市、区）车管分所党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, None, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 12, 46, 50, 6, 7, 14))
    wb.save(str(path))
