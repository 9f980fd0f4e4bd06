//! Support: the partner's requests (Support, Partner Center requests) and the network
//! staff's console (the queue, bank transfers, competency status).

use serde::{Deserialize, Serialize};

use crate::domain::offer::{CompetencyArea, CompetencyLevel, OfferKind};
use crate::domain::subscription::SubscriptionStatus;
use crate::domain::support::{CancellationEffect, EventKind, ProblemType, RequestStatus, RequirementItem, Side};

/// A request in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestLine {
    pub id: i64,
    /// `SR-000123`.
    pub number: String,
    pub subject: String,
    pub problem_type: ProblemType,
    pub subscription: Option<OfferKind>,
    pub status: RequestStatus,
    pub opened: String,
    pub updated: String,
    /// For staff: the organization and who handles it.
    pub organization: String,
    pub assignee: Option<String>,
}

/// The partner's requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportListView {
    pub requests: Vec<RequestLine>,
    pub can_open: bool,
}

/// The filter of a request list (from the query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestFilter {
    pub status: Option<RequestStatus>,
    pub problem_type: Option<ProblemType>,
    pub organization: Option<i64>,
    pub mine: bool,
}

/// An entry of a request's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub at: String,
    pub who: String,
    pub side: Side,
    pub kind: EventKind,
    pub body: String,
    pub status: Option<RequestStatus>,
}

/// One request with its timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub line: RequestLine,
    pub author: String,
    pub description: String,
    pub timeline: Vec<TimelineEntry>,
    pub subscription_id: Option<i64>,
    /// For a cancellation request: what the partner asked.
    pub cancellation_effect: Option<CancellationEffect>,
    pub open: bool,
    /// For staff: the request is theirs.
    pub assigned_to_me: bool,
}

/// The staff queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffQueueView {
    pub requests: Vec<RequestLine>,
    pub organizations: Vec<(i64, String)>,
    pub open_count: i64,
}

/// An order awaiting its bank transfer, for staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferLine {
    pub order_id: i64,
    pub order_number: String,
    pub organization: String,
    pub offer: OfferKind,
    pub amount: String,
    /// The amount as staff type it (`574.75`), prefilled.
    pub amount_input: String,
    pub currency: String,
    pub ordered_on: String,
    pub due_on: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffTransfersView {
    pub transfers: Vec<TransferLine>,
    /// Today, for the date field (`YYYY-MM-DD`).
    pub today: String,
}

/// A competency area of an organization, as the partner's Competencies page and the
/// staff console show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyLine {
    pub area: CompetencyArea,
    pub complete: bool,
    pub missing: Vec<RequirementItem>,
    /// The Silver or Gold level held, its status and anniversary.
    pub owned: Option<OwnedLevel>,
    /// A policy exception exempts the next renewal from the requirements.
    pub exempt: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedLevel {
    pub subscription_id: i64,
    pub level: CompetencyLevel,
    pub status: SubscriptionStatus,
    pub anniversary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetenciesView {
    pub areas: Vec<CompetencyLine>,
}

/// The staff's view of the organizations' competency status: one page of the
/// organizations whose name matches the search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCompetenciesView {
    pub organizations: Vec<(i64, String, Vec<CompetencyLine>)>,
    /// How many organizations match, and the 1-based positions of this page's first
    /// and last among them (0 and 0 when none match).
    pub total: usize,
    pub first: usize,
    pub last: usize,
    /// This page (from 1) and the number of pages (at least 1).
    pub page: usize,
    pub pages: usize,
}

/// Which organizations the staff competencies page shows (`?q=` and `?page=`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyFilter {
    /// Part of the organization's name, any case.
    pub search: String,
    /// From 1; 0 or past the end shows the nearest page.
    pub page: usize,
}

impl CompetencyFilter {
    /// Organizations per page: a card each, with a form per area.
    pub const PAGE_SIZE: usize = 20;

    /// The page's query string (without `?`), for links and the way back after saving.
    pub fn query(&self, page: usize) -> String {
        let mut query = form_urlencoded_pairs(&[("q", self.search.trim())]);
        if page > 1 {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&format!("page={page}"));
        }
        query
    }
}

/// `key=value&…` for the non-empty values, percent-encoded.
fn form_urlencoded_pairs(pairs: &[(&str, &str)]) -> String {
    let encode = |text: &str| -> String {
        text.bytes()
            .map(|byte| match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
                b' ' => "+".to_string(),
                other => format!("%{other:02X}"),
            })
            .collect()
    };
    pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{key}={}", encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A VAT ID awaiting verification, as a Support agent checks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VatIdLine {
    pub organization_id: i64,
    pub legal_name: String,
    pub partner_id: String,
    pub country: crate::domain::country::Country,
    /// The bill-to address's lines (without the country, shown apart).
    pub address: Vec<String>,
    pub vat_id: String,
}

/// The Support agents' list of VAT IDs awaiting verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffVatIdsView {
    pub awaiting: Vec<VatIdLine>,
}
