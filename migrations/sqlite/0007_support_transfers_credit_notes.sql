-- Support requests with their timeline, bank transfers settled by staff (orders and
-- invoices that can be cancelled, a first purchase whose subscription starts on
-- payment), credit notes, what a competency still misses, and sandbox refunds.
-- SQLite cannot change a column's NOT NULL or CHECK in place, so orders, invoices and
-- support requests are rebuilt. Foreign keys stay on: the new invoices table refers
-- to the new orders table, whose rename to `orders` rewrites that reference, so no
-- row ever points at a dropped table.

CREATE TABLE orders_new (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    checkout_key    TEXT NOT NULL,
    subscription_id INTEGER REFERENCES subscriptions(id),
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
    status          TEXT NOT NULL CHECK (status IN ('paid', 'awaiting-payment', 'cancelled')),
    exception_id    TEXT,
    created_at      TEXT NOT NULL,
    paid_on         TEXT,
    cancelled_on    TEXT,
    CONSTRAINT orders_number_unique UNIQUE (number),
    CONSTRAINT orders_checkout_unique UNIQUE (checkout_key)
);
INSERT INTO orders_new (id, number, organization_id, user_id, checkout_key, subscription_id, offer_code, kind, period_from, period_to,
    new_anniversary, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, exception_id, created_at)
SELECT id, number, organization_id, user_id, checkout_key, subscription_id, offer_code, kind, period_from, period_to,
    new_anniversary, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, exception_id, created_at
FROM orders;

CREATE TABLE invoices_new (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    order_id          INTEGER NOT NULL REFERENCES orders_new(id),
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
    status            TEXT NOT NULL CHECK (status IN ('paid', 'awaiting-payment', 'cancelled')),
    due_on            TEXT,
    payment_reference TEXT,
    exception_id      TEXT,
    paid_on           TEXT,
    CONSTRAINT invoices_number_unique UNIQUE (number),
    CONSTRAINT invoices_year_sequence_unique UNIQUE (year, sequence),
    CONSTRAINT invoices_order_unique UNIQUE (order_id)
);
INSERT INTO invoices_new (id, number, year, sequence, order_id, organization_id, issued_on, seller_name, seller_address, seller_vat_id,
    seller_country, buyer_name, buyer_partner_id, buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country,
    buyer_vat_id, offer_code, period_from, period_to, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment,
    payment_method, status, due_on, payment_reference, exception_id, paid_on)
SELECT id, number, year, sequence, order_id, organization_id, issued_on, seller_name, seller_address, seller_vat_id,
    seller_country, buyer_name, buyer_partner_id, buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country,
    buyer_vat_id, offer_code, period_from, period_to, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment,
    payment_method, status, due_on, payment_reference, exception_id, CASE WHEN status = 'paid' THEN issued_on END
FROM invoices;
DROP TABLE invoices;
DROP TABLE orders;
ALTER TABLE orders_new RENAME TO orders;
ALTER TABLE invoices_new RENAME TO invoices;
CREATE INDEX orders_org ON orders(organization_id, created_at);
CREATE INDEX orders_subscription ON orders(subscription_id, status);
CREATE INDEX invoices_org ON invoices(organization_id, issued_on);

CREATE TABLE support_requests_new (
    id                  INTEGER PRIMARY KEY,
    organization_id     INTEGER NOT NULL REFERENCES organizations(id),
    user_id             INTEGER NOT NULL REFERENCES users(id),
    subscription_id     INTEGER REFERENCES subscriptions(id),
    category            TEXT NOT NULL,
    problem_type        TEXT NOT NULL,
    subject             TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'waiting-partner', 'resolved', 'closed')),
    assigned_to         INTEGER REFERENCES users(id),
    cancellation_effect TEXT CHECK (cancellation_effect IN ('now', 'end-of-term')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
INSERT INTO support_requests_new (id, organization_id, user_id, subscription_id, category, problem_type, subject, description, status,
    cancellation_effect, created_at, updated_at)
SELECT id, organization_id, user_id, subscription_id, category, problem_type, '', description,
    CASE status WHEN 'completed' THEN 'resolved' ELSE status END,
    CASE WHEN subscription_id IS NOT NULL THEN 'end-of-term' END, created_at, updated_at
FROM support_requests;
DROP TABLE support_requests;
ALTER TABLE support_requests_new RENAME TO support_requests;
CREATE INDEX support_requests_org ON support_requests(organization_id, created_at);
CREATE INDEX support_requests_status ON support_requests(status, created_at);

-- The timeline of a support request: messages between partner and staff, and what
-- happened (status, assignment, the outcome of a cancellation).
CREATE TABLE support_events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES support_requests(id),
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    side        TEXT NOT NULL CHECK (side IN ('partner', 'staff', 'system')),
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    status      TEXT
);
CREATE INDEX support_events_request ON support_events(request_id, at);

-- Credit notes: their own gapless series per year, each crediting one invoice.
CREATE TABLE credit_note_counters (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);
CREATE TABLE credit_notes (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL,
    year            INTEGER NOT NULL,
    sequence        INTEGER NOT NULL,
    invoice_id      INTEGER NOT NULL REFERENCES invoices(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    issued_on       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    currency        TEXT NOT NULL,
    net_minor       INTEGER NOT NULL,
    vat_minor       INTEGER NOT NULL,
    total_minor     INTEGER NOT NULL,
    refund_reference TEXT,
    CONSTRAINT credit_notes_number_unique UNIQUE (number),
    CONSTRAINT credit_notes_year_sequence_unique UNIQUE (year, sequence),
    CONSTRAINT credit_notes_invoice_unique UNIQUE (invoice_id)
);
CREATE INDEX credit_notes_org ON credit_notes(organization_id, issued_on);

-- What a competency area still misses for its requirements (codes, comma-separated).
ALTER TABLE competency_status ADD COLUMN missing TEXT NOT NULL DEFAULT '';

CREATE TABLE sandbox_refunds (
    idempotency_key TEXT PRIMARY KEY,
    charge_key      TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    reference       TEXT NOT NULL,
    refunded_at     TEXT NOT NULL
);
