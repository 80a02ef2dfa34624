"""京口区大市口街道2025年度社区党组织党建引领基层治理考核评分表 (.xlsx), as the 街道党工委 of 江苏 镇江 京口区 大市口 (its 党建办 with the
社会事业局, the 综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支 of
the old 镇江 centre by the 长江: the 老街 lanes behind the 商圈, the 单位 宿舍 of the 机械 and 纺织 works long since closed, the new 小区 by the 古运河, the
快递员 and 外卖骑手 who wait at the 红色驿站, the 网格员 with their 民情日志, the 在职党员 of the 机关 who come on Saturdays, the 物业 and the 业委会
who must sit at one table: a sheet whose 二级指标 names the point, whose 考核内容 prints the requirements and nearly every figure and whose 评分细则
gives one deduction a clause (once bands): 组织体系建设 (one roster of the “两委” by age and 学历, the 换届 and the “一肩挑”; the 网格党支部 覆盖率, the
楼栋长 and the 党员比例 of the 网格员; three 兼职委员, a quarterly “大党委” 联席会议, the 共建协议, the “三张清单” and two 共建项目; the “两新” 覆盖率,
the 党建指导员 with a quarterly 上门指导 and a half-yearly 排查), 党员队伍建设 (the “三会一课” with the 书记's two 党课 and the monthly 主题党日; the
组织生活会 with 民主评议, 谈心谈话 and 备案; the 党员积分 with a quarterly 公示, the 年底 星级 评定 and its 公布; one 积极分子, the 公示 and a 一票否决;
党费 with a half-yearly 公示, the 流动党员台账, a quarterly 联系 and the 报到率), 党建引领治理 (thirty 走访 a month, the 民情日志, the 办结率 and a monthly
网格议事会; the 先锋岗 and 责任区, the 年初 承诺, the 晒诺, the 年底 评诺 and the 承诺践诺率; the 志愿服务队, two 志愿服务 a month, four a year and 12小时
for each 在职党员; the 物业 覆盖率, a quarterly 四方联席会议, the 党员服务岗 and the 满意度 in bands; the “三务” 公开 and the 居民代表会议) and 阵地建设与
责任落实 (the 党群服务中心 with its 8小时, four 党群活动 a month and the 红色驿站; a half-yearly 专题研究 of the 意识形态 and the 审核; the 年初 计划 and
责任书, the 半年小结, the 年终 总结, the 年底 述职 and the “好”等次比例; a deduction-only line on 吃拿卡要, 处分 and 软弱涣散).

A merged title row, a merged "考核对象：大市口街道所辖各社区党委、党总支" line and a merged "社区： 考核组： 考核时间：" line above the header 序号 |
二级指标 | 考核内容 | 评分细则 | 分值 | 佐证材料 | 考核得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points
on one line, "一、组织体系建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 二级指标 is a short sub-label
(`Row.indicator`); 考核内容 says what is required (`Row.text`). 分值 is a plain number AFTER the 评分细则. 佐证材料 (`Row.method`) names the papers the
社区 lays out, joined by "、" ("—" on the deduction-only line). 考核得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in
figures and Chinese numerals, nearly all in the 考核内容 ("按期", "不少于2名", "不少于3名", "100%", "不低于百分之五十", "不少于3名", "每季度召开1次",
"年内…不少于2个", "3名以上", "百分之九十以上", "每季度…不少于1次", "每半年…一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月
召开1次，党课每季度1次", "每年讲党课不少于2次", "每月…一次", "每年", "100%", "按月", "每季度…一次", "年底", "年内…不少于1名", "不少于5个工作日",
"按月", "每半年…一次", "每季度…一次", "100%", "每月…不少于30户", "百分之九十五", "每月召开一次", "年初", "年中", "年底", "百分之九十五", "每月…不少于
2次", "每人每年…不少于4次", "不少于12小时", "百分之八十", "每季度召开一次", "不低于百分之八十五", "每季度不少于1次", "每月1次", "每天…不少于8小时",
"每月…不少于4场次", "每半年专题研究一次", "年初", "7月底前", "年终", "年底", "不低于百分之八十"); "最高扣" caps; "酌情扣分" once with no figure; one
set of bands (the 物业服务满意度 for 3 of the 6 points closed by "75%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分"; one
line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzzc_zhenjiang_dashikou_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="京口区大市口街道2025年度社区党组织党建引领基层治理考核评分表",
    numbering="restart",
    sections=(
        Section("组织体系建设", "一、组织体系建设（20分）", 20, (
            Row("社区党组织按期换届；社区“两委”成员中35周岁以下的不少于2名、大专及以上学历的不少于3名；推行社区党组织书记、居委会主任“一肩挑”。",
                5,
                "未按期换届的扣2分；班子结构每缺一项扣1分；未实行“一肩挑”的扣1分。", "换届批复、“两委”成员花名册", indicator="班子建设"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；每个楼栋（院落）明确1名党员楼栋长；专职网格员"
                "中党员比例不低于百分之五十。", 5,
                "网格党支部覆盖率每低10个百分点扣1分，最高扣2分；楼栋长未明确的，每栋扣0.1分，最高扣1分；专职网格员中党员比例低于50%的扣1分。",
                "网格划分图、网格员名册", indicator="网格党组织"),
            Row("吸纳驻区单位党组织负责人担任社区“大党委”兼职委员不少于3名；“大党委”联席会议每季度召开1次；与驻区单位签订共建协议，建立需求、资源、"
                "项目“三张清单”，年内共建项目落地不少于2个。", 5,
                "兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分；未签订共建协议的扣1分；未建立“三张清单”的扣0.5分；共建项目每少1个扣0.5分。",
                "联席会议记录、共建协议、项目清单", indicator="区域化党建"),
            Row("辖区内有3名以上正式党员的非公企业、社会组织单独建立党组织，“两新”组织党的组织覆盖率达到百分之九十以上；选派党建指导员联系“两新”"
                "组织，每季度上门指导不少于1次；每半年排查一次“两新”组织党员底数。", 5,
                "组织覆盖率每低5个百分点扣0.5分，最高扣2分；未选派党建指导员的扣1分；上门指导每少1次扣0.3分；排查每少1次扣0.5分。",
                "党员底数台账、指导记录", indicator="“两新”党建"),
        )),
        Section("党员队伍建设", "二、党员队伍建设（25分）", 25, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年讲"
                "党课不少于2次；每月固定开展一次主题党日。", 7,
                "“三会一课”每少1次扣0.3分，最高扣3分；书记讲党课每少1次扣0.5分；主题党日每少1次扣0.3分，最高扣2分；发现补记、代签等弄虚作假"
                "的，本项不得分。", "会议记录本、签到表、活动照片", indicator="组织生活"),
            Row("每年召开组织生活会，开展民主评议党员；会前开展谈心谈话，班子成员与党员谈心谈话覆盖率达到100%；评议结果报街道党工委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话每缺1人扣0.1分，最高扣0.5分；评议结果未备案的扣0.5分。",
                "组织生活会记录、民主评议测评表", indicator="组织生活会"),
            Row("推行党员积分制管理，按月记分，每季度公示一次积分结果；年底根据积分评定星级党员，评定结果在社区公开栏公布；积分结果与评先评优"
                "挂钩。", 5,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分；评定结果未公布的扣0.5分。", "党员积分台账、公示照片",
                indicator="党员积分"),
            Row("年内确定入党积极分子不少于1名，注重从网格员、志愿者、新就业群体中培养；发展对象公示不少于5个工作日；严格执行发展党员工作程序。", 4,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；违反发展党员程序的，实行一票否决，本项不得分。", "积极分子名册、公示材料",
                indicator="发展党员"),
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；建立流动党员台账，每季度与外出流动党员联系一次；在职党员到社区报到率达到100%。", 5,
                "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分；报到率每低5个百分点"
                "扣0.5分，最高扣1.5分。", "党费收缴台账、报到登记表", indicator="党员管理"),
        )),
        Section("党建引领治理", "三、党建引领治理（35分）", 35, (
            Row("网格员每月入户走访不少于30户，建立民情日志；群众诉求实行“网格吹哨、部门报到”，按期办结率达到百分之九十五；每月召开一次网格议事会，"
                "协商解决居民身边问题。", 8,
                "走访不足的，每人每月扣0.1分，最高扣2分；无民情日志的扣1分；办结率每低1个百分点扣0.2分，最高扣2分；网格议事会每少1次扣0.2分，"
                "最高扣1.5分。", "民情日志、诉求办理台账、议事会记录", indicator="网格治理"),
            Row("设立党员先锋岗、党员责任区，有劳动能力的党员全部认岗定责；党员年初公开承诺，年中晒诺，年底践诺评诺，承诺践诺率达到百分之九十五。",
                7,
                "未设立先锋岗、责任区的扣1.5分；党员未公开承诺的，每人扣0.1分，最高扣1分；未开展晒诺的扣0.5分；年底未评诺的扣1分；承诺践诺率每低"
                "5个百分点扣0.5分，最高扣1.5分。", "先锋岗名单、承诺书、评诺结果", indicator="党员先锋岗"),
            Row("建立党员志愿服务队，社区每月组织党员志愿服务不少于2次；在职党员每人每年参加社区志愿服务不少于4次，志愿服务时长不少于12小时。", 7,
                "未建立志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；在职党员参加次数或服务时长不足的，每人扣0.1分，最高扣2分；活动无"
                "照片、无签到表的，每次扣0.1分。", "志愿服务队名册、服务时长记录", indicator="志愿服务"),
            Row("推动物业服务企业党的组织覆盖，覆盖率达到百分之八十；每季度召开一次社区党组织、居委会、业委会、物业服务企业“四方联席会议”；物业"
                "服务企业设立党员服务岗，党员员工亮明身份；住宅小区物业服务满意度不低于百分之八十五。", 6,
                "覆盖率每低10个百分点扣0.5分；四方联席会议每少1次扣0.5分；未设立党员服务岗的扣1分；物业服务满意度85%以上的得3分，80%（含）—85%"
                "的得2分，75%（含）—80%的得1分，75%以下的不得分；因物业纠纷引发群体性事件的，本项不得分。", "联席会议记录、满意度测评表",
                indicator="红色物业"),
            Row("落实党务、居务、财务“三务”公开，党务公开每季度不少于1次，居务、财务公开每月1次；社区重大事项经社区党组织研究后提交居民代表会议"
                "讨论决定；公开栏设在醒目位置。", 7,
                "党务公开每少1次扣0.5分；居务、财务公开每少1次扣0.2分，最高扣2分；重大事项未经社区党组织研究的，每件扣1分；公开栏位置不醒目、内容"
                "未及时更新的，酌情扣分。", "公开栏照片、居民代表会议记录", indicator="“三务”公开"),
        )),
        Section("阵地建设与责任落实", "四、阵地建设与责任落实（20分）", 20, (
            Row("党群服务中心每天开放不少于8小时，节假日轮流值班；每月开展党群活动不少于4场次；建设“红色驿站”，向快递员、外卖骑手等新就业群体"
                "开放。", 5,
                "开放时间不足或无人值班的，每次扣0.5分；党群活动每少1场次扣0.2分，最高扣1.5分；未建设“红色驿站”的扣1分。", "值班表、活动登记簿",
                indicator="阵地建设"),
            Row("每半年专题研究一次意识形态工作；社区微信公众号、居民微信群发布信息执行“三审三校”；党员不在网络上发表不当言论。", 5,
                "专题研究每少1次扣1分；发布信息未经审核的，每次扣0.5分，最高扣1.5分；党员发表不当言论的，每人扣1分；发生意识形态领域重大事件的，"
                "实行一票否决，本项不得分。", "专题研究会议记录、信息审核单", indicator="意识形态"),
            Row("年初制定党建工作计划，与街道党工委签订党建工作责任书；7月底前报送半年工作小结；年终形成工作总结；社区党组织书记年底向街道党工委"
                "述职，述职测评“好”等次比例不低于百分之八十。", 6,
                "无年度计划的扣1分；未签订责任书的扣1分；未报送半年小结的扣0.5分；无年终总结的扣1分；未述职的扣1.5分；“好”等次比例低于80%的扣"
                "1分。", "工作计划、责任书、述职报告", indicator="责任落实"),
            Row("社区“两委”成员、网格员遵守廉洁纪律，不吃拿卡要、优亲厚友（本项为扣分项）。", 4,
                "社区工作者吃拿卡要、优亲厚友被查实的，每起扣1分；受到党纪政务处分的，每人扣2分；社区党组织被列为软弱涣散党组织的，本项不得分。",
                "—", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["序号", "二级指标", "考核内容", "评分细则", "分值", "佐证材料", "考核得分"]
NOTE = ("说明：1.本表由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.诉求办结率以市12345和街道网格化服务管理平台数据为准；4.考核得分90分以上的为"
        "“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和“五星”社区党组织评定挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：大市口街道所辖各社区党委、党总支", ncols)
    xlsx_line(ws, "社区：                考核组：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 46, 50, 6, 22, 8))
    wb.save(str(path))
