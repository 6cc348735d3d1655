"""Who a mention refers to, once all of an article's claims are analysed.

Two passes over the claims' findings (attribution._Found): names, surnames, pronouns and
"speaker from context" in reading order; then descriptions ("the Russian exporter") against
every entity the article names, which may come later in the text, and speakers taken from
the next claim when its cue says it continues ("Erdogan added").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicons import Lexicon
from .models import AttributionMode, Source, SourceKind
from .sources import (AGENT_NOUN_ENDS, ISSUED_ADJUNCT, ISSUED_DOCUMENT, QUANTIFIERS, QUOTE_CLOSERS, QUOTE_OPENERS,
                      Entities, Mention, _institution_heads, fits_description, looks_like_person, parse_mention,
                      plural_person_head)


CAPITALISED_WORD = re.compile(r"\b[A-Z]")
UNMARKED_PLURALS = frozenset("people staff police personnel public media".split())  # no "he" among them
NOT_ONE_PERSON = QUANTIFIERS | UNMARKED_PLURALS
GROUP_QUANTIFIER = re.compile(r"^(?:" + "|".join(sorted(QUANTIFIERS | {"other"})) + r")\s+")  # "some senators"


def resolve_in_order(found: list, claims, entities: Entities) -> None:
    """Names, surnames and pronouns in reading order; a claim needing a speaker from context
    is linked to the last claim that had one (resolved once descriptions are)."""
    previous: int | None = None
    previous_paragraph = -1
    names_read = -1  # people the text had named when the last described speaker spoke
    for i, (f, claim) in enumerate(zip(found, claims)):
        if claim.paragraph > previous_paragraph + 1:
            previous = None  # context does not jump over a paragraph
        if f.mention is not None:
            before = _text_before_word(claim.text, f.mention_text) if f.mention.pronoun else ""
            if before:
                entities.read(before)  # "Eric Trump deleted a tweet in which he said …"
            if f.mention.pronoun == "it" and (body := _body_before(before, entities.lexicon)):
                # "Shares of the company fell after it warned …": the company, not the body cited before
                f.mention, f.note = body, f"pronoun: {body.text!r} earlier in the sentence"
            speaker = previous
            while speaker is not None and found[speaker].context_of is not None:
                speaker = found[speaker].context_of  # "he explains …" "he says …": still the doctor
            if speaker is not None and len(entities.full_names) == names_read \
                    and _may_be_described(f.mention, found[speaker].mention, entities.lexicon):
                # '“…,” says a doctor from Hebron. … he explains …': the doctor, named by nobody since
                f.context_of, f.note = speaker, "pronoun: the person the claim before describes"
            else:
                f.source, note = _resolve_mention(f.mention, entities)
                f.note = note or f.note
                if f.source is None and f.mention.pronoun == "it" and speaker is not None \
                        and _unnamed_body(found[speaker].mention):
                    # "the US military said … “…,” the statement said. It did not reveal …": that body
                    f.context_of, f.note = speaker, "pronoun: the body the claim before describes"
        elif f.context:
            f.context_of = previous
        for g in f.further:  # another source in the same sentence: "…, but analysts said …"
            if g.own_speaker:
                g.source, note = _resolve_mention(g.mention, entities)
                g.note = note or g.note
        if f.mention is not None or f.context_of is not None:
            previous = i
            previous_paragraph = claim.paragraph
            if f.source is not None:
                entities.touch(f.source)
        elif f.mode == AttributionMode.OWN and claim.paragraph != previous_paragraph:
            previous = None
        named_before = len(entities.full_names)
        entities.read(claim.text)
        if f.mention is not None and _described_person(f.mention, entities.lexicon) \
                and len(entities.full_names) == named_before:  # (not "the chief executive, Marissa Mayer")
            names_read = named_before
        elif f.mention is not None and f.context_of is None:
            names_read = -1


AGENT_PLURAL = re.compile(rf"(?:{AGENT_NOUN_ENDS})$")  # "testers", "vendors", "clients"


def _plural_of_people_or_bodies(word: str, lexicon: Lexicon) -> bool:
    """"manufacturers", "diners", "companies": people or bodies described in the plural (not
    "prices", "logs", "animations")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else None
    return bool(singular) and (bool(AGENT_PLURAL.search(word)) or plural_person_head(word, lexicon)
                               or singular in lexicon.organisation_heads | lexicon.anonymous_heads)


def _unnamed_body(mention) -> bool:
    """"the US military", "the ministry", "the statement": a body or its document, described
    and not named (resolved with the descriptions, after the pronouns)."""
    return mention is not None and not mention.name and not mention.pronoun and mention.head is not None \
        and mention.kind in (SourceKind.ORGANISATION, SourceKind.GOVERNMENT, SourceKind.DOCUMENT)


def _described_person(mention, lexicon) -> bool:
    """"a doctor from Hebron", "a senior official": one person, described, not named."""
    head = (mention.head or "").lower()
    return bool(head) and not mention.name and not mention.pronoun and (
        head in lexicon.person_heads or mention.kind == SourceKind.ANONYMOUS
        and not head.endswith("s") and head not in NOT_ONE_PERSON)


def _other_gender(pronoun: str, head: str) -> bool:
    """"a spokeswoman" is no "he", "a spokesman" no "she"."""
    return pronoun in ("he", "him") and head.endswith("woman") or pronoun in ("she", "her") and \
        head.endswith("man") and not head.endswith("woman")


def _may_be_described(pronoun_mention, described, lexicon) -> bool:
    """'he'/'she' after a described person's words: that person, unless the description's
    noun says otherwise ("a spokeswoman" is no "he")."""
    pronoun = pronoun_mention.pronoun
    if pronoun not in lexicon.pronouns["person"] or described is None or not _described_person(described, lexicon):
        return False
    return not _other_gender(pronoun, described.head.lower())


def _quote_runs_on(claim, following) -> bool:
    """The news convention for a quotation over several paragraphs: each opens with a mark,
    only the last closes."""
    text = claim.text.lstrip()
    return following.paragraph == claim.paragraph + 1 and following.text.lstrip().startswith(QUOTE_OPENERS) \
        and text.startswith(QUOTE_OPENERS) and not any(m in text[1:] for m in QUOTE_CLOSERS)


def _person_named(part: str, entities: Entities) -> str | None:
    """One of people cited together: a surname's full name, or the person "he"/"she" means."""
    if part.lower() in ("he", "she"):  # "he and Condoleezza Rice", "He and his wife"
        person = entities.recent_person(part.lower())
        return person.name if person else None
    return entities.full_name(part) or part


def _body_before(text: str, lexicon: Lexicon) -> Mention | None:
    """The last organisation or government described in a stretch of text ("the company",
    "the state-owned bank"), for an "it" after it in the same sentence."""
    heads = _institution_heads(lexicon)
    for match in reversed(list(THE_AND_WORDS.finditer(text))):
        words = match.group(1).split()
        at = next((k for k, word in enumerate(words) if word in heads), None)
        if at is not None and all(w.islower() for w in words[:at + 1]):
            mention = parse_mention("the " + " ".join(words[:at + 1]), lexicon)
            if mention is not None and mention.kind in (SourceKind.ORGANISATION, SourceKind.GOVERNMENT):
                return mention
    return None


THE_AND_WORDS = re.compile(r"\bthe\s+((?:[\w-]+\s+){0,2}[\w-]+)")  # "the state-owned bank"


def _text_before_word(text: str, word: str | None) -> str:
    """The claim's text before the first use of a word (a pronoun), if it is not the first word."""
    m = re.search(rf"\b{re.escape(word)}\b", text) if word else None
    return text[:m.start()] if m and m.start() > 0 else ""


def _resolve_mention(mention: Mention, entities: Entities) -> tuple[Source | None, str | None]:
    lex = entities.lexicon
    group = entities.last_group
    if group and mention.kind == SourceKind.ANONYMOUS and mention.head in QUANTIFIERS:
        # "Impacted residents … have experienced … Some say …": some of that group
        name = group.name[0].lower() + group.name[1:] if group.name[1:2].islower() else group.name
        name = GROUP_QUANTIFIER.sub("", name)  # "Some senators … Others": other senators
        part = "Other" if mention.head == "others" else mention.head.capitalize()
        return Source(f"{part} {name}", SourceKind.ANONYMOUS), "a part of the group the sentence before opens with"
    if mention.pronoun:
        group = next((g for g, words in lex.pronouns.items() if mention.pronoun in words), "person")
        kinds = {"person": {SourceKind.PERSON},
                 "plural": {SourceKind.ORGANISATION, SourceKind.GOVERNMENT, SourceKind.ANONYMOUS},
                 "neuter": {SourceKind.ORGANISATION, SourceKind.GOVERNMENT}}.get(group, {SourceKind.PERSON})
        if group == "plural" and entities.last_group is not None:  # "Tenant advocates took … They said"
            entities.register(entities.last_group)
            return entities.last_group, "pronoun resolved to the group opening the sentence before"
        if group == "person":
            source = entities.recent_person(mention.pronoun)
            described = entities.last_described
            if source is None and described is not None and not _other_gender(mention.pronoun, described.role or ""):
                entities.register(described)  # "The minister spoke at length. “…,” he said."
                return described, "pronoun resolved to the person described opening the sentence before"
        else:  # "they": an organisation, or people cited together ("Hansen and his collaborators")
            source = entities.recent(kinds, plural=group == "plural")
        if source is None and group == "neuter" and entities.last_subject is not None:
            entities.register(entities.last_subject)  # "Apple demonstrated … It also revealed …"
            return entities.last_subject, "pronoun resolved to the name opening the sentence before"
        if source is None:
            return None, f"pronoun {mention.pronoun!r} not resolved"
        if source not in entities.known:
            entities.register(source)
        return source, f"pronoun resolved to the most recently mentioned {'/'.join(sorted(kinds))}"
    if mention.name:
        acronym = _without_the(mention.name)
        if acronym in entities.acronyms:  # "the PPC" after "the Poor People’s Campaign (PPC)"
            full = entities.acronyms[acronym]
            mention = replace(mention, name=full, kind=_spelt_out_kind(full, lex))
        if mention.kind == SourceKind.PERSON and " and " in mention.name:  # "Clyburn and Butterfield"
            listed, last = mention.name.rsplit(" and ", 1)
            parts = [_person_named(p, entities) for p in listed.split(", ") + [last]]  # "Carper, Leahy and Cardin"
            if None in parts:
                return None, "a pronoun among people cited together not resolved"
            mention = replace(mention, name=", ".join(parts[:-1]) + " and " + parts[-1])
        known = entities.by_name(mention.name) or entities.by_surname(mention.name)
        if known is None and len(mention.name.split()) == 1 and (full := entities.full_name(mention.name)):
            mention = replace(mention, name=full, kind=mention.kind or SourceKind.PERSON)
            known = entities.by_name(full)
        if known:
            if mention.role and not known.role:
                known = _upgrade(entities, known, replace(known, role=mention.role,
                                                          organisation=mention.organisation or known.organisation))
            return known, None
        if mention.kind is None and " " not in mention.name and not mention.role \
                and mention.name.lower() in entities.lowercase_words and not mention.name.isupper() \
                and mention.name not in entities.capitalised_inside and not _seen_as_organisation(mention.name, entities):
            # "Imaging reveals …", "Bands can track …": a common word the text writes in lower
            # case elsewhere, capitalised here by the sentence's start; a plural one is a group
            # described ("Manufacturers recommend …")
            if _plural_of_people_or_bodies(mention.name.lower(), lex):
                group = Source(mention.name.lower(), SourceKind.ANONYMOUS)
                entities.register(group)
                return group, "a common plural noun here, a group described, not a name"
            return None, f"{mention.name!r} is a common word here, not a name"
        kind = mention.kind or (SourceKind.PERSON if not _seen_as_organisation(mention.name, entities)
                                else SourceKind.ORGANISATION)
        source = Source(mention.name, kind, mention.role, mention.organisation)
        entities.register(source)
        if mention.organisation:
            entities.register(Source(mention.organisation, _organisation_kind(mention.organisation, lex)),
                              mention.organisation_description)
        return source, None
    return None, None  # a description: resolved once every entity is known


def _seen_as_organisation(name: str, entities: Entities) -> bool:
    return name in entities.organisation_words or \
        any(s.name == name and s.kind == SourceKind.ORGANISATION for s in entities.known)


def _organisation_kind(name: str, lexicon: Lexicon) -> SourceKind:
    last = name.split()[-1].lower()
    if name in lexicon.government_names or last in lexicon.government_heads:
        return SourceKind.GOVERNMENT
    return SourceKind.ORGANISATION


def _upgrade(entities: Entities, old: Source, new: Source) -> Source:
    entities.known = [new if s == old else s for s in entities.known]
    return new


def resolve_descriptions_and_lookahead(found: list, claims, entities: Entities) -> None:
    """Descriptions against every entity the article names, "the statement" as its issuer;
    then speakers from the claim before or the next claim."""
    lexicon = entities.lexicon
    for f in (f for top in found for f in (top, *(g for g in top.further if g.own_speaker))):
        m = f.mention
        if f.source is None and m is not None and m.head and not m.pronoun:
            f.source, note = _resolve_description(m, entities)
            # an "it" standing for a description keeps saying so ("pronoun: 'the company' earlier …")
            f.note = f"{f.note}; {note}" if f.note and f.note.startswith("pronoun:") else note
            if f.source.kind == SourceKind.ANONYMOUS and f.source.role:
                entities.touch(f.source)  # "a Southwest spokesperson", for "the spokesperson" later
    for f in found:  # "the Currys": the people the whole article names with that surname
        if m := f.mention:
            if m.name and re.match(r"the\s", m.text, re.I) and (family := entities.family(m.name)):
                f.source, f.note = family, "a family: the people the article names with this surname"
    for f in found:  # an acronym the article defines only later: "the PPC said …" … "(PPC)"
        if f.source is not None and (full := _defined_later(f.source.name, entities)):
            f.source = replace(f.source, name=full, kind=_spelt_out_kind(full, lexicon))
            f.note = (f.note + "; " if f.note else "") + "acronym spelt out elsewhere in the article"
    _resolve_issued_documents(found, claims, entities)
    for f in found:
        if f.source is None and f.context_of is not None:
            f.source = found[f.context_of].source
    for i in reversed(range(len(found) - 1)):  # backwards: '"A." "B." "C," the statement continued.'
        f, nxt = found[i], found[i + 1]
        if f.source is None and f.context and nxt.source and (
                nxt.cue and nxt.cue.split()[0].lower() in lexicon.continuations
                or nxt.context and claims[i + 1].paragraph == claims[i].paragraph):
            f.source = nxt.source
            f.note = (f.note or "") + " (the next claim's speaker: its cue says it continues)"
        elif f.source is None and f.context and nxt.source and _quote_runs_on(claims[i], claims[i + 1]):
            # a quotation left open at the end of its paragraph goes on in the next one, which
            # reopens it: '“We will not back down. …' / '“Nobody will take it,” said Azza.'
            f.source = nxt.source
            f.note = (f.note or "") + " (a quotation running on into the next paragraph, whose speaker it is)"


def _resolve_issued_documents(found: list, claims, entities: Entities) -> None:
    """"the statement said …" is whoever put the statement out, in reading order: the source
    of the last "X said in a statement", or the X of "X issued a statement"."""
    issued: dict = {}  # "statement" -> the source that issued the last one read
    for f, claim in zip(found, claims):
        for match in ISSUED_DOCUMENT.finditer(claim.text):  # "Big Machine Records issued a statement"
            issued[match.group(2)] = entities.issuer_named(match.group(1))
        m = f.mention
        if m is not None and m.head and m.head.lower() in issued and re.match(r"the\s+\w+$", m.text, re.I):
            f.source = issued[m.head.lower()]
            f.note = f"{m.text!r}: the {m.head.lower()} {f.source.name} issued"
        if f.source is not None and (adjunct := ISSUED_ADJUNCT.search(f.cue or "")):
            issued[adjunct.group(1)] = f.source  # "the US military said in a statement" (the cue's adjunct)


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


def _spelt_out_kind(full: str, lexicon: Lexicon) -> SourceKind:
    """What an acronym's full name is: a person when it reads as one ("David Heinemeier
    Hansson (DHH)"), a government when any of its words heads one ("Department of Housing and
    Urban Development"), else an organisation."""
    if full.split()[0].lower() in lexicon.first_names and looks_like_person(full, lexicon):
        return SourceKind.PERSON
    return SourceKind.GOVERNMENT if any(w.lower() in lexicon.government_heads for w in full.split()) \
        else SourceKind.ORGANISATION


def _defined_later(name: str, entities: Entities) -> str | None:
    """The name an acronym stands for: defined in brackets anywhere in the article, else
    the one name the article spells out with those initials."""
    acronym = _without_the(name)
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) > 1):
        return None
    return entities.acronyms.get(acronym) or entities.by_initials(acronym)


INDEFINITE = re.compile(r"(?:an?|one)\s", re.I)


def _resolve_description(mention: Mention, entities: Entities) -> tuple[Source, str]:
    kind = mention.kind or SourceKind.ORGANISATION
    if kind != SourceKind.ANONYMOUS and INDEFINITE.match(mention.text):
        note = "indefinite description: someone not named"  # "A spokeswoman for the ministry declined …"
    elif kind != SourceKind.ANONYMOUS:
        candidates = [s for s in entities.by_description(mention) if s.kind == kind]
        if not candidates and kind == SourceKind.PERSON and re.match(r"the\s", mention.text, re.I):
            # "the spokesperson" after "a Southwest spokesperson": the unnamed person cited before
            candidates = [s for s in entities.known if s.kind == SourceKind.ANONYMOUS
                          and s.name.lower().split()[-1] == mention.head and fits_description(mention, s.name)]
        if len(candidates) == 1:
            return candidates[0], f"description {mention.text!r} resolved to an entity the article names"
        note = f"description not resolved ({len(candidates)} candidates)"
    else:
        note = "anonymous source"
    if kind == SourceKind.DOCUMENT and not CAPITALISED_WORD.search(mention.text, 1) \
            and not INDEFINITE.match(mention.text) and (
            document := entities.named_document(mention.head)):  # "the report", not "an AP analysis" or "a study"
        return document, f"description {mention.text!r} resolved to the one {mention.head} the article names"
    if kind == SourceKind.PERSON:
        kind, note = SourceKind.ANONYMOUS, note + "; unnamed person"
    name = re.sub(r"^(?:the|a|an|this|that|these|those(?!\s+who\b))\s+", "", mention.text, flags=re.I)
    return Source(name, kind, mention.role, mention.organisation), note
