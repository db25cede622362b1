"""A conversation with the bot over the real test bed: mail into Dovecot, one poll, the replies out of aiosmtpd.

The tests of the "needs a person" queue, proposed changes and loop protection
all play an official writing, the bot answering and the official answering
back; these helpers keep that to one line per turn.
"""

from __future__ import annotations

from email.message import Message
from pathlib import Path

from intakebot.clock import FixedClock
from intakebot.config import load
from intakebot.run.app import App
from tests.support.configs import DIGEST_TO, deployment, write_toml
from tests.support.mail import mail, subject_of
from tests.support.servers import Dovecot, SmtpSink

COMPLETE = {
    "Country": "Kenya",
    "Name": "Grace",
    "Surname": "Wanjiru",
    "Organization": "Kenya Wildlife Service",
    "Position": "Senior Investigations Officer",
    "Contact number": "+254 20 2379407",
    "Official email address": "g.wanjiru@kws.go.ke",
}


def letter(body: str, *, sender: str, subject: str, message_id: str, in_reply_to: str = "",
           **headers: str) -> bytes:
    """A plain message as a Party's mail client sends it (CRLF), to the Secretariat."""
    return mail(body, crlf=True, sender=sender, subject=subject, message_id=message_id, in_reply_to=in_reply_to,
                **headers)


def nomination(fields: dict[str, str] | None = None, *, drop: tuple[str, ...] = (), **kw: str) -> bytes:
    """A request to join with the given fields ("Label: value" lines)."""
    values = {**COMPLETE, **(fields or {})}
    lines = "\n".join(f"{k}: {v}" for k, v in values.items() if k not in drop)
    body = f"Dear CITES Secretariat,\n\nWe nominate for the cheetah closed user group:\n\n{lines}\n\nKind regards\n"
    kw.setdefault("subject", "Request to join the cheetah closed user group")
    kw.setdefault("sender", "g.wanjiru@kws.go.ke")
    return letter(body, **kw)  # type: ignore[arg-type]


def deployed(tmp_path: Path, dc: Dovecot, smtp: SmtpSink) -> tuple[Path, App]:
    """A deployment's config file on the test bed (for the CLI) and the App reading it, at a fixed time."""
    config = write_toml(tmp_path / "c.toml", deployment(tmp_path, dc, smtp.host, smtp.port))
    return config, App(load(config), FixedClock())


def deliver(dc: Dovecot, *raws: bytes, flags: tuple[str, ...] = ()) -> None:
    with dc.client() as c:
        for raw in raws:
            c.append("INBOX", raw, flags=flags)


def turn(app: App, smtp: SmtpSink, dc: Dovecot, *raws: bytes) -> list[Message]:
    """Deliver ``raws``, poll once, and return the replies this poll sent to Parties
    (review mail to the reviewers, ``digest_to``, is left out)."""
    before = len(smtp.messages)
    deliver(dc, *raws)
    app.poll_once()
    return [r.message for r in smtp.messages[before:] if r.rcpt_tos != [DIGEST_TO]]


def flags_of(dc: Dovecot, message_id: str) -> set[str]:
    with dc.client() as c:
        c.select_folder("INBOX", readonly=True)
        uids = c.search(["HEADER", "Message-ID", message_id])
        got = c.fetch(uids, ["FLAGS"])
    [item] = got.values()
    return {f.decode() for f in item[b"FLAGS"]} - {"\\Recent"}


def autoresponder_answer(reply: Message, n: int, *, sender: str, vary: bool) -> bytes:
    """What a badly made autoresponder sends back to ``reply``: no Auto-Submitted, no
    Precedence, "Re:" on the subject, in the thread; ``vary`` numbers each answer so
    that only the burst, not the same content, gives it away."""
    body = "Thank you for your message. I am travelling and will answer as soon as possible."
    if vary:
        body += f"\n\nTicket {1000 + n}"
    return letter(body, sender=sender, subject=f"Re: {subject_of(reply)}", message_id=f"<auto-{n}@{sender.split('@')[1]}>",
                  in_reply_to=str(reply["Message-ID"]))
