"""中共阜平县城南庄镇委员会2025年度村党支部党建工作百分制考核细则 (.docx), as a 河北 保定 山区 镇党委 (its 党建办 with the 包村
领导, the 镇纪委 and the 乡村振兴办, a 考核组 going round each 村 in December after the 村 has laid out its papers) scores each 村党支部
on five heads: 组织建设 (the “一肩挑” with one under 35 and two with a 大专, “三会一课” entered on the “燕赵党建云平台”, the 每月5日
主题党日 with its 参加率 and the 外出党员 online, 组织生活会 with 征求意见, 谈心谈话 and 民主评议, one member in two years with the 公示
of each stage, 党费, the quarterly 公示 of the 积分 and the 流动党员 台账 with a quarterly 联系), 党员教育 (the “第一议题” with a monthly
集中学习 and three days of training, “设岗定责” with the 认领率 and the 年初 承诺 / 年底 述诺评诺, the “七一” 慰问 and the “光荣在党
50年” 纪念章, the monthly 远程教育 收看), 乡村振兴 (集体经济 income in bands, the 食用菌 合作社 with two 培训, the monthly 走访 of
the 帮扶 households with a 帮扶台账, the monthly 义务清扫 and the “门前三包”, two 后备干部 under 35 and a yearly 乡贤 座谈会), 基层治理
(“四议两公开” and the quarterly 三务 公开, the monthly 矛盾纠纷 排查 under the “枫桥经验”, the 网格 with a 党员网格员 and a weekly 巡查,
the 党群服务中心 坐班 with the 年初 计划 and 年底 总结) and 党风廉政 (the 监委会's quarterly 会议 with the 审核 of each 开支 and the 公开
of the “小微权力” 清单; a deduction-only line on the “两委” 干部).

The title (bold, centred), a centred "（考核对象：全镇各村党支部）" line and a "村别：…  支部书记：…  考核组成员：…  考核日期：…" line
above one table: 考核项目 | 序号 | 考核内容 | 评分标准 | 分值 | 佐证材料 (分值 AFTER the 评分标准). The categories are MERGED CELLS down
the 考核项目 column (FIRST), printed on ONE line WITH an ordinal, "一、组织建设（25分）". 序号 (SECOND column) runs 1..21 through the
table, NOT restarting in each category. 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 村 lays out (once a way of
checking, 镇纪委核实): a 佐证 column. A 合计 row and two 说明 paragraphs (a 加分 and a 扣分 among them) close the document. The income
bands sit in the 评分标准; counts partly in Chinese numerals ("百分之九十", "每年召开一次", "不少于两次"); "最高扣" caps; one 巡查 runs
weekly (no period of the model); one 认领率 is printed only in the 评分标准; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzo_fuping_zhen_cun_dangzhibu_docx",
    fmt="docx",
    title="中共阜平县城南庄镇委员会2025年度村党支部党建工作百分制考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            Row("村党支部书记、村委会主任“一肩挑”，村“两委”成员交叉任职；“两委”班子成员中35周岁以下的至少1名，大专及以上学历的不少于"
                "2名；班子团结，无长期缺职。", 4,
                "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；大专及以上学历成员不足2名的扣1分；班子成员缺职超过3个月的扣1分；"
                "班子不团结、工作推不动的，酌情扣1—2分。", "“两委”班子成员名册"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议情况"
                "及时录入“燕赵党建云平台”。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；平台录入不及时、不完整的，每次扣0.2分，最高扣1分；会议记录内容雷同、照抄照搬的，"
                "酌情扣0.5—1分。", "会议记录本、平台截图"),
            Row("每月5日开展“主题党日”活动，党员参加率达到百分之九十以上；外出务工党员通过线上方式参加。", 4,
                "主题党日每少开展1次扣0.5分；参加率低于90%的，每次扣0.2分；活动内容单一、流于形式的，酌情扣0.5分。",
                "活动记录、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前广泛征求党员群众意见、开展谈心谈话，会上开展批评和自我批评；每年开展一次民主评议党员，"
                "评议结果与党员积分挂钩。", 4,
                "未召开组织生活会的扣2分；会前未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分。",
                "会议记录、征求意见表、谈心谈话记录"),
            Row("注重从致富能手、返乡青年、退役军人中发展党员，两年内至少发展党员1名；入党积极分子、发展对象、预备党员等各环节按规定"
                "公示。", 4,
                "两年内未发展党员的扣2分；应公示未公示的，每次扣0.5分；发展程序不规范的，本项不得分。", "发展党员档案"),
            Row("党员每月按时足额交纳党费；推行党员积分制管理，积分每季度公示一次；建立流动党员台账，每季度至少联系流动党员1次。", 3,
                "党费未按月交纳的，每人次扣0.1分；积分未按季度公示的，每次扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分。",
                "党费收缴台账、积分公示照片、流动党员台账"),
        )),
        Section("党员教育", "二、党员教育（15分）", 15, (
            Row("落实“第一议题”制度，村党支部每月组织党员集中学习不少于1次；党员每年参加集中培训不少于3天；有能力的党员使用“学习强国”"
                "开展线上学习。", 5,
                "集中学习每少1次扣0.5分；培训时间不足3天的，每人扣0.1分，最高扣1.5分；线上学习覆盖不到位的扣0.5分。",
                "学习记录、培训签到表"),
            Row("开展党员“设岗定责”活动，有劳动能力的党员每人认领1个岗位；党员年初公开承诺，年底开展述诺评诺。", 4,
                "未开展设岗定责的扣1分；岗位认领率每低10个百分点扣0.5分；未公开承诺的扣1分；未开展述诺评诺的扣1分。",
                "设岗定责登记表、承诺公示照片"),
            Row("“七一”前夕走访慰问老党员、生活困难党员；为党龄满50周年的党员及时颁发“光荣在党50年”纪念章。", 3,
                "未开展走访慰问的扣1分；纪念章颁发不及时的扣0.5分。", "慰问登记表、慰问照片"),
            Row("农村党员远程教育站点正常运转，有专人管理，每月至少组织党员集中收看1次。", 3,
                "集中收看每少1次扣0.3分；站点无人管理或设备损坏未及时维修的扣1分。", "收看记录"),
        )),
        Section("乡村振兴", "三、乡村振兴（30分）", 30, (
            Row("发展壮大村集体经济，村集体经济年经营性收入达到10万元以上，且较上年有所增长。", 8,
                "年经营性收入30万元以上的得8分；20万元（含）至30万元的得7分；10万元（含）至20万元的得5分；5万元（含）至10万元的得3分；"
                "5万元以下的不得分。", "村级财务报表"),
            Row("围绕食用菌、林果等特色产业，推行“支部+合作社+农户”模式，村党支部领办合作社至少1个，带动脱贫户增收；每年组织实用技术"
                "培训不少于两次。", 6,
                "未领办合作社的扣2分；合作社未实际运营的扣1分；培训每少1次扣1分。", "合作社营业执照、培训签到表、培训照片"),
            Row("落实防止返贫动态监测和帮扶，党员干部结对帮扶脱贫户和监测户，每月至少走访一次，建立帮扶台账。", 5,
                "走访每少1次扣0.5分；无帮扶台账的扣1分；发生返贫致贫的，本项不得分。", "帮扶台账、走访记录"),
            Row("开展“美丽乡村”人居环境整治，党员户落实“门前三包”；每月组织一次党员义务清扫活动。", 5,
                "义务清扫每少1次扣0.5分；党员户“门前三包”不落实的，每户扣0.2分；在全镇季度人居环境检查中排名后三位的，每次扣1分。",
                "活动照片"),
            Row("建立村级后备力量库，储备35周岁以下村级后备干部不少于2名；每年召开返乡创业人才、乡贤座谈会不少于1次。", 6,
                "后备干部每少1名扣1分；未召开座谈会的扣1分。", "后备干部名册、座谈会记录"),
        )),
        Section("基层治理", "四、基层治理（20分）", 20, (
            Row("村级重大事项全部落实“四议两公开”工作法；党务、村务、财务每季度公开1次，公开内容真实完整。", 6,
                "重大事项未落实“四议两公开”的，每项扣2分；公开每少1次扣0.5分；公开内容不全、不实的，酌情扣0.5—1分。",
                "会议记录、公开栏照片"),
            Row("坚持和发展新时代“枫桥经验”，每月开展一次矛盾纠纷排查化解；全年无进京赴省非正常上访。", 5,
                "排查每少1次扣0.5分；发生进京赴省非正常上访的，每起扣2分；发生群体性事件的，本项不得分。", "矛盾纠纷排查台账"),
            Row("全村划分网格，每个网格明确1名党员网格员；党员网格员每周巡查网格不少于1次，及时上报安全隐患和群众诉求。", 4,
                "网格划分不到位的扣1分；党员网格员未明确的，每个网格扣0.5分；巡查记录不全的，酌情扣0.5分。", "网格划分图、巡查记录"),
            Row("村党群服务中心规范运行，村干部轮流坐班；年初制定党建工作计划，年底形成工作总结。", 5,
                "抽查无人坐班的，每次扣1分；无年度计划的扣1分；无年度总结的扣1分。", "坐班值班表、年度计划、工作总结"),
        )),
        Section("党风廉政", "五、党风廉政（10分）", 10, (
            Row("村务监督委员会每季度至少召开1次会议，对村级财务开支逐笔审核；村级“小微权力”清单在村务公开栏公开。", 5,
                "监委会会议每少1次扣0.5分；财务开支未经审核的，每笔扣0.2分，最高扣1分；清单未公开的扣1分。",
                "监委会会议记录、财务审核单"),
            Row("村“两委”干部严守廉洁纪律，无优亲厚友、虚报冒领、侵占挪用集体资产等问题。", 5,
                "村“两委”成员受到党纪政务处分的，每人扣2分；被县级以上通报的，每次扣1分；村党支部书记受到党纪处分的，本项不得分。",
                "镇纪委核实"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "佐证材料"]
NOTES = (
    "说明：1.考核由镇党委统一组织，采取村级自评、查阅资料、实地查看、入户走访相结合的方式，于每年12月进行；2.各项扣分以该项分值"
    "为限，扣完为止；3.考核得分90分以上为“好”，80分（含）至90分为“较好”，60分（含）至80分为“一般”，60分以下为“差”。",
    "4.村党支部当年获得县级以上表彰的，县级加1分，市级加2分，省级及以上加3分，累计不超过3分；村“两委”成员受到刑事处罚的，"
    "该村当年考核直接定为“差”等次。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全镇各村党支部）")
    document.add_paragraph("村别：              支部书记：              考核组成员：                    考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
