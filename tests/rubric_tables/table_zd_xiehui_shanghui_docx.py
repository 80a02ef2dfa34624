"""成都市武侯区行业协会商会综合党委2026年度行业协会商会党组织党建工作考核细则 (.docx), as a 四川 综合党委 (under the
区委两新工委) scores the 党支部 of each 行业协会、商会 it looks after: 组织覆盖、组织生活、作用发挥、基础保障.

An "附件3" line, the title (bold, centred), a centred "（适用于区属行业协会、商会党组织）" line and a "协会（商会）名称：…
党组织书记：…" line above one table: 考核项目 | 考核内容 | 分值 | 扣分标准 | 佐证资料. The categories are MERGED CELLS
down the 考核项目 column, printed "一、组织覆盖（15分）" on one line. There is NO 序号: items are numbered by position
(1..21). 分值 is printed with its unit ("5分"). Some requirements are printed only in 扣分标准 (a 台账, a 测评). 佐证资料
(`Row.method`) names the papers the 协会 hands in, or "实地查看". A 合计 row (label under 考核项目..考核内容, "100分"
under 分值) and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zd_xiehui_shanghui_docx",
    fmt="docx",
    title="成都市武侯区行业协会商会综合党委2026年度行业协会商会党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("组织覆盖", "一、组织覆盖（15分）", 15, (
            Row("协会（商会）有正式党员三名以上的单独建立党支部；不足三名的联合组建或选派党建工作指导员。", 5,
                "应建未建的本项不得分；未选派党建工作指导员的扣2分。", "党组织成立批复、指导员选派文件"),
            Row("党组织书记由会长或秘书长中的党员担任，年龄一般在六十周岁以下。", 4,
                "书记不是会长、秘书长的扣2分；年龄超过的扣1分。", "党组织班子成员名册"),
            Row("党建工作写入协会（商会）章程。", 3,
                "未写入章程的扣3分。", "协会章程"),
            Row("推动会员企业建立党组织，会员企业党组织覆盖率较上年提高。", 3,
                "未提高的扣1分；无会员企业党组织台账的扣2分。", "会员企业党组织台账"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("支部委员会每月召开；党员大会每季度召开；党课每季度一次。", 9,
                "缺一次扣0.5分，扣完为止。", "会议记录、签到表"),
            Row("主题党日与会员活动日结合，每月一次，做到有主题、有记录。", 5,
                "少一次扣0.5分；无记录的不得分。", "活动照片"),
            Row("党员参加组织生活到会率八成以上。", 4,
                "到会率每低十个百分点扣1分。", "签到表"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求会员企业意见。", 6,
                "未召开的扣4分；未征求意见的扣1分；未开展民主评议的扣1分。", "征求意见表、民主评议测评表"),
            Row("按月收缴党费，按规定标准交纳。", 3,
                "查看党费收缴台账，少交、漏交的每人扣0.5分。", "党费收缴台账"),
            Row("理事会、监事会会议前集体学习习近平新时代中国特色社会主义思想，全年不少于六次。", 3,
                "每少一次扣0.5分。", "学习记录"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            Row("协会换届、会费标准、重大活动、大额资金使用等重大事项，须经党组织前置研究。", 6,
                "发现一次未经前置研究的扣2分。", "党组织会议纪要"),
            Row("引导会员企业诚信经营，每年开展行业自律、诚信建设活动两次以上。", 5,
                "少一次扣1分；会员企业发生重大失信事件被通报的扣2分。", "活动方案"),
            Row("为会员企业办实事每年不少于三件；开展政策宣讲、法律咨询、人才培训等服务活动。", 6,
                "实事每少一件扣1分；服务活动开展不好的酌情扣分。", "办实事清单、活动照片"),
            Row("党员会员企业中设立党员示范岗不少于五个，党员在行业中发挥示范作用。", 5,
                "示范岗每少一个扣1分。", "示范岗名单"),
            Row("组织会员企业参与乡村振兴、社区共建等公益活动，每半年至少一次；与一个以上社区党组织签订共建协议。", 6,
                "公益活动每少一次扣1分；未签订共建协议的扣2分。", "共建协议、活动照片"),
            Row("每季度报送党建信息一条以上；建立党建工作微信公众号专栏。", 3,
                "信息每少一条扣0.5分；无专栏的扣1分。", "报送记录"),
            Row("会员企业对党组织工作的评价。", 4,
                "年底组织会员企业测评，满意度低于百分之八十五的扣2分，低于百分之七十的不得分。", "测评表"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            Row("有党员活动室；有党旗、入党誓词；有党建书籍；有制度上墙。", 5,
                "每缺一项扣1分。", "实地查看"),
            Row("党建工作经费纳入协会年度预算。", 5,
                "未纳入预算的扣3分；经费使用无明细的扣2分。", "年度预算表、经费明细账"),
            Row("有党组织议事规则；有党员教育管理制度；有年度工作计划和总结；台账分类归档。", 6,
                "制度缺一项扣1分；无计划或总结的各扣1分；台账杂乱的酌情扣分。", "制度文本、计划、总结"),
            Row("党建工作指导员每月到协会指导工作不少于一次，有工作日志。", 4,
                "指导次数每少一次扣0.5分；无工作日志的扣1分。", "指导员工作日志"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "扣分标准", "佐证资料"]
SCOPE = "（适用于区属行业协会、商会党组织）"
NOTE = ("说明：1.考核采取听取汇报、查阅资料、实地查看、走访会员企业相结合的方式；2.各项扣分不超过该项分值；3.协会"
        "（商会）被列入活动异常名录或严重违法失信名单的，年度考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    docx_centred(document, SCOPE)
    document.add_paragraph("协会（商会）名称：                              党组织书记：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points) + "分"), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = _fmt(t.total) + "分"
    document.add_paragraph(NOTE)
    document.save(str(path))
