"""合肥市蜀山区2026年度社区党群服务中心“五星级”创建评定标准 (.docx), as the 区委组织部 rates each 社区党群服务中心
star by star: 一星级 (阵地规范), 二星级 (功能完善), 三星级 (活动经常), 四星级 (服务优质), 五星级 (示范引领).

An issuer line, the title (bold, centred) and a "街道：… 社区：… 申报星级：…" line above one table: 星级 | 序号 |
创建标准 | 标准分 | 评分细则 | 佐证材料. The rows are grouped by STAR TIER: the 星级 cell (the category) is merged
down its rows and printed on three lines, stars, tier and points ("★\\n一星级\\n（20分）"; the category name is "一星级").
序号 restarts at 1 under every tier (ids "c.i", numbering "restart"). 标准分 is printed with one decimal ("7.0").
佐证材料 (`Row.method`) names the papers or checks. A 合计 row and a 评定说明 paragraph (how tiers are awarded)
close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table

TABLE = Table(
    name="s_wuxing_dangqun_zhongxin_docx",
    fmt="docx",
    title="合肥市蜀山区2026年度社区党群服务中心“五星级”创建评定标准",
    numbering="restart",
    sections=(
        Section("一星级", "★\n一星级\n（20分）", 20, (
            Row("党群服务中心使用面积不少于300平方米，统一悬挂党群服务中心标识、党旗和入党誓词。", 7,
                "面积不达标的扣3分；标识、党旗、入党誓词缺一项扣1分。", "实地查看、现场照片"),
            Row("中心实行“错时延时”服务，每周开放不少于6天，节假日安排专人值班，值班记录完整。", 6,
                "开放时间不达标的扣3分；无值班记录的扣2分。", "值班表、值班记录"),
            Row("建立中心运行管理、服务事项公开、工作人员AB岗等制度，制度上墙。", 7,
                "制度每缺一项扣2分；未上墙的扣1分。", "制度文本、上墙照片"),
        )),
        Section("二星级", "★★\n二星级\n（20分）", 20, (
            Row("设置党员活动室、议事协商室、党员教育室等功能室不少于5个，配备远程教育终端，每月开展远程教育学习不少于1次。",
                7, "功能室每少1个扣1分；远程教育每少1次扣0.5分，最多扣3分。", "实地查看、学习记录"),
            Row("中心配备专职工作人员不少于3名，其中35周岁以下的至少1名，工作人员年内参加业务培训不少于24学时。", 7,
                "专职人员每少1名扣1分；无35周岁以下人员的扣1分；培训学时不足的，每人扣0.5分。", "工作人员名册、培训记录"),
            Row("公开服务事项清单，代办事项不少于20项，建立代办服务台账，群众办事一次办结率达到90%。", 6,
                "无服务清单的扣2分；无代办台账的扣2分；办结率低于90%的扣2分。", "服务清单、代办台账"),
        )),
        Section("三星级", "★★★\n三星级\n（20分）", 20, (
            Row("每月开展主题党日活动不少于1次，每季度联合辖区单位开展共建活动不少于1次。", 7,
                "主题党日每少1次扣0.5分；共建活动每少1次扣1分。", "活动方案、签到表、照片"),
            Row("组建党员志愿服务队不少于3支，每月开展志愿服务不少于2次，志愿者注册率达到80%。", 7,
                "服务队每少1支扣1分；志愿服务每少1次扣0.5分；注册率每低5个百分点扣0.5分。", "志愿服务队名册、服务记录"),
            Row("年内围绕“七一”、国庆等节点开展主题活动不少于4场，每场参与群众不少于50人。", 6,
                "每少1场扣1.5分。", "活动照片、新闻报道"),
        )),
        Section("四星级", "★★★★\n四星级\n（20分）", 20, (
            Row("推行“首问负责、一次告知”，群众诉求登记在册，办结率达到95%，办结后3个工作日内回访。", 7,
                "办结率每低1个百分点扣0.5分；未回访的，每件扣0.2分，最多扣2分。", "诉求登记台账、回访记录"),
            Row("每半年开展1次群众满意度测评，满意度达到92%以上。", 7,
                "未开展测评的扣3分；满意度每低2个百分点扣1分。", "测评表、测评汇总"),
            Row("设立“红色议事厅”，每季度召开1次居民议事协商会，议定事项落实率100%。", 6,
                "议事会每少1次扣1分；议定事项未落实的，每件扣1分。", "议事记录"),
        )),
        Section("五星级", "★★★★★\n五星级\n（20分）", 20, (
            Row("中心党建服务品牌特色鲜明，形成1个以上经区级认定的党建品牌或服务项目。", 7,
                "有区级认定品牌的得7分；有品牌但未经认定的得3分；无品牌的不得分。", "认定文件"),
            Row("年内承接区级以上观摩、现场会、培训等活动不少于2次。", 6,
                "每少1次扣3分。", "活动通知、照片"),
            Row("中心所在社区年度党建考核位列全区前30%，中心运行情况被区级以上媒体宣传报道。", 7,
                "考核排名未进前30%的扣4分；无媒体报道的扣3分。", "考核通报、报道截图"),
        )),
    ),
)

NOTE = ("评定说明：1.按星级由低到高逐级评定，本星级及以下各星级标准分得分率均达到80%的，方可评定为该星级；2.“五星级”"
        "党群服务中心实行动态管理，每年复核一次，复核不合格的降低星级；3.总分100分，各项扣分以该项标准分为限。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["星级", "序号", "创建标准", "标准分", "评分细则", "佐证材料"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_centred(document, "中共合肥市蜀山区委组织部")
    docx_title(document, t.title, 16)
    document.add_paragraph("街道：              社区：              申报星级：")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        first = r
        for number, row in enumerate(s.rows, 1):
            for c, v in ((1, str(number)), (2, row.text), (3, f"{row.points:.1f}"), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{t.total:.1f}"
    document.add_paragraph(NOTE)
    document.save(str(path))
