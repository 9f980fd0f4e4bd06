//! Dates and amounts in each locale's conventions, from CLDR data (ICU4X). Runs on the
//! server only: pages receive the formatted strings, which keeps ICU4X out of the wasm.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{zone, Combo, YMD, YMDT};
use icu_datetime::input::{Time, TimeZoneInfo, ZonedDateTime};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_time::zone::ZoneNameTimestamp;
use icu_decimal::DecimalFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;

use super::Lang;

/// Formats dates and money for one language. Build once per language and share.
pub struct Formatter {
    lang: Lang,
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    short_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// A moment to the minute, with its time zone named (the audit log).
    date_time: FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDT, zone::SpecificShort>>,
    decimal: DecimalFormatter,
    /// "A, B and C" in the locale's words.
    and_list: ListFormatter,
}

impl std::fmt::Debug for Formatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formatter").field("lang", &self.lang).finish_non_exhaustive()
    }
}

/// Where the currency sign stands relative to the number, per CLDR's currency pattern.
enum SignPlace {
    /// `€1,234.56`
    Before,
    /// `€ 1.234,56` (nl)
    BeforeWithSpace,
    /// `1.234,56 €`
    AfterWithSpace,
}

impl Formatter {
    pub fn new(lang: Lang) -> Formatter {
        let locale: Locale = lang.bcp47().parse().expect("valid locale");
        let long_date = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long())
            .expect("compiled CLDR data has long dates for every language");
        let short_date = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::short())
            .expect("compiled CLDR data has short dates for every language");
        let date_time = FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::medium().with_time_hm().with_zone(zone::SpecificShort))
            .expect("compiled CLDR data has date-times and zone names for every language");
        let and_list = ListFormatter::try_new_and(locale.clone().into(), ListFormatterOptions::default().with_length(ListLength::Wide))
            .expect("compiled CLDR data has list patterns for every language");
        let decimal = DecimalFormatter::try_new(locale.into(), Default::default())
            .expect("compiled CLDR data has decimal symbols for every language");
        Formatter { lang, long_date, short_date, date_time, decimal, and_list }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn icu_date(date: NaiveDate) -> Date<Gregorian> {
        Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8)
            .expect("chrono dates are valid Gregorian dates")
    }

    /// `23 juni 2021`, `23. Juni 2021`, `June 23, 2021`, `2021年6月23日`.
    pub fn date(&self, date: NaiveDate) -> String {
        self.long_date.format(&Self::icu_date(date)).to_string()
    }

    /// `23-06-2021`, `23.06.21`, `6/23/21`, `2021/6/23`.
    pub fn short_date(&self, date: NaiveDate) -> String {
        self.short_date.format(&Self::icu_date(date)).to_string()
    }

    /// A moment, to the minute, in UTC with the zone named as the locale names it, on
    /// the locale's clock (12-hour in en, 24-hour in the others, as CLDR says):
    /// `Mar 16, 2026, 9:30 AM UTC`, `16 mrt 2026, 09:30 UTC`.
    pub fn date_time_utc(&self, at: DateTime<Utc>) -> String {
        let time = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).expect("chrono times are valid times");
        let zone = TimeZoneInfo::utc().with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()));
        let zoned = ZonedDateTime { date: Self::icu_date(at.date_naive()), time, zone };
        self.date_time.format(&zoned).to_string()
    }

    /// Items joined as the locale joins a list with "and": `A, B, and C`, `A, B und C`,
    /// `A、B和C`.
    pub fn and_list(&self, items: &[String]) -> String {
        self.and_list.format(items.iter().map(String::as_str)).to_string()
    }

    /// A number with `digits` fraction digits in the locale's symbols (`1.234,56`).
    pub fn decimal(&self, minor: i64, digits: u8) -> String {
        let mut number = Decimal::from(minor);
        number.multiply_pow10(-i16::from(digits));
        number.absolute.pad_end(-i16::from(digits));
        // French groups digits with U+202F (narrow no-break space), as CLDR says; the
        // invoice PDF draws it as U+00A0 where its font lacks the glyph.
        self.decimal.format(&number).to_string()
    }

    /// An amount of money: `€ 1.234,56` (nl), `1.234,56 €` (de), `1 234,56 €` (fr),
    /// `€1,234.56` (en), `¥1,234.56` (zh, CNY).
    pub fn money(&self, minor: i64, currency_code: &str, digits: u8) -> String {
        let number = self.decimal(minor.abs(), digits);
        let sign = self.currency_sign(currency_code);
        let minus = if minor < 0 { "-" } else { "" };
        match self.sign_place() {
            SignPlace::Before => format!("{minus}{sign}{number}"),
            SignPlace::BeforeWithSpace => format!("{sign}\u{a0}{minus}{number}"),
            SignPlace::AfterWithSpace => format!("{minus}{number}\u{a0}{sign}"),
        }
    }

    fn sign_place(&self) -> SignPlace {
        // CLDR 46 standard currency patterns: en/zh "¤#,##0.00", nl "¤ #,##0.00",
        // de/fr "#,##0.00 ¤".
        match self.lang {
            Lang::En | Lang::Zh => SignPlace::Before,
            Lang::Nl => SignPlace::BeforeWithSpace,
            Lang::De | Lang::Fr => SignPlace::AfterWithSpace,
        }
    }

    /// The currency's symbol in this locale (CLDR 46 narrow-enough standard symbols).
    fn currency_sign(&self, code: &str) -> String {
        let sign = match (code, self.lang) {
            ("EUR", _) => "€",
            ("USD", Lang::En) | ("USD", Lang::De) => "$",
            ("USD", Lang::Nl) | ("USD", Lang::Zh) => "US$",
            ("USD", Lang::Fr) => "$US",
            ("CNY", Lang::Zh) => "¥",
            ("CNY", Lang::Fr) => "CNY",
            ("CNY", _) => "CN¥",
            ("GBP", _) => "£",
            (other, _) => other,
        };
        sign.to_string()
    }
}

/// One formatter per language, built once at start.
#[derive(Debug)]
pub struct Formatters {
    all: Vec<Formatter>,
}

impl Formatters {
    pub fn new() -> Formatters {
        Formatters { all: Lang::ALL.into_iter().map(Formatter::new).collect() }
    }

    pub fn get(&self, lang: Lang) -> &Formatter {
        self.all.iter().find(|f| f.lang == lang).expect("a formatter per language")
    }
}

impl Default for Formatters {
    fn default() -> Self {
        Formatters::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_dates_follow_each_locale() {
        let date = d(2021, 6, 23);
        assert_eq!(Formatter::new(Lang::Nl).date(date), "23 juni 2021");
        assert_eq!(Formatter::new(Lang::De).date(date), "23. Juni 2021");
        assert_eq!(Formatter::new(Lang::Fr).date(date), "23 juin 2021");
        assert_eq!(Formatter::new(Lang::En).date(date), "June 23, 2021");
        assert_eq!(Formatter::new(Lang::Zh).date(date), "2021年6月23日");
    }

    #[test]
    fn date_times_name_the_zone_on_each_locales_clock() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-16T14:05:59Z").unwrap().with_timezone(&Utc);
        assert_eq!(Formatter::new(Lang::En).date_time_utc(at), "Mar 16, 2026, 2:05\u{202f}PM UTC");
        assert_eq!(Formatter::new(Lang::Nl).date_time_utc(at), "16 mrt 2026, 14:05 UTC");
        assert_eq!(Formatter::new(Lang::De).date_time_utc(at), "16.03.2026, 14:05 UTC");
        // French names UTC "temps universel", TU.
        assert_eq!(Formatter::new(Lang::Fr).date_time_utc(at), "16 mars 2026, 14:05 TU");
        assert_eq!(Formatter::new(Lang::Zh).date_time_utc(at), "2026年3月16日 UTC 14:05");
    }

    #[test]
    fn lists_are_joined_in_each_locales_words() {
        let items = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!(Formatter::new(Lang::En).and_list(&items), "A, B, and C");
        assert_eq!(Formatter::new(Lang::Nl).and_list(&items), "A, B en C");
        assert_eq!(Formatter::new(Lang::De).and_list(&items), "A, B und C");
        assert_eq!(Formatter::new(Lang::Fr).and_list(&items), "A, B et C");
        assert_eq!(Formatter::new(Lang::Zh).and_list(&items), "A、B和C");
        assert_eq!(Formatter::new(Lang::Fr).and_list(&items[..1]), "A");
    }

    #[test]
    fn amounts_follow_each_locale() {
        assert_eq!(Formatter::new(Lang::Nl).money(123456, "EUR", 2), "€\u{a0}1.234,56");
        assert_eq!(Formatter::new(Lang::De).money(123456, "EUR", 2), "1.234,56\u{a0}€");
        assert_eq!(Formatter::new(Lang::Fr).money(123456, "EUR", 2), "1\u{202f}234,56\u{a0}€");
        assert_eq!(Formatter::new(Lang::En).money(123456, "EUR", 2), "€1,234.56");
        assert_eq!(Formatter::new(Lang::Zh).money(123456, "CNY", 2), "¥1,234.56");
    }

    #[test]
    fn french_groups_digits_with_a_narrow_no_break_space_as_cldr_says() {
        assert_eq!(Formatter::new(Lang::Fr).decimal(1_234_567, 0), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn whole_amounts_keep_their_cents_and_negative_amounts_their_sign() {
        assert_eq!(Formatter::new(Lang::En).money(50000, "EUR", 2), "€500.00");
        assert_eq!(Formatter::new(Lang::En).money(-5, "EUR", 2), "-€0.05");
    }
}
