-- Sessions that end everywhere at once: every sign-in cookie carries its account's security stamp, and each request
-- compares it with this column (cached a few seconds per node). Signing out, disabling an account or changing its role
-- or raw-text permission gives it a new stamp, so every older cookie of that account, on every node, stops working.
ALTER TABLE users ADD COLUMN security_stamp uuid NOT NULL DEFAULT gen_random_uuid();
