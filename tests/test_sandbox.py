"""The sandbox stops a parser that hangs or eats memory, and hands results back."""

from __future__ import annotations

import time

import pytest

from intakebot.analysis import needs_isolation
from intakebot.analysis.sandbox import SandboxCrash, SandboxTimeout, run_isolated


def hang(seconds: float) -> None:
    time.sleep(seconds)


def eat_memory() -> bytes:
    return b"x" * (4 * 1024 * 1024 * 1024)


def fail_with_value_error() -> None:
    raise ValueError("broken content stream")


def add(a: int, b: int = 0) -> int:
    return a + b


def test_result_comes_back_from_the_child() -> None:
    assert run_isolated(add, 2, b=3, timeout=30) == 5


def test_a_hanging_parser_is_killed_at_the_deadline() -> None:
    with pytest.raises(SandboxTimeout):
        run_isolated(hang, 3600, timeout=1)


def test_a_memory_bomb_is_stopped_by_the_limit() -> None:
    with pytest.raises(SandboxCrash, match="MemoryError"):
        run_isolated(eat_memory, timeout=60, memory_bytes=512 * 1024 * 1024)


def test_an_exception_can_be_rebuilt_or_is_reported() -> None:
    with pytest.raises(SandboxCrash, match="ValueError: broken content stream"):
        run_isolated(fail_with_value_error, timeout=30)
    with pytest.raises(KeyError):
        run_isolated(fail_with_value_error, timeout=30, rebuild=lambda m, n, a, t: KeyError(t))


def test_only_mail_with_attachments_for_third_party_parsers_is_isolated() -> None:
    from tests.support.mail import with_file

    assert needs_isolation(with_file(b"%PDF-1.4", "form.pdf", "pdf"))
    assert needs_isolation(with_file(b"PK", "=?utf-8?b?Zm9ybS5kb2N4?=", "octet-stream"))  # form.docx
    assert not needs_isolation(with_file(b"\x89PNG", "image001.png", "octet-stream"))
    assert not needs_isolation(b"Subject: x\r\nContent-Type: text/plain\r\n\r\nCountry: Kenya")


def test_mail_with_attachments_is_analysed_in_the_child_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A DOCX form is read in the child; a zip bomb comes back as a quarantine, and the rest goes on."""
    from intakebot.clock import FixedClock
    from intakebot.config import from_dict
    from intakebot.run.app import App
    from tests.corpus.make_corpus import JANE, make_docx
    from tests.support.mail import seed, with_file, zip_of

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    seed(cfg.maildir.inbox, [])
    new = cfg.maildir.inbox / "new"
    (new / "1.form.host").write_bytes(
        with_file(make_docx([JANE], "en", "kv"), "form.docx").replace(b"From: a@gov.example", b"From: jane@kws.go.ke")
    )
    bomb = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b" " * (60 * 1024 * 1024)})
    (new / "2.bomb.host").write_bytes(with_file(bomb, "form.docx"))
    app = App(cfg, FixedClock())
    report = app.poll_once()
    assert sorted(r.kind for r in report.results) == ["quarantined", "request"]
    [q] = app.store.read().quarantined()
    assert q.reason == "zip_bomb"
    [rec] = app.store.read().requests()
    assert rec.nominee.provenance["surname"].endswith("attachment:form.docx")


def test_a_hang_and_a_memory_blow_up_cost_their_worker_and_the_next_job_runs() -> None:
    """A failed worker is never reused: the next job gets a fresh one, with the same caps."""
    import os

    from intakebot.analysis.sandbox import Pool

    pool = Pool(size=1, memory_bytes=512 * 1024 * 1024)
    try:
        first = pool.run(os.getpid, (), {}, 60)[1]
        with pytest.raises(SandboxTimeout):
            pool.run(hang, (3600,), {}, 1)
        after_hang = pool.run(os.getpid, (), {}, 60)[1]
        assert after_hang != first
        assert pool.run(eat_memory, (), {}, 60)[0] == "crash"
        after_bomb = pool.run(os.getpid, (), {}, 60)[1]
        assert after_bomb != after_hang
        assert pool.run(eat_memory, (), {}, 60)[0] == "crash"  # the fresh worker is capped too
        assert pool.run(add, (2,), {"b": 3}, 60) == ("ok", 5)
    finally:
        pool.close()


def test_a_worker_is_replaced_after_max_jobs_without_failing_a_job() -> None:
    import os

    from intakebot.analysis.sandbox import Pool

    pool = Pool(size=1, max_jobs=3)
    try:
        first = pool.run(os.getpid, (), {}, 60)[1]
        pids = {pool.run(os.getpid, (), {}, 60)[1] for _ in range(2)}
        assert pids == {first}
        deadline = time.monotonic() + 120  # the successor boots while the old worker still serves
        while pool.run(os.getpid, (), {}, 60)[1] == first and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.run(os.getpid, (), {}, 60)[1] != first
    finally:
        pool.close()


def hostile_pdf(pages: int = 50, operators: int = 400_000) -> bytes:
    """Pages that all share one Flate content stream of ``operators`` operators: tiny, slow to read."""
    import zlib

    stream = zlib.compress(b"BT (x) Tj ET\n" * (operators // 3), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _inbox_with(tmp_path, messages: list[bytes]):  # type: ignore[no-untyped-def]
    from intakebot.config import from_dict
    from tests.support.mail import seed

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    seed(cfg.maildir.inbox, [])
    for i, raw in enumerate(messages, 1):
        (cfg.maildir.inbox / "new" / f"{i}.m{i}.host").write_bytes(raw)
    return cfg


def _docx_request() -> bytes:
    from tests.corpus.make_corpus import JANE, make_docx
    from tests.support.mail import with_file

    return with_file(make_docx([JANE], "en", "kv"), "form.docx").replace(b"From: a@gov.example", b"From: jane@kws.go.ke")


def test_a_pdf_slow_to_read_is_quarantined_within_its_budget_and_the_next_message_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The hard stop is the parse budget plus a grace second, not twice it plus five."""
    from intakebot.clock import FixedClock
    from intakebot.run.app import App
    from tests.support.mail import with_file

    cfg = _inbox_with(tmp_path, [with_file(hostile_pdf(), "form.pdf", "pdf"), _docx_request()])
    app = App(cfg, FixedClock())
    report = app.poll_once()
    assert sorted(r.kind for r in report.results) == ["quarantined", "request"]
    [q] = app.store.read().quarantined()
    assert q.reason == "parse_timeout"


def test_a_directory_holding_another_intakebot_package_is_not_imported_by_the_worker(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 11 item 15: the installed console script, run from such a directory, still reads attachments."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "intakebot"
    cfg = _inbox_with(tmp_path / "bot", [_docx_request()])
    decoy = tmp_path / "cwd" / "intakebot"  # say, an old checkout: it imports, but it is not ours
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text('"""Not the installed intakebot."""\n')
    conf = tmp_path / "bot" / "c.toml"
    conf.write_text(
        f'[maildir]\ninbox = "{cfg.maildir.inbox}"\noutbox = "{tmp_path / "bot" / "outbox"}"\n'
        f'[storage]\npath = "{tmp_path / "bot" / "store.json"}"\n'
    )
    done = subprocess.run([str(script), "--config", str(conf), "poll", "--once", "--quiet"],
                          cwd=decoy.parent, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from intakebot.store import Store

    view = Store(tmp_path / "bot" / "store.json").read()
    assert view.quarantined() == []
    assert [r.nominee.provenance["surname"] for r in view.requests()][0].endswith("attachment:form.docx")


def test_a_slow_attachment_does_not_hold_back_the_rest_of_its_batch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 11 item 7: what is ready is committed and answered first; the slow PDF follows with the checkpoint."""
    from intakebot.clock import FixedClock
    from intakebot.run.app import App
    from intakebot.run.poll import poll_once
    from tests.support.mail import mail, with_file

    request = mail("Country: Kenya\nName: Amina\nSurname: Otieno\nOrganization: Kenya Wildlife Service\n"
                   "Position: Warden\nContact number: +254 20 2379407\nOfficial email address: amina@kws.go.ke\n",
                   sender="amina@kws.go.ke", subject="Cheetah closed user group nomination", message_id="<amina@kws>")
    cfg = _inbox_with(tmp_path, [with_file(hostile_pdf(), "form.pdf", "pdf"), request, _docx_request()])
    app = App(cfg, FixedClock())
    seen_at_deliveries: list[list[str]] = []

    def deliver():  # type: ignore[no-untyped-def]
        seen_at_deliveries.append(sorted(e.kind for e in app.store.read().ledger()))
        return app.flush_outbox()

    report = poll_once(app.store, app.source(), deliver, cfg, app.clock)
    assert sorted(r.kind for r in report.results) == ["quarantined", "request", "request"]
    assert seen_at_deliveries[0] == ["request", "request"]  # answered before the PDF was given up on
    assert seen_at_deliveries[-1] == ["quarantined", "request", "request"]
    assert report.sent == 2
    assert app.poll_once().results == []  # the checkpoint came with the second commit: nothing refetched


def test_a_batch_is_read_on_the_lanes_and_here_and_comes_back_in_order() -> None:
    import threading

    from intakebot.analysis.batch import BatchRun

    main = threading.get_ident()
    items = list(range(40))
    run = BatchRun(items, expensive=lambda i: i % 10 == 0, here=lambda i: (i, threading.get_ident() == main),
                   isolated=lambda i: (i, threading.get_ident() == main), lanes=2)
    first = run.ready()
    results = run.rest()
    assert [i for i, _ in results] == items
    assert not any(here for i, here in results if i % 10 == 0)  # expensive items never run here
    assert set(first) == set(items)  # nothing slow: everything is ready at once
    small = BatchRun(items[:5], expensive=lambda i: i == 0, here=lambda i: (i, threading.get_ident() == main),
                     isolated=lambda i: (i, threading.get_ident() == main), lanes=2)
    small.ready()
    assert small.rest() == [(0, False), (1, True), (2, True), (3, True), (4, True)]  # a few: no workers for text


def test_ready_leaves_a_slow_item_for_rest() -> None:
    from intakebot.analysis.batch import BatchRun

    release = __import__("threading").Event()

    def slow(i: int) -> int:
        if i == 0:
            release.wait(60)
        return i

    run = BatchRun([0, 1, 2], expensive=lambda i: i == 0, here=lambda i: i, isolated=slow, lanes=2)
    assert run.ready(grace=0.05) == {1: 1, 2: 2}
    release.set()
    assert run.rest() == [0, 1, 2]


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_parser_busy_on_the_cpu_is_ended_by_its_cpu_seconds_long_before_the_wall_clock_stop() -> None:
    """A hostile file keeps a parser on the CPU: it ends as parse_timeout after its CPU seconds."""
    from intakebot.analysis import Unprocessable
    from intakebot.analysis.sandbox import _rebuild_unprocessable

    with pytest.raises(Unprocessable, match="CPU time") as e:
        # The wall-clock stop (10 minutes) is not what ends it: that would be a SandboxTimeout.
        run_isolated(spin, 3600, timeout=600, cpu_seconds=1, rebuild=_rebuild_unprocessable)
    assert e.value.code == "parse_timeout"
    assert run_isolated(add, 1, b=1, timeout=30) == 2  # and the next job runs


def test_a_message_held_up_by_a_busy_machine_is_still_read_not_timed_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Wall-clock time the worker does not get (here: stopped for 3 s) does not count against the parse budget.

    Before, a 1 s budget was wall-clock time: the DOCX request below came back as a
    parse_timeout (or its worker was killed at 2 s) on a machine that merely had other work.
    """
    import contextlib
    import os
    import signal
    import threading

    from intakebot.analysis.sandbox import analyse_isolated, pool
    from intakebot.config import from_dict

    limits = from_dict({"limits": {"parse_timeout_seconds": 1}}, base_dir=tmp_path, environ={}).limits
    raw = _docx_request()
    analyse_isolated(raw, limits, frozenset())  # the workers are up and warm
    workers = [w.proc.pid for w in pool()._idle]  # every worker that could take the job
    for pid in workers:
        os.kill(pid, signal.SIGSTOP)
    def wake() -> None:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):  # killed meanwhile (the old wall-clock stop)
                os.kill(pid, signal.SIGCONT)

    resume = threading.Timer(3.0, wake)
    resume.start()
    try:
        analysis = analyse_isolated(raw, limits, frozenset())
    finally:
        resume.join()
    assert analysis.kind == "request" and analysis.nominees[0].surname


def test_an_urgent_job_gets_the_next_free_worker_before_the_jobs_waiting() -> None:
    """Composing the mail a commit waits for goes before the next batch's analysis queued earlier."""
    import threading

    from intakebot.analysis.sandbox import Pool

    pool = Pool(size=1)
    order: list[str] = []
    try:
        pool.run(add, (1,), {}, 60)  # booted
        busy = threading.Thread(target=pool.run, args=(hang, (2.0,), {}, 60))
        busy.start()
        time.sleep(0.3)  # the one worker is busy

        def job(tag: str, urgent: bool) -> None:
            pool.run(add, (1,), {}, 60, urgent=urgent)
            order.append(tag)

        waiting = [threading.Thread(target=job, args=(f"later{i}", False)) for i in range(2)]
        for t in waiting:
            t.start()
        time.sleep(0.2)  # both queued before the urgent one
        urgent = threading.Thread(target=job, args=("urgent", True))
        urgent.start()
        for t in (busy, urgent, *waiting):
            t.join(60)
        assert order[0] == "urgent" and sorted(order[1:]) == ["later0", "later1"]
    finally:
        pool.close()
