# membership-offers: see docs/glossary.md for the terms of each language.

## 发票页面

invoice-filter-offer = 产品/服务
invoice-filter-year = 年份
invoice-filter-all = 全部
# 所下载 PDF 的语言。
invoice-pdf-language = PDF 语言
invoice-filter-apply = 显示
invoice-none = 没有匹配的发票。
invoice-column-number = 发票号
invoice-column-date = 发票日期
invoice-column-offer = 产品/服务
invoice-column-amount = 金额
invoice-column-status = 状态
invoice-column-download = 下载
# 源文档中的链接（“下载发票”）。
invoice-download-pdf = 下载 PDF
# 下载链接的辅助功能名称。
# Variables:
#   $number (String) - 发票号
invoice-download-pdf-label = { invoice-download-pdf }：发票 { $number }
invoice-export-csv = 导出对帐文件（CSV）
invoice-status-paid = 已付款
# Variables:
#   $date (String) - 付款截止日期，已格式化
invoice-status-awaiting = 待付款，截止日期：{ $date }
invoice-status-awaiting-short = 待付款
# Status of an invoice whose order was cancelled (its bank transfer did not come).
invoice-status-cancelled = 已取消
# Beside an invoice's status. Variables:
#   $number (String) - the number of the credit note that credits it
invoice-credited-by = 已由 { $number } 冲销
# Heading of the list of credit notes on the Invoices page.
credit-notes-heading = 贷项通知单
# Column: the invoice a credit note credits.
credit-note-column-credits = 冲销的发票
# Column: why the invoice was credited.
credit-note-column-reason = 原因
# Why an invoice was credited.
credit-note-reason-transfer-not-received = 未收到银行转账
credit-note-reason-cancellation-refund = 取消并退款
# On a credit note and in the export. Variables:
#   $number (String) - the number of the invoice it credits
credit-note-credits = 冲销发票 { $number }
# The credit note PDF's document title. Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-pdf-title = 贷项通知单 { $number }
# The big heading of the credit note PDF.
credit-note-pdf-heading = 贷项通知单
# Variables:
#   $reference (String) - the card refund's reference at the payment provider
credit-note-refund-reference = 退款参考号：{ $reference }
# Accessible name of the download link. Variables:
#   $number (String) - the credit note number
credit-note-download-label = 下载贷项通知单 { $number } 的 PDF
invoice-method-card = 信用卡
invoice-method-bank-transfer = 电子银行转账

## 发票 PDF 和对帐文件导出

# 发票 PDF 中的标签及其值。
# Variables:
#   $label (String) - 标签，例如“发票编号”
#   $value (String) - 值
invoice-pdf-field = { $label }：{ $value }
# PDF 文档属性中的文档标题。
# Variables:
#   $number (String) - 发票号
invoice-pdf-title = 发票 { $number }
invoice-pdf-heading = 发票
# Variables:
#   $id (String) - 增值税识别号
invoice-pdf-vat-id = 增值税号：{ $id }
invoice-pdf-partner-id = 合作伙伴 ID
invoice-pdf-description = 描述
invoice-pdf-net = 净额
# Variables:
#   $reference (String) - 转账时需要注明的付款参考号
invoice-pdf-reference = 付款参考号：{ $reference }
# The seller's bank account on an invoice awaiting a bank transfer. Variables:
#   $name (String) - the seller's legal name
#   $iban (String) - the seller's IBAN
#   $bic (String) - the seller's BIC
invoice-pdf-bank = 收款人：{ $name }，IBAN { $iban }，BIC { $bic }
invoice-csv-period-from = 期间开始
invoice-csv-period-to = 期间结束
invoice-csv-currency = 货币
invoice-csv-vat-rate = 增值税税率（%）
invoice-csv-vat = 增值税
invoice-csv-reference = 付款参考号

## The invoice and credit note PDFs' own labels (apart from the pages' labels, so each
## context can change alone)

invoice-pdf-number = 发票号
invoice-pdf-date = 发票日期
invoice-pdf-status = 状态
# The credit note PDF's labels of its own number and date.
credit-note-pdf-number = 贷项通知单号
credit-note-pdf-date = 贷项通知单日期
invoice-pdf-bill-to = 帐单地址
invoice-pdf-period = 期间
# The period an invoice covers, in the PDF's table (short dates).
# Variables:
#   $from (String) - first day of the period, short date
#   $to (String) - last day of the period, short date
invoice-pdf-period-value = { $from } 至 { $to }
invoice-pdf-price = 价格
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
invoice-pdf-vat = 增值税（{ $rate }%）
invoice-pdf-total = 总计
invoice-pdf-payment-method = 付款方式
invoice-pdf-reverse-charge = 增值税反向征收：由买方缴纳增值税。
invoice-pdf-policy-exception = 此订单适用策略例外，并已记录在订单中。

## The reconciliation export's column headers (apart from the pages' and the PDF's labels)

# Invoice and credit note numbers.
invoice-csv-number = 编号
invoice-csv-date = 日期
invoice-csv-offer = 产品/服务
invoice-csv-net = 净额
invoice-csv-total = 总计
invoice-csv-status = 状态
invoice-csv-payment-method = 付款方式

## Names of downloaded files: letters, digits, hyphens and dots only (no slashes), with
## the extension kept.

# Variables:
#   $number (String) - the invoice number, e.g. "2026-000001"
invoice-file-name = 发票-{ $number }.pdf
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-file-name = 贷项通知单-{ $number }.pdf
# The reconciliation export (CSV).
invoice-export-file-name = 发票.csv
