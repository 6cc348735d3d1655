"""Find the article region of a parsed page with lxml (fast), and name what lies outside it.

Scoring follows Readability's idea: text blocks give points (length, commas) to their
parent and grandparent; link-heavy and chrome-named containers lose them. The best
container and its substantial siblings form the region. Block statistics are computed
once, bottom-up, so the cost stays linear in the size of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .boilerplate import class_and_id, element_classifier, rule_tags
from .errors import SnapshotError
from .lexicons import BlockRules
from .metadata import shown_date
from .models import BlockKind, RemovedBlock
from .tree import HTML_PARSER, Element, drop_tree, text_content

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
             "canvas", "video", "audio", "map", "link", "meta", "head", "picture", "source")
TEXT_BLOCK_TAGS = {"p", "pre", "blockquote", "td", "li", "dd", "h2", "h3", "h4"}
# a template's filler text ("Lorem ipsum dolor sit amet"), left in a page never meant to show it
PLACEHOLDER = re.compile(r"\s*lorem ipsum\b", re.I)
MIN_SCORED_CHARS = 25  # shorter blocks (dates, labels, buttons) do not vote for a container
SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", ")")
MAX_CARD_CHARS = 800  # a story card (headline, excerpt, "Read more") is short
MAX_CARD_DATE_CHARS = 40  # "Dec 19, 2025", "Monday, 19 December 2025 · 10:00"
SIBLING_MIN_CHARS = 80  # a sibling block of text this long with few links joins the region
SIBLING_MAX_LINK_DENSITY = 0.25
SIBLING_SCORE_SHARE = 0.2  # Readability's threshold for joining a scored sibling
PROSE_MAX_LINK_DENSITY = 0.3  # a block with more of its text in links is a list of links
CLIMB_PROSE_GAIN = 1.25  # a parent with 25% more prose than the best container holds the article
CLIMB_MAX_LINK_DENSITY = 0.35
CLIMB_MAX_WRAPPERS = 4  # wrapper <div>s that add no prose, crossed while looking for more
CLIMB_NEAR_PROSE_SHARE = 0.5  # of the text an ancestor adds, this much must be prose
# further up, only to an ancestor whose added text is nearly all prose, held in a twin of the
# best container: an article whose parts sit in separately wrapped sections between figures
CLIMB_FAR_WRAPPERS = 8
CLIMB_FAR_PROSE_SHARE = 0.9
MARKED_BODY_MAX_LINK_DENSITY = 0.5
# an <article> a few levels above the best container is the article when most of what it adds
# is prose (0.5-0.6 measured alike on dev, 0.7 a little less, 0.8 no gain: bench/RESULTS.md)
CLIMB_ARTICLE_PROSE_SHARE = 0.6
TWIN_OPENING_WORDS = 12
# Chosen on the dev pages among 0.5/1/2/3/5 and 1.5/2/3/5 (bench/RESULTS.md): body F1 moves by
# less than 0.01 across them, so the values are not fitted to a few pages.
JUNK_WEIGHT = 2.0  # a character of non-prose text costs two characters of prose
FALLBACK_GAIN = 3.0  # the prose-densest element replaces Readability's choice at 3x its prose
NAMES_CACHE_SIZE = 4096
MAX_OUTSIDE_TEXT = 2000  # removed chrome outside the region is recorded up to this length
POSITIVE = re.compile(r"article|body|content|entry|main|page|post|text|blog|story|summary|lead", re.I)
NEGATIVE = re.compile(r"comment|footer|footnote|sidebar|related|share|social|promo|advert|"
                      r"sponsor|widget|menu|nav|masthead|breadcrumb|newsletter|subscribe|popup|"
                      r"modal|cookie|tags|meta|rail|outbrain|taboola", re.I)
# class names content management systems give the article's body (WordPress's "entry-content" …)
BODY_CLASSES = re.compile(r"(?<![\w-])(?:entry-content|article-body|articlebody|article__body|post-content|"
                          r"post-body|story-body|article-content|body-text)(?![\w-])", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# a whole class or id token naming readers' comments ("comments", not "comments-open")
COMMENTS = re.compile(r"(?<![\w-])(?:comments?|commentlist|comment-list|comments?-area|commentlisting|"
                      r"comments?-section|disqus(?:_thread)?)(?![\w-])", re.I)
STREAMED_BOUNDARY = re.compile(r"^S:\d+$")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, slots=True)
class Region:
    """The elements holding the article, in document order, and what was cut around them."""

    roots: tuple[Element, ...]
    outside: tuple[RemovedBlock, ...]
    text_chars: int
    link_chars: int


def parse_page(text: str) -> Element:
    """Parse HTML leniently with lxml; raise SnapshotError when nothing is left."""
    text = XML_DECLARATION.sub("", text, count=1)
    # control characters mean nothing in a page, and lxml refuses them in text it sets
    text = CONTROL_CHARACTERS.sub(" ", text)
    try:
        doc = etree.fromstring(text, HTML_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise SnapshotError(f"HTML parser found no document ({exc})") from None
    if doc is None:
        raise SnapshotError("HTML parser found no document (Document is empty)")
    return doc


CONTROLLED_IDS = etree.XPath("//@aria-controls")


def strip_invisible(doc: Element) -> None:
    """Remove what a reader never sees: scripts, styles, comments, hidden elements."""
    etree.strip_elements(doc, *DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    # a collapsed accordion panel or tab is hidden until its button (aria-controls) opens it
    toggled = set(CONTROLLED_IDS(doc))
    hidden = [el for el in doc.iter() if isinstance(el.tag, str) and _is_hidden(el)
              and not (toggled and el.get("id") in toggled)]
    for el in hidden:
        if el.getparent() is not None:
            drop_tree(el)


def _is_hidden(el: Element) -> bool:
    if el.get("hidden") is not None and STREAMED_BOUNDARY.match(el.get("id") or ""):
        return False  # React streams server-rendered content into <div hidden id="S:0">, then shows it
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return el.tag not in ("html", "body")
    style = el.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def find_region(doc: Element, rules: tuple[BlockRules, ...]) -> Region:
    """The article's container(s) in a cleaned page, plus the chrome left outside."""
    body = doc.find("body")
    if body is None:
        body = doc
    stats, prose = _block_stats(body)
    scores: dict[Element, float] = {}
    for el, (chars, _links, own) in stats.items():
        if el.tag in TEXT_BLOCK_TAGS or (el.tag in ("div", "section", "span") and own >= MIN_SCORED_CHARS):
            text_chars = chars if el.tag in TEXT_BLOCK_TAGS else own
            if text_chars < MIN_SCORED_CHARS or PLACEHOLDER.match(el.text or ""):
                continue
            points = 1 + _comma_count(el) + min(text_chars // 100, 3)
            ancestor = el.getparent() if el.tag in TEXT_BLOCK_TAGS else el
            for level in range(3):
                if ancestor is None or ancestor is doc:
                    break
                if ancestor not in scores:
                    scores[ancestor] = _class_weight(ancestor)
                scores[ancestor] += points / (1 if level == 0 else level * 2)
                ancestor = ancestor.getparent()
    if not scores:
        roots: tuple[Element, ...] = (body,)
    else:
        final = {el: s * (1 - _link_density(stats, el)) for el, s in scores.items()}
        best, footer_side = _out_of_page_footer(max(final, key=final.__getitem__), final, body)
        top = _climb(best, stats, prose, doc)
        roots = _with_siblings(top, final, stats, prose)
        # second opinion: the element holding the most prose for the least other text; when
        # it holds several times the prose of Readability's choice, that choice was a fragment
        best = max((el for el, p in prose.items() if p and not (footer_side and (
                       el in footer_side or _page_footer(el) is not None))),
                   key=lambda el: _objective(el, stats, prose), default=top)
        if prose.get(best, 0) >= FALLBACK_GAIN * max(sum(prose.get(r, 0) for r in roots), 1) \
                and not any(_marked_as_body(r) for r in roots):
            roots = (_climb(best, stats, prose, doc),)
    chars = sum(stats[r][0] for r in roots if r in stats)
    links = sum(stats[r][1] for r in roots if r in stats)
    return Region(roots, tuple(_outside_blocks(body, roots, rules)), chars, links)


def _page_footer(el: Element) -> Element | None:
    """The <footer> that is or holds `el`, when it is the page's: none when an <article> holds it."""
    footer = None
    for ancestor in (el, *el.iterancestors()):
        if ancestor.tag == "article":
            return None
        if ancestor.tag == "footer" and footer is None:
            footer = ancestor
    return footer


def _out_of_page_footer(best, final, body) -> tuple[Element, set]:
    """A disclaimer in the page's <footer> outscoring a short article in the page's <main>:
    the best container inside <main> instead, and the footer with its ancestors, which the
    second opinion must not take either. (A footer inside <main> is part of what it holds.)"""
    main = next(body.iter("main"), None)
    footer = _page_footer(best) if main is not None else None
    if footer is None or main in footer.iterancestors():
        return best, set()
    inside = [el for el in final if el is not main and main in el.iterancestors()]
    if not inside:
        return best, set()
    return max(inside, key=final.__getitem__), {footer, *footer.iterancestors()}


def _block_stats(body: Element) -> tuple[dict, dict]:
    """(element -> (text chars, link text chars, own direct text chars), element -> chars of
    prose blocks inside it), bottom-up in one pass."""
    stats: dict[Element, tuple[int, int, int]] = {}
    prose: dict[Element, int] = {}
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    for el in reversed(elements):  # children before their parents
        own = len((el.text or "").strip())
        chars, links, inner_prose = own, 0, 0
        for child in el:
            tail = len((child.tail or "").strip())
            own += tail
            chars += tail
            if child in stats:
                c_chars, c_links, _ = stats[child]
                chars += c_chars
                links += c_links
                inner_prose += prose[child]
        if el.tag == "a":
            links = chars
            inner_prose = 0  # a headline inside a teaser link is no prose, however it is wrapped
        stats[el] = (chars, links, own)
        is_block = el.tag in TEXT_BLOCK_TAGS or own >= MIN_SCORED_CHARS
        if is_block and chars >= MIN_SCORED_CHARS and links <= PROSE_MAX_LINK_DENSITY * chars \
                and not PLACEHOLDER.match(el.text or ""):
            inner_prose = max(inner_prose, own if el.tag not in TEXT_BLOCK_TAGS else chars)
        if not inner_prose:
            pass  # nothing to take away (most elements: asking their class names costs time)
        elif (el.get("class") or el.get("id")) and _names(class_and_id(el))[2]:
            inner_prose = 0  # readers' comments are prose, but not the article's
        elif _is_teaser(el) or chars <= MAX_CARD_CHARS and _is_story_card(el):
            inner_prose = 0  # a linked headline and a cut excerpt: another story's teaser
        prose[el] = inner_prose
    return stats, prose


def _marked_as_body(el: Element) -> bool:
    """The page's own markup names this the article's body (schema.org, the CMS's class)."""
    return el.get("itemprop") == "articleBody" or bool(BODY_CLASSES.search(class_and_id(el)))


def _is_teaser(el: Element) -> bool:
    """'<a>Headline</a> <span>WASHINGTON: Expressing concern … may soon...</span>': a block
    opening with a link and ending in an ellipsis."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag != "a" or (el.text or "").strip():
        return False
    return "".join(el.itertext()).rstrip().endswith(("...", "…"))


def _is_story_card(el: Element) -> bool:
    """A card for another story: a linked headline, an excerpt, and a second link to the same
    story ("Read more", the thumbnail) — a list of them is a related or archive box."""
    headlines = {a.get("href") for heading in el.iter("h2", "h3", "h4") for a in heading.iter("a")}
    if len(headlines) != 1 or None in headlines:
        return False  # none, or several stories: a box of cards is judged card by card
    href = headlines.pop()
    return sum(a.get("href") == href for a in el.iter("a")) >= 2 and (_has_cut_excerpt(el) or _is_dated(el))


def _is_dated(el: Element) -> bool:
    """A card that shows its story's date ("Dec 19, 2025" under the headline): a feed of other
    stories, not the entries of the page's own list."""
    for child in el.iter():
        if child.tag == "time":
            return True
        text = child.text
        if text and len(text) <= MAX_CARD_DATE_CHARS and not len(child) and shown_date(text):
            return True
    return False


def _has_cut_excerpt(el: Element) -> bool:
    """An excerpt the site cut short ("… denied. At O'Malley Tunstall," / "… ergonomic workst...");
    a card whose description is whole sentences may be the page's own table of contents."""
    text = text_content(el)
    if "..." in text or "…" in text:
        return True
    paragraphs = list(el.iter("p"))
    return bool(paragraphs) and not text_content(paragraphs[-1]).rstrip().endswith(SENTENCE_ENDS)


def _objective(el, stats, prose) -> float:
    """Prose held minus other text held (weighted), nudged by the element's class names."""
    chars = stats[el][0]
    p = prose.get(el, 0)
    names = class_and_id(el)
    positive, negative, _ = _names(names)
    bonus = 1.0
    if el.tag == "article" or el.get("itemprop") == "articleBody" or positive:
        bonus = 1.1
    if negative and not positive:
        bonus = 0.8
    return bonus * p - JUNK_WEIGHT * (chars - p)


def _climb(top, stats, prose, doc) -> Element:
    """Widen the best container while an ancestor (a few wrappers up) holds clearly more
    prose and few links: an article split into many wrapped sections is one region."""
    marked = _marked_body_above(top, stats, prose, doc)
    top = top if marked is None else marked
    while True:
        ancestor, step = top.getparent(), None
        for level in range(CLIMB_FAR_WRAPPERS):
            if ancestor is None or ancestor is doc or ancestor.tag == "body":
                break
            positive, negative, _ = _names(class_and_id(ancestor))
            if _link_density(stats, ancestor) > CLIMB_MAX_LINK_DENSITY or (negative and not positive):
                break
            gained_prose = prose.get(ancestor, 0) - prose.get(top, 0)
            gained_chars = stats[ancestor][0] - stats[top][0]
            if prose.get(ancestor, 0) >= CLIMB_PROSE_GAIN * max(prose.get(top, 0), 1) and (
                    level < CLIMB_MAX_WRAPPERS and gained_prose >= CLIMB_NEAR_PROSE_SHARE * gained_chars
                    or gained_prose >= CLIMB_FAR_PROSE_SHARE * gained_chars and _has_twin(ancestor, top, prose)):
                step = ancestor
                break
            ancestor = ancestor.getparent()
        if step is None:
            return top
        top = step


def _marked_body_above(top, stats, prose, doc) -> Element | None:
    """An ancestor a few levels up that the page marks as the article's body and that holds
    clearly more prose: the whole body, even when its links are many (a blog post linking
    every other phrase) and its parts are separate blocks (Squarespace's sqs-html-content).
    An <article> counts when what it adds is mostly prose (a news CMS's layout builder puts
    the standfirst and the body in separate deep blocks)."""
    ancestor = top.getparent()
    for _ in range(CLIMB_FAR_WRAPPERS):
        if ancestor is None or ancestor is doc or ancestor.tag == "body":
            return None
        marked = _marked_as_body(ancestor)
        if marked or ancestor.tag == "article":
            gained_prose = prose.get(ancestor, 0) - prose.get(top, 0)
            gained_chars = stats[ancestor][0] - stats[top][0]
            if prose.get(ancestor, 0) >= CLIMB_PROSE_GAIN * max(prose.get(top, 0), 1) \
                    and _link_density(stats, ancestor) <= MARKED_BODY_MAX_LINK_DENSITY \
                    and (marked or gained_prose >= CLIMB_ARTICLE_PROSE_SHARE * gained_chars):
                return ancestor
            return None
        ancestor = ancestor.getparent()
    return None


def _has_twin(ancestor, top, prose) -> bool:
    """Does the ancestor hold another container of prose marked up like the best one (the
    same tag and class): the next part of one article, not a list of teasers?"""
    cls = top.get("class")
    if not cls:
        return False
    opening = _opening(top)
    return any(el is not top and el.get("class") == cls and prose.get(el, 0) >= SIBLING_MIN_CHARS
               and _opening(el) != opening  # a copy of the same text (a second layout) is no next part
               for el in ancestor.iter(top.tag))


def _opening(el) -> str:
    return " ".join(text_content(el).split()[:TWIN_OPENING_WORDS])


def _comma_count(el: Element) -> int:
    return (el.text or "").count(",") + sum((c.text or "").count(",") + (c.tail or "").count(",")
                                            for c in el)


def _class_weight(el: Element) -> float:
    positive, negative, _ = _names(class_and_id(el))
    weight = 0.0
    if el.tag == "article" or el.get("itemprop") == "articleBody":
        weight += 25
    if negative:
        weight -= 25
    if positive:
        weight += 25
    return weight


@lru_cache(maxsize=NAMES_CACHE_SIZE)
def _names(names: str) -> tuple[bool, bool, bool]:
    """(positive, negative, readers' comments) for an element's class and id: templates repeat them."""
    return bool(POSITIVE.search(names)), bool(NEGATIVE.search(names)), bool(COMMENTS.search(names))


def _link_density(stats: dict, el: Element) -> float:
    chars, links, _ = stats.get(el, (0, 0, 0))
    return links / chars if chars else 0.0


def _with_siblings(top, final, stats, prose) -> tuple[Element, ...]:
    """The best container and its siblings that score well, or hold prose with few links."""
    parent = top.getparent()
    if parent is None:
        return (top,)
    threshold = max(10.0, final.get(top, 0.0) * SIBLING_SCORE_SHARE)
    roots = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            roots.append(sibling)
            continue
        chars, _links, _own = stats.get(sibling, (0, 0, 0))
        if final.get(sibling, -1) >= threshold or (
            chars >= SIBLING_MIN_CHARS and prose.get(sibling)
            and _link_density(stats, sibling) < SIBLING_MAX_LINK_DENSITY and not _names(class_and_id(sibling))[1]
        ):
            roots.append(sibling)
    return tuple(roots)


def _outside_blocks(body, roots, rules) -> list[RemovedBlock]:
    """One removed block per subtree of the page that holds no part of the region, in order;
    a subtree holding elements the rules name (a related box in a sidebar) is split so that
    each of those is recorded with its own rule."""
    keep = set(roots)
    holders = {a for r in roots for a in r.iterancestors()}
    # one pass over the elements outside the region: each one's verdict, and which elements
    # hold a rule-named element inside
    classify, tags = element_classifier(rules), rule_tags(rules)
    verdicts: dict = {}
    named_inside: set = set()
    for el in _outside_elements(body, keep):
        if el.get("class") or el.get("id") or el.tag in tags:
            verdict = classify(el.tag, class_and_id(el))
            if verdict:
                verdicts[el] = verdict
                for ancestor in el.iterancestors():
                    if ancestor in named_inside:
                        break
                    named_inside.add(ancestor)
    blocks: list[RemovedBlock] = []
    stack = [iter(body)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child in keep:
            continue
        if child in holders:
            stack.append(iter(child))
            continue
        verdict = verdicts.get(child)
        if not verdict and child.tag not in ("header", "footer") and child in named_inside:
            loose = " ".join(t for t in [child.text] + [c.tail for c in child] if t and t.strip())
            if loose.strip():
                blocks.append(RemovedBlock(" ".join(loose.split()), BlockKind.OTHER, "outside-article:region"))
            stack.append(iter(child))
            continue
        text = " ".join(" ".join(child.itertext()).split())
        if not text:
            continue
        kind, rule = (verdict.kind, verdict.rule) if verdict else (BlockKind.OTHER, "region")
        if child.tag in ("header", "footer") and not verdict:
            kind, rule = BlockKind.NAVIGATION, f"tag:{child.tag}"
        if len(text) > MAX_OUTSIDE_TEXT:
            text = text[:MAX_OUTSIDE_TEXT].rstrip() + " …"
        blocks.append(RemovedBlock(text, kind, f"outside-article:{rule}"))
    return blocks


def _outside_elements(body, keep):
    """Every element under body except those inside the region roots (in no particular order)."""
    stack = [body]
    while stack:
        for child in stack.pop():
            if isinstance(child.tag, str) and child not in keep:
                yield child
                stack.append(child)
