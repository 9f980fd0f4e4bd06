//! How long one invoice PDF takes to render, per language (docs/performance.md).
//! Run: `cargo bench --features ssr --bench invoice_pdf`.

use std::path::Path;

use chrono::NaiveDate;
use membership_offers::domain::country::Country;
use membership_offers::domain::money::Currency;
use membership_offers::domain::offer::OfferKind;
use membership_offers::domain::order::PaymentMethod;
use membership_offers::i18n::format::Formatters;
use membership_offers::i18n::server::Locales;
use membership_offers::i18n::Lang;
use membership_offers::server::present::invoice_pdf::{render_pdf, InvoiceFont};
use membership_offers::server::store::invoices::{InvoiceStatus, StoredInvoice};
use membership_offers::server::store::orders::StoredVatTreatment;
use membership_offers::server::store::{Coded, Day, MaybeDay};

fn main() {
    divan::main();
}

fn invoice() -> StoredInvoice {
    let day = |m, d| Day(NaiveDate::from_ymd_opt(2026, m, d).unwrap());
    StoredInvoice {
        id: 1,
        number: "2026-000042".into(),
        organization_id: 3,
        issued_on: day(3, 16),
        seller_name: "Partner Network Services B.V.".into(),
        seller_address: "Herengracht 500, 1017 CB Amsterdam, Nederland".into(),
        seller_vat_id: "NL000099998B57".into(),
        buyer_name: "Wingtip Toys".into(),
        buyer_partner_id: "4410003".into(),
        buyer_address1: "88 Century Avenue".into(),
        buyer_address2: String::new(),
        buyer_postal_code: "200120".into(),
        buyer_city: "Shanghai".into(),
        buyer_country: Coded(Country::CN),
        buyer_vat_id: String::new(),
        offer_code: Coded(OfferKind::ActionPack),
        period_from: day(3, 16),
        period_to: Day(NaiveDate::from_ymd_opt(2027, 3, 16).unwrap()),
        currency: Coded(Currency::CNY),
        net_minor: 370_000,
        vat_rate_bp: 600,
        vat_minor: 22_200,
        total_minor: 392_200,
        vat_treatment: Coded(StoredVatTreatment::Standard),
        payment_method: Coded(PaymentMethod::Card),
        status: Coded(InvoiceStatus::Paid),
        due_on: MaybeDay(None),
        payment_reference: None,
        exception_id: None,
    }
}

#[divan::bench(args = ["en", "zh"])]
fn render_one_invoice(bencher: divan::Bencher, lang: &str) {
    let lang = Lang::parse(lang).unwrap();
    let locales = Locales::load(Path::new("locales")).expect("locales");
    let formatters = Formatters::new();
    let font = InvoiceFont::load(Path::new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0).expect("fonts-wqy-microhei");
    let i18n = locales.i18n(lang);
    let invoice = invoice();
    bencher.bench_local(|| render_pdf(&invoice, &i18n, formatters.get(lang), &font).expect("renders"));
}
