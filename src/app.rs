//! The application component: router and layout. No business logic here.
//!
//! Signing in and the offers page are in the wasm every page loads; every other page
//! is a lazy route: its view is in its area's split point, a wasm module of its own
//! that the browser fetches when it first goes to a page of the area (the server names
//! the files in the page's head, and hydration waits for them). `.ci/build-site`
//! splits the wasm.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute, SsrMode};

use crate::components::layout::Layout;
use crate::pages::accessibility::AccessibilityPage;
use crate::pages::account::AccountPage;
use crate::pages::audit::AuditPage;
use crate::pages::cancel_subscription::CancelSubscriptionPage;
use crate::pages::checkout_done::CheckoutDonePage;
use crate::pages::checkout_payment::CheckoutPaymentPage;
use crate::pages::checkout_review::CheckoutReviewPage;
use crate::pages::enroll::EnrollPage;
use crate::pages::invoices::InvoicesPage;
use crate::pages::notifications::NotificationsPage;
use crate::pages::offer_details::OfferDetailsPage;
use crate::pages::profile::ProfilePage;
use crate::pages::users::UsersPage;
use crate::pages::turn_off_auto_renewal::TurnOffAutoRenewalPage;
use crate::pages::translations::TranslationsPage;
use crate::pages::translations_language::TranslationsLanguagePage;
use crate::pages::translations_message::TranslationsMessagePage;
use crate::pages::competencies::CompetenciesPage;
use crate::pages::staff_competencies::StaffCompetenciesPage;
use crate::pages::staff_queue::StaffQueuePage;
use crate::pages::staff_request::StaffRequestPage;
use crate::pages::staff_transfers::StaffTransfersPage;
use crate::pages::staff_vat_ids::StaffVatIdsPage;
use crate::pages::support::SupportPage;
use crate::pages::support_new::SupportNewPage;
use crate::pages::support_request::SupportRequestPage;
use crate::pages::{not_found::NotFound, offers::OffersPage, sign_in::SignInPage};

/// A route whose view is in an area's split module: `$area` is the `#[lazy]` function
/// that renders the area's pages, `$preload` the loader `#[lazy]` made for it (what
/// hydration awaits, so the view it hydrates is the one the server rendered).
macro_rules! lazy_routes {
    ($($route:ident => $area:ident / $preload:ident ($page:expr)),* $(,)?) => {$(
        struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                #[cfg(feature = "ssr")]
                crate::server::web::render::preload_split_area(stringify!($area));
                $area($page).await
            }

            async fn preload() {
                #[cfg(target_arch = "wasm32")]
                $preload().await;
            }
        }
    )*};
}

// One split module per area, not per page: the pages of an area share most of their
// code, and a split per page left 281 modules, up to 103 files for one page.

/// The pages of the offers' own pages and the checkout: details, automatic renewal, cancellation, payment, review, done.
#[derive(Debug, Clone, Copy)]
enum OfferPage {
    Details,
    AutoRenewal,
    Cancel,
    Payment,
    Review,
    Done,
}

#[lazy]
fn offer_pages(page: OfferPage) -> AnyView {
    match page {
        OfferPage::Details => view! { <OfferDetailsPage/> }.into_any(),
        OfferPage::AutoRenewal => view! { <TurnOffAutoRenewalPage/> }.into_any(),
        OfferPage::Cancel => view! { <CancelSubscriptionPage/> }.into_any(),
        OfferPage::Payment => view! { <CheckoutPaymentPage/> }.into_any(),
        OfferPage::Review => view! { <CheckoutReviewPage/> }.into_any(),
        OfferPage::Done => view! { <CheckoutDonePage/> }.into_any(),
    }
}

/// The pages of what the organization has: invoices, competencies, notifications.
#[derive(Debug, Clone, Copy)]
enum RecordPage {
    Invoices,
    Competencies,
    Notifications,
}

#[lazy]
fn record_pages(page: RecordPage) -> AnyView {
    match page {
        RecordPage::Invoices => view! { <InvoicesPage/> }.into_any(),
        RecordPage::Competencies => view! { <CompetenciesPage/> }.into_any(),
        RecordPage::Notifications => view! { <NotificationsPage/> }.into_any(),
    }
}

/// The pages of support requests: the list, a new one, one request.
#[derive(Debug, Clone, Copy)]
enum SupportArea {
    List,
    New,
    Request,
}

#[lazy]
fn support_pages(page: SupportArea) -> AnyView {
    match page {
        SupportArea::List => view! { <SupportPage/> }.into_any(),
        SupportArea::New => view! { <SupportNewPage/> }.into_any(),
        SupportArea::Request => view! { <SupportRequestPage/> }.into_any(),
    }
}

/// The pages of network staff's console.
#[derive(Debug, Clone, Copy)]
enum StaffPage {
    Queue,
    Request,
    Transfers,
    VatIds,
    Competencies,
}

#[lazy]
fn staff_pages(page: StaffPage) -> AnyView {
    match page {
        StaffPage::Queue => view! { <StaffQueuePage/> }.into_any(),
        StaffPage::Request => view! { <StaffRequestPage/> }.into_any(),
        StaffPage::Transfers => view! { <StaffTransfersPage/> }.into_any(),
        StaffPage::VatIds => view! { <StaffVatIdsPage/> }.into_any(),
        StaffPage::Competencies => view! { <StaffCompetenciesPage/> }.into_any(),
    }
}

/// The pages of the translators' workbench.
#[derive(Debug, Clone, Copy)]
enum TranslationPage {
    Languages,
    Language,
    Message,
}

#[lazy]
fn translation_pages(page: TranslationPage) -> AnyView {
    match page {
        TranslationPage::Languages => view! { <TranslationsPage/> }.into_any(),
        TranslationPage::Language => view! { <TranslationsLanguagePage/> }.into_any(),
        TranslationPage::Message => view! { <TranslationsMessagePage/> }.into_any(),
    }
}

/// The pages of the organization's and the user's settings, enrolling, and the accessibility statement.
#[derive(Debug, Clone, Copy)]
enum AccountArea {
    Users,
    Audit,
    Profile,
    Account,
    Enroll,
    Accessibility,
}

#[lazy]
fn account_pages(page: AccountArea) -> AnyView {
    match page {
        AccountArea::Users => view! { <UsersPage/> }.into_any(),
        AccountArea::Audit => view! { <AuditPage/> }.into_any(),
        AccountArea::Profile => view! { <ProfilePage/> }.into_any(),
        AccountArea::Account => view! { <AccountPage/> }.into_any(),
        AccountArea::Enroll => view! { <EnrollPage/> }.into_any(),
        AccountArea::Accessibility => view! { <AccessibilityPage/> }.into_any(),
    }
}

lazy_routes! {
    OfferDetailsRoute => offer_pages / __preload_offer_pages(OfferPage::Details),
    TurnOffAutoRenewalRoute => offer_pages / __preload_offer_pages(OfferPage::AutoRenewal),
    CancelSubscriptionRoute => offer_pages / __preload_offer_pages(OfferPage::Cancel),
    CheckoutPaymentRoute => offer_pages / __preload_offer_pages(OfferPage::Payment),
    CheckoutReviewRoute => offer_pages / __preload_offer_pages(OfferPage::Review),
    CheckoutDoneRoute => offer_pages / __preload_offer_pages(OfferPage::Done),
    InvoicesRoute => record_pages / __preload_record_pages(RecordPage::Invoices),
    CompetenciesRoute => record_pages / __preload_record_pages(RecordPage::Competencies),
    NotificationsRoute => record_pages / __preload_record_pages(RecordPage::Notifications),
    SupportRoute => support_pages / __preload_support_pages(SupportArea::List),
    SupportNewRoute => support_pages / __preload_support_pages(SupportArea::New),
    SupportRequestRoute => support_pages / __preload_support_pages(SupportArea::Request),
    StaffQueueRoute => staff_pages / __preload_staff_pages(StaffPage::Queue),
    StaffRequestRoute => staff_pages / __preload_staff_pages(StaffPage::Request),
    StaffTransfersRoute => staff_pages / __preload_staff_pages(StaffPage::Transfers),
    StaffVatIdsRoute => staff_pages / __preload_staff_pages(StaffPage::VatIds),
    StaffCompetenciesRoute => staff_pages / __preload_staff_pages(StaffPage::Competencies),
    TranslationsRoute => translation_pages / __preload_translation_pages(TranslationPage::Languages),
    TranslationsLanguageRoute => translation_pages / __preload_translation_pages(TranslationPage::Language),
    TranslationsMessageRoute => translation_pages / __preload_translation_pages(TranslationPage::Message),
    UsersRoute => account_pages / __preload_account_pages(AccountArea::Users),
    AuditRoute => account_pages / __preload_account_pages(AccountArea::Audit),
    ProfileRoute => account_pages / __preload_account_pages(AccountArea::Profile),
    AccountRoute => account_pages / __preload_account_pages(AccountArea::Account),
    EnrollRoute => account_pages / __preload_account_pages(AccountArea::Enroll),
    AccessibilityRoute => account_pages / __preload_account_pages(AccountArea::Accessibility),
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id") view={Lazy::<OfferDetailsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/auto-renewal") view={Lazy::<TurnOffAutoRenewalRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/cancel") view={Lazy::<CancelSubscriptionRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/renew") view={Lazy::<CheckoutPaymentRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/buy/:offer") view={Lazy::<CheckoutPaymentRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/checkout/:key") view={Lazy::<CheckoutReviewRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/checkout/:key/done") view={Lazy::<CheckoutDoneRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/competencies") view={Lazy::<CompetenciesRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/invoices") view={Lazy::<InvoicesRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/notifications") view={Lazy::<NotificationsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/support") view={Lazy::<SupportRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/support/new") view={Lazy::<SupportNewRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/support/:id") view={Lazy::<SupportRequestRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view={Lazy::<StaffQueueRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/requests/:id") view={Lazy::<StaffRequestRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/transfers") view={Lazy::<StaffTransfersRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/vat-ids") view={Lazy::<StaffVatIdsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/competencies") view={Lazy::<StaffCompetenciesRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/translations") view={Lazy::<TranslationsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/translations/:lang") view={Lazy::<TranslationsLanguageRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/translations/:lang/:id") view={Lazy::<TranslationsMessageRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/users") view={Lazy::<UsersRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/audit") view={Lazy::<AuditRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/enroll") view={Lazy::<EnrollRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/profile") view={Lazy::<ProfileRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/account") view={Lazy::<AccountRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/accessibility") view={Lazy::<AccessibilityRoute>::new()} ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
