# membership-offers: see docs/glossary.md for the terms of each language.

## The accessibility statement (/accessibility), linked from every page's footer.

# Footer link to the statement, and the page's heading.
a11y-title = Accessibility
# First paragraph of the statement.
a11y-intro = { -network-name } wants everyone who works for a partner to be able to use this portal: with a keyboard, a screen reader or a magnifier, on a phone or a desktop.
a11y-standard-heading = The standard we aim for
a11y-standard = This portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. It partially meets it: the limits we know of are listed below.
a11y-testing-heading = How it is tested
# The checks run on every release; "axe-core" and "Nu HTML checker" are product names.
a11y-testing-axe = Every page, in all five languages, signed in and signed out, is checked with axe-core against the WCAG 2.2 A and AA rules, at desktop width and at phone width.
a11y-testing-html = Every page is checked with the W3C Nu HTML checker.
a11y-testing-keyboard = Browser tests do the main tasks with the keyboard alone: signing in, renewing by card, turning off automatic renewal, requesting a cancellation and downloading an invoice.
a11y-testing-phone = On a phone-sized screen nothing scrolls sideways, and every task also works without JavaScript.
a11y-limits-heading = Known limits
a11y-limit-colors = The portal has a light color scheme only. Under forced colors (such as Windows High Contrast), statuses keep a border, so none is shown by color alone.
a11y-limit-pdf = Invoice and credit note PDFs are not tagged: a screen reader reads their text but not their layout. The same figures are on the Invoices page and in the CSV export.
a11y-limit-manual = The portal has not yet been tested by people who use assistive technology every day.
a11y-contact-heading = Feedback
a11y-contact = If something in this portal is hard to use, please tell { -partner-support } through Support, or ask an administrator of your organization to do so.
