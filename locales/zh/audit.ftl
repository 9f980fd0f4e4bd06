## 审核日志页面（全局管理员）

audit-title = 审核日志
audit-filter-action = 操作
audit-filter-user = 用户
audit-column-when = 时间
audit-column-who = 用户
audit-column-action = 操作
audit-column-detail = 详细信息
audit-column-address = IP 地址
audit-action-sign-in = 已登录
audit-action-sign-in-failed = 登录失败
audit-action-sign-out = 已退出登录
audit-action-purchase = 购买
audit-action-renewal = 续订
audit-action-automatic-renewal = 自动续订
audit-action-reactivation = 重新激活
audit-action-auto-renewal-off = 已关闭自动续订
audit-action-cancellation-requested = 已申请取消
audit-action-profile-updated = 已更改合作伙伴资料
audit-action-user-added = 已添加用户
audit-action-user-roles-changed = 已更改角色
audit-action-user-activated = 已启用用户
audit-action-user-deactivated = 已停用用户
audit-action-enrolled = 已加入本网络
audit-action-other = 其他
audit-action-auto-renewal-on = 已打开自动续订
