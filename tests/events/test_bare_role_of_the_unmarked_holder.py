"""A bare role phrase (`премиерот`, `претседателката`) after two holders of that role were named, the later one
marked as foreign by a people's adjective (`бугарскиот премиер X`), stands for the one named bare (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Претседателката Гордана Сиљановска-Давкова вчера во Љубљана разговараше со словенечката претседателка Наташа Пирц Мусар. "
     "Од СДСМ ја обвинија претседателката за селективност.", ("ACCUSE", ["MKD"], ["MKD"])),
    ("Премиерот Христијан Мицкоски вчера во Софија се сретна со бугарскиот премиер Росен Жељазков. "
     "Лидерот на СДСМ Венко Филипче го критикуваше премиерот за средбата.", ("ACCUSE", ["MKD"], ["MKD"])),
    ("Премиерот Христијан Мицкоски вчера во Белград разговараше со српскиот премиер Ѓуро Мацут. "
     "Од ВМРО-ДПМНЕ го пофалија премиерот за посетата.", ("SUPPORT", ["MKD"], ["MKD"])),
])
def test_a_bare_role_stands_for_the_holder_named_bare(text, expected):
    assert expected in pipeline_events(text)


def test_with_only_a_marked_holder_the_bare_role_is_that_one():
    text = ("Бугарскиот премиер Росен Жељазков вчера ја посети Варна. "
            "Од опозициската партија ГЕРБ го критикуваа премиерот за посетата.")
    assert any(kind == "ACCUSE" and recipients == ["BGR"] for kind, _, recipients in pipeline_events(text))
