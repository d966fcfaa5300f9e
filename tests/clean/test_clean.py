"""The clean/repair stage on the reference article, on SETimes text with real damage, and
on sentences written for these tests."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.shared_data import SEED, articles, needs_shared
from vesnik.clean import CleanStep
from vesnik.clean.boilerplate import dateline_source
from vesnik.clean.repair import normalise_punctuation
from vesnik.document import Document
from vesnik.pipeline import DocumentError


def clean(raw: str, **kw) -> Document:
    return CleanStep()(Document(id="t", source="test", raw_text=raw, **kw))


@needs_shared
def test_seed_header_is_dropped_and_its_date_read():
    raw = SEED.read_text(encoding="utf-8")
    doc = clean(raw)
    assert doc.published == date(2025, 9, 4)
    assert "SHARES" not in doc.text and "date 2025" not in doc.text
    assert doc.text.startswith("Севернокорејскиот лидер")
    assert "КЦНА. Ким и Путин" in doc.text  # glued sentences separated
    assert "KCNA" in doc.text  # a genuine Latin word is left alone


@needs_shared
def test_offsets_point_back_into_the_raw_text():
    raw = SEED.read_text(encoding="utf-8")
    doc = clean(raw)
    for word in ("Ким и Путин се сретнаа", "Родонг Синмун", "2.000"):
        i = doc.text.index(word)
        start, end = doc.raw_offset(i), doc.raw_offset(i + len(word))
        assert raw[start:end] == word


@needs_shared
def test_latin_homoglyphs_and_legacy_font_damage_are_repaired():
    texts = {doc_id: clean(row["text"]).text for doc_id, row in articles().items() if doc_id.startswith("setimes")}
    joined = "\n".join(texts.values())
    raw_joined = "\n".join(row["text"] for doc_id, row in articles().items() if doc_id.startswith("setimes"))
    # the damage is in the data ...
    assert "Tурција" in raw_joined and "истражуваое" in raw_joined and "Меfународната" in raw_joined
    assert "ЛунYерија" in raw_joined and "EУ" in raw_joined
    # ... and gone after cleaning
    for damaged, repaired in [("Tурција", "Турција"), ("истражуваое", "истражување"),
                              ("Меfународната", "Меѓународната"), ("ЛунYерија", "Лунџерија")]:
        assert damaged not in joined
        assert repaired in joined
    assert not re.search(r"\bEУ\b", joined) and re.search(r"\bЕУ\b", joined)


@needs_shared
def test_genuine_latin_words_are_untouched():
    row = articles()["ntrex-bbc.381790"]  # Welsh assembly story: "Twp", "Pwp", "MWP"
    text = clean(row["text"]).text
    for word in ("Twp", "Pwp", "MWP"):
        assert word in text


def test_glued_sentences_split_but_not_numbers_abbreviations_or_urls():
    doc = clean("Тој пристигна во Скопје.Министерот рече.„Ова е важно“. Имаше 2.000 луѓе и 2,9 милиони евра. "
                "Д-р.Петров и Св.Климент. Видете www.vlada.mk.Тоа е сè.")
    assert "Скопје. Министерот" in doc.text
    assert "рече. „Ова" in doc.text
    assert "2.000" in doc.text and "2,9" in doc.text
    assert "Св.Климент" in doc.text
    assert "www.vlada.mk. Тоа" in doc.text or "www.vlada.mk.Тоа" in doc.text


def test_quotes_and_dashes_are_normalised_in_place():
    raw = 'Тој рече "ова е крај" - и замина. «Да», одговори таа — тивко.'
    doc = clean(raw)
    assert doc.text == "Тој рече „ова е крај“ – и замина. „Да“, одговори таа – тивко."
    assert len(doc.text) == len(raw)


def test_share_boilerplate_in_other_languages_and_at_the_end_is_dropped():
    doc = clean("Поделите на Facebook\nВладата го усвои буџетот за 2026 година.\n12 Share Tweet Email\n")
    assert doc.text == "Владата го усвои буџетот за 2026 година."


def test_a_share_bar_with_a_print_button_goes_but_a_sentence_about_printing_stays():
    doc = clean("Сподели Твитни Испечати\nВладата го усвои буџетот за 2026 година.\n"
                "Печатницата ќе ги испечати новите учебници до септември.")
    assert doc.text == ("Владата го усвои буџетот за 2026 година.\n"
                        "Печатницата ќе ги испечати новите учебници до септември.")


def test_a_title_like_line_without_share_words_stays():
    doc = clean("Владата го усвои буџетот\n\nСобранието ќе расправа во вторник.")
    assert doc.text.startswith("Владата го усвои буџетот")


def test_credit_lines_and_page_navigation_go_but_a_sentence_with_a_colon_stays():
    doc = clean("Фото: МИА\nПремиерот денеска изјави дека платите ќе се зголемат.\nИзвор: Ројтерс\n"
                "Поврзани вести\nСледете нè на Фејсбук\nИзвор: според министерот, буџетот е стабилен и ќе расте и следната година.")
    assert doc.text.splitlines() == ["Премиерот денеска изјави дека платите ќе се зголемат.",
                                     "Извор: според министерот, буџетот е стабилен и ќе расте и следната година."]


def test_breadcrumbs_links_to_other_articles_tags_and_copyright_go():
    doc = clean("Почетна » Македонија » Политика\nОбјавено во: Македонија\n"
                "Мицкоски: Нема да има уставни измени под притисок\n"
                "Премиерот изјави дека Владата нема да прифати уставни измени.\n"
                "ПРОЧИТАЈТЕ ПОВЕЌЕ: Министерот во Брисел: ЕУ мора да ги почитува своите ветувања\n"
                "Тагови: Мицкоски Бугарија ЕУ\nНајчитано\n© 2025 Сите права се задржани\n")
    assert doc.text.splitlines() == ["Мицкоски: Нема да има уставни измени под притисок",
                                     "Премиерот изјави дека Владата нема да прифати уставни измени."]


def test_a_breadcrumb_with_spaced_slashes_goes_a_slash_in_a_sentence_stays():
    doc = clean("Насловна / Свет / Европа\nЗемјоделците / превозниците / рибарите протестираа и/или штрајкуваа.\n")
    assert doc.text.splitlines() == ["Земјоделците / превозниците / рибарите протестираа и/или штрајкуваа."]


def test_a_dated_share_bar_carrying_its_section_or_outlet_name_goes():
    body = "Премиерот изјави дека Владата нема да прифати уставни измени."
    for bar in ("date 2026-01-28 Свет Сподели Твитни Испрати", "date 2026-03-18 Слободен печат 0 SHARES",
                "date 2025-12-05 Свет 05.12.2025 13:20 Сподели: Facebook Twitter Viber"):
        doc = clean(f"{bar}\n\n{body}\n")
        assert doc.text.splitlines() == [body], bar
    for bar in ("Сподели на Facebook Сподели на X Испрати по е-пошта", "Сподели:FacebookTwitterViberEmail"):
        assert clean(f"{body}\n{bar}\n").text.splitlines() == [body], bar  # run together by the scraper
    # a line of three words besides the share words, or one that ends like a sentence, stays
    for line in ("Вучиќ побара нови избори 12.03.2026 Сподели", "Вучиќ побара 12.03.2026 Сподели."):
        assert line in clean(f"{line}\n{body}\n").text


def test_document_of_only_boilerplate_is_an_error():
    with pytest.raises(DocumentError, match="nothing is left"):
        clean("0 SHARES Share Tweet\n")


def test_empty_document_is_an_error():
    with pytest.raises(DocumentError, match="no text"):
        clean("   \n ")


def test_decomposed_letters_are_composed_and_offsets_follow():
    raw = "Министерот за надворешни работи доа\u0301ѓа. Тој рече."
    doc = clean(raw.replace("доа\u0301ѓа", "дог\u0301а"))  # г + combining acute = ѓ
    assert "доѓа" in doc.text
    i = doc.text.index("Тој")
    assert doc.raw_offset(i) == i + 1


def test_an_agency_dateline_gives_an_undated_article_its_date():
    assert clean("Скопје, 12 март 2025 (МИА) – Премиерот се сретна со амбасадорот.").published == date(2025, 3, 12)
    assert clean("Белград, 12.03.2025 – Вучиќ рече дека ќе има избори.").published == date(2025, 3, 12)
    assert clean("Марко Петров, 45, рече дека ќе има избори во 2026.").published is None
    assert clean("Скопје, 12 март 2025 – Текст.", published=date(2025, 3, 13)).published == date(2025, 3, 13)  # metadata wins


def test_a_dateline_without_its_year_takes_the_year_of_the_dates_the_article_writes():
    text = ("Скопје, 25 ноември (МИА) – Премиерот изјави дека седницата ќе се одржи на 2 декември 2025 година.\n"
            "Законот беше донесен на 14 јануари 2025.")
    assert clean(text).published == date(2025, 11, 25)
    # a January dateline near December dates is in the next year
    assert clean("Скопје, 3 јануари (МИА) – Рокот истече на 31 декември 2025.").published == date(2026, 1, 3)
    # with no full date written, the year stays unknown
    assert clean("Скопје, 25 ноември (МИА) – Премиерот изјави дека ќе има избори.").published is None


def test_a_list_of_other_articles_headlines_goes_with_its_heading():
    doc = clean("Премиерот изјави дека Владата нема да прифати нови услови.\n"
                "Поврзани вести\nОпозицијата: Владата ја изолира државата\n12.11.2025 14:35\n"
                "Министерот замина на средба во Загреб\n\n"
                "Од истата рубрика\nНовата пруга ќе чини 200 милиони евра\n"
                "Собранието ќе расправа за буџетот и во вторник.")
    assert [line for line in doc.text.splitlines() if line] == ["Премиерот изјави дека Владата нема да прифати нови услови.",
                                     "Собранието ќе расправа за буџетот и во вторник."]


def test_a_title_line_stays_when_no_link_heading_is_above_it():
    doc = clean("Министерот замина на средба во Загреб\nТој ќе се сретне со колегата.")
    assert doc.text.splitlines()[0] == "Министерот замина на средба во Загреб"


def test_a_dateline_below_the_headline_dates_the_article():
    doc = clean("Синдикатите најавија штрајк во болниците\n\n"
                "Битола, 3 октомври 2025 (МИА) – Медицинските сестри денеска протестираа пред болницата.")
    assert doc.published == date(2025, 10, 3)
    assert clean("Синдикатите најавија штрајк\n\nВо болниците има 3 октомври 2025 нови прегледи.").published is None


def test_a_header_line_of_a_date_in_words_is_dropped_and_dates_the_article():
    doc = clean("Министерот го посети Охрид\n\nСреда, 5 март 2025 | 10:15\n\nМинистерот денеска престојуваше во Охрид.")
    assert doc.published == date(2025, 3, 5)
    assert "10:15" not in doc.text and "Среда" not in doc.text
    assert "5 март 2025" in clean("Министерот на 5 март 2025 престојуваше во Охрид.").text


@pytest.mark.parametrize("line", ["5 март 2025, 10:15 ч.", "5 март 2025 во 10:15 часот", "05.03.2025 во 10:15 часот",
                                  "Објавено: 5 март 2025, 10:15 ч."])
def test_a_date_line_with_the_word_for_oclock_is_dropped_and_dates_the_article(line):
    doc = clean(f"{line}\n\nМинистерот денеска престојуваше во Охрид.")
    assert doc.published == date(2025, 3, 5) and doc.text == "Министерот денеска престојуваше во Охрид."


def test_an_hour_in_a_sentence_stays():
    text = "Во 10 часот министерот ќе се обрати на 5 март 2025 во Охрид."
    assert clean(text).text == text and clean(text).published is None


def test_a_dateline_under_the_headline_dates_the_article():
    doc = clean("Министерот телефонски разговараше со колегата\n\n"
                "Скопје, 18 февруари 2026 (МИА) – Министерот вчера разговараше со колегата од Загреб.")
    assert doc.published == date(2026, 2, 18)
    assert clean("Министерот разговараше\nТој рече дека ќе има средба.\nНекој друг ред\n"
                 "Скопје, 18 февруари 2026 – Текст.").published is None  # a dateline opens the article


def test_a_two_level_breadcrumb_a_piped_byline_and_calls_to_the_reader_go():
    doc = clean("Почетна » Македонија\n10 јуни 2025 | 16:48 | Автор: Ивана Петровска\n"
                "Напишано од: Редакција\nПремиерот ја посети Битола.\n"
                "Најави се за да коментираш\nПреземете ја нашата апликација за Android и iOS\n"
                "Ве молиме прифатете ги колачињата за подобро искуство на страницата.\n")
    assert doc.text.strip() == "Премиерот ја посети Битола."
    assert doc.published == date(2025, 6, 10)  # read from the byline's date


def test_a_dated_byline_naming_its_outlet_goes_and_dates_the_article():
    doc = clean("Вечерен весник | 12.02.2026 | 09:15\nРама го посети Скопје.\n")
    assert doc.text.strip() == "Рама го посети Скопје."
    assert doc.published == date(2026, 2, 12)
    doc = clean("Радио Тирана • 07.05.2025\nОсмани ја посети Тирана.\n")
    assert doc.text.strip() == "Османи ја посети Тирана." and doc.published == date(2025, 5, 7)
    # without a date a bar or a bullet is a headline's
    assert clean("Рама • Нема избори\nОсмани ја посети Тирана.\n").text.startswith("Рама • Нема избори")


def test_a_piped_byline_whose_last_field_is_a_section_and_its_share_words_goes():
    doc = clean("date 2026-02-03 | Вечерен весник | Економија Сподели на Facebook Сподели на X\n\n"
                "Рама го посети Скопје.\n")
    assert doc.text.strip() == "Рама го посети Скопје." and doc.published == date(2026, 2, 3)
    # undated, the fields may be a headline's
    assert clean("Вечерен весник | Економија Сподели на Facebook\nРама го посети Скопје.\n").text.startswith("Вечерен")


def test_calls_to_follow_the_outlet_or_get_its_app_go():
    doc = clean("Премиерот ја посети Битола.\nСледете ги нашите вести на Вибер\nПреземете ја апликацијата на Вечер\n")
    assert doc.text.strip() == "Премиерот ја посети Битола."


def test_a_headline_with_a_bar_or_a_closing_guillemet_stays():
    doc = clean("Мицкоски | Владата ќе одлучи\n«Вечер» објави\nПремиерот ја посети Битола.")
    assert doc.text.splitlines()[:2] == ["Мицкоски | Владата ќе одлучи", "„Вечер“ објави"]


def test_the_agency_a_dateline_names_is_read():
    assert dateline_source("Наслов\n\nСкопје, 3 декември (МИА) – Министерот рече.") == "МИА"
    assert dateline_source("Министерот рече дека (МИА) – не.") is None


def test_a_sentence_glued_after_a_closing_quote_or_a_number_is_separated():
    assert clean("Рече дека Владата „ги изневери граѓаните“.Тој ги повика пратениците.").text == \
        "Рече дека Владата „ги изневери граѓаните“. Тој ги повика пратениците."
    assert clean("Разговараа за коридорот 8.Бугарскиот премиер побара гаранции.").text == \
        "Разговараа за коридорот 8. Бугарскиот премиер побара гаранции."
    assert clean("Износот е 8.5 милиони евра.").text == "Износот е 8.5 милиони евра."  # a decimal stays
    assert clean("Тоа е т.е.Нова ера.").text == "Тоа е т.е.Нова ера."  # an abbreviation before a quote-less glue stays


def test_a_sentence_glued_after_a_quote_closing_on_a_number_is_separated():
    assert clean("Рече дека „тоа се случи во 2019“.Премиерот го отфрли тоа.").text == \
        "Рече дека „тоа се случи во 2019“. Премиерот го отфрли тоа."
    assert clean("Износот е „8.5“ милиони евра.").text == "Износот е „8.5“ милиони евра."  # a quoted decimal stays


def test_a_sentence_glued_after_a_closing_bracket_is_separated():
    assert clean("Соопшти Агенцијата за енергетика (АЕ).Министерот го поздрави.").text == \
        "Соопшти Агенцијата за енергетика (АЕ). Министерот го поздрави."
    assert clean("Законот е од 2019 (измената од 2024).Судот го укина.").text == \
        "Законот е од 2019 (измената од 2024). Судот го укина."
    assert clean("Рокот е 30 дена (чл. 12).Тоа е сè.").text == "Рокот е 30 дена (чл. 12). Тоа е сè."
    assert clean("Функцијата ја врши (в.д.).Потоа").text == "Функцијата ја врши (в.д.).Потоа"  # an abbreviation stays


def test_a_trail_of_two_short_segments_goes_and_its_time_stamp_dates_the_article():
    doc = clean("Почетна » Свет\nТрамп се сретна со Си во Пусан\n14.07.2025 09:12 | Свет\n"
                "Американскиот претседател разговараше со кинескиот лидер за трговијата.\n")
    assert doc.text.splitlines() == ["Трамп се сретна со Си во Пусан",
                                     "Американскиот претседател разговараше со кинескиот лидер за трговијата."]
    assert doc.published == date(2025, 7, 14)


def test_a_headline_with_a_bar_between_long_parts_stays():
    doc = clean("Руте по средбата со Трамп | НАТО ќе ги зголеми трошоците за одбрана\n"
                "Генералниот секретар изјави дека сојузниците се договорија.\n")
    assert doc.text.splitlines()[0] == "Руте по средбата со Трамп | НАТО ќе ги зголеми трошоците за одбрана"


def test_furniture_glued_after_the_last_sentence_goes_with_the_headlines_it_heads():
    doc = clean("Министерката ја посети болницата во Струмица.Таа најави нова опрема до крајот на мај.Прочитај повеќе\n\n"
                "Директорот: Болницата нема доволно лекари\n\n"
                "Владата ќе ги зголеми платите на медицинските сестри.Извор: Сител\n"
                "Градоначалникот побара нови автобуси.Коментари (4)")
    assert [line for line in doc.text.splitlines() if line] == [
        "Министерката ја посети болницата во Струмица. Таа најави нова опрема до крајот на мај.",
        "Владата ќе ги зголеми платите на медицинските сестри.",
        "Градоначалникот побара нови автобуси."]


def test_a_call_to_the_reader_behind_a_short_key_goes():
    doc = clean("Пратениците ја одложија седницата.\nКолачиња: Користиме колачиња за подобро искуство\n"
                "Преземањето на содржините е дозволено само со наведување на изворот.")
    assert doc.text == "Пратениците ја одложија седницата."


def test_a_sections_more_headlines_go_with_their_heading():
    doc = clean("Двете армии разменија заробеници во понеделникот.\n\n"
                "Повеќе од рубриката\n\nАнкара: Подготвени сме да бидеме домаќин на нов круг разговори\n")
    assert [line for line in doc.text.splitlines() if line] == ["Двете армии разменија заробеници во понеделникот."]


def test_an_agency_tag_glued_after_the_last_sentence_goes():
    doc = clean("Судот во Бихаќ го осуди возачот на три години затвор./ФЕНА/\n"
                "Министерот најави нови контроли на патиштата.(МИА)\n"
                "Пратеникот го спомна (ДУИ) во говорот.")
    assert [line for line in doc.text.splitlines() if line] == [
        "Судот во Бихаќ го осуди возачот на три години затвор.",
        "Министерот најави нови контроли на патиштата.",
        "Пратеникот го спомна (ДУИ) во говорот."]


def test_an_agency_tag_written_as_a_name_glued_after_the_last_sentence_goes():
    doc = clean("Египет ги повика завојуваните страни да се вратат на преговорите.(Танјуг)\n"
                "Според него, ова е втор таков случај (Охрид) оваа година.")
    assert [line for line in doc.text.splitlines() if line] == [
        "Египет ги повика завојуваните страни да се вратат на преговорите.",
        "Според него, ова е втор таков случај (Охрид) оваа година."]


def test_a_sentence_glued_after_an_abbreviation_that_may_close_one_is_separated():
    # `ден` (day, or denars) and `итн.` close sentences, as the sentence splitter already takes them
    assert clean("Мерката важи од првиот ден.Министерот го потпиша протоколот.").text == \
        "Мерката важи од првиот ден. Министерот го потпиша протоколот."
    assert clean("Увоз на жито, масло итн.Владата ги укина царините.").text == \
        "Увоз на жито, масло итн. Владата ги укина царините."
    assert clean("Го прими проф.Ристов.").text == "Го прими проф.Ристов."  # a title stays glued to its name


def test_a_dated_share_bar_run_into_the_first_sentence_goes_and_dates_the_article():
    doc = clean("date 2026-02-17 14 shares Сподели на Facebook Twitter  Економија  Народната банка ја намали "
                "референтната каматна стапка на 5 отсто.\nОдлуката стапува на сила од утре.")
    assert doc.text.splitlines()[0] == "Народната банка ја намали референтната каматна стапка на 5 отсто."
    assert doc.published == date(2026, 2, 17)
    # a sentence that only opens with a date keeps it: no share words before it
    kept = clean("2026-02-17 Народната банка ја намали референтната каматна стапка на 5 отсто.")
    assert kept.text.startswith("2026-02-17 Народната банка")


def test_a_headline_run_into_its_lead_is_put_on_its_own_line():
    raw = ("Банката ја намали каматата на штедилницаНародната банка соопшти дека стапката е 5,5 отсто.\n"
           "Синдикатот ги повика работниците ТетовоГостивар да се приклучат.")
    doc = clean(raw)
    assert doc.text.startswith("Банката ја намали каматата на штедилница\nНародната банка соопшти")
    assert "ТетовоГостивар" in doc.text  # a name written in one with a capital inside stays
    assert doc.raw_offset(doc.text.index("Народната")) == raw.index("Народната")  # offsets still point into the input


def test_a_headline_run_into_a_lead_that_opens_on_a_quote_is_split_only_in_the_headline():
    doc = clean("Синдикатите бараат повисока плата„Малите плати се срам“, рече тој. Тој ја нарече„Срамота“ одлуката.")
    assert doc.text == "Синдикатите бараат повисока плата\n„Малите плати се срам“, рече тој. Тој ја нарече„Срамота“ одлуката."


def test_normalised_punctuation_read_again_stays_as_it_was():
    # later stages normalise the cleaned text again: its „…“ and – must not move
    once = normalise_punctuation('Тој рече "ќе дојдам" - и замина «брзо» —\u00a0без збор.')
    assert once == "Тој рече „ќе дојдам“ – и замина „брзо“ – без збор."
    assert normalise_punctuation(once) == once
    assert normalise_punctuation("„Да“ – рече.") == "„Да“ – рече."
