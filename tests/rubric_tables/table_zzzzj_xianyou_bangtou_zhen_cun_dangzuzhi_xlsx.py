"""仙游县榜头镇2025年度村党组织党建工作考核细则 (.xlsx), as the 镇党委 of 福建 莆田 仙游 榜头 (its 党建办 with the 组织委员, the 镇农业农村办,
the 综治中心, the 镇“三资”服务中心 and the 镇纪委, a 考核组 going round the 村 of the 木兰溪 valley in early December, when the 红木 workshops
run late for the new-year orders) scores the 村党组织 of the 中国古典工艺家具之都: the 村 whose every second house is a 红木 作坊 or a 展厅,
the 雕刻 masters and their 徒弟, the 厂房 let to 老板 from 广东 and 上海, the young who sell the 家具 online or went to 厦门, the 外销 党员 in
东阳 and 北京 who come home for 春节, the 消防 worries of the 木材 and the 油漆: a sheet scored by 基础分 and 减分, its points column headed 基础分 and
its rules column 减分标准, every rule "减" ("每少1次减0.5分", "最高减2分", "减完为止"), with a 佐证材料 column naming the papers the 考核组 asks to
see: 班子队伍 (one roster of the “两委” by age and 学历, the “一肩挑” and a 女性 成员; the 书记's 轮训 and 40学时, the 年底 述职 and its 满意率; two
后备力量 with one under 35 and a half-yearly 考察; the 值守, a monthly 报告 and the “小微权力”清单), 组织生活 (the “三会一课” with the 书记's 党课
and a 基础分全部减除; the 主题党日 on the 10th, its 顺延, 签到 and 照片; the 组织生活会, the 谈心谈话 全覆盖 and the 民主评议; a monthly 集中学习,
the 轮训 and its 3天 and the 送学上门), 党员管理 ("每两年至少发展党员1名", the 公示 and a 一票否决; 党费 按月 with a quarterly 公示; the 先锋积分
with a quarterly 公示 and the 年底 星级; the 流动党员 台账, a quarterly 联系 and a half-yearly 思想汇报; five 户 a 党员, a quarterly 走访 and the
“七一”、春节 慰问), 发展治理 (the 经营性收入 of 15万元 and the 合作社; the “三资” 台账, a monthly 财务公开 and the 审核; the “四议两公开”; a monthly
矛盾纠纷排查, the 化解率, a quarterly 消防 隐患排查 and no 越级上访; the 村规民约, a yearly 评选 and the 红白理事会) and 基础保障 (the 党群服务中心,
five days and a quarterly 公开; the 年底 满意率).

A merged title row, a merged "考核对象：榜头镇所辖各村党总支、党支部" line and a merged "村名： 考核人： 考核日期：" line above the header 序号 | 考核项目
| 考核内容及要求 | 基础分 | 减分标准 | 佐证材料 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on
one line, "一、班子队伍（20分）". 序号 (FIRST column) runs 1..20 through the sheet, NOT restarting under the section rows. 考核项目 is a short
sub-label (`Row.indicator`); 考核内容及要求 (`Row.text`) says what is required; 基础分 (the points column) is a plain number BEFORE the 减分标准
(`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核内容及要求 ("45周岁以下的不少于2名", "大专及以上学历的不少于2名", "每年…不少于1次、
累计不少于40学时", "年底", "不低于百分之八十五", "不少于2名", "35周岁以下的不少于1名", "每半年考察一次", "工作日", "每月…报告一次", "支部委员会每月
召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月10日", "每年召开1次", "全覆盖", "每月开展一次",
"不少于3天", "每两年至少发展党员1名", "不少于5个工作日", "按月", "每季度…公示一次", "按月", "每季度公示一次", "年底", "每季度…联系一次", "每半年…
汇报一次", "不少于5户", "每季度…不少于1次", "“七一”、春节", "15万元以上", "每月公开一次", "百分之九十五", "每月开展一次", "每季度开展一次", "每年…
不少于1次", "每周开放不少于5天", "每季度公开一次", "年底", "不低于百分之九十"); "减" for every deduction, "最高减" caps and "减完为止"; "酌情减
0.5-1分" once and "酌情减0.5分" three times; no bands; "每低5个百分点" once and "每低1个百分点" twice; one "该项基础分全部减除"; one "实行一票否决，本项
不得分".
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
    name="zzzzj_xianyou_bangtou_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="仙游县榜头镇2025年度村党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍（20分）", 20, (
            Row("村党组织书记、村委会主任“一肩挑”；村“两委”成员中45周岁以下的不少于2名、大专及以上学历的不少于2名，有女性成员。", 5,
                "未实行“一肩挑”的减2分；45周岁以下、大专及以上学历成员每少1名减0.5分；无女性成员的减0.5分。", "“两委”成员名册",
                indicator="班子结构"),
            Row("村党组织书记每年参加县级以上集中轮训不少于1次、累计不少于40学时；年底向镇党委述职，述职评议满意率不低于百分之八十五。", 5,
                "未参加轮训的减1分；学时不足40学时的减0.5分；未述职的减2分；满意率每低5个百分点减0.5分，最高减1.5分。",
                "培训证书、述职报告、述职评议表", indicator="书记队伍"),
            Row("储备村级后备力量不少于2名，其中35周岁以下的不少于1名，实行“村推镇选”；镇党委每半年考察一次。", 4,
                "后备力量每少1名减1分；无35周岁以下后备力量的减0.5分；考察每少1次减0.5分。", "后备力量名册、考察材料", indicator="后备力量"),
            Row("村干部轮流坐班，工作日村党群服务中心有人值守；村干部每月向村党组织报告一次工作；公开村级“小微权力”清单。", 6,
                "暗访发现无人值守的，每次减0.5分，最高减2分；工作报告每少1次减0.2分，最高减2分；未公开“小微权力”清单的减1分。",
                "值班记录、工作报告记录、清单公开照片", indicator="运行管理"),
        )),
        Section("组织生活", "二、组织生活（26分）", 26, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年讲党课不少于1次；会议记录规范。", 8,
                "“三会一课”每少1次减0.5分，最高减5分；书记未讲党课的减1分；记录不规范的，酌情减0.5-1分；补记、代签的，该项基础分全部减除。",
                "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月10日为固定主题党日（遇节假日顺延），结合红木产业发展、乡村振兴确定主题；外出流动党员通过线上方式参加。", 6,
                "主题党日每少1次减0.5分，最高减3分；未按固定日期开展且无顺延说明的，每次减0.2分，最高减1分；缺签到表或照片的，每次减0.1分，最高减"
                "1分；主题与村实际脱节的，酌情减0.5分。", "活动方案、签到表、照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展批评与自我批评；会前村党组织书记与“两委”成员、党员谈心谈话全覆盖；开展民主评议党员，评定等次。", 6,
                "未召开组织生活会的减3分；谈心谈话每少1人减0.2分，最高减1分；未开展民主评议党员的减2分。",
                "会议记录、谈心谈话记录、民主评议测评表", indicator="组织生活会"),
            Row("每月开展一次集中学习；冬春季节开展党员集中轮训，每名党员参训不少于3天；年老体弱党员送学上门。", 6,
                "集中学习每少1次减0.3分，最高减2分；未开展集中轮训的减2分；参训不足3天的，每人减0.1分，最高减1分；送学上门不到位的，酌情减0.5分。",
                "学习记录、轮训签到表、送学上门照片", indicator="党员教育"),
        )),
        Section("党员管理", "三、党员管理（22分）", 22, (
            Row("每两年至少发展党员1名，注重从返乡青年、红木企业技术骨干中发展；入党积极分子、发展对象、拟转正预备党员分别在村务公开栏公示，公示期"
                "不少于5个工作日。", 6,
                "两年内未发展党员的减2分；公示每少1次减0.5分；公示期不足的，每次减0.3分；违反程序发展党员的，实行一票否决，本项不得分。",
                "发展党员档案、公示照片", indicator="发展党员"),
            Row("党员按月交纳党费，每季度在村务公开栏公示一次党费交纳情况；党费收缴台账清楚。", 4,
                "未按月交纳的，每人次减0.1分，最高减1.5分；公示每少1次减0.5分；台账不清的减1分。", "党费收缴台账、公示照片", indicator="党费管理"),
            Row("实行党员“先锋积分”管理，按月记分，每季度公示一次；年底评定星级党员，积分结果作为评先评优、民主评议党员的重要依据。", 5,
                "未实行积分管理的减2分；公示每少1次减0.5分；年底未评定星级党员的减1分；积分结果未运用的，酌情减0.5分。", "积分管理台账、公示照片",
                indicator="党员积分"),
            Row("建立流动党员台账，每季度与外出流动党员联系一次；外出流动党员每半年书面汇报一次思想工作情况。", 3,
                "无流动党员台账的减1分；联系每少1次减0.3分；思想汇报每少1人次减0.1分，最高减1分。", "流动党员台账、联系记录、思想汇报",
                indicator="流动党员"),
            Row("落实党员联户制度，每名党员联系农户不少于5户，每季度走访联系户不少于1次；“七一”、春节走访慰问老党员、困难党员。", 4,
                "联系农户不足5户的，每人减0.2分，最高减1分；走访每少1次减0.2分，最高减1分；走访慰问每少1次减0.5分。",
                "党员联户台账、走访记录、慰问照片", indicator="联户服务"),
        )),
        Section("发展治理", "四、发展治理（22分）", 22, (
            Row("村集体经济年经营性收入达到15万元以上并较上年有所增长；村党组织领办合作社或强村公司，盘活闲置厂房、土地等资产资源。", 6,
                "年经营性收入未达到15万元的减3分；较上年未增长的减1分；未领办合作社或强村公司的减2分。", "村级财务报表、合作社登记证书",
                indicator="集体经济"),
            Row("建立村集体“三资”管理台账；村级财务每月公开一次；大额资金支出经“两委”联席会议研究并报镇“三资”服务中心审核。", 5,
                "无“三资”台账的减1分；财务公开每少1次减0.3分，最高减2分；大额支出未经研究或审核的，每笔减0.5分，最高减2分。",
                "“三资”台账、财务公开照片、审核单", indicator="“三资”管理"),
            Row("村级重大事项严格执行“四议两公开”，党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，决议和实施结果公开。", 4,
                "重大事项未执行“四议两公开”的，每件减1分，最高减3分；记录不完整的，每件减0.3分。", "“四议两公开”记录本",
                indicator="民主决策"),
            Row("每月开展一次矛盾纠纷排查，化解率达到百分之九十五；每季度开展一次红木加工企业消防安全隐患排查；不发生越级上访。", 4,
                "矛盾纠纷排查每少1次减0.3分，最高减1.5分；化解率每低1个百分点减0.2分，最高减1分；隐患排查每少1次减0.5分；发生越级上访的，每起减"
                "1分。", "矛盾纠纷排查台账、隐患排查记录", indicator="平安建设"),
            Row("修订完善村规民约；每年开展“五好家庭”“好婆婆好媳妇”评选不少于1次；红白理事会常态运行，遏制婚丧大操大办。", 3,
                "村规民约未修订的减1分；未开展评选的减1分；发生大操大办被通报的，每起减0.5分。", "村规民约、评选表彰文件", indicator="乡风文明"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("村党群服务中心标识规范、功能完善，每周开放不少于5天；党务、村务每季度公开一次。", 5,
                "标识不规范的减0.5分；开放时间不足的减1分；党务、村务公开每少1次减0.5分，最高减2分。", "公开栏照片", indicator="阵地与公开"),
            Row("年底由镇党委组织党员、群众代表开展满意度测评，满意率不低于百分之九十。", 5,
                "满意率每低1个百分点减0.25分，减完为止。", "满意度测评表", indicator="群众满意"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "基础分", "减分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本细则实行基础分减分制，各项以基础分为限，减完为止，不计负分；2.由镇党委于12月上旬组织考核，采取查阅资料、实地查看、暗访、入户"
        "走访、问卷测评相结合的方式进行，佐证材料以2025年1月1日至考核之日形成的原始资料为准；3.村集体经营性收入以镇“三资”服务中心审核的年度"
        "报表为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：榜头镇所辖各村党总支、党支部", ncols)
    xlsx_line(ws, "村名：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 11, 48, 7, 48, 22, 7))
    wb.save(str(path))
