"""A speech transcript's `I`: a verb in the first person singular outside any quote is the act of the person whose
speech the document is (`Document.speaker`), not of a name in the sentence nor of the one addressed (issue #5,
parliament precision audit)."""
from tests.events.helpers import Ent, document
from vesnik.events import EventStep
from vesnik.quotes import QuoteStep

PETROVSKI = Ent(("Марко Петровски", "Петровски"), "PER", "MKD", "LEG")
ASSEMBLY = Ent(("Собранието",), "ORG", "MKD", "LEG")


def speech(text: str, entities: list[Ent], speaker: str | None = "Горан Ристов"):
    doc = document(text, entities)
    doc.speaker = speaker
    doc = EventStep("mk")(QuoteStep("mk")(doc))
    names = {e.id: e.name for e in doc.entities}
    return doc, [(e.type, [names[a] for a in e.actor]) for e in doc.events]


def test_the_speaker_asks_in_the_first_person_not_the_one_addressed():
    _, events = speech("Господине Петровски, барам Собранието да расправа за протестите.", [PETROVSKI, ASSEMBLY])
    assert ("REQUEST", ["Горан Ристов"]) in events


def test_a_third_person_verb_keeps_its_own_subject():
    _, events = speech("Господине Петровски, Собранието бара да се расправа за протестите.", [PETROVSKI, ASSEMBLY])
    assert events and all("Горан Ристов" not in actors for _, actors in events)


def test_congratulations_in_the_first_person_are_the_speakers_not_the_colleagues():
    doc, events = speech("На колегата Марко Петровски му го честитам изборот.", [PETROVSKI])
    assert [actors for type_, actors in events if type_ == "SUPPORT"] == [["Горан Ристов"]]
    support = next(e for e in doc.events if e.type == "SUPPORT")
    speaker = next(e for e in doc.entities if e.id == support.actor[0])
    assert (speaker.type, speaker.rule) == ("PER", "events:speech_speaker")


def test_the_speakers_own_mention_stands_for_the_speaker():
    speaker = Ent(("Горан Ристов",), "PER", "MKD", "LEG")
    doc, events = speech("Јас, Горан Ристов, на колегата Марко Петровски му го честитам изборот.", [speaker, PETROVSKI])
    assert [a for type_, a in events if type_ == "SUPPORT"] == [["Горан Ристов"]]
    assert [e.name for e in doc.entities].count("Горан Ристов") == 1


def test_without_a_transcript_speaker_no_one_is_made_up():
    _, events = speech("На колегата Марко Петровски му го честитам изборот.", [PETROVSKI], speaker=None)
    assert all("Горан Ристов" not in actors for _, actors in events)


def test_a_quoted_first_person_is_the_quotes_speaker():
    _, events = speech("„Барам оставка од министерот“, рече Марко Петровски.", [PETROVSKI])
    assert ("REQUEST", ["Марко Петровски"]) in events


def test_we_were_accused_makes_the_speaker_the_one_accused():
    doc, _ = speech("Ние во минатото бевме обвинети за корупција од опозицијата.", [])
    accused = [e for e in doc.events if e.type == "ACCUSE"]
    names = {e.id: e.name for e in doc.entities}
    assert [[names[r] for r in e.recipient] for e in accused] == [["Горан Ристов"]]


def test_they_were_accused_does_not_make_the_speaker_the_one_accused():
    doc, _ = speech("Тие во минатото беа обвинети за корупција од опозицијата.", [])
    names = {e.id: e.name for e in doc.entities}
    assert all("Горан Ристов" not in [names[r] for r in e.recipient] for e in doc.events)


def test_a_quoted_we_were_attacked_makes_the_quotes_speaker_the_one_attacked():
    doc, _ = speech("„Бевме нападнати пред нашите домови“, изјави Марко Петровски.", [PETROVSKI], speaker=None)
    assert [e.recipient for e in doc.events if e.type == "ASSAULT"] == [["E1"]]


def test_a_quoted_they_were_attacked_leaves_the_quotes_speaker_out():
    doc, _ = speech("„Беа нападнати пред нивните домови“, изјави Марко Петровски.", [PETROVSKI], speaker=None)
    assert all("E1" not in e.recipient for e in doc.events if e.type == "ASSAULT")
