"""Inside a direct quote, a `да` clause whose own subject is dropped takes the name that is the subject of the
clause it hangs on: a third side the speaker tells of acts, not the speaker. The speaker's own state stays his
word, and a first-person verb or a name that is an object leaves the act to the speaker."""
from tests.events.helpers import Ent, coded, only

RED_CROSS = Ent(("Црвениот крст",), "ORG", "ALB", "NGO")
SPEAKER = Ent(("Марко Петровски",), "PER", "ALB", "GOV")
OFFICIAL = Ent(("Марко Петровски",), "PER", "ALB")  # (no sector known)
ALBANIA = Ent(("Албанија",), country="ALB")


def actor_names(text: str, entities: list[Ent]) -> list[str]:
    doc = coded(text, entities, quotes=True)
    by_id = {e.id: e for e in doc.entities}
    return [by_id[a].name for a in only(doc, "AID").actor]


def test_a_body_named_in_the_quote_acts():
    text = "„Црвениот крст брза да им помогне на бегалците од поплавите“, рече Марко Петровски."
    assert actor_names(text, [RED_CROSS, SPEAKER]) == ["Црвениот крст"]


def test_a_first_person_verb_is_the_speakers():
    text = "„Брзаме да им помогнеме на бегалците од поплавите“, рече Марко Петровски."
    assert actor_names(text, [RED_CROSS, SPEAKER]) == ["Марко Петровски"]


def test_a_body_named_as_the_object_does_not_act():
    text = "„Брза да му помогне на Црвениот крст со храна“, рече Марко Петровски."
    assert actor_names(text, [RED_CROSS, SPEAKER]) == ["Марко Петровски"]


def test_the_speakers_own_state_is_his_word():
    text = "„Албанија брза да им помогне на бегалците од поплавите“, рече Марко Петровски."
    assert actor_names(text, [ALBANIA, OFFICIAL]) == ["Марко Петровски"]


def test_a_foreign_state_named_in_the_quote_acts():
    text = "„Грција брза да им помогне на бегалците од поплавите“, рече Марко Петровски."
    assert actor_names(text, [Ent(("Грција",), country="GRC"), OFFICIAL]) == ["Грција"]
