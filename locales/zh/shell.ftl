# membership-offers: see docs/glossary.md for the terms of each language.

## 每个页面的框架：页眉、导航、语言切换、页脚。

# 网络的名称（品牌名）。
-network-name = 合作伙伴网络
# 答复支持请求、验证增值税号并完成取消的团队。
-partner-support = 合作伙伴支持部门
# 页眉和浏览器标签中的产品名称。
shell-product-name = { -network-name }成员产品/服务
# 浏览器标签中的页面标题。
# Variables:
#   $page (String) - 页面标题，例如“成员产品/服务”
shell-page-title = { $page } · { -network-name }
shell-skip-to-content = 跳到正文
shell-language-label = 语言
shell-footer = { -network-name } · 成员产品/服务门户
shell-coming-soon = 门户的这一部分即将推出。

## 导航

nav-label = 主菜单
nav-menu-toggle = 菜单
nav-offers = 成员产品/服务
nav-competencies = 能力
nav-invoices = 发票
nav-support = 支持
nav-users = 用户
nav-profile = 合作伙伴资料
# Staff console navigation: the queue of support requests across organizations.
nav-staff-requests = 支持请求
# Staff console navigation: orders awaiting a bank transfer.
nav-staff-transfers = 银行转账
# Staff console navigation: VAT IDs awaiting verification.
nav-staff-vat-ids = 增值税号

## 语言名称，各用其本身的语言书写。

lang-name-en = English
lang-name-nl = Nederlands
lang-name-de = Deutsch
lang-name-fr = Français
lang-name-zh = 简体中文

## 找不到页面

not-found-title = 找不到页面
not-found-body = 你请求的页面不存在或已被移动。
not-found-home-link = 前往成员产品/服务

## 已登录用户

# 对于合作伙伴支持部门的人员，在页眉中显示此文本，而不显示组织。
shell-staff = { -partner-support }
# 页眉中用于结束会话的按钮。
shell-sign-out = 退出登录

## Country names (the organization's country on the profile, the order review and invoices).

country-nl = 荷兰
country-de = 德国
country-fr = 法国
country-be = 比利时
country-at = 奥地利
country-gb = 英国
country-cn = 中国
country-us = 美国

## 译者用：设置 LOCALES_RELOAD=1 时显示（开发环境）。

# 修改后的 .ftl 文件无法加载时显示在每页底部；下方是出错的文件、行和列。
locales-reload-failed = 修改后的翻译无法加载，因此显示的是上次成功加载的版本。请修正下方的文件，然后刷新页面。

## 在长列表的各页之间切换。

# 页面链接外的导航区域。
pager-label = 分页
pager-previous = 上一页
pager-next = 下一页
# Variables:
#   $page (Number) - 当前页，从 1 开始
#   $pages (Number) - 总页数
pager-position = 第 { $page } 页，共 { $pages } 页
