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

/// One area of lazy routes: an enum of its pages, the `#[lazy]` function `$area` that
/// renders them (the area's split point), and a `LazyRoute` per page. `$preload` is the
/// loader `#[lazy]` makes for `$area`; hydration awaits it, so the view it hydrates is
/// the one the server rendered.
macro_rules! lazy_area {
    ($(#[$doc:meta])* $area:ident / $preload:ident: $kind:ident { $($variant:ident: $route:ident => $page:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        enum $kind {
            $($variant),*
        }

        #[lazy]
        fn $area(page: $kind) -> AnyView {
            match page {
                $($kind::$variant => view! { <$page/> }.into_any()),*
            }
        }

        $(
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    #[cfg(feature = "ssr")]
                    crate::server::web::render::preload_split_area(stringify!($area));
                    $area($kind::$variant).await
                }

                async fn preload() {
                    #[cfg(target_arch = "wasm32")]
                    $preload().await;
                }
            }
        )*
    };
}

// One split module per area, not per page: the pages of an area share most of their
// code, and a split per page left 281 modules, up to 103 files for one page.

lazy_area! {
    /// The offer's own pages and the checkout.
    offer_pages / __preload_offer_pages: OfferPage {
        Details: OfferDetailsRoute => OfferDetailsPage,
        AutoRenewal: TurnOffAutoRenewalRoute => TurnOffAutoRenewalPage,
        Cancel: CancelSubscriptionRoute => CancelSubscriptionPage,
        Payment: CheckoutPaymentRoute => CheckoutPaymentPage,
        Review: CheckoutReviewRoute => CheckoutReviewPage,
        Done: CheckoutDoneRoute => CheckoutDonePage,
    }
}

lazy_area! {
    /// What the organization has: invoices, competencies, notifications.
    record_pages / __preload_record_pages: RecordPage {
        Invoices: InvoicesRoute => InvoicesPage,
        Competencies: CompetenciesRoute => CompetenciesPage,
        Notifications: NotificationsRoute => NotificationsPage,
    }
}

lazy_area! {
    /// Support requests: the list, a new one, one request.
    support_pages / __preload_support_pages: SupportArea {
        List: SupportRoute => SupportPage,
        New: SupportNewRoute => SupportNewPage,
        Request: SupportRequestRoute => SupportRequestPage,
    }
}

lazy_area! {
    /// Network staff's console.
    staff_pages / __preload_staff_pages: StaffPage {
        Queue: StaffQueueRoute => StaffQueuePage,
        Request: StaffRequestRoute => StaffRequestPage,
        Transfers: StaffTransfersRoute => StaffTransfersPage,
        VatIds: StaffVatIdsRoute => StaffVatIdsPage,
        Competencies: StaffCompetenciesRoute => StaffCompetenciesPage,
    }
}

lazy_area! {
    /// The translators' workbench.
    translation_pages / __preload_translation_pages: TranslationPage {
        Languages: TranslationsRoute => TranslationsPage,
        Language: TranslationsLanguageRoute => TranslationsLanguagePage,
        Message: TranslationsMessageRoute => TranslationsMessagePage,
    }
}

lazy_area! {
    /// The organization's and the user's settings, enrolling, and the accessibility statement.
    account_pages / __preload_account_pages: AccountArea {
        Users: UsersRoute => UsersPage,
        Audit: AuditRoute => AuditPage,
        Profile: ProfileRoute => ProfilePage,
        Account: AccountRoute => AccountPage,
        Enroll: EnrollRoute => EnrollPage,
        Accessibility: AccessibilityRoute => AccessibilityPage,
    }
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
