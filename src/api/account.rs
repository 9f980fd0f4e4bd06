//! The signed-in user's own account.

use leptos::prelude::*;

use crate::view::account::AccountView;
use crate::view::AppError;

#[server(endpoint = "account")]
pub async fn load_account() -> Result<AccountView, AppError> {
    use crate::server::web::extract::SignedIn;
    let SignedIn(user) = SignedIn::from_context()?;
    Ok(AccountView { name: user.display_name, email: user.email, must_change_password: user.must_change_password })
}
