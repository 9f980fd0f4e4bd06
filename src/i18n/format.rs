//! Dates and amounts in each locale's conventions, from CLDR data (ICU4X). Runs on the
//! server only: pages receive the formatted strings, which keeps ICU4X out of the wasm.

use chrono::{Datelike, NaiveDate};
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use super::Lang;

/// Formats dates and money for one language. Build once per language and share.
pub struct Formatter {
    lang: Lang,
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    short_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    decimal: DecimalFormatter,
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
        let decimal = DecimalFormatter::try_new(locale.into(), Default::default())
            .expect("compiled CLDR data has decimal symbols for every language");
        Formatter { lang, long_date, short_date, decimal }
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

    /// A number with `digits` fraction digits in the locale's symbols (`1.234,56`).
    pub fn decimal(&self, minor: i64, digits: u8) -> String {
        let mut number = Decimal::from(minor);
        number.multiply_pow10(-i16::from(digits));
        number.absolute.pad_end(-i16::from(digits));
        // French groups digits with U+202F; PDF fonts often lack it, and it reads the same.
        self.decimal.format(&number).to_string().replace('\u{202f}', "\u{a0}")
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
    fn amounts_follow_each_locale() {
        assert_eq!(Formatter::new(Lang::Nl).money(123456, "EUR", 2), "€\u{a0}1.234,56");
        assert_eq!(Formatter::new(Lang::De).money(123456, "EUR", 2), "1.234,56\u{a0}€");
        assert_eq!(Formatter::new(Lang::Fr).money(123456, "EUR", 2), "1\u{a0}234,56\u{a0}€");
        assert_eq!(Formatter::new(Lang::En).money(123456, "EUR", 2), "€1,234.56");
        assert_eq!(Formatter::new(Lang::Zh).money(123456, "CNY", 2), "¥1,234.56");
    }

    #[test]
    fn whole_amounts_keep_their_cents_and_negative_amounts_their_sign() {
        assert_eq!(Formatter::new(Lang::En).money(50000, "EUR", 2), "€500.00");
        assert_eq!(Formatter::new(Lang::En).money(-5, "EUR", 2), "-€0.05");
    }
}
