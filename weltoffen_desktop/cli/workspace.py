"""Commands for whole workspaces: init, demo, info."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from weltoffen_desktop.cli.common import Commands, add_take_over, open_workspace


def _init(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.workspace import create_workspace

    create_workspace(args.path, args.municipality, overwrite=args.force).close()
    print(f"Created workspace {args.path} for {args.municipality.strip()}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.demo import create_demo

    create_demo(args.path, overwrite=args.force).close()
    print(f"Created demo workspace {args.path}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.summary import summarize

    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
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


def register(commands: Commands) -> None:
    init = commands.add_parser("init", help="create an empty workspace for a municipality")
    init.add_argument("path", type=Path, metavar="PATH", help="the new .weltoffen file")
    init.add_argument("--municipality", required=True, metavar="NAME")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(handler=_init)

    demo = commands.add_parser("demo", help="create a demo workspace (fictional Musterstadt)")
    demo.add_argument("path", type=Path, metavar="PATH", help="the new .weltoffen file")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(handler=_demo)

    info = commands.add_parser("info", help="show what a workspace contains")
    info.add_argument("path", type=Path, metavar="PATH")
    info.add_argument("--json", action="store_true", help="print JSON")
    add_take_over(info)
    info.set_defaults(handler=_info)
