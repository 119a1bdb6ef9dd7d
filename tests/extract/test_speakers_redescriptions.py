"""The speaker just quoted, described again with a role noun no one was introduced with, is that speaker; a role
someone else was introduced with, or a person named in between, keeps them apart. Invented articles, real model
(marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_another_role_noun_right_after_a_quote_takes_up_its_speaker(speakers) -> None:
    text = ("« Le public a suivi toute la saison », souligne Claire Vasseur, directrice du studio Lumen. "
            "« Le confinement a beaucoup compté », reconnaît la productrice.")
    assert [q.speaker for q in speakers(text)] == ["Claire Vasseur", "Claire Vasseur"]


def test_a_role_another_person_was_introduced_with_stays_theirs(speakers) -> None:
    text = ("Le préfet Marc Olier a visité le chantier lundi. "
            "« Les travaux avancent », a déclaré le maire Paul Rimbert. "
            "« Nous resterons vigilants », a ajouté le préfet.")
    assert speakers(text)[-1].speaker == "Marc Olier"


def test_a_spokesperson_after_a_quote_is_someone_else(speakers) -> None:
    text = ("« Nous lancerons le service en mai », a dit le patron de Brixon Telecom Hugo Varenne. "
            "« Les abonnés seront prévenus », a ajouté le porte-parole.")
    assert speakers(text)[-1].speaker != "Hugo Varenne"


def test_a_role_written_before_the_speaker_was_named_is_not_that_speaker(speakers) -> None:
    text = ("La campagne ne fait pas rire le maire de Fouilly. La directrice du studio Lumen, Claire Vasseur, a répondu "
            "mardi. « Le public a suivi toute la saison », souligne Claire Vasseur. "
            "« Nous irons en justice », a déclaré le maire.")
    assert speakers(text)[-1].speaker != "Claire Vasseur"


def test_the_speaker_is_described_again_a_paragraph_after_her_quote(speakers) -> None:
    text = ("« Les moustiques tigres gagnent du terrain chaque été », explique Lucie Marvand, directrice de recherche "
            "à l'institut de Brouville. Ces insectes pondent leurs œufs dans l'eau stagnante des soucoupes, des "
            "gouttières et des pneus abandonnés, où les larves se développent en quelques jours seulement. Les "
            "communes du sud du pays multiplient donc les campagnes d'information auprès des habitants, qui sont "
            "invités à vider régulièrement tout récipient laissé dehors, surtout après les orages de fin d'après-midi. "
            "« Un simple geste suffit à limiter leur nombre », insiste la chercheuse.")
    assert speakers(text)[-1].speaker == "Lucie Marvand"
