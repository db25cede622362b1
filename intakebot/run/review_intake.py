"""Is this mail a reviewer's commands to the bot? Read before any request classification.

Why before: a reviewer answering a review mail or the digest writes from a
Secretariat address, which the intake leaves alone as "our own mail"; and a
command must never be read as a Party's request. A mail is taken as review
commands when it holds at least one command line and either comes from a
reviewer's address or carries a token (someone else using a review link is
refused and reported, not treated as a request). Mail the bot sent itself
(``Auto-Submitted``), and mail from the bot's other own addresses, never is.

Hostile mail never raises here: anything unreadable is simply not commands.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr

from intakebot.config import Config
from intakebot.decisions.commands import parse
from intakebot.decisions.mail_review import ReviewMail
from intakebot.review_settings import reviewers

MAX_BYTES = 256 * 1024
MAX_TEXT = 64 * 1024
_TAG = re.compile(r"<[^>]*>")


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    content = body.get_content()
    if not isinstance(content, str):
        return ""
    if body.get_content_type() == "text/html":
        content = _TAG.sub("\n", re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", content))
    return content[:MAX_TEXT]


def read(raw: bytes, cfg: Config, source: str = "") -> ReviewMail | None:
    """The review commands of ``raw``, or None when it is not a reviewer's command mail."""
    if len(raw) > MAX_BYTES or b"CUG-" not in raw.upper():
        return None
    try:
        msg = message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        if str(msg.get("Auto-Submitted", "no")).strip().lower() not in ("", "no"):
            return None
        sender = parseaddr(str(msg.get("From", "")))[1].strip().lower()
        is_reviewer = sender in reviewers(cfg)
        if not is_reviewer and sender in cfg.own_addresses:
            return None
        commands = parse(" ".join(str(msg.get("Subject", "")).split()), _text(msg))
        if not commands or not (is_reviewer or any(c.token for c in commands)):
            return None
        return ReviewMail(
            sender=sender,
            message_id=" ".join(str(msg.get("Message-ID", "")).split())[:300],
            subject=" ".join(str(msg.get("Subject", "")).split())[:300],
            commands=tuple(commands),
            auth_results=tuple(str(h) for h in msg.get_all("Authentication-Results") or ()),
            source=source,
        )
    except Exception:  # noqa: BLE001 - untrusted mail: not commands, the intake reads it as usual
        return None
