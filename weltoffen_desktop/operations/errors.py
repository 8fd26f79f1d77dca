"""The error an operation raises for input it refuses."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input an operation refuses; ``code`` lets the GUI show its own wording."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)
