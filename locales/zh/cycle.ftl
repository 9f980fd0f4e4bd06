# membership-offers: see docs/glossary.md for the terms of each language.

## 年度周期：门户中和电子邮件中的通知、订阅的状态行以及日历导出。

decline-reason-card-declined = 卡被拒绝。
decline-reason-insufficient-funds = 卡因余额不足被拒绝。

event-order-placed = { $offer }的订单 { $number } 已确认：已扣款 { $amount }。新的周年日期为 { $date }。
event-order-awaiting-transfer = { $offer }的订单 { $number } 正在等待你的银行转账：请在 { $date } 之前转账 { $amount }，并注明付款参考号 { $reference }。
event-automatic-renewal-charged = { $offer }已自动续订：已从你的卡扣款 { $amount }。新的周年日期为 { $date }。
event-automatic-renewal-declined = 无法自动续订 { $offer }：{ $reason }我们将于 { $date } 再次尝试从你的卡扣款。
event-automatic-renewal-stopped = 无法自动续订 { $offer }：{ $reason }三次尝试后，自动续订现已关闭。请在 { $date } 之前自行续订以保留权益。
event-renew-by-hand = { $offer }的自动续订已打开，但没有可扣款的卡。请在 { $date } 之前自行续订以保留权益。
event-charge-soon = { $offer }将于 { $date } 自动续订：我们将从 { $card } 扣款 { $amount }。
event-expires-soon = { $offer }将于 { $date } 到期，且自动续订已关闭。请在 { $opens } 至 { $closes } 之间续订以保留权益。
event-window-closing = { $offer }已到期，尚未续订。请在 { $date } 之前续订，否则权益将终止。
event-lapsed = { $offer }已于 { $date } 失效：权益已终止。你可以在“成员产品/服务”页面重新购买。

## 电子邮件主题

mail-subject-order-placed = 你的 { $offer }订单已确认
mail-subject-order-awaiting-transfer = 你的 { $offer }订单正在等待银行转账
mail-subject-automatic-renewal-charged = { $offer }已自动续订
mail-subject-automatic-renewal-declined = { $offer }自动续订失败
mail-subject-automatic-renewal-stopped = 请自行续订 { $offer }：自动续订失败
mail-subject-renew-by-hand = 请自行续订 { $offer }：没有已保存的卡
mail-subject-charge-soon = { $offer }即将自动续订
mail-subject-expires-soon = { $offer }即将到期
mail-subject-window-closing = 续订 { $offer }的最后几天
mail-subject-lapsed = { $offer }已失效

## 电子邮件正文

mail-greeting = 你好，
mail-invoice-attached = 发票 { $number } 已作为 PDF 附上。
mail-open-details = 在门户中查看订阅：
mail-signature = { -network-name }成员产品/服务
mail-why = 你收到此电子邮件，是因为你是贵组织的全局管理员或 MPN 合作伙伴管理员，或者是下单人。

## 订阅的状态行

cycle-renews-automatically = 将于 { $date } 自动续订：将从 { $card } 扣款 { $amount }。
cycle-no-card-before = 自动续订已打开，但没有已保存的卡：请在 { $opens } 至 { $closes } 之间自行续订。
cycle-auto-off-before = 自动续订已关闭：请在 { $opens } 至 { $closes } 之间自行续订。
cycle-awaiting-automatic-renewal = 等待自动续订：自 { $date } 起从 { $card } 扣款。
cycle-automatic-renewal-failed = 自动续订失败：{ $reason }下次尝试日期为 { $date }。
cycle-automatic-renewal-stopped = 自动续订已失败三次，现已关闭：{ $reason }请在 { $date } 之前自行续订。
cycle-no-card-window = 没有用于自动续订的卡：请在 { $date } 之前自行续订。
cycle-renew-by = 请在 { $date } 之前续订以保留权益。
cycle-lapsed = 已于 { $date } 失效：权益已终止。

## 日历导出

calendar-event-summary = { $offer }：{ $event }
calendar-event-description = 在门户中查看订阅：{ $link }
# Variables:
#   $offer (String) - the offer's name
calendar-file-name = { $offer } – 日期.ics

## 银行转账

event-transfer-received = 我们已收到订单 { $number }（{ $offer }）的银行转账 { $amount }。周年日期为 { $date }。
event-transfer-due-soon = 订单 { $number }（{ $offer }）仍在等待你的银行转账 { $amount }，付款参考号为 { $reference }。必须在 { $date } 之前到账，否则订单将被取消。
event-transfer-cancelled = 订单 { $number }（{ $offer }）的银行转账未到账：订单已取消，贷项通知单 { $credit } 冲销了其发票。
mail-subject-transfer-received = 已收到 { $offer }的银行转账
mail-subject-transfer-due-soon = 你的 { $offer }银行转账即将到期
mail-subject-transfer-cancelled = { $offer }订单已取消：未收到转账
