"""Decide which blocks of a page are chrome (navigation, share prompts, "READ MORE", captions).

The rules are data (auditor/data/boilerplate.toml and sites/<domain>.toml); this module
only applies them, by markup (tag, class, id) and by text, and names the rule that fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Callable

from .lexicons import BlockRules, Lexicon, Site, normalise_line
from .models import BlockKind

CLASSIFY_CACHE_SIZE = 4096  # (tag, class and id) pairs remembered per rule set: a page's templates
MAX_PROMPT_CHARS = 200  # "contains" rules only fire on blocks this short: prompts are one line
MAX_CROSS_LINK_WORDS = 30  # a cross-link block is a prefix and one headline
MAX_GLUED_HEADLINE_CHARS = 220  # the longest headline seen in a glued "Also on rt.com ..." line
MIN_GLUED_REST_WORDS = 4  # the paragraph left after cutting a glued headline

# Where a glued headline ends: "…and NATOWashington also…" (acronym + Capitalised word),
# "…and the USWashington" or "…end.Washington" / "…end?Washington" (no space after the stop).
GLUE_POINT = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z0-9.?!’”\"')])(?=[A-Z][a-z])")


LEADING_SYMBOLS = re.compile(r"^[\W_]+")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A block to remove: its kind, and the rule that says so."""

    kind: BlockKind
    rule: str


def page_rules(lexicon: Lexicon, domain: str | None) -> tuple[tuple[BlockRules, ...], Site | None]:
    """The rules for one page: its outlet's own first, then the generic ones.

    On a page of unknown outlet, every outlet's *text* rules apply (an "Also on rt.com"
    line is a cross-link wherever it is pasted), but not their markup rules.
    """
    site = lexicon.site_for(domain)
    if site:
        return site.rules + lexicon.boilerplate, site
    return _generic_rules(lexicon), None


@cache
def _generic_rules(lexicon: Lexicon) -> tuple[BlockRules, ...]:
    # generic first, so that only an outlet's own wording ("Also on rt.com") names the outlet
    text_only = tuple(replace(r, tags=frozenset(), class_pattern=None)
                      for s in lexicon.sites for r in s.rules if r.prefixes or r.lines or r.contains)
    return lexicon.boilerplate + text_only


def class_and_id(el) -> str:
    """An element's class and id, the words markup rules match: "article__share share-bar main"."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def rule_tags(rules: tuple[BlockRules, ...]) -> frozenset[str]:
    """The tags a rule set removes whatever their class (an element with neither class nor id
    can only be chrome by one of these)."""
    return _markup_index(rules)[0]


def classify_element(tag: str, class_id: str, rules: tuple[BlockRules, ...]) -> Verdict | None:
    """Is an element chrome by its tag or by a word of its class/id? The first rule wins."""
    return element_classifier(rules)(tag, class_id)


@cache
def element_classifier(rules: tuple[BlockRules, ...]) -> Callable[[str, str], Verdict | None]:
    """classify_element for one rule set, with its index built once: call it per element."""
    tags, any_class = _markup_index(rules)

    @lru_cache(maxsize=CLASSIFY_CACHE_SIZE)  # templates repeat their class names on every page
    def classify(tag: str, class_id: str) -> Verdict | None:
        class_id = class_id.lower().strip()
        if tag not in tags and not (class_id and any_class.search(class_id)):
            return None  # the common case, in one set lookup and at most one search
        for rule in rules:
            if tag in rule.tags:
                return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.tags:{tag}")
            if rule.class_pattern and class_id and (m := rule.class_pattern.search(class_id)):
                return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.classes:{m.group(0)}")
        return None

    return classify


@cache
def _markup_index(rules: tuple[BlockRules, ...]) -> tuple[frozenset[str], re.Pattern[str]]:
    """Every tag, and one pattern for every class word, of a rule set (compiled once)."""
    tags = frozenset(t for rule in rules for t in rule.tags)
    patterns = [rule.class_pattern.pattern for rule in rules if rule.class_pattern]
    return tags, re.compile("|".join(patterns) or r"(?!x)x")


def classify_text(text: str, rules: tuple[BlockRules, ...]) -> Verdict | None:
    """Is a block of text chrome: a cross-link line, a share or newsletter prompt, an ad label?"""
    stripped = text.strip()
    if not stripped:
        return None
    symbol_free = LEADING_SYMBOLS.sub("", stripped)  # "» Related Reading: …", "[Read more: …]"
    raw_lowered, lowered = stripped.lower(), symbol_free.lower()  # "©" kept in raw_lowered
    line = normalise_line(stripped)
    for rule in rules:
        if line in rule.lines:
            return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.lines:{line}")
        if rule.prefixes and (lowered.startswith(rule.prefixes) or raw_lowered.startswith(rule.prefixes)):
            for prefix in rule.prefixes:  # which one (one C call above tells whether any)
                if (lowered.startswith(prefix) or raw_lowered.startswith(prefix)) and _prefix_applies(rule.kind, stripped):
                    return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.prefixes:{prefix}")
        if len(stripped) <= MAX_PROMPT_CHARS:
            for phrase in rule.contains:
                if phrase in lowered:
                    return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.contains:{phrase}")
            if rule.any_pattern and (rule.any_pattern.fullmatch(stripped) or rule.any_pattern.fullmatch(symbol_free)):
                for pattern in rule.patterns:  # which one (the alternation above said whether any)
                    if pattern.fullmatch(stripped) or pattern.fullmatch(symbol_free):
                        return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.patterns:{pattern.pattern}")
    return None


def _prefix_applies(kind: BlockKind, text: str) -> bool:
    # A cross-link is a prefix and a headline; a long block starting "Related:" is prose,
    # unless a headline was glued onto it (split_glued_cross_link handles that case).
    if kind == BlockKind.CROSS_LINK:
        return len(text.split()) <= MAX_CROSS_LINK_WORDS
    return len(text) <= MAX_PROMPT_CHARS * 2


def split_glued_cross_link(text: str, rules: tuple[BlockRules, ...],
                           camel_case_words: frozenset[str]) -> tuple[str, str, Verdict] | None:
    """Cut a cross-link headline glued onto the next paragraph.

    "Also on rt.com Turkey is straddling … and NATOWashington also targeted …" ->
    ("Also on rt.com Turkey is straddling … and NATO", "Washington also targeted …", verdict).
    Returns None when the block does not start with a cross-link prefix or no glue point
    leaves a plausible paragraph.
    """
    lowered = text.lower()
    for rule in rules:
        if rule.kind != BlockKind.CROSS_LINK or not rule.prefixes or not lowered.startswith(rule.prefixes):
            continue
        for prefix in rule.prefixes:
            if not lowered.startswith(prefix):
                continue
            for match in GLUE_POINT.finditer(text, len(prefix), len(prefix) + MAX_GLUED_HEADLINE_CHARS):
                cut = match.start()
                if _inside_known_word(text, cut, camel_case_words):
                    continue
                rest = text[cut:].strip()
                if len(rest.split()) >= MIN_GLUED_REST_WORDS and len(text[len(prefix):cut].split()) >= 2:
                    verdict = Verdict(BlockKind.CROSS_LINK,
                                      f"{rule.origin}:cross_link.prefixes:{prefix} (glued)")
                    return text[:cut].strip(), rest, verdict
    return None


def _inside_known_word(text: str, cut: int, words: frozenset[str]) -> bool:
    start = cut
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = cut
    while end < len(text) and text[end].isalpha():
        end += 1
    token = text[start:end]
    return any(w in token for w in words)
