"""A held-out extraction corpus, written apart from the one the readers were tuned on."""
