//! Support requests, the staff queue, bank transfers awaiting payment, competencies.

use crate::domain::address::address_lines;
use crate::domain::offer::OfferKind;
use crate::domain::subscription::RequirementStatus;
use crate::i18n::format::Formatter;
use crate::server::service::competencies::{missing_of, Competencies};
use crate::server::service::support::RequestDetails;
use crate::server::store::catalog::CompetencyRow;
use crate::server::store::orders::TransferRow;
use crate::server::store::support::RequestRow;
use crate::view::support::*;

fn when(fmt: &Formatter, at: chrono::DateTime<chrono::Utc>) -> String {
    fmt.date(at.date_naive())
}

/// A support request's number: `SR-000123`.
pub fn request_number(id: i64) -> String {
    format!("SR-{id:06}")
}

pub fn line(row: &RequestRow, fmt: &Formatter) -> RequestLine {
    RequestLine {
        id: row.id,
        number: request_number(row.id),
        subject: row.subject.clone(),
        problem_type: row.problem_type.0,
        subscription: row.offer_code.0,
        status: row.status.0,
        opened: when(fmt, row.created_at.0),
        updated: when(fmt, row.updated_at.0),
        organization: row.organization_name.clone(),
        assignee: row.assignee_name.clone(),
    }
}

pub fn list_view(rows: &[RequestRow], can_open: bool, fmt: &Formatter) -> SupportListView {
    SupportListView { requests: rows.iter().map(|row| line(row, fmt)).collect(), can_open }
}

/// One request. `staff_user` is the staff member looking (staff console), if any.
pub fn request_view(details: &RequestDetails, staff_user: Option<i64>, fmt: &Formatter) -> RequestView {
    let request = &details.request;
    let timeline = details
        .events
        .iter()
        .map(|event| TimelineEntry {
            at: when(fmt, event.at.0),
            who: event.author_name.clone().unwrap_or_default(),
            side: event.side.0,
            kind: event.kind.0,
            body: event.body.clone(),
            status: event.status.0,
        })
        .collect();
    let open = !matches!(request.status.0, crate::domain::support::RequestStatus::Resolved | crate::domain::support::RequestStatus::Closed);
    RequestView {
        line: line(request, fmt),
        author: request.author_name.clone(),
        description: request.description.clone(),
        timeline,
        subscription_id: request.subscription_id,
        cancellation_effect: request.cancellation_effect.0,
        open,
        assigned_to_me: staff_user.is_some() && request.assigned_to == staff_user,
    }
}

pub fn queue_view(rows: &[RequestRow], organizations: Vec<(i64, String)>, open_count: i64, fmt: &Formatter) -> StaffQueueView {
    StaffQueueView { requests: rows.iter().map(|row| line(row, fmt)).collect(), organizations, open_count }
}

/// An amount as staff type it: the plain decimal (`574.75`).
fn plain(minor: i64, digits: u8) -> String {
    if digits == 0 {
        return minor.to_string();
    }
    let scale = 10_i64.pow(u32::from(digits));
    format!("{}.{:0width$}", minor / scale, minor % scale, width = usize::from(digits))
}

pub fn transfers_view(rows: &[TransferRow], today: chrono::NaiveDate, fmt: &Formatter) -> StaffTransfersView {
    let transfers = rows
        .iter()
        .map(|row| {
            let currency = row.currency.0;
            TransferLine {
                order_id: row.order_id,
                order_number: row.order_number.clone(),
                organization: row.organization_name.clone(),
                offer: row.offer_code.0,
                amount: fmt.money(row.total_minor, currency.code(), currency.minor_digits()),
                amount_input: plain(row.total_minor, currency.minor_digits()),
                currency: currency.code().to_string(),
                ordered_on: fmt.date(row.ordered_on.0),
                due_on: row.due_on.0.map(|d| fmt.date(d)).unwrap_or_default(),
                reference: row.payment_reference.clone().unwrap_or_default(),
            }
        })
        .collect();
    StaffTransfersView { transfers, today: today.to_string() }
}

fn competency_line(row: &CompetencyRow, held: Option<&crate::server::service::offers::Assessed>, fmt: &Formatter) -> CompetencyLine {
    let status: RequirementStatus = row.status.0.into();
    let owned = held.and_then(|assessed| match assessed.stored.subscription.offer {
        OfferKind::Competency { level, .. } => Some(OwnedLevel {
            subscription_id: assessed.stored.id,
            level,
            status: assessed.evaluation.status,
            anniversary: fmt.date(assessed.evaluation.effective_anniversary),
        }),
        OfferKind::ActionPack => None,
    });
    CompetencyLine {
        area: row.area.0,
        complete: status == RequirementStatus::Complete,
        missing: missing_of(row),
        exempt: held.is_some_and(|a| a.evaluation.requirements_exempt),
        owned,
    }
}

pub fn competencies_view(competencies: &Competencies, fmt: &Formatter) -> CompetenciesView {
    let areas = competencies.rows.iter().map(|row| competency_line(row, competencies.held(row.area.0), fmt)).collect();
    CompetenciesView { areas }
}

/// The page of `filter` among the organizations that have competency records.
pub fn staff_competencies_view(all: &[(i64, String, Vec<CompetencyRow>)], filter: &CompetencyFilter, fmt: &Formatter) -> StaffCompetenciesView {
    let search = filter.search.trim().to_lowercase();
    let matching: Vec<&(i64, String, Vec<CompetencyRow>)> =
        all.iter().filter(|(_, name, rows)| !rows.is_empty() && name.to_lowercase().contains(&search)).collect();
    let total = matching.len();
    let size = CompetencyFilter::PAGE_SIZE;
    let pages = total.div_ceil(size).max(1);
    let page = filter.page.clamp(1, pages);
    let organizations: Vec<_> = matching
        .into_iter()
        .skip((page - 1) * size)
        .take(size)
        .map(|(id, name, rows)| (*id, name.clone(), rows.iter().map(|row| competency_line(row, None, fmt)).collect()))
        .collect();
    let first = if organizations.is_empty() { 0 } else { (page - 1) * size + 1 };
    let last = if organizations.is_empty() { 0 } else { first + organizations.len() - 1 };
    StaffCompetenciesView { organizations, total, first, last, page, pages }
}

/// The VAT IDs awaiting a Support agent's verification.
pub fn staff_vat_ids_view(awaiting: Vec<crate::server::store::organizations::Organization>) -> crate::view::support::StaffVatIdsView {
    let awaiting = awaiting
        .into_iter()
        .map(|org| crate::view::support::VatIdLine {
            organization_id: org.id,
            country: org.country(),
            address: address_lines(org.country(), &[&org.address_line1, &org.address_line2], &org.postal_code, &org.city),
            legal_name: org.legal_name,
            partner_id: org.partner_id,
            vat_id: org.vat_id,
        })
        .collect();
    crate::view::support::StaffVatIdsView { awaiting }
}
