//! The integration tests: one test binary, one module per area. One binary links once
//! (each of thirteen used to link the whole application again, about a gigabyte each
//! in a debug build). `cargo test --features ssr --test it store::` runs one area.
#![cfg(feature = "ssr")]

mod support;

mod auth;
mod checkout;
mod cycle;
mod docs;
mod invoices;
mod layers;
mod locales;
mod mail;
mod profile;
mod pseudo_locale;
mod routes;
mod staff;
mod store;
mod translations;
mod transfers;
mod vat;
