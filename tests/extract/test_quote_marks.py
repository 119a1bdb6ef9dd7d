from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.quote_marks import find_quoted_spans


def inner(text: str) -> list[str]:
    return [text[s.start: s.end] for s in find_quoted_spans(text)]


def test_guillemets_give_the_words_without_marks_spaces_or_trailing_comma() -> None:
    text = "« Nous sommes prêts à discuter, », a-t-il dit."
    assert inner(text) == ["Nous sommes prêts à discuter"]


def test_curly_quote_closed_by_an_opening_mark_as_in_the_seeds() -> None:
    text = "“Il faut une percée maintenant“, a noté le diplomate. “Nous verrons bien”, a-t-il ajouté."
    assert inner(text) == ["Il faut une percée maintenant", "Nous verrons bien"]


def test_straight_quotes_pair_across_lost_paragraph_breaks() -> None:
    text = 'Il a parlé.\"C\'était la fin de tout\", raconte-t-il. \"Nous avons eu peur\", dit-elle.'
    assert inner(text) == ["C'était la fin de tout", "Nous avons eu peur"]


def test_quote_inside_a_quote_belongs_to_the_outer_one() -> None:
    text = "« Il m'a dit : \"c'est une erreur\" et il est parti », raconte la voisine."
    assert inner(text) == ["Il m'a dit : \"c'est une erreur\" et il est parti"]


def test_titles_in_straight_quotes_inside_a_straight_quotation_stay_in_it() -> None:
    text = 'Elle sourit. "J\'ai chanté "La Mer" puis "Kiev" hier. "La Mer", c\'est beau", raconte la chanteuse. "Merci", dit-il.'
    assert inner(text) == ['J\'ai chanté "La Mer" puis "Kiev" hier. "La Mer", c\'est beau', "Merci"]


def test_a_stray_straight_mark_does_not_swallow_the_quotations_after_it() -> None:
    text = 'Le film "Sans fin sort demain. "C\'est beau", dit le critique. "Oui", ajoute-t-il.'
    assert inner(text) == ["C'est beau", "Oui"]  # the stray mark is never closed
    text = 'Le maire, "furieux "contre cette décision injuste et brutale des services", a quitté la salle. "Non", dit-il.'
    assert inner(text) == ["contre cette décision injuste et brutale des services", "Non"]  # too long for a title
    text = 'Des mots "durs qui empêchent "le dialogue", selon lui, et "Oui" en réponse.'
    assert inner(text) == ["le dialogue", "Oui"]  # the outer mark is never closed


def test_unclosed_guillemet_yields_nothing_rather_than_the_rest_of_the_text() -> None:
    assert inner("« Une phrase sans fin.\nUn autre paragraphe.") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab «»“”\"\n,.", max_size=200))
def test_any_text_gives_ordered_spans_inside_their_marks(text: str) -> None:
    spans = find_quoted_spans(text)
    for span in spans:
        assert span.open < span.start <= span.end <= span.close < len(text)
    assert all(a.close < b.open for a, b in zip(spans, spans[1:]))
