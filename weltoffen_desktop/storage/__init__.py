"""Storage: SQLAlchemy models, the workspace file and its migrations."""
