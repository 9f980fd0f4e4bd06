# membership-offers: see docs/glossary.md for the terms of each language.

## 加入本网络（源文档 000：“立即注册”）

# 源文档中的页面和按钮名称。
enroll-title = 加入本网络
enroll-intro = 本网络的成员资格免费，且无需续订。请确认你组织的法律信息以加入本网络；之后即可购买产品/服务。
enroll-accept = 我确认这些信息，并接受本网络的成员资格条款。
enroll-submit = 立即注册
enroll-already-member = 你的组织已是本网络的成员。
