"""Custom actions for the evening reflection, split by concern."""
