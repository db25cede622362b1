"""The review and intake commands on a growing store, against the bot's start-up time in the same run.

Run from the repository root:  python -m bench.bench_store [--sizes 1000,10000,50000]

A store of N entries is what N inbox messages leave behind (a ledger entry
each, the requests among them, their replies and events), built through the
bot's own intake: the messages are written to a Maildir inbox and
``intakebot poll --once`` (the installed console script) reads them. The mix is
info@cites.org's: 20% requests, 10% auto-replies, 70% unrelated mail. Like a
Secretariat that reviews every morning, all but the newest ``--pending``
requests are then decided through the review path ``requests approve`` runs
(in this process, in large transactions: the real decision, notice and commit,
without a process per request), and one idle poll sends their notices.

Then, black-box from the console script, each command is timed ``--repeat``
times (median) with its peak RSS (``wait4``'s ``ru_maxrss``: the largest process
of the command, the parsing workers included, as this process is their child
subreaper), and divided by the bot's start-up time measured in the same run
(``intakebot --help``, and ``status`` on an empty store):

- ``requests approve REF`` on a pending request,
- ``poll --once`` that finds one new request,
- ``requests list`` (the default page) and ``requests list --status pending_review``,
- ``status``,
- ``digest --print``.

The target (issue 10): every ratio the same at every size, peak RSS <= 200 MB
at 50,000 entries. Sizes grow one store: 10,000 adds 9,000 messages to the
1,000-entry store.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.proctree import become_subreaper  # noqa: E402
from tests.support import mailmix as mm  # noqa: E402

COMMANDS: tuple[str, ...] = (
    "requests approve", "poll --once (1 new request)", "requests list",
    "requests list --status pending_review", "status", "digest --print",
)


@dataclass
class Run:
    seconds: float
    maxrss_kb: int


@dataclass
class Measured:
    median_s: float
    maxrss_kb: int
    runs: list[Run] = field(default_factory=list)


def _message(i: int) -> bytes:
    """Message ``i`` of the inbox: 2 in 10 requests, 1 an auto-reply, the rest unrelated."""
    r = i % 10
    if r < 2:
        return mm.request(i).raw
    if r == 2:
        return mm.auto_reply(i).raw
    return mm.unrelated(i).raw


def write_inbox(inbox: Path, start: int, stop: int) -> None:
    """Messages ``start .. stop-1`` into ``inbox/new`` the way an MTA delivers (tmp, then rename)."""
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        name = f"{1_700_000_000 + i}.bench{i}.host"
        tmp = inbox / "tmp" / name
        tmp.write_bytes(_message(i))
        os.rename(tmp, inbox / "new" / name)


class Bot:
    """The installed console script on one config, each run timed and its peak RSS taken from wait4."""

    def __init__(self, script: str, config: Path) -> None:
        self.script, self.config = script, config

    def run(self, *args: str, check: bool = True) -> tuple[Run, str]:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            t0 = time.perf_counter()
            proc = subprocess.Popen([self.script, "--config", str(self.config), *args], cwd="/",
                                    stdout=out, stderr=err, env={**os.environ, "COLUMNS": "160"})
            # wait4's ru_maxrss: the largest of the process and every descendant it reaped itself.
            _, status, ru = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            maxrss = max(ru.ru_maxrss, _reap_orphans())
            out.seek(0)
            err.seek(0)
            text, errors = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        if check and proc.returncode != 0:
            raise SystemExit(f"intakebot {' '.join(args)} exited {proc.returncode}: {errors[-500:]}")
        return Run(seconds, maxrss), text


def _reap_orphans() -> int:
    """Processes the command left behind (reparented here, the subreaper): reaped, their peak RSS kept."""
    peak = 0
    while True:
        try:
            pid, _, ru = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return peak
        if pid == 0:
            return peak
        peak = max(peak, ru.ru_maxrss)


def config_text(tmp: Path, inbox: Path) -> str:
    return (
        f'[maildir]\ninbox = "{inbox}"\noutbox = "{tmp / "outbox"}"\n'
        f'[storage]\npath = "{tmp / "store.sqlite"}"\n'
        '[secretariat]\ndigest_to = ["cug-review@cites.org"]\n'
        '[logging]\nlevel = "WARNING"\n'
    )


def decide_all_but(store_path: Path, config: Path, keep: int) -> int:
    """Approve every pending request but the newest ``keep``, through the review path (in-process)."""
    from intakebot.config import load
    from intakebot.run.review import review_in
    from intakebot.store import Store

    cfg = load(config)
    store = Store(store_path)
    todo = _pending(store_path)
    todo = todo[: max(0, len(todo) - keep)]
    now = datetime.now(UTC)
    for start in range(0, len(todo), 500):
        with store.transaction() as tx:
            for ref in todo[start : start + 500]:
                review_in(tx, ref, "approved", cfg=cfg, now=now, actor="secretariat:bench")
    return len(todo)


def _pending(store_path: Path) -> list[str]:
    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        return [r for (r,) in db.execute(
            "SELECT reference FROM requests WHERE status = 'pending_review' ORDER BY doc_id")]
    finally:
        db.close()


def _counts(store_path: Path) -> dict[str, int]:
    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("ledger", "requests", "outbox", "events")}
    finally:
        db.close()


#: What runs in a child process of its own (``--child NAME ARGS_JSON``): this process never
#: opens the store, so nothing here can disturb the SQLite locks of the commands it measures.
CHILD_JOBS = {"decide_all_but": decide_all_but, "pending": _pending, "counts": _counts}


def in_child(name: str, *args: Any) -> Any:
    out = subprocess.run([sys.executable, "-m", "bench.bench_store", "--child", name,
                          json.dumps([str(a) if isinstance(a, Path) else a for a in args])],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _child(name: str, args_json: str) -> None:
    fn: Any = CHILD_JOBS[name]
    args = [Path(a) if isinstance(a, str) else a for a in json.loads(args_json)]
    print(json.dumps(fn(*args)))


def _measure(runs: list[Run]) -> Measured:
    return Measured(statistics.median(r.seconds for r in runs), max(r.maxrss_kb for r in runs), runs)


def measure_size(bot: Bot, store_path: Path, inbox: Path, size: int, repeat: int, next_id: list[int]) -> dict[str, Measured]:
    """Each command ``repeat`` times on the store as it is; every run leaves it the same size."""
    out: dict[str, list[Run]] = {c: [] for c in COMMANDS}
    pending = in_child("pending", store_path)
    for k in range(repeat):
        # The new request goes in first: by the time the poll runs, other commands have run.
        write_inbox(inbox, next_id[0], next_id[0] + 1)
        next_id[0] += 1
        out["requests approve"].append(bot.run("requests", "approve", pending[k], "--by", "bench")[0])
        out["requests list"].append(bot.run("requests", "list")[0])
        out["requests list --status pending_review"].append(
            bot.run("requests", "list", "--status", "pending_review")[0])
        out["status"].append(bot.run("status")[0])
        out["digest --print"].append(bot.run("digest", "--print")[0])
        out["poll --once (1 new request)"].append(bot.run("poll", "--once", "--quiet")[0])
    return {c: _measure(rs) for c, rs in out.items()}


def startup(script: str, tmp: Path, repeat: int) -> dict[str, Measured]:
    """The bot's start-up: ``--help`` and ``status`` on an empty store (a config of its own)."""
    empty = tmp / "empty"
    empty.mkdir(parents=True)
    config = empty / "intakebot.toml"
    config.write_text(config_text(empty, empty / "inbox"), encoding="utf-8")
    bot = Bot(script, config)
    help_runs = [bot.run("--help")[0] for _ in range(repeat)]
    status_runs = [bot.run("status")[0] for _ in range(repeat)]
    return {"--help": _measure(help_runs), "status (empty store)": _measure(status_runs)}


def run(script: str, sizes: list[int], repeat: int, keep_pending: int, workdir: Path) -> dict[str, Any]:
    inbox = workdir / "inbox"
    config = workdir / "intakebot.toml"
    config.write_text(config_text(workdir, inbox), encoding="utf-8")
    store_path = workdir / "store.sqlite"
    bot = Bot(script, config)
    results: list[dict[str, Any]] = []
    built = 0
    next_id = [10_000_000]  # the measured polls' requests, numbered apart from the built inbox
    for size in sorted(sizes):
        grow = max(0, size - built - (len(results) and repeat))  # measured polls added entries too
        write_inbox(inbox, built, built + grow)
        t0 = time.perf_counter()
        build_run = bot.run("poll", "--once", "--quiet")[0]
        built += grow
        decided = in_child("decide_all_but", store_path, config, keep_pending + repeat)
        bot.run("poll", "--once", "--quiet")  # sends the notices: the outbox is as a daemon leaves it
        build_s = time.perf_counter() - t0
        base = startup(script, workdir / f"startup-{size}", repeat)
        cmds = measure_size(bot, store_path, inbox, size, repeat, next_id)
        limit = base["--help"].median_s
        results.append({
            "size": size, "entries": in_child("counts", store_path), "build_s": build_s, "build_poll_s": build_run.seconds,
            "decided_in_process": decided,
            "startup": {k: v.__dict__ for k, v in base.items()},
            "commands": {k: {**v.__dict__, "ratio": v.median_s / limit} for k, v in cmds.items()},
        })
        for c in results[-1]["commands"].values():
            c["runs"] = [r.__dict__ for r in c["runs"]]
        for c in results[-1]["startup"].values():
            c["runs"] = [r.__dict__ if isinstance(r, Run) else r for r in c["runs"]]
    return {"sizes": results, "repeat": repeat}


def report(r: dict[str, Any]) -> str:
    lines = []
    for s in r["sizes"]:
        st = s["startup"]
        e = s["entries"]
        lines.append(
            f"store of {s['size']} entries (ledger {e['ledger']}, requests {e['requests']}, outbox {e['outbox']},"
            f" events {e['events']}); built in {s['build_s']:.0f} s;"
            f" start-up: --help {st['--help']['median_s'] * 1000:.0f} ms,"
            f" status on an empty store {st['status (empty store)']['median_s'] * 1000:.0f} ms"
        )
        for name, c in s["commands"].items():
            lines.append(f"  {name:<40} {c['median_s'] * 1000:7.0f} ms  ratio to start-up {c['ratio']:5.2f}"
                         f"  peak RSS {c['maxrss_kb'] / 1024:4.0f} MB")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,50000", help="comma-separated store sizes (entries)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command (the median is reported)")
    ap.add_argument("--pending", type=int, default=20, help="requests left pending review at each size")
    ap.add_argument("--script", default=str(Path(sys.executable).parent / "intakebot"),
                    help="the console script to run (default: this venv's)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    become_subreaper()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as d:
        result = run(args.script, sizes, args.repeat, args.pending, Path(d))
    print(report(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
