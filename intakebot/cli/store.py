"""``backup`` and ``restore``: the store as a JSON file a person can read and keep.

Why these are the only place TinyDB's layout lives on: the live store is
SQLite (see :mod:`intakebot.store`), but a backup should open without SQL --
``TinyDB(FILE)`` reads it -- and be the same format the JSON store had, so
backups from before and after the move restore alike.
"""

from __future__ import annotations

from pathlib import Path

import click

from intakebot.cli import main, state
from intakebot.run.app import App
from intakebot.store import Store, StoreError


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


def refuse_lost_state(app: App, *, unreachable_ok: bool = False) -> None:
    """Refuse to poll when the store is missing but the IMAP inbox shows it existed.

    Only a missing store is a first start; the keyword on processed mail is
    the inbox's memory that a store existed, so a missing one was lost (a
    wrong path, a deleted file) and starting afresh would answer everything
    again and restart reference numbers at 0001.

    ``unreachable_ok``: ``poll --once`` lets an unreachable or refusing
    server fail in the poll itself, which records the failure for ``status``
    (the poll cannot read the inbox either, so nothing is answered).
    """
    if app.store.exists() or app.cfg.imap is None:
        return
    from intakebot.sources.imap import ImapError, ImapSource

    source = app.source()
    if not isinstance(source, ImapSource):
        return
    try:
        lost = source.carries_processed_mail()
    except ImapError:
        if not unreachable_ok:
            raise
        source.close()
        return
    if lost:
        raise StoreError(
            f"{app.store.path} is missing but {app.cfg.imap.mailbox} holds mail marked"
            f" {app.cfg.imap.processed_keyword}: the store was lost, this is not a first start;"
            " restore the last backup with `intakebot restore FILE` (not polling)"
        )
