"""望奎县2025年度村党组织工作实绩考核评分表 (.xlsx), as the 县委组织部 of 黑龙江 绥化 望奎 (with the 县委农办, the 县农业农村局, the 县生态环境局
and its 秸秆禁烧 专班, the 县信访局, the 县应急管理局 and the 乡镇党委, a 考核组 going round the 村 after the harvest, when the 秸秆 lie on the
黑土 and the 卫星 watch for 火点) scores the 村党组织 of the flat 寒地 black-soil plain north of 哈尔滨: the 玉米 and 大豆 of the 合作社 and the
种粮大户, the 生猪 of the 养殖场, the 冬训 of the 农村党员 in the 农闲, the young gone to the cities and the old left in the 平房 with their 火炕
through the winter, the 村集体 that rents out its 机动地 and its 农机 库: a sheet scored with 一票否决 and incidents, whose 评分标准 takes points
off for every 火点, every 违法占地, every 越级访 and every 事故 and strikes out the item ("实行一票否决，本项不得分") for the worst: 班子队伍 (the
“一肩挑”, one roster of the “两委” by age, a yearly 培训 of the 书记 and no 处分; three 后备力量 with their 培养档案 and a half-yearly 考察; the 值守,
the 报备, the yearly 述职述廉 and no 经商办企业), 组织生活 (the “三会一课” and the 主题党日 on the 15th, no 补记; the 组织生活会 with the 民主评议,
the 冬训 参训率 and three days of 冬训; one 积极分子, "每两年至少发展党员1名", 党费 按月 and a 一票否决), 发展治理 (the 经营性收入 in bands of 万元,
the 合同, the “三资”台账 and a 一票否决; the 秸秆禁烧 包保 清单, the 巡查台账, the 火点 and a 一票否决; the 耕地, the 违法占地 and a 一票否决; a
monthly 矛盾纠纷排查, the 化解率, the 越级访, the 非正常访 and the 群体性事件; a quarterly 隐患排查, the 走访台账 of the 独居老人 and 危房户, the
事故 and a 一票否决), 民主管理与群众满意 (the “四议两公开”, a quarterly 公开 and a monthly 财务公开; a monthly 走访排查, the 落实率 and a 一票否决;
the 年初 计划 and the 满意度 in bands) and 负面清单 (two deduction-only lines: 涉黑涉恶 and “黄赌毒” with a 一票否决; 违纪 and 软弱涣散).

A merged title row, a merged "考核对象：全县各乡镇所辖村党组织" line and a merged "乡镇：  村名：  考核日期：" line above the header 考核类别 | 序号
| 考核内容 | 评分标准 | 分值 | 得分. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITH an ordinal and their points on one
line, "一、班子队伍（15分）". 序号 (SECOND column) RESTARTS at 1 under every category (ids "1.1" … "5.2"). There is no short sub-label; 考核内容
says what is required (`Row.text`); the 评分标准 comes BEFORE the 分值 (a plain number); 得分 is blank. Two rows are deduction-only lines
("（本项为扣分项）"). A 合计 row of 100 and a merged 说明 row (listing the 一票否决事项 and how they bar the grade) close the sheet. Counts in figures
and Chinese numerals, nearly all in the 考核内容 ("45周岁以下的不少于2名", "每年…不少于1次", "不少于3名", "每半年…考察一次", "每年…一次",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月15日", "每年召开一次", "不少于3天", "年内…不少于1
名", "每两年至少发展党员1名", "按月", "10万元以上", "每日", "每月开展一次", "百分之九十五", "每季度开展一次", "每季度公开一次", "每月公开一次",
"每月走访排查一次", "100%", "年初", "年底", "百分之八十五"); "百分之九十" only in the 评分标准 (the 冬训 参训率); bands of 万元 for the 经营性收入 (5 of
the 8 points, closed by "10万元以下的不得分") and of the 满意度 (7 of the 8 points, closed by "80%以下的不得分"); "最高扣" caps; "每个" 火点 and
"每宗" 占地; seven "实行一票否决，本项不得分"; four other plain "本项不得分"; two lines are deduction-only.
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
    name="zzzzb_wangkui_xian_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="望奎县2025年度村党组织工作实绩考核评分表",
    numbering="restart",
    sections=(
        Section("班子队伍", "一、班子队伍（15分）", 15, (
            Row("村党组织书记通过法定程序担任村委会主任，推行“一肩挑”；村“两委”成员中45周岁以下的不少于2名；村党组织书记每年参加县级以上培训"
                "不少于1次。", 5,
                "未实行“一肩挑”的扣1分（依法依规不宜兼任的除外）；45周岁以下成员每少1名扣0.5分；书记未参加培训的扣1分；村党组织书记受到党纪"
                "政务处分的，本项不得分。"),
            Row("储备村级后备力量不少于3名，重点从返乡大学生、退役军人、种粮大户中选拔，建立培养档案；乡镇党委每半年对后备力量考察一次。", 4,
                "后备力量每少1名扣0.5分；无培养档案的扣1分；考察每少1次扣0.5分。"),
            Row("村干部轮流坐班，村党群服务中心工作日有人值守；村党组织书记离村外出向乡镇党委报备；村“两委”成员每年向党员群众述职述廉一次。", 6,
                "检查时无人值守的，每次扣0.5分；外出未报备的，每次扣0.5分；未述职述廉的扣1分；村干部违规经商办企业、优亲厚友被查实的，每起扣"
                "2分。"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月15日固定开展主题党日。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；会议记录补记、代签的，本项不得分。"),
            Row("每年召开一次组织生活会，开展民主评议党员；组织农村党员冬季集中轮训，每名党员参加冬训不少于3天。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；党员冬训参训率低于百分之九十的扣1分；冬训时间不足的，每人扣0.1分，最高扣"
                "1分。"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重从返乡青年、致富能手中发展；党员按月交纳党费。", 6,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣1.5分；党费未按月交纳的，每人次扣0.1分，最高扣1分；违反程序发展党员或“带病入党”"
                "的，实行一票否决，本项不得分。"),
        )),
        Section("发展治理", "三、发展治理（35分）", 35, (
            Row("村集体经济年经营性收入达到10万元以上；集体资产资源发包、租赁签订规范合同，建立“三资”管理台账。", 8,
                "年经营性收入30万元以上的得5分，20万元（含）—30万元的得4分，10万元（含）—20万元的得3分，10万元以下的不得分；合同不规范的，每份扣"
                "0.2分，最高扣1分；无“三资”管理台账的扣1分；侵占挪用集体资金资产被查实的，实行一票否决，本项不得分。"),
            Row("落实秸秆禁烧网格化责任，党员包保到地块，建立包保责任清单；禁烧期间村干部每日巡查，建立巡查台账。", 7,
                "无包保责任清单的扣1分；无巡查台账的扣1分；卫星遥感监测发现火点的，每个扣2分；发生大面积焚烧被省级以上通报的，实行一票否决，"
                "本项不得分。"),
            Row("落实黑土地保护和耕地保护责任，坚决遏制耕地“非农化”，杜绝乱占耕地建房。", 5,
                "发现新增违法占用耕地的，每宗扣1分；违法占地问题被省级以上督察通报的，实行一票否决，本项不得分。"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五；不发生越级访、非正常访。", 7,
                "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级访的，每起扣1分；发生进京非正常访的，每起扣"
                "2分；因工作失职引发群体性事件的，本项不得分。"),
            Row("落实安全生产和防火责任，每季度开展一次安全隐患排查；取暖期对独居老人、危房户逐户走访，建立走访台账。", 8,
                "隐患排查每少1次扣0.5分；无走访台账的扣1分；发生一般安全生产事故或一氧化碳中毒事件的，每起扣2分；发生较大及以上安全事故或"
                "亡人火灾的，实行一票否决，本项不得分。"),
        )),
        Section("民主管理与群众满意", "四、民主管理与群众满意（20分）", 20, (
            Row("村级重大事项落实“四议两公开”；党务、村务每季度公开一次，集体财务收支每月公开一次。", 6,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.3分。"),
            Row("落实防止返贫动态监测，每月走访排查一次，监测对象帮扶措施落实率达到100%。", 6,
                "走访排查每少1次扣0.3分；落实率每低1个百分点扣0.5分；出现规模性返贫的，实行一票否决，本项不得分。"),
            Row("年初制定村党组织年度工作计划；年底由乡镇党委组织党员、群众代表开展满意度测评，满意度达到百分之八十五。", 8,
                "无年度计划的扣1分；满意度90%以上的得7分，85%（含）—90%的得5分，80%（含）—85%的得3分，80%以下的不得分。"),
        )),
        Section("负面清单", "五、负面清单（10分）", 10, (
            Row("村内发生涉黑涉恶、“黄赌毒”问题被查处（本项为扣分项）。", 5,
                "每发生1起扣2分；村干部被认定为“村霸”或充当“保护伞”的，实行一票否决，本项不得分。"),
            Row("村“两委”成员违纪违法或村党组织履职不力（本项为扣分项）。", 5,
                "村干部受到诫勉谈话、通报批评的，每人扣1分；受到党纪政务处分的，每人扣3分；村党组织被确定为软弱涣散党组织的，本项不得分。"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "评分标准", "分值", "得分"]
NOTE = ("说明：1.本表由县委组织部会同县委农办、县农业农村局等部门于11月至12月组织考核，乡镇党委配合，采取查阅资料、实地查看、入户走访、问卷"
        "测评、部门提供相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.火点以省秸秆"
        "禁烧卫星遥感监测通报为准，违法占地以自然资源部门督察通报为准，信访事项以县信访局登记为准；4.一票否决事项：违反程序发展党员或“带病"
        "入党”，侵占挪用集体资金资产，秸秆大面积焚烧被省级以上通报，违法占地被省级以上督察通报，发生较大及以上安全事故或亡人火灾，出现规模性"
        "返贫，村干部被认定为“村霸”或充当“保护伞”的，所在项目不得分，村党组织年度考核不得评为“好”等次；5.考核得分90分以上的为“好”，"
        "80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


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
    xlsx_line(ws, "考核对象：全县各乡镇所辖村党组织", ncols)
    xlsx_line(ws, "乡镇：              村名：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, i + 1, row.text, row.scoring, row.points, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (14, 6, 48, 52, 6, 7))
    wb.save(str(path))
