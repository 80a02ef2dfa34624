"""山东省水文中心聊城水文中心党委2025年度基层水文站党支部党建工作考核细则 (.docx), as a 市级 水文中心党委 (its 党建工作科 with the
水情科 and the 纪委, a 考核组 checking in December) scores the 党支部 of the 水文站 along the 徒骇河 and 马颊河, small 支部 of a few
测报 staff far from town, on 党建 and the 防汛测报 together: 政治建设 (a 集中学习 every two months with a quarterly 研讨 and 32学时, the
书记's 年初 计划 and two 党课, one of them on the 防汛测报, the half-yearly 意识形态 研判 with the “三审三校”), 组织建设 (the 联合党支部,
the 换届 with its 请示 and 批复, the “三会一课” with the online 截图, the 主题党日 with two on “世界水日”“中国水周”, the 组织生活会 with
民主评议, 党费 with its half-yearly 公布 and a 发展 every two years), 党建业务融合 (the 汛前检查 and the 党员带班率, the 测洪突击队 with a
yearly 演练 and a 一票否决, the 资料整编 合格率 and 优良率, the 技术攻关 and two 创新成果, four 宣传 and the 保护协议) and 作风建设 (the
half-yearly 警示教育 with a 汛期 谈话 and the 物资油料 登记, the 半年小结, 年度总结 and 述职).

The title (bold, centred), a centred "（考核对象：中心所属各水文站党支部、联合党支部）" line above one table: 序号 | 考核内容 | 分值 |
扣分标准 | 佐证资料. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line,
"（一）政治建设（20分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "4.2"). 分值 before the 扣分标准, a plain number;
佐证资料 (`Row.method`) names the papers. A 合计 row and a 说明 paragraph close the document. "每两年" (a count over two years);
"最高扣" caps; "酌情扣1分", a bare "酌情扣分"; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzv_liaocheng_shuiwenzhan_zhibu_docx",
    fmt="docx",
    title="山东省水文中心聊城水文中心党委2025年度基层水文站党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（20分）", 20, (
            Row("支部每两个月开展一次集中学习，每季度开展一次专题研讨；党员通过“灯塔在线”“学习强国”等平台自学，年度学习培训不少于32"
                "学时。", 7,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", "学习记录、研讨材料、学时台账"),
            Row("支部书记年初制定支部工作计划；年内为党员讲党课不少于2次，其中至少1次结合防汛测报工作讲。", 7,
                "无工作计划的扣1分；讲党课每少1次扣1分；未结合防汛测报讲党课的扣0.5分。", "工作计划、党课讲稿"),
            Row("落实意识形态工作责任制，每半年分析研判一次；水文站宣传栏、微信公众号发布信息实行“三审三校”。", 6,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分；发生意识形态问题的，本项不得分。", "研判记录、信息审核单"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("党员不足3人的水文站与邻近测站组建联合党支部；支部委员会按期换届，换届前向中心党委请示并经批复。", 8,
                "未按规定设置支部的扣2分；未按期换届的扣2分；换届未请示或无批复的扣1分。", "换届请示、批复文件"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度1次；汛期野外测验期间可采取线上方式召开，会后补签补学。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；线上召开无截图的，每次扣0.3分；会议记录不规范的，酌情扣1分。",
                "会议记录本、线上会议截图"),
            Row("每月开展一次主题党日，全年至少2次结合“世界水日”“中国水周”开展节水护水宣传；每年召开组织生活会，开展民主评议党员。", 7,
                "主题党日每少1次扣0.5分；结合开展的每少1次扣0.5分；未召开组织生活会的扣2分；未开展民主评议的扣1分。",
                "活动记录、签到表、活动照片"),
            Row("党员按月交纳党费，每半年公布一次交纳情况；每两年至少发展1名党员，注重在年轻测报技术骨干中培养入党积极分子。", 7,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣0.5分；两年内未发展党员的扣1.5分；未培养入党积极分子的扣1分。",
                "党费收缴台账、发展党员档案"),
        )),
        Section("党建业务融合", "（三）党建业务融合（35分）", 35, (
            Row("每年5月底前组织党员完成测验设施设备检修维护和汛前检查；汛期实行24小时值班值守，党员带班率100%。", 7,
                "汛前检查未完成的扣2分；值班表未体现党员带班的扣1分；脱岗、漏岗的，每次扣1分。", "汛前检查报告、值班表"),
            Row("组建党员测洪突击队，每年至少开展1次测洪演练；遇超警洪水，党员带头抢测，水文测报信息在规定时限内报送，不发生迟报、漏报、"
                "错报。", 7,
                "未组建突击队的扣1分；未开展演练的扣1.5分；发生迟报、漏报、错报的，每次扣2分；因测报失误造成严重后果的，实行一票否决，"
                "本项不得分。", "突击队名单、演练照片"),
            Row("水位、流量等测验数据整编及时，资料整编合格率100%、优良率达到90%以上。", 7,
                "合格率未达到100%的扣2分；优良率每低5个百分点扣1分。", "资料整编审查意见"),
            Row("设立党员先锋岗、党员责任区，每名党员每年至少承担1项测报技术攻关或“五小”创新项目；年内形成创新成果不少于2项。", 7,
                "未设立先锋岗的扣1分；党员未承担项目的，每人扣0.5分；创新成果每少1项扣1分。", "项目清单、成果材料"),
            Row("每年进村入户开展防汛避险、水资源保护宣传不少于4次；与属地乡镇、村签订水文监测设施保护协议，测验河段无违法设障。", 7,
                "宣传每少1次扣0.5分；未签订保护协议的扣1分；测验河段违法设障未及时报告的，每处扣1分。", "宣传照片、保护协议"),
        )),
        Section("作风建设", "（四）作风建设（15分）", 15, (
            Row("每半年开展一次警示教育，汛期开展一次廉政提醒谈话；水文站物资、油料采购领用实行登记管理。", 8,
                "警示教育每少1次扣1分；未开展提醒谈话的扣1分；物资、油料领用无登记的扣2分；存在虚报冒领的，本项不得分。",
                "教育记录、谈话记录、物资领用登记簿"),
            Row("年中报送半年工作小结，年底向中心党委报送年度党建工作总结并述职；测站资料按年度归档，做到“一站一册”。", 7,
                "小结、总结每缺1项扣1分；未述职的扣2分；资料归档不规范的，酌情扣分。", "半年小结、年度总结、述职报告"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "扣分标准", "佐证资料"]
NOTE = ("说明：1.本细则由中心党委于12月组织考核，水情科、中心纪委参加，采取查阅资料、实地查看、个别谈话、调取水文信息系统数据相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与测站年度目标考核挂钩；4.因测报失误造成"
        "重大防汛损失的，支部考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：中心所属各水文站党支部、联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
