"""Quotations in every style, and sentence claims that never split inside one."""

from __future__ import annotations

import pytest

from auditor.claims import find_quotes, quotation_paragraphs, split_claims, split_sentences
from auditor.lexicons import load_lexicon
from auditor.models import Article, Metadata, Paragraph

LEX = load_lexicon()


@pytest.mark.parametrize("text, quoted", [
    ("“We expect a deal,” he said.", ["“We expect a deal,”"]),
    ('"We expect a deal," he said.', ['"We expect a deal,"']),
    ("«Nous attendons un accord», a-t-il dit.", ["«Nous attendons un accord»"]),
    ("„Wir erwarten einen Vertrag“, sagte er.", ["„Wir erwarten einen Vertrag“"]),
    ("‘We expect a deal this year,’ he said.", ["‘We expect a deal this year,’"]),
    ("Turkey has ‘no hesitations’ about Russia’s offer.", ["‘no hesitations’"]),
    ("Russia’s and Turkey’s ministers met.", []),  # apostrophes are not quotation marks
    ("“X,” he said, “and Y.”", ["“X,”", "“and Y.”"]),
    ("”Vi ska vinna”, sa han.", ["”Vi ska vinna”"]),  # Swedish and Finnish copy open with a right mark
    ('“We hope so," Rabbi Weingarten said.', ['“We hope so,"']),  # sloppy copy closes “ with a straight mark
    ("”Mr. Trump embodies racism. He is our shame.” ― Sonya Herridge", ["”Mr. Trump embodies racism. He is our shame.”"]),
    ("“We won,” he said. “They lost.”", ["“We won,”", "“They lost.”"]),  # a right mark closes as ever
])
def test_find_quotes(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


def test_an_unclosed_quote_runs_to_the_end_of_the_paragraph():
    text = "“We will not stop here. There is more to come"
    (quote,) = find_quotes(text)
    assert not quote.closed and quote.end == len(text)


@pytest.mark.parametrize("text, sentences", [
    ("“In my last talks, we discussed this topic. When I travel, we will discuss it again,” Erdogan added.",
     1),
    ("He left. She stayed.", 2),
    ("Mr. Smith went to Washington on Monday. He met Dr. Jones.", 2),
    ("The U.S. Army said so. It was late.", 2),
    ("J. K. Rowling said so. Then she left.", 2),
    ('"This is it. Really," he said. "And more."', 2),
    ("2. Check the peep hole has not been tampered with", 1),  # a list's number, not a sentence
    ("The score was 2. Then it rained.", 2),
    ("Today (Nov. 18), NASA announced the selection.", 1),  # an abbreviation after a bracket
    ("”Mr. Trump embodies racism.”", 1),
    # reference marks after the stop end the sentence (Wikipedia copy)
    ("New Zealand is one of the most stable states.[86] As at 2017, it ranked fourth.[87][88] It was first.", 3),
    ("The figure was later revised.[citation needed] Officials declined to comment.", 2),
])
def test_split_sentences(text, sentences):
    assert len(split_sentences(text, find_quotes(text), LEX.abbreviations)) == sentences


@pytest.mark.parametrize("text, sentences", [
    # a quotation ending in "?", "!" or "…", then the speaker and the cue: one sentence
    ("“What is your single best example of an agency like that …” Alito asked in one of his queries.", 1),
    ("“Why not?” Chief Justice John Roberts asked, adding that he saw no reason.", 1),
    ('"Thank YOU for making it possible!!" Mook responded.', 1),
    # a new sentence after the quotation, not its speaker's tail
    ("“We will win.” Smith said the party would campaign hard.", 2),
    ("“We will win.” Smith declined to comment further.", 2),
    ("She says Trump is the “same rigged system.” She adds, “What kind of genius loses a billion?”", 2),
])
def test_a_quotation_and_the_speaker_after_it_are_one_sentence(text, sentences):
    assert len(split_sentences(text, find_quotes(text), LEX.abbreviations, LEX.cue_forms)) == sentences


def _article(*paragraphs: Paragraph) -> Article:
    return Article(Metadata(), paragraphs)


def test_claim_offsets_point_into_their_paragraph():
    article = _article(Paragraph("One thing happened. “Two things,” he said. Three."))
    claims = split_claims(article, LEX)
    assert [c.text for c in claims] == ["One thing happened.", "“Two things,” he said.", "Three."]
    for claim in claims:
        assert article.paragraphs[claim.paragraph].text[claim.start:claim.end] == claim.text


def test_block_quote_and_unmarked_first_person_paragraphs_are_one_claim():
    article = _article(
        Paragraph("The minister said the talks would continue."),
        Paragraph("We are ready. We have always been ready."),  # first person, next to a cue
        Paragraph("A quoted block. With two sentences.", quoted=True),
        Paragraph("The weather was fine. Crowds gathered."),
        Paragraph("The mayor said the roads were open."),
        # the outlet speaking ("our"), and a list item, are not quotations that lost their marks
        Paragraph("Our original story is below. It was updated."),
        Paragraph("- Read our guide to the roads. It lists every closure I know."),
    )
    claims = split_claims(article, LEX)
    by_paragraph = [sum(c.paragraph == i for c in claims) for i in range(7)]
    assert by_paragraph == [1, 1, 1, 2, 1, 2, 2]


def test_an_article_written_in_the_first_person_has_no_unmarked_quotations():
    """An op-ed speaks as "I" itself: its first-person paragraphs next to a reported one stay
    sentences in the author's voice, not one quotation each."""
    op_ed = _article(
        Paragraph("I live in Manhattan and I have many friends who are immigrants. I have written letters."),
        Paragraph("The senator said the bill would pass."),
        Paragraph("I cannot fathom how this happened. I think we deserve better."),
        Paragraph("We have been here before. My father told me so."),
        Paragraph("I write this because I know these people. I know what they want."),
    )
    assert len(split_claims(op_ed, LEX)) == 9


def test_a_first_person_review_among_many_headings_and_list_items_is_the_writer_s():
    """The share of first-person paragraphs that makes a piece the writer's own is taken of its
    prose: a review's headings and list items (a mouse review in dev has 608 "paragraphs") do
    not dilute it, so "I've been playing it for weeks" beside "Microsoft says …" is no quotation."""
    review = _article(
        *(Paragraph(f"Feature {i}: yes") for i in range(20)),
        Paragraph("I have been playing it on my gaming PC for weeks, and it runs smoothly every time."),
        Paragraph("Microsoft says the console will run every game in 4K at a smooth sixty frames."),
        Paragraph("I was surprised by how quiet it is, even when I pushed it for hours on end."),
        Paragraph("My verdict is simple: it is the best console I have tested so far this year."),
        Paragraph("I would buy it again tomorrow, and I think most players will feel the same way."),
    )
    assert quotation_paragraphs(review, LEX) == frozenset()


def test_the_reporter_at_work_in_the_first_person_makes_the_piece_the_writer_s():
    """"when I asked him", "By the time of my visit": the writer says "I", so a first-person
    paragraph beside a reported one is the writer's, not a quotation that lost its marks."""
    story = _article(
        Paragraph("The president spoke for an hour to a small group of reporters on Monday evening."),
        Paragraph("The only swerve he performed was when I asked him how many minds he had changed."),
        Paragraph("He said the deal was the best the country could have hoped for after years of talks."),
        Paragraph("He did not answer that question, which leaves me with the impression he has persuaded none."),
        *(Paragraph(f"Background paragraph {i} says nothing in the first person at all, as news copy does.")
          for i in range(12)),
    )
    assert quotation_paragraphs(story, LEX) == frozenset()


def test_a_figure_on_its_own_line_is_no_claim():
    article = _article(Paragraph("4.5/5"), Paragraph("$1,399"), Paragraph("The laptop costs $1,399."))
    assert [c.text for c in split_claims(article, LEX)] == ["The laptop costs $1,399."]
