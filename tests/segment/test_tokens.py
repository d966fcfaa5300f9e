"""The tokenizing pipeline: spaCy's tokens, with its tokenizer cache working past line breaks."""
from __future__ import annotations

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

from vesnik.entities import ner_model
from vesnik.segment import make_nlp

# paragraphs, a double space, a tab, a no-break space and spaCy's Macedonian special cases (`г.`, `д-р`, `и др.`, `—`)
TEXT = ("Министерката Ана Стојанова доби 12 кг. цвеќе\nна 3 март 2026 г.  Д-р Петров\tи др. дојдоа — сите.\n"
        "„Ќе продолжиме“,\xa0рече таа.\n\nВлада на Република Северна Македонија")


def _rows(nlp, text):
    return nlp.make_doc(text).to_array([ORTH, NORM, SPACY, IDX]).tolist()


def test_tokens_are_spacys():
    reference = spacy.blank("mk")
    assert _rows(make_nlp("mk"), TEXT) == _rows(reference, TEXT)
    assert _rows(make_nlp("mk"), TEXT) == _rows(reference, TEXT)  # from the cache too


def test_new_words_get_the_attributes_read_downstream_as_spacy_gives_them():
    text = "Советничката Бојана Трпеска-Илиоска донесе 17 нови предлози, еве ги на www.primer.mk\n\nСите."
    attrs = [LOWER, NORM, PREFIX, SUFFIX, SHAPE, IS_ALPHA, IS_SPACE]
    reference = spacy.blank("mk")
    assert make_nlp("mk").make_doc(text).to_array(attrs).tolist() == reference.make_doc(text).to_array(attrs).tolist()
    assert make_nlp("mk").vocab["17"].like_num is False  # computed for no one: left out


def test_the_models_entities_are_those_on_spacys_full_lexemes():
    model = ner_model("mk")
    if model is None:
        return
    text = "Градоначалникот Мартин Трајчевски го пречека претседателот на Словенија Мирко Новак во Битола."
    blank = spacy.blank("mk")
    for label in model.get_pipe("ner").labels:  # as `ner_model` adds them to the tokenizing pipeline's strings
        blank.vocab.strings.add(label)
    ours, reference = make_nlp("mk")(text), blank(text)
    for _, component in model.pipeline:
        ours, reference = component(ours), component(reference)
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in reference.ents]
    assert ours.ents


def test_words_after_a_line_break_are_cached():
    nlp = make_nlp.__wrapped__("mk")  # an own tokenizer: counting its misses flushes its cache
    tokenizer, misses = nlp.tokenizer, []
    prefix_search = tokenizer.prefix_search

    def counted(chunk):
        misses.append(chunk)
        return prefix_search(chunk)

    tokenizer.prefix_search = counted
    text = "Првиот ред.\nВториот ред на текстот."
    nlp.make_doc(text)
    misses.clear()
    nlp.make_doc(text)
    assert misses == []
