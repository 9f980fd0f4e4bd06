# membership-offers: see docs/glossary.md for the terms of each language.

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
audit-action-password-changed = 已更改密码
audit-action-signed-out-everywhere = 已在所有设备上退出登录
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
audit-action-transfer-received = 已收到银行转账
audit-action-transfer-cancelled = 未收到银行转账；订单已取消
audit-action-support-request-handled = { -partner-support }已处理支持请求
audit-action-cancellation-completed = { -partner-support }已完成取消
audit-action-competency-status-set = { -partner-support }已设置能力要求状态
audit-action-vat-id-verified = 增值税号已验证
audit-action-vat-id-rejected = 增值税号已拒绝

## The Details column: one line per fact of an entry. Entries written before these
## messages existed keep the English text they were written with.

# Variables:
#   $number (String) - the order number, e.g. "ORD-2026-000001"
audit-fact-order = 订单 { $number }
# Variables:
#   $number (String) - the invoice number, e.g. "INV-2026-000001"
audit-fact-invoice = 发票 { $number }
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
audit-fact-credit-note = 贷项通知单 { $number }
# The VAT ID that Partner Support or VIES verified or rejected.
# Variables:
#   $number (String) - the VAT ID, e.g. "DE136695976"
audit-fact-vat-id = 增值税号 { $number }
# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $id (String) - the subscription's number in the portal, e.g. "12"
audit-fact-subscription = { $offer }（订阅 { $id }）
# Variables:
#   $date (String) - the day the bank transfer came in, formatted
audit-fact-received-on = 于 { $date } 收到
# Variables:
#   $date (String) - the day the cancellation takes effect, formatted
audit-fact-effective-on = 于 { $date } 生效
# Why automatic renewal was turned off.
# Variables:
#   $attempts (Number) - how many charges of the stored card were declined
#   $reason (String) - why the last charge failed, a short sentence (decline-reason-*)
audit-fact-declined = { $attempts } 次扣款被拒绝后：{ $reason }
# Variables:
#   $email (String) - the e-mail address of the user the action was about
audit-fact-user = 用户 { $email }
# The roles a user was given.
# Variables:
#   $roles (String) - the roles' names, joined as a list ("Global admin and Sales agent")
audit-fact-roles = 角色：{ $roles }
# A user was given no role.
audit-fact-no-roles = 无角色
# Which fields of the partner profile changed.
# Variables:
#   $fields (String) - the fields' names (audit-field-*), joined as a list
audit-fact-profile-fields = 已更改：{ $fields }
# The fields named in audit-fact-profile-fields, written as inside a sentence's list.
# "Address" stands for the address lines and the city.
audit-field-legal-name = 法定名称
audit-field-address = 地址
audit-field-postal-code = 邮政编码
audit-field-vat-id = 增值税号
audit-field-preferred-language = 首选语言
# Variables:
#   $number (String) - the support request's number, e.g. "SR-000123"
#   $event (String) - what Partner Support did (support-event-*), e.g. "Message"
audit-fact-support-request = 请求 { $number }：{ $event }
# A competency area's requirement status, as Partner Support set it.
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-complete = { $area }：已满足要求
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-incomplete = { $area }：未满足要求
# Variables:
#   $items (String) - what is missing (competency-missing-*), joined as a list
audit-fact-competency-missing = 缺少：{ $items }
