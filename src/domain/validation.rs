//! Parse, don't validate: form fields become newtypes with private fields,
//! built only through `parse`. The same code runs in the browser (instant
//! feedback) and on the server (enforcement). Errors are [`FieldError`]
//! codes; the UI turns them into Fluent messages.
//!
//! Card data ([`CardNumber`], [`Cvc`]) is never `Serialize` and its `Debug`
//! is masked, so it cannot reach a log or a response by accident.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::domain::country::Country;

/// Why a field was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FieldError {
    Required,
    TooLong {
        max: u16,
    },
    /// Control characters or similar in free text.
    InvalidCharacters,
    InvalidEmail,
    InvalidPhone,
    InvalidCardNumber,
    CardExpired,
    InvalidExpiry,
    InvalidCvc,
    InvalidPostalCode,
    InvalidVatId,
}

impl fmt::Display for FieldError {
    // A code for logs and serde errors, not user-visible text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for FieldError {}

fn required(input: &str) -> Result<&str, FieldError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        Err(FieldError::Required)
    } else {
        Ok(trimmed)
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The input without spaces, upper-cased.
fn compact_upper(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

// ---------------------------------------------------------------- e-mail

/// An e-mail address: ASCII local part and domain, domain lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

const EMAIL_MAX: usize = 254;
const LOCAL_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~.";

fn valid_local_part(local: &str) -> bool {
    (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL_SPECIALS.contains(c))
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| !all_digits(tld))
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, FieldError> {
        let s = required(input)?;
        if s.len() > EMAIL_MAX {
            return Err(FieldError::TooLong {
                max: EMAIL_MAX as u16,
            });
        }
        let (local, domain) = s.split_once('@').ok_or(FieldError::InvalidEmail)?;
        let domain = domain.to_ascii_lowercase();
        if !valid_local_part(local) || !valid_domain(&domain) {
            return Err(FieldError::InvalidEmail);
        }
        Ok(EmailAddress(format!("{local}@{domain}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

// ---------------------------------------------------------------- phone

/// A phone number: digits, spaces, `+` (first only), `-` and parentheses;
/// 6–20 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

const PHONE_MAX_CHARS: usize = 40;

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<PhoneNumber, FieldError> {
        let s = required(input)?;
        if s.chars().count() > PHONE_MAX_CHARS {
            return Err(FieldError::TooLong {
                max: PHONE_MAX_CHARS as u16,
            });
        }
        let mut digits = 0;
        let mut open = false;
        for (i, c) in s.char_indices() {
            match c {
                '0'..='9' => digits += 1,
                ' ' | '-' => {}
                '+' if i == 0 => {}
                '(' if !open => open = true,
                ')' if open => open = false,
                _ => return Err(FieldError::InvalidPhone),
            }
        }
        if open || !(6..=20).contains(&digits) {
            return Err(FieldError::InvalidPhone);
        }
        Ok(PhoneNumber(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+` (if given) and the digits only, e.g. `+31201234567`.
    pub fn dialable(&self) -> String {
        self.0
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PhoneNumber::parse(&value)
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}

// ---------------------------------------------------------------- text line

/// A bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069): text can use
/// them to show itself in another order than it is stored ("invoice\u{202e}fdp.exe"),
/// so no free-text field accepts them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One line of free text (an organization's name, an address line): trimmed, at most
/// `max` characters, no control characters and no bidirectional overrides; empty only
/// when optional.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextLine(String);

impl TextLine {
    pub fn parse(input: &str, max: usize, optional: bool) -> Result<TextLine, FieldError> {
        let s = input.trim();
        if s.is_empty() {
            return if optional { Ok(TextLine(String::new())) } else { Err(FieldError::Required) };
        }
        if s.chars().count() > max {
            return Err(FieldError::TooLong { max: max.min(u16::MAX as usize) as u16 });
        }
        if s.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            return Err(FieldError::InvalidCharacters);
        }
        Ok(TextLine(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A message of several lines (a support request's description, a reply): trimmed,
/// 1–`max` characters, line breaks and tabs allowed, no other control characters and
/// no bidirectional overrides (which could disguise what staff read).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MessageText(String);

impl MessageText {
    pub fn parse(input: &str, max: usize) -> Result<MessageText, FieldError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FieldError::Required);
        }
        if s.chars().count() > max {
            return Err(FieldError::TooLong { max: max.min(u16::MAX as usize) as u16 });
        }
        if s.chars().any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || is_bidi_control(c)) {
            return Err(FieldError::InvalidCharacters);
        }
        // Every line break is stored as one "\n" (a lone CR too).
        Ok(MessageText(s.replace("\r\n", "\n").replace('\r', "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod message_text_tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_lines_and_refuses_control_and_bidi_override_characters() {
        assert_eq!(MessageText::parse("  Hello,\r\nplease cancel.\n ", 100).unwrap().as_str(), "Hello,\nplease cancel.");
        assert_eq!(MessageText::parse("   ", 100), Err(FieldError::Required));
        assert_eq!(MessageText::parse("a\u{7}b", 100), Err(FieldError::InvalidCharacters));
        assert_eq!(MessageText::parse("pay \u{202e}gnp.exe", 100), Err(FieldError::InvalidCharacters));
        assert_eq!(MessageText::parse(&"x".repeat(101), 100), Err(FieldError::TooLong { max: 100 }));
    }
}

#[cfg(test)]
mod text_line_tests {
    use super::*;

    #[test]
    fn a_text_line_is_trimmed_and_bounded() {
        assert_eq!(TextLine::parse("  Contoso Ltd ", 11, false).unwrap().as_str(), "Contoso Ltd");
        assert_eq!(TextLine::parse("", 10, false), Err(FieldError::Required));
        assert_eq!(TextLine::parse("", 10, true).unwrap().as_str(), "");
        assert_eq!(TextLine::parse("abcdefghijk", 10, false), Err(FieldError::TooLong { max: 10 }));
        assert_eq!(TextLine::parse("a\u{7}b", 10, false), Err(FieldError::InvalidCharacters));
        assert_eq!(TextLine::parse("Contoso\u{202e}dtL", 20, false), Err(FieldError::InvalidCharacters));
        assert_eq!(PersonName::parse("Anna\u{2066}x"), Err(FieldError::InvalidCharacters));
    }
}

// ---------------------------------------------------------------- person name

/// A person's name: trimmed, 1–100 characters, no control characters and no
/// bidirectional overrides.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

const NAME_MAX_CHARS: usize = 100;

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, FieldError> {
        let s = required(input)?;
        if s.chars().count() > NAME_MAX_CHARS {
            return Err(FieldError::TooLong {
                max: NAME_MAX_CHARS as u16,
            });
        }
        if s.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            return Err(FieldError::InvalidCharacters);
        }
        Ok(PersonName(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PersonName::parse(&value)
    }
}

impl From<PersonName> for String {
    fn from(value: PersonName) -> Self {
        value.0
    }
}

// ---------------------------------------------------------------- cards

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
    Other,
}

/// A payment card number: 12–19 digits passing the Luhn check. Spaces and
/// hyphens between digits are accepted and dropped. Not `Serialize`; `Debug`
/// shows only the brand and last four digits.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber(String);

fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

impl CardNumber {
    pub fn parse(input: &str) -> Result<CardNumber, FieldError> {
        let s = required(input)?;
        let mut digits = String::with_capacity(19);
        for c in s.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' => {}
                _ => return Err(FieldError::InvalidCardNumber),
            }
        }
        if !(12..=19).contains(&digits.len()) || !luhn_valid(&digits) {
            return Err(FieldError::InvalidCardNumber);
        }
        Ok(CardNumber(digits))
    }

    pub fn last4(&self) -> &str {
        &self.0[self.0.len() - 4..]
    }

    pub fn brand(&self) -> CardBrand {
        let prefix = |n: usize| self.0[..n].parse::<u32>().unwrap_or(0);
        match (prefix(1), prefix(2), prefix(4)) {
            (4, _, _) => CardBrand::Visa,
            (_, 34 | 37, _) => CardBrand::Amex,
            (_, 51..=55, _) | (_, _, 2221..=2720) => CardBrand::Mastercard,
            _ => CardBrand::Other,
        }
    }

    /// The full digits, only for handing to the payment provider.
    pub fn expose_digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CardNumber")
            .field("brand", &self.brand())
            .field("last4", &self.last4())
            .finish()
    }
}

/// A card's expiry month. Valid through the last day of that month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "CardExpiryRepr", into = "CardExpiryRepr")]
pub struct CardExpiry {
    year: i32,
    month: u32,
}

#[derive(Serialize, Deserialize)]
struct CardExpiryRepr {
    month: u32,
    year: i32,
}

impl TryFrom<CardExpiryRepr> for CardExpiry {
    type Error = FieldError;
    fn try_from(repr: CardExpiryRepr) -> Result<Self, Self::Error> {
        CardExpiry::new(repr.month, repr.year)
    }
}

impl From<CardExpiry> for CardExpiryRepr {
    fn from(value: CardExpiry) -> Self {
        CardExpiryRepr {
            month: value.month,
            year: value.year,
        }
    }
}

/// Cards are not issued for longer than this many years ahead.
const EXPIRY_MAX_YEARS_AHEAD: i32 = 20;

impl CardExpiry {
    fn new(month: u32, year: i32) -> Result<CardExpiry, FieldError> {
        if !(1..=12).contains(&month) || !(2000..=9999).contains(&year) {
            return Err(FieldError::InvalidExpiry);
        }
        Ok(CardExpiry { year, month })
    }

    /// `"MM/YY"` or `"MM/YYYY"`; spaces around the slash are allowed.
    pub fn parse(input: &str) -> Result<CardExpiry, FieldError> {
        let s = required(input)?;
        let (month, year) = s.split_once('/').ok_or(FieldError::InvalidExpiry)?;
        let (month, year) = (month.trim(), year.trim());
        if !all_digits(month) || month.len() > 2 || !all_digits(year) {
            return Err(FieldError::InvalidExpiry);
        }
        let month: u32 = month.parse().map_err(|_| FieldError::InvalidExpiry)?;
        let year: i32 = match year.len() {
            2 => 2000 + year.parse::<i32>().map_err(|_| FieldError::InvalidExpiry)?,
            4 => year.parse().map_err(|_| FieldError::InvalidExpiry)?,
            _ => return Err(FieldError::InvalidExpiry),
        };
        CardExpiry::new(month, year)
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// `CardExpired` after the expiry month, `InvalidExpiry` when implausibly
    /// far ahead.
    pub fn check_on(self, today: NaiveDate) -> Result<(), FieldError> {
        if (self.year, self.month) < (today.year(), today.month()) {
            return Err(FieldError::CardExpired);
        }
        if self.year > today.year() + EXPIRY_MAX_YEARS_AHEAD {
            return Err(FieldError::InvalidExpiry);
        }
        Ok(())
    }

    pub fn is_valid_on(self, today: NaiveDate) -> bool {
        self.check_on(today).is_ok()
    }
}

/// A card security code: 3 or 4 digits. Not `Serialize`; `Debug` is masked.
#[derive(Clone, PartialEq, Eq)]
pub struct Cvc(String);

impl Cvc {
    pub fn parse(input: &str) -> Result<Cvc, FieldError> {
        let s = required(input)?;
        if !all_digits(s) || !(3..=4).contains(&s.len()) {
            return Err(FieldError::InvalidCvc);
        }
        Ok(Cvc(s.to_owned()))
    }

    /// American Express uses 4 digits, the others 3.
    pub fn fits(&self, brand: CardBrand) -> bool {
        match brand {
            CardBrand::Amex => self.0.len() == 4,
            CardBrand::Visa | CardBrand::Mastercard => self.0.len() == 3,
            CardBrand::Other => true,
        }
    }

    /// The digits, only for handing to the payment provider.
    pub fn expose_digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Cvc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cvc(***)")
    }
}

// ---------------------------------------------------------------- postal code

/// A postal code valid for its country, normalized (upper case, canonical
/// spacing: NL `1234 AB`, GB `SW1A 1AA`, US `12345` or `12345-6789`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CountryValue", into = "CountryValue")]
pub struct PostalCode {
    country: Country,
    value: String,
}

/// Serialized form of [`PostalCode`] and [`VatId`]; re-parsed on the way in.
#[derive(Serialize, Deserialize)]
struct CountryValue {
    country: Country,
    value: String,
}

fn n_digits(s: &str, n: usize) -> bool {
    s.len() == n && all_digits(s)
}

fn no_leading_zero(s: &str) -> bool {
    !s.starts_with('0')
}

fn gb_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let a = |i: usize| b[i].is_ascii_uppercase();
    let d = |i: usize| b[i].is_ascii_digit();
    match b.len() {
        2 => a(0) && d(1),                                         // A9
        3 => a(0) && ((d(1) && (d(2) || a(2))) || (a(1) && d(2))), // A99, A9A, AA9
        4 => a(0) && a(1) && d(2) && (d(3) || a(3)),               // AA99, AA9A
        _ => false,
    }
}

impl PostalCode {
    pub fn parse(country: Country, input: &str) -> Result<PostalCode, FieldError> {
        let s = required(input)?;
        let compact = compact_upper(s);
        if !compact.is_ascii() {
            return Err(FieldError::InvalidPostalCode);
        }
        let value = match country {
            Country::NL => {
                let (digits, letters) = compact.split_at(compact.len().min(4));
                let ok = n_digits(digits, 4)
                    && no_leading_zero(digits)
                    && letters.len() == 2
                    && letters.bytes().all(|b| b.is_ascii_uppercase());
                ok.then(|| format!("{digits} {letters}"))
            }
            Country::DE | Country::FR => n_digits(&compact, 5).then_some(compact),
            Country::BE | Country::AT => {
                (n_digits(&compact, 4) && no_leading_zero(&compact)).then_some(compact)
            }
            Country::CN => n_digits(&compact, 6).then_some(compact),
            Country::US => {
                let ok = n_digits(&compact, 5)
                    || compact
                        .split_once('-')
                        .is_some_and(|(zip, plus4)| n_digits(zip, 5) && n_digits(plus4, 4));
                ok.then_some(compact)
            }
            Country::GB => (5..=7)
                .contains(&compact.len())
                .then(|| compact.split_at(compact.len() - 3))
                .filter(|(outward, inward)| {
                    let i = inward.as_bytes();
                    gb_outward(outward)
                        && i[0].is_ascii_digit()
                        && i[1].is_ascii_uppercase()
                        && i[2].is_ascii_uppercase()
                })
                .map(|(outward, inward)| format!("{outward} {inward}")),
        };
        value
            .map(|value| PostalCode { country, value })
            .ok_or(FieldError::InvalidPostalCode)
    }

    pub fn country(&self) -> Country {
        self.country
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }
}

impl TryFrom<CountryValue> for PostalCode {
    type Error = FieldError;
    fn try_from(repr: CountryValue) -> Result<Self, Self::Error> {
        PostalCode::parse(repr.country, &repr.value)
    }
}

impl From<PostalCode> for CountryValue {
    fn from(value: PostalCode) -> Self {
        CountryValue {
            country: value.country,
            value: value.value,
        }
    }
}

// ---------------------------------------------------------------- VAT id

/// A VAT or tax identification number valid in form for its country,
/// normalized (upper case, no spaces or dots; EU and GB with their country
/// prefix, which may be left out when typing; US as `12-3456789`).
///
/// - NL `NL` + 9 digits + `B` + 2 digits; DE `DE` + 9 digits;
///   FR `FR` + 2 characters + 9 digits; BE `BE` + 10 digits starting 0 or 1;
///   AT `ATU` + 8 digits; GB `GB` + 9 or 12 digits; each with its check digits
///   (`vat_check_digits_valid`). A well-formed ID is not yet a verified one: reverse
///   charge needs the network to confirm it (docs/security.md);
/// - CN: the 18-character unified social credit code (form only, no check
///   character computed);
/// - US: an EIN. US organizations may have none: use [`VatId::parse_optional`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "CountryValue", into = "CountryValue")]
pub struct VatId {
    country: Country,
    value: String,
}

/// Characters of a unified social credit code (no I, O, S, V, Z).
const USCC_CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

fn vat_body_valid(country: Country, body: &str) -> bool {
    if !body.is_ascii() {
        return false;
    }
    let b = body.as_bytes();
    match country {
        Country::NL => {
            b.len() == 12 && all_digits(&body[..9]) && b[9] == b'B' && all_digits(&body[10..])
        }
        Country::DE => n_digits(body, 9),
        Country::FR => {
            b.len() == 11
                && b[..2].iter().all(|c| {
                    c.is_ascii_digit() || (c.is_ascii_uppercase() && *c != b'I' && *c != b'O')
                })
                && all_digits(&body[2..])
        }
        Country::BE => n_digits(body, 10) && (b[0] == b'0' || b[0] == b'1'),
        Country::AT => b.len() == 9 && b[0] == b'U' && all_digits(&body[1..]),
        Country::GB => n_digits(body, 9) || n_digits(body, 12),
        Country::CN => b.len() == 18 && body.chars().all(|c| USCC_CHARS.contains(c)),
        Country::US => n_digits(body, 9),
    }
}

/// The digits of an all-digit ASCII string.
fn digits_of(text: &str) -> Vec<u32> {
    text.bytes().map(|b| u32::from(b - b'0')).collect()
}

/// `text` (digits and capital letters, A = 10 … Z = 35) modulo 97, as ISO 7064 reads it.
fn mod97(text: &str) -> u32 {
    text.chars().fold(0, |rest, c| match c.to_digit(36) {
        Some(v) if v >= 10 => (rest * 100 + v) % 97,
        Some(v) => (rest * 10 + v) % 97,
        None => rest,
    })
}

/// The check digits each country's format carries, on a body whose form is valid
/// (`vat_body_valid`). Published algorithms: NL the 11-test of the old BTW number or
/// ISO 7064 MOD 97-10 of the newer "btw-id"; DE ISO 7064 MOD 11,10; FR the key of the
/// SIREN (numeric keys only); BE 97 minus the first eight digits modulo 97; AT the
/// Luhn-like UID check; GB modulus 97 (and 97-55). CN and US: form only.
fn vat_check_digits_valid(country: Country, body: &str) -> bool {
    match country {
        Country::NL => {
            let d = digits_of(&body[..9]);
            let eleven = (0..8).map(|i| d[i] * (9 - i as u32)).sum::<u32>() % 11;
            (eleven != 10 && eleven == d[8]) || mod97(&format!("NL{body}")) == 1
        }
        Country::DE => {
            let d = digits_of(body);
            let product = d[..8].iter().fold(10, |product, digit| {
                let sum = match (digit + product) % 10 {
                    0 => 10,
                    sum => sum,
                };
                (2 * sum) % 11
            });
            (11 - product) % 10 == d[8]
        }
        Country::FR => match body[..2].parse::<u32>() {
            Ok(key) => body[2..].parse::<u64>().is_ok_and(|siren| u64::from(key) == (12 + 3 * (siren % 97)) % 97),
            // Keys with letters (new-style numbers) have no published check.
            Err(_) => true,
        },
        Country::BE => {
            let (number, check) = (body[..8].parse::<u32>().unwrap_or(0), body[8..].parse::<u32>().unwrap_or(0));
            97 - number % 97 == check
        }
        Country::AT => {
            let d = digits_of(&body[1..]);
            let sum: u32 = (0..7)
                .map(|i| {
                    let v = d[i] * if i % 2 == 0 { 1 } else { 2 };
                    v / 10 + v % 10
                })
                .sum();
            (10 - (sum + 4) % 10) % 10 == d[7]
        }
        Country::GB => {
            let d = digits_of(&body[..9]);
            let sum = (0..7).map(|i| d[i] * (8 - i as u32)).sum::<u32>() + d[7] * 10 + d[8];
            sum % 97 == 0 || (sum + 55) % 97 == 0
        }
        Country::CN | Country::US => true,
    }
}

impl VatId {
    pub fn parse(country: Country, input: &str) -> Result<VatId, FieldError> {
        let s = required(input)?;
        let compact: String = compact_upper(s).chars().filter(|c| *c != '.').collect();
        let value = match country {
            Country::CN => vat_body_valid(country, &compact).then_some(compact),
            Country::US => {
                let digits = match compact.split_once('-') {
                    Some((a, b)) if n_digits(a, 2) && n_digits(b, 7) => format!("{a}{b}"),
                    Some(_) => String::new(),
                    None => compact,
                };
                vat_body_valid(country, &digits)
                    .then(|| format!("{}-{}", &digits[..2], &digits[2..]))
            }
            _ => {
                let prefix = country.code();
                let body = compact
                    .strip_prefix(prefix)
                    .unwrap_or(&compact)
                    .replace('-', "");
                (vat_body_valid(country, &body) && vat_check_digits_valid(country, &body)).then(|| format!("{prefix}{body}"))
            }
        };
        value
            .map(|value| VatId { country, value })
            .ok_or(FieldError::InvalidVatId)
    }

    /// Like [`VatId::parse`], but an empty field is `Ok(None)`.
    pub fn parse_optional(country: Country, input: &str) -> Result<Option<VatId>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            VatId::parse(country, input).map(Some)
        }
    }

    pub fn country(&self) -> Country {
        self.country
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// The member state code and the number as the EU's VIES service asks for them
    /// (Greece would be `EL`), for the EU countries only: elsewhere VIES knows nothing.
    pub fn vies_query(&self) -> Option<(&'static str, &str)> {
        self.country.is_eu().then(|| (self.country.code(), self.value.strip_prefix(self.country.code()).unwrap_or(&self.value)))
    }
}

crate::code_enum! {
    /// Whether the organization's VAT ID is confirmed: by a Support agent, or by the
    /// EU's VIES service when `VIES_URL` is set. Only a verified ID gives reverse
    /// charge; an ID that changes is unverified again.
    #[derive(Serialize, Deserialize)]
    pub enum VatIdState: "a VAT ID state" {
        Unverified = "unverified",
        Verified = "verified",
        /// Support (or VIES) found that the number does not belong to the organization.
        Rejected = "rejected",
    }
}

impl TryFrom<CountryValue> for VatId {
    type Error = FieldError;
    fn try_from(repr: CountryValue) -> Result<Self, Self::Error> {
        VatId::parse(repr.country, &repr.value)
    }
}

impl From<VatId> for CountryValue {
    fn from(value: VatId) -> Self {
        CountryValue {
            country: value.country,
            value: value.value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vies_is_asked_for_eu_numbers_only_without_their_prefix() {
        let dutch = VatId::parse(Country::NL, "nl 1234.56782.B01").unwrap();
        assert_eq!(dutch.vies_query(), Some(("NL", "123456782B01")));
        let german = VatId::parse(Country::DE, "DE123456788").unwrap();
        assert_eq!(german.vies_query(), Some(("DE", "123456788")));
        let british = VatId::parse(Country::GB, "GB123456782").unwrap();
        assert_eq!(british.vies_query(), None);
    }

    #[test]
    fn email_addresses_are_trimmed_and_the_domain_lower_cased() {
        let email = EmailAddress::parse("  Anna@Contoso.Example ").unwrap();
        assert_eq!(email.as_str(), "Anna@contoso.example");
        assert!(EmailAddress::parse("support@network.example").is_ok());
        assert!(EmailAddress::parse("first.last+tag@sub.domain.co.uk").is_ok());
    }

    #[test]
    fn malformed_email_addresses_are_rejected() {
        assert_eq!(EmailAddress::parse("   "), Err(FieldError::Required));
        for bad in [
            "anna",
            "anna@",
            "@contoso.example",
            "anna@contoso",
            "anna@@contoso.example",
            "anna@con toso.example",
            ".anna@contoso.example",
            "an..na@contoso.example",
            "anna@-contoso.example",
            "anna@contoso..example",
            "anna@contoso.123",
            "ánna@contoso.example",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(FieldError::InvalidEmail),
                "{bad}"
            );
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(
            EmailAddress::parse(&long),
            Err(FieldError::TooLong { max: 254 })
        );
    }

    #[test]
    fn phone_numbers_allow_digits_spaces_plus_hyphens_and_parentheses() {
        for good in [
            "+31 20 123 4567",
            "(020) 123-4567",
            "0201234567",
            "+1 (425) 555-0100",
            "123456",
        ] {
            assert!(PhoneNumber::parse(good).is_ok(), "{good}");
        }
        assert_eq!(
            PhoneNumber::parse("+31 (0)20 123 4567").unwrap().dialable(),
            "+310201234567"
        );
        for bad in [
            "12345",
            "123456789012345678901",
            "31+20123456",
            "020 123 4567 ext 5",
            "(020 1234567",
            "020) 1234567",
            "((020)) 1234567",
        ] {
            assert_eq!(
                PhoneNumber::parse(bad),
                Err(FieldError::InvalidPhone),
                "{bad}"
            );
        }
        assert_eq!(PhoneNumber::parse(""), Err(FieldError::Required));
    }

    #[test]
    fn person_names_are_trimmed_required_and_at_most_100_characters() {
        assert_eq!(
            PersonName::parse("  Anna de Vries ").unwrap().as_str(),
            "Anna de Vries"
        );
        assert!(PersonName::parse("李明").is_ok());
        assert_eq!(PersonName::parse(" \t "), Err(FieldError::Required));
        assert!(PersonName::parse(&"é".repeat(100)).is_ok());
        assert_eq!(
            PersonName::parse(&"é".repeat(101)),
            Err(FieldError::TooLong { max: 100 })
        );
        assert_eq!(
            PersonName::parse("Anna\u{0}"),
            Err(FieldError::InvalidCharacters)
        );
    }

    #[test]
    fn card_numbers_pass_the_luhn_check() {
        let visa = CardNumber::parse("4242 4242 4242 4242").unwrap();
        assert_eq!(visa.last4(), "4242");
        assert_eq!(visa.brand(), CardBrand::Visa);
        assert_eq!(visa.expose_digits(), "4242424242424242");
        assert!(CardNumber::parse("4000 0000 0000 0002").is_ok());
        assert_eq!(
            CardNumber::parse("1234 5678 9012 3456"),
            Err(FieldError::InvalidCardNumber)
        );
        assert_eq!(
            CardNumber::parse("4242 4242 4242 4241"),
            Err(FieldError::InvalidCardNumber)
        );
        assert_eq!(
            CardNumber::parse("4242-4242-4242-4242").map(|c| c.last4().to_owned()),
            Ok("4242".to_owned())
        );
        assert_eq!(
            CardNumber::parse("4242 4242 4242 424x"),
            Err(FieldError::InvalidCardNumber)
        );
        assert_eq!(CardNumber::parse("42"), Err(FieldError::InvalidCardNumber));
        assert_eq!(CardNumber::parse(""), Err(FieldError::Required));
    }

    #[test]
    fn card_brands_follow_the_number_prefix() {
        let table = [
            ("4242424242424242", CardBrand::Visa),
            ("5555555555554444", CardBrand::Mastercard),
            ("2223003122003222", CardBrand::Mastercard),
            ("378282246310005", CardBrand::Amex),
            ("6011111111111117", CardBrand::Other),
        ];
        for (number, brand) in table {
            assert_eq!(
                CardNumber::parse(number).unwrap().brand(),
                brand,
                "{number}"
            );
        }
    }

    #[test]
    fn card_debug_output_never_shows_the_full_number_or_the_cvc() {
        let card = CardNumber::parse("4242 4242 4242 4242").unwrap();
        let shown = format!("{card:?}");
        assert!(!shown.contains("42424242"), "{shown}");
        assert!(shown.contains("4242"));
        let cvc = Cvc::parse("123").unwrap();
        assert!(!format!("{cvc:?}").contains("123"));
    }

    #[test]
    fn card_expiry_parses_month_and_two_or_four_digit_year() {
        let expiry = CardExpiry::parse("06/27").unwrap();
        assert_eq!((expiry.month(), expiry.year()), (6, 2027));
        assert_eq!(CardExpiry::parse("6 / 2027"), Ok(expiry));
        for bad in [
            "13/27", "00/27", "06-27", "06/7", "06/207", "ab/cd", "/27", "06/",
        ] {
            assert_eq!(
                CardExpiry::parse(bad),
                Err(FieldError::InvalidExpiry),
                "{bad}"
            );
        }
        assert_eq!(CardExpiry::parse(""), Err(FieldError::Required));
    }

    #[test]
    fn a_card_is_valid_through_the_last_day_of_its_expiry_month() {
        let expiry = CardExpiry::parse("06/27").unwrap();
        assert!(expiry.is_valid_on(d(2027, 6, 30)));
        assert_eq!(expiry.check_on(d(2027, 7, 1)), Err(FieldError::CardExpired));
        assert!(expiry.is_valid_on(d(2025, 1, 1)));
        assert_eq!(
            CardExpiry::parse("01/2099")
                .unwrap()
                .check_on(d(2025, 1, 1)),
            Err(FieldError::InvalidExpiry)
        );
    }

    #[test]
    fn cvc_is_three_or_four_digits() {
        assert!(Cvc::parse("123").unwrap().fits(CardBrand::Visa));
        assert!(Cvc::parse("1234").unwrap().fits(CardBrand::Amex));
        assert!(!Cvc::parse("123").unwrap().fits(CardBrand::Amex));
        for bad in ["12", "12345", "12a"] {
            assert_eq!(Cvc::parse(bad), Err(FieldError::InvalidCvc), "{bad}");
        }
    }

    #[test]
    fn postal_codes_per_country() {
        use Country::*;
        let good = [
            (NL, "1234 AB", "1234 AB"),
            (NL, "1234ab", "1234 AB"),
            (DE, "10115", "10115"),
            (FR, "75008", "75008"),
            (BE, "1000", "1000"),
            (AT, "1010", "1010"),
            (CN, "100000", "100000"),
            (US, "98052", "98052"),
            (US, "98052-6399", "98052-6399"),
            (GB, "SW1A 1AA", "SW1A 1AA"),
            (GB, "m11ae", "M1 1AE"),
            (GB, "B33 8TH", "B33 8TH"),
            (GB, "CR2 6XH", "CR2 6XH"),
            (GB, "DN55 1PT", "DN55 1PT"),
            (GB, "W1A 0AX", "W1A 0AX"),
        ];
        for (country, input, normalized) in good {
            let code = PostalCode::parse(country, input)
                .unwrap_or_else(|e| panic!("{country:?} {input}: {e:?}"));
            assert_eq!(code.as_str(), normalized);
            assert_eq!(code.country(), country);
        }
        let bad = [
            (NL, "0123 AB"),
            (NL, "1234"),
            (NL, "1234 A1"),
            (NL, "12345 AB"),
            (DE, "1011"),
            (DE, "101155"),
            (FR, "7500A"),
            (BE, "0100"),
            (AT, "10100"),
            (CN, "10000"),
            (US, "9805"),
            (US, "98052-639"),
            (GB, "SW1A"),
            (GB, "1SW 1AA"),
            (GB, "SW1A 1A1"),
            (GB, "ÄB1 1AA"),
        ];
        for (country, input) in bad {
            assert_eq!(
                PostalCode::parse(country, input),
                Err(FieldError::InvalidPostalCode),
                "{country:?} {input}"
            );
        }
        assert_eq!(PostalCode::parse(NL, " "), Err(FieldError::Required));
    }

    #[test]
    fn vat_ids_per_country() {
        use Country::*;
        let good = [
            (NL, "NL123456782B01", "NL123456782B01"),
            (NL, "nl 1234.56.782.B01", "NL123456782B01"),
            (NL, "123456782B01", "NL123456782B01"),
            // The newer btw-id: ISO 7064 MOD 97-10 (the tax office's own example).
            (NL, "NL000099998B57", "NL000099998B57"),
            (DE, "DE123456788", "DE123456788"),
            (DE, "DE136695976", "DE136695976"),
            (FR, "FR83404833048", "FR83404833048"),
            (FR, "FRXA123456789", "FRXA123456789"),
            (BE, "BE0123456749", "BE0123456749"),
            (AT, "ATU13585627", "ATU13585627"),
            (GB, "GB123456782", "GB123456782"),
            (GB, "GB123456782012", "GB123456782012"),
            (CN, "91350100M000100Y43", "91350100M000100Y43"),
            (US, "12-3456789", "12-3456789"),
            (US, "123456789", "12-3456789"),
        ];
        for (country, input, normalized) in good {
            let id = VatId::parse(country, input)
                .unwrap_or_else(|e| panic!("{country:?} {input}: {e:?}"));
            assert_eq!(id.as_str(), normalized);
        }
        let bad = [
            // Well formed, wrong check digits: the fake IDs that once gave reverse charge.
            (NL, "NL123456789B01"),
            (DE, "DE123456789"),
            (FR, "FR12404833048"),
            (BE, "BE0123456789"),
            (AT, "ATU12345678"),
            (GB, "GB123456789"),
            (NL, "NL123456789"),
            (NL, "NL123456789C01"),
            (NL, "DE123456789"),
            (DE, "DE12345678"),
            (DE, "NL123456789B01"),
            (FR, "FR123456789"),
            (FR, "FRIO123456789"),
            (BE, "BE2123456789"),
            (BE, "BE123456789"),
            (AT, "AT12345678"),
            (AT, "ATU1234567"),
            (GB, "GB12345678"),
            (CN, "91350100M000100Y4"),
            (CN, "91350100M000100I43"),
            (US, "1-23456789"),
            (US, "12-345678"),
        ];
        for (country, input) in bad {
            assert_eq!(
                VatId::parse(country, input),
                Err(FieldError::InvalidVatId),
                "{country:?} {input}"
            );
        }
    }

    #[test]
    fn an_empty_vat_id_is_optional_but_not_silently_accepted_by_parse() {
        assert_eq!(VatId::parse_optional(Country::US, "  "), Ok(None));
        assert_eq!(VatId::parse(Country::US, ""), Err(FieldError::Required));
        assert!(VatId::parse_optional(Country::US, "12-3456789")
            .unwrap()
            .is_some());
        assert_eq!(
            VatId::parse_optional(Country::NL, "nope"),
            Err(FieldError::InvalidVatId)
        );
    }

    fn luhn_check_digit(body: &str) -> char {
        (b'0'..=b'9')
            .map(char::from)
            .find(|c| luhn_valid(&format!("{body}{c}")))
            .unwrap()
    }

    proptest! {
        #[test]
        fn any_number_with_a_luhn_check_digit_parses_and_one_changed_digit_does_not(
            body in "[1-9][0-9]{10,17}",
            position in 0usize..18,
            bump in 1u8..10,
        ) {
            let number = format!("{body}{}", luhn_check_digit(&body));
            let card = CardNumber::parse(&number).unwrap();
            prop_assert_eq!(card.last4(), &number[number.len() - 4..]);
            let position = position % number.len();
            let mut bytes = number.into_bytes();
            bytes[position] = b'0' + (bytes[position] - b'0' + bump) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(CardNumber::parse(&changed), Err(FieldError::InvalidCardNumber));
        }

        #[test]
        fn parsing_never_panics_on_arbitrary_input(input in ".{0,40}") {
            let _ = EmailAddress::parse(&input);
            let _ = PhoneNumber::parse(&input);
            let _ = PersonName::parse(&input);
            let _ = CardNumber::parse(&input);
            let _ = CardExpiry::parse(&input);
            let _ = Cvc::parse(&input);
            for country in Country::ALL {
                let _ = PostalCode::parse(country, &input);
                let _ = VatId::parse(country, &input);
            }
        }

        /// Every value a parser accepts parses again to itself, and none keeps a control
        /// or bidirectional override character (what is stored is what was checked).
        #[test]
        fn every_accepted_value_round_trips_and_is_clean(input in "(.|[\u{0}-\u{1f}\u{202a}-\u{202e}\u{2066}-\u{2069}]){0,60}") {
            let clean = |text: &str, lines: bool| text.chars().all(|c| !is_bidi_control(c) && (!c.is_control() || (lines && matches!(c, '\n' | '\t'))));
            if let Ok(v) = TextLine::parse(&input, 60, true) {
                prop_assert!(clean(v.as_str(), false));
                prop_assert_eq!(TextLine::parse(v.as_str(), 60, true), Ok(v.clone()));
            }
            if let Ok(v) = MessageText::parse(&input, 60) {
                prop_assert!(clean(v.as_str(), true));
                prop_assert_eq!(MessageText::parse(v.as_str(), 60), Ok(v.clone()));
            }
            if let Ok(v) = PersonName::parse(&input) {
                prop_assert!(clean(v.as_str(), false));
                prop_assert_eq!(PersonName::parse(v.as_str()), Ok(v.clone()));
            }
            if let Ok(v) = EmailAddress::parse(&input) {
                prop_assert!(clean(v.as_str(), false));
                prop_assert_eq!(EmailAddress::parse(v.as_str()), Ok(v.clone()));
            }
            if let Ok(v) = PhoneNumber::parse(&input) {
                prop_assert!(clean(v.as_str(), false));
                prop_assert_eq!(PhoneNumber::parse(v.as_str()), Ok(v.clone()));
            }
            for country in Country::ALL {
                if let Ok(v) = PostalCode::parse(country, &input) {
                    prop_assert!(clean(v.as_str(), false));
                    prop_assert_eq!(PostalCode::parse(country, v.as_str()), Ok(v.clone()));
                }
                if let Ok(v) = VatId::parse(country, &input) {
                    prop_assert!(clean(v.as_str(), false));
                    prop_assert_eq!(VatId::parse(country, v.as_str()), Ok(v.clone()));
                }
            }
        }

        /// Every German body of eight digits has exactly one check digit, and changing
        /// any one digit is caught (ISO 7064 MOD 11,10 detects every single-digit error).
        #[test]
        fn a_changed_digit_of_a_german_vat_id_is_caught(body in "[0-9]{8}", position in 0usize..9, bump in 1u32..10) {
            let check = (0..10).find(|c| VatId::parse(Country::DE, &format!("DE{body}{c}")).is_ok());
            prop_assert!(check.is_some(), "every German body has one check digit");
            let id = format!("{body}{}", check.unwrap());
            let mut digits: Vec<u32> = id.chars().map(|c| c.to_digit(10).unwrap()).collect();
            digits[position] = (digits[position] + bump) % 10;
            let changed: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
            prop_assert!(VatId::parse(Country::DE, &format!("DE{changed}")).is_err(), "{id} -> {changed}");
        }

        #[test]
        fn a_normalized_postal_code_parses_to_itself(digits in "[1-9][0-9]{3}", letters in "[A-Z]{2}") {
            let code = PostalCode::parse(Country::NL, &format!("{digits}{letters}")).unwrap();
            prop_assert_eq!(PostalCode::parse(Country::NL, code.as_str()), Ok(code.clone()));
        }
    }
}
