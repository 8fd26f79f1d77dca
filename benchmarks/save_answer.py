"""Latency of saving one entered answer, against raw sqlite3 on the same disk.

    python -m benchmarks.save_answer [--answers N]

(a) baseline: sqlite3 INSERT + COMMIT of one row (WAL, synchronous=FULL, like a workspace);
(b) weltoffen: operations.rounds.set_answer on a workspace file (checks, ORM, commit).
Prints both medians and the ratio; target: median of (b) <= 10 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.rounds import add_respondent, create_round, set_answer
from weltoffen_desktop.operations.workspace import create_workspace

TARGET_MS = 10.0


def raw_sqlite_ms(folder: Path, count: int) -> list[float]:
    timings = []
    with contextlib.closing(sqlite3.connect(folder / "raw.db", isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE answer (respondent INTEGER, question TEXT, value INTEGER)")
        for i in range(count):
            start = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO answer VALUES (?, ?, ?)", (1, f"Q-{i}", i % 4))
            conn.execute("COMMIT")
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def set_answer_ms(folder: Path, count: int) -> list[float]:
    ws = create_workspace(folder / "bench.weltoffen", "Benchmark")
    with ws.read() as session:
        questions = [q.id for q in catalogue_of(current_catalogue_version(session)).questions]
    round_id = create_round(ws, "Bench")
    timings = []
    for i in range(count):
        if i % len(questions) == 0:
            respondent = add_respondent(ws, round_id, f"R{i}", "Amt", "")
        start = time.perf_counter()
        set_answer(ws, respondent, questions[i % len(questions)], i % 4)
        timings.append((time.perf_counter() - start) * 1000)
    ws.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        baseline = statistics.median(raw_sqlite_ms(folder, args.answers))
        ours = statistics.median(set_answer_ms(folder, args.answers))
    print(f"raw sqlite3 insert+commit (WAL, FULL): median {baseline:.2f} ms")
    print(f"set_answer (checks, ORM, commit):       median {ours:.2f} ms")
    verdict = "ok" if ours <= TARGET_MS else "OVER TARGET"
    print(f"ratio {ours / baseline:.1f}x; target median <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if ours <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
