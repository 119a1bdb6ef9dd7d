"""find_quotes on invented sentences where the cue's shape, not a "que", tells where the content lies:
an inverted cue closing the sentence without its comma, a participle or subordinate clause opening the sentence, a
relative set off by commas, a noun-phrase object and where it stops, a negated cue, an infinitive after a circumstance,
a cue set off by commas inside the clause it reports, a "que" after a long addressee."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_inverted_cue_ending_the_sentence_without_its_comma_closes_the_clause_before_it(read) -> None:
    [quote] = read("Le garçon est né dans une famille de six enfants explique-t-il.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "il", "Le garçon est né dans une famille de six enfants")
    [quote] = read("Elle avait déjà tenté de retrouver son frère sur Facebook dit-elle au Parisien.")
    assert (quote.speaker_mention, quote.text) == ("elle", "Elle avait déjà tenté de retrouver son frère sur Facebook")
    assert read("Ainsi explique-t-il ce choix difficile.") == []  # the verb has its object: the sentence's own verb
    assert read("Pourquoi le dit-il maintenant ?") == []


@pytest.mark.model
def test_a_participle_clause_opening_the_sentence_has_the_main_clause_subject_and_stops_at_its_comma(read) -> None:
    [quote] = read("Estimant que la réforme pénalise les petites communes, les maires multiplient les recours.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "les maires", "la réforme pénalise les petites communes")
    [quote] = read("Tout en affirmant que le projet, qui coûte cher, était prêt, le ministre a quitté la salle.")
    assert (quote.speaker_mention, quote.text) == ("le ministre", "le projet, qui coûte cher, était prêt")
    assert read("Constatant que la pluie ne cessait pas, on a annulé le match.") == []  # what "on" says is no one's


@pytest.mark.model
def test_what_a_source_confesses_is_the_content_of_its_object(read) -> None:
    [quote] = read("Le suspect a avoué deux nouveaux meurtres.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "Le suspect", "deux nouveaux meurtres")


@pytest.mark.model
def test_a_noun_phrase_object_stops_where_a_second_predicate_of_the_subject_is_joined(read) -> None:
    [quote] = read("L'entreprise a dénoncé cette décision et a fait appel.")
    assert quote.text == "cette décision"
    [quote] = read("Le maire a évoqué les travaux mais n'a pas donné de date.")
    assert quote.text == "les travaux"
    [quote] = read("Le syndicat a dénoncé la hausse des prix et des loyers.")
    assert quote.text == "la hausse des prix et des loyers"  # a second noun phrase is still the object


@pytest.mark.model
def test_a_bare_infinitive_after_a_circumstance_is_still_the_content(read) -> None:
    [quote] = read("La ministre a assuré au Parisien ne rien regretter de ses choix.")
    assert (quote.type, quote.text) == ("indirect", "ne rien regretter de ses choix")
    [quote] = read("Le ministre a indiqué lors de sa conférence de presse vouloir accélérer la réforme.")
    assert quote.text == "vouloir accélérer la réforme"


@pytest.mark.model
def test_a_cue_joined_by_a_conjunction_to_an_object_reports_for_the_same_subject(read) -> None:
    quotes = read("Le syndicat a dénoncé la réforme des retraites et a appelé à la grève jeudi.")
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("Le syndicat", "la réforme des retraites"), ("Le syndicat", "la grève jeudi")]
    quotes = read("La comédienne juge « honteux » le retour du chanteur et salue la décision des maires « de refuser » sa venue.")
    assert [q.speaker_mention for q in quotes] == ["La comédienne", "La comédienne"]


@pytest.mark.model
def test_a_cue_in_a_relative_clause_set_off_by_commas_stops_where_the_main_verb_comes_back(read) -> None:
    [quote] = read("Le maire, qui assure que les travaux seront finis en mai, a inauguré le chantier.")
    assert (quote.speaker_mention, quote.text) == ("Le maire", "les travaux seront finis en mai")
    [quote] = read("Le maire, qui affirme que les écoles, fermées depuis lundi, rouvriront jeudi, a rencontré les parents.")
    assert quote.text == "les écoles, fermées depuis lundi, rouvriront jeudi"  # the content's own verb comes first


@pytest.mark.model
def test_a_cue_in_a_subordinate_clause_opening_the_sentence_stops_before_the_main_clause(read) -> None:
    quotes = read("Bien qu'elle assure à la presse avoir « vraiment porté » la campagne du président, cette élue de 63 ans "
                  "estime avoir atteint un « point de non retour ».")
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("elle", "avoir « vraiment porté » la campagne du président"),
        ("cette élue de 63 ans", "avoir atteint un « point de non retour »")]
    [quote] = read("Si le ministre a promis d'être « intransigeant », il s'agit aussi pour le gouvernement d'éviter un procès.")
    assert (quote.type, quote.text) == ("mixed", "être « intransigeant »")
    [quote] = read("Le maire a dit que s'il pleut, le match sera annulé.")
    assert quote.text == "s'il pleut, le match sera annulé"  # a subordinate inside the content is the content's


@pytest.mark.model
def test_a_negated_verb_reports_no_object(read) -> None:
    assert read("Le parquet n'a pas exigé de mandat de dépôt contre le maire.") == []
    quotes = read("Le syndicat a dénoncé la réforme mais il a demandé des garanties.")
    assert [q.text for q in quotes] == ["la réforme", "des garanties"]


@pytest.mark.model
def test_only_a_cue_inside_the_opening_subordinate_stops_before_the_main_clause(read) -> None:
    [quote] = read("S'il a pu, lui, « revoir les budgets » de la saison, le skipper rappelle que la reprise concerne aussi "
                   "« les préparateurs, les voiliers et les ports ».")
    assert quote.text == "la reprise concerne aussi « les préparateurs, les voiliers et les ports »"
    quotes = read("Si un proche estime qu'elle « aurait pu éviter » de l'appeler, la ministre a préféré contacter cette actrice.")
    # the subordinate's content stops at its comma, and "l'appeler," announces no clause: an infinitive is not the cue
    assert [(q.speaker_mention, q.text) for q in quotes] == [("un proche", "elle « aurait pu éviter » de l'appeler")]


@pytest.mark.model
def test_a_negation_belongs_to_its_own_verb_and_a_negated_object_keeps_its_quotation(read) -> None:
    [quote] = read("Très en colère, la cliente ne cesse de répéter « C'est dégoûtant ».")
    assert quote.text == "C'est dégoûtant"
    [quote] = read("Mais il n'a pas dénoncé ses anciens associés « pour ne pas nuire au pays ».")
    assert "pour ne pas nuire au pays" in quote.text
    quotes = read("Alors qu'avant son départ, les analystes s'accordaient à dire que les relations étaient difficiles, "
                  "le ministre a assuré que leurs relations n'avaient « jamais été dégradées ».")
    assert [q.speaker_mention for q in quotes] == ["les analystes", "le ministre"]  # the subordinate ends after its verb


@pytest.mark.model
def test_a_present_tense_in_te_after_a_quotation_is_an_incise_even_when_the_tagger_calls_it_a_participle(read) -> None:
    [quote] = read("\"J'ai demandé à Paul d'écrire deux chansons, c'est une belle déclaration\", raconte au Parisien la chanteuse.")
    assert (quote.type, quote.cue, quote.speaker_mention) == ("direct", "raconte", "la chanteuse")
    assert read("Une lettre, écrite par le maire, a été lue en conseil.") == []  # a feminine participle: an apposition


@pytest.mark.model
def test_a_gerund_after_a_comma_reports_its_infinitive_and_a_participle_after_an_adjective_completes_the_noun(read) -> None:
    [quote] = read("Il a quitté la salle, confessant s'être senti « humilié ».")
    assert (quote.type, quote.speaker_mention, quote.text) == ("mixed", "Il", "s'être senti « humilié »")
    assert read("Le maire, souhaitant rester discret, a refusé.") == []  # a wish, and an apposition
    assert read("Le club a rejeté son recours contre cette baisse forfaitaire annoncée en juillet 2017.") == []


@pytest.mark.model
def test_a_verb_the_tagger_calls_a_participle_after_a_quotation_is_an_incise_when_its_subject_follows(read) -> None:
    [quote] = read("\"Hier j'ai couru...\", écrit Paul Martin le 14 juin.")
    assert (quote.type, quote.cue, quote.speaker_mention, quote.text) == ("direct", "écrit", "Paul Martin", "Hier j'ai couru...")
    assert read("Il a chanté \"La Mer\", écrit par Charles Trenet en 1943.") == []  # a title and its apposition


@pytest.mark.model
def test_a_cue_set_off_by_commas_inside_the_clause_it_reports_gives_its_source_the_whole_sentence(read) -> None:
    [quote] = read("Le suspect, a indiqué la police, a été interpellé dans la nuit à son domicile.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "la police", "Le suspect, a indiqué la police, a été interpellé dans la nuit à son domicile")
    [quote] = read("Le maire, a-t-elle expliqué, ne se représentera pas aux prochaines élections.")
    assert quote.speaker_mention == "elle" and quote.text.endswith("ne se représentera pas aux prochaines élections")
    assert read("Son amie Julie, en pleurs, a salué la mémoire de Paul, qui était son voisin depuis dix ans.") == []


@pytest.mark.model
def test_a_que_may_come_after_a_long_addressee_ending_with_a_name_but_not_after_a_noun_it_may_relate_to(read) -> None:
    [quote] = read("Il a déclaré à l'agence de presse britannique Press Association qu'elle devait rencontrer un homme.")
    assert (quote.speaker_mention, quote.text) == ("Il", "elle devait rencontrer un homme")
    quotes = read("L'exploitant a démenti de son côté tout incident dans les deux centrales qu'il exploite dans la région.")
    assert all(q.text != "il exploite dans la région" for q in quotes)


@pytest.mark.model
def test_a_neuter_object_pronoun_announces_the_clause_after_a_circumstance_and_leaves_no_object_after_the_verb(read) -> None:
    [quote] = read("Mais la chanteuse l'assure sur son blog, ses fans ne sont pas méchants.")
    assert (quote.speaker_mention, quote.text) == ("la chanteuse", "ses fans ne sont pas méchants")
    assert read("Il l'a annoncé devant les députés, puis il est parti.") == []  # "devant les députés" is no object
    [quote] = read("Si ses parents vont bien, comme elle l'a précisé dans un message, elle se dit « très inquiète » pour "
                   "ses amis.")
    assert (quote.speaker_mention, quote.text) == ("elle", "« très inquiète » pour ses amis")


@pytest.mark.model
def test_a_present_dit_after_a_quotation_is_an_incise_naming_its_subject(read) -> None:
    [quote] = read("« Le pic arrivera en juin », dit à l'AFP Marc Lenoir, professeur de statistiques.")
    assert (quote.speaker_mention, quote.cue) == ("Marc Lenoir", "dit")
    [quote] = read("« Nous ne lâcherons rien », dit Lucie Marchal, infirmière à Vierzon.")
    assert (quote.speaker_mention, quote.cue) == ("Lucie Marchal", "dit")
