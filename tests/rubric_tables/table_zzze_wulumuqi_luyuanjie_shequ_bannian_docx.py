"""沙依巴克区炉院街街道党工委2026年上半年社区党组织党建工作督查评分表 (.docx), as a 新疆 乌鲁木齐 老城 街道党工委 (its 党建办 with the
平安办, the 社区管理办 and the 街道纪工委, a 督查组 going round each 社区 in early July) scores the first half of the year of the 社区党委 and
党总支 of a 街道 of old 铁路 and 工厂 家属院, 维吾尔族, 回族, 哈萨克族 and 汉族 neighbours in one 楼院, snow until March and the 供暖期 until
April: 组织建设 (the 网格党支部 覆盖率 with the 党员中心户 挂牌, the “三会一课” counted over the half-year with the 书记's 党课, the monthly
主题党日 with the 参加率 and the 补课, the 发展党员 谈话 and 预审, 党费 with one 公开 in the half-year and the 上缴), 阵地与台账 (the
党群服务中心 with its 值班表 and 服务台账, two 党务公开 with the 审定, the 台账 目录 and the 归档, a quarterly 风险排查 with the 审核),
服务群众 (sixty 走访 a month and twenty 包联 走访 with the 办结率, a “结亲周” every two months with three 民族团结 活动, two 志愿服务 in the
half-year with the 报到率, a monthly 排查 with the 化解率 and a 一票否决, a monthly 探访 in the 供暖期 and the 扫雪除冰) and 责任落实 (a 推进会
in the half-year and the 半年总结, the 整改台账 with the 完成率, a quarterly 报告 of the 书记; a deduction-only line on “微腐败”).

The title (bold, centred), a centred "（督查对象：炉院街街道各社区党委、党总支）" line and a "督查时段：2026年1月1日至6月30日" line above one
table: 序号 | 督查项目 | 督查内容及标准 | 分值 | 扣分细则 | 考核方式及佐证材料. Each category is a SECTION ROW merged across the table,
printed WITH a bracketed ordinal and its points on one line, "（一）组织建设（30分）". 序号 (FIRST column) RESTARTS at 1 under every section
row (ids "1.1" … "4.4"). 督查项目 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 扣分细则, a plain number. 考核方式及佐证材料
(`Row.method`) says how the 督查组 checks AND names the papers it reads ("查阅会议记录本、签到表"). A 合计 row of 100 and a 说明 paragraph
close the document. Counts are over the half-year: "上半年…召开不少于2次", "上半年…公开一次", "上半年公开不少于2次", "上半年…不少于3次",
"上半年每名党员参加志愿服务不少于2次", "6月底前召开一次", beside "每月召开1次", "每季度开展一次", "每两个月…开展一次", "每月开展一次",
"每月…不少于1次", "每季度…报告一次"; "不少于10户", "不少于60户", "不少于20户"; "最高扣" caps; "酌情扣0.5-1分" three times, "酌情扣1-2分",
"酌情扣0.5-1.5分", "酌情扣0.5分" twice and "酌情扣1分"; no bands; one "实行一票否决，本项不得分"; three plain "本项不得分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzze_wulumuqi_luyuanjie_shequ_bannian_docx",
    fmt="docx",
    title="沙依巴克区炉院街街道党工委2026年上半年社区党组织党建工作督查评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "（一）组织建设（30分）", 30, (
            Row("社区党委下设网格党支部、楼栋党小组，网格党支部覆盖率达到100%；党员中心户“亮身份、挂牌子”，每户联系群众不少于10户。", 5,
                "覆盖率每低10个百分点扣1分；党员中心户未挂牌的，每户扣0.1分，最高扣1分；联系群众不到位的，酌情扣0.5分。",
                "查阅组织架构图，实地查看挂牌情况", indicator="组织设置"),
            Row("上半年支部委员会每月召开1次，党员大会召开不少于2次，党小组会每月召开1次，党课不少于2次；社区党组织书记上半年讲党课不少于"
                "1次。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录雷同、补记的，每次扣0.5分。",
                "查阅会议记录本、签到表", indicator="三会一课"),
            Row("每月第一个星期五开展主题党日，党员参加率不低于90%；因病因事未参加的党员及时组织补课。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未组织补课的扣0.5分；活动内容单一、形式化的，酌情扣0.5-1分。",
                "查阅活动记录、签到表、活动照片", indicator="主题党日"),
            Row("严格执行发展党员工作流程，入党申请人递交申请后一个月内派人谈话；发展对象报街道党工委预审；预备党员按期讨论转正。", 6,
                "未在规定时间内谈话的，每人扣0.5分；发展对象未经预审的，每人扣1分；预备党员未按期讨论转正的，每人扣1分；违反程序发展党员"
                "的，本项不得分。", "查阅发展党员档案", indicator="发展党员"),
            Row("党员按月交纳党费，上半年党费收缴情况在党员大会上公开一次；6月底前将上半年党费上缴街道党工委。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；收缴情况未公开的扣1分；党费未按时上缴的扣1分；党费账目不清的，酌情扣1分。",
                "查阅党费收缴台账、上缴凭证", indicator="党费管理"),
        )),
        Section("阵地与台账", "（二）阵地与台账（20分）", 20, (
            Row("社区党群服务中心落实“一站式”服务，工作日开放时间不少于8小时，节假日安排专人值班；党员活动室、“石榴籽”民族团结之家等"
                "功能室正常使用。", 6,
                "开放时间不足或节假日未安排值班的扣1分；功能室闲置的，每个扣0.5分，最高扣2分；服务台账记录不全的，酌情扣0.5-1分。",
                "实地查看，查阅值班表、服务台账", indicator="党群服务中心"),
            Row("按季度更新党务公开栏，上半年公开不少于2次，公开党员发展、党费收缴、组织生活等内容；公开内容经社区党委会议审定。", 5,
                "公开每少1次扣1分；公开内容不全的，酌情扣0.5分；公开内容未经会议审定的扣0.5分。", "实地查看，查阅公开照片",
                indicator="党务公开"),
            Row("按照街道党工委统一目录建立党建工作台账，做到“一事一档”，上半年资料于6月30日前归档；党员信息与全国党员管理信息系统一致。",
                5, "台账无目录或分类混乱的扣1分；资料未按时归档的，每项扣0.2分，最高扣1.5分；党员信息与系统不一致的，每人扣0.1分，最高扣1分。",
                "查阅台账目录、系统比对", indicator="台账资料"),
            Row("社区微信群、居民群等网络阵地落实“群主负责制”，每季度开展一次意识形态风险排查；宣传栏、LED屏发布内容落实审核制度。", 4,
                "风险排查每少1次扣0.5分；发布内容未经审核的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                "查阅排查记录、审核登记表", indicator="意识形态"),
        )),
        Section("服务群众", "（三）服务群众（32分）", 32, (
            Row("落实入户走访制度，网格员每月入户走访不少于60户，社区“两委”成员每人每月包联走访不少于20户；走访发现的问题及时办理，办结率"
                "达到90%以上。", 8,
                "网格员走访不足的，每人每月扣0.1分，最高扣2分；“两委”成员走访不足的，每人每月扣0.2分，最高扣1分；办结率每低5个百分点扣"
                "0.5分。", "查阅走访台账、平台数据", indicator="入户走访"),
            Row("深化“民族团结一家亲”活动，党员干部每两个月与结亲户开展一次“结亲周”活动；上半年开展“石榴籽”民族团结主题活动不少于3次。", 6,
                "“结亲周”活动每少1次扣0.5分；主题活动每少1次扣0.5分；活动流于形式、群众反映差的，酌情扣1-2分。",
                "查阅活动记录、活动照片，入户核实", indicator="民族团结"),
            Row("组织党员开展志愿服务，上半年每名党员参加志愿服务不少于2次；在职党员到社区“双报到”率达到100%。", 6,
                "志愿服务不足2次的，每人扣0.1分，最高扣2分；报到率每低5个百分点扣0.5分。", "查阅志愿服务记录、报到登记册",
                indicator="志愿服务"),
            Row("社区党委、社区民警、网格员“三方联动”，每月开展一次矛盾纠纷排查，排查化解率达到95%以上；不发生越级上访和群体性事件。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分，最高扣2分；发生越级上访或群体性事件的，实行一票否决，本项不得分。",
                "查阅排查台账、调解卷宗", indicator="矛盾化解"),
            Row("1—4月供暖期内，网格党支部组织党员每月上门探访独居、空巢老人和困难群众不少于1次；降雪后组织党员志愿者开展扫雪除冰。", 6,
                "探访每少1次扣0.2分，最高扣2分；扫雪除冰组织不力被通报的，每次扣1分。", "查阅探访记录，入户核实",
                indicator="冬季关爱"),
        )),
        Section("责任落实", "（四）责任落实（18分）", 18, (
            Row("社区党委6月底前召开一次党建工作推进会，总结上半年工作、部署下半年任务；7月5日前报送半年工作总结。", 5,
                "未召开推进会的扣1.5分；未按时报送半年工作总结的扣1分；总结内容空泛、问题查找不准的，酌情扣0.5-1.5分。",
                "查阅会议记录、半年工作总结", indicator="半年总结"),
            Row("对2025年度述职评议和年度考核中反馈的问题建立整改台账，上半年整改完成率达到80%以上。", 5,
                "未建立整改台账的扣1分；整改完成率每低10个百分点扣0.5分。", "查阅整改台账", indicator="问题整改"),
            Row("社区党组织书记每季度向街道党工委书面报告一次抓党建工作情况；书记每周至少安排一天在网格（楼栋）走访群众。", 4,
                "报告每少1次扣1分；书记下网格不到位的，酌情扣0.5-1分。", "查阅书面报告、走访记录", indicator="书记履职"),
            Row("社区工作人员存在“微腐败”、优亲厚友、作风漂浮等问题（本项为扣分项）。", 4,
                "被街道通报的，每次扣1分；被区级以上通报的，每次扣2分；受到党纪政务处分的，本项不得分。", "街道纪工委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "督查项目", "督查内容及标准", "分值", "扣分细则", "考核方式及佐证材料"]
NOTE = ("说明：1.本表用于2026年上半年社区党建工作督查，督查时段为1月1日至6月30日，督查组于7月上旬进社区督查；2.各项扣分以该项分值为限，"
        "扣完为止；3.督查得分按30%计入社区党组织年度考核成绩；4.督查发现的问题以清单形式反馈各社区，整改情况纳入下半年督查内容。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（督查对象：炉院街街道各社区党委、党总支）")
    document.add_paragraph("督查时段：2026年1月1日至6月30日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
