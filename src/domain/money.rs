//! Money as integer minor units plus an ISO 4217 currency; never floats.
//! VAT rates are basis points (2100 = 21 %).

use serde::{Deserialize, Serialize};
use std::fmt;

/// ISO 4217 currencies the portal sells in. Variants are the ISO codes.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    EUR,
    USD,
    CNY,
    GBP,
}

struct CurrencyData {
    currency: Currency,
    code: &'static str,
    minor_digits: u8,
}

/// One row per currency, in declaration order (checked by a test).
#[rustfmt::skip]
const CURRENCIES: [CurrencyData; 4] = [
    CurrencyData { currency: Currency::EUR, code: "EUR", minor_digits: 2 },
    CurrencyData { currency: Currency::USD, code: "USD", minor_digits: 2 },
    CurrencyData { currency: Currency::CNY, code: "CNY", minor_digits: 2 },
    CurrencyData { currency: Currency::GBP, code: "GBP", minor_digits: 2 },
];

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::EUR, Currency::USD, Currency::CNY, Currency::GBP];

    fn data(self) -> &'static CurrencyData {
        &CURRENCIES[self as usize]
    }

    /// The ISO 4217 code, e.g. `"EUR"`; also the database code.
    pub fn code(self) -> &'static str {
        self.data().code
    }

    /// Digits after the decimal separator: 100 minor units make one unit when 2.
    pub fn minor_digits(self) -> u8 {
        self.data().minor_digits
    }

    /// Parses an ISO code, ignoring ASCII case and surrounding spaces.
    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim();
        CURRENCIES
            .iter()
            .find(|row| row.code.eq_ignore_ascii_case(code))
            .map(|row| row.currency)
    }
}

/// Why an amount could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MoneyError {
    /// Amounts are never negative in this domain (no credit notes).
    Negative,
    /// The result does not fit in 64 bits.
    Overflow,
    /// Adding or subtracting amounts in different currencies.
    CurrencyMismatch,
}

impl fmt::Display for MoneyError {
    // A code for logs and serde errors, not user-visible text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for MoneyError {}

/// A non-negative amount in minor units (cents, fen, pence) of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "MoneyRepr", into = "MoneyRepr")]
pub struct Money {
    minor: i64,
    currency: Currency,
}

#[derive(Serialize, Deserialize)]
struct MoneyRepr {
    minor: i64,
    currency: Currency,
}

impl TryFrom<MoneyRepr> for Money {
    type Error = MoneyError;
    fn try_from(repr: MoneyRepr) -> Result<Self, Self::Error> {
        Money::new(repr.minor, repr.currency)
    }
}

impl From<Money> for MoneyRepr {
    fn from(money: Money) -> Self {
        MoneyRepr {
            minor: money.minor,
            currency: money.currency,
        }
    }
}

impl Money {
    /// `minor` units of `currency`, e.g. `Money::new(12_345, EUR)` is € 123,45.
    pub fn new(minor: i64, currency: Currency) -> Result<Money, MoneyError> {
        if minor < 0 {
            return Err(MoneyError::Negative);
        }
        Ok(Money { minor, currency })
    }

    pub fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// An amount as a person types it in `currency`: `574.75`, `574,75` or `574`;
    /// at most the currency's decimals, no sign, no thousands separators.
    pub fn parse_amount(text: &str, currency: Currency) -> Option<Money> {
        let text = text.trim().replace(',', ".");
        let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
        let digits = usize::from(currency.minor_digits());
        if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || !fraction.chars().all(|c| c.is_ascii_digit()) || fraction.len() > digits {
            return None;
        }
        let scale = 10_i64.checked_pow(u32::from(currency.minor_digits()))?;
        let whole: i64 = whole.parse().ok()?;
        let fraction: i64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<digits$}").parse().ok()? };
        Money::new(whole.checked_mul(scale)?.checked_add(fraction)?, currency).ok()
    }

    pub fn minor(self) -> i64 {
        self.minor
    }

    pub fn currency(self) -> Currency {
        self.currency
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch);
        }
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Money::new(minor, self.currency)
    }

    /// Fails with `Negative` when `other` is larger.
    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch);
        }
        let minor = self
            .minor
            .checked_sub(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Money::new(minor, self.currency)
    }
}

/// How VAT applies to one order; decided by [`crate::domain::country::vat_treatment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VatTreatment {
    /// VAT at the buyer's country rate, in basis points (2100 = 21 %).
    Standard { rate_bp: u32 },
    /// EU business-to-business across borders: the buyer accounts for VAT;
    /// the invoice shows 0 VAT and must say "reverse charge".
    ReverseCharge,
    /// The buyer's country charges no VAT on this sale (e.g. US).
    ZeroRated,
}

impl VatTreatment {
    /// The rate actually charged, 0 unless `Standard`.
    pub fn rate_bp(self) -> u32 {
        match self {
            VatTreatment::Standard { rate_bp } => rate_bp,
            VatTreatment::ReverseCharge | VatTreatment::ZeroRated => 0,
        }
    }
}

/// What an order costs: `total == net + vat`, all in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrderAmounts {
    pub net: Money,
    pub vat_rate_bp: u32,
    pub vat: Money,
    pub total: Money,
    pub treatment: VatTreatment,
}

/// VAT on `net` at `rate_bp`: net × bp / 10 000 rounded half up, in integers.
pub fn vat_amount(net: Money, rate_bp: u32) -> Result<Money, MoneyError> {
    let scaled = i128::from(net.minor()) * i128::from(rate_bp) + 5_000;
    let minor = i64::try_from(scaled / 10_000).map_err(|_| MoneyError::Overflow)?;
    Money::new(minor, net.currency())
}

/// Prices an order of `net` under `treatment`.
pub fn price_order(net: Money, treatment: VatTreatment) -> Result<OrderAmounts, MoneyError> {
    let vat_rate_bp = treatment.rate_bp();
    let vat = vat_amount(net, vat_rate_bp)?;
    let total = net.checked_add(vat)?;
    Ok(OrderAmounts {
        net,
        vat_rate_bp,
        vat,
        total,
        treatment,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_amounts_parse_in_the_currencys_minor_units() {
        assert_eq!(Money::parse_amount("574.75", Currency::EUR).map(Money::minor), Some(57_475));
        assert_eq!(Money::parse_amount(" 574,7 ", Currency::EUR).map(Money::minor), Some(57_470));
        assert_eq!(Money::parse_amount("3700", Currency::CNY).map(Money::minor), Some(370_000));
        assert_eq!(Money::parse_amount("574.755", Currency::EUR), None);
        assert_eq!(Money::parse_amount("-5", Currency::EUR), None);
        assert_eq!(Money::parse_amount("1.234,56", Currency::EUR), None);
        assert_eq!(Money::parse_amount("", Currency::EUR), None);
    }
    use proptest::prelude::*;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::EUR).unwrap()
    }

    #[test]
    fn the_currency_table_is_in_declaration_order() {
        for currency in Currency::ALL {
            assert_eq!(CURRENCIES[currency as usize].currency, currency);
            assert_eq!(Currency::parse(currency.code()), Some(currency));
        }
    }

    #[test]
    fn currencies_parse_from_iso_codes_in_any_case() {
        assert_eq!(Currency::parse("eur"), Some(Currency::EUR));
        assert_eq!(Currency::parse(" CNY "), Some(Currency::CNY));
        assert_eq!(Currency::parse("XYZ"), None);
        assert_eq!(Currency::EUR.minor_digits(), 2);
    }

    #[test]
    fn money_is_never_negative() {
        assert_eq!(Money::new(-1, Currency::EUR), Err(MoneyError::Negative));
        assert_eq!(eur(1).checked_sub(eur(2)), Err(MoneyError::Negative));
    }

    #[test]
    fn adding_different_currencies_is_refused() {
        let usd = Money::new(1, Currency::USD).unwrap();
        assert_eq!(eur(1).checked_add(usd), Err(MoneyError::CurrencyMismatch));
        assert_eq!(eur(1).checked_add(eur(2)), Ok(eur(3)));
        assert_eq!(eur(i64::MAX).checked_add(eur(1)), Err(MoneyError::Overflow));
    }

    #[test]
    fn vat_table() {
        // (net, rate bp, vat, total)
        let table = [
            (10_000, 2100, 2_100, 12_100), // NL 21 %
            (10_000, 1900, 1_900, 11_900), // DE 19 %
            (10_000, 2000, 2_000, 12_000), // FR 20 %
            (10_000, 600, 600, 10_600),    // CN 6 %
            (10_000, 0, 0, 10_000),        // US 0 %
            (2, 2500, 1, 3),               // 0.5 rounds up
            (1, 2100, 0, 1),               // 0.21 rounds down
            (50, 2100, 11, 61),            // 10.5 rounds up
            (0, 2100, 0, 0),
            (39_900, 2100, 8_379, 48_279),
        ];
        for (net, rate_bp, vat, total) in table {
            let amounts = price_order(eur(net), VatTreatment::Standard { rate_bp }).unwrap();
            assert_eq!(amounts.vat, eur(vat), "vat of {net} at {rate_bp}");
            assert_eq!(amounts.total, eur(total), "total of {net} at {rate_bp}");
            assert_eq!(amounts.vat_rate_bp, rate_bp);
        }
    }

    #[test]
    fn reverse_charge_and_zero_rated_orders_carry_no_vat() {
        for treatment in [VatTreatment::ReverseCharge, VatTreatment::ZeroRated] {
            let amounts = price_order(eur(10_000), treatment).unwrap();
            assert_eq!(amounts.vat, eur(0));
            assert_eq!(amounts.total, eur(10_000));
            assert_eq!(amounts.vat_rate_bp, 0);
            assert_eq!(amounts.treatment, treatment);
        }
    }

    #[test]
    fn huge_amounts_overflow_instead_of_wrapping() {
        let result = price_order(eur(i64::MAX), VatTreatment::Standard { rate_bp: 2100 });
        assert_eq!(result, Err(MoneyError::Overflow));
    }

    proptest! {
        #[test]
        fn vat_total_is_net_plus_vat_and_never_negative(
            net in 0i64..1_000_000_000_000,
            rate_bp in 0u32..10_000,
        ) {
            let amounts = price_order(eur(net), VatTreatment::Standard { rate_bp }).unwrap();
            prop_assert_eq!(amounts.total.minor(), amounts.net.minor() + amounts.vat.minor());
            prop_assert!(amounts.vat.minor() >= 0);
            prop_assert!(amounts.total.minor() >= net);
            // Half-up rounding: vat * 10000 lies in (exact - 5000, exact + 5000].
            let exact = i128::from(net) * i128::from(rate_bp);
            let diff = i128::from(amounts.vat.minor()) * 10_000 - exact;
            prop_assert!(diff > -5_000 && diff <= 5_000);
        }
    }
}
