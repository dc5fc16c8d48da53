"""The tools that help a reader act: fill-in letters, the court-deadline counter, the loan-cost calculator."""
