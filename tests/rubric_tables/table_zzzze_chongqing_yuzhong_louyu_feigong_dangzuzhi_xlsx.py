"""渝中区2025年度商务楼宇非公企业党组织党建工作考核评分表 (.xlsx), as the 区委两新工委 of 重庆 渝中 (its 楼宇党建办 with the 解放碑、化龙桥、
大坪 楼宇联合党委, the 街道 党工委 where the 楼宇 stand and the 区 市场监管局, a 考核组 going up the 写字楼 lifts in December) scores the 党组织 of
the 非公企业 in the 商务楼宇 of the 半岛: the 律所 and 会计师事务所 on the 解放碑 floors, the 互联网 and 电商 firms of 化龙桥 with their young 白领
who work late and move often, the 金融 外包 and 呼叫中心 of 大坪, the 联合党支部 built floor by floor where no firm has three 党员, the “口袋党员”
whose 组织关系 stayed at a 人才市场 in another city: a sheet of 考核内容 and 评分标准 whose 佐证资料 column names what the 党组织 lays out: 组织覆盖
(the 单独 and 联合 组建 and the 组织覆盖率; the 换届, the 3至5人 and the 书记's 培训; a monthly 摸排, the 党员底数台账, the 党建指导员 and a quarterly
上门; the 转入率 and the “口袋党员”), 组织生活 (the “三会一课” without a 党小组会, a monthly 线上学习 and the 截图; the monthly 主题党日, the 参加率,
the 签到表 and 照片; the 组织生活会, the 民主评议 and the 出资人、高管 in the 支部; 党费 按月, a half-yearly 公示, one 积极分子 and a 一票否决; 24学时),
发挥作用 (two 先锋岗, the 承诺 and the 年底 评诺; the 重大事项 and the 经营管理会议 with its 记录; a quarterly 群团 活动, the 帮扶台账 and no 群体性
事件; the 志愿服务队, a quarterly 志愿服务 and 8小时; the 共建协议 with the 社区, two 共建项目 and the 报到率 of the 在职党员; two 活动 a month at the
楼宇党群服务站 and its five days; the 满意度 in bands) and 基础保障 (the 活动场所 of 30平方米 with its 制度; the 经费 and its 台账; the 年初 计划, the
半年小结 by 7月10日, the 年终 总结, the 年底 述职 and the “好”的比例; a deduction-only line on 失信, 处分 and a 一票否决).

A merged title row, a merged "考核对象：…" line and a merged "楼宇名称： 党组织名称： 考核日期：" line above the header 考核项目 | 序号 | 考核内容 |
评分标准 | 分值 | 佐证资料 | 得分. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on ONE line,
"一、组织覆盖（20分）". 序号 (SECOND column) RESTARTS at 1 under every category (ids "1.1" … "4.4"). There is no short sub-label. 考核内容 (`Row.text`)
says what is required; 分值 is a plain number AFTER the 评分标准; 佐证资料 (`Row.method`) names the papers, joined by "、" ("—" on the deduction-only
line); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容
("3名以上", "百分之九十", "按期", "3至5人", "每年…不少于1次", "每月摸排一次", "每季度上门不少于1次", "百分之八十", "支部委员会每月召开1次，党员大会每
季度召开1次，党课每季度1次", "每月不少于1次", "每月开展一次", "百分之八十", "每年召开", "按月", "每半年公示一次", "年内…不少于1名", "每年…不少于24学时",
"不少于2个", "年底", "每季度不少于1次", "每季度…不少于1次", "每人每年…不少于8小时", "年内不少于2个", "100%", "每月不少于2场次", "每周开放不少于5天",
"百分之九十", "不少于30平方米", "年初", "7月10日前", "年终", "年底"); "百分之七十" only in the 评分标准 (the 述职 “好”的比例); "最高扣" caps; "酌情扣
0.5分" once, "酌情扣1分" once and "酌情扣1-2分" once; one set of bands (the 满意度, for all 4 points, closed by "80%以下的不得分"); two "实行一票否决，
本项不得分"; one other plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
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
    name="zzzze_chongqing_yuzhong_louyu_feigong_dangzuzhi_xlsx",
    fmt="xlsx",
    title="渝中区2025年度商务楼宇非公企业党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("有3名以上正式党员的企业单独建立党组织，不足3名的按楼层或行业建立联合党支部；楼宇内非公企业党的组织覆盖率达到百分之九十。",
                6, "符合条件未单独建立党组织的，每家扣1分；组织覆盖率每低5个百分点扣1分，最高扣3分。", "党组织设立批复、楼宇企业名录"),
            Row("党组织按期换届，支部委员会由3至5人组成；党组织书记每年参加上级党组织举办的培训不少于1次。",
                5, "未按期换届的扣2分；书记未参加培训的扣1分；班子配备不符合要求的，酌情扣1-2分。", "换届批复、培训通知"),
            Row("每月摸排一次楼宇新入驻企业及党员情况，及时更新党员底数台账；对暂无党员的企业选派党建指导员，指导员每季度上门不少于1次。",
                5, "摸排每少1次扣0.3分，最高扣1.5分；未选派党建指导员的扣1分；上门每少1次扣0.3分。", "摸排登记表、党建指导员选派文件"),
            Row("开展“口袋党员”排查，动员组织关系不在楼宇的党员转入，楼宇党员组织关系转入率达到百分之八十。",
                4, "转入率每低10个百分点扣1分；发现“口袋党员”未动员转入的，每人扣0.2分。", "组织关系介绍信存根"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；针对白领党员工作时间灵活的特点开展线上学习，每月不少"
                "于1次。",
                7, "“三会一课”每少1次扣0.5分，最高扣4分；线上学习每少1次扣0.2分；会议记录要素不全的，酌情扣0.5分。", "会议记录本、线上学习截图"),
            Row("每月开展一次主题党日，可与楼宇内其他党组织、所在社区党组织联合开展；党员参加率达到百分之八十。",
                5, "主题党日每少1次扣0.3分，最高扣2分；参加率低于80%的扣1分；无签到表、活动照片的，每次扣0.2分。", "签到表、活动照片"),
            Row("每年召开组织生活会，开展民主评议党员；党员出资人、高级管理人员编入党支部，参加组织生活。",
                5, "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；党员出资人、高管未参加组织生活的，每人扣0.5分。",
                "组织生活会记录、民主评议测评表"),
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；年内确定入党积极分子不少于1名，注重在业务骨干、青年员工中发展党员。",
                5, "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未确定入党积极分子的扣1分；违反程序发展党员的，实行一票否决，本项"
                "不得分。", "党费收缴台账、积极分子名册"),
            Row("党员每年参加集中学习培训不少于24学时，依托“学习强国”“渝中先锋”等平台开展学习。",
                3, "学时不足的，每人扣0.1分，最高扣1.5分。", "学时登记表"),
        )),
        Section("发挥作用", "三、发挥作用（35分）", 35, (
            Row("设立党员先锋岗、党员示范岗不少于2个，党员亮身份、作承诺；年底开展评诺。",
                5, "先锋岗、示范岗每少1个扣0.5分；党员未亮身份、作承诺的扣1分；年底未开展评诺的扣1分。", "先锋岗名单、承诺书"),
            Row("党组织参与企业重大事项决策，企业发展战略、重大投资、涉及职工切身利益等事项听取党组织意见；党组织书记列席企业经营管理会议。",
                6, "重大事项未听取党组织意见的，每件扣1分，最高扣3分；书记未列席的扣1分；无相关会议记录的扣1分。", "经营管理会议记录"),
            Row("党组织带领工会、共青团、妇联等群团组织开展活动，每季度不少于1次；关心关爱职工，建立困难职工帮扶台账。",
                5, "群团活动每少1次扣0.5分；无帮扶台账的扣1分；因劳资纠纷引发群体性事件的，本项不得分。", "群团活动记录、帮扶台账"),
            Row("组建楼宇党员志愿服务队，每季度参与所在社区、楼宇志愿服务不少于1次；党员每人每年志愿服务时长不少于8小时。",
                5, "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；服务时长不足的，每人扣0.1分，最高扣1分。", "志愿服务队名册、服务时长记录"),
            Row("与楼宇所在社区党组织结对共建，签订共建协议，年内共建项目不少于2个；企业在职党员到居住地社区报到率达到100%。",
                6, "未签订共建协议的扣1分；共建项目每少1个扣1分；报到率每低5个百分点扣0.5分，最高扣2分。", "共建协议、报到回执"),
            Row("依托楼宇党群服务站开展“楼宇微课堂”“白领午间沙龙”等活动，每月不少于2场次；服务站每周开放不少于5天。",
                4, "活动每少1场次扣0.2分，最高扣2分；开放时间不足的扣1分。", "活动登记簿、活动照片"),
            Row("企业员工对党组织工作满意度达到百分之九十。",
                4, "满意度95%以上的得4分，90%（含）—95%的得3分，80%（含）—90%的得1分，80%以下的不得分。", "满意度测评表"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            Row("党组织活动场所面积不少于30平方米，有标识牌、有党旗、有制度，可与楼宇党群服务站共享使用。",
                4, "无活动场所的扣2分；标识、党旗、制度缺一项扣0.5分。", "场所照片"),
            Row("企业将党建工作经费纳入管理费用列支，党组织工作经费有预算、有台账；上级下拨党费使用规范。",
                4, "经费未落实的扣2分；无经费台账的扣1分；经费使用不规范的，酌情扣1分。", "经费台账"),
            Row("年初制定党建工作计划，7月10日前报送半年工作小结，年终形成工作总结；党组织书记年底向楼宇联合党委述职。",
                6, "无工作计划的扣1分；半年小结未报送的扣1分；无年终总结的扣1分；未述职的扣2分；述职评议“好”的比例低于70%的扣1分。",
                "工作计划、半年小结、工作总结、述职报告"),
            Row("企业依法经营、党员遵纪守法（本项为扣分项）。",
                6,
                "企业被列入严重违法失信名单的扣3分；党员受到党纪政务处分的，每人扣2分；发生重大安全生产事故或群体性事件的，实行一票否决，本项不得分。", "—"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "佐证资料", "得分"]
NOTE = ("说明：1.本表由区委两新工委于12月组织考核，楼宇联合党委和所在街道党工委配合，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式"
        "进行；2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.严重违法失信名单以“信用中国（重庆）”公示"
        "为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“红色楼宇”“五星”非公企业"
        "党组织评定和党建工作经费补助的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "楼宇党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：解放碑、化龙桥、大坪商务楼宇内单独组建和联合组建的非公企业党组织", ncols)
    xlsx_line(ws, "楼宇名称：              党组织名称：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, i + 1, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 76)
    xlsx_widths(ws, (14, 6, 46, 50, 6, 22, 7))
    wb.save(str(path))
