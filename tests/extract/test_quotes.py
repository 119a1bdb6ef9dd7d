"""find_quotes on invented French news sentences (real model: marked ``model``), plus one hand-built Doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.cues import QuoteRules
from veille.extract.quotes import find_quotes


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
def test_any_verb_with_an_inverted_subject_after_a_quotation_is_its_cue(read) -> None:
    found = read("« Je suis très en colère contre cette décision absurde », s'est-il irrité sur une radio.")
    assert [(q.type, q.cue, q.speaker_mention) for q in found] == [("direct", "s'est-il irrité", "il")]


@pytest.mark.model
def test_infinitive_after_a_reporting_verb_is_an_indirect_quote(read) -> None:
    quotes = read("La plaignante a affirmé avoir été menacée à plusieurs reprises par son ancien employeur.")
    assert [(q.type, q.text, q.cue) for q in quotes] == [
        ("indirect", "avoir été menacée à plusieurs reprises par son ancien employeur", "a affirmé")]


@pytest.mark.model
def test_appeler_a_keeps_the_negated_infinitive_as_content(read) -> None:
    [quote] = read("Le maire de Lille a appelé à ne pas céder à la panique après les inondations de la nuit.")
    assert quote.text.startswith("ne pas céder à la panique") and quote.type == "indirect"


@pytest.mark.model
def test_short_stem_verbs_juger_and_nier_are_cues(read) -> None:
    quotes = read("Le sénateur a jugé que la réforme arrivait trop tard. Le maire a nié que la ville soit endettée.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("a jugé", "la réforme arrivait trop tard"), ("a nié", "la ville soit endettée")]


@pytest.mark.model
def test_postposed_cue_with_an_institution_after_it_wins_over_a_misparsed_subject(read) -> None:
    text = ("Le véhicule, retrouvé jeudi près d'un lac en Savoie, est bien celui du suspect recherché depuis mars, "
            "a annoncé vendredi le parquet d'Annecy.")
    [quote] = read(text)
    assert quote.type == "indirect" and quote.text.startswith("Le véhicule") and quote.text.endswith("depuis mars")
    assert "parquet" in (quote.speaker_mention or "")


def test_selon_written_as_an_incise_keeps_the_whole_sentence_as_content(read) -> None:
    text = "Les abeilles reconnaissent, selon la chercheuse, plusieurs visages humains après un court apprentissage."
    quotes = read(text)
    assert [(q.type, q.speaker_mention) for q in quotes] == [("indirect", "la chercheuse")]
    assert quotes[0].text.startswith("Les abeilles reconnaissent") and quotes[0].text.endswith("apprentissage")


def test_selon_followed_by_a_relative_clause_still_closes_the_sentence(read) -> None:
    text = "La digue a cédé dans la nuit, selon le préfet Paul Martin, qui a indiqué que les secours étaient sur place."
    quotes = read(text)
    assert quotes[0].text == "La digue a cédé dans la nuit"


def test_que_clause_after_a_relative_belongs_to_the_relative_verb(read) -> None:
    quotes = read("Marc Lenoir a répondu à Paul Durand, qui a affirmé que la loi passerait sans difficulté.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("la loi passerait sans difficulté", "Paul Durand")]


def test_qualifier_x_de_reports_the_qualification_as_a_mixed_quote(read) -> None:
    quotes = read("Le maire Jean Roux a qualifié le projet de « véritable gâchis financier ».")
    assert [(q.type, q.text) for q in quotes] == [("mixed", "le projet de « véritable gâchis financier »")]


def test_affirmer_with_a_noun_object_reports_that_object(read) -> None:
    quotes = read("Mis en examen mardi, l'ancien trésorier Luc Martin a toujours affirmé son innocence.")
    assert [(q.type, q.text, q.speaker_mention) for q in quotes] == [("indirect", "son innocence", "l'ancien trésorier Luc Martin")]


def test_selon_qui_takes_the_source_before_and_the_content_after(read) -> None:
    quotes = read("« C'est la seule option sérieuse », a estimé M. Jean Brisard, selon qui plusieurs dossiers restent ouverts.")
    assert [(q.type, q.text, q.speaker_mention) for q in quotes] == [
        ("direct", "C'est la seule option sérieuse", "M. Jean Brisard"),
        ("indirect", "plusieurs dossiers restent ouverts", "M. Jean Brisard"),
    ]


def test_gerund_after_an_incise_reports_with_the_incise_pronoun(read) -> None:
    quotes = read("« Pourquoi maintenant ? », a-t-elle écrit sur Facebook, en suggérant que la France jouait « un double jeu ».")
    assert [(q.type, q.speaker_mention) for q in quotes] == [("direct", "elle"), ("mixed", "elle")]
    assert quotes[1].text == "la France jouait « un double jeu »"


def test_gerund_of_an_object_verb_takes_the_subject_of_its_clause(read) -> None:
    quotes = read("Les Etats-Unis exercent une forte pression sur Téhéran, accusant le pays de dissimulation.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("le pays de dissimulation", "Les Etats-Unis")]


def test_reported_clause_stops_at_a_colon_that_opens_a_quotation(read) -> None:
    quotes = read("Le syndicaliste a rappelé que la grève continuait : « Nous ne lâcherons rien, ni cette semaine ni la suivante ».")
    assert [(q.type, q.text) for q in quotes] == [
        ("indirect", "la grève continuait"), ("direct", "Nous ne lâcherons rien, ni cette semaine ni la suivante"),
    ]


def test_clause_quoted_but_for_a_few_words_is_mixed(read) -> None:
    quotes = read("La maire a présenté son plan, évoquant un budget « dépassant largement le million d'euros ».")
    assert [(q.type, q.text) for q in quotes] == [("mixed", "un budget « dépassant largement le million d'euros »")]


def test_content_after_a_circumstance_between_commas(read) -> None:
    quotes = read("Le maire a estimé, dans un communiqué publié lundi, que la décision était prématurée.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("la décision était prématurée", "Le maire")]
    quotes = read("Marie Dupont a affirmé, dans un entretien accordé au journal, avoir été menacée par son voisin.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("avoir été menacée par son voisin", "Marie Dupont")]
    quotes = read("Le syndicat plaide, comme d'autres organisations, pour le rapatriement rapide des familles.")
    assert [q.text for q in quotes] == ["pour le rapatriement rapide des familles"]


def test_cue_form_right_after_a_quotation_is_an_incise_whatever_its_tag(read) -> None:
    quotes = read("« Elle est épouvantable ! », peste ainsi un ministre. « Elle veut tout diriger », ajoute un autre.")
    assert [(q.cue, q.speaker_mention) for q in quotes] == [("peste", "un ministre"), ("ajoute", "un autre")]


def test_verbs_that_report_only_with_their_particle(read) -> None:
    quotes = read("Le syndicat voit dans cette réforme une attaque contre les salariés.")
    assert [(q.text, q.cue) for q in quotes] == [("cette réforme une attaque contre les salariés", "voit dans")]
    quotes = read("La ministre Claire Martin a mis directement en cause la responsabilité de l'entreprise.")
    assert [(q.text, q.cue) for q in quotes] == [("la responsabilité de l'entreprise", "a mis directement en cause")]
    assert read("Il a vu un film hier soir avec ses enfants. Elle a mis la table pour le dîner.") == []


def test_compared_to_and_made_known_are_cues(read) -> None:
    quotes = read("Le député Paul Morel a comparé le jeune ministre à un apprenti sorcier.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("le jeune ministre à un apprenti sorcier", "Le député Paul Morel")]
    quotes = read("La préfecture a fait savoir que la manifestation était interdite.")
    assert [(q.text, q.cue) for q in quotes] == [("la manifestation était interdite", "a fait savoir")]


def test_infinitive_after_an_adverb_is_the_content(read) -> None:
    quotes = read("Le président Jean Morel dit aussi vouloir contraindre ses voisins à négocier un accord.")
    assert [q.text for q in quotes] == ["vouloir contraindre ses voisins à négocier un accord"]


def test_sentence_glued_after_a_bracket_is_split(read) -> None:
    quotes = read("Le taux reste loin du seuil (plus de 90%).L'Iran avait annoncé en janvier ne plus respecter l'accord.")
    assert [q.speaker_mention for q in quotes] == ["L'Iran"]


def test_present_tense_the_tagger_takes_for_a_participle_is_an_incise(read) -> None:
    quotes = read("« Nous voulions comprendre ce qui les pousse à changer de cible », résume Paul Morel, qui a dirigé l'étude.")
    assert [(q.cue, q.speaker_mention) for q in quotes] == [("résume", "Paul Morel")]


def test_selon_ce_dernier_cuts_the_clause_it_interrupts(read) -> None:
    quotes = read("Jean Morel et la députée Claire Martin ont appelé à stopper le projet, sous peine selon cette dernière "
                  "de voir la facture exploser pour les ménages.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("stopper le projet, sous peine", "Jean Morel et la députée Claire Martin"),
        ("de voir la facture exploser pour les ménages", "cette dernière"),
    ]


def test_put_forward_and_warn_are_mettre_with_their_particle(read) -> None:
    quotes = read("La compagnie met en avant la sécurité de ses passagers. Le médecin a mis en garde contre une reprise hâtive.")
    assert [(q.text, q.cue) for q in quotes] == [
        ("la sécurité de ses passagers", "met en avant"), ("contre une reprise hâtive", "a mis en garde")]


def test_comme_l_a_revele_x_attributes_the_rest_of_the_sentence(read) -> None:
    quotes = read("Comme l'a révélé Le Courrier du Nord, le maire a démissionné mardi soir. "
                  "Comme relaté par Radio Sud, toute la famille a été réveillée à l'aube.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("le maire a démissionné mardi soir", "Le Courrier du Nord"),
        ("toute la famille a été réveillée à l'aube", "Radio Sud"),
    ]


def test_incise_inside_the_marks_that_ends_its_sentence_cuts_the_quotation_in_two_quotes_of_its_source(read) -> None:
    quotes = read("« Les discussions vont se poursuivre jusqu'en juillet, a précisé Mme Morel à la radio. "
                  "Une loi sera présentée à l'automne. »")
    assert [(q.text, q.cue, q.speaker_mention) for q in quotes] == [
        ("Les discussions vont se poursuivre jusqu'en juillet", "a précisé", "Mme Morel"),
        ("Une loi sera présentée à l'automne", "a précisé", "Mme Morel"),
    ]


@pytest.mark.model
def test_incise_inside_the_marks_that_ends_on_a_comma_leaves_one_quote(read) -> None:
    quotes = read("« Nous irons, dit-il, jusqu'au bout de cette grève. »")
    assert [(q.text, q.speaker_mention) for q in quotes] == [("Nous irons, dit-il, jusqu'au bout de cette grève.", "il")]


@pytest.mark.model
def test_quotation_opening_the_object_of_parler_de_is_a_mixed_quote(read) -> None:
    [quote] = read("Le député Jean Morel a parlé d'une « trahison pure et simple » des électeurs.")
    assert quote.type == "mixed" and quote.cue == "a parlé" and "Jean Morel" in (quote.speaker_mention or "")
    assert quote.text == "une « trahison pure et simple » des électeurs"


@pytest.mark.model
def test_se_dire_before_a_quoted_adjective_is_a_mixed_quote(read) -> None:
    [quote] = read("La ministre Claire Dubois s'est dite « très inquiète » de la situation dans les hôpitaux.")
    assert quote.type == "mixed" and quote.cue == "s'est dite"
    assert quote.text.startswith("« très inquiète » de la situation")


@pytest.mark.model
def test_incise_verb_before_a_quotation_it_governs_attributes_it(read) -> None:
    [quote] = read("Le porte-parole du gouvernement a ironisé sur « une opposition qui ne propose rien ».")
    assert (quote.type, quote.cue, quote.speaker_mention) == ("direct", "a ironisé", "Le porte-parole du gouvernement")


@pytest.mark.model
def test_tweeter_que_is_a_reporting_cue(read) -> None:
    [quote] = read("Le maire de Lyon Paul Renard a tweeté que la ville allait construire trois nouvelles écoles.")
    assert (quote.type, quote.cue, quote.text) == ("indirect", "a tweeté", "la ville allait construire trois nouvelles écoles")


@pytest.mark.model
def test_gerund_after_a_comma_takes_the_subject_of_the_main_verb(read) -> None:
    text = ("Les syndicats, même s'ils ne siègent plus au conseil, gardent une forte influence sur la direction "
            "de ces usines anciennes, accusant le groupe de mensonge.")
    [quote] = read(text)
    assert (quote.type, quote.cue, quote.text, quote.speaker_mention) == (
        "indirect", "accusant", "le groupe de mensonge", "Les syndicats")


@pytest.mark.model
def test_object_listed_over_commas_runs_to_the_sentence_end(read) -> None:
    text = ("La maire a évoqué des vols de voitures dans le quartier, le saccage d'un local associatif "
            "ou encore des menaces répétées contre des commerçants.")
    [quote] = read(text)
    assert quote.text.endswith("des menaces répétées contre des commerçants")


@pytest.mark.model
def test_object_stops_at_a_comma_that_opens_a_clause_of_its_own(read) -> None:
    quotes = read("Le syndicat a dénoncé une réforme brutale, la direction refusant tout dialogue. "
                  "Le syndicat a dénoncé une réforme brutale, avant de quitter la salle.")
    assert [q.text for q in quotes] == ["une réforme brutale", "une réforme brutale"]


@pytest.mark.model
def test_s_engager_a_reports_the_promise(read) -> None:
    [quote] = read("Le gouvernement s'est engagé à rembourser intégralement les voyageurs.")
    assert (quote.text, quote.speaker_mention) == ("rembourser intégralement les voyageurs", "Le gouvernement")


@pytest.mark.model
def test_quoted_object_may_follow_a_short_complement(read) -> None:
    quotes = read("Le ministre a parlé à ce sujet de « provocation délibérée » de la part de l'opposition. "
                  "Le ministre a parlé de sa visite au « Salon de l'agriculture » pendant une heure.")
    assert [(q.type, q.text, q.cue) for q in quotes] == [
        ("mixed", "« provocation délibérée » de la part de l'opposition", "a parlé")]


@pytest.mark.model
def test_comme_after_a_comma_gives_the_rest_of_the_sentence_to_its_source(read) -> None:
    [quote] = read("La hausse des loyers, comme le rappelle l'Insee, \"touche surtout les ménages modestes\".")
    assert (quote.text, quote.speaker_mention) == ("touche surtout les ménages modestes", "l'Insee")


@pytest.mark.model
def test_locutions_with_faire_and_se_plaindre_report_their_object(read) -> None:
    [quote] = read("La syndicaliste Marie Lenoir a fait état de menaces répétées contre les agents.")
    assert quote.cue == "a fait état" and quote.text.endswith("menaces répétées contre les agents")
    [quote] = read("Le ministre Jean Dufour a fait part de son inquiétude face à la hausse des prix.")
    assert quote.cue == "a fait part" and "Jean Dufour" in (quote.speaker_mention or "")
    [quote] = read("La patiente se plaignait de douleurs au dos depuis plusieurs jours.")
    assert quote.cue == "se plaignait" and quote.speaker_mention == "La patiente"
    quotes = read("Alors que la file s'allongeait, des électeurs, vêtus de noir, ont fait part de leur colère.")
    assert all(q.speaker_mention != "de leur colère" for q in quotes)  # an object, not a postposed subject


def test_mention_keeps_what_follows_a_title_glued_to_the_text(rules: QuoteRules) -> None:
    words = ["Des", "masques", "commandésOlivier", "Véran", "a", "affirmé", "que", "la", "France", "était", "prête", "."]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "SCONJ", "DET", "PROPN", "AUX", "ADJ", "PUNCT"]
    deps = ["det", "nsubj", "flat", "flat", "aux", "ROOT", "mark", "det", "nsubj", "cop", "ccomp", "punct"]
    heads = [1, 5, 1, 1, 5, 5, 10, 8, 10, 10, 5, 5]
    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos, deps=deps, heads=heads,
              sent_starts=[True] + [False] * (len(words) - 1))
    [quote] = find_quotes(doc, rules)
    assert quote.speaker_mention == "Olivier Véran"


@pytest.mark.model
def test_gerund_after_an_incise_takes_the_incise_subject(read) -> None:
    quotes = read("\"Les comptes sont bons\", a affirmé lundi le trésorier Paul Girard, précisant que la dette avait baissé.")
    assert [q.speaker_mention for q in quotes] == ["le trésorier Paul Girard"] * 2


@pytest.mark.model
def test_quotations_a_postposed_cue_closes_stay_direct_around_the_journalist_words(read) -> None:
    quotes = read("\"Nous avons tout essayé\" concernant le club, \"il faut maintenant vendre le stade\" aux enchères, "
                  "a averti dans le journal local le maire Paul Girard.")
    assert [(q.type, q.text) for q in quotes] == [("direct", "Nous avons tout essayé"),
                                                  ("direct", "il faut maintenant vendre le stade")]
    assert {q.cue for q in quotes} == {"a averti"}


@pytest.mark.model
def test_subject_with_appositions_before_the_verb_is_the_mention(read) -> None:
    [quote] = read("Un autre, Paul Girard, un des favoris, a lui appelé à ne pas agir \"par réflexe\".")
    assert quote.type == "mixed" and "Paul Girard" in (quote.speaker_mention or "")


@pytest.mark.model
def test_sentence_announced_in_the_passive_by_a_source_is_its_quote(read) -> None:
    quotes = read("La mairie rouvrira la piscine en juin. Cela a été annoncé lundi par le maire Marc Roux.")
    assert [(q.text, q.cue) for q in quotes] == [("La mairie rouvrira la piscine en juin", "a été annoncé")]
    assert "Marc Roux" in (quotes[0].speaker_mention or "")


@pytest.mark.model
def test_gerund_after_en_takes_the_subject_of_the_verb_it_completes(read) -> None:
    [quote] = read("Le chanteur Marc Roux a ensuite enfoncé le clou en affirmant que sa maison de disques ne \"propose rien\".")
    assert quote.type == "mixed" and quote.speaker_mention == "Le chanteur Marc Roux"


@pytest.mark.model
def test_infinitive_after_pour_takes_the_subject_of_the_verb_it_completes(read) -> None:
    [quote] = read("La maire avait improvisé un discours saisissant pour appeler les émeutiers à rentrer chez eux.")
    assert quote.speaker_mention == "La maire"


@pytest.mark.model
def test_two_quotations_joined_by_a_journalist_word_are_one_mixed_quote(read) -> None:
    quotes = read("Les élus ont voté contre le projet, au risque selon ce dernier \"d'encourager les fraudeurs\" à \"recommencer\".")
    assert [(q.type, q.text) for q in quotes if q.cue == "selon"] == [
        ("mixed", "\"d'encourager les fraudeurs\" à \"recommencer\"")]


@pytest.mark.model
def test_quotation_touching_a_title_starts_its_own_paragraph(read) -> None:
    quotes = read("Les travaux \"retardés\"\"Ce chantier prendra encore deux ans au moins\", a expliqué l'élue.")
    assert [(q.type, q.text) for q in quotes if q.cue] == [("direct", "Ce chantier prendra encore deux ans au moins")]


@pytest.mark.model
def test_a_call_reports_only_an_appeal_to_do_something(read) -> None:
    assert read("Les voisins ont appelé les pompiers vers minuit.") == []
    [quote] = read("La CGT a appelé à une grève reconductible dès lundi dans les dépôts.")
    assert (quote.speaker_mention, quote.text) == ("La CGT", "une grève reconductible dès lundi dans les dépôts")
    [quote] = read("Le syndicat a appelé les salariés à cesser le travail jeudi.")
    assert quote.speaker_mention == "Le syndicat" and "à cesser le travail" in quote.text


@pytest.mark.model
def test_a_lost_sentence_break_ends_the_source_and_the_clause(read) -> None:
    [quote] = read("Le parti a remporté la majorité, selon le même sondage.- Réformes contestées -Le président est soutenu par la droite.")
    assert (quote.speaker_mention, quote.text) == ("le même sondage", "Le parti a remporté la majorité")
    [quote] = read("Le gouvernement a affirmé qu'il tiendrait parole en cas de victoire.- Ton dur -La victoire du président semble acquise.")
    assert quote.text == "il tiendrait parole en cas de victoire"


@pytest.mark.model
def test_a_quotation_whose_opening_mark_ends_the_sentence_before_is_still_whole(read) -> None:
    # the sentencizer leaves "«" at the end of the first sentence: neither clause may hold it
    quotes = read("Le maire Paul Durand a défendu son projet. « C'est une catastrophe annoncée pour tout le quartier », "
                  "selon Sophie Bernard, une riveraine.")
    assert [(q.type, q.text, q.speaker_mention) for q in quotes] == [
        ("direct", "C'est une catastrophe annoncée pour tout le quartier", "Sophie Bernard")]
    quotes = read("La députée Marie Dupont a dénoncé la réforme des retraites. « Nous sommes inquiets », a-t-elle ajouté.")
    assert [q.text for q in quotes] == ["la réforme des retraites", "Nous sommes inquiets"]


@pytest.mark.model
def test_pour_and_a_name_or_pronoun_after_a_quotation_give_its_source(read) -> None:
    [quote] = read("Le cortège a défilé sous la pluie. « Nous sommes très inquiets pour l'avenir de nos enfants », "
                   "pour Jean Martin, père de famille venu manifester.")
    assert (quote.type, quote.cue, quote.speaker_mention) == ("direct", "pour", "Jean Martin")
    [quote] = read("Le maire a défendu son projet. « C'est la seule solution pour sauver le centre-ville », pour lui.")
    assert (quote.cue, quote.speaker_mention) == ("pour", "lui")
    quotes = read("Les membres ont créé une association, « Les Cent Cinquante », pour assurer le suivi de leurs propositions.")
    assert all(q.cue != "pour" for q in quotes)


@pytest.mark.model
def test_a_past_tense_incise_may_name_its_speaker_after_a_circumstance(read) -> None:
    [quote] = read("« La loi est décapitée sur la place publique », s'est félicité auprès de l'AFP Bruno Retailleau.")
    assert (quote.cue, quote.speaker_mention) == ("s'est félicité", "Bruno Retailleau")
    [quote] = read("« La loi est décapitée sur la place publique », a estimé auprès de l'AFP Bruno Retailleau.")
    assert quote.speaker_mention == "Bruno Retailleau"  # "auprès", tagged an adverb, still opens the circumstance
    quotes = read("L'association « Ensemble contre la récidive », a reçu le soutien de grandes entreprises du pays.")
    assert all(q.cue is None for q in quotes)


@pytest.mark.model
def test_the_name_after_a_newspaper_circumstance_is_the_inverted_subject(read) -> None:
    [quote] = read("« Une dizaine de ces substances sont irritantes », explique au Parisien Christophe Roussel, "
                   "toxicologue à l'Anses.")
    assert quote.speaker_mention == "Christophe Roussel"
    [quote] = read("« Nous irons jusqu'au bout », a confié à Jean Morel son voisin de palier.")
    assert quote.speaker_mention != "Jean Morel"  # a name right after the preposition is whom it was said to


@pytest.mark.model
def test_quotation_inside_a_noun_phrase_object_makes_the_object_a_mixed_quote(read) -> None:
    [quote] = read("Le sénateur Paul Morin a raillé un « coup de communication » avec ce « plan bricolé ».")
    assert (quote.type, quote.cue, quote.text) == ("mixed", "a raillé", "un « coup de communication » avec ce « plan bricolé »")
    [quote] = read("Les élus de la majorité ont défendu un dispositif « nécessaire et proportionné » face à la crise.")
    assert (quote.type, quote.text) == ("mixed", "un dispositif « nécessaire et proportionné » face à la crise")
    assert quote.speaker_mention == "Les élus de la majorité"


@pytest.mark.model
def test_a_wish_stated_with_a_quoted_infinitive_is_reported(read) -> None:
    [quote] = read("La maire souhaite interdire les feux d'artifice « sans autorisation préalable » dans le centre.")
    assert (quote.type, quote.cue) == ("mixed", "souhaite")
    assert quote.text == "interdire les feux d'artifice « sans autorisation préalable » dans le centre"
    quotes = read("Le porte-parole n'a pas souhaité commenter, mais le syndicat a jugé la mesure « absurde et injuste ».")
    assert [q.cue for q in quotes] == ["a jugé"]  # the quotation after the comma is no part of the wish


@pytest.mark.model
def test_que_after_a_conjunction_word_opens_no_clause_of_the_cue(read) -> None:
    [quote] = read("Le patron du groupe a affirmé sa volonté de relancer l'usine dès que possible.")
    assert quote.text == "sa volonté de relancer l'usine dès que possible"
    [quote] = read("L'étude suggère ainsi que les moustiques préfèrent les régions humides.")
    assert quote.text == "les moustiques préfèrent les régions humides"  # right after the verb, "ainsi" is its adverb


@pytest.mark.model
def test_a_coordinated_participle_starts_a_quote_of_its_own(read) -> None:
    quotes = read("Le président a aussi jugé que la situation était « sous contrôle », affirmant que « les habitants "
                  "doivent rester prudents ».")
    assert [(q.text, q.cue, q.speaker_mention) for q in quotes] == [
        ("la situation était « sous contrôle »", "a aussi jugé", "Le président"),
        ("les habitants doivent rester prudents", "affirmant", "Le président")]
    quotes = read("Le syndicat avait réclamé « une hausse immédiate » et préconisé de « revoir les horaires ».")
    assert [(q.text, q.cue) for q in quotes] == [("une hausse immédiate", "avait réclamé"),
                                                  ("revoir les horaires", "préconisé")]


@pytest.mark.model
def test_a_participle_with_its_own_subject_after_a_comma_starts_a_quote_of_its_own(read) -> None:
    quotes = read("La RATP comme la SNCF constatent que le port du masque est largement respecté, la SNCF estimant "
                  "que 95% des voyageurs en sont dotés.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("le port du masque est largement respecté", "La RATP comme la SNCF"),
        ("95% des voyageurs en sont dotés", "la SNCF")]


@pytest.mark.model
def test_verbs_of_reproach_suspicion_advice_and_warning_report_their_complement(read) -> None:
    [quote] = read("Certains experts la soupçonnent de vouloir gagner du temps avant les élections.")
    assert (quote.text, quote.speaker_mention) == ("vouloir gagner du temps avant les élections", "Certains experts")
    [quote] = read("Le maire lui reproche d'avoir ignoré les alertes des habitants du quartier.")
    assert quote.text == "avoir ignoré les alertes des habitants du quartier"
    [quote] = read("Le ministre a préconisé une baisse des charges pour les petites entreprises.")
    assert quote.text == "une baisse des charges pour les petites entreprises"
    [quote] = read("L'association a alerté sur une hausse des agressions dans les transports.")
    assert quote.text == "une hausse des agressions dans les transports"  # after "sur", as after "appeler à"
    [quote] = read("Les commerçants insistent sur la nécessité d'un soutien rapide.")
    assert quote.text == "la nécessité d'un soutien rapide"


@pytest.mark.model
def test_a_gerund_after_a_quotation_takes_the_source_of_the_clause_it_follows(read) -> None:
    quotes = read("L'OMS a qualifié cette phase de « dangereuse », estimant que, malgré la reprise, le virus continuait "
                  "« de circuler » et restait « mortel ».")
    assert [(q.cue, q.speaker_mention) for q in quotes] == [("a qualifié", "L'OMS"), ("estimant", "L'OMS")]
    assert quotes[1].text == "malgré la reprise, le virus continuait « de circuler » et restait « mortel »"


@pytest.mark.model
def test_pour_and_a_person_open_an_opinion_even_without_quotation_marks(read) -> None:
    [quote] = read("Pour le ministre de l'Agriculture, Paul Lenoir, la récolte ne devrait pas souffrir.")
    assert (quote.cue, quote.speaker_mention, quote.text) == ("Pour", "Paul Lenoir", "la récolte ne devrait pas souffrir")
    [quote] = read("Pour certains de ses proches, le doute n'existe plus vraiment.")
    assert (quote.speaker_mention, quote.text) == ("certains de ses proches", "le doute n'existe plus vraiment")
    [quote] = read("Pour Marie Lenoir, du Centre d'études sociales, un institut indépendant, « la pauvreté recule à peine ».")
    assert (quote.type, quote.speaker_mention, quote.text) == ("direct", "Marie Lenoir", "la pauvreté recule à peine")


@pytest.mark.model
def test_an_incise_after_two_quotations_joined_by_a_conjunction_attributes_both(read) -> None:
    quotes = read("« Des retards ont été signalés sur deux lignes », mais « le trafic a vite repris après l'intervention "
                  "des agents », a relevé la Régie.")
    assert [(q.type, q.cue, q.speaker_mention) for q in quotes] == [("direct", "a relevé", "la Régie")] * 2
    assert quotes[0].text == "Des retards ont été signalés sur deux lignes"


@pytest.mark.model
def test_an_infinitive_after_a_dative_object_is_the_content(read) -> None:
    [quote] = read("Le président a reproché aux maires de plusieurs communes d'avoir fermé les écoles trop tôt.")
    assert (quote.type, quote.cue, quote.text) == ("indirect", "a reproché", "avoir fermé les écoles trop tôt")
    [quote] = read("La préfecture a demandé aux habitants du quartier de rester chez eux jusqu'à nouvel ordre.")
    assert quote.text == "rester chez eux jusqu'à nouvel ordre"  # a request made to someone, not the speaker's wish
    [quote] = read("Elle a confié au journaliste du site local qu'avant de commencer le tournage elle doutait.")
    assert quote.text == "avant de commencer le tournage elle doutait"  # the "de" of the "que" clause


@pytest.mark.model
def test_redire_reports_like_dire(read) -> None:
    [quote] = read("Le ministre a redit que la réforme des retraites serait votée avant l'été.")
    assert (quote.cue, quote.speaker_mention, quote.text) == (
        "a redit", "Le ministre", "la réforme des retraites serait votée avant l'été")


@pytest.mark.model
def test_a_clause_after_a_colon_is_what_the_cue_announces(read) -> None:
    [quote] = read("Le maire a confirmé la nouvelle : il sera bien candidat aux prochaines élections.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "Le maire", "il sera bien candidat aux prochaines élections")
    assert read("Le gouvernement a annoncé trois mesures : une prime, un gel des loyers et une aide aux familles.") == []
    assert read("Le site signale plusieurs solutions : pensions, voisins, familles, amis, etc.La fondation publie des conseils.") == []
    assert read("L'appli offre une interface soignée, qui rappelle celle d'un grand site : des vignettes montrent les films.") == []


@pytest.mark.model
def test_an_object_pronoun_before_a_gerund_leaves_it_the_subject_of_the_clause(read) -> None:
    [quote] = read("Les syndicats ont rejeté le projet, le jugeant « dangereux » pour l'emploi.")
    assert (quote.type, quote.cue, quote.speaker_mention) == ("mixed", "jugeant", "Les syndicats")
    assert quote.text.startswith("« dangereux »")


@pytest.mark.model
def test_a_neuter_l_in_the_cue_announces_the_clause_after_the_comma(read) -> None:
    [quote] = read("La préfète l'a confirmé, les écoles resteront fermées jusqu'à lundi.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "La préfète", "les écoles resteront fermées jusqu'à lundi")
    assert read("Le maire l'a annoncé, puis il est parti en vacances.") == []


@pytest.mark.model
def test_a_postposed_cue_without_its_comma_still_closes_the_clause_before_it(read) -> None:
    [quote] = read("Deux randonneurs égarés ont été placés en observation dans un hôpital a indiqué lundi la préfecture de l'Isère.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "la préfecture de l'Isère", "Deux randonneurs égarés ont été placés en observation dans un hôpital")
    assert read("Le texte prévoit exactement ce qu'a confirmé le ministère.") == []
    [quote] = read("Le syndicat qui représente les salariés a dénoncé le ministre de l'Intérieur.")
    assert quote.speaker_mention == "Le syndicat"  # the verb has its own subject: the noun after it is its object
    assert read("Il avait manqué à son obligation d'en informer la préfecture.") == []  # an infinitive is no incise
    [quote] = read("« Nous avons été très choqués par ces photos », a lu l'avocat du couple Me Paul Marchand à l'audience "
                   "révèle Europe 1.")
    assert quote.cue != "révèle"  # the radio only relays what the lawyer read out
    assert read("Une journaliste que le chanteur avait insultée lui a répondu dans une lettre publiée par l'hebdomadaire.") == []
