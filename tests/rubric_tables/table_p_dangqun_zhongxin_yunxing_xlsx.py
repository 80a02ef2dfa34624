"""成都市武侯区玉林街道党工委2026年度社区党群服务中心运行评估细则 (.xlsx), as a 街道党工委 assesses how each 社区's
党群服务中心 runs: 标识, 服务面积占比, 值班值守, “5+2”“白+黑”开放, 一窗受理, 每月“活动菜单”, 场地共享, 志愿服务积分,
诉求闭环, 党群议事会, 线上预约, 经费, 安全巡查, 年初计划 / 半年小结 / 年底评估报告.

A merged title row and a merged "评估对象：…社区党委  评估日期：…" row above the header 评估项目 | 评估内容 | 分值 | 扣分标准
| 备查资料 | 评估得分. No 序号 column: the importer numbers the items by position. 评估项目 (the category) is merged down its
rows and printed "一、阵地规范（20分）". 备查资料 is `Row.method`; 评估得分 is blank. A 合计 row and one 说明 row close
the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="p_dangqun_zhongxin_yunxing_xlsx",
    fmt="xlsx",
    title="成都市武侯区玉林街道党工委2026年度社区党群服务中心运行评估细则",
    numbering="position",
    sections=(
        Section("阵地规范", "一、阵地规范（20分）", 20, (
            Row("统一使用“党群服务中心”标识，外挂标牌和内设功能室标识规范，党旗、入党誓词、服务事项公开栏上墙。", 5,
                "标识不统一的扣2分；党旗、入党誓词每缺一项扣1分。", "阵地照片"),
            Row("功能布局坚持“办公空间最小化、服务空间最大化”，服务面积占中心总面积的比例不低于80%。", 5,
                "服务面积占比低于80%的扣3分；功能室长期闲置或挪作他用的扣2分。", "平面布局图"),
            Row("制定党群服务中心管理制度、值班值守制度和志愿者管理制度，并在服务大厅公开。", 5,
                "缺一项制度扣1.5分；制度未公开的扣0.5分。", "制度文本"),
            Row("中心配备专职党务工作者不少于2名，其中35周岁以下的至少1名，均具有大专以上学历。", 5,
                "人员配备不足的扣2分；年龄、学历结构不符合要求的，每项扣1.5分。", "工作人员名册"),
        )),
        Section("开放运行", "二、开放运行（25分）", 25, (
            Row("实行“5+2”“白+黑”服务模式，工作日开放时间不少于8小时，双休日和节假日轮流值班，全年开放不少于300天。", 8,
                "开放时间不足或无人值守的，发现一次扣2分；全年开放天数不足300天的扣3分。", "值班表、开放登记簿"),
            Row("设立综合服务窗口，推行“一窗受理、全科服务”，建立群众办事登记台账，月均服务群众不少于200人次。", 6,
                "无办事登记台账的扣3分；月均服务人次不足200的扣1分。", "办事登记台账"),
            Row("中心每月发布一期活动计划（“活动菜单”），每月组织党建、文化、教育等各类活动不少于4场，活动有签到、有照片。",
                6,
                "活动菜单未按月发布的，每次扣0.5分；活动每少一场扣0.5分，最高扣3分。", "活动菜单、签到表、活动照片"),
            Row("场地向辖区单位、社会组织开放共享，与使用单位签订场地共享协议，年内承接共建单位活动不少于6次。", 5,
                "未签订共享协议的扣2分；共建活动每少一次扣0.5分。", "共享协议"),
        )),
        Section("服务成效", "三、服务成效（35分）", 35, (
            Row("依托中心开展“微心愿”认领、“志愿服务积分”等项目，每两个月组织党员志愿服务活动不少于1次，在册志愿者人均"
                "年服务时长不少于12小时。", 8,
                "志愿服务每少1次扣1分；人均服务时长不足的扣2分。", "志愿服务记录"),
            Row("建立居民诉求收集、交办、反馈闭环机制，诉求台账逐件登记，按期办结率不低于95%，回访率达到100%。", 8,
                "无诉求台账的扣3分；办结率每低1个百分点扣0.2分；回访率未达到100%的扣1分。", "诉求台账、回访记录"),
            Row("每半年召开1次党群议事会，听取居民对中心服务的意见建议，议事结果向居民公开。", 6,
                "议事会每少开1次扣2分；议事结果未公开的扣1分。", "会议记录、公开照片"),
            Row("中心运行情况写入社区年度工作报告，年底开展群众满意度测评，满意度达到九成以上。", 8,
                "满意度95%以上得8分，90%（含）—95%得6分，85%（含）—90%得3分，85%以下不得分。", "满意度测评表"),
            Row("推进“智慧党群”建设，中心服务事项同步上线社区微信公众号或小程序，线上预约服务情况每季度统计一次。", 5,
                "未上线线上服务的扣3分；统计每少一次扣0.5分。", "平台截图、统计表"),
        )),
        Section("保障管理", "四、保障管理（20分）", 20, (
            Row("中心运行经费纳入街道年度预算，经费使用建立明细台账，使用情况每年公开1次。", 5,
                "无明细台账的扣2分；经费未公开的扣1分；挪用运行经费的本项不得分。", "经费明细台账"),
            Row("中心工作人员每年参加街道组织的业务培训不少于3天，年内参加上级党群服务中心观摩学习一次以上。", 5,
                "培训时间不足的扣2分；未参加观摩学习的扣1分。", "培训通知、签到表"),
            Row("建立中心工作日志和安全巡查记录，每月巡查一次消防设施，年内未发生安全责任事故。", 5,
                "无工作日志的扣2分；巡查记录缺失的酌情扣1—2分；发生安全责任事故的，实行一票否决，本项不得分。",
                "工作日志、巡查记录"),
            Row("年初制定中心年度运行计划，年中报送半年运行情况小结，年底形成运行评估报告报街道党工委。", 5,
                "缺一项扣1.5分，扣完为止。", "年度计划、半年小结、评估报告"),
        )),
    ),
)

NOTE = ("说明：评估采取查阅资料、实地暗访、随机访谈居民相结合的方式进行，暗访发现中心无故关闭的，当次评估总分扣5分；"
        "评估得分85分以上为“优秀”，70—84分为“合格”，70分以下为“不合格”，限期3个月整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["评估项目", "评估内容", "分值", "扣分标准", "备查资料", "评估得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "运行评估"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "评估对象：          社区党委                    评估日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, row.text, points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 3, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (14, 52, 6, 46, 20, 9))
    wb.save(str(path))
