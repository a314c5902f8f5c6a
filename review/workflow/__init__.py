"""The report's life as an explicit state machine (DESIGN.md section 2), its history and settings."""
