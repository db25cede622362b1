"""Peak memory of ``intakebot serve-lmtp`` under many parallel large deliveries, capped and uncapped.

Run from the repository root:  python -m bench.bench_lmtp_memory [--parallel 30] [--mb 10]

Starts the installed console script (as systemd's ExecStart does) twice in
the same run: once with the ``[lmtp]`` defaults (the caps), once with the caps
lifted (``max_connections`` and ``max_inflight_bytes`` far above the load).
Each time ``--parallel`` clients send one ``--mb`` MB message each at once
over smtplib's LMTP client; the bench reports the listener's peak RSS
(``VmHWM``), how many deliveries were answered 250 and how many got a 4xx
(an MTA retries those). Nothing is asserted: the figures are compared in one
run on one machine.
"""

from __future__ import annotations

import argparse
import os
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.mail import message  # noqa: E402
from tests.support.servers import free_port  # noqa: E402


def _message(n: int, mb: int) -> bytes:
    msg = message("Our newsletter, attached.\n", sender=f"officer{n}@customs.gov.example", subject="Newsletter",
                  message_id=f"<bench-{n}@customs.gov.example>")
    msg.add_attachment(os.urandom(mb * 1024 * 1024 * 3 // 4), maintype="application",
                       subtype="octet-stream", filename="n.bin")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def _vmhwm_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _run(caps: dict[str, int], parallel: int, mb: int, work: Path) -> dict[str, object]:
    port = free_port()
    cfg = work / f"c{port}.toml"
    extra = "".join(f"{k} = {v}\n" for k, v in caps.items())
    cfg.write_text(f'[storage]\npath = "{work}/s{port}.json"\n[logging]\nlevel = "WARNING"\n'
                   f'[lmtp]\nport = {port}\nmax_message_bytes = {(mb + 2) * 1024 * 1024}\n{extra}')
    exe = Path(sys.executable).with_name("intakebot")
    proc = subprocess.Popen([str(exe), "--config", str(cfg), "serve-lmtp"], cwd=work,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    messages = [_message(n, mb) for n in range(parallel)]
    codes: list[int] = []
    lock = threading.Lock()

    def send(raw: bytes) -> None:
        try:
            with smtplib.LMTP("127.0.0.1", port, timeout=600) as c:
                refused = c.sendmail("mta@cites.org", ["info@cites.org"], raw)
            code = 250 if not refused else next(iter(refused.values()))[0]
        except smtplib.SMTPResponseException as e:
            code = e.smtp_code
        except smtplib.SMTPRecipientsRefused as e:
            code = next(iter(e.recipients.values()))[0]
        with lock:
            codes.append(code)

    started = time.monotonic()
    threads = [threading.Thread(target=send, args=(m,)) for m in messages]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    peak = _vmhwm_kb(proc.pid)
    proc.terminate()
    proc.wait(60)
    return {"peak_rss_mb": round(peak / 1024), "accepted": codes.count(250),
            "deferred_4xx": sum(1 for c in codes if 400 <= c < 500), "other": sum(1 for c in codes if c >= 500),
            "seconds": round(elapsed, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parallel", type=int, default=30)
    ap.add_argument("--mb", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        capped = _run({}, args.parallel, args.mb, work)
        lifted = _run({"max_connections": 10_000, "max_inflight_bytes": 1 << 40}, args.parallel, args.mb, work)
    print(f"{args.parallel} parallel deliveries of {args.mb} MB to serve-lmtp")
    print(f"  caps lifted : {lifted}")
    print(f"  defaults    : {capped}")


if __name__ == "__main__":
    main()
