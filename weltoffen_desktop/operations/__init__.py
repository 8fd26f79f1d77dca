"""Operations: every write to a workspace goes through these functions.

Widgets and CLI commands call them; they never hold a session or write SQL
themselves. Each operation commits at once, so every edit is on disk when it
returns.
"""
