"""中共攀枝花市东区炳草岗街道工作委员会2025年度社区党委党建工作综合考核评分表 (.xlsx), as the 党工委 of 炳草岗街道 in 东区 of 攀枝花 in
四川 (its 党建办 with the 社区治理办, the 平安办 and the 街道纪工委, a 考核组 walking up and down the steep 社区 streets of the old 钢城 in the
first half of January, when the 金沙江 runs low and green below the 炳草岗大桥, the 攀钢 chimneys smoke over the valley, the winter sun is warm
enough for the 木棉 to bud and the 社区 offices have the year's binders out on the long tables of the 党群服务中心) scores each 社区党委 of the
街道 once a year: a sheet whose 考核内容 prints what the 社区党委 must have done, whose 评分标准 takes points off one clause at a time (scoring the
诉求 办结率 in bands) and whose 备注 says which papers the 考核组 reads (查阅…), or that it looks on site or takes another office's figures: 政治
建设 (the “第一议题”, a monthly 集中学习 and 32学时; a half-yearly 专题研究, the 审核 and a 一票否决; the 年初 责任书 and 计划, the 年底 述职 and
its 等次), 组织建设 (the “三会一课” and the 书记's two 党课, the 补记、代签; the 主题党日 on the first Friday, the 参加率 and the “双报到” with four
社区活动; the 组织生活会, the 征求意见, 谈心谈话 and 整改措施, the 民主评议 and its 公布; the 网格党支部 覆盖率, the 转接 and the 系统; 党费 按月, a
half-yearly 公开, one 发展 or 积极分子, the 公示 and the 程序), 班子队伍 (one roster of the “两委”, the 交叉任职 and the 团结; a half-yearly 汇报, five
days of 培训 and the 不称职; two 后备人选 under 35, the 帮带 and the 流失), 服务治理 (sixty 户 a month, the 办结率 in bands; the 业委会 党员比例,
a quarterly “三方联席会议” and the 群体性事件; the 志愿服务队, a monthly 志愿服务, the “七一”、重阳节 慰问 and the “一老一小”; four 共建协议, the
“三张清单”, four 共建活动 and the 落地; a monthly 排查, the 调解成功率, the 越级上访 and a 一票否决) and 阵地保障 (the 开放, the 值班 and the 挪用;
the 年初 经费计划, a half-yearly 公开 and the 专款专用; the 台账, the 半年小结, the 年底 总结, two 信息 a quarter and the 弄虚作假).

A merged title row, a merged "考核对象：炳草岗街道所辖各社区党委" line and a merged "社区党委：    书记：    考核日期：2026年1月  日" fill-in line
above the header 考核类别 | 考核内容 | 分值 | 评分标准 | 备注. There is NO 序号: the items are numbered by position 1..19. The 考核类别 are MERGED
CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（15分）"; there is no short sub-label.
考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 备注 (`Row.method`) last, mostly "查阅" and
the papers joined by "、", sometimes a way of checking (实地查看, 登录系统抽查) or another office's figures (区信访局提供数据). A 合计 row of 100 and a
merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每年…不少于32学时", "每半年
专题研究一次", "年初", "年底", "支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月1次，党课每季度至少1次", "每年讲党课不少于2次",
"每月固定第一个星期五", "不低于百分之八十五", "每年…不少于4次", "每年召开一次", "百分之百", "按月", "每半年公开一次", "年内…不少于1名", "不少于5个
工作日", "35周岁以下的不少于1名，大专及以上学历的不少于4名", "不低于百分之五十", "每半年听取一次", "每年…不少于5天", "35周岁以下…不少于2名",
"每月入户走访不少于60户", "百分之九十五以上", "不低于百分之五十", "每季度召开一次", "每月至少开展1次", "“七一”、重阳节", "不少于4家", "全年…不少于
4次", "每月开展一次", "百分之九十八", "每周开放不少于6天", "年初", "每半年公开一次", "一年一册", "年中", "年底", "每季度…不少于2篇"); "最高扣"
caps; bands of the 办结率 (3 of the 6 points, closed by "85%以下的不得分"); "每低5个百分点" once and "每低1个百分点" once; "每月每少10户" once;
"酌情扣1—2分" once, "酌情扣0.5—1分" twice and "酌情扣1分" once; two "实行一票否决，本项不得分" and three other "本项不得分".
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
    name="zzzzzu_panzhihua_bingcaogang_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="中共攀枝花市东区炳草岗街道工作委员会2025年度社区党委党建工作综合考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，社区党委每月开展一次集中学习；党员每年参加集中学习培训不少于32学时。", 5,
                "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分。",
                "查阅学习记录、学时登记册"),
            Row("落实意识形态工作责任制，社区党委每半年专题研究一次意识形态工作；社区宣传栏、电子屏和居民微信群信息发布实行审核把关。", 5,
                "专题研究每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。",
                "查阅会议记录、信息发布审核登记表"),
            Row("年初与街道党工委签订党建工作目标责任书，制定年度党建工作计划；社区党委书记年底向街道党工委述职，述职评议为“好”等次。", 5,
                "未签订责任书的扣1分；无年度工作计划的扣1分；未述职的扣2分；述职评议为“较好”的扣0.5分，为“一般”及以下的扣1分。",
                "查阅责任书、工作计划、述职报告"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("严格落实“三会一课”制度，支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月1次，党课每季度至少1次；社区党委书记"
                "每年讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录补记、代签的，每次扣0.5分。",
                "查阅会议记录、签到表、党课讲稿"),
            Row("每月固定第一个星期五开展主题党日，党员参加率不低于百分之八十五；组织在职党员到社区“双报到”，每名报到党员每年参加社区活动不少"
                "于4次。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.2分，最高扣1分；报到党员参加社区活动不足4次的，每人扣0.1分，最高扣1.5分。",
                "查阅活动记录、活动照片、报到党员花名册"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会后制定整改措施；组织开展民主评议党员，评议结果向党员公布。", 5,
                "未召开组织生活会的扣2分；会前未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；无整改措施的扣0.5分；未开展民主评议党员的扣1分；"
                "评议结果未公布的扣0.5分。",
                "查阅会议记录、征求意见表、谈心谈话记录、整改清单"),
            Row("按照“社区党委—网格党支部—楼栋党小组”设置党组织，网格党支部覆盖率达到百分之百；党员组织关系转接及时，党员信息与全国党员管理"
                "信息系统一致。", 4,
                "网格党支部未全覆盖的，每少1个网格扣0.5分；组织关系转接不及时的，每人次扣0.2分；系统信息不准确的，每人扣0.1分，最高扣1分。",
                "查阅组织设置文件，登录系统抽查"),
            Row("党员按月足额交纳党费，党费收缴情况每半年公开一次；年内发展党员或确定入党积极分子不少于1名，发展对象公示不少于5个工作日。", 5,
                "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公开每少1次扣0.5分；未发展党员且未确定入党积极分子的扣1.5分；发展对象未公示的"
                "扣1分；违反程序发展党员的，本项不得分。",
                "查阅党费收缴台账、发展党员档案"),
        )),
        Section("班子队伍", "班子队伍\n（15分）", 15, (
            Row("社区“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于4名；“两委”成员交叉任职比例不低于百分之五十；班子团结"
                "协作。", 5,
                "班子结构每1项不达标扣1分；交叉任职比例未达到50%的扣1分；班子不团结、战斗力不强的，酌情扣1—2分。",
                "查阅“两委”成员花名册"),
            Row("落实“一岗双责”，社区党委书记每半年听取一次班子成员抓党建工作汇报；社区工作者每年参加区级以上集中培训不少于5天。", 5,
                "听取汇报每少1次扣0.5分；培训时间不足的，每人扣0.2分，最高扣1分；社区工作者年度考核为“不称职”的，每人扣1分。",
                "查阅会议记录、培训通知及签到表"),
            Row("建立社区后备力量库，储备35周岁以下后备人选不少于2名，落实“一对一”导师帮带。", 5,
                "后备人选每少1名扣1分；未落实导师帮带的扣1分；后备人选年内流失未及时补充的，每人扣0.5分。",
                "查阅后备力量名册、帮带记录"),
        )),
        Section("服务治理", "服务治理\n（30分）", 30, (
            Row("落实党建引领网格化服务管理，网格员每月入户走访不少于60户；居民诉求按时办结率达到百分之九十五以上。", 6,
                "入户走访每月每少10户扣0.2分，最高扣2分；诉求办结率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的"
                "不得分。",
                "查阅网格走访台账、诉求办理台账，“12345”热线数据由区社会治理中心提供"),
            Row("党建引领“红色物业”，推动符合条件的住宅小区成立业主委员会，业委会成员中党员比例不低于百分之五十；每季度召开一次社区党委、"
                "业委会、物业服务企业“三方联席会议”。", 6,
                "业委会党员比例未达到50%的，每个小区扣0.5分，最高扣2分；联席会议每少1次扣0.5分；物业服务矛盾引发群体性事件的，本项不得分。",
                "查阅联席会议记录、业委会成员名单"),
            Row("组建社区党员志愿服务队，每月至少开展1次志愿服务活动；围绕“一老一小”开展关爱服务，“七一”、重阳节走访慰问老党员、困难党员。", 6,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；走访慰问每少1次扣1分；“一老一小”服务无具体项目的，酌情扣0.5—"
                "1分。",
                "查阅志愿服务队名册、活动记录、活动照片"),
            Row("深化共驻共建，与辖区机关企事业单位党组织签订共建协议不少于4家，形成需求、资源、项目“三张清单”，全年开展共建活动不少于4次。", 6,
                "共建协议每少1家扣0.5分；无“三张清单”的扣1分；共建活动每少1次扣0.5分；共建项目未落地见效的，酌情扣1分。",
                "查阅共建协议、“三张清单”、活动记录"),
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查，调解成功率达到百分之九十八；不发生越级上访和重大安全事故。", 6,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分；发生重大安全事故或群体性事件的，"
                "实行一票否决，本项不得分。",
                "查阅矛盾纠纷排查台账、调解卷宗，区信访局提供数据"),
        )),
        Section("阵地保障", "阵地保障\n（15分）", 15, (
            Row("社区党群服务中心每周开放不少于6天，实行错时延时服务，节假日有人值班；服务阵地不挪作他用。", 5,
                "开放时间不足的扣1分；抽查无人值班的，每次扣1分；挪作他用的扣2分。",
                "实地查看，查阅值班表"),
            Row("规范使用社区服务群众专项经费，年初制定使用计划，经费使用情况每半年公开一次；党建工作经费专款专用。", 5,
                "无使用计划的扣1分；公开每少1次扣0.5分；经费使用不规范的，每笔扣0.5分，最高扣2分。",
                "查阅使用计划、经费台账、公开照片"),
            Row("党建台账分类建档、一年一册；年中形成半年工作小结，年底报送年度党建工作总结；每季度向街道党工委报送党建信息不少于2篇。", 5,
                "台账不规范的，酌情扣0.5—1分；小结、总结每缺一项扣1分；信息每少1篇扣0.3分，最高扣1分；台账弄虚作假的，本项不得分。",
                "查阅党建台账、信息报送记录"),
        )),
    ),
)

HEADER = ["考核类别", "考核内容", "分值", "评分标准", "备注"]
NOTE = ("说明：1.本表由街道党工委于2026年1月上旬组织考核，党建办牵头，社区治理办、平安办参加，街道纪工委派员监督，采取查阅资料、实地查看、"
        "走访居民、调取数据相结合的方式进行，以2025年1月1日至12月31日形成的资料为准；2.各项扣分以该项分值为限，扣完为止，同一问题不重复扣分；"
        "3.考核结果分为“好”“较好”“一般”“差”四个等次，与社区党委书记年度考核和社区工作者绩效奖励挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委综合考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：炳草岗街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区党委：                    书记：                考核日期：2026年1月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 50)
    xlsx_widths(ws, (11, 52, 6, 52, 24))
    wb.save(str(path))
