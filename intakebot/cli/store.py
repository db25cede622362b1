"""``backup`` and ``restore``: the store as a JSON file a person can read and keep.

Why these are the only place TinyDB's layout lives on: the live store is
SQLite (see :mod:`intakebot.store`), but a backup should open without SQL --
``TinyDB(FILE)`` reads it -- and be the same format the JSON store had, so
backups from before and after the move restore alike.
"""

from __future__ import annotations

from pathlib import Path

import click

from intakebot.cli.root import main, state
from intakebot.store import Store


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def backup_cmd(ctx: click.Context, file: Path) -> None:
    """Write a consistent snapshot of the store to FILE (TinyDB's JSON layout, mode 0600).

    Safe while the daemon runs: the snapshot is one read transaction. FILE is
    replaced atomically; a symlink or anything but a regular file there is refused.
    """
    store = Store(state(ctx).config().storage.path)
    store.backup(file)
    click.echo(f"Backup of {store.path} written to {file}.")


@main.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def restore_cmd(ctx: click.Context, file: Path) -> None:
    """Load a backup FILE into an EMPTY store (a missing one, or one with no record).

    A store that holds anything is refused: move it away first, so restoring
    never merges old records into live ones.
    """
    store = Store(state(ctx).config().storage.path)
    store.restore(file)
    view = store.read()
    click.echo(f"Restored {file} into {store.path}: {view.count_requests()} request(s).")
