# membership-offers: see docs/glossary.md for the terms of each language.

## 无障碍声明（/accessibility），每个页面的页脚都有链接。

# 页脚中指向声明的链接，也是页面标题。
a11y-title = 无障碍
# 声明的第一段。
a11y-intro = { -network-name }希望每位为合作伙伴工作的人都能使用本门户：无论使用键盘、屏幕阅读器还是放大镜，无论在手机还是电脑上。
a11y-standard-heading = 我们遵循的标准
a11y-standard = 本门户以符合《Web 内容无障碍指南》（WCAG）2.2 AA 级为目标，目前部分符合：已知的限制列在下方。
a11y-testing-heading = 测试方式
# 每次发布都会运行这些检查；“axe-core”和“Nu HTML Checker”是产品名称。
a11y-testing-axe = 每个页面都以全部五种语言、在登录和未登录状态下，用 axe-core 按 WCAG 2.2 A 级和 AA 级规则检查，分别在电脑宽度和手机宽度下进行。
a11y-testing-html = 每个页面都用 W3C 的 Nu HTML Checker 检查。
a11y-testing-keyboard = 浏览器测试只用键盘完成主要任务：登录、用银行卡续订、关闭自动续订、申请取消以及下载发票。
a11y-testing-phone = 在手机屏幕上，页面不会横向滚动；每项任务在不启用 JavaScript 时也能完成。
a11y-limits-heading = 已知限制
a11y-limit-colors = 本门户只有浅色配色。在强制颜色模式（例如 Windows 高对比度）下，状态标记保留边框，因此不会只用颜色表示状态。
a11y-limit-pdf = 发票和贷项通知单的 PDF 没有标记结构：屏幕阅读器可以读出文字，但读不出版式。相同的金额也显示在“发票”页面和 CSV 导出文件中。
a11y-limit-manual = 本门户尚未由日常使用辅助技术的人员测试。
a11y-contact-heading = 反馈
a11y-contact = 如果本门户中有难以使用的地方，请通过“支持”告诉{ -partner-support }，或请你所在组织的管理员代为反馈。
