"""The bot against the pipeline's physical limit, in one run, side by side.

Run from the repository root:  python -m bench.bench_pipeline [--backlog 5000] [--attachments 500]

On a backlog of mixed mail in a real Dovecot (40% text requests, ``--attachments``
requests whose details are in an attached DOCX or PDF form, auto-replies, unrelated
mail), it measures:

- **the limit**: everything the bot cannot avoid doing, done as plainly as
  possible in this process -- IMAP fetch of the whole mailbox (BODY.PEEK[], 200 per
  FETCH) and ``email.message_from_bytes`` of each message, then sending as many
  pre-built replies as the bot sent (the bot's own, byte for byte) through the same
  aiosmtpd listener over one SMTP connection with an fsync after each;
- **the bot**: ``intakebot poll --once`` started from the installed console
  script, as systemd's ExecStart does;

and reports the ratio limit / bot (1.0 would be the bot at the limit), CPU per
component (the bot's main process, its parsing workers, Dovecot, the aiosmtpd
listener) and peak RSS. This process makes itself a child subreaper
(``PR_SET_CHILD_SUBREAPER``), so any process the bot leaves behind is reparented
here, reaped, and counted; worker CPU is sampled from /proc every 50 ms (a killed
worker's last 50 ms at most are counted as the main process's).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import smtplib
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP, compat32
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.mailbox import fetch_and_parse_all, load  # noqa: E402
from bench.proctree import TreeSampler, become_subreaper, thread_cpu  # noqa: E402
from tests.support import mailmix as mm  # noqa: E402
from tests.support.configs import deployment, write_toml  # noqa: E402
from tests.support.servers import Dovecot, Received, SmtpSink, find_dovecot  # noqa: E402

# --------------------------------------------------------------------------- the backlog


def _form_docx(i: int) -> bytes:
    import docx

    country, phone, domain = mm.COUNTRIES[i % len(mm.COUNTRIES)]
    doc = docx.Document()
    doc.add_heading("Nomination - cheetah closed user group", 1)
    for label, value in (("Country", country), ("Name", f"Officer{i}"), ("Surname", f"Formperson{i}"),
                         ("Organization", "Wildlife Enforcement Unit"), ("Position", "Investigations Officer"),
                         ("Contact number", phone), ("Official email address", f"officer{i}@{domain}")):
        doc.add_paragraph(f"{label}: {value}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _form_pdf(i: int) -> bytes:
    from reportlab.pdfgen import canvas

    country, phone, domain = mm.COUNTRIES[i % len(mm.COUNTRIES)]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    y = 800
    for line in ("Nomination - cheetah closed user group", f"Country: {country}", f"Name: Officer{i}",
                 f"Surname: Formperson{i}", "Organization: Wildlife Enforcement Unit",
                 "Position: Investigations Officer", f"Contact number: {phone}",
                 f"Official email address: officer{i}@{domain}"):
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def attachment_request(i: int) -> bytes:
    """A request whose details are only in an attached form: DOCX and PDF in turn."""
    _, _, domain = mm.COUNTRIES[i % len(mm.COUNTRIES)]
    msg = EmailMessage()
    msg["From"] = f"officer{i}@{domain}"
    msg["To"] = "info@cites.org"
    msg["Subject"] = "Nomination for the cheetah closed user group"
    msg["Message-ID"] = f"<attached-{i}@mix.example>"
    msg.set_content("Dear Secretariat,\n\nPlease find attached our nomination form.\n\nKind regards\n")
    if i % 2:
        msg.add_attachment(_form_pdf(i), maintype="application", subtype="pdf", filename="nomination.pdf")
    else:
        msg.add_attachment(_form_docx(i), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="nomination.docx")
    return msg.as_bytes(policy=SMTP)


def backlog(n: int, attachments: int) -> list[bytes]:
    """``n`` messages, ``attachments`` of them attachment requests spread evenly among the rest."""
    every = max(1, n // attachments) if attachments else 0
    out = []
    for i in range(n):
        r = i % 10
        if every and i % every == every - 1 and attachments > 0:
            out.append(attachment_request(i))
            attachments -= 1
        elif r < 4:
            out.append(mm.request(i, missing_phone=i % 7 == 0).raw)
        elif r == 4:
            out.append(mm.auto_reply(i).raw)
        else:
            out.append(mm.unrelated(i).raw)
    return out


# --------------------------------------------------------------------------- the two runs


def _sink_thread(sink: SmtpSink) -> int:
    """The aiosmtpd listener's thread (it runs in this process), to read its CPU time."""
    thread = sink.controller._thread
    assert thread is not None and thread.native_id is not None
    return thread.native_id


@dataclass
class Phase:
    seconds: float
    cpu: dict[str, float] = field(default_factory=dict)
    rss_kb: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


def limit_fetch_parse(dc: Dovecot, dovecot_pid: int) -> Phase:
    """Fetch the whole mailbox and parse every message, as plainly as it can be done."""
    sampler = TreeSampler({"dovecot": dovecot_pid})
    cpu0, t0 = time.thread_time(), time.perf_counter()
    n = fetch_and_parse_all(dc, compat32, timeout=120)
    seconds = time.perf_counter() - t0
    sampler.stop()
    return Phase(seconds, {"fetch+parse (this process)": time.thread_time() - cpu0,
                           "dovecot": sampler.cpu("dovecot")}, extra={"messages": n})


def limit_send(sink: SmtpSink, replies: list[Received], journal: Path) -> Phase:
    """The bot's replies again, byte for byte, over one SMTP connection, an fsync after each."""
    sink_tid = _sink_thread(sink)
    sink0, cpu0, t0 = thread_cpu(sink_tid), time.thread_time(), time.perf_counter()
    fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with smtplib.SMTP(sink.host, sink.port, timeout=60) as smtp:
        for r in replies:
            smtp.sendmail(r.mail_from, r.rcpt_tos, r.data)
            os.write(fd, f"{len(r.data)}\n".encode())
            os.fsync(fd)
    os.close(fd)
    seconds = time.perf_counter() - t0
    return Phase(seconds, {"send (this process)": time.thread_time() - cpu0,
                           "aiosmtpd": thread_cpu(sink_tid) - sink0}, extra={"replies": len(replies)})


def run_bot(script: str, config: Path, sink: SmtpSink, dovecot_pid: int, pythonpath: str = "") -> Phase:
    """``intakebot poll --once`` from the console script; CPU of every process it involves."""
    sink_tid = _sink_thread(sink)
    sink0, t0 = thread_cpu(sink_tid), time.perf_counter()
    env = {**os.environ, "PYTHONPATH": pythonpath} if pythonpath else None
    proc = subprocess.Popen([script, "--config", str(config), "poll", "--once", "--quiet"], cwd="/", env=env)
    sampler = TreeSampler({"bot": proc.pid, "dovecot": dovecot_pid})
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    sampler.stop()
    sampler.reap_orphans()
    if proc.returncode != 0:
        raise SystemExit(f"poll --once exited with {proc.returncode}")
    total = ru.ru_utime + ru.ru_stime  # the bot and every descendant it reaped itself
    reaped_by_bot = sampler.reaped_by(proc.pid, "worker")
    return Phase(
        seconds,
        {"bot main process": total - reaped_by_bot, "parsing workers": sampler.cpu("worker"),
         "dovecot": sampler.cpu("dovecot"), "aiosmtpd": thread_cpu(sink_tid) - sink0},
        {"bot main process": sampler.hwm_kb("bot"), "one parsing worker": sampler.hwm_kb("worker"),
         "bot + workers at once": sampler.peak_rss_kb.get("bot", 0),
         "wait4 ru_maxrss (largest one)": ru.ru_maxrss},
        {"workers": sum(1 for s in sampler.seen.values() if s.kind == "worker")},
    )


def measure(dc: Dovecot, sink: SmtpSink, script: str, n: int, attachments: int,
            pythonpath: str = "", reviewers: bool = False) -> dict[str, Any]:
    """Load the backlog into ``dc``'s INBOX, then the limit's fetch, the bot, the limit's sends."""
    assert dc.proc is not None
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        load(dc, backlog(n, attachments))
        fetch = limit_fetch_parse(dc, dc.proc.pid)
        sections = deployment(tmp, dc, sink.host, sink.port)
        if reviewers:  # a review mail per request queued for review, as a deployment with reviewers sends
            sections["review"] = {"reviewers": ["cug-review@cites.org"]}
        config = write_toml(tmp / "bench.toml", sections)
        sink.clear()
        bot = run_bot(script, config, sink, dc.proc.pid, pythonpath)
        replies = list(sink.messages)
        sink.clear()
        send = limit_send(sink, replies, tmp / "journal")
    limit = fetch.seconds + send.seconds
    return {"messages": n, "attachments": attachments, "replies": len(replies),
            "limit_s": limit, "bot_s": bot.seconds, "ratio": limit / bot.seconds,
            "fetch_parse": fetch.__dict__, "send": send.__dict__, "bot": bot.__dict__}


def report(r: dict[str, Any]) -> str:
    f, s, b = r["fetch_parse"], r["send"], r["bot"]
    lines = [
        f"backlog {r['messages']} messages ({r['attachments']} with a DOCX/PDF form), {r['replies']} replies",
        f"limit {r['limit_s']:.1f} s (fetch+parse {f['seconds']:.1f} s, send+fsync {s['seconds']:.1f} s) | "
        f"bot poll --once {r['bot_s']:.1f} s | ratio limit/bot {r['ratio']:.2f}",
        "CPU s, limit: " + ", ".join(f"{k} {v:.2f}" for k, v in {**f["cpu"], **s["cpu"]}.items()),
        "CPU s, bot:   " + ", ".join(f"{k} {v:.2f}" for k, v in b["cpu"].items())
        + f" ({b['extra']['workers']} worker processes)",
        "peak RSS MB, bot: " + ", ".join(f"{k} {v / 1024:.0f}" for k, v in b["rss_kb"].items()),
    ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backlog", type=int, default=5000)
    ap.add_argument("--attachments", type=int, default=500, help="how many of them carry a DOCX/PDF form")
    ap.add_argument("--script", default=str(Path(sys.executable).parent / "intakebot"),
                    help="the console script to run (default: this venv's)")
    ap.add_argument("--pythonpath", default="",
                    help="run the bot with this PYTHONPATH (another checkout, e.g. an older commit, in this venv)")
    ap.add_argument("--reviewers", action="store_true",
                    help="configure a reviewer, so each request queued for review also sends a review mail")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    binary = find_dovecot()
    if binary is None:
        sys.exit("Dovecot is not installed (bash scripts/setup.sh as root installs it)")
    become_subreaper()
    sink = SmtpSink()
    sink.start()
    dc = Dovecot(binary)
    dc.start()
    try:
        result = measure(dc, sink, args.script, args.backlog, args.attachments, args.pythonpath, args.reviewers)
    finally:
        dc.cleanup()
        sink.stop()
    print(report(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
