"""Issue 12 item 4: loop protection that recognises loops and silences nobody else.

Over the real test bed: ten distinct nominations from one Management Authority
are all acknowledged (the old flat cap answered three), and an autoresponder
that answers every reply without ``Auto-Submitted`` is stopped after a few
rounds, with the withheld reply in the "needs a person" queue.
"""

from __future__ import annotations

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.run.app import App
from tests.support.exchange import autoresponder_answer, nomination, turn
from tests.support.mail import subject_of
from tests.support.servers import Dovecot, SmtpSink

MA = "cites.focal@environment.go.ke"


def test_ten_distinct_nominations_from_one_management_authority_are_all_acknowledged(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config
) -> None:
    app = App(imap_config, FixedClock())
    raws = [nomination({"Name": f"Officer{i}", "Surname": f"Kamau{i}", "Official email address": f"o{i}@kws.go.ke"},
                       sender=MA, message_id=f"<nom-{i}@environment.go.ke>") for i in range(10)]
    replies = turn(app, smtp, dovecot, *raws)
    assert sorted(str(r["In-Reply-To"]) for r in replies) == sorted(f"<nom-{i}@environment.go.ke>" for i in range(10))
    assert all("Request received" in subject_of(r) for r in replies)
    assert app.store.read().attention() == []


@pytest.mark.parametrize("vary", [False, True], ids=["same-answer", "numbered-answers"])
def test_an_autoresponder_ping_pong_stops_after_a_few_rounds(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, vary: bool
) -> None:
    app = App(imap_config, FixedClock())
    sender = "away@customs.go.ke"
    [reply] = turn(app, smtp, dovecot, nomination({"Official email address": sender}, drop=("Contact number",),
                                                  sender=sender, message_id="<start@customs.go.ke>"))
    rounds = 0
    while rounds < 20:
        answered = turn(app, smtp, dovecot, autoresponder_answer(reply, rounds, sender=sender, vary=vary))
        rounds += 1
        if not answered:
            break
        [reply] = answered
    assert rounds <= 4, f"the bot answered the autoresponder {rounds} times"
    items = app.store.read().attention()
    print([(i.reason, i.detail) for i in items])
    [item] = [i for i in items if i.reason == "reply_withheld"]
    assert item.sender == sender
    assert "same content" in item.detail if not vary else "burst" in item.detail
