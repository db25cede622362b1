"""Issue 12: an approval or rejection that failed waits for a person, over the real Dovecot and SMTP listener.

Each path by which a reviewer's decision can fail is played for real: a
mailed command from the reviewer that cannot be carried out, a CLI verb that
passed validation and failed, the decision's notice refused by the SMTP
server or bounced. Each ends as one ``review_failed`` item with the message,
the reviewer, what was asked and why; a forged command does not.
"""

from __future__ import annotations

from email import message_from_string
from pathlib import Path

import pytest
from click.testing import CliRunner

from intakebot.attention import AttentionItem
from intakebot.cli import main
from tests.support.mail import bounce_of
from tests.support.review import REVIEWER, ReviewBed, link_for
from tests.support.servers import Dovecot, SmtpSink
from tests.test_review_by_mail import ENGLISH, OTHER, request


@pytest.fixture
def bed(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink) -> ReviewBed:
    return ReviewBed(tmp_path, dovecot, smtp)


def failed(bed: ReviewBed) -> list[AttentionItem]:
    return [i for i in bed.store.read().attention() if i.reason == "review_failed"]


def test_a_mailed_rejection_with_an_unknown_reason_code_waits_for_a_person(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "REJECT")
    mid = bed.send(subject, body.replace("Reason: not_official", "Reason: no_such_code"))
    bed.poll()
    assert bed.store.read().request(rec.reference).status == "pending_review"  # type: ignore[union-attr]
    [item] = failed(bed)
    assert (item.message_id, item.sender, item.references) == (mid, REVIEWER, (rec.reference,))
    assert item.excerpt.startswith(f"REJECT {rec.reference} reason=no_such_code")
    assert "no_such_code" in item.detail
    bed.poll()  # fetched again (or not): never a second item
    assert len(failed(bed)) == 1


def test_a_mailed_approval_with_a_stale_token_waits_for_a_person(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "CORRECT")
    bed.send(subject, body.replace("Surname: Kone", "Surname: Koné"))
    bed.poll()
    _to, subject, body = link_for(review.message, "APPROVE")  # issued before the correction
    mid = bed.send(subject, body)
    bed.poll()
    [item] = failed(bed)
    assert (item.message_id, item.sender) == (mid, REVIEWER) and "earlier version" in item.detail


def test_why_a_mailed_command_failed_is_kept_in_the_secretariats_language(
    tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink
) -> None:
    bed = ReviewBed(tmp_path, dovecot, smtp, extra={"secretariat": {"language": "fr"}})
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "CORRECT")
    bed.send(subject, body.replace("Surname: Kone", "Surname: Koné"))
    bed.poll()
    _to, subject, body = link_for(review.message, "APPROVE")  # issued before the correction
    bed.send(subject, body)
    bed.poll()
    [item] = failed(bed)
    assert "version antérieure" in item.detail and "earlier version" not in item.detail
    assert item.detail.startswith(f"APPROVE {rec.reference}")  # the command words stay the bot's


def test_a_forged_approval_is_refused_but_never_queued_as_a_reviewers_decision(bed: ReviewBed) -> None:
    rec, review = request(bed)
    other, _ = request(bed, ENGLISH, OTHER, n=2)
    _to, subject, body = link_for(review.message, "APPROVE")
    bed.send(subject, body, auth=None)  # no authentication result: the From may be forged
    bed.send(subject, body, sender="someone@gov.example")  # not a reviewer
    forged = body.replace(rec.reference, other.reference)  # a token that is not for this command
    bed.send(forged.splitlines()[0], forged)
    bed.poll()
    assert [r.status for r in bed.store.read().requests()] == ["pending_review", "pending_review"]
    assert failed(bed) == []


def test_a_cli_approval_whose_notice_cannot_be_composed_fails_and_waits_for_a_person(bed: ReviewBed) -> None:
    rec, _review = request(bed)
    with bed.store.transaction() as tx:
        broken = tx.request(rec.reference)
        assert broken is not None
        broken.sender = "nobody"  # no address any notice can go to
        tx.put_request(broken)
    # Validation first: an unknown reference is the operator's typo, said on the terminal, nothing queued.
    typo = CliRunner().invoke(main, ["--config", str(bed.config_path), "requests", "approve", "CUG-2026-0999",
                                     "--as", "alice"])
    assert typo.exit_code == 2 and failed(bed) == []
    out = CliRunner().invoke(main, ["--config", str(bed.config_path), "requests", "approve", rec.reference,
                                    "--as", "alice"])
    assert out.exit_code == 2 and "cannot compose" in out.output
    assert bed.store.read().request(rec.reference).status == "pending_review"  # type: ignore[union-attr]
    [item] = failed(bed)
    assert item.sender == "secretariat:alice" and item.references == (rec.reference,)
    assert item.excerpt == f"APPROVE {rec.reference} (command line)" and "cannot compose" in item.detail


def test_an_approval_notice_refused_by_the_smtp_server_waits_for_a_person(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "APPROVE")
    mid = bed.send(subject, body)
    bed.smtp.refuse_with = "550 5.1.1 mailbox unavailable"
    bed.poll()
    assert bed.store.read().request(rec.reference).status == "approved"  # type: ignore[union-attr]
    [item] = failed(bed)  # the reviewer's confirmation was refused too: not a decision's notice
    assert (item.message_id, item.sender, item.references) == (mid, REVIEWER, (rec.reference,))
    assert item.excerpt.startswith("approved") and "550" in item.detail and "approval notice" in item.detail


def test_a_bounced_approval_notice_waits_for_a_person(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "APPROVE")
    bed.send(subject, body)
    bed.poll()
    [notice] = [o for o in bed.store.read().outbox() if o.template == "approval"]
    assert failed(bed) == []
    bed.deliver(bounce_of(message_from_string(notice.message)))
    bed.poll()
    [item] = failed(bed)
    assert item.references == (rec.reference,) and "bounced" in item.detail and item.sender == REVIEWER
