# membership-offers: see docs/glossary.md for the terms of each language.

## 用户页面（源文档 000：添加用户并分配角色）

# 源文档 000 中的五个合作伙伴角色以及网络工作人员。
role-global-admin = 全局管理员
role-user-admin = 用户管理员
role-partner-admin = 合作伙伴管理员
role-admin-agent = 管理员代理
role-sales-agent = 销售代理
role-support-agent = 支持专员
role-translator = 翻译人员
users-column-name = 姓名
users-column-email = 电子邮件地址
users-column-roles = 角色
users-column-status = 状态
users-active = 已启用
users-deactivated = 已停用
users-deactivate = 停用
users-activate = 启用
users-save-roles = 保存角色
# 用户角色复选框的辅助功能名称。
# Variables:
#   $name (String) - 用户的姓名
users-roles-of = { $name } 的角色
users-you = 你
users-add-heading = 添加用户
users-name = 姓名
users-email = 电子邮件地址
users-initial-password = 初始密码
users-initial-password-hint = 至少 12 个字符。请当面将密码交给该用户，该用户将使用它登录。
users-no-role-hint = 没有角色的用户只能查看产品/服务及其状态。
users-add-submit = 添加用户
users-password-too-short = 密码必须至少包含 12 个字符。
users-email-taken = 已存在使用此电子邮件地址的用户。
users-last-global-admin = 你的组织必须至少保留一名已启用的全局管理员。
users-done-added = 已添加该用户。
users-done-changed = 已更改该用户。
# Shown when a user admin tries to change their own roles or deactivate themselves.
users-refused-own-account = 你不能更改自己的角色，也不能停用自己。其他管理员可以为你操作。
# Shown when someone who is not a Global admin tries to grant or remove Global admin, or to change a Global admin.
users-refused-global-admin-only = 只有全局管理员才能授予或撤销全局管理员角色，或更改全局管理员。
# Beside your own row on the Users page, where no forms are offered.
users-own-account-hint = 其他管理员可以更改你的角色。
# Beside a Global admin's row, for a User admin (who may not change it).
users-global-admin-only-hint = 只有全局管理员才能更改此用户。
# A user with no role, in the Roles column.
users-no-role = 无角色（仅查看）
