"""Word-beginning sequences in a list of words (`vesnik.events.base`): where they start, and
whether any does (invented words)."""
from vesnik.events.base import has_stem_sequence, stem_sequence_ends, stem_sequence_starts

SEQUENCES = (("закан",), ("ќе", "казн"), ("тешк", "посл", "следу"))


def test_starts_of_one_and_several_word_sequences():
    words = "тие ќе казнат секого што заканува ќе".split()
    assert stem_sequence_starts(words, SEQUENCES) == [1, 5]
    assert stem_sequence_ends(words, SEQUENCES) == [3, 6]
    assert has_stem_sequence(words, SEQUENCES)


def test_a_sequence_cut_by_the_end_of_the_words_is_not_found():
    words = "ќе следуваат тешки последици".split()
    assert stem_sequence_starts(words, SEQUENCES) == []
    assert not has_stem_sequence(words, SEQUENCES)
    assert stem_sequence_starts(words + ["следуваат"], SEQUENCES) == [2]


def test_no_words_or_no_sequences():
    assert stem_sequence_starts([], SEQUENCES) == []
    assert not has_stem_sequence("заканата остана".split(), ())
