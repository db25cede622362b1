"""The review-by-mail test bed: a deployment whose reviewers decide from their mailbox.

``ReviewBed`` wires the real Dovecot (the bot's inbox), the real SMTP listener
(everything the bot sends) and a config with a trusted receiving server, so a
test reads like the Secretariat's day: a Party writes, the reviewer gets a
review mail, follows one of its ``mailto:`` links, and the bot acts.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from dataclasses import dataclass, field
from email.message import Message
from itertools import count
from pathlib import Path

from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict
from intakebot.run.app import App
from intakebot.store import Store
from tests.support.configs import DIGEST_TO, imap_settings, smtp_settings, write_toml
from tests.support.mail import bodies, mail, parse
from tests.support.servers import Dovecot, Received, SmtpSink

TRUSTED = "mx.cites.org"
REVIEWER = DIGEST_TO

_HREF = re.compile(r'href="(mailto:[^"]+)"')


def passing(domain: str) -> str:
    """An Authentication-Results header of our own receiving server: DMARC and DKIM passed for ``domain``."""
    return f"{TRUSTED}; spf=pass smtp.mailfrom={domain}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"


def mailto_parts(url: str) -> tuple[str, str, str]:
    """(to, subject, body) of a ``mailto:`` link, decoded as a mail client does."""
    parsed = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qs(parsed.query)
    return urllib.parse.unquote(parsed.path), query.get("subject", [""])[0], query.get("body", [""])[0]


def links_of(msg: Message) -> list[str]:
    """Every mailto link in the HTML part, HTML-unescaped."""
    _plain, markup = bodies(parse(msg.as_string()))
    return [html.unescape(u) for u in _HREF.findall(markup)]


def link_for(msg: Message, verb: str, reference: str = "") -> tuple[str, str, str]:
    """The (to, subject, body) of the first link whose subject starts with ``verb`` (and names ``reference``)."""
    for url in links_of(msg):
        to, subject, body = mailto_parts(url)
        if subject.startswith(verb) and reference in subject:
            return to, subject, body
    raise AssertionError(f"no {verb} {reference} link in the mail")


@dataclass
class ReviewBed:
    tmp: Path
    dovecot: Dovecot
    smtp: SmtpSink
    clock: FixedClock = field(default_factory=FixedClock)
    extra: dict[str, dict[str, object]] = field(default_factory=dict)
    _ids: count[int] = field(default_factory=lambda: count(1))

    def __post_init__(self) -> None:
        self.sections: dict[str, dict[str, object]] = {
            "imap": imap_settings(self.dovecot, timeout_seconds=15.0),
            "smtp": smtp_settings(self.smtp.host, self.smtp.port),
            "storage": {"path": str(self.tmp / "state" / "intakebot.json")},
            "secretariat": {"digest_to": [REVIEWER]},
            "intake": {"trusted_authserv_ids": [TRUSTED]},
            "logging": {"level": "WARNING"},
        }
        for name, values in self.extra.items():
            self.sections.setdefault(name, {}).update(values)
        self.cfg: Config = from_dict(self.sections, base_dir=self.tmp, environ={})
        self.app = App(self.cfg, self.clock)
        self.config_path = write_toml(self.tmp / "intakebot.toml", self.sections)

    @property
    def store(self) -> Store:
        return self.app.store

    def deliver(self, raw: bytes) -> None:
        with self.dovecot.client() as c:
            c.append("INBOX", raw)

    def poll(self) -> None:
        self.app.poll_once()

    def send(self, subject: str, body: str, *, sender: str = REVIEWER, auth: str | None = "pass",
             message_id: str | None = None) -> str:
        """A reviewer's mail to the bot (``auth``: "pass" for a passing trusted result, None for none)."""
        mid = message_id or f"<review-{next(self._ids)}@cites.org>"
        headers = {}
        if auth == "pass":
            headers["Authentication_Results"] = passing(sender.rpartition("@")[2])
        elif auth:
            headers["Authentication_Results"] = auth
        self.deliver(mail(body, sender=sender, subject=subject, message_id=mid, **headers))
        return mid

    def to(self, address: str) -> list[Received]:
        return [r for r in self.smtp.messages if address in r.rcpt_tos]
