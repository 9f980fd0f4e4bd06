# membership-offers: see docs/glossary.md for the terms of each language.

## 结账：购买、续订或重新激活（源文档 000 中的步骤）

checkout-title-purchase = 购买产品/服务
checkout-title-renewal = 续订订阅
checkout-title-reactivation = 重新激活能力
checkout-back = 返回
# 结账步骤列表的辅助功能名称。
checkout-steps-label = 结账步骤
checkout-step-payment = 付款方式
checkout-step-review = 查看订单详细信息
checkout-step-confirmation = 确认
checkout-no-price = 此产品/服务没有以你组织所用货币标示的价格。请联系{ -partner-support }。
checkout-already-owned = 你的组织已拥有此产品/服务。续订时段开始后，请从其详细信息中续订。
checkout-gateway-unavailable = 目前无法连接到付款服务。未扣取任何费用；请稍后重试。

## 付款方式步骤

# Variables:
#   $amount (String) - 含增值税的总额，已格式化
checkout-amount-due = 应付金额（含增值税）：{ $amount }
checkout-payment-method = 付款方式
checkout-method-card = 信用卡（立即扣款）
checkout-method-bank-transfer = 电子银行转账
checkout-card-details = 卡详细信息
checkout-card-holder = 持卡人姓名
checkout-card-number = 卡号
checkout-card-number-hint = 卡正面的 12 到 19 位数字。
checkout-card-expiry = 到期日期
checkout-card-expiry-hint = MM/YY
checkout-card-cvc = 安全码（CVC）
checkout-contact-details = 转账联系人
checkout-contact-name = 联系人姓名
checkout-contact-phone = 电话号码
checkout-contact-email = 电子邮件地址
# 源文档中的按钮（“提交”），用于继续查看订单详细信息。
checkout-submit = 提交

## 查看订单详细信息

checkout-review-title = 查看订单详细信息
checkout-order-details = 订单详细信息
checkout-offer = 产品/服务
checkout-period = 期间
# Variables:
#   $from (String) - 期间的第一天，已格式化
#   $to (String) - 期间的最后一天，已格式化
checkout-period-value = { $from } 至 { $to }
checkout-new-anniversary = 新的周年纪念日
checkout-price = 价格
# Variables:
#   $rate (String) - 增值税税率（百分比），已格式化，例如“13”
checkout-vat = 增值税（{ $rate }%）
checkout-total = 总计
# Variables:
#   $brand (String) - 卡的品牌，例如“Visa”
#   $last4 (String) - 卡号的最后四位数字
#   $expiry (String) - 卡的到期日期，MM/YY
checkout-paid-by-card = 尾号为 { $last4 } 的 { $brand } 卡（{ $expiry } 到期）
# Variables:
#   $name (String) - 联系人的姓名
#   $phone (String) - 联系人的电话号码
#   $email (String) - 联系人的电子邮件地址
checkout-paid-by-transfer = 电子银行转账；联系人：{ $name }，{ $phone }，{ $email }
checkout-reverse-charge = 增值税反向征收：由买方缴纳增值税。
checkout-policy-exception = 此订单适用策略例外，并已记录在订单中。
# 源文档中表示发票地址的术语。
checkout-bill-to = 帐单地址
# 源文档中指向合作伙伴资料的链接（“更新”）。
checkout-update-address = 更新
# 源文档中的按钮（“确认购买”）。
checkout-buy = 确认购买
checkout-buy-hint = 使用卡付款时将立即扣款。
checkout-declined = 你的卡被拒绝。未扣取任何费用，你的订单也未提交。
checkout-insufficient-funds = 你的卡因余额不足被拒绝。未扣取任何费用，你的订单也未提交。
checkout-choose-other-method = 选择其他付款方式

## 确认

checkout-confirmed-title = 你的订单已确认
# Variables:
#   $offer (String) - 产品/服务的名称
#   $number (String) - 订单号
checkout-confirmed-order = 谢谢。你的 { $offer }订单（订单号：{ $number }）已确认。
checkout-order-number = 订单号
checkout-invoice-number = 发票号
# Variables:
#   $amount (String) - 已扣款的金额，已格式化
checkout-confirmed-charged = 已从你的卡中扣款 { $amount }。
# Variables:
#   $amount (String) - 要转账的金额，已格式化
#   $reference (String) - 需要注明的付款参考号
#   $date (String) - 转账截止日期，已格式化
checkout-confirmed-transfer = 请在 { $date } 之前转账 { $amount }，并注明付款参考号 { $reference }。订单正在等待你的转账。
# Heading of the seller's bank account on the confirmation of a bank-transfer order.
checkout-bank-heading = 我们的银行账户信息
# Labels of the bank account's facts.
checkout-bank-beneficiary = 收款人
checkout-bank-iban = IBAN
checkout-bank-bic = BIC
# 源文档中的按钮（“关闭”）。
checkout-close = 关闭
checkout-auto-renewal-legend = 自动续订
checkout-auto-renewal-on = 每年自动续订：于 { $date } 从 { $card } 扣款
checkout-auto-renewal-off = 保持自动续订关闭；我将自行续订
checkout-auto-renewal-no-card = 自动续订保持关闭：没有可扣款的卡。订阅到期前我们会提醒你。
checkout-view-awaiting-order = 查看等待付款的订单
checkout-starts-on-receipt = 自收到你的转账之日起生效，为期一年
# On the order review, when the partner's VAT ID would give reverse charge but is not verified yet.
checkout-vat-id-unverified = 你的增值税号尚未验证，因此此订单将收取增值税。{ -partner-support }验证后，之后的订单将适用增值税反向征收。

## A card as the partner sees it, wherever it is named (order review, offer details,
## notices and e-mail)

# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the last four digits of the card number, e.g. "4242"
card-masked = { $brand } •••• { $last4 }
