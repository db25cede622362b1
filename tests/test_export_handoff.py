"""Issue 13 item 6: the WCO hand-off -- export marks, --new, and an XLSX with every cell as text."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.config import load
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with

RECEIVED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def run(cfg_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(cfg_path), *args])


@pytest.fixture
def cfg_path(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    store_with(
        load(path).storage.path,
        make_record("CUG-2026-0001", status="approved", received=RECEIVED, organization="=HYPERLINK(\"x\")"),
        make_record("CUG-2026-0002", status="approved", language="fr", received=RECEIVED),
        make_record("CUG-2026-0003", received=RECEIVED),
    )
    return path


def refs(out: str) -> list[str]:
    return [row[-1] for row in list(csv.reader(io.StringIO(out)))[1:]]


def test_export_marks_what_it_carried_and_new_exports_only_the_rest(cfg_path: Path) -> None:
    first = run(cfg_path, "requests", "export", "--csv", "--as", "marie")
    assert first.exit_code == 0 and refs(first.stdout) == ["CUG-2026-0001", "CUG-2026-0002"]
    rec = Store(load(cfg_path).storage.path).read().request("CUG-2026-0001")
    assert rec is not None
    last = rec.history[-1]
    assert (last.event, last.actor, last.detail) == ("exported", "secretariat:marie", "csv, access full")
    nothing = run(cfg_path, "requests", "export", "--csv", "--new")
    assert nothing.exit_code == 0 and refs(nothing.stdout) == []
    assert "new since the last export" in nothing.stderr
    assert run(cfg_path, "requests", "approve", "CUG-2026-0003").exit_code == 0
    assert run(cfg_path, "requests", "revoke", "CUG-2026-0002", "--reason", "left_post").exit_code == 0
    new = run(cfg_path, "requests", "export", "--csv", "--new")
    rows = list(csv.reader(io.StringIO(new.stdout)))
    assert [(r[-2], r[-1]) for r in rows[1:]] == [("revoked", "CUG-2026-0002"), ("full", "CUG-2026-0003")]
    assert refs(run(cfg_path, "requests", "export", "--csv", "--new").stdout) == []  # each once
    assert refs(run(cfg_path, "requests", "export", "--csv").stdout) == ["CUG-2026-0001", "CUG-2026-0003"]


def test_xlsx_cells_are_text_without_formulas_or_apostrophes(cfg_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "wco.xlsx"
    r = run(cfg_path, "requests", "export", "--xlsx", str(target))
    assert r.exit_code == 0, r.output
    assert target.stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(target) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    ws = openpyxl.load_workbook(target).active
    assert ws is not None
    cells = {c.value: c for row in ws.iter_rows() for c in row}
    formula_like = cells['=HYPERLINK("x")']
    phone = cells["+254700000001"]  # as stored: no leading apostrophe
    for cell in (formula_like, phone):
        assert cell.data_type == "s" and cell.number_format == "@"
    header = [c.value for c in next(ws.iter_rows())]
    assert header[:3] == ["Country", "Name", "Surname"] and header[-2:] == ["Access", "Reference"]


def test_xlsx_needs_a_file_and_one_format_is_chosen(cfg_path: Path) -> None:
    for args in (("--xlsx",), ("--csv", "--xlsx")):
        r = run(cfg_path, "requests", "export", *args)
        assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1, r.output
