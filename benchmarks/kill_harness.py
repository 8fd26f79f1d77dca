"""Crash test: nothing reported as saved is lost when the writing process is killed.

    python -m benchmarks.kill_harness [--kills N] [--seed S] [--max-edits M]

A writer process edits one workspace through the real operations (set_answer;
new answers and overwrites in a seeded sequence) and reports each edit on
stdout once the operation has returned. After a random 5–300 ms the harness
kills it with SIGKILL and checks the file as the crash left it: the app opens
it, SQLite's integrity check says "ok", and every reported edit is in it (the
edit that was in flight at the kill may or may not be). The next writer goes on
editing the same file. Exit 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from weltoffen_desktop.operations.rounds import (
    add_respondent,
    answers_of,
    create_round,
    respondents,
    round_named,
    set_answer,
)
from weltoffen_desktop.operations.summary import summarize
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

REPO_ROOT = Path(__file__).resolve().parents[1]
WORKSPACE_NAME = "crash-test.weltoffen"
ROUND_NAME = "Crash test"
FIRST_RESPONDENTS = 3
MIN_DELAY_S = 0.005
MAX_DELAY_S = 0.300
OVERWRITE_SHARE = 0.5
SKIPPED = "-"  # a skipped answer (value None) on a report line
_WRITER_CODE = (
    "import sys; from benchmarks.kill_harness import writer_main; writer_main(sys.argv[1:])"
)

Cell = tuple[int, str]
Value = int | None


@dataclass
class HarnessReport:
    """What happened over all runs; ``ok`` when nothing was lost or damaged."""

    runs: int = 0
    killed: int = 0  # SIGKILL arrived while the writer was still editing
    finished: int = 0  # the writer had made all its edits before the kill was due
    survived: int = 0  # killed runs after which every check passed
    in_flight_at_kill: int = 0  # kills between an edit's start and its report
    edits_reported: int = 0
    overwrites_reported: int = 0
    edits_lost: int = 0
    unexpected_rows: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    writer_errors: int = 0
    edits_per_run: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.edits_lost
            or self.unexpected_rows
            or self.integrity_failures
            or self.open_failures
            or self.writer_errors
        )


def _format(value: Value) -> str:
    return SKIPPED if value is None else str(value)


def _parse(text: str) -> Value:
    return None if text == SKIPPED else int(text)


def writer_main(argv: list[str]) -> None:
    """The writer process; arguments: PATH SEED FIRST_EDIT_NUMBER MAX_EDITS."""
    path, seed, first, count = Path(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    rng = random.Random(f"{seed}:{first}")
    ws = Workspace.open(path)
    round_ = round_named(ws, ROUND_NAME)
    questions = [q.id for q in round_.catalogue.questions]
    choices: list[Value] = [None, *range(round_.catalogue.scale.max + 1)]
    people = [r.id for r in respondents(ws, round_.id)]
    stored: dict[Cell, Value] = {}
    for person in people:
        stored.update({(person, q): a.value for q, a in answers_of(ws, person).items()})
    answered = list(stored)
    free = [(person, q) for person in people for q in questions if (person, q) not in stored]
    print("ready", flush=True)
    for number in range(first, first + count):
        if not free:  # every cell answered: a new respondent keeps new answers coming
            person = add_respondent(ws, round_.id, f"R{len(people) + 1}", "Crash test", "")
            people.append(person)
            free = [(person, q) for q in questions]
        if answered and rng.random() < OVERWRITE_SHARE:
            cell = rng.choice(answered)
            value = rng.choice([v for v in choices if v != stored[cell]])
        else:
            cell = free.pop(rng.randrange(len(free)))
            answered.append(cell)
            value = rng.choice(choices)
        edit = f"{number} {cell[0]} {cell[1]} {_format(value)}"
        print(f"start {edit}", flush=True)
        set_answer(ws, cell[0], cell[1], value)
        print(f"saved {edit}", flush=True)
        stored[cell] = value
    ws.close()
    print("done", flush=True)


@dataclass
class _Run:
    lines: list[str]
    returncode: int
    stderr: str


def _run_writer(path: Path, seed: int, first: int, max_edits: int, delay: float) -> _Run:
    """Start a writer, SIGKILL it ``delay`` seconds after it is ready, collect its lines."""
    args = [str(path), str(seed), str(first), str(max_edits)]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITER_CODE, *args],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert process.stdout is not None
        stdout = process.stdout
        lines: list[str] = []
        ready = threading.Event()

        def read() -> None:
            for line in stdout:
                if line.endswith("\n"):  # a torn last line is no report
                    lines.append(line[:-1])
                if line == "ready\n":
                    ready.set()
            ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        ready.wait(timeout=60)
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        returncode = process.wait(timeout=60)
        reader.join(timeout=60)
        stdout.close()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", errors="replace")
    return _Run(lines, returncode, stderr)


def _create(path: Path) -> None:
    ws = create_workspace(path, "Crash-Test")
    round_id = create_round(ws, ROUND_NAME)
    for i in range(1, FIRST_RESPONDENTS + 1):
        add_respondent(ws, round_id, f"R{i}", "Crash test", "")
    ws.close()


def _check(
    path: Path,
    expected: dict[Cell, Value],
    in_flight: tuple[Cell, Value] | None,
    report: HarnessReport,
) -> bool:
    """Check the file as the kill left it; afterwards ``expected`` holds what it contains."""
    problems_before = len(report.problems)
    # The app first, on the untouched post-crash file (WAL and all), as after a real crash.
    try:
        ws = Workspace.open(path)
        try:
            summarize(ws)
        finally:
            ws.close()
    except Exception as exc:  # any failure to open is a finding, not a harness error
        report.open_failures += 1
        report.problems.append(f"run {report.runs}: the app cannot open the file: {exc!r}")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        found: dict[Cell, Value] = {
            (r, q): v
            for r, q, v in conn.execute("SELECT respondent_id, question_id, value FROM answer")
        }
    if integrity != ["ok"]:
        report.integrity_failures += 1
        report.problems.append(f"run {report.runs}: integrity_check: {integrity[:5]}")

    def in_flight_value(cell: Cell, value: Value) -> bool:
        return in_flight is not None and in_flight == (cell, value)

    for cell, want in expected.items():
        if cell not in found or (found[cell] != want and not in_flight_value(cell, found[cell])):
            report.edits_lost += 1
            got = _format(found[cell]) if cell in found else "nothing"
            report.problems.append(
                f"run {report.runs}: {cell} saved as {_format(want)}, file has {got}"
            )
    for cell, value in found.items():
        if cell not in expected and not in_flight_value(cell, value):
            report.unexpected_rows += 1
            report.problems.append(f"run {report.runs}: {cell} = {value} was never written")
    expected.clear()
    expected.update(found)
    return len(report.problems) == problems_before


def run_harness(folder: Path, kills: int, seed: int, max_edits_per_run: int) -> HarnessReport:
    """Kill ``kills`` writers mid-stream on one new workspace in ``folder``; check after each."""
    path = folder / WORKSPACE_NAME
    _create(path)
    rng = random.Random(seed)
    report = HarnessReport()
    expected: dict[Cell, Value] = {}
    next_edit = 1
    for _ in range(kills):
        report.runs += 1
        run = _run_writer(
            path, seed, next_edit, max_edits_per_run, rng.uniform(MIN_DELAY_S, MAX_DELAY_S)
        )
        in_flight: tuple[Cell, Value] | None = None
        saved = 0
        for line in run.lines:
            kind, *parts = line.split(" ")
            if kind not in ("start", "saved"):
                continue
            number, respondent, question, value = parts
            cell = (int(respondent), question)
            next_edit = int(number) + 1
            if kind == "start":
                in_flight = (cell, _parse(value))
            else:
                in_flight = None
                saved += 1
                report.overwrites_reported += int(cell in expected)
                expected[cell] = _parse(value)
        report.edits_reported += saved
        report.edits_per_run.append(saved)
        finished = "done" in run.lines
        killed = run.returncode == -signal.SIGKILL and not finished
        report.killed += int(killed)
        report.finished += int(finished)
        report.in_flight_at_kill += int(killed and in_flight is not None)
        if run.returncode not in (0, -signal.SIGKILL):
            report.writer_errors += 1
            report.problems.append(f"run {report.runs}: writer failed: {run.stderr.strip()}")
        if _check(path, expected, in_flight, report) and killed:
            report.survived += 1
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-edits", type=int, default=10_000, help="edits per writer at most")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        report = run_harness(Path(tmp), args.kills, args.seed, args.max_edits)
    seconds = time.perf_counter() - start
    print(f"runs:                 {report.runs} in {seconds:.0f} s")
    print(f"kills survived:       {report.survived} of {report.killed} mid-stream kills")
    print(f"  edit in flight:     {report.in_flight_at_kill}")
    print(f"  writer finished:    {report.finished}")
    print(
        f"edits reported:       {report.edits_reported} ({report.overwrites_reported} overwrites)"
    )
    print(f"median edits per run: {statistics.median(report.edits_per_run or [0]):.0f}")
    print(f"edits lost:           {report.edits_lost}")
    print(f"unexpected rows:      {report.unexpected_rows}")
    print(f"integrity failures:   {report.integrity_failures}")
    print(f"app open failures:    {report.open_failures}")
    print(f"writer errors:        {report.writer_errors}")
    for problem in report.problems[:20]:
        print(f"  {problem}")
    print(f"verdict: {'ok' if report.ok else 'DATA LOST OR DAMAGED'}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
