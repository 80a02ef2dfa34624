"""中共株洲市芦淞区建设街道工作委员会2025年第三季度社区党建工作督查评分表 (.docx), as a 湖南 街道党工委 (its 党建办 with the
纪工委 and the 综治中心 forming a 督查组 in early October, each quarter's sheet printed afresh with that quarter's 重点任务) scores
each 社区党组织 on one QUARTER only (7月1日至9月30日): 常规工作 (the “三会一课” of the quarter with 签到, 主题党日 in 7月、8月、9月
and the 七一 重温入党誓词 with a 参加率, 集中学习 and a “回头看” after the 中央八项规定精神学习教育, 党费 by month, its 季度末 上缴
and its 通报, the 系统 数据核查 and monthly 流动党员 联系 and the 毕业生 转接, the 积极分子 考察 and the 转正, the 公开栏 and the
公众号, the 季度小结 and the 下季度计划 and 信息), 重点任务 (the 七一 走访慰问 and the “光荣在党50年” 纪念章, 汛期 突击队 and
包联 and “送清凉”, the 在职党员's 暑期 志愿服务 and “四点半课堂”, the monthly 小区 联席会议 and the 物业投诉 办结率, 网格 走访 and
事件 办结率, monthly 排查 and 值班 with no 越级上访, the 第二季度 问题 整改 with its 书面 报告, the 文明城市 “周末卫生日”) and
作风纪律 (the 纪检委员's 监督检查 and no 违纪, 坐班 and a 暗访 满意率, the 督查 资料 not 弄虚作假).

The title (bold, centred) and a centred "（督查对象：街道所辖各社区党组织  督查时段：2025年7月1日至9月30日）" line, then a "社区：…
督查组：…  督查日期：…" line above one table: 督查项目 | 督查内容 | 分值 | 扣分情形 | 督查方式 | 发现问题 | 得分. The categories are
SECTION ROWS merged across the table, printed "一、常规工作（40分）". There is NO 序号: items are numbered by position (1..19).
督查项目 is a short sub-label (`Row.indicator`). 分值 is a plain number. 督查方式 (`Row.method`) says only how the 督查组 checks
(查阅资料, 查阅会议记录, 平台核查, 实地查看, 个别访谈, 随机暗访, 电话回访, 向街道纪工委核实); it is no 佐证 column. 发现问题 and 得分
are blank. A 合计 row and a 说明 paragraph close the document. The periods are the quarter's: "本季度", "季度内", "7月、8月、9月每月",
"季度末"; counts partly in Chinese numerals ("一次", "一轮").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzi_shequ_jidu_ducha_docx",
    fmt="docx",
    title="中共株洲市芦淞区建设街道工作委员会2025年第三季度社区党建工作督查评分表",
    numbering="position",
    sections=(
        Section("常规工作", "一、常规工作（40分）", 40, (
            Row("本季度每月召开1次支部委员会、1次党小组会，季度内召开1次支部党员大会、上1次党课；会议有记录、有签到。", 8,
                "会议每少1次扣1分；无签到或记录不全的，每次扣0.5分。", "查阅会议记录", indicator="“三会一课”"),
            Row("7月、8月、9月每月开展一次主题党日活动，7月结合庆祝建党104周年组织党员重温入党誓词；党员参加率不低于80%。", 5,
                "主题党日每少1次扣1.5分；未组织重温入党誓词的扣1分；参加率每低10个百分点扣0.5分。", "查阅资料、查看照片",
                indicator="主题党日"),
            Row("巩固深入贯彻中央八项规定精神学习教育成果，本季度组织党员集中学习不少于3次；社区“两委”班子对学习教育查摆问题"
                "开展一次整改“回头看”。", 5,
                "集中学习每少1次扣1分；未开展整改“回头看”的扣2分。", "查阅资料", indicator="理论学习"),
            Row("党员按月交纳党费，季度末前将本季度收缴党费上缴街道党工委；党费收缴情况在支部党员大会上通报。", 4,
                "未按月交纳的，每人次扣0.2分，最多扣2分；未按时上缴的扣1分；未通报的扣1分。", "查阅党费台账",
                indicator="党费收缴"),
            Row("本季度完成全国党员管理信息系统数据核查，信息准确率100%；流动党员每月至少联系1次；做好高校毕业生党员组织关系"
                "接转。", 5,
                "信息每错1处扣0.2分；流动党员联系每少1次扣0.2分；组织关系接转不及时的，每人扣0.5分。", "平台核查、查阅资料",
                indicator="党员管理"),
            Row("对照年度发展党员计划推进工作，本季度对入党积极分子开展一次培养考察；预备党员预备期满的按期召开支部党员大会讨论"
                "转正。", 4,
                "未开展培养考察的扣1分；预备党员未按期讨论转正的扣2分；程序不规范的，每处扣1分。", "查阅资料",
                indicator="发展党员"),
            Row("党群服务中心按公示时间开放；党务公开栏本季度更新一次；社区微信公众号每月发布党建信息不少于2条。", 5,
                "抽查未开放或无人值守的，每次扣1分；公开栏未更新的扣1分；公众号信息每少1条扣0.3分。", "实地查看、平台核查",
                indicator="阵地公开"),
            Row("9月25日前报送第三季度工作小结和第四季度工作计划；本季度向街道报送党建工作信息不少于2篇。", 4,
                "小结、计划每缺1项扣1分；逾期报送的扣0.5分；信息每少1篇扣0.5分。", "查阅资料", indicator="报告报送"),
        )),
        Section("重点任务", "二、重点任务（45分）", 45, (
            Row("“七一”前后社区党组织书记带队走访慰问老党员、生活困难党员；为党龄满50周年的党员颁发“光荣在党50年”纪念章。", 4,
                "未开展走访慰问的扣2分；走访对象每遗漏1人扣0.5分；纪念章颁发不及时的扣1分。", "查阅资料、个别访谈",
                indicator="“七一”慰问"),
            Row("汛期组建党员防汛突击队，落实24小时值守；党员干部包联危旧房屋、低洼地带和独居老人；高温期间开展“送清凉”活动"
                "不少于2次。", 6,
                "未组建突击队或值守不到位的扣2分；包联责任未落实的，每处扣1分；“送清凉”每少1次扣1分。", "查阅资料、实地查看",
                indicator="防汛度夏"),
            Row("在职党员到社区报到并参加暑期志愿服务，本季度每名报到党员参加志愿服务不少于1次；社区开展“暑期托管”“四点半课堂”"
                "等服务。", 6,
                "报到党员未参加志愿服务的，每缺1人扣0.1分，最多扣2分；未开展暑期服务的扣2分。", "查阅资料、个别访谈",
                indicator="“双报到”"),
            Row("小区党支部牵头每月召开一次业委会、物业服务企业、居民代表联席会议；季度内物业投诉办结率达到95%以上。", 6,
                "联席会议每少1次扣1分；办结率每低1个百分点扣0.5分。", "查阅会议记录、平台核查", indicator="小区治理"),
            Row("网格员每月对网格内住户开展一轮入户走访，走访情况录入网格化服务管理系统；季度内网格事件办结率100%。", 5,
                "走访未全覆盖的，酌情扣1—2分；办结率每低1个百分点扣0.3分。", "平台核查、入户抽查", indicator="网格走访"),
            Row("每月开展一次矛盾纠纷和安全隐患排查，重要时段落实24小时值班；季度内未发生越级上访和较大安全事故。", 6,
                "排查每少1次扣1分；值班脱岗的，每次扣1分；发生越级上访的，每起扣2分；发生较大安全事故的，本项不得分。",
                "查阅资料、随机暗访", indicator="平安稳定"),
            Row("第二季度督查反馈问题按期整改到位，整改情况书面报街道党建办。", 6,
                "反馈问题每有1项未整改扣1分；未书面报告整改情况的扣1分。", "查阅资料、实地查看", indicator="问题整改"),
            Row("组织党员参加全国文明城市创建“周末卫生日”活动，本季度不少于6次；背街小巷、楼道杂物清理到位。", 6,
                "活动每少1次扣0.5分；督查中发现卫生死角的，每处扣0.5分。", "实地查看", indicator="文明创建"),
        )),
        Section("作风纪律", "三、作风纪律（15分）", 15, (
            Row("社区纪检委员本季度对“三务”公开、惠民资金发放开展一次监督检查；社区“两委”成员无违规吃喝、收受礼品礼金等问题。", 6,
                "未开展监督检查的扣2分；“两委”成员违纪被查处的，每人扣3分。", "查阅资料、向街道纪工委核实",
                indicator="廉洁自律"),
            Row("社区干部按时坐班值班，落实首问负责、一次性告知；督查期间电话回访群众，满意率不低于90%。", 5,
                "抽查坐班无人的，每次扣1分；被群众有效投诉的，每次扣1分；满意率低于90%的扣2分。", "随机暗访、电话回访",
                indicator="工作作风"),
            Row("按要求提供督查资料，资料真实完整，不得弄虚作假、临时补写材料。", 4,
                "资料提供不及时的扣1分；发现弄虚作假的，本项不得分，并在全街道通报。", "查阅资料", indicator="督查配合"),
        )),
    ),
)

HEADER = ["督查项目", "督查内容", "分值", "扣分情形", "督查方式", "发现问题", "得分"]
NOTE = ("说明：1.本表由街道党建办会同纪工委、综治中心于季度结束后10日内组织督查，督查结果在全街道通报排名；2.各项扣分以该项"
        "分值为限，扣完为止；3.“发现问题”栏由督查组逐项填写，形成问题清单反馈社区限期整改，整改情况纳入下季度督查；4.四个季度"
        "督查平均得分占社区党组织年度党建考核总分的50%。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（督查对象：街道所辖各社区党组织  督查时段：2025年7月1日至9月30日）")
    document.add_paragraph("社区：                    督查组：                          督查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
