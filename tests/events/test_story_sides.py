"""Recipients a story implies: the sides of its dispute, the act a judgement is about (invented sentences)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, pipeline_events


def _recipient_countries(doc, type_: str) -> list[str | None]:
    ev = [e for e in doc.events if e.type == type_][-1]
    return sorted(e.country for e in doc.entities if e.id in ev.recipient)


def test_who_calls_on_both_sides_is_no_side_of_the_dispute_meant():
    # the last dispute has the caller's own body as a side: the one told before it is meant
    doc = coded("Министерот Марко Илиќ ја обвини Приштина за провокации. Премиерот Арбен Гаши ја критикуваше "
                "Европската унија за мерките. Портпаролот на ЕУ Лука Берт ги повика двете страни да се воздржат.",
                [Ent(("Марко Илиќ",), "PER", "SRB", "GOV"), Ent(("Приштина",), "GPE", "KOS", "GOV"),
                 Ent(("Арбен Гаши",), "PER", "KOS", "GOV"), Ent(("Европската унија",), "ORG", "EUR", "IGO"),
                 Ent(("Лука Берт",), "PER", "EUR", "IGO")])
    assert _recipient_countries(doc, "REQUEST") == ["KOS", "SRB"]
    # a third state's call: the last dispute, whatever its sides
    doc = coded("Кина ја обвини Јапонија за провокации. Министерот Танака ја критикуваше Кина. "
                "Германскиот канцелар ги повика двете страни на смирување.",
                [Ent(("Кина",), "GPE", "CHN"), Ent(("Јапонија",), "GPE", "JPN"), Ent(("Танака",), "PER", "JPN", "GOV"),
                 Ent(("Германскиот канцелар",), "PER", "DEU", "GOV")])
    assert _recipient_countries(doc, "REQUEST") == ["CHN", "JPN"]


def test_the_two_governments_are_those_of_the_dispute_even_for_a_caller_of_one_state():
    for text in ("Словенија стави вето на договорот со Хрватска. Хрватскиот премиер Иво Марин ја критикуваше одлуката на "
                 "Љубљана. Претседателката Ана Зорман ги повика двете влади да разговараат.",
                 "Словенија ја обвини Хрватска за загадувањето на реката. Претседателката Ана Зорман ги повика двете влади "
                 "на дијалог."):
        doc = coded(text, [Ent(("Словенија",), "GPE", "SVN"), Ent(("Хрватска",), "GPE", "HRV"),
                           Ent(("Иво Марин",), "PER", "HRV", "GOV"), Ent(("Љубљана",), "GPE", "SVN", "GOV"),
                           Ent(("Ана Зорман",), "PER", "SVN", "GOV")])
        assert _recipient_countries(doc, "REQUEST") == ["HRV", "SVN"], text


def _recipient_names(doc, type_: str) -> list[str]:
    ev = next(e for e in doc.events if e.type == type_)
    return [e.name for e in doc.entities if e.id in ev.recipient]


def test_the_label_a_judged_act_is_given_names_no_author_of_it():
    # `како „…“`: what the judge calls the act; its author is the one told acting before
    doc = coded("Кипарската полиција уапси турски новинар на аеродромот. Анкара го осуди апсењето како „напад врз "
                "турскиот народ“ и побара негово ослободување.",
                [Ent(("Кипарската полиција",), "ORG", "CYP", "COP"), Ent(("турскиот народ",), "ORG", "TUR", "CVL"),
                 Ent(("Анкара",), "GPE", "TUR", "GOV")])
    assert _recipient_names(doc, "ACCUSE") == ["Кипарската полиција"]
    # nor is a demonym in the label (`палестинскиот`) whom the act was aimed at
    assert ("ACCUSE", ["EGY"], ["ISR"]) in pipeline_events(
        "Израелската армија ја бомбардираше болницата во Газа. Египет го осуди нападот како удар врз палестинскиот народ.")
    # a person judged is the recipient, whatever the label names
    doc = coded("Полска ја осуди Унгарија како пречка за единството на Европската унија.",
                [Ent(("Полска",), "GPE", "POL"), Ent(("Унгарија",), "GPE", "HUN"),
                 Ent(("Европската унија",), "ORG", "EUR", "IGO")])
    assert _recipient_names(doc, "ACCUSE") == ["Унгарија"]


def test_an_offer_going_on_from_its_subjects_refusal_is_made_to_the_one_refused():
    ents = [Ent(("Синдикатот на пекарите",), "ORG", "MKD", "LAB"), Ent(("Лазар Ристов",), "PER", "MKD", "GOV"),
            Ent(("Ана Дамчевска",), "PER", "MKD", "GOV")]
    asked = "Синдикатот на пекарите побара покачување на платите од 15 отсто. "
    for refusal in ("Министерот Лазар Ристов го одби барањето, но понуди покачување од пет отсто.",
                    "Министерот Лазар Ристов вчера го одби барањето за покачување од 15 отсто, но понуди пакет од осум отсто од јануари."):
        doc = coded(asked + refusal, ents)
        assert _recipient_names(doc, "AGREE") == ["Синдикатот на пекарите"], refusal
    # another's offer in the same sentence is not the refuser's answer
    doc = coded(asked + "Министерот Лазар Ристов го одби барањето, а министерката Ана Дамчевска понуди покачување од пет отсто.",
                ents)
    assert _recipient_names(doc, "AGREE") == []
