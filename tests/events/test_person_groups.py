"""People acting for a person the `на` after them names (`Адвокатите на X`, `поддржувачите на X`,
`семејството на X`, `портпаролот на X`) are a group of the person's country, not the person;
an organ of a state (`Владата на Бугарија`, `министерот на Бугарија`) stays the state's organ."""
from tests.events.helpers import Ent, coded, codes, only

PETROVSKI = Ent(("Марко Петровски", "Петровски"), "PER", "MKD", "PTY")
RISTOVA = Ent(("Ана Ристова",), "PER", "HRV", "PTY")
BULGARIA = Ent(("Бугарија",), "GPE", "BGR")


def actor_names(doc, event) -> list[str]:
    by_id = {e.id: e for e in doc.entities}
    return [by_id[a].name for a in event.actor]


def test_the_lawyers_of_a_person_are_the_actor_not_the_person():
    doc = coded("Адвокатите на Марко Петровски ја нарекоа пресудата „неправедна“.", [PETROVSKI], quotes=True)
    event = only(doc, "ACCUSE")
    assert actor_names(doc, event) == ["Адвокатите на Марко Петровски"]
    assert codes(doc, event.actor) == [("MKD", "JUD")]


def test_the_defenders_of_a_person_announce_his_appeal():
    doc = coded("Бранителите на Петровски најавија жалба до Апелациониот суд.", [PETROVSKI])
    event = only(doc, "REJECT")
    assert actor_names(doc, event) == ["Бранителите на Петровски"]


def test_a_family_and_supporters_are_civilians_of_the_persons_country():
    family = coded("Семејството на Ана Ристова го обвини болничкиот персонал за нејзината смрт.", [RISTOVA])
    assert codes(family, only(family, "ACCUSE").actor) == [("HRV", "CVL")]
    supporters = coded("Приврзаниците на Ана Ристова протестираа пред зградата на судот.", [RISTOVA])
    event = only(supporters, "PROTEST")
    assert actor_names(supporters, event) == ["Приврзаниците на Ана Ристова"]
    assert codes(supporters, event.actor) == [("HRV", "CVL")]


def test_an_unnamed_spokesman_of_a_person_takes_the_persons_sector():
    doc = coded("Портпаролот на Петровски ги отфрли обвинувањата на опозицијата.", [PETROVSKI])
    event = only(doc, "REJECT")
    assert actor_names(doc, event) == ["Портпаролот на Петровски"]
    assert codes(doc, event.actor) == [("MKD", "PTY")]


def test_the_government_and_the_minister_of_a_state_stay_its_organs():
    government = coded("Владата на Бугарија ја осуди одлуката.", [BULGARIA])
    assert codes(government, only(government, "ACCUSE").actor) == [("BGR", "GOV")]
    minister = coded("Министерот на Бугарија ја осуди одлуката.", [BULGARIA])
    assert actor_names(minister, only(minister, "ACCUSE")) == ["Министерот на Бугарија"]
    assert not [e for e in government.entities + minister.entities if e.rule == "events:person group"]


def test_a_possessive_tells_whose_lawyers_act():
    doc = coded("Судот го осуди Марко Петровски на пет години затвор. Неговите адвокати најавија жалба до Апелациониот суд.",
                [PETROVSKI])
    event = only(doc, "REJECT")
    assert actor_names(doc, event) == ["Неговите адвокати"]
    assert codes(doc, event.actor) == [("MKD", "JUD")]
    # the possessive's gender fits no person named before: no group of his
    doc = coded("Судот го осуди Марко Петровски на пет години затвор. Нејзините адвокати најавија жалба до Апелациониот суд.",
                [PETROVSKI])
    assert not [e for e in doc.entities if e.rule == "events:person group"]


def test_aides_told_by_a_possessive_take_the_owners_sector_unless_one_is_named():
    doc = coded("Ана Ристова ја посети болницата. Нејзините соработници ја обвинија опозицијата за лажни вести.", [RISTOVA])
    event = only(doc, "ACCUSE")
    assert actor_names(doc, event) == ["Нејзините соработници"]
    assert codes(doc, event.actor) == [("HRV", "PTY")]
    aide = Ent(("Марко Петров",), "PER", "HRV", "PTY")
    doc = coded("Ана Ристова ја посети болницата. Нејзините соработници, Марко Петров и други, ја обвинија опозицијата.",
                [RISTOVA, aide])
    assert not [e for e in doc.entities if e.rule == "events:person group"]
