"""Loop recognition: withhold a reply only when the exchange looks like a loop (pure).

Why not a flat count of replies per sender: a Management Authority sending
ten nominations in ten messages is ten acknowledgements owed, and a cap of
three silenced seven of them with nothing said anywhere (issue 12). Loops
have a look of their own:

* **auto-reply signals** (``Auto-Submitted``, ``Precedence``, out-of-office
  subjects, delivery reports): the classifier makes those ``auto_reply``,
  which is never answered at all;
* **the same content again**: a message from the same address whose content
  (own words, details, cited references, subject without "Re:") we already
  answered :data:`SAME_CONTENT_ROUNDS` times in the last day;
* **a burst answering our own replies**: a message in the thread of one of
  our replies when we already wrote to that address :data:`BURST_ROUNDS`
  times within :data:`BURST_WINDOW` -- an autoresponder without
  ``Auto-Submitted`` that answers every reply stops after a few rounds.

``[intake] max_replies_per_sender_per_day`` stays as a last backstop, far
above what a busy Party sends. Every reply withheld goes to the "needs a
person" queue, so a person sees what the bot did not answer.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from intakebot.config import Config
from intakebot.decisions.view import StoreView
from intakebot.records import FIELDS, Analysis, Nominee

SAME_CONTENT_WINDOW = timedelta(hours=24)
#: A person may well send the same thing twice ("did you get it?"); a third time in a day is a loop.
SAME_CONTENT_ROUNDS = 2
BURST_WINDOW = timedelta(hours=1)
BURST_ROUNDS = 3

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|tr|fw|fwd|rv|ref|r)\s*(\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE)


def fingerprint(analysis: Analysis, nominees: list[Nominee]) -> str:
    """What a message says, as a hash: the same content again has the same fingerprint."""
    subject = _REPLY_PREFIX.sub("", analysis.subject).strip().casefold()
    parts = [analysis.sender.lower(), subject, " ".join(analysis.own_words.split()).casefold(),
             *sorted(set(analysis.references))]
    parts += ["|".join((n.value(k) or "").casefold() for k in FIELDS) for n in nominees]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def answers_our_reply(analysis: Analysis, view: StoreView) -> bool:
    """In-Reply-To/References name one of our replies to a Party."""
    for mid in analysis.thread_ids:
        item = view.outbox_item(mid)
        if item is not None and not item.internal:
            return True
    return False


def withhold_reason(analysis: Analysis, fp: str, view: StoreView, cfg: Config, now: datetime) -> str:
    """Why the reply to this message looks like a loop ('' when it does not)."""
    sender = analysis.sender.lower()
    if view.answered_before(sender, fp, now - SAME_CONTENT_WINDOW) >= SAME_CONTENT_ROUNDS:
        return "the same content was answered already"
    if answers_our_reply(analysis, view) and view.replies_to(sender, now - BURST_WINDOW) >= BURST_ROUNDS:
        return f"a burst of answers to our replies ({BURST_ROUNDS} replies within {BURST_WINDOW})"
    if view.replies_to(sender, now - timedelta(hours=24)) >= cfg.intake.max_replies_per_sender_per_day:
        return "the daily backstop of replies to this address was reached"
    return ""
