"""The volunteer's folders: the 台账 filed under the 鼓楼街道 checklist's own numbering (A-1 … E-2, not seed000's
item numbers), the copier's scan dump, WeChat group screenshots, what came down from above, downloaded learning
material and old years from a U盘."""

ROOT = "纺机新村党支部台账（2025）"
A1 = f"{ROOT}/A-1 班子建设"
A2 = f"{ROOT}/A-2 制度建设"
B1 = f"{ROOT}/B-1 三会一课"
B2 = f"{ROOT}/B-2 主题党日"
B3 = f"{ROOT}/B-3 党员教育管理"
B4 = f"{ROOT}/B-4 发展党员"
B5 = f"{ROOT}/B-5 党费"
C1 = f"{ROOT}/C-1 共驻共建"
C2 = f"{ROOT}/C-2 联席会议"
D1 = f"{ROOT}/D-1 为民服务"
D2 = f"{ROOT}/D-2 志愿服务"
E1 = f"{ROOT}/E-1 计划总结"
E2 = f"{ROOT}/E-2 测评考核"
SCANS = "扫描件"  # what the 社区's copier mailed to the volunteer: 扫描0001.pdf …
WECHAT = "微信群截图"
PHOTOS = "照片"
UP = "上级文件"
REFERENCE = "参考资料"
OLD = "U盘旧文件"
