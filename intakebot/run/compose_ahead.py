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
queues and links as usual, and keeps the plan. Before the transaction ends,
:meth:`Ahead.fill` composes the kept plans on the workers (one job per worker,
both cores) and writes the bodies into the queued items. Nothing is committed
with an empty body. If any plan fails to compose -- a broken template, an
address no reply can go to, a worker that died -- ``fill`` raises
:class:`Redo`, the transaction is rolled back whole, and the caller decides the
batch again composing in line, where that one message is quarantined as
before. A failure costs a second pass, never a different result.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
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


class Redo(IntakebotError):
    """A plan of the batch did not compose on the workers: roll back and decide it again in line."""

    label = "compose"


def worth_it(messages: int) -> bool:
    """Whether a batch of ``messages`` should compose ahead: big enough, and a second core to do it on."""
    return messages >= MIN_BATCH and (os.cpu_count() or 1) >= 2


#: What a worker composes: a reply's plan, or a request's review mail at the clock its decision saw.
Job = ReplyPlan | tuple[RequestRecord, datetime]


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


@dataclass
class Ahead:
    """The composer of a batch that composes ahead: queue now, fill in before the commit."""

    cfg: Config
    now: datetime
    plans: dict[str, Job] = field(default_factory=dict)  # by Message-ID; a recomposition replaces

    def __call__(self, plan: ReplyPlan) -> OutboxItem:
        message_id = message_id_for(plan.seed, self.cfg)
        self.plans[message_id] = plan
        stamp = iso(self.now)
        return OutboxItem(message_id=message_id, to=[plan.to.strip().lower()], message="",
                          template=plan.template, references=list(plan.references),
                          queued_at=stamp, next_attempt_at=stamp)

    def review(self, record: RequestRecord, now: datetime) -> OutboxItem:
        """The review mail of ``record`` to queue now (as :func:`review_mail.review_item` makes it), body to come."""
        message_id = message_id_for(f"{record.reference}:review:v{record.version}", self.cfg)
        self.plans[message_id] = (record, now)
        stamp = iso(now)
        return OutboxItem(message_id=message_id, to=[a.lower() for a in reviewers(self.cfg)], message="",
                          template="review", references=[record.reference], queued_at=stamp,
                          next_attempt_at=stamp, internal=True)

    def fill(self, tx: Transaction) -> int:
        """Compose the queued plans on the workers and write their bodies; how many were filled.

        Raises :class:`Redo` when any of them failed (``tx`` must then be rolled back).
        """
        todo = [(mid, plan, item) for mid, plan in self.plans.items()
                if (item := tx.outbox_item(mid)) is not None and item.message == ""]
        if not todo:
            return 0
        bodies = self._compose([plan for _, plan, _ in todo])
        if any(b is None for b in bodies):
            raise Redo("a reply of the batch did not compose on the workers")
        for (_, _, item), body in zip(todo, bodies, strict=True):
            assert body is not None
            tx.update_outbox(replace(item, message=body))
        return len(todo)

    def _compose(self, plans: list[Job]) -> list[str | None]:
        lanes = max(1, min(2, os.cpu_count() or 1))
        chunks = [plans[i::lanes] for i in range(lanes)]
        with ThreadPoolExecutor(max_workers=lanes, thread_name_prefix="compose") as ex:
            done = list(ex.map(self._compose_chunk, chunks))
        out: list[str | None] = [None] * len(plans)
        for lane, bodies in enumerate(done):
            out[lane::lanes] = bodies
        return out

    def _compose_chunk(self, plans: list[Job]) -> list[str | None]:
        if not plans:
            return []
        cpu = HARD_STOP_GRACE + CPU_PER_PLAN * len(plans)
        try:
            result = run_isolated(compose_many, plans, self.cfg, self.now,
                                  timeout=cpu * WALL_FACTOR + HARD_STOP_GRACE, cpu_seconds=cpu)
        except (SandboxCrash, SandboxTimeout, OSError) as e:
            log.warning("composing %d replies on a worker failed (%s): the batch is composed in line",
                        len(plans), type(e).__name__)
            return [None] * len(plans)
        assert isinstance(result, list) and len(result) == len(plans)
        return result
