//! Invoices page: newest first, filter by offer and year (a GET form, so it works
//! without JavaScript), Download PDF in a chosen language, and the CSV export.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::codec::page_data;
use crate::api::invoices::load_invoices;
use crate::components::error_page::ErrorPage;
use crate::domain::offer::OfferKind;
use crate::view::invoices::{InvoiceFilter, InvoicesView};
use crate::view::labels::{credit_reason_label_id, offer_name};
use crate::i18n::{arg, use_i18n, Lang};

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        InvoiceFilter {
            offer: query.get("offer").and_then(|o| OfferKind::parse_code(&o)),
            year: query.get("year").and_then(|y| y.parse().ok()),
        }
    });
    let invoices = page_data(move || filter.get(), load_invoices);
    let title = i18n.t("nav-invoices");
    view! {
        <Title text=i18n.tr("shell-page-title", &[("page", arg(title.clone()))])/>
        <h1>{title}</h1>
        <Suspense>
            {move || invoices.get().map(|result| match result {
                Ok(view) => {
                    let pdf_lang = query.read_untracked().get("pdf_lang").and_then(|code| Lang::parse(&code));
                    view! { <InvoicesContent view filter=filter.get_untracked() pdf_lang/> }.into_any()
                }
                Err(error) => view! { <ErrorPage error/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn InvoicesContent(view: InvoicesView, filter: InvoiceFilter, pdf_lang: Option<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let pdf_lang = pdf_lang.unwrap_or(i18n.lang());
    let offer_options = view
        .offers
        .iter()
        .map(|offer| {
            let code = offer.code();
            let selected = filter.offer == Some(*offer);
            view! { <option value=code selected=selected>{offer_name(&i18n, *offer)}</option> }
        })
        .collect_view();
    let year_options = view
        .years
        .iter()
        .map(|year| view! { <option value=year.to_string() selected=filter.year == Some(*year)>{year.to_string()}</option> })
        .collect_view();
    let lang_options = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = i18n.t(lang.name_id());
            view! { <option value=lang.code() selected=lang == pdf_lang>{name}</option> }
        })
        .collect_view();
    let csv_href = {
        let query = filter.query();
        if query.is_empty() { "/invoices/export.csv".to_string() } else { format!("/invoices/export.csv?{query}") }
    };
    let rows = view
        .rows
        .iter()
        .map(|row| {
            let status = if row.cancelled {
                view! { <span class="badge bad">{i18n.t("invoice-status-cancelled")}</span> }.into_any()
            } else if row.paid {
                view! { <span class="badge ok">{i18n.t("invoice-status-paid")}</span> }.into_any()
            } else {
                let due = row.due_on.clone().unwrap_or_default();
                view! { <span class="badge warn">{i18n.tr("invoice-status-awaiting", &[("date", arg(due))])}</span> }.into_any()
            };
            let href = format!("/invoices/{}/pdf?pdf_lang={}", row.id, pdf_lang.code());
            let label = i18n.tr("invoice-download-pdf-label", &[("number", arg(row.number.clone()))]);
            view! {
                <tr>
                    <th scope="row">{row.number.clone()}</th>
                    <td data-label=i18n.t("invoice-column-date")>{row.issued_on.clone()}</td>
                    <td data-label=i18n.t("invoice-column-offer")>{offer_name(&i18n, row.offer)}</td>
                    <td class="amount" data-label=i18n.t("invoice-column-amount")>{row.total.clone()}</td>
                    <td data-label=i18n.t("invoice-column-status")>
                        {status}
                        {row.credited_by.clone().map(|number| view! { " "<span class="note">{i18n.tr("invoice-credited-by", &[("number", arg(number))])}</span> })}
                    </td>
                    <td data-label=i18n.t("invoice-column-download")><a href=href download aria-label=label>{i18n.t("invoice-download-pdf")}</a></td>
                </tr>
            }
        })
        .collect_view();
    let credit_rows = view
        .credit_notes
        .iter()
        .map(|row| {
            let href = format!("/credit-notes/{}/pdf?pdf_lang={}", row.id, pdf_lang.code());
            let label = i18n.tr("credit-note-download-label", &[("number", arg(row.number.clone()))]);
            view! {
                <tr>
                    <th scope="row">{row.number.clone()}</th>
                    <td data-label=i18n.t("invoice-column-date")>{row.issued_on.clone()}</td>
                    <td data-label=i18n.t("invoice-column-offer")>{offer_name(&i18n, row.offer)}</td>
                    <td data-label=i18n.t("credit-note-column-credits")>{row.invoice_number.clone()}</td>
                    <td data-label=i18n.t("credit-note-column-reason")>{i18n.t(credit_reason_label_id(row.reason))}</td>
                    <td class="amount" data-label=i18n.t("invoice-column-amount")>{row.total.clone()}</td>
                    <td data-label=i18n.t("invoice-column-download")><a href=href download aria-label=label>{i18n.t("invoice-download-pdf")}</a></td>
                </tr>
            }
        })
        .collect_view();
    let has_credit_notes = !view.credit_notes.is_empty();
    let empty = view.rows.is_empty();
    view! {
        <form method="get" class="filters">
            <div class="field">
                <label for="filter-offer">{i18n.t("invoice-filter-offer")}</label>
                <select id="filter-offer" name="offer">
                    <option value="">{i18n.t("invoice-filter-all")}</option>
                    {offer_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-year">{i18n.t("invoice-filter-year")}</label>
                <select id="filter-year" name="year">
                    <option value="">{i18n.t("invoice-filter-all")}</option>
                    {year_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-lang">{i18n.t("invoice-pdf-language")}</label>
                <select id="filter-lang" name="pdf_lang">{lang_options}</select>
            </div>
            <div class="actions"><button type="submit" class="secondary">{i18n.t("invoice-filter-apply")}</button></div>
        </form>
        {if empty {
            view! { <p>{i18n.t("invoice-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("invoice-column-number")}</th>
                                <th scope="col">{i18n.t("invoice-column-date")}</th>
                                <th scope="col">{i18n.t("invoice-column-offer")}</th>
                                <th scope="col">{i18n.t("invoice-column-amount")}</th>
                                <th scope="col">{i18n.t("invoice-column-status")}</th>
                                <th scope="col">{i18n.t("invoice-column-download")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {has_credit_notes.then(|| view! {
            <section aria-labelledby="credit-notes-heading">
                <h2 id="credit-notes-heading">{i18n.t("credit-notes-heading")}</h2>
                <div class="table-wrap">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("invoice-column-number")}</th>
                                <th scope="col">{i18n.t("invoice-column-date")}</th>
                                <th scope="col">{i18n.t("invoice-column-offer")}</th>
                                <th scope="col">{i18n.t("credit-note-column-credits")}</th>
                                <th scope="col">{i18n.t("credit-note-column-reason")}</th>
                                <th scope="col">{i18n.t("invoice-column-amount")}</th>
                                <th scope="col">{i18n.t("invoice-column-download")}</th>
                            </tr>
                        </thead>
                        <tbody>{credit_rows}</tbody>
                    </table>
                </div>
            </section>
        })}
        <p><a class="button secondary" href=csv_href download>{i18n.t("invoice-export-csv")}</a></p>
    }
}
