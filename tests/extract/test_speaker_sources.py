"""resolve_speakers for sources that are not a named person: unnamed, collective, organisations, documents."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_unnamed_source_is_kept_as_written(speakers) -> None:
    [quote] = speakers("« J'ai vu la voiture partir à toute vitesse vers le centre », a raconté un témoin.")
    assert quote.speaker == "un témoin" and not quote.named and quote.speaker_id is None


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


def test_acronym_in_brackets_takes_the_words_before_it(speakers) -> None:
    text = (
        "Selon le rapport de l'Agence européenne de l'énergie (AEE), les émissions ont baissé. "
        "« La tendance doit se confirmer dans les prochaines années », a précisé l'AEE."
    )
    assert [q.speaker for q in speakers(text)][-1] == "Agence européenne de l'énergie"


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


def test_institution_of_a_place_is_not_the_place(speakers) -> None:
    text = ("La police de Bretagne a annoncé jeudi que deux suspects avaient été arrêtés après le vol. "
            "« L'enquête continue sans relâche », a précisé le parquet de Rennes.")
    assert [q.speaker for q in speakers(text)] == ["police de Bretagne", "parquet de Rennes"]


def test_pronoun_after_an_unnamed_source_continues_it(speakers) -> None:
    text = (
        "Le maire Paul Girard a inauguré la place. « J'ai vu la voiture partir », a raconté un témoin. "
        "« Elle roulait très vite vers le centre », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert [(q.speaker, q.named) for q in quotes] == [("un témoin", False), ("un témoin", False)]


def test_counted_and_possessive_plural_sources_stay_unnamed(speakers) -> None:
    text = (
        "Le ministre Paul Girard a visité le quartier. "
        "« Rouvrez les salles de concert », ont écrit 1.500 artistes dans une tribune. "
        "Selon ses collaborateurs, le ministre a été touché par la lettre."
    )
    quotes = speakers(text)
    assert [(q.speaker, q.named) for q in quotes] == [("1.500 artistes", False), ("ses collaborateurs", False)]


def test_institution_completed_by_a_name_keeps_the_whole_name(speakers) -> None:
    [quote] = speakers("« Le président a reçu les ministres ce matin », a indiqué la présidence de la République.")
    assert quote.speaker == "présidence de la République"


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


def test_an_organisation_named_at_the_end_of_its_description_is_that_name(speakers) -> None:
    text = (
        "La SNCF a annoncé un trafic normal lundi. "
        "« Le trafic ressemble à celui de décembre », a constaté l'association d'usagers Plus de Bus."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Plus de Bus" and quotes[-1].named


def test_studios_bearing_a_person_s_name_are_the_organisation(speakers) -> None:
    text = (
        "Walt Disney avait créé le personnage en 1928. "
        "La comédienne est morte à l'âge de 75 ans, ont annoncé samedi les studios Disney."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Disney"


def test_a_document_after_dernier_is_no_person_and_speaks_for_its_author(speakers) -> None:
    text = (
        "Le gouverneur Marc Delorme a visité l'hôpital de la ville mardi matin. "
        "Selon le dernier bilan des services sanitaires, la grippe a fait douze morts dans la province. "
        "Selon le pire scénario établi par la cellule de crise du gouvernement, l'épidémie pourrait durer un an."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["les services sanitaires", "la cellule de crise du gouvernement"]
    assert not any(q.named for q in quotes)


def test_a_study_published_in_a_journal_speaks_for_the_journal_not_the_channel_named_last(speakers) -> None:
    text = ("Le médecin Paul Giraud a présenté ses résultats sur France 2 lundi. Selon l'étude parue dans "
            "Eurosurveillance, le patient a été infecté dès la fin décembre. Selon une étude publiée dans la revue "
            "Nature, le virus circulait déjà en novembre.")
    assert [q.speaker for q in speakers(text)] == ["Eurosurveillance", "Nature"]


def test_a_document_is_not_spoken_for_by_the_outlet_that_consulted_it(speakers) -> None:
    text = (
        "L'Agence européenne des forêts a terminé son inventaire des parcelles brûlées en juillet. "
        "Selon le rapport consulté par l'AFP, la surface boisée a reculé de trois pour cent en dix ans."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Agence européenne des forêts"


def test_a_tally_without_its_author_stays_as_written(speakers) -> None:
    text = (
        "L'Agence régionale de santé a ouvert un centre de dépistage à Lille. "
        "Selon le dernier bilan officiel, quarante patients ont été testés en une journée."
    )
    [quote] = speakers(text)
    assert quote.speaker == "le dernier bilan officiel" and not quote.named


def test_inverted_on_speaks_for_the_place_it_is_said_from(speakers) -> None:
    text = (
        "Le ministre Paul Durand a visité l'usine de Lens lundi. "
        "« Le plan de relance sera présenté avant l'été », explique-t-on chez Renault. "
        "« Les négociations reprendront en septembre », a-t-on appris mardi auprès du parquet de Lyon. "
        "« Aucun calendrier n'est fixé », précise-t-on dans son entourage."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Renault", "parquet de Lyon", "son entourage"]


def test_media_noun_takes_up_the_outlet_named_before_not_another_organisation(speakers) -> None:
    text = (
        "Selon Le Parisien, la mairie de Lille a fermé trois écoles après une inondation. "
        "La préfecture du Nord a ouvert une cellule de crise. "
        "« Les parents ont été prévenus dès dimanche soir », précise le quotidien."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker in ("Parisien", "Le Parisien")


def test_pronoun_skips_the_newspaper_that_relays_the_story(speakers) -> None:
    text = (
        "Le maire de Rennes, Jean Dubois, a quitté ses fonctions mardi. "
        "Selon Le Parisien, il avait été menacé à plusieurs reprises. "
        "« Je pars la tête haute », a-t-il déclaré."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Jean Dubois"


def test_la_regie_is_the_transport_company_named_before(speakers) -> None:
    text = (
        "La RATP a rouvert la ligne 4 du métro lundi matin après une panne. "
        "« Le trafic est revenu à la normale vers huit heures », a précisé la Régie."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "RATP"
