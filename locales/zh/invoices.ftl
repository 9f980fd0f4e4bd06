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
invoice-download-pdf-label = 以 PDF 格式下载发票 { $number }
invoice-export-csv = 导出对帐文件（CSV）
invoice-status-paid = 已付款
# Variables:
#   $date (String) - 付款截止日期，已格式化
invoice-status-awaiting = 待付款，截止日期：{ $date }
invoice-status-awaiting-short = 待付款
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
invoice-csv-period-from = 期间开始
invoice-csv-period-to = 期间结束
invoice-csv-currency = 货币
invoice-csv-vat-rate = 增值税税率（%）
invoice-csv-vat = 增值税
invoice-csv-reference = 付款参考号
