"""`intakebot extract --json`: the contract other tools and reviewers rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOMINEE_KEYS = {"country", "country_code", "name", "surname", "organization", "position",
                "phone", "email", "missing", "problems"}


def _extract(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intakebot", "extract", "--json", *map(str, files)],
                          capture_output=True, text=True, timeout=120)


def test_one_object_per_file_in_order() -> None:
    files = sorted(EXAMPLES.glob("*.eml"))
    r = _extract(*files)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [o["file"] for o in out] == [str(f) for f in files]
    for o in out:
        assert {"file", "message_id", "kind", "language", "reference", "nominees"} <= set(o)
        assert o["kind"] in ("request", "not_request", "auto_reply")
        assert o["language"] in ("en", "fr", "es")
        for n in o["nominees"]:
            assert set(n) >= NOMINEE_KEYS
            for p in n["problems"]:
                assert {"field", "code", "message"} <= set(p)


def test_values_of_a_complete_english_request() -> None:
    [o] = json.loads(_extract(EXAMPLES / "01-en-complete.eml").stdout)
    [n] = o["nominees"]
    assert (o["kind"], o["language"], o["reference"]) == ("request", "en", None)
    assert (n["country"], n["country_code"], n["name"], n["surname"]) == ("Kenya", "KE", "Grace", "Wanjiru")
    assert n["phone"] == "+254202379407" and n["email"] == "g.wanjiru@kws.go.ke"
    assert n["missing"] == []


def test_french_nom_is_the_surname() -> None:
    [o] = json.loads(_extract(EXAMPLES / "02-fr-incomplete.eml").stdout)
    [n] = o["nominees"]
    assert o["language"] == "fr"
    assert (n["name"], n["surname"]) == ("Amélie", "Dubois")
    assert set(n["missing"]) == {"phone", "email"}


def test_messages_the_bot_leaves_alone_have_no_nominees() -> None:
    out = json.loads(_extract(EXAMPLES / "06-out-of-office.eml", EXAMPLES / "07-newsletter.eml").stdout)
    assert [(o["kind"], o["nominees"]) for o in out] == [("auto_reply", []), ("not_request", [])]


def test_unreadable_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    r = _extract(tmp_path / "nope.eml")
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr
