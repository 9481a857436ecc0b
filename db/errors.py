"""Storage errors the user can act on; importing this loads nothing heavy (the CLI needs it early)."""


class DatabaseError(Exception):
    """An error the user can act on (a newer schema, an unreachable server, a read-only file)."""


class DatabaseBusyError(DatabaseError):
    """Another program held the write lock for longer than the busy timeout: nothing was changed."""
