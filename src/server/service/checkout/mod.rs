//! The checkout (seed 000's order of steps): the payment step starts a checkout
//! ([`start`]), the review shows its [`quote`], Buy places the order exactly once
//! ([`buy`]), and [`reconcile`] finishes what a crash interrupted.
//! See docs/adr/0004-checkout-idempotency.md.

pub mod buy;
pub mod quote;
pub mod reconcile;
pub mod start;
pub mod steps;

pub use buy::{buy, BuyOutcome, Origin};
pub use quote::{quote, Quote, Terms};
pub use reconcile::{reconcile, reconcile_checkout};
pub use start::{start, PaymentInput};
