-- What a checkout's order is based on: the anniversary of the subscription it renews
-- or replaces, or 'new' for a first purchase. Concurrent checkouts with the same basis
-- buy the same term (the second answers with the first's order); a renewal a year
-- later has another basis, so an old finished checkout never stands in for it.
ALTER TABLE checkouts ADD COLUMN basis TEXT;
CREATE INDEX checkouts_org_offer_basis ON checkouts(organization_id, offer_code, basis);
