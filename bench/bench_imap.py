"""IMAP intake benchmark against the test bed's real Dovecot and SMTP listener.

Run from the repository root:  python -m bench.bench_imap [--backlog 5000] [--idle-size 50000]

1. Backlog: N mixed messages (40% requests) processed by ``intakebot poll --once``
   (a subprocess, as in production), compared in the same run with the floor:
   a bare imapclient batch fetch (BODY.PEEK[], 200 per FETCH) plus
   ``email.message_from_bytes`` of the same mailbox.
2. Idle poll on a mailbox of M messages: IMAP commands (round trips) and
   milliseconds, for a fresh connection (what ``poll --once`` does) and for a
   kept connection (what a daemon does), next to the same for 50 messages.
3. Latency under IDLE: APPEND from another connection -> the reply accepted by
   the SMTP listener, with a daemon-like loop (wait_for_mail, then poll_once).
"""

from __future__ import annotations

import argparse
import email
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.mailbox import fetch_and_parse_all, load  # noqa: E402
from intakebot.clock import SystemClock  # noqa: E402
from intakebot.config import Config, LimitsConfig, from_dict  # noqa: E402
from intakebot.run.app import App  # noqa: E402
from intakebot.sources.imap import ImapSource  # noqa: E402
from tests.support import mailmix as mm  # noqa: E402
from tests.support.configs import deployment, write_toml  # noqa: E402
from tests.support.servers import Dovecot, SmtpSink, find_dovecot  # noqa: E402


class CountingSource(ImapSource):
    """Counts IMAP commands through our own client-factory hook (not a mock)."""

    commands: list[str]

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.commands = []

    def _new_client(self) -> Any:
        client = super()._new_client()
        send = client._imap._command

        def counted(name: str, *args: Any) -> Any:
            self.commands.append(name)
            return send(name, *args)

        client._imap._command = counted
        self.commands.append("(connect+greeting+CAPABILITY)")
        return client


def config(tmp: Path, dc: Dovecot, sink: SmtpSink, **imap: Any) -> Config:
    return from_dict(deployment(tmp, dc, sink.host, sink.port, **imap), base_dir=tmp, environ={})


def toml(tmp: Path, dc: Dovecot, sink: SmtpSink) -> Path:
    return write_toml(tmp / "bench.toml", deployment(tmp, dc, sink.host, sink.port))


def mixed(n: int, offset: int = 0, pad_kb: int = 0) -> list[bytes]:
    out = []
    for i in range(offset, offset + n):
        r = i % 10
        if r < 4:
            raw = mm.request(i, missing_phone=i % 7 == 0).raw
        elif r == 4:
            raw = mm.auto_reply(i).raw
        else:
            raw = mm.unrelated(i).raw
        out.append(_padded(raw, pad_kb, i) if pad_kb else raw)
    return out


def _padded(raw: bytes, pad_kb: int, seed: int) -> bytes:
    """The same message as Outlook sends it: with a signature logo of ``pad_kb`` KiB.

    Real official mail is rarely 1 KB; the floor's parse cost grows with size
    while most of the bot's per-message work does not, so both sizes are reported.
    """
    msg = email.message_from_bytes(raw, policy=default_policy)
    assert isinstance(msg, EmailMessage)
    logo = random.Random(seed).randbytes(pad_kb * 1024)
    msg.make_mixed()
    msg.add_attachment(logo, maintype="image", subtype="png", filename="image001.png")
    return bytes(msg)


def floor(dc: Dovecot) -> float:
    t0 = time.perf_counter()
    fetch_and_parse_all(dc, default_policy, timeout=60)
    return time.perf_counter() - t0


def bench_backlog(binary: str, sink: SmtpSink, n: int, pad_kb: int = 0) -> dict[str, float]:
    dc = Dovecot(binary)
    dc.start()
    try:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            load(dc, mixed(n, pad_kb=pad_kb))
            floor_s = floor(dc)
            cfg = config(tmp, dc, sink)
            assert cfg.imap is not None
            src = ImapSource(cfg.imap)
            t0 = time.perf_counter()
            fetched = sum(len(b.mails) for b in src.batches(App(cfg).store.read()))
            source_s = time.perf_counter() - t0
            src.close()
            assert fetched == n
            sink.clear()
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "intakebot", "--config", str(toml(tmp, dc, sink)),
                 "poll", "--once", "--quiet"],
                cwd=ROOT, env=env, check=True,
            )
            poll_s = time.perf_counter() - t0
            replies = len(sink.messages)
    finally:
        dc.cleanup()
    return {"messages": n, "floor_s": floor_s, "poll_s": poll_s, "source_s": source_s,
            "ratio": poll_s / floor_s, "replies": replies}


def idle_poll(dc: Dovecot, sink: SmtpSink, tmp: Path) -> dict[str, Any]:
    """Round trips and ms of a poll that finds nothing new, on a caught-up store."""
    cfg = config(tmp, dc, sink)
    assert cfg.imap is not None
    app = App(cfg, SystemClock())
    with dc.client() as c:
        sel = c.select_folder("INBOX", readonly=True)
        last = max(c.search("ALL") or [0])
    with app.store.transaction() as tx:  # a bot that has already processed everything
        src = ImapSource(cfg.imap)
        tx.set_state(src.checkpoint_key, {"uidvalidity": sel[b"UIDVALIDITY"], "last_uid": last})
    fresh_ms, kept_ms = [], []
    fresh_cmds: list[str] = []
    kept_cmds: list[str] = []
    for _ in range(20):
        s = CountingSource(cfg.imap, limits=LimitsConfig())
        t0 = time.perf_counter()
        batches = list(s.batches(app.store.read()))
        s.close()
        fresh_ms.append((time.perf_counter() - t0) * 1000)
        assert batches == []
        fresh_cmds = s.commands
    kept = CountingSource(cfg.imap, limits=LimitsConfig())
    list(kept.batches(app.store.read()))
    for _ in range(20):
        kept.commands = []
        t0 = time.perf_counter()
        list(kept.batches(app.store.read()))
        kept_ms.append((time.perf_counter() - t0) * 1000)
        kept_cmds = list(kept.commands)
    kept.close()
    t0 = time.perf_counter()
    report = app.poll_once()
    poll_ms = (time.perf_counter() - t0) * 1000
    assert report.results == []
    return {"fresh_cmds": fresh_cmds, "fresh_ms": statistics.median(fresh_ms),
            "kept_cmds": kept_cmds, "kept_ms": statistics.median(kept_ms), "poll_once_ms": poll_ms}


def bench_idle(binary: str, sink: SmtpSink, size: int) -> dict[int, Any]:
    out: dict[int, Any] = {}
    for n in (50, size):
        dc = Dovecot(binary)
        dc.start()
        try:
            with tempfile.TemporaryDirectory() as d:
                tiny = [mm.unrelated(i).raw for i in range(n)]
                load(dc, tiny)
                out[n] = idle_poll(dc, sink, Path(d))
        finally:
            dc.cleanup()
    return out


def bench_latency(binary: str, sink: SmtpSink, rounds: int = 5) -> list[float]:
    dc = Dovecot(binary)
    dc.start()
    stop = threading.Event()
    try:
        with tempfile.TemporaryDirectory() as d:
            cfg = config(Path(d), dc, sink, idle=True)
            assert cfg.imap is not None
            app = App(cfg, SystemClock())
            app.poll_once()
            waiter = ImapSource(cfg.imap)

            def daemon() -> None:
                while not stop.is_set():
                    if waiter.wait_for_mail(timeout=1.0):
                        app.poll_once()

            t = threading.Thread(target=daemon, daemon=True)
            t.start()
            time.sleep(0.3)
            lat = []
            for i in range(rounds):
                sink.clear()
                raw = mm.request(90_000 + i).raw
                with dc.client() as c:
                    t0 = time.perf_counter()
                    c.append("INBOX", raw)
                got = sink.wait_for(1, timeout=30)
                lat.append((time.perf_counter() - t0) * 1000 if got else float("inf"))
                time.sleep(0.2)
            stop.set()
            t.join(5)
            waiter.close()
            return lat
    finally:
        dc.cleanup()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backlog", type=int, default=5000)
    ap.add_argument("--idle-size", type=int, default=50_000)
    ap.add_argument("--pad-kb", type=int, default=24,
                    help="also run the backlog with messages this much larger (0: small only)")
    args = ap.parse_args()
    binary = find_dovecot()
    if binary is None:
        sys.exit("Dovecot is not installed")
    sink = SmtpSink()
    sink.start()
    try:
        for pad in sorted({0, args.pad_kb}):
            b = bench_backlog(binary, sink, args.backlog, pad_kb=pad)
            size = f"+{pad} KiB logo" if pad else "~1 KiB"
            print(f"backlog {b['messages']} ({size}): poll --once {b['poll_s']:.1f} s, "
                  f"floor {b['floor_s']:.1f} s, ratio {b['ratio']:.2f}x, replies {b['replies']}; "
                  f"ImapSource fetch alone {b['source_s']:.1f} s", flush=True)
        idle = bench_idle(binary, sink, args.idle_size)
        for n, r in idle.items():
            print(f"idle poll on {n} msgs: fresh connection {len(r['fresh_cmds'])} commands "
                  f"{r['fresh_cmds']} {r['fresh_ms']:.1f} ms; kept connection "
                  f"{len(r['kept_cmds'])} {r['kept_cmds']} {r['kept_ms']:.2f} ms; "
                  f"App.poll_once {r['poll_once_ms']:.1f} ms", flush=True)
        lat = bench_latency(binary, sink)
        print(f"IDLE: APPEND -> reply at SMTP: median {statistics.median(lat):.0f} ms, "
              f"max {max(lat):.0f} ms over {len(lat)}", flush=True)
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
