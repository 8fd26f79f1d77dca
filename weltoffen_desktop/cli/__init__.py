"""The `weltoffen` command line: a thin face over the operations layer."""
