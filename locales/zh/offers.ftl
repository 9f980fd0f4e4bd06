# membership-offers: see docs/glossary.md for the terms of each language.

## 产品/服务名称

# 源文档中的年度订阅（“Action Pack 订阅”）。
offer-action-pack = Action Pack 订阅
# 能力产品/服务的名称。
# Variables:
#   $level (String) - “银牌”或“金牌”（来自 level-silver / level-gold）
#   $area (String) - 能力领域，例如“云平台”
offer-competency = { $level }能力：{ $area }
level-silver = 银牌
level-gold = 金牌
area-cloud-platform = 云平台
area-cloud-productivity = 云生产力
area-data-analytics = 数据分析
area-data-platform = 数据平台
area-security = 安全
area-application-development = 应用程序开发

## 成员产品/服务页面

offers-available-heading = 产品/服务
# 组织已拥有的产品/服务列表的标题（源文档术语“已购买”）。
offers-purchased-heading = 已购买
offers-purchased-empty = 你的组织尚未购买任何产品/服务。
offers-benefit-support = 专门支持
offers-benefit-marketing = 市场营销资源
offers-benefit-planning = 见解和业务规划工具
offers-benefit-training = 围绕云的培训
# 产品/服务磁贴上显示的价格。
# Variables:
#   $price (String) - 已格式化的年度价格，例如“€ 475,00”
offers-price-per-year = { $price }/年
# 磁贴上开始购买的链接（结账最后一步的按钮才是“确认购买”）。
offers-buy = 购买
# 源文档中的按钮（“续订订阅”）。
offers-renew = 续订订阅
# 适用策略例外的已失效能力的按钮。
offers-reactivate = 重新激活
offers-view-details = 查看详细信息
offers-requirements-not-met = 尚未满足要求
offers-join-first = 请先加入本网络
offers-not-member = 你的组织尚未成为本网络的成员。请先加入本网络，然后再购买产品/服务。
offers-column-offer = 产品/服务
offers-column-status = 状态
offers-column-purchase-date = 购买日期
# 源文档 002：此列显示周年纪念日。
offers-column-renewal-start-date = 续订开始日期
offers-column-expiration-date = 到期日期
offers-column-automatic-renewal = 自动续订
offers-column-actions = 操作
# 产品/服务处于续订时段时显示的横幅。
# Variables:
#   $offer (String) - 产品/服务的名称
#   $days (Number) - 距续订时段结束的天数
#   $date (String) - 续订时段结束的日期，已格式化
offers-banner-window-closing =
    { $days ->
        [0] 你的 { $offer }续订时段将于今天（{ $date }）结束。
        [1] 你的 { $offer }续订时段将于明天（{ $date }）结束。
       *[other] 你的 { $offer }续订时段将于 { $days } 天后（{ $date }）结束。
    }
# 自动续订已关闭且产品/服务即将过期时显示的横幅。
# Variables:
#   $offer (String) - 产品/服务的名称
#   $days (Number) - 距过期的天数
#   $date (String) - 到期日期，已格式化
offers-banner-expires-without-auto-renewal =
    { $days ->
        [0] 你的 { $offer }将于今天（{ $date }）过期，且自动续订已关闭。
        [1] 你的 { $offer }将于明天（{ $date }）过期，且自动续订已关闭。
       *[other] 你的 { $offer }将于 { $days } 天后（{ $date }）过期，且自动续订已关闭。
    }

## 状态

status-active = 有效
# 已过期，处于30天续订时段内：权益继续有效。
status-in-renewal-window = 处于续订时段
status-lapsed = 已失效
status-cancelled = 已取消
status-cancellation-requested = 已申请取消
auto-renewal-on = 开
auto-renewal-off = 关
competency-requirements = 要求：
# 源文档中表示能力已满足要求的术语。
competency-status-complete = 已完成
competency-status-incomplete = 未完成

## 无法续订的原因

# Variables:
#   $date (String) - 续订时段的第一天，已格式化
renew-not-yet = 你可以从 { $date } 起续订。
# Variables:
#   $date (String) - 续订时段的最后一天，已格式化
renew-window-closed = 续订时段已于 { $date } 结束。
renew-requirements-not-met = 能力要求的状态必须为“已完成”，你才能续订。
# Variables:
#   $date (String) - 申请取消的日期，已格式化
renew-cancellation-requested = 已于 { $date } 申请取消。
# Variables:
#   $date (String) - 取消的日期，已格式化
renew-cancelled = 已于 { $date } 取消。

## 产品/服务详细信息

details-back = 返回成员产品/服务
details-price = 价格
details-next-charge = 下次自动扣款
# Variables:
#   $date (String) - 扣款日期，已格式化
#   $amount (String) - 含增值税的金额，已格式化
details-next-charge-value = { $date } 扣款 { $amount }
details-card = 已保存的卡
details-actions-heading = 操作
details-timeline-heading = 时间线
# 源文档中的按钮（“关闭自动续订”）。
details-turn-off-auto-renewal = 关闭自动续订
# 源文档中的按钮（“取消订阅”）。
details-cancel-subscription = 取消订阅
# 源文档中的按钮（“下载发票”）。
details-download-invoice = 下载发票
details-policy-exception = 此产品/服务适用策略例外：其日期已延期，并且在下一个续订日期之前豁免其要求。
# Variables:
#   $date (String) - 申请取消的日期，已格式化
details-cancellation-requested = 你已于 { $date } 申请取消此订阅。{ -partner-support }将完成取消；你可以在“支持”下跟踪进度。
details-auto-renewal-off = 自动续订已关闭。你可以在下次续订后重新打开自动续订。
# Variables:
#   $date (String) - 提醒日期，已格式化
details-auto-renewal-off-reminder = 自动续订已关闭。你可以在下次续订后重新打开自动续订。我们将于 { $date } 提醒你。
details-done-auto-renewal-off = 自动续订现已关闭。
details-done-cancellation-requested = 你的取消请求已发送给{ -partner-support }。
timeline-purchased = 购买
timeline-reminder-before = 提醒：15 天后过期
timeline-anniversary = 周年纪念日和到期日期
timeline-window-opens = 续订时段开始
timeline-reminder-after = 提醒：续订时段即将结束
timeline-window-closes = 续订时段结束
timeline-loses-benefits = 如未续订，权益终止
timeline-automatic-charge = 自动续订从卡中扣款

## 关闭自动续订

auto-renewal-off-title = 要关闭自动续订吗？
# Variables:
#   $offer (String) - 产品/服务的名称
#   $date (String) - 周年纪念日（到期日期），已格式化
auto-renewal-off-explanation = 你的 { $offer }将不会在 { $date } 自动续订。请在续订时段内自行续订，以保留其权益。
auto-renewal-off-lock = 自动续订关闭后，在你下次手动续订之前无法重新打开。我们会在该产品/服务过期前提醒你。
auto-renewal-off-keep = 保持自动续订开启

## 取消订阅（支持请求，源文档 000）

cancel-title = 取消订阅
cancel-intro = 取消由{ -partner-support }处理。请提交此支持请求；你可以在“支持”下跟踪其状态。
cancel-category = 类别
cancel-problem-type = 问题类型
cancel-subscription = 订阅
cancel-description = 描述
# 取消请求的预填文本。
# Variables:
#   $offer (String) - 产品/服务的名称
cancel-description-prefill = 请取消我们的 { $offer }。
cancel-submit = 提交
cancel-back = 返回产品/服务
# Heading of what a cancellation takes away, shown before the request is sent.
cancel-loses-heading = 你将失去什么，以及何时失去
# Said before the list of the benefits a cancellation ends, when the current term
# runs on after today. Variables:
#   $offer (String) - the offer's name
#   $end (String) - the day after the current term's anniversary date: when a cancellation at the end of the term takes effect
#   $now (String) - today: when a cancellation now takes effect
cancel-loses-benefits-on = { $offer }的权益在取消生效时结束：在当前期限结束时取消，则于 { $end } 结束；立即取消，则于今天（{ $now }）结束。
# Said before the list of the benefits a cancellation ends, when the current term
# has already ended (the renewal window): either choice takes effect today. Variables:
#   $offer (String) - the offer's name
#   $date (String) - today
cancel-loses-benefits-today = { $offer }的权益在取消生效时结束：今天（{ $date }）。
# Only for a competency. Variables:
#   $offer (String) - the competency's name, e.g. "Silver competency: Cloud Platform"
cancel-loses-competency = 从那天起，你的组织将不再拥有 { $offer }。
# What a cancellation does to automatic renewal.
cancel-loses-auto-renewal = 自动续订将关闭：不再收取任何费用。
# Who completes the cancellation.
cancel-staff-completes = { -partner-support }将完成取消并确认日期；你将在此处和通过电子邮件收到通知。
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - the day after the current term's anniversary date
cancel-effect-end-of-term-on = 当前期限结束时，即 { $date }
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - today
cancel-effect-now-on = 立即，即 { $date }
# The subject prefilled on the cancellation request. Variables:
#   $offer (String) - the offer's name
cancel-subject-prefill = 取消 { $offer }
# 源文档 000 中的支持类别。
support-category-partner-center = 报告合作伙伴中心问题
# 源文档 000 中的支持问题类型。
support-problem-invoice-payment = 合作伙伴发票、付款或对帐文件帮助

# Variables:
#   $date (String) - 权益结束的日期，已格式化
refusal-lapsed = 此订阅已于 { $date } 失效。
refusal-auto-renewal-already-off = 自动续订已关闭。
refusal-auto-renewal-already-on = 自动续订已打开。
refusal-no-card-on-file = 自动续订需要已保存的卡。请使用信用卡续订以打开自动续订。
# Variables:
#   $date (String) - 续订期的最后一天，已格式化
refusal-auto-renewal-charges-declined = 自动续订保持关闭：本期每次尝试扣款时卡均被拒绝。请在 { $date } 之前自行续订；购买时可以为下一年保持自动续订打开。
offers-buy-again = 重新购买
details-turn-on-auto-renewal = 打开自动续订
details-done-auto-renewal-on = 自动续订现已打开。
details-calendar = 将这些日期添加到你的日历（.ics）
status-awaiting-payment = 续订等待付款
status-purchase-awaiting-payment = 购买等待付款
renew-awaiting-transfer = 此产品/服务的银行转账等待中，截止日期为 { $date }。
cycle-awaiting-transfer = 续订等待付款：权益持续到转账截止日期 { $date }。
refusal-transfer-not-awaited = 此订单已不再等待银行转账。
refusal-transfer-amount = 收到的金额必须正好等于发票总额 { $amount }。不接受部分付款或多付。
refusal-transfer-date = 收到转账的日期必须在 { $date } 与今天之间。
