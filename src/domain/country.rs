//! Countries the portal serves: one table with ISO code, currency, standard
//! VAT rate and EU membership. The organization's country decides currency
//! and VAT rate (SPEC "Offers").

use serde::{Deserialize, Serialize};

use crate::domain::money::{Currency, VatTreatment};

pub use crate::domain::money::price_order;

/// ISO 3166-1 alpha-2 countries. Variants are the ISO codes.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Country {
    NL,
    DE,
    FR,
    BE,
    AT,
    GB,
    CN,
    US,
}

/// One row of [`COUNTRIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryData {
    pub country: Country,
    /// ISO 3166-1 alpha-2 code; also the database code.
    pub code: &'static str,
    pub currency: Currency,
    /// Standard VAT rate in basis points (2100 = 21 %).
    pub vat_rate_bp: u32,
    pub is_eu: bool,
}

/// The one country table, in declaration order (checked by a test).
#[rustfmt::skip]
pub const COUNTRIES: [CountryData; 8] = [
    CountryData { country: Country::NL, code: "NL", currency: Currency::EUR, vat_rate_bp: 2100, is_eu: true },
    CountryData { country: Country::DE, code: "DE", currency: Currency::EUR, vat_rate_bp: 1900, is_eu: true },
    CountryData { country: Country::FR, code: "FR", currency: Currency::EUR, vat_rate_bp: 2000, is_eu: true },
    CountryData { country: Country::BE, code: "BE", currency: Currency::EUR, vat_rate_bp: 2100, is_eu: true },
    CountryData { country: Country::AT, code: "AT", currency: Currency::EUR, vat_rate_bp: 2000, is_eu: true },
    CountryData { country: Country::GB, code: "GB", currency: Currency::GBP, vat_rate_bp: 2000, is_eu: false },
    CountryData { country: Country::CN, code: "CN", currency: Currency::CNY, vat_rate_bp: 600, is_eu: false },
    CountryData { country: Country::US, code: "US", currency: Currency::USD, vat_rate_bp: 0, is_eu: false },
];

impl Country {
    pub const ALL: [Country; 8] = [
        Country::NL,
        Country::DE,
        Country::FR,
        Country::BE,
        Country::AT,
        Country::GB,
        Country::CN,
        Country::US,
    ];

    pub fn data(self) -> &'static CountryData {
        &COUNTRIES[self as usize]
    }

    /// Parses an ISO code, ignoring ASCII case and surrounding spaces.
    pub fn parse(code: &str) -> Option<Country> {
        let code = code.trim();
        COUNTRIES
            .iter()
            .find(|row| row.code.eq_ignore_ascii_case(code))
            .map(|row| row.country)
    }

    pub fn code(self) -> &'static str {
        self.data().code
    }

    pub fn currency(self) -> Currency {
        self.data().currency
    }

    pub fn vat_rate_bp(self) -> u32 {
        self.data().vat_rate_bp
    }

    pub fn is_eu(self) -> bool {
        self.data().is_eu
    }
}

/// How VAT applies when `seller` (the network operator) sells to an
/// organization in `buyer`:
/// - both in the EU, different countries, and the buyer gave a VAT ID:
///   reverse charge;
/// - otherwise the buyer's country's standard rate (SPEC: the organization's
///   country decides the VAT rate), reported as `ZeroRated` when that rate is 0.
pub fn vat_treatment(seller: Country, buyer: Country, buyer_has_vat_id: bool) -> VatTreatment {
    if seller.is_eu() && buyer.is_eu() && seller != buyer && buyer_has_vat_id {
        return VatTreatment::ReverseCharge;
    }
    match buyer.vat_rate_bp() {
        0 => VatTreatment::ZeroRated,
        rate_bp => VatTreatment::Standard { rate_bp },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Money;

    #[test]
    fn the_country_table_is_in_declaration_order() {
        for country in Country::ALL {
            assert_eq!(country.data().country, country);
            assert_eq!(Country::parse(country.code()), Some(country));
        }
    }

    #[test]
    fn countries_parse_from_iso_codes() {
        assert_eq!(Country::parse("NL"), Some(Country::NL));
        assert_eq!(Country::parse(" cn"), Some(Country::CN));
        assert_eq!(Country::parse("XX"), None);
        assert_eq!(Country::parse(""), None);
    }

    #[test]
    fn country_table_gives_currency_and_standard_vat_rate() {
        let table = [
            (Country::NL, Currency::EUR, 2100, true),
            (Country::DE, Currency::EUR, 1900, true),
            (Country::FR, Currency::EUR, 2000, true),
            (Country::BE, Currency::EUR, 2100, true),
            (Country::AT, Currency::EUR, 2000, true),
            (Country::GB, Currency::GBP, 2000, false),
            (Country::CN, Currency::CNY, 600, false),
            (Country::US, Currency::USD, 0, false),
        ];
        for (country, currency, rate, eu) in table {
            assert_eq!(country.currency(), currency, "{country:?}");
            assert_eq!(country.vat_rate_bp(), rate, "{country:?}");
            assert_eq!(country.is_eu(), eu, "{country:?}");
        }
    }

    #[test]
    fn vat_treatment_table() {
        use Country::*;
        use VatTreatment::*;
        let table = [
            (NL, NL, false, Standard { rate_bp: 2100 }),
            (NL, NL, true, Standard { rate_bp: 2100 }),
            (NL, DE, true, ReverseCharge),
            (NL, DE, false, Standard { rate_bp: 1900 }),
            (NL, FR, true, ReverseCharge),
            (NL, CN, false, Standard { rate_bp: 600 }),
            (NL, CN, true, Standard { rate_bp: 600 }),
            (NL, US, true, ZeroRated),
            (NL, GB, true, Standard { rate_bp: 2000 }),
            (US, DE, true, Standard { rate_bp: 1900 }),
        ];
        for (seller, buyer, has_vat_id, expected) in table {
            assert_eq!(
                vat_treatment(seller, buyer, has_vat_id),
                expected,
                "{seller:?} -> {buyer:?} {has_vat_id}"
            );
        }
    }

    #[test]
    fn an_order_for_a_dutch_organization_costs_21_percent_vat() {
        let net = Money::new(39_900, Country::NL.currency()).unwrap();
        let amounts = price_order(net, vat_treatment(Country::NL, Country::NL, true)).unwrap();
        assert_eq!(amounts.vat.minor(), 8_379);
        assert_eq!(amounts.total.minor(), 48_279);
    }

    #[test]
    fn an_order_for_a_chinese_organization_costs_6_percent_vat_in_yuan() {
        let net = Money::new(300_000, Country::CN.currency()).unwrap();
        let amounts = price_order(net, vat_treatment(Country::NL, Country::CN, false)).unwrap();
        assert_eq!(amounts.vat, Money::new(18_000, Currency::CNY).unwrap());
        assert_eq!(amounts.total.minor(), 318_000);
    }
}
