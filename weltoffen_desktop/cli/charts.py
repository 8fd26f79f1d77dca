"""The `chart` command: one chart of a round as SVG, PDF or PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

from weltoffen_desktop.charts.figures import KINDS
from weltoffen_desktop.cli.common import Commands, add_take_over, open_workspace


def _chart(args: argparse.Namespace) -> int:
    from weltoffen_desktop.charts.export import chart_format, save_chart
    from weltoffen_desktop.operations.chart_data import chart_data
    from weltoffen_desktop.operations.errors import InvalidInput

    chart_format(args.out)
    folder = args.out.parent
    if not folder.is_dir():
        raise InvalidInput("folder_missing", f"The folder {str(folder)!r} does not exist.")
    with open_workspace(args.path, take_over=args.take_over, reading=True) as ws:
        data = chart_data(ws, args.round, args.compare_round)
    save_chart(KINDS[args.kind](data, args.language), args.out)
    print(f"Wrote the {args.kind} chart of round {args.round!r} to {args.out}")
    return 0


def register(commands: Commands) -> None:
    chart = commands.add_parser("chart", help="draw a chart of a round as SVG, PDF or PNG")
    chart.add_argument("path", type=Path, metavar="PATH")
    chart.add_argument("--round", required=True, metavar="NAME")
    chart.add_argument("--kind", required=True, choices=tuple(KINDS))
    chart.add_argument(
        "--compare-round", metavar="NAME", help="an earlier round (needed by --kind compare)"
    )
    chart.add_argument("--language", choices=("de", "en"), default="de")
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.svg|.pdf|.png")
    add_take_over(chart)
    chart.set_defaults(handler=_chart)
