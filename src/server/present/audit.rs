//! The audit log page: each entry's facts named in the reader's language.

use crate::domain::audit::{AuditDetail, AuditFact, ProfileField};
use crate::i18n::format::Formatter;
use crate::i18n::{arg, num, I18n};
use crate::server::present::support::request_number;
use crate::server::service::audit::AuditLog;
use crate::view::audit::{AuditRow, AuditView};
use crate::view::labels::{
    area_label_id, decline_reason_id, event_kind_label_id, offer_name, payment_method_label_id, requirement_item_label_id, role_label_id,
};

pub fn audit_view(log: AuditLog, i18n: &I18n, fmt: &Formatter) -> AuditView {
    let entries = log
        .entries
        .into_iter()
        .map(|row| {
            let who = match (row.display_name, row.email) {
                (Some(name), Some(email)) => format!("{name} <{email}>"),
                _ => String::new(),
            };
            AuditRow {
                at: fmt.date_time_utc(row.at.0),
                who,
                action: row.action.0,
                detail: detail_lines(&row.detail, i18n, fmt),
                // Staff work from the network's offices: their address is not the
                // partner's business.
                client: if row.by_staff == 1 { String::new() } else { row.client_addr },
            }
        })
        .collect();
    AuditView { entries, users: log.users }
}

/// The lines of an entry's Details cell: a line per fact, or the text of an entry
/// written before facts were stored, as it was.
pub fn detail_lines(detail: &AuditDetail, i18n: &I18n, fmt: &Formatter) -> Vec<String> {
    match detail {
        AuditDetail::Text(text) => vec![text.clone()],
        AuditDetail::Facts(facts) => facts.iter().flat_map(|fact| fact_lines(fact, i18n, fmt)).collect(),
    }
}

fn profile_field_label_id(field: ProfileField) -> &'static str {
    match field {
        ProfileField::LegalName => crate::fl!("audit-field-legal-name"),
        ProfileField::Address => crate::fl!("audit-field-address"),
        ProfileField::PostalCode => crate::fl!("audit-field-postal-code"),
        ProfileField::VatId => crate::fl!("audit-field-vat-id"),
        ProfileField::PreferredLanguage => crate::fl!("audit-field-preferred-language"),
    }
}

fn fact_lines(fact: &AuditFact, i18n: &I18n, fmt: &Formatter) -> Vec<String> {
    let number = |id: &str, number: &str| i18n.tr(id, &[("number", arg(number))]);
    let line = match fact {
        AuditFact::Order { number: n } => number("audit-fact-order", n),
        AuditFact::Invoice { number: n } => number("audit-fact-invoice", n),
        AuditFact::CreditNote { number: n } => number("audit-fact-credit-note", n),
        AuditFact::VatId { number: n } => number("audit-fact-vat-id", n),
        AuditFact::Subscription { id, offer } => {
            i18n.tr("audit-fact-subscription", &[("offer", arg(offer_name(i18n, *offer))), ("id", arg(id.to_string()))])
        }
        AuditFact::Offer { offer } => offer_name(i18n, *offer),
        AuditFact::PaymentMethod { method } => i18n.t(payment_method_label_id(*method)),
        AuditFact::ReceivedOn { day } => i18n.tr("audit-fact-received-on", &[("date", arg(fmt.date(*day)))]),
        AuditFact::EffectiveOn { day } => i18n.tr("audit-fact-effective-on", &[("date", arg(fmt.date(*day)))]),
        AuditFact::Declined { reason, attempts } => {
            i18n.tr("audit-fact-declined", &[("attempts", num(i64::from(*attempts))), ("reason", arg(i18n.t(decline_reason_id(*reason))))])
        }
        AuditFact::User { email } => i18n.tr("audit-fact-user", &[("email", arg(email.clone()))]),
        AuditFact::Roles { roles } if roles.is_empty() => i18n.t("audit-fact-no-roles"),
        AuditFact::Roles { roles } => {
            let names: Vec<String> = roles.iter().map(|role| i18n.t(role_label_id(*role))).collect();
            i18n.tr("audit-fact-roles", &[("roles", arg(fmt.and_list(&names)))])
        }
        AuditFact::ProfileFields { fields } => {
            let names: Vec<String> = fields.iter().map(|field| i18n.t(profile_field_label_id(*field))).collect();
            i18n.tr("audit-fact-profile-fields", &[("fields", arg(fmt.and_list(&names)))])
        }
        AuditFact::SupportRequest { id, event } => {
            i18n.tr("audit-fact-support-request", &[("number", arg(request_number(*id))), ("event", arg(i18n.t(event_kind_label_id(*event))))])
        }
        AuditFact::Competency { area, complete, missing } => {
            let area = ("area", arg(i18n.t(area_label_id(*area))));
            if *complete {
                return vec![i18n.tr("audit-fact-competency-complete", &[area])];
            }
            let mut lines = vec![i18n.tr("audit-fact-competency-incomplete", &[area])];
            if !missing.is_empty() {
                let items: Vec<String> = missing.iter().map(|item| i18n.t(requirement_item_label_id(*item))).collect();
                lines.push(i18n.tr("audit-fact-competency-missing", &[("items", arg(fmt.and_list(&items)))]));
            }
            return lines;
        }
    };
    vec![line]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::{CompetencyArea, OfferKind};
    use crate::domain::order::{DeclineCode, PaymentMethod};
    use crate::domain::roles::Role;
    use crate::domain::support::{EventKind, RequirementItem};
    use crate::i18n::server::Locales;
    use crate::i18n::Lang;

    fn lines(lang: Lang, facts: Vec<AuditFact>) -> Vec<String> {
        let locales = Locales::load(std::path::Path::new("locales")).expect("locales load");
        detail_lines(&AuditDetail::Facts(facts), &locales.i18n(lang), &Formatter::new(lang))
    }

    #[test]
    fn a_purchase_names_its_order_invoice_offer_and_payment_method_in_the_readers_language() {
        let facts = || {
            vec![
                AuditFact::Order { number: "ORD-2026-000001".into() },
                AuditFact::Invoice { number: "INV-2026-000001".into() },
                AuditFact::Offer { offer: OfferKind::ActionPack },
                AuditFact::PaymentMethod { method: PaymentMethod::BankTransfer },
            ]
        };
        assert_eq!(lines(Lang::En, facts()), ["Order ORD-2026-000001", "Invoice INV-2026-000001", "Action Pack subscription", "Electronic bank transfer"]);
        assert_eq!(lines(Lang::De, facts()), ["Bestellung ORD-2026-000001", "Rechnung INV-2026-000001", "Action Pack-Abonnement", "Elektronische Überweisung"]);
    }

    #[test]
    fn roles_fields_and_missing_items_are_named_and_joined_as_the_language_lists_them() {
        let facts = || {
            vec![
                AuditFact::User { email: "sam@contoso.example".into() },
                AuditFact::Roles { roles: vec![Role::GlobalAdmin, Role::SalesAgent] },
                AuditFact::ProfileFields { fields: vec![ProfileField::LegalName, ProfileField::PostalCode] },
                AuditFact::Competency { area: CompetencyArea::Security, complete: false, missing: vec![RequirementItem::CertifiedIndividuals, RequirementItem::CustomerReferences] },
            ]
        };
        assert_eq!(
            lines(Lang::En, facts()),
            [
                "User sam@contoso.example",
                "Roles: Global admin and Sales agent",
                "Changed: legal name and postal code",
                "Security: requirements not met",
                "Missing: Certified individuals and Customer references",
            ]
        );
        assert_eq!(lines(Lang::Fr, facts())[1], "Rôles\u{a0}: Administrateur général et Agent commercial");
        assert_eq!(lines(Lang::Zh, facts())[2], "已更改：法定名称和邮政编码");
        assert_eq!(lines(Lang::Nl, vec![AuditFact::Roles { roles: vec![] }]), ["Geen rollen"]);
    }

    #[test]
    fn subscriptions_days_declines_and_requests_are_formatted_for_the_reader() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 17).unwrap();
        let facts = || {
            vec![
                AuditFact::Subscription { id: 12, offer: OfferKind::ActionPack },
                AuditFact::EffectiveOn { day },
                AuditFact::Declined { reason: DeclineCode::InsufficientFunds, attempts: 3 },
                AuditFact::SupportRequest { id: 7, event: EventKind::Message },
            ]
        };
        assert_eq!(
            lines(Lang::En, facts()),
            [
                "Action Pack subscription (subscription 12)",
                "Takes effect on March 17, 2026",
                "After 3 declined charges: the card was declined for insufficient funds.",
                "Request SR-000007: Message",
            ]
        );
        assert_eq!(lines(Lang::Nl, facts())[1], "Gaat in op 17 maart 2026");
    }

    #[test]
    fn the_text_of_an_older_entry_shows_as_it_was() {
        let locales = Locales::load(std::path::Path::new("locales")).expect("locales load");
        let old = AuditDetail::read("order ORD-2026-000001, invoice INV-2026-000001, action-pack card");
        assert_eq!(detail_lines(&old, &locales.i18n(Lang::Fr), &Formatter::new(Lang::Fr)), ["order ORD-2026-000001, invoice INV-2026-000001, action-pack card"]);
        assert!(detail_lines(&AuditDetail::read(""), &locales.i18n(Lang::En), &Formatter::new(Lang::En)).is_empty());
    }
}
