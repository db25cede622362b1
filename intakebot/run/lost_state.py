"""Refusing to poll on a lost store: the inbox remembers what the store forgot."""

from __future__ import annotations

from collections.abc import Callable

from intakebot.config import ImapConfig
from intakebot.sources.base import Source
from intakebot.store import Store, StoreError


def refuse_lost_state(
    store: Store, imap: ImapConfig | None, source: Callable[[], Source], *, unreachable_ok: bool = False
) -> None:
    """Refuse to poll when the store is missing but the IMAP inbox shows it existed.

    Only a missing store is a first start; the keyword on processed mail is
    the inbox's memory that a store existed, so a missing one was lost (a
    wrong path, a deleted file) and starting afresh would answer everything
    again and restart reference numbers at 0001. ``source`` is the App's
    (built only when needed, and kept for the poll that follows).

    ``unreachable_ok``: ``poll --once`` lets an unreachable or refusing
    server fail in the poll itself, which records the failure for ``status``
    (the poll cannot read the inbox either, so nothing is answered).
    """
    if store.exists() or imap is None:
        return
    # Heavy (imapclient), and only an IMAP setup without a store gets here.
    from intakebot.sources.imap import ImapError, ImapSource

    inbox = source()
    if not isinstance(inbox, ImapSource):
        return
    try:
        lost = inbox.carries_processed_mail()
    except ImapError:
        if not unreachable_ok:
            raise
        inbox.close()
        return
    if lost:
        raise StoreError(
            f"{store.path} is missing but {imap.mailbox} holds mail marked"
            f" {imap.processed_keyword}: the store was lost, this is not a first start;"
            " restore the last backup with `intakebot restore FILE` (not polling)"
        )
