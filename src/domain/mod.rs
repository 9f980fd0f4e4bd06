//! Pure domain rules and types, shared by the server and the browser: no IO,
//! no `cfg`, no async, no user-visible text. Every "no" is an enum code with
//! the dates it needs; the UI renders codes through Fluent messages.
//!
//! - [`address`]: where the postal code stands beside the city, per country;
//! - [`audit`]: the actions the audit log records;
//! - [`code`]: stable codes of enums (database, URLs, forms);
//! - [`money`]: integer minor units, currencies, VAT arithmetic;
//! - [`country`]: the country table (currency, VAT rate, EU) and VAT treatment;
//! - [`offer`]: Action Pack and competencies, with database codes;
//! - [`order`]: what a checkout buys, payment methods, requirement lookup;
//! - [`dates`]: rules 1, 2, 4, 5, 6 and 7 as date arithmetic;
//! - [`policy`]: policy exceptions as dated data (rule 8);
//! - [`subscription`]: status, renewal, automatic renewal, purchase;
//! - [`cycle`]: the work of the yearly cycle due on a day (reminders, charges, lapse);
//! - [`support`]: support requests' statuses and types, competency requirement items;
//! - [`roles`]: roles, actions and the one permission matrix;
//! - [`translation`]: a translation's state against English, variable kinds, preview samples;
//! - [`validation`]: parse-don't-validate form fields.

pub mod address;
pub mod audit;
pub mod code;
pub mod country;
pub mod cycle;
pub mod dates;
pub mod money;
pub mod offer;
pub mod order;
pub mod policy;
pub mod roles;
pub mod subscription;
pub mod support;
pub mod throttle;
pub mod translation;
pub mod validation;

pub use country::{vat_treatment, Country};
pub use dates::{first_anniversary, renewal_window, renewed_anniversary, RenewalWindow};
pub use money::{price_order, Currency, Money, MoneyError, OrderAmounts, VatTreatment};
pub use offer::{CompetencyArea, CompetencyLevel, OfferKind};
pub use policy::{ExceptionRule, ExceptionScope, PolicyException, PolicyExceptions};
pub use roles::{permits, Action, Role};
pub use subscription::{
    apply_renewal, automatic_renewal_due, evaluate, evaluate_term, purchase, turn_off_auto_renewal,
    turn_on_auto_renewal, AutoRenewal, AutoRenewalBlocked, CancellationState, Evaluation, NewTerm,
    NotCancellable, NotPurchasable, NotRenewable, OrderKind, RenewalOffer,
    RequirementStatus, Subscription, SubscriptionStatus, TermRecord, Timeline,
};
pub use validation::{
    CardBrand, CardExpiry, CardNumber, Cvc, EmailAddress, FieldError, PersonName, PhoneNumber,
    PostalCode, VatId,
};
