"""中共雷山县西江镇委员会2025年度村级党组织党建工作考核评分表 (.xlsx), as a 贵州 黔东南 镇党委 (its 党建办 with the 乡村振兴工作站,
the 综治中心, the 文旅办 and the 镇纪委, a 考核组 going round each 村 in December after the 苗年) scores the 村党支部 and 党总支 of the
苗寨 round the 千户苗寨 景区, where the 吊脚楼 are wooden, the 民宿 and 农家乐 fill the lanes and many 党员 work away in 广东 and 浙江:
组织建设 (the “两委” with one under 35 and two with 大专 and the 书记's yearly 培训, “三会一课” with a 党小组会 every two months, the
主题党日 in the first week with the 参与率, the 组织生活会 with 民主评议, its 公示 and 谈心谈话, the 党群服务中心 with the 坐班值班 and
the 代办 办结率), 党员管理 (“每两年至少发展1名” with the “三审三公示”, the 流动党员台账 with a monthly 联系 and a 春节 座谈会, 党费,
32学时 and the 送学上门, the 设岗定责 with a quarterly 走访), 乡村振兴 (the 经营性收入 in bands in 万元, the 合作社 with its 章程 and
营业执照, the 带动比例 and two 培训, a monthly 排查 of the 防止返贫 with the 落实率 and a 一票否决, a monthly 整治 with a quarterly 消防
排查 of the 吊脚楼) and 基层治理 (“四议两公开” with the quarterly “三务” 公开, the 村规民约 with its 备案 and the 调解成功率, the 书记's
年初 责任书, 年底 述职 with a 满意率 and the 半年小结).

A merged title row, a merged "考核对象：全镇各村党支部（党总支）" line, then the header 考核项目 | 考核内容及要求 | 分值 | 扣分办法 |
考核方式及佐证材料 | 得分. There is NO 序号: items are numbered by position (1..15). Each category is a SECTION ROW merged across the sheet,
printed WITH an ordinal and its points on one line, "一、组织建设（25分）". 考核项目 holds a short label (`Row.indicator`). 分值 comes BEFORE
the 扣分办法, a plain number. 考核方式及佐证材料 (`Row.method`) names the way of checking and the papers, NUMBERED "查阅资料：1.…；2.…"
(some add "个别谈话", "实地查看", "入户抽查"). 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals ("每月至少…联系一次", "每季度至少走访一次", "每两个月召开1次", "每两年至少发展1名"); "不少于32学时"; "最高扣" caps; "酌情扣1-2分"
twice; income bands in 万元 ("5万元以下的不得分" closing them); one rule "一票否决，本项不得分".
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
    name="zzy_leishan_xijiang_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共雷山县西江镇委员会2025年度村级党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            Row("村“两委”班子结构合理，成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；村党组织书记每年参加县级以上培训不少于"
                "1次。", 6,
                "35周岁以下、大专及以上学历成员每缺1名扣0.5分；书记未参加培训的扣1分；班子不团结、战斗力不强的，酌情扣1-2分。",
                "查阅资料：1.“两委”成员名册；2.培训结业证书。个别谈话", indicator="班子队伍"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；每月第一周开展主题党日，外出务工党员"
                "通过微信群参加，党员参与率达到80%以上。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.5分；参与率每低10个百分点扣0.5分。",
                "查阅资料：1.会议记录本；2.签到表；3.主题党日照片、微信群截图", indicator="组织生活"),
            Row("每年召开组织生活会，开展民主评议党员，评议结果在村务公开栏公示；会前支部书记与每名党员谈心谈话。", 5,
                "未召开组织生活会的扣3分；未开展民主评议的扣1分；评议结果未公示的扣0.5分；谈心谈话未全覆盖的扣0.5分。",
                "查阅资料：1.会议记录；2.民主评议测评表；3.公示照片", indicator="组织生活会"),
            Row("村级党群服务中心规范运行，落实村干部轮流坐班值班制度，为群众代办事项办结率达到95%以上；党员活动室有党旗、入党誓词，"
                "制度上墙。", 6,
                "未落实坐班值班的扣2分；办结率每低5个百分点扣0.5分；阵地标识不规范的扣1分；阵地被挤占挪用的，本项不得分。",
                "查阅资料：1.坐班值班记录；2.代办事项台账。实地查看", indicator="阵地建设"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            Row("坚持“控制总量、优化结构”，每两年至少发展1名党员，注重从返乡青年、致富带头人中培养；发展党员严格执行“三审三公示”。", 5,
                "两年内未发展党员的扣2分；未落实“三审三公示”的，每人扣1分；违规发展党员的，本项不得分。",
                "查阅资料：1.发展党员档案；2.公示材料", indicator="发展党员"),
            Row("建立外出流动党员台账，做到去向清、联系畅，每月至少与外出党员联系一次；春节返乡期间召开一次流动党员座谈会。", 5,
                "无台账的扣1分；联系每少1次扣0.2分，最高扣2分；未召开座谈会的扣1分；去向不清的，每人扣0.5分。",
                "查阅资料：1.流动党员台账；2.联系记录、微信聊天截图", indicator="流动党员"),
            Row("党员按月交纳党费；党员年度集中学习培训不少于32学时，利用冬春农闲开展集中轮训；60岁以上、行动不便的党员落实送学上门。", 5,
                "党费未按月交纳的，每人次扣0.1分；学时不足的，每人扣0.1分，最高扣2分；未落实送学上门的扣1分。",
                "查阅资料：1.党费收缴台账；2.学时登记表；3.送学上门记录", indicator="教育管理"),
            Row("开展无职党员设岗定责，每名有劳动能力的党员认领1个岗位；推行党员联系户制度，每名党员联系群众5至10户，每季度至少走访"
                "一次。", 5,
                "未开展设岗定责的扣1分；党员联系户未落实的扣1分；走访每少1次扣0.5分。",
                "查阅资料：1.设岗定责名单；2.走访记录。入户抽查", indicator="作用发挥"),
        )),
        Section("乡村振兴", "三、乡村振兴（35分）", 35, (
            Row("发展壮大村集体经济，依托苗寨旅游发展民宿、农家乐、银饰刺绣等产业，村集体经营性收入达到15万元以上。", 10,
                "经营性收入30万元以上的得10分，20万元（含）至30万元的得8分，15万元（含）至20万元的得6分，5万元（含）至15万元的得3分，"
                "5万元以下的不得分。", "查阅资料：1.村集体经济收入报表；2.村级财务账目", indicator="集体经济"),
            Row("村党组织领办旅游专业合作社或农民专业合作社，带动脱贫户、监测户参与比例达到70%以上；每年组织刺绣、导游、厨艺等技能培训"
                "不少于2期。", 8,
                "未领办合作社的扣2分；带动比例每低10个百分点扣1分；培训每少1期扣1分。",
                "查阅资料：1.合作社章程、营业执照；2.带动农户名册；3.培训签到表、照片", indicator="产业带动"),
            Row("落实防止返贫动态监测和帮扶机制，每月开展一次排查，监测对象帮扶措施落实率达到100%；不发生规模性返贫。", 9,
                "排查每少1次扣1分；帮扶措施未落实的，每户扣0.5分；发生规模性返贫的，一票否决，本项不得分。",
                "查阅资料：1.排查台账；2.监测户帮扶台账。入户核实", indicator="防止返贫"),
            Row("落实传统村落保护和“门前三包”，每月组织一次党员带头的环境卫生整治；木质吊脚楼火灾隐患每季度排查一次，全年不发生较大"
                "火灾事故。", 8,
                "环境整治每少1次扣0.5分；消防隐患排查每少1次扣1分；因消防隐患整改不到位被县级以上通报的，扣3分；发生较大及以上火灾事故"
                "的，本项不得分。", "查阅资料：1.整治活动照片；2.消防隐患排查记录。实地查看", indicator="村寨保护"),
        )),
        Section("基层治理", "四、基层治理（20分）", 20, (
            Row("村级重大事项严格执行“四议两公开”；党务、村务、财务每季度公开一次，涉及惠农补贴等事项随时公开。", 6,
                "重大事项未执行“四议两公开”的，每件扣1分；“三务”公开每少1次扣0.5分；公开内容不真实、不完整的，酌情扣1-2分。",
                "查阅资料：1.“四议两公开”会议记录；2.公开栏照片", indicator="民主管理"),
            Row("修订完善村规民约并报镇党委备案，发挥寨老、“议榔”理事会作用调解矛盾纠纷，调解成功率达到95%以上；不发生越级上访、群体性"
                "事件。", 7,
                "村规民约未修订或未备案的扣1分；调解成功率每低1个百分点扣0.2分；发生越级上访的，每起扣2分；发生群体性事件的，本项不得分。",
                "查阅资料：1.村规民约及备案材料；2.调解台账", indicator="平安建设"),
            Row("村党组织书记年初签订党建目标责任书，年底向镇党委述职并接受党员群众测评，测评满意率不低于85%；年中报送半年工作小结。", 7,
                "未签订责任书的扣1分；未述职的扣2分；满意率低于85%的扣2分；未报送半年小结的扣1分。",
                "查阅资料：1.目标责任书；2.述职报告；3.测评汇总表；4.半年小结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容及要求", "分值", "扣分办法", "考核方式及佐证材料", "得分"]
NOTE = ("说明：1.本表由镇党委于12月组织考核，镇纪委、乡村振兴工作站、综治中心参加，采取听取汇报、查阅资料、实地查看、入户走访相结合"
        "的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80至89分的为“较好”，60至79分的为“一般”，60分"
        "以下的为“差”；4.考核结果与村干部绩效报酬和评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各村党支部（党总支）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (11, 50, 6, 46, 24, 7))
    wb.save(str(path))
