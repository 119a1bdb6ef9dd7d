"""Canonical speakers within one article: the fullest name behind "il", "Ryabkov" or "le haut diplomate".

No French coreference model is installable, so resolution is built from what the article itself gives: the people the
NER finds (a surname joins the fullest name that ends with it), the role words written next to each name ("le
vice-ministre des Affaires étrangères Sergueï Ryabkov"), and salience: a pronoun or a role that matches no
introduction goes to the most recent speaker or person of compatible gender, never to one of the other gender, nor to
a person introduced only with another specific role ("le gouverneur" is not "le maire Paul X") or with the same role
qualified otherwise ("le député de l'Oise" is not "le député du Var X"; a person after "de" says whose role it is, not
which: "l'ancien ministre de Jacques X"); a generic noun ("la magistrate") is one of the people introduced with a role
it covers (speaker_hypernyms.py). Indefinite, counted, partitive, possessive or listed sources ("un témoin", "1.500
artistes", "l'un d'eux", "sa mère", "les enquêteurs") stay as written and unnamed, and "a-t-il ajouté" after one
continues it; but "l'expert", "le porte-parole" alone take up the person introduced so, else the person just quoted,
as "l'enquêteur" does (person_sources.py). A document or a tally speaks for its author ("le bilan des autorités
sanitaires"), never for a person quoted before, unless it is theirs ("selon son récit"); an inverted "on" for the
place it speaks from ("explique-t-on chez Renault"); "le quotidien" for the daily named last, which no "il" or "elle"
stands for, "l'entreprise" for the organisation named last that may be a company (organisation_referents.py). The
people a newspaper's account names ("X a joué l'apaisement, souligne Public Sénat") are the article's cast, unlike
names inside someone's own words; a set phrase for an office ("le chef de l'État", rules/role_periphrases.txt) is the
person introduced in that office. "Ils", "elles", "selon eux" take up a group, never one person (plural_sources.py).
"Ce dernier", "celle-ci" are whatever was named last, a body too (speaker_last_named.py); "le groupe" after "La Poste
a décidé …" is La Poste, and stays so when written again; the gender "la ministre" or "l'ancienne ministre" states
rules out the other (speaker_genders.py). "selon ses explications" is the possessor, never a group for "elles"
(speaker_possessors.py); "il" is not a name completing a noun ("la décision de X", "le ministre de X a dit",
speaker_owners.py); "X du King's College" is X (speaker_affiliations.py); in "Selon l'agence A, le roi X a souligné «
… »" the clause keeps its subject (speaker_nested.py); "ce policier" written before as a description stays that
unnamed source (speaker_descriptions.py). "l'expert d'art" is as anaphoric as "l'expert" (speaker_fields.py);
"l'Insoumis" is the person in focus, not a name (speaker_epithets.py); "le Premier ministre" is not "le ministre de
X". Which of the people and sources a pronoun, a bare role or a floating quotation stands for is ranked in
speaker_salience.py, after two readings of the sentence before: "il" after "Le chef d'entreprise décide …" is that
description (description_antecedents.py), and after "… à X, qui avait déclaré « … »" the sentence's subject, not X
(relative_hosts.py). "un porte-parole, Paul X," and "le témoin" after "un témoin …, Paul X," are Paul X
(apposed_descriptions.py); an "il" or "elle" opening the article with no one before it is the person of its gender
made subject later (forward_referents.py); "Celui qui …" is the person in focus, as "il" is. A role left unnamed is
the person whose named quotations alternate with it (interleaved_holders.py); "le chef de l'État" the best-known
holder named with no office (office_holders.py); a floating quotation skips a person it names (named_in_quotes.py).
The sentence's own source comes first: opening_sources.py ("Selon X, …"), postposed_sources.py, defined_bodies.py ("le
syndicat des …").
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from veille.article import Quote
from veille.extract.apposed_descriptions import apposed_person
from veille.extract.apposed_names import apposed_to_role
from veille.extract.cast import Cast, Person, completes_role, first_name_follows, strip_determiner
from veille.extract.cues import QuoteRules
from veille.extract.defined_bodies import defined_body
from veille.extract.description_antecedents import description_antecedent, introduced_nouns
from veille.extract.entity_rules import fold_apostrophes, mention_words, news_agencies, news_outlet, role_words, rule_set
from veille.extract.first_names import common_first_name
from veille.extract.first_person import voiceless_sources
from veille.extract.floating_subjects import floating_subject
from veille.extract.forward_referents import forward_subject
from veille.extract.gender_cues import epicene_role, first_gender, noun_gender, suffix_gender
from veille.extract.glued_names import glued_name
from veille.extract.group_members import group_members
from veille.extract.interleaved_holders import interleaved_holders
from veille.extract.later_holders import holder_named_later
from veille.extract.mentions import INDEFINITE_PRONOUNS, lone_connector, scan_right
from veille.extract.name_introductions import qualifier_words
from veille.extract.named_in_quotes import named_in
from veille.extract.office_holders import office_holder
from veille.extract.opening_sources import opening_source
from veille.extract.organisation_referents import reported_subject
from veille.extract.organisation_subjects import organisation_subject
from veille.extract.person_key import fold_name, person_key
from veille.extract.person_sources import taken_up_person
from veille.extract.plural_sources import group_referent
from veille.extract.postposed_sources import postposed_source
from veille.extract.press_colleagues import colleagues_outlet
from veille.extract.relative_hosts import relative_host
from veille.extract.relay_subjects import relay_subject
from veille.extract.shared_incises import lend_incises
from veille.extract.role_complements import completes_other_role, institution_of_role
from veille.extract.role_periphrases import national_holder, national_periphrasis, periphrasis, sole_holder
from veille.extract.speaker_affiliations import affiliated_person
from veille.extract.speaker_descriptions import described_before
from veille.extract.speaker_epithets import epithet, epithet_gender
from veille.extract.speaker_fields import field_complement, same_complement
from veille.extract.speaker_genders import adjective_gender, fronted_participle_gender, gender_fits, kin_nouns
from veille.extract.speaker_hypernyms import covered_role_holders
from veille.extract.speaker_issuers import document_issuer
from veille.extract.speaker_last_named import last_named_referent
from veille.extract.speaker_nested import inner_subject
from veille.extract.speaker_partitives import partitive, partitive_gender
from veille.extract.speaker_possessors import possessor_kind
from veille.extract.speaker_redescriptions import redescribed_speaker
from veille.extract.speaker_salience import WINDOW, chain_is_body, most_recent, named_next
from veille.extract.word_classes import DEFINITE, FORMER, OF

_PRONOUNS = {"il": "Masc", "elle": "Fem", "lui": "Masc", "ils": "Plur", "elles": "Plur", "eux": "Plur"}
#: "Celui qui est aussi chroniqueur explique …": the person in focus, as "il" is; not "celui de l'Irak".
_FOCUS_PRONOUNS = {"celui": "Masc", "celle": "Fem"}
#: Words opening an indefinite or counted source ("un témoin", "environ un millier de manifestants").
_INDEFINITE = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines", "d'autres", "de", "deux", "trois", "quelques",
                         "environ", "près", "nombre", "nombreux", "nombreuses", "beaucoup"})
_DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})
_SINGULAR = frozenset({"le", "la", "l'", "l’"})
_POSSESSIVE = frozenset({"sa", "son", "leur", "mon", "ma", "notre", "votre"})
_PLURAL = frozenset({"les", "des", "ces", "leurs", "ses"})  # "ses proches", "ses avocats": several, none named
#: Words before a role noun that are not the role: "le Premier ministre", "l'ancienne ministre", "le jeune joueur".
_ROLE_ADJECTIVES = frozenset({"premier", "première", "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "jeune",
                              "futur", "future", "actuel", "actuelle", "célèbre", "principal", "principale",
                              "dernier", "dernière", "pire", "meilleur", "meilleure"})
_HYPHENATED = re.compile(r"\w+(?:-\w+)*")


def _introduced_name(tokens: list, titles: frozenset[str], institutions: frozenset[str]) -> str | None:
    """ "le vice-ministre …, Sergei Aleinik": the capitalised words ending a role phrase name a person; not a place or
    body named after the role's institution ("le président de la région Auvergne-Rhône-Alpes"), title or not."""
    if len(tokens) > 2 and tokens[-1].ent_type_ == "PER" and tokens[0].ent_type_ != "PER":
        person = [t for t in tokens if t.ent_type_ == "PER" and t.i > tokens[-1].i - 5]
        start = next((i for i, t in enumerate(person) if t.ent_iob_ == "B" and t.text[:1].isupper()), None)
        before = person[start].doc[person[start].i - 1].lower_ if start is not None else ""
        if start is not None and len(person) - start >= 2 and person[start].lower_ not in titles and before not in OF:
            return person[0].doc[person[start].i: person[-1].i + 1].text  # "le spécialiste du Moyen-Orient Tobias Borck"
    run: list = []
    for token in reversed(tokens):
        if token.text[:1].isupper() and token.is_alpha or (run and token.text in ("-",)):
            run.insert(0, token)
        else:
            break
    if len(run) >= 3 and (completes_role(run[0]) or first_name_follows(run)):
        run.pop(0)  # "la ministre de la Justice Nicole X", "le prix Nobel Elie Wiesel"
    elif len(run) < 2 or len(run) == len(tokens) or tokens[len(tokens) - len(run) - 1].lower_ in ("de", "du", "des", "d'", "d’"):
        return None
    titled = any(t.lower_ in titles for t in tokens[: len(tokens) - len(run)]) or apposed_to_role(tokens, run)  # "le Pr X"
    owner = tokens[len(tokens) - len(run) - 1]
    owned = owner.lower_ in institutions and institution_of_role(owner)  # "le président du groupe Les Républicains"
    if any(t.ent_type_ in ("ORG", "LOC") for t in run) and not any(t.ent_type_ == "PER" for t in run) and (
            owned or not titled):
        return None
    return run[0].doc[run[0].i: run[-1].i + 1].text  # as written: "Brice-Viret" keeps its hyphen unspaced


def _word(token: Token) -> bool:
    """Letters, or letters joined by hyphens: "porte-parole" heads a mention as "maire" does."""
    return token.text.replace("-", "").isalpha()


def _whole_word(text: str, token: Token) -> str:
    """The written word a token starts, lower-cased: "porte-parole" even where the tokenizer split its hyphen."""
    match = _HYPHENATED.match(text, token.idx)
    return match.group().lower() if match else token.lower_


def _complement_name(mention: str, *, after_role: bool = False) -> bool:
    """ "le remplaçant de Yann Moix": the name completes a role noun, it is someone else than the source; with
    ``after_role``, only a name completing a second role noun ("l'avocat du ministre X", role_complements.py)."""
    words = mention_words(mention)
    first = next((i for i, w in enumerate(words) if i > 0 and w[:1].isupper()), None)  # "Le patron de X" opens a sentence
    if first is None or words[0].lower() not in DEFINITE | _INDEFINITE:
        return False
    return completes_other_role(words, first, _ROLE_ADJECTIVES) or not after_role and words[first - 1].lower() in OF


def _complement_role(words: list[str], cast: Cast, at: int) -> Person | None:
    """ "le représentant de l'acteur", "l'avocate du ministre": the role after "de" is someone else than the source."""
    for i in range(2, len(words) - 1):
        if words[i] not in OF:
            continue
        noun = words[i + 2] if words[i + 1] in DEFINITE and i + 2 < len(words) else words[i + 1]
        if noun in role_words():
            return cast.by_role(noun, at)
    return None


def _owner_words(complement: Person | None) -> set[str]:
    """ "l'ancien ministre de Jacques X": a person after "de", known by a first name, says whose minister, not which
    ministry, so the name qualifies no role; "le porte-parole de Brixon Telecom" names the company, a qualifier."""
    if complement is None or not common_first_name(complement.name.split()[0]):
        return set()
    return complement.words


def _organisation_named(words: list[str], mention: str, rules: QuoteRules) -> str | None:
    """ "les studios Disney", "la chaîne Fox": an organisation noun right before a name makes it the organisation's,
    whoever else bears it."""
    if len(words) < 3 or words[0] not in DEFINITE or words[1].removesuffix("s") not in rules.institution_nouns:
        return None
    name = mention.split(None, 2)[-1] if words[0] not in ("l'", "l’") else mention.split(None, 1)[-1]
    return name if name[:1].isupper() else None


def _trailing_name(tokens: list) -> str | None:
    """ "l'association d'usagers Plus de Trains": capitalised words ending a description name what it describes,
    unless they complement its last noun ("la police de Géorgie", "le ministère de la Santé")."""
    k = len(tokens)
    while k > 1 and (tokens[k - 1].text[:1].isupper() or k < len(tokens) and tokens[k - 1].lower_ in OF):
        k -= 1  # "Plus de Trains": a "de" inside the run, between capitalised words
    while k < len(tokens) and not tokens[k].text[:1].isupper():
        k += 1  # the run starts on a capital, not on its "de"
    if k >= len(tokens) or k < 2 or tokens[k - 1].lower_ in OF | DEFINITE or not tokens[k - 1].is_alpha:
        return None
    return tokens[k].doc[tokens[k].i: tokens[-1].i + 1].text


def _after_of(ent: Span) -> bool:
    """ "la police de Géorgie", "la présidence de la République": a name after "de (la)" completes the noun."""
    doc, i = ent.doc, ent.start - 1
    if i > 0 and doc[i].lower_ in DEFINITE:
        i -= 1
    return i >= 0 and doc[i].lower_ in OF


def _spelled_qualifiers(tokens: list, cast: Cast) -> set[str]:
    """ "la porte-parole de l'AMF" after "X, porte-parole de l'Association des maires de France (AMF)": an acronym
    the article spells out qualifies the role as its full name does, so it names the same person."""
    if not any(t.lower_ in OF for t in tokens):
        return set()  # "le député LREM": a label, no qualifier (cast.qualifier_words)
    spelled = [full for t in tokens if t.text.isupper() and t.is_alpha and " " in (full := cast.expand(t.text))]
    return {fold_name(word) for full in spelled for word in full.split() if word[:1].isupper()}


def _locate(text: str, mention: str, quote: Quote) -> int:
    """Where the mention was written: its occurrence nearest the quote."""
    low, high = max(0, quote.start - WINDOW), min(len(text), quote.end + WINDOW)
    best, position = None, text.find(mention, low, high)
    while position >= 0:
        distance = min(abs(position - quote.start), abs(position - quote.end))
        if best is None or distance < best[0]:
            best = (distance, position)
        position = text.find(mention, position + 1, high)
    return best[1] if best else quote.start


def resolve_speakers(doc: Doc, quotes: list[Quote], rules: QuoteRules, text: str | None = None) -> list[Quote]:
    """Give every quote its canonical speaker, ``speaker_id`` and ``named``, in text order.

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    text = doc.text if text is None else text
    quotes = lend_incises(text, quotes)  # "« A », or « B », raconte X": X's both
    cast = Cast(doc, rules, [(q.start, q.end) for q in quotes if not _relayed(q)], text)
    resolved: list[Quote] = []
    recent: list[tuple[int, str, str | None, bool]] = []  # (position, speaker, gender, named)
    bodies: dict[str, str] = {}  # "le groupe" → "La Poste": an organisation noun written again is the same body
    for quote in quotes:
        again = bodies.get(key := _body_key(quote.speaker_mention, rules))
        speaker, named = (again, True) if again else _resolve(doc, text, quote, cast, recent, rules)
        if key and named and speaker and fold_name(speaker) != fold_name(key.split()[-1]):
            bodies[key] = speaker
        person = cast.find(speaker) if speaker and (quote.speaker_mention or "").lower() in ("il", "elle") else None
        if person is not None and person.gender is None:  # "« … », a-t-il résumé": now we know
            person.gender = _PRONOUNS[quote.speaker_mention.lower()]
        if speaker is not None:
            gender = found.gender if (found := cast.find(speaker)) else None
            if gender is None and found is None and quote.speaker_mention:  # "le parquet" is no "elle"
                gender = _mention_gender(quote.speaker_mention, named, rules)
            recent.append((quote.end, speaker, gender, named))
        resolved.append(
            replace(quote, speaker=speaker, named=named, speaker_id=person_key(speaker) if speaker and named else None)
        )
    return interleaved_holders(resolved, cast)  # "« … », a justifié le préfet. « … », a prévenu Paul X"


def _body_key(mention: str | None, rules: QuoteRules) -> str:
    """ "le groupe", "la préfecture": a definite organisation noun alone, folded, the key under which the body it
    was resolved to is kept; empty for any other mention."""
    words = fold_apostrophes(mention or "").replace("'", "' ").split()
    return " ".join(words) if len(words) == 2 and words[0] in _SINGULAR and words[1] in rules.institution_nouns else ""


def _relayed(quote: Quote) -> bool:
    """ "X a joué l'apaisement, souligne Public Sénat", "selon le quotidien La Croix, X a critiqué …": a news outlet's
    account of what people did or said; the people it names are the article's cast, whom "il" may take up next,
    not names inside someone's own words."""
    words = (quote.speaker_mention or "").split()
    return any(news_outlet(" ".join(words[i:])) for i in range(len(words)))


def _venue_after(doc: Doc, after: int, rules: QuoteRules) -> str | None:
    """ "explique-t-on chez Renault", "a-t-on appris mardi auprès du parquet", "précise-t-on dans son entourage",
    "indique-t-on au sein du groupe": the place an inverted "on" speaks from is the source; not the medium it
    speaks through ("dans un communiqué"), nor the agency told ("à l'AFP")."""
    start = next((t.i for t in doc if t.idx >= after), None)
    if start is None:
        return None
    end = doc[start].sent.end
    on = next((t.i for t in doc[start: min(end, start + 6)] if t.lower_ in ("-on", "t-on")), None)
    if on is None:
        return None
    venues = rule_set("venue_prepositions.txt")
    i = on + 1
    while i < min(end, on + 7) and doc[i].lower_ not in venues and doc[i].is_alpha and not doc[i].text[:1].isupper() \
            and doc[i].pos_ in ("VERB", "ADV", "NUM", "NOUN", ""):
        i += 1  # "a-t-on appris dimanche 18 août auprès du parquet"
    if i >= end or doc[i].lower_ not in venues:
        return None
    i += 1
    if i + 1 < end and (doc[i].lower_ == "sein" or doc[i - 1].lower_ == "auprès"):
        i += 1 + (doc[i].lower_ == "sein")  # "au sein du groupe", "auprès du parquet": the noun after "de"
    found = scan_right(doc, i, end) if i < end else None
    if found is None:
        return None
    phrase = doc[found[0]: found[1]]
    head = next((t for t in phrase if t.is_alpha and t.lower_ not in DEFINITE | _POSSESSIVE | _INDEFINITE), None)
    if head is None or head.lower_ in rules.document_nouns or fold_apostrophes(phrase.text).removeprefix(
            "l'") in news_agencies():
        return None
    return phrase.text


def _sentence_subject(doc: Doc, cast: Cast, at: int, gender: str) -> str | None:
    """The person subject of the sentence a "selon lui" sits in, written before it, of the pronoun's gender."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in ("selon", "pour"):
        return None
    sentence = span[0].sent
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass") and t.head == sentence.root), None)
    if subject is None or subject.i >= span.start:
        return None
    name = " ".join(t.text for t in subject.subtree if t.ent_type_ == "PER" and t.i < span.start)  # "Le président Trump"
    person = cast.find(name) if name else None
    return person.name if person is not None and person.gender in (gender, None) else None


def _described_antecedent(doc: Doc, text: str, quote: Quote, at: int, gender: str, cast: Cast, recent: list,
                           rules: QuoteRules) -> tuple[str | None, bool] | None:
    """ "Le chef d'entreprise décide … « … », explique-t-il": the person description just made the subject, resolved
    as a mention, when that gives it unnamed or to the person introduced with its role; as written when the
    article used it before for someone it names no other way; None otherwise, where the description may describe
    again whoever is in focus, unless the chain would go on with a body: then the person it resolves to."""
    named = [seen for person in cast.people for seen in person.seen]
    found = description_antecedent(doc, at, quote.start, gender, cast.quoted, rules.unnamed_nouns | introduced_nouns(
        cast.people), named, recent[-1][0] if recent else -1)
    if found is None:
        return None
    speaker, is_named = _resolve(doc, text, replace(quote, speaker_mention=found.text, cue=None), cast, recent, rules)
    person = cast.find(speaker) if is_named and speaker else None
    holder = person is not None and person.holds(found.noun) and found.fits(person.roles | person.qualifiers)
    if is_named and not holder and periphrasis(found.text) is None:
        if found.written_before(text):
            return found.text, False
        return (speaker, True) if chain_is_body(cast, recent, gender, at) else None  # "La députée … elle": not the NGO
    return speaker, is_named


def _unnamed_antecedent(words: list[str], recent: list) -> str | None:
    """ "une association milanaise … cette association": a demonstrative takes up the unnamed source whose head
    noun it repeats, not an organisation named since; a description written again ("le chef de l'État" twice)
    is the same unnamed source. Not any definite: "l'éditorialiste" may be the person the article names after
    "une éditorialiste", "la compagnie" the company named, not "un porte-parole de la compagnie"."""
    if len(words) < 2 or words[0] not in DEFINITE:
        return None
    unnamed = [r[1] for r in recent if not r[3] and r[1]]
    same = [source for source in unnamed if fold_name(source) == fold_name(" ".join(words))]
    if same or words[0] not in _DEMONSTRATIVE:
        return same[-1] if same else None
    noun = next((w for w in words[1:] if w not in _ROLE_ADJECTIVES), None)
    sources = [source for source in unnamed if _head_noun(source) == noun]
    return sources[-1] if sources else None


def _head_noun(mention: str) -> str | None:
    """ "Une association milanaise" → "association": the first word after the determiner and adjectives."""
    words = mention_words(mention.lower())[1:]
    head = next((w for w in words if w not in _ROLE_ADJECTIVES), None)
    return "premier ministre" if head == "ministre" and words[0] in ("premier", "première") else head  # another office


def _mention_gender(mention: str, named: bool, rules: QuoteRules) -> str | None:
    """ "la voisine", "un témoin", "l'ancienne porte-parole", "le parquet", "la mère": the article, else the ending
    of the word after "l'". An unnamed source has a gender a later "il"/"elle" can pick up only if it is a person:
    "un témoin", not "une affaire"."""
    if _PRONOUNS.get(mention.lower()) in ("Masc", "Fem"):
        return _PRONOUNS[mention.lower()]  # "un témoin … « … », a-t-il ajouté": the chain goes on with a man
    words = mention_words(mention.lower())
    if partitive(mention):
        return partitive_gender(mention)  # "un de ses collègues", "l'une d'elles": someone, of that gender
    people = rules.unnamed_nouns | rules.titles | role_words() | kin_nouns(words) | rule_set("person_nouns.txt")
    if not words or not named and not any(w in people or w[:-1] in people for w in words[:4]):
        return None
    return first_gender(words[:1]) or (suffix_gender(words[1]) if words[0] in ("l'", "l’") and len(words) > 1 else None)


def _resolve(doc: Doc, text: str, quote: Quote, cast: Cast, recent: list, rules: QuoteRules) -> tuple[str | None, bool]:
    mention = "" if lone_connector(quote.speaker_mention or "") else (quote.speaker_mention or "").strip()  # "Avant"
    mute = voiceless_sources(doc, quote.text, recent)  # "« Je … »", a-t-elle dit: no country, no newspaper
    if len(split := mention.split()) > 1 and split[0].lower() in _PRONOUNS and split[1][:1].islower():
        mention = split[0]  # "Il ne peut néanmoins rien": the mention ran on past its pronoun into the clause
    if not mention and (source := postposed_source(doc, quote.end, rules)) is not None:  # "», a pu confirmer X"
        return _resolve(doc, text, replace(quote, speaker_mention=source), cast, recent, rules)
    if not mention and (subject := floating_subject(doc, quote.start, quote.end)) is not None:  # "la CFDT s'est « … »"
        return _resolve(doc, text, replace(quote, speaker_mention=subject), cast, recent, rules)
    if not mention:
        sentence = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        first = sentence[0].sent.start if sentence is not None and len(sentence) else 0
        nearby = doc[first - 1].sent.start_char if first > 0 else 0
        return most_recent(cast, recent, None, quote.start, nearby=nearby, exclude=named_in(cast, quote.text) | mute)
    if (opening := opening_source(doc, quote.start, quote.end)) is not None and opening != mention and \
            cast.find(mention) is None:  # "Selon son avocat, Paul X, les juges estiment …, selon lui, …": Paul X
        return _resolve(doc, text, replace(quote, speaker_mention=opening, cue=None), cast, recent, rules)
    low = mention.lower()
    at = _locate(text, mention, quote)
    if (inner := inner_subject(doc, quote, at, rules)) is not None:  # "Selon l'agence BNA, le roi X a souligné"
        return _resolve(doc, text, replace(quote, speaker_mention=inner, cue=None), cast, recent, rules)
    if (relayed := relay_subject(doc, quote, at, rules)) is not None:  # "« … », écrivait X selon Le Parisien"
        return _resolve(doc, text, replace(quote, speaker_mention=relayed, cue=None), cast, recent, rules)
    if low in INDEFINITE_PRONOUNS:  # inverted after a quotation ("…, a-t-on précisé de même source"): the newsroom
        inverted = "-on" in (quote.cue or "").lower()
        if inverted and (venue := _venue_after(doc, quote.end, rules)) is not None:
            return _resolve(doc, text, replace(quote, speaker_mention=venue), cast, recent, rules)
        return most_recent(cast, recent, None, at) if inverted else (None, False)  # relays the source just quoted
    if (focus := low.split()[0]) in _FOCUS_PRONOUNS and low.split()[1:2] in ([], ["qui"]):  # "Celui qui est … chez X"
        return most_recent(cast, recent, _FOCUS_PRONOUNS[focus], at, pronoun=True)
    if low in _PRONOUNS:
        if low in ("lui", "elle") and (subject := _sentence_subject(doc, cast, at, _PRONOUNS[low])) is not None:
            return subject, True  # "le président Trump … des mesures qui, selon lui, …": the clause's subject
        if _PRONOUNS[low] == "Plur":  # "disent-elles": a group, never the man quoted last
            return group_referent(doc, recent, at, low == "elles", cast.quoted)
        if low in ("il", "elle") and (host := relative_host(doc, cast, recent, at, _PRONOUNS[low])) is not None:
            return host  # "Il a adressé une pique à X, qui avait déclaré « … ». « … », a-t-il lancé": not X
        if low in ("il", "elle") and (described := _described_antecedent(
                doc, text, quote, at, _PRONOUNS[low], cast, recent, rules)):
            return described  # "Le chef d'entreprise décide … « … », explique-t-il"
        found = most_recent(cast, recent, _PRONOUNS[low], at, pronoun=True, exclude=mute, doc=doc)
        if found[0] is None and low in ("il", "elle") and (body := organisation_subject(
                doc, at, quote.start, _PRONOUNS[low], cast.quoted, rules.institution_nouns)) is not None:
            return _resolve(doc, text, replace(quote, speaker_mention=body, cue=None), cast, recent, rules)
        if found[0] is None and low in ("il", "elle"):  # "Elle se plaignait …" opening the article: "Cette femme …"
            return forward_subject(doc, cast, at, _PRONOUNS[low], rules.unnamed_nouns | introduced_nouns(
                cast.people)) or found
        return found
    if (members := group_members(doc, at, mention, recent)) is not None:
        return members, True  # "Les deux syndicats (Force Santé et Jeunes Internes)", then "ces deux syndicats"
    if (affiliated := affiliated_person(mention, cast)) is not None:
        mention = affiliated  # "Andreas X du King's College": the person, not the college
    words = [w.lower() for w in mention_words(mention)]
    if (outlet := colleagues_outlet(words, cast, at)) is not None:
        return outlet, True  # "expliquent nos confrères": the outlet relayed, not the person named last
    complement = cast.find(mention) if _complement_name(mention) else _complement_role(words, cast, at)  # not X
    person = None if complement else cast.find(mention)
    if person is not None and (organisation := _organisation_named(words, mention, rules)) is not None:
        return organisation, True  # "les studios Disney" are not Walt Disney
    if (glued := glued_name(mention, cast)) is not None:
        return glued, True  # "rétorque VéranFace": a name and the heading stuck to it
    if person is not None:
        return person.name, True
    if (last := last_named_referent(doc, cast, words, (at, quote), rules.institution_nouns)) is not None:
        return last, True  # "selon ce dernier": whoever was named last, not the last speaker
    if "même" in words[1:3] and words[0] in DEFINITE and recent:
        return recent[-1][1], recent[-1][3]  # "la même source", "le même responsable": the previous quote's source
    if (source := _unnamed_antecedent(words, recent)) is not None:
        return source, False
    if (apposed := apposed_person(text, mention, at, cast, rules.institution_nouns, quote)) is not None:
        apposed.gender = apposed.gender or first_gender(words[:1])  # "le témoin": a man, for the "il" after
        return apposed.name, True  # "un témoin qui a filmé la scène, Paul X, … affirme le témoin": Paul X
    if described_before(text, mention, at):
        return mention, False  # "les mots de ce policier de Dax … estime ce policier": that unnamed man again
    span = doc.char_span(at, at + len(mention), alignment_mode="expand")
    tokens = [t for t in span] if span is not None else []
    ahead = at + len(mention)
    introduced = None if _complement_name(mention, after_role=True) else _introduced_name(
        tokens, rules.titles, rules.institution_nouns)
    counted = words[0][:1].isdigit()  # "1.500 artistes"
    qualifiers = frozenset(qualifier_words(tokens) | _spelled_qualifiers(tokens, cast)) - _owner_words(complement)
    definite_role = not introduced and len(words) > 1 and words[0] in _SINGULAR and words[1] in role_words() and (
        len(words) == 2 or words[2] in OF)  # "l'avocat", "le porte-parole de X"; not "l'avocat général"
    bare_role = definite_role and (len(words) == 2 or field_complement(mention))  # "l'expert (d'art)": the person just
    # quoted, or the one the text names so
    if words[0] in _SINGULAR and (office := periphrasis(mention)) is not None:
        holder = cast.by_role(office[0], at, ahead_from=ahead, qualifiers=office[1]) or sole_holder(cast, at, *office)
        if holder is not None:
            return holder.name, True  # "le chef de l'État" after "le président X", not "le chef Thierry X"
    if words[0] in _SINGULAR and (national := national_periphrasis(mention)) is not None:
        if (holder := national_holder(cast, at, *national)) is not None:
            return holder.name, True  # "le chef de la diplomatie française" after "le ministre français … X"
    if definite_role and (bare_role or qualifiers or len(words) > 3):
        holder = cast.by_role(words[1], at, ahead_from=ahead, qualifiers=qualifiers)
        if holder is not None and holder is not complement and gender_fits(holder.gender, words, words[1]) \
                and (bare_role or cast.qualified_alike(holder, qualifiers) or same_complement(words, holder.roles)):
            return holder.name, True  # "Arieh X, porte-parole de Gilat, … a expliqué le porte-parole (de Gilat)"
    if definite_role and (later := holder_named_later(cast, words[1], qualifiers, at)) is not None:
        return later.name, True  # "le ministre de l'Intérieur a indiqué …", its holder named paragraphs further on
    if words[0] in _SINGULAR and (known := office_holder(mention, cast)) is not None:
        return known.name, True  # "le chef de l'État" in an article that names Emmanuel X with no office
    if bare_role and (same := [r[1] for r in recent if not r[3] and _head_noun(r[1]) == words[1]]):
        return same[-1], False  # "un porte-parole du groupe … le porte-parole": the unnamed source again
    if words[0] in _INDEFINITE and len(tokens) > 1 and tokens[1].lower_ in rules.document_nouns and (
            issued := document_issuer(doc, cast, tokens[1], tokens, at, rules, guess=False)) is not None:
        return issued  # "selon un communiqué de l'association": the association, though the article is indefinite
    if (taken := taken_up_person(words, text, at, cast, recent)) is not None:
        return taken  # "…, explique Paul X. « … », souligne l'enquêteur": the person just quoted, as "l'expert"
    if not introduced and not bare_role and (
            words[0] in _INDEFINITE or counted or partitive(mention) or any(w in rules.unnamed_nouns for w in words[:3])):
        return mention, False  # "un témoin", "les enquêteurs", "l'un d'eux"; but "une éditorialiste, Jane Doe" is named
    if introduced:  # the cast may know the name already, with the qualifiers and gender of its own introduction
        person = (known := cast.find(introduced)) or cast.add(introduced)
        person.seen.append(at)
        person.roles.update(t.lower_ for t in tokens if t.is_alpha and not t.text[:1].isupper())
        person.gender = person.gender or (None if known else first_gender(words[:1]))  # "Un ami de X": not X's article
        return (known.name if known else introduced), True  # the fullest name: "Ursula von" is "Ursula von der Leyen"
    head = next((t for t in tokens if _word(t) and t.lower_ not in DEFINITE | _POSSESSIVE), None)  # "son épouse"
    while head is not None and head.lower_ in _ROLE_ADJECTIVES:  # "l'ancienne ministre": the role is the noun
        noun_after = next((t for t in tokens[head.i - tokens[0].i + 1:] if _word(t)), None)
        if noun_after is None:
            break  # "le dernier" alone: the adjective is the noun
        head = noun_after
    ents = [e for e in (span.ents if span is not None else ()) if e.label_ in ("ORG", "LOC", "MISC")]
    bare = len(tokens) == 2 and head is tokens[-1]  # "L'Institut": a capital does not make a common noun a name
    figure = head is not None and head.lower_ in rule_set("figure_nouns.txt")  # "le dernier bilan": no issuer to guess
    if (owned := possessor_kind(words, rules.document_nouns)) is not None:
        owner = group_referent(doc, recent, at, False, cast.quoted) if owned == "group" else most_recent(
            cast, recent, None, at, people_only=True)  # "selon ses explications": the person in focus; "leur": the group
        if owner[0] is not None or owned == "one" and words[1] not in rules.document_nouns:
            return owner  # "ses explications" with no one in focus: no source, and no group for a later "elles"
    if head is not None and (head.lower_ in rules.document_nouns or figure) and not head.text[:1].isupper():
        issuer = document_issuer(doc, cast, head, tokens, at, rules, guess=not figure)
        return issuer or ((mention, False) if figure else (strip_determiner(mention), True))
    if head is not None and head.lower_ in rules.institution_nouns and (bare or not head.text[:1].isupper()):
        named_here = [e for e in ents if not _after_of(e)]
        if named_here and not bare:  # "l'opérateur gazier GRTGaz": the name is there; "la police de Géorgie" is not Géorgie
            return cast.expand(strip_determiner(named_here[0].text)), True
        if not bare and (name := _trailing_name(tokens)) is not None:
            return name, True  # "l'association d'usagers Plus de Trains", which the NER did not tag
        if span is not None and span.end < len(doc) and doc[span.end].lower_ in ("qui", "dont") and \
                words[0] not in _DEMONSTRATIVE:  # "cet organisme dont le siège est à Miami" takes up one named
            return strip_determiner(mention), True  # "la société qui les fabrique": defined here, not anaphoric
        if not bare and (body := defined_body(tokens, head, cast.organisation(head.lower_, at))) is not None:
            return body, True  # "le syndicat des commissaires de police": not the ministry named before
        own = reported_subject(doc, quote.start, quote.end, head.lower_, rules.generic_organisation_nouns)
        return cast.organisation(head.lower_, at) or own or strip_determiner(mention), True
    noun = _whole_word(text, head) if head is not None else ""
    if head is not None and (not head.text[:1].isupper() or head.text.isupper() and head.lower_ in role_words()):
        if words[0] in _PLURAL or noun in rule_set("collective_nouns.txt"):
            return mention, False  # "les responsables du site", "l'opposition": no one person said it
        role = cast.by_role(noun, at, ahead_from=ahead, qualifiers=qualifiers)
        if role is not None and role is not complement and gender_fits(role.gender, words, noun):
            return role.name, True
        if words[0] in _POSSESSIVE:
            return mention, False  # "sa mère", "son entourage": someone related to a person, not that person
        person_noun = any(w in rules.titles or w in role_words() or w in rule_set("person_nouns.txt")  # "l'ex-ministre de …"
                          for t in tokens[:4] for w in (t.lower_, t.lower_.removeprefix("ex-")))
        if any(e.label_ == "ORG" for e in ents) and not person_noun:
            organisation = next(e for e in ents if e.label_ == "ORG")  # "… du Conseil de l'Europe"
            return cast.expand(strip_determiner(organisation.text)), True
        former = any(w in FORMER for w in words[:3]) or noun.startswith("ex-")  # a past role adds to the present
        noun = noun.removeprefix("ex-")  # "l'ex-ministre" holds the role "ministre"
        epicene = words[0] in ("l'", "l’") and epicene_role(noun)  # "l'ex-ministre": "l'" hides it, the tagger guesses
        gender = first_gender(words[:1]) or adjective_gender(words[1:3]) or suffix_gender(noun) or (
            fronted_participle_gender(span) if span is not None else None) or (None if epicene else noun_gender([head]))
        others = set() if former else {p.name for p in cast.people if p.holds_other_role(noun)}  # not "le maire X"
        others |= {p.name for p in cast.people if noun in p.roles and cast.qualified_otherwise(p, qualifiers)}
        if bare_role:  # "le porte-parole" after "le patron de Facebook X": a spokesperson speaks for someone else
            others |= {p.name for p in cast.people if p.roles & role_words() - rules.titles - {noun, noun + "e"}}
        if (again := redescribed_speaker(cast, recent, noun, at, text)) is not None:
            others.discard(again)  # "…, souligne X, directrice du studio. « … », reconnaît la productrice"
        if complement is not None:
            others.add(complement.name)
        if holders := covered_role_holders(cast, noun, at):  # "la magistrate": one of the procureurs or juges
            others |= {p.name for p in cast.people} - {p.name for p in holders}
        name, named = most_recent(cast, recent, gender, at, people_only=True, exclude=frozenset(others))
        if name is None and words[0] in ("le", "la") and not recent:  # "le patron des …" opening the article
            name, named = named_next(cast, gender, at, window=len(text), text=text)
        if name is not None:
            return name, named
        return mention, False  # "la jeune femme", "le gouverneur de la région": a source the text does not name
    if head is not None and bare and words[0] in DEFINITE and (person := cast.by_role(noun, at)) is not None:
        return person.name, True  # "l'Américaine", introduced as "l'Américaine Jenny X"
    if bare and epithet(mention) and not news_outlet(mention):  # "l'Insoumis", not "le Parisien": the person in focus
        found = most_recent(cast, recent, epithet_gender(mention), at, people_only=True)[0]
        return (found, True) if found else (mention, False)
    if ents:  # a newspaper whole ("Sud Ouest"), not the region the NER saw in it
        return cast.expand(strip_determiner(mention if news_outlet(strip_determiner(mention)) else ents[0].text)), True
    name = cast.expand(strip_determiner(mention))
    if not name:
        return None, False  # "ces": a determiner alone, the mention lost its noun
    if all(w[:1].isupper() for w in name.split()) and len(name.split()) <= 3:
        cast.add(name).seen.append(at)
    return name, True
