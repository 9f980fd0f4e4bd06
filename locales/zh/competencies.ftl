# membership-offers: see docs/glossary.md for the terms of each language.

## The partner's Competencies page (seed 002): requirement status per competency
## area, the level held, and the policy exemption notice.

# Introduction of the Competencies page.
competencies-intro = 每个能力领域显示你的组织是否满足其要求、你拥有的级别以及续订时间。
# Shown when the organization has no competency record yet.
competencies-none = 你的组织还没有任何能力。
# Introduces the list of requirements still missing.
competency-missing = 仍缺少：
# A requirement that can be missing.
competency-missing-certified-individuals = 认证人员
competency-missing-customer-references = 客户参考
competency-missing-performance-target = 绩效目标
competency-missing-technical-assessment = 技术评估
# Label of the level held (Silver or Gold).
competency-level = 级别
# Shown when the organization holds no level in this area.
competency-no-level = 你在此领域没有银牌或金牌级别。
# The policy exemption notice (seed 002).
competency-exemption = 在下一个续订日期之前，你已获得满足要求的豁免。
# Link to the Membership offers page to pay the fee.
competency-pay-fee = 在“成员产品/服务”页面上支付能力费用
