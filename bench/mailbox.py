"""The two things the IMAP benches do to a Dovecot mailbox besides running the bot: fill it, and read
it back as plainly as it can be done (the floor the bot's fetch is compared against)."""

from __future__ import annotations

import email
from email.policy import Policy

from imapclient import IMAPClient

from tests.support.servers import Dovecot


def load(dc: Dovecot, raws: list[bytes]) -> None:
    """Append ``raws`` to the INBOX, 500 to a MULTIAPPEND."""
    with dc.client() as c:
        for i in range(0, len(raws), 500):
            c.multiappend("INBOX", raws[i : i + 500])


def fetch_and_parse_all(dc: Dovecot, policy: Policy, timeout: float) -> int:
    """Fetch every message of the INBOX (200 to a FETCH) and parse it with ``policy``; how many."""
    c = IMAPClient(dc.host, port=dc.port, ssl=False, timeout=timeout)
    c.login(dc.user, dc.password)
    c.select_folder("INBOX", readonly=True)
    uids = c.search("ALL")
    n = 0
    for i in range(0, len(uids), 200):
        for item in c.fetch(uids[i : i + 200], ["BODY.PEEK[]"]).values():
            email.message_from_bytes(item[b"BODY[]"], policy=policy)
            n += 1
    c.logout()
    return n
