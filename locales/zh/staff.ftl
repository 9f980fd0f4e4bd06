# membership-offers: see docs/glossary.md for the terms of each language.

## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = 支持请求
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [0] 没有待处理的请求。
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
staff-done-assigned = 该请求已分配给你。
staff-done-replied = 你的回复已发送；已通知合作伙伴。
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
# 组织名称搜索框的标签。
staff-competencies-search = 组织名称包含
staff-competencies-search-submit = 搜索
# 卡片上方：本页显示哪些组织。
# Variables:
#   $first (Number) - 本页第一个组织的序号
#   $last (Number) - 本页最后一个组织的序号
#   $total (Number) - 符合搜索条件的组织数量
staff-competencies-range = 第 { $first }–{ $last } 个组织，共 { $total } 个
staff-competencies-none = 还没有任何组织的能力记录。
# Variables:
#   $search (String) - 搜索的内容
staff-competencies-no-match = 没有名称包含“{ $search }”的组织。
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }：仍缺少的要求
# Button that saves one organization's requirement status.
staff-save-competency = 保存

## Staff console: VAT IDs awaiting verification (/staff/vat-ids).

staff-vat-title = 等待验证的增值税号
staff-vat-intro = 增值税号只有在验证后才适用反向征收。请在国家登记系统（VIES）中核对每个号码及组织地址，然后验证或拒绝。无论结果如何，都会通知该合作伙伴的管理员。
staff-vat-none = 没有等待验证的增值税号。
# Buttons on each VAT ID.
staff-vat-verify = 验证
staff-vat-reject = 拒绝
staff-done-vat-verified = 增值税号已验证，已通知合作伙伴。其之后的订单将在适用时采用反向征收。
staff-done-vat-rejected = 增值税号已被拒绝，已通知合作伙伴。
# Shown when the partner changed or removed the VAT ID after the page was loaded.
refusal-vat-id-changed = 页面加载后，此增值税号已被更改或删除。请核对当前的号码。
# Notifications and e-mail after a VAT ID was verified or rejected.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-verified = 你的增值税号 { $id } 已验证。从现在起，适用时你的发票将采用反向征收。
# Variables:
#   $id (String) - the VAT ID
event-vat-id-rejected = 你的增值税号 { $id } 未能通过验证。请在合作伙伴资料中检查，或提交支持请求。在增值税号通过验证之前，将收取增值税。
# Subject lines of those e-mails.
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-verified = 增值税号 { $offer }已验证
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-rejected = 增值税号 { $offer }未通过验证
