-- The client addresses each account has signed in from. A failed guess from one of
-- them is throttled only per (account, client address); guesses from anywhere else
-- also count against the account as a whole, so an attacker elsewhere slows
-- themselves down and never locks the owner out (docs/security.md "Throttling").
CREATE TABLE known_clients (
    account         TEXT NOT NULL,
    client          TEXT NOT NULL,
    last_success_at TEXT NOT NULL,
    PRIMARY KEY (account, client)
);
CREATE INDEX known_clients_last_success ON known_clients(last_success_at);

-- A password an admin set (a new user's initial password) must be changed at the
-- first sign-in; 1 until the user has chosen their own.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
