"""Issue 11 item 4: hostile values from mail are printed as inert text by every verb, piped and on a terminal.

The values carry Rich markup (``[/b]`` once crashed ``requests list`` with a
MarkupError, ``[link=...]`` made a clickable link, ``[conceal]`` hid text),
terminal escapes (OSC 8 hyperlinks, clear-screen, a C1 CSI), a right-to-left
override, and a Message-ID ``<[/x]@...>`` that crashed ``poll --once`` after
commit and send. Each verb must exit 0, print the markup literally and no
control character at all.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.config import load
from intakebot.records import PollHealth
from tests.support.configs import write_config
from tests.support.records import make_record, store_with
from tests.support.terminal import on_terminal, piped

RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ORG = "Kenya Wildlife Service [/b]"
NAME = "[link=https://evil.example/phish]Click here[/link]"
SURNAME = "[conceal]Hidden[/conceal] Otieno"
POSITION = "Warden \x1b]8;;https://evil.example/\x07link\x1b]8;;\x07 \x1b[2J\x9b2J\u202eesrever\x85end"
ERROR = "IMAP said [bold red]fine[/] \x1b[2J\x07"
#: Control characters no output may hold (newline and tab are the layout's own).
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: What Rich itself writes on a terminal: colour and bold (SGR) only.
OWN_STYLING = re.compile(r"\x1b\[[0-9;]*m")
HOSTILE_MAIL = (
    'From: "[link=https://evil.example]Jane[/link]" <jane@kws.go.ke>\r\n'
    "To: info@cites.org\r\n"
    "Subject: =?utf-8?b?" + __import__("base64").b64encode(
        "Nomination [/b] \x1b[2J \u0085 \u202eevil".encode()).decode() + "?=\r\n"
    "Message-ID: <[/x]@evil.example>\r\n"
    "Date: Mon, 02 Mar 2026 08:00:00 +0000\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Please register the following official in the cheetah closed user group.\r\n"
    f"Country: Kenya\r\nName: {NAME}\r\nSurname: Hidden Otieno\r\nOrganization: {ORG}\r\n"
    "Position: Warden\r\nContact number: +254 20 2379407\r\nOfficial email address: jane@kws.go.ke\r\n"
).encode("utf-8")


def _clean(out: str, *, terminal: bool = False) -> None:
    text = OWN_STYLING.sub("", out) if terminal else out
    assert not FORBIDDEN.search(text), repr(FORBIDDEN.search(text))
    assert "Traceback" not in out


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    cfg = write_config(tmp_path)
    store = store_with(
        Path(load(cfg).storage.path),
        make_record("CUG-2026-0001", status="approved", received=RECEIVED, organization=ORG, name=NAME,
                    surname=SURNAME, position=POSITION, message_id="<[/x]@evil.example>"),
        make_record("CUG-2026-0002", received=RECEIVED, organization=ORG, name=NAME, surname=SURNAME,
                    position=POSITION),
    )
    with store.transaction() as tx:
        tx.set_state("poll", PollHealth("", 3, "2026-03-02T08:00:00+00:00", ERROR, "2026-03-02T09:00:00+00:00").to_json())
    return cfg


def test_every_reading_verb_prints_hostile_record_values_as_inert_text(hostile_store: Path, tmp_path: Path) -> None:
    cfg = str(hostile_store)
    for args in (["requests", "list"], ["requests", "list", "--status", "pending"],
                 ["requests", "show", "CUG-2026-0001"], ["status"], ["digest", "--print"]):
        expected = 1 if args == ["status"] else 0  # the stored poll health is failing: unhealthy
        r = piped("--config", cfg, *args)
        assert r.returncode == expected, (args, r.stderr)
        _clean(r.stdout + r.stderr)
        for columns in (80, 160):
            screen = on_terminal("--config", cfg, *args, columns=columns)
            assert screen.code == expected, (args, columns, screen.text)
            _clean(screen.raw, terminal=True)
            assert "\x1b]8" not in screen.raw and "\x1b[8m" not in screen.raw  # no link, nothing concealed
    shown = piped("--config", cfg, "requests", "show", "CUG-2026-0001").stdout
    assert NAME in shown and ORG in shown and "[conceal]Hidden[/conceal]" in shown  # literally, not as markup
    assert "[bold red]fine[/]" in piped("--config", cfg, "status").stdout
    listed = on_terminal("--config", cfg, "requests", "list", columns=160).text
    assert "[/b]" in listed
    for args in (["requests", "list", "--json"], ["requests", "show", "CUG-2026-0001", "--json"], ["status", "--json"]):
        r = piped("--config", cfg, *args)
        assert r.returncode == (1 if args[0] == "status" else 0) and not FORBIDDEN.search(r.stdout), args
        json.loads(r.stdout)
    record = json.loads(piped("--config", cfg, "requests", "show", "CUG-2026-0001", "--json").stdout)
    assert record["nominee"]["position"] == POSITION  # escaped in the JSON text, the value itself intact


def test_the_export_holds_no_control_characters(hostile_store: Path, tmp_path: Path) -> None:
    out = piped("--config", str(hostile_store), "requests", "export")
    assert out.returncode == 0
    _clean(out.stdout)
    target = tmp_path / "wco.csv"
    assert piped("--config", str(hostile_store), "requests", "export", str(target)).returncode == 0
    text = target.read_text(encoding="utf-8")
    _clean(text.replace("\r\n", "\n"))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1] == NAME and rows[1][3] == ORG


def test_poll_and_extract_print_a_hostile_message_as_inert_text(tmp_path: Path) -> None:
    eml = tmp_path / "hostile.eml"
    eml.write_bytes(HOSTILE_MAIL)
    extracted = piped("extract", str(eml), cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    assert not FORBIDDEN.search(extracted.stdout)
    assert json.loads(extracted.stdout)[0]["message_id"] == "<[/x]@evil.example>"
    for name, terminal in (("piped", False), ("terminal", True)):
        home = tmp_path / name
        home.mkdir()
        cfg = write_config(home)
        inbox = load(cfg).maildir.inbox
        for sub in ("new", "cur", "tmp"):
            (inbox / sub).mkdir(parents=True)
        (inbox / "new" / "1.hostile.host").write_bytes(HOSTILE_MAIL)
        if terminal:
            screen = on_terminal("--config", str(cfg), "poll", "--once", columns=80)
            assert screen.code == 0, screen.text
            _clean(screen.raw, terminal=True)
            out = screen.text
        else:
            r = piped("--config", str(cfg), "poll", "--once")
            assert r.returncode == 0, r.stderr
            _clean(r.stdout + r.stderr)
            out = r.stdout
        assert "Nomination [/b]" in out and "[link=https://evil.example]Jane[/link]" in " ".join(out.split())
        assert "CUG-2026-0001" in out
