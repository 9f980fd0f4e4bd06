# membership-offers: see docs/glossary.md for the terms of each language.

## Support: the partner's Partner Center requests, their timeline and the new-request
## form (seed 000/001 words: Support, Report problems with Partner Center, New request,
## Problem type, Submit). Dates arrive formatted.

# Heading of the list of the organization's requests on the Support page.
support-requests-heading = 合作伙伴中心请求
# Button that opens the new-request form.
support-new-request = 新建请求
# Link back to the list of requests.
support-back = 返回支持
# Shown when the organization has no request (in the chosen status).
support-none = 这里没有请求。
# Label of the status filter above the list of requests.
support-filter-status = 状态
# Column headings of the list of requests.
support-column-number = 编号
support-column-subject = 主题
support-column-subscription = 订阅
support-column-status = 状态
support-column-updated = 上次更新

# A request's status.
support-status-open = 待处理
support-status-in-progress = 处理中
support-status-waiting-partner = 等待你回复
support-status-resolved = 已解决
support-status-closed = 已关闭

# Problem types of the category "Report problems with Partner Center".
support-problem-membership-offers = 成员产品/服务和能力
support-problem-sign-in = 登录、用户和角色
support-problem-other = 其他问题
# The empty first choice of the Problem type list.
support-choose-problem-type = 选择问题类型
# Label of the subject field.
support-subject = 主题
# Label of the reply field on a request.
support-message = 你的消息
# Button that sends a reply.
support-send = 发送
# Button with which the partner closes their own request.
support-close-request = 关闭请求
# Heading of the reply form.
support-reply = 回复
# Heading of the request's history of events and messages.
support-timeline = 时间线
# Label of the choice when a cancellation takes effect.
support-effect = 取消生效时间
# Label of who opened the request and when.
support-opened-by = 创建
# Variables:
#   $name (String) - the name of the user who opened the request
#   $date (String) - the day it was opened
support-opened-by-value = { $name } 于 { $date } 创建
# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject as the partner wrote it
support-request-title = 请求 { $number }：{ $subject }

# What happened on a request, one line of its timeline.
support-event-opened = 请求已创建
support-event-message = 消息
support-event-assigned = { -partner-support }已接手
support-event-status-changed = 状态已更改
# Variables:
#   $status (String) - the new status, e.g. "In progress"
support-event-status-changed-to = 状态已更改为“{ $status }”
support-event-cancellation-completed = 取消已完成
support-event-cancellation-declined = 取消已拒绝
support-event-closed = 请求已关闭

# Confirmations after an action on a request.
support-done-opened = 你的请求已发送。{ -partner-support }将在此处并通过电子邮件答复。
support-done-replied = 你的回复已发送。
support-done-closed = 请求已关闭。

# When a requested cancellation takes effect.
cancel-effect-now = 立即：权益今天结束
cancel-effect-end-of-term = 当前期限结束时

# Shown when someone writes on or acts on a closed request.
refusal-request-closed = 此请求已关闭。如需更多帮助，请新建请求。
# Shown when staff try to complete or decline a request that is not a cancellation.
refusal-not-a-cancellation = 此请求不是取消请求。
# Shown when staff ask for a refund of a term that was not paid by card.
refusal-nothing-to-refund = 当前期限没有可退款的信用卡付款。

# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject
event-support-replied = { -partner-support }已答复你的请求 { $number }：{ $subject }。
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
event-cancellation-completed = 你的 { $offer }已取消。取消于 { $date } 生效；自动续订已关闭。
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
#   $amount (String) - the amount refunded to the card, with its currency
event-cancellation-completed-refunded = 你的 { $offer }已取消。取消于 { $date } 生效；{ $amount } 将退还到你的信用卡，贷项通知单见“发票”页面。
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the request number, e.g. "SR-000012"
event-cancellation-declined = { -partner-support }已拒绝取消你的 { $offer }。其消息见请求 { $number }。
# Subject line of the e-mail sent when staff reply on a request.
mail-subject-support-replied = { -partner-support }已答复你的请求
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-completed = { $offer }已取消
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-declined = { $offer }的取消已被拒绝
