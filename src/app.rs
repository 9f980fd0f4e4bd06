//! The application component: router and layout. No business logic here.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Stylesheet};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::layout::Layout;
use crate::pages::{coming::ComingPage, not_found::NotFound, offers::OffersPage, sign_in::SignInPage};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/membership-offers.css"/>
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("/offers") view=OffersPage ssr=SsrMode::Async/>
                    <Route path=path!("/competencies") view=|| view! { <ComingPage area=crate::components::nav::Area::Competencies/> } ssr=SsrMode::Async/>
                    <Route path=path!("/invoices") view=|| view! { <ComingPage area=crate::components::nav::Area::Invoices/> } ssr=SsrMode::Async/>
                    <Route path=path!("/support") view=|| view! { <ComingPage area=crate::components::nav::Area::Support/> } ssr=SsrMode::Async/>
                    <Route path=path!("/users") view=|| view! { <ComingPage area=crate::components::nav::Area::Users/> } ssr=SsrMode::Async/>
                    <Route path=path!("/profile") view=|| view! { <ComingPage area=crate::components::nav::Area::Profile/> } ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
