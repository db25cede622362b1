"""One message handed over directly by the mail server (LMTP): the same stages as a poll, for one.

Why apart from :mod:`.poll`: there is no source to acknowledge and no batch;
the MTA's 250 is the acknowledgement, so this raises when the commit cannot
be made (the LMTP server then answers 451 and the MTA keeps the message), and
a message nobody else will see is kept for a person in the people folder.
"""

from __future__ import annotations

import logging

from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.records import RawMail
from intakebot.run import people_folder
from intakebot.run.commit import composer
from intakebot.run.poll import Deliver, prepare, process_in
from intakebot.run.report import MessageResult
from intakebot.store import Store

log = logging.getLogger("intakebot.run.poll")  # the name it logged under before it moved here

__all__ = ["process_raw"]


def process_raw(
    data: bytes, source: str, *, store: Store, deliver: Deliver, cfg: Config, clock: Clock
) -> MessageResult:
    """Process one message handed over directly (LMTP): commit, then deliver.

    Raises only when the store or the people folder cannot be written, so
    the LMTP server can answer 451 and the MTA keeps the message.
    """
    mail = RawMail(data=data, source_key="", size=len(data), received_at=clock.now())
    prepared = prepare(mail, store.read(), cfg, clock.now())  # outside the lock
    with store.transaction() as tx:
        result = process_in(tx, mail, prepared, cfg=cfg, now=clock.now(), source=source,
                            compose=composer(cfg, clock.now()))
    people_folder.keep_if_unsettled(cfg.lmtp.people_maildir, data, result.key, result.ack, store.read())
    try:
        deliver()
    except Exception:  # noqa: BLE001 - committed; the daemon's flush retries
        log.exception("outbox flush after LMTP delivery failed; will retry")
    return result
