"""Staff identity: accounts, Argon2id passwords, TOTP, server-side sessions, sign-in throttling."""
