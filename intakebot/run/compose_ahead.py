"""A batch's replies composed on the parsing workers, inside the batch's one transaction.

Why: composing a reply (the words, the echo of what was read, MIME, header
folding) was 43 % of the poller's main thread on a backlog, while the second
core idled (docs/performance.md). Deciding stays on the main thread, in order,
because each decision sees the ones before it in the batch; composing does not
need to: a reply's bytes depend only on its plan, the config and the cycle's
clock, and its Message-ID is a hash of the plan's seed, known without composing.

The review mail a request sends the reviewers when it becomes ready is composed
the same way (:meth:`Ahead.review`): its Message-ID, too, is a hash of a seed
(the reference and the record's version).

How: while the batch is decided, :class:`Ahead` stands in for the composer. It
returns each reply with its Message-ID and an empty body, which the commit
queues and links as usual, and keeps the plan. Every :data:`CHUNK` plans go to
a worker at once, so the workers compose while the main thread decides the rest
of the batch (a plan is pickled when it is sent: what a worker composes is the
plan as it was decided, as the in-line path composes it); before the
transaction ends, :meth:`Ahead.fill` sends the rest, collects the bodies and
writes them into the queued items. Nothing is committed
with an empty body. If any plan fails to compose -- a broken template, an
address no reply can go to, a worker that died -- ``fill`` raises
:class:`Redo`, the transaction is rolled back whole, and the caller decides the
batch again composing in line, where that one message is quarantined as
before. A failure costs a second pass, never a different result.
"""

from __future__ import annotations

import logging
import os
import pickle
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime

from intakebot import review_key
from intakebot.analysis.sandbox import (
    HARD_STOP_GRACE,
    WALL_FACTOR,
    SandboxCrash,
    SandboxTimeout,
    run_isolated,
)
from intakebot.config import Config
from intakebot.errors import IntakebotError
from intakebot.mail import reasons, review_mail
from intakebot.mail.message import message_id_for
from intakebot.mail.outbox import compose
from intakebot.records import OutboxItem, ReplyPlan, RequestRecord, iso
from intakebot.review_settings import reviewers
from intakebot.store import Transaction

log = logging.getLogger("intakebot.run.compose_ahead")

#: Batches smaller than this compose in line: shipping a handful of plans to a
#: worker costs about what composing them here does.
MIN_BATCH = 8

#: CPU seconds a worker may spend per plan (composing one takes milliseconds).
CPU_PER_PLAN = 0.5

#: Plans sent to a worker together while the batch is still being decided: big enough that a job's round
#: trip (a few hundred microseconds) is small beside composing it, small enough that the workers start early.
CHUNK = 24


class Redo(IntakebotError):
    """A plan of the batch did not compose on the workers: roll back and decide it again in line."""

    label = "compose"


def worth_it(messages: int) -> bool:
    """Whether a batch of ``messages`` should compose ahead: big enough, and a second core to do it on."""
    return messages >= MIN_BATCH and (os.cpu_count() or 1) >= 2


#: What a worker composes: a reply's plan, or a request's review mail at the clock its decision saw.
Job = ReplyPlan | tuple[RequestRecord, datetime]


def compose_pickled(blob: bytes, cfg: Config, now: datetime) -> list[str | None]:
    """:func:`compose_many` of jobs the parent pickled when it decided them (run in a worker)."""
    jobs: list[Job] = pickle.loads(blob)  # noqa: S301 -- the parent's own objects, not mail
    return compose_many(jobs, cfg, now)


def compose_many(jobs: list[Job], cfg: Config, now: datetime) -> list[str | None]:
    """Each job's composed message (``None`` where composing failed); run in a worker.

    Only the bytes travel back: everything else of the outbox item the parent
    already has. The review key is read here from its 0600 file, never sent.
    """
    out: list[str | None] = []
    review: tuple[bytes, list[str]] | None = None
    for job in jobs:
        try:
            if isinstance(job, ReplyPlan):
                out.append(compose(job, cfg, now).message)
                continue
            if review is None:
                review = review_key.load_or_create(cfg.review.key_path), list(reasons.load(cfg).codes)
            record, at = job
            out.append(review_mail.review_item(record, cfg, at, *review).message)
        except Exception:  # noqa: BLE001 -- any failure sends the batch back to the in-line path
            out.append(None)
    return out


#: A chunk on its way: the (Message-ID, job) pairs sent, and the future of their bodies.
_Sent = tuple[list[tuple[str, Job]], "Future[list[str | None]]"]


@dataclass
class Ahead:
    """The composer of a batch that composes ahead: queue now, compose on the workers meanwhile, fill in
    before the commit. :meth:`close` it whatever happens (``with``), so no chunk outlives the batch."""

    cfg: Config
    now: datetime
    plans: dict[str, Job] = field(default_factory=dict)  # by Message-ID; a recomposition replaces
    _unsent: list[tuple[str, Job]] = field(default_factory=list)
    _sent: list[_Sent] = field(default_factory=list)
    _pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __call__(self, plan: ReplyPlan) -> OutboxItem:
        message_id = message_id_for(plan.seed, self.cfg)
        self._keep(message_id, plan)
        stamp = iso(self.now)
        return OutboxItem(message_id=message_id, to=[plan.to.strip().lower()], message="",
                          template=plan.template, references=list(plan.references),
                          queued_at=stamp, next_attempt_at=stamp)

    def review(self, record: RequestRecord, now: datetime) -> OutboxItem:
        """The review mail of ``record`` to queue now (as :func:`review_mail.review_item` makes it), body to come."""
        message_id = message_id_for(f"{record.reference}:review:v{record.version}", self.cfg)
        self._keep(message_id, (record, now))
        stamp = iso(now)
        return OutboxItem(message_id=message_id, to=[a.lower() for a in reviewers(self.cfg)], message="",
                          template="review", references=[record.reference], queued_at=stamp,
                          next_attempt_at=stamp, internal=True)

    def _keep(self, message_id: str, job: Job) -> None:
        self.plans[message_id] = job
        self._unsent.append((message_id, job))
        if len(self._unsent) >= CHUNK:
            self._send()

    def _send(self) -> None:
        """Pickle the unsent jobs now (as decided) and hand them to a worker."""
        if not self._unsent:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)),
                                            thread_name_prefix="compose")
        chunk, self._unsent = self._unsent, []
        blob = pickle.dumps([job for _, job in chunk], protocol=pickle.HIGHEST_PROTOCOL)
        self._sent.append((chunk, self._pool.submit(self._compose_chunk, blob, len(chunk))))

    def fill(self, tx: Transaction) -> int:
        """Collect the bodies composed on the workers and write them; how many were filled.

        Raises :class:`Redo` when any of them failed (``tx`` must then be rolled back).
        """
        self._send()
        bodies: dict[str, str | None] = {}
        for chunk, future in self._sent:
            for (mid, job), body in zip(chunk, future.result(), strict=True):
                if self.plans.get(mid) is job:  # (a plan recomposed later replaces an earlier one)
                    bodies[mid] = body
        self._sent = []
        todo = [(mid, item) for mid in self.plans
                if (item := tx.outbox_item(mid)) is not None and item.message == ""]
        if any(bodies.get(mid) is None for mid, _ in todo):
            raise Redo("a reply of the batch did not compose on the workers")
        for mid, item in todo:
            tx.update_outbox(replace(item, message=bodies[mid] or ""))
        return len(todo)

    def _compose_chunk(self, blob: bytes, n: int) -> list[str | None]:
        cpu = HARD_STOP_GRACE + CPU_PER_PLAN * n
        try:
            result = run_isolated(compose_pickled, blob, self.cfg, self.now, urgent=True,  # the commit waits
                                  timeout=cpu * WALL_FACTOR + HARD_STOP_GRACE, cpu_seconds=cpu)
        except (SandboxCrash, SandboxTimeout, OSError) as e:
            log.warning("composing %d replies on a worker failed (%s): the batch is composed in line",
                        n, type(e).__name__)
            return [None] * n
        assert isinstance(result, list) and len(result) == n
        return result
