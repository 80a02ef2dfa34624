"""中共滨海国际机场有限公司委员会2025年度安全检查站党支部党建工作考核细则 (.docx), as a 市属国企 机场公司党委 (its 党群工作部
with the 安全管理部 and the 旅客服务部 checking in December) scores each 党支部 of the 机场 安全检查站 — 旅检、货检 and 综合 支部,
their 党员 安检班组长, 开机员, 开包员 and 验证员 on “四班三运转” shifts — on 政治建设 (the “第一议题” with monthly 集中学习 on 民航
安全 and the 补学率 of those on shift, the half-yearly 意识形态 排查 and the 审核 of what goes on the 宣传屏 and 班组 群, no 负面
舆情, the 书记's 党课 and quarterly 调研 at the 通道, the 支委' half-yearly 谈心), 组织建设 (党小组 by 大队 or 班组 and “三会一课”
held 错峰, 主题党日 with three of them on a theme and a 参加率 in Chinese numerals, 组织生活会 with 征求意见 from 旅客, 问题清单 and
备案, 发展党员 every two years and two 积极分子, 党费, 学时 and 组织关系 转接), 党建与安检业务融合 (先锋岗 in every 通道 区域 and the
党员徽章, no 空防安全事件 with a 一票否决 and the 整改率, the 突击队 with quarterly 应急演练, a 参演率 and 春运 / 暑运 盯岗, quarterly
X光机 图像识别 测试 with its 合格率 and the 高级工 比例, the 投诉 回复率, a 旅客满意度 in bands with no threshold in the words) and
基础保障 (the 活动室 and 宣传栏, 计划 / half-yearly 报告 / 总结 / 述职, 台账 and the 平台 准确率).

The title (bold, centred), a centred "（考核对象：安全检查站各党支部）" line and a "党支部：…  书记：…  党员：…名  考核时间：…" line
above one table: 序号 | 考核要点 | 评分标准 | 分值 | 佐证材料 (分值 AFTER the 评分标准). The categories are SECTION ROWS merged across
the table, printed with a bracketed ordinal, "（一）政治建设（15分）". 序号 (first column) RESTARTS at 1 under every section row (ids
"1.1" … "4.3"). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 现场查看):
a 佐证 column. A 合计 row and a 说明 paragraph close the document. "最多扣" caps; the 满意度 bands sit in the 评分标准 only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzg_jichang_anjian_zhibu_docx",
    fmt="docx",
    title="中共滨海国际机场有限公司委员会2025年度安全检查站党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("落实“第一议题”制度，党支部每月组织一次党员集中学习，学习习近平总书记关于民航安全工作的重要论述；倒班党员通过"
                "“学习强国”和支部微信群补学，补学率达到100%。", 5,
                "集中学习每少1次扣0.5分；补学率未达100%的扣1分。", "学习记录、补学登记表"),
            Row("每半年开展一次意识形态风险排查，加强安检现场宣传屏、班组微信群等阵地管理，发布内容经审核后发布；全年未发生因安检"
                "服务问题引发的重大负面舆情。", 5,
                "风险排查每少1次扣1分；宣传内容未经审核发布的，每处扣1分；发生重大负面舆情的，本项不得分。", "排查记录、审核登记"),
            Row("支部书记每年讲专题党课不少于1次，每季度到安检通道、货检现场调研不少于1次；支委委员每半年至少与所联系班组安检员谈心一次。", 5,
                "书记未讲党课的扣2分；调研每少1次扣0.5分；谈心每少1人次扣0.2分，最多扣1分。", "党课讲稿、调研报告、谈心记录"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("根据“四班三运转”倒班情况，按安检大队或班组设立党小组；“三会一课”错峰召开，支委会每月1次、党员大会每季度1次、党小"
                "组会每月1次、党课每季度1次。", 8,
                "“三会一课”每缺1次扣0.5分，最多扣5分；党小组设置不合理的扣1分。", "会议记录、签到表"),
            Row("每月开展主题党日，全年结合“安全生产月”“119消防宣传月”等开展主题党日不少于3次；党员参加率不低于百分之八十。", 6,
                "主题党日每少1次扣0.5分；结合开展每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动方案、照片"),
            Row("每年召开组织生活会，开展民主评议党员；会前征求班组安检员和旅客代表意见，问题清单和整改措施报公司党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未征求意见的扣1分；未备案的扣1分。",
                "会议记录、征求意见表、问题清单"),
            Row("注重在安检班组长、开机员、开包员等一线骨干中发展党员，每两年至少发展党员1名；年内确定入党积极分子不少于2名。", 5,
                "两年内未发展党员的扣2分；积极分子每少1名扣1分。", "发展党员档案、积极分子名册"),
            Row("党员按月足额交纳党费；党员年度集中培训不少于32学时；调入党员一个月内完成组织关系转接。", 5,
                "党费未按月交纳的，每人次扣0.2分；培训学时不足的，每人扣0.2分，最多扣1.5分；关系转接超期的，每人扣0.5分。",
                "党费收缴台账、学时登记表"),
        )),
        Section("党建与安检业务融合", "（三）党建与安检业务融合（40分）", 40, (
            Row("在验证、人身检查、开箱包检查等岗位设立党员先锋岗，每个安检通道区域至少设立1个；党员佩戴党员徽章上岗、亮明身份。", 6,
                "安检通道区域未设先锋岗的，每个扣1分；未佩戴徽章亮身份的，每人次扣0.2分。", "先锋岗名单、现场查看"),
            Row("党员带头落实空防安全责任，全年未发生安检责任原因的空防安全事件和严重差错；民航监管局和公司检查发现问题整改率达到"
                "100%。", 8,
                "发生安检责任原因空防安全事件的，实行一票否决，本项不得分；发生严重差错的，每起扣2分；整改率每低1个百分点扣0.5分。",
                "安全检查整改台账"),
            Row("组建党员应急突击队，每季度开展一次大面积航班延误、旅客滞留、爆炸物处置等应急演练，党员参演率100%；春运、暑运和"
                "重大保障任务期间党员带头盯岗。", 8,
                "未组建突击队的扣2分；演练每少1次扣1分；党员参演率未达100%的扣0.5分；盯岗不到位的，酌情扣1—2分。",
                "突击队名单、演练方案、演练照片"),
            Row("党员带头开展岗位练兵，每季度组织一次X光机图像识别技能测试，党员安检员测试合格率达到100%；党员中持有安检员高级工"
                "及以上职业技能等级证书的比例不低于50%。", 6,
                "技能测试每少1次扣1分；合格率每低1个百分点扣0.5分；高级工及以上比例未达到50%的扣1分。", "测试成绩单、证书复印件"),
            Row("旅客投诉24小时内回复率达到100%；全年无党员被旅客有效投诉。", 6,
                "回复不及时的，每件扣0.5分；党员被有效投诉的，每人次扣1分。", "投诉处理台账"),
            Row("公司委托第三方开展旅客安检服务满意度调查。", 6,
                "支部所在区域满意度在90%以上的得6分；85%（含）至90%的得4分；80%（含）至85%的得2分；80%以下的不得分。", "第三方调查报告"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            Row("支部党员活动室有党旗、入党誓词、规章制度和学习资料；安检现场党建宣传栏每季度更新一次。", 4,
                "活动室不规范的扣1分；宣传栏每少更新1次扣0.5分。", "现场查看、更新照片"),
            Row("年初制定党建工作计划，每半年向公司党委报告一次党建工作，年底进行工作总结；支部书记年底述职。", 6,
                "计划、总结每缺1项扣1分；报告每少1次扣1分；未述职的扣2分。", "工作计划、半年报告、工作总结、述职报告"),
            Row("党员花名册、“三会一课”记录、党费收缴台账、发展党员档案等资料齐全，同步录入智慧党建平台，平台数据准确率100%。", 5,
                "台账资料每缺1项扣0.5分；平台数据每错1处扣0.2分，最多扣2分。", "台账资料、平台截图"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "评分标准", "分值", "佐证材料"]
NOTE = ("说明：1.本细则由公司党委党群工作部会同安全管理部、旅客服务部于每年12月组织考核，采取查阅资料、现场查看、个别访谈、调取"
        "安检信息系统数据相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，支部所在"
        "区域发生安检责任原因的空防安全事件的，所在党支部年度考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：安全检查站各党支部）")
    document.add_paragraph("党支部：                      书记：              党员：      名        考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
