"""Pages of news briefs: each item opens with its own dateline in capitals (`ГРАД, Држава -- (ден)`) and is a story of
its own — its bare organs and unnamed actors are its dateline's state's, its roles are not the item's before, and its
undated acts take its dateline's day (pages written for these tests)."""
from __future__ import annotations

from datetime import date

from vesnik.clean.boilerplate import brief_items
from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline

PUBLISHED = "2011-04-14"


def _page(first: str, second: str, day: str = " (вторник, 12-ти април)") -> str:
    return (f"Вести од регионот\nСОФИЈА, Бугарија -- (среда, 13-ти април)\n{first}\n"
            f"АТИНА, Грција --{day}\n{second}\n(Ројтерс, АФП – 13/04/11)")


def _events(text: str, published: str = PUBLISHED):
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text, published=date.fromisoformat(published))).document
    by_id = {e.id: e for e in doc.entities}
    return [(ev.type, [by_id[a].country for a in ev.actor], ev.date) for ev in doc.events]


def test_a_page_with_two_item_datelines_has_two_items():
    items = brief_items(_page("Премиерот Бојко Борисов отпатува за Брисел.", "Полицијата уапси петмина демонстранти."))
    assert [m["place"] for m, _ in items] == ["СОФИЈА", "АТИНА"] and [m["day"] for m, _ in items][1] == "вторник, 12-ти април"


def test_an_article_with_one_dateline_has_no_items():
    assert brief_items("Наслов\nСОФИЈА, Бугарија -- Премиерот отпатува за Брисел.\nТој рече дека ќе се врати.") == []


def test_lower_case_places_open_no_items():
    assert brief_items("Наслов\nСофија, Бугарија -- Премиерот отпатува.\nАтина, Грција -- Полицијата уапси петмина.") == []


def test_the_police_of_an_item_are_its_datelines_state_and_its_act_takes_its_day():
    found = _events(_page("Премиерот Бојко Борисов се сретна со турскиот министер за надворешни работи во Софија.",
                          "Полицијата уапси петмина демонстранти пред Парламентот."))
    assert ("COERCE", ["GRC"], "2011-04-12") in found


def test_an_item_whose_dateline_gives_no_day_takes_the_pages_date():
    found = _events(_page("Премиерот Бојко Борисов се сретна со турскиот министер за надворешни работи во Софија.",
                          "Полицијата уапси петмина демонстранти пред Парламентот.", day=""))
    assert ("COERCE", ["GRC"], "2011-04-13") in found


def test_without_item_datelines_the_police_stay_the_storys_state():
    found = _events("Вести од регионот\nСофија, Бугарија -- Премиерот Бојко Борисов се сретна со турскиот министер за "
                    "надворешни работи во Софија.\nПолицијата уапси петмина демонстранти пред Парламентот.")
    assert [f for f in found if f[0] == "COERCE"] and all(f[1] != ["GRC"] for f in found if f[0] == "COERCE")


def test_a_bare_government_in_an_item_is_its_datelines_states():
    found = _events(_page("Премиерот Бојко Борисов се сретна со турскиот министер за надворешни работи во Софија.",
                          "Синдикатите ја обвинија Владата дека ги намалува платите."))
    assert any(t == "ACCUSE" and a == ["GRC"] for t, a, _ in found)


def test_a_bare_role_of_an_item_is_not_the_holder_named_in_the_item_before():
    found = _events(_page("Премиерот Бојко Борисов се сретна со турскиот министер за надворешни работи во Софија.",
                          "Премиерот ја критикуваше опозицијата дека го блокира буџетот."))
    assert any(t == "ACCUSE" and a == ["GRC"] for t, a, _ in found)


def test_a_bare_role_in_the_same_item_is_the_holder_named_before():
    found = _events(_page("Премиерот Бојко Борисов се сретна со турскиот министер за надворешни работи во Софија. "
                          "Премиерот ја критикуваше опозицијата дека го блокира буџетот.",
                          "Полицијата уапси петмина демонстранти пред Парламентот."))
    assert any(t == "ACCUSE" and a == ["BGR"] for t, a, _ in found)


def _loan_page(dateline: str) -> str:
    return (f"Вести од регионот\n{dateline}\nСветската банка одобри заем од 40 милиони долари за обнова на патиштата.\n"
            "СОФИЈА, Бугарија -- (среда, 13-ти април)\nПолицијата уапси петмина демонстранти.\n(Ројтерс – 13/04/11)")


def test_a_loan_told_in_an_item_is_to_its_datelines_state():
    found = _events(_loan_page("ТИРАНА, Албанија -- (среда, 13-ти април)"))
    assert any(t == "AID" for t, _, _ in found)


def test_a_loan_told_in_a_story_with_no_item_datelines_names_no_recipient():
    found = _events(_loan_page("Тирана, Албанија -- (среда, 13-ти април)").replace("СОФИЈА", "Софија"))
    assert not any(t == "AID" for t, _, _ in found)


def _arrests(second_dateline: str) -> list:
    return [f for f in _events("Вести\nБЕЛГРАД, Србија -- (среда, 13-ти април)\nПолицијата уапси четворица осомничени за шверц "
                               f"на оружје.\n{second_dateline}Полицијата уапси двајца осомничени за шверц на оружје.\n"
                               "СКОПЈЕ, Македонија -- (среда, 13-ти април)\nВладата одобри нов закон.\n(Бета – 13/04/11)")
            if f[0] == "COERCE"]


def test_the_same_act_told_in_two_items_is_two_acts():
    assert len(_arrests("НОВИ САД, Србија -- (вторник, 12-ти април)\n")) == 2


def test_the_same_act_told_twice_in_one_item_is_one_act():
    assert len(_arrests("")) == 1


def _pair_page(between: str) -> list:
    return _events("Вести\nСОФИЈА, Бугарија -- (среда, 13-ти април)\nПремиерот Бојко Борисов се сретна со грчкиот премиер "
                   f"Георгиос Папандреу.\n{between}Двајцата премиери ја повикаа ЕУ да ги забрза преговорите.\n"
                   "ТИРАНА, Албанија -- (среда, 13-ти април)\nВладата одобри нов закон.\n(Бета – 13/04/11)")


def test_a_pair_told_in_an_item_is_not_the_pair_of_the_item_before():
    assert not any(t == "REQUEST" and sorted(a) == ["BGR", "GRC"] for t, a, _ in _pair_page("СКОПЈЕ, Македонија -- (среда, 13-ти април)\n"))


def test_a_pair_told_in_the_same_item_is_the_pair_that_met():
    assert any(t == "REQUEST" and sorted(a) == ["BGR", "GRC"] for t, a, _ in _pair_page(""))


def test_a_name_in_capitals_opening_a_line_with_no_state_or_day_is_no_dateline():
    page = _page("Премиерот отпатува.", "Полицијата уапси петмина.")
    assert len(brief_items(page + "\nНАТО - Алијансата ја поздрави одлуката.")) == 2
    assert len(brief_items(page + "\nТИРАНА - (14/04/11)\nВладата одобри закон.")) == 3


def _recipient_countries(text: str, type_: str) -> list[list[str | None]]:
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text, published=date.fromisoformat(PUBLISHED))).document
    by_id = {e.id: e for e in doc.entities}
    return [[by_id[r].country for r in ev.recipient] for ev in doc.events if ev.type == type_]


def _suspects_page(place: str) -> str:
    return ("Вести\nТИРАНА, Албанија -- (среда, 13-ти април)\nВладата одобри нов закон за странските инвестиции. Премиерот "
            f"Сали Бериша рече дека Тирана ќе ги намали даноците.\n{place} -- (среда, 13-ти април)\nПолицијата уапси двајца Срби "
            "осомничени за нападот.\n(Бета – 13/04/11)")


def test_counted_members_of_a_people_in_an_item_are_of_its_datelines_state_where_they_live():
    assert _recipient_countries(_suspects_page("ПРИШТИНА, Косово"), "COERCE") == [["KOS"]]


def test_counted_members_of_a_people_in_an_item_of_their_own_state_are_their_states():
    assert _recipient_countries(_suspects_page("НИШ, Србија"), "COERCE") == [["SRB"]]


def _speaker_page(speaker: str) -> str:
    return (f"Вести\nПРИШТИНА, Косово -- (среда, 13-ти април)\n{speaker} изјави дека Владата нема да го прифати планот.\n"
            "ТИРАНА, Албанија -- (среда, 13-ти април)\nПарламентот го ратификуваше договорот со ЕУ.\n(Бета – 13/04/11)")


def test_a_government_a_foreign_speaker_speaks_of_in_an_item_is_his_states():
    assert any(t == "REJECT" and a == ["SRB"] for t, a, _ in _events(_speaker_page("Српскиот премиер Мирко Цветковиќ")))


def test_a_government_an_unnamed_speaker_speaks_of_in_an_item_is_its_datelines_states():
    assert any(t == "REJECT" and a == ["KOS"] for t, a, _ in _events(_speaker_page("Портпаролот")))


def _border_page(between: str) -> list:
    return [a for t, a, _ in _events(
        "Вести\nСКОПЈЕ, Македонија -- (среда, 13-ти април)\nВладата одобри нов закон за азил. Унгарската полиција задржа "
        f"група мигранти на границата.\n{between}Владата го усвои буџетот. Потоа полицијата уапси двајца шверцери.\n"
        "(Бета – 13/04/11)") if t == "COERCE"]


def test_a_bare_police_after_another_states_police_told_in_its_item_goes_on_telling_it():
    assert _border_page("") == [["HUN"], ["HUN"]]


def test_a_bare_police_after_another_states_police_told_in_the_item_before_is_its_items_state():
    assert _border_page("БЕЛГРАД, Србија -- (среда, 13-ти април)\n") == [["HUN"], ["SRB"]]
