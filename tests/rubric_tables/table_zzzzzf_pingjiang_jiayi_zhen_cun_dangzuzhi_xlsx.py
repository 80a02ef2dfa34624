"""平江县加义镇党委2025年度村级党组织建设考核评分表 (.xlsx), as the 镇党委 of 湖南 岳阳 平江县 加义镇 (its 党建办 with the 农业综合服务中心, the
经管站, the 综治中心, the 应急办 and the 镇纪委, a 考核组 of 联村 镇干部 going round the 村 in the middle of December, when the 汨罗江 上游 runs
clear and cold through the 幕阜山 valleys, the 油茶 has been pressed, the 黄桃 orchards are pruned, the 酱干 workshops are busy for 春节 and the
young are about to come home from 长沙 and 广东) scores the 村党组织 of a mountain township: the 油茶 and 黄桃 村 with a 合作社 of their own, the
old 红军 村 of the 平江起义 hills, the 地灾 村 under the slopes that are evacuated every 汛期, the hamlets whose 屋场 still meet round the fire: a
sheet of 一级指标 whose 二级指标 prints, in a whole sentence, what the 村 must have done and whose 评分标准 takes points off one clause at a time
(scoring the 经营性收入 in 万元, its 增幅 and the 年底 满意率 in bands): 班子建设 (the “一肩挑” and one roster of the “两委” by age and 学历, the 团结;
the 年初 承诺, the 年底 述职, the “好”和“较好” 比例 and the 坐班; three 后备力量, the 人才库, the 集中培训 and the 村务; 3天, 24学时 and a quarterly
集中学习), 组织生活 (the “三会一课” with the 党小组会 every quarter, the 冬训 and the 记录; the 主题党日, the 参加率 and four 志愿服务; the 组织生活会,
the 民主评议, the 处置 and the 谈心谈话; 党费 按月, a quarterly 公示, the 纳入管理率, the 积分 and the 年底 星级; a 党员 every two years and the 程序),
集体经济 (the 经营性收入 in 万元 bands; the 增幅 in bands; the monthly 财务 公开, the 平台 and the “四议两公开”; the 合作社, thirty 农户 and two 示范
项目), 乡村治理 (the quarterly 屋场会, a monthly 排查, the 调处成功率 and the 越级上访; the 村规民约, a yearly 评选, its 公示 and the 大操大办; a monthly
“清洁家园”, the “门前三包” and the 评比; the 开放, the 代办点, the 按期办结率 and the 值班记录; the 年底 满意率 in bands) and 基础保障 (the 年初 计划
and 清单, the 半年 小结, the 年底 总结 and the 档案; the 汛前 排查, the 名单, the 演练, the 值守 and a 一票否决; the 经费 台账, a quarterly 公开, the
专款专用 and the 报酬).

A merged title row and a merged "考核对象：加义镇各村（社区）党组织" line above the header 一级指标 | 二级指标 | 评分标准 | 分值 | 得分. There is NO 序号:
the items are numbered by position 1..21. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on one
line, "班子建设（20分）". 二级指标 (`Row.text`, SECOND column) is the whole requirement, in sentences; the 评分标准 (`Row.scoring`) comes BEFORE the 分值,
a plain number; 得分 is left blank; there is no short sub-label, 佐证 or 考核方式 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts
in figures and Chinese numerals, nearly all in the 二级指标 ("35周岁以下的不少于1名", "大专及以上学历的不少于2名", "年初", "年底", "不低于百分之八十",
"每周…不少于5天", "不少于3名", "每年…一次", "每人每年…不少于3天", "每人每年…不少于24学时", "每季度组织一次", "支部委员会每月召开1次，党员大会每季度
召开1次，党小组会每季度召开1次，党课每季度1次", "每年冬春季", "每月开展", "百分之八十以上", "年内…不少于4次", "每年召开一次", "每年不少于1次", "按月",
"每季度公示一次", "100%", "年底", "每两年至少…1名", "不少于1年", "10万元以上", "百分之八", "每月公开一次", "不少于1个", "不少于30户", "年内…不少于2个",
"每季度…一次", "每月开展一次", "百分之九十五以上", "全年", "每年开展一次", "每月组织一次", "每周开放不少于5天", "100%", "年底", "百分之九十", "年初",
"年中", "年底", "汛期前…一次", "每年组织一次", "24小时", "全年", "每季度公开一次"); "最高扣" caps; bands of the 经营性收入 in 万元 (all 8 points, closed
by "5万元以下的不得分"), of its 增幅 (all 4, closed by "负增长的不得分") and of the 年底 满意率 (all 6, closed by "80%以下的不得分"); "每少10户" once;
"每低5个百分点" twice and "每低1个百分点" once; "酌情扣0.5-1分" six times and "酌情扣0.5分" once; one "实行一票否决，本项不得分" and three other "本项
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


def _row(text: str, scoring: str, points: float) -> Row:
    """One row in the order the sheet prints it: 二级指标 (the requirement), 评分标准, 分值."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzf_pingjiang_jiayi_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="平江县加义镇党委2025年度村级党组织建设考核评分表",
    numbering="position",
    sections=(
        Section("班子建设", "班子建设（20分）", 20, (
            _row("村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；班子团结协作，战斗力强。",
                 "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分；班子不团结、内耗严重的，本项不得分。", 5),
            _row("村党组织书记年初向党员群众作出公开承诺，年底向镇党委述职并接受党员群众评议，评议“好”和“较好”等次比例不低于百分之八十；书记每周在村"
                 "坐班不少于5天。",
                 "未作公开承诺的扣1分；未述职评议的扣2分；“好”和“较好”等次比例低于80%的扣1分；坐班不到位的，酌情扣0.5-1分。", 5),
            _row("每村储备村级后备力量不少于3名，建立后备力量人才库；镇党委每年对后备力量集中培训一次，村党组织安排后备力量参与村务工作。",
                 "后备力量每少1名扣1分；未建立人才库的扣0.5分；后备力量未参加集中培训的，每人扣0.3分，最高扣1分；未安排参与村务工作的，酌情扣0.5分。", 5),
            _row("村“两委”成员每人每年参加县、镇组织的集中培训不少于3天；党员每人每年参加集中学习不少于24学时；村党组织每季度组织一次党员集中学习。",
                 "“两委”成员培训不足3天的，每人扣0.3分，最高扣1.5分；党员学时不足的，每人扣0.1分，最高扣1.5分；集中学习每少1次扣0.5分。", 5),
        )),
        Section("组织生活", "组织生活（20分）", 20, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；每年冬春季开展农村党员"
                 "冬训。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；未开展冬训的扣1分；会议记录不全的，酌情扣0.5-1分。", 6),
            _row("每月开展主题党日活动，党员参加率达到百分之八十以上；主题党日结合屋场会、人居环境整治开展，年内组织集中志愿服务活动不少于4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣1.5分；志愿服务每少1次扣0.3分。", 4),
            _row("每年召开一次组织生活会，会后开展民主评议党员，对评定为不合格的党员按规定稳妥处置；支部书记与每名党员谈心谈话每年不少于1次。",
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人扣0.1分，最高扣1分。", 4),
            _row("党员按月足额交纳党费，党费收缴、使用情况每季度公示一次；外出流动党员纳入管理率100%；实行党员积分管理，年底评定星级党员。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.3分；纳入管理率低于100%的扣1分；未实行积分管理或年底未评星的扣1分。", 3),
            _row("每两年至少发展1名35周岁以下的年轻党员；严格执行发展党员程序，入党积极分子培养考察期不少于1年。",
                 "两年内未发展年轻党员的扣2分；违反程序发展党员的，本项不得分。", 3),
        )),
        Section("集体经济", "集体经济（20分）", 20, (
            _row("村集体经济年经营性收入达到10万元以上，以县农业农村局审定的农村集体经济统计年报数据为准。",
                 "经营性收入30万元以上的得8分，20万元（含）—30万元的得7分，10万元（含）—20万元的得6分，5万元（含）—10万元的得3分，5万元以下的不得分。",
                 8),
            _row("村集体经济经营性收入较上年有增长，增幅不低于百分之八。",
                 "增幅8%以上的得4分，4%（含）—8%的得2分，0—4%的得1分，负增长的不得分。", 4),
            _row("村级财务实行“村账镇代理”，每月公开一次；村级工程项目、资产资源发包按规定进入镇公共资源交易平台公开交易；村级重大事项决策执行“四议两公开”，"
                 "会议记录完整。",
                 "财务公开每少1次扣0.2分，最高扣1.5分；项目、发包未进平台交易的，每项扣0.5分，最高扣1.5分；重大事项未执行“四议两公开”的，本项不得分。", 4),
            _row("村党组织领办（创办）土地股份合作社或劳务合作社不少于1个，带动农户不少于30户；发展油茶、黄桃等特色产业，年内实施党员产业示范项目不少于"
                 "2个。",
                 "未领办合作社的扣1.5分；带动农户每少10户扣0.5分，最高扣1分；示范项目每少1个扣0.5分；合作社无实质运营的，酌情扣0.5-1分。", 4),
        )),
        Section("乡村治理", "乡村治理（25分）", 25, (
            _row("推行“屋场会”议事，每季度在各村民小组召开一次屋场会，收集解决群众诉求；每月开展一次矛盾纠纷排查，调处成功率达到百分之九十五以上；全年无因"
                 "矛盾纠纷引发的越级上访。",
                 "屋场会每少1次扣0.3分，最高扣1.5分；排查每少1次扣0.3分，最高扣1.5分；调处成功率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分，"
                 "最高扣2分。", 6),
            _row("修订完善村规民约并经村民代表会议表决通过；每年开展一次“最美家庭”“好媳妇”等评选活动，评选结果公示；红白理事会发挥作用，遏制大操大办。",
                 "村规民约未修订或未经表决的扣1分；未开展评选的扣1分；评选结果未公示的扣0.5分；出现大操大办、高价彩礼问题经查实的，每起扣0.5分，最高扣1.5分。",
                 4),
            _row("党员带头开展人居环境整治，每月组织一次党员志愿者“清洁家园”活动；落实党员“门前三包”责任区制度；在镇月度人居环境评比中争先进位。",
                 "“清洁家园”活动每少1次扣0.3分，最高扣2分；未落实“门前三包”责任区制度的扣1分；月度评比排名全镇后三名的，每次扣0.5分，最高扣2分。", 5),
            _row("村级党群服务中心每周开放不少于5天，设置便民服务代办点，代办事项按期办结率100%；村“两委”干部轮流值班，值班记录完整。",
                 "开放时间不足的，酌情扣0.5-1分；未设代办点的扣1分；办结率每低5个百分点扣0.5分，最高扣1.5分；无值班记录的扣1分。", 4),
            _row("镇党委年底组织党员、群众代表对村党组织开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", 6),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            _row("年初制定村党组织年度工作计划和党建工作任务清单，年中形成半年工作小结，年底形成全年工作总结；党建档案分类规范，专人管理。",
                 "缺计划、小结或总结的，每项扣1分；无任务清单的扣0.5分；档案管理不规范的，酌情扣0.5-1分。", 4),
            _row("汛期前开展一次地质灾害隐患点和危房排查，建立转移避险责任人名单；每年组织一次防汛转移避险演练；汛期落实村干部、党员24小时值班值守；全年"
                 "不发生因灾亡人事件。",
                 "汛前排查未开展的扣1分；无责任人名单的扣1分；未开展演练的扣1.5分；值班值守不到位的，酌情扣0.5-1分；发生因灾亡人事件的，实行一票否决，本项"
                 "不得分。", 6),
            _row("村级组织运转经费、服务群众专项经费专款专用，建立经费使用台账，每季度公开一次；村干部基本报酬按时足额发放。",
                 "无经费使用台账的扣1分；经费公开每少1次扣0.5分，最高扣2分；经费挪作他用的，每次扣1分，最高扣2分；村干部报酬未按时发放的扣1分。", 5),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "评分标准", "分值", "得分"]
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，镇党建办牵头，农业综合服务中心、经管站、综治中心、应急办、镇纪委参加，采取听取汇报、查阅资料、实地"
        "查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次"
        "的，按档次计分；3.经营性收入及增幅以县农业农村局审定的农村集体经济统计年报为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和“五星支部”创建挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：加义镇各村（社区）党组织", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, row.points, None])
            for c in (2, 3):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (12, 56, 58, 7, 7))
    wb.save(str(path))
