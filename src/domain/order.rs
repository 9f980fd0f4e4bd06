//! What an order is for and how it is paid.

use serde::{Deserialize, Serialize};

use super::offer::{CompetencyArea, OfferKind};
use super::subscription::RequirementStatus;

/// What a checkout buys: the renewal (or reactivation) of one of the organization's
/// subscriptions, or an offer it does not hold yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CheckoutTarget {
    Renew(i64),
    Buy(OfferKind),
}

crate::code_enum! {
    /// How an order is paid (seed 000: credit card or electronic bank transfer).
    #[derive(Serialize, Deserialize)]
    pub enum PaymentMethod: "a payment method code" {
        Card = "card",
        BankTransfer = "bank-transfer",
    }
}

crate::code_enum! {
    /// Why the card's bank refused a charge.
    #[derive(Serialize, Deserialize)]
    pub enum DeclineCode: "a decline code" {
        CardDeclined = "card-declined",
        InsufficientFunds = "insufficient-funds",
    }
}

/// Whether the requirements of `offer` are met, from the organization's competency
/// statuses. The Action Pack has none; an area without a status is not Complete.
pub fn requirement_of(offer: OfferKind, statuses: &[(CompetencyArea, RequirementStatus)]) -> RequirementStatus {
    match offer {
        OfferKind::ActionPack => RequirementStatus::Complete,
        OfferKind::Competency { area, .. } => {
            statuses.iter().find(|(a, _)| *a == area).map_or(RequirementStatus::Incomplete, |(_, status)| *status)
        }
    }
}

crate::code_enum! {
    /// Why an invoice was credited by a credit note.
    #[derive(Serialize, Deserialize)]
    pub enum CreditReason: "a credit note reason" {
        /// The bank transfer did not come by its due date (or staff marked it so).
        TransferNotReceived = "transfer-not-received",
        /// Network staff completed a cancellation with a refund.
        CancellationRefund = "cancellation-refund",
    }
}

/// A card as the partner may see it: the brand and the last four digits of the
/// number (never more). Shown through a message (`card-masked`); events stored
/// before kept the text `Visa •••• 4242`, which reads back as its two parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredMaskedCard")]
pub struct MaskedCard {
    pub brand: String,
    pub last4: String,
}

/// The stored forms of [`MaskedCard`]: its fields, or the text of older events.
#[derive(Deserialize)]
#[serde(untagged)]
enum StoredMaskedCard {
    Parts { brand: String, last4: String },
    Text(String),
}

impl From<StoredMaskedCard> for MaskedCard {
    fn from(stored: StoredMaskedCard) -> MaskedCard {
        match stored {
            StoredMaskedCard::Parts { brand, last4 } => MaskedCard { brand, last4 },
            StoredMaskedCard::Text(text) => match text.rsplit_once(" •••• ") {
                Some((brand, last4)) => MaskedCard { brand: brand.to_string(), last4: last4.to_string() },
                None => MaskedCard { brand: text, last4: String::new() },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::CompetencyLevel;

    #[test]
    fn a_masked_card_reads_back_from_its_fields_and_from_the_text_older_events_kept() {
        let card = MaskedCard { brand: "Visa".into(), last4: "4242".into() };
        let stored = serde_json::to_string(&card).unwrap();
        assert_eq!(stored, r#"{"brand":"Visa","last4":"4242"}"#);
        assert_eq!(serde_json::from_str::<MaskedCard>(&stored).unwrap(), card);
        assert_eq!(serde_json::from_str::<MaskedCard>("\"Visa •••• 4242\"").unwrap(), card);
    }

    #[test]
    fn the_action_pack_has_no_requirements_and_an_unknown_area_is_incomplete() {
        let statuses = [(CompetencyArea::Security, RequirementStatus::Complete)];
        assert_eq!(requirement_of(OfferKind::ActionPack, &[]), RequirementStatus::Complete);
        let security = OfferKind::Competency { area: CompetencyArea::Security, level: CompetencyLevel::Gold };
        let cloud = OfferKind::Competency { area: CompetencyArea::CloudPlatform, level: CompetencyLevel::Gold };
        assert_eq!(requirement_of(security, &statuses), RequirementStatus::Complete);
        assert_eq!(requirement_of(cloud, &statuses), RequirementStatus::Incomplete);
    }

    #[test]
    fn payment_method_codes_round_trip() {
        for method in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::parse_code(method.code()), Some(*method));
        }
    }
}
