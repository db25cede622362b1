"""What the tests and the benchmarks share: build mail, run the servers, make records and configs.

- ``mail``: the one message builder, attachments, the shipped examples, decoders of what the bot sends.
- ``servers``: the real Dovecot (IMAP) and aiosmtpd (SMTP) test bed on 127.0.0.1.
- ``mailmix``: a mixed info@cites.org mailbox (requests, follow-ups, auto-replies, unrelated mail).
- ``records``: request records and stores that hold them.
- ``configs``: the [imap]/[smtp] sections for the test bed, and config files for subprocesses.
- ``corpora``: the generated extraction corpora, for the benchmarks.

bench/ imports from here, never from a test module.
"""
