"""Article -> Claims: sentence-level, never split inside a quotation.

Also finds the quotations of a paragraph (every style: “ ” " " ‘ ’ « » „ “), which the
attribution stage reads again from the same text and offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache

from .lexicons import Lexicon
from .sources import FUNCTION_WORDS, LOWERCASE_WORD, QUOTE_CLOSERS, QUOTE_OPENERS, looks_like_person
from .models import Article, Claim

DOUBLE_PAIRS = {"“": "”", "«": "»", "„": "“", "‟": "”", "»": "«"}  # »…« is the German style
SINGLE_OPEN, SINGLE_CLOSE = "‘‚", "’"
STRAIGHT = '"'
RIGHT_DOUBLE = "”"  # opens as well as closes in Swedish and Finnish copy (”…”), and in sloppy copy
OPENING_MARK = re.compile("[" + re.escape("".join(DOUBLE_PAIRS) + SINGLE_OPEN + STRAIGHT + "'" + RIGHT_DOUBLE) + "]")
MIN_SPEECH_WORDS = 4  # "‘no hesitations’" (2 words) is a partial or scare quote, not a quotation
MAX_TOKEN_LOOKBACK = 40  # characters before a full stop searched for the word it ends
# a stop, closing marks, then reference marks that end the sentence ("… states.[86] As at 2017")
SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)\]]*(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])*"
                          r"(?=\s+(?:''|[“\"‘«(\[]|“”)?[A-Z0-9])")
# after a closing quotation mark, the speaker and cue that end the same sentence: "“Why?” Alito asked."
QUOTE_TAIL = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+([a-z]+)\b([^.!?]*)")
# what may follow the cue in such a tail ("… asked in one of his queries", "… told reporters")
QUOTE_TAIL_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "from", "with", "as", "when",
                                "while", "later", "then", "again", "recently", "earlier", "last", "this",
                                "of", "reporters", "journalists", "quietly", "simply", "flatly"})
TWO_APOSTROPHES = "''"  # the quotation mark of newswire and archive text: ''We're America,'' he said
# a transcript line: "ROSIE CURTS: If vouchers pass, …", "STEVE INSKEEP, HOST: …"
TRANSCRIPT_SPEAKER = re.compile(r"^((?:[A-Z][A-Z’'.-]+)(?:\s+[A-Z][A-Z’'.-]+){0,3}(?:\s+#\d{1,3})?)"
                                r"(?:,\s+([A-Z][A-Z ,’'.-]{1,40}))?:\s+")  # "UNIDENTIFIED PERSON #1:"
NAMED_SPEAKER = re.compile(r"^([A-Z][a-z’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})()?:\s+(?=[A-Z“\"‘'])")
# the line that signs an embedded post or a block quote: "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson)
# November 18, 2019", "A post shared by NASA (@nasa) on Jul 4, 2024", "— Steve Quinlan"
POST_SIGNATURE = re.compile(r"^\s*(?:[―—–-]|A post shared by)\s*(?P<name>[^()\n]{0,80}?)\s*\(@(?P<handle>\w{1,30})\)"
                            r"(?:\s+on)?[\s\w,.:]{0,40}$")
DASH_SIGNATURE = re.compile(r"^\s*[―—–]\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[\s.]*$")
NAME_CHARACTERS = re.compile(r"[^\w\s’'.-]+")  # the emoji and symbols of a display name


def quotation_signature(text: str) -> str | None:
    """The name signing a quotation, when the paragraph is only a signature line: the post's
    author's display name (its @handle when the name has no letters), or a dash and a name."""
    if post := POST_SIGNATURE.match(text):
        name = " ".join(NAME_CHARACTERS.sub(" ", post.group("name")).split())
        return name if any(ch.isalpha() for ch in name) else "@" + post.group("handle")
    if dash := DASH_SIGNATURE.match(text):
        return dash.group("name").rstrip(".")
    return None


def transcript_speaker(text: str, lexicon: Lexicon) -> re.Match[str] | None:
    """The "NAME:" opening a transcript line, if the paragraph is one (not a label such as
    "ALSO SEE:" or "Pro Tip:", and not a line that is only a link); also a person's name in
    ordinary case ("Pat Caddell: Democrat Voters Worried …", the headline and interview form),
    which quotation_paragraphs accepts only when the article names that person elsewhere or
    the lexicon knows the first name."""
    match = TRANSCRIPT_SPEAKER.match(text)
    if match is None and (named := NAMED_SPEAKER.match(text)) \
            and named.group(1).split()[0].lower() not in lexicon.imperatives:  # not "Choose Wichita:"
        first = named.group(1).split()[0].lower()
        if (first in lexicon.first_names and first not in FUNCTION_WORDS) or looks_like_person(named.group(1), lexicon):
            match = named
    if match is None or lexicon.transcript_labels.intersection(match.group(1).upper().split()):
        return None  # "Pro Tip:", "Cooling Test:", "CPU:": a label, not a speaker
    if spells_out(match.group(1), text[match.end():]):
        return None  # "MBSR: Mindfulness-Based Stress Reduction", "PPC: Pay-per-click": a glossary
    rest = text[match.end():].split()
    if len(rest) < 2 and (not rest or rest[0].startswith(("http://", "https://", "www."))):
        return None
    return match


SPELT_OUT_SKIPS = frozenset("of the and for on in to a an at".split())


def spells_out(acronym: str, text: str) -> bool:
    """Whether the words opening a text have an acronym's letters as their initials:
    "MBSR" and "Mindfulness-Based Stress Reduction", "PPC" and "Pay-per-click"."""
    letters = acronym.replace(".", "").lower()
    if not (2 <= len(letters) <= 8 and letters.isalpha()):
        return False
    words = re.findall(r"[^\W\d_]+", text[:200])[:2 * len(letters)]
    every = "".join(w[0] for w in words).lower()
    content = "".join(w[0] for w in words if w not in SPELT_OUT_SKIPS).lower()  # "Bureau of Investigation"
    return every.startswith(letters) or content.startswith(letters)


# a paragraph taken for a quotation that lost its marks speaks as "I" or "we" (not only "our":
# "Our original story is below" is the outlet), and no list item; capitalised "We"/"My" only
# opening a sentence: inside one it is part of a name ("the We Are Here Coalition")
FIRST_PERSON = re.compile(r"\b(?:I|we|me|my)\b|(?:^|[.!?:]\s+|[“\"‘']\s*)(?:We|My)\b")
# …and one speaking only as "we" only beside a quotation (the seed article's "We have no
# hesitations …" before "“In my last telephone talks …,” Erdogan added"): among the outlet's
# own paragraphs it is the outlet ("We have found no evidence to corroborate this claim.")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|my)\b|(?:^|[.!?:]\s+|[“\"‘']\s*)My\b")
# the reporter as the listener of someone else's words: "Residents told me that …"
REPORTER_AS_LISTENER = re.compile(r"\b(?:told|tells|telling|wrote to|emailed|texted|showed|explained to|said to)"
                                  r"\s+(?:me|us)\b")


# the reporter at work, in the first person: "when I asked him", "By the time of my visit",
# "when I started digging into this story" — an article in which the writer says "I" this way
# speaks as "I" itself, and its first-person paragraphs are no quotations that lost their marks
REPORTER_AT_WORK = re.compile(r"\bI\s+(?:asked|visited|interviewed|met|reached|contacted|spoke\s+(?:to|with)|"
                              r"started\s+(?:digging|reporting|looking)|got\s+word|travell?ed\s+to|drove\s+to|"
                              r"arrived\s+(?:at|in)|visit(?:ed)?\s+the)\b|"
                              r"\bmy\s+(?:visit|trip|reporting|interview|investigation|research)\b")
REPORTER_AT_WORK_MIN = 1  # paragraphs

FIRST_PERSON_PIECE_MIN = 3
FIRST_PERSON_PIECE_SHARE = 0.25  # of the prose paragraphs
PROSE_WORDS = 12


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in a paragraph: [start, end) includes its marks when they are there."""

    start: int
    end: int
    closed: bool  # False: opened and not closed in this paragraph (it runs on)
    double: bool  # double marks (or guillemets); False for single marks

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end

    def words(self, text: str) -> int:
        start, end = self.inner
        return len(text[start:end].split())


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in a paragraph, outermost only, in order."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        mark = OPENING_MARK.search(text, i)  # jump to the next character that may open a quotation
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        close = None
        if ch in DOUBLE_PAIRS and not (ch == "»" and _guillemet_is_close(text, i)):
            close = DOUBLE_PAIRS[ch]
        elif ch == STRAIGHT and _opens(text, i):
            close = STRAIGHT
        elif ch == RIGHT_DOUBLE and _opens(text, i) and text.find(RIGHT_DOUBLE, i + 1) != -1:
            close = RIGHT_DOUBLE  # ”…”: a right mark before a word opens
        elif ch == "'" and text.startswith(TWO_APOSTROPHES, i) and _opens(text, i):
            # ''…'': marked as a quotation from the second apostrophe to the first closing one
            end = text.find(TWO_APOSTROPHES, i + 2)
            if end == -1:
                quotes.append(Quote(i + 1, n, False, True))
                break
            quotes.append(Quote(i + 1, end + 1, True, True))
            i = end + 2
            continue
        elif ch in SINGLE_OPEN and _opens(text, i):
            end = _find_single_close(text, i + 1)
            if end is not None:
                quotes.append(Quote(i, end + 1, True, False))
                i = end + 1
                continue
        if close is None:
            i += 1
            continue
        end = text.find(close, i + 1)
        if end == i + 1 and ch == "“" and text[end + 1:end + 2].isalpha():
            end = text.find(close, i + 2)  # "“”This is …”": a doubled opening mark, not an empty quotation
        if close == "“" and end == -1:
            end = text.find("”", i + 1)  # „…” as well as „…“
        if close == STRAIGHT:  # sloppy copy opens with " and closes with ”
            curly = text.find("”", i + 1)
            if curly != -1 and (end == -1 or curly < end):
                end = curly
        elif ch == "“" and end == -1:  # … or opens with “ and closes with "
            end = text.find(STRAIGHT, i + 1)
        if end == -1:
            quotes.append(Quote(i, n, False, True))
            break
        quotes.append(Quote(i, end + 1, True, True))
        i = end + 1
    return tuple(quotes)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,“‘") and not after.isspace()


def _guillemet_is_close(text: str, i: int) -> bool:
    return "«" in text[:i] and text.rfind("«", 0, i) > text.rfind("»", 0, i)


def _find_single_close(text: str, start: int) -> int | None:
    """The ’ that closes a single-quoted span: followed by a non-letter (not an apostrophe)."""
    for match in re.finditer(SINGLE_CLOSE, text[start:]):
        j = start + match.start()
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalpha() and text[j - 1] not in " \t":
            return j
    return None


def is_speech(quote: Quote, text: str) -> bool:
    """A quotation long enough to be someone's words rather than a scare quote."""
    return quote.words(text) >= MIN_SPEECH_WORDS or not quote.closed


def split_sentences(text: str, quotes: tuple[Quote, ...], abbreviations: frozenset[str],
                    cue_forms: Collection[str] = ()) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph; no boundary falls inside a double-marked quotation, nor
    between a quotation and the speaker and cue after it ("“Why?” Alito asked.")."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        boundary = match.end()
        if any(q.double and q.start < boundary < q.end for q in quotes):
            continue
        if cue_forms and match.group(0).endswith(QUOTE_CLOSERS) and text.startswith(QUOTE_OPENERS, start) \
                and _quote_tail(text, boundary, cue_forms):
            continue  # the sentence is the quotation, said by the speaker after it
        # the word before the stop (an abbreviation is short: look back a little only, since
        # a regex anchored at the end backtracks over a megabyte without spaces)
        tail = text[max(start, match.start() + 1 - MAX_TOKEN_LOOKBACK):match.start() + 1].split()
        token = tail[-1].rstrip(".").lstrip("“”\"‘'«([") if tail else ""  # '”Mr. Trump': the abbreviation
        if token in abbreviations or re.fullmatch(r"[A-Z]", token) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", token):
            continue
        if token.isdigit() and not text[start:match.start() + 1].strip().removesuffix(token + "."):
            continue  # "2. Check the peep hole": a list's number opening the sentence, not a sentence
        spans.append((start, boundary))
        start = boundary
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _quote_tail(text: str, boundary: int, cue_forms: Collection[str]) -> bool:
    tail = QUOTE_TAIL.match(text, boundary)
    if tail is None or tail.group(1) not in cue_forms:
        return False
    rest = tail.group(2).split()
    return not rest or rest[0].startswith(",") or rest[0].rstrip(",;:") in QUOTE_TAIL_OPENERS


@dataclass(frozen=True, slots=True)
class Layout:
    """Which paragraphs are one quotation each, and which the outlet's own presenter speaks in
    a transcript: read once per article, for the claims and the attribution alike."""

    whole: frozenset[int]
    presenting: frozenset[int]


def paragraph_layout(article: Article, lexicon: Lexicon) -> Layout:
    speakers = _transcript_speakers(article, lexicon)  # read once for both
    presenting = presenter_lines(article, lexicon, speakers)
    return Layout(quotation_paragraphs(article, lexicon, presenting, speakers), presenting)


def _transcript_speakers(article: Article, lexicon: Lexicon) -> list[re.Match[str] | None]:
    """Each paragraph's transcript speaker ("NAME:"), if it opens with one."""
    return [transcript_speaker(p.text, lexicon) for p in article.paragraphs]


def quotation_paragraphs(article: Article, lexicon: Lexicon, presenting: frozenset[int] | None = None,
                         speakers: list[re.Match[str] | None] | None = None) -> frozenset[int]:
    """Paragraphs that are one quotation: block quotes, and first-person paragraphs without
    quotation marks next to a reported-speech paragraph (a block quote whose markup was lost
    in scraping: news copy is written in the third person)."""
    whole = set()
    texts = [p.text for p in article.paragraphs]
    unmarked = {i for i, t in enumerate(texts)
                if FIRST_PERSON.search(t) and FIRST_PERSON.search(REPORTER_AS_LISTENER.sub("", t))
                and not _has_double_marks(t)}
    # an article written in the first person (an op-ed, a letter, a diary) speaks as "I"
    # itself: its first-person paragraphs are not quotations that lost their marks
    prose = sum(1 for t in texts if len(t.split()) >= PROSE_WORDS)  # (not headings, list items, captions)
    first_person_piece = len(unmarked) > max(FIRST_PERSON_PIECE_MIN, FIRST_PERSON_PIECE_SHARE * prose) \
        or sum(1 for i in unmarked if REPORTER_AT_WORK.search(texts[i])) >= REPORTER_AT_WORK_MIN
    if speakers is None:
        speakers = _transcript_speakers(article, lexicon)
    if presenting is None:  # the outlet's own reporter: prose, not a quotation
        presenting = presenter_lines(article, lexicon, speakers)
    labels = Counter(m.group(1) for m in speakers if m and m.group(1).isupper())
    dialogue = any(n > 1 for n in labels.values())  # a transcript: its speakers come back
    lowercase = cache(lambda: frozenset(LOWERCASE_WORD.findall("\n".join(texts))))  # read once, if needed
    for i, paragraph in enumerate(article.paragraphs):
        if i in presenting:
            continue
        if paragraph.quoted and _introduces_its_quotation(paragraph.text, lexicon):
            continue  # a block quote holding "He instead told the BBC interviewer: “…”": read as prose
        if paragraph.quoted or _speaker_line(i, texts, speakers, dialogue, lowercase, lexicon):
            whole.add(i)
            continue
        if first_person_piece:
            continue
        text = paragraph.text
        if i not in unmarked or TWO_APOSTROPHES in text or text.lstrip().startswith(("-", "•", "*")):
            continue  # "Our original story is below.", "- Read our guide …": the outlet speaking
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        if not FIRST_PERSON_SINGULAR.search(REPORTER_AS_LISTENER.sub("", text)) \
                and not any(article.paragraphs[j].quoted or _has_double_marks(texts[j]) for j in beside):
            continue  # "We have found no evidence …" among the outlet's own paragraphs: the outlet
        if any(lexicon.holds_cue(texts[j]) for j in beside):
            whole.add(i)
    return frozenset(whole)


# a transcript's label for the outlet's own people: NPR's "SERGIO MARTINEZ-BELTRAN, BYLINE:",
# "A MARTÍNEZ, HOST:"; their lines are the outlet reporting, not a source quoted
PRESENTER_ROLES = frozenset("byline host anchor co-host cohost".split())


def presenter_lines(article: Article, lexicon: Lexicon,
                    speakers: list[re.Match[str] | None] | None = None) -> frozenset[int]:
    """The paragraphs the outlet's own reporter or host speaks in a transcript: lines labelled
    with a presenter's role, later lines under the same surname, and the sign-off naming them
    ("For NPR News, I'm Sergio Martínez-Beltrán in Austin.")."""
    if speakers is None:
        speakers = _transcript_speakers(article, lexicon)
    surnames, lines = set(), set()
    for i, (paragraph, match) in enumerate(zip(article.paragraphs, speakers)):
        if match:
            surname = _plain(match.group(1).split()[-1])
            role = (match.group(2) or "").strip().lower()
            if role in PRESENTER_ROLES:
                surnames.add(surname)
            if surname in surnames:
                lines.add(i)
        elif surnames and (sign_off := I_AM.search(paragraph.text)) and \
                _plain(sign_off.group(1).split()[-1]) in surnames:
            lines.add(i)
    return frozenset(lines)


I_AM = re.compile(r"\bI[’']m ([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})")


def _plain(name: str) -> str:
    """A name in capitals without accents: "Martínez-Beltrán" and "MARTINEZ-BELTRAN" are one."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()


INTRODUCED_QUOTATION = re.compile(r"^\s*(?!(?:I|We|My|Our)\b)([^“\"\n]{3,200}?)[,:]\s*[“\"]")


def _introduces_its_quotation(text: str, lexicon: Lexicon) -> bool:
    """A block quote that is a whole sentence introducing a quotation with its own cue ("He
    instead told the BBC interviewer: “…”"), not the quoted person's words."""
    lead = INTRODUCED_QUOTATION.match(text)
    return bool(lead) and lexicon.holds_cue(lead.group(1))


def _speaker_line(i: int, texts: list[str], speakers: list[re.Match[str] | None], dialogue: bool,
                  lowercase: Callable[[], frozenset[str]], lexicon: Lexicon) -> bool:
    """A transcript line (`speakers[i]`: its speaker). A label whose words the article writes in
    lower case elsewhere is none ("Yoga Mat:", "SERVICES OFFERED:", "Summer Travel:"); a speaker
    whose first name the lexicon does not know counts only in a dialogue (capitals: some
    speaker comes back, as in NPR's transcripts) or when the article names that person
    elsewhere too ("Rush Limbaugh: …") — "Digital Skills:", "PROJECT:" are named nowhere else
    (but as the label of other lines)."""
    match = speakers[i]
    if match is None:
        return False
    name = label = match.group(1)
    if match.group(2) or name.startswith("UNIDENTIFIED "):
        return True  # (a role, "UNIDENTIFIED PERSON #1:": a transcript's own conventions)
    if all(w.lower() in lowercase() for w in name.split()):
        return False  # common words capitalised as a label, not a name
    if name.split()[0].lower() in lexicon.first_names:
        return True
    if name.isupper():
        if dialogue:
            return True
        name = name.title()  # "ROSIE CURTS" named "Rosie Curts" in the reporter's lines
    return any(name in text for j, text in enumerate(texts)
               if j != i and not (speakers[j] and speakers[j].group(1) == label))


def _has_double_marks(text: str) -> bool:
    return any(mark in text for mark in "“”\"«»„")


def split_claims(article: Article, lexicon: Lexicon, layout: Layout | None = None) -> tuple[Claim, ...]:
    """Sentence-level claims of every paragraph; a quotation paragraph is one claim; a span
    without a letter is none."""
    whole = (layout or paragraph_layout(article, lexicon)).whole
    claims = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        if index in whole:
            spans = [(0, len(text))]
        else:
            spans = split_sentences(text, find_quotes(text), lexicon.abbreviations, lexicon.cue_forms)
        if paragraph.quoted and quotation_signature(text):
            continue  # "— Name (@handle) date" under an embedded post signs it; it claims nothing
        for start, end in spans:
            while end > start and text[end - 1].isspace():
                end -= 1
            if not any(ch.isalpha() for ch in text[start:end]):
                continue  # "6", "$1,399", "4.5/5": a figure on its own line says nothing by itself
            claims.append(Claim(index, start, end, text[start:end]))
    return tuple(claims)
