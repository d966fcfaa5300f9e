"""A definite noun that describes a person and names no one (`Пасторот`, `холивудската ѕвезда`, `70-годишниот
политичар`) stands for the last person of its gender named before it; with no such person it stands for no one
(invented sentences, each with a twin where the back-reference must not resolve)."""
from tests.events.helpers import Ent, coded

PASTOR = Ent(("Џејмс Хол",), "PER", "USA", "REL")
SINGER = Ent(("Марија Петровска",), "PER", "MKD", "CVL")
MAYOR = Ent(("Петар Илиевски",), "PER", "MKD", "GOV")
POLITICIAN = Ent(("Вук Драшковиќ",), "PER", "SRB", "PTY")
VUCIC = Ent(("Александар Вучиќ",), "PER", "SRB", "GOV")
ACTOR = Ent(("Мет Дејмон",), "PER", "USA", "CVL")
JUDGE = Ent(("Брет Кавано",), "PER", "USA", "JUD")
COURT = Ent(("Врховниот суд",), "ORG", "TUR", "JUD")


def sides(text: str, entities: list[Ent], type_: str) -> list[tuple[list[str], list[str]]]:
    doc = coded(text, entities)
    names = {e.id: e.name for e in doc.entities}
    return [([names[a] for a in ev.actor], [names[r] for r in ev.recipient]) for ev in doc.events if ev.type == type_]


def test_an_epithet_stands_for_the_person_named_before():
    text = "Американскиот пастор Џејмс Хол беше приведен минатиот месец. Пасторот ги негира обвиненијата."
    assert any(actors == ["Џејмс Хол"] for actors, _ in sides(text, [PASTOR], "REJECT"))


def test_an_epithet_with_no_person_before_stands_for_no_one():
    text = "Врховниот суд минатиот месец го продолжи притворот. Пасторот ги негира обвиненијата."
    assert not any(actors == ["Врховниот суд"] for actors, _ in sides(text, [COURT], "REJECT"))


def test_a_feminine_epithet_passes_over_a_man_named_last():
    text = ("Пејачката Марија Петровска вчера настапи во Охрид. На концертот беше и градоначалникот Петар Илиевски. "
            "Пејачката го критикуваше Александар Вучиќ.")
    assert (["Марија Петровска"], ["Александар Вучиќ"]) in sides(text, [SINGER, MAYOR, VUCIC], "ACCUSE")


def test_a_feminine_epithet_is_no_man():
    text = "Градоначалникот Петар Илиевски вчера беше во Охрид. Пејачката го критикуваше Александар Вучиќ."
    assert not any(actors == ["Петар Илиевски"] for actors, _ in sides(text, [MAYOR, VUCIC], "ACCUSE"))


def test_an_age_before_an_epithet_describes_the_person_named_before():
    text = "Српскиот политичар Вук Драшковиќ вчера беше во Скопје. 70-годишниот политичар го критикуваше Александар Вучиќ."
    assert (["Вук Драшковиќ"], ["Александар Вучиќ"]) in sides(text, [POLITICIAN, VUCIC], "ACCUSE")


def test_an_epithet_object_is_not_the_subject_named_in_its_sentence():
    text = "Александар Вучиќ вчера беше во Скопје. Вук Драшковиќ го критикуваше 70-годишниот политичар."
    assert not any(recipients == ["Вук Драшковиќ"] for _, recipients in sides(text, [POLITICIAN, VUCIC], "ACCUSE"))


def test_past_a_relative_word_the_epithet_is_the_person_named_before_it():
    text = "Шоуто почна со сатира со Мет Дејмон во која холивудската ѕвезда го критикуваше Брет Кавано."
    assert (["Мет Дејмон"], ["Брет Кавано"]) in sides(text, [ACTOR, JUDGE], "ACCUSE")


def test_an_epithet_with_its_own_name_is_that_person():
    text = "Мет Дејмон вчера беше во Рим. Пасторот Џејмс Хол го критикуваше Брет Кавано."
    assert not any(actors == ["Мет Дејмон"] for actors, _ in sides(text, [ACTOR, PASTOR, JUDGE], "ACCUSE"))


def test_an_age_alone_before_the_verb_describes_the_person_named_before():
    text = "Српскиот политичар Вук Драшковиќ вчера беше во Скопје. 70-годишниот го критикуваше Александар Вучиќ."
    assert (["Вук Драшковиќ"], ["Александар Вучиќ"]) in sides(text, [POLITICIAN, VUCIC], "ACCUSE")


def test_an_age_before_another_noun_is_someone_else():
    text = "Српскиот политичар Вук Драшковиќ вчера беше во Скопје. 70-годишниот сосед го критикуваше Александар Вучиќ."
    assert not any(actors == ["Вук Драшковиќ"] for actors, _ in sides(text, [POLITICIAN, VUCIC], "ACCUSE"))


def test_a_kind_role_stands_for_the_holder_of_another_role_of_its_sector():
    commander = Ent(("Весли Морган",), "PER", "USA", "MIL")
    text = ("Поранешниот командант Весли Морган сведочеше во Хаг. "
            "По рочиштето, генералот го обвини Александар Вучиќ за злосторствата.")
    assert (["Весли Морган"], ["Александар Вучиќ"]) in sides(text, [commander, VUCIC], "ACCUSE")


def test_a_kind_role_is_no_holder_of_a_role_of_another_sector():
    minister = Ent(("Весли Морган",), "PER", "USA", "GOV")
    text = ("Министерот Весли Морган сведочеше во Хаг. "
            "По рочиштето, генералот го обвини Александар Вучиќ за злосторствата.")
    assert not any(actors == ["Весли Морган"] for actors, _ in sides(text, [minister, VUCIC], "ACCUSE"))
