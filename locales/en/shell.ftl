# membership-offers: see docs/glossary.md for the terms of each language.

## The frame of every page: header, navigation, language switcher, footer.

# The network's name. Use the network's own name in each language; it is a brand.
-network-name = Partner Network
# The team that answers support requests, verifies VAT IDs and completes cancellations.
# A name: write it only through this term.
-partner-support = Partner Support
# The product's name as shown in the header and the browser tab.
shell-product-name = { -network-name } membership offers
# Browser tab title of a page.
# Variables:
#   $page (String) - the page's heading, for example "Membership offers"
shell-page-title = { $page } · { -network-name }
# Link for keyboard users that jumps over the navigation.
shell-skip-to-content = Skip to content
# Accessible name of the language switcher.
shell-language-label = Language
# Footer line.
shell-footer = { -network-name } · Membership offers portal
# Shown on pages whose area is not ready yet.
shell-coming-soon = This part of the portal is coming soon.

## Navigation

# Accessible name of the main navigation.
nav-label = Main
# Button that opens the navigation on small screens.
nav-menu-toggle = Menu
# Page name from the seeds: "Membership offers".
nav-offers = Membership offers
nav-competencies = Competencies
nav-invoices = Invoices
# The support area where partners follow their support requests.
nav-support = Support
nav-users = Users
# Page name from the seeds: "Partner profile".
nav-profile = Partner profile
# Staff console navigation: the queue of support requests across organizations.
nav-staff-requests = Support requests
# Staff console navigation: orders awaiting a bank transfer.
nav-staff-transfers = Bank transfers
# Staff console navigation: VAT IDs awaiting verification.
nav-staff-vat-ids = VAT IDs

## Language names, each written in its own language (the same in every locale).

lang-name-en = English
lang-name-nl = Nederlands
lang-name-de = Deutsch
lang-name-fr = Français
lang-name-zh = 简体中文

## Page not found

not-found-title = Page not found
not-found-body = The page you asked for does not exist or has moved.
not-found-home-link = Go to Membership offers

## Signed-in user

# Shown in the header instead of an organization for network support staff.
shell-staff = { -partner-support }
# Button in the header that ends the session.
shell-sign-out = Sign out

## Country names (the organization's country on the profile, the order review and invoices).

country-nl = Netherlands
country-de = Germany
country-fr = France
country-be = Belgium
country-at = Austria
country-gb = United Kingdom
country-cn = China
country-us = United States

## For translators: shown while LOCALES_RELOAD=1 is set (development).

# Shown at the bottom of every page when a changed .ftl file does not load; below it, the
# file, line and column of the error.
locales-reload-failed = The changed translations do not load, so the last version that loaded is shown. Fix the file below and refresh the page.

## Moving between the pages of a long list.

# The navigation landmark around the page links.
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
# Variables:
#   $page (Number) - this page, from 1
#   $pages (Number) - the number of pages
pager-position = Page { $page } of { $pages }
