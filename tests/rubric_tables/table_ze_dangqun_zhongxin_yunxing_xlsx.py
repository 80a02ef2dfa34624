"""中共天津市河西区友谊路街道工作委员会2026年度社区党群服务中心运行评估表 (.xlsx), as a 天津 街道党工委 scores how
each 社区 runs its 党群服务中心: 阵地建设、运行管理、服务成效、台账资料.

A merged title row and a merged "社区名称：…  评估人：…  评估日期：…" line above the header 评估项目 | 评估内容 | 分值 |
评分办法 | 佐证资料. The categories are MERGED CELLS down the 评估项目 column, printed "阵地建设（20分）" on one line
(no ordinal). There is NO 序号: items are numbered by position (1..14). 分值 is printed with its unit ("6分", text
cells). 佐证资料 (`Row.method`) names the papers the 社区 lays out, or "实地查看". A 合计 row ("100分") and a merged
说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="ze_dangqun_zhongxin_yunxing_xlsx",
    fmt="xlsx",
    title="中共天津市河西区友谊路街道工作委员会2026年度社区党群服务中心运行评估表",
    numbering="position",
    sections=(
        Section("阵地建设", "阵地建设（20分）", 20, (
            Row("党群服务中心面积不少于300平方米，统一标识、统一外观，一站式服务大厅“去柜台化”布局。", 6,
                "面积不达标的扣2分；标识不统一的扣1分；其他不符合要求的酌情扣分。", "实地查看"),
            Row("设置党员活动室、议事协商室、“一老一小”服务场所等功能室不少于5个，每个功能室每周使用不少于2次。", 7,
                "功能室每少1个扣1分；功能室闲置的，发现一处扣0.5分。", "功能室使用登记、照片"),
            Row("中心工作日开放时间不少于8小时，周末及节假日至少半天开放，实行错时延时服务。", 7,
                "暗访发现未按时开放的每次扣1分，最多扣4分；未实行错时延时服务的扣2分。", "值班排班表"),
        )),
        Section("运行管理", "运行管理（30分）", 30, (
            Row("建立首问负责、一次性告知、限时办结等服务制度，制度在显著位置公示。", 6,
                "每缺1项制度扣1分；未公示的扣1分。", "制度文本"),
            Row("社区“两委”成员轮流值班，值班记录完整；居民诉求登记后3个工作日内回应，办结率达到90%以上。", 8,
                "值班记录缺失的每次扣0.5分；诉求办结率低于90%的扣2分，低于80%的扣4分。", "值班记录、诉求登记台账"),
            Row("每月至少组织1次“党群议事会”，协商解决小区治理问题，议定事项落实率不低于85%。", 8,
                "每少1次扣1分；落实率每低5个百分点扣1分。", "议事记录、签到表、照片"),
            Row("中心工作人员每年参加业务培训不少于24学时，持证上岗率100%。", 8,
                "培训学时不足的每人扣0.5分；未持证上岗的每人扣1分。", "培训证书"),
        )),
        Section("服务成效", "服务成效（35分）", 35, (
            Row("每季度至少开展2场党员志愿服务活动，党员志愿者注册率达到80%以上。", 8,
                "活动每少1场扣1分；注册率低于80%的扣2分。", "志愿服务记录、活动照片"),
            Row("围绕“一老一小”、就业帮扶等开展品牌服务项目，年内打造不少于1个特色服务品牌。", 7,
                "无特色品牌的扣3分；品牌项目成效由考核组综合评定，酌情扣1—4分。", "品牌项目材料"),
            Row("每半年开展1次居民需求调查，形成需求清单、资源清单和服务项目清单。", 7,
                "未开展调查的每次扣2分；清单每缺一张扣1分。", "调查问卷、三张清单"),
            Row("居民对党群服务中心服务满意度不低于90%。", 8,
                "满意度每低1个百分点扣0.5分；低于80%的本项不得分。", "第三方测评报告"),
            Row("中心在“津心办”、社区微信群等线上平台同步公布服务事项，线上预约服务每月不少于20件次。", 5,
                "未公布服务事项的扣2分；线上预约服务达不到要求的扣3分。", "平台截图"),
        )),
        Section("台账资料", "台账资料（15分）", 15, (
            Row("建立中心服务台账，服务事项、服务人次按月统计，年底形成运行情况报告报街道党工委。", 8,
                "台账不全的酌情扣1—3分；未按月统计的每次扣0.5分；无年度运行报告的扣2分。", "服务台账、运行情况报告"),
            Row("中心运行经费使用规范，经费支出经社区党组织集体研究，每季度在居务公开栏公示。", 7,
                "违规使用经费的本项不得分；公示每少1次扣1分。", "经费明细、公示照片"),
        )),
    ),
)

HEADER = ["评估项目", "评估内容", "分值", "评分办法", "佐证资料"]
NOTE = ("说明：1.评估采取查阅资料、实地查看、暗访和居民测评相结合的方式；2.各项扣分不超过该项分值；3.评估结果分为"
        "“优秀、合格、不合格”三个等次，评为不合格的限期整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "运行评估"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "社区名称：                    评估人：                  评估日期：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, _fmt(row.points) + "分", row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, _fmt(t.total) + "分", None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (14, 50, 8, 46, 20))
    wb.save(str(path))
