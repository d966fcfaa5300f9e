"""The quotes stage's tokens and their sentences (`vesnik.quotes.text.Text`), on invented text."""
from vesnik.quotes.text import Text


def test_tokens_take_their_sentences_and_spaces_go_to_the_next():
    text = "Ана дојде во г. Скопје.  Потоа замина. Крај"
    sentences = [(0, 23), (25, 38), (39, 43)]
    read = Text.read(text, sentences, "mk")
    assert [(t.text, t.sentence) for t in read.tokens] == [
        ("Ана", 0), ("дојде", 0), ("во", 0), ("г.", 0), ("Скопје", 0), (".", 0),
        ("Потоа", 1), ("замина", 1), (".", 1), ("Крај", 2)]
    assert [read.sentence_tokens(k) for k in range(3)] == [range(0, 6), range(6, 9), range(9, 10)]


def test_words_past_the_last_sentence_belong_to_it():
    read = Text.read("Прва реченица. Втора", [(0, 14)], "mk")
    assert [t.sentence for t in read.tokens] == [0, 0, 0, 0]
    assert [t.start for t in read.tokens] == [0, 5, 13, 15]
    assert Text.read("", [], "mk").tokens == []
