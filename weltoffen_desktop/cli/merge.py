"""The merge command: bring another laptop's workspace of the same municipality in."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from weltoffen_desktop.cli.common import Commands, add_take_over, open_workspace

if TYPE_CHECKING:
    from weltoffen_desktop.operations.merge import MergePlan, MergeResult

PLURALS = {
    "round": "rounds",
    "respondent": "respondents",
    "answer": "answers",
    "consensus": "consensus",
    "workshop": "workshops",
    "participant": "participants",
    "agenda_item": "agenda items",
    "cluster": "clusters",
    "card": "cards",
    "dot_vote": "dot votes",
    "vote_option": "vote options",
    "dots": "dots",
    "recommendation": "recommendations",
    "decision": "decisions",
    "goal": "goals",
    "measure": "measures",
    "milestone": "milestones",
}


def plain(value: Any) -> Any:
    """A value as JSON has it: dates and times in ISO 8601, choices by their value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def _shown(value: Any) -> str:
    text = json.dumps(plain(value), ensure_ascii=False)
    return text if len(text) <= 50 else text[:49] + "…"


def _merge(args: argparse.Namespace) -> int:
    from weltoffen_desktop.operations.merge import MINE, merge, plan_merge, read_other
    from weltoffen_desktop.paths import AppDirs

    with open_workspace(args.path, take_over=args.take_over) as ws:
        theirs = read_other(args.other, ws.path)
        plan = plan_merge(ws, theirs, force=args.force)
        result = None
        if not args.dry_run:
            backups = AppDirs.resolve().data
            result = merge(ws, theirs, prefer=args.prefer, force=args.force, backups_dir=backups)
    if args.json:
        print(json.dumps(_as_dict(args, plan, result), ensure_ascii=False))
        return 0
    print(f"Merging {args.other} ({plan.municipality}) into {args.path}")
    print(f"{'':<18}{'new':>6}{'identical':>11}{'conflicting':>13}")
    for kind, counts in plan.counts.items():
        print(f"{PLURALS[kind]:<18}{counts.new:>6}{counts.identical:>11}{counts.conflicting:>13}")
    if plan.conflicts:
        kept = "kept as here" if args.prefer == MINE else "taken from the other workspace"
        print(f"{len(plan.conflicts)} conflict(s), {kept}:")
        for c in plan.conflicts:
            changes = "; ".join(
                f"{name}: {_shown(c.mine[name])} here, {_shown(c.theirs[name])} there"
                for name in c.theirs
            )
            print(f"  {c.kind.replace('_', ' ')} {c.label!r}: {changes}")
    if result is None:
        print("Dry run: nothing was changed.")
    elif result.backup is None:
        print("Nothing to merge: everything is here already.")
    else:
        print(
            f"Merged: {result.added} records added, {result.replaced} replaced, "
            f"{result.kept} kept; backup before merging: {result.backup}"
        )
    return 0


def _as_dict(args: argparse.Namespace, plan: MergePlan, result: MergeResult | None) -> dict:
    return {
        "source": str(args.other),
        "municipality": plan.municipality,
        "counts": {kind: vars(counts) for kind, counts in plan.counts.items()},
        "conflicts": [
            {
                "id": c.id,
                "kind": c.kind,
                "label": c.label,
                "here": {n: plain(v) for n, v in c.mine.items()},
                "there": {n: plain(v) for n, v in c.theirs.items()},
            }
            for c in plan.conflicts
        ],
        "merged": result is not None,
        "added": result.added if result else 0,
        "replaced": result.replaced if result else 0,
        "kept": result.kept if result else 0,
        "backup": str(result.backup) if result and result.backup else None,
    }


def register(commands: Commands) -> None:
    merge = commands.add_parser(
        "merge",
        help="bring in another workspace of the same municipality (another laptop's): "
        "rounds, answers, workshops; a preview of new, identical and conflicting records",
    )
    merge.add_argument("path", type=Path, metavar="PATH", help="the workspace to merge into")
    merge.add_argument(
        "other", type=Path, metavar="OTHER.weltoffen", help="the other workspace; never changed"
    )
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        default="mine",
        help="in a conflict keep this workspace's values (mine, the default) or take the "
        "other's (theirs)",
    )
    merge.add_argument("--dry-run", action="store_true", help="only show what would be merged")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.add_argument(
        "--force", action="store_true", help="merge even if the municipality's names differ"
    )
    add_take_over(merge)
    merge.set_defaults(handler=_merge)
