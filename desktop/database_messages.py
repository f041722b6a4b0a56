"""What the app says when a database cannot be used: the database layer's errors in the
interface language, naming the file, for the start-up window and the File menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def database_message(error: Exception) -> str:
    """One sentence for `error`; errors the person cannot act on keep their own text."""
    from models.backups import BackupsNotSupported
    from models.db import DatabaseLocked, NewerDatabase, NotADutyRosterDatabase

    name = getattr(error, "name", "")
    if isinstance(error, DatabaseLocked):
        return QCoreApplication.translate(
            "DatabaseMessages",
            "The database {name} is open elsewhere (locked). Close the other program, or try again in a moment.",
        ).format(name=name)
    if isinstance(error, NotADutyRosterDatabase):
        return QCoreApplication.translate(
            "DatabaseMessages", "{name} is not a Duty Roster database. It was left as it is.",
        ).format(name=name)
    if isinstance(error, NewerDatabase):
        return QCoreApplication.translate(
            "DatabaseMessages",
            "The database {name} was made by a newer version of Duty Roster. Upgrade Duty Roster to open it.",
        ).format(name=name)
    if isinstance(error, BackupsNotSupported):
        return QCoreApplication.translate(
            "DatabaseMessages",
            "Backups are made for databases kept in a file on this computer only. "
            "A database on a server is backed up with the server's own tools.",
        )
    return str(error)
