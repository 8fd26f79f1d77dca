"""Commands for workshops: list, export and import as exchange files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from weltoffen_desktop.cli.common import Commands, add_take_over, open_workspace


def _list(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.workshop import workshops

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
        found = workshops(ws)
    if args.json:
        rows = [
            {"uid": w.uid, "title": w.title, "date": w.date.isoformat() if w.date else None}
            for w in found
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not found:
        print(f"No workshops in {args.path}")
    for w in found:
        print(f"{w.uid}  {w.date.isoformat() if w.date else 'no date':<10}  {w.title}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.workshop_exchange import export_workshop

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
        data = export_workshop(ws, args.workshop, args.out)
    print(f"Wrote workshop {data.title!r} ({data.uid}) to {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.workshop_exchange import import_workshop

    with open_workspace(args.path, take_over=args.take_over) as ws:
        result = import_workshop(ws, args.file)
    print(f"Imported workshop {result.title!r} ({result.uid}): {result.records} records")
    if result.round_name is not None:
        print(f"It shows the results of the round {result.round_name!r}.")
    if result.round_missing is not None:
        print(
            f"The file links it to the round {result.round_missing!r}, which this workspace "
            "does not have; the workshop is not linked to a round."
        )
    return 0


def register(commands: Commands) -> None:
    workshop = commands.add_parser("workshop", help="list, export or import workshops")
    actions = workshop.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list the workshops with their IDs")
    listing.add_argument("path", type=Path, metavar="PATH")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_take_over(listing)
    listing.set_defaults(handler=_list)

    export = actions.add_parser("export", help="write one workshop as an exchange file (JSON)")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument(
        "--workshop", required=True, metavar="ID", help="the workshop's ID, or its title"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    add_take_over(export)
    export.set_defaults(handler=_export)

    load = actions.add_parser(
        "import", help="check a workshop exchange file completely and add the workshop"
    )
    load.add_argument("path", type=Path, metavar="PATH")
    load.add_argument("file", type=Path, metavar="FILE.json")
    add_take_over(load)
    load.set_defaults(handler=_import)
