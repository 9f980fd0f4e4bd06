//! Who is asking: the one way every handler, server function and page render finds
//! the signed-in user and checks the role. The session middleware puts the
//! [`SessionUser`] into the request; these read it.
//!
//! - [`SignedIn`]: anyone signed in;
//! - [`Partner`]: a user of a partner organization, with the organization id that
//!   scopes every query;
//! - [`Staff`]: network staff (Support agent), for the staff console;
//! - [`Translator`]: a Translator, for the translators' workbench;
//! - [`ClientAddr`]: the client address for throttling and the audit log.

use axum::extract::{ConnectInfo, FromRequestParts};
use http::request::Parts;

use crate::domain::roles::Action;
use crate::server::service::sessions::SessionUser;
use crate::server::service::transfers::StaffActor;
use crate::server::service::Actor;
use crate::view::AppError;

/// Runs `read` on the request's parts during a server function or page render
/// (borrowed: cloning them copies every header and extension).
fn with_context_parts<T>(read: impl FnOnce(&Parts) -> Result<T, AppError>) -> Result<T, AppError> {
    leptos::prelude::with_context::<Parts, _>(read).unwrap_or(Err(AppError::Unauthenticated))
}

/// Any signed-in user.
#[derive(Debug, Clone)]
pub struct SignedIn(pub SessionUser);

impl SignedIn {
    pub fn from_parts(parts: &Parts) -> Result<SignedIn, AppError> {
        parts.extensions.get::<SessionUser>().cloned().map(SignedIn).ok_or(AppError::Unauthenticated)
    }

    /// The user of the current server function or page render.
    pub fn from_context() -> Result<SignedIn, AppError> {
        with_context_parts(SignedIn::from_parts)
    }

    /// The signed-in user, if any.
    pub fn optional(parts: &Parts) -> Option<SessionUser> {
        parts.extensions.get::<SessionUser>().cloned()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<SignedIn, AppError> {
        SignedIn::from_parts(parts)
    }
}

/// A signed-in user of a partner organization. Network staff are refused.
#[derive(Debug, Clone)]
pub struct Partner {
    pub user: SessionUser,
    pub organization_id: i64,
}

impl Partner {
    pub fn from_parts(parts: &Parts) -> Result<Partner, AppError> {
        let SignedIn(user) = SignedIn::from_parts(parts)?;
        let Some(organization_id) = user.organization_id else {
            // Staff never see the partner pages, and cannot act for a partner.
            tracing::warn!(user = user.user_id, "a staff account asked for a partner page");
            return Err(AppError::NotFound);
        };
        let span = tracing::Span::current();
        span.record("org", organization_id);
        span.record("user", user.user_id);
        Ok(Partner { user, organization_id })
    }

    /// The partner user of the current server function or page render.
    pub fn from_context() -> Result<Partner, AppError> {
        with_context_parts(Partner::from_parts)
    }

    pub fn may(&self, action: Action) -> bool {
        self.user.may(action)
    }

    /// This user, if the role allows `action` (403 otherwise).
    pub fn require(self, action: Action) -> Result<Partner, AppError> {
        if self.may(action) {
            Ok(self)
        } else {
            tracing::warn!(user = self.user.user_id, org = self.organization_id, ?action, "action refused for the role");
            Err(AppError::Forbidden)
        }
    }

    /// The user acting from `client`, for the audit log.
    pub fn actor<'a>(&self, client: &'a ClientAddr) -> Actor<'a> {
        Actor { user_id: self.user.user_id, organization_id: self.organization_id, client: &client.0 }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Partner {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Partner, AppError> {
        Partner::from_parts(parts)
    }
}

/// A network staff member (Support agent). Anyone else is told the page does not
/// exist: partners never see the staff console.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: SessionUser,
}

impl Staff {
    pub fn from_parts(parts: &Parts) -> Result<Staff, AppError> {
        let SignedIn(user) = SignedIn::from_parts(parts)?;
        if !user.is_staff() {
            tracing::warn!(user = user.user_id, "a partner asked for the staff console");
            return Err(AppError::NotFound);
        }
        if !user.may(Action::HandleSupportRequests) {
            // Network staff of another role (a Translator): the console exists, not for them.
            tracing::warn!(user = user.user_id, "the staff console refused for the role");
            return Err(AppError::Forbidden);
        }
        tracing::Span::current().record("user", user.user_id);
        Ok(Staff { user })
    }

    /// The staff member of the current server function or page render.
    pub fn from_context() -> Result<Staff, AppError> {
        with_context_parts(Staff::from_parts)
    }

    /// This staff member acting from `client`, for the audit log.
    pub fn actor<'a>(&self, client: &'a ClientAddr) -> StaffActor<'a> {
        StaffActor { user_id: self.user.user_id, client: &client.0 }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Staff, AppError> {
        Staff::from_parts(parts)
    }
}

/// A Translator, for the translators' workbench. Anyone else signed in is refused
/// (403): the workbench shows only the catalogs, which are no secret, but it is a
/// tool of the network's translators, not of partners or support.
#[derive(Debug, Clone)]
pub struct Translator {
    pub user: SessionUser,
}

impl Translator {
    pub fn from_parts(parts: &Parts) -> Result<Translator, AppError> {
        let SignedIn(user) = SignedIn::from_parts(parts)?;
        if !user.may(Action::ViewTranslations) {
            tracing::warn!(user = user.user_id, "the translators' workbench refused for the role");
            return Err(AppError::Forbidden);
        }
        tracing::Span::current().record("user", user.user_id);
        Ok(Translator { user })
    }

    /// The translator of the current server function or page render.
    pub fn from_context() -> Result<Translator, AppError> {
        with_context_parts(Translator::from_parts)
    }
}

/// The client's address, for throttling and the audit log.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl ClientAddr {
    pub fn from_parts(parts: &Parts) -> ClientAddr {
        let address = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string())
            .unwrap_or_else(|| "unknown".to_string());
        ClientAddr(address)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<ClientAddr, Self::Rejection> {
        Ok(ClientAddr::from_parts(parts))
    }
}
