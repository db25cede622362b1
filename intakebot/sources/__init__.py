"""Where mail comes from: a Maildir (the embedded default), IMAP, or LMTP."""
