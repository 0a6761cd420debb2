"""Any language a family speaks can be found, by its English name, its own name or its code."""

from iep_desk.core.languages import all_languages, find_language, language_label, search_languages


def test_the_list_holds_hundreds_of_languages_including_those_of_us_english_learners():
    codes = {language.code for language in all_languages()}
    assert len(codes) > 500
    for code in ("es", "ar", "zh", "vi", "pt", "ru", "ht", "hmn", "ur", "so", "tl", "ko",
                 "ne", "fa_AF", "am", "ti", "my", "km", "sw", "uk"):
        assert code in codes, code
    assert "und" not in codes and "zxx" not in codes


def test_each_language_is_named_in_english_and_in_itself():
    spanish = find_language("es")
    assert spanish.english_name == "Spanish" and spanish.own_name == "Español"
    assert find_language("ne").own_name == "नेपाली"
    assert find_language("fa_AF").english_name == "Dari"
    # CLDR has no data of its own for Hmong: its English name alone.
    assert find_language("hmn").label == "Hmong"
    # A right-to-left own name is isolated, so the brackets around it stay in place.
    assert find_language("ar").label == "Arabic (\u2068العربية\u2069)"


def test_codes_are_found_whatever_their_case_or_region():
    assert find_language("ES-mx").code == "es"
    assert find_language("pt_BR").code == "pt"
    assert find_language("") is None
    assert language_label("not-a-language") == "not-a-language"


def test_searching_by_any_name_common_languages_first():
    assert search_languages("som")[0].code == "so"
    assert search_languages("soomaali")[0].code == "so"
    assert search_languages("dari")[0].code == "fa_AF"
    assert search_languages("kreyol")[0].code == "ht"  # without the accent
    assert search_languages("中文")[0].code == "zh"
    assert search_languages("hmn")[0].code == "hmn"
    assert "am" in [x.code for x in search_languages("amh")]
    assert search_languages("  ") == list(all_languages())
    assert search_languages("qqqqq") == []


def test_a_language_is_named_in_the_readers_language():
    from iep_desk.core.languages import label_in, name_in

    assert name_in("vi", "es") == "vietnamita"  # inside a Spanish sentence: lower case
    assert label_in("vi", "es") == "Vietnamita (\u2068Tiếng Việt\u2069)"
    assert label_in("es", "es") == "Español"  # its own name says nothing more
    assert name_in("zh_Hans", "en") == "Simplified Chinese"
    assert name_in("vi", "not a language") == "Vietnamese"  # no CLDR names: English
    assert name_in("xq-old", "es") == label_in("xq-old", "es") == "xq-old"  # kept as stored
