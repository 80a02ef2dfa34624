"""Four community Party-building scoring tables (考核评分表 / 考核细则) for measuring requirement inference.

Each table is data here and is written as a real user would get it (Word or Excel, merged category cells, section
rows across the table, a title row, a 合计 row) by `build_table(name, folder)`. What a careful reader checks for
every item lives in labels/<name>.yaml, written from the tables alone, before any inference existed.

`HELDOUT` is never used to tune the inference: its labels, misses and wording are for the final measurement only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Row:
    """One scoring item as printed."""

    text: str  # 考核内容 / 考核要点 / 考核标准
    points: float
    scoring: str  # 评分标准 / 扣分办法 / 评分细则 / 扣分标准
    method: str = ""  # 考核方式 (only in tables that print it)
    indicator: str = ""  # a short sub-label column (考核指标), ignored by the importer


@dataclass(frozen=True)
class Section:
    name: str  # the category name as the importer reads it (no ordinal, no points)
    printed: str  # the category cell / section row as printed
    points: float
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Table:
    name: str
    fmt: Literal["docx", "xlsx"]
    title: str
    numbering: Literal["printed", "restart", "position"]  # 序号 1..N / 序号 restarting per category / no 序号
    sections: tuple[Section, ...]

    @property
    def total(self) -> float:
        return sum(s.points for s in self.sections)

    def item_ids(self) -> list[str]:
        """The ids the importer gives the items: "7", or "2.3" where the printed numbering restarts."""
        if self.numbering == "restart":
            return [f"{ci}.{ii}" for ci, s in enumerate(self.sections, 1) for ii in range(1, len(s.rows) + 1)]
        n = sum(len(s.rows) for s in self.sections)
        return [str(i) for i in range(1, n + 1)]


def _fmt(points: float) -> str:
    return f"{points:g}"


# ---------------------------------------------------------------------------------------------------------------
# A. 街道目标管理考核评分表 (.docx): 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 | 考核方式; merged category cells.

JIEDAO = Table(
    name="jiedao_mubiao_2026",
    fmt="docx",
    title="青禾街道2026年度社区党组织党建工作目标管理考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设\n（20分）", 20, (
            Row("社区党组织班子配备齐全，班子成员中35周岁以下至少1名，大专及以上学历的不少于2名。", 4,
                "无35周岁以下班子成员的扣2分；大专及以上学历成员不足2名的扣2分。", "查看档案材料"),
            Row("坚持民主集中制，重大事项经支部委员会集体研究决定，制定并执行“三重一大”事项议事规则。", 3,
                "未制定议事规则的扣1分；重大事项未经集体研究的，每例扣0.5分，最高扣2分。", "查看档案材料、谈话了解"),
            Row("社区党组织书记每年向街道党工委述职一次，年底形成书面述职报告，并组织党员群众进行评议。", 3,
                "无述职报告的扣2分；未组织评议的扣1分。", "查看档案材料"),
            Row("班子成员团结协作，分工明确，廉洁自律，在群众中威信较高。", 4,
                "根据谈话了解情况酌情扣分。", "谈话了解"),
            Row("落实党建工作责任制，书记与街道党工委签订党建工作目标责任书，班子成员“一岗双责”落实到位。", 3,
                "未签订责任书的不得分；“一岗双责”落实不到位的扣1-2分。", "查看档案材料、谈话了解"),
            Row("年初制定党建工作计划，年中有半年小结，年底有工作总结，计划、总结内容具体、措施明确。", 3,
                "缺计划、半年小结或年度总结的，每缺一项扣1分。", "查看档案材料"),
        )),
        Section("组织生活", "二、组织生活\n（30分）", 30, (
            Row("严格落实“三会一课”制度：支委会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，"
                "书记每年至少讲党课1次。", 8,
                "会议每少开一次扣0.5分；无会议记录的不得分。", "查看档案材料"),
            Row("党员参加组织生活出勤率达到90%以上，因事因病缺席的有请假记录。", 4,
                "出勤率每低5个百分点扣1分；缺席无请假记录的，每人次扣0.2分。", "查看档案材料"),
            Row("每月固定1天开展主题党日活动，活动有方案、有记录、有照片。", 4,
                "少开展一次扣0.5分；缺活动照片的扣1分。", "查看档案材料"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报街道党工委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分。", "查看档案材料"),
            Row("党员教育培训：党员每人每年参加集中学习培训不少于32学时，社区党组织书记参加上级示范培训不少于3天。", 4,
                "学时不足的扣2分；书记未参加培训的扣2分。", "查看档案材料"),
            Row("党员按月足额交纳党费，党费收缴台账登记规范，每半年向党员公示一次党费收缴情况。", 3,
                "有欠交、少交党费现象的，每人扣0.5分；未公示的扣1分。", "查看档案材料"),
            Row("流动党员、离退休党员管理服务到位，流动党员每季度至少联系一次，建有流动党员花名册。", 3,
                "无流动党员花名册的扣1分；联系记录每少一次扣0.5分。", "查看档案材料、谈话了解"),
        )),
        Section("服务群众", "三、服务群众\n（23分）", 23, (
            Row("建立社区“大党委”联席会议制度，每季度召开一次联席会议，研究解决社区治理难题。", 4,
                "无联席会议制度的扣1分；联席会议每少一次扣1分。", "查看档案材料"),
            Row("与辖区不少于3家单位签订共驻共建协议，全年开展共建活动不少于四次。", 4,
                "协议每少一家扣0.5分；共建活动每少一次扣0.5分。", "查看档案材料"),
            Row("组建党员志愿服务队，在职党员到社区报到率达到100%，每名报到党员全年参加志愿服务不少于2次。", 4,
                "报到率未达100%的扣1分；参加志愿服务每少一人次扣0.2分，最多扣2分。", "查看档案材料"),
            Row("开展“我为群众办实事”实践活动，年内为群众办实事不少于5件，建立办实事项目台账。", 4,
                "办实事少于5件的，每少一件扣0.5分；无台账的扣1分。", "查看档案材料、实地查验"),
            Row("党群服务中心每天有人值班，服务事项公开上墙，考核组实地查看阵地使用情况。", 3,
                "由考核组实地查看，酌情扣分。", "实地查验"),
            Row("居民群众对社区党组织的满意率不低于85%，党员对党建工作的知晓率达到百分之九十。", 4,
                "满意率90%以上得2分，85%—90%得1分，85%以下不得分；知晓率未达到90%的扣2分。", "问卷调查"),
        )),
        Section("阵地保障", "四、阵地保障\n（17分）", 17, (
            Row("党员活动阵地面积达标，标识统一规范，设置党务公开栏并按季度更新公开内容。", 4,
                "公开栏每季度更新一次，少一次扣0.5分；阵地标识不规范的扣1分。", "实地查验"),
            Row("党建工作经费纳入社区年度预算，有经费使用明细账，专款专用。", 3,
                "经费未纳入预算的扣1分；无使用明细的扣1分；挪用党建经费的不得分。", "查看档案材料"),
            Row("党建档案分类归档，台账资料齐全：党员花名册、会议记录、党费收缴台账、发展党员材料、活动照片等。", 5,
                "资料缺一项扣1分，扣完为止。", "查看档案材料"),
            Row("发展党员严格程序，每两年至少发展1名党员，入党积极分子培养考察有记录。", 5,
                "两年内未发展党员的扣2分；发展程序不规范的扣1-3分。", "查看档案材料"),
        )),
        Section("特色创新", "五、特色创新\n（10分）", 10, (
            Row("结合社区实际打造党建特色品牌，经验做法在区级以上媒体或工作简报上刊发。", 5,
                "无特色品牌的不得分；特色不鲜明、成效一般的扣2-3分。", "听取汇报、查看档案材料"),
            Row("党员在疫情防控、防汛抢险、矛盾调解等急难险重任务中作用发挥明显，群众评价好。", 5,
                "由考核组听取汇报、走访群众后综合评定。", "听取汇报、谈话了解"),
        )),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# B. 党支部标准化规范化建设考核细则 (.xlsx): 考核指标 | 考核要点 | 分值 | 扣分办法 | 得分; section rows across
# the sheet; no 序号 (the importer numbers items by position); an unit/date line above the header.

ZHIBU = Table(
    name="zhibu_guifan",
    fmt="xlsx",
    title="红星社区党支部标准化规范化建设考核细则",
    numbering="position",
    sections=(
        Section("组织设置规范", "一、组织设置规范（15分）", 15, (
            Row("党员7人以上的党支部设立支部委员会，支委会按期换届，换届选举程序规范、材料完整。", 4,
                "未按期换届的不得分；换届材料缺一项扣1分。", indicator="支部设置"),
            Row("支部委员会成员中至少有1名35周岁以下的年轻党员，支部书记具有大专及以上学历。", 3,
                "不符合要求的，每项扣1.5分。", indicator="班子结构"),
            Row("建立党员花名册和党员档案，党员组织关系转接及时，党员信息每半年核对更新一次。", 4,
                "无党员花名册的扣2分；信息未按时更新的扣1分；组织关系转接不及时的，每例扣0.5分。", indicator="党员管理"),
            Row("建立健全党员学习制度、党内谈心谈话制度和党务公开制度，制度上墙公示。", 4,
                "缺一项制度扣1分，扣完为止。", indicator="制度建设"),
        )),
        Section("组织生活规范", "二、组织生活规范（30分）", 30, (
            Row("支委会每月1次、党员大会每季度1次、党课每季度1次，党小组每两月至少活动一次。", 8,
                "三会一课未落实的，每例扣0.5分。", indicator="三会一课"),
            Row("会议记录要素齐全，载明时间、地点、主持人、应到实到人数、议题和决议，参会人员签到。", 3,
                "会议记录要素不全的，每次扣0.2分，最高扣2分；无签到表的扣1分。", indicator="会议记录"),
            Row("党员大会到会率不低于80%，支委会委员全员到会。", 4,
                "到会率低于80%的，每次扣0.5分。", indicator="参会情况"),
            Row("每月开展一次主题党日活动，活动有签到、有记录、有图片资料。", 5,
                "每少一次扣0.5分；无图片资料的扣1分。", indicator="主题党日"),
            Row("每年召开组织生活会不少于一次，会前开展谈心谈话，会上开展批评和自我批评，会后形成整改清单。", 5,
                "未召开的不得分；未开展谈心谈话的扣1分；无整改清单的扣1分。", indicator="组织生活会"),
            Row("每年开展一次民主评议党员，评定等次，党员参评率达到95%以上。", 5,
                "未开展民主评议的扣3分；参评率每低于标准1个百分点扣0.2分。", indicator="民主评议"),
        )),
        Section("党员教育管理", "三、党员教育管理（20分）", 20, (
            Row("制定年度党员学习教育计划，全年集中学习不少于十二次，党员参学率达到90%。", 5,
                "无年度学习计划的扣1分；集中学习每少一次扣0.3分；参学率低于90%的扣1分。", indicator="学习教育"),
            Row("组织党员参加网上学习平台学习，每名党员年度学习时长不少于50学时。", 3,
                "学时不达标的，每人扣0.2分，最多扣3分。", indicator="网络学习"),
            Row("严格按照“五个阶段、二十五个步骤”发展党员，发展对象经过公示，入党材料完整规范。", 4,
                "发展程序不规范的，每例扣1分；材料不全的酌情扣分。", indicator="发展党员"),
            Row("党费收缴使用管理规范，党员按月交纳党费，建立党费收缴台账，党费收缴情况每年向党员公布两次。", 4,
                "党费未按月收缴的，每发现一人次扣0.2分；收缴情况未公布的扣0.5分。", indicator="党费管理"),
            Row("对生活困难党员和老党员开展走访慰问，“七一”、春节前后走访不少于两次，有走访记录和照片。", 4,
                "走访每少一次扣0.5分；无影像资料的扣1分。", indicator="关爱帮扶"),
        )),
        Section("作用发挥", "四、作用发挥（20分）", 20, (
            Row("党员志愿服务队每季度开展一次志愿服务活动，党员参与率不低于百分之八十。", 5,
                "参与率90%以上得5分，80%—90%得3分，80%以下不得分；每少开展一次活动扣1分。", indicator="志愿服务"),
            Row("为有劳动能力的党员设岗定责，党员公开承诺践诺，签订党员承诺书，年终开展履诺评议。", 4,
                "未签订承诺书的扣2分；未开展履诺评议的扣1分；设岗定责流于形式的扣1分。", indicator="设岗定责"),
            Row("推行“党建+网格”，每名党员联系居民10户以上，每两月走访一次并记入民情日志。", 4,
                "未建立党员联户台账的扣1分；走访记录不全的扣1-2分。", indicator="网格联户"),
            Row("党支部在社区治理中发挥战斗堡垒作用，班子团结，群众评价好，考核组实地查看阵地。", 7,
                "群众满意度测评低于80%的扣3分；其他情况由考核组综合评定。", indicator="群众评价"),
        )),
        Section("基础台账", "五、基础台账（15分）", 15, (
            Row("党建台账资料齐全：支部工作计划和总结、“三会一课”记录本、党员花名册、党费收缴台账、"
                "组织关系介绍信存根、党员承诺书。", 10,
                "缺一项扣1分，扣完为止；资料不规范的扣0.5分。", indicator="台账资料"),
            Row("党支部书记年底向党员大会述职，述职报告在社区公示栏公示。", 5,
                "未述职的不得分；未公示的扣2分。", indicator="书记述职"),
        )),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# C. 城市社区党建工作考核评分表 (.xlsx): a title row above the header; 考核类别 | 序号 | 考核内容 | 分值 | 评分细则 |
# 考核方法 | 自评得分; 序号 restarts in every category; a 合计 row at the bottom.

CHENGSHI = Table(
    name="chengshi_shequ_2026",
    fmt="xlsx",
    title="2026年度城市社区党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("基层组织建设", "一、基层组织建设（25分）", 25, (
            Row("社区党组织领导班子结构合理，班子成员中40周岁以下的不少于1名，本科以上学历的不少于1名。", 4,
                "每缺一类人员扣1分。", "查阅资料"),
            Row("社区党组织书记通过法定程序担任居委会主任，社区“两委”班子成员交叉任职比例超过50%。", 3,
                "未实行“一肩挑”的扣1.5分；交叉任职比例未超过50%的扣1.5分。", "查阅资料"),
            Row("按期召开支部委员会，每月不少于1次；支部党员大会每季度不少于1次；党小组会每月1次。", 6,
                "支委会少开一次扣0.3分，党员大会少开一次扣0.5分，党小组会少开一次扣0.2分。", "查阅会议记录"),
            Row("书记、委员每年为党员讲党课不少于两次，其中书记至少讲一次。", 3,
                "每少一次扣1分。", "查阅资料"),
            Row("每年年初召开专题会议研究部署党建工作，制定年度党建工作要点；年终召开党建工作总结大会。", 3,
                "无工作要点的扣1.5分；未召开总结大会的扣1.5分。", "查阅资料"),
            Row("党务公开每季度一次，公开内容包括党费收缴、发展党员、评优评先等，公开资料留存备查。", 3,
                "公开不及时的，每次扣0.5分。", "查阅资料、实地查看"),
            Row("深化“双报到”工作，机关企事业单位在职党员到社区报到率达95%以上，报到党员参加社区活动有记录。", 3,
                "报到率每低1个百分点扣0.5分；无参加活动记录的扣1分。", "查阅资料"),
        )),
        Section("党员队伍建设", "二、党员队伍建设（24分）", 24, (
            Row("按照年度发展党员计划做好发展工作，对入党积极分子每半年考察一次，考察记录完整。", 4,
                "未按计划发展的扣2分；考察记录每缺一次扣0.5分。", "查阅资料"),
            Row("党员每人每年集中轮训时间累计不少于40学时，支部委员每年参加区级以上培训不少于1次。", 4,
                "轮训学时不足的扣2分；支部委员未参加培训的，每人扣0.5分。", "查阅资料"),
            Row("党员按月足额交纳党费，做到无欠交、漏交，党费收缴台账清晰。", 4,
                "有党员欠交党费3个月以上的，每人扣1分；台账不清的扣1分。", "查阅党费台账"),
            Row("落实“三会一课”参加情况登记，党员参会率达到90%，对无故连续6个月不参加组织生活的党员按规定处置。", 4,
                "参会率90%以上得4分，85%（含）—90%得3分，80%—85%得2分，80%以下不得分；应处置未处置的，每例扣1分。",
                "查阅会议记录"),
            Row("开展党员积分制管理，每季度评定一次积分，年底公布党员积分排名。", 4,
                "未实行积分制管理的不得分；积分评定每少一次扣0.5分；未公布的扣1分。", "查阅资料"),
            Row("流动党员纳入管理，建立流动党员联系卡，每月通过电话、微信联系一次。", 4,
                "未建立联系卡的扣2分；联系不经常的酌情扣1-2分。", "查阅资料、电话抽查"),
        )),
        Section("服务型党组织建设", "三、服务型党组织建设（30分）", 30, (
            Row("社区党群服务中心面积不少于300平方米，功能室设置合理，每周开放时间不少于40小时。", 4,
                "面积不达标的扣2分；开放时间不足的扣1分。", "实地查看"),
            Row("建立社区、驻区单位、“两新”组织党组织共同参与的联席会议制度，联席会议每半年不少于一次。", 4,
                "未建立制度的扣2分；少开一次扣1分。", "查阅资料"),
            Row("与驻区单位签订共建协议，全年开展联建共建活动不少于6次，形成资源、需求、项目“三张清单”。", 5,
                "无共建协议的扣1分；共建活动每少1次扣0.5分；无“三张清单”的扣1分。", "查阅资料"),
            Row("党员志愿者注册率达到80%以上，全年开展志愿服务活动不少于十次，活动有记录、有影像资料。", 5,
                "注册率未达到80%的扣1分；每少开展一次活动扣0.3分；无影像资料的扣1分。", "查阅资料"),
            Row("建立居民诉求收集办理机制，群众诉求办结率超过95%，办理情况有台账。", 4,
                "办结率每低5个百分点扣1分，最高扣3分；无台账的扣1分。", "查阅资料"),
            Row("开展民主协商议事，每两月召开一次居民议事会，协商结果向居民公开。", 4,
                "议事会每少一次扣0.5分；协商结果未公开的扣1分。", "查阅资料"),
            Row("居民群众对社区党组织服务满意度测评达到90%，党员群众对党建工作知晓率不低于85%。", 4,
                "满意度每低1个百分点扣0.2分；知晓率低于85%的扣1分。", "问卷调查"),
        )),
        Section("党建工作保障", "四、党建工作保障（21分）", 21, (
            Row("落实社区党组织工作经费和服务群众专项经费，建立经费使用台账，每年公开一次经费使用情况。", 4,
                "经费使用无台账的扣2分；未公开的扣1分。", "查阅资料"),
            Row("社区工作者每年参加业务培训不少于3天，持证上岗率达到60%。", 4,
                "培训时间不足的扣2分；持证上岗率不达标的扣2分。", "查阅资料"),
            Row("党建档案规范管理，电子台账与纸质台账同步，资料按年度装订成册。", 4,
                "档案管理不规范的扣1-3分。", "查阅资料"),
            Row("设置党建宣传栏、电子屏，宣传内容每月更新，考核组实地查看。", 3,
                "宣传栏未按月更新的，每次扣0.3分。", "实地查看"),
            Row("社区党组织在重大任务中作用发挥明显，群众口碑好，年内无信访积案和重大安全事故。", 6,
                "发生重大安全事故或群体性事件的，本项不得分。", "听取汇报、走访群众"),
        )),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# D. (held out) 社区党建工作考核细则 (.docx): 项目 | 序号 | 考核标准 | 标准分 | 扣分标准 | 考核方式 | 自评分 |
# 考核分; merged category cells; a 合计 row whose label sits in the category column.

LANTING = Table(
    name="lanting_xize",
    fmt="docx",
    title="兰亭社区2026年度党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("认真学习贯彻党的二十大精神，支部制定年度理论学习计划，全年开展专题学习研讨不少于6次。", 5,
                "无学习计划的扣1分；专题学习研讨每少一次扣0.5分。", "查看档案材料"),
            Row("落实意识形态工作责任制，每半年分析研判一次意识形态领域情况，宣传阵地管理规范。", 4,
                "未开展分析研判的，每次扣1分；阵地管理存在问题的酌情扣分。", "查看档案材料、实地查验"),
            Row("社区“两委”成员中的党员参加所在党支部组织生活，出席率不低于百分之九十五。", 3,
                "出席率每低2个百分点扣0.5分。", "查看档案材料"),
            Row("严肃党内政治生活，召开年度组织生活会和民主评议党员大会，党员参加率100%。", 3,
                "未召开的不得分；党员参加率未达100%的扣1分。", "查看档案材料"),
        )),
        Section("组织建设", "组织建设（35分）", 35, (
            Row("支部委员会按规定设置，委员职数3至5名，班子中有1名以上35岁以下委员，书记年龄不超过55周岁。", 4,
                "班子结构不符合要求的扣2分。", "查看档案材料"),
            Row("“三会一课”：支部委员会每月召开一次，党员大会两个月召开一次，党课每季度一次，党小组会按月开展。", 8,
                "支委会、党员大会、党小组会每少一次各扣0.5分；党课每少一次扣1分。", "查看档案材料"),
            Row("主题党日活动每月开展，做到“六个一”，活动记录、签到表、照片齐全。", 4,
                "主题党日少开展一次扣0.3分；资料缺一项扣0.2分。", "查看档案材料"),
            Row("年底前完成党员组织关系集中排查，建立党员信息台账，“口袋党员”“失联党员”清零。", 4,
                "未开展排查的扣2分；存在失联党员的，每人扣0.5分。", "查看档案材料"),
            Row("年内至少发展1名党员或确定1名入党积极分子，发展党员全程纪实。", 4,
                "年内未发展党员也未确定入党积极分子的扣2分；纪实材料不全的扣1分。", "查看档案材料"),
            Row("党员按规定标准每月交纳党费，党费专户管理，收缴明细逐月登记。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣2分；无收缴明细的扣2分。", "查看档案材料"),
            Row("党组织书记参加区委组织部集中培训不少于5天，支部委员年度培训不少于24小时。", 4,
                "未达到培训时长要求的，每人扣1分。", "查看档案材料"),
            Row("汇编党支部工作制度，包括“三会一课”制度、组织生活会制度、发展党员制度、党费收缴管理制度。", 3,
                "缺一项制度扣0.5分。", "查看档案材料"),
        )),
        Section("服务群众", "服务群众（30分）", 30, (
            Row("落实“街乡吹哨、部门报到”，社区党组织牵头召开联席会议每两月不少于1次，群众反映问题解决率达到90%。", 5,
                "联席会议少开一次扣0.5分；问题解决率每低5个百分点扣1分。", "查看档案材料"),
            Row("在职党员到社区报到后认领服务岗位，每人每年参加社区志愿服务不少于3次，服务时长累计不少于12小时。", 5,
                "报到党员参加服务次数不足的，每人扣0.2分，扣完为止。", "查看档案材料"),
            Row("与驻区单位签订党建共建责任书，共建单位不少于5家，共建项目有计划、有落实、有总结。", 5,
                "共建单位每少一家扣0.5分；共建项目缺计划或总结的扣1分。", "查看档案材料"),
            Row("每季度开展一次“党员进网格、服务面对面”入户走访，走访覆盖率达到100%，建立民情台账。", 5,
                "走访少一次扣0.5分；覆盖率未达100%的扣1分；无民情台账的扣1分。", "查看档案材料、谈话了解"),
            Row("群众对社区党组织的满意率达到90%以上，考核组随机走访居民核实。", 5,
                "满意率90%以上得5分，80%（含）—90%得3分，70%—80%得1分，70%以下不得分。", "问卷调查、谈话了解"),
            Row("社区党组织在基层治理中战斗堡垒作用发挥明显，班子团结，党员先锋模范作用突出，群众认可度高。", 5,
                "由考核组综合评定，酌情扣分。", "听取汇报、谈话了解"),
        )),
        Section("党建保障", "党建保障（20分）", 20, (
            Row("党群服务阵地规范化建设，标识标牌统一，党员活动室使用率高。", 5,
                "实地查看，阵地建设不规范的扣1-3分。", "实地查验"),
            Row("年初编制党建工作经费预算，党建经费单独列支，年底公开经费使用情况。", 5,
                "无经费预算的扣2分；未公开的扣1分。", "查看档案材料"),
            Row("党建工作年初有计划、半年有小结、年终有总结，按时上报街道党工委。", 5,
                "缺一项扣2分；上报不及时的扣0.5分。", "查看档案材料"),
            Row("台账资料：党员花名册、换届选举材料、“三会一课”会议记录、党费缴纳台账、党员积分档案，归档规范。", 5,
                "缺一项扣1分。", "查看档案材料"),
        )),
    ),
)

_TABLES: dict[str, Table] = {t.name: t for t in (JIEDAO, ZHIBU, CHENGSHI, LANTING)}
TABLES: list[str] = list(_TABLES)
HELDOUT = "lanting_xize"
TUNING: list[str] = [n for n in TABLES if n != HELDOUT]


def table(name: str) -> Table:
    return _TABLES[name]


# ---------------------------------------------------------------------------------------------------------------
# Writing the files


def _merge_docx_cells(tbl, r0: int, c0: int, r1: int, c1: int, text: str) -> None:
    merged = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
    merged.text = text


def _build_jiedao(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方式"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    document.add_paragraph(t.title)
    document.add_paragraph("被考核单位：                    考核时间：    年  月  日")
    tbl = document.add_table(rows=1 + n_items, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            values = [str(number), "", row.text, _fmt(row.points), row.scoring, row.method]
            for c, v in enumerate(values):
                if v:
                    tbl.cell(r, c).text = v
            r += 1
            number += 1
        _merge_docx_cells(tbl, first, 1, r - 1, 1, s.printed)
    document.add_paragraph("说明：考核实行百分制，各项扣分以该项分值扣完为止。")
    document.save(str(path))


def _build_lanting(t: Table, path: Path) -> None:
    import docx

    header = ["项目", "序号", "考核标准", "标准分", "扣分标准", "考核方式", "自评分", "考核分"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph(t.title)
    tbl = document.add_table(rows=2 + n_items, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            values = ["", str(number), row.text, _fmt(row.points), row.scoring, row.method, "", ""]
            for c, v in enumerate(values):
                if v:
                    tbl.cell(r, c).text = v
            r += 1
            number += 1
        _merge_docx_cells(tbl, first, 0, r - 1, 0, s.printed)
    tbl.cell(r, 0).text = "合计"
    _merge_docx_cells(tbl, r, 1, r, 2, "")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph("考核组成员签字：")
    document.save(str(path))


def _build_zhibu(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    header = ["考核指标", "考核要点", "分值", "扣分办法", "得分"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核细则"
    ws.append(["被考核党支部：                     考核日期：        年    月    日"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for s in t.sections:
        ws.append([s.printed])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, None])
            ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True)
    wb.save(str(path))


def _build_chengshi(t: Table, path: Path) -> None:
    import openpyxl

    header = ["考核类别", "序号", "考核内容", "分值", "评分细则", "考核方法", "自评得分"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows, start=1):
            ws.append([s.printed if i == 1 else None, i, row.text, row.points, row.scoring, row.method, None])
        ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append([None, None, "合计", t.total, None, None, None])
    wb.save(str(path))


_BUILDERS = {"jiedao_mubiao_2026": _build_jiedao, "zhibu_guifan": _build_zhibu,
             "chengshi_shequ_2026": _build_chengshi, "lanting_xize": _build_lanting}


def build_table(name: str, folder: Path) -> Path:
    """Write table `name` into `folder` (created if needed) as the user would receive it; return the file."""
    t = table(name)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{t.title}.{t.fmt}"
    _BUILDERS[name](t, path)
    return path
