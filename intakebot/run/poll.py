"""The intake cycle: source → triage and analyse → decide → commit → deliver → acknowledge.

The order is the crash-safety argument. A batch's records, queued replies,
ledger entries and the source checkpoint are committed in one atomic write;
only then are replies sent, and only after that is the source told the
message is done (IMAP keyword or move). A crash anywhere leaves each message
either "not yet seen" (it is fetched again, the ledger is empty for it) or
"seen and recorded" (the ledger skips it, the outbox still holds its reply).
The same commit lists the owned messages not yet acknowledged
(``unacknowledged:<source>`` in the state), since the checkpoint it advances
keeps them from being fetched again: the next poll acknowledges that list
first, so a crash before the keyword or move never leaves a request unmarked.

Each batch has two halves around its transaction. Before the store lock,
:func:`prepare_batch` keys each message, settles what the ledger, the bot's
history and the caps decide without reading it, and analyses the rest on
every core, so the lock stays short and the Secretariat's review commands
never wait behind a backlog. Bad mail never raises there; it becomes a
:class:`Prepared` with a ``problem``. Inside the lock, :func:`process_in`
decides each message and commits the outcome. Batches overlap (see
:func:`poll_once`); the order per message does not change.

The stages live one file each (``sources/``, ``analysis/pipeline.py``,
``decisions/intake.py``, ``run/commit.py``, ``mail/outbox.py``); side matters
(health, report, message keys, quarantine) in ``run/``. Every function here
takes what it uses; :class:`~intakebot.run.app.App` wires them at the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from intakebot.analysis import Unprocessable, analyse, needs_isolation
from intakebot.analysis.batch import BatchRun
from intakebot.analysis.sandbox import (
    SandboxCrash,
    SandboxTimeout,
    analyse_isolated,
    analyse_many_isolated,
    pool,
)
from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.decisions.intake import Incoming, decide
from intakebot.decisions.mail_review import ReviewMail
from intakebot.decisions.view import StoreView
from intakebot.records import AckKind, Analysis, RawMail, iso
from intakebot.run import compose_ahead, review_by_mail, review_intake
from intakebot.run.commit import Composer, commit, composer
from intakebot.run.handoff import Deliver, Handoff
from intakebot.run.health import record_health
from intakebot.run.identity import headers, ledger_entry, message_key, ref_log, seen_entry
from intakebot.run.quarantine import quarantine
from intakebot.run.report import MessageResult, PollReport, ack_kind
from intakebot.sources.base import Batch, Source
from intakebot.store import Store, Transaction
from intakebot.store.state import mark_started, read_owed, read_started, write_owed

log = logging.getLogger("intakebot.run.poll")

__all__ = ["Deliver", "Handoff", "Prepared", "poll_once", "prepare", "prepare_batch", "process_in"]


# --------------------------------------------------------------------------- before the lock


@dataclass
class Prepared:
    """A message analysed outside the store lock, ready to be decided on inside it."""

    mail: RawMail
    key: str
    analysis: Analysis | None = None
    problem: tuple[str, str] | None = None  # (quarantine reason, detail)
    skipped: bool = False  # already in the ledger when prepared: not analysed
    before_start: bool = False  # older than the bot's history: left for the Secretariat
    review: ReviewMail | None = None  # a reviewer's commands, not a Party's mail


def history_cutoff(view: StoreView, cfg: Config, now: datetime) -> datetime:
    """Mail received before this is not the bot's to answer.

    On a first deployment the inbox holds years of requests that people have
    already handled: only the last ``backfill_days`` before the first poll are
    taken. Later, after a rescan (new UIDVALIDITY), mail older than
    ``retention_days`` has no ledger entry any more and must not be answered
    again either.
    """
    started = read_started(view)
    first = datetime.fromisoformat(started) if started else now
    return max(
        first - timedelta(days=cfg.intake.backfill_days),
        now - timedelta(days=cfg.storage.retention_days),
    )


def _triage(mail: RawMail, view: StoreView, cfg: Config, now: datetime) -> Prepared | str:
    """What the store and the caps settle before reading: a Prepared, or the key of mail to analyse.

    Apart from the analysis so that only this part reads the store view
    (in the caller's thread) and the analysis can run on other threads.
    """
    key = message_key(mail.data)
    if seen_entry(view, key, mail.data) is not None:
        return Prepared(mail, key, skipped=True)
    received = mail.received_at
    if received is not None and received < history_cutoff(view, cfg, now):
        return Prepared(mail, key, before_start=True)
    if mail.truncated or mail.size > cfg.limits.max_message_bytes:
        return Prepared(mail, key, problem=("oversize", f"message of {mail.size} bytes exceeds the cap"))
    commands = review_intake.read(mail.data, cfg)
    if commands is not None:
        return Prepared(mail, key, review=commands)
    return key


def _read(mail: RawMail, key: str, cfg: Config, isolate: bool) -> Prepared:
    """Analyse one message; bad mail becomes a Prepared with a problem, never a raise."""
    try:
        return Prepared(mail, key, analysis=_analyse(cfg, mail.data, isolate))
    except Unprocessable as e:
        return Prepared(mail, key, problem=(e.code, e.detail))
    except SandboxTimeout as e:
        return Prepared(mail, key, problem=("parse_timeout", str(e)))
    except SandboxCrash as e:
        return Prepared(mail, key, problem=("parse_crash", str(e)))
    except Exception as e:  # noqa: BLE001 - untrusted input must never stop the loop
        return Prepared(mail, key, problem=("parse_error", f"{type(e).__name__}: {e}"))


def prepare(mail: RawMail, view: StoreView, cfg: Config, now: datetime) -> Prepared:
    """Key and analyse one message; never raises for bad mail."""
    triaged = _triage(mail, view, cfg, now)
    return triaged if isinstance(triaged, Prepared) else _read(mail, triaged, cfg, False)


Triaged = tuple[RawMail, "Prepared | str"]


def prepare_batch(mails: list[RawMail], view: StoreView, cfg: Config, now: datetime) -> BatchRun[Triaged, Prepared]:
    """Prepare a batch on every core: the store is read here, then attachment mail is analysed
    in the parsing workers and text mail here (in a large batch, in the workers too); see
    :mod:`intakebot.analysis.batch`."""

    def read(isolate: bool) -> Callable[[Triaged], Prepared]:
        return lambda t: t[1] if isinstance(t[1], Prepared) else _read(t[0], t[1], cfg, isolate)

    def read_many(chunk: list[Triaged]) -> list[Prepared]:
        todo = [(mail, key) for mail, key in chunk if isinstance(key, str)]
        found = iter(analyse_many_isolated([mail.data for mail, _ in todo], cfg.limits, cfg.own_addresses))
        out = []
        for mail, triaged in chunk:
            if isinstance(triaged, Prepared):
                out.append(triaged)
                continue
            r = next(found)
            out.append(Prepared(mail, triaged, problem=r) if isinstance(r, tuple) else Prepared(mail, triaged, analysis=r))
        return out

    return BatchRun(
        [(m, _triage(m, view, cfg, now)) for m in mails],
        expensive=lambda t: not isinstance(t[1], Prepared) and needs_isolation(t[0].data),
        here=read(False),
        isolated=read(True),
        isolated_many=read_many,
        lanes=pool().size,
    )


def _analyse(cfg: Config, data: bytes, isolate: bool) -> Analysis:
    """Extraction, in a killable worker when asked to or when the message carries
    attachments for third-party parsers (PDF, Office, ODF)."""
    limits, own = cfg.limits, cfg.own_addresses
    if not isolate and not needs_isolation(data):
        return analyse(data, limits=limits, own_addresses=own)
    return analyse_isolated(data, limits, own)


# --------------------------------------------------------------------------- inside the lock


def process_in(
    tx: Transaction, mail: RawMail, prepared: Prepared | None = None, *,
    cfg: Config, now: datetime, source: str, compose: Composer | None,
) -> MessageResult:
    """Decide and commit one message inside ``tx`` (analysing it first if not prepared)."""
    if prepared is None:
        prepared = prepare(mail, tx, cfg, now)
    key = prepared.key
    seen = seen_entry(tx, key, mail.data)
    if seen is not None:
        # Acknowledged as it was first classified: a crash between commit and
        # acknowledge would otherwise leave a processed request unmarked forever.
        return MessageResult(key, "duplicate", summary="already processed", ack=ack_kind(seen.kind))
    if prepared.skipped:  # purged from the ledger since: analyse it now
        prepared = prepare(mail, tx, cfg, now)
    if prepared.before_start:
        tx.record_seen(ledger_entry(mail, key, "before_start", "received before the bot's history: left alone",
                               now=now, source=source))
        tx.log_event(now, "before_start")
        return MessageResult(key, "before_start", summary="older than the bot's history: left alone")
    if prepared.problem is not None:
        quarantine(tx, mail, key, *prepared.problem, cfg=cfg, now=now, source=source)
        return MessageResult(key, "quarantined", summary=prepared.problem[0])
    incoming = Incoming(key, mail.received_at, source, mail.mailbox, mail.uidvalidity, mail.uid)
    if prepared.review is not None:
        refs, summary = review_by_mail.process(tx, prepared.review, incoming, cfg=cfg, now=now, compose=compose)
        return MessageResult(key, "review_command", refs, summary=summary)
    assert prepared.analysis is not None
    try:
        outcome = decide(prepared.analysis, tx, cfg, now, incoming)
        outcome = commit(outcome, tx, now=now, compose=compose).outcome
        review_by_mail.announce(tx, outcome.records, cfg, now,
                                ahead=compose if isinstance(compose, compose_ahead.Ahead) else None)
    except Exception as e:  # noqa: BLE001 - a bug on one message must not stop the rest
        # The exception's text may quote the message (an address, a name): the
        # log gets its type, the private quarantine entry the text.
        log.error("message %s could not be processed: %s", ref_log(key), type(e).__name__)
        quarantine(tx, mail, key, "processing_error", f"{type(e).__name__}: {e}", cfg=cfg, now=now, source=source)
        return MessageResult(key, "quarantined", summary="processing_error")
    assert outcome.ledger is not None
    refs = list(outcome.ledger.references)
    log.info("message %s: %s (%s) %s", ref_log(key), outcome.ledger.kind, ", ".join(refs) or "-",
             outcome.summary)
    template = outcome.reply.template if outcome.reply else ""
    return MessageResult(key, outcome.ledger.kind, refs, template, outcome.summary)


# --------------------------------------------------------------------------- after the commit


def _acknowledge_owed(store: Store, source: Source) -> None:
    """Acknowledge what a cycle that died after its commit still owed the source.

    Why: the commit also advances the source checkpoint, so those messages are
    never fetched again; without this they would stay unmarked for good.
    """
    owed = read_owed(store.read(), source.name)
    if not owed:
        return
    source.acknowledge([(o.as_mail(), o.ack) for o in owed])
    with store.transaction() as tx:
        write_owed(tx, source.name, [])


# --------------------------------------------------------------------------- the cycle


def _commit_batch(
    store: Store, source: Source, pairs: list[tuple[RawMail, Prepared]], *, cfg: Config, clock: Clock,
    compose: Composer, checkpoint: tuple[str, object] | None, report: PollReport, handoff: Handoff,
    composed_at: datetime,
) -> list[tuple[RawMail, AckKind]]:
    """Decide and commit prepared messages in one write; with the checkpoint when it is the batch's last.

    A big batch composes its replies on the workers (:mod:`.compose_ahead`);
    when one of them does not compose there, the write is rolled back and the
    batch decided again composing in line.
    """
    if compose_ahead.worth_it(len(pairs)):
        try:
            with compose_ahead.Ahead(cfg, composed_at) as ahead:
                return _write_batch(store, source, pairs, cfg=cfg, clock=clock, checkpoint=checkpoint,
                                    report=report, handoff=handoff, ahead=ahead)
        except compose_ahead.Redo:
            log.info("a batch of %d messages is decided again, composing in line", len(pairs))
    return _write_batch(store, source, pairs, cfg=cfg, clock=clock, checkpoint=checkpoint,
                        report=report, handoff=handoff, compose=compose)


def _write_batch(
    store: Store, source: Source, pairs: list[tuple[RawMail, Prepared]], *, cfg: Config, clock: Clock,
    checkpoint: tuple[str, object] | None, report: PollReport, handoff: Handoff,
    compose: Composer | None = None, ahead: compose_ahead.Ahead | None = None,
) -> list[tuple[RawMail, AckKind]]:
    """One transaction over ``pairs``; the results reach ``report`` only when it commits."""
    done: list[tuple[RawMail, AckKind]] = []
    results: list[MessageResult] = []
    with store.transaction() as tx:
        for mail, prepared in pairs:
            result = process_in(tx, mail, prepared, cfg=cfg, now=clock.now(), source=source.name,
                                compose=ahead or compose)
            result.sender, result.subject = headers(mail.data, "From", "Subject")
            results.append(result)
            assert result.ack is not None
            done.append((mail, result.ack))
        if ahead is not None:
            ahead.fill(tx)
        mark_started(tx, iso(clock.now()))
        if checkpoint is not None:
            if checkpoint[0]:
                tx.set_state(*checkpoint)
            # In the same commit as the checkpoint that hides these messages
            # from the next fetch, with the mail still in flight.
            write_owed(tx, source.name, handoff.owed_with(done))
    report.results.extend(results)
    return done


def _one_batch(
    store: Store, source: Source, batch: Batch, run: BatchRun[Triaged, Prepared], first: dict[int, Prepared],
    *, cfg: Config, clock: Clock, compose: Composer, report: PollReport, handoff: Handoff,
    composed_at: datetime,
) -> None:
    """Decide and commit an analysed batch, and hand it over to be sent and acknowledged.

    ``first`` is what :meth:`BatchRun.ready` returned. Mail still being read
    when the rest is ready (a slow, hostile attachment) does not hold the
    others back: what is ready is committed first without the checkpoint and
    handed over; the late mail and the checkpoint follow in a second commit.
    A crash in between refetches the batch, and the ledger answers the early
    mail as duplicates.
    """
    mails, checkpoint = batch.mails, (batch.checkpoint_key, batch.checkpoint)
    late = [i for i in range(len(mails)) if i not in first]
    split = bool(late and first)
    if split:
        handoff.send(_commit_batch(store, source, [(mails[i], first[i]) for i in sorted(first)], cfg=cfg,
                                   clock=clock, compose=compose, checkpoint=None, report=report,
                                   handoff=handoff, composed_at=composed_at))
    prepared = run.rest()
    pairs = [(mails[i], prepared[i]) for i in (late if split else range(len(mails)))]
    handoff.send(_commit_batch(store, source, pairs, cfg=cfg, clock=clock, compose=compose,
                               checkpoint=checkpoint, report=report, handoff=handoff, composed_at=composed_at))


def _fetch_next(batches: Iterator[Batch]) -> tuple[Batch | None, Exception | None]:
    """The next batch, or the error fetching it (raised once the batch in hand is committed)."""
    try:
        return next(batches, None), None
    except Exception as e:  # noqa: BLE001 - re-raised by the caller
        return None, e


def poll_once(
    store: Store, source: Source, deliver: Deliver, cfg: Config, clock: Clock,
    progress: Callable[[int], None] | None = None,
) -> PollReport:
    """One full cycle over ``source``. Raises on source failure (recorded in the health).

    Batches overlap: the next one is fetched while this one's analysis
    finishes, and analysed on the parsing workers while this one is decided
    and committed; the previous one is sent meanwhile (:class:`Handoff`).
    """
    report = PollReport()
    composed_at = clock.now()
    compose = composer(cfg, composed_at)
    handoff = Handoff(source, deliver, report)
    try:
        _acknowledge_owed(store, source)
        batches = source.batches(store.read())
        batch = next(batches, None)
        run = prepare_batch(batch.mails, store.read(), cfg, clock.now()) if batch else None
        while batch is not None and run is not None:
            following, failed = _fetch_next(batches)  # fetched while this batch's analysis runs
            first = run.ready()
            following_run = prepare_batch(following.mails, store.read(), cfg, clock.now()) if following else None
            _one_batch(store, source, batch, run, first, cfg=cfg, clock=clock, compose=compose,
                       report=report, handoff=handoff, composed_at=composed_at)
            if progress:
                progress(len(batch.mails))
            if failed is not None:
                handoff.finish()  # what was fetched before the failure is answered and marked
                raise failed
            batch, run = following, following_run
        handoff.finish()
        # Replies left queued by an earlier crash or an SMTP outage go out now too.
        report.add_flush(deliver())
    except Exception as e:
        record_health(store, cfg, clock, error=f"{type(e).__name__}: {e}")
        raise
    finally:
        handoff.close()
    record_health(store, cfg, clock, acknowledged=source.name)
    return report
