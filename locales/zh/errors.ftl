# membership-offers: see docs/glossary.md for the terms of each language.

## 错误消息。

error-unauthenticated = 你的会话已结束。请重新登录。
error-forbidden = 你的角色不允许执行此操作。
error-not-found = 找不到你请求的内容。
error-conflict = 有人同时修改了此内容。请重新加载页面后重试。
error-internal = 我们这边出了问题。请稍后重试。
error-bad-request = 无法读取该请求。请返回，检查你输入的内容后重试。
error-unavailable = 门户繁忙或其某项服务不可用。请稍后重试。
error-request = 无法连接到门户。请检查网络连接后重试。
