"""Self-check rounds, respondents and their answers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects.sqlite import Insert, insert
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import (
    Answer,
    CatalogueVersion,
    Respondent,
    Round,
    new_uid,
    utc_now,
)

MAX_TEXT = 200
MAX_COMMENT = 2000


@dataclass(frozen=True)
class RoundInfo:
    id: int
    name: str
    catalogue: Catalogue


@dataclass(frozen=True)
class RespondentInfo:
    id: int
    code: str
    department: str
    role: str


@dataclass(frozen=True)
class StoredAnswer:
    value: int | None
    comment: str


def _checked(text: str, what: str, *, required: bool = True) -> str:
    text = text.strip()
    if required and not text:
        raise InvalidInput(f"{what}_empty", f"The {what.replace('_', ' ')} must not be empty.")
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            f"{what}_too_long",
            f"The {what.replace('_', ' ')} is longer than {MAX_TEXT} characters.",
            {"limit": MAX_TEXT},
        )
    return text


def find_round(session: Session, name: str) -> Round:
    found = session.scalars(select(Round).where(Round.name == name)).one_or_none()
    if found is None:
        raise InvalidInput("round_unknown", f"There is no round named {name!r}.")
    return found


def add_round(
    session: Session,
    name: str,
    *,
    catalogue: CatalogueVersion | None = None,
    uid: str | None = None,
) -> Round:
    """A new round (inside a write), answered with ``catalogue``, by default the current one.

    ``uid`` keeps a given UUID (a round brought in from another workspace).
    """
    name = checked_round_name(session, name)
    version = catalogue if catalogue is not None else current_catalogue_version(session)
    round_ = Round(name=name, catalogue_id=version.id)
    if uid is not None:
        round_.uid = uid
    session.add(round_)
    session.flush()
    return round_


def checked_round_name(session: Session, name: str) -> str:
    """``name`` as a new round's name: not empty, not too long, not taken."""
    name = _checked(name, "round_name")
    if session.scalars(select(Round.id).where(Round.name == name)).first() is not None:
        raise InvalidInput("round_exists", f"A round named {name!r} exists already.")
    return name


def create_round(ws: Workspace, name: str) -> int:
    with ws.write() as session:
        return add_round(session, name).id


def rounds(ws: Workspace) -> list[RoundInfo]:
    with ws.read() as session:
        found = session.scalars(select(Round).order_by(Round.created_at, Round.id)).all()
        return [RoundInfo(r.id, r.name, catalogue_of(r.catalogue)) for r in found]


def round_named(ws: Workspace, name: str) -> RoundInfo:
    with ws.read() as session:
        found = find_round(session, name)
        return RoundInfo(found.id, found.name, catalogue_of(found.catalogue))


def add_respondent(ws: Workspace, round_id: int, code: str, department: str, role: str) -> int:
    with ws.write() as session:
        return add_respondent_in(session, round_id, code, department, role).id


def add_respondent_in(
    session: Session,
    round_id: int,
    code: str,
    department: str,
    role: str,
    *,
    uid: str | None = None,
) -> Respondent:
    """``add_respondent`` inside a write; ``uid`` keeps a given UUID."""
    code = checked_respondent_code(session, round_id, code)
    respondent = Respondent(
        round_id=round_id,
        code=code,
        department=_checked(department, "department", required=False),
        role=_checked(role, "role", required=False),
    )
    if uid is not None:
        respondent.uid = uid
    session.add(respondent)
    session.flush()
    return respondent


def checked_respondent_code(session: Session, round_id: int, code: str) -> str:
    """``code`` as a new respondent's code in a round: not empty, not too long, not taken."""
    code = _checked(code, "respondent_code")
    exists = session.scalars(
        select(Respondent.id).where(Respondent.round_id == round_id, Respondent.code == code)
    ).first()
    if exists is not None:
        raise InvalidInput("respondent_exists", f"Respondent {code!r} exists already.")
    return code


def checked_respondent_text(text: str, what: str) -> str:
    """A respondent's department or role (``what``), checked."""
    return _checked(text, what, required=False)


def respondents(ws: Workspace, round_id: int) -> list[RespondentInfo]:
    with ws.read() as session:
        found = session.scalars(
            select(Respondent).where(Respondent.round_id == round_id).order_by(Respondent.id)
        )
        return [RespondentInfo(r.id, r.code, r.department, r.role) for r in found]


def answer_counts(ws: Workspace, round_id: int) -> dict[int, int]:
    """How many questions each respondent of a round has answered (skips included)."""
    with ws.read() as session:
        rows = session.execute(
            select(Respondent.id, func.count(Answer.id))
            .join(Answer, Answer.respondent_id == Respondent.id)
            .where(Respondent.round_id == round_id)
            .group_by(Respondent.id)
        )
        return dict(rows.all())


def answers_of(ws: Workspace, respondent_id: int) -> dict[str, StoredAnswer]:
    with ws.read() as session:
        rows = session.execute(
            select(Answer.question_id, Answer.value, Answer.comment).where(
                Answer.respondent_id == respondent_id
            )
        )
        return {q: StoredAnswer(v, c) for q, v, c in rows}


def _upsert_statement() -> Insert:
    statement = insert(Answer).values(
        uid=bindparam("uid"),
        respondent_id=bindparam("respondent_id"),
        question_id=bindparam("question_id"),
        value=bindparam("value"),
        comment=bindparam("comment"),
        updated_at=bindparam("updated_at"),
    )
    return statement.on_conflict_do_update(
        index_elements=[Answer.respondent_id, Answer.question_id],
        set_={
            "value": statement.excluded.value,
            "comment": statement.excluded.comment,
            "updated_at": statement.excluded.updated_at,
        },
    )


_UPSERT_ANSWER = (
    _upsert_statement()
)  # built once: statement construction costs more than the insert


def store_answers(session: Session, answers: list[tuple[int, str, int | None, str]]) -> None:
    """Insert or replace (respondent_id, question_id, value, comment) answers, checked before."""
    now = utc_now()
    session.execute(
        _UPSERT_ANSWER,
        [
            {
                "uid": new_uid(),
                "respondent_id": r,
                "question_id": q,
                "value": v,
                "comment": c,
                "updated_at": now,
            }
            for r, q, v, c in answers
        ],
    )


def check_value(catalogue: Catalogue, question_id: str, value: int | None) -> None:
    if question_id not in catalogue.question_ids:
        raise InvalidInput("question_unknown", f"Unknown question id {question_id!r}.")
    if value is not None and not 0 <= value <= catalogue.scale.max:
        raise InvalidInput(
            "value_out_of_scale", f"The value {value} is outside the scale 0–{catalogue.scale.max}."
        )


def checked_comment(comment: str) -> str:
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidInput(
            "comment_too_long",
            f"The comment is longer than {MAX_COMMENT} characters.",
            {"limit": MAX_COMMENT},
        )
    return comment


def set_answer(
    ws: Workspace, respondent_id: int, question_id: str, value: int | None, comment: str = ""
) -> None:
    """Record one answer (``None`` = skipped) at once, replacing an earlier one."""
    comment = checked_comment(comment)
    with ws.write() as session:
        version = session.scalars(
            select(CatalogueVersion)
            .join(Round, Round.catalogue_id == CatalogueVersion.id)
            .join(Respondent, Respondent.round_id == Round.id)
            .where(Respondent.id == respondent_id)
        ).one_or_none()
        if version is None:
            raise InvalidInput("respondent_unknown", "The respondent no longer exists.")
        check_value(catalogue_of(version), question_id, value)
        store_answers(session, [(respondent_id, question_id, value, comment)])


def clear_answer(ws: Workspace, respondent_id: int, question_id: str) -> None:
    """Forget an answer entirely (not answered, which differs from skipped)."""
    with ws.write() as session:
        answer = session.scalars(
            select(Answer).where(
                Answer.respondent_id == respondent_id, Answer.question_id == question_id
            )
        ).one_or_none()
        if answer is not None:
            session.delete(answer)
