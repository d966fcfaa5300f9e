"""The euro area acting as one (`Лидерите на еврозоната побараа …`) is coded as the EU's (EUR), the way the
Eurogroup is; news writes its name in lower case (s38 translated-world-news review)."""

from tests.events.helpers import pipeline_events


def test_the_leaders_of_the_euro_area_are_the_eus():
    events = pipeline_events("Лидерите на еврозоната синоќа побараа од грчкиот парламент да ги усвои новите закони.")
    assert ("REQUEST", ["EUR"], ["GRC"]) in events


def test_the_leaders_of_a_party_are_no_eus():
    events = pipeline_events("Лидерите на партиите синоќа побараа од грчкиот парламент да ги усвои новите закони.")
    assert not any("EUR" in actors for _, actors, _ in events)


def test_the_euro_area_reaching_a_deal_is_a_side_of_it():
    events = pipeline_events("Еврозоната и Атина синоќа постигнаа договор за нова програма за помош.")
    assert any(kind == "AGREE" and "EUR" in actors + recipients for kind, actors, recipients in events)


def test_a_deal_with_no_euro_area_has_no_eu_side():
    events = pipeline_events("Владата и Атина синоќа постигнаа договор за нова програма за помош.")
    assert not any("EUR" in actors + recipients for _, actors, recipients in events)
