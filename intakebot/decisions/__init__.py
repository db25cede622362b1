"""What one message, reminder or review command changes: pure decisions over a read-only store view."""
