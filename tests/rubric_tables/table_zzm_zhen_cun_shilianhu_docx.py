"""中共湄潭县兴隆镇委员会2025年度村级党组织党建工作考核评分细则 (.docx), as a 贵州 遵义 茶乡 镇党委 (its 党建办 with the
包村 领导, the 驻村 工作队 and the 综治中心 going round each 村 in December, a 满意度 问卷 collected at the 述职 meeting) scores each
村党总支（党支部） under four heads: 组织建设 (“一肩挑” and the “两委” with one under 35 and a 学历 占比 in Chinese numerals, “三会一课”
with the 书记's two 党课 and the 驻村第一书记's one, the 每月10日 主题党日 with its 方案 and the 平台 纪实, 组织生活会 with the 整改
清单 and 民主评议 tied to the 积分, 发展党员 over three years and the half-yearly 考察 of the 积极分子, the 外出流动党员's half-yearly
报告 and a 春节 集中学习, 党费 with its half-yearly 公布 and three days of 轮训 with 补训), 基层治理 (the “一中心一张网十联户” with
the 网格, the 联户长 and their 党员 占比, the monthly 新时代农民（市民）讲习所 with 签到 and 图片, “四议两公开” and the quarterly 三务
公开, the 村规民约 against 滥办酒席 with the 报备率, 民族团结 宣传 twice a year, the monthly 排查 and the 调处率), 产业发展 (集体经济
income in bands with a lowest band that still scores, the “党支部+合作社+茶农” with 50户, three 茶 培训 and the yearly 公示 of the
收益分配, the monthly 走访 of the 监测户 and the quarterly 就业信息 更新, “四在农家·美丽乡村” with a monthly 志愿服务) and 基础保障
(the 党群服务中心 with 坐班 and the 代办 台账, a deduction-only 森林防火 / 地质灾害 / 防溺水 line, 计划 / 小结 / 总结 and the 资料, the
书记's 年底 述职 with a 满意度 in bands).

The title (bold, centred), a centred "（考核对象：全镇各村党总支、党支部）" line and a "被考核村：…  考核组长：…  考核日期：…" line
above one table: 考核项目 | 考核内容 | 分值 | 评分标准 | 考核方式. There is NO 序号: items are numbered by position (1..20). The
categories are MERGED CELLS down the 考核项目 column (first), printed on ONE line WITHOUT an ordinal, "组织建设（30分）". 分值 (before
the 评分标准) is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 平台核查, 个别谈话,
电话抽查, 实地查看, 入户走访, 查阅账目, 镇应急办核实, 问卷测评); it is no 佐证 column. A 合计 row and two 说明 paragraphs (a 加分 among
them) close the document. The income bands and the 满意度 bands sit in the 评分标准, one item mixing a fixed rule with bands; counts
partly in Chinese numerals ("百分之八十", "不少于两次", "每年开展一次"); "最高扣" caps; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzm_zhen_cun_shilianhu_docx",
    fmt="docx",
    title="中共湄潭县兴隆镇委员会2025年度村级党组织党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设（30分）", 30, (
            Row("村党组织书记和村委会主任“一肩挑”，村“两委”班子配备齐全；“两委”成员中35周岁以下的不少于1名，高中（中专）及以上学历"
                "的占比达到百分之八十。", 4,
                "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；学历占比未达标的扣1分；班子成员缺额超过3个月未补齐的扣1分。",
                "查阅资料"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织"
                "书记每年讲党课不少于2次，驻村第一书记每年讲党课不少于1次。", 6,
                "“三会一课”每缺1次扣0.5分，最高扣4分；书记、第一书记讲党课每少1次扣0.5分；会议记录不规范的，酌情扣0.5分。",
                "查阅会议记录"),
            Row("每月10日开展主题党日活动，活动有主题、有方案、有记录，活动情况在“智慧党建”平台同步纪实。", 4,
                "主题党日每少1次扣0.5分；无活动方案的，每次扣0.2分；平台纪实不及时的，每次扣0.1分，最高扣1分。", "查阅资料、平台核查"),
            Row("每年召开一次组织生活会，查摆问题具体，建立整改清单；每年开展一次民主评议党员，评议结果与党员积分管理挂钩。", 4,
                "未召开组织生活会的扣2分；无整改清单的扣0.5分；未开展民主评议党员的扣1分；评议结果未运用的扣0.5分。",
                "查阅会议记录、个别谈话"),
            Row("注重在致富带头人、返乡大学生和外出务工青年中发展党员，近三年至少发展党员2名；入党积极分子每半年考察一次。", 4,
                "近三年发展党员不足2名的扣2分；积极分子考察每少1次扣0.5分；发展程序不规范的，每处扣0.5分。", "查阅资料"),
            Row("外出流动党员每半年向村党组织书面或线上报告一次思想、工作情况；村党组织为每名流动党员明确1名联系人；春节期间组织返乡"
                "流动党员集中学习一次。", 4,
                "流动党员未按期报告的，每人次扣0.2分；未明确联系人的扣1分；未组织集中学习的扣1分。", "查阅资料、电话抽查"),
            Row("党员每月按时足额交纳党费，村党组织每半年公布一次党费收缴情况；党员每年参加集中轮训不少于3天，因故未参训的及时补训。",
                4,
                "党费未按月交纳的，每人次扣0.1分；未按期公布的扣0.5分；轮训时间不足的，每人扣0.1分；未组织补训的扣0.5分。",
                "查阅资料"),
        )),
        Section("基层治理", "基层治理（25分）", 25, (
            Row("健全“一中心一张网十联户”机制，以村党群服务中心为中心，按30至50户划分网格，每10户左右推选1名联户长，党员联户长占比"
                "达到百分之三十以上；网格员每月对网格内住户走访一遍。", 7,
                "网格划分不合理的扣1分；未推选联户长的扣2分；党员联户长占比每低5个百分点扣0.5分；网格员走访不到位的，酌情扣1—2分。",
                "查阅资料、实地查看、入户走访"),
            Row("办好新时代农民（市民）讲习所，每月开展讲习不少于1次，内容涵盖政策宣讲、茶叶种植加工和务工技能等，讲习有签到、有"
                "图片。", 4,
                "讲习每少1次扣0.5分；无签到或图片资料的，每次扣0.1分。", "查阅资料"),
            Row("村级重大事项落实“四议两公开”，村务监督委员会全程参与监督；党务、村务、财务每季度公开一次。", 5,
                "重大事项未履行“四议两公开”程序的，每项扣1分；监委会未参与监督的扣1分；公开每少1次扣0.5分。", "查阅资料、实地查看"),
            Row("修订完善村规民约，将整治滥办酒席纳入约束内容；村红白理事会对村民操办酒席实行报备，报备率达到100%；党员干部带头不"
                "违规操办酒席。", 4,
                "村规民约未修订的扣1分；未成立红白理事会的扣1分；操办酒席未报备的，每起扣0.5分；党员干部违规操办酒席的，每起扣2分。",
                "查阅资料、入户走访"),
            Row("深化民族团结进步创建，每年开展民族团结主题宣传活动不少于两次；每月开展一次矛盾纠纷排查，矛盾纠纷调处率达到98%以上。",
                5,
                "宣传活动每少1次扣0.5分；排查每少1次扣0.5分；调处率每低1个百分点扣0.2分；发生影响民族团结的事件或群体性事件的，"
                "本项不得分。", "查阅资料"),
        )),
        Section("产业发展", "产业发展（25分）", 25, (
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到8万元以上。", 8,
                "年经营性收入30万元以上的得8分；15万元（含）至30万元的得6分；8万元（含）至15万元的得4分；8万元以下的得1分。",
                "查阅账目"),
            Row("推行“党支部+合作社+茶农”模式，村党组织领办合作社带动农户不少于50户；年内组织茶园管护、茶叶加工技术培训不少于3期；"
                "合作社每年向入社农户公示一次收益分配情况。", 6,
                "未领办合作社的扣2分；带动农户不足50户的扣1分；培训每少1期扣0.5分；收益分配未公示的扣1分。", "查阅资料、实地查看"),
            Row("落实防止返贫监测帮扶，村“两委”成员包保监测户，每月至少走访一次；外出务工人员就业信息每季度更新一次。", 5,
                "走访每少1次扣0.5分；就业信息未按期更新的，每次扣0.5分；发生返贫致贫的，本项不得分。", "查阅资料、入户走访"),
            Row("党员带头开展“四在农家·美丽乡村”人居环境整治，每月组织一次党员志愿服务活动；党员户庭院整洁，村寨卫生检查无通报。", 6,
                "志愿服务活动每少1次扣0.5分；党员户庭院脏乱差的，每户扣0.2分；被镇级以上通报的，每次扣1分。", "实地查看"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("村级党群服务中心标识规范、功能完善，落实村干部轮流坐班和错时延时服务；为群众代办事项建立登记台账。", 5,
                "标识不规范的扣0.5分；抽查无人坐班的，每次扣1分；无代办登记台账的扣1分。", "实地查看、查阅资料"),
            Row("落实森林防火、地质灾害防治、防溺水等安全责任，防火期和汛期党员包片巡查。", 5,
                "发生森林火灾的，每起扣2分；发生学生溺亡事件的扣2分；因地质灾害处置不及时造成人员伤亡的，实行一票否决，本项不得分。",
                "镇应急办核实"),
            Row("年初有党建工作计划，年中有小结，年底有总结；党员花名册、会议记录、党费收缴台账等资料分类归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料每缺1项扣0.5分；归档混乱的，酌情扣0.5—1分。", "查阅资料"),
            Row("村党组织书记年底在党员大会上述职，镇党委组织党员群众开展满意度测评，满意度达到85%以上。", 5,
                "未述职的扣2分；满意度85%以上的得3分，75%（含）至85%的得2分，65%（含）至75%的得1分，65%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "考核方式"]
NOTES = (
    "说明：1.考核工作由镇党委统一组织，采取查阅资料、实地查看、入户走访、个别谈话、问卷测评相结合的方式，于每年12月进行；2.各项"
    "扣分以该项分值为限，扣完为止。",
    "3.村党组织当年获得县级以上表彰的，县级加1分、市级加2分、省级及以上加3分，累计加分不超过3分；4.考核结果作为村党组织评星定级"
    "和村干部绩效考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全镇各村党总支、党支部）")
    document.add_paragraph("被考核村：                    考核组长：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
