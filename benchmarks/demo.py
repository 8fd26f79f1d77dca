"""What the demo workshop adds to creating the demo workspace (the app builds it on --demo).

    python -m benchmarks.demo [--repeats N]

(a) baseline: a workspace with the demo's two self-check rounds only;
(b) the whole demo workspace: the same, and the workshop recorded through the operations.
Runs alternate, so drifting machine load hits both alike. Prints both medians of wall time
and of the process's CPU time (which other load on the machine disturbs much less), the
ratio and the difference; target: the workshop adds <= 150 ms of CPU time.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from weltoffen_desktop.operations.demo import DEMO_MUNICIPALITY, add_demo_rounds, create_demo
from weltoffen_desktop.operations.workspace import create_workspace

TARGET_MS = 150.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    numbers = itertools.count()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)

        def rounds_only() -> None:
            path = folder / f"rounds-{next(numbers)}.weltoffen"
            create_workspace(path, DEMO_MUNICIPALITY, populate=add_demo_rounds).close()

        def whole_demo() -> None:
            create_demo(folder / f"demo-{next(numbers)}.weltoffen").close()

        whole_demo()  # imports and first compiles out of the way
        wall: dict[Callable[[], None], list[float]] = {rounds_only: [], whole_demo: []}
        cpu: dict[Callable[[], None], list[float]] = {rounds_only: [], whole_demo: []}
        for _ in range(args.repeats):
            for run in wall:
                start, start_cpu = time.perf_counter(), time.process_time()
                run()
                wall[run].append((time.perf_counter() - start) * 1000)
                cpu[run].append((time.process_time() - start_cpu) * 1000)
    (baseline, ours), (baseline_cpu, ours_cpu) = (
        [statistics.median(found) for found in timings.values()] for timings in (wall, cpu)
    )
    extra = ours_cpu - baseline_cpu
    print(f"demo rounds only:           median {baseline:.0f} ms ({baseline_cpu:.0f} ms CPU)")
    print(f"whole demo (with workshop): median {ours:.0f} ms ({ours_cpu:.0f} ms CPU)")
    verdict = "ok" if extra <= TARGET_MS else "OVER TARGET"
    print(
        f"ratio {ours / baseline:.2f}x; the workshop adds {ours - baseline:.0f} ms, "
        f"{extra:.0f} ms CPU; target <= {TARGET_MS:.0f} ms CPU: {verdict}"
    )
    return 0 if extra <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
