"""Who a source is: split a mention ("Alexander Mikheev, director general of Rosoboronexport")
into name, role and organisation, tell its kind, and resolve pronouns, surnames and
descriptions ("the Russian exporter") against the entities an article names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache

from .lexicons import Lexicon
from .models import Source, SourceKind

MAX_HEAD_WORDS = 12  # a longer subject is a clause, not a mention of a source
FUNCTION_WORDS = frozenset("""a an the this that these those his her its their our my your
on in at by for with from to of into onto over under after before during since until as
and or but nor yet so while when where whereas because although though if unless than
also earlier later meanwhile however moreover separately additionally speaking last next
then now still yet even just only both either neither each every some any all many much
despite according instead indeed otherwise nevertheless nonetheless therefore thus hence besides
overall finally ultimately eventually previously plus here there lastly fortunately unfortunately
importantly similarly likewise alternatively luckily ideally basically essentially notably specifically
interestingly surprisingly naturally obviously clearly certainly honestly frankly personally hopefully
yes no well oh hey okay furthermore oftentimes consequently accordingly subsequently particularly
especially typically generally usually traditionally historically originally together again another
whatever whichever whoever whomever what which whom whose why how""".split())
# "Today, some masters believe": no name ("USA TODAY", in capitals, is one)
TIME_ADVERBS = frozenset("today yesterday tonight tomorrow".split())
CAPITALISED_NOT_NAMES = frozenset("The A An This That It He She They We I".split())
# the double quotation marks that open and close a quotation (claims, resolution and Entities.read use them)
QUOTE_OPENERS = ("“", '"', "«")
QUOTE_CLOSERS = ("”", '"', "»")
FINITE_VERBS = frozenset("""is are was were has have had will would can could should may might must do does did
isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't don't doesn't didn't
isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t don’t doesn’t didn’t""".split())
# a US legislator's party and state after the name: "Sen. David Perdue (R-Ga.)", "(D-S.C.)", "(GOP)"
AFFILIATION = re.compile(r"\s\((?:[RDI]|GOP)(?:-[A-Z][\w.]{0,15}(?:\s[A-Z][\w.]{0,15})?)?\)")
CONTRACTED_CLAUSE = re.compile(r"(?:it|that|there|here|what|who)[’']s\b|(?:\d+\.\s+)?\w+n[’']t\b", re.I)  # "21. Don't (tell)"
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())
# months that are also names ("Theresa May", "Brian May", "June Carter"): in a name, a name
NAME_MONTHS = frozenset("april may june august".split())
NEVER_NAMES = CALENDAR - NAME_MONTHS
ROLE_SPLIT = re.compile(r"\s+(?:of|at|for|with|from|in)\s+")
ROLE_AT_BODY = re.compile(r"\s+(?:of|at|for|with|from|in|to)\s+")  # "envoy to the UN", "head of the IAEA"
WORD = re.compile(r"[^\s,;:()\[\]]+")
CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*\w")
POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A source as written, taken apart."""

    text: str
    name: str | None = None  # a proper name: "Recep Tayyip Erdogan", "Washington"
    kind: SourceKind | None = None  # None: undecided until the article's entities are known
    role: str | None = None
    organisation: str | None = None
    pronoun: str | None = None  # "he", "they"
    head: str | None = None  # head noun of a description: "exporter"
    modifiers: tuple[str, ...] = ()  # "russian"
    organisation_description: str | None = None  # "Russia’s state-owned arms exporter company"


def _holds_a_clause(tokens: list[str]) -> bool:
    """A finite verb with words after it, not inside a relative clause ("respondents whose
    organizations are using AI" is a mention)."""
    for token in tokens[1:-2]:
        if token.lower() in RELATIVE_PRONOUNS:
            return False
        if token in FINITE_VERBS:
            return True
    return False


def _is_pronoun(word: str, lexicon: Lexicon) -> bool:
    """A pronoun of any group the lexicon lists ("we", "she", "they", "you")."""
    return any(word.lower() in words for words in lexicon.pronouns.values())


def _asks_or_commands(tokens: list[str], lexicon: Lexicon) -> bool:
    """A verb opening the mention: "Do I", "Can we", "Don’t" (not "May" alone: a name)."""
    first = tokens[0].lower()
    if len(tokens) == 1:
        return first in ("do", "does", "did") or first.endswith(("n't", "n’t")) and first in FINITE_VERBS
    return len(tokens) == 2 and first in FINITE_VERBS and _is_pronoun(tokens[1], lexicon)


def _is_cap(token: str) -> bool:
    if len(token) == 2 and token[0].isupper() and token[1] == ".":
        return True  # an initial: "Elizabeth A. Hoge" (not the article "A")
    lowered = token.lower().strip(".’'")
    return token[:1].isupper() and lowered not in FUNCTION_WORDS | NEVER_NAMES \
        and not (lowered in TIME_ADVERBS and not token.isupper())


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


PARTITIVE = re.compile(r"(?:(?:over|nearly|almost|about|roughly|around|more than|less than|just)\s+)?"
                       r"(?:one|two|three|some|many|several|most|a few|a number|none|each|either|neither|any|"
                       r"half|a third|a quarter|two-thirds|three-quarters|\d[\d.,]*\s?(?:%|percent|per cent)|"
                       r"(?:an?|the)\s+(?:(?:new|recent|large|small|growing|vast|whole)\s+)?"
                       r"(?:majority|minority|handful|batch|trove|cache|series|set|pair|couple|slew|host|string|"
                       r"collection))"
                       r" of\s+(?=\S)", re.I)  # "a majority of respondents", "a recent batch of public records"
INTERROGATIVES = frozenset("what which who whom whose why how where when whether".split())  # not "WHO"
INDEFINITES = frozenset("someone somebody anyone anybody everyone everybody nobody".split())
NOBODY_IN_PARTICULAR = INTERROGATIVES | INDEFINITES
MAX_PARTITIVE_CHARS = 120  # "one of Mr. Obama's closest climate advisers"; longer is no mention
NOT_A_GROUP = frozenset("most many few some others best least first last".split())  # "one of the most …"
PRONOUN_CONTRACTION = re.compile(r"^(I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)[’'](?:d|ve|ll|m|re)$")  # not "It's": a clause


# the last word of a document's name (a narrower list than [document] heads: "Post", "Record",
# "Cable" end outlets' and firms' names too)
DOCUMENT_NAME_ENDS = frozenset("report reports survey study poll index census audit barometer outlook tracker".split())
CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][\w-]+")
LOWERCASE_WORD = re.compile(r"(?<![\w’'.-])[a-z][a-z-]+(?![\w’'-])")
NUMBERED_VOICE = re.compile(r"#\d+$")  # a transcript's "unidentified person #1": no antecedent of "they"
# set off beside a name, but saying nothing of who it is: "Trump, meanwhile, …", "Peskov, for his part, …"
AGE = re.compile(r"\d{1,3}")  # "Jane Doe, 54, a retired nurse": her age, set off like an apposition
SET_OFF_ADVERBIAL = re.compile(r"(?i)meanwhile|however|too|though|also|instead|likewise|similarly|separately|"
                               r"in turn|in response|in fact|in addition|of course|at the same time|in reply|"
                               r"on the other hand|for (?:his|her|their|its|our|my) part|for now|so far")


def parse_mention(text: str, lexicon: Lexicon) -> Mention | None:
    """Take a source mention apart; None when the text is not a mention (a clause, a number).
    A contracted pronoun ending it is the pronoun ("A movie I’d (recommend)": I)."""
    mention = _parse_mention(text, lexicon)
    if mention is not None and mention.name and (contracted := PRONOUN_CONTRACTION.fullmatch(mention.name)):
        mention = replace(mention, name=contracted.group(1))
    return mention


def _parse_mention(text: str, lexicon: Lexicon) -> Mention | None:
    text = text.strip(" ,;:—–-\"“”'‘’")
    if not text:
        return None
    first, _, rest = text.partition(" ")
    while first.lower().strip(",") in lexicon.mention_openers:  # "Now research (shows)", "Meanwhile researchers"
        if not rest:
            return None
        text = rest
        first, _, rest = text.partition(" ")
    if first.lower().strip(",") in lexicon.imperatives:
        return None  # "Please (note)", "Take (charge)", "consider a … service": a command and its object
    if _strip_det(text) in lexicon.not_sources:
        return None  # "AI (adds)", "the FAQ (explains)": a technology or a page, no body that speaks
    if COMPOUND_COMMON_WORD.fullmatch(first):
        # "Meta-analyses (suggest)": a common noun, headed by its last part; "AI-powered (tools)": no name
        head = first.rsplit("-", 1)[1]
        mention = _parse_mention(head + (" " + rest if rest else ""), lexicon)
        return replace(mention, text=text) if mention is not None and mention.head else None
    text = PRONOUN_CONTRACTION.sub(r"\1", text)  # "You’ll", "I’d", "They’ve": the pronoun alone
    text = AFFILIATION.sub("", text)  # "Rep. Gwen Moore (D-Wis.)": the name without its party and state
    lowered = text.lower()
    for group, words in lexicon.pronouns.items():
        if lowered in words and group != "first_person":  # "I" is the writer, kept as such
            return None if group == "second_person" else Mention(text, pronoun=lowered)
    if CONTRACTED_CLAUSE.match(text) or lowered in NOBODY_IN_PARTICULAR and not text.isupper():
        return None  # "It's OK to vent": a clause; "What (charges …?)": a question; "Someone": nobody in particular
    if len(text) <= MAX_PARTITIVE_CHARS and (part := PARTITIVE.match(text)) \
            and (whole := parse_mention(text[part.end():], lexicon)) \
            and whole.head and not whole.name and not whole.pronoun and whole.head.lower() not in NOT_A_GROUP:
        # "one of Mr. Obama's climate advisers": an unnamed member of the group described;
        # "a trove of documents": documents still
        kind = SourceKind.DOCUMENT if whole.kind == SourceKind.DOCUMENT else SourceKind.ANONYMOUS
        return replace(whole, text=text, kind=kind)
    if (counted := COUNTED_GROUP.fullmatch(text)):
        # "The two (said)", "Another 19 percent (said)", "only 28 (said yes)": people counted, not named
        return Mention(text, kind=SourceKind.ANONYMOUS, head=(counted.group(1) or counted.group(2)).lower())
    if (counted := COUNTED_PEOPLE.fullmatch(text)) and counted.group(2).lower() not in FUNCTION_WORDS:
        # "One tester", "two reviewers": people counted, not named, whatever the noun
        return Mention(text, kind=SourceKind.ANONYMOUS, head=counted.group(2).lower())
    segments = [s.strip() for s in re.split(r",\s*", text) if s.strip()]
    while len(segments) > 1 and " and " in segments[-1] and _is_title_word(segments[0], lexicon) \
            and _is_title_word(segments[1].split()[0], lexicon):
        # "chairman, CEO and president Craig Menear": a list of titles before the name
        segments = [f"{segments[0]} and {segments[1]}", *segments[2:]]
    head_segment, appositions = segments[0], [a for a in segments[1:]
                                              if not SET_OFF_ADVERBIAL.fullmatch(a) and not AGE.fullmatch(a)]
    if len(appositions) == 1 and _is_pronoun(appositions[0], lexicon):
        return parse_mention(appositions[0], lexicon)  # "Particularly, we (suggest)", "Here at SoundGuys, we"
    if any(a.split()[0].lower() in FINITE_VERBS for a in appositions):
        return None  # "Washington, D.C., aren't making enough money": a clause, not a mention
    if " " in head_segment and (outlet := _outlet_index(lexicon).get(head_segment)):
        return Mention(text, name=outlet, kind=SourceKind.ORGANISATION)  # "The Wrap", "The Hill": the outlet
    if " " in head_segment and _strip_det(head_segment) in lexicon.organisation_names:
        # a known organisation named whole, however it reads: "Save the Children", "Doctors Without Borders"
        return Mention(text, name=_strip_det(head_segment), kind=SourceKind.ORGANISATION)
    tokens = WORD.findall(head_segment)
    if not tokens or len(tokens) > MAX_HEAD_WORDS:
        return None
    if tokens[-1].lower() in lexicon.pronouns["second_person"]:
        return None  # "(Of course) you (may find)": the reader is no source
    if tokens[-1].islower() and _holds_a_clause(tokens) \
            and not _is_pronoun(PRONOUN_CONTRACTION.sub(r"\1", tokens[-1]), lexicon):
        # "Starter plans don’t have campaign reporting or custom (reports)": a clause ("… is that
        # Apple (believed)", "… is why I’ve (found)" end in their speaker)
        return None
    if _asks_or_commands(tokens, lexicon):
        return None  # "Do I (want …?)", "Don’t (expect …)": a question or a command
    if (group := NAMED_GROUP.fullmatch(head_segment)) and (person_with(group.group(3), lexicon) if group.group(2)
                                                           else group.group(3) in GROUP_NOUNS):
        # "Hansen and his collaborators", "Hoge and colleagues": people, one of them named; "they" later
        return Mention(text, name=head_segment, kind=SourceKind.PERSON, head=group.group(3).lower())
    if tokens[0][:1].isupper() and (len(tokens) == 1 or not _is_cap(tokens[1])) and \
            (tokens[0].lower() in _described_heads(lexicon) or plural_person_head(tokens[0], lexicon)):
        # "Officials said", "Studies show": capitalised only because the sentence starts there
        return parse_mention(text[0].lower() + text[1:], lexicon)
    if any(p in lowered for p in lexicon.anonymous_phrases):
        return _description(text, head_segment, lexicon, anonymous=True)
    if _is_government_name(head_segment, lexicon):
        return Mention(text, name=_strip_det(head_segment) if not head_segment.startswith("the ")
                       else head_segment, kind=SourceKind.GOVERNMENT)
    last = tokens[-1]
    if appositions and _is_cap(last) and _looks_like_name(appositions[0], lexicon) \
            and (role_org := _role_of_organisation(head_segment, lexicon)):
        # "The Russian envoy to the UN, Vassily Nebenzia": the name, with the role and body before it
        named = _named(text, WORD.findall(appositions[0]), appositions[1:], lexicon)
        if named.name:
            return replace(named, role=named.role or role_org[0], organisation=named.organisation or role_org[1],
                           kind=SourceKind.PERSON)
    if appositions and not _is_cap(last) and _looks_like_name(appositions[0], lexicon):
        # "an Anthropic spokeswoman, Sally Aldous" / "Wyoming's secretary of state, Chuck Gray"
        named = _named(text, WORD.findall(appositions[0]), appositions[1:], lexicon)
        if named.name:
            return replace(named, role=named.role or _strip_det(head_segment), kind=named.kind or SourceKind.PERSON)
    parts = ROLE_SPLIT.split(head_segment, maxsplit=1)
    if len(parts) == 2 and parts[0].split()[-1][:1].islower() and (named := _body_then_person(parts[1], lexicon)):
        # "the head of the IAEA Rafael Grossi": the person, with the role and the body before the name
        return Mention(text, name=named[1], kind=SourceKind.PERSON, role=_strip_det(parts[0]), organisation=named[0])
    if len(parts) == 2 and parts[0].split()[-1][:1].islower():
        return _description(text, head_segment, lexicon)  # "a spokeswoman for the Foreign Ministry"
    if len(to := ROLE_AT_BODY.split(head_segment, maxsplit=1)) == 2 and to[0].split()[-1] in _source_heads(lexicon) \
            and not _body_then_person(to[1], lexicon):
        # "an adviser to President Trump", "the Russian envoy to the UN", "a letter to Congress": the
        # adviser, the envoy, the letter — not the one they are to
        return _description(text, head_segment, lexicon)
    if len(parts) == 2 and _strip_det(parts[1])[:1].isupper() and (
            _person_run(parts[0], lexicon) or _role_then_person(parts[0], lexicon)):
        # "Daniel Yukelson of the Apartment Association", "Yukelson with the Apartment Association",
        # "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory"
        named = _named(text, WORD.findall(parts[0]), appositions, lexicon)
        if named.name:
            return replace(named, organisation=named.organisation or _strip_det(parts[1]))
    if len(parts) == 2 and _strip_det(parts[1])[:1].isupper() and _institution_name(parts[0], lexicon) \
            and not re.match(r"\s+(?:of|for)\s+(?!the\s)", head_segment[len(parts[0]):]):
        # "The Williams Institute at the University of California": the institute, part of the university
        # (but "the US Department of Defense", "the Bank of England" are one name)
        name = _strip_det(parts[0])
        return Mention(text, name=name, kind=_kind_of_name(name, lexicon) or SourceKind.ORGANISATION,
                       organisation=_strip_det(parts[1]))
    if not _is_cap(last) or POSSESSIVE.search(last) and len(tokens) == 1:
        return _description(text, head_segment, lexicon)
    return _named(text, tokens, appositions, lexicon)


MAX_HEADING_WORDS = 8
MAX_DESCRIBED_WORDS = 3  # "A senior police officer": the words before the verb searched for a person's noun


def _is_title_word(word: str, lexicon: Lexicon) -> bool:
    """'chairman', 'CEO': one word that is a person's title or the head of a description of one."""
    return " " not in word and (word.lower() in lexicon.person_heads or word in lexicon.titles)


MAX_TOGETHER_NAME_WORDS = 3  # each of two people cited together: "Condoleezza Rice", "his wife"
ROLE_BREAKS = FUNCTION_WORDS | FINITE_VERBS  # words a role before a name does not reach back over
NOT_AN_APPOSITION = re.compile(r"(?:as|while|when|who|whom|whose|which|where|although|though|because|if|after|"
                               r"before|since|until|unless|once|despite|in|on|and|or)\s", re.I)
# people counted with no noun: "the two", "another 19 percent", "nearly 59%" (of those asked);
# not a bare number ("five (reports)", "30 (custom fields)")
COUNTED_GROUP = re.compile(r"the\s+(two|three|four|five|six|seven|eight|nine|ten)|"
                           r"(?:(?:another|only|just|about|nearly|almost|roughly|some|over|more than)\s+)?"
                           r"(\d{1,3}(?:\.\d+)?\s*(?:percent|per cent|%))", re.I)
# people counted by an agent noun: "One tester", "two reviewers", "three analysts", "one resident"
COUNTED_PEOPLE = re.compile(r"(one|two|three|four|five|several)\s+([a-z][a-z-]+(?:ers?|ors?|ists?|ents?|ants?))",
                            re.I)
NAMED_GROUP = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)\s+and\s+(his\s+|her\s+|their\s+)?([a-z-]+)")
GROUP_NOUNS = frozenset("colleagues collaborators co-authors coauthors team family allies aides associates "
                        "supporters lawyers attorneys advisers advisors partners".split())


def plural_person_head(word: str, lexicon: Lexicon) -> bool:
    """"Researchers", "colleagues", "Economists": people described by a plural noun."""
    word = word.lower()
    return word in GROUP_NOUNS or word.endswith("s") and (
        word[:-1] in lexicon.person_heads or word.endswith("ies") and word[:-3] + "y" in lexicon.person_heads)


def person_with(word: str, lexicon: Lexicon) -> bool:
    """The noun of "X and his <noun>": people ("colleagues") or a person ("wife") with X."""
    return plural_person_head(word, lexicon) or word.lower() in lexicon.person_heads


# words after a description's head noun: "an NGO made up of …", "a spokeswoman for …"
DESCRIPTION_ENDS = frozenset("of for with that which who whose at in from made based founded on to and by".split())
TITLE_CASE_SHARE = 0.7  # of a line's words capitalised: a headline or a heading


def in_title_case(words: list[str]) -> bool:
    return sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _is_heading(text: str) -> bool:
    """A short line in title case without a sentence's end: a section heading."""
    words = text.split()
    return len(words) <= MAX_HEADING_WORDS and not text.rstrip().endswith((".", "!", "?", '"', "”", ":")) \
        and in_title_case(words)


def _person_run(segment: str, lexicon: Lexicon) -> bool:
    """'Daniel Yukelson', 'Yukelson', 'Rep. Jane Doe': capitalised words that could be a person
    (not an organisation or a place standing for a government)."""
    words = segment.split()
    return 1 <= len(words) <= 5 and all(_is_cap(w) or w.lower() in lexicon.particles for w in words) \
        and not any(w in lexicon.organisation_suffixes for w in words) \
        and segment not in lexicon.government_names and _strip_det(segment) not in lexicon.government_names \
        and not any(w.lower().strip(".,") in _institution_heads(lexicon) for w in words)


def _role_then_person(segment: str, lexicon: Lexicon) -> bool:
    """'planetary geologist Rosaly Lopes': a role in lower case ending like a person's noun, then
    a name of two or three words."""
    words = segment.split()
    at = next((i for i, w in enumerate(words) if _is_cap(w)), None)
    return at is not None and 0 < at and _ends_like_a_role(words[at - 1], lexicon) \
        and all(w.islower() for w in words[:at]) and 2 <= len(words) - at <= 3 \
        and _person_run(" ".join(words[at:]), lexicon)


def _institution_name(segment: str, lexicon: Lexicon) -> bool:
    """'The Williams Institute', 'Pew Research Center': capitalised words ending in an institution's head."""
    words = _strip_det(segment).split()
    return 2 <= len(words) <= 6 and all(_is_cap(w) or w in NAME_LINKS for w in words) and (
        words[-1].lower() in _institution_heads(lexicon) or words[-1] in lexicon.organisation_suffixes)


def looks_like_person(name: str, lexicon: Lexicon) -> bool:
    """Two or three capitalised words that name no organisation, outlet, government or place."""
    words = name.split()
    return 2 <= len(words) <= 3 and _person_run(name, lexicon) and _kind_of_name(name, lexicon) == SourceKind.PERSON \
        and not any(w.lower() in _not_people(lexicon) for w in words) \
        and words[0] not in lexicon.place_first_words and words[-1] not in lexicon.place_last_words


def _looks_like_name(segment: str, lexicon: Lexicon) -> bool:
    """Two to four capitalised words and nothing else, name particles aside: "Sally Aldous",
    "Luiz Inácio Lula da Silva"."""
    words = segment.split()
    capitalised = [w for w in words if w.lower() not in lexicon.particles]
    return 2 <= len(capitalised) <= 4 and len(words) <= 6 and all(_is_cap(w) for w in capitalised) \
        and not any(w in lexicon.organisation_suffixes for w in words)


def _is_government_name(segment: str, lexicon: Lexicon) -> bool:
    return segment in lexicon.government_names or _strip_det(segment) in lexicon.government_names


def _named(text: str, tokens: list[str], appositions: list[str], lexicon: Lexicon) -> Mention:
    # the name is the run of capitalised words ending the head segment
    start = len(tokens) - 1
    while start > 0 and (_is_cap(tokens[start - 1]) or tokens[start - 1].lower() in lexicon.particles or (
            tokens[start - 1] in NAME_LINKS and start > 1 and _is_cap(tokens[start - 2])) or (
            tokens[start - 1] == "the" and start > 2 and tokens[start - 2] in NAME_LINKS and _is_cap(tokens[start - 3])) or (
            tokens[start - 1] == "the" and start == 2 and _is_cap(tokens[0]) and tokens[0].endswith("ing"))):
        start -= 1  # "University of California", "Secretary of State Antony Blinken", "People for the Ethical …",
        # "Breaking the Silence" (a name opening with a verb and "the")
    if len(tokens) - start > 2 and tokens[start + 1].lower() in lexicon.first_names and (
            tokens[start] in lexicon.government_names | lexicon.organisation_names
            or tokens[start].isupper() and len(tokens[start]) > 1):
        start += 1  # "Ambassador to Ukraine Marie Yovanovitch", "head of the IAEA Rafael Grossi": the body ends the role
    run = tokens[start:]
    before = [t for t in tokens[:start] if t.lower() not in CALENDAR and not t[:1].isdigit()]
    while before and before[0].lower() not in FUNCTION_WORDS and any(
            w.lower() in FUNCTION_WORDS and not _links_a_role(before, j, lexicon) for j, w in enumerate(before)):
        before.pop(0)
    cut = max((i for i, t in enumerate(before) if t.lower() in ROLE_BREAKS and not _links_a_role(before, i, lexicon)),
              default=-1)
    role_words = before[cut + 1:]  # (not "Wallace had" of "Wallace had Trump confirm …")
    run_text = " ".join(run)
    title = next((t for t in lexicon.titles if run_text == t or run_text.startswith(t + " ")
                  or f" {t} " in f" {run_text} "), None)
    name_words = run
    if title:
        pos = f" {run_text} ".find(f" {title} ")
        role_words += run_text[:pos + len(title)].split()
        name_words = run_text[pos + len(title):].split()
    while len(name_words) > 1 and name_words[0] in lexicon.titles:  # "Rev. Dr. Liz Theoharis"
        role_words.append(name_words.pop(0))
    while len(name_words) > 2 and name_words[0] == "and" and name_words[1] in lexicon.titles:
        role_words += name_words[:2]  # "Co-Founder and CEO Luis Sepúlveda": both titles his
        del name_words[:2]
    name_words = [w for w in name_words if w not in lexicon.honorifics]
    body = None
    if len(name_words) > 2 and (owner := _possessor(name_words[:-2])) and \
            not any(w in NAME_LINKS or w.lower() in lexicon.organisation_heads | lexicon.government_heads
                    for w in owner[1] + name_words[-2:]):
        # "Google’s Sundar Pichai": the person is Sundar Pichai; Google's is said of him
        role_words += name_words[:len(name_words) - 2 - len(owner[1])]
        name_words = owner[1] + name_words[-2:]
    elif len(name_words) == 2 and (owner := _possessor(name_words[:1])) and \
            _kind_of_name(owner[0], lexicon) in (SourceKind.GOVERNMENT, SourceKind.ORGANISATION):
        role_words, name_words = role_words + name_words[:1], name_words[1:]  # "NPR’s Feng": Feng, of NPR
    if role_words and (owner := _possessor(role_words)) and \
            _kind_of_name(owner[0], lexicon) in (SourceKind.GOVERNMENT, SourceKind.ORGANISATION):
        body, role_words = owner  # "the Kremlin's spokesman Dmitry Peskov": spokesman, of the Kremlin
    if role_words and not _ends_like_a_role(role_words[-1], lexicon):
        role_words = []  # "for the first time Kaplan wrote": no role, a phrase of time
    title_role = " ".join(role_words) or None
    if not name_words:
        return _description(text, " ".join(tokens), lexicon)
    name = " ".join(name_words)
    organisation, org_description, role = _read_appositions(appositions, title_role)
    organisation = organisation or body
    kind = _kind_of_name(name, lexicon)
    if kind == SourceKind.ORGANISATION and CAMEL_CASE_NAME.fullmatch(name) and role \
            and any(w in lexicon.person_heads for w in role.lower().split()[:MAX_DESCRIBED_WORDS + 1]):
        kind = SourceKind.PERSON  # "ScreamMyName, a deep web user": a person's handle, not a firm
    if role and kind in (SourceKind.PERSON, None) and _describes_organisation(role, lexicon):
        # "Human Rights Watch, a rights group", "the advocacy group Americans for Prosperity": what the name is
        kind, org_description, role = SourceKind.ORGANISATION, role, None
    return Mention(text, name=name, kind=kind, role=role,
                   organisation=organisation, organisation_description=org_description)


PERSON_NOUN_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|woman|person|ess|ive|ary|ef|ach|ge|ther)$")


def _ends_like_a_role(word: str, lexicon: Lexicon) -> bool:
    """The last word of a role before a name: a title, a capitalised word, a person's noun
    ("coach", "analyst", "executive") — not "time" of "for the first time Kaplan wrote"."""
    bare = word.strip(".,").lower()
    heads = _source_heads(lexicon) | lexicon.product_heads
    return word[:1].isupper() or bare.rstrip("s") in heads or bare in heads \
        or bool(PERSON_NOUN_END.search(bare)) or POSSESSIVE_NAME.fullmatch(word) is not None


def _links_a_role(words: list[str], i: int, lexicon: Lexicon) -> bool:
    """"to", "of", "at", "for" (and a "the" after it) inside a role ("Ambassador to Ukraine",
    "ambassador to the UN", "Secretary of State"): between a title or person's noun and a
    capitalised word."""
    if words[i] == "the":
        return i > 0 and _links_a_role(words, i - 1, lexicon)
    if words[i] not in ("to", "of", "at", "for") or not 0 < i < len(words) - 1:
        return False
    after = words[i + 2] if words[i + 1] == "the" and i + 2 < len(words) else words[i + 1]
    return after[:1].isupper() and (words[i - 1][:1].isupper() or words[i - 1].lower() in lexicon.person_heads)


def _body_then_person(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """"the IAEA Rafael Grossi" -> ("IAEA", "Rafael Grossi"): a body's name run straight into a
    person's (two or three capitalised words from a known first name)."""
    words = _strip_det(text).split()
    for j in range(1, len(words) - 1):
        if words[j].lower() in lexicon.first_names and 2 <= len(words) - j <= 3 \
                and all(_is_cap(w) for w in words[j:]) and all(_is_cap(w) or w in NAME_LINKS for w in words[:j]):
            return " ".join(words[:j]), " ".join(words[j:])
    return None


def _possessor(words: list[str]) -> tuple[str, list[str]] | None:
    """(the body, the words after it) when capitalised words ending in a possessive open
    `words`: ["Microsoft's", "chief", "executive"] -> ("Microsoft", ["chief", "executive"])."""
    for i, word in enumerate(words):
        if POSSESSIVE_NAME.fullmatch(word):
            owner = words[:i] + [POSSESSIVE.sub("", word)]
            if all(any(c.isupper() or c.isdigit() for c in w) for w in owner):
                return " ".join(owner), words[i + 1:]
            return None
        if not any(c.isupper() for c in word):
            return None
    return None


POSSESSIVE_NAME = re.compile(r"\w[\w.&-]*(?:[’']s|s[’'])")


def _role_of_organisation(segment: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """"The Russian envoy to the UN" -> ("Russian envoy", "UN"): a person's role at a named body."""
    parts = ROLE_AT_BODY.split(segment, maxsplit=1)
    if len(parts) != 2 or not parts[0].split() or parts[0].split()[-1].lower() not in lexicon.person_heads:
        return None
    organisation = _strip_det(parts[1])
    return (_strip_det(parts[0]), organisation) if _is_name_run(organisation) else None


def _describes_organisation(description: str, lexicon: Lexicon) -> bool:
    """'rights group', 'advocacy group', 'NGO made up of former soldiers', not 'spokeswoman for
    the ministry' or 'group leader': the description's head noun (its last word before a
    preposition or a clause) is an organisation's."""
    words = []
    for word in description.split():
        if word.lower() in DESCRIPTION_ENDS:
            break
        words.append(word.lower().strip(".,"))
    return bool(words) and words[-1] in lexicon.organisation_heads | lexicon.product_heads \
        and words[-1] not in lexicon.person_heads


# a role, then the body it is held at, named in capitals, maybe with the place it is in (tried
# on appositions of a role's length: the pattern is quadratic in a run of "of Abc of Abc …")
MAX_ROLE_AT_CHARS = 200
ROLE_AT_ORGANISATION = re.compile(
    r"(?P<role>[a-z].*?)\s+(?:at|with|of|for|from)\s+(?:the\s+)?"
    r"(?P<organisation>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*[A-Z][\w’'.&-]*)*)"
    r"(?:\s+in\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*)?")


ORGANISATION_END = re.compile(r",?\s+(?:and|who|which|where|since|but)\s+(?=[a-z])")
RELATIVE_AFTER_ROLE = re.compile(r"\s(?:who|whose|which)(?:\s|$)")


def _read_appositions(appositions: list[str], role: str | None) -> tuple[str | None, str | None, str | None]:
    """(organisation, description of the organisation, role) from ", director general of X, ..."."""
    organisation = description = None
    for segment in appositions:
        if NOT_AN_APPOSITION.match(segment):
            continue  # "Trump, as is his speaking style,", ", who denies it,": no role
        parts = ROLE_SPLIT.split(segment, maxsplit=1)
        if organisation is None and segment[:1].islower() and len(parts) == 2 and (
                parts[1][:1].isupper() or _is_name_run(_strip_det(parts[1]))):  # "for the State Department"
            role = role or _strip_det(parts[0])
            organisation = _strip_det(ORGANISATION_END.split(parts[1], 1)[0])  # "Harvard (and an expert in …)"
        elif organisation is None and segment[:1].islower() and len(segment) <= MAX_ROLE_AT_CHARS \
                and (at := ROLE_AT_ORGANISATION.fullmatch(segment)):
            # "a China scholar with the American Enterprise Institute in Washington", "senior vice
            # president for space and launch at Boeing Defense": the role, and the body named last
            role = role or _strip_det(at.group("role"))
            organisation = at.group("organisation")
        elif organisation is None and role is None and segment[:1].islower():
            role = _strip_det(RELATIVE_AFTER_ROLE.split(segment, 1)[0])  # "a retired nurse (who lives nearby)"
        elif organisation is not None and description is None:
            description = segment
    return organisation, description, role


def _is_name_run(text: str) -> bool:
    """'State Department', 'University of Oxford': capitalised words (and links) only."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(_is_cap(w) or w in NAME_LINKS for w in words)


WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|uk|gov|edu|info|news)", re.I)
CAMEL_CASE_NAME = re.compile(r"(?!Mc|Mac|De|Di|Du|La|Le|Van|Von|Da|Del)[A-Z][a-z]+[A-Z][A-Za-z]*")


def _kind_of_name(name: str, lexicon: Lexicon) -> SourceKind | None:
    words = name.split()
    if name in lexicon.government_names:
        return SourceKind.GOVERNMENT
    if _strip_det(name) in lexicon.organisation_names or \
            words[-1] in lexicon.organisation_names and all(_is_cap(w) for w in words):
        return SourceKind.ORGANISATION  # "Roscosmos", "the Afghan Taliban"
    if len(words) > 1 and words[-1].lower() in DOCUMENT_NAME_ENDS and not _outlet_name(name, lexicon):
        return SourceKind.DOCUMENT  # "State of Marketing Report", "Global Peace Index", "CMO Survey"
    if "&" in words or "+" in words:
        return SourceKind.ORGANISATION  # "Marks & Spencer", "Travel + Leisure": a firm's or a title's name
    if any(w in NAME_LINKS for w in words):  # "Department of Defense", "Bank of America", "Centers for …"
        heads = [w.lower() for w in words if w not in NAME_LINKS]
        if any(h in lexicon.government_heads for h in heads):
            return SourceKind.GOVERNMENT
        if any(h in lexicon.organisation_heads or h.endswith("s") and h[:-1] in lexicon.organisation_heads
               or h.title() in lexicon.organisation_suffixes for h in heads):
            return SourceKind.ORGANISATION
    if len(words) == 1 and WEB_ADDRESS.fullmatch(name):
        return SourceKind.ORGANISATION  # "9to5Mac.com", "Move.org": a site
    if words[-1] in lexicon.organisation_suffixes or _outlet_name(name, lexicon):
        return SourceKind.ORGANISATION
    if words[-1].lower() in lexicon.government_heads:
        return SourceKind.GOVERNMENT
    if all(w.isupper() and len(w) > 1 for w in words):
        return SourceKind.ORGANISATION  # NATO, FBI, UNICEF
    if len(words) == 1 and CAMEL_CASE_NAME.fullmatch(name):
        return SourceKind.ORGANISATION  # "PitchBook", "LinkedIn" (not "McCarthy", "DeSantis")
    if len(words) >= 2 and words[-1].lower() in lexicon.organisation_heads \
            and words[0].lower() not in lexicon.first_names:
        return SourceKind.ORGANISATION  # "Census Bureau", "Pew Research Center" (not "Margaret Court")
    if len(words) >= 2:
        return SourceKind.PERSON
    return None


def _outlet_name(name: str, lexicon: Lexicon) -> str | None:
    index = _outlet_index(lexicon)
    return index.get(name) or index.get(_strip_det(name))


@cache
def _outlet_index(lexicon: Lexicon) -> dict[str, str]:
    """Outlet names, aliases and names without "The", to the outlet's name (the first listed wins);
    not a one-word name without its "The" ("Hill", "Independent", "Atlantic" name people,
    parties and oceans too)."""
    index: dict[str, str] = {}
    for outlet in reversed(lexicon.outlets):
        bare = _strip_det(outlet.name)
        for key in ((bare,) if " " in bare else ()) + (*outlet.aliases, outlet.name):
            index[key] = outlet.name
    return index


def _description(text: str, segment: str, lexicon: Lexicon, anonymous: bool = False) -> Mention | None:
    parts = ROLE_SPLIT.split(segment, maxsplit=1)
    tokens = [w.lower() for w in WORD.findall(parts[0])]
    words, positions = [], []  # the description's words, and where each stands in tokens
    for position, word in enumerate(w.strip(".’'") for w in tokens):
        if word in RELATIVE_PRONOUNS and words:
            break  # "three people who were on the call"
        if word in FUNCTION_WORDS:
            if words:
                break  # "a doctor on the scene": the head comes before the preposition
            continue
        words.append(word)
        positions.append(position)
    if not words:
        if tokens and tokens[0] in lexicon.anonymous_heads:  # "some say", "several of them said"
            return Mention(text, kind=SourceKind.ANONYMOUS, head=tokens[0])
        return None
    # the head is the last word naming a kind of source, followed by nothing or a participle
    # ("a GOP strategist monitoring the race" -> strategist); never a possessive ("the minister's plan")
    known = _source_heads(lexicon)
    at = next((i for i in range(len(words) - 1, -1, -1) if not POSSESSIVE.search(words[i]) and
               (words[i] in known or _singular(words[i]) in lexicon.person_heads
                or _singular(words[i]) in lexicon.organisation_heads)), len(words) - 1)
    after = words[at + 1:]
    if after and not anonymous and not (after[0].endswith("ing") or (
            after[0].endswith("ed") and not DETERMINERS.intersection(tokens[positions[at] + 1:]))):
        return None  # "the judge granted the request": a clause; "the poll released Friday" is a mention
    words = words[:at + 1]
    head = POSSESSIVE.sub("", words[-1])
    if head in lexicon.determined_heads and not (tokens[0] in DETERMINERS or any(
            POSSESSIVE.search(w) or w in _institution_heads(lexicon) for w in words[:-1])):
        return None  # "resource management describes …", not "the management of RT", "company management"
    body = _strip_det(parts[1]) if len(parts) == 2 else ""
    # "a spokeswoman for the Foreign Ministry"; not "a study from October 2021"
    organisation = body if body[:1].isupper() and body.split()[0].lower() not in CALENDAR else None
    if anonymous or head in lexicon.anonymous_heads:
        kind = SourceKind.ANONYMOUS
    elif head in lexicon.government_heads:
        kind = SourceKind.GOVERNMENT
    elif head in lexicon.organisation_heads and not (head in lexicon.person_heads and (
            "who" in tokens or tokens[0] in COUNTED_ONE)):
        kind = SourceKind.ORGANISATION  # (a "developer who worked on the game", "one developer": a person)
    elif head in lexicon.person_heads:
        kind = SourceKind.PERSON
    elif head in lexicon.document_heads:
        if tokens[0] in ("our", "my"):
            return None  # "Our testing shows …": the outlet's own findings, in its own voice
        kind = SourceKind.DOCUMENT
    elif _singular(head) in lexicon.person_heads:
        kind = SourceKind.ANONYMOUS  # "many lawmakers", "Republican senators": people not named
    elif _singular(head) in lexicon.organisation_heads and tokens[0] in COUNTING_WORDS \
            and not any(w.endswith("ing") for w in words[:-1]):
        kind = SourceKind.ORGANISATION  # "the companies", "both banks": bodies not named (not "SEO agencies charge")
    else:
        return None  # "the plan", "the weather": not a source
    return Mention(text, kind=kind, head=head, modifiers=tuple(words[:-1]), organisation=organisation,
                   role=head if kind == SourceKind.PERSON else None)


def _singular(noun: str) -> str:
    """'lawmakers' -> 'lawmaker', 'congressmen' -> 'congressman', 'secretaries' -> 'secretary'."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# ---------------------------------------------------------------- the article's entities


@cache
def _source_heads(lexicon: Lexicon) -> frozenset[str]:
    """Every noun that heads a description of a source, of any kind."""
    return (lexicon.person_heads | lexicon.organisation_heads | lexicon.government_heads
            | lexicon.anonymous_heads | lexicon.document_heads)


@cache
def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """"Founder", "Designer", "Director": a run of capitalised words ending in one is a title."""
    return frozenset(t.split()[-1] for t in lexicon.titles)


@cache
def _organisation_use(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(ORGANISATION_USE.pattern.replace("HEADS", "|".join(sorted(lexicon.organisation_heads))))


@cache
def _described_heads(lexicon: Lexicon) -> frozenset[str]:
    """Nouns that head an unnamed source: "officials", "experts", "studies"."""
    return lexicon.anonymous_heads | lexicon.document_heads


@cache
def _institution_heads(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.organisation_heads | lexicon.government_heads


@cache
def _not_people(lexicon: Lexicon) -> frozenset[str]:
    """Words that make a capitalised run a place or an organisation, not a person."""
    return (FUNCTION_WORDS | NEVER_NAMES | lexicon.organisation_heads | lexicon.government_heads
            | {s.lower() for s in lexicon.organisation_suffixes})


# "the Poor People’s Campaign (PPC)": the acronym in brackets first, then its words in a
# bounded window before it (searching for the words everywhere backtracks without end on
# a megabyte-long word)
ACRONYM = re.compile(r"\s\(([A-Z][A-Z&]{1,7})\)")
ACRONYM_WORDS = re.compile(r"((?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the|on|in)\s+)*){0,7}[A-Z][\w’'.&-]*)\s*$")
ACRONYM_WINDOW = 200
PLACE_PREPOSITIONS = frozenset("in at from to near into across of on around outside inside toward towards".split())
NAME_LINKS = frozenset({"of", "for", "and", "de", "on", "&", "+"})  # inside a name: "Bank of America", "Marks & Spencer"
DETERMINERS = frozenset("the a an his her their its this that these those".split())
QUANTIFIERS = frozenset("some many several others most few".split())  # "Some say …", "Several of them said"
COUNTED_ONE = frozenset("one another".split())  # "one developer", "another producer": a person
# what opens "the companies", "both banks" ("that" opens clauses as often: "… that companies bring")
COUNTING_WORDS = DETERMINERS - {"that"} | QUANTIFIERS | frozenset("both all two three four five".split())
HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
# no word of a person's name: "EVs", "CEOs", "Newly-Released" (nor a first word in capitals: "GMC Sierra")
NOT_A_NAME_WORD = re.compile(r"[A-Z]{2,}s|[A-Z][a-z]+ly-[A-Z][a-z]+")
COMPOUND_COMMON_WORD = re.compile(r"[A-Z][A-Za-z]*-[a-z][\w-]*")  # "Open-source", "Coconut-enthusiasts"
PERSONAL_SURNAME = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Z][a-zà-ÿ]+)*")  # "Matthesen", "O’Brien", "Smith-Jones"
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
RECENT_PEOPLE = 2  # people named last that a person pronoun may refer to, a quoted one first
PRONOUN_GENDER = {"she": "female", "her": "female", "he": "male", "him": "male"}
# what a source puts out in its own name: "the statement" later is that source speaking
ISSUED_HEADS = ("statement", "release", "letter", "memo", "email", "post", "tweet")
ISSUED_DOCUMENT = re.compile(r"\b((?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,5})\s+"
                             r"(?:issued|released|put out|published|sent|posted)\s+an?\s+(?:[a-z-]+\s+)?"
                             r"(" + "|".join(ISSUED_HEADS) + r")\b")
ISSUED_ADJUNCT = re.compile(r"\b(?:in|via)\s+an?\s+(?:[a-z-]+\s+)?(" + "|".join(ISSUED_HEADS) + r")\b")  # "said in a statement"
# a one-word name used as a firm's: its staff, products or shares; "engineers at X"; "X, the … company"
# (not "Smith, the head of the agency": the words before the firm's noun are no phrase of their own)
# (the lookahead spares trying the case-blind list of staff at every word: 0.5 -> 0.3 ms a page)
ORGANISATION_USE = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)[’']s\s+(?:CEO|chief executive|chief|founder|co-founder|president|spokesperson|"
    r"spokesman|spokeswoman|website|app|platform|products|shares|stock|employees|engineers|researchers|"
    r"customers|users|headquarters|board)\b|"
    r"\b(?=[A-Za-z]+\s+at\s|acquired\s)(?:(?i:engineers|analysts|researchers|executives|employees|staff|"
    r"scientists|developers|managers|"
    r"workers|experts|leaders|insiders)\s+at|acquired by)\s+(?P<b>[A-Z][\w-]+)\b(?!\s+[A-Z])(?![’'])|"
    r"\b(?P<c>[A-Z][\w-]+),\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|to|with|from|in|on)\s)[\w-]+\s+){0,3}(?:HEADS)\b(?![’']s)")
# "the Economic Roundtable report", "a new Pew Research Center poll": a document and who made it
NAMED_DOCUMENT = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?((?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}"
                            r"[A-Z][\w’'.&-]*?)(?:’s|'s)?\s+([a-z]+)\b")
LEADING_NAME = re.compile(r"(?:(?:In|On|At|After|During|Last|This|Earlier|Later)\b[^,]{0,80},\s+)?"
                          r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+[a-z]+(?:ed|s)\b")
NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|on|the)\s+)?[A-Z][\w’'-]*){1,5}")
# "Tenant advocates took a different view.": a group opening a sentence, for a "they" after it
LEADING_GROUP = re.compile(r"(?:(?:The|Some|Many|Most|Several|Other)\s+)?((?:[A-Za-z][\w’'-]*\s+){0,2}?[a-z]+s)(?=[\s,])")
LEADING_DESCRIBED_PERSON = re.compile(r"(?:The|A|An)\s+((?:[a-z][\w’'-]*\s+){1,4})")
FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|van|von|de|der|bin|al|da|di|le|la)){1,3}\b")


def people_together(name: str) -> bool:
    """"Robert Gates and Condoleezza Rice", "Trump and his wife", "Tom Carper, Dianne Feinstein
    and Ben Cardin": people cited as one source (not a name whose role holds an "and": "Events
    Co-Owner and Lead Planner Erica Vanco")."""
    parts = name.split(" and ")
    if len(parts) != 2:
        return False
    people = parts[0].split(", ") + [parts[1]]
    return all(1 <= len(person.split()) <= MAX_TOGETHER_NAME_WORDS for person in people)


AGENT_NOUN_ENDS = "ers|ors|ists|ants|ents|ians"  # "testers", "vendors", "residents", "clients"
GROUP_NOUN_END = re.compile(rf"(?:{AGENT_NOUN_ENDS}|ees|men|people)$")  # and "employees", "spokesmen"


def _strictly_inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a position falls inside one of sorted, merged spans, past its first character."""
    i = bisect.bisect_left(spans, (position, -1)) - 1
    return i >= 0 and spans[i][0] < position < spans[i][1]


@dataclass
class Entities:
    """The sources an article names, most recently mentioned last, for resolving later mentions."""

    lexicon: Lexicon
    known: list[Source] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)  # entity name -> description
    full_names: list[str] = field(default_factory=list)  # "Julian Assange", as the text names people
    acronyms: dict[str, str] = field(default_factory=dict)  # "HUD" -> "Department of Housing and …"
    titled: dict[str, str] = field(default_factory=dict)  # "Barbara Parker" -> "City Attorney", as the text titles people
    documents: dict[str, set[str]] = field(default_factory=dict)  # "report" -> {"Economic Roundtable"}
    initials: dict[str, dict[str, str]] = field(default_factory=dict)  # "PPC" -> the names it may stand for
    last_group: Source | None = None  # the group opening the sentence read last: "Tenant advocates"
    last_described: Source | None = None  # a person described, not named, opening it: "The minister"
    last_subject: Source | None = None  # a name opening the sentence read last: "(In a video,) Apple demonstrated"
    # surname -> full name of its most recent holder: cited people, and people the text names
    _person_surnames: dict[str, str] = field(default_factory=dict)
    _text_surnames: dict[str, str] = field(default_factory=dict)
    _honorific_genders: dict[str, str] = field(default_factory=dict)  # "Eva-Marie Persson" -> "female" ("Ms Persson")
    organisation_words: frozenset[str] = frozenset()  # one-word names the text treats as firms ("Microsoft's CEO")
    lowercase_words: frozenset[str] = frozenset()  # words the text writes in lower case ("imaging", "bands")
    capitalised_inside: frozenset[str] = frozenset()  # capitalised inside a sentence: names ("a deal with Mozilla")

    def read_article(self, texts: list[str]) -> None:
        """Before any claim: the one-word names the whole text uses as an organisation's —
        "Microsoft's chief executive", "engineers at Google", "Gartner, the research firm"."""
        whole = "\n".join(texts)
        self.organisation_words = frozenset(m.group("a") or m.group("b") or m.group("c")
                                            for m in _organisation_use(self.lexicon).finditer(whole))
        self.lowercase_words = frozenset(LOWERCASE_WORD.findall(whole))
        self.capitalised_inside = frozenset(CAPITALISED_INSIDE.findall(whole))

    def register(self, source: Source, description: str | None = None) -> None:
        self.touch(source)
        if description:
            self.descriptions[source.name] = description

    def touch(self, source: Source) -> None:
        """Make a source the most recently mentioned one."""
        if source in self.known:
            self.known.remove(source)
        self.known.append(source)
        if source.kind == SourceKind.PERSON and not people_together(source.name):
            self._person_surnames[source.name.split()[-1]] = source.name

    def read(self, text: str) -> None:
        """Note the people a stretch of text mentions, in order: known sources become recent
        again, and full names are kept for a later surname ("Persson") or pronoun ("he")."""
        for match in ACRONYM.finditer(text):  # "the Poor People’s Campaign (PPC)"
            words = ACRONYM_WORDS.search(text, max(0, match.start() - ACRONYM_WINDOW), match.start())
            if words:
                self.acronyms.setdefault(match.group(1), re.sub(r"^(?:The|the)\s+", "", words.group(1).strip()))
        for match in NAMED_DOCUMENT.finditer(text):
            if match.group(2) in self.lexicon.document_heads and match.group(1).split()[0] not in CAPITALISED_NOT_NAMES:
                self.documents.setdefault(match.group(2), set()).add(match.group(1))
        self.last_group = self._leading_group(text)
        if not text.lstrip().startswith(QUOTE_OPENERS):  # a sentence opening with a quotation has no subject yet
            self.last_described = self._leading_described_person(text)
        self.last_subject = self._leading_name(text)
        for match in NAME_RUN.finditer(text):  # "the Poor People’s Campaign", for a later "the PPC"
            name = match.group(0)
            if " " not in name:
                continue
            if name.startswith(("The ", "the ")):
                name = name[4:]
            words = [w for w in name.split() if w not in NAME_LINKS and w != "the"]
            if len(words) >= 2:
                self.initials.setdefault("".join(w[0] for w in words), {}).setdefault(name.replace("'", "’"), name)
        found: list[tuple[int, str]] = []
        not_people = _not_people(self.lexicon)
        if _is_heading(text) and not any(self.lexicon.first_names.get(w.lower()) for w in text.split()):
            return  # "Dramatic Draping", "Part Two": a section's title names nobody to call "she"
        inside_names = None
        for match in FULL_NAME.finditer(text):
            if inside_names is None:  # inside a name cited as an organisation's, no person: "People for the Ethical …"
                inside_names = self._organisation_spans(text)
            if _strictly_inside(inside_names, match.start()):
                continue
            words = match.group(0).split()
            if words[0] in self.lexicon.honorifics:  # "Ms Persson": a surname, read below
                continue
            while words and self._sentence_opener(words[0]):
                words.pop(0)  # "Using LinkedIn helps …": no one named "Using LinkedIn"
            if len(words) < 2:
                continue
            name_words = self._name_words(words)  # "City Attorney Barbara Parker": the name
            if any(w.lower() in not_people or NOT_A_NAME_WORD.fullmatch(w) for w in name_words) \
                    or (len(name_words[0]) > 2 and name_words[0].isupper()) \
                    or match.group(0) in self.lexicon.government_names \
                    or name_words[-1] in _title_words(self.lexicon) \
                    or words[0] in self.lexicon.place_first_words or words[-1] in self.lexicon.place_last_words:
                continue
            before = text[max(0, match.start() - 12):match.start()].split()
            if before and before[-1].lower() in PLACE_PREPOSITIONS and not self._gender(" ".join(name_words)):
                continue  # "in San Jose", "at Hunters Point": a place, not someone to call "he"
            if before and before[-1] in ("the", "The") and words[-1].endswith("s"):
                continue  # "the Space Pirates", "the Rolling Stones": a group, nobody's "she"
                # (but "into Julian Assange", "of Public Prosecution Eva-Marie Persson" end in a first name)
            if text[match.end():match.end() + 2] in ("’s", "'s") and len(words) >= 2 and \
                    words[-1].lower() in ("lookout", "times", "post", "news", "journal"):
                continue
            found.append((match.start(), " ".join(name_words)))  # "Director … Eva-Marie Persson" -> 2 words
            if len(words) > len(name_words):  # "City Attorney Barbara Parker": "the city attorney" later
                self.titled.setdefault(" ".join(name_words), " ".join(words[:-len(name_words)]))
        for match in CAPITALISED.finditer(text):  # surnames, without the punctuation after them
            full = self._person_surnames.get(match.group(0)) or self._text_surnames.get(match.group(0))
            if not full:
                continue
            said = HONORIFIC_BEFORE.search(text, max(0, match.start() - 6), match.start())
            if said and self._gender(full) not in (None, HONORIFIC_GENDER[said.group(1).lower()]):
                continue  # "Ms. Brockman" is not Greg Brockman
            if said:  # "Ms Persson": a woman, whatever her first name says to the lexicon
                self._honorific_genders[full] = HONORIFIC_GENDER[said.group(1).lower()]
            found.append((match.start(), full))
        for _, name in sorted(found):
            if name in self.full_names:
                self.full_names.remove(name)
            self.full_names.append(name)
            self._text_surnames[name.split()[-1]] = name  # the most recent holder of a surname
            known = self.by_name(name)
            if known:
                self.touch(known)

    def _name_words(self, words: list[str]) -> list[str]:
        """A person's name at the end of a run of capitalised words: the last two ("City Attorney
        Barbara Parker"), or three opened by a first name ("Cristina Gil Lladanosa", "Martin
        Luther King": not "Gil Lladanosa", whose "Gil" would make her a "he")."""
        if len(words) >= 3 and words[-3].lower() in self.lexicon.first_names:
            return words[-3:]
        return words[-2:]

    def _leading_group(self, text: str) -> Source | None:
        match = LEADING_GROUP.match(text)
        if match is None or not any(self._may_head_a_group(w) for w in match.group(1).lower().split()):
            return None  # (most sentences: no word that could name people, so no mention to parse)
        mention = parse_mention(match.group(1), self.lexicon)
        if mention and mention.kind == SourceKind.ANONYMOUS and mention.head and mention.head != _singular(mention.head):
            return Source(_strip_det(match.group(0).strip()), SourceKind.ANONYMOUS)
        return None

    def _sentence_opener(self, word: str) -> bool:
        """A word capitalised only because it opens the sentence: a command, an adverb, or a word
        the text writes in lower case elsewhere."""
        lowered = word.lower()
        return lowered in self.lexicon.imperatives or lowered in self.lexicon.mention_openers \
            or lowered in self.lowercase_words and word not in self.capitalised_inside

    def _may_head_a_group(self, word: str) -> bool:
        """A word that can head a group of people: "officials", "advocates", "testers"."""
        return word in self.lexicon.anonymous_heads or plural_person_head(word, self.lexicon) \
            or bool(GROUP_NOUN_END.search(word))

    def _leading_described_person(self, text: str) -> Source | None:
        """"The minister spoke at length.": one person described, not named, for a "he" after it."""
        match = LEADING_DESCRIBED_PERSON.match(text)
        words = match.group(1).split()[:MAX_DESCRIBED_WORDS] if match else []
        head = next((i for i, w in enumerate(words) if w in self.lexicon.person_heads), None)
        if head is None:
            return None
        return Source(" ".join(words[:head + 1]), SourceKind.ANONYMOUS, role=words[head])

    def by_initials(self, acronym: str) -> str | None:
        """The one name in the text whose initials spell an acronym: "PPC" -> "Poor People’s Campaign"."""
        names = self.initials.get(acronym, {})
        return next(iter(names.values())) if len(names) == 1 else None

    def _leading_name(self, text: str) -> Source | None:
        """A name that is no person's opening a sentence, after an adjunct ("In a video, Apple …")."""
        match = LEADING_NAME.match(text)
        if match is None:
            return None
        words = match.group(1).split()
        while len(words) > 1 and self._sentence_opener(words[0]):
            words.pop(0)  # "Using LinkedIn", "Recent Samsung", "Moved EngageBay": the name is what follows
        name = " ".join(words)
        first = words[0].lower()
        if first in FUNCTION_WORDS or first in CALENDAR or _is_pronoun(first, self.lexicon) or self._gender(name) \
                or any(full and " " in full for full in (self._text_surnames.get(name), self._person_surnames.get(name))):
            return None  # a person: "Cook demonstrated …"
        if " " not in name and first in self.lowercase_words and name not in self.capitalised_inside:
            return None  # "Mindfulness helps …": a word the text writes in lower case, capitalised by the sentence
        return Source(name, _kind_of_name(name, self.lexicon) or SourceKind.ORGANISATION)

    def issuer_named(self, name: str) -> Source:
        """The source a name that issued a statement stands for: one already known, else a new one."""
        name = _strip_det(name)
        return self.by_name(name) or Source(name, _kind_of_name(name, self.lexicon) or SourceKind.ORGANISATION)

    def named_document(self, head: str) -> Source | None:
        """"the report" when the article names exactly one "<Name> report"."""
        names = self.documents.get(head, set())
        if len(names) != 1:
            return None
        name = next(iter(names))
        return Source(f"{name} {head}", SourceKind.DOCUMENT, organisation=name)

    def recent_person(self, pronoun: str | None = None) -> Source | None:
        """The person most recently mentioned, as a source (known, or named by the text),
        skipping people whose first name says the pronoun cannot be theirs."""
        gender = PRONOUN_GENDER.get(pronoun or "")
        candidates = [n for n in reversed(self.full_names) if self._may_be(n, gender)
                      and ((known := self.by_name(n)) is None or known.kind == SourceKind.PERSON)]
        # (a name the article cites as a body is nobody's "he": "chief executive of Ceres Robotics")
        # among the last few people named, one already quoted is the likelier "he said" (the
        # speaker goes on; a person named inside the quoted content does not take over)
        name = next((n for n in candidates[:RECENT_PEOPLE] if self.by_name(n)), None) or next(iter(candidates), None)
        if name:
            return self.by_name(name) or self.by_surname(name.split()[-1]) or Source(name, SourceKind.PERSON)
        for source in reversed(self.known):
            if source.kind == SourceKind.PERSON and not people_together(source.name) and \
                    self._may_be(source.name, gender):
                return source
        return None

    def _may_be(self, name: str, gender: str | None) -> bool:
        known = self._gender(name)
        return gender is None or known is None or known == gender

    def _gender(self, name: str) -> str | None:
        """From the first name ("Eva-Marie": Eva's), else from an honorific the text gave the person."""
        first = name.split()[0].lower()
        return self.lexicon.first_names.get(first) or self.lexicon.first_names.get(first.split("-")[0]) \
            or self._honorific_genders.get(name) or self._honorific_genders.get(self._text_surnames.get(name, ""))

    def family(self, name: str) -> Source | None:
        """"the Currys": the people (two or more) the text named with the surname "Curry"."""
        if " " in name or not name.endswith("s"):
            return None
        surname = name[:-2] if name.endswith("ses") else name[:-1]
        members = sorted(n for n in self.full_names if n.split()[-1] == surname)
        return Source(" and ".join(members), SourceKind.PERSON) if len(members) >= 2 else None

    def full_name(self, word: str) -> str | None:
        """The full name the text gave earlier to someone now called by surname only, or by a
        first name only one of the people it named bears ("Elise" after "Elise Matthesen")."""
        for name in reversed(self.full_names):
            if name != word and name.endswith(" " + word):
                return name
        if word.lower() in self.lexicon.first_names and len(word) > 1 and not word.isupper():  # (not "AI")
            bearers = {name for name in self.full_names if name.startswith(word + " ")
                       and PERSONAL_SURNAME.fullmatch(name.rsplit(" ", 1)[1])}  # (not "Stanford GSB", "Williams F1")
            if len(bearers) == 1:
                return bearers.pop()
        return None

    def _organisation_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the text names organisations already cited, as sorted, merged spans."""
        spans = []
        for source in self.known:
            if source.kind != SourceKind.PERSON and " " in source.name:
                at = text.find(source.name)
                while at != -1:
                    spans.append((at, at + len(source.name)))
                    at = text.find(source.name, at + 1)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def recent(self, kinds: set[SourceKind], plural: bool = False) -> Source | None:
        """The most recently cited source of one of these kinds (or, for "they", people
        cited together: "Clyburn and Butterfield", "Hansen and his collaborators")."""
        for source in reversed(self.known):
            if NUMBERED_VOICE.search(source.name):
                continue  # "unidentified group #1" of a transcript: a voice, not whom prose calls "they"
            if source.kind in kinds or plural and source.kind == SourceKind.PERSON and people_together(source.name):
                return source
        return None

    def by_surname(self, name: str) -> Source | None:
        """A person named in full earlier ("Erdogan" -> Recep Tayyip Erdogan)."""
        for source in reversed(self.known):
            full = source.name.split()
            if source.kind == SourceKind.PERSON and len(full) > 1 and not people_together(source.name) and (
                    name == full[-1] or " ".join(full[-len(name.split()):]) == name):
                return source
        return None

    def by_name(self, name: str) -> Source | None:
        for source in reversed(self.known):
            if source.name == name:
                return source
        return None

    def by_description(self, mention: Mention) -> list[Source]:
        """Entities whose description or role fits "the <modifiers> <head>"."""
        matches = [source for source in self.known if fits_description(
            mention, " ".join(filter(None, (self.descriptions.get(source.name), source.role))))]
        if matches or mention.kind != SourceKind.PERSON:
            return matches
        return [self.by_name(name) or Source(name, SourceKind.PERSON, title)  # titled but not cited yet
                for name, title in self.titled.items() if fits_description(mention, title)]


def fits_description(mention: Mention, description: str) -> bool:
    """Does "the <modifiers> <head>" fit a description or role ("City Attorney", "Russia’s
    state-owned arms exporter")? The head's stem, and every longer modifier's, must be in it."""
    vocabulary = set(re.findall(r"\w+", description.lower()))
    stem = (mention.head or "")[:6]
    return any(w.startswith(stem) for w in vocabulary) and all(
        any(w[:5] == m[:5] for w in vocabulary) for m in mention.modifiers if len(m) > 3)
