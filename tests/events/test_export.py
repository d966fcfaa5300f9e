"""PLOVER records, CSV rows and the English rendering of events."""
from __future__ import annotations

import json

from tests.events.helpers import Ent, coded, document
from vesnik.document import Claim
from vesnik.events import EventStep
from vesnik.export.plover import CSV_FIELDS, csv_rows, plover_records, render_event

KIM = Ent(("Ким",), "PER", "PRK", "GOV", name_en="Kim Jong Un")
PUTIN = Ent(("Путин",), "PER", "RUS", "GOV", name_en="Vladimir Putin")
BEIJING = Ent(("Пекинг",), country="CHN", name_en="Beijing")
AGENCY = Ent(("КЦНА",), "ORG", "PRK", "JRN", name_en="KCNA")


def meeting():
    return coded("Ким и Путин се сретнаа во среда во Пекинг, соопшти КЦНА.", [KIM, PUTIN, BEIJING, AGENCY],
                 published="2025-09-04")


def test_plover_record_fields():
    doc = meeting()
    doc.title, doc.url = "Наслов", "https://example.org/a"
    (record,) = plover_records(doc)
    json.dumps(record, ensure_ascii=False)  # JSON-ready
    assert record["id"] == "test-EV1" and record["date"] == "2025-09-03"
    assert record["event"] == ["CONSULT"] and record["mode"] == ["third-party"]
    assert [(a["code"], a["sector"], a["entity_text"], a["identifier_text"]) for a in record["actor"]] == [
        ("PRK", "GOV", "Ким", "Kim Jong Un"), ("RUS", "GOV", "Путин", "Vladimir Putin")]
    assert record["recipient"] == []
    assert record["event_text"] == ["се сретнаа"]
    assert record["event_loc"]["name"] == "Beijing"
    info = record["text_info"]
    assert (info["sentence"], info["trigger"], info["status"], info["reported_by"]) == (0, "се сретнаа", "asserted", "KCNA")
    assert doc.text[info["start"]:info["end"]] == "се сретнаа" and info["rule"].startswith("consult.meet")
    assert record["cite_info"] == {"document": "test", "source": "test", "url": "https://example.org/a", "title": "Наслов",
                                   "published": "2025-09-04", "language": "mk"}
    assert "size" not in record


def test_size_comes_from_the_numbers_stated_in_the_events_sentence():
    doc = coded("Северна Кореја испрати 2.000 војници во Русија.", [Ent(("Северна Кореја",), country="PRK"),
                                                                    Ent(("Русија",), country="RUS")])
    doc.claims = [Claim(id="C1", kind="troops", value=2000, unit="people", start=23, end=28, text="2.000", sentence=0)]
    (record,) = plover_records(doc)
    assert record["event"] == ["AID"] and record["mode"] == ["military"]
    assert record["size"] == {"troops": 2000}


def test_csv_rows_are_flat():
    (row,) = csv_rows(meeting())
    assert tuple(row) == CSV_FIELDS
    assert row["actor_codes"] == "PRK GOV;RUS GOV" and row["actor_names"] == "Kim Jong Un;Vladimir Putin"
    assert (row["event"], row["mode"], row["location"], row["reported_by"]) == ("CONSULT", "third-party", "Beijing", "KCNA")


def test_render_event_in_english():
    doc = meeting()
    assert render_event(doc, doc.events[0]) == (
        "2025-09-03 CONSULT (third-party) — Kim Jong Un [PRK GOV] met Vladimir Putin [RUS GOV] in Beijing; "
        "reported by KCNA. Evidence: sentence 1 “Ким и Путин се сретнаа во среда во Пекинг, соопшти КЦНА.”")


def test_render_event_with_a_status_and_no_recipient():
    doc = coded("Јапонија нема да протестира.", [Ent(("Јапонија",), country="JPN", name_en="Japan")])
    assert render_event(doc, doc.events[0]).startswith("2024-05-10 PROTEST (demo) [negated] — Japan [JPN] protested.")


def test_render_names_a_states_organ_by_the_state_and_the_trigger_entry_s_own_words():
    doc = document("Србија ќе ја поддржи грчката армија.", [Ent(("Србија",), country="SRB", name_en="Serbia"),
                                                        Ent(("грчката",), country="GRC", kind="demonym", name_en="Greece")])
    doc.entities[1].kb_id = "gpe:GRC"
    doc = EventStep("mk")(doc)
    assert render_event(doc, doc.events[0]).startswith(
        "2024-05-10 AGREE — Serbia [SRB] promised to support Greece's military [GRC MIL]. Evidence:")
    organ = next(e for e in doc.entities if e.sector == "MIL")  # the entity itself carries the name, for every output
    assert (organ.name, organ.name_en) == ("грчката армија", "Greece's military")
    american = document("Американската армија ќе ја поддржи Грција.", [Ent(("Американската",), country="USA", kind="demonym",
                                                                       name_en="United States"), Ent(("Грција",), country="GRC")])
    american.entities[0].kb_id = "gpe:USA"
    american = EventStep("mk")(american)
    assert "United States' military" in {e.name_en for e in american.entities}
    signed = coded("Србија и Грција потпишаа договор.", [Ent(("Србија",), country="SRB", name_en="Serbia"),
                                                        Ent(("Грција",), country="GRC", name_en="Greece")])
    assert " — Serbia [SRB] and Greece [GRC] signed an agreement." in render_event(signed, signed.events[0])
