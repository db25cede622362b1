"""Outgoing mail: composing replies and the digest, the outbox and its transports."""
