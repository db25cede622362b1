"""``intakebot requests ...`` as the Secretariat uses it: tables, JSON, decisions, export."""

from __future__ import annotations

import csv
import io
import json
import os
import pwd
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from intakebot.analysis.validation import validate
from intakebot.cli import main
from intakebot.config import load
from intakebot.records import FIELDS
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with
from tests.support.servers import SmtpSink

ROOT = Path(__file__).resolve().parent.parent
RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def cfg_path(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    store_with(
        Path(load(path).storage.path),
        make_record("CUG-2026-0001", received=RECEIVED),
        make_record("CUG-2026-0002", language="fr", received=RECEIVED, sender="x@gmail.com",
                    category="igo", access="restricted"),
        make_record("CUG-2026-0003", status="incomplete", language="es", received=RECEIVED, missing=("phone",)),
        make_record("CUG-2026-0004", status="approved", received=RECEIVED, organization="=1+2"),
    )
    return path


def run(cfg_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(cfg_path), *args])


def _one_error_line(r: Result, *words: str) -> None:
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intakebot: error:"), r.output
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in r.output


def test_list_table_and_filter(cfg_path: Path) -> None:
    r = run(cfg_path, "requests", "list")
    assert r.exit_code == 0, r.output
    for col in ("Reference", "Status", "Country", "Official", "Organization", "Age", "Flags"):
        assert col in r.output
    for ref in ("CUG-2026-0001", "CUG-2026-0002", "CUG-2026-0003", "CUG-2026-0004"):
        assert ref in r.output
    assert "freemail" in r.output and "igo/restricted" in r.output
    pending = run(cfg_path, "requests", "list", "--status", "pending_review")
    assert "CUG-2026-0001" in pending.output and "CUG-2026-0003" not in pending.output


def test_list_json_is_the_record_contract(cfg_path: Path) -> None:
    r = run(cfg_path, "requests", "list", "--status", "incomplete", "--json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    rec = Store(load(cfg_path).storage.path).read().request("CUG-2026-0003")
    assert rec is not None and data == [rec.to_json()]
    assert {"reference", "status", "nominee", "sender", "language", "received_at", "history"} <= set(data[0])


def test_show_has_provenance_and_history(cfg_path: Path) -> None:
    r = run(cfg_path, "requests", "show", "CUG-2026-0001")
    assert r.exit_code == 0, r.output
    assert "Official email address" in r.output and "w.otieno@kws.go.ke" in r.output
    assert "<cug-2026-0001@party.example> body" in r.output  # where each value came from
    assert "created" in r.output
    # Times in the Secretariat's zone, as in the digest (Europe/Zurich by default), never raw UTC.
    assert "+00:00" not in r.output
    assert re.search(r"received: \d{4}-\d\d-\d\d \d\d:\d\d CES?T", r.output), r.output
    as_json = json.loads(run(cfg_path, "requests", "show", "cug-2026-0001", "--json").output)
    assert as_json["reference"] == "CUG-2026-0001" and as_json["nominee"]["provenance"]["email"]


def test_show_words_each_problem_by_its_code_and_the_phone_as_written_internationally(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    rec = make_record("CUG-2026-0005", status="incomplete", received=RECEIVED, sender="x@gmail.com")
    rec.nominee = validate({k: rec.nominee.value(k) for k in FIELDS} | {"phone": "0700 12"}, sender=rec.sender,
                           provenance=rec.nominee.provenance)
    store_with(Path(load(path).storage.path), rec, make_record("CUG-2026-0001", received=RECEIVED))
    shown = run(path, "requests", "show", "CUG-2026-0005").output
    assert "phone (error, invalid_phone): “0700 12” is not a valid telephone number." in shown
    assert "email (info, sender_differs): w.otieno@kws.go.ke is not the address the request was sent from" in shown
    assert "Not a valid telephone number" not in shown  # the stored message is the fallback only
    assert "Contact number: +254 700 000001" in run(path, "requests", "show", "CUG-2026-0001").output


def test_errors_are_one_line_exit_2(cfg_path: Path) -> None:
    _one_error_line(run(cfg_path, "requests", "show", "CUG-2026-0999"), "CUG-2026-0999")
    _one_error_line(run(cfg_path, "requests", "list", "--status", "done"), "--status", "done")
    _one_error_line(run(cfg_path, "requests", "approve", "CUG-2026-0999"), "no request")
    _one_error_line(run(cfg_path, "requests", "approve", "CUG-2026-0003"), "incomplete")
    _one_error_line(run(cfg_path, "requests", "reject", "CUG-2026-0001", "--reason", " "), "reason")
    _one_error_line(run(cfg_path, "requests", "reject", "CUG-2026-0001", "--reason", "Not eligible"), "reason code")
    _one_error_line(run(cfg_path, "requests", "approve", "CUG-2026-0001", "--now", "soon"), "--now")


def test_approve_and_reject_write_history_and_notices(cfg_path: Path) -> None:
    ok = run(cfg_path, "requests", "approve", "CUG-2026-0001", "--by", "alice",
             "--now", "2026-03-05T10:00:00+01:00")
    assert ok.exit_code == 0, ok.output
    assert "CUG-2026-0001: approved" in ok.output and "sent" in ok.output
    no = run(cfg_path, "requests", "reject", "CUG-2026-0002", "--reason", "not_official",
             "--note", "Pas un service habilité")
    assert no.exit_code == 0, no.output
    cfg = load(cfg_path)
    view = Store(cfg.storage.path).read()
    a, b = view.request("CUG-2026-0001"), view.request("CUG-2026-0002")
    assert a is not None and b is not None
    assert (a.status, a.history[-1].actor, a.history[-1].at) == (
        "approved", "secretariat:alice", "2026-03-05T09:00:00+00:00"
    )
    assert b.status == "rejected" and b.history[-1].detail.endswith("Pas un service habilité")
    assert b.history[-1].actor == f"secretariat:{pwd.getpwuid(os.geteuid()).pw_name}"  # the login, never "unknown"
    assert b.history[-1].evidence == "cli"
    assert sorted(i.template for i in view.outbox()) == ["approval", "rejection"]
    assert all(i.status == "sent" for i in view.outbox())
    assert len(list((cfg.maildir.outbox / "new").iterdir())) == 2
    again = run(cfg_path, "requests", "approve", "CUG-2026-0001")
    _one_error_line(again, "approved")


def test_export_csv_to_stdout_and_file(cfg_path: Path, tmp_path: Path) -> None:
    out = run(cfg_path, "requests", "export", "--csv")
    assert out.exit_code == 0, out.output
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0][0] == "Country" and rows[0][-2:] == ["Access", "Reference"]
    assert [r[-1] for r in rows[1:]] == ["CUG-2026-0004"]
    assert rows[1][3] == "'=1+2"
    target = tmp_path / "wco.csv"
    r = run(cfg_path, "requests", "export", "--csv", str(target))
    assert r.exit_code == 0 and "1 approved nominee(s)" in r.output
    assert target.read_bytes().decode("utf-8") == out.stdout.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    assert target.stat().st_mode & 0o077 == 0  # personal data: private file


def test_cli_approve_while_a_poll_cycle_writes(cfg_path: Path) -> None:
    """``requests approve`` processes racing a writer in a loop: nothing lost."""
    store_path = load(cfg_path).storage.path
    refs = [f"CUG-2026-{i:04d}" for i in range(50, 56)]
    with Store(store_path).transaction() as tx:
        for r in refs:
            tx.put_request(make_record(r, received=RECEIVED))
    stop = store_path.with_name("stop-writer")
    writer = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from intakebot.store import Store
        store, stop = Store(sys.argv[1]), Path(sys.argv[2])
        print("started", flush=True)
        n = 0
        while not stop.exists():  # writes for as long as the approvals run
            with store.transaction() as tx:
                tx.set_state("writer_count", int(tx.get_state("writer_count", 0)) + 1)
            n += 1
            time.sleep(0.003)
        print(n, flush=True)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", writer, str(store_path), str(stop)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        for r in refs:
            done = subprocess.run(
                [sys.executable, "-m", "intakebot", "--config", str(cfg_path), "requests", "approve", r, "--by", "loop"],
                capture_output=True, text=True, env=env, timeout=60,
            )
            assert done.returncode == 0, done.stderr
    finally:
        stop.touch()
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    written = int(out.strip())
    assert written > len(refs)  # it really wrote all along
    view = Store(store_path).read()
    assert view.get_state("writer_count") == written
    assert all(view.request(r).status == "approved" for r in refs)  # type: ignore[union-attr]
    assert sum(1 for e in view.events() if e["kind"] == "approved") == len(refs)


def test_life_of_a_request_through_the_cli(tmp_path: Path, smtp: SmtpSink) -> None:
    """Mail in → acknowledgement → digest → approve → approval notice → WCO CSV, over real SMTP."""
    sink = smtp
    cfg_path = tmp_path / "intakebot.toml"
    cfg_path.write_text(
        textwrap.dedent(
            f"""
            [smtp]
            host = "{sink.host}"
            port = {sink.port}
            ssl = false
            starttls = false
            from_address = "info@cites.org"

            [secretariat]
            digest_to = ["cug-review@cites.org"]
            """
        ),
        encoding="utf-8",
    )
    cfg = load(cfg_path)
    inbox = cfg.maildir.inbox
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    for name in ("01-en-complete.eml", "03-es-complete.eml"):
        (inbox / "new" / name).write_bytes((ROOT / "examples" / name).read_bytes())

    polled = run(cfg_path, "poll", "--once")
    assert polled.exit_code == 0, polled.output
    assert len(sink.wait_for(4)) == 4  # the two acknowledgements and two review mails
    pending = json.loads(run(cfg_path, "requests", "list", "--status", "pending_review", "--json").output)
    by_msg = {r["message_ids"][0]: r for r in pending}
    en, es = by_msg["<example-01@kws.go.ke>"], by_msg["<example-03@profepa.gob.mx>"]
    assert (en["language"], es["language"]) == ("en", "es")

    digest = run(cfg_path, "digest", "--send")
    assert digest.exit_code == 0, digest.output
    got = sink.wait_for(5)
    assert got[4].rcpt_tos == ["cug-review@cites.org"]
    digest_msg = message_from_bytes(got[4].data)
    csv_part = next(p for p in digest_msg.walk() if p.get_content_type() == "text/csv")
    payload = csv_part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert {en["reference"], es["reference"]} <= {r[0] for r in csv.reader(io.StringIO(payload.decode()))}

    for rec in (en, es):
        ok = run(cfg_path, "requests", "approve", rec["reference"], "--by", "alice")
        assert ok.exit_code == 0 and "sent" in ok.output, ok.output
    notices = sink.wait_for(7)[5:]
    assert len(notices) == 2
    for rec, notice in zip((en, es), notices, strict=True):
        msg = message_from_bytes(notice.data)
        assert notice.rcpt_tos == [rec["sender"]]
        assert msg["In-Reply-To"] == rec["message_ids"][0]
        assert rec["reference"] in str(msg["Subject"]) or rec["reference"] in msg.as_string()

    exported = run(cfg_path, "requests", "export", "--csv")
    rows = list(csv.reader(io.StringIO(exported.stdout)))
    assert sorted(r[-1] for r in rows[1:]) == sorted([en["reference"], es["reference"]])
    assert {r[0] for r in rows[1:]} == {"Kenya", "Mexico"}


def test_export_with_nothing_approved_says_so(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("")
    r = subprocess.run([sys.executable, "-m", "intakebot", "--config", str(cfg), "requests", "export", "--csv"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    assert r.stdout.startswith("Country,Name,Surname")
    assert "no approved requests" in r.stderr


def test_export_over_an_existing_readable_file_leaves_it_private(cfg_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "wco.csv"
    target.write_text("old\n")
    target.chmod(0o644)
    r = run(cfg_path, "requests", "export", "--csv", str(target))
    assert r.exit_code == 0, r.output
    assert target.stat().st_mode & 0o077 == 0  # O_CREAT's mode applies to new files only


def test_list_shows_the_newest_page_and_says_how_many_more_there_are(cfg_path: Path) -> None:
    r = CliRunner().invoke(main, ["--config", str(cfg_path), "requests", "list", "--limit", "2",
                                                  "--json"])
    assert r.exit_code == 0, r.output
    assert [x["reference"] for x in json.loads(r.stdout)] == ["CUG-2026-0003", "CUG-2026-0004"]
    assert "newest 2 of 4" in r.stderr and "--limit 0" in r.stderr
    pending = CliRunner().invoke(
        main, ["--config", str(cfg_path), "requests", "list", "--status", "pending_review", "--limit", "1"])
    assert "CUG-2026-0002" in pending.stdout and "CUG-2026-0001" not in pending.stdout
    everything = CliRunner().invoke(
        main, ["--config", str(cfg_path), "requests", "list", "--limit", "0", "--json"])
    assert len(json.loads(everything.stdout)) == 4 and everything.stderr == ""
