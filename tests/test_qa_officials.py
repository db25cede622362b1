"""QA: mail as officials write it, through the real pipeline (local Maildir in and out)."""

from __future__ import annotations

import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.digest import build_digest
from intakebot.run.app import App
from tests.support.mail import bounce_of

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_n = 0


def deliver(cfg: Config, raw: bytes) -> None:
    global _n
    _n += 1
    new = cfg.maildir.inbox / "new"
    for sub in ("new", "cur", "tmp"):
        (cfg.maildir.inbox / sub).mkdir(parents=True, exist_ok=True)
    (new / f"{int(time.time())}.qa{_n}.host").write_bytes(raw)


def outbox(cfg: Config) -> list[EmailMessage]:
    box = cfg.maildir.outbox / "new"
    if not box.exists():
        return []
    return [message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted(box.iterdir())]


def poll(cfg: Config, clock: FixedClock) -> None:
    App(cfg, clock).poll_once()


def test_a_bounced_reply_is_one_failed_delivery_in_the_digest(local_config: Config, clock: FixedClock) -> None:
    deliver(local_config, (EXAMPLES / "02-fr-incomplete.eml").read_bytes())
    poll(local_config, clock)
    [reply] = outbox(local_config)
    deliver(local_config, bounce_of(reply))
    poll(local_config, clock)
    assert len(outbox(local_config)) == 1  # nobody answers a bounce
    view = App(local_config, clock).store.read()
    [record] = view.requests()
    assert "delivery_failed" in record.flags
    digest = build_digest(view, local_config, clock.now())
    rows = [row for row in digest.failed if record.reference in row.references]
    assert len(rows) == 1, digest.failed
    assert digest.text.count(record.reference) == 2  # once under incomplete, once under failed



def test_the_sender_name_is_in_the_language_of_the_reply(local_config: Config, clock: FixedClock) -> None:
    for name in ("01-en-complete", "02-fr-incomplete", "03-es-complete"):
        deliver(local_config, (EXAMPLES / f"{name}.eml").read_bytes())
    poll(local_config, clock)
    names = {str(m["To"]): (m["From"].addresses[0].display_name, m["Reply-To"].addresses[0].display_name)
             for m in outbox(local_config)}
    assert names == {
        "g.wanjiru@kws.go.ke": ("CITES Secretariat",) * 2,
        "amelie.dubois@douane.finances.gouv.fr": ("Secrétariat CITES",) * 2,
        "cmendoza@profepa.gob.mx": ("Secretaría CITES",) * 2,
    }
    for m in outbox(local_config):
        assert m.as_bytes().isascii()  # the accented name is RFC 2047-encoded, never raw
