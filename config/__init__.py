"""Settings and platform: app factory, database, security, crypto, audit, scheduler, CLI."""
