-- The seller's bank account an invoice awaiting a bank transfer asks to be paid into,
-- as it was when the invoice was issued (SELLER_IBAN, SELLER_BIC). Empty for invoices
-- paid by card.
ALTER TABLE invoices ADD COLUMN seller_iban TEXT;
ALTER TABLE invoices ADD COLUMN seller_bic TEXT;
