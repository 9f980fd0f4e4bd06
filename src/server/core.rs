//! What the services work with: the database, the one clock, the settings and the
//! payment gateway. No web or rendering types: services run the same from a
//! request, a job or a test.

use std::sync::Arc;

use super::clock::Clock;
use super::config::Config;
use super::store::db::Db;
use super::gateway::PaymentGateway;

#[derive(Clone)]
pub struct Core {
    pub db: Db,
    pub clock: Clock,
    pub config: Arc<Config>,
    pub gateway: Arc<dyn PaymentGateway>,
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core").field("db", &self.db.backend()).field("clock", &self.clock).finish_non_exhaustive()
    }
}
