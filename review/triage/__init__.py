"""Two-reader blind triage, reader assignment, conflicts of interest, the chair's resolution, merging."""
