"""Issue 13: the Secretariat decides from its mailbox, against the real Dovecot and SMTP listener.

A Party's request arrives; the reviewers get a review mail; a reviewer follows
one of its mailto links (the same subject and body, from their address, with a
passing DMARC/DKIM result of our own receiving server) and the bot carries the
command out. Forged, replayed, misdirected and outsiders' commands are refused
and reported to the reviewers only; a command sent twice is carried out once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from intakebot.cli import main
from intakebot.records import RequestRecord
from tests.support.mail import mail, subject_of, text_of
from tests.support.review import REVIEWER, ReviewBed, link_for, links_of
from tests.support.servers import Dovecot, Received, SmtpSink

OFFICIAL = "a.kone@douanes.gouv.ci"
FRENCH = (
    "Madame, Monsieur,\n\nVeuillez inscrire l'agent suivant :\n\nPays : Côte d'Ivoire\nNom : Kone\n"
    "Prénom : Aminata\nOrganisme : Direction générale des Douanes\nFonction : Inspectrice\n"
    f"Téléphone : +225 27 20 25 10 00\nCourriel : {OFFICIAL}\n\nCordialement\n"
)
OTHER = "p.mwangi@kws.go.ke"
ENGLISH = (
    "Dear Secretariat,\n\nPlease register:\n\nCountry: Kenya\nName: Peter\nSurname: Mwangi\n"
    "Organization: Kenya Wildlife Service\nPosition: Investigator\nContact number: +254 20 2379407\n"
    f"Official email address: {OTHER}\n\nRegards\n"
)


@pytest.fixture
def bed(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink) -> ReviewBed:
    return ReviewBed(tmp_path, dovecot, smtp)


def request(bed: ReviewBed, body: str = FRENCH, sender: str = OFFICIAL, n: int = 1) -> tuple[RequestRecord, Received]:
    """A Party's complete request, polled: the record and the review mail the reviewers got."""
    bed.deliver(mail(body, sender=sender, subject="CUG", message_id=f"<party-{n}@gov.example>"))
    bed.poll()
    [rec] = [r for r in bed.store.read().requests() if r.sender == sender]
    assert rec.status == "pending_review", rec.nominee.problems
    reviews = [r for r in bed.to(REVIEWER) if rec.reference in subject_of(r.message)]
    assert len(reviews) == 1
    return rec, reviews[-1]


def show(bed: ReviewBed, reference: str) -> dict[str, object]:
    out = CliRunner().invoke(main, ["--config", str(bed.config_path), "requests", "show", reference, "--json"])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.output)
    assert isinstance(doc, dict)
    return doc


def refusals(bed: ReviewBed) -> list[str]:
    """The refusal notices' text, its lines joined (text parts are wrapped at 76 columns)."""
    return [" ".join(text_of(r.message).split()) for r in bed.to(REVIEWER) if "refused" in subject_of(r.message)]


def test_review_mail_shows_fields_provenance_and_the_french_notice(bed: ReviewBed) -> None:
    rec, review = request(bed)
    text = text_of(review.message)
    assert "Aminata" in text and "<party-1@gov.example>" in text  # the value and where it came from
    assert "French" in text and "Votre demande" in text  # the notice as the official will read it
    assert {link_for(review.message, verb)[0] for verb in ("APPROVE", "REJECT", "CORRECT", "NOTE")} == {
        "info@cites.org"}
    assert "APPROVE CUG" not in text  # commands only inside the links: a quoting reply cannot repeat them


def test_reviewer_approves_by_sending_the_review_mails_link(bed: ReviewBed) -> None:
    rec, review = request(bed)
    to, subject, body = link_for(review.message, "APPROVE")
    mid = bed.send(subject, body)
    bed.poll()
    doc = show(bed, rec.reference)
    assert doc["status"] == "approved"
    last = doc["history"][-1]  # type: ignore[index]
    assert last["actor"] == REVIEWER and mid in last["evidence"]
    [notice] = bed.to(OFFICIAL)[1:]  # after the acknowledgement
    assert "approuvée" in subject_of(notice.message).lower() or rec.reference in subject_of(notice.message)
    [confirmation] = [r for r in bed.to(REVIEWER) if subject_of(r.message).startswith("Done")]
    assert f"{rec.reference} approved; notice sent in French to {OFFICIAL}" in " ".join(text_of(confirmation.message).split())
    assert refusals(bed) == []


def test_two_identical_approve_mails_make_one_decision_and_one_notice(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "APPROVE")
    bed.send(subject, body)
    bed.send(subject, body)  # sent twice (another Message-ID)
    bed.poll()
    bed.poll()
    assert len(bed.to(OFFICIAL)) == 2  # acknowledgement + one approval notice
    doc = show(bed, rec.reference)
    assert [h["event"] for h in doc["history"]].count("status:approved") == 1  # type: ignore[union-attr,index]
    assert len([r for r in bed.to(REVIEWER) if subject_of(r.message).startswith("Done")]) == 1
    assert refusals(bed) == []


def test_forged_command_without_a_trusted_result_is_refused_and_reported_to_reviewers_only(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "APPROVE")
    bed.send(subject, body, auth=None)  # right From, no authentication result
    bed.send(subject, body, auth="evil.example; dmarc=pass header.from=cites.org", message_id="<f2@x>")
    bed.poll()
    assert show(bed, rec.reference)["status"] == "pending_review"
    notes = refusals(bed)
    assert len(notes) == 2 and all("may be forged" in n for n in notes)
    assert len(bed.to(OFFICIAL)) == 1  # only the acknowledgement: the requester is never told


def test_command_from_a_non_reviewer_is_refused_and_reported_to_reviewers_only(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "APPROVE")
    outsider = "someone@gov.example"
    bed.send(subject, body, sender=outsider)
    bed.poll()
    assert show(bed, rec.reference)["status"] == "pending_review"
    [note] = refusals(bed)
    assert "not a configured reviewer" in note and outsider in note
    assert bed.to(outsider) == [] and len(bed.to(OFFICIAL)) == 1


def test_token_for_another_reference_is_refused(bed: ReviewBed) -> None:
    first, review = request(bed)
    second, _ = request(bed, ENGLISH, OTHER, n=2)
    _to, subject, body = link_for(review.message, "APPROVE")
    forged = body.replace(first.reference, second.reference)
    bed.send(forged.splitlines()[0], forged)
    bed.poll()
    assert show(bed, second.reference)["status"] == "pending_review"
    [note] = refusals(bed)
    assert f"not valid for APPROVE {second.reference}" in note


def test_correction_by_mail_and_a_replayed_token_after_it(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "CORRECT")
    assert "Surname: Kone" in body  # pre-filled with what was read
    bed.send(subject, body.replace("Surname: Kone", "Surname: Koné"))
    bed.poll()
    doc = show(bed, rec.reference)
    assert doc["nominee"]["surname"] == "Koné"  # type: ignore[index]
    assert doc["history"][-1]["event"] == "corrected"  # type: ignore[index]
    # The approve link of the first review mail was for the record before the correction.
    _to, subject, body = link_for(review.message, "APPROVE")
    bed.send(subject, body)
    bed.poll()
    assert show(bed, rec.reference)["status"] == "pending_review"
    [note] = refusals(bed)
    assert "earlier version" in note
    # ... and the reviewers got a fresh review mail whose link works.
    fresh = [r for r in bed.to(REVIEWER) if rec.reference in subject_of(r.message) and "review" in subject_of(r.message)]
    _to, subject, body = link_for(fresh[-1].message, "APPROVE")
    bed.send(subject, body)
    bed.poll()
    assert show(bed, rec.reference)["status"] == "approved"


def test_rejection_with_a_reason_code_is_sent_in_the_requests_language(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, subject, body = link_for(review.message, "REJECT")
    body = body.replace("Reason: not_official", "Reason: unverified").replace("Note: ", "Note: Please ask your CITES office.")
    bed.send(subject, body)
    bed.poll()
    assert show(bed, rec.reference)["status"] == "rejected"
    notice = " ".join(text_of(bed.to(OFFICIAL)[-1].message).split())  # text parts are wrapped
    assert "organe de gestion CITES" in notice  # the code's French text
    assert "Note du Secrétariat : Please ask your CITES office." in notice or \
        "Note du Secrétariat: Please ask your CITES office." in notice
    assert "could not verify" not in notice


def test_bulk_approval_from_the_digest(bed: ReviewBed) -> None:
    from intakebot.mail.digest import send_digest

    first, _ = request(bed)
    second, _ = request(bed, ENGLISH, OTHER, n=2)
    send_digest(bed.app.store, bed.app.flush_outbox, bed.app.cfg, bed.clock.now(), force=True)
    digest = [r for r in bed.to(REVIEWER) if "digest" in subject_of(r.message).lower()][-1]
    assert len(links_of(digest.message)) >= 5  # four per request + approve all
    _to, subject, body = link_for(digest.message, "APPROVE 2")
    bed.send(subject, body)
    bed.poll()
    assert show(bed, first.reference)["status"] == "approved"
    assert show(bed, second.reference)["status"] == "approved"
    [confirmation] = [r for r in bed.to(REVIEWER) if subject_of(r.message).startswith("Done")]
    text = " ".join(text_of(confirmation.message).split())
    assert "notice sent in French" in text and "notice sent in English" in text


def outlook_reply(top: str, original: Received) -> str:
    """An Outlook-style reply: the reviewer's lines, then the original under a From:/Sent: block (no '>')."""
    return (f"{top}\n\nFrom: CITES Secretariat <info@cites.org>\nSent: Monday, 2 March 2026 09:00\n"
            f"Subject: {subject_of(original.message)}\n\n{text_of(original.message)}")


def test_reviewer_approves_by_replying_to_the_review_mail(bed: ReviewBed) -> None:
    rec, review = request(bed)
    bed.send("RE: " + subject_of(review.message), outlook_reply(f"approve {rec.reference}\nThanks", review))
    bed.poll()
    doc = show(bed, rec.reference)
    assert doc["status"] == "approved" and doc["history"][-1]["actor"] == REVIEWER  # type: ignore[index]
    assert refusals(bed) == []


def test_a_reply_never_carries_out_what_it_only_quotes(bed: ReviewBed) -> None:
    rec, review = request(bed)
    _to, _subject, approve = link_for(review.message, "APPROVE")
    quoted = "\n".join("> " + line for line in approve.splitlines())
    bed.send("RE: review", f"Looks fine to me, Anna will decide.\n\nOn Mon, Anna wrote:\n{quoted}\n")
    bed.poll()
    assert show(bed, rec.reference)["status"] == "pending_review"


def test_bulk_approval_by_replying_to_the_digest(bed: ReviewBed) -> None:
    from intakebot.mail.digest import send_digest

    first, _ = request(bed)
    second, _ = request(bed, ENGLISH, OTHER, n=2)
    send_digest(bed.app.store, bed.app.flush_outbox, bed.app.cfg, bed.clock.now(), force=True)
    digest = [r for r in bed.to(REVIEWER) if "digest" in subject_of(r.message).lower()][-1]
    quoted = "\n".join("> " + line for line in text_of(digest.message).splitlines())
    bed.send("Re: digest", f"APPROVE {first.reference}\nAPPROVE {second.reference}\n\nOn Mon, wrote:\n{quoted}\n")
    bed.poll()
    assert show(bed, first.reference)["status"] == "approved"
    assert show(bed, second.reference)["status"] == "approved"
