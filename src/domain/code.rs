//! Stable codes: how an enum is written in the database, in URLs and in forms.
//!
//! A code never changes once data carries it; a new meaning gets a new code.

/// A value that has a stable text code and can be read back from it.
pub trait Code: Sized {
    /// What the code names, for the error when stored text is not one.
    const WHAT: &'static str;
    fn parse_code(code: &str) -> Option<Self>;
    /// The code of this value (what [`Code::parse_code`] reads back).
    fn to_code(&self) -> String;
}

/// Serializes a [`Code`] as its code and reads it back (`#[serde(with = "as_code")]`),
/// so stored JSON carries the stable code, never a Rust variant name.
pub mod as_code {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Code;

    pub fn serialize<T: Code, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.to_code())
    }

    pub fn deserialize<'de, T: Code, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        let code = String::deserialize(deserializer)?;
        T::parse_code(&code).ok_or_else(|| D::Error::custom(format!("{code:?} is not {}", T::WHAT)))
    }
}

/// [`as_code`] for a list of codes.
pub mod as_codes {
    use serde::de::Error;
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Code;

    pub fn serialize<T: Code, S: Serializer>(values: &[T], serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(values.len()))?;
        for value in values {
            seq.serialize_element(&value.to_code())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, T: Code, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        Vec::<String>::deserialize(deserializer)?
            .iter()
            .map(|code| T::parse_code(code).ok_or_else(|| D::Error::custom(format!("{code:?} is not {}", T::WHAT))))
            .collect()
    }
}

/// Declares an enum whose variants have stable codes: `code()`, `parse_code()`,
/// `ALL`, and [`Code`].
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.code() == code)
            }
        }

        impl $crate::domain::code::Code for $name {
            const WHAT: &'static str = $what;
            fn parse_code(code: &str) -> Option<$name> {
                $name::parse_code(code)
            }
            fn to_code(&self) -> String {
                self.code().to_string()
            }
        }
    };
}

macro_rules! code_of {
    ($type:ty, $what:literal, $parse:path) => {
        impl Code for $type {
            const WHAT: &'static str = $what;
            fn parse_code(code: &str) -> Option<$type> {
                $parse(code)
            }
            fn to_code(&self) -> String {
                <$type>::code(*self).to_string()
            }
        }
    };
}

use super::country::Country;
use super::money::Currency;
use super::offer::{CompetencyArea, OfferKind};
use super::roles::Role;
use super::subscription::{AutoRenewal, OrderKind};

code_of!(OfferKind, "an offer code", OfferKind::parse_code);
code_of!(CompetencyArea, "a competency area code", CompetencyArea::parse_code);
code_of!(AutoRenewal, "an automatic renewal code", AutoRenewal::parse_code);
code_of!(OrderKind, "an order kind code", OrderKind::parse_code);
code_of!(Role, "a role code", Role::parse_code);
code_of!(Country, "a supported ISO country code", Country::parse);
code_of!(Currency, "a supported ISO currency code", Currency::parse);

#[cfg(test)]
mod tests {
    use super::*;

    crate::code_enum! {
        enum Colour: "a colour" { Red = "red", Dark = "dark-blue" }
    }

    #[test]
    fn a_code_enum_reads_back_its_own_codes_and_nothing_else() {
        for colour in Colour::ALL {
            assert_eq!(Colour::parse_code(colour.code()), Some(*colour));
        }
        assert_eq!(Colour::parse_code("blue"), None);
        assert_eq!(Code::to_code(&Colour::Dark), "dark-blue");
        assert_eq!(<Colour as Code>::WHAT, "a colour");
    }
}
