//! The form and file routes of each area, recorded as they are added to the router:
//! `membership-offers routes` prints them with the pages and server functions, and
//! the black-box attack script (`tests/attack/run`) tries every one, so a new route
//! cannot be left out of its checks.

use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;
use http::Method;

use crate::server::state::AppState;

/// A router and the (method, path) of every route added to it.
pub struct RouteTable {
    router: Router<AppState>,
    routes: Vec<(Method, &'static str)>,
}

impl Default for RouteTable {
    fn default() -> Self {
        RouteTable::new()
    }
}

impl RouteTable {
    pub fn new() -> RouteTable {
        RouteTable { router: Router::new(), routes: Vec::new() }
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> RouteTable {
        self.router = self.router.route(path, get(handler));
        self.routes.push((Method::GET, path));
        self
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, handler: H) -> RouteTable {
        self.router = self.router.route(path, post(handler));
        self.routes.push((Method::POST, path));
        self
    }

    pub fn merge(mut self, other: RouteTable) -> RouteTable {
        self.router = self.router.merge(other.router);
        self.routes.extend(other.routes);
        self
    }

    pub fn routes(&self) -> &[(Method, &'static str)] {
        &self.routes
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
