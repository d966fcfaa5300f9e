"""A speech act's bare name in its content that is the speaker's own state or its capital is that state acting,
no one the act is aimed at: also when the speaker is told only by a pronoun, or the name stands before a quote."""
from tests.events.helpers import Ent, coded

BELGRADE = Ent(("Белград",), country="SRB")
PRONOUN_SPEAKER = ("Министерот Дарко Станковиќ вчера допатува во Ниш. Тој побара средба со косовските колеги и "
                   "предупреди дека Белград ќе се обрати до судот доколку забраната не биде укината.")
QUOTED = "Дарко Станковиќ предупреди дека Белград „нема да остане нем“ пред провокациите."


def minister(country: str) -> Ent:
    return Ent(("Дарко Станковиќ", "Станковиќ"), "PER", country, "GOV")


def recipients(doc, etype: str | None = None) -> list[str]:
    by_id = {e.id: e for e in doc.entities}
    return [by_id[r].name for ev in doc.events if etype in (None, ev.type) for r in ev.recipient]


def test_a_pronoun_speakers_own_capital_in_the_warning_is_no_recipient():
    doc = coded(PRONOUN_SPEAKER, [minister("SRB"), BELGRADE])
    assert [ev.type for ev in doc.events].count("THREATEN") == 1
    assert "Белград" not in recipients(doc)


def test_a_pronoun_speakers_foreign_capital_in_the_warning_stays_the_recipient():
    assert "Белград" in recipients(coded(PRONOUN_SPEAKER, [minister("HRV"), BELGRADE]), "THREATEN")


def test_the_own_capital_before_a_quoted_warning_is_not_the_one_warned():
    doc = coded(QUOTED, [minister("SRB"), BELGRADE], quotes=True)
    assert [ev.type for ev in doc.events] == ["THREATEN"]
    # Not the capital: with no one else named, a government's warning is aimed at home ("Targets named by no one").
    by_id = {e.id: e for e in doc.entities}
    assert [(by_id[r].name, by_id[r].country) for r in doc.events[0].recipient] == [("неименувана страна", "SRB")]


def test_a_foreign_capital_before_a_quoted_warning_stays_the_statements_recipient():
    assert recipients(coded(QUOTED, [minister("HRV"), BELGRADE], quotes=True)) == ["Белград"]
