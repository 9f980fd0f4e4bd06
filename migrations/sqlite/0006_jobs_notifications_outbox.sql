-- The yearly cycle: durable jobs (the one scheduler's due work, e-mail delivery,
-- reconciliation), in-app notifications, and the e-mail outbox.

-- A job is done once whatever the number of instances: `unique_key` makes enqueueing
-- idempotent, a claim takes a lease (`locked_by`, `locked_until`), and finishing
-- checks the lease.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL,
    unique_key   TEXT NOT NULL,
    subject      TEXT,
    due_at       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    last_error   TEXT,
    outcome      TEXT,
    locked_by    TEXT,
    locked_until TEXT,
    created_at   TEXT NOT NULL,
    finished_at  TEXT,
    CONSTRAINT jobs_unique_key UNIQUE (unique_key)
);
CREATE INDEX jobs_due ON jobs(status, due_at);
CREATE INDEX jobs_subject ON jobs(subject, status);

-- What partners are told in the portal, one row per recipient.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    event           TEXT NOT NULL,
    unique_key      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    read_at         TEXT,
    CONSTRAINT notifications_unique_key UNIQUE (unique_key)
);
CREATE INDEX notifications_user ON notifications(user_id, read_at);

-- E-mail written in the same transaction as its event; the job runner delivers it.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    unique_key      TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    to_address      TEXT NOT NULL,
    lang            TEXT NOT NULL,
    event           TEXT NOT NULL,
    invoice_id      INTEGER REFERENCES invoices(id),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    CONSTRAINT outbox_unique_key UNIQUE (unique_key)
);

-- The order a checkout charges, recorded when Buy starts charging, so that finishing
-- (or reconciling after a crash) writes exactly what was charged; and the partner's
-- choice of automatic renewal made on the review page.
ALTER TABLE checkouts ADD COLUMN quote TEXT;
ALTER TABLE checkouts ADD COLUMN auto_renewal_choice TEXT;
ALTER TABLE checkouts ADD COLUMN charging_since TEXT;
