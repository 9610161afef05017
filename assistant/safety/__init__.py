"""Safety first: the rule screen for talk of self-harm or abuse, and its patterns as data."""
