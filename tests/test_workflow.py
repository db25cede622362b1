"""Workflow decisions: records, replies and ledger for each kind of message (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intakebot.analysis.validation import validate
from intakebot.config import Config, from_dict
from intakebot.decisions.intake import Incoming, Outcome, authentication_failed, decide
from intakebot.records import Analysis, Nominee, OutboxItem, iso
from intakebot.run.commit import commit
from intakebot.store import Store, Transaction

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SENDER = "g.wanjiru@kws.go.ke"

COMPLETE = {
    "country": "Kenya",
    "name": "Grace",
    "surname": "Wanjiru",
    "organization": "Kenya Wildlife Service",
    "position": "Senior Investigations Officer",
    "phone": "+254 20 2379407",
    "email": SENDER,
}


def nominee(**overrides: str | None) -> Nominee:
    fields = {**COMPLETE, **overrides}
    return validate(fields, sender=SENDER, provenance={k: "body" for k, v in fields.items() if v})


def analysis(*nominees: Nominee, **kw: object) -> Analysis:
    base: dict[str, object] = {
        "message_id": "<m1@kws.go.ke>",
        "kind": "request",
        "language": "en",
        "sender": SENDER,
        "subject": "Cheetah CUG request",
        "nominees": list(nominees),
    }
    base.update(kw)
    return Analysis(**base)  # type: ignore[arg-type]


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return from_dict(
        {"intake": {"trusted_authserv_ids": ["mx.cites.org"]}}, base_dir=tmp_path, environ={}
    )


def _fake_compose(plan):  # the real renderer is tested in test_replies; here only the queue matters
    return OutboxItem(
        message_id=f"<reply.{plan.seed}@cites.org>",
        to=[plan.to],
        message="(rendered elsewhere)",
        template=plan.template,
        references=plan.references,
        queued_at=iso(NOW),
        next_attempt_at=iso(NOW),
    )


def run(store: Store, cfg: Config, a: Analysis, key: str = "", now: datetime = NOW) -> Outcome:
    with store.transaction() as tx:
        out = decide(a, tx, cfg, now, Incoming(key or a.message_id or "k"))
        return commit(out, tx, now=now, compose=_fake_compose).outcome


def view(store: Store) -> Transaction:
    return store.read()


def test_complete_request_is_queued_for_review_and_acknowledged(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis(nominee()))
    [rec] = view(store).requests()
    assert rec.reference == "CUG-2026-0001"
    assert rec.status == "pending_review"
    assert out.reply is not None and out.reply.template == "acknowledgement"
    assert out.reply.references == ["CUG-2026-0001"]


def test_incomplete_request_gets_a_missing_info_reply(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis(nominee(phone=None)))
    [rec] = view(store).requests()
    assert rec.status == "incomplete"
    assert out.reply is not None and out.reply.template == "missing_info"
    assert out.reply.entries[0].missing == ["phone"]


def test_not_request_leaves_no_record_and_no_reply(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis(kind="not_request"))
    assert out.reply is None
    assert view(store).requests() == []
    assert view(store).seen("<m1@kws.go.ke>").kind == "not_request"  # type: ignore[union-attr]


def test_two_nominees_make_two_records_and_one_reply(store: Store, cfg: Config) -> None:
    second = nominee(name="Peter", surname="Kamau", email="p.kamau@kws.go.ke")
    out = run(store, cfg, analysis(nominee(), second))
    assert [r.reference for r in view(store).requests()] == ["CUG-2026-0001", "CUG-2026-0002"]
    assert out.reply is not None and out.reply.references == ["CUG-2026-0001", "CUG-2026-0002"]
    assert len(view(store).outbox()) == 1


def test_follow_up_with_reference_completes_the_request(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    update = validate({"phone": "+254 20 2379407"}, sender=SENDER, provenance={"phone": "body"})
    out = run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", references=["CUG-2026-0001"],
                                   reference="CUG-2026-0001"))
    [rec] = view(store).requests()
    assert rec.status == "pending_review"
    assert rec.nominee.phone == "+254202379407"
    assert out.reply is not None and out.reply.template == "acknowledgement"
    assert [h.event for h in rec.history][-2:] == ["status:pending_review", "reply:acknowledgement"]


def test_follow_up_from_an_unrelated_address_is_not_merged(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    update = validate({"phone": "+254 20 0000000"}, sender="x@evil.example", provenance={})
    out = run(store, cfg, analysis(update, message_id="<m2@evil.example>", sender="x@evil.example",
                                   references=["CUG-2026-0001"], reference="CUG-2026-0001"))
    [rec] = view(store).requests()
    assert rec.nominee.phone is None
    # Not "no such reference" (it exists), not its status either: a neutral answer, and a person looks.
    assert out.reply is not None and out.reply.template == "received_neutral" and out.reply.entries == []
    assert any(e["kind"] == "unauthorized_follow_up" for e in view(store).events())
    [item] = view(store).attention()
    assert (item.reason, item.references, item.sender) == ("unauthorised_reference", ("CUG-2026-0001",),
                                                          "x@evil.example")


def test_unknown_reference_gets_one_reply_and_no_record(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis(nominee(), references=["CUG-2025-0042"], reference="CUG-2025-0042"))
    assert view(store).requests() == []
    assert out.reply is not None
    assert out.reply.template == "unknown_reference"
    assert out.reply.cited_reference == "CUG-2025-0042"


def test_reply_to_our_notice_is_matched_by_threading(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    [item] = view(store).outbox()
    update = validate({"phone": "+254 20 2379407"}, sender=SENDER, provenance={})
    run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", thread_ids=[item.message_id]))
    [rec] = view(store).requests()
    assert rec.status == "pending_review"


def test_sender_with_one_open_incomplete_request_is_matched(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    update = validate({"phone": "+254 20 2379407"}, sender=SENDER, provenance={})
    run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>"))
    assert [r.status for r in view(store).requests()] == ["pending_review"]


def test_same_official_already_pending_is_not_filed_twice(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee()))
    out = run(store, cfg, analysis(nominee(), message_id="<m2@kws.go.ke>"))
    assert len(view(store).requests()) == 1
    assert out.reply is not None and out.reply.template == "already_on_file"


def test_mail_from_our_own_address_is_never_answered(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis(nominee(), sender="info@cites.org"))
    assert out.reply is None and view(store).requests() == []


def test_ten_distinct_nominations_from_one_address_are_all_acknowledged(store: Store, cfg: Config) -> None:
    """The old flat cap (3 a day) silenced the fourth to tenth; loops are recognised by their look now."""
    outs = [run(store, cfg, analysis(nominee(email=f"o{i}@kws.go.ke", surname=f"Officer{i}"),
                                     message_id=f"<r{i}@k>"), now=NOW + timedelta(minutes=i))
            for i in range(10)]
    assert [o.reply.template if o.reply else None for o in outs] == ["acknowledgement"] * 10
    assert len(view(store).requests()) == 10 and view(store).attention() == []


def test_the_same_message_a_third_time_in_a_day_is_not_answered_but_queued(store: Store, cfg: Config) -> None:
    outs = [run(store, cfg, analysis(nominee(phone=None), message_id=f"<same{i}@k>"),
                now=NOW + timedelta(minutes=i)) for i in range(4)]
    assert [o.reply is not None for o in outs] == [True, True, False, False]
    assert [i.reason for i in view(store).attention()] == ["reply_withheld", "reply_withheld"]
    later = run(store, cfg, analysis(nominee(phone=None), message_id="<same9@k>"), now=NOW + timedelta(hours=25))
    assert later.reply is not None


def test_the_daily_backstop_still_holds_and_queues_what_it_withholds(tmp_path: Path, store: Store) -> None:
    cfg = from_dict({"intake": {"max_replies_per_sender_per_day": 2}}, base_dir=tmp_path, environ={})
    outs = [run(store, cfg, analysis(nominee(email=f"o{i}@kws.go.ke", surname=f"N{i}"), message_id=f"<b{i}@k>"),
                now=NOW + timedelta(minutes=i)) for i in range(3)]
    assert [o.reply is not None for o in outs] == [True, True, False]
    [item] = view(store).attention()
    assert item.reason == "reply_withheld" and item.references == ("CUG-2026-0003",)


def test_dmarc_failure_at_a_trusted_server_means_no_reply(store: Store, cfg: Config) -> None:
    ar = ["mx.cites.org; spf=fail smtp.mailfrom=kws.go.ke; dmarc=fail header.from=kws.go.ke"]
    out = run(store, cfg, analysis(nominee(), auth_results=ar))
    [rec] = view(store).requests()
    assert out.reply is None
    assert "auth_failed" in rec.flags


def test_untrusted_authentication_results_are_ignored() -> None:
    ar = ["forged.example; dmarc=fail header.from=kws.go.ke"]
    assert not authentication_failed(ar, ("mx.cites.org",))
    assert authentication_failed(["mx.cites.org; dmarc=fail"], ("mx.cites.org",))


def test_bounce_of_our_reply_marks_delivery_failed(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    [item] = view(store).outbox()
    run(store, cfg, analysis(kind="auto_reply", message_id="<dsn@mx>", sender="mailer-daemon@mx",
                             bounced_ids=[item.message_id]))
    [rec] = view(store).requests()
    assert "delivery_failed" in rec.flags
    assert view(store).outbox()[0].status == "failed"


def test_a_bare_request_to_join_creates_an_incomplete_record(store: Store, cfg: Config) -> None:
    out = run(store, cfg, analysis())
    [rec] = view(store).requests()
    assert rec.status == "incomplete"
    assert out.reply is not None and out.reply.template == "missing_info"
    assert set(out.reply.entries[0].missing) >= {"name", "surname", "phone"}


def test_decide_does_not_write_the_store(store: Store, cfg: Config) -> None:
    with store.transaction() as tx:
        decide(analysis(nominee()), tx, cfg, NOW, Incoming("k"))
        assert not tx.dirty


def test_each_field_remembers_the_message_it_came_from(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    update = validate({"phone": "+254 20 2379407"}, sender=SENDER, provenance={"phone": "attachment:form.docx"})
    run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", references=["CUG-2026-0001"]))
    [rec] = view(store).requests()
    assert rec.nominee.provenance["phone"] == "<m2@kws.go.ke> attachment:form.docx"
    assert rec.nominee.provenance["surname"] == "<m1@kws.go.ke> body"


def test_reply_about_several_officials_reaches_each_by_threading(store: Store, cfg: Config) -> None:
    second = nominee(name="Peter", surname="Kamau", email="p.kamau@kws.go.ke", phone=None)
    run(store, cfg, analysis(nominee(phone=None), second))
    [item] = view(store).outbox()
    update = validate({"surname": "Kamau", "phone": "+254 20 2379407"}, sender=SENDER, provenance={})
    # Our subject carried "[CUG-2026-0001 +1]": the reply cites only the first reference.
    run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", references=["CUG-2026-0001"],
                             thread_ids=[item.message_id]))
    recs = {r.reference: r for r in view(store).requests()}
    assert recs["CUG-2026-0002"].nominee.phone == "+254202379407"
    assert recs["CUG-2026-0001"].nominee.phone is None


def _set_status(store: Store, ref: str, status: str) -> None:
    with store.transaction() as tx:
        rec = tx.request(ref)
        assert rec is not None
        rec.status = status  # type: ignore[assignment]
        tx.put_request(rec)


def test_details_after_expiry_open_a_new_request(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    _set_status(store, "CUG-2026-0001", "expired")
    update = validate({"phone": "+254 20 2379407"}, sender=SENDER, provenance={})
    out = run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", references=["CUG-2026-0001"]))
    recs = {r.reference: r for r in view(store).requests()}
    assert recs["CUG-2026-0001"].status == "expired"
    assert recs["CUG-2026-0002"].status == "pending_review"
    assert recs["CUG-2026-0002"].nominee.surname == "Wanjiru"
    assert "reopening expired CUG-2026-0001" in recs["CUG-2026-0002"].history[0].detail
    assert out.reply is not None and out.reply.references == ["CUG-2026-0002"]


def test_follow_up_on_an_approved_request_creates_nothing_and_proposes_the_change(
    store: Store, cfg: Config
) -> None:
    run(store, cfg, analysis(nominee()))
    _set_status(store, "CUG-2026-0001", "approved")
    update = validate({"phone": "+254 20 0000001"}, sender=SENDER, provenance={"phone": "body"})
    out = run(store, cfg, analysis(update, message_id="<m2@kws.go.ke>", references=["CUG-2026-0001"]))
    [rec] = view(store).requests()
    assert rec.status == "approved" and rec.nominee.phone == "+254202379407"  # not applied
    assert "proposed_change" in rec.flags
    assert out.reply is not None and out.reply.template == "change_received"
    [item] = view(store).attention()
    assert item.reason == "proposed_change" and item.changes == {"phone": "+254200000001"}
    assert item.provenance == {"phone": "<m2@kws.go.ke> body"}


def test_a_thank_you_note_to_our_acknowledgement_gets_no_reply(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee()))
    out = run(store, cfg, analysis(message_id="<thanks@kws.go.ke>", references=["CUG-2026-0001"]))
    assert out.reply is None
    [rec] = view(store).requests()
    assert "<thanks@kws.go.ke>" in rec.message_ids


def test_a_note_without_the_missing_details_gets_the_notice_again(store: Store, cfg: Config) -> None:
    run(store, cfg, analysis(nominee(phone=None)))
    out = run(store, cfg, analysis(message_id="<soon@kws.go.ke>", references=["CUG-2026-0001"]))
    assert out.reply is not None and out.reply.template == "missing_info"


def test_a_reviewer_answering_the_digest_is_never_answered(tmp_path: Path) -> None:
    """The digest's Reply-To is the inbox the bot reads: a reviewer's answer citing
    references comes back from a digest_to address, which is the Secretariat's own."""
    cfg = from_dict({"secretariat": {"digest_to": ["CUG-Review@cites.org"]}}, base_dir=tmp_path, environ={})
    store = Store(tmp_path / "s.json")
    out = run(store, cfg, analysis(references=["CUG-2026-0001"], reference="CUG-2026-0001",
                                   sender="cug-review@cites.org"))
    assert out.reply is None
    assert out.ledger.kind == "own_mail"
