"""市北区登州路街道2025年度社区党委党建工作考核评分表 (.xlsx), as a 山东 青岛 市北区 街道党工委 (its 党建工作办公室 with the 社区建设
办, the 平安建设办 and the 街道纪工委, a 考核组 going round each 社区 in December) scores the 社区党委 of an old 街道 around the 啤酒街 and
the 啤酒博物馆: 里院 and 单位 宿舍 without 物业, a few new 商品房 小区, 沿街 商户 and their 党员 of 啤酒街, and the “灯塔-党建在线” on the
党员's phones: 基层组织建设 (one roster of the “两委” by two ages and 学历 with the 分工表, the 小区（网格）党支部 覆盖率 with the 楼长's
党员比例 and the 批复, the “三会一课” on the “灯塔-党建在线” with one 党课 of the 书记, the monthly 主题党日 with the 方案, the 签到表 and the
参加率, the 组织生活会 with 民主评议, 征求意见, 谈心谈话 and the 整改清单), 党员教育管理 (32学时 with a quarterly “灯塔大讲堂”, the 积极分子
and "每两年至少发展党员1名" with the 公示 and the 票决, 党费 with a half-yearly 公示, the 报到率 with two 社区服务 and the 年底 反馈, the
“七一”、春节 慰问 with the 纪念章, the 流动党员台账 and a quarterly 联系), 服务群众 (the 党群服务中心 with the 值班表, forty 走访 a month with
the 办结率 and the 满意率 in bands, a quarterly 联席会议 with the “准物业”, the 商户党建联盟 with five 共建协议, the 年初 “三张清单” and four
共建活动, the 志愿服务队 with a monthly 志愿服务 and a half-yearly “四德榜”, a monthly 排查 with the 化解率 and a 一票否决) and 责任落实 (the
年初 计划 and 责任书, a quarterly 报告, the 年底 述职 with the 满意率, one 经验做法 a year, the “两委” 会议记录 and the 居民代表会议 for the
经费 with a half-yearly 公开, a half-yearly 核对 of the 党员信息; a deduction-only line on 八项规定 and 通报批评).

A merged title row, a merged "考核对象：登州路街道所辖各社区党委" line and a merged "社区：…考核组：…日期：" line above the header 序号 |
考核指标 | 考核标准 | 评分细则 | 分值 | 佐证材料 | 街道评分. Each category is a SECTION ROW merged across the sheet, printed as a 部分 with its
points on one line, "第一部分：基层组织建设（25分）". 序号 (FIRST column, numeric cells) runs 1..21 through the sheet, NOT restarting under the
section rows. 考核指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 评分细则, a plain number. 佐证材料 (`Row.method`) names the
papers the 社区 lays out, joined by "、" (once a way of checking: 区纪委监委、街道纪工委提供; once with "现场查看" beside a paper). 街道评分
is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每月召开1次", "每季度召开1次",
"党课每季度1次", "每年讲党课1次以上", "每月开展一次", "年度组织生活会", "每季度组织一次", "年内培养…1名以上", "每两年至少发展党员1名", "每半年
公示一次", "每人每年…不少于两次", "每年年底", "每季度联系一次", "每月走访…不少于40户", "每季度召开一次", "全年…不少于4次", "每月至少开展1次",
"每半年一次", "每月开展一次", "每季度…报告一次", "全年形成…1项以上", "每半年公开一次", "每半年核对更新一次"); "不少于32学时"; "每周开放不少于
6天"; "不少于1名", "不少于3名", "不少于4名", "不少于5家"; "百分之九十", "百分之百", "60%"; "最高扣" caps; "酌情扣0.5分" once and "酌情扣1-2分"
twice; one set of bands (a 满意率 for 3 of the 7 points, closed by "85%以下的不得分"); five plain "本项不得分" (one for the "一票否决项"); one
line is deduction-only.
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
    name="zzzh_qingdao_dengzhoulu_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="市北区登州路街道2025年度社区党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("基层组织建设", "第一部分：基层组织建设（25分）", 25, (
            Row("社区“两委”成员中35周岁以下的不少于1名，45周岁以下的不少于3名，大专及以上学历的不少于4名；班子成员分工明确，团结协作。", 5,
                "年龄、学历结构每项不达标的扣1分；班子成员分工不明确的扣0.5分；班子不团结、被列为软弱涣散社区党组织的，本项不得分。",
                "“两委”成员花名册、分工表", indicator="班子建设"),
            Row("按照“一小区一支部”或“一网格一支部”设置党组织，小区（网格）党支部覆盖率达到100%；楼长、单元长中党员比例不低于60%。", 4,
                "覆盖率每低5个百分点扣0.5分；党员比例每低10个百分点扣0.5分，最高扣1.5分。", "党组织设置批复文件、楼长单元长名单",
                indicator="组织设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；“三会一课”情况在“灯塔-党建在线”平台如实"
                "记录；支部书记每年讲党课1次以上。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；平台记录不实、不全的，每次扣0.2分，最高扣1分；支部书记未讲党课的，每个支部扣0.5分。",
                "会议记录、平台截图", indicator="三会一课"),
            Row("每月开展一次主题党日，活动前制定活动方案，做到“一月一主题、一次一实事”；党员参加率达到百分之九十。", 5,
                "主题党日每少1次扣0.5分；无活动方案的，每次扣0.1分；参加率每低5个百分点扣0.5分；未结合办实事的，酌情扣0.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("按要求召开年度组织生活会和民主评议党员大会，会前征求意见、开展谈心谈话，会后列出整改清单并逐项销号。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；征求意见、谈心谈话每缺一项扣0.5分；无整改清单或整改未销号的扣0.5分。",
                "会议记录、整改清单", indicator="组织生活会"),
        )),
        Section("党员教育管理", "第二部分：党员教育管理（20分）", 20, (
            Row("党员每年参加集中学习培训不少于32学时；每季度组织一次“灯塔大讲堂”专题学习；对老弱病残党员实行送学上门。", 4,
                "学时不足的，每人扣0.1分，最高扣1.5分；专题学习每少1次扣0.5分；未开展送学上门的扣0.5分。", "学习记录、学时统计表",
                indicator="教育培训"),
            Row("年内培养入党积极分子1名以上，每两年至少发展党员1名；严格落实发展党员公示制度和票决制。", 5,
                "未培养入党积极分子的扣1分；两年内未发展党员的扣2分；未公示或未票决的，每人扣1分；违反发展党员程序的，本项不得分。",
                "发展党员档案、公示照片", indicator="发展党员"),
            Row("党员按月足额交纳党费，通过“灯塔-党建在线”线上交纳；党费收缴情况每半年公示一次。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。", "党费收缴明细、公示照片", indicator="党费收缴"),
            Row("在职党员到社区报到率达到百分之百，每人每年参加社区服务不少于两次；社区每年年底对报到党员进行评价并反馈至所在单位。", 4,
                "报到率每低5个百分点扣0.5分；参加社区服务不足2次的，每人扣0.1分，最高扣1.5分；年底未评价反馈的扣1分。",
                "报到登记台账、评价反馈表", indicator="在职党员"),
            Row("“七一”、春节期间走访慰问老党员、生活困难党员；为党龄满50年的党员颁发纪念章；建立流动党员台账，每季度联系一次。", 4,
                "走访慰问每少1次扣0.5分；未颁发纪念章的扣0.5分；无流动党员台账的扣0.5分；联系每少1次扣0.2分。", "慰问照片、流动党员台账",
                indicator="关心关爱"),
        )),
        Section("服务群众", "第三部分：服务群众（30分）", 30, (
            Row("社区党群服务中心实行“一窗受理、全科服务”；每周开放不少于6天，节假日安排值班；开放“共享空间”供辖区居民、单位免费使用。", 5,
                "未实行“一窗受理、全科服务”的扣1分；开放时间不足的扣1分；节假日无人值班的，发现1次扣0.5分；阵地闲置或挪作他用的，本项"
                "不得分。", "值班表、现场查看", indicator="阵地建设"),
            Row("网格员每月走访网格内居民不少于40户，做到“底数清、情况明”；群众通过12345热线反映的问题按时办结率达到百分之百，满意率达到95%"
                "以上。", 7,
                "走访不足40户的，每人每月扣0.1分，最高扣2分；按时办结率每低1个百分点扣0.2分，最高扣2分；满意率95%以上的得3分，90%（含）—95%"
                "的得2分，85%（含）—90%的得1分，85%以下的不得分。", "走访台账、12345工单统计", indicator="网格服务"),
            Row("推动物业服务企业党的组织和工作覆盖，每季度召开一次社区党委、业委会、物业服务企业联席会议；无物业的老旧小区由社区党委兜底"
                "实行“准物业”管理。", 5,
                "联席会议每少1次扣0.5分；物业服务企业党的工作未覆盖的，每家扣0.5分；无物业小区管理缺位、群众反映强烈的，酌情扣1-2分。",
                "联席会议纪要", indicator="红色物业"),
            Row("联合登州路啤酒街沿街商户成立“商户党建联盟”，与驻区单位签订共建协议不少于5家；年初梳理形成需求、资源、项目“三张清单”；全年"
                "开展共建活动不少于4次。", 5,
                "未成立商户党建联盟的扣1分；共建协议每少1家扣0.3分；未形成“三张清单”的扣0.5分；共建活动每少1次扣0.5分。",
                "联盟章程、共建协议、活动照片", indicator="共驻共建"),
            Row("组建党员志愿服务队，每月至少开展1次志愿服务；推行“志愿积分”兑换；“四德榜”先进典型评选每半年一次。", 4,
                "志愿服务每少1次扣0.3分，最高扣2分；未推行“志愿积分”的扣0.5分；“四德榜”评选每少1次扣0.5分。",
                "志愿服务记录、四德榜照片", indicator="志愿服务"),
            Row("每月开展一次矛盾纠纷排查，化解率达到95%以上；加强燃气、消防等安全隐患排查整治，辖区内不发生重大安全事故、重大群体性事件和"
                "越级非正常上访（一票否决项）。", 4,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.2分，最高扣1分；隐患整改不到位的，每处扣0.2分；发生一票否决情形的，本项不得分。",
                "排查台账、调解记录", indicator="平安和谐"),
        )),
        Section("责任落实", "第四部分：责任落实（25分）", 25, (
            Row("社区党委书记年初制定党建工作计划，签订党建工作目标责任书；每季度向街道党工委报告一次党建工作；年底书面述职，接受党员和居民"
                "代表评议，评议满意率不低于80%。", 6,
                "无年度计划的扣1分；未签订责任书的扣1分；报告每少1次扣0.5分；未述职的扣2分；评议满意率低于80%的扣1分。",
                "工作计划、责任书、述职报告、评议表", indicator="责任清单"),
            Row("打造“一社区一品牌”，全年形成可复制推广的特色经验做法1项以上，在区级以上会议交流或媒体刊发。", 5,
                "未形成特色经验做法的扣2分；未在区级以上会议交流或媒体刊发的扣1分；品牌创建成效不明显的，酌情扣1-2分。",
                "经验材料、媒体报道截图", indicator="党建品牌"),
            Row("服务群众专项经费使用前经社区“两委”会议研究，重大支出经居民代表会议讨论；经费使用情况每半年公开一次。", 4,
                "未经“两委”会议研究的，每笔扣0.5分；重大支出未经居民代表会议讨论的，每笔扣1分；公开每少1次扣0.5分。",
                "会议记录、公开照片", indicator="经费管理"),
            Row("党建工作台账分类规范、真实完整，与“灯塔-党建在线”平台信息一致；党员信息每半年核对更新一次。", 5,
                "台账不规范的扣1分；平台信息不一致的，每项扣0.2分，最高扣1分；党员信息核对每少1次扣0.5分；台账弄虚作假的，本项不得分。",
                "台账资料、平台截图", indicator="台账资料"),
            Row("社区工作人员违反中央八项规定精神、廉洁纪律，或因工作不力被区级以上通报批评（本项为扣分项）。", 5,
                "被区级以上通报批评的，每次扣1分；受到党纪政务处分的，每人次扣2.5分，最高扣5分。", "区纪委监委、街道纪工委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "评分细则", "分值", "佐证材料", "街道评分"]
NOTE = ("备注：1.本表由街道党工委于12月组织考核，党建工作办公室牵头，社区建设办、平安建设办、街道纪工委参加，采取查阅资料、现场查看、"
        "入户走访、电话抽访相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分"
        "的为“一般”，70分以下的为“差”；4.考核结果作为评定星级社区党组织、社区工作者绩效考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：登州路街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：                考核组：                日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 46, 46, 6, 22, 8))
    wb.save(str(path))
