"""One exception root: every exception class intakebot defines derives from IntakebotError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import intakebot
from intakebot.errors import IntakebotError


def _intakebot_exceptions() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    for info in pkgutil.walk_packages(intakebot.__path__, "intakebot."):
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found.append(obj)
    return found


def test_every_intakebot_exception_derives_from_the_one_root() -> None:
    classes = _intakebot_exceptions()
    assert len(classes) >= 10  # the walk found the package's exceptions, not nothing
    errors = [c for c in classes if issubclass(c, Exception)]
    strays = [f"{c.__module__}.{c.__qualname__}" for c in errors if not issubclass(c, IntakebotError)]
    assert strays == []


def test_the_only_signal_outside_the_root_is_the_workers_cpu_limit() -> None:
    # A BaseException that is not an Exception is control flow, not an error: the
    # worker's CPU-limit signal must pass through a parser's `except Exception`.
    signals = [f"{c.__module__}.{c.__qualname__}" for c in _intakebot_exceptions() if not issubclass(c, Exception)]
    assert signals == ["intakebot.analysis.worker._CpuSpent"]


def test_one_line_collapses_server_text_and_carries_the_label() -> None:
    from intakebot.config import ConfigError
    from intakebot.store import StoreError

    assert ConfigError("bad\n  value").one_line() == "config: bad value"
    assert StoreError("locked").one_line() == "store: locked"
    assert (ConfigError.exit_code, StoreError.exit_code, IntakebotError.exit_code) == (2, 2, 1)
