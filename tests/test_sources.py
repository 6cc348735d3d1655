"""Taking a mention apart: name, role, organisation, kind."""

from __future__ import annotations

import pytest

from auditor.lexicons import load_lexicon
from auditor.sources import parse_mention

LEX = load_lexicon()


@pytest.mark.parametrize("text, name, kind, role, organisation", [
    ("President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "person", "President", None),
    ("Alexander Mikheev, director general of Rosoboronexport, Russia’s state-owned arms exporter company",
     "Alexander Mikheev", "person", "director general", "Rosoboronexport"),
    ("Russian President Vladimir Putin", "Vladimir Putin", "person", "Russian President", None),
    ("longtime Democratic pollster Pat Caddell", "Pat Caddell", "person", "longtime Democratic pollster", None),
    ("Mr. Trump", "Trump", None, None, None),  # a surname alone: decided against the article
    ("Washington", "Washington", "government", None, None),
    ("the Kremlin", "the Kremlin", "government", None, None),
    ("Turkey", "Turkey", "government", None, None),
    ("Georgia Smith", "Georgia Smith", "person", None, None),
    ("Reuters", "Reuters", "organisation", None, None),
    ("NATO", "NATO", "government", None, None),
    ("the Russian exporter", None, "organisation", None, None),
    ("U.S. officials", None, "anonymous", None, None),
    ("people familiar with the matter", None, "anonymous", None, None),
    ("a source close to the Kremlin", None, "anonymous", None, None),
    ("a spokeswoman for the Foreign Ministry", None, "person", "spokeswoman", "Foreign Ministry"),
    ("the ministry", None, "government", None, None),
    # names with "of" inside; a person "of" or "with" an organisation
    ("University of California", "University of California", "organisation", None, None),
    ("the Department of Housing and Urban Development", "Department of Housing and Urban Development",
     "government", None, None),
    ("Secretary of State Antony Blinken", "Antony Blinken", "person", "Secretary of State", None),
    ("Daniel Yukelson of the Apartment Association", "Daniel Yukelson", "person", None, "Apartment Association"),
    # documents, polls and data are sources too; unnamed groups of people are anonymous
    ("A Bloomberg poll", None, "document", None, None),
    ("leaked documents from his 1995 tax return", None, "document", None, None),
    ("the data", None, "document", None, None),
    ("Many lawmakers", None, "anonymous", None, None),
    ("Republican congressmen", None, "anonymous", None, None),
])
def test_parse_mention(text, name, kind, role, organisation):
    mention = parse_mention(text, LEX)
    assert mention is not None
    assert (mention.name, mention.kind, mention.role, mention.organisation) == (name, kind, role, organisation)


@pytest.mark.parametrize("text", ["he", "she", "they"])
def test_pronouns(text):
    assert parse_mention(text, LEX).pronoun == text


@pytest.mark.parametrize("text", ["", "the weather", "the plan", "Instead, the city swooped down on the camps",
                                  "the so-called plan that nobody in the room had read "
                                  "before the vote on Tuesday night in the chamber"])
def test_not_a_mention(text):
    assert parse_mention(text, LEX) is None


def test_a_description_resolves_to_the_person_the_text_titled():
    """'City Attorney Barbara Parker filed …' then 'the city attorney claims …' (nobody cited her yet)."""
    from auditor.article import article_from_text
    from auditor.attribution import attribute_claims
    from auditor.claims import split_claims

    article = article_from_text("On Wednesday, City Attorney Barbara Parker filed a lawsuit.\n"
                                "The city attorney claims that the violations affected thousands of workers.\n"
                                "The city spokesman said the review would take a month.", LEX, first_line_title=False)
    claims = split_claims(article, LEX)
    sources = [a.source for a in attribute_claims(article, claims, LEX)]
    assert (sources[1].name, sources[1].role) == ("Barbara Parker", "City Attorney")
    assert sources[2].name != "Barbara Parker"  # a spokesman is not the attorney


def test_a_contracted_pronoun_ending_a_mention_is_the_pronoun():
    assert parse_mention("A TV show or movie I’d", LEX).name == "I"
    assert parse_mention("I’ve", LEX).name == "I"
