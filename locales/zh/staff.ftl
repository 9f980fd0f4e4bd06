## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = 支持请求
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [one] 有 1 个请求待处理。
       *[other] 有 { $count } 个请求待处理。
    }
# Filter: only the requests assigned to the signed-in agent.
staff-filter-mine = 分配给我的
# Column headings of the queue.
staff-column-organization = 组织
staff-column-assigned = 分配给
staff-column-opened = 创建时间
# Link back to the queue.
staff-back = 返回队列
# Button: the signed-in agent takes the request on.
staff-assign-to-me = 分配给我
# Label of the reply field; the partner is notified.
staff-reply = 回复合作伙伴
# Label of the status list and its button.
staff-set-status = 状态
staff-save-status = 保存状态
# Heading of the section with the cancellation's actions.
staff-cancellation-heading = 取消
# Checkbox: refund the current term's card payment with a credit note.
staff-refund = 退还当前期限的信用卡付款并开具贷项通知单
# Buttons that complete or decline the requested cancellation.
staff-complete-cancellation = 完成取消
staff-decline-message = 给合作伙伴的消息：拒绝取消的原因
staff-decline-cancellation = 拒绝取消

# Confirmations after a staff action.
staff-done-assigned = 该请求已分配给您。
staff-done-replied = 您的回复已发送；已通知合作伙伴。
staff-done-status = 状态已保存。
staff-done-completed = 取消已完成；已通知合作伙伴。
staff-done-declined = 取消已拒绝；已通知合作伙伴。
staff-done-received = 转账已标记为已收到：发票已付款，订单已履行。
staff-done-not-received = 订单已取消，其发票已由贷项通知单冲销。
staff-done-competency = 要求状态已保存。

# Title of the list of orders awaiting a bank transfer.
staff-transfers-title = 等待付款的银行转账
# Shown when no order awaits a transfer.
staff-transfers-none = 没有等待银行转账的订单。
# Variables:
#   $number (String) - the order number, e.g. "MO-0000012"
#   $organization (String) - the partner organization's legal name
staff-transfer-heading = 订单 { $number }，{ $organization }
# Labels of an awaited order's facts.
staff-transfer-reference = 付款参考号
staff-transfer-ordered = 订购日期
staff-transfer-due = 到期日
# Variables:
#   $currency (String) - the invoice's currency code, e.g. "EUR"
staff-transfer-amount = 收到的金额（{ $currency }）
# Label of the day the money arrived.
staff-transfer-received-on = 收到日期
# Buttons that settle the awaited order.
staff-mark-received = 标记为已收到
staff-mark-not-received = 标记为未收到并取消订单

# Title and introduction of the competency requirement records.
staff-competencies-title = 能力要求
staff-competencies-intro = 网络自己记录的各组织是否满足能力领域要求。演示版在此维护这些记录；合作伙伴在其“能力”页面上查看结果。
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }：仍缺少的要求
# Button that saves one organization's requirement status.
staff-save-competency = 保存
