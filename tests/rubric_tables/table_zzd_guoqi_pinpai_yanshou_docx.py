"""中共楚通交通投资集团有限公司委员会2025年度基层党支部党建品牌创建验收评分表 (.docx), as a 湖北 省属国企 集团党委 (its 党委
组织部 leading a 验收组 with the 党群工作部 and the 纪委办公室, the 二级公司党委 presenting its 支部) accepts or turns back each
基层党支部's “一支部一品牌” after its two-year 创建 — 高速公路 收费站、养护中心、建设项目部 and 机关 支部, each with a brand name,
a LOGO and a 工作法 — on 品牌定位 (名称 / 标识 / 口号, the 内涵释义, the 支委会 研究 with its 审核备案 and 征求意见), 创建过程 (the
实施方案 and the 年初 计划 / 年底 总结, the quarterly 推进会 and the half-yearly 报告, 主题党日 on the brand and the 党员 承诺, the
过程台账 with its 年中 自查 and 整改清单), 载体机制 (the 工作法 “三有”, 先锋岗 and 攻关项目, the 配套制度 tied to 述职评议 and 积分),
创建成效 (经营业绩 grades, 合理化建议 and its 采纳率 and 创新成果奖, a 满意度 测评, 表彰 by level) and 宣传推广 (展示墙 and the LOGO
in use, 推送 / 报道 / 典型案例).

The title (bold, centred), a centred "（验收对象：申报验收的集团所属基层党支部）" line and a "党支部名称：…  所属单位：…  品牌名称：…
创建时间：…" line above one table: 考核指标 | 考核要点 | 评分标准 | 分值 | 佐证材料 (分值 AFTER the 评分标准). The categories are
SECTION ROWS merged across the table, printed "一、品牌定位（15分）". There is NO 序号: items are numbered by position (1..16).
考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out
(once a way of checking, 现场查看): a 佐证 column. A 合计 row and a 说明 paragraph (the 验收 grades, 扣完为止, the way of checking)
close the document. Two items are scored by grade words (A/B/C/D 级; 表彰 by level) in deduction form.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzd_guoqi_pinpai_yanshou_docx",
    fmt="docx",
    title="中共楚通交通投资集团有限公司委员会2025年度基层党支部党建品牌创建验收评分表",
    numbering="position",
    sections=(
        Section("品牌定位", "一、品牌定位（15分）", 15, (
            Row("品牌名称简洁响亮、寓意深刻，体现党建引领和本单位业务特色；设计品牌标识（LOGO）和宣传口号。", 5,
                "名称与业务特色结合不紧密的，酌情扣1—2分；无品牌标识或宣传口号的，每缺1项扣1分。", "品牌标识设计稿",
                indicator="品牌名称"),
            Row("形成品牌内涵释义，明确品牌创建的目标定位、工作思路和实现路径，内涵阐释与企业发展战略、支部中心工作相契合。", 5,
                "无内涵释义的扣3分；目标定位不清晰、与中心工作结合不紧密的，酌情扣1—2分。", "品牌内涵释义材料",
                indicator="品牌内涵"),
            Row("品牌创建事项经支部委员会集体研究确定，报二级公司党委审核备案；确定前广泛征求党员和职工群众意见。", 5,
                "未经支委会研究的扣2分；未报审核备案的扣2分；未征求意见的扣1分。", "支委会会议记录、备案材料、意见征求表",
                indicator="研究确定"),
        )),
        Section("创建过程", "二、创建过程（25分）", 25, (
            Row("制定品牌创建实施方案，明确创建目标、重点任务、责任分工和时间节点；年初制定年度创建计划，年底形成创建工作总结。", 6,
                "无实施方案的扣3分；方案内容缺项的，每项扣0.5分；计划、总结每缺1项扣1分。", "实施方案、年度计划、工作总结",
                indicator="方案计划"),
            Row("支部每季度至少召开一次品牌创建推进会，研究解决创建中的问题；支部书记每半年向二级公司党委书面报告一次品牌创建"
                "进展。", 6,
                "推进会每少1次扣1分；书面报告每少1次扣1分。", "推进会记录、书面报告", indicator="推进落实"),
            Row("品牌创建融入“三会一课”和主题党日，全年围绕品牌主题开展主题党日活动不少于4次；党员参与率达到100%，每名党员结合"
                "岗位作出创建承诺。", 7,
                "主题党日每少1次扣1分；参与率每低5个百分点扣0.5分；承诺每缺1人扣0.2分，最多扣1分。", "活动记录、签到表、承诺书",
                indicator="党员参与"),
            Row("建立品牌创建过程台账，分阶段记录创建举措和成效；年中开展一次自查评估，针对问题制定整改清单并落实。", 6,
                "无过程台账的扣2分；未开展自查评估的扣2分；整改不到位的，酌情扣1—2分。", "过程台账、自查报告、整改清单",
                indicator="过程管理"),
        )),
        Section("载体机制", "三、载体机制（20分）", 20, (
            Row("提炼形成具有支部特色、可复制可推广的党建工作法，做到有名称、有流程、有案例，形成文字材料不少于3000字。", 6,
                "未提炼工作法的扣4分；“三有”每缺1项扣1分；文字材料不足3000字的扣0.5分。", "工作法文字材料",
                indicator="工作方法"),
            Row("围绕安全畅通、养护施工、收费服务等中心任务设立党员先锋岗、党员责任区，组建党员突击队或攻关小组；年内立项党员攻关"
                "项目不少于2项。", 7,
                "先锋岗、责任区每缺1项扣1分；攻关项目每少1项扣1.5分。", "先锋岗设岗名单、攻关项目立项书",
                indicator="载体建设"),
            Row("建立品牌创建配套制度，将创建成效纳入支部书记抓党建述职评议和党员积分管理，形成长效机制。", 7,
                "无配套制度的扣3分；未纳入述职评议的扣2分；未纳入党员积分管理的扣2分。", "制度文件、述职评议材料",
                indicator="长效机制"),
        )),
        Section("创建成效", "四、创建成效（30分）", 30, (
            Row("品牌创建与安全生产、提质增效、项目建设等中心工作深度融合，支部所在单位年度经营业绩考核指标全面完成。", 8,
                "年度经营业绩考核为B级的扣2分，C级的扣4分，D级的本项不得分；发生一般及以上生产安全责任事故的，实行一票否决。",
                "经营业绩考核结果", indicator="中心工作"),
            Row("以品牌创建带动管理创新、技术革新，年内党员提出合理化建议不少于10条，采纳率不低于30%；获得集团级以上创新成果奖"
                "不少于1项。", 7,
                "合理化建议每少1条扣0.3分；采纳率每低5个百分点扣0.5分；未获得创新成果奖的扣2分。", "建议登记表、获奖证书",
                indicator="创新成果"),
            Row("集团党委组织部对品牌创建成效开展满意度测评，测评对象包括支部党员、职工群众和服务对象，满意度不低于90%。", 7,
                "满意度每低1个百分点扣0.5分；低于80%的，本项不得分。", "测评问卷", indicator="群众认可"),
            Row("支部或党员在品牌创建中获得上级党组织表彰；创建经验在集团内部交流推广或被上级党组织刊发。", 8,
                "获得省部级以上表彰的不扣分；获得集团级表彰的扣2分；获得二级公司表彰的扣4分；未获得表彰的扣6分；创建经验未交流推广"
                "或刊发的扣2分。", "表彰文件、交流材料", indicator="示范效应"),
        )),
        Section("宣传推广", "五、宣传推广（10分）", 10, (
            Row("在党员活动室、生产现场设置品牌展示墙或展板，品牌标识在工作场所、工装、办公用品中规范使用。", 4,
                "无展示阵地的扣2分；标识使用不规范的，酌情扣0.5—1分。", "现场照片", indicator="展示阵地"),
            Row("利用企业内网、微信公众号宣传品牌创建，年内推送不少于6篇；在省级以上媒体或集团内刊宣传报道不少于1次；形成品牌创建"
                "典型案例1篇。", 6,
                "推送每少1篇扣0.5分；报道每少1次扣1分；无典型案例的扣1分。", "推送链接、报道截图、典型案例",
                indicator="宣传报道"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "评分标准", "分值", "佐证材料"]
NOTE = ("说明：1.验收采取听取汇报、查阅资料、现场查看、个别访谈和问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止；"
        "2.验收得分90分以上的为“优秀”，命名为“集团党建示范品牌”；80分（含）—90分的为“合格”；80分以下的为“不合格”，限期6个月"
        "整改后重新申请验收；3.创建期间支部所在单位发生重大安全生产责任事故或党员受到开除党籍处分的，不予通过验收。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（验收对象：申报验收的集团所属基层党支部）")
    document.add_paragraph("党支部名称：                  所属单位：                  品牌名称：              创建时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
