"""The clerk's folders: the 台账 in six sections named after what the 考核 asks for in her own words (not seed000's
item numbers), the meetings by quarter, what the 街道 sent down, what the phone exported, a 待归档 heap and old years."""

ROOT = "云锦大厦联合党支部2025年台账"
TEAM = f"{ROOT}/一、班子建设和制度"
LIFE = f"{ROOT}/二、组织生活"
Q = {1: f"{LIFE}/第一季度", 2: f"{LIFE}/第二季度", 3: f"{LIFE}/第三季度", 4: f"{LIFE}/第四季度"}
MEMBERS = f"{ROOT}/三、党员发展与管理"
JOINT = f"{ROOT}/四、区域化党建"
SERVICE = f"{ROOT}/五、党群服务站和服务群众"
YEAR_END = f"{ROOT}/六、计划总结测评"
UP = "上级来文"
PHONE = "手机导出"
CAMERA = f"{PHONE}/Camera"
SHOTS = f"{PHONE}/Screenshots"
WEIXIN = f"{PHONE}/WeiXin"
MEMO = f"{PHONE}/备忘录"
HEAP = "待归档"
OLD = "往年资料"


def quarter(n: int) -> str:
    """The folder of quarter n (1-4)."""
    return Q[n]
