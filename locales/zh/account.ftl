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
sign-in-throttled = 尝试失败次数过多。请等待{ $minutes }分钟后重试。
# Shown when the server is checking too many passwords at once (a flood of sign-ins); nothing is wrong with the account.
sign-in-busy = 当前登录的人数过多。请几秒钟后重试。
