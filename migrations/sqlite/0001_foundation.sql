-- Organizations (tenants), users, roles, sessions, offers and their prices, competency
-- status, subscriptions, policy exceptions and the audit log.
-- Dates are ISO-8601 text (YYYY-MM-DD), instants RFC 3339 UTC text, money integer
-- minor units with an ISO 4217 currency code.

CREATE TABLE organizations (
    id              INTEGER PRIMARY KEY,
    partner_id      TEXT NOT NULL UNIQUE,
    legal_name      TEXT NOT NULL,
    country         TEXT NOT NULL,
    address_line1   TEXT NOT NULL DEFAULT '',
    address_line2   TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    vat_id          TEXT NOT NULL DEFAULT '',
    preferred_lang  TEXT NOT NULL DEFAULT 'en',
    membership      TEXT NOT NULL DEFAULT 'none' CHECK (membership IN ('none', 'member')),
    enrolled_on     TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER REFERENCES organizations(id),
    email           TEXT NOT NULL,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    lang            TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE prices (
    offer_code   TEXT NOT NULL,
    currency     TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (offer_code, currency)
);

CREATE TABLE competency_status (
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    area            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('complete', 'incomplete')),
    PRIMARY KEY (organization_id, area)
);

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    offer_code      TEXT NOT NULL,
    purchased_on    TEXT NOT NULL,
    anniversary     TEXT NOT NULL,
    auto_renewal    TEXT NOT NULL,
    cancellation    TEXT NOT NULL DEFAULT 'none',
    cancellation_on TEXT,
    exception_id    TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT subscriptions_org_offer_unique UNIQUE (organization_id, offer_code)
);

-- Policy exceptions are dated data (SPEC rule 8): the rule engine reads these rows.
CREATE TABLE policy_exceptions (
    id                  TEXT PRIMARY KEY,
    scope               TEXT NOT NULL,
    rule                TEXT NOT NULL,
    anniversary_from    TEXT,
    anniversary_to      TEXT,
    extend_to_year      INTEGER,
    requirements_exempt INTEGER NOT NULL DEFAULT 0,
    available_from      TEXT,
    available_until     TEXT
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER REFERENCES organizations(id),
    user_id         INTEGER REFERENCES users(id),
    at              TEXT NOT NULL,
    action          TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    client_addr     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_org_at ON audit_log(organization_id, at);
