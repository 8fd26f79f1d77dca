"""Entry point of the `weltoffen` command.

Every command exits 0 on success, and 1 with one line on stderr when the
user's input or file is the problem (no traceback). Libraries are imported
inside the commands, so `weltoffen --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from weltoffen_desktop import __version__

Handler = Callable[[argparse.Namespace], int]


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
    from weltoffen_desktop.storage.database import Workspace

    ws = Workspace.open(args.path)
    try:
        summary = summarize(ws)
    finally:
        ws.close()
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
