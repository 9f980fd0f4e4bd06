-- Failed sign-ins, for throttling per account and per client address.
CREATE TABLE sign_in_failures (
    id      INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    client  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX sign_in_failures_account ON sign_in_failures(account, at);
CREATE INDEX sign_in_failures_client ON sign_in_failures(client, at);
