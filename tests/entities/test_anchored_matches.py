"""`anchored_matches` finds what `finditer` finds, trying the pattern only before each anchor
(invented sentences)."""
import re

from vesnik.entities import anchored_matches

QUOTED = re.compile(r"(?<!\w)(?:([^\W\d_a-zа-џ]\w+) )?(?i:(болниц\w*|студентски\w* дом\w*)) „([^“”\"\n]{2,60})[“”\"]")
SEATED = re.compile(r"(?<!\w)(?:([^\W\d_a-zа-џ]\w+) )?(?i:(факултет\w*)) во (?=[^\W\d_a-zа-џ])")
TEXTS = [
    "Градската болница „Света Ана“ и Студентскиот дом „Браќа Милеви“ се реновирани.",
    "Во болницата „Ана „Мала“ нема места, а „Друга“ болница „Трета“ има.",
    "Пред „ „ „ болницата „Четврта“ чекаат, а во болницата „Н“ не.",
    "Правниот факултет во Охрид и факултетот во струга и Факултет во Битола.",
    "Нема ништо тука, само „наводници“ и зборот во средина.",
    "",
]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_the_same_matches_as_finditer():
    for text in TEXTS:
        assert _spans(anchored_matches(QUOTED, text, " „", 63)) == _spans(QUOTED.finditer(text))
        assert _spans(anchored_matches(SEATED, text, " во ", 5)) == _spans(SEATED.finditer(text))


def test_a_match_holds_the_words_before_its_anchor():
    text = TEXTS[0]
    assert [text[m.start():m.end()] for m in anchored_matches(QUOTED, text, " „", 63)] == [
        "Градската болница „Света Ана“", "Студентскиот дом „Браќа Милеви“"]
    assert list(anchored_matches(QUOTED, TEXTS[4], " „", 63)) == []
