//! The partner profile page (and the enroll page, which shows the same details).

use crate::i18n::format::Formatter;
use crate::server::store::organizations::Organization;
use crate::view::profile::ProfileView;

pub fn profile_view(org: Organization, fmt: &Formatter) -> ProfileView {
    ProfileView {
        vat_state: org.vat_state().map(|state| (state, org.vat_checked_on.0.map(|day| fmt.date(day)))),
        partner_id: org.partner_id,
        country: org.country.0,
        is_member: org.membership.0 == crate::server::store::organizations::Membership::Member,
        legal_name: org.legal_name,
        address_line1: org.address_line1,
        address_line2: org.address_line2,
        postal_code: org.postal_code,
        city: org.city,
        vat_id: org.vat_id,
        preferred_lang: org.preferred_lang,
    }
}
