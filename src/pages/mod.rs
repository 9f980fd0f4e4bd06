//! One file per route.

pub mod accessibility;
pub mod account;
pub mod audit;
pub mod cancel_subscription;
pub mod checkout_done;
pub mod checkout_payment;
pub mod checkout_review;
pub mod competencies;
pub mod enroll;
pub mod invoices;
pub mod not_found;
pub mod offer_details;
pub mod notifications;
pub mod offers;
pub mod profile;
pub mod sign_in;
pub mod staff_competencies;
pub mod staff_queue;
pub mod staff_request;
pub mod staff_transfers;
pub mod staff_vat_ids;
pub mod support;
pub mod support_new;
pub mod support_request;
pub mod turn_off_auto_renewal;
pub mod users;
