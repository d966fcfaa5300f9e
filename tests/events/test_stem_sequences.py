"""Word-beginning sequences in a list of words (`vesnik.events.base`): where they start, and
whether any does (invented words)."""
from vesnik.events.base import has_stem_sequence, opening_flags, stem_sequence_ends, stem_sequence_starts

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


def test_many_sequences_opened_by_one_short_word():
    # `е` opens several sequences, one of them of one word only in another list: each is still found,
    # also when the next word opens none of the others
    sequences = (("е", "виновн"), ("е", "одговор", "за"), ("е", "срам"), ("а", "не"), ("вин",))
    words = "тој рече дека е одговорна за штетата а сега е тивко а не гласно".split()
    assert stem_sequence_starts(words, sequences) == [3, 11]
    assert stem_sequence_starts("е срамота".split(), sequences) == [0]
    assert stem_sequence_starts("е тивко".split(), sequences) == []
    assert stem_sequence_starts("винарите е".split(), sequences) == [0]
    assert stem_sequence_starts("е".split(), (("е",), ("е", "срам"))) == [0]


def test_opening_flags_test_every_beginning_of_the_word():
    beginnings = ("за", "закан", "пр", "прет", "ќе")
    words = ["заканата", "претседателот", "ќе", "одговори", "", "Пр", "з"]
    assert list(opening_flags(words, beginnings)) == [w.startswith(beginnings) for w in words]
    assert list(opening_flags(words, ())) == [False] * len(words)
