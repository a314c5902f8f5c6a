"""Working-day clocks, overdue reminders and the staff home's queue clocks (DESIGN.md section 6)."""
