"""The tokenizing pipeline: spaCy's tokens, with its tokenizer cache working past line breaks."""
from __future__ import annotations

import spacy
from spacy.attrs import IDX, NORM, ORTH, SPACY

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
