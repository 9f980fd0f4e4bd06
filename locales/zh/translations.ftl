# membership-offers: see docs/glossary.md for the terms of each language.

## The translators' workbench (/translations): how far each language is against the
## English source, its messages beside the English, and one message with its preview.
## Read-only: translators edit the .ftl files and commit them.

# Navigation entry and page heading of the workbench.
nav-translations = 翻译
translations-title = 翻译
translations-intro = 各语言的翻译进度。如果英文源文本在翻译之后有改动，该消息即为过时。打开一种语言，即可在英文源文本旁查看其消息。
translations-completeness = 各语言完成度
# Variables:
#   $error (String) - the file that does not load, with line, column and the parser's message
translations-problem = 有文件无法加载：{ $error }
translations-column-language = 语言
translations-column-total = 消息
translations-state-translated = 已翻译
translations-state-stale = 已过时
translations-state-missing = 缺失
# A number of messages in the completeness table.
# Variables:
#   $count (Number) - how many messages
translations-count = { $count } 条消息

## One language's messages

# Variables:
#   $language (String) - the language's own name, e.g. "Nederlands"
translations-language-title = 翻译：{ $language }
translations-back-overview = 所有语言
# Variables:
#   $translated (Number) - messages translated from the current English source
#   $total (Number) - messages in English
#   $stale (Number) - translated messages whose English source changed since
#   $missing (Number) - messages the language lacks
translations-progress = 共 { $total } 条，已翻译 { $translated } 条，过时 { $stale } 条，缺失 { $missing } 条。
translations-filter-label = 筛选消息
translations-filter-show = 显示
translations-filter-all = 所有消息
translations-filter-file = 文件
translations-filter-all-files = 所有文件
translations-filter-search = 按 ID 或文本搜索
translations-filter-apply = 应用筛选
# Variables:
#   $count (Number) - how many messages the filters show
translations-shown = 显示 { $count } 条消息。
translations-none = 没有符合这些筛选条件的消息。
translations-column-id = 消息 ID
translations-column-english = 英文
translations-column-translation = 译文
translations-column-state = 状态
translations-not-translated-short = 未翻译

## One message

# Variables:
#   $id (String) - the message id, e.g. "offers-renew"
translations-message-title = 消息 { $id }
# Variables:
#   $language (String) - the language's own name, e.g. "Deutsch"
translations-back-language = 所有消息：{ $language }
translations-hash = 源文本哈希
# Variables:
#   $current (String) - the hash of the English source now, eight hex digits
#   $recorded (String) - the hash recorded with the translation, or "none recorded"
translations-hash-value = 英文当前 { $current }，已记录 { $recorded }
translations-hash-none = 未记录
translations-stale-hint = 英文源文本在此翻译之后有改动。请检查译文，然后将其记录为已审阅（README，“For translators”）。
translations-english-source = 英文源文本
# Variables:
#   $language (String) - the language's own name, e.g. "Français"
translations-translation-in = 译文：{ $language }
translations-not-translated = 尚未翻译：页面显示英文文本。
translations-comment = 给译者的说明
translations-no-comment = 此消息没有说明。
translations-variables = 变量
translations-no-variables = 此消息没有变量。
translations-column-variable = 变量
translations-column-kind = 类型
translations-column-note = 说明
translations-column-sample = 示例
translations-sample-numbers = 0、1、2、5
translations-kind-number = 数字
translations-kind-date = 日期
translations-kind-amount = 金额
translations-kind-text = 文本
translations-glossary = 术语表术语
translations-no-glossary = 此消息未使用术语表中的术语。
translations-column-concept = 含义
translations-preview = 预览
translations-preview-intro = 页面上显示的消息，使用示例值格式化：数字 0、1、2 和 5（以及你选择的一个数字），以及按此语言格式显示的日期和金额。
translations-preview-number = 其他数字
translations-preview-apply = 预览
# A preview row's sample: the number given to the message's number variables.
# Variables:
#   $number (Number) - the sample number
translations-preview-with-number = 数字为 { $number }
translations-preview-sample = 使用示例值
translations-paging = 上一条和下一条消息
translations-previous = 上一条消息
translations-next = 下一条消息
