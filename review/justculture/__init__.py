"""The just-culture decision aid: acts, assessments walked question by question, agreed outcomes."""
