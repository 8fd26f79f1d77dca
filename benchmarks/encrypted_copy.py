"""What an encrypted copy costs: the key derivation, and exporting/importing a workspace.

    python -m benchmarks.encrypted_copy [--respondents N] [--repeats R]

(a) scrypt with the default cost alone (target: 0.3–1 s, so guessing passphrases is
slow but the user hardly waits); (b) export_encrypted against its baseline, a
plain verified backup (make_backup) of the same workspace; (c) import_encrypted
against restoring that backup. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks.timing import median_ms
from weltoffen_desktop.fileformats.encrypted import DEFAULT_SCRYPT, derive_keys
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.encrypted_copy import export_encrypted, import_encrypted
from weltoffen_desktop.operations.rounds import add_respondent, create_round, store_answers
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.backup import make_backup, restore

PASSPHRASE = "ein Satz aus mehreren Wörtern"
KDF_RANGE_MS = (300.0, 1000.0)


def _workspace(path: Path, respondents: int) -> None:
    ws = create_workspace(path, "Benchmark")
    with ws.read() as session:
        questions = [q.id for q in catalogue_of(current_catalogue_version(session)).questions]
    round_id = create_round(ws, "Bench")
    people = [add_respondent(ws, round_id, f"R{n}", "Amt", "") for n in range(respondents)]
    with ws.write() as session:
        store_answers(
            session,
            [(p, q, (p + i) % 4, "") for p in people for i, q in enumerate(questions)],
        )
    ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        source = folder / "bench.weltoffen"
        _workspace(source, args.respondents)
        sealed, plain = folder / "bench.weltoffen-enc", folder / "plain.weltoffen"
        counter = iter(range(10**6))

        def fresh(name: str) -> Path:
            return folder / f"{name}-{next(counter)}.weltoffen"

        kdf = median_ms(
            lambda: derive_keys(PASSPHRASE, os.urandom(16), DEFAULT_SCRYPT), args.repeats
        )
        backup = median_ms(lambda: make_backup(source, plain), args.repeats)
        export = median_ms(
            lambda: export_encrypted(source, sealed, PASSPHRASE, overwrite=True), args.repeats
        )
        restored = median_ms(lambda: restore(plain, fresh("restored")), args.repeats)
        imported = median_ms(
            lambda: import_encrypted(sealed, fresh("imported"), PASSPHRASE), args.repeats
        )
        size = source.stat().st_size
    low, high = KDF_RANGE_MS
    print(f"workspace: {args.respondents} respondents, {size / 1e6:.1f} MB")
    print(f"scrypt {DEFAULT_SCRYPT}: median {kdf:.0f} ms (target {low:.0f}–{high:.0f} ms)")
    print(f"plain backup:   median {backup:.0f} ms")
    print(f"encrypted copy: median {export:.0f} ms, {export / backup:.1f}x the backup")
    print(f"restore backup: median {restored:.0f} ms")
    print(f"import copy:    median {imported:.0f} ms, {imported / restored:.1f}x the restore")
    return 0 if low <= kdf <= high else 1


if __name__ == "__main__":
    raise SystemExit(main())
