"""`backup` and `restore`: copies of the SQLite database in the `backups/` folder beside it
(models.backups), made now, listed, or put back."""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.options import add_db_option
from desktop.errors import UserError


def _database_file(db_arg: str | None) -> Path:
    from models.backups import database_file
    from models.db import DatabaseError

    try:
        return database_file(db_arg)
    except DatabaseError as exc:
        raise UserError(str(exc)) from None


def print_backups(database: Path) -> None:
    from models.backups import backup_folder, list_backups

    backups = list_backups(database)
    if not backups:
        print(f"no backup of {database} in {backup_folder(database)}")
    for backup in backups:
        print(f"{backup.path}\t{backup.created:%Y-%m-%d %H:%M:%S}\t{_size(backup.size)}")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from models.backups import make_backup
    from models.db import DatabaseError

    database = _database_file(args.db)
    if args.list:
        print_backups(database)
        return 0
    try:
        print(make_backup(database))
    except DatabaseError as exc:
        raise UserError(str(exc)) from None
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from models.backups import backup_folder, restore_backup
    from models.db import DatabaseError

    database = _database_file(args.db)
    if args.list:
        print_backups(database)
        return 0
    if not args.file:
        raise UserError("restore: name the backup FILE to restore (see restore --list)")
    backup = Path(args.file)
    if not backup.exists() and (backup_folder(database) / backup.name).exists():
        backup = backup_folder(database) / backup.name  # a name as `--list` shows it
    try:
        safety = restore_backup(database, backup)
    except DatabaseError as exc:
        raise UserError(f"{exc}; nothing was restored") from None
    kept = f"; the state before it is saved as {safety}" if safety else ""
    print(f"{backup} restored into {database}{kept}")
    return 0


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help="copy the SQLite database into its backups folder now",
        description="Copy the database (consistently, even while it is in use) into the backups/ folder "
                    "beside it and print the copy's path. The app also backs up before an upgrade of the "
                    "database and once a day when it opens it; the newest 10 are kept.")
    backup.add_argument("--list", action="store_true", help="list the backups (path, date, size) instead")
    add_db_option(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="put a backup back (the current state is backed up first)",
        description="Replace the database's content with a backup, after backing up the current content. "
                    "Only Duty Roster databases are accepted.")
    restore.add_argument("file", nargs="?", metavar="FILE", help="the backup: a path, or a name from --list")
    restore.add_argument("--list", action="store_true", help="list the backups (path, date, size) instead")
    add_db_option(restore)
    restore.set_defaults(handler=cmd_restore)
