"""中共西安市碑林区柏树林街道工作委员会2025年度社区党组织党建工作目标责任考核评分表 (.docx), as a 陕西 西安 老城区 街道党工委 (its
党建办 with the 平安办, the 社区建设办 and the 街道纪工委, a 考核组 going round each 社区 in December and January, a 述职评议 at the
街道 and the 12345 工单 data from the 区 platform) scores each 社区党委（党总支） on its yearly 目标责任: 政治建设 (the “第一议题” with a
monthly 集中学习, three 专题研讨 and 32学时, the half-yearly 专题报告 of 意识形态 with the 审核 of what is published, the 书记's 年初
责任书 and 年底 述职 with a 满意率), 组织建设 (交叉任职 with the “两委” roster and the 后备力量, the 网格党支部's “三会一课” with the
书记's two 党课, the monthly 主题党日 with 方案 / 签到 / 照片 and a 参加率 in Chinese numerals, 组织生活会 with 征求意见, 谈心谈话,
民主评议, the 整改清单 and its 备案, the four-level 组织体系 with the 覆盖率 and the 党员中心户), 党员队伍 (one member in two years with
the 公示, 党费 with its half-yearly 公布, the 流动党员 台账 with a quarterly 联系, “双报到” with the 报到率, four services and the half-yearly
反馈 to the 单位, the “七一” / 春节 慰问 and the 纪念章), 基层治理 (“红色物业” with two rates and a monthly 联席会议, the 12345 工单 with
the 办结率 and a 满意率 in bands, the monthly 走访 and 排查 with a 一票否决, the quarterly 议事会 with its 公开 and six 实事, the 共建协议
with three 单位, the half-yearly “大党委” 会议 and the “三张清单”) and 基础保障 (the 党群服务中心 with two 党群活动 a month, the 年初
经费使用计划 and its 年底 公开, 计划 / 总结 and the 系统, the 承诺书 with the quarterly 监督 and “三务” 公开).

The title (bold, centred), a centred "（考核对象：街道所辖各社区党委、党总支）" line and a "社区：…  社区党组织书记：…  考核组成员：…
考核时间：…" line above one table: 序号 | 考核项目 | 考核指标 | 考核要点 | 评分标准 | 分值 | 考核方式. 序号 (FIRST column) runs 1..22
through the table, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on TWO
lines, "一、政治建设\\n（15分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 评分标准, a plain number. 考核方式
(`Row.method`) says only how the 考核组 checks (查阅资料, 平台核查, 实地查看, 个别访谈, 入户走访, 问卷调查, 街道平安办核实, 街道纪工委
核实); it is no 佐证 column. A 合计 row and a 说明 paragraph close the document. Counts partly in Chinese numerals ("百分之八十五",
"每半年至少…一次"); "最高扣" caps; one 满意率 scored in bands ("85%以下的不得分" closing them); "每两年至少发展党员1名"; one rule is
"实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzr_xian_baishulin_shequ_mubiao_docx",
    fmt="docx",
    title="中共西安市碑林区柏树林街道工作委员会2025年度社区党组织党建工作目标责任考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，社区党委每月至少组织1次集中学习；全年开展专题研讨不少于3次；党员年度集中学习培训不少于32学时。",
                5, "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；党员学时不足的，每人扣0.1分，最高扣1.5分。", "查阅资料、平台核查",
                indicator="理论学习"),
            Row("社区党委每半年至少向街道党工委专题报告一次意识形态工作；社区宣传栏、电子屏、居民微信群落实专人管理，发布信息经社区党委"
                "审核。", 4,
                "专题报告每少1次扣1分；阵地无专人管理的扣1分；发布信息未经审核的，每次扣0.5分；发生意识形态领域重大问题的，本项不得分。",
                "查阅资料、实地查看", indicator="意识形态"),
            Row("社区党组织书记年初与街道党工委签订党建工作责任书，年底向街道党工委述职，述职评议满意率达到85%以上。", 6,
                "未签订责任书的扣1分；未述职的扣3分；满意率每低5个百分点扣0.5分。", "查阅资料、问卷调查", indicator="书记责任"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("社区“两委”成员交叉任职比例达到50%以上；“两委”成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；储备社区后备"
                "力量不少于2名。", 5,
                "交叉任职比例未达到的扣1分；无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分；后备力量每少1名扣0.5分。",
                "查阅资料", indicator="班子队伍"),
            Row("网格党支部落实“三会一课”制度，支部委员会每月1次、支部党员大会每季度1次、党小组会每月1次、党课每季度1次；社区党委书记"
                "每年为党员讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.3分，最高扣4分；书记讲党课每少1次扣1分；会议记录代签、补记的，每处扣0.5分。", "查阅会议记录",
                indicator="“三会一课”"),
            Row("每月固定一天开展主题党日活动，做到有方案、有签到、有照片；党员参加率不低于百分之八十五。", 4,
                "主题党日每少1次扣0.5分；方案、签到、照片每缺1项扣0.1分；参加率每低5个百分点扣0.5分。", "查阅资料、平台核查",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求党员群众意见、开展谈心谈话，会上开展民主评议党员，会后制定整改清单并报街道党工委备案。", 5,
                "未召开组织生活会的扣3分；会前未征求意见或未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；无整改清单或未备案的扣0.5分。",
                "查阅会议记录、个别访谈", indicator="组织生活会"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率达到100%；每名党员中心户联系群众不少于"
                "10户。", 5,
                "覆盖率每低10个百分点扣1分；楼栋党小组未建立的，每个扣0.2分，最高扣1分；党员中心户联系户数不足的，每户扣0.1分。",
                "查阅资料、入户走访", indicator="组织体系"),
        )),
        Section("党员队伍", "三、党员队伍\n（20分）", 20, (
            Row("坚持“成熟一个、发展一个”，每两年至少发展党员1名，注重从社区工作者、网格员、退役军人中发展；发展对象和拟接收预备党员"
                "进行公示。", 5,
                "两年内未发展党员的扣2分；未公示的，每人次扣0.5分；违反发展党员程序的，本项不得分。", "查阅资料", indicator="发展党员"),
            Row("党员按月足额交纳党费，党费收缴台账记录规范；每半年在支部内公布一次党费交纳情况。", 3,
                "未按月交纳的，每人次扣0.1分；台账记录不规范的扣0.5分；未公布的，每次扣0.5分。", "查阅账目", indicator="党费管理"),
            Row("建立流动党员台账，每季度至少联系一次流动党员；组织关系转接及时，无“口袋党员”“失联党员”。", 4,
                "无流动党员台账的扣1分；联系每少1次扣0.2分；存在“口袋党员”“失联党员”的，每人扣0.5分。", "查阅资料、平台核查",
                indicator="流动党员"),
            Row("在职党员到社区“双报到”，报到率达到100%；报到党员每年参加社区志愿服务不少于4次；社区每半年向报到党员所在单位党组织反馈"
                "一次表现情况。", 5,
                "报到率每低1个百分点扣0.1分；志愿服务不足4次的，每人扣0.1分，最高扣2分；未反馈的，每次扣0.5分。", "平台核查、查阅资料",
                indicator="“双报到”"),
            Row("“七一”、春节期间走访慰问老党员、生活困难党员；为党龄满50周年党员及时颁发“光荣在党50年”纪念章。", 3,
                "未开展走访慰问的，每次扣1分；纪念章未及时颁发的扣0.5分。", "查阅资料、个别访谈", indicator="关爱帮扶"),
        )),
        Section("基层治理", "四、基层治理\n（25分）", 25, (
            Row("推进“红色物业”建设，符合条件的物业服务企业党组织覆盖率达到100%；业委会成员中党员比例不低于50%；每月召开一次社区"
                "党组织牵头，居委会、业委会、物业服务企业参加的联席会议。", 6,
                "覆盖率每低10个百分点扣1分；党员比例未达到的，每个小区扣0.5分；联席会议每少1次扣0.3分，最高扣2分。", "查阅资料、实地查看",
                indicator="红色物业"),
            Row("12345市民热线工单按期办结率达到95%以上，群众满意率达到90%以上。", 5,
                "办结率每低1个百分点扣0.2分；满意率90%以上的得2分，85%（含）至90%的得1分，85%以下的不得分。", "平台核查",
                indicator="接诉办理"),
            Row("落实“党建+网格”，网格员每月入户走访不少于1次；每月开展一次矛盾纠纷排查化解；辖区未发生重大群体性事件、重大安全生产"
                "事故。", 6,
                "走访每少1次扣0.2分；排查每少1次扣0.3分；发生群体性事件的，每起扣2分；发生重大安全生产事故的，实行一票否决，本项不得分。",
                "查阅资料、街道平安办核实", indicator="网格治理"),
            Row("每季度至少召开一次居民议事会，议定事项落实情况向居民公开；全年为群众办实事不少于6件。", 4,
                "议事会每少1次扣0.5分；议定事项落实情况未公开的扣0.5分；实事每少1件扣0.3分。", "查阅资料、入户走访",
                indicator="协商议事"),
            Row("与辖区机关、企事业单位签订共建协议不少于3家；每半年至少召开一次“大党委”成员单位会议；形成资源、需求、项目“三张清单”。",
                4, "共建协议每少1家扣0.5分；“大党委”会议每少1次扣0.5分；无“三张清单”的扣1分。", "查阅资料", indicator="共驻共建"),
        )),
        Section("基础保障", "五、基础保障\n（15分）", 15, (
            Row("社区党群服务中心标识规范，落实错时延时、节假日值班服务；每月开展党群活动不少于2场。", 5,
                "标识不规范的扣0.5分；未落实错时延时服务的扣1分；党群活动每少1场扣0.2分；阵地被挤占挪用的，本项不得分。", "实地查看",
                indicator="阵地建设"),
            Row("服务群众专项经费年初制定使用计划，经居民代表会议讨论通过；年底向居民公开经费使用情况，支出凭证齐全。", 4,
                "无使用计划的扣1分；未经居民代表会议讨论的扣1分；未公开的扣1分；违规使用经费的，本项不得分。", "查阅账目",
                indicator="经费管理"),
            Row("年初制定党建工作计划，年底形成工作总结；党建资料按“一年一归档”整理，党员信息在全国党员管理信息系统中及时更新。", 3,
                "无计划或总结的，每项扣1分；资料归档不规范的扣0.5分；系统信息更新不及时的扣0.5分。", "查阅资料、平台核查",
                indicator="基础资料"),
            Row("社区“两委”成员签订廉洁履职承诺书；居务监督委员会每季度至少开展一次监督；党务、居务、财务每季度公开一次。", 3,
                "未签订承诺书的，每人扣0.2分；监督每少1次扣0.3分；“三务”公开每少1次扣0.3分；“两委”成员受到党纪政务处分的，本项不得分。",
                "查阅资料、街道纪工委核实", indicator="廉洁履职"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核要点", "评分标准", "分值", "考核方式"]
NOTE = ("说明：1.本表由街道党工委组织考核组于年底实施，采取查阅资料、平台核查、实地查看、个别访谈、入户走访、问卷调查相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、一般、较差四个等次，得分90分以上的为优秀，80分至89分的为良好，"
        "60分至79分的为一般，60分以下的为较差；4.社区发生重大安全生产事故或社区党组织书记受到党纪政务处分的，不得评为优秀等次；"
        "5.考核结果与社区工作者年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：街道所辖各社区党委、党总支）")
    document.add_paragraph("社区：              社区党组织书记：            考核组成员：                考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, row.scoring), (5, _fmt(row.points)),
                     (6, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
