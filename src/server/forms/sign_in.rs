//! Signing in and out.

use std::sync::OnceLock;

use axum::extract::{Request, State};
use axum::response::Response;
use chrono::Duration;
use http::header::SET_COOKIE;
use http::StatusCode;

use super::{read_form, rerender, see_other};
use crate::api::forms::FormFeedback;
use crate::domain::validation::FieldError;
use crate::server::audit::{record, AuditEntry};
use crate::server::auth::{clear_session_cookie, client_address, end_session, safe_next, start_session, wants_secure_cookies};
use crate::server::error::internal;
use crate::server::password::{hash_now, verify, Password, PasswordHashText};
use crate::server::state::AppState;

/// Failed sign-ins counted over this window.
const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Failures of one account within the window before it must wait.
const ACCOUNT_LIMIT: i64 = 5;
/// Failures from one client address within the window before it must wait.
const CLIENT_LIMIT: i64 = 50;

/// A hash to verify against when the e-mail is unknown, so that the answer takes as
/// long as for a known account (no account enumeration by timing).
fn dummy_hash() -> PasswordHashText {
    static DUMMY: OnceLock<PasswordHashText> = OnceLock::new();
    DUMMY.get_or_init(|| hash_now(&Password::new("not a password of anyone".into()))).clone()
}

pub async fn sign_in(State(state): State<AppState>, request: Request) -> Response {
    let (parts, form) = match read_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let email = form.get("email").trim().to_lowercase();
    let password = Password::new(form.get("password").to_string());
    let mut feedback = FormFeedback::new("sign-in");
    feedback.keep("email", &email);
    feedback.keep("next", form.get("next"));
    if email.is_empty() {
        feedback.field_error("email", FieldError::Required);
    }
    if password.expose().is_empty() {
        feedback.field_error("password", FieldError::Required);
    }
    if feedback.has_errors() {
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let client = client_address(&parts);
    let now = state.clock.now();
    let since = (now - THROTTLE_WINDOW).to_rfc3339();
    let counts = async {
        let (by_account,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE account = $1 AND at > $2")
            .bind(&email)
            .bind(&since)
            .fetch_one(state.db.pool())
            .await?;
        let (by_client,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_failures WHERE client = $1 AND at > $2")
            .bind(&client)
            .bind(&since)
            .fetch_one(state.db.pool())
            .await?;
        Ok::<_, sqlx::Error>((by_account, by_client))
    };
    let (by_account, by_client) = match counts.await {
        Ok(counts) => counts,
        Err(error) => return internal_error(state, parts, feedback, &error).await,
    };
    if by_account >= ACCOUNT_LIMIT || by_client >= CLIENT_LIMIT {
        tracing::warn!(client = %client, "sign-in throttled");
        feedback.message = Some(crate::fl!("sign-in-throttled").to_string());
        feedback.message_args.insert("minutes".into(), THROTTLE_WINDOW.num_minutes().to_string());
        return rerender(state, parts, feedback, StatusCode::TOO_MANY_REQUESTS).await;
    }

    let account: Option<(i64, Option<i64>, String)> =
        match sqlx::query_as("SELECT id, organization_id, password_hash FROM users WHERE email = $1 AND active = 1")
            .bind(&email)
            .fetch_optional(state.db.pool())
            .await
        {
            Ok(row) => row,
            Err(error) => return internal_error(state, parts, feedback, &error).await,
        };
    let (user, verified) = match account {
        Some((id, org, hash)) => (Some((id, org)), verify(password, PasswordHashText(hash)).await),
        None => {
            verify(password, dummy_hash()).await;
            (None, false)
        }
    };
    let at = now.to_rfc3339();
    if !verified {
        let failure = async {
            sqlx::query("INSERT INTO sign_in_failures (account, client, at) VALUES ($1, $2, $3)")
                .bind(&email)
                .bind(&client)
                .bind(&at)
                .execute(state.db.pool())
                .await?;
            record(
                state.db.pool(),
                &at,
                AuditEntry {
                    organization_id: user.and_then(|(_, org)| org),
                    user_id: user.map(|(id, _)| id),
                    action: "sign-in-failed",
                    detail: String::new(),
                    client: &client,
                },
            )
            .await
        };
        if let Err(error) = failure.await {
            return internal_error(state, parts, feedback, &error).await;
        }
        feedback.message = Some(crate::fl!("sign-in-failed").to_string());
        return rerender(state, parts, feedback, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let (user_id, organization_id) = user.expect("verified implies a user");
    let started = async {
        sqlx::query("DELETE FROM sign_in_failures WHERE account = $1").bind(&email).execute(state.db.pool()).await?;
        end_session(&state, &parts.headers).await?;
        let cookie = start_session(&state, user_id, wants_secure_cookies(&parts)).await?;
        record(
            state.db.pool(),
            &at,
            AuditEntry { organization_id, user_id: Some(user_id), action: "sign-in", detail: String::new(), client: &client },
        )
        .await?;
        Ok::<_, sqlx::Error>(cookie)
    };
    match started.await {
        Ok(cookie) => {
            let mut response = see_other(&safe_next(Some(form.get("next")).filter(|n| !n.is_empty())));
            response.headers_mut().append(SET_COOKIE, cookie);
            response
        }
        Err(error) => internal_error(state, parts, feedback, &error).await,
    }
}

pub async fn sign_out(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let user = parts.extensions.get::<crate::server::auth::CurrentUser>().cloned();
    let client = client_address(&parts);
    let result = async {
        end_session(&state, &parts.headers).await?;
        if let Some(user) = &user {
            let entry = AuditEntry {
                organization_id: user.organization_id,
                user_id: Some(user.user_id),
                action: "sign-out",
                detail: String::new(),
                client: &client,
            };
            record(state.db.pool(), &state.clock.now().to_rfc3339(), entry).await?;
        }
        Ok::<_, sqlx::Error>(())
    };
    if let Err(error) = result.await {
        internal("signing out", &error);
    }
    let mut response = see_other("/sign-in");
    response.headers_mut().append(SET_COOKIE, clear_session_cookie());
    response
}

async fn internal_error(state: AppState, parts: http::request::Parts, mut feedback: FormFeedback, error: &sqlx::Error) -> Response {
    internal("signing in", error);
    feedback.message = Some(crate::fl!("error-internal").to_string());
    rerender(state, parts, feedback, StatusCode::INTERNAL_SERVER_ERROR).await
}
