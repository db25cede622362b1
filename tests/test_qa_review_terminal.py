"""QA: ``requests list`` in an 80-column terminal (a real pty) is one readable entry per request."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rich.cells import cell_len

from intakebot.config import load
from tests.support.configs import write_config
from tests.support.records import make_record, store_with
from tests.support.terminal import on_terminal

RECEIVED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
LONG_ORG = ("Servicio de Protección de la Naturaleza (SEPRONA) de la Guardia Civil, "
            "Dirección General de la Guardia Civil, Ministerio del Interior")


def _list(tmp_path: Path, columns: int, *args: str) -> str:
    path = write_config(tmp_path)
    store_with(
        Path(load(path).storage.path),
        make_record("CUG-2026-0001", received=RECEIVED, sender="x@gmail.com"),
        make_record("CUG-2026-0002", language="es", received=RECEIVED, organization=LONG_ORG,
                    name="José Ángel", surname="Núñez Peña"),
        make_record("CUG-2026-0003", status="incomplete", language="fr", received=RECEIVED, missing=("phone",)),
    )
    screen = on_terminal("--config", str(path), "requests", "list", *args, columns=columns)
    assert screen.code == 0, screen.text
    return screen.text


def test_eighty_columns_never_wrap_and_keep_each_reference_whole(tmp_path: Path) -> None:
    out = _list(tmp_path, 80)
    lines = out.splitlines()
    assert all(cell_len(line) <= 80 for line in lines), out
    for ref in ("CUG-2026-0001", "CUG-2026-0002", "CUG-2026-0003"):
        assert any(line.startswith(ref) for line in lines), out
    assert "José Ángel Núñez Peña" in out  # non-ASCII names whole when they fit
    assert "Servicio de Protección" in out and "…" in out  # a long organisation is cut, not wrapped
    assert "freemail" in out and "pending" in out and "incomplete" in out


def test_a_status_filter_drops_the_status_column_in_a_narrow_terminal(tmp_path: Path) -> None:
    out = _list(tmp_path, 80, "--status", "incomplete")
    assert "Status" not in out and "CUG-2026-0003" in out and "CUG-2026-0001" not in out


def test_a_wide_terminal_keeps_the_full_table(tmp_path: Path) -> None:
    out = _list(tmp_path, 160)
    assert "Category/access" in out and "Status" in out
