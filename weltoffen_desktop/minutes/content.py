"""The minutes' content: a workshop's records turned into reportlab flowables, in order.

Results minutes (Ergebnisprotokoll) hold what was decided and found: the agenda as a list,
the card collection summarised (clusters with their number of cards, and each card that
belongs to no cluster). Course minutes (Verlaufsprotokoll) add the course of discussion:
the notes of every agenda item, and every card in its wording under its cluster.
Everything else (participants, self-check results, dot voting, recommendations, decisions,
measures plan, signatures) is the same in both.

Every user text passes through ``markup.text``; layout wording comes from ``texts``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from weltoffen_desktop.charts.figures import ladder, radar
from weltoffen_desktop.domain.distribution import answer_distribution
from weltoffen_desktop.domain.rounding import rounded_within
from weltoffen_desktop.domain.workshop import (
    Attendance,
    CardData,
    ClusterData,
    DecisionData,
    DotVoteData,
    MeasureData,
)
from weltoffen_desktop.minutes import styles
from weltoffen_desktop.minutes.document import Heading, Layout, Metadata, PageFrame, SignatureBox
from weltoffen_desktop.minutes.flowables import DotBar, HeadedBlock, RuledBlock
from weltoffen_desktop.minutes.grouping import (
    CardGroup,
    card_groups,
    clusters_of,
    loose_cards,
    measures_plan,
    vote_ranks,
)
from weltoffen_desktop.minutes.markup import text
from weltoffen_desktop.minutes.texts import Texts
from weltoffen_desktop.minutes.vector_charts import drawing
from weltoffen_desktop.operations.chart_data import ChartData
from weltoffen_desktop.operations.minutes import MinutesSource

W = styles.FRAME_WIDTH
LOGO_BOX = (50 * mm, 26 * mm)  # the largest a logo is drawn on the cover
SIGNATURE_HEIGHT = 24 * mm
SIGNATURE_GAP = 14 * mm
BAR_WIDTH = 42 * mm
SECTION_ROOM = 45 * mm  # a section heading starts a new page when less room is left
GROUP_ROOM = 28 * mm  # the same for the heading of a group inside a section
# Fewer characters than this fill less than a page even in the narrowest table column.
ROW_CHARS = 1500
SIGNATURE_FIELDS = ("chair", "minute_taker")


@dataclass(frozen=True)
class Composed:
    story: list[Flowable]
    frame: PageFrame
    metadata: Metadata


def compose(source: MinutesSource, kind: str, language: str, layout: Layout) -> Composed:
    """The story of the minutes, the texts around each page, and the file's metadata."""
    builder = _Builder(source, kind, Texts(language), layout)
    story = builder.build()
    t, w = builder.t, source.workshop
    kind_title = t[kind]
    header = " · ".join(part for part in (source.municipality, w.title, t.date(w.date)) if part)
    frame = PageFrame(
        header_left=header,
        header_right=kind_title,
        page_label=lambda page, pages: t("page", page=page, pages=pages),
    )
    metadata = Metadata(
        title=f"{kind_title}: {w.title}",
        author=w.minute_taker or source.municipality,
        subject=t("subject", kind=kind_title, title=w.title),
        keywords=t["keywords"],
        language=t.language,
    )
    return Composed(story, frame, metadata)


def _cell_chars(cell: Any) -> int:
    if isinstance(cell, Paragraph):
        return len(cell.getPlainText())
    return sum(_cell_chars(c) for c in cell) if isinstance(cell, list) else 0


def _longest_row(rows: list[list[Any]]) -> int:
    """The most characters in one row: a row can only outgrow a page with many of them."""
    return max((sum(_cell_chars(cell) for cell in row) for row in rows), default=0)


def _has_tall_row(table: LongTable) -> bool:
    """Whether a row of ``table`` is taller than a page (measuring costs a layout pass)."""
    table.wrap(W, styles.FRAME_HEIGHT)  # fills table._rowHeights
    header, *heights = table._rowHeights
    return max(heights, default=0) > styles.FRAME_HEIGHT - header


def _merged(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Row ranges joined where they share a row: reportlab loses overlapping NOSPLITs."""
    joined: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if joined and first <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(last, joined[-1][1]))
        else:
            joined.append((first, last))
    return joined


def _muted(markup: str, *, small: bool = False) -> str:
    """``markup`` in the muted colour (and the small size) inside a paragraph."""
    size = f' size="{styles.SMALL_SIZE}"' if small else ""
    return f'<font color="{styles.MUTED_HEX}"{size}>{markup}</font>'


class _Builder:
    def __init__(self, source: MinutesSource, kind: str, t: Texts, layout: Layout) -> None:
        self.source, self.kind, self.t, self.layout = source, kind, t, layout
        self.s = styles.make_styles()
        self.story: list[Flowable] = []
        self._headings: list[Flowable] = []  # headings waiting for what they head
        self._section = 0
        self._marks = 0
        self._cards = {c.uid: c for c in source.workshop.cards}
        self._clusters = {c.uid: c for c in source.workshop.clusters}
        self._item_numbers = {a.uid: n for n, a in enumerate(source.workshop.agenda, start=1)}

    @property
    def course(self) -> bool:
        return self.kind == "course"

    def build(self) -> list[Flowable]:
        self.cover()
        self.participants()
        self.agenda()
        self.selfcheck()
        self.cards()
        self.votes()
        self.recommendations()
        self.decisions()
        self.measures()
        self.signatures()
        self.story.extend(self._headings)  # none are left, unless a section ended empty
        return self.story

    # --- helpers ---------------------------------------------------------------------------

    def add(self, *flowables: Flowable) -> None:
        """Append to the story; headings waiting for content are bound to the first."""
        if self._headings and flowables:
            first, *rest = flowables
            self.story.append(HeadedBlock(self._headings, first))
            self._headings = []
            flowables = tuple(rest)
        self.story.extend(flowables)

    def add_heading(self, room: float, heading: Flowable) -> None:
        """A heading (after a page break if less than ``room`` is left on the page)."""
        if not self._headings:
            self.story.append(CondPageBreak(room))
        self._headings.append(heading)

    def para(self, markup: str, style: Any = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def user(self, value: str, style: Any = None) -> Paragraph:
        """A paragraph of user text, shown literally."""
        return Paragraph(text(value), style or self.s.body)

    def lines(self, value: str, style: Any = None) -> list[Paragraph]:
        """A long user text as one paragraph per line, spaced like one paragraph.

        A page break then splits one line's paragraph instead of measuring the whole
        text again for every page it runs over.
        """
        style = style or self.s.body
        inner = ParagraphStyle(f"{style.name}_line", style, spaceAfter=0)
        rows = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        found = [Paragraph(text(row) or "\u00a0", inner) for row in rows]
        found[-1] = Paragraph(text(rows[-1]) or "\u00a0", style)
        return found

    def note(self, key: str) -> None:
        self.add(self.para(text(self.t[key]), self.s.muted))

    def heading(self, title: str, *, level: int = 0, numbered: bool = True) -> None:
        """A section (level 0) or group (level 1) heading with its outline entry."""
        if level == 0:
            self._section += numbered
            label = f"{self._section}\u2003{title}" if numbered else title
            style, room = self.s.heading, SECTION_ROOM
        else:
            label, style, room = title, self.s.subheading, GROUP_ROOM
        self._marks += 1
        key = f"m{self._marks}"
        self.add_heading(
            room, Heading(text(label), style, label.replace("\u2003", " "), level, key)
        )

    def minor(self, title: str) -> None:
        self.add_heading(18 * mm, self.para(text(title), self.s.minor_heading))

    def field_name(self, field_id: str | None) -> str:
        name = self.source.field_names.get(field_id or "")
        return name.get(self.t.language) if name else (field_id or "")

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *extra: tuple[Any, ...],
        keep_with_next: Sequence[int] = (),
    ) -> LongTable:
        """A table that breaks between rows, repeating its header row on each page; the
        rows in ``keep_with_next`` (group headings) never end a page, and neither the first
        nor the last row stands alone.

        Only a table with a row too tall for a page breaks inside rows: reportlab would
        otherwise cut rows at every page end, and cannot place a taller row at all.
        """
        table = LongTable(
            rows,
            colWidths=[W * share for share in widths],
            repeatRows=1,
            splitByRow=1,
            style=styles.table_style(*extra),
            hAlign="LEFT",
        )
        if _longest_row(rows) > ROW_CHARS and _has_tall_row(table):
            table.splitInRow = 1
        else:
            together = [(r, r + 1) for r in keep_with_next if r + 1 < len(rows)]
            if len(rows) >= 5:  # neither the first nor the last row alone on a page
                together += [(1, 2), (len(rows) - 2, len(rows) - 1)]
            table.setStyle([("NOSPLIT", (0, a), (-1, b)) for a, b in _merged(together)])
        return table

    def head_row(self, *keys: str) -> list[Paragraph]:
        return [self.para(text(self.t[key]), self.s.cell_head) for key in keys]

    def cell(self, value: str, style: Any = None) -> Paragraph:
        return Paragraph(text(value), style or self.s.cell)

    # --- cover -----------------------------------------------------------------------------

    def cover(self) -> None:
        w, t, s = self.source.workshop, self.t, self.s
        top: list[Any] = [self.user(self.source.municipality, s.cover_municipality)]
        logo = self._logo()
        self.add(
            Table(
                [[top, logo or ""]],
                colWidths=[W - LOGO_BOX[0], LOGO_BOX[0]],
                style=styles.layout_style(("ALIGN", (1, 0), (1, 0), "RIGHT")),
            ),
            Spacer(1, 38 * mm),
            self.para(text(t[self.kind]), s.cover_title),
            self.user(w.title, s.cover_subtitle),
        )
        rows = [
            ("date", t.date(w.date)),
            ("time", self._times()),
            ("place", w.place),
            ("moderator", w.moderator),
            ("chair", w.chair),
            ("minute_taker", w.minute_taker),
            ("round", w.round_name or ""),
        ]
        facts = [
            [self.para(text(t[key]), s.fact_label), self.cell(value, s.body)]
            for key, value in rows
            if value
        ]
        if facts:
            self.add(
                Table(
                    facts,
                    colWidths=[42 * mm, W - 42 * mm],
                    style=styles.table_style(header=False),
                    hAlign="LEFT",
                )
            )
        self.add(Spacer(1, 16 * mm), *self._at_a_glance())
        self.add(NextPageTemplate("body"), PageBreak())

    def _logo(self) -> Image | None:
        if not self.source.logo:
            return None
        from reportlab.lib.utils import ImageReader

        try:
            reader = ImageReader(io.BytesIO(self.source.logo))
            width, height = reader.getSize()
        except OSError:  # a damaged logo is left out rather than failing the minutes
            return None
        scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
        logo = io.BytesIO(self.source.logo)
        return Image(logo, width * scale, height * scale, hAlign="RIGHT")

    def _times(self) -> str:
        w, t = self.source.workshop, self.t
        if w.start_time and w.end_time:
            return t("from_to", start=t.time(w.start_time), end=t.time(w.end_time))
        if w.start_time:
            return t("from", start=t.time(w.start_time))
        if w.end_time:
            return t("until", end=t.time(w.end_time))
        return ""

    def _at_a_glance(self) -> list[Flowable]:
        w, t = self.source.workshop, self.t
        present = sum(p.attendance == Attendance.PRESENT for p in w.participants)
        lines = [
            t("glance_participants", present=present, invited=len(w.participants)),
            t(
                "glance_cards",
                cards=len(w.cards),
                decisions=len(w.decisions),
                measures=len(w.measures),
            ),
        ]
        report = self.source.report
        if report is not None and report.result.overall_stage is not None:
            stage = report.result.overall_stage
            lines.append(
                t("glance_stage", stage=stage, name=report.catalogue.stage_name(stage, t.language))
            )
        return [
            self.para(text(t["at_a_glance"]), self.s.minor_heading),
            *(self.para(text(line), self.s.body) for line in lines),
        ]

    # --- participants ------------------------------------------------------------------------

    def participants(self) -> None:
        self.heading(self.t["participants"])
        people = self.source.workshop.participants
        if not people:
            self.note("nobody")
            return
        for attendance in Attendance:
            listed = [p for p in people if p.attendance == attendance]
            if not listed:
                continue
            self.minor(f"{self.t.attendance(attendance)} ({len(listed)})")
            rows: list[list[Any]] = [self.head_row("name", "function", "organisation")]
            rows += [
                [self.cell(p.name), self.cell(p.function), self.cell(p.organisation)]
                for p in listed
            ]
            self.add(self.table(rows, (0.34, 0.30, 0.36)), Spacer(1, 4))

    # --- agenda ------------------------------------------------------------------------------

    def agenda(self) -> None:
        t, agenda = self.t, self.source.workshop.agenda
        self.heading(t["agenda_course"] if self.course else t["agenda"])
        if not agenda:
            self.note("no_agenda")
            return
        if not self.course:
            rows: list[list[Any]] = [self.head_row("number", "topic", "planned")]
            rows += [
                [
                    self.cell(t("item", number=number)),
                    self.cell(item.title),
                    self.cell(self._planned(item.planned_minutes), self.s.cell_right),
                ]
                for number, item in enumerate(agenda, start=1)
            ]
            self.add(self.table(rows, (0.12, 0.74, 0.14)))
            return
        for number, item in enumerate(agenda, start=1):
            planned = self._planned(item.planned_minutes)
            title = f"{t('item', number=number)}: {item.title}"
            self.heading(f"{title} ({planned})" if planned else title, level=1)
            if item.notes.strip():
                self.add(*self.lines(item.notes.strip("\n")))
            else:
                self.note("no_notes")

    def _planned(self, minutes: int | None) -> str:
        return "" if minutes is None else self.t("minutes_planned", minutes=minutes)

    # --- self-check results ------------------------------------------------------------------

    def selfcheck(self) -> None:
        t, report = self.t, self.source.report
        self.heading(t["results_title"])
        if report is None:
            self.note("no_round")
            return
        catalogue, result = report.catalogue, report.result
        respondents = max((f.respondents for f in result.fields), default=0)
        thresholds = ", ".join(t.number(x, 0 if x == round(x) else 1) for x in catalogue.thresholds)
        self.add(
            self.para(
                text(
                    t(
                        "round_intro",
                        round=report.round_name,
                        respondents=respondents,
                        thresholds=thresholds,
                    )
                )
            )
        )
        rows: list[list[Any]] = [self.head_row("field", "score", "stage", "consensus")]
        for field, field_result in zip(catalogue.fields, result.fields, strict=True):
            agreed = report.consensus.get(field.id)
            consensus: list[Any] = []
            if agreed is not None:
                consensus = [
                    self.cell(t("stage_of", stage=agreed.stage, name="").rstrip(" –")),
                    self.cell(agreed.reason, self.s.muted),
                ]
            rows.append(
                [
                    self.cell(field.name.get(t.language)),
                    self._score(field_result.score),
                    self.cell("–" if field_result.stage is None else str(field_result.stage)),
                    consensus,
                ]
            )
        rows.append(
            [
                self.para(text(t["overall"]), self.s.cell_head),
                self._score(result.overall_score, bold=True),
                self.para(
                    text("–" if result.overall_stage is None else str(result.overall_stage)),
                    self.s.cell_head,
                ),
                "",
            ]
        )
        legend = "<br/>".join(
            text(t("stage_of", stage=number, name=name.get(t.language)))
            for number, name in enumerate(catalogue.stages, start=1)
        )
        overall_rule = ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.MUTED)
        self.add(
            KeepTogether(
                [
                    self.table(rows, (0.40, 0.11, 0.09, 0.40), overall_rule),
                    Spacer(1, 4),
                    self.para(legend, self.s.muted),
                ]
            ),
            Spacer(1, 8),
        )
        data = ChartData(report, answer_distribution(catalogue, report.ratings))
        for number, (chart, width, caption) in enumerate(
            ((radar, W * 0.8, "radar"), (ladder, W, "ladder")), start=1
        ):
            self.add(
                KeepTogether(
                    [
                        drawing(chart(data, t.language), width),
                        self.para(
                            text(t("figure", number=number, caption=t[caption])), self.s.caption
                        ),
                    ]
                )
            )

    def _score(self, score: float | None, *, bold: bool = False) -> Paragraph:
        """A score as the app shows it: never rounded across a stage threshold."""
        thresholds = self.source.report.catalogue.thresholds if self.source.report else ()
        shown = "–" if score is None else self.t.number(*rounded_within(score, thresholds))
        style = self.s.cell_right
        return self.para(f"<b>{text(shown)}</b>" if bold else text(shown), style)

    # --- cards -------------------------------------------------------------------------------

    def cards(self) -> None:
        t, w = self.t, self.source.workshop
        self.heading(t["cards"])
        if not w.cards:
            self.note("no_cards")
            return
        self.note("cards_note_course" if self.course else "cards_note_results")
        groups = card_groups(w.cards, self.source.field_names, w.agenda, w.clusters)
        for group in groups:
            if group.field_id is not None:
                title = self.field_name(group.field_id)
            elif group.agenda_item is not None:
                number = self._item_numbers[group.agenda_item.uid]
                title = f"{t('item', number=number)}: {group.agenda_item.title}"
            else:
                title = t["unassigned"]
            self.heading(title, level=1)
            if self.course:
                self._every_card(group)
            else:
                self._summary(group)

    def _every_card(self, group: CardGroup) -> None:
        """By kind, then by cluster: each card in its wording, with its author."""
        for kind_cards in group.kinds:
            self.minor(self.t.card_kind(kind_cards.kind))
            for cluster_cards in kind_cards.clusters:
                bullet = self.s.bullet
                if cluster_cards.cluster is not None:
                    self.add(self._cluster_line(cluster_cards.cluster, len(cluster_cards.cards)))
                    bullet = self.s.sub_bullet
                self.add(*(self._card(card, bullet) for card in cluster_cards.cards))

    def _summary(self, group: CardGroup) -> None:
        """Each cluster once with its cards per kind; then the cards outside clusters."""
        t = self.t
        counts = clusters_of(group, self.source.workshop.clusters)
        for count in counts:
            kinds = " · ".join(f"{t.card_kind(kind)} {number}" for kind, number in count.kinds)
            self.add(self._cluster_line(count.cluster, count.cards, kinds))
        loose = loose_cards(group)
        if loose and counts:
            self.minor(t["single_cards"])
        for kind, cards in loose:
            self.add(
                *(
                    Paragraph(
                        f"{text(card.text)} {_muted(text(f'({t.card_kind(kind)})'))}",
                        self.s.bullet,
                        bulletText="•",
                    )
                    for card in cards
                )
            )

    def _cluster_line(self, cluster: ClusterData, cards: int, detail: str = "") -> Paragraph:
        count = self.t["cluster_card"] if cards == 1 else self.t("cluster_cards", count=cards)
        if detail:
            count += f": {detail}"
        return Paragraph(
            f"<b>{text(cluster.name)}</b> {_muted(text(f'({count})'))}",
            self.s.bullet,
            bulletText="■",
        )

    def _card(self, card: CardData, style: Any) -> Paragraph:
        markup = text(card.text)
        if card.author:
            markup += " " + _muted(f"– {text(card.author)}")
        return Paragraph(markup, style, bulletText="•" if style is self.s.bullet else "–")

    # --- dot voting --------------------------------------------------------------------------

    def votes(self) -> None:
        votes = self.source.workshop.votes
        self.heading(self.t["votes"])
        if not votes:
            self.note("no_votes")
            return
        for vote in votes:
            self.heading(vote.title, level=1)
            self._vote(vote)

    def _vote(self, vote: DotVoteData) -> None:
        t = self.t
        ranked = vote_ranks(vote)
        total = sum(dots for _, _, dots in ranked)
        intro = t("vote_intro", dots=vote.dots_per_person)
        if vote.by_participant:
            voters = len({uid for option in vote.options for uid, n in option.dots.items() if n})
            intro += " " + t("vote_voters", voters=voters, dots=total)
        else:
            intro += " " + t("vote_totals", dots=total)
        self.add(self.para(text(intro), self.s.small))
        if not ranked:
            self.note("no_options")
            return
        most = max(dots for _, _, dots in ranked)
        rows: list[list[Any]] = [self.head_row("rank", "option", "dots")]
        rows[0].append("")
        for rank, option, dots in ranked:
            rows.append(
                [
                    self.cell(f"{rank}.", self.s.cell_right),
                    self.cell(self._option_label(option)),
                    self.cell(str(dots), self.s.cell_right),
                    DotBar(dots, most, BAR_WIDTH),
                ]
            )
        bar_share = (BAR_WIDTH + 8) / W
        self.add(
            self.table(
                rows,
                (0.08, 0.92 - 0.09 - bar_share, 0.09, bar_share),
                ("VALIGN", (3, 1), (3, -1), "MIDDLE"),
            )
        )

    def _option_label(self, option: Any) -> str:
        if option.cluster is not None:
            cluster = self._clusters.get(option.cluster)
            return self.t("cluster_option", name=cluster.name if cluster else "")
        card = self._cards.get(option.card)
        return card.text if card else ""

    # --- recommendations ---------------------------------------------------------------------

    def recommendations(self) -> None:
        recommendations = self.source.workshop.recommendations
        self.heading(self.t["recommendations"])
        if not recommendations:
            self.note("no_recommendations")
            return
        for number, item in enumerate(recommendations, start=1):
            markup = text(item.text)
            if item.field_id:
                markup += "<br/>" + _muted(text(self.field_name(item.field_id)), small=True)
            self.add(Paragraph(markup, self.s.numbered, bulletText=f"{number}."))

    # --- decisions ---------------------------------------------------------------------------

    def decisions(self) -> None:
        decisions = self.source.workshop.decisions
        self.heading(self.t["decisions"])
        if not decisions:
            self.note("no_decisions")
            return
        for number, decision in enumerate(decisions, start=1):
            self._decision(number, decision)

    def _decision(self, number: int, decision: DecisionData) -> None:
        t = self.t
        item = self._item_numbers.get(decision.agenda_item or "")
        title = (
            t("decision_item", number=number, item=item) if item else t("decision", number=number)
        )
        if decision.was_voted:
            abstain = decision.votes_abstain or 0
            result = t(
                "vote_result",
                yes=decision.votes_yes or 0,
                no=decision.votes_no or 0,
                abstain=t["abstention"] if abstain == 1 else t("abstentions", count=abstain),
            )
        else:
            result = t["not_voted"]
        block = RuledBlock(
            [
                *self.lines(decision.wording, self.s.wording),
                self.para(f"<b>{text(result)}</b>", self.s.small),
            ]
        )
        self.add_heading(30 * mm, self.para(text(title), self.s.decision_title))
        self.add(block, Spacer(1, 8))

    # --- measures plan -----------------------------------------------------------------------

    def measures(self) -> None:
        t, w = self.t, self.source.workshop
        self.heading(t["measures"])
        if not w.measures and not w.goals:
            self.note("no_measures")
            return
        rows: list[list[Any]] = [
            self.head_row("number", "measure", "responsible", "due", "indicator", "status")
        ]
        extra: list[tuple[Any, ...]] = []
        plan = measures_plan(w.goals, w.measures)
        show_groups = bool(w.goals)
        number = 0
        for group in plan:
            if show_groups:
                if group.goal is None:
                    label, style = t["no_goal"], self.s.cell_head
                elif group.goal.parent is None:
                    label, style = t("main_goal", title=group.goal.title), self.s.cell_head
                else:
                    label, style = t("sub_goal", title=group.goal.title), self.s.cell
                row = len(rows)
                rows.append([self.cell(label, style), "", "", "", "", ""])
                extra += [
                    ("SPAN", (0, row), (-1, row)),
                    ("BACKGROUND", (0, row), (-1, row), styles.GROUP_FILL),
                ]
                if group.goal is not None and group.goal.parent is not None:
                    extra.append(("LEFTPADDING", (0, row), (0, row), 14))
            for measure in group.measures:
                number += 1
                rows.append(self._measure_row(number, measure))
        goal_rows = [row for command, (_, row), *_ in extra if command == "SPAN"]
        widths = (0.06, 0.34, 0.17, 0.12, 0.19, 0.12)
        self.add(self.table(rows, widths, *extra, keep_with_next=goal_rows))

    def _measure_row(self, number: int, measure: MeasureData) -> list[Any]:
        t = self.t
        what: list[Any] = [self.cell(measure.title)]
        details = [
            (t["partners"], measure.partners),
            (t["resources"], measure.resources),
            (t["field"], self.field_name(measure.field_id) if measure.field_id else ""),
        ]
        what += [
            self.para(f"<i>{text(label)}:</i> {text(value)}", self.s.cell_note)
            for label, value in details
            if value
        ]
        if measure.milestones:
            what.append(self.para(f"<i>{text(t['milestones'])}:</i>", self.s.cell_note))
            for milestone in measure.milestones:
                due = f" ({t.date(milestone.due_date, short=True)})" if milestone.due_date else ""
                what.append(
                    Paragraph(
                        text(milestone.title + due),
                        self.s.milestone,
                        bulletText="☑" if milestone.done else "☐",
                    )
                )
        return [
            self.cell(f"{number}.", self.s.cell_right),
            what,
            self.cell(measure.responsible),
            self.cell(t.date(measure.due_date, short=True)),
            self.cell(measure.indicator),
            self.cell(t.status(measure.status)),
        ]

    # --- signatures --------------------------------------------------------------------------

    def signatures(self) -> None:
        t, w = self.t, self.source.workshop
        column = (W - SIGNATURE_GAP) / 2
        boxes = [
            SignatureBox(name, column, SIGNATURE_HEIGHT, self.layout) for name in SIGNATURE_FIELDS
        ]
        names = [
            self.cell(w.chair, self.s.signature_name),
            self.cell(w.minute_taker, self.s.signature_name),
        ]
        roles = [self.cell(t["chair"], self.s.muted), self.cell(t["minute_taker"], self.s.muted)]
        block = Table(
            [
                [boxes[0], "", boxes[1]],
                [names[0], "", names[1]],
                [roles[0], "", roles[1]],
            ],
            colWidths=[column, SIGNATURE_GAP, column],
            style=styles.layout_style(
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
                ("LINEABOVE", (0, 1), (0, 1), 0.8, styles.INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.8, styles.INK),
            ),
            hAlign="LEFT",
        )
        self._marks += 1
        title = t["signatures"]
        self.add(
            KeepTogether(
                [
                    Heading(text(title), self.s.heading, title, 0, f"m{self._marks}"),
                    self.para(text(t["signatures_note"]), self.s.body),
                    Spacer(1, 4 * mm),
                    block,
                ]
            )
        )
