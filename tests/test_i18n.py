"""Every visible string is translatable and the English translation is complete."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "weltoffen_en.ts"
sys.path.insert(0, str(ROOT / "build_scripts"))

import compile_qt  # noqa: E402


def test_english_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "weltoffen_en.ts"
    shutil.copyfile(TS, fresh)
    compile_qt.update_ts(fresh)  # adds any new source string as "unfinished"
    messages = list(ET.parse(fresh).iter("message"))
    assert len(messages) > 50
    untranslated = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == []
    assert ET.parse(fresh).getroot().get("language") == "en_US"


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        for placeholder in ("{path}", "{time}", "{version}", "{year}", "{suffix}", "{reason}"):
            assert (placeholder in source) == (placeholder in translation), source
        assert source.count("&") == translation.count("&"), source
