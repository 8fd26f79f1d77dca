"""Workshop vocabulary shared by storage, operations and the user interface."""

from __future__ import annotations

import enum


class Attendance(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class CardKind(enum.StrEnum):
    STRENGTH = "strength"
    NEEDS_WORK = "needs_work"
    IDEA = "idea"
    QUESTION = "question"
    DECISION = "decision"


class MeasureStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
