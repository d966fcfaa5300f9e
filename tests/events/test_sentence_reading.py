"""The coder's precomputed readings of a sentence and of the lexicon agree with reading token by token."""
from __future__ import annotations

from vesnik.events.lexicon import event_lexicon
from vesnik.events.sentence import Group, Participant, SentenceView
from vesnik.quotes.text import Text

TEXT = ("Градоначалникот на Струмица вчера ги пречека земјоделците. "
        "Потоа одржа средба со нив и побара помош од Владата, соопшти општината.")


def _views() -> list[SentenceView]:
    second = TEXT.index("Потоа")
    text = Text.read(TEXT, [(0, second), (second, len(TEXT))], "mk")
    return [SentenceView(n, text.tokens, span.start, span.stop)
            for n, span in enumerate(text.sentence_tokens(n) for n in range(2))]


def test_words_and_contains_read_any_range_as_the_tokens_do():
    for view in _views():
        for first in range(view.first - 2, view.end + 2):
            for end in range(first - 2, view.end + 3):
                tokens = view.tokens[first:end]
                assert view.words(first, end) == [t.low for t in tokens]
                assert view.contains(first, end, ("побар", "одр")) == any(t.low.startswith(("побар", "одр")) for t in tokens)
        assert view.low_set == {t.low for t in view.tokens[view.first:view.end]}


def test_the_known_verb_forms_are_light_speech_and_verb_trigger_forms_but_no_verbal_noun():
    lex = event_lexicon("mk")
    for word in [*lex.single, *lex.light_verbs, *lex.reporting.verbs, "одржа", "соопшти", "барањето", "земјоделците"]:
        known = (word in lex.light_verbs or word in lex.reporting.verbs
                 or (any(not t.noun for t in lex.single.get(word, ())) and not word.endswith(lex.verbal_noun_endings)))
        assert (word in lex.verb_forms) == known
    assert {"одржа", "соопшти"} <= lex.verb_forms


def test_a_group_names_its_members_entities_once_each_in_order():
    assert Group([Participant("E2", 3, 4)]).entities == ["E2"]
    assert Group([Participant("E2", 3, 4), Participant("E1", 5, 6), Participant("E2", 7, 8)]).entities == ["E2", "E1"]
    group = Group([Participant("E1", 0, 1)])
    group.entities.append("E9")  # a copy each time: a caller's list is its own
    assert group.entities == ["E1"]
