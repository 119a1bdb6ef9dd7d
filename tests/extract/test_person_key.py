from __future__ import annotations

from veille.extract.person_key import fold_name, person_key


def test_transliterations_of_one_name_share_a_key() -> None:
    assert person_key("Sergueï Lavrov") == person_key("Sergei Lavrov") == person_key("SERGUEI LAVROV")
    assert person_key("Sergueï Choïgou") == person_key("Sergei Shoigu")
    assert person_key("Volodymyr Zelensky") == person_key("Volodymyr Zelenskyy")


def test_different_people_keep_different_keys() -> None:
    assert person_key("Sergueï Lavrov") != person_key("Sergueï Ryabkov")
    assert person_key("Jean Martin") != person_key("Jeanne Martin")


def test_fold_drops_accents_and_punctuation_only() -> None:
    assert fold_name("  Hélène  Geoffroy-Durand ") == "helene geofroi durand"
