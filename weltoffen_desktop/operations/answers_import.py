"""Answers from CSV/XLSX files into a round (all or nothing), and back out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.fileformats.answers import (
    AnswerRow,
    RowProblem,
    check_rows,
    read_answers,
    write_answers,
)
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.errors import Refused
from weltoffen_desktop.operations.rounds import MAX_TEXT, add_round, find_round, store_answers
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Answer, Respondent, Round


class ImportRefused(Refused):
    """An answers file with problems; the workspace was not changed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("import_refused", "Nothing was imported; the file has", problems)


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, or why it cannot: shown before anything is written."""

    rows: tuple[AnswerRow, ...]
    problems: tuple[RowProblem, ...]
    new_round: bool
    new_respondents: tuple[str, ...]
    replaced_answers: int


def _existing_respondents(session: Session, round_id: int | None) -> dict[str, Respondent]:
    if round_id is None:
        return {}
    found = session.scalars(select(Respondent).where(Respondent.round_id == round_id))
    return {r.code: r for r in found}


def _plan(session: Session, round_name: str, path: Path) -> ImportPlan:
    parsed = read_answers(path)
    round_ = session.scalars(select(Round).where(Round.name == round_name.strip())).one_or_none()
    version = round_.catalogue if round_ is not None else current_catalogue_version(session)
    problems = [*parsed.problems, *check_rows(parsed.rows, catalogue_of(version))]
    problems += [
        RowProblem(row.line, "cell_too_long", {"column": column, "max": MAX_TEXT})
        for row in parsed.rows
        for column in ("respondent", "department", "role")
        if len(getattr(row, column)) > MAX_TEXT
    ]
    known = _existing_respondents(session, round_.id if round_ else None)
    first_row: dict[str, AnswerRow] = {}
    for row in parsed.rows:
        first_row.setdefault(row.respondent, row)
    for code, row in first_row.items():
        stored = known.get(code)
        if stored is not None and (stored.department, stored.role) != (row.department, row.role):
            problems.append(
                RowProblem(
                    row.line,
                    "respondent_in_round",
                    {
                        "code": code,
                        "stored": f"{stored.department} / {stored.role}",
                        "given": f"{row.department} / {row.role}",
                    },
                )
            )
    replaced = 0
    if known and not problems:
        stored_pairs = set(
            session.execute(
                select(Respondent.code, Answer.question_id)
                .join(Answer, Answer.respondent_id == Respondent.id)
                .where(Respondent.round_id == round_.id)  # type: ignore[union-attr]
            ).all()
        )
        replaced = sum((row.respondent, row.question_id) in stored_pairs for row in parsed.rows)
    return ImportPlan(
        rows=parsed.rows,
        problems=tuple(sorted(problems, key=lambda p: (p.line is not None, p.line or 0))),
        new_round=round_ is None,
        new_respondents=tuple(code for code in first_row if code not in known),
        replaced_answers=replaced,
    )


def plan_import(ws: Workspace, round_name: str, path: Path) -> ImportPlan:
    """Read and check a file against the round; writes nothing."""
    with ws.read() as session:
        return _plan(session, round_name, path)


def import_answers(ws: Workspace, round_name: str, path: Path) -> ImportPlan:
    """Import every answer of the file in one transaction, or nothing at all.

    A missing round is created with the current catalogue; answers already
    stored for the same respondent and question are replaced.
    """
    with ws.write() as session:
        plan = _plan(session, round_name, path)
        if plan.problems:
            raise ImportRefused([str(p) for p in plan.problems])
        round_ = (
            find_round(session, round_name)
            if not plan.new_round
            else add_round(session, round_name)
        )
        ids = {code: r.id for code, r in _existing_respondents(session, round_.id).items()}
        for row in plan.rows:
            if row.respondent not in ids:
                respondent = Respondent(
                    round_id=round_.id,
                    code=row.respondent,
                    department=row.department,
                    role=row.role,
                )
                session.add(respondent)
                session.flush()
                ids[row.respondent] = respondent.id
        store_answers(
            session,
            [(ids[row.respondent], row.question_id, row.value, row.comment) for row in plan.rows],
        )
    return plan


def export_answers(ws: Workspace, round_name: str, path: Path) -> int:
    """Write a round's answers in the import format; returns the number of rows."""
    with ws.read() as session:
        round_ = find_round(session, round_name)
        order = {q.id: i for i, q in enumerate(catalogue_of(round_.catalogue).questions)}
        found = session.execute(
            select(Respondent, Answer)
            .join(Answer, Answer.respondent_id == Respondent.id)
            .where(Respondent.round_id == round_.id)
        ).all()
    found.sort(key=lambda pair: (pair[0].id, order.get(pair[1].question_id, len(order))))
    rows = [
        AnswerRow(
            line=number,
            respondent=r.code,
            department=r.department,
            role=r.role,
            question_id=a.question_id,
            value=a.value,
            comment=a.comment,
        )
        for number, (r, a) in enumerate(found, start=2)
    ]
    write_answers(path, rows)
    return len(rows)
