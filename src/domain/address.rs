//! How an address is laid out in its country: where the postal code stands beside
//! the city. The street lines come first everywhere (the portal stores addresses as
//! they are written from the street outwards); the country's name, in the reader's
//! language, is added by whoever shows the address.
//!
//! - Continental Europe (NL, DE, FR, BE, AT): the postal code, then the city, on one
//!   line (`1015 CJ Amsterdam`, `10117 Berlin`).
//! - GB: the town on its own line, the postcode on the next (Royal Mail:
//!   `LONDON` / `SW1A 1AA`).
//! - US: the city, then the ZIP code (`Redmond, WA 98052`: a state typed with the
//!   city stays before the code, where USPS puts it).
//! - CN: the city, then the postal code (`Shanghai 200120`). The portal's addresses
//!   run from the street to the city, the order of China Post's addresses written in
//!   Latin letters, which end with the city and the code; an address written in
//!   Chinese runs the other way (code and city first), and is entered so by the
//!   partner, line by line.

use crate::domain::country::Country;

/// Where a country writes the postal code relative to the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalityOrder {
    /// `10117 Berlin`
    CodeThenCity,
    /// `Shanghai 200120`
    CityThenCode,
    /// `LONDON`, then `SW1A 1AA` on the next line.
    CityLineThenCodeLine,
}

/// The order of postal code and city in `country`.
pub fn locality_order(country: Country) -> LocalityOrder {
    match country {
        Country::NL | Country::DE | Country::FR | Country::BE | Country::AT => LocalityOrder::CodeThenCity,
        Country::GB => LocalityOrder::CityLineThenCodeLine,
        Country::US | Country::CN => LocalityOrder::CityThenCode,
    }
}

/// The lines of the postal code and the city, in the country's order; empty parts
/// are left out.
pub fn locality_lines(country: Country, postal_code: &str, city: &str) -> Vec<String> {
    let (code, city) = (postal_code.trim(), city.trim());
    let pair = |first: &str, second: &str| [first, second].into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ");
    let lines = match locality_order(country) {
        LocalityOrder::CodeThenCity => vec![pair(code, city)],
        LocalityOrder::CityThenCode => vec![pair(city, code)],
        LocalityOrder::CityLineThenCodeLine => vec![city.to_string(), code.to_string()],
    };
    lines.into_iter().filter(|line| !line.is_empty()).collect()
}

/// An address's lines without the country: the street lines, then the postal code
/// and the city in the country's order. Empty lines are left out.
pub fn address_lines(country: Country, street: &[&str], postal_code: &str, city: &str) -> Vec<String> {
    street
        .iter()
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .chain(locality_lines(country, postal_code, city))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continental_europe_writes_the_postal_code_before_the_city() {
        assert_eq!(locality_lines(Country::NL, "1015 CJ", "Amsterdam"), ["1015 CJ Amsterdam"]);
        assert_eq!(locality_lines(Country::DE, "10117", "Berlin"), ["10117 Berlin"]);
        assert_eq!(locality_lines(Country::FR, "75008", "Paris"), ["75008 Paris"]);
        assert_eq!(locality_lines(Country::BE, "1000", "Brussel"), ["1000 Brussel"]);
        assert_eq!(locality_lines(Country::AT, "1010", "Wien"), ["1010 Wien"]);
    }

    #[test]
    fn great_britain_puts_the_postcode_on_its_own_line_after_the_town() {
        assert_eq!(locality_lines(Country::GB, "SW1A 1AA", "London"), ["London", "SW1A 1AA"]);
    }

    #[test]
    fn the_us_and_china_write_the_city_before_the_code() {
        assert_eq!(locality_lines(Country::US, "98052", "Redmond, WA"), ["Redmond, WA 98052"]);
        assert_eq!(locality_lines(Country::CN, "200120", "Shanghai"), ["Shanghai 200120"]);
    }

    #[test]
    fn empty_parts_leave_no_stray_spaces_or_lines() {
        assert_eq!(locality_lines(Country::DE, "", "Berlin"), ["Berlin"]);
        assert_eq!(locality_lines(Country::CN, " 200120 ", ""), ["200120"]);
        assert_eq!(locality_lines(Country::GB, "SW1A 1AA", ""), ["SW1A 1AA"]);
        assert!(locality_lines(Country::NL, "", "").is_empty());
    }

    #[test]
    fn every_country_has_an_order() {
        for country in Country::ALL {
            assert!(!locality_lines(country, "1", "C").is_empty(), "{country:?}");
        }
    }

    #[test]
    fn the_street_lines_come_first_and_empty_ones_are_dropped() {
        assert_eq!(
            address_lines(Country::GB, &["10 Downing Street", ""], "SW1A 2AA", "London"),
            ["10 Downing Street", "London", "SW1A 2AA"]
        );
        assert_eq!(address_lines(Country::NL, &["Keizersgracht 123", "2e etage"], "1015 CJ", "Amsterdam"), ["Keizersgracht 123", "2e etage", "1015 CJ Amsterdam"]);
    }
}
