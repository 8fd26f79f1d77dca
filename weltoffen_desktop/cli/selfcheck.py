"""Commands for the self-check: catalogue, answers, results, consensus."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from weltoffen_desktop.cli.common import Commands, add_take_over, open_workspace


def _catalog_export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.catalogue import export_catalogue

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
        catalogue = export_catalogue(ws, args.out)
    print(f"Wrote catalogue {catalogue.key} {catalogue.version} to {args.out}")
    return 0


def _catalog_import(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.catalogue import import_catalogue

    with open_workspace(args.path, take_over=args.take_over) as ws:
        catalogue = import_catalogue(ws, args.file)
    print(
        f"Imported catalogue {catalogue.key} {catalogue.version} "
        f"({len(catalogue.questions)} questions); new rounds use it"
    )
    return 0


def _answers_import(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.answers_import import import_answers

    with open_workspace(args.path, take_over=args.take_over) as ws:
        plan = import_answers(ws, args.round, args.file)
    print(
        f"Imported {len(plan.rows)} answers into round {args.round!r}"
        f"{' (new round)' if plan.new_round else ''}: "
        f"{len(plan.new_respondents)} new respondents, {plan.replaced_answers} answers replaced"
    )
    return 0


def _answers_export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.answers_import import export_answers

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
        count = export_answers(ws, args.round, args.out)
    print(f"Wrote {count} answers of round {args.round!r} to {args.out}")
    return 0


def _format_number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _results(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.results import (
        comparison_as_dict,
        report_as_dict,
        round_report,
    )

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
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


def _consensus(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.results import clear_consensus, set_consensus

    with open_workspace(args.path, take_over=args.take_over) as ws:
        if args.clear:
            clear_consensus(ws, args.round, args.field)
            print(f"Cleared the consensus for {args.field} in {args.round!r}")
            return 0
        set_consensus(
            ws, args.round, args.field, score=args.score, stage=args.stage, reason=args.reason or ""
        )
    print(f"Recorded the consensus for {args.field} in {args.round!r}")
    return 0


def register(commands: Commands) -> None:
    catalog = commands.add_parser("catalog", help="export or import the question catalogue")
    catalog_commands = catalog.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = catalog_commands.add_parser("export", help="write the current catalogue as JSON")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    add_take_over(export)
    export.set_defaults(handler=_catalog_export)
    load = catalog_commands.add_parser(
        "import", help="check a catalogue file and make it the one new rounds use"
    )
    load.add_argument("path", type=Path, metavar="PATH")
    load.add_argument("file", type=Path, metavar="FILE.json")
    add_take_over(load)
    load.set_defaults(handler=_catalog_import)

    answers = commands.add_parser("answers", help="import or export a round's answers")
    answer_commands = answers.add_subparsers(dest="action", required=True, metavar="ACTION")
    load = answer_commands.add_parser(
        "import",
        help="import CSV/XLSX (respondent,department,role,question_id,value); all or nothing",
    )
    load.add_argument("path", type=Path, metavar="PATH")
    load.add_argument("--round", required=True, metavar="NAME", help="created if missing")
    load.add_argument("file", type=Path, metavar="FILE")
    add_take_over(load)
    load.set_defaults(handler=_answers_import)
    export = answer_commands.add_parser("export", help="write a round's answers as CSV or XLSX")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument("--round", required=True, metavar="NAME")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    add_take_over(export)
    export.set_defaults(handler=_answers_export)

    results = commands.add_parser("results", help="score and stage per field and overall")
    results.add_argument("path", type=Path, metavar="PATH")
    results.add_argument("--round", required=True, metavar="NAME")
    results.add_argument("--json", action="store_true", help="print JSON")
    results.add_argument("--language", choices=("de", "en"), default="de")
    results.add_argument(
        "--compare", metavar="EARLIER", help="also show the change since an earlier round"
    )
    add_take_over(results)
    results.set_defaults(handler=_results)

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
    add_take_over(consensus)
    consensus.set_defaults(handler=_consensus)
