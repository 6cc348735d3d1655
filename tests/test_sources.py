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
])
def test_parse_mention(text, name, kind, role, organisation):
    mention = parse_mention(text, LEX)
    assert mention is not None
    assert (mention.name, mention.kind, mention.role, mention.organisation) == (name, kind, role, organisation)


@pytest.mark.parametrize("text", ["he", "she", "they"])
def test_pronouns(text):
    assert parse_mention(text, LEX).pronoun == text


@pytest.mark.parametrize("text", ["", "the data", "the so-called plan that nobody in the room had read "
                                  "before the vote on Tuesday night in the chamber"])
def test_not_a_mention(text):
    assert parse_mention(text, LEX) is None
