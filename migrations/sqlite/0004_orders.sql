-- Checkout, orders, payments, invoices, support requests, and the sandbox payment
-- gateway's own records. Money in minor units; dates ISO-8601 text.

-- The card kept for automatic renewal: only the gateway token and what the partner
-- may see (brand, last four digits, expiry); never the number or the CVC.
ALTER TABLE subscriptions ADD COLUMN card_token TEXT;
ALTER TABLE subscriptions ADD COLUMN card_brand TEXT;
ALTER TABLE subscriptions ADD COLUMN card_last4 TEXT;
ALTER TABLE subscriptions ADD COLUMN card_expiry TEXT;

-- One checkout per attempt to buy, renew or reactivate; its key is the idempotency key.
CREATE TABLE checkouts (
    checkout_key    TEXT PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    subscription_id INTEGER REFERENCES subscriptions(id),
    offer_code      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    payment_method  TEXT NOT NULL CHECK (payment_method IN ('card', 'bank-transfer')),
    card_token      TEXT,
    card_brand      TEXT,
    card_last4      TEXT,
    card_expiry     TEXT,
    card_holder     TEXT,
    contact_name    TEXT,
    contact_phone   TEXT,
    contact_email   TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'charging', 'done', 'declined')),
    decline_code    TEXT,
    order_id        INTEGER,
    created_at      TEXT NOT NULL
);
CREATE INDEX checkouts_subscription ON checkouts(subscription_id, status);

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    checkout_key    TEXT NOT NULL,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    offer_code      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    new_anniversary TEXT NOT NULL,
    currency        TEXT NOT NULL,
    net_minor       INTEGER NOT NULL,
    vat_rate_bp     INTEGER NOT NULL,
    vat_minor       INTEGER NOT NULL,
    total_minor     INTEGER NOT NULL,
    vat_treatment   TEXT NOT NULL,
    payment_method  TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('paid', 'awaiting-payment')),
    exception_id    TEXT,
    created_at      TEXT NOT NULL,
    CONSTRAINT orders_number_unique UNIQUE (number),
    CONSTRAINT orders_checkout_unique UNIQUE (checkout_key)
);
CREATE INDEX orders_org ON orders(organization_id, created_at);

-- A payment attempt is written before the gateway is called, so that a crash between
-- the charge and the order is reconciled at the next start and never charged twice.
CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    checkout_key    TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    method          TEXT NOT NULL,
    currency        TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'declined', 'awaiting-transfer')),
    gateway_ref     TEXT,
    decline_code    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CONSTRAINT payments_checkout_unique UNIQUE (checkout_key)
);

-- Gapless invoice numbers per calendar year.
CREATE TABLE invoice_counters (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

CREATE TABLE invoices (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    order_id          INTEGER NOT NULL REFERENCES orders(id),
    organization_id   INTEGER NOT NULL REFERENCES organizations(id),
    issued_on         TEXT NOT NULL,
    seller_name       TEXT NOT NULL,
    seller_address    TEXT NOT NULL,
    seller_vat_id     TEXT NOT NULL,
    seller_country    TEXT NOT NULL,
    buyer_name        TEXT NOT NULL,
    buyer_partner_id  TEXT NOT NULL,
    buyer_address1    TEXT NOT NULL,
    buyer_address2    TEXT NOT NULL,
    buyer_postal_code TEXT NOT NULL,
    buyer_city        TEXT NOT NULL,
    buyer_country     TEXT NOT NULL,
    buyer_vat_id      TEXT NOT NULL,
    offer_code        TEXT NOT NULL,
    period_from       TEXT NOT NULL,
    period_to         TEXT NOT NULL,
    currency          TEXT NOT NULL,
    net_minor         INTEGER NOT NULL,
    vat_rate_bp       INTEGER NOT NULL,
    vat_minor         INTEGER NOT NULL,
    total_minor       INTEGER NOT NULL,
    vat_treatment     TEXT NOT NULL,
    payment_method    TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('paid', 'awaiting-payment')),
    due_on            TEXT,
    payment_reference TEXT,
    exception_id      TEXT,
    CONSTRAINT invoices_number_unique UNIQUE (number),
    CONSTRAINT invoices_year_sequence_unique UNIQUE (year, sequence),
    CONSTRAINT invoices_order_unique UNIQUE (order_id)
);
CREATE INDEX invoices_org ON invoices(organization_id, issued_on);

-- Support requests (cancellations are requested this way, seed 000).
CREATE TABLE support_requests (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    subscription_id INTEGER REFERENCES subscriptions(id),
    category        TEXT NOT NULL,
    problem_type    TEXT NOT NULL,
    description     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'completed')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX support_requests_org ON support_requests(organization_id, created_at);

-- The built-in sandbox gateway's own records (a real gateway keeps these itself).
CREATE TABLE sandbox_cards (
    token      TEXT PRIMARY KEY,
    behaviour  TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE sandbox_charges (
    idempotency_key TEXT PRIMARY KEY,
    token           TEXT NOT NULL,
    currency        TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    outcome         TEXT NOT NULL,
    reference       TEXT NOT NULL,
    charged_at      TEXT NOT NULL
);
