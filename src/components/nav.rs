//! The areas of the portal and the navigation between them.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::view::shell::Visitor;
use crate::i18n::use_i18n;

/// A top-level area of the portal, one navigation entry each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Offers,
    Competencies,
    Invoices,
    Support,
    Users,
    Profile,
    AuditLog,
    /// The staff console's areas.
    StaffRequests,
    StaffTransfers,
    StaffCompetencies,
    StaffVatIds,
    /// The translators' workbench.
    Translations,
}

impl Area {
    /// A partner's areas.
    pub const PARTNER: [Area; 7] =
        [Area::Offers, Area::Competencies, Area::Invoices, Area::Support, Area::Users, Area::Profile, Area::AuditLog];
    /// Network staff's areas.
    pub const STAFF: [Area; 5] =
        [Area::StaffRequests, Area::StaffTransfers, Area::StaffCompetencies, Area::StaffVatIds, Area::Translations];

    pub fn path(self) -> &'static str {
        match self {
            Area::Offers => "/offers",
            Area::Competencies => "/competencies",
            Area::Invoices => "/invoices",
            Area::Support => "/support",
            Area::Users => "/users",
            Area::Profile => "/profile",
            Area::AuditLog => "/audit",
            Area::StaffRequests => "/staff",
            Area::StaffTransfers => "/staff/transfers",
            Area::StaffCompetencies => "/staff/competencies",
            Area::StaffVatIds => "/staff/vat-ids",
            Area::Translations => "/translations",
        }
    }

    /// Whether `path` is a page of this area.
    pub fn contains(self, path: &str) -> bool {
        match self {
            Area::Offers => path == "/" || path == "/offers" || path.starts_with("/offers/"),
            Area::StaffRequests => path == "/staff" || path.starts_with("/staff/requests"),
            _ => path == self.path() || path.starts_with(&format!("{}/", self.path())),
        }
    }

    /// The Fluent id of the area's name (navigation entry and page heading).
    pub fn title_id(self) -> &'static str {
        match self {
            Area::Offers => crate::fl!("nav-offers"),
            Area::Competencies => crate::fl!("nav-competencies"),
            Area::Invoices => crate::fl!("nav-invoices"),
            Area::Support => crate::fl!("nav-support"),
            Area::Users => crate::fl!("nav-users"),
            Area::Profile => crate::fl!("nav-profile"),
            Area::AuditLog => crate::fl!("audit-title"),
            Area::StaffRequests => crate::fl!("nav-staff-requests"),
            Area::StaffTransfers => crate::fl!("nav-staff-transfers"),
            Area::StaffCompetencies => crate::fl!("nav-competencies"),
            Area::StaffVatIds => crate::fl!("nav-staff-vat-ids"),
            Area::Translations => crate::fl!("nav-translations"),
        }
    }
}

/// The main navigation; the current area is marked for screen readers and styles.
#[component]
pub fn MainNav(visitor: Visitor) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let (open, set_open) = signal(false);
    let areas = if visitor.is_staff { Area::STAFF.to_vec() } else { Area::PARTNER.to_vec() };
    let links = areas
        .into_iter()
        .filter(|area| match area {
            Area::Users => visitor.can_manage_users,
            Area::AuditLog => visitor.can_view_audit_log,
            Area::Invoices => visitor.can_view_invoices,
            Area::Profile => visitor.can_edit_profile,
            Area::Support => visitor.can_use_support,
            Area::StaffRequests | Area::StaffTransfers | Area::StaffCompetencies | Area::StaffVatIds => visitor.can_handle_support,
            Area::Translations => visitor.can_view_translations,
            _ => true,
        })
        .map(|area| {
            let current = {
                let location = location.clone();
                move || {
                    area.contains(&location.pathname.get()).then_some("page")
                }
            };
            view! { <li><a href=area.path() aria-current=current>{i18n.t(area.title_id())}</a></li> }
        })
        .collect_view();
    let toggle_label = i18n.t("nav-menu-toggle");
    view! {
        <nav class="main-nav" aria-label=i18n.t("nav-label") class:open=open>
            <button type="button" class="nav-toggle" aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)>
                {toggle_label}
            </button>
            <ul>{links}</ul>
        </nav>
    }
}
