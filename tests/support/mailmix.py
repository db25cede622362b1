"""Build a mixed info@cites.org mailbox: requests, follow-ups, auto-replies, unrelated mail.

Shared by tests/test_intake_imap.py and bench/bench_imap.py so both measure
the same kind of mail. Every message has a unique Message-ID and sender.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

COUNTRIES = [
    ("Kenya", "+254 20 2379407", "kws.go.ke"),
    ("France", "+33 1 44 87 40 00", "douane.finances.gouv.fr"),
    ("South Africa", "+27 12 399 9000", "environment.gov.za"),
    ("Germany", "+49 228 8491 0", "bfn.de"),
    ("Namibia", "+264 61 284 2111", "met.gov.na"),
]


@dataclass
class Mixed:
    raw: bytes
    kind: str  # request / follow_up / auto_reply / unrelated
    message_id: str
    sender: str
    flags: tuple[str, ...] = ()


def _base(i: int, sender: str, subject: str, kind: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@cites.org"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 1, 5, 8, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<{kind}-{i}@mix.example>"
    return msg


def request(i: int, *, missing_phone: bool = False) -> Mixed:
    country, phone, domain = COUNTRIES[i % len(COUNTRIES)]
    sender = f"officer{i}@{domain}"
    msg = _base(i, sender, "Request to join the cheetah closed user group", "request")
    lines = [
        "Dear CITES Secretariat,",
        "",
        "We nominate the following officer for the cheetah closed user group:",
        "",
        f"Country: {country}",
        f"Name: Officer{i}",
        f"Surname: Testperson{i}",
        "Organization: Wildlife Enforcement Unit",
        "Position: Investigations Officer",
    ]
    if not missing_phone:
        lines.append(f"Contact number: {phone}")
    lines += [f"Official email address: {sender}", "", "Kind regards"]
    msg.set_content("\n".join(lines) + "\n")
    return Mixed(msg.as_bytes(policy=SMTP), "request", msg["Message-ID"], sender)


def follow_up(i: int, reference: str, sender: str) -> Mixed:
    country, phone, _ = COUNTRIES[i % len(COUNTRIES)]
    msg = _base(i, sender, f"Re: [{reference}] Request to join the cheetah closed user group", "follow_up")
    msg.set_content(f"Dear Secretariat,\n\nHere is the missing number.\n\nContact number: {phone}\n\nRegards\n")
    return Mixed(msg.as_bytes(policy=SMTP), "follow_up", msg["Message-ID"], sender)


def auto_reply(i: int, reference: str = "") -> Mixed:
    """An out-of-office reply: to one of our replies when it cites ``reference``, else to someone else's mail.

    Only the first kind is the bot's to mark (kind ``auto_reply``); the other
    (kind ``foreign_auto``) is left exactly as it is, like unrelated mail.
    """
    sender = f"away{i}@ministry.example"
    subject = f"Out of Office: Re: [{reference}] Request received" if reference else "Out of Office: CITES Notification"
    msg = _base(i, sender, subject, "auto_reply")
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("I am out of the office until next week with limited access to email.\n")
    kind = "auto_reply" if reference else "foreign_auto"
    return Mixed(msg.as_bytes(policy=SMTP), kind, msg["Message-ID"], sender,
                 () if reference else UNRELATED_FLAGS[i % len(UNRELATED_FLAGS)])


UNRELATED_FLAGS: list[tuple[str, ...]] = [(), ("\\Seen",), ("\\Flagged",), ("\\Seen", "\\Answered"), ("$Label1",)]


def unrelated(i: int) -> Mixed:
    sender = f"person{i}@trade.example"
    msg = _base(i, sender, f"Question about permit {1000 + i}", "unrelated")
    msg.set_content(
        "Hello,\n\nCould you tell me whether an export permit is needed for ivory "
        "carvings bought before 1990? Thank you.\n"
    )
    return Mixed(msg.as_bytes(policy=SMTP), "unrelated", msg["Message-ID"], sender,
                 UNRELATED_FLAGS[i % len(UNRELATED_FLAGS)])
