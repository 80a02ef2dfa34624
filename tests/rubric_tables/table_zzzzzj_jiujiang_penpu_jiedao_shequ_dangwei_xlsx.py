"""浔阳区湓浦街道党工委2025年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 湓浦街道 in 九江 浔阳区 in 江西 (its 党建办 with the 社区治理办,
the 综治中心, the 应急办 and the 街道纪工委, a 考核组 walking the old 社区 along the 长江 大堤 and the 甘棠湖 in the middle of December, when the 汛期 is
long over but its 值班表 still hang in the 社区 offices, the 浔阳楼 is lit at dusk, the 老旧小区 改造 scaffolding is coming down in the lanes behind the
大中路 and the 党员 of the 网格 are going door to door with the 年货 for the 老党员) scores the 社区党委 of a 街道 of old town 社区 on the river: a sheet
whose 考核内容 prints what the 社区党委 must have done, whose 评分标准 takes points off one clause at a time (scoring the 参会率, the 诉求 办结率 and the
年底 满意率 in bands) and whose 佐证材料 names the papers the 考核组 asks to see: 政治建设 (the “第一议题”, a quarterly 中心组 学习, a monthly 集中学习 and
the 参学率; a half-yearly 专题会议 on 意识形态, the 审核把关 and a 一票否决; the 年初 责任书, a yearly 廉政谈话, the “小微权力” 清单 and a quarterly “三务”
公开), 组织建设 (the four-level 体系, the 覆盖率 and the 班子's 年龄、学历; the “三会一课”, the 书记's two 党课 and the 参会率 in bands; the 主题党日 on a
fixed day with 通知、签到、记录、照片 and two 现场教学; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and the 上报; one 发展, a quarterly 考察 and a 一票
否决; the 年初 责任清单, the 年底 述职 and a quarterly 专题研究), 党员队伍 (党费 按月 with a half-yearly 公示; the 报到率, three 志愿服务 of the 在职党员,
the 台账 and the 年底 反馈; a quarterly 联系 of the 流动党员, the “七一”、春节 慰问 and a quarterly 送学上门; the 积分 by month, a quarterly 公示, the 年初
承诺 and the 年底 评诺), 治理服务 (the 业委会 党员比例, the 物业 覆盖 and a monthly “三方联席会议”; ten 民生实事, the 开放 and the 办结率 in bands; three
服务队, a monthly 志愿服务 and thirty 入户走访 a month; the 防汛 突击队 and 值守, a quarterly 排查, the 调处成功率 and a "本项不得分") and 保障落实 (the
标识、制度、设施, the 面积, the 经费 and its 年底 公开; the 年初 计划, the 年底 总结 and the 年底 满意率 in bands).

A merged title row, a merged "考核对象：湓浦街道各社区党委" line and a merged "社区：    考核组：    考核日期：" line above the header 考核项目 | 考核内容 |
分值 | 评分标准 | 佐证材料. There is NO 序号: the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an
ordinal and WITH their points on a SECOND line, "一、政治建设\\n（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值
is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 and a merged 说明
row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每季度至少集中学习1次", "每月…不少于1次", "不低于百分之九十",
"每半年召开一次", "全年", "年初", "每年至少…一次", "每季度公开一次", "100%", "35周岁以下的不少于1名", "大专及以上学历的不少于3名", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…至少2次", "85%以上", "每月固定一天", "年内…2次以上", "每年召开一次", "全覆盖", "年内…
不少于1名", "每季度考察一次", "不少于5个工作日", "年初", "年底", "每季度至少…一次", "按月", "每半年公示一次", "100%", "每人每年…不少于3次", "年底", "每季度
至少联系一次", "“七一”、春节", "每季度…一次", "每月记分、每季度公示", "年初", "年底", "百分之五十以上", "100%", "每月召开一次", "年内…10件以上", "每周开放
不少于6天", "百分之九十五", "不少于3支", "每月…至少1次", "每月…不少于30户", "汛期前", "24小时", "每季度开展一次", "百分之九十五以上", "全年", "不少于300平方
米", "年底", "年初", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "85%以下的不得分"), of the 诉求
办结率 (3.5 of the 7, closed by "85%以下的不得分") and of the 年底 满意率 (3 of the 5, closed by "85%以下的不得分"); "每低10个百分点" once, "每低5个百分点"
once and "每低1个百分点" once; "酌情扣1-2分" twice, "酌情扣0.5-1分" twice and "酌情扣0.5-1.5分" once; two "实行一票否决，本项不得分" and one other "本项
不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzj_jiujiang_penpu_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="浔阳区湓浦街道党工委2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            _row("落实“第一议题”制度，社区党委理论学习中心组每季度至少集中学习1次，社区党委每月组织党员集中学习不少于1次；党员参学率不低于百分之九十。",
                 5,
                 "未落实“第一议题”制度的扣1分；中心组学习每少1次扣0.5分；党员集中学习每少1次扣0.3分，最高扣1.5分；参学率低于90%的扣1分。",
                 "学习记录、签到表、学习照片"),
            _row("每半年召开一次意识形态工作专题会议，分析研判社区舆情动态；社区宣传栏、电子屏、居民微信群信息发布实行审核把关；全年未发生意识形态领域"
                 "重大问题。", 5,
                 "专题会议每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣1.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。",
                 "会议记录、信息审核登记表"),
            _row("社区党委书记年初与街道党工委签订党风廉政建设责任书；社区“两委”成员每年至少开展廉政谈话一次；社区“小微权力”清单和运行流程图在公开栏"
                 "公布；社区“三务”每季度公开一次。", 5,
                 "未签订责任书的扣1分；未开展廉政谈话的扣1分；“小微权力”清单未公布的扣1分；“三务”公开每少1次扣0.5分，最高扣2分。",
                 "责任书、谈话记录、公开栏照片"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率100%；社区党委班子成员中35周岁以下的不少于1名、大专"
                 "及以上学历的不少于3名。", 5,
                 "组织体系不健全的，酌情扣1-2分；网格党支部未全覆盖的扣1分；班子成员年龄、学历结构不达标的，每少1名扣0.5分，最高扣1.5分。",
                 "组织架构图、网格党支部设置批复、班子成员名册"),
            _row("落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课至少2次；"
                 "党员参会率达到85%以上。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率90%以上的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                 "会议记录、签到表、党课课件"),
            _row("每月固定一天开展主题党日活动，做到有通知、有签到、有记录、有照片；结合“七一”、国庆等重要节点，年内组织党员到九江革命烈士纪念馆等红色"
                 "教育基地开展现场教学2次以上。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；通知、签到、记录、照片每缺一项扣0.1分，最高扣1分；现场教学每少1次扣0.5分。",
                 "活动记录、签到表、活动照片"),
            _row("每年召开一次专题组织生活会，会前开展谈心谈话，班子成员之间谈心谈话全覆盖；会后开展民主评议党员，评定结果及时上报街道党工委；对评议为"
                 "“不合格”的党员按规定稳妥处置。", 5,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；评定结果未上报的扣0.5分；不合格党员处置不规范的，酌情"
                 "扣0.5-1分。",
                 "会议记录、谈心谈话记录、民主评议党员测评表、上报材料"),
            _row("年内发展党员不少于1名，注重从网格员、志愿者、退役军人等群体中发展；入党积极分子每季度考察一次；严格执行发展党员程序，发展对象公示不少于"
                 "5个工作日。", 4,
                 "未完成发展党员任务的扣1.5分；考察每少1次扣0.2分，最高扣1分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "发展党员档案、考察记录、公示照片"),
            _row("社区党委书记年初制定抓基层党建工作责任清单，年底向街道党工委述职并接受评议；社区“两委”班子团结协作，每季度至少专题研究一次党建工作。",
                 4,
                 "无责任清单的扣1分；书记未述职的扣2分；述职评议结果为“一般”及以下的扣1分；专题研究每少1次扣0.5分；班子不团结、工作推进不力的，酌情扣"
                 "1-2分。",
                 "责任清单、述职报告、会议记录"),
        )),
        Section("党员队伍", "三、党员队伍\n（20分）", 20, (
            _row("党员按规定标准按月交纳党费，建立党费收缴台账；每半年公示一次党费收缴情况；党费专款专用，不得挪作他用。", 5,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；公示每少1次扣0.5分；党费被挪用的，本项不得分。",
                 "党费收缴台账、公示照片"),
            _row("机关企事业单位在职党员到社区报到率达到100%，在职党员每人每年参加社区志愿服务不少于3次；社区建立在职党员报到服务台账，年底向党员所在单位"
                 "反馈表现情况。", 5,
                 "报到率每低5个百分点扣0.5分，最高扣1.5分；在职党员服务不足3次的，每人扣0.1分，最高扣1.5分；无报到服务台账的扣1分；未向所在单位反馈的"
                 "扣1分。",
                 "报到登记册、志愿服务记录、反馈函"),
            _row("外出流动党员每季度至少联系一次，掌握思想和工作情况；“七一”、春节期间走访慰问老党员、生活困难党员；对长期卧床、行动不便的老党员每季度"
                 "送学上门一次。", 5,
                 "流动党员联系每少1人次扣0.1分，最高扣1.5分；走访慰问未开展的，每次扣1分；送学上门每少1人次扣0.1分，最高扣1.5分。",
                 "联系记录、慰问名单、走访照片"),
            _row("推行党员积分制管理，每月记分、每季度公示；年初党员围绕社区治理作出公开承诺，年底开展践诺评诺，评诺结果与评先评优挂钩。", 5,
                 "未推行积分制管理的扣1.5分；积分未按季度公示的，每次扣0.3分，最高扣1.2分；未开展公开承诺的扣1分；年底未评诺的扣1分。",
                 "积分台账、承诺书、评诺记录"),
        )),
        Section("治理服务", "四、治理服务\n（25分）", 25, (
            _row("推动符合条件的小区成立业主委员会，业委会成员中党员比例达到百分之五十以上；物业服务企业党的工作覆盖率100%；每月召开一次由社区党委牵头，"
                 "业委会、物业服务企业参加的“三方联席会议”。", 6,
                 "业委会党员比例每低10个百分点扣0.5分，最高扣1.5分；物业服务企业党的工作未全覆盖的扣1分；联席会议每少1次扣0.3分，最高扣2分；议定事项"
                 "未落实的，酌情扣0.5-1.5分。",
                 "业委会名单、联席会议记录、会议照片"),
            _row("实行“居民点单、党组织派单、党员接单”机制，年内为群众办理民生实事10件以上；党群服务中心每周开放不少于6天，工作日延时服务；群众诉求"
                 "办结率达到百分之九十五。", 7,
                 "民生实事每少1件扣0.5分，最高扣2.5分；党群服务中心开放时间不足的扣1分；办结率95%以上的得3.5分，90%（含）—95%的得2.5分，85%（含）—90%"
                 "的得1分，85%以下的不得分。",
                 "民生实事清单、诉求办理台账"),
            _row("组建“湓浦红”党员志愿服务队不少于3支，每月开展志愿服务活动至少1次；党员网格员每月入户走访网格内居民不少于30户，及时上报网格事件。", 6,
                 "志愿服务队每少1支扣0.5分；志愿服务活动每少1次扣0.3分，最高扣2分；入户走访不达标的，每人扣0.2分，最高扣1.5分；网格事件上报不及时的，每件"
                 "扣0.2分，最高扣1分。",
                 "志愿服务队名单、活动记录、走访台账"),
            _row("汛期前组织党员突击队开展防汛隐患排查，汛期实行党员干部24小时值班值守；每季度开展一次矛盾纠纷排查，调处成功率达到百分之九十五以上；全年"
                 "辖区内未发生重大安全事故和群体性事件。", 6,
                 "未组建党员突击队的扣1分；汛期值守不到位的，酌情扣0.5-1分；矛盾纠纷排查每少1次扣0.5分，最高扣1.5分；调处成功率每低1个百分点扣0.2分，最高"
                 "扣1.5分；发生重大安全事故或群体性事件的，本项不得分。",
                 "突击队名单、值班表、排查台账"),
        )),
        Section("保障落实", "五、保障落实\n（10分）", 10, (
            _row("社区党群服务中心有标识、有制度、有设施，“小多专”活动阵地面积不少于300平方米；社区服务群众专项经费使用经居民代表会议讨论，使用情况年底"
                 "公开。", 5,
                 "标识、制度、设施每缺一项扣0.5分；阵地面积不足的扣1分；专项经费使用未经讨论的扣1分；使用情况未公开的扣1分。",
                 "经费使用台账、公开栏照片"),
            _row("年初制定社区党建工作计划，年底形成工作总结并报街道党工委；年底由街道组织居民代表对社区党委开展满意度测评，满意率不低于百分之九十。", 5,
                 "缺计划或总结的，每项扣1分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                 "工作计划、工作总结、测评统计表"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "佐证材料"]
NOTE = ("说明：1.本表由街道党工委于12月中旬组织考核，党建办牵头，社区治理办、综治中心、应急办、街道纪工委参加，采取听取汇报、查阅佐证材料、实地查看、"
        "入户走访相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；"
        "3.满意度测评由街道党建办组织，每个社区随机抽取居民代表不少于50名；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分"
        "以下的为“差”，考核结果与社区工作者绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：湓浦街道各社区党委", ncols)
    xlsx_line(ws, "社区：              考核组：              考核日期：", ncols)
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
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 54, 6, 54, 22))
    wb.save(str(path))
