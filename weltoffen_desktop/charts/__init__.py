"""Charts of the self-check (matplotlib, no Qt): one house style, one figure per kind."""
