# membership-offers: see docs/glossary.md for the terms of each language.

## 合作伙伴资料（源文档术语“合作伙伴资料”）

profile-partner-id = 合作伙伴 ID
profile-country = 国家/地区
profile-membership = 网络成员资格
profile-member = 成员
profile-not-member = 尚未成为成员
profile-legal-name = 法定名称
profile-address-line1 = 地址
profile-address-line2 = 地址（第二行，可选）
profile-postal-code = 邮政编码
profile-city = 城市
profile-vat-id = 增值税号
profile-vat-id-hint = 可选。请包含国家/地区代码，例如 NL123456782B01。
profile-preferred-language = 首选语言
profile-save = 保存
# 当合作伙伴从查看订单详细信息步骤进入并将返回该步骤时显示。
profile-save-and-return = 保存并返回订单
profile-saved = 合作伙伴资料已保存。

## Whether the stored VAT ID is verified, shown under the field. Only a verified VAT ID
## gives reverse charge (0 % VAT) on orders from another EU country.

# Variables:
#   $date (String) - the day it was verified, formatted
profile-vat-verified = 已于 { $date } 验证。
profile-vat-unverified = 正在等待{ -partner-support }验证。在验证之前，你的订单将收取增值税。
# Variables:
#   $date (String) - the day Partner Support rejected it, formatted
profile-vat-rejected = 未通过验证：{ -partner-support }于 { $date } 无法确认此增值税号。请检查号码，或提交支持请求。在增值税号通过验证之前，将收取增值税。
