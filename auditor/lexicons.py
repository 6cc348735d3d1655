"""Load and validate the rule and lexicon files under auditor/data/, once."""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Iterator

from .errors import LexiconError
from .models import BlockKind

RULE_KEYS = {"tags", "classes", "prefixes", "lines", "contains", "patterns", "headings"}


LINE_EDGES = re.compile(r"^[^\w]+|[^\w)]+$")


def normalise_line(text: str) -> str:
    """Lower-case, collapse spaces, drop edge punctuation and symbols ("» Read more:",
    "[Read more]"): how `lines` and `prefixes` rules compare."""
    text = " ".join(text.split()).lower()  # (str.split knows the same spaces as \s, faster)
    return LINE_EDGES.sub("", text)


LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+")  # where a (lower-case) cue form can start: not "self-reported"


@dataclass(frozen=True, slots=True, eq=False)
class BlockRules:
    """The rules that remove one kind of block, from one rule file (hashed by identity:
    rule sets key caches, and each is loaded once)."""

    kind: BlockKind
    origin: str  # "boilerplate.toml" or "sites/rt.com.toml"
    tags: frozenset[str]
    class_pattern: re.Pattern[str] | None
    prefixes: tuple[str, ...]  # lower-cased
    lines: frozenset[str]  # normalise_line()d
    contains: tuple[str, ...]  # lower-cased
    patterns: tuple[re.Pattern[str], ...] = ()  # a short block matching one as a whole (case ignored)
    any_pattern: re.Pattern[str] | None = None  # all of them in one alternation: one call tells whether any does
    headings: frozenset[str] = frozenset()  # normalise_line()d: a box opened by one is removed whole


@dataclass(frozen=True, slots=True)
class Site:
    """One outlet's own chrome, from sites/<domain>.toml."""

    outlet: str
    domains: frozenset[str]
    rules: tuple[BlockRules, ...]


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: loaded once
class Lexicon:
    """Every rule and word list auditor uses, validated."""

    boilerplate: tuple[BlockRules, ...]
    sites: tuple[Site, ...]
    camel_case_words: frozenset[str]
    outlets: tuple[Outlet, ...]
    cue_forms: dict[str, str]  # surface form -> lemma ("said" -> "say")
    cue_by_first_word: dict[str, tuple[str, ...]]  # "pointed" -> ("pointed out",), longest first
    according_to: tuple[str, ...]
    label_pattern: re.Pattern[str]  # "called it “…”": a label verb, its object, a quotation next
    unquoted_label_pattern: re.Pattern[str]  # "called climate change a hoax": the object, then the label
    unquoted_as_verbs: frozenset[str]  # "described": a label only after "as"
    unquoted_label_hint: re.Pattern[str]  # "call|dub|…": a sentence without any of them holds no such label
    according_pattern: re.Pattern[str]
    cue_adjuncts: tuple[str, ...]
    listeners: tuple[str, ...]
    listener_verbs: frozenset[str]
    continuations: frozenset[str]
    object_cues: frozenset[str]  # lemmas whose content is usually a noun phrase ("endorsed X")
    clause_cues: frozenset[str]  # lemmas that report only before "that", ":" or a quotation
    infinitive_cues: frozenset[str]  # lemmas that report only before "to …" ("declined to comment")
    undertaking_cues: frozenset[str]  # lemmas that before "to …" report no statement ("agreed to refund")
    intention_cues: frozenset[str]  # lemmas that report only before "to …" or "a/the … " ("plans a visit")
    deed_cues: frozenset[str]  # lemmas that before a counted thing are a deed: "added a goal"
    claimed_things: frozenset[str]  # what "claim" takes rather than says: "claimed Ford’s body"
    directive_cues: frozenset[str]  # lemmas that report only with "to …" or "that …" after them ("advised X to")
    titles: tuple[str, ...]  # longest first
    honorifics: frozenset[str]
    person_heads: frozenset[str]
    particles: frozenset[str]
    organisation_heads: frozenset[str]
    organisation_suffixes: frozenset[str]
    government_names: frozenset[str]
    organisation_names: frozenset[str]
    not_sources: frozenset[str]  # capitals naming a technology, format or place ("AI", "HTML", "AZ")
    product_heads: frozenset[str]
    government_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymous_phrases: tuple[str, ...]
    document_heads: frozenset[str]
    determined_heads: frozenset[str]  # "management": a source only as "the management", "company management"
    self_references: frozenset[str]  # "article", "post": "this article" in its own text is the outlet
    place_first_words: frozenset[str]
    place_last_words: frozenset[str]
    state_abbreviations: frozenset[str]  # "Va.", "Calif.": after a city, part of the place
    pronouns: dict[str, frozenset[str]]
    abbreviations: frozenset[str]
    transcript_labels: frozenset[str]  # "BREAKING", "TIP": a "NAME:" with one of these is a label
    mention_openers: frozenset[str]  # "now", "meanwhile": dropped from a mention's front, never a name
    imperatives: frozenset[str]  # "please", "take": a mention they open is none
    first_names: FirstNames  # "mary" -> "female" (first_names.txt; "iván" finds "ivan")
    outlet_pattern: re.Pattern[str]  # any outlet name or alias, as whole words
    outlet_by_name: dict[str, Outlet]  # name or alias -> outlet

    def site_for(self, domain: str | None) -> Site | None:
        """The site rules of a domain (or of a parent domain), if any."""
        candidates = _domain_and_parents(domain)
        return next((site for site in self.sites if site.domains & candidates), None)

    def cue_matches(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(start, end, form) of each cue form in text[start:end], as whole words, in order;
        found by looking words up (a regex alternation of every form, tried at every position,
        cost more than the rest of attribution)."""
        last = start
        for m in LOWER_WORD.finditer(text, start, end):
            forms = self.cue_by_first_word.get(m.group(0))
            if not forms or m.start() < last:
                continue
            for form in forms:
                stop = m.start() + len(form)
                if stop <= end and text.startswith(form, m.start()) and (
                        stop == len(text) or not (text[stop].isalnum() or text[stop] == "_"
                                                  or text[stop] == "-" and text[stop + 1:stop + 2].isalpha())):
                    # (not "note-taking", "report-writing": a word's first part)
                    yield m.start(), stop, form
                    last = stop
                    break

    def is_base_form(self, form: str) -> bool:
        """Whether a cue form is its verb's base form ("say", "call for"), which follows a plural."""
        return form == self.cue_forms.get(form, "").replace("_", " ")

    def holds_cue(self, text: str) -> bool:
        """Whether a text holds a cue form: "saying", "Asked", "he told them"."""
        return next(self.cue_matches(text, 0, len(text)), None) is not None

    def outlet_for(self, domain: str | None) -> Outlet | None:
        """The outlet publishing on a domain (or a parent domain), if known."""
        candidates = _domain_and_parents(domain)
        return next((o for o in self.outlets if candidates & set(o.domains)), None)


def _by_first_word(forms: list[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for form in forms:
        grouped.setdefault(form.split()[0], []).append(form)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in grouped.items()}


def _domain_and_parents(domain: str | None) -> set[str]:
    """"news.bbc.co.uk" -> {"news.bbc.co.uk", "bbc.co.uk", "co.uk"}."""
    if not domain:
        return set()
    parts = domain.lower().split(".")
    return {".".join(parts[i:]) for i in range(len(parts) - 1)}


def _words(data: dict[str, Any], key: str, origin: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{origin}: {key!r} must be a list of non-empty strings")
    return value


# the object of a label verb: a pronoun, a name (and what it owns), or a determiner's noun phrase
LABEL_OBJECT = (r"(?:him|her|them|it|itself|himself|herself|themselves|us|me"
                r"|[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4}(?:[’']s(?:\s+[\w’'-]+){1,4}?)?"
                r"|(?:the|his|her|their|its|this|that|these|those|such)(?:\s+[\w’'-]+){1,10}?"
                r"|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)")  # "called climate change a hoax"
# "called his mother a week later", "called it a day", "called him a cab": no label
NOT_A_LABEL = (r"(?:day|night|week|month|year|while|minute|hour|second|few|couple|dozen|hundred|thousand|total|"
               r"number|lot|bit|cab|taxi|time|halt|truce|meeting|vote|strike|series)\b")
# an adjective ending the clause: "unsubstantiated", "outrageous", "irresponsible", "racist"
LABEL_ADJECTIVE = (r"(?:un[a-z]+ed|[a-z]+(?:ous|ful|less|ible|able|ive|ic|ical|ent|ant|ary|ist))"
                   r"(?=\s*(?:[,.;:!?)]|and\b|or\b|but\b|$))")


def _stems(words: list[str]) -> tuple[str, ...]:
    """The common beginning of each family of words ("called", "calls", "calling" -> "call"):
    a text holding none of them holds none of the words."""
    families: dict[str, list[str]] = {}
    for word in words:
        families.setdefault(word[:3], []).append(word)
    return tuple(sorted(os.path.commonprefix(family) for family in families.values()))


def _unquoted_label_pattern(verbs: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<verb>{alternatives})\s+(?P<object>{LABEL_OBJECT})\s+(?P<as>as\s+)?"
                      rf"(?P<label>(?:an?)\s+(?!{NOT_A_LABEL})[\w’'-]+|{LABEL_ADJECTIVE})")


def _class_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w.lower()) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def _block_rules(kind_name: str, table: Any, origin: str) -> BlockRules:
    try:
        kind = BlockKind(kind_name)
    except ValueError:
        raise LexiconError(f"{origin}: unknown block kind {kind_name!r}") from None
    if not isinstance(table, dict):
        raise LexiconError(f"{origin}: [{kind_name}] must be a table")
    unknown = set(table) - RULE_KEYS
    if unknown:
        raise LexiconError(f"{origin}: [{kind_name}] unknown key {sorted(unknown)[0]!r}")
    if not any(table.get(k) for k in RULE_KEYS):
        raise LexiconError(f"{origin}: [{kind_name}] has no rules")
    return BlockRules(
        kind=kind,
        origin=origin,
        tags=frozenset(t.lower() for t in _words(table, "tags", origin)),
        class_pattern=_class_pattern(_words(table, "classes", origin)),
        prefixes=tuple(p.lower() for p in _words(table, "prefixes", origin)),
        lines=frozenset(normalise_line(x) for x in _words(table, "lines", origin)),
        contains=tuple(c.lower() for c in _words(table, "contains", origin)),
        patterns=tuple(_pattern(x, origin) for x in _words(table, "patterns", origin)),
        any_pattern=_pattern("|".join(f"(?:{x})" for x in _words(table, "patterns", origin)), origin)
        if table.get("patterns") else None,
        headings=frozenset(normalise_line(x) for x in _words(table, "headings", origin)),
    )


def _pattern(expression: str, origin: str) -> re.Pattern[str]:
    try:
        return re.compile(expression, re.I)
    except re.error as exc:
        raise LexiconError(f"{origin}: bad pattern {expression!r} ({exc})") from None


class FirstNames(dict):
    """Lower-cased first name -> "female" or "male", looked up without accents: "iván" is
    first_names.txt's "ivan", "josé" its "jose"."""

    def get(self, name: str, default: str | None = None) -> str | None:
        return super().get(name if name.isascii() else _without_accents(name), default)

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name if not isinstance(name, str) or name.isascii() else _without_accents(name))


def _without_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _first_names() -> FirstNames:
    """first_names.txt: lower-cased first name -> "female" or "male"."""
    names = FirstNames()
    section = None
    for line in (resources.files("auditor") / "data" / "first_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in ("[female]", "[male]"):
            section = line.strip("[]")
        elif section is None:
            raise LexiconError(f"first_names.txt: {line!r} before a [female] or [male] section")
        else:
            names[line] = section
    return names


def _read(name: str) -> dict[str, Any]:
    path = resources.files("auditor") / "data" / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: {exc}") from None


def _expect_keys(data: dict[str, Any], allowed: set[str], origin: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise LexiconError(f"{origin}: unknown key {sorted(unknown)[0]!r}")


def _load_sites() -> tuple[Site, ...]:
    sites = []
    folder = resources.files("auditor") / "data" / "sites"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        origin = f"sites/{entry.name}"
        data = _read(origin)
        _expect_keys(data, {"outlet", "domains", "boilerplate"}, origin)
        if not isinstance(data.get("outlet"), str) or not data["outlet"]:
            raise LexiconError(f"{origin}: 'outlet' must be a non-empty string")
        domains = _words(data, "domains", origin)
        if not domains:
            raise LexiconError(f"{origin}: 'domains' is empty")
        rules = tuple(_block_rules(k, v, origin) for k, v in data.get("boilerplate", {}).items())
        sites.append(Site(data["outlet"], frozenset(d.lower() for d in domains), rules))
    return tuple(sites)


def _load_outlets(sites: tuple[Site, ...]) -> tuple[Outlet, ...]:
    data = _read("outlets.toml")
    _expect_keys(data, {"outlet"}, "outlets.toml")
    outlets = []
    for i, entry in enumerate(data["outlet"]):
        origin = f"outlets.toml: outlet #{i + 1}"
        _expect_keys(entry, {"name", "domains", "aliases"}, origin)
        if not entry.get("name"):
            raise LexiconError(f"{origin}: 'name' is missing")
        outlets.append(Outlet(entry["name"], tuple(_words(entry, "domains", origin)),
                              tuple(_words(entry, "aliases", origin))))
    known = {d for o in outlets for d in o.domains}
    for site in sites:  # a site file names an outlet too
        if not site.domains & known:
            outlets.append(Outlet(site.outlet, tuple(sorted(site.domains)), ()))
    return tuple(outlets)


@cache
def load_lexicon() -> Lexicon:
    """Every data file under auditor/data/, validated; loaded once per process."""
    boiler = _read("boilerplate.toml")
    glue = boiler.pop("glue", {})
    generic = tuple(_block_rules(k, v, "boilerplate.toml") for k, v in boiler.items())
    sites = _load_sites()

    cues = _read("cues.toml")
    _expect_keys(cues, {"verbs", "labels", "phrases", "adjuncts", "objects", "clauses", "infinitives", "intentions",
                        "continuations", "deeds", "directives"},
                 "cues.toml")
    cue_forms = {}
    for lemma, forms in cues["verbs"].items():
        for form in _words(cues["verbs"], lemma, "cues.toml [verbs]"):
            cue_forms[form.lower()] = lemma

    according = _words(cues["phrases"], "according_to", "cues.toml [phrases]")
    unquoted = _words(cues["labels"], "unquoted", "cues.toml [labels]")  # labels without quotation marks
    unquoted_as = _words(cues["labels"], "unquoted_as", "cues.toml [labels]")
    forms = sorted(cue_forms, key=len, reverse=True)

    outlets = _load_outlets(sites)
    outlet_by_name = {n: o for o in outlets for n in (o.name, *o.aliases)}
    names = sorted(outlet_by_name, key=len, reverse=True)

    src = _read("sources.toml")
    _expect_keys(src, {"person", "organisation", "government", "anonymous", "places", "document", "pronouns"},
                 "sources.toml")
    person, org, gov, anon = src["person"], src["organisation"], src["government"], src["anonymous"]
    sentences = _read("sentences.toml")

    return Lexicon(
        boilerplate=generic,
        sites=sites,
        camel_case_words=frozenset(_words(glue, "camel_case_words", "boilerplate.toml [glue]")),
        outlets=outlets,
        outlet_pattern=re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"),
        outlet_by_name=outlet_by_name,
        cue_forms=cue_forms,
        cue_by_first_word=_by_first_word(forms),
        according_to=tuple(according),
        label_pattern=re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(
            _words(cues["labels"], "verbs", "cues.toml [labels]"), key=len, reverse=True)) +
            r")\s+((?:[\w’'.,-]+\s+){0,6}?)(?:as\s+)?(?:(?:an?|the)\s+)?(?=[“\"‘]|'')"),
        unquoted_label_pattern=_unquoted_label_pattern(unquoted + unquoted_as),
        unquoted_as_verbs=frozenset(unquoted_as),
        unquoted_label_hint=re.compile("|".join(_stems(unquoted + unquoted_as))),
        according_pattern=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in according) + r")\b", re.I),
        cue_adjuncts=tuple(_words(cues["adjuncts"], "phrases", "cues.toml [adjuncts]")),
        listeners=tuple(_words(cues["adjuncts"], "listeners", "cues.toml [adjuncts]")),
        listener_verbs=frozenset(_words(cues["adjuncts"], "listener_verbs", "cues.toml [adjuncts]")),
        continuations=frozenset(_words(cues["continuations"], "verbs", "cues.toml")),
        object_cues=frozenset(_words(cues["objects"], "verbs", "cues.toml [objects]")),
        clause_cues=frozenset(_words(cues["clauses"], "verbs", "cues.toml [clauses]")),
        infinitive_cues=frozenset(_words(cues["infinitives"], "verbs", "cues.toml [infinitives]")),
        undertaking_cues=frozenset(_words(cues["infinitives"], "undertakings", "cues.toml [infinitives]")),
        intention_cues=frozenset(_words(cues["intentions"], "verbs", "cues.toml [intentions]")),
        deed_cues=frozenset(_words(cues["deeds"], "verbs", "cues.toml [deeds]")),
        claimed_things=frozenset(_words(cues["deeds"], "claimed_things", "cues.toml [deeds]")),
        directive_cues=frozenset(_words(cues["directives"], "verbs", "cues.toml [directives]")),
        titles=tuple(sorted(_words(person, "titles", "sources.toml"), key=len, reverse=True)),
        honorifics=frozenset(_words(person, "honorifics", "sources.toml")),
        person_heads=frozenset(_words(person, "heads", "sources.toml")),
        particles=frozenset(_words(person, "particles", "sources.toml")),
        organisation_heads=frozenset(_words(org, "heads", "sources.toml")),
        organisation_suffixes=frozenset(_words(org, "suffixes", "sources.toml")),
        government_names=frozenset(_words(gov, "names", "sources.toml")),
        organisation_names=frozenset(_words(org, "names", "sources.toml")),
        not_sources=frozenset(_words(org, "not_sources", "sources.toml")),
        product_heads=frozenset(_words(org, "product_heads", "sources.toml")),
        government_heads=frozenset(_words(gov, "heads", "sources.toml")),
        anonymous_heads=frozenset(_words(anon, "heads", "sources.toml")),
        anonymous_phrases=tuple(_words(anon, "phrases", "sources.toml")),
        document_heads=frozenset(_words(src["document"], "heads", "sources.toml")),
        determined_heads=frozenset(_words(org, "determined_heads", "sources.toml")),
        self_references=frozenset(_words(src["document"], "self_references", "sources.toml")),
        place_first_words=frozenset(_words(src["places"], "first_words", "sources.toml")),
        place_last_words=frozenset(_words(src["places"], "last_words", "sources.toml")),
        state_abbreviations=frozenset(_words(src["places"], "state_abbreviations", "sources.toml")),
        pronouns={k: frozenset(_words(src["pronouns"], k, "sources.toml")) for k in src["pronouns"]},
        abbreviations=frozenset(_words(sentences, "abbreviations", "sentences.toml")),
        transcript_labels=frozenset(_words(sentences, "transcript_labels", "sentences.toml")),
        mention_openers=frozenset(_words(sentences, "mention_openers", "sentences.toml")),
        imperatives=frozenset(_words(sentences, "imperatives", "sentences.toml")),
        first_names=_first_names(),
    )
