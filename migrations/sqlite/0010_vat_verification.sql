-- Whether the organization's VAT ID is confirmed ('unverified', 'verified',
-- 'rejected'), and the day it was last decided. Only a verified ID gives reverse
-- charge; saving a different ID makes it unverified again. IDs stored before this
-- column existed start unverified: a Support agent (or VIES) confirms them.
ALTER TABLE organizations ADD COLUMN vat_state TEXT NOT NULL DEFAULT 'unverified';
ALTER TABLE organizations ADD COLUMN vat_checked_on TEXT;
