"""Entry point of the `weltoffen` command.

Every command exits 0 on success, and 1 with one line on stderr when the
user's input or file is the problem (no traceback). Libraries are imported
inside the commands, so `weltoffen --help` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from weltoffen_desktop import __version__

if TYPE_CHECKING:
    from weltoffen_desktop.storage.database import Workspace

Handler = Callable[[argparse.Namespace], int]


@contextlib.contextmanager
def _workspace(path: Path) -> Iterator[Workspace]:
    from weltoffen_desktop.storage.database import Workspace

    ws = Workspace.open(path)
    try:
        yield ws
    finally:
        ws.close()


def _cmd_init(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.workspace import create_workspace

    create_workspace(args.path, args.municipality, overwrite=args.force).close()
    print(f"Created workspace {args.path} for {args.municipality.strip()}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.demo import create_demo

    create_demo(args.path, overwrite=args.force).close()
    print(f"Created demo workspace {args.path}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.summary import summarize

    with _workspace(args.path) as ws:
        summary = summarize(ws)
    if args.json:
        print(
            json.dumps(
                {
                    "municipality": summary.municipality,
                    "has_logo": summary.logo is not None,
                    "rounds": [vars(r) for r in summary.rounds],
                    "workshops": [
                        {**vars(w), "date": w.date.isoformat() if w.date else None}
                        for w in summary.workshops
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"Municipality: {summary.municipality}")
    for r in summary.rounds:
        print(f"Round {r.name}: {r.respondents} respondents, {r.answers} answers ({r.catalogue})")
    for w in summary.workshops:
        when = w.date.isoformat() if w.date else "no date"
        print(
            f"Workshop {w.title} ({when}): {w.participants} participants, "
            f"{w.cards} cards, {w.measures} measures"
        )
    return 0


def _cmd_catalog_export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.catalogue import export_catalogue

    with _workspace(args.path) as ws:
        catalogue = export_catalogue(ws, args.out)
    print(f"Wrote catalogue {catalogue.key} {catalogue.version} to {args.out}")
    return 0


def _cmd_catalog_import(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.catalogue import import_catalogue

    with _workspace(args.path) as ws:
        catalogue = import_catalogue(ws, args.file)
    print(
        f"Imported catalogue {catalogue.key} {catalogue.version} "
        f"({len(catalogue.questions)} questions); new rounds use it"
    )
    return 0


def _cmd_answers_import(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.answers_import import import_answers

    with _workspace(args.path) as ws:
        plan = import_answers(ws, args.round, args.file)
    print(
        f"Imported {len(plan.rows)} answers into round {args.round!r}"
        f"{' (new round)' if plan.new_round else ''}: "
        f"{len(plan.new_respondents)} new respondents, {plan.replaced_answers} answers replaced"
    )
    return 0


def _cmd_answers_export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.answers_import import export_answers

    with _workspace(args.path) as ws:
        count = export_answers(ws, args.round, args.out)
    print(f"Wrote {count} answers of round {args.round!r} to {args.out}")
    return 0


def _format_number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _cmd_results(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.results import (
        comparison_as_dict,
        report_as_dict,
        round_report,
    )

    with _workspace(args.path) as ws:
        report = round_report(ws, args.round)
        data = report_as_dict(report, args.language)
        if args.compare:
            data["comparison"] = comparison_as_dict(round_report(ws, args.compare), report)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['round']} ({data['catalogue_version']})")
    print(f"{'Field':<45} {'Score':>6} {'Stage':>5} {'Resp.':>5} {'Skip%':>6} {'Spread':>6}")
    changes = {c["id"]: c for c in data.get("comparison", {}).get("fields", [])}
    for f in data["fields"]:
        flag = "  disagreement" if f["disagreement"] else ""
        change = changes.get(f["id"])
        if change and change["score_delta"] is not None:
            flag += f"  {change['score_delta']:+.1f} since {data['comparison']['round']}"
            flag += f" (stage {change['stage_delta']:+d})" if change["stage_delta"] else ""
        agreed = f["consensus"]
        if agreed:
            flag += f"  consensus: stage {agreed['stage']} ({agreed['reason']})"
        print(
            f"{f['name'][:45]:<45} {_format_number(f['score']):>6} {f['stage'] or '–':>5} "
            f"{f['respondents']:>5} {f['skipped_share'] * 100:>5.1f}% "
            f"{_format_number(f['spread']):>6}{flag}"
        )
    overall = data["overall"]
    print(
        f"Overall: {_format_number(overall['score'])}, stage {overall['stage'] or '–'}"
        f" – {overall['stage_name'] or 'no answers yet'}"
    )
    return 0


def _cmd_consensus(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.results import clear_consensus, set_consensus

    with _workspace(args.path) as ws:
        if args.clear:
            clear_consensus(ws, args.round, args.field)
            print(f"Cleared the consensus for {args.field} in {args.round!r}")
            return 0
        set_consensus(
            ws, args.round, args.field, score=args.score, stage=args.stage, reason=args.reason or ""
        )
    print(f"Recorded the consensus for {args.field} in {args.round!r}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weltoffen",
        description="Weltoffen Desktop on the command line: workspaces of the "
        "Selbstcheck Weltoffene Kommune. The GUI is `weltoffen-desktop`.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser("init", help="create an empty workspace for a municipality")
    init.add_argument("path", type=Path, metavar="PATH", help="the new .weltoffen file")
    init.add_argument("--municipality", required=True, metavar="NAME")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(handler=_cmd_init)

    demo = commands.add_parser("demo", help="create a demo workspace (fictional Musterstadt)")
    demo.add_argument("path", type=Path, metavar="PATH", help="the new .weltoffen file")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(handler=_cmd_demo)

    info = commands.add_parser("info", help="show what a workspace contains")
    info.add_argument("path", type=Path, metavar="PATH")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=_cmd_info)

    catalog = commands.add_parser("catalog", help="export or import the question catalogue")
    catalog_commands = catalog.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = catalog_commands.add_parser("export", help="write the current catalogue as JSON")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(handler=_cmd_catalog_export)
    load = catalog_commands.add_parser(
        "import", help="check a catalogue file and make it the one new rounds use"
    )
    load.add_argument("path", type=Path, metavar="PATH")
    load.add_argument("file", type=Path, metavar="FILE.json")
    load.set_defaults(handler=_cmd_catalog_import)

    answers = commands.add_parser("answers", help="import or export a round's answers")
    answer_commands = answers.add_subparsers(dest="action", required=True, metavar="ACTION")
    load = answer_commands.add_parser(
        "import",
        help="import CSV/XLSX (respondent,department,role,question_id,value); all or nothing",
    )
    load.add_argument("path", type=Path, metavar="PATH")
    load.add_argument("--round", required=True, metavar="NAME", help="created if missing")
    load.add_argument("file", type=Path, metavar="FILE")
    load.set_defaults(handler=_cmd_answers_import)
    export = answer_commands.add_parser("export", help="write a round's answers as CSV or XLSX")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument("--round", required=True, metavar="NAME")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    export.set_defaults(handler=_cmd_answers_export)

    results = commands.add_parser("results", help="score and stage per field and overall")
    results.add_argument("path", type=Path, metavar="PATH")
    results.add_argument("--round", required=True, metavar="NAME")
    results.add_argument("--json", action="store_true", help="print JSON")
    results.add_argument("--language", choices=("de", "en"), default="de")
    results.add_argument(
        "--compare", metavar="EARLIER", help="also show the change since an earlier round"
    )
    results.set_defaults(handler=_cmd_results)

    consensus = commands.add_parser(
        "consensus", help="record the score or stage a group agreed for a field, with a reason"
    )
    consensus.add_argument("path", type=Path, metavar="PATH")
    consensus.add_argument("--round", required=True, metavar="NAME")
    consensus.add_argument("--field", required=True, metavar="ID", help="e.g. MS")
    agreed = consensus.add_mutually_exclusive_group(required=True)
    agreed.add_argument("--score", type=float, help="agreed score 0–100")
    agreed.add_argument("--stage", type=int, help="agreed stage 1–4")
    agreed.add_argument("--clear", action="store_true", help="remove the consensus")
    consensus.add_argument("--reason", metavar="TEXT", help="why (required unless --clear)")
    consensus.set_defaults(handler=_cmd_consensus)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from weltoffen_desktop.operations.errors import InvalidInput
    from weltoffen_desktop.storage.database import WorkspaceError

    handler: Handler = args.handler
    try:
        return handler(args)
    except (WorkspaceError, InvalidInput) as exc:
        print(f"weltoffen: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"weltoffen: error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1
