"""The error an operation raises for input it refuses."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input an operation refuses; ``code`` lets the GUI show its own wording.

    ``params`` carries what that wording needs from the check, such as the ``limit`` a text
    went beyond, so the message can never name another limit than the one checked.
    """

    def __init__(self, code: str, message: str, params: dict[str, object] | None = None) -> None:
        self.code = code
        self.params: dict[str, object] = params or {}
        super().__init__(message)


MAX_LISTED_PROBLEMS = 50


class Refused(InvalidInput):
    """A file with problems, every one listed; nothing was changed."""

    def __init__(self, code: str, lead: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(code, f"{lead} {len(problems)} problem(s):\n" + listed(problems))


def listed(problems: list[str]) -> str:
    """Problems one per line, cut after MAX_LISTED_PROBLEMS with a count of the rest."""
    shown = problems[:MAX_LISTED_PROBLEMS]
    if len(problems) > MAX_LISTED_PROBLEMS:
        shown.append(f"… and {len(problems) - MAX_LISTED_PROBLEMS} more problems")
    return "\n".join(shown)
