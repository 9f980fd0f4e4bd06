//! A subscription's timeline as an iCalendar file (RFC 5545): the anniversary, the
//! renewal window, the reminders and the next automatic charge, as all-day events
//! named in the reader's language, so that common calendar apps import them.

use chrono::{DateTime, NaiveDate, Utc};

use crate::i18n::I18n;
use crate::server::service::offers::Details;
use crate::view::labels::{offer_name, timeline_label_id};
use crate::view::offers::TimelineEvent;

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn day(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// The calendar of a subscription. `public_url` makes the link to offer details;
/// `now` is the stamp of every event.
pub fn calendar(details: &Details, i18n: &I18n, public_url: &str, now: DateTime<Utc>) -> String {
    let stored = &details.assessed.stored;
    let t = &details.assessed.evaluation.timeline;
    let offer = offer_name(i18n, stored.subscription.offer);
    let link = format!("{}/offers/{}", public_url.trim_end_matches('/'), stored.id);
    let mut events = vec![
        (TimelineEvent::ReminderBefore, t.reminder_before),
        (TimelineEvent::Anniversary, t.anniversary),
        (TimelineEvent::WindowOpens, t.window_opens),
        (TimelineEvent::ReminderAfter, t.reminder_after),
        (TimelineEvent::WindowCloses, t.window_closes),
    ];
    if let (Some(charge), Some(_)) = (t.next_automatic_charge, &stored.card) {
        events.push((TimelineEvent::AutomaticCharge, charge));
    }
    events.sort_by_key(|(_, date)| *date);
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//membership-offers//{}//{}", escape(&i18n.t("shell-product-name")), i18n.lang().bcp47().to_uppercase()),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(&offer)),
    ];
    for (event, date) in events {
        let label = i18n.t(timeline_label_id(event));
        let summary = i18n.tr("calendar-event-summary", &[("offer", crate::i18n::arg(offer.clone())), ("event", crate::i18n::arg(label))]);
        let uid = format!("subscription-{}-{:?}-{}@membership-offers", stored.id, event, day(date)).to_lowercase();
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", day(date)),
            format!("DTEND;VALUE=DATE:{}", day(date.succ_opt().unwrap_or(date))),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&i18n.tr("calendar-event-description", &[("link", crate::i18n::arg(link.clone()))]))),
            format!("URL:{link}"),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let line = format!("SUMMARY:{}", "订阅续订".repeat(10));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn text_values_escape_commas_semicolons_and_backslashes() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
