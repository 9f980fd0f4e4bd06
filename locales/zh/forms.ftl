# membership-offers: see docs/glossary.md for the terms of each language.

## 显示在表单字段旁边的错误消息。

field-required = 请填写此字段。
field-too-long = 内容过长。
field-invalid-characters = 包含不允许使用的字符。
field-invalid-email = 请输入电子邮件地址，例如 name@example.com。
field-invalid-phone = 请输入 6 到 20 位数字的电话号码，例如 +86 10 1234 5678。
field-invalid-card-number = 此卡号无效。请检查数字。
field-card-expired = 此卡已过期。
field-invalid-expiry = 请按 MM/YY 格式输入到期日期。
field-invalid-cvc = 请输入卡背面的 3 位或 4 位数字。
field-invalid-postal-code = 此邮政编码与该国家/地区的格式不符。
field-invalid-vat-id = 此增值税号与该国家/地区的格式不符。

## 表单发送期间。

# 表单发送期间向屏幕阅读器播报；此时表单按钮处于停用状态。
form-sending = 正在发送…
