"""龙华区民治街道2026年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 广东 深圳 龙华区 民治 (its 党建办 with the 社区建设办, the
综治办, the 股份合作公司 管理办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of a 街道 where the 来深建设者
outnumber the 户籍 residents many times over: 城中村 of 握手楼 let room by room, the 社区股份合作公司 that grew out of the old 村集体 with its
股东 and its 物业 to let, 电动自行车 charging in the stairwells, 快递员, 外卖送餐员 and 网约车司机 resting at the “暖蜂驿站”, the 民生微实事
money the residents choose how to spend, and new 商品房 小区 beside the 城中村: 党建引领 (one roster of the 班子 by age and 学历 with the
“一肩挑”, the 兼任 of the 公司 党组织书记 and the 任职文件, the 小区（城中村）党支部 覆盖率 and the 物业 党组织 覆盖率 with the 架构图, the
批复 and the 党员楼长名单, the “三会一课” with the monthly 主题党日, the 参加率, the 签到表 and the 照片, the 组织生活会 with 民主评议, the
公布 and the 征求意见, one 积极分子 a year and "每两年至少发展党员1名"), 党员管理 (a monthly 集中学习, 32学时 and a half-yearly 现场教学, the
流动党员 信息台账 with the 登记率 and a quarterly 集中活动, 党费 with the 核定 and a quarterly 公示, the “双报到” 报到率 with 12小时 of 志愿服务
and a half-yearly 反馈), 城中村治理 (the 前置研究 of the 公司's “三重一大” with the 决议, a quarterly 公开 and the 租赁, the 出租屋 登记率 with a
monthly 排查, the 整改台账, the 整改率 and the 充电设施 覆盖率, the “民意速办” 按期办结率 and 满意率 with a monthly 书记接待日, a monthly
排查 with the 调解成功率, the 党员调解室 and a 一票否决, the “暖蜂驿站” with a quarterly 关爱活动 and the 党员信息台账), 服务群众 (the 年初
项目清单 of the 民生微实事 with eight 项目, the 公示 and the 资金台账, the 关爱台账 with the 结对名单, a monthly 联系 and two “四点半课堂” a year,
the 党群服务中心 with two 主题活动 a month and the 满意度 in bands) and 责任落实 (the 年初 工作要点 and 责任书, the 半年小结, the 年底 述职 with
the 满意率 and the 年度总结; a deduction-only line on 八项规定 and 优亲厚友).

A merged title row, a merged "考核对象：民治街道所辖各社区党委" line and a merged "社区： 考核组成员： 考核时间：" line above the header
一级指标 | 序号 | 二级指标 | 考核要点 | 分值 | 计分方法 | 佐证资料 | 自评分 | 考核得分. The categories are MERGED CELLS down the 一级指标 column
(FIRST), printed WITHOUT an ordinal and WITH their points on ONE line, "党建引领（22分）". 序号 (SECOND column) runs 1..18 through the whole
sheet, NOT restarting. 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 计分方法. 佐证资料 (`Row.method`)
names the papers the 社区 lays out, joined by "、" (once a way of checking: 区纪委监委、街道纪工委提供). The two score columns are blank. A 合计
row of 100 follows the items; BELOW it a 加分项 block of two rows ("加1", "加2", the category cell "加分项" merged down them, their 分值 the
most that can be added), then a merged 说明 row. Counts in figures and Chinese numerals ("支委会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度至少1次", "每月开展一次", "每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "每月至少开展一次", "每年…不少于
32学时", "每半年组织一次", "每季度至少开展一次", "每年核定一次", "每季度公示一次", "每半年…反馈一次", "每季度向股东公开一次", "每月开展一次",
"每月开展一次", "每月开展一次", "每季度开展一次", "年初", "全年实施项目不少于8个", "每月至少…联系一次", "每年不少于2期", "每月至少开展2次",
"年初", "半年", "年底", "年终"); "不少于12小时", "每周开放不少于6天"; "不少于1名", "不少于3名"; "百分之八十", "百分之九十八", "百分之九十五",
"百分之九十", "百分之八十五", "100%", "98%"; "最高扣" caps; "酌情扣0.5-1分" once, "酌情扣1分" once and "酌情扣0.5分" twice; one set of
bands (a 满意度 for 2 of the 6 points, closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; five plain "本项不得分"; one line is
deduction-only.
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
    name="zzzn_shenzhen_minzhi_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="龙华区民治街道2026年度社区党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建引领", "党建引领（22分）", 22, (
            Row("社区党委班子成员中35周岁以下的不少于1名，大学本科及以上学历的不少于3名；社区党委书记依法兼任居委会主任；社区股份合作公司"
                "党组织书记由社区党委班子成员兼任。", 5,
                "年龄、学历结构每项不达标扣1分；未实行“一肩挑”的扣1分；股份合作公司党组织书记未由班子成员兼任的扣1分；班子不团结、工作推进"
                "不力的，酌情扣1分。", "班子成员名册、任职文件", indicator="班子建设"),
            Row("构建“社区党委—小区（城中村）党支部—楼栋党小组”组织体系，小区（城中村）党支部覆盖率达到100%；有物业服务的住宅小区物业服务"
                "企业党组织覆盖率达到百分之八十以上；城中村出租屋楼栋设立党员楼长。", 5,
                "小区（城中村）党支部每缺1个扣0.5分；物业党组织覆盖率每低10个百分点扣0.5分；党员楼长设立不到位的，酌情扣0.5-1分。",
                "组织架构图、党组织设置批复、党员楼长名单", indicator="组织覆盖"),
            Row("严格落实“三会一课”，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；每月开展一次主题党日"
                "活动，党员参加率不低于百分之八十。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分；参加率每低5个百分点扣0.3分，最高扣1分；会议记录存在补记、"
                "代签的，本项不得分。", "会议记录、签到表、活动照片", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果在党员大会上公布；会前广泛征求居民和股份合作公司股东意见。年内确定入党积极"
                "分子不少于1名，注重从城中村青年、新就业群体中发展党员，每两年至少发展党员1名。", 6,
                "未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分；评议结果未公布的扣0.5分；未征求意见的扣0.5分；未确定积极分子的扣1分；"
                "两年内未发展党员的扣1.5分。", "会议记录、意见征求表、发展党员档案", indicator="组织生活会和发展党员"),
        )),
        Section("党员管理", "党员管理（18分）", 18, (
            Row("每月至少开展一次党员集中学习；党员每年参加集中学习培训不少于32学时；每半年组织一次党员到深圳改革开放展览馆、东江纵队纪念馆"
                "等红色阵地开展现场教学。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1.5分；现场教学每少1次扣1分。", "学习记录、学时登记表、现场教学照片",
                indicator="理论学习"),
            Row("建立流动党员信息台账，流入党员登记率达到100%；每季度至少开展一次流动党员集中活动；引导流入党员亮明身份、就地就近参加组织"
                "生活。", 5,
                "无信息台账的扣1分；登记率每低5个百分点扣0.5分；集中活动每少1次扣0.5分；流入党员作用发挥不明显的，酌情扣0.5分。",
                "流动党员信息台账、活动记录", indicator="流动党员"),
            Row("党员按月交纳党费，每年核定一次交纳基数；党费收缴情况每季度公示一次；严格执行党费使用管理规定。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.3分；党费使用违反规定的，本项不得分。",
                "党费收缴台账、公示照片", indicator="党费管理"),
            Row("在职党员“双报到”报到率达到100%，每名报到党员每年到社区参加志愿服务不少于12小时；社区每半年向报到党员所在单位党组织反馈一次"
                "表现情况。", 4,
                "报到率每低5个百分点扣0.5分；服务时长不足的，每人扣0.1分，最高扣1.5分；反馈每少1次扣0.5分。",
                "报到党员名册、“i志愿”服务时长记录、反馈函", indicator="双报到"),
        )),
        Section("城中村治理", "城中村治理（30分）", 30, (
            Row("社区党委对股份合作公司“三重一大”事项实行前置研究，公司重大事项经社区党委会议研究后提交股东大会（股东代表大会）表决；公司"
                "财务每季度向股东公开一次；集体物业租赁经集体决策。", 6,
                "重大事项未经社区党委前置研究的，每件扣1分，最高扣3分；财务公开每少1次扣0.5分；集体物业租赁未经集体决策的，每宗扣0.5分；"
                "发生集体资产流失被查处的，实行一票否决，本项不得分。", "社区党委会议记录、股东大会决议、公开栏照片",
                indicator="股份合作公司"),
            Row("推行“党建+出租屋”管理，城中村出租屋及租住人员信息登记率达到98%以上；每月开展一次出租屋消防安全隐患排查，建立隐患整改台账，"
                "隐患整改率达到100%；城中村电动自行车集中充电设施覆盖率达到100%。", 7,
                "信息登记率每低1个百分点扣0.3分；隐患排查每少1次扣0.5分；无整改台账的扣1分；隐患逾期未整改的，每处扣0.2分，最高扣1.5分；"
                "充电设施覆盖率未达到100%的扣1分；发生亡人火灾事故的，本项不得分。", "出租屋信息台账、排查记录、整改台账",
                indicator="出租屋管理"),
            Row("落实“民意速办”，群众诉求工单按期办结率达到百分之九十五以上，群众满意率达到百分之九十以上；社区党委书记每月开展一次“书记接待"
                "日”活动。", 6,
                "按期办结率每低1个百分点扣0.2分，最高扣2分；满意率每低1个百分点扣0.2分，最高扣2分；书记接待日每少1次扣0.3分；工单被退回"
                "重办的，每件扣0.1分。", "工单系统数据、接待登记本", indicator="民意速办"),
            Row("每月开展一次矛盾纠纷排查化解，劳资纠纷、租赁纠纷调解成功率达到百分之九十五以上；在城中村设立党员调解室；辖区不发生重大群体"
                "性事件。", 6,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.3分；未设立党员调解室的扣1分；发生重大群体性事件或“民转刑”命案的，实行一票"
                "否决，本项不得分。", "排查台账、调解卷宗", indicator="平安建设"),
            Row("依托党群服务中心、“暖蜂驿站”为快递员、外卖送餐员、网约车司机等新就业群体提供歇脚、充电、饮水等服务；每季度开展一次新就业"
                "群体关爱活动；建立新就业群体党员信息台账。", 5,
                "未建立服务站点的扣1分；关爱活动每少1次扣0.5分；无党员信息台账的扣1分；站点服务功能不全的，酌情扣0.5分。",
                "活动记录、党员信息台账、站点照片", indicator="新就业群体"),
        )),
        Section("服务群众", "服务群众（18分）", 18, (
            Row("用好“民生微实事”资金，年初征集确定民生微实事项目清单，全年实施项目不少于8个；项目实施结果向居民公示；资金使用规范。", 6,
                "年初无项目清单的扣1分；实施项目每少1个扣0.5分；结果未公示的扣0.5分；资金使用被审计指出问题的，每个问题扣0.5分，最高扣2分。",
                "项目清单、公示照片、资金台账", indicator="民生微实事"),
            Row("建立独居、高龄老人和困境儿童关爱台账，党员结对帮扶全覆盖，每月至少电话或上门联系一次；依托社区长者服务站开展助餐、助浴等"
                "服务；寒暑假开办“四点半课堂”，每年不少于2期。", 6,
                "无关爱台账的扣1分；结对未全覆盖的扣0.5分；联系每少1次扣0.1分，最高扣1.5分；长者服务站未正常运营的扣1分；“四点半课堂”每少"
                "1期扣0.5分。", "关爱台账、结对名单、课堂照片", indicator="一老一小"),
            Row("社区党群服务中心每周开放不少于6天，每月至少开展2次主题活动；居民对党群服务中心服务满意度测评达到百分之九十以上。", 6,
                "开放时间不足的扣1分；主题活动每少1次扣0.3分，最高扣2分；满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；"
                "阵地挪作他用的，本项不得分。", "活动记录、测评问卷", indicator="阵地服务"),
        )),
        Section("责任落实", "责任落实（12分）", 12, (
            Row("社区党委年初制定年度党建工作要点，与街道党工委签订党建工作目标责任书；半年形成工作小结；年底社区党委书记向街道党工委述职，"
                "述职评议满意率不低于百分之八十五；年终形成年度工作总结。", 8,
                "无工作要点的扣1分；未签订责任书的扣1分；无半年小结的扣0.5分；未述职的扣2分；满意率每低5个百分点扣0.5分，最高扣2分；无年度"
                "总结的扣1分。", "工作要点、责任书、半年小结、述职报告、测评表、年度总结", indicator="主体责任"),
            Row("社区工作人员违反中央八项规定精神，或在城中村拆迁补偿、股份合作公司分红、保障性住房审核中优亲厚友、以权谋私（本项为扣分"
                "项）。", 4,
                "每发现1起扣2分；社区党委班子成员受到党纪政务处分的，本项不得分。", "区纪委监委、街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "分值", "计分方法", "佐证资料", "自评分", "考核得分"]
BONUS = (
    ("加1", "示范引领", "社区党委工作经验被区级以上党委推广，或社区党委获评市级以上“先进基层党组织”的。", 2, "区级加1分，市级以上加2分，"
     "最高加2分。", "推广文件、表彰文件"),
    ("加2", "创新案例", "社区党建项目入选区委组织部“书记项目”优秀案例的。", 1, "加1分。", "入选文件"),
)
NOTE = ("说明：1.本表由街道党工委于12月组织考核，社区先行自评，考核组采取查阅资料、实地查看、入户走访、问卷测评相结合的方式核定得分；2.各项"
        "扣分以该项分值为限，扣完为止；3.加分项另行计算，总分不超过103分；4.考核得分90分以上的为“好”，80—89分的为“较好”，60—79分的为"
        "“一般”，60分以下的为“差”，考核结果作为社区党委书记年度考核和社区专职工作者绩效奖励的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：民治街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：                考核组成员：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, indicator, text, points, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, number_text, indicator, text, points, scoring, method, None, None])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (11, 6, 11, 46, 6, 46, 22, 7, 8))
    wb.save(str(path))
