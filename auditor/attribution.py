"""Claims -> Attributions: who each claim comes from, how (direct, reported, mixed, the
outlet's own voice), with which cue, and through which relayed outlet.

Rules, not a model: a cue from the lexicon (said, added, according to, claiming ...), the
mention next to it (before, after, or the subject of the clause a participle hangs on),
the quotations around it. Mentions are resolved in two passes: names, surnames, pronouns
and "speaker from context" in reading order; descriptions ("the Russian exporter") against
every entity the article names, which may come later in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, takewhile

from . import deadline
from .claims import (Layout, Quote, find_quotes, is_speech, paragraph_layout, quotation_signature,
                     transcript_speaker)
from .lexicons import Lexicon, Outlet
from .models import Article, Attribution, AttributionMode, Claim, Source, SourceKind
from .resolution import resolve_descriptions_and_lookahead, resolve_in_order
from .sources import (AFFILIATION, CALENDAR, COUNTED_PEOPLE, DETERMINERS, FINITE_VERBS, FUNCTION_WORDS, GROUP_NOUNS,
                      NAME_MONTHS, NOT_AN_APPOSITION, QUANTIFIERS, SET_OFF_ADVERBIAL, AGE, TIME_ADVERBS, Entities, Mention,
                      _institution_heads, _kind_of_name, _outlet_name, _source_heads, in_title_case, parse_mention, person_with,
                      plural_person_head)

MAX_GAP_WORDS = 25  # between a closing quote and its cue: '“…,” the ministry’s spokesman said'
MAX_GAP_CHARS = MAX_GAP_WORDS * 40
NP_AFTER_STOPS = frozenset("who whose which whom that as when while after before during because since in at on "
                           "following".split())  # where an inverted cue's (or a passive's) speaker ends
CLAUSE_VERBS = frozenset("is are was were has have had could would should will can may might must did does do "
                         "cannot won't didn't doesn't isn't wasn't".split())
MAX_AFTER_WORDS = 9  # an inverted mention: '“…,” said Caddell, ...'
TIME_WORDS = frozenset("""yesterday today tonight earlier later morning afternoon evening night week
month year weekend""".split())
TIME_PREPOSITIONS = frozenset("on in last this late early earlier next from since".split())  # "a study from May 2021 found"
MIN_LEAD_WORDS = 3  # words before a quotation that make it part of a reported clause (mixed)
MIN_QUOTE_SHARE = 0.6  # a claim this much inside quotation marks, with no cue, is a quotation
MAX_NAME_SEGMENT_WORDS = 8  # 'director general of the state arms exporter Rosoboronexport'
AUXILIARIES = frozenset("""has have had also later earlier previously again repeatedly then
recently once twice further publicly privately reportedly separately already has would will may just
often still now all both each always even long first sometimes
might could should must did does do is was were are be been being had""".split())  # "… all suggested", "has long argued"
CLAUSE_BREAK = re.compile(r"\s(?:so|such)\s+(?:[\w-]+\s+){1,2}?that\s|"  # "grew so loud that the embassy said"
                          r"\s(?:and|but|while|because|when|after|as|although|though|since|before|"
                          r"if|so|whereas|where|which|whom|what|how)\s|[;:()—–]|\s-\s|"
                          r"(?<=,)\swho\s(?=(?:he|she|they|we|I)\b)")  # "a tweet in which he said", "…, who he said"
# "and" inside an institution's name: "Committee on Intelligence and Security", "Department of Health and Human …"
MAX_INSTITUTION_CHARS = 100  # looked back from its "and" (a paragraph of thousands of names stays linear)
INSTITUTION_AND = re.compile(r"[A-Z][\w’'.-]*\s(?:on|of|for)\s(?:[A-Z][\w’'.-]*\s)+and\s[A-Z]$")
RELATIVE_SPAN = re.compile(r",\s*(?:who|which)\b[^,]*,")  # ", who said he plans to vote for McMullin,"
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,]*(?=,)")
RELATIVE_TAIL = re.compile(r"\s(?:who|which|whose|whom|that)\s")  # "a nurse who has worked there": its clause
APPOSITION_START = re.compile(r"^(?!(?:and|but|while|because|when|after|as|although|though|since|before|if|so|"
                              r"whereas|where|until|once|which|who|whom|whose|that|"
                              r"(?:you|we|they|he|she|it)(?:[’'][a-z]+)?)\s)(?:[a-z]|(?:the|a|an)\s|[A-Z][\w.-]*[’']s\s)")
NOT_A_SPEECH_ACT = re.compile(r"\b(?:who|which|that|whom)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+|"
                              r"(?:in|on|last|this|earlier)\s+\w+\s+)*$", re.I)  # "who in 2010 said"
# "Republicans, who say …", "an architect who said …": a person (or people) antecedent
RELATIVE_SPEAKER = re.compile(r"(?:,\s*|\s)(?:who|(?:many|some|most|all|several|both|one|two|three) of whom)\b")
# the noun phrase a relative clause hangs on: the words after the last preposition or verb
ANTECEDENT = re.compile(r"(?:^|\b(?:from|by|to|of|with|among|for|and|than|as|at|on|in|between|"
                        r"said|told|urged|asked)\s+)([\w’'.-]+(?:\s+[\w’'.-]+){0,5})\s*$", re.I)
# the noun phrase ending a stretch of text: "an architect", "the Senate majority leader", "Mitch McConnell"
NOUN_PHRASE_TAIL = re.compile(r"(\b(?:a|an|the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+|"
                              r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*,?\s*$")
CLAUSE_FOLLOWS = re.compile(r"\s+(?:that\b|(?:he|she|it|they|we|i|there)\s)", re.I)  # "who say it allowed"
NAME_BEFORE_APPOSITION = re.compile(r"\b([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s*"
                                    r"(?:(?:now|then|currently|formerly|still|also)\s+)?$")
MAX_NAME_CHARS = 60
MAX_SAID_CLAUSE_WORDS = 6  # "who said the goal was …": a clause's verb within this many words after "said"
# a passive ("was accused", "is widely described"), unless the cue is a progressive ("is stressing")
# or a present tense after an adverb ("Mr. Obama often says")
PASSIVE_BEFORE = re.compile(r"(?:\b(was|were|is|are|be|been|being|widely|often)|[’'](?:m|re))\s+"
                            r"(?:(?:\w+ly|first|also|later|earlier|previously|originally|always|often|even|never)\s+)?$",
                            re.I)  # ("I'm always asked")
COORDINATED_PASSIVE = re.compile(r"\b(be|been|being|is|are|was|were)\s+\w+ed\s+(?:and|or)\s+$", re.I)  # "be heard and acknowledged"
BY_AGENT = re.compile(r"\s+(?:(?:earlier|first|also|\w+ly)\s+)?by\s+(?=\S)")  # "reported earlier by X"
CITING_ADJUNCT = re.compile(r"citing\s+[^,;:]{1,80},\s*(?=that\b)")  # "reported, citing a source, that …"
AS_SAYING = re.compile(r"\s+as\s+saying\s+(?:that\s+)?")  # "was quoted by RIA Novosti as saying …"
MAX_PASSIVE_SUBJECT = 80
WAS_BEFORE = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?$")
# past participles that follow "widely"/"often" as a passive with no "was": "a man widely described as"
PASSIVE_PRONE = frozenset("described cited quoted reported accused credited blamed criticized criticised praised "
                          "touted mentioned called".split())
# "to" after these still leads to words said: "went on to say", "tried to argue that …"
CATENATIVES = ("tried", "sought", "continued", "began", "went on")
SAYING_BEFORE_TO = frozenset(" ".join(CATENATIVES).split())  # (their words, "on" of "went on" among them)
SAYING_AFTER_TO = "".join(rf"(?<!\b{verb} )" for verb in CATENATIVES)
BASE_FORM_BLOCKER = re.compile(r"\b(?:" + SAYING_AFTER_TO + r"to|not|n't|never|did|does|do|will|would|could|should|can|may|"
                               r"might|must)\s+"
                               r"(?:(?:then|also|still|soon|now|just|later|\w+ly)\s+)?$|"  # "would then find"
                               r"\bto\s+\w+(?:\s+\w+){0,3}\s+(?:or|and)\s+(?:even\s+|also\s+)?$",  # "to threaten … or even declare"
                               re.I)
# a base form ending a list of nouns is a noun: "depression, anxiety, and stress in …"
LIST_BEFORE = re.compile(r",\s*[\w-]+(?:\s+[\w-]+)?,?\s+(?:and|or)\s+$")
PREPOSITION_BEFORE = re.compile(r"\b(?:into|for|of|with|about|from|on|in|at|under|over|against|without|through)\s+$",
                                re.I)  # a base form right after a preposition is a noun: "into stress interventions"
VERB_AFTER_PLURAL = re.compile(r"\s+(?:\w+ly\s+)?(?:should|can|could|will|would|may|might|must|are|were|have|"
                               r"aren’t|aren't|don’t|don't|include|remain)\b")
LIST_ITEM_AFTER = re.compile(r",|\s+(?:and|or)\s")  # the next item of a list, or its last
GRADED_BEFORE = re.compile(r"\b(?:most|more|less|least|very|so|too|highly)\s+(?:\w+ly\s+)?$", re.I)
# nouns that end like an adverb: "the family said" is no "the recently revealed (strategies)"
NOUNS_IN_LY = frozenset("family ally rally assembly supply monopoly anomaly reply tally belly bully lily folly homily "
                        "panoply".split())
# a cue form right after a determiner or a number is a noun: "in the 30 states that", "his claims"
# (after a number only a plural: "published in 2023 reported" is a verb)
NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|these|those|its|their|his|her|our|my|your|another|every|each)"
                         r"(?:\s+(?!(?:" + "|".join(NOUNS_IN_LY) + r")\b)\w+ly)?|"  # "his recently revealed (strategies)"
                         r"\b(?!(?:he|she)[’']s\b)[\w.]+[’']s|\ws[’'])\s+$", re.I)  # "Trump's claims", "Gates’ comments"
# (not "she's said": she has said)
# after a quantifier only a plural is a noun: "some claims", but "some say"
QUANTIFIER_BEFORE = re.compile(r"\b(?:many|several|other|some|no|any)\s+$", re.I)
# after "to <verb>" a plural is its object: "to submit plans" (but not "speaking to reporters says")
VERB_BEFORE = re.compile(r"\bto\s+(?!(?:reporters|journalists|lawmakers|supporters|viewers|me|us|him|her|them)\s)"
                         r"[a-z]+\s+$")
NUMBER_BEFORE = re.compile(r"\d\s+$")
# a base form after "the <Name>" is a noun: "the Economic Roundtable report" (not "the Democrats say")
NAME_BEFORE_NOUN = re.compile(r"(?:\b(?:the|a|an)|\w[’']s)\s+(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*[^s\s’']\s+$")
LEADING_CONJUNCTION = re.compile(r"(?:[Bb]ut|[Aa]nd|[Yy]et|So|[Oo]r|Still|However,?|Meanwhile,?|When|After|As|If|Although|"
                                 r"Though|Whereas|While|Since|Because|Before|Once|Instead,?)\s+")
# the source after "according to": up to a comma, or a full stop that ends no initial ("U.S. Census data")
NAME_AND_BEFORE = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)\s+and\s+$")
ACCORDING_MENTION = re.compile(r"\s*((?:[^,.;:—–(]|\.(?=\w)|(?<=\b[A-Z])\.)+)")  # (a dash or bracket ends it too)
ACCORDING_APPOSITION = re.compile(r",\s*((?:a|an|the)\s[^,.;:]{2,80}),(?=\s*\S+\s+\S+\s+\S)")
# how an inverted speaker may begin besides a capital: "said the minister", "said three people who …"
INVERTED_FIRST_WORDS = frozenset("""the a an he she they it two three four five six several many some
more""".split())
OWN_CUE_GAP_WORDS = 3  # words between a statement and its own cue or speaker after it ('“…,” he said')
OTHER_SPEAKER_MAX_WORDS = 5
OPENS_CLAUSE = re.compile(r"[“\"‘']|that\b|whether\b|how\b|why\b")
NOUN_PHRASE_END = re.compile(r",\s|\s[—–―]\s|;")
SUBORDINATE_START = re.compile(r"\s*(?:When|After|As|Before|If|Although|Though|While|Since|Because|Once|Until)\s")
# the conjunctions that may join another source's statement to the first: "…, while Republicans said …"
CONTRASTING = r"(?:and|but|while|whereas|although|though)"
SUBORDINATE_BOUNDARY = re.compile(rf"[”\"’]?,?\s+(?:{CONTRASTING}\s+)?")
MAIN_SPEAKER_GAP = re.compile(r"[\s”\"’']*,\s*(?P<np>(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s*")
SPEAKER_BOUNDARY = re.compile(rf"[”\"’]?,?\s+{CONTRASTING}\s+")
# between a statement and another source's cue: "…, but analysts agreed …", "… while Republicans said …"
OTHER_SPEAKER_GAP = re.compile(rf"[\s,”\"’']*(?:{CONTRASTING}\s+|;\s*)(?P<np>(?:[\w’'.-]+\s+){{0,4}}?[\w’'.-]+)"
                               r"(?:\s+(?:has|have|had)(?:\s+(?:also|since|long|always|repeatedly))?)?\s*")
# ("…; he has denied the claim": a clause after a semicolon, its subject and auxiliary)
# between a statement and its speaker's next cue: closing marks, commas, "before", "and (he)"
# (after the speaker's own cue, its adjuncts: '“…,” she said in the Oval Office, emphasizing …')
CONTINUATION_GAP = re.compile(r"[\s,”\"’'.?!]*(?:(?:in|at|on|to|during|from|with|for|last|this|earlier)\s+[^,;:.“”\"]{1,60}?"
                              r"[\s,]+)?(?:(?:before|after|then|while|also)\s+|(?:and|but)\s+(?:(?P<pronoun>he|she|they|it)\s+)?"
                              r"(?:(?:also|later|then)\s+)?)?")
# a named speaker before "and": "(Commissioner) Erika Sugarmon and …", at the start of the clause
PRONOUN_AND_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\s+and\s+$")  # "he and Condoleezza Rice"
LISTED_NAME = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s*$")  # "Tom Carper, " before the next
MAX_LISTED_NAMES = 8
COORDINATED_NAME = re.compile(r"(?:^|[,;:]\s*|\.\s+)((?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'.-]*)\s+and\s+$")
HEADLINE_CUE = re.compile(r"\b(?:Says|Said|Tells|Told|Warns|Vows|Urges|Admits|Denies|Insists)\b")
HEADLINE_MIN_WORDS = 4
NAME_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s*(?=[.,;]|$)")
TIME_ADJUNCT = re.compile(r"^(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night)(?![’']s\b))?|"
                          r"on\s+\w+\s+\d+|last\s+\w+|"
                          r"this\s+\w+|earlier\s+this\s+\w+|"
                          r"yesterday|today|late\s+\w+day|early\s+\w+day)\b[,]?\s*", re.I)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    text: str
    kind: str  # "verb", "participle", "according", "relative", "passive" (start: its auxiliary)


@dataclass
class _Found:
    """An attribution before its mention is resolved."""

    mode: AttributionMode
    mention: Mention | None = None
    mention_text: str | None = None
    cue: str | None = None
    content: tuple[int, int] | None = None
    relay: Outlet | None = None
    context: bool = False  # speaker taken from the neighbouring claims
    context_of: int | None = None  # the claim whose speaker it takes
    note: str | None = None
    source: Source | None = None
    further: list[_Found] = field(default_factory=list)  # more statements in the claim: ", adding that …"
    own_speaker: bool = False  # a further statement by another source: "…, but analysts said …"


def attribute_claims(article: Article, claims: tuple[Claim, ...], lexicon: Lexicon,
                     layout: Layout | None = None) -> tuple[Attribution, ...]:
    """One attribution per claim, in the same order (layout: split_claims' own, when the
    caller has it)."""
    publisher = article.metadata.outlet_name.value
    layout = layout or paragraph_layout(article, lexicon)
    presenting, whole = layout.presenting, layout.whole
    quotes = [find_quotes(p.text) for p in article.paragraphs]
    found = []
    for c in claims:
        deadline.check()
        found.append(_analyse(c, article.paragraphs[c.paragraph].text, quotes[c.paragraph],
                              c.paragraph in whole, article.paragraphs[c.paragraph].quoted, lexicon, publisher))
    _block_quote_speakers(found, claims, article, lexicon)
    entities = Entities(lexicon)
    entities.read_article([p.text for p in article.paragraphs])
    resolve_in_order(found, claims, entities)
    resolve_descriptions_and_lookahead(found, claims, entities)
    _first_person_is_the_author(found, claims, article, lexicon)
    _say_why_presenters_are_own(found, claims, presenting)
    if wire := _wire_agency(article, lexicon, publisher):
        for f in found:  # "MOSCOW (Reuters) - …" on another outlet's page: its claims came through Reuters
            if f.relay is None:
                f.relay = wire
                f.note = (f.note + "; " if f.note else "") + f"wire copy: the dateline credits {wire.name}"
    return tuple(_attribution(f) for f in found)


MAX_DATELINE_PARAGRAPHS = 3  # a wire dateline opens the story: within its first paragraphs


def _wire_agency(article: Article, lexicon: Lexicon, publisher: str | None) -> Outlet | None:
    """The news agency an article's dateline credits ("MOSCOW (Reuters) -", "SEOUL, Aug. 20
    (Yonhap) --"), when it is not the publisher itself: the story is that agency's copy."""
    domain = article.metadata.outlet_domain.value
    for paragraph in article.paragraphs[:MAX_DATELINE_PARAGRAPHS]:
        if (dateline := DATELINE.match(paragraph.text)) and dateline.group("credit"):
            outlet = lexicon.outlet_by_name.get(dateline.group("credit").strip())
            if outlet is None or outlet.name == publisher or (domain and domain in outlet.domains):
                return None
            return outlet
    return None


def _say_why_presenters_are_own(found: list[_Found], claims: tuple[Claim, ...], presenting: frozenset[int]) -> None:
    """The outlet's own reporter or host in a transcript (read as prose): their own-voice
    claims say so, since the line looks like someone quoted."""
    for f, claim in zip(found, claims):
        if claim.paragraph in presenting and f.mode == AttributionMode.OWN:
            f.note = "a transcript line of the outlet's own reporter or host"


def _first_person_is_the_author(found: list[_Found], claims: tuple[Claim, ...], article: Article,
                                lexicon: Lexicon) -> None:
    """"I think …" in the article's own text (not a quotation) is its author speaking: the one
    person the byline names, else the article's unnamed author; "we" there, and the article
    naming itself ("This article explains …"), is the outlet."""
    byline = article.metadata.byline.value or ""
    author = byline if byline and not re.search(r",|\band\b|&", byline) else None
    for f, claim in zip(found, claims):
        if article.paragraphs[claim.paragraph].quoted:
            continue
        if (f.source is not None and f.source.name in ("We", "we")
                or f.source is None and f.mention is not None and f.mention.name in ("We", "we")) \
                and f.mode != AttributionMode.DIRECT:  # (a "We’ll", "We at IBPhoenix" the resolver left unnamed)
            # "We’ve evaluated 133 movers and recommend …": the outlet's own voice
            f.mode, f.source, f.further = AttributionMode.OWN, None, []
            f.note = "first person plural in the article's own text: the outlet"
            continue
        if f.mention_text and f.mode != AttributionMode.DIRECT \
                and (itself := SELF_REFERENCE.fullmatch(f.mention_text)) \
                and itself.group(1).lower() in lexicon.self_references \
                and not _named_just_before(itself.group(1), article, claim, f.mention_text):
            f.mode, f.source, f.further = AttributionMode.OWN, None, []
            f.note = f"the article speaking of itself ({f.mention_text!r}): the outlet"
            continue
        for g in (f, *f.further):
            if g.source is not None and g.source.name == "I":  # ("I’ve", "I’d" are "I": parse_mention)
                g.source = Source(author, SourceKind.PERSON) if author else \
                    Source("the article's author", SourceKind.ANONYMOUS)  # unnamed, like "a spokesperson"
                g.note = (g.note + "; " if g.note else "") + "first person in the article's own text: its author"


SELF_REFERENCE = re.compile(r"(?:this|the present)\s+(.+)", re.I)


def _named_just_before(noun: str, article: Article, claim: Claim, mention: str) -> bool:
    """Does the text just before a mention (its paragraph so far, the paragraph before) use this
    noun? Then "this article" is the one it spoke of ("a July 1873 article … This article tells")."""
    text = article.paragraphs[claim.paragraph].text
    before = text[:max(claim.start, text.find(mention, claim.start))]
    if claim.paragraph > 0:
        before = article.paragraphs[claim.paragraph - 1].text + "\n" + before
    return re.search(rf"\b{re.escape(noun)}\b", before, re.I) is not None


MAX_SIGNED_PARAGRAPHS = 6  # a quoted post's paragraphs before the line that signs it


def _block_quote_speakers(found: list[_Found], claims: tuple[Claim, ...], article: Article, lexicon: Lexicon) -> None:
    """The speaker of a block quote: the name on the line signing it ("— Dianna E. Anderson
    (@diannaeanderson) November 18, 2019", an embedded post), else the subject of the sentence
    introducing it ("In a statement, the ministry said:"); else the last speaker (context)."""
    paragraphs = article.paragraphs
    for i, (f, claim) in enumerate(zip(found, claims)):
        if not (f.context and paragraphs[claim.paragraph].quoted):
            continue
        for p in paragraphs[claim.paragraph + 1:claim.paragraph + 1 + MAX_SIGNED_PARAGRAPHS]:
            if not p.quoted:
                break
            if name := quotation_signature(p.text):
                mention = parse_mention(name, lexicon)
                f.mention = mention if mention and mention.name else \
                    Mention(name, name=name, kind=_kind_of_name(name, lexicon))  # "9to5Mac.com": a site
                f.mention_text, f.context = name, False
                f.cue = "shared by" if p.text.lstrip().startswith("A post") else p.text.lstrip()[:1]
                f.note = "block quote signed by the line under it"
                break
        else:
            before = claims[i - 1] if i else None
            if before and before.paragraph == claim.paragraph - 1 \
                    and not paragraphs[before.paragraph].quoted and before.text.rstrip().endswith(":"):
                _introduced(f, paragraphs[before.paragraph].text, before, lexicon)


def _introduced(f: _Found, text: str, intro: Claim, lexicon: Lexicon) -> None:
    """'Pat Caddell told the committee:' over a block quote: the quote is the subject's."""
    for cue in _find_cues(text, intro.start, intro.end, lexicon):
        if cue.kind != "verb":
            continue
        mention_text, mention, _ = _speaker_before(text, intro.start, cue.start, lexicon)
        if mention is not None:
            f.mention, f.mention_text, f.context = mention, mention_text, False
            f.cue, f.note = cue.text, "block quote introduced by the sentence before: its subject"
        return


# ---------------------------------------------------------------- one claim


def _analyse(claim: Claim, text: str, quotes: tuple[Quote, ...], whole: bool, blockquote: bool,
             lexicon: Lexicon, publisher: str | None) -> _Found:
    s, e = claim.start, claim.end
    if dateline := DATELINE.match(text, s, e):
        s = dateline.end()  # "SEOUL, Aug. 20 (Yonhap) -- …": where and who filed, not who spoke
    inside = tuple(q for q in quotes if q.start < e and q.end > s)
    if whole and (transcript := transcript_speaker(text, lexicon)):
        name = transcript.group(1).title()
        role = transcript.group(2).strip().lower() if transcript.group(2) else None
        kind = SourceKind.PERSON if " " in name else None
        if name.startswith("Unidentified "):  # NPR's "UNIDENTIFIED PERSON #1:": someone not named
            name, kind = name.lower(), SourceKind.ANONYMOUS
        mention = Mention(transcript.group(1), name=name, kind=kind, role=role)
        start, end = _trim_marks(text, transcript.end(), e)
        return _Found(AttributionMode.DIRECT, mention, transcript.group(1), ":", (start, end),
                      note="transcript: the speaker is named before the colon")
    if whole:
        start, end = _trim_marks(text, s, e)
        if blockquote:
            note = "block quote: speaker from context"
        else:
            note = "unmarked quotation (first person, no quotation marks): speaker from context"
        return _Found(AttributionMode.DIRECT, content=(start, end), context=True, note=note)
    if not inside and ASKED_BY_INVERSION.match(text, s, e) and text[s:e].rstrip().endswith("?"):
        return _Found(AttributionMode.OWN)  # "5. Do I want to explore Iceland at my own pace?": a question, no one's claim
    speech = [q for q in inside if is_speech(q, text)]
    cues = [c for c in _find_cues(text, s, e, lexicon) if not any(q.start < c.start < q.end for q in inside)]
    found = (_quote_with_cue(text, s, e, [q for q in inside if q.double or is_speech(q, text)], cues, lexicon)
             or _label_quote(text, s, e, inside, lexicon)
             or _reported(text, s, e, inside, cues, lexicon)
             or _as_put_it(text, s, e, inside, lexicon)
             or _unquoted_label(text, s, e, lexicon)
             or _told_the_writer(text, s, e, inside, lexicon))
    if found is None and speech and re.search(r":\s*$", text[s:speech[0].start]):
        found = _colon_quote(text, s, speech, lexicon)
    if found is None and speech and (dash := DASH_SPEAKER.match(text, speech[-1].end, e)):
        name = dash.group(1).strip().rstrip(".")
        mention = parse_mention(name, lexicon)  # '“…” ― Steve Quinlan': a signed quotation
        if mention:
            found = _direct(text, speech, mention, name, dash.group(0).strip()[:1])
    if found is None:
        # a sentence that is mostly a quotation is speech, however short ("“We always do.”")
        speech = [q for q in inside if q.double or is_speech(q, text)]
        quoted_chars = sum(min(q.end, e) - max(q.start, s) for q in speech)
        if speech and quoted_chars >= MIN_QUOTE_SHARE * (e - s) and not _cited_title(text, s, e, speech):
            start, end = speech[0].inner[0], speech[-1].inner[1]
            found = _Found(AttributionMode.DIRECT, content=(start, end), context=True,
                           note="quotation without cue: speaker from context")
        else:
            return _Found(AttributionMode.OWN)
    found.relay = _relay(text, s, e, found, lexicon, publisher)
    if found.mention is not None and found.content is not None:
        found.further = _continuations(text, s, e, found, inside, cues, lexicon)
        found.further += _relative_clauses(text, s, e, found, cues, lexicon)
        found.further.sort(key=lambda g: g.content[0])
    return found


# a question asked by inverting its auxiliary, after a list's number if any
ASKED_BY_INVERSION = re.compile(r"(?:\d+[.)]\s+)?(?:Do|Does|Did|Can|Could|Should|Will|Would|Is|Are|Was|Were|Have|Has|"
                                r"Shall|May|Might|Must)\s+(?:I|we|you|he|she|it|they)\b")
# a reference list's entry: '^ "Australia in brief". Retrieved …', '"The Spirit of ANZAC" (PDF).'
REFERENCE_BEFORE = re.compile(r"\s*(?:\^\s*)?(?:[a-z]\s+){0,6}$")  # the backlink and its letters
SPEAKERS_WORDS = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|me|us|him|her|them|my|our|your)\b|"
                            r"n[’']t\b|[’'](?:m|re|ve|ll|d)\b")  # pronouns and contractions: someone speaking
MAX_TITLE_WORDS = 16  # a cited title is short; a longer quotation is someone's (in any language)
SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
REFERENCE_AFTER = re.compile(r"\s*(?:\((?:PDF|pdf|in [A-Z][a-z]+)\)\s*)?[.,]")


def _cited_title(text: str, s: int, e: int, speech: list[Quote]) -> bool:
    """A quotation that is the title of a cited work, not someone's words: alone after a
    reference mark, its own words ending with no stop, the stop outside the marks."""
    q = speech[0]
    inner = text[q.inner[0]:q.inner[1]].rstrip()
    return len(speech) == 1 and bool(inner) and inner[-1] not in ".!?…," and len(inner.split()) <= MAX_TITLE_WORDS \
        and bool(REFERENCE_BEFORE.fullmatch(text, s, q.start)) and bool(REFERENCE_AFTER.match(text, q.end, e)) \
        and not SPEAKERS_WORDS.search(inner) and not SENTENCE_INSIDE.search(inner)
    # ('“We always do”.', '"Em 2012 eu fiz e errei. O protocolo …".': someone's words, the stop outside)


def _relative_clauses(text, s, e, found: _Found, cues, lexicon) -> list[_Found]:
    """'McClendon, who said he plans to vote for McMullin, has argued that …': the statement in
    the relative clause, beside the sentence's own."""
    out = []
    for cue in cues:
        if cue.kind != "relative" or found.content[0] <= cue.start < found.content[1]:
            continue
        relative = _relative(text, s, e, cue, lexicon)
        if relative is None or (relative.content[0] < found.content[1] and found.content[0] < relative.content[1]):
            continue  # its words are (part of) the sentence's own statement
        relative.own_speaker = True
        relative.note = "a relative clause reports it"
        out.append(relative)
    return out


def _continuations(text, s, e, found: _Found, inside, cues, lexicon) -> list[_Found]:
    """Further statements of the same speaker in the sentence: '…, adding that …', '… and
    added that …', '“…,” he said, before noting that …' (the speaker's own mention and cue
    may stand between the first statement and the next cue)."""
    further: list[_Found] = []
    pos = after = found.content[1]
    # '“…,” he said, adding …', '…, according to estimates from X': past its own speaker and cue
    # (not when the cue came before the statement: "X said that … and said …" is a second statement)
    cue_after = found.cue and text.find(found.cue, s, found.content[0]) == -1
    for part in (found.cue, found.mention_text, found.cue) if cue_after else ():  # "he said", "said Caddell"
        own = text.find(part, after, e) if part else -1
        if own != -1 and len(text[after:own].split()) <= OWN_CUE_GAP_WORDS:
            after = own + len(part)
    for cue in cues:
        if len(further) >= MAX_CUES_TRIED:
            break  # (a sentence of thousands of "…, he said and …" stays linear)
        if cue.start < after or cue.kind not in ("verb", "participle"):
            continue
        gap = text[pos:cue.start]
        for part in (found.mention_text, found.cue):
            if part and part in gap:
                gap = gap.replace(part, " ", 1)
        other = None
        same = CONTINUATION_GAP.fullmatch(gap)
        if not same:
            # "…, but analysts agreed it was …": another source, named between the two statements;
            # "When Clinton noted that …, Trump boasted …": the main clause after a subordinate one
            other = OTHER_SPEAKER_GAP.fullmatch(text, pos, cue.start) or (
                SUBORDINATE_START.match(text, s) and MAIN_SPEAKER_GAP.fullmatch(text, pos, cue.start))
            mention = parse_mention(other.group("np"), lexicon) if other else None
            if mention is None or mention.pronoun == "it" or cue.kind != "verb":
                break
        content = _content_after(text, cue.end, e, cue, lexicon)
        if content is None or text[content[0]:content[1]].split()[0].lower() in FINITE_VERBS:
            break  # "the plan, announced Monday, would fail": a predicate, not a statement
        start, end = content
        mode = _mode_of(content, inside)
        cue_text = _cue_text(text, cue, e, lexicon)
        if other is not None:
            further.append(_Found(mode, mention, other.group("np"), cue_text, content, own_speaker=True,
                                  note="another source in the same sentence"))
        else:
            written = same.group("pronoun")  # "…, but they argued": as written
            further.append(_Found(mode, found.mention, written or found.mention_text, cue_text, content,
                                  relay=found.relay, note="the same speaker goes on"))
        pos = after = end
    return further


def _mode_of(content: tuple[int, int], inside: tuple[Quote, ...]) -> AttributionMode:
    """Direct when one quotation holds the content, mixed when quotations lie in it, else reported."""
    start, end = content
    quoted = [q for q in inside if q.start < end and q.end > start]
    if len(quoted) == 1 and quoted[0].inner[0] <= start + 1 and quoted[0].inner[1] >= end - 1:
        return AttributionMode.DIRECT
    return AttributionMode.MIXED if quoted else AttributionMode.REPORTED


def _find_cues(text: str, s: int, e: int, lexicon: Lexicon) -> list[_Cue]:
    cues = []
    for start, end, form in chain(lexicon.cue_matches(text, s, e), _headline_cues(text, s, e)):
        if (relative := NOT_A_SPEECH_ACT.search(text, max(s, start - 40), start)):
            # "Republicans, who say it allowed …": the antecedent said a clause; "Assange, who
            # denies the accusation, …" denies a thing: no attribution
            if RELATIVE_SPEAKER.search(text, max(s, start - 40), relative.start() + 3) and (
                    CLAUSE_FOLLOWS.match(text, end, e) or lexicon.cue_forms.get(form) == "say"
                    and _has_clause_verb(" ".join(text[end:e].split()[:MAX_SAID_CLAUSE_WORDS]))):
                cues.append(_Cue(start, end, form, "relative"))
            continue
        progressive = form.endswith("ing") and re.search(r"\b(?:is|are|was|were|been|kept|keeps|keep)\s+$",
                                                         text[max(s, start - 8):start])  # "O’Brien kept repeating"
        passive = PASSIVE_BEFORE.search(text, max(s, start - 40), start) or \
            COORDINATED_PASSIVE.search(text, max(s, start - 40), start)
        adverb = passive and (passive.group(1) or "").lower() in ("widely", "often")
        if passive and not progressive and not form.endswith("s") and (not adverb or form in PASSIVE_PRONE):
            if not adverb and BY_AGENT.match(text, end, e):
                cues.append(_Cue(passive.start(), end, form, "passive"))  # "was reported by The Journal"
            continue  # "was accused of", "is widely described as" (but "my father often said")
        if lexicon.is_base_form(form) and (
                BASE_FORM_BLOCKER.search(text, max(s, start - 20), start)
                or NAME_BEFORE_NOUN.search(text, max(s, start - 60), start)
                or PREPOSITION_BEFORE.search(text, max(s, start - 12), start)
                or LIST_BEFORE.search(text, max(s, start - 40), start)):
            continue  # "declined to say", "would tell", "the BBC report", "into stress (…)", "anxiety, and stress": no speech
        if form.endswith("s") and form != "says" and (
                VERB_AFTER_PLURAL.match(text, end)
                or text[max(s, start - 2):start].rstrip().endswith(",") and LIST_ITEM_AFTER.match(text, end)):
            continue  # "service charges should …", "reactions, comments, and polls": a plural noun
        if form.endswith("ed") and GRADED_BEFORE.search(text, max(s, start - 30), start):
            continue  # "the most politically charged change": an adjective
        if NOUN_BEFORE.search(text, max(s, start - 30), start) or form.endswith("s") and (
                NUMBER_BEFORE.search(text, max(s, start - 2), start)
                or QUANTIFIER_BEFORE.search(text, max(s, start - 10), start)
                or VERB_BEFORE.search(text, max(s, start - 30), start)):
            continue
        kind = "participle" if form.endswith("ing") and not progressive else "verb"
        cues.append(_Cue(start, end, form, kind))
    for m in lexicon.according_pattern.finditer(text, s, e):
        cues.append(_Cue(m.start(), m.end(), m.group(0), "according"))
    return sorted(cues, key=lambda c: c.start)


def _headline_cues(text: str, s: int, e: int) -> Iterator[tuple[int, int, str]]:
    """'Obama Says African-American Museum Will Tell …', '…, Lindsey Graham Says.': in a
    headline set in title case, the few verbs headlines use for speech."""
    if not HEADLINE_CUE.search(text, s, e):
        return  # the common case: no capitalised "Says" at all
    words = text[s:e].split()
    if len(words) < HEADLINE_MIN_WORDS or not in_title_case(words):
        return
    for m in HEADLINE_CUE.finditer(text, s, e):
        yield m.start(), m.end(), m.group(0).lower()


def _quote_with_cue(text, s, e, speech, cues, lexicon) -> _Found | None:
    """'“…,” he said.' / '“…,” said Caddell.' / 'Caddell continued: “…”'."""
    if not speech:
        return None
    for q in speech:
        if not q.closed or TITLE_BEFORE.search(text, max(s, q.start - 20), q.start):
            continue  # 'an episode of “The Steve Harvey Morning Show,” the nominee said': a title
        for cue in cues:
            if cue.kind == "according" or cue.start < q.end:
                continue
            if cue.start - q.end > MAX_GAP_CHARS:
                break  # (checked before splitting: a paragraph of many short quotations stays linear)
            gap = text[q.end:cue.start]
            if len(gap.split()) > MAX_GAP_WORDS or any(m in gap for m in "“”\""):
                break
            if gap.strip() and not (text[:q.inner[1]].rstrip("’'‘\"”")[-1:] in QUOTE_END_PUNCTUATION
                                    or gap.lstrip()[:1] in ",—–-"):
                break  # '“Meet the Press” that the campaign believes': a title, not words then their speaker
            mention_text = KEPT.sub("", gap.strip(" ,'"))  # (the apostrophe closing ''…''; "O’Brien kept repeating")
            if mention_text:
                mention = parse_mention(mention_text, lexicon)
            else:  # inverted: '“…,” said Caddell'
                mention_text, mention = _inverted_speaker(text, cue.end, e, lexicon)
            if mention:
                cue_text = _cue_text(text, cue, e, lexicon)
                found = _direct(text, _split_quote(text, speech, q, cue.start + len(cue_text), lexicon), mention,
                                mention_text, cue_text)
                lead = text[s:speech[0].start]
                if len(lead.split()) >= MIN_LEAD_WORDS and not lead.rstrip().endswith(":"):
                    # 'X took the decision to "…", Y said' (not 'X kept silent: "…," she said')
                    found.mode = AttributionMode.MIXED
                    found.content = _trim_marks(text, s, q.end, strip=" ,")
                return found
            break
    first = speech[0]
    for cue in reversed(cues):
        if cue.kind == "according" or cue.end > first.start:
            continue
        between = text[cue.end:first.start]
        if re.fullmatch(r"\s*(?:[:,—–-]|\s+that)?\s*", between) or _only_adjuncts(between, lexicon) \
                or LISTENER_THEN_COLON.fullmatch(between):
            if cue.kind == "participle" and re.search(r",\s*$", text[s:cue.start]) \
                    and not text[speech[-1].end:e].strip(" .,;"):
                # "…, saying that “…”.": the clause's subject, not the last name before the comma
                mention_text, mention = _participle_subject(text, s, cue, lexicon)
            else:
                mention_text, mention, _ = _speaker_before(text, s, cue.start, lexicon)
            if mention:
                return _direct(text, speech, mention, mention_text, _cue_text(text, cue, e, lexicon))
        break
    return None


def _split_quote(text, speech, before_cue, cue_end, lexicon) -> list:
    """The quotations of '“A,” he said, “B.”' (one statement split by its cue; also '“A,” Tester
    said, referring to the excuse, “B.”'), but not those of '“A,” he said, adding that “B”'
    (another statement, with its own cue)."""
    kept = [q for q in speech if q.end <= before_cue.end]
    following = [q for q in speech if q.start >= cue_end]
    if following and (SPLIT_QUOTE_GAP.fullmatch(text, cue_end, following[0].start) or (
            (aside := PARTICIPLE_ASIDE.fullmatch(text, cue_end, following[0].start))
            and aside.group(1) not in lexicon.cue_forms)):
        kept += following
    return kept


def _label_quote(text, s, e, inside, lexicon) -> _Found | None:
    """'Christie described Clinton as a “disgrace”', 'Clinton called it “horrific”': the
    subject's words for something, quoted; the content is the object and the quotation."""
    for m in lexicon.label_pattern.finditer(text, s, e):
        quote = next((q for q in inside if m.end() <= q.start <= m.end() + 1 and q.closed), None)  # (or ''…'')
        if quote is None:
            continue
        cue = text[m.start():m.start(1)].strip()
        mention_text, mention, start = _label_speaker(text, s, e, m.start(), m.start(1), quote.end, lexicon)
        if mention is None:
            continue
        content = _trim_marks(text, start, quote.end, strip=" ,")
        return _Found(AttributionMode.MIXED, mention, mention_text, cue, content)
    return None


# "We’re told there is footage …", "I am told that …": someone the writer does not name told them
TOLD_THE_WRITER = re.compile(r"\b(?:[Ww]e(?:[’']re|\s+are|\s+were|\s+have\s+been|[’']ve\s+been)|"
                             r"I(?:[’']m|\s+am|\s+was|\s+have\s+been|[’']ve\s+been))\s+(?:\w+ly\s+|also\s+)?told"
                             r"(?!\s+(?:to|by|of|about|not)\b)[,\s]+(?:that\s+)?")
UNNAMED = "unnamed sources"


def _told_the_writer(text, s, e, inside, lexicon) -> _Found | None:
    """'We’re told there is security footage …': an attribution to sources the outlet does not name."""
    told = TOLD_THE_WRITER.search(text, s, e) if text.find("told", s, e) != -1 else None
    if told is None or any(q.start < told.start() < q.end for q in inside):
        return None  # "“… we have been told that …”": the quoted speaker was told, not the writer
    content = _trim_marks(text, told.end(), e)
    if content[1] - content[0] < 2:
        return None
    mode = _mode_of(content, inside)
    if mode == AttributionMode.DIRECT:  # "We’re told, “It is over.”": the quotation's words
        content = _trim_marks(text, *next(q.inner for q in inside if q.start < content[1] and q.end > content[0]))
    return _Found(mode, parse_mention(UNNAMED, lexicon), UNNAMED, "told", content,
                  note="the writer was told: no source named")


def _label_speaker(text, s, e, verb_start, object_start, label_end, lexicon) -> tuple[str | None, Mention | None, int]:
    """Who gives a label, and where the content starts (the object, or "what" before the verb)."""
    verb = text[verb_start:object_start].split()[0]
    participle = verb.endswith("ing")
    if verb.lower() == "call" and IMPERATIVE_BEFORE.search(text, max(s, verb_start - 12), verb_start):
        return None, None, object_start  # "Ok, let's just call it a tracker", "…, call me a trendsetter"
    if (what := WHAT_SUBJECT.search(text, s, verb_start)):
        # "launched what he called his “October Surprise”"
        return what.group(1), parse_mention(what.group(1), lexicon), what.start()
    if participle and re.search(r",\s*$", text[s:verb_start]):
        mention_text = _subject(re.split(r",\s*", text[s:verb_start])[0], lexicon)  # "…, calling the material “…”"
        return mention_text, parse_mention(mention_text, lexicon) if mention_text else None, object_start
    if not participle and PASSIVE_BEFORE.search(text, max(s, verb_start - 40), verb_start) \
            and not BY_AGENT.match(text, label_end, e):
        return None, None, object_start  # "Blue Wolf has been described as “Facebook for Palestinians”": by whom, unsaid
    if pronoun := PRONOUN_BEFORE_VERB.search(text, max(s, verb_start - 8), verb_start):
        # "a version of the report she described as “final”": a relative clause without "that"
        return pronoun.group(1), parse_mention(pronoun.group(1), lexicon), object_start
    mention_text, mention, _ = _speaker_before(text, s, verb_start, lexicon)  # "Christie described …"
    return mention_text, mention, object_start


KEPT = re.compile(r"\s+(?:kept|keeps|keep)$")
PRONOUN_BEFORE_VERB = re.compile(r"(?<![\w’'-])(he|she|they|He|She|They)\s+$")
IMPERATIVE_BEFORE = re.compile(r"(?:,|\blet[’']s|\blet\s+us)\s+(?:just\s+)?$", re.I)
LABEL_OBJECT_EDGES = frozenset("for on off up back out in to at by with from about into over after before upon "
                               "away down around through without of and or that which who".split())


def _unquoted_label(text, s, e, lexicon) -> _Found | None:
    """'Trump has called climate change a hoax', 'The campaign called the charges
    unsubstantiated', 'She described the deal as a disaster': a label without quotation marks."""
    if not lexicon.unquoted_label_hint.search(text, s, e):
        return None  # (the common case, looked for at C speed: no label verb at all)
    for m in lexicon.unquoted_label_pattern.finditer(text, s, e):
        words = m.group("object").lower().split()
        if words[0] in LABEL_OBJECT_EDGES or words[-1] in LABEL_OBJECT_EDGES or CLAUSE_VERBS.intersection(words):
            continue  # "called for an inquiry", "called the race for a Democrat", "phone calls can be a …"
        if m.group("verb").lower() in lexicon.unquoted_as_verbs and not m.group("as"):
            continue  # "described the scene …": no label
        mention_text, mention, start = _label_speaker(text, s, e, m.start(), m.start("object"), m.end(), lexicon)
        if mention is None:
            continue
        end = NOUN_PHRASE_END.search(text, m.end(), e)
        content = _trim_marks(text, start, end.start() if end else e, strip=" ,")
        return _Found(AttributionMode.REPORTED, mention, mention_text, m.group("verb"), content)
    return None


def _colon_quote(text, s, speech, lexicon) -> _Found | None:
    """'Shaw, the chairman of the board, provided the only comment: “…”': the sentence's subject."""
    lead = text[s:speech[0].start]
    clause = re.split(r"[;:]", lead)[0]
    segments = [c for c in re.split(r",\s*", clause) if c.strip()]
    mention_text = _subject(segments[0], lexicon) if segments else None
    if mention_text and len(segments) > 1 and APPOSITION_START.match(segments[1].strip()):
        mention_text = f"{mention_text}, {segments[1].strip()}"
    mention = parse_mention(mention_text, lexicon) if mention_text else None
    if mention is None:
        return None
    found = _direct(text, speech, mention, mention_text, ":")
    found.note = "quotation introduced by a colon: speaker is the sentence's subject"
    return found


def _direct(text, speech, mention, mention_text, cue) -> _Found:
    start, end = _trim_marks(text, speech[0].inner[0], speech[-1].inner[1], strip=" ,;:”")  # (“”, a doubled mark)
    return _Found(AttributionMode.DIRECT, mention, mention_text, cue, (start, end))


def _reported(text, s, e, inside, cues, lexicon) -> _Found | None:
    """'X said (that) …', '…, X said.', 'according to X, …', '…, claiming …'."""
    inside_relative = [(m.start(), m.end()) for m in RELATIVE_SPAN.finditer(text, s, e)]
    def order(cue: _Cue) -> tuple[bool, bool]:  # a reporting clause closing the sentence first: it holds the rest
        return cue.kind in ("participle", "relative"), not _closes_the_sentence(text, s, e, cue, lexicon)

    for cue in sorted(cues, key=order)[:MAX_CUES_TRIED]:
        if cue.kind == "verb" and any(a < cue.start < b for a, b in inside_relative):
            continue  # "McClendon, who said he wants …, has argued": the relative clause's own words
        if cue.kind == "according":
            found = _according(text, s, e, cue, lexicon)
        elif cue.kind == "relative":
            found = _relative(text, s, e, cue, lexicon)
        elif cue.kind == "participle":
            found = _participle(text, s, e, cue, lexicon)
        elif cue.kind == "passive":
            found = _passive(text, s, e, cue, lexicon)
        else:
            found = _verb(text, s, e, cue, lexicon)
        if found:
            start, end = found.content
            if any(q.start >= start - 1 and q.end <= end + 1 for q in inside):
                found.mode = AttributionMode.MIXED
            return found
    return None


# "…, he said." / "…, Smith said in a statement on Friday." / "…, the ministry said.": a short
# speaker after a comma, then the cue and at most a few words to the end
CLOSING_SPEAKER = re.compile(r",\s*((?:[\w’'.-]+\s+){1,5})$")
NOT_CLOSING_EDGES = frozenset("according as in on at by for with from to of a an and or but which who whom whose "
                              "that while whereas although though because since when if after before so yet".split())
CLOSING_TAIL = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*[.!?]?\s*$")


def _closes_the_sentence(text: str, s: int, e: int, cue: _Cue, lexicon: Lexicon) -> bool:
    """'About nine months ago, the two men agreed he could withhold rent, he said.': the
    closing 'he said' reports the whole sentence, 'agreed' is inside what he said."""
    if cue.kind != "verb" or not CLOSING_TAIL.match(text, cue.end, e) or lexicon.cue_forms.get(cue.text) == "report" \
            or lexicon.according_pattern.match(text, s):
        return False  # "…, Yahoo Finance reported": an outlet relaying the rest; "According to X, …": X
    speaker = CLOSING_SPEAKER.search(text, max(s, cue.start - 80), cue.start)
    words = speaker.group(1).split() if speaker else ()
    # not "…, according to a CivicScience report", "…, telling us customers deny", "…, the
    # brain’s center for fear", "…, which the customers deny", nor an outlet relaying the rest
    return bool(words) and words[0].lower() not in NOT_CLOSING_EDGES and words[-1].lower() not in NOT_CLOSING_EDGES \
        and not words[0].endswith("ing") and not _outlet_name(" ".join(words), lexicon)


def _verb(text, s, e, cue, lexicon) -> _Found | None:
    if (what := WHAT_SUBJECT.search(text, max(s, cue.start - 60), cue.start)
            or THAT_SUBJECT.search(text, max(s, cue.start - 60), cue.start)) and \
            (copula := WHAT_COPULA.match(text, cue.end, e)):
        # "amounting to what the senators said was economic gerrymandering", "the money that the
        # agency says is essential": the subject of a relative clause that holds the cue
        mention = parse_mention(what.group(1), lexicon) if what.group(1).split()[-1].lower() \
            not in LABEL_OBJECT_EDGES else None  # not "that the people in charge are"
        end = NOUN_PHRASE_END.search(text, copula.end(), e)
        content = _trim_marks(text, copula.end(), end.start() if end else e, strip=" ,.")
        if mention is None or content[1] - content[0] < 2:
            return None
        return _Found(AttributionMode.REPORTED, mention, what.group(1), cue.text, content)
    gerund = GERUND_BEFORE.search(text, max(s, cue.start - 30), cue.start)
    if gerund and not NOT_GERUNDS.match(gerund.group(1)):
        return None  # "by managing stress", "without reducing claims": the verb's object, no cue
    mention_text, mention, np_start = _speaker_before(text, s, cue.start, lexicon)
    if mention_text and mention_text.lower() in lexicon.pronouns["first_person"]:
        return None  # 'We think it is shameful …," said James Lopez': quoted words, not a speaker
    inverted = False
    if mention is None and re.search(r"[,”\"]\s*$", text[s:cue.start]):
        mention_text, mention = _inverted_speaker(text, cue.end, e, lexicon)  # '…, said the minister.'
        inverted = True
    if mention is None or not inverted and _label_with_base_form(text, mention, cue, lexicon):
        return None
    cue_text = _cue_text(text, cue, e, lexicon)
    if not inverted and re.search(r"\S\s*,\s*$", text[s:np_start]) and \
            re.match(r"\s*,\s*\S", text[cue.start + len(cue_text):e]) and \
            not SOURCE_TAIL.match(text, cue.start + len(cue_text), e):
        # a parenthetical cue: "Climate change, Mr. Obama often says, is the greatest threat"
        return _Found(AttributionMode.REPORTED, mention, mention_text, cue_text, _trim_marks(text, s, e, strip=" ,"))
    after = _content_after(text, cue.start + len(cue_text), e, cue, lexicon,
                           subordinate=bool(SUBORDINATE_START.match(text, s)))
    lemma = lexicon.cue_forms.get(cue.text.lower())
    if after and TOPIC_ONLY.match(text, after[0]) and not any(m in text[after[0]:after[1]] for m in "“”\"") \
            and lemma != "express":
        after = None  # "he comments on the weather": a topic, not something said (but "expressed concern about …")
    if after and "," in text[cue.end:after[0]] and (ADVERBIAL_CLAUSE.match(text, after[0])
                                                    or SOURCE_TAIL.match(text, after[0] - 2, after[1])) \
            and not re.search(r",\s+that\s", text[after[0]:after[1]]):
        after = None  # "…, lawmakers said Friday, as they bristled at …": what they said is before
    if after and NOUN_THEN_PARTICIPLE.match(text, after[0]):
        return None  # "logs and reports generated by pgBadger": the cue's form is a noun
    if after and CIRCUMSTANCE_ONLY.match(text, after[0]) and _no_clause_after(text, after):
        return None  # "reported from Moscow", "was contending with a new reality", "find themselves in …"
    if lemma in lexicon.directive_cues and (after is None or not (DIRECTED.search(text, cue.end, after[1])
                                                                  or GERUND_AFTER.match(text, cue.end))):
        return None  # "Manafort advised Ukrainian politicians": he worked for them; "advised them to resign" is advice
    if lemma in ("find", "show") and _finds_a_thing(text, mention, mention_text, after, lexicon):
        return None  # "Trump found ways to …": a person finding things; a study "found" what it reports
    if lemma in WRITING_CUES and after and not inverted and not re.search(r",\s*$", text[s:np_start]) \
            and _no_clause_after(text, after) and _written_thing(text[after[0]:after[1]].split()[0], lexicon):
        # "He wrote handbooks for …", "posted a photo": a thing written, not words reported (but
        # "…, Malone wrote in a brief", "posted on Twitter accusing Big Machine of …" report)
        return None
    if lemma in lexicon.deed_cues and after and COUNTED_THING.match(text, after[0]) and _no_clause_after(text, after):
        return None  # "rookie Emil Bemstrom added a goal and an assist": a deed, not a statement
    if lemma == "claim" and after and (taken := CLAIMED_THING.match(text, after[0])) \
            and taken.group(1).lower() in lexicon.claimed_things:
        return None  # "The family claimed Ford’s body", "has claimed the top spot": taken, not said
    if lemma == "charge" and after and not (CLAUSE_INTRODUCED.search(text, cue.end, after[0] + 1)
                                            or CHARGED_WITH.match(text, after[0])
                                            or _has_clause_verb(" ".join(text[after[0]:after[1]].split()[:4]))):
        return None  # "lawyers charge a flat fee", "it charges using USB-C": no accusation
    if lemma in lexicon.intention_cues and (after is None or not INTENDED.match(text, after[0])):
        return None  # "Paid plans start at $9": the noun
    if lemma in lexicon.undertaking_cues and after and text.startswith("to ", after[0]):
        return None  # "the nonprofit agreed to refund tenants": a deal, not a statement
    if lemma in lexicon.infinitive_cues and (after is None or not text.startswith("to ", after[0])):
        return None  # "sales declined by 5 percent"
    if not inverted and lemma in lexicon.clause_cues and (
            after is None or not _clause_introduced(text, cue, after[0])):
        return None  # "battleground states, shifting …", "Trump continues his adulation of Putin"
    if inverted or after is None:
        end = np_start if not inverted else cue.start
        if not inverted and np_start >= cue.start:
            return None  # the subject of coordinated verbs has no content before it
        before = _trim_marks(text, s, end, strip=" ,")
        if dateline := DATELINE.match(text, before[0], before[1]):
            before = (dateline.end(), before[1])  # "WASHINGTON (AP) ― …": where, not what was said
        if before[1] - before[0] < 2:
            return None
        content = before
    else:
        content = after
        if (adverb := SET_OFF_ADVERB_THAT.match(text, after[0])) and adverb.end() < after[1]:
            content = (adverb.end(), after[1])  # "said, however, that …": what follows "that"
        elif lemma not in lexicon.infinitive_cues and (to_say := TO_SAY.match(text, after[0])) \
                and lexicon.is_base_form(to_say.group(1).lower()) and to_say.end() < after[1]:
            content = (to_say.end(), after[1])  # "went on to say that …": what was said
        by = 3 if text.startswith("by ", after[0]) else 0
        if (participle := SAYING_THAT.match(text, after[0] + by, after[1])) and participle.end() < after[1] \
                and (by or text[:after[0]].rstrip().endswith(",")):
            # "chimed in on Twitter, saying that …", "responded by saying …": what she said follows it
            content = (participle.end(), after[1])
    return _Found(AttributionMode.REPORTED, mention, mention_text, cue_text, content)


def _clause_introduced(text: str, cue: _Cue, content_start: int) -> bool:
    """Whether a [clauses] cue reports: "that", a colon or a quotation opens what follows it
    (after a set-off adverb: "maintains, however, that …"), or a past form takes its topic
    ("boasted of concessions")."""
    return bool(CLAUSE_INTRODUCED.search(text, cue.end, content_start + 1)
                or SET_OFF_ADVERB_THAT.match(text, content_start)
                or cue.text.endswith("ed") and TOPIC_OF_CLAIM.match(text, cue.end))


def _label_with_base_form(text: str, mention: Mention, cue: _Cue, lexicon: Lexicon) -> bool:
    """A label line ending in a cue's base form ("Reduced stress: …", "Improved focus: …"): one
    capitalised word, not a plural, before the base form and a colon; no one "stresses"."""
    return lexicon.is_base_form(cue.text) and text.startswith(":", cue.end) and mention.kind in (SourceKind.PERSON, None) \
        and mention.pronoun is None and bool(mention.name) and " " not in mention.name \
        and not mention.name.endswith("s") and mention.name != "I"  # "A movie I’d recommend: …"


def _passive(text, s, e, cue, lexicon) -> _Found | None:
    """'The confrontation … was reported earlier by The Wall Street Journal' -> the Journal;
    'Lavrov was quoted by RIA Novosti as saying …' -> Lavrov (the outlet is the relay)."""
    by = BY_AGENT.match(text, cue.end, e)
    if (saying := AS_SAYING.search(text, by.end(), e)) and 0 < len(text[s:cue.start].strip()) <= MAX_PASSIVE_SUBJECT:
        # the passive's subject (the cue starts at "was")
        return _said_as(text, text[s:cue.start].strip(" ,"), saying.end(), e, text[cue.start:saying.end()].strip(),
                        lexicon)
    mention_text = _np_after(text, by.end(), e, lexicon)
    mention = parse_mention(mention_text, lexicon) if mention_text else None
    if mention is None:
        return None
    that = re.match(r"\s*(?:,\s*)?that\s+", text[by.end() + len(mention_text):e])
    if that:  # "it was reported by X that …"
        content = _trim_marks(text, by.end() + len(mention_text) + that.end(), e, strip=" ,")
    else:
        content = _trim_marks(text, s, cue.start, strip=" ,")
    if len(text[content[0]:content[1]].split()) < 2:
        return None
    return _Found(AttributionMode.REPORTED, mention, mention_text, text[cue.start:by.end()].strip(), content)


def _said_as(text, mention_text, content_start, e, cue_text, lexicon) -> _Found | None:
    """'<subject> was quoted … as saying <content>': the subject's words."""
    mention = parse_mention(mention_text, lexicon)
    content = _trim_marks(text, content_start, e, strip=" ,")
    if mention is None or content[1] - content[0] < 2:
        return None
    return _Found(AttributionMode.REPORTED, mention, mention_text, cue_text, content)


def _relative(text, s, e, cue, lexicon) -> _Found | None:
    """'…scrutiny from Republicans, who say it allowed …' -> Republicans, 'it allowed …'."""
    who = RELATIVE_SPEAKER.search(text, max(s, cue.start - 40), cue.start)
    if who is None:
        return None
    antecedent = ANTECEDENT.search(text, s, who.start())
    mention_text = antecedent.group(1).strip() if antecedent else None
    mention = parse_mention(mention_text, lexicon) if mention_text else None
    if mention is None and (tail := NOUN_PHRASE_TAIL.search(text, s, who.start())):
        mention_text = tail.group(1)  # "refused to pay an architect who said …"
        if (named := NAME_BEFORE_APPOSITION.search(text, max(s, tail.start() - MAX_NAME_CHARS), tail.start())):
            mention_text = f"{named.group(1)}, {mention_text}"  # "McConnell, the Senate majority leader, who …"
        mention = parse_mention(mention_text, lexicon)
    content = _content_after(text, cue.end, e, cue, lexicon)
    if mention is None or content is None:
        return None
    main = MAIN_CLAUSE_RESUMES.search(text, content[0], content[1])  # "…, who said Y, has argued …"
    if main is None and who.group(0).startswith(","):  # "Republicans, who say it allowed access, objected"
        main = SET_OFF_CLAUSE_ENDS.search(text, content[0], e)  # (to e: "rushed, delayed and …" is a list)
        main = main if main and main.start() < content[1] else None
    if main:
        content = _trim_marks(text, content[0], main.start(), strip=" ,")
    return _Found(AttributionMode.REPORTED, mention, mention_text, cue.text, content)


def _speaker_before(text, s, end, lexicon) -> tuple[str | None, Mention | None, int]:
    """(mention text, mention, where it starts) of the speaker ending right before a cue at `end`;
    for a cue that is a coordinated verb, else the sentence's subject ("Donald Trump, her
    opponent, bemoaned the unrest and said …", "Trump returned … and declared, “…”")."""
    mention_text, np_start = _np_before(text, s, end, lexicon)
    if mention_text:
        mention_text = _without_outlet_saw(mention_text, lexicon)  # "intelligence reports seen by Reuters suggest"
    if mention_text and (group := re.fullmatch(r"(his\s+|her\s+|their\s+)?([a-z-]+)", mention_text)) and \
            (person_with(group.group(2), lexicon) if group.group(1) else group.group(2) in GROUP_NOUNS) \
            and (named := NAME_AND_BEFORE.search(text, s, np_start)):
        mention_text, np_start = f"{named.group(1)} and {mention_text}", named.start(1)  # "Hansen and his collaborators"
    if mention_text and (has := HAS_CONTRACTED.fullmatch(mention_text)) and not re.match(r"\w+\s+to\s", text[end:]):
        mention_text = has.group(1)  # "She's said she would run": she has said (but "she's said to be ill")
    if mention_text and (pronoun := TRAILING_SUBJECT_PRONOUN.search(mention_text)) \
            and mention_text.split()[0].lower() in LEADING_PREPOSITIONS \
            and not any(w.endswith("ing") or w in CLAUSE_VERBS for w in mention_text.lower().split()[1:-1]):
        np_start += pronoun.start(1)  # "In a Tumblr post at the time she (described)": she, after an adverbial
        mention_text = pronoun.group(1)
    mention = parse_mention(mention_text, lexicon) if mention_text else None
    if mention_text and (named := _name_after_adverbial(mention_text, lexicon)):
        # "In a meeting with the editorial board of the Washington Post Trump said", "In a
        # statement the company said": an opening adverbial without its comma
        return mention_text[named[0]:], named[1], np_start + named[0]
    if mention is None and mention_text and (inner := CONTACT_CLAUSE_SUBJECT.search(mention_text)) \
            and (inner_mention := parse_mention(inner.group(1), lexicon)) and not inner_mention.pronoun:
        # "one of the key ways Shelby County said it hoped …": the subject of a relative clause without "that"
        np_start += inner.start(1)
        mention_text, mention = inner.group(1), inner_mention
    if mention is not None and mention.pronoun:
        mention_text = mention.text  # "and if the company was destroyed, she": the pronoun is the mention
    elif mention is not None and "," in mention_text \
            and SET_OFF_ADVERBIAL.fullmatch(mention_text.rsplit(",", 1)[1].strip()):
        mention_text = mention_text.rsplit(",", 1)[0]  # "The Afghan Taliban, however": the Taliban
    if mention is not None and mention.name and mention.kind in (SourceKind.PERSON, None) \
            and (pronoun := PRONOUN_AND_BEFORE.search(text, max(s, np_start - 12), np_start)):
        # "after he and former Secretary of State Condoleezza Rice recommended": both (resolved later)
        both = f"{pronoun.group(1).lower()} and {mention.name}"
        return text[pronoun.start(1):np_start] + mention_text, replace(
            mention, text=both, name=both, kind=SourceKind.PERSON, role=None, organisation=None), pronoun.start(1)
    if mention is not None and mention.name and (other := COORDINATED_NAME.search(text, s, np_start)):
        # "Commissioner Erika Sugarmon and director Robert Knecht endorsed it": both of them
        first = parse_mention(other.group(1), lexicon)
        if first is not None and first.name and first.kind == mention.kind:
            names, start = [first.name, mention.name], other.start(1)
            # "Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin said": all of them
            while len(names) < MAX_LISTED_NAMES and (listed := LISTED_NAME.search(text, max(s, start - MAX_NAME_CHARS),
                                                                                  start)):
                one = parse_mention(listed.group(1), lexicon)
                if one is None or not one.name or one.kind != mention.kind:
                    break
                names.insert(0, one.name)
                start = listed.start(1)
            together = ", ".join(names[:-1]) + " and " + names[-1]
            return text[start:np_start] + mention_text, replace(mention, text=together, name=together, role=None,
                                                                organisation=None), start
    if mention is None and (coordinated := COORDINATED_VERB.search(text, s, end)):
        subject, subject_mention = _sentence_subject(text[s:end], lexicon)
        if subject_mention and text[s:coordinated.start()].rstrip(" ,").endswith(subject):
            return None, None, end  # "Logs and reports: …": nouns joined, no verbs
        if subject_mention:
            return subject, subject_mention, end
    if (mention is None or np_start > s) and (long := _long_subject(text[s:end], lexicon)):
        apposition = mention is not None and mention.name and text[:np_start].rstrip().endswith(",")
        if mention is None or np_start >= s + long[3] and not apposition:
            # what was found before the cue only described the subject (but a name set off by
            # commas is its apposition: "The group that owns her music, Big Machine, says")
            return long[0], long[1], s + long[2]
    return mention_text, mention, np_start


# a long subject: a document's or a body's noun opening the sentence, then what describes it
# ("Figures released by the Broadcasters Audience Research Board …, for example, showed")
SUBJECT_PARTICIPLES = ("conducted|released|published|issued|taken|filed|commissioned|obtained|compiled|carried|"
                       "secured|gathered|collected|prepared|produced|analyzed|analysed|reviewed")
LONG_SUBJECT = re.compile(r"((?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Nn]ew|[Rr]ecent|[Ll]atest)\s+)?"
                          r"(?:[\w’'.&-]+\s+){0,3}?(?!(?:" + SUBJECT_PARTICIPLES + r")\b)([A-Za-z][a-z]+))"
                          r"(?=\s+(?:of|by|from|in|on|for|to|with|at|over|" + SUBJECT_PARTICIPLES + r"|that|which|who)\s)")
AGENT = re.compile(r"\bby\s+((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w’'.&-]*)*)")
MAX_LONG_SUBJECT_WORDS = 40
MAX_ADJUNCT_CHARS = 300  # after a cue, where its adjuncts and listener are looked for
THAT_OPENS = re.compile(r"[\s,:]*(?:that\s+)?")
MAX_CUES_TRIED = 24  # in one claim: a sentence of thousands of cue words stays linear
MAX_LOOKBACK_CHARS = 1000  # before a cue, where its speaker may be named (the longest subject is ~40 words)
SUBORDINATORS = frozenset("although though while when as if because since before after once unless until whether".split())


def _long_subject(lead: str, lexicon: Lexicon) -> tuple[str, Mention, int, int] | None:
    """(mention text, mention, offset, where its head noun phrase ends) of a subject too long
    to be read as one mention, with no verb of its own but in relative clauses: a document's
    or a body's noun then what describes it ("A USA TODAY analysis of super PACs that have
    raised $1 million … shows", "Another slide shows"), or a person described and a relative
    clause running up to the cue ("A spokesperson who did not wish to be named because of
    agency policy said")."""
    if len(lead) > MAX_LOOKBACK_CHARS:
        return None
    match = LONG_SUBJECT.match(lead)
    if match is None or len(lead.split()) > MAX_LONG_SUBJECT_WORDS:
        return None
    first, last = lead.split()[0].lower(), lead.split()[-1].lower()
    if first in LEADING_PREPOSITIONS or first in SUBORDINATORS or last in FUNCTION_WORDS:
        return None  # "In another tweet …", "After pulling posts …": an adverbial, not the subject
    head, rest = match.group(2).lower(), lead[match.end():]
    if RELATIVE_TO_CUE.fullmatch(rest):  # "A spokesperson who did not wish to be named … said"
        kinds: tuple[SourceKind, ...] = (SourceKind.ORGANISATION, SourceKind.GOVERNMENT, SourceKind.ANONYMOUS,
                                         SourceKind.PERSON)
        rest = ""
    else:
        kinds = (SourceKind.DOCUMENT, SourceKind.ORGANISATION, SourceKind.GOVERNMENT)
        if head not in lexicon.document_heads and head not in _institution_heads(lexicon):
            return None
        rest = re.sub(r"\b(?:that|which|who)\s[^,]*,", " ", rest)  # its own relative clauses, set off
    if _has_clause_verb(rest) or CLAUSE_BREAK.search(rest.replace(" which ", " ")):
        return None  # "The report was released and …": a clause of its own before the cue
    if (agent := AGENT.search(lead, match.end())) and (by := parse_mention(agent.group(1), lexicon)) \
            and by.name and by.kind in (SourceKind.ORGANISATION, SourceKind.GOVERNMENT):
        return agent.group(1), by, agent.start(1), match.end()  # "Figures released by the … Board": the board's
    if not rest and head in PEOPLE_PRONOUNS and match.start(2) == 0:  # "Those who spoke said": the people described
        described = lead.strip()
        return described, Mention(described, kind=SourceKind.ANONYMOUS, head=head), 0, match.end()
    mention = parse_mention(match.group(1), lexicon)
    if mention is None or mention.kind not in kinds or mention.pronoun:
        return None
    return match.group(1), mention, match.start(1), match.end()


HAS_CONTRACTED = re.compile(r"((?:[Hh]e|[Ss]he))[’']s")
TRAILING_SUBJECT_PRONOUN = re.compile(r"\s((?:he|she|they|He|She|They)(?:[’'](?:ll|d|ve|re))?|(?:I|we|We)[’'](?:ll|d|ve|m|re))$")
# a name ending an opening adverbial that wants its comma: "… with the board Trump (said)"
TRAILING_NAME = re.compile(r"(?:^|\s)[a-z0-9][\w’'-]*\s+((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)$")
TRAILING_DESCRIBED = re.compile(r"\s((?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){0,2}"
                                r"(?!(?:the|a|an)$)[a-z-]+)$")  # "… the company"


def _name_after_adverbial(mention_text: str, lexicon: Lexicon) -> tuple[int, Mention] | None:
    """(where it starts, mention) of a name closing an opening adverbial without its comma,
    after the outlet it may follow ("… of the Washington Post Trump": Trump)."""
    words = mention_text.split()
    if words[0].lower() not in LEADING_PREPOSITIONS or "," in mention_text or words[-1] == "I" \
            or any(w.lower() in CLAUSE_VERBS for w in words[1:-1]):
        return None  # (an apposition set off, or the writer's "I", are read elsewhere)
    run = TRAILING_NAME.search(mention_text) or TRAILING_DESCRIBED.search(mention_text)
    if run is None:
        return None
    start = run.start(1)
    if (outlet := lexicon.outlet_pattern.match(mention_text, start)) and outlet.end() < len(mention_text):
        start = outlet.end() + 1
    elif mention_text[:start].split()[-1].lower() in LEADING_PREPOSITIONS | {"of", "to", "the"}:
        return None  # "At the summit in Paris Macron": the place and the name run together
    mention = parse_mention(mention_text[start:], lexicon)
    return (start, mention) if mention is not None and (mention.name or mention.head) else None


# a plural noun, then the subject of a clause describing it: "the key ways Shelby County (said)"
CONTACT_CLAUSE_SUBJECT = re.compile(r"\b(?!(?:does|hers|this|thus|always|perhaps|whereas)\s)"
                                    r"[a-z]{2,}[^s\W]s\s+((?:the\s+[a-z]+|(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*))$")
RELATIVE_TO_CUE = re.compile(r"\s+who\s[^,;:()“”\"]+")  # a relative clause with no comma, up to the cue


PERSON_SUBJECTS = frozenset("he she they".split())


def _sentence_subject(lead: str, lexicon: Lexicon) -> tuple[str | None, Mention | None]:
    """The subject of a sentence whose verbs are coordinated ("In an email, Mr. Manafort denied …
    and said", "When asked …, he shrugged and noted"): the first comma-separated part that
    begins with a mention or a pronoun."""
    for segment in re.split(r",\s*", lead):
        words = segment.split()
        if len(words) > 1 and words[1].islower() and lexicon.holds_cue(words[0].lower()):
            continue  # "Asked about the misinformation, Kellyanne Conway …": a participle, no subject
        subject = words[0] if words and words[0].lower() in PERSON_SUBJECTS else _subject(segment, lexicon)
        mention = parse_mention(subject, lexicon) if subject else None
        if mention:
            return subject, mention
    return None, None


def _according(text, s, e, cue, lexicon) -> _Found | None:
    if (saying := AS_SAYING.search(text, cue.end, e)) and WAS_BEFORE.search(text, s, cue.start):
        # "Lavrov was quoted by RIA Novosti as saying …": Lavrov's words, RIA Novosti the relay
        mention_text = WAS_BEFORE.sub("", text[s:cue.start]).strip(" ,")
        if len(mention_text) > MAX_PASSIVE_SUBJECT:
            return None
        return _said_as(text, mention_text, saying.end(), e, cue.text.lower(), lexicon)
    m = ACCORDING_MENTION.match(text, cue.end, e)
    if not m or not m.group(1).strip():
        return None
    np_start, np_end = m.start(1), m.end()
    while np_end < e and text[np_end] == "." and text[np_start:np_end].split()[-1] in lexicon.abbreviations \
            and (more := ACCORDING_MENTION.match(text, np_end + 1, e)):
        np_end = more.end()  # "according to Dr. Anthony Fauci": a title's full stop ends no mention
    mention_text = _without_outlet_saw(text[np_start:np_end].strip(), lexicon)  # "documents seen by the BBC"
    if (apposition := ACCORDING_APPOSITION.match(text, np_end, e)) and APPOSITION_START.match(apposition.group(1)) \
            and not _has_clause_verb(apposition.group(1)):
        # "According to Human Rights Watch, a rights group, …": the apposition says who; the statement follows
        mention_text, np_end = text[np_start:apposition.end(1)].strip(), apposition.end()
    mention = parse_mention(mention_text, lexicon) or _according_source(mention_text, lexicon)
    if mention is None:
        return None
    before = text[s:cue.start].strip(" ,")
    after = _trim_marks(text, np_end, e, strip=" ,")
    opens_clause = LEADING_ADVERBIAL.fullmatch(before) or CONJUNCTION_END.search(before)  # "…, but according to X, …"
    if before and not (opens_clause and len(text[after[0]:after[1]].split()) >= 3):
        content = _trim_marks(text, s, cue.start, strip=" ,")  # '…, according to X.'
    else:
        content = after  # 'According to X, …', 'In all, according to X, Coke had given …'
    if content[1] - content[0] < 2:
        return None
    return _Found(AttributionMode.REPORTED, mention, mention_text, cue.text.lower(), content)


CONJUNCTION_END = re.compile(r"(?:^|[\s,])(?:but|and|yet|so|while|whereas)$", re.I)


def _without_outlet_saw(mention_text: str, lexicon: Lexicon) -> str:
    """"intelligence reports seen by Reuters" -> "intelligence reports": the document is the
    source, the outlet that saw it its relay (found by _relay from RELAY_LEAD's "by")."""
    if (seen := SEEN_BY_IN.match(mention_text)) and lexicon.outlet_pattern.fullmatch(seen.group(2)):
        return seen.group(1)
    return mention_text


def _stray_clause(segment: str) -> bool:
    """A set-off part that is a clause of its own, neither an apposition nor a subordinate
    clause: "Ok, this might be cheating …" (but not "Trump, as is his style," or "a nurse
    who has worked there")."""
    segment = segment.strip()
    return not NOT_AN_APPOSITION.match(segment) and _has_clause_verb(RELATIVE_TAIL.split(segment, 1)[0])


def _has_clause_verb(text: str) -> bool:
    """'is', 'would', 'did' among a stretch's words: a clause, not a noun phrase."""
    return bool(CLAUSE_VERBS.intersection(text.lower().split()))


def _according_source(text: str, lexicon: Lexicon) -> Mention | None:
    """Whatever follows "according to" is the source, even when it is no simple mention:
    "a Washington Post database tracking such deaths", "internal Dow documents made public …"."""
    words = [w.lower().strip(".,’'") for w in text.split()]
    if not words or len(words) > MAX_ACCORDING_WORDS or words[0] in FINITE_VERBS:
        return None
    head = next((w for w in words if w in lexicon.document_heads or w[:-1] in lexicon.document_heads), None)
    if head is None and text.islower() and not _may_be_a_source(words, lexicon):
        return None  # "divided according to gender", "adjust according to your needs": in keeping with
    kind = SourceKind.DOCUMENT if head else (
        SourceKind.ORGANISATION if any(w[:1].isupper() for w in text.split()) else SourceKind.ANONYMOUS)
    return Mention(text, kind=kind, head=head or words[-1])


HEARSAY = frozenset("legend folklore lore tradition myth rumor rumors rumour rumours".split())


def _may_be_a_source(words: list[str], lexicon: Lexicon) -> bool:
    """Lower-case words after "according to" that can name a source: people ("your doctor",
    "several analysts"), hearsay ("legend"), or a phrase with a determiner ("the plan", "my
    tests") — not the reader's wishes ("your needs") nor a bare noun ("gender", "dataset size")."""
    if any(w in lexicon.person_heads or plural_person_head(w, lexicon) or w in HEARSAY for w in words):
        return True
    return words[0] in DETERMINERS or words[0] in QUANTIFIER_HEADS or words[0] in ("my", "our", "one")


MAX_FOUND_CLAUSE_WORDS = 8  # where the verb of a clause found or shown comes: "found the new drug was safe"


def _finds_a_thing(text, mention, mention_text, after, lexicon) -> bool:
    """"Trump found ways to …", "Lorenz found a more interesting set of solutions", "I'll show
    you the path": a named person finding or showing something, not a finding reported —
    unless a clause or a quotation follows ("Smith found that …", "… found the drug was
    safe"), a document is the subject ("a study by the American Academy of Pediatrics found …")
    or a research team ("Hoge and colleagues found significant increases …")."""
    person = mention.name and mention.kind in (SourceKind.PERSON, None) and mention.head not in GROUP_NOUNS \
        or mention.pronoun in lexicon.pronouns["person"]
    if not person or after is None:
        return False
    if any(w.lower().strip(".,") in lexicon.document_heads for w in (mention_text or "").split()):
        return False
    return _no_clause_after(text, after)


WRITING_CUES = frozenset("write tweet post".split())  # report words only before a clause or a quotation


def _written_thing(first: str, lexicon: Lexicon) -> bool:
    """Whether what follows a writing cue opens with the thing written ("handbooks", "a photo"),
    not an adverb, an adjunct or another cue ("sarcastically on Twitter", "accusing …")."""
    word = first.lower()
    return not (word.endswith("ly") or word in LEADING_PREPOSITIONS or word in ("to", "about")
                or lexicon.holds_cue(word))


# the head of what follows "claim": "the top spot", "Ford’s body", "the lives (of …)"
CLAIMED_THING = re.compile(r"(?:(?:the|a|an|his|her|their|its|our|[\w.-]+[’']s)\s+)?(?:[\w-]+\s+)?([a-z]+)\b")
# a thing counted or introduced by an article: "a goal", "4 mm of foam", "another 300 jobs",
# "his seventh (goal of the season)"
COUNTED_THING = re.compile(r"(?:an?|another|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s|"
                           r"(?:his|her|their|its)\s+(?:first|second|third|\d+(?:st|nd|rd|th)|[a-z]+th)\b")


def _no_clause_after(text: str, after: tuple[int, int]) -> bool:
    """Whether what follows a cue is only a thing: no "that", quotation or clause verb soon
    after it ("found the drug was safe" has one; "found ways to … when he was" has none soon)."""
    content = text[max(0, after[0] - 5):after[1]]
    opening = " ".join(content.split()[:MAX_FOUND_CLAUSE_WORDS])
    return not (re.match(r"that\s", content.lstrip()) or " that " in content[:6]
                or any(m in content for m in "“”\"") or _has_clause_verb(opening))


def _participle(text, s, e, cue, lexicon) -> _Found | None:
    """'…, with Washington repeatedly attempting …, claiming S-400s were …' -> Washington;
    'Trump inflamed tensions by saying, “…”' -> Trump."""
    mention_text, mention = _participle_subject(text, s, cue, lexicon)
    if mention is None:
        return None
    content = _content_after(text, cue.end, e, cue, lexicon)
    lemma = lexicon.cue_forms.get(cue.text.lower())
    if content is None or lemma in WRITING_CUES and _no_clause_after(text, content) \
            and _written_thing(text[content[0]:content[1]].split()[0], lexicon):
        return None  # "…, writing the code to build the framework": a thing written (not "posting on Tumblr accusing …")
    if lemma in lexicon.clause_cues and not _clause_introduced(text, cue, content[0]):
        return None  # "…, maintaining a temperature of 120°F" (but "…, maintaining that …")
    return _Found(AttributionMode.REPORTED, mention, mention_text, cue.text, content)


def _participle_subject(text, s, cue, lexicon) -> tuple[str | None, Mention | None]:
    """Who a participle after a comma (or "by") hangs on: the subject of the nearest clause
    before it that has one ("Wall referred to the loss in the Harvard and University of North
    Carolina cases, saying …" -> Wall, not the last name before the comma)."""
    lead = text[s:cue.start]
    if not re.search(r",\s*$", lead):
        if issued := ISSUED_MESSAGE.search(lead):  # "His office released a statement saying …": the issuer
            mention_text, mention, _ = _speaker_before(text, s, s + issued.start() + 1, lexicon)
            return mention_text, mention
        if not re.search(r"\bby\s+$", lead):
            return None, None
        lead = re.sub(r"\s+by\s+$", ",", lead)
    clauses = [c for c in re.split(r",\s*", lead) if c.strip()]
    for skip_appositions in (True, False):
        for i in reversed(range(len(clauses))):
            if skip_appositions and i > 0 and SET_OFF_DESCRIPTION.match(clauses[i]):
                continue  # "Roy Cooper (D), McCrory's opponent in the election, called …, saying": Cooper
            mention_text = _subject(clauses[i], lexicon)
            mention = parse_mention(mention_text, lexicon) if mention_text else None
            if mention:
                return _joined_subject(clauses[i], mention_text, mention, lexicon)
    return None, None


# a second person joined to a named subject: "Martha Fry and her brother Dale Ford (agreed …, saying)"
JOINED_PERSON = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+[a-z-]+\s+)?((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)")


def _joined_subject(clause: str, mention_text: str, mention: Mention, lexicon: Lexicon) -> tuple[str, Mention]:
    """The subject with a person joined to it by "and", as one source of both names."""
    at = clause.find(mention_text)
    joined = JOINED_PERSON.match(clause, at + len(mention_text)) if at != -1 and mention.name else None
    other = parse_mention(joined.group(1), lexicon) if joined else None
    if other is None or not other.name or other.kind not in (SourceKind.PERSON, None) \
            or mention.kind not in (SourceKind.PERSON, None):
        return mention_text, mention
    both = f"{mention.name} and {other.name}"
    return clause[at:joined.end()], replace(mention, text=both, name=both, kind=SourceKind.PERSON, role=None,
                                            organisation=None)


# a message issued, then the participle that says what it said: "released a statement saying",
# "issued a tweet saying", "unleashed a series of tweets early Friday saying"
ISSUED_MESSAGE = re.compile(r"\s(?:released|issued|posted|published|sent|put\s+out|shared|unleashed|fired\s+off|"
                            r"releases|issues|posts|publishes|sends|shares)\s+(?:a|an|the|his|her|their|its)\s+"
                            r"(?:[\w’'-]+\s+){0,3}?(?:statement|tweet|tweets|letter|video|memo|post|message|e-?mail|note|"
                            r"press\s+release)\b[^,;:“”\"]{0,60}$")
AS_PUT_IT = re.compile(r"(?:^|[,;—–]\s*|\s)[Aa]s\s+(?P<np>[^,;:.“”\"]{2,80}?(?:,[^;:“”\"]{2,100},)?)\s+"
                       r"(?P<cue>(?:has\s+|had\s+|once\s+|memorably\s+|so\s+\w+ly\s+)?puts?)\s+it"
                       r"(?:\s+to\s+(?:me|us|him|her|them|reporters|the\s+\w+))?(?=\s*(?:[,.;:!?—–)”\"]|$))")
# ("as he put it down" is no attribution: the phrase ends at a mark, or its listener)


def _as_put_it(text, s, e, inside, lexicon) -> _Found | None:
    """'…, as a Homeland Security memo put it.', 'As one analyst put it, …': whose words these are."""
    put = AS_PUT_IT.search(text, s, e) if text.find(" put", s, e) != -1 else None
    if put is None:
        return None
    mention = parse_mention(put.group("np"), lexicon)
    if mention is None or mention.pronoun == "it":
        return None
    before = _trim_marks(text, s, put.start(), strip=" ,;—–")
    content = before if before[1] - before[0] >= 2 else _trim_marks(text, put.end(), e, strip=" ,;:")
    if content[1] - content[0] < 2:
        return None
    return _Found(_mode_of(content, inside), mention, put.group("np"), put.group("cue").split()[-1] + " it", content)


MAX_SET_OFF_PARTICIPLE_WORDS = 8  # "The senator, speaking to CNN on Sunday, said"
# a participle opening a phrase set off before the cue: "speaking to CNN", "released by the UN"
SET_OFF_PARTICIPLE = re.compile(r"\s*(?:[a-z]+ing|[a-z]{3,}ed|written|given|taken|shown|seen|drawn)\s")
SET_OFF_DESCRIPTION = re.compile(r"(?:the|a|an)\s|[A-Z][\w.-]*[’']s\s")  # an apposition after a name
# capitalised only at a sentence's start, before the noun they qualify: "New signs", "Other reports"
MODIFIERS_NOT_NAMES = frozenset("new other recent local early late next last further such several many most some "
                                "more fewer older younger".split())
SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
MAX_POSSESSED_WORDS = 4  # "North Korea's official state newspaper"
SUBJECT_QUANTIFIERS = QUANTIFIERS - {"others"} | {"one", "two", "three", "four", "five"}  # "Two aides said"


def _subject(clause: str, lexicon: Lexicon) -> str | None:
    """The first noun phrase of a clause: a run of capitalised words, or 'the <noun>'."""
    words = clause.split()
    while words and words[0].lower() in ("with", "as", "while", "and", "but", "amid"):
        words.pop(0)
    if not words:
        return None
    if words[0].lower() in SUBJECT_QUANTIFIERS and len(words) > 1:
        heads = _source_heads(lexicon)  # "One survey respondent summed this up:", "Two aides said"
        last = None
        for i, w in enumerate(words[1:5], start=1):
            if lexicon.holds_cue(w):
                break  # the verb: the noun phrase ended before it
            bare = w.lower().strip(".,")
            if (bare in heads or plural_person_head(bare, lexicon)) and (w[:1].islower() or i == 1):
                last = i  # "two Democratic speechwriters"
        if last:
            return " ".join(words[:last + 1])
        if words[1][:1].isupper():
            pass  # "Two Republican …" with no head: read as a name below
        elif COUNTED_PEOPLE.fullmatch(" ".join(words[:2])) and len(words) > 2 and lexicon.holds_cue(words[2]):
            return " ".join(words[:2])  # "One tester said:": a person counted, not named
    if words[0][:1].isupper() and words[0].lower() not in FUNCTION_WORDS:
        run = [words[0]]
        for i, w in enumerate(words[1:], start=1):
            if w[:1].isupper() or w.lower() in lexicon.particles \
                    or w == "of" and i + 1 < len(words) and words[i + 1][:1].isupper():
                run.append(w)  # "Secretary of State Hillary Clinton", "Bank of America"
            elif w in lexicon.person_heads and i + 1 < len(words) and words[i + 1][:1].isupper():
                run.append(w)  # "Truck driver Pat Jordan"
            else:
                break
        following = words[len(run):len(run) + MAX_POSSESSED_WORDS]
        if len(run) == 1 and run[0].lower() not in SUBJECT_PRONOUNS and following \
                and _plain_noun(following[0], lexicon):
            # "Google engineers", "Trump administration officials": a capitalised modifier of a source's noun
            def is_head(word: str) -> bool:
                bare = word.lower().strip(".,")
                return bare not in SUBJECT_QUANTIFIERS and (bare in _source_heads(lexicon)
                                                             or plural_person_head(bare, lexicon))
            j = 0
            while j < len(following) and _plain_noun(following[j], lexicon) and not is_head(following[j]):
                j += 1  # the nouns before the head: "tiny house owners"
            if j < len(following) and is_head(following[j]):
                while j + 1 < len(following) and is_head(following[j + 1]):
                    j += 1  # "administration officials": the last of the nouns
                return " ".join(run + following[:j + 1] + _name_after(words[len(run) + j + 1:]))
            if run[0].lower() in MODIFIERS_NOT_NAMES:
                return None  # "New signs in stores … spelling out …: “…”": no one
        if run[-1].endswith(("’s", "'s")):  # "North Korea's official newspaper": the paper
            heads = _source_heads(lexicon)
            head = next((i for i, w in enumerate(following) if w.lower().strip(".,") in heads), None)
            while head is not None and head + 1 < len(following) and following[head + 1].lower().strip(".,") in heads:
                head += 1  # "official newspaper": the last of the nouns
            if head is not None:
                return " ".join(run + following[:head + 1] + _name_after(words[len(run) + head + 1:]))
        return " ".join(run)
    if words[0].lower() in ("the", "a", "an", "his", "her", "its", "their"):
        named = _name_after(words[1:])
        after = words[len(named) + 1].lower().strip(".,") if named and len(words) > len(named) + 1 else ""
        verb_like = after.endswith(("ed", "s")) or after in CLAUSE_VERBS or lexicon.holds_cue(after)
        head_soon = any(w.lower().strip(".,") in _source_heads(lexicon) for w in words[len(named) + 1:len(named) + 4])
        if after and after not in _source_heads(lexicon) and (
                len(named) == 1 and (verb_like or not head_soon) or words[0].lower() == "the" and verb_like):
            # "The ACLU sued the agency", "The New York Times filed" (not "Its Gallagher Drive platform",
            # nor "The Russian space agency": the heads below)
            return " ".join(words[:len(named) + 1])
        heads = _source_heads(lexicon)
        for i, w in enumerate(words[1:5], start=1):
            if w.lower().strip(".,") in heads:
                return " ".join(words[:i + 1])
    return None


def _name_after(words: list[str]) -> list[str]:
    """The name a source's noun introduces: "Trump’s campaign manager Kellyanne Conway"."""
    return list(takewhile(lambda w: w[:1].isupper(), words))


# ---------------------------------------------------------------- spans around a cue


BRACKETED_FIGURE = re.compile(r"\(\d[\d.,]*\s?(?:%|percent|per cent)?\)")
NOT_COMMA = re.compile(r"(?:[^,]|(?<=\d),(?=\d{3}\b))+")  # comma-separated parts; "1,877" is one number


def _np_before(text: str, s: int, cue_start: int, lexicon: Lexicon) -> tuple[str | None, int]:
    """The mention ending right before a cue, with its start offset (looked for in the
    MAX_LOOKBACK_CHARS before it: a sentence of thousands of cues stays linear)."""
    lo = window = max(s, cue_start - MAX_LOOKBACK_CHARS)
    for q in find_quotes(text[window:cue_start]):
        lo = max(lo, window + q.end)
    pre = text[lo:cue_start]
    pre = RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group(0)), pre)
    pre = AFFILIATION.sub(lambda m: " " * len(m.group(0)), pre)  # "Sen. David Perdue (R-Ga.) said"
    pre = BRACKETED_FIGURE.sub(lambda m: " " * len(m.group(0)), pre)  # "Over half (55%) of respondents said"
    words = list(re.finditer(r"\S+", pre))
    dropped = ""
    while words and _droppable_before_cue(words, dated=dropped[:1].isdigit()):
        dropped = words.pop().group(0)
        if words and (dropped.lower() not in AUXILIARIES or dropped.lower() in CALENDAR and dropped[:1].isupper()) \
                and words[-1].group(0).lower() in TIME_PREPOSITIONS:
            words.pop()  # "on Tuesday", "last week", "this morning"
    if not words or words[-1].group(0).lower() in ("and", "but", "then", "or"):
        return None, cue_start  # "The study included 33 RCTs and found": the cue is a coordinated verb
    end = words[-1].end()
    segments = [(m.start(), m.end()) for m in NOT_COMMA.finditer(pre[:end]) if m.group(0).strip()]
    if not segments:
        return None, cue_start
    if len(segments) > 1 and SET_OFF_ADVERBIAL.fullmatch(pre[segments[-1][0]:segments[-1][1]].strip()):
        segments.pop()  # "Senior officials, however, say": the adverbial set off before the cue
        end = segments[-1][1]
    # walk back over appositions (", director general of Rosoboronexport, …") to the name
    participle = pre[segments[-1][0]:segments[-1][1]]
    if len(segments) > 1 and pre.rstrip().endswith(",") and SET_OFF_PARTICIPLE.match(participle + " ") \
            and len(participle.split()) <= MAX_SET_OFF_PARTICIPLE_WORDS \
            and not _has_clause_verb(participle):
        # "The senator, speaking to CNN, said": the senator, not CNN; "The report, released on
        # Tuesday by the United Nations, found": the report
        segments.pop()
        end = segments[-1][1]
    # "Jane Doe, 54, a retired nurse, said": the age set off after a name is walked over with it
    # "… in Lynchburg, Va., derided": the state walked over with its city
    segments = [seg for k, seg in enumerate(segments)
                if not (0 < k < len(segments) - 1 and AGE.fullmatch(pre[seg[0]:seg[1]].strip())
                        or 0 < k and pre[seg[0]:seg[1]].strip() in lexicon.state_abbreviations)]
    i = len(segments) - 1
    pronouns = lexicon.pronouns["person"] | lexicon.pronouns["plural"] | lexicon.pronouns["neuter"]
    set_off = pre[:end].rstrip().endswith(",")  # "X, Y, said": Y is set off as an apposition to X
    # "In its coverage of the CIA, UC Global and Adelson's Sands, the New York Times claimed": after
    # an opening adverbial, a description not set off on both sides is the subject, not an apposition
    opening = pre[segments[0][0]:segments[0][1]].split()
    adverbial = bool(opening) and opening[0].lower() in LEADING_PREPOSITIONS
    while i > 0 and pre[segments[i][0]:segments[i][1]].strip().lower() not in pronouns and \
            (APPOSITION_START.match(pre[segments[i][0]:segments[i][1]].strip()) and not adverbial or set_off) and \
            not _stray_clause(pre[segments[i][0]:segments[i][1]]) and \
            _ends_with_name(pre[segments[i - 1][0]:segments[i - 1][1]]):
        i -= 1
        set_off = False
    # "Prince Andrew, the younger brother of the heir to the throne, Charles, has told": Charles
    # names the heir, inside the apposition; the subject is the name before it
    if set_off and i >= 2 and re.match(r"\s*(?:the|a|an)\s.*\s(?:of|to)\s", pre[segments[i - 1][0]:segments[i - 1][1]]) \
            and _ends_with_name(pre[segments[i - 2][0]:segments[i - 2][1]]) \
            and _looks_like_name_segment(pre[segments[i][0]:segments[i][1]]):
        i -= 2
    # "Wyoming's Republican secretary of state, Chuck Gray, said": a role before the name
    if i > 0 and _is_role(pre[segments[i - 1][0]:segments[i - 1][1]], lexicon) and \
            re.fullmatch(r"\s*(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+\s*", pre[segments[i][0]:segments[i][1]]):
        i -= 1
    first = segments[i][0]
    # inside the head segment only, the mention starts after the last clause break
    breaks = [b for b in CLAUSE_BREAK.finditer(pre, first, segments[i][1])
              if not (b.group(0) == " and " and
                      INSTITUTION_AND.search(pre, max(first, b.start() - MAX_INSTITUTION_CHARS), b.end() + 1))]
    if breaks:
        first = breaks[-1].end()
    while first < end and pre[first].isspace():
        first += 1
    if (conjunction := LEADING_CONJUNCTION.match(pre, first, end)) and conjunction.end() < end:
        first = conjunction.end()  # "But her attorneys said"
    mention = re.sub(r"\s+(?=,)", "", re.sub(r"\s{2,}", " ", pre[first:end])).strip(" ,")  # a relative clause cut out
    return (_without_participle_phrase(mention, lexicon) or None), lo + first


def _without_participle_phrase(mention: str, lexicon: Lexicon) -> str:
    """"NASA scientists using a telescope atop Mauna Kea (have confirmed)": the people the
    participle describes, not the last name inside its phrase."""
    words = list(re.finditer(r"\S+", mention))
    for i in range(1, len(words) - 1):
        if not PARTICIPLE_MODIFIER.fullmatch(f" {words[i].group(0)} "):
            continue
        head = words[i - 1].group(0).lower().strip(",")
        if head in QUANTIFIER_HEADS or not (head in _source_heads(lexicon) or plural_person_head(head, lexicon)):
            continue  # "some leading Democrats", "chief operating officer", "email marketing": no participle phrase
        if head.endswith("s") or i > 1 and words[i - 2].group(0).lower() in DETERMINERS:
            return mention[:words[i].start() - 1]  # "scientists using …", "the lawyer representing …"
    return mention


GERUND_BEFORE = re.compile(r"\b(?:by|without|about|for|of|in|after|before|while|when|on|from|through|into|with|"
                           r"against|upon|besides|since)\s+([a-z]{2,}ing)\s+$")  # (not "at the hearing questioned")
# words in "-ing" that are no verb's form, for the two patterns below
ING_NOUNS = "something|nothing|anything|everything|morning|evening|building|king|spring|string|thing"
NOT_GERUNDS = re.compile(r"(?:according|during|" + ING_NOUNS + r"|ceiling|wing|ring|sibling|darling|earring|viking|"
                         r"offspring)$")
SAYING_THAT = re.compile(r"(?:saying|adding|noting|arguing|insisting|claiming|warning|writing)(?:\s+that)?\s+")
# quantifiers a participle can follow without describing them: "some leading Democrats"
QUANTIFIER_HEADS = QUANTIFIERS | {"all", "both", "each"}
PEOPLE_PRONOUNS = QUANTIFIER_HEADS | {"those", "anyone", "everyone"}  # "those who …", "many who …"
PARTICIPLE_MODIFIER = re.compile(r"\s(?!(?:according|during|regarding|concerning|" + ING_NOUNS + r")\s)[a-z]{2,}ing\s")


def _is_role(segment: str, lexicon: Lexicon) -> bool:
    """'Wyoming's Republican secretary of state', 'an Anthropic spokeswoman': a person's role."""
    words = segment.split()
    if not words or len(words) > MAX_NAME_SEGMENT_WORDS:
        return False
    before_of = segment.split(" of ")[0].split()
    return bool(before_of) and before_of[-1].lower().strip(".,") in lexicon.person_heads


def _is_adverb(word: str) -> bool:
    """'repeatedly', 'also' are; 'family', 'assembly' (nouns in -ly) are not."""
    return word.islower() and word.endswith("ly") and word not in NOUNS_IN_LY


def _droppable_before_cue(words: list, dated: bool = False) -> bool:
    """Auxiliaries, adverbs and time adjuncts between a mention and its cue:
    'Newsom on Tuesday declared', 'the minister has repeatedly said' (`dated`: a number
    followed the word, 'June 2018')."""
    word = words[-1].group(0)
    lowered = word.lower().strip(",")
    if lowered == "to" and len(words) > 1 and words[-2].group(0).lower() in SAYING_BEFORE_TO:
        return True  # "Gingrich tried to (argue)", "Sanders went on to (say)": then the verb itself
    if lowered in SAYING_BEFORE_TO and (lowered != "on" or len(words) > 1 and words[-2].group(0).lower() == "went"):
        return True
    if lowered in NAME_MONTHS and word[:1].isupper() and not dated:
        # "the minister in May said": a month; "Theresa May said": a name (and no "may" of "may say")
        return len(words) > 1 and not words[-2].group(0)[:1].isupper()
    if lowered in AUXILIARIES or _is_adverb(word) or lowered in TIME_WORDS:
        return True
    return lowered in CALENDAR or bool(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?|\d{4}", lowered))


def _plain_noun(word: str, lexicon: Lexicon) -> bool:
    """A lowercase word that is neither a function word, an adverb, a verb nor a cue: 'signs'."""
    bare = word.strip(".,;:").lower()
    return bool(bare) and word[:1].islower() and bare.isalpha() and bare not in FUNCTION_WORDS \
        and bare not in CLAUSE_VERBS and not bare.endswith(("ly", "ed", "ing")) and bare not in lexicon.cue_forms \
        and bare not in ("also", "then", "still", "now", "later", "again", "too", "already", "first", "once")


def _looks_like_name_segment(segment: str) -> bool:
    """'Charles', 'Chuck Gray': one to three capitalised words and nothing else."""
    return bool(re.fullmatch(r"\s*(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+\s*", segment))


def _ends_with_name(segment: str) -> bool:
    """'Alexander Mikheev' or 'director general of Rosoboronexport': what an apposition follows."""
    words = segment.split()
    if words and words[0].lower() in LEADING_PREPOSITIONS:
        return False  # "In a post on X, the senator said": an adverbial, not a name with an apposition
    return bool(words) and len(words) <= MAX_NAME_SEGMENT_WORDS and words[-1][:1].isupper() \
        and words[-1].lower().strip(".") not in FUNCTION_WORDS | CALENDAR \
        and not (words[-1].lower() in TIME_ADVERBS and not words[-1].isupper()) \
        and not any(w.lower() in FINITE_VERBS for w in _last_clause(segment).split()) \
        and not (len(words) > 1 and words[0].endswith("ing") and words[1].islower())  # "Speaking to the BBC"


def _last_clause(segment: str) -> str:
    """The words after the segment's last clause break ("… targeting Machado since Clinton" -> "Clinton")."""
    breaks = list(CLAUSE_BREAK.finditer(segment))
    return segment[breaks[-1].end():] if breaks else segment


# ", a spokesman for the State Department" after an inverted speaker's name (after the age: ", 54, a teacher")
DESCRIPTION_AFTER_COMMA = re.compile(r"(?:,\s+\d{1,3})?,\s+((?:a|an|the)\s[^,;:!?“”\"]{2,80}?)\s*(?=[,.]?\s*$|,)")


def _np_after(text: str, cue_end: int, e: int, lexicon: Lexicon) -> str | None:
    m = re.match(r"\s*([^,;:!?“”\"(]+)", text[cue_end:e])  # (a bracket after the name: "said Mr. Burman (…)")
    if not m:
        return None
    words = []
    for word in m.group(1).split():  # up to a full stop that ends no title or initial ("Rev. Dr. Liz")
        if word.lower() in CLAUSE_VERBS:
            return None  # "…, argued the former secretary could not …": a clause, not an inverted speaker
        if word.lower() in NP_AFTER_STOPS or (words and word.islower() and word.endswith("ing")):
            break  # "said Trump as he dined …", "responded Cheng, punctuating …"
        bare = word.rstrip(".")
        if word.endswith(".") and not (bare in lexicon.abbreviations or len(bare) == 1):
            words.append(bare)
            break
        words.append(word)
    if not words or len(words) > MAX_AFTER_WORDS or words[0].lower() == "that":
        return None
    if not (words[0][:1].isupper() or words[0].lower() in INVERTED_FIRST_WORDS
            or words[-1][:1].isupper()):  # "responded national finance director Dennis Cheng"
        return None
    mention = " ".join(words)
    # "said an Anthropic spokeswoman, Sally Aldous."
    if not words[0][:1].isupper() and (name := NAME_AFTER_COMMA.match(text, cue_end + m.end(), e)):
        mention += ", " + name.group(1)
    return mention


def _inverted_speaker(text: str, cue_end: int, e: int, lexicon: Lexicon) -> tuple[str | None, Mention | None]:
    """The speaker after the cue ('“…,” said Caddell'), read with the description after the
    name ('said John Smith, a spokesman for the State Department': his role and organisation),
    though the mention stays the name."""
    mention_text = _np_after(text, cue_end, e, lexicon)
    if not mention_text:
        return None, None
    after_name = text.find(mention_text, cue_end) + len(mention_text)
    if mention_text[:1].isupper() and (described := DESCRIPTION_AFTER_COMMA.match(text, after_name, e)) \
            and not _has_clause_verb(described.group(1)):
        return mention_text, parse_mention(f"{mention_text}, {described.group(1)}", lexicon)
    return mention_text, parse_mention(mention_text, lexicon)


def _cue_text(text: str, cue: _Cue, e: int, lexicon: Lexicon) -> str:
    """The cue with the adjunct that belongs to it: 'said in a statement'."""
    rest = text[cue.end:min(e, cue.end + MAX_ADJUNCT_CHARS)]
    lowered = rest.lower()
    for adjunct in lexicon.cue_adjuncts:
        if lowered.startswith(" " + adjunct.lower()):
            return cue.text + " " + rest[1:1 + len(adjunct)]
    return cue.text


def _only_adjuncts(between: str, lexicon: Lexicon) -> bool:
    rest = between.strip(" ,:")
    return any(rest.lower() == a.lower() for a in lexicon.cue_adjuncts)


def _content_after(text, pos, e, cue, lexicon, subordinate: bool = False) -> tuple[int, int] | None:
    """What a cue reports: after 'said', past its adjuncts, the listener and 'that'."""
    pos = cue.end if pos < cue.end else pos
    for _ in range(4):
        rest = text[pos:min(e, pos + MAX_ADJUNCT_CHARS)]  # (adjuncts and listeners are short)
        lead = len(rest) - len(rest.lstrip(" ,"))
        rest_stripped = rest[lead:]
        lowered = rest_stripped.lower()
        step = 0
        for adjunct in lexicon.cue_adjuncts:
            if lowered.startswith(adjunct.lower()):
                step = len(adjunct)
        if not step and (m := SPEECH_SETTING.match(rest_stripped)):
            step = m.end()  # "said in his interview", "told reporters at a rally on Monday"
        if not step and (m := TIME_ADJUNCT.match(rest_stripped) or CITING_ADJUNCT.match(rest_stripped)
                         or SEEN_BY.match(rest_stripped) or AS_CITED_BY.match(rest_stripped)
                         or FORMERLY.match(rest_stripped)):
            step = m.end()  # "on Monday", "citing a source in the ministry,", "(in a letter) seen by Reuters"
        if not step and cue.text.split()[0].lower() in lexicon.listener_verbs:
            for listener in lexicon.listeners:
                if lowered.startswith(listener):
                    step = len(listener)
            if not step and (m := re.match(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*\s?", rest_stripped)):
                step = m.end()
            if not step and (m := LISTENER_THEN_THAT.match(rest_stripped)):
                step = m.end() - len("that")  # "supporters at Kent State University on Monday that …"
        if not step:
            break
        pos += lead + step
    m = ADJUNCT_THEN_THAT.match(text, pos, e) or THAT_OPENS.match(text, pos, e)
    start = m.end() if m else pos
    # the content ends where the sentence goes on to something else the speaker did:
    # "…, before noting that …", "… and encouraged Americans to …", "…, but he added …"
    stop = e
    if (resumed := REPORTER_RESUMES.search(text, start, e)):
        e = stop = resumed.start() + 1  # 'would be "fully funded," despite the campaign's decision …'
    if (trailer := REPORTER_TRAILER.search(text, start, e)) and trailer.group(1) not in CONTENT_PARTICIPLES:
        e = stop = trailer.start()  # '… through Oct. 19, cementing the super PAC's position …'
    if (source_tail := TRAILING_ACCORDING.search(text, start, e)) and cue.kind != "according":
        e = stop = source_tail.start()  # "The Kremlin said …, according to a readout published by TASS."
    if lexicon.cue_forms.get(cue.text.lower()) in lexicon.object_cues and not OPENS_CLAUSE.match(text, start):
        if (comma := NOUN_PHRASE_END.search(text, start, e)):  # "endorsed a Democrat for president, the paper …"
            e = stop = comma.start()
    for other in (SUBORDINATE_BOUNDARY if subordinate else SPEAKER_BOUNDARY).finditer(text, start, e):
        if _speaker_then_cue(text, other.end(), e, lexicon):  # "…, while Republican leaders said …"
            e = stop = other.start()
            break
    for boundary in CONTENT_BOUNDARY.finditer(text, start, e):
        word = LOWER_WORD_AFTER.match(text, boundary.end())
        if word and (word.group(1) in lexicon.cue_forms or
                     (boundary.group("conj") and word.group(1).endswith("ed") and len(word.group(1)) > 4)):
            stop = boundary.start()
            while stop < e and text[stop] in ",”\"’":  # keep the quotation's closing mark
                stop += 1
            break
    start, end = _trim_marks(text, start, stop, strip=" ,.")
    if end - start < 2 or len(text[start:end].split()) < 2:
        return None
    return start, end


def _speaker_then_cue(text: str, pos: int, e: int, lexicon: Lexicon) -> bool:
    """Does a source and its cue follow ("analysts agreed", "the Republican leaders said")?"""
    words = text[pos:e].split()[:OTHER_SPEAKER_MAX_WORDS + 1]
    for i in range(1, len(words)):
        if words[i].strip(",") in lexicon.cue_forms and not words[i].endswith("ing"):
            return parse_mention(" ".join(words[:i]), lexicon) is not None and not any(
                w.lower() in FINITE_VERBS for w in words[:i])
    return False


def _trim_marks(text: str, start: int, end: int, strip: str = " ") -> tuple[int, int]:
    """Shrink [start, end) past spaces, final sentence punctuation and unmatched edges."""
    while end > start and text[end - 1] in strip + ".!?":
        end -= 1
    while start < end and text[start] in strip:
        start += 1
    return start, end


LISTENER_THEN_THAT = re.compile(r"(?:[\w’'.“”\"-]+\s+){1,9}?that\b")  # a listener of up to nine words, then "that"
# a prepositional adjunct between a cue and "that": "tweeted in the early morning hours that …"
ADJUNCT_THEN_THAT = re.compile(r"[\s,]*(?:in|on|at|by|during|after|before|from|with|via|through|over|late|early)\b"
                               r"(?:\s+[\w’'.-]+){0,6}?\s+that\s+", re.I)
# where reported content stops: the speaker's next act, a cue (", before noting", ", adding",
# "and said") or, after "and"/"but", a past-tense verb with no subject ("and encouraged …")
CONTENT_BOUNDARY = re.compile(r"[”\"’]?,[”\"’]?\s+(?:(?:before|after|while)\s+)?(?=[a-z])(?!(?:and|but)\b)|"
                              r"[”\"’]?\s+(?P<conj>and|but)\s+(?:(?:he|she|they|also|then|later)\s+)?(?=[a-z])")
LOWER_WORD_AFTER = re.compile(r"([a-z]+)")
# between a cue (with its speaker) and the rest of a split quotation: '“A,” said Caddell, “B.”'
# whom a quotation was addressed to, between its cue and the quotation: 'asked her: “…”'
LISTENER_THEN_COLON = re.compile(r"\s+(?:him|her|them|me|us|reporters|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*[:,]\s*")
# a quotation closed, then the reporter's own clause: '"fully funded," despite …', '“…,” even as …'
REPORTER_RESUMES = re.compile(r"[”\"],?\s+(?:despite|even as|even though|although|though|whereas)\b")
# the reporter's own words after the content: a participle or "without" after a comma, a dash
REPORTER_TRAILER = re.compile(r"[”\"’]?,\s+(?:([a-z]+ing)|without)\b|\s[—–]\s(?:a|an|the)\s")
TRAILING_ACCORDING = re.compile(r",\s+according to\s[^,;]+$")
CONTENT_PARTICIPLES = frozenset("including according excluding regarding following during notwithstanding".split())
# a news agency dateline opening the paragraph: "WASHINGTON ―", "MOSCOW (Reuters) -", "NEW YORK, Oct. 3 —"
# (in brackets, the agency that filed it: its `credit`)
DATELINE = re.compile(r"[A-Z][A-Z.’' -]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                      r"(?:\s*\((?P<credit>[A-Za-z. ]{2,20})\))?\s*(?:--|[―—–-])\s+")
# a sentence's opening adverbial before "according to X, …": the statement follows the source
LEADING_ADVERBIAL = re.compile(r"(?:In|By|On|At|As of|Since|During|Until|Through)(?:\s+[\w.,’']+){1,3}|"
                               r"(?:Last|This|Next|Earlier|Later)\s+\w+|"
                               r"In all|Overall|Meanwhile|Still|However|Instead|Today|Yesterday|Since then")
TOPIC_ONLY = re.compile(r"(?:on|about|upon)\s", re.I)
# what follows a cue used of a circumstance, not of words: "reported from Moscow", "contending with"
CIRCUMSTANCE_ONLY = re.compile(r"(?:with|from)\s|(?:themselves|himself|herself|itself|ourselves|myself|yourself)\s(?!to\s)")
DIRECTED = re.compile(r"\b(?:to|that)\s|[“\"]")  # "advised the president to resign", "advised that …"
GERUND_AFTER = re.compile(r"\s*[a-z]+ing\b")  # "advised stuffing the peep hole with paper"
# what follows an intention cue: an infinitive or an object ("plans to visit", "plans a marathon day")
INTENDED = re.compile(r"(?:to|an?|the|his|her|its|their|our|new|another|several|two|three|more)\s", re.I)
# a cue form that is a noun, then a participle and its agent: "logs and reports generated by pgBadger"
NOUN_THEN_PARTICIPLE = re.compile(r"(?:[a-z]+ed|made|written|issued|seen|given|taken|drawn|done|shown|held)\s+by\s")
# an accusation: "charged two developers with defrauding investors" (or "charged that …")
CHARGED_WITH = re.compile(r"(?:[\w’'.,-]+\s+){1,10}?with\s")
ADVERBIAL_CLAUSE = re.compile(r"(?:as|while|after|before|even as)\s")  # what the speaker was doing
# where the speaker's words came from, after the cue: "…, Peskov said, as quoted by Interfax",
# "…, CNN reported, citing two officials"
SOURCE_TAIL = re.compile(r"\s*,\s*(?:as\s+(?:quoted|reported|cited|told)\s+(?:by|to)|citing)\s")
MAX_ACCORDING_WORDS = 20
# where something was said, after its cue: "in his interview", "during a news conference"
SPEECH_SETTING = re.compile(r"(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its|this|that|Monday's|Sunday's)\s+"
                            r"(?:[\w’'-]+\s+){0,2}?(?:statement|interview|post|tweet|letter|release|speech|remarks|"
                            r"conference|briefing|video|email|op-ed|appearance|debate|hearing|rally|call|podcast)\b", re.I)
# the main clause resuming after a relative one: ", has argued", ", said"
SET_OFF_CLAUSE_ENDS = re.compile(r",\s+(?:[a-z]{3,}ed|went|came|left|won|lost|made|took|gave|found|sent)\b"
                                 r"(?!\s+(?:and|or|by)\b)")  # a past verb after a relative clause set off
MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:has|had|have|is|was|were|will|would|also|later|then|said|says|told)\b")
CLAUSE_INTRODUCED = re.compile(r"\bthat\b|[:“\"‘]")  # between a [clauses] cue and its content
TOPIC_OF_CLAIM = re.compile(r"\s+(?:of|about)\s")  # "boasted of concessions", "boasted about how …" (not "states of")
TO_SAY = re.compile(r"to\s+([a-z]+)\s+(?:that\s+)?")
SET_OFF_ADVERB_THAT = re.compile(r"[a-z]+,\s+that\s")  # "the company maintains, however, that …"
WHAT_COPULA = re.compile(r"\s+(?:was|is|were|are|would be|will be)\s+")  # "what X said was …"
TITLE_BEFORE = re.compile(r"\b(?:of|on|in|at|from|to|by|for|with|about|titled|entitled|named|dubbed)\s+$")
THAT_SUBJECT = re.compile(r"\b(?:that|which)\s+((?:the|its|their|his|her)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2}|"
                          r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they)\s+$")
WHAT_SUBJECT = re.compile(r"\bwhat\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,3})\s+$")  # "what he called", "what Trump dismissed as"
QUOTE_END_PUNCTUATION = frozenset(",.!?…—–-")  # how quoted words end before their speaker: '“…,” he said'
PARTICIPLE_ASIDE = re.compile(r",\s+([a-z]+ing)\b[^“”\"]{0,80}?,\s*")  # ", referring to the excuse, "
SPLIT_QUOTE_GAP = re.compile(r"(?:\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|\s+(?:he|she|they|it))?\s*[,.:;]?\s*")
DASH_SPEAKER = re.compile(r"\s*[―—–]\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[\s.]*$")  # '“…” ― Steve Quinlan.'
COORDINATED_VERB = re.compile(r"\s(?:and|but|then)\s+(?:\w+ly\s+|has\s+|have\s+|had\s+)?$")  # "… and declared", "… but has said"
# a document an outlet has seen: "a letter seen by Reuters", "a memo obtained by The Washington Post"
FORMERLY = re.compile(r"(?:formerly|previously)\s+(?:known\s+as\s+)?[A-Z][\w.]*,?")  # "on X, formerly Twitter,"
LEADING_PREPOSITIONS = frozenset("in at on during after before with from for by under over since following amid "
                                 "despite through".split())
OUTLET_SAW = r"(?:seen|obtained|reviewed|viewed|carried|published|released|broadcast|aired)\s+by\s+(?:the\s+)?"
CAPITALISED_NAME = r"(?:[A-Z][\w.’'&-]*\s?){1,4}"
SEEN_BY = re.compile(OUTLET_SAW + CAPITALISED_NAME)  # after a cue: "said in a letter seen by Reuters that"
SEEN_BY_IN = re.compile(r"(.+?)\s+" + OUTLET_SAW + r"(.+)")  # a mention: "intelligence reports seen by Reuters"
AS_CITED_BY = re.compile(r"as\s+(?:cited|quoted|reported|carried)\s+by\s+(?:the\s+)?" + CAPITALISED_NAME + ",?")
RELAY_LEAD = re.compile(r"\b(?:told|to|with|by|according to|from|on)\s+(?:the\s+)?"
                        r"(?:(?:[a-z][\w-]*\s+){0,3}(?:agency|broadcaster|newspaper|daily|channel|outlet|network|"
                        r"paper|tabloid|magazine|station|website|service)\s+)?$")  # "told state news agency RIA"
RELAY_TAIL = re.compile(r"\s+(?:reported|reports|said|says|wrote|writes|quoted|cited)\b")  # "…, TASS reported."


def _relay(text, s, e, found: _Found, lexicon: Lexicon, publisher: str | None) -> Outlet | None:
    """An outlet other than the publisher through which the claim came: 'told Reuters',
    'in an interview with CNN', 'according to TASS', or an outlet that is the source itself."""
    c0, c1 = found.content or (e, e)
    mention = found.mention_text or ""
    for m in lexicon.outlet_pattern.finditer(mention):  # "The minister, Reuters reported, …"
        if (outlet := lexicon.outlet_by_name[m.group(0)]).name != publisher and not _inside_longer_name(mention, m):
            return outlet
    for lo, hi in ((s, c0), (c1, e)):
        for m in lexicon.outlet_pattern.finditer(text, lo, hi):
            outlet = lexicon.outlet_by_name[m.group(0)]
            if outlet.name == publisher or _inside_longer_name(text, m):
                continue
            if RELAY_LEAD.search(text, max(lo, m.start() - 30), m.start()) \
                    or lo == c1 and RELAY_TAIL.match(text, m.end(), hi):
                return outlet
    return None


def _inside_longer_name(text: str, match: re.Match) -> bool:
    """"RIA Benchmarking Study", "Reuters Institute": an outlet's name followed by more of a
    longer proper name is that other name, not the outlet."""
    return bool(LONGER_NAME.match(text, match.end()))


LONGER_NAME = re.compile(r"\s+(?!News\b|Agency\b|Online\b|US\b|UK\b)[A-Z][a-z]")


def _attribution(f: _Found, source: Source | None = None) -> Attribution:
    relay, domain = (f.relay.name, f.relay.domains[0] if f.relay.domains else None) if f.relay else (None, None)
    if f.mode == AttributionMode.OWN:  # (relayed only in wire copy)
        return Attribution(AttributionMode.OWN, relay=relay, relay_domain=domain, note=f.note)
    source = source or f.source
    note = f.note
    if source is None:
        note = (note + "; " if note else "") + "source not identified"
    start, end = f.content if f.content else (None, None)
    further = tuple(_attribution(g, g.source if g.own_speaker else source) for g in f.further)
    return Attribution(f.mode, source, f.mention_text, f.cue, relay, domain, start, end, note, further)
