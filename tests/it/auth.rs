//! Sign-in, sessions, the sign-in guard and throttling, through the HTTP application.

use crate::support;

use chrono::Duration;
use http::StatusCode;
use membership_offers::server::web::app;
use support::{date, state, Client, TestDb};

const TODAY: &str = "2026-03-16";

async fn client() -> (TestDb, membership_offers::server::state::AppState, Client) {
    let test_db = TestDb::seeded(date(TODAY)).await;
    let app_state = state(&test_db, date(TODAY));
    let client = Client::new(app(app_state.clone()));
    (test_db, app_state, client)
}

#[tokio::test]
async fn pages_without_a_session_redirect_to_sign_in_with_the_way_back() {
    let (_db, _state, mut client) = client().await;
    let reply = client.get("/invoices?year=2026").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/sign-in?next=%2Finvoices%3Fyear%3D2026");
}

#[tokio::test]
async fn server_functions_without_a_session_answer_401() {
    let (_db, _state, mut client) = client().await;
    let reply = client.post_form("/api/visitor", &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn refusals_that_no_page_renders_answer_the_message_in_the_visitors_language() {
    let (_db, app_state, mut client) = client().await;
    // A server function without a session: the body is the localized message, not English.
    let reply = client.post_form("/api/visitor?lang=de", &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.text(), app_state.locales().i18n(membership_offers::i18n::Lang::De).t("error-unauthenticated"), "{reply:?}");
    // A download a role may not have: the localized error page.
    let mut vera = Client::new(app(app_state.clone()));
    vera.sign_in("vera@contoso.example").await;
    let page = vera.get("/invoices/export.csv?lang=fr").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(page.texts_of("h1"), [app_state.locales().i18n(membership_offers::i18n::Lang::Fr).t("error-forbidden")], "{page:?}");
}

#[tokio::test]
async fn signing_in_leads_to_the_page_asked_for() {
    let (_db, _state, mut client) = client().await;
    let reply = client
        .post_form("/sign-in", &[("email", "Anna@Contoso.example"), ("password", "demo-password-1"), ("next", "/invoices")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/invoices");
    let cookie = reply.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let page = client.get("/invoices").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Contoso Ltd"), "{page:?}");
}

#[tokio::test]
async fn an_outside_next_address_is_not_followed() {
    let (_db, _state, mut client) = client().await;
    let reply = client
        .post_form("/sign-in", &[("email", "anna@contoso.example"), ("password", "demo-password-1"), ("next", "https://evil.example/")])
        .await;
    assert_eq!(reply.location(), "/offers");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let (_db, _state, mut client) = client().await;
    let wrong = client.post_form("/sign-in", &[("email", "anna@contoso.example"), ("password", "nope")]).await;
    let unknown = client.post_form("/sign-in", &[("email", "nobody@contoso.example"), ("password", "nope")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = "The e-mail address or password is not correct.";
    assert_eq!(wrong.alerts(), [message]);
    assert_eq!(unknown.alerts(), [message]);
    assert_eq!(wrong.field_value("email").as_deref(), Some("anna@contoso.example"), "the e-mail typed is kept");
    assert!(client.cookie.is_none());
}

#[tokio::test]
async fn five_failures_throttle_the_account_with_429() {
    let (_db, _state, mut client) = client().await;
    for _ in 0..5 {
        client.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "guess")]).await;
    }
    let reply = client.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "demo-password-1")]).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(reply.alerts().iter().any(|a| a.starts_with("Too many failed attempts")), "{reply:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn forty_parallel_wrong_passwords_get_five_password_checks() {
    let (test_db, state, _client) = client().await;
    let router = app(state);
    let mut guesses = tokio::task::JoinSet::new();
    for n in 0..40 {
        let mut guesser = Client::from_ip(router.clone(), "203.0.113.7");
        guesses.spawn(async move { guesser.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", &format!("guess-{n}"))]).await.status });
    }
    let statuses = guesses.join_all().await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY).count();
    let throttled = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    // A check that found every turn taken (other tests sign in at the same time) is
    // answered 503 and never checked.
    let busy = statuses.iter().filter(|s| **s == StatusCode::SERVICE_UNAVAILABLE).count();
    assert_eq!(checked + throttled + busy, 40, "{statuses:?}");
    assert!(checked <= 5 && throttled >= 35 - busy, "{statuses:?}");
    let failures = usize::try_from(support::scalar(&test_db, "SELECT COUNT(*) FROM sign_in_failures").await).unwrap();
    assert_eq!(failures, checked, "every checked guess is recorded, no other");
    assert_eq!(support::scalar(&test_db, "SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed'").await, i64::try_from(checked).unwrap());
}

#[tokio::test]
async fn an_attacker_elsewhere_cannot_lock_the_owner_out() {
    let (_db, state, _client) = client().await;
    let router = app(state);
    let mut owner = Client::from_ip(router.clone(), "198.51.100.10");
    owner.sign_in("sam@contoso.example").await;
    owner.post_form("/sign-out", &[]).await;
    // Guesses from 30 addresses, five each: far past any per-account limit.
    for host in 1..=30 {
        let mut attacker = Client::from_ip(router.clone(), &format!("203.0.113.{host}"));
        for _ in 0..5 {
            let reply = attacker.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "guess")]).await;
            assert_ne!(reply.status, StatusCode::SEE_OTHER);
        }
        let sixth = attacker.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "demo-password-1")]).await;
        assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS, "one address gets five guesses");
    }
    // A new address must now wait, even with the right password ...
    let mut stranger = Client::from_ip(router.clone(), "192.0.2.99");
    let waited = stranger.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "demo-password-1")]).await;
    assert_eq!(waited.status, StatusCode::TOO_MANY_REQUESTS, "{waited:?}");
    // ... the owner, where they signed in before, gets in.
    owner.sign_in("sam@contoso.example").await;
}

#[tokio::test]
async fn throttling_ends_after_the_window() {
    let (_db, app_state, mut client) = client().await;
    for _ in 0..5 {
        client.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "guess")]).await;
    }
    app_state.core.clock.advance(Duration::minutes(16));
    client.sign_in("sam@contoso.example").await;
}

#[tokio::test]
async fn each_sign_in_gets_a_new_session_id_and_the_old_one_stops_working() {
    let (_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let first = client.cookie.clone().unwrap();
    client.sign_in("anna@contoso.example").await;
    let second = client.cookie.clone().unwrap();
    assert_ne!(first, second);
    client.cookie = Some(first);
    assert_eq!(client.get("/offers").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_session_idle_for_more_than_30_minutes_ends() {
    let (_db, app_state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    app_state.core.clock.advance(Duration::minutes(29));
    assert_eq!(client.get("/offers").await.status, StatusCode::OK);
    app_state.core.clock.advance(Duration::minutes(31));
    assert_eq!(client.get("/offers").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_session_ends_12_hours_after_sign_in_however_active() {
    let (_db, app_state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    for _ in 0..25 {
        app_state.core.clock.advance(Duration::minutes(29));
        client.get("/offers").await;
    }
    assert_eq!(client.get("/offers").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let (_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let kept = client.cookie.clone();
    let reply = client.post_form("/sign-out", &[]).await;
    assert_eq!(reply.location(), "/sign-in");
    client.cookie = kept;
    assert_eq!(client.get("/offers").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sign_ins_and_failures_are_audited_without_secrets() {
    let (test_db, _state, mut client) = client().await;
    client.post_form("/sign-in", &[("email", "anna@contoso.example"), ("password", "wrong-secret")]).await;
    client.sign_in("anna@contoso.example").await;
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT action, detail FROM audit_log ORDER BY id")
        .fetch_all(test_db.db.pool())
        .await
        .unwrap();
    let actions: Vec<&str> = rows.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(actions, ["sign-in-failed", "sign-in"]);
    assert!(rows.iter().all(|(_, detail)| !detail.contains("wrong-secret") && !detail.contains("demo-password")));
}

#[tokio::test]
async fn a_signed_in_users_language_choice_is_saved_and_used_on_the_next_sign_in() {
    let (_db, app_state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    client.get("/offers?lang=fr").await;
    // A new browser: no cookie, an English Accept-Language; the saved preference wins.
    let mut other = Client::new(app(app_state));
    other.sign_in("anna@contoso.example").await;
    let page = other.get("/offers").await;
    assert_eq!(page.html_lang().as_deref(), Some("fr"));
    assert_eq!(page.heading(), "Offres d’abonnement", "{page:?}");
}

#[tokio::test]
async fn a_global_admin_adds_a_user_who_can_then_sign_in_with_the_role_given() {
    let (test_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let reply = client
        .post_form("/users", &[("intent", "add"), ("name", "Piet Pieters"), ("email", "piet@contoso.example"), ("password", "a-long-password-1"), ("role", "sales-agent")])
        .await;
    assert_eq!(reply.location(), "/users?done=added");
    let (role,): (String,) = sqlx::query_as("SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'piet@contoso.example'")
        .fetch_one(test_db.db.pool())
        .await
        .unwrap();
    assert_eq!(role, "sales-agent");
    let mut piet = Client::new(client.app.clone());
    let signed_in = piet.post_form("/sign-in", &[("email", "piet@contoso.example"), ("password", "a-long-password-1")]).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn adding_a_user_with_a_short_password_keeps_what_was_typed() {
    let (_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let reply = client.post_form("/users", &[("intent", "add"), ("name", "Piet"), ("email", "piet@contoso.example"), ("password", "short")]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.alerts().iter().any(|a| a.contains("at least 12 characters")), "{reply:?}");
    assert_eq!(reply.field_value("email").as_deref(), Some("piet@contoso.example"));
}

#[tokio::test]
async fn nobody_demotes_or_deactivates_themselves() {
    let (test_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let (anna,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = 'anna@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    let anna_id = anna.to_string();
    let demote = client.post_form("/users", &[("intent", "roles"), ("user", &anna_id), ("role", "sales-agent")]).await;
    assert_eq!(demote.status, StatusCode::CONFLICT);
    // The Users page again, with the reason beside the user's roles (it once rendered
    // the Not found page, because the form posted to an address that is not a page).
    assert_eq!(demote.heading(), "Users", "{demote:?}");
    assert!(demote.alerts().iter().any(|a| a.contains("cannot change your own roles")), "{demote:?}");
    let deactivate = client.post_form("/users", &[("intent", "active"), ("user", &anna_id), ("active", "0")]).await;
    assert_eq!(deactivate.status, StatusCode::CONFLICT);
    assert_eq!(deactivate.heading(), "Users");
    assert!(deactivate.alerts().iter().any(|a| a.contains("cannot change your own roles")), "{deactivate:?}");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'global-admin'").bind(anna).fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(count, 1);
    // Her own row offers no form to do it.
    let page = client.get("/users").await;
    assert!(page.text().contains("Another admin can change your roles."), "{page:?}");
}

#[tokio::test]
async fn a_user_admin_can_neither_make_nor_unmake_a_global_admin() {
    let (test_db, _state, mut anna) = client().await;
    anna.sign_in("anna@contoso.example").await;
    let added = anna
        .post_form("/users", &[("intent", "add"), ("name", "Uma Users"), ("email", "uma@contoso.example"), ("password", "a-long-password-1"), ("role", "user-admin")])
        .await;
    assert_eq!(added.location(), "/users?done=added");
    let mut uma = Client::new(anna.app.clone());
    uma.sign_in_with("uma@contoso.example", "a-long-password-1").await;
    let own = uma.post_form("/account", &password_form("a-long-password-1", "umas-own-passphrase", "umas-own-passphrase")).await;
    assert_eq!(own.location(), "/account?done=password");
    let id_of = |email: &'static str| {
        let pool = test_db.db.pool().clone();
        async move { sqlx::query_as::<_, (i64,)>("SELECT id FROM users WHERE email = $1").bind(email).fetch_one(&pool).await.unwrap().0.to_string() }
    };
    let (anna_id, sam_id, uma_id) = (id_of("anna@contoso.example").await, id_of("sam@contoso.example").await, id_of("uma@contoso.example").await);
    let global_admins = || {
        let pool = test_db.db.pool().clone();
        async move { sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM user_roles WHERE role = 'global-admin'").fetch_one(&pool).await.unwrap().0 }
    };
    let before = global_admins().await;
    let attempts: [(&str, Vec<(&str, &str)>); 5] = [
        ("a new Global admin", vec![("intent", "add"), ("name", "Eve Evil"), ("email", "eve@contoso.example"), ("password", "a-long-password-1"), ("role", "global-admin")]),
        ("Sam made Global admin", vec![("intent", "roles"), ("user", &sam_id), ("role", "sales-agent"), ("role", "global-admin")]),
        ("Anna demoted", vec![("intent", "roles"), ("user", &anna_id), ("role", "sales-agent")]),
        ("Anna deactivated", vec![("intent", "active"), ("user", &anna_id), ("active", "0")]),
        ("Uma makes herself Global admin", vec![("intent", "roles"), ("user", &uma_id), ("role", "user-admin"), ("role", "global-admin")]),
    ];
    for (what, fields) in attempts {
        let reply = uma.post_form("/users", &fields).await;
        assert_eq!(reply.status, StatusCode::CONFLICT, "{what}: {reply:?}");
        assert_eq!(reply.heading(), "Users", "{what}");
        assert!(
            reply.alerts().iter().any(|a| a.contains("Only a Global admin") || a.contains("cannot change your own roles")),
            "{what}: {reply:?}"
        );
    }
    assert_eq!(global_admins().await, before);
    let (eve,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'eve@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(eve, 0);
    let (anna_active,): (i64,) = sqlx::query_as("SELECT active FROM users WHERE email = 'anna@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(anna_active, 1);
    // What a User admin may do, she can: Sam becomes an Admin agent.
    let allowed = uma.post_form("/users", &[("intent", "roles"), ("user", &sam_id), ("role", "admin-agent")]).await;
    assert_eq!(allowed.location(), "/users?done=changed");
    // The page offers only that: no Global admin box, and Anna's row has no forms.
    let page = uma.get("/users").await;
    assert!(page.text().contains("Only a Global admin can change this user."), "{page:?}");
    assert!(!page.raw().contains(r#"value="global-admin""#), "a Global admin checkbox is offered to a User admin");
}

#[tokio::test]
async fn a_deactivated_user_is_signed_out_and_cannot_sign_in() {
    let (test_db, app_state, mut client) = client().await;
    let mut sam = Client::new(app(app_state));
    sam.sign_in("sam@contoso.example").await;
    client.sign_in("anna@contoso.example").await;
    let (sam_id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = 'sam@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    let reply = client.post_form("/users", &[("intent", "active"), ("user", &sam_id.to_string()), ("active", "0")]).await;
    assert_eq!(reply.location(), "/users?done=changed");
    assert_eq!(sam.get("/offers").await.status, StatusCode::SEE_OTHER);
    let again = sam.post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "demo-password-1")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn only_global_and_user_admins_manage_users() {
    let (test_db, _state, mut client) = client().await;
    client.sign_in("sam@contoso.example").await;
    assert_eq!(client.get("/users").await.status, StatusCode::FORBIDDEN);
    let reply = client.post_form("/users", &[("intent", "add"), ("name", "X Y"), ("email", "x@contoso.example"), ("password", "a-long-password-1")]).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'x@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    assert_eq!(count, 0);
}

#[tokio::test]
async fn users_of_another_organization_cannot_be_changed() {
    let (test_db, _state, mut client) = client().await;
    client.sign_in("lukas@fabrikam.example").await;
    let (sam,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = 'sam@contoso.example'").fetch_one(test_db.db.pool()).await.unwrap();
    let reply = client.post_form("/users", &[("intent", "active"), ("user", &sam.to_string()), ("active", "0")]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_organization_that_is_not_a_member_joins_before_it_can_buy() {
    let (test_db, _state, mut client) = client().await;
    sqlx::query("UPDATE organizations SET membership = 'none' WHERE partner_id = '4410003'").execute(test_db.db.pool()).await.unwrap();
    client.sign_in("li@wingtip.example").await;
    let fields = [("method", "card"), ("card_holder", "Li Wei"), ("card_number", "4242424242424242"), ("card_expiry", "12/30"), ("card_cvc", "123")];
    let refused = client.post_form("/buy/action-pack", &fields).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let missing_terms = client
        .post_form("/enroll", &[("legal_name", "Wingtip Toys"), ("address_line1", "88 Century Avenue"), ("postal_code", "200120"), ("city", "Shanghai")])
        .await;
    assert_eq!(missing_terms.status, StatusCode::UNPROCESSABLE_ENTITY);
    let joined = client
        .post_form(
            "/enroll",
            &[("legal_name", "Wingtip Toys"), ("address_line1", "88 Century Avenue"), ("postal_code", "200120"), ("city", "Shanghai"), ("accept", "yes")],
        )
        .await;
    assert_eq!(joined.location(), "/offers");
    let bought = client.post_form("/buy/action-pack", &fields).await;
    assert_eq!(bought.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_audit_log_is_for_global_admins_and_lists_their_organization_only() {
    let (_db, app_state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let mut lukas = Client::new(app(app_state.clone()));
    lukas.sign_in("lukas@fabrikam.example").await;
    let page = client.get("/audit?action=sign-in").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("anna@contoso.example") && !text.contains("lukas@fabrikam.example"), "{page:?}");
    let mut sam = Client::new(app(app_state));
    sam.sign_in("sam@contoso.example").await;
    assert_eq!(sam.get("/audit").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_audit_log_names_times_and_facts_in_the_readers_language_and_keeps_older_entries_text() {
    let (test_db, _state, mut client) = client().await;
    client.sign_in("anna@contoso.example").await;
    let (org,): (i64,) = sqlx::query_as("SELECT id FROM organizations WHERE partner_id = '4410001'").fetch_one(test_db.db.pool()).await.unwrap();
    // An entry written before the details were facts, and one written since.
    for (at, detail) in [
        ("2026-03-10T08:30:00+00:00", "order ORD-2026-000009, invoice INV-2026-000009, action-pack card"),
        ("2026-03-11T14:05:00+00:00", r#"[{"fact":"subscription","id":12,"offer":"competency-security-gold"},{"fact":"declined","reason":"insufficient-funds","attempts":3}]"#),
    ] {
        sqlx::query("INSERT INTO audit_log (organization_id, user_id, at, action, detail, client_addr) VALUES ($1, NULL, $2, 'auto-renewal-off', $3, 'automatic-renewal')")
            .bind(org)
            .bind(at)
            .bind(detail)
            .execute(test_db.db.pool())
            .await
            .unwrap();
    }
    let page = client.get("/audit?action=auto-renewal-off&lang=en").await;
    assert_eq!(page.texts_of("tbody th"), ["Mar 11, 2026, 2:05 PM UTC", "Mar 10, 2026, 8:30 AM UTC"], "{page:?}");
    assert_eq!(
        page.texts_of("td .audit-fact"),
        [
            "Gold competency: Security (subscription 12)",
            "After 3 declined charges: the card was declined for insufficient funds.",
            "order ORD-2026-000009, invoice INV-2026-000009, action-pack card",
        ],
        "{page:?}"
    );
    let page = client.get("/audit?action=auto-renewal-off&lang=fr").await;
    assert_eq!(page.texts_of("tbody th"), ["11 mars 2026, 14:05 TU", "10 mars 2026, 08:30 TU"], "{page:?}");
    assert_eq!(page.texts_of("td .audit-fact")[1], "Après 3 paiements refusés : la carte a été refusée pour provision insuffisante.");
    assert_eq!(page.texts_of("td .audit-fact")[2], "order ORD-2026-000009, invoice INV-2026-000009, action-pack card");
}

fn password_form<'a>(current: &'a str, new: &'a str, confirm: &'a str) -> [(&'static str, &'a str); 4] {
    [("intent", "password"), ("current_password", current), ("new_password", new), ("confirm_password", confirm)]
}

#[tokio::test]
async fn a_user_changes_their_password_with_the_current_one_and_their_other_sessions_end() {
    let (_db, state, mut laptop) = client().await;
    let router = app(state);
    laptop.sign_in("sam@contoso.example").await;
    let mut phone = Client::new(router.clone());
    phone.sign_in("sam@contoso.example").await;
    let wrong = laptop.post_form("/account", &password_form("not-my-password", "a-new-long-passphrase", "a-new-long-passphrase")).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.heading(), "My account");
    assert!(wrong.text().contains("The current password is not correct."), "{wrong:?}");
    let mismatch = laptop.post_form("/account", &password_form("demo-password-1", "a-new-long-passphrase", "a-new-long-passphrase!")).await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.text().contains("The two new passwords are not the same."), "{mismatch:?}");
    let short = laptop.post_form("/account", &password_form("demo-password-1", "short", "short")).await;
    assert!(short.text().contains("at least 12 characters"), "{short:?}");
    // Nothing changed so far: the old password still opens the account.
    Client::new(router.clone()).sign_in("sam@contoso.example").await;

    let changed = laptop.post_form("/account", &password_form("demo-password-1", "a-new-long-passphrase", "a-new-long-passphrase")).await;
    assert_eq!(changed.location(), "/account?done=password");
    assert!(laptop.get("/account?done=password").await.text().contains("Your password was changed."));
    assert_eq!(laptop.get("/offers").await.status, StatusCode::OK, "this session stays");
    assert_eq!(phone.get("/offers").await.status, StatusCode::SEE_OTHER, "the other session ended");
    let old = Client::new(router.clone()).post_form("/sign-in", &[("email", "sam@contoso.example"), ("password", "demo-password-1")]).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    Client::new(router.clone()).sign_in_with("sam@contoso.example", "a-new-long-passphrase").await;
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_user() {
    let (test_db, state, mut laptop) = client().await;
    let router = app(state);
    laptop.sign_in("anna@contoso.example").await;
    let mut phone = Client::new(router.clone());
    phone.sign_in("anna@contoso.example").await;
    let mut other_user = Client::new(router.clone());
    other_user.sign_in("sam@contoso.example").await;
    let reply = laptop.post_form("/account", &[("intent", "sign-out-everywhere")]).await;
    assert_eq!(reply.location(), "/sign-in?done=signed-out-everywhere");
    assert_eq!(laptop.get("/offers").await.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/offers").await.status, StatusCode::SEE_OTHER);
    assert_eq!(other_user.get("/offers").await.status, StatusCode::OK, "only Anna's sessions end");
    assert_eq!(support::scalar(&test_db, "SELECT COUNT(*) FROM audit_log WHERE action = 'signed-out-everywhere'").await, 1);
    let page = Client::new(router).get("/sign-in?done=signed-out-everywhere").await;
    assert!(page.text().contains("You were signed out on all devices."), "{page:?}");
}

#[tokio::test]
async fn a_password_an_admin_set_must_be_changed_before_anything_else() {
    let (test_db, state, mut anna) = client().await;
    let router = app(state);
    anna.sign_in("anna@contoso.example").await;
    let added = anna
        .post_form("/users", &[("intent", "add"), ("name", "Piet Pieters"), ("email", "piet@contoso.example"), ("password", "given-by-anna-1"), ("role", "sales-agent")])
        .await;
    assert_eq!(added.location(), "/users?done=added");
    let mut piet = Client::new(router.clone());
    piet.sign_in_with("piet@contoso.example", "given-by-anna-1").await;
    for path in ["/offers", "/invoices", "/support"] {
        assert_eq!(piet.get(path).await.location(), "/account", "{path}");
    }
    let id = support::contoso_action_pack(&test_db).await;
    let renew = piet.post_form(&format!("/offers/{id}/renew"), &[("method", "card")]).await;
    assert_eq!(renew.status, StatusCode::FORBIDDEN);
    assert_eq!(piet.post_form("/api/offers", &[]).await.status, StatusCode::FORBIDDEN);
    let account = piet.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.text().contains("Your password was set by an administrator."), "{account:?}");
    let changed = piet.post_form("/account", &password_form("given-by-anna-1", "piets-own-passphrase", "piets-own-passphrase")).await;
    assert_eq!(changed.location(), "/account?done=password");
    assert_eq!(piet.get("/offers").await.status, StatusCode::OK);
    assert!(!piet.get("/account").await.text().contains("set by an administrator"));
}

#[tokio::test]
async fn the_daily_cleanup_forgets_expired_sessions_and_old_sign_in_records() {
    let (test_db, state, mut client) = client().await;
    let router = app(state.clone());
    client.sign_in("anna@contoso.example").await;
    let mut stranger = Client::from_ip(router, "203.0.113.50");
    stranger.post_form("/sign-in", &[("email", "anna@contoso.example"), ("password", "guess")]).await;
    let count = |table: &'static str| {
        let pool = test_db.db.pool().clone();
        async move { sqlx::query_as::<_, (i64,)>(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&pool).await.unwrap().0 }
    };
    assert_eq!((count("sessions").await, count("sign_in_failures").await, count("known_clients").await), (1, 1, 1));
    // A day later only the session has expired; 31 days later everything is old.
    state.core.clock.advance(Duration::days(1));
    membership_offers::server::service::cycle::cleanup(&state.core).await.unwrap();
    assert_eq!((count("sessions").await, count("sign_in_failures").await, count("known_clients").await), (0, 1, 1));
    state.core.clock.advance(Duration::days(30));
    membership_offers::server::service::cycle::cleanup(&state.core).await.unwrap();
    assert_eq!((count("sign_in_failures").await, count("known_clients").await), (0, 0));
}
