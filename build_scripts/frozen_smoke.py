"""Smoke test of the frozen app, started as on a machine without Python.

    python build_scripts/frozen_smoke.py [PROGRAM_DIR]

PROGRAM_DIR holds `weltoffen-desktop` and `weltoffen` (default: dist/weltoffen-desktop;
after installing the .deb: /usr/bin). Every program runs with a minimal environment
whose PATH has no Python on it. Checked:

- the GUI on a fresh demo workspace: every page and the About dialog's licences,
  in German and in English (the .qm translation);
- the command line from a demo workspace to signed, verified minutes: demo ->
  workshop list -> minutes -> cert create -> sign (chair, then minute-taker) -> verify,
  plus a chart (matplotlib) and an XLSX export (openpyxl);
- a workspace of the oldest schema, which the app upgrades: Alembic's migrations.

Prints one line per step and exits 0 only if every step worked.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bundle_contents import CLI_NAME, ROOT

from weltoffen_desktop import APP_ID

PAGES = ["overview", "selfcheck", "evaluation", "workshop", "minutes", "settings"]
ENGLISH_TITLES = ["Overview", "Self-check", "Evaluation", "Workshop", "Minutes", "Settings"]
PASSPHRASE = "smoke test passphrase 2026"


def python_free_environment(home: Path) -> dict[str, str]:
    """A minimal environment: this PATH without any folder that holds a Python."""
    folders = [
        folder
        for folder in os.environ.get("PATH", "").split(os.pathsep)
        if folder and not any(Path(folder).glob("python*"))
    ]
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    environment = {
        "PATH": os.pathsep.join(folders) or os.defpath.split(os.pathsep)[0],
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "WELTOFFEN_BASE_DIR": str(home / "app"),
    }
    if "SYSTEMROOT" in os.environ:  # Windows programs cannot start without it
        environment["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    if shutil.which("python3", path=environment["PATH"]) or shutil.which(
        "python", path=environment["PATH"]
    ):
        raise SystemExit("smoke: could not build a PATH without Python")
    return environment


def oldest_schema_workspace(path: Path) -> None:
    """A workspace as the first released schema wrote it, for the app to upgrade."""
    from sqlalchemy import create_engine

    from weltoffen_desktop.storage import schema
    from weltoffen_desktop.storage.database import APPLICATION_ID
    from weltoffen_desktop.storage.migrate import upgrade

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine, schema.REVISIONS[0])
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO municipality (uid, name) VALUES ('u1', 'Altstadt')")
    engine.dispose()


@dataclass
class Smoke:
    programs: Path
    work: Path
    environment: dict[str, str]
    failures: list[str] = field(default_factory=list)

    def run(self, name: str, program: str, *args: str | Path) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [str(self.programs / program), *map(str, args)],
            cwd=self.work,
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode != 0:
            details = (result.stderr.strip() or result.stdout.strip()).splitlines()[-12:]
            self.fail(name, f"exit {result.returncode}\n    " + "\n    ".join(details))
        else:
            print(f"smoke: ok      {name}", flush=True)
        return result

    def fail(self, name: str, why: str) -> None:
        self.failures.append(name)
        print(f"smoke: FAILED  {name}: {why}", flush=True)

    def check(self, name: str, condition: bool, why: str) -> None:
        if not condition:
            self.fail(name, why)


def gui_steps(smoke: Smoke) -> None:
    for language, titles in (("de", None), ("en", ENGLISH_TITLES)):
        name = f"GUI --demo --smoke --language {language}"
        result = smoke.run(name, APP_ID, "--demo", "--smoke", "--language", language)
        if result.returncode != 0:
            continue
        report = json.loads(result.stdout.strip().splitlines()[-1])
        pages = report["pages"]
        smoke.check(name, [page["id"] for page in pages] == PAGES, f"pages {pages}")
        smoke.check(name, all(page["ok"] for page in pages), f"a page failed: {pages}")
        if titles is not None:
            shown = [page["title"] for page in pages]
            smoke.check(name, shown == titles, f"not translated: {shown}")
        smoke.check(name, report.get("window_icon") is True, "the window icon did not load")
        licences = report.get("licences", {})
        smoke.check(name, licences.get("components", 0) > 3, f"About dialog: {licences}")
        smoke.check(name, licences.get("without_text") == [], f"About dialog: {licences}")


def cli_steps(smoke: Smoke) -> None:
    from weltoffen_desktop import __version__

    demo = smoke.work / "Musterstadt.weltoffen"
    version = smoke.run("weltoffen --version", CLI_NAME, "--version")
    smoke.check("weltoffen --version", __version__ in version.stdout, version.stdout)
    if smoke.run("weltoffen demo", CLI_NAME, "demo", demo).returncode != 0:
        return
    info = smoke.run("weltoffen info --json", CLI_NAME, "info", demo, "--json")
    rounds = json.loads(info.stdout)["rounds"] if info.returncode == 0 else []
    if rounds:
        smoke.run(
            "weltoffen chart (PDF)",
            CLI_NAME,
            "chart",
            demo,
            "--round",
            rounds[-1]["name"],
            "--kind",
            "radar",
            "--out",
            "radar.pdf",
        )
        smoke.run(
            "weltoffen answers export (XLSX)",
            CLI_NAME,
            "answers",
            "export",
            demo,
            "--round",
            rounds[-1]["name"],
            "--out",
            "answers.xlsx",
        )
    listed = smoke.run(
        "weltoffen workshop list --json", CLI_NAME, "workshop", "list", demo, "--json"
    )
    workshops = json.loads(listed.stdout) if listed.returncode == 0 else []
    smoke.check("demo has a workshop", bool(workshops), "no workshop to write minutes of")
    if not workshops:
        return
    minutes = smoke.work / "Protokoll.pdf"
    made = smoke.run(
        "weltoffen minutes",
        CLI_NAME,
        "minutes",
        demo,
        "--workshop",
        workshops[0]["uid"],
        "--out",
        minutes,
    )
    (smoke.work / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    for who, person in (("chair", "Erika Mustermann"), ("minute_taker", "Đorđe Šćepanović")):
        smoke.run(
            f"weltoffen cert create ({who})",
            CLI_NAME,
            "cert",
            "create",
            "--name",
            person,
            "--organisation",
            "Stadt Musterstadt",
            "--out",
            f"{who}.p12",
            "--passphrase-file",
            "passphrase.txt",
        )
        if made.returncode == 0:
            smoke.run(
                f"weltoffen sign --field {who}",
                CLI_NAME,
                "sign",
                minutes,
                "--p12",
                f"{who}.p12",
                "--passphrase-file",
                "passphrase.txt",
                "--field",
                who,
            )
    if made.returncode == 0:
        verified = smoke.run("weltoffen verify", CLI_NAME, "verify", minutes, "--json")
        if verified.returncode == 0:
            count = len(json.loads(verified.stdout)["signatures"])
            smoke.check("weltoffen verify", count == 2, f"{count} signatures, not 2")


def migration_steps(smoke: Smoke) -> None:
    from weltoffen_desktop.storage import schema

    old = smoke.work / "Altstadt.weltoffen"
    oldest_schema_workspace(old)
    result = smoke.run(
        f"upgrade a schema-{schema.REVISIONS[0]} workspace", CLI_NAME, "info", old, "--json"
    )
    if result.returncode == 0:
        import sqlite3
        from contextlib import closing

        with closing(sqlite3.connect(old)) as connection:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        smoke.check("upgrade", revision == schema.HEAD, f"still at {revision}")
        smoke.check("upgrade", json.loads(result.stdout)["municipality"] == "Altstadt", "data lost")


def run_smoke(programs: Path) -> list[str]:
    """Run every step against ``programs``; returns the names of the failed steps."""
    with tempfile.TemporaryDirectory(prefix="weltoffen-smoke-") as folder:
        work = Path(folder)
        smoke = Smoke(programs, work, python_free_environment(work / "home"))
        gui_steps(smoke)
        cli_steps(smoke)
        migration_steps(smoke)
        return smoke.failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="?", type=Path, default=ROOT / "dist" / APP_ID)
    failures = run_smoke(parser.parse_args(argv).programs.absolute())
    print(f"smoke: {'all steps ok' if not failures else f'{len(failures)} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
