//! The application component: router and layout. No business logic here.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

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
                    <Route path=path!("/offers/:id") view=OfferDetailsPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/auto-renewal") view=TurnOffAutoRenewalPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/cancel") view=CancelSubscriptionPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id/renew") view=CheckoutPaymentPage ssr=SsrMode::Async/>
                    <Route path=path!("/buy/:offer") view=CheckoutPaymentPage ssr=SsrMode::Async/>
                    <Route path=path!("/checkout/:key") view=CheckoutReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/checkout/:key/done") view=CheckoutDonePage ssr=SsrMode::Async/>
                    <Route path=path!("/competencies") view=CompetenciesPage ssr=SsrMode::Async/>
                    <Route path=path!("/invoices") view=InvoicesPage ssr=SsrMode::Async/>
                    <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/support") view=SupportPage ssr=SsrMode::Async/>
                    <Route path=path!("/support/new") view=SupportNewPage ssr=SsrMode::Async/>
                    <Route path=path!("/support/:id") view=SupportRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view=StaffQueuePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/requests/:id") view=StaffRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/transfers") view=StaffTransfersPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/vat-ids") view=StaffVatIdsPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/competencies") view=StaffCompetenciesPage ssr=SsrMode::Async/>
                    <Route path=path!("/translations") view=TranslationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/translations/:lang") view=TranslationsLanguagePage ssr=SsrMode::Async/>
                    <Route path=path!("/translations/:lang/:id") view=TranslationsMessagePage ssr=SsrMode::Async/>
                    <Route path=path!("/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/enroll") view=EnrollPage ssr=SsrMode::Async/>
                    <Route path=path!("/profile") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
