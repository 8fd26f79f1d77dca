"""Entry point of the `weltoffen` command.

Every command exits 0 on success, and 1 with one line on stderr when the
user's input or file is the problem (no traceback). Each command group lives
in its own module with a ``register(commands)``; libraries are imported
inside the commands, so `weltoffen --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from weltoffen_desktop import __version__
from weltoffen_desktop.cli import (
    charts,
    data,
    merge,
    minutes,
    selfcheck,
    signing,
    workshop,
    workspace,
)

Handler = Callable[[argparse.Namespace], int]
COMMAND_GROUPS = (workspace, selfcheck, workshop, data, merge, charts, minutes, signing)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weltoffen",
        description="Weltoffen Desktop on the command line: workspaces of the "
        "Selbstcheck Weltoffene Kommune. The GUI is `weltoffen-desktop`.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
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
