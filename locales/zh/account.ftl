# membership-offers: see docs/glossary.md for the terms of each language.

## 登录页面

sign-in-title = 登录
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-submit = 登录
# 有意对未知的电子邮件地址和错误的密码显示同一条消息。
sign-in-failed = 电子邮件地址或密码不正确。
# 在失败次数过多后显示。
# Variables:
#   $minutes (Number) - 再次尝试前需要等待的分钟数
sign-in-throttled = 尝试失败次数过多。请等待 { $minutes } 分钟后重试。
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = 当前登录的人数过多。请几秒钟后重试。

## My account (every signed-in user): password and sessions

# Heading of the account page; the user's name in the header links to it.
account-title = 我的账户
account-password-heading = 更改密码
account-current-password = 当前密码
account-new-password = 新密码
account-new-password-hint = 至少 12 个字符。由几个单词组成的密码短语容易记住，且难以猜到。
account-confirm-password = 再次输入新密码
account-password-submit = 更改密码
# After a successful change; the user's other sessions have ended.
account-password-changed = 你的密码已更改。你已在其他所有地方退出登录。
# Shown (and every other page is closed) until a user replaces the password an admin gave them.
account-must-change-password = 你的密码是由管理员设置的。请设置你自己的密码以继续。
account-password-too-short = 新密码必须至少包含 12 个字符。
account-password-unchanged = 新密码必须与当前密码不同。
account-password-mismatch = 两次输入的新密码不一致。
account-current-password-wrong = 当前密码不正确。
account-sign-out-everywhere-heading = 在所有设备上退出登录
account-sign-out-everywhere-hint = 结束你账户的所有会话，包括此设备和其他所有设备，例如在使用共享计算机之后。
account-sign-out-everywhere-submit = 在所有设备上退出登录
# On the sign-in page, after "Sign out everywhere".
account-signed-out-everywhere = 你已在所有设备上退出登录。
