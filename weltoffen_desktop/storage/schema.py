"""Schema revisions this version of the app knows, oldest first.

Opening a file compares its ``alembic_version`` with this list without
importing Alembic; Alembic is loaded only when an upgrade is due. A test
checks that this list equals the migration chain.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
