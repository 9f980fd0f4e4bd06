//! The one mapping from a refusal of the rules to the message the partner reads.

use chrono::NaiveDate;

use crate::domain::roles::ManageRefused;
use crate::domain::subscription::{AutoRenewalBlocked, NotCancellable, NotPurchasable, NotRenewable};
use crate::i18n::format::Formatter;
use crate::server::service::Refusal;
use crate::view::notice::NoticeArg;
use crate::view::Notice;

fn dated(id: &str, fmt: &Formatter, date: NaiveDate) -> Notice {
    Notice { id: id.to_string(), args: vec![("date".to_string(), NoticeArg::Text(fmt.date(date)))] }
}

/// Why Renew is not offered (rule 3: with the date it opens).
pub fn not_renewable(reason: &NotRenewable, fmt: &Formatter) -> Notice {
    match *reason {
        NotRenewable::WindowNotOpenYet { opens_on } => dated(crate::fl!("renew-not-yet"), fmt, opens_on),
        NotRenewable::WindowClosed { closed_on } => dated(crate::fl!("renew-window-closed"), fmt, closed_on),
        NotRenewable::RequirementsNotMet { .. } => Notice::plain(crate::fl!("renew-requirements-not-met")),
        NotRenewable::CancellationRequested { on } => dated(crate::fl!("renew-cancellation-requested"), fmt, on),
        NotRenewable::Cancelled { on } => dated(crate::fl!("renew-cancelled"), fmt, on),
        NotRenewable::AwaitingTransfer { due_on } => dated(crate::fl!("renew-awaiting-transfer"), fmt, due_on),
    }
}

pub fn notice(refusal: &Refusal, fmt: &Formatter) -> Notice {
    match refusal {
        Refusal::NotMember => Notice::plain(crate::fl!("offers-not-member")),
        Refusal::NoPrice => Notice::plain(crate::fl!("checkout-no-price")),
        Refusal::Renew(reason) => not_renewable(reason, fmt),
        Refusal::Purchase(NotPurchasable::AlreadyActive { .. }) => Notice::plain(crate::fl!("checkout-already-owned")),
        Refusal::Purchase(NotPurchasable::RequirementsNotMet) => Notice::plain(crate::fl!("renew-requirements-not-met")),
        Refusal::AutoRenewal(AutoRenewalBlocked::CancellationRequested { on }) | Refusal::Cancel(NotCancellable::AlreadyRequested { on }) => {
            dated(crate::fl!("renew-cancellation-requested"), fmt, *on)
        }
        Refusal::AutoRenewal(AutoRenewalBlocked::Cancelled { on }) | Refusal::Cancel(NotCancellable::AlreadyCancelled { on }) => {
            dated(crate::fl!("renew-cancelled"), fmt, *on)
        }
        Refusal::AutoRenewal(AutoRenewalBlocked::Lapsed { lapsed_on }) | Refusal::Cancel(NotCancellable::Lapsed { lapsed_on }) => {
            dated(crate::fl!("refusal-lapsed"), fmt, *lapsed_on)
        }
        Refusal::AutoRenewal(AutoRenewalBlocked::AlreadyOff | AutoRenewalBlocked::LockedUntilManualRenewal { .. }) => {
            Notice::plain(crate::fl!("refusal-auto-renewal-already-off"))
        }
        Refusal::AutoRenewal(AutoRenewalBlocked::ChargesDeclined { renew_by }) => dated(crate::fl!("refusal-auto-renewal-charges-declined"), fmt, *renew_by),
        Refusal::AutoRenewal(AutoRenewalBlocked::AlreadyOn) => Notice::plain(crate::fl!("refusal-auto-renewal-already-on")),
        Refusal::LastGlobalAdmin => Notice::plain(crate::fl!("users-last-global-admin")),
        Refusal::EmailTaken => Notice::plain(crate::fl!("users-email-taken")),
        Refusal::ManageUser(ManageRefused::OwnAccount) => Notice::plain(crate::fl!("users-refused-own-account")),
        Refusal::ManageUser(ManageRefused::GlobalAdminOnly) => Notice::plain(crate::fl!("users-refused-global-admin-only")),
        Refusal::AutomaticRenewalNotDue => Notice::plain(crate::fl!("error-conflict")),
        Refusal::NoCardOnFile => Notice::plain(crate::fl!("refusal-no-card-on-file")),
        Refusal::TransferNotAwaited => Notice::plain(crate::fl!("refusal-transfer-not-awaited")),
        Refusal::AwaitingTransfer { due_on, .. } => dated(crate::fl!("renew-awaiting-transfer"), fmt, *due_on),
        Refusal::TransferAmountMismatch { expected } => {
            Notice { id: crate::fl!("refusal-transfer-amount").to_string(), args: vec![("amount".to_string(), NoticeArg::Text(super::money(fmt, *expected)))] }
        }
        Refusal::TransferDateOutOfRange { ordered_on } => dated(crate::fl!("refusal-transfer-date"), fmt, *ordered_on),
        Refusal::RequestClosed => Notice::plain(crate::fl!("refusal-request-closed")),
        Refusal::VatIdChanged => Notice::plain(crate::fl!("refusal-vat-id-changed")),
        Refusal::NotACancellation => Notice::plain(crate::fl!("refusal-not-a-cancellation")),
        Refusal::NothingToRefund => Notice::plain(crate::fl!("refusal-nothing-to-refund")),
    }
}
