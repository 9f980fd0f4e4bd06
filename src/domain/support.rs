//! Support requests as partners and network staff see them: statuses, the category and
//! problem types of seed 000, and what a request's timeline records.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::plus_days;

crate::code_enum! {
    /// Where a request is; the partner and staff see the same status.
    #[derive(Serialize, Deserialize)]
    pub enum RequestStatus: "a support request status" {
        Open = "open",
        InProgress = "in-progress",
        /// Staff asked the partner something.
        WaitingPartner = "waiting-partner",
        Resolved = "resolved",
        Closed = "closed",
    }
}

crate::code_enum! {
    /// Seed 000: "Report problems with Partner Center".
    #[derive(Serialize, Deserialize)]
    pub enum Category: "a support category" {
        PartnerCenterProblem = "partner-center-problem",
    }
}

crate::code_enum! {
    /// The problem types of the category (seed 000 names the first).
    #[derive(Serialize, Deserialize)]
    pub enum ProblemType: "a support problem type" {
        /// "Help with partner invoice, payment, or reconciliation file": cancellations.
        InvoicePaymentReconciliation = "invoice-payment-reconciliation",
        MembershipOffers = "membership-offers",
        SignInAndAccounts = "sign-in-accounts",
        Other = "other",
    }
}

crate::code_enum! {
    /// When a requested cancellation takes effect.
    #[derive(Serialize, Deserialize)]
    pub enum CancellationEffect: "a cancellation effect" {
        Now = "now",
        EndOfTerm = "end-of-term",
    }
}

impl CancellationEffect {
    /// The day a cancellation with this effect takes effect: today, or the day after
    /// the current term's anniversary (never in the past).
    pub fn effective_on(self, anniversary: NaiveDate, today: NaiveDate) -> NaiveDate {
        match self {
            CancellationEffect::Now => today,
            CancellationEffect::EndOfTerm => plus_days(anniversary, 1).max(today),
        }
    }
}

crate::code_enum! {
    /// Who wrote an entry of a request's timeline.
    #[derive(Serialize, Deserialize)]
    pub enum Side: "a support side" {
        Partner = "partner",
        Staff = "staff",
        System = "system",
    }
}

crate::code_enum! {
    /// What an entry of the timeline is.
    #[derive(Serialize, Deserialize)]
    pub enum EventKind: "a support event kind" {
        Opened = "opened",
        Message = "message",
        Assigned = "assigned",
        StatusChanged = "status-changed",
        CancellationCompleted = "cancellation-completed",
        CancellationDeclined = "cancellation-declined",
        Closed = "closed",
    }
}


crate::code_enum! {
    /// What a competency area can still miss for its requirements (the network's own
    /// records decide; in this demo, network staff set them).
    #[derive(Serialize, Deserialize, PartialOrd, Ord)]
    pub enum RequirementItem: "a competency requirement" {
        CertifiedIndividuals = "certified-individuals",
        CustomerReferences = "customer-references",
        TechnicalAssessment = "technical-assessment",
        PerformanceTarget = "performance-target",
    }
}

/// The requirement items of a stored comma-separated list (unknown codes are left
/// out).
pub fn parse_requirement_items(text: &str) -> Vec<RequirementItem> {
    text.split(',').filter_map(|code| RequirementItem::parse_code(code.trim())).collect()
}

/// The stored form of a list of requirement items.
pub fn requirement_items_text(items: &[RequirementItem]) -> String {
    items.iter().map(|item| item.code()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirement_items_round_trip_through_their_stored_text() {
        let items = [RequirementItem::CustomerReferences, RequirementItem::PerformanceTarget];
        assert_eq!(parse_requirement_items(&requirement_items_text(&items)), items);
        assert_eq!(parse_requirement_items(""), []);
        assert_eq!(parse_requirement_items("exam, customer-references"), [RequirementItem::CustomerReferences]);
    }
}
