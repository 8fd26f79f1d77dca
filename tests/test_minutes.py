"""The minutes PDF, checked with independent tools: qpdf, poppler and pyHanko's reader."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.minutes_support import NAMES, TITLE, TRICKY, build_workshop, pdf_text, tool
from weltoffen_desktop.domain.workshop import AgendaItemData, DecisionData
from weltoffen_desktop.minutes.build import build_minutes
from weltoffen_desktop.minutes.markup import MISSING, text
from weltoffen_desktop.operations.minutes import MinutesSource, find_workshop, minutes_source
from weltoffen_desktop.operations.workshop import MAX_TEXT, workshops
from weltoffen_desktop.storage.database import Workspace


@dataclasses.dataclass(frozen=True)
class Made:
    source: MinutesSource
    results: Path
    course: Path


@pytest.fixture(scope="module")
def made(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    """A rich workshop (every kind of record, tricky text) and both kinds of its minutes."""
    folder = tmp_path_factory.mktemp("minutes")
    path = folder / "Musterstadt.weltoffen"
    shutil.copyfile(demo_template, path)
    ws = Workspace.open(path)
    try:
        source = minutes_source(ws, build_workshop(ws, participants=len(NAMES) + 3))
    finally:
        ws.close()
    results, course = folder / "results.pdf", folder / "course.pdf"
    results.write_bytes(build_minutes(source, "results"))
    course.write_bytes(build_minutes(source, "course"))
    yield Made(source, results, course)


@pytest.fixture
def demo_source(demo_workspace: Workspace) -> MinutesSource:
    return minutes_source(demo_workspace, workshops(demo_workspace)[0].uid)


def pages_of(pdf: Path) -> int:
    info = tool("pdfinfo", pdf).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def fonts_of(pdf: Path) -> list[list[str]]:
    lines = tool("pdffonts", pdf).stdout.splitlines()[2:]
    return [line.split() for line in lines]


def test_both_kinds_pass_qpdf_and_embed_every_font(made: Made) -> None:
    for pdf in (made.results, made.course):
        check = tool("qpdf", "--check", pdf)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors found" in check.stdout
        fonts = fonts_of(pdf)
        assert {row[0].split("+")[-1] for row in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
        # columns: name type encoding emb sub uni object-id generation
        assert all(row[-5] == "yes" for row in fonts), fonts


def test_every_participant_name_and_tricky_text_appears_literally(made: Made) -> None:
    for pdf in (made.results, made.course):
        found = pdf_text(pdf)
        for person in made.source.workshop.participants:
            assert person.name in found
        for tricky in TRICKY:
            assert " ".join(tricky.split()) in found, tricky
        assert TITLE in found
        assert "Protokollführung" in found and "Vorsitz" in found


def test_the_demo_minutes_show_every_script(demo_source: MinutesSource, tmp_path: Path) -> None:
    pdf = tmp_path / "demo.pdf"
    pdf.write_bytes(build_minutes(demo_source, "results"))
    found = pdf_text(pdf)
    names = [p.name for p in demo_source.workshop.participants]
    assert len(names) >= 10
    for name in names:
        assert name in found
    scripts = "".join(names)
    for letter in ("Ş", "ğ", "Ł", "ő", "Đ", "ễ", "О", "Γ"):
        assert letter in scripts and letter in found


def test_pages_are_numbered_x_of_y_with_a_running_header(made: Made) -> None:
    pages = pages_of(made.results)
    assert pages >= 5
    found = pdf_text(made.results)
    for page in (1, 2, pages):
        assert f"Seite {page} von {pages}" in found
    assert f"Seite {pages + 1} von" not in found
    header = f"Musterstadt · {TITLE} · 14.03.2026"
    assert found.count(header) == pages - 1  # every page but the cover


def test_metadata(made: Made) -> None:
    info = tool("pdfinfo", made.course).stdout
    assert f"Title:           Verlaufsprotokoll: {TITLE}" in info
    assert f"Author:          {NAMES[0]}" in info
    assert "Subject:         Verlaufsprotokoll des Workshops" in info
    assert re.search(r"^CreationDate:\s+\S", info, re.M)
    assert "Creator:         Weltoffen Desktop" in info


def outline_titles(pdf: Path) -> list[str]:
    data = json.loads(tool("qpdf", "--json", "--json-key=outlines", pdf).stdout)

    def walk(items: list[dict]) -> Iterator[str]:
        for item in items:
            yield item["title"]
            yield from walk(item["kids"])

    return list(walk(data["outlines"]))


def test_the_outline_has_every_section_and_its_groups(made: Made) -> None:
    titles = outline_titles(made.results)
    sections = [
        "1 Teilnehmende",
        "2 Tagesordnung",
        "3 Ergebnisse des Selbstchecks",
        "4 Kartenabfrage",
        "5 Punktabfrage",
        "6 Empfehlungen",
        "7 Beschlüsse",
        "8 Maßnahmenplan",
        "Unterschriften",
    ]
    assert [t for t in titles if t in sections] == sections
    assert "Management und Steuerung" in titles  # a group of cards
    assert "Welche Cluster zuerst?" in titles  # a dot vote
    course = outline_titles(made.course)
    assert "2 Tagesordnung und Verlauf" in course
    assert "TOP 1: Begrüßung und Ziele (15 Min.)" in course


def signature_fields(pdf: Path) -> dict[str, tuple[int, tuple[float, ...], bool]]:
    """name -> (page index, box, signed) as pyHanko reads the file."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    count = int(reader.root["/Pages"]["/Count"])  # type: ignore[index]
    pages = [reader.find_page_for_modification(i)[0].idnum for i in range(count)]
    found = {}
    for name, value, ref in enumerate_sig_fields(reader):
        widget = ref.get_object()
        page = pages.index(widget.raw_get("/P").idnum)
        box = tuple(float(x) for x in widget["/Rect"])
        found[name] = (page, box, value is not None)
    return found


def test_two_empty_signature_fields_sit_in_the_signature_blocks(made: Made) -> None:
    listed = tool("pdfsig", made.results).stdout
    assert "Signature Field Name: chair" in listed and "Field Name: minute_taker" in listed
    assert listed.count("The signature form field is not signed.") == 2
    fields = signature_fields(made.results)
    assert set(fields) == {"chair", "minute_taker"}
    last = pages_of(made.results) - 1
    (chair_page, chair, chair_signed), (taker_page, taker, taker_signed) = (
        fields["chair"],
        fields["minute_taker"],
    )
    assert chair_page == taker_page == last
    assert not chair_signed and not taker_signed
    assert chair[2] < taker[0]  # side by side, the chair on the left
    assert chair[1] == taker[1] and chair[3] - chair[1] > 50  # room for a visible signature
    # The printed names stand right below the boxes.
    bbox = tool("pdftotext", "-bbox", "-f", str(last + 1), "-l", str(last + 1), made.results, "-")
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">Vorsitz<', bbox.stdout)
    role_top = 841.89 - float(words[0])  # pdftotext counts from the top
    assert 0 < chair[1] - role_top < 40


def test_results_minutes_summarise_and_course_minutes_show_the_course(made: Made) -> None:
    results, course = pdf_text(made.results), pdf_text(made.course)
    voted = {o.card for vote in made.source.workshop.votes for o in vote.options}
    cards = [c for c in made.source.workshop.cards if c.uid not in voted]
    clustered = next(c for c in cards if c.cluster is not None)
    loose = next(c for c in cards if c.cluster is None)
    assert clustered.text not in results and clustered.text in course
    assert loose.text in results and loose.text in course
    assert "Cluster 0: <b>nicht fett</b> (" in results
    notes = made.source.workshop.agenda[0].notes.splitlines()[0]
    assert notes not in results and notes in course
    assert "Ergebnisprotokoll" in results and "Verlaufsprotokoll" in course


def test_decisions_votes_and_measures_are_stated(made: Made) -> None:
    found = pdf_text(made.results)
    assert "Beschluss 2 zu TOP 2" in found
    assert "Abstimmung: 12 Ja · 0 Nein · 1 Enthaltung" in found
    assert "Ohne förmliche Abstimmung gefasst." in found
    assert "Hauptziel: Hauptziel 0: <b>nicht fett</b>" in found
    assert "Handlungsziel: Handlungsziel 0.1" in found
    assert "Ohne Zielzuordnung" in found
    assert "Meilenstein 1 (15.01.2026)" in found
    assert "Prioritäten (Summen)" in found and "Welche Cluster zuerst?" in found


def test_the_self_check_results_and_both_charts_are_vector_text(made: Made) -> None:
    found = pdf_text(made.results)
    assert "Runde „Selbstcheck 2026“" in found
    assert "Abbildung 1: Punktzahl je Handlungsfeld" in found
    assert "Abbildung 2: Stufe je Handlungsfeld" in found
    # The charts' own texts are text in the PDF, not pictures.
    assert "Punktzahl je Handlungsfeld – Selbstcheck 2026" in found
    assert "Stufe je Handlungsfeld – Selbstcheck 2026" in found
    images = tool("pdfimages", "-list", made.results).stdout.splitlines()[2:]
    assert images == []


def test_without_a_round_and_in_english(demo_source: MinutesSource, tmp_path: Path) -> None:
    workshop = dataclasses.replace(demo_source.workshop, round_name=None)
    source = dataclasses.replace(demo_source, workshop=workshop, report=None)
    pdf = tmp_path / "en.pdf"
    pdf.write_bytes(build_minutes(source, "course", "en"))
    found = pdf_text(pdf)
    pages = pages_of(pdf)
    assert "No self-check round is linked to this workshop." in found
    assert "Minutes of proceedings" in found
    assert f"Page 1 of {pages}" in found
    assert "14 March 2026" in found


def test_huge_texts_break_across_pages(demo_source: MinutesSource, tmp_path: Path) -> None:
    words = ("Wort <&> " * 2500)[:20_000]
    unbroken = "x" * 20_000
    w = demo_source.workshop
    card = dataclasses.replace(w.cards[0], text=words, cluster=None)
    long_card = dataclasses.replace(w.cards[1], text=unbroken, cluster=None)
    # The other texts as long as the workshop operations accept.
    longest = words[:MAX_TEXT]
    measure = dataclasses.replace(w.measures[0], title=longest, indicator=words[:2000])
    item = AgendaItemData("item-uid", words[:600], 30, longest)
    decision = DecisionData("decision-uid", item.uid, longest, 3, 2, 1)
    workshop = dataclasses.replace(
        w,
        agenda=(item, *w.agenda),
        cards=(card, long_card, *w.cards[2:]),
        decisions=(decision, *w.decisions),
        measures=(measure, *w.measures[1:]),
        participants=w.participants * 6,
        round_name=None,
    )
    source = dataclasses.replace(demo_source, workshop=workshop, report=None)  # no charts
    pdf = tmp_path / "course.pdf"  # course minutes show every text the results minutes show
    pdf.write_bytes(build_minutes(source, "course"))
    assert tool("qpdf", "--check", pdf).returncode == 0
    assert pages_of(pdf) > 12
    found = pdf_text(pdf)  # page headers interrupt a text that runs over pages
    assert found.count("Wort <&>") >= 2500 + 2 * (MAX_TEXT // 9)  # card, notes and decision
    assert found.count("x") >= 20_000


def test_user_text_is_escaped_and_characters_without_glyph_are_marked() -> None:
    assert text("x <y & <b>z</b>") == "x &lt;y &amp; &lt;b&gt;z&lt;/b&gt;"
    assert text("a\nb\r\nc\td") == "a<br/>b<br/>c" + "\u00a0" * 4 + "d"
    assert text("王 ok\x00") == f"{MISSING} ok "


def test_find_workshop_by_id_or_unique_title(demo_workspace: Workspace) -> None:
    from weltoffen_desktop.operations.errors import InvalidInput

    uid = workshops(demo_workspace)[0].uid
    assert find_workshop(demo_workspace, uid) == uid
    assert find_workshop(demo_workspace, "Workshop Weltoffene Kommune 2026") == uid
    with pytest.raises(InvalidInput, match="no workshop"):
        find_workshop(demo_workspace, "Gibt es nicht")


def test_chair_and_minute_taker_sign_the_minutes(made: Made, tmp_path: Path) -> None:
    from weltoffen_desktop.signing.certificates import create_certificate, load_identity
    from weltoffen_desktop.signing.sign import sign_pdf

    pdf = tmp_path / "Protokoll.pdf"
    shutil.copyfile(made.results, pdf)
    for field, name in (("chair", NAMES[7]), ("minute_taker", NAMES[0])):
        p12 = tmp_path / f"{field}.p12"
        create_certificate(p12, "richtig-geheim", name, "Stadt Musterstadt")
        signed = sign_pdf(pdf, load_identity(p12, "richtig-geheim"), field=field)
        assert (signed.field, signed.new_field) == (field, False)
    report = tool("pdfsig", pdf).stdout
    blocks = report.split("Signature #")[1:]
    assert len(blocks) == 2
    assert all("Signature Validation: Signature is Valid." in block for block in blocks)
    assert "Signature Field Name: chair" in blocks[0] and "Total document signed" in blocks[1]
    assert tool("qpdf", "--check", pdf).returncode == 0
    fields = signature_fields(pdf)
    assert fields["chair"][2] and fields["minute_taker"][2]
    # The visible signatures are drawn where the blocks are, each in its own box.
    assert fields["chair"][:2] == signature_fields(made.results)["chair"][:2]


def test_no_page_ends_with_a_section_heading(made: Made) -> None:
    for pdf in (made.results, made.course):
        sections = {t for t in outline_titles(pdf) if t[0].isdigit() or t == "Unterschriften"}
        for page in range(1, pages_of(pdf) + 1):
            lines = [
                line.strip()
                for line in tool(
                    "pdftotext", "-f", page, "-l", page, "-layout", pdf, "-"
                ).stdout.splitlines()
                if line.strip() and not line.strip().startswith("Seite ")
            ]
            assert lines[-1] not in sections, (pdf.name, page)


def test_the_logo_stands_on_the_cover(demo_source: MinutesSource, tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (400, 160), (31, 63, 102)).save(buffer, format="PNG")
    source = dataclasses.replace(demo_source, report=None)  # no charts: quicker
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(build_minutes(dataclasses.replace(source, logo=buffer.getvalue())))
    images = tool("pdfimages", "-list", pdf).stdout.splitlines()[2:]
    assert [row.split()[0] for row in images] == ["1"]  # one picture, on page 1
    damaged = tmp_path / "damaged.pdf"  # a damaged logo is left out, the minutes are made
    damaged.write_bytes(build_minutes(dataclasses.replace(source, logo=b"\x89PNG broken")))
    assert tool("pdfimages", "-list", damaged).stdout.splitlines()[2:] == []
    assert tool("qpdf", "--check", damaged).returncode == 0
