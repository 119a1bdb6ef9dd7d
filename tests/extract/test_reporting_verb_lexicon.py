"""Every verb of rules/reporting_verbs.txt reports speech in its usual frame, on invented sentences: a listed verb
that never fires is a bug the rule file cannot show (a stem whose forms the stem + ending rule misses, "prédit"; a
form the tagger takes for a name, "twitté"). The frame is the one its tags imply: a "que" clause, an object for
"obj", a quotation or a colon for "incise", its particle for "next="/"after=", the pronominal form for "reflexive".
The verbs added after measuring them on random text keep their tags' limits: "conseiller" the noun is a title,
"citer" reports only an example or the words it quotes, "s'étonner" and "se réjouir" only in the pronominal form,
"valoir" only after "faire", "proposer" only a "de" infinitive or a "que" clause, "exprimer" and "pointer" only an
object that opens with the source's words ("a exprimé son « dégoût »", not "a exprimé le jus", "s'est exprimé" nor
"a pointé du doigt")."""
from __future__ import annotations

import re

import pytest

from veille.extract.cues import QuoteRules, _lines

#: lemma -> (an invented sentence in the verb's reporting frame, the speaker mention it names).
FRAMES = {
    "accuser": ("Le maire a accusé le préfet de mentir sur le budget de la commune.", "Le maire"),
    "admettre": ("Le maire a admis que la piscine ne rouvrirait pas avant l'été.", "Le maire"),
    "affirmer": ("Le maire a affirmé que la piscine rouvrirait en juin.", "Le maire"),
    "agacer": ("Le maire s'est agacé de la lenteur des travaux à la piscine.", "Le maire"),
    "ajouter": ("Le maire a ajouté que la piscine rouvrirait en juin.", "Le maire"),
    "alarmer": ("Le maire s'est alarmé de la hausse du prix du chauffage à la piscine.", "Le maire"),
    "alerter": ("Le syndicat a alerté sur la fermeture prochaine de trois écoles du quartier.", "Le syndicat"),
    "analyser": ("« La piscine rouvrira en juin », a analysé le maire.", "le maire"),
    "annoncer": ("Le maire a annoncé que la piscine rouvrirait en juin.", "Le maire"),
    "appeler": ("Le maire a appelé les habitants à économiser l'eau pendant l'été.", "Le maire"),
    "argumenter": ("Le maire a argumenté que la piscine coûtait trop cher à la commune.", "Le maire"),
    "arguer": ("Le maire a argué que la piscine coûtait trop cher à la commune.", "Le maire"),
    "assurer": ("Le maire a assuré que la piscine rouvrirait en juin.", "Le maire"),
    "avancer": ("Le maire a avancé que la piscine rouvrirait en juin.", "Le maire"),
    "avertir": ("Le maire a averti que la piscine fermerait tout l'été.", "Le maire"),
    "avouer": ("Le maire a avoué que la piscine ne rouvrirait pas en juin.", "Le maire"),
    "balancer": ("« La piscine rouvrira en juin », a balancé le maire.", "le maire"),
    "cingler": ("« La piscine est un gouffre », a cinglé le maire.", "le maire"),
    "citer": ("Le maire a cité l'exemple de la piscine de la commune voisine.", "Le maire"),
    "clamer": ("Le maire a clamé son innocence devant le tribunal de la ville.", "Le maire"),
    "commenter": ("« La piscine rouvrira en juin », a commenté le maire.", "le maire"),
    "comparer": ("Le maire a comparé la fermeture de la piscine à un naufrage.", "Le maire"),
    "compléter": ("La piscine rouvrira en juin, a complété le maire.", "le maire"),
    "concéder": ("Le maire a concédé que la piscine ne rouvrirait pas en juin.", "Le maire"),
    "conclure": ("Le maire a conclu que la piscine rouvrirait en juin.", "Le maire"),
    "confesser": ("Le maire a confessé que la piscine ne rouvrirait pas en juin.", "Le maire"),
    "confier": ("Le maire a confié que la piscine rouvrirait en juin.", "Le maire"),
    "confirmer": ("Le maire a confirmé que la piscine rouvrirait en juin.", "Le maire"),
    "conseiller": ("Le maire a conseillé aux habitants de limiter leurs trajets en voiture.", "Le maire"),
    "considérer": ("Le maire considère que la piscine coûte trop cher à la commune.", "Le maire"),
    "constater": ("Le maire a constaté que la piscine était vide depuis des mois.", "Le maire"),
    "contester": ("Le maire conteste que la piscine soit trop chère pour la commune.", "Le maire"),
    "continuer": ("« La piscine rouvrira en juin », a continué le maire.", "le maire"),
    "craindre": ("Le maire craint que la piscine ne rouvre pas avant l'été.", "Le maire"),
    "crier": ("« La piscine rouvrira en juin », a crié le maire.", "le maire"),
    "critiquer": ("Le maire a critiqué la fermeture de la piscine municipale.", "Le maire"),
    "déclarer": ("Le maire a déclaré que la piscine rouvrirait en juin.", "Le maire"),
    "défendre": ("Le maire a défendu que la piscine devait rester ouverte.", "Le maire"),
    "demander": ("Le maire a demandé aux habitants d'économiser l'eau cet été.", "Le maire"),
    "démentir": ("Le maire a démenti la fermeture de la piscine municipale.", "Le maire"),
    "dénoncer": ("Le maire a dénoncé la fermeture de la piscine municipale.", "Le maire"),
    "déplorer": ("Le maire a déploré la fermeture de la piscine municipale.", "Le maire"),
    "détailler": ("Le maire a détaillé les travaux prévus à la piscine municipale.", "Le maire"),
    "dire": ("Le maire a dit que la piscine rouvrirait en juin.", "Le maire"),
    "écrire": ("Le maire a écrit que la piscine rouvrirait en juin.", "Le maire"),
    "égrener": ("« La piscine rouvrira en juin », a égrené le maire.", "le maire"),
    "émettre": ("Le maire a émis des doutes sur la réouverture de la piscine.", "Le maire"),
    "emporter": ("« La piscine rouvrira en juin », s'est emporté le maire.", "le maire"),
    "engager": ("Le maire s'est engagé à rouvrir la piscine avant l'été.", "Le maire"),
    "énumérer": ("« La piscine, le stade et la salle des fêtes », a énuméré le maire.", "le maire"),
    "espérer": ("Le maire espère que la piscine rouvrira en juin.", "Le maire"),
    "estimer": ("Le maire a estimé que la piscine rouvrirait en juin.", "Le maire"),
    "état": ("Le maire a fait état de graves difficultés à la piscine municipale.", "Le maire"),
    "étonner": ("Le maire s'est étonné de la fermeture de la piscine municipale.", "Le maire"),
    "évoquer": ("Le maire a évoqué la fermeture de la piscine municipale.", "Le maire"),
    "exclamer": ("« La piscine rouvre enfin ! », s'est exclamé le maire.", "le maire"),
    "exhorter": ("Le maire a exhorté les habitants à économiser l'eau cet été.", "Le maire"),
    "exiger": ("Le maire a exigé la réouverture de la piscine municipale.", "Le maire"),
    "expliquer": ("Le maire a expliqué que la piscine rouvrirait en juin.", "Le maire"),
    "exprimer": ("Le maire a exprimé son « profond dégoût » devant la piscine fermée.", "Le maire"),
    "féliciter": ("Le maire s'est félicité de la réouverture de la piscine municipale.", "Le maire"),
    "fulminer": ("« La piscine est encore fermée », a fulminé le maire.", "le maire"),
    "fustiger": ("Le maire a fustigé la fermeture de la piscine municipale.", "Le maire"),
    "glisser": ("« La piscine rouvrira en juin », a glissé le maire.", "le maire"),
    "indigner": ("Le maire s'est indigné que la piscine reste fermée tout l'été.", "Le maire"),
    "inquiéter": ("Le maire s'est inquiété de la hausse du prix du chauffage à la piscine.", "Le maire"),
    "indiquer": ("Le maire a indiqué que la piscine rouvrirait en juin.", "Le maire"),
    "informer": ("Le maire a informé que la piscine rouvrirait en juin.", "Le maire"),
    "insister": ("Le maire a insisté sur la nécessité de rouvrir la piscine.", "Le maire"),
    "insurger": ("Le maire s'est insurgé contre la fermeture de la piscine municipale.", "Le maire"),
    "interroger": ("« La piscine rouvrira-t-elle en juin ? », a interrogé le maire.", "le maire"),
    "ironiser": ("« La piscine rouvrira peut-être en juin », a ironisé le maire.", "le maire"),
    "juger": ("Le maire a jugé que la piscine coûtait trop cher.", "Le maire"),
    "jurer": ("Le maire a juré que la piscine rouvrirait en juin.", "Le maire"),
    "justifier": ("Le maire a justifié que la piscine reste fermée par manque de personnel.", "Le maire"),
    "lâcher": ("« La piscine rouvrira en juin », a lâché le maire.", "le maire"),
    "lancer": ("« La piscine rouvrira en juin », a lancé le maire.", "le maire"),
    "marteler": ("Le maire a martelé que la piscine rouvrirait en juin.", "Le maire"),
    "menacer": ("Le maire a menacé de fermer la piscine tout l'été.", "Le maire"),
    "mentionner": ("Le maire a mentionné que la piscine rouvrirait en juin.", "Le maire"),
    "mettre": ("Le maire a mis en cause la gestion de la piscine municipale.", "Le maire"),
    "nier": ("Le maire a nié que la piscine soit fermée pour des raisons financières.", "Le maire"),
    "noter": ("Le maire a noté que la piscine rouvrirait en juin.", "Le maire"),
    "observer": ("Le maire a observé que la piscine était vide depuis des mois.", "Le maire"),
    "parler": ("Le maire a parlé d'un « naufrage » pour la piscine municipale.", "Le maire"),
    "part": ("Le maire a fait part de son inquiétude pour la piscine municipale.", "Le maire"),
    "pester": ("« La piscine est encore fermée », a pesté le maire.", "le maire"),
    "plaider": ("Le maire a plaidé pour la réouverture de la piscine municipale.", "Le maire"),
    "plaindre": ("Le maire s'est plaint de la fermeture de la piscine municipale.", "Le maire"),
    "plaisanter": ("Le maire a plaisanté que la piscine rouvrirait pour Noël.", "Le maire"),
    "pointer": ("Le maire a pointé des « retards inacceptables » dans les travaux de la piscine.", "Le maire"),
    "poster": ("« La piscine rouvrira en juin », a posté le maire sur son compte.", "le maire"),
    "poursuivre": ("« La piscine rouvrira en juin », a poursuivi le maire.", "le maire"),
    "préciser": ("Le maire a précisé que la piscine rouvrirait en juin.", "Le maire"),
    "préconiser": ("Le maire a préconisé la réouverture de la piscine municipale.", "Le maire"),
    "prédire": ("Le maire a prédit que la piscine rouvrirait en juin.", "Le maire"),
    "prévenir": ("Le maire a prévenu que la piscine fermerait tout l'été.", "Le maire"),
    "proclamer": ("Le maire a proclamé que la piscine rouvrirait en juin.", "Le maire"),
    "promettre": ("Le maire a promis que la piscine rouvrirait en juin.", "Le maire"),
    "prôner": ("Le maire a prôné la réouverture de la piscine municipale.", "Le maire"),
    "proposer": ("Le maire a proposé aux habitants de rouvrir la piscine en juin.", "Le maire"),
    "protester": ("« La piscine doit rouvrir en juin », a protesté le maire.", "le maire"),
    "qualifier": ("Le maire a qualifié la fermeture de la piscine de scandale.", "Le maire"),
    "raconter": ("Le maire a raconté que la piscine avait fermé en une nuit.", "Le maire"),
    "railler": ("Le maire a raillé que la piscine rouvrirait pour Noël.", "Le maire"),
    "rappeler": ("Le maire a rappelé que la piscine rouvrirait en juin.", "Le maire"),
    "rapporter": ("Le maire a rapporté que la piscine rouvrirait en juin.", "Le maire"),
    "réaffirmer": ("Le maire a réaffirmé que la piscine rouvrirait en juin.", "Le maire"),
    "réagir": ("« La piscine rouvrira en juin », a réagi le maire.", "le maire"),
    "réclamer": ("Le maire a réclamé la réouverture de la piscine municipale.", "Le maire"),
    "recommander": ("Le maire a recommandé la fermeture des parcs pendant la canicule.", "Le maire"),
    "reconnaître": ("Le maire a reconnu que la piscine ne rouvrirait pas en juin.", "Le maire"),
    "redouter": ("Le maire redoute que la piscine ne rouvre pas avant l'été.", "Le maire"),
    "redire": ("Le maire a redit que la piscine rouvrirait en juin.", "Le maire"),
    "réfuter": ("Le maire a réfuté toute erreur dans la gestion de la piscine.", "Le maire"),
    "regretter": ("Le maire a regretté la fermeture de la piscine municipale.", "Le maire"),
    "réitérer": ("Le maire a réitéré que la piscine rouvrirait en juin.", "Le maire"),
    "réjouir": ("Le maire s'est réjoui de la réouverture de la piscine municipale.", "Le maire"),
    "relater": ("Le maire a relaté que la piscine avait fermé en une nuit.", "Le maire"),
    "relever": ("Le maire a relevé que la piscine était vide depuis des mois.", "Le maire"),
    "remarquer": ("Le maire a remarqué que la piscine était vide depuis des mois.", "Le maire"),
    "renchérir": ("Le maire a renchéri : la piscine rouvrira en juin.", "Le maire"),
    "répéter": ("Le maire a répété que la piscine rouvrirait en juin.", "Le maire"),
    "répliquer": ("« La piscine rouvrira en juin », a répliqué le maire.", "le maire"),
    "répondre": ("Le maire a répondu que la piscine rouvrirait en juin.", "Le maire"),
    "reprendre": ("« La piscine rouvrira en juin », a repris le maire.", "le maire"),
    "reprocher": ("Le maire a reproché au préfet d'avoir fermé la piscine municipale.", "Le maire"),
    "requérir": ("Le procureur a requis une peine de deux ans de prison contre le maire.", "Le procureur"),
    "résumer": ("« La piscine rouvrira en juin », a résumé le maire.", "le maire"),
    "revendiquer": ("Le maire a revendiqué avoir sauvé la piscine de la fermeture.", "Le maire"),
    "rétorquer": ("« La piscine rouvrira en juin », a rétorqué le maire.", "le maire"),
    "révéler": ("Le maire a révélé que la piscine rouvrirait en juin.", "Le maire"),
    "riposter": ("« La piscine rouvrira en juin », a riposté le maire.", "le maire"),
    "saluer": ("Le maire a salué une « belle victoire » pour la commune.", "Le maire"),
    "savoir": ("Le maire a fait savoir que la piscine rouvrirait en juin.", "Le maire"),
    "signaler": ("Le maire a signalé que la piscine rouvrirait en juin.", "Le maire"),
    "sommer": ("Le maire a sommé le préfet de rouvrir la piscine municipale.", "Le maire"),
    "souhaiter": ("Le maire souhaite que la piscine rouvre en juin.", "Le maire"),
    "soulever": ("Le maire a soulevé que la piscine coûtait trop cher.", "Le maire"),
    "souligner": ("Le maire a souligné que la piscine rouvrirait en juin.", "Le maire"),
    "soupçonner": ("Le maire soupçonne que la piscine a été fermée pour des raisons politiques.", "Le maire"),
    "soupirer": ("« La piscine ne rouvrira pas cette année », a soupiré le maire.", "le maire"),
    "soutenir": ("Le maire a soutenu que la piscine rouvrirait en juin.", "Le maire"),
    "suggérer": ("Le maire a suggéré que la piscine rouvre en juin.", "Le maire"),
    "supplier": ("« Rouvrez la piscine avant l'été », a supplié le maire.", "le maire"),
    "surenchérir": ("« La piscine rouvrira en juin », a surenchéri le maire.", "le maire"),
    "tacler": ("« Le préfet ne connaît pas le dossier de la piscine », a taclé le maire.", "le maire"),
    "témoigner": ("« La piscine était pleine tous les soirs », a témoigné le maire.", "le maire"),
    "titrer": ("La piscine rouvrira en juin, titrait lundi le journal de la ville.", "le journal de la ville"),
    "tonner": ("« La piscine doit rouvrir en juin », a tonné le maire.", "le maire"),
    "trancher": ("La piscine ne rouvrira pas cet été, a tranché le maire.", "le maire"),
    "tweeter": ("Le maire a tweeté que la piscine rouvrirait en juin.", "Le maire"),
    "twitter": ("Le maire a twitté que la piscine rouvrirait en juin.", "Le maire"),
    "valoir": ("Le maire a fait valoir que la piscine coûtait trop cher à la commune.", "Le maire"),
    "vanter": ("Le maire a vanté une piscine « unique en France ».", "Le maire"),
    "voir": ("Le maire voit dans la fermeture de la piscine un mauvais signal.", "Le maire"),
}


def _listed_lemmas() -> list[str]:
    """The lemmas as load_rules reads them ("s'indigner" -> "indigner")."""
    return [line.split()[0].split("'")[-1] for line in _lines("reporting_verbs.txt")]


def _cue_lemmas(cue: str, rules: QuoteRules) -> set[str]:
    words = re.split(r"[\s'’-]+", cue.lower())
    return {rules.lemmas.get(w, w) for w in words}


def test_every_listed_reporting_verb_has_a_frame_here() -> None:
    assert sorted(_listed_lemmas()) == sorted(FRAMES)


@pytest.mark.model
@pytest.mark.parametrize("lemma", sorted(FRAMES))
def test_every_listed_reporting_verb_reports_speech_in_its_frame(lemma: str, read, rules: QuoteRules) -> None:
    sentence, speaker = FRAMES[lemma]
    quotes = read(sentence)
    assert any(q.speaker_mention == speaker and q.cue and lemma in _cue_lemmas(q.cue, rules) for q in quotes), quotes


@pytest.mark.model
def test_the_noun_conseiller_reports_nothing(read) -> None:
    assert read("Le conseiller municipal a quitté la séance avant le vote du budget.") == []


@pytest.mark.model
def test_citer_reports_an_example_and_not_the_people_it_names(read) -> None:
    [quote] = read("La ministre a cité l'exemple des écoles rurales qui ont rouvert sans incident.")
    assert quote.text == "l'exemple des écoles rurales qui ont rouvert sans incident"
    assert read("Le maire a cité trois adjoints lors de la cérémonie des voeux.") == []


@pytest.mark.model
def test_citer_reports_the_words_it_quotes(read) -> None:
    quotes = read('Le ministre a évoqué plusieurs pistes, citant "la fermeture des bars" ou "l\'interdiction des fêtes".')
    assert (quotes[-1].type, quotes[-1].text, quotes[-1].speaker_mention) == (
        "mixed", '"la fermeture des bars" ou "l\'interdiction des fêtes"', "Le ministre")


@pytest.mark.model
def test_feelings_report_only_in_the_pronominal_form(read) -> None:
    [quote] = read("L'association s'étonne que la mairie n'ait pas consulté les riverains.")
    assert (quote.speaker_mention, quote.text) == ("L'association", "la mairie n'ait pas consulté les riverains")
    assert read("La nouvelle a réjoui les enfants du quartier pendant les vacances.") == []
    assert read("Cette décision étonne les habitants du quartier depuis des semaines.") == []


@pytest.mark.model
def test_valoir_reports_only_after_faire(read) -> None:
    [quote] = read("L'avocat a fait valoir que son client ignorait tout du contrat.")
    assert (quote.speaker_mention, quote.text) == ("L'avocat", "son client ignorait tout du contrat")
    assert read("Cette victoire lui a valu les félicitations de tout le club.") == []


@pytest.mark.model
def test_a_fear_reports_its_que_clause_and_not_its_infinitive(read) -> None:
    [quote] = read("Les commerçants redoutent que la rue reste fermée tout l'été.")
    assert (quote.speaker_mention, quote.text) == ("Les commerçants", "la rue reste fermée tout l'été")
    assert read("Le maire redoute de perdre les élections municipales.") == []


@pytest.mark.model
@pytest.mark.parametrize(("quoting", "plain"), [
    ("La directrice a exprimé sa « vive inquiétude » pour la rentrée des classes.",
     "Le chanteur avait exprimé son avis sur la ville avec la chanson « Les Rues grises »."),
    ("La directrice a exprimé sa « vive inquiétude » pour la rentrée des classes.",
     "La directrice s'est exprimée devant les élèves dans l'émission « Bonjour la classe »."),
    ("La directrice a exprimé sa « vive inquiétude » pour la rentrée des classes.",
     "Le cuisinier a exprimé le jus des citrons avant de servir le poisson."),
    ("La syndicaliste pointe des « failles graves » dans la sécurité de l'usine.",
     "Le guide a pointé du doigt le sommet du mont « Blanc-Neige » vers le nord."),
])
def test_exprimer_and_pointer_report_only_an_object_that_opens_with_a_quotation(quoting: str, plain: str, read) -> None:
    [quote] = read(quoting)
    assert quote.type == "mixed" and quote.speaker_mention.startswith("La ")
    assert read(plain) == []
