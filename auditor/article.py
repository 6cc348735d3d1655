"""Snapshot -> Article: the body as kept (paragraphs, links), what was removed and why, metadata.

HTML: lxml finds the article region (region.py); the walker goes through that region's
elements in the tree already parsed, block by block, applying the boilerplate rules by markup
and by text. (It used to re-parse the region with BeautifulSoup: the profile showed that
second parse and its walk were the largest cost of an audit, bench/RESULTS.md.)
Plain text: the same text rules run on lines, and a cross-link headline glued onto the
next paragraph is cut out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urljoin, urlsplit

from lxml import etree

from . import deadline
from .boilerplate import Verdict, class_and_id, classify_text, element_classifier, page_rules, split_glued_cross_link
from .errors import NotAnArticle
from .lexicons import BlockRules, Lexicon, Site, normalise_line
from .metadata import extract_metadata, iso_date, page_kind, registered_domain, shown_date
from .models import Article, BlockKind, Field, Link, Metadata, Paragraph, RemovedBlock, Snapshot
from .region import find_region, parse_page, strip_invisible
from .tree import Element

MIN_ARTICLE_WORDS = 40  # below this, bench/ pages are index stubs, errors or login walls
MAX_LINK_DENSITY = 0.5  # a region mostly made of links is an index page, not an article
MAX_HOMEPAGE_LINK_DENSITY = 0.3  # on a page that calls itself a homepage, less is enough
# a feed saved under an .html name: its root element, after the XML declaration and comments
FEED_ROOT = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*"
                       r"<(rss|feed|rdf:RDF)\b", re.S | re.I)
FEED_SNIFF_CHARS = 2000
MIN_HOMEPAGE_LINKS = 100  # a page calling itself a homepage that links this often is a front page
PAGE_LINKS = etree.XPath("count(//a[@href])")
MAX_GUARDED_SHARE = 0.5  # a chrome-named element holding this share of the region is the article
MIN_GUARDED_PROSE_CHARS = 500  # chrome blocks seen in bench/ are shorter than this, or link lists
MAX_PROSE_LINK_SHARE = 0.15
MIN_GUARDED_PARAGRAPH_SHARE = 0.5  # prose is written in <p>s; a rail's headlines and blurbs are not
# every kind but "other" (reader comments are long prose, and still not the article)
PROSE_GUARDED_KINDS = frozenset(BlockKind) - {BlockKind.OTHER}
# a <p> of this many words, ending a sentence, is a paragraph of the article whatever its class
# says ("paywall": the paragraphs a paywall hides); captions and credits are sentences too
MIN_PROSE_PARAGRAPH_WORDS = 8
PARAGRAPH_GUARDED_KINDS = PROSE_GUARDED_KINDS - {BlockKind.CAPTION, BlockKind.CREDIT}
LINK_ONLY_SHARE = 0.9  # of a block's text inside links
TEASER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
MAX_TEASER_HEADING_CHARS = 60
TEASER_LINK_SHARE = 0.5  # of a headed box's text (its heading aside) in links
LINK_ONLY_MAX_WORDS = 20  # a headline; longer linked text is a linked sentence of the article
# a link-only block in one of these, linking to another site, is an item of the article's own list
LISTED_TAGS = frozenset({"li", "td", "th", "h2", "h3", "h4", "h5", "h6"})
TAG_LINK_SHARE = 0.5  # of a block's text in rel="tag" links: the post's tag list
DATELINE_PROPS = frozenset({"datePublished", "dateModified", "dateCreated"})  # schema.org microdata
MAX_DATELINE_CHARS = 100
CARD_BLOCKS = etree.XPath("boolean(.//div | .//p | .//h2 | .//h3 | .//h4)")  # inside a link: a card
MAX_LINK_CARD_CHARS = 600
MIN_LINK_CARD_WORDS = 6
MIN_REPEATED_CHARS = 80  # shorter lines ("Pros", "Read more") repeat in any article
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
MAX_WRAPPED_LINE = 120  # a hard-wrapped text's lines (90th percentile) are no longer than this
MAX_TEXT_TITLE_CHARS = 250  # the first line of a text snapshot is its headline if this short
# header fields of plain-text exports, and the metadata each one gives ("subtitle" is kept out of the claims)
TEXT_HEADER_FIELDS = {"title": "title", "headline": "title", "subtitle": "subtitle", "date": "published",
                      "published": "published", "publisher": "outlet", "source": "outlet", "author": "byline",
                      "byline": "byline", "url": "url"}
TEXT_HEADER = re.compile(r"^(" + "|".join(TEXT_HEADER_FIELDS) + r"):\s*(.*)$", re.I)
MIN_TEXT_HEADER_LINES = 2
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
              "ol", "li", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "dl",
              "dt", "dd", "figure", "figcaption", "header", "footer", "aside", "nav", "form",
              "hr", "address", "details", "summary", "center", "body", "html"}
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"  # reserved characters, and % of what is already encoded
ASCII_SPACES = " \t\n\r\f"
CJK_CHARACTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# spaces, and the zero-width characters editors leave in empty paragraphs (joiners, BOM)
SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
NON_WORD = re.compile(r"\W+")
NO_WORDS = re.compile(r"[\W_]+")  # a block of symbols only: rating stars "☆ ★", "* * *"


def extract_article(snapshot: Snapshot, lexicon: Lexicon) -> Article:
    """The article in a snapshot; raise NotAnArticle for index pages and stubs."""
    if snapshot.media_type == "text":
        article = _article_from_text(snapshot, lexicon)
    else:
        article = _article_from_html(snapshot, lexicon)
    words = sum(word_count(p.text) for p in article.paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(f"too little body text ({words} words < {MIN_ARTICLE_WORDS})")
    return article


def word_count(text: str) -> int:
    """Words separated by spaces, plus a word per two characters of Chinese, Japanese or Korean
    (written without spaces; about two characters a word)."""
    return len(text.split()) + len(CJK_CHARACTERS.findall(text)) // 2


# ---------------------------------------------------------------- HTML


def _article_from_html(snapshot: Snapshot, lexicon: Lexicon) -> Article:
    if feed := FEED_ROOT.match(snapshot.text[:FEED_SNIFF_CHARS]):
        raise NotAnArticle(f"a news feed (<{feed.group(1)}>), not an article page")
    doc = parse_page(snapshot.text)
    metadata = extract_metadata(doc, lexicon, snapshot.url.value)
    kind = page_kind(doc)  # before strip_invisible() drops the <head>
    rules, site = page_rules(lexicon, metadata.outlet_domain.value)
    strip_invisible(doc)
    region = find_region(doc, rules)
    _refuse_index_page(kind, metadata, region.link_chars / region.text_chars if region.text_chars else 0.0, doc)
    base = metadata.canonical_url.value or snapshot.url.value
    walker = _Walker(rules, metadata.title.value, base, metadata.outlet_domain.value,
                     lexicon.camel_case_words, region_chars=region.text_chars)
    for root in region.roots:
        walker.walk_region(root)
    paragraphs, links, copies = _without_second_copies(walker.paragraphs, walker.links)
    removed = region.outside + tuple(walker.removed) + copies
    metadata = _with_fingerprinted_outlet(metadata, site, removed, lexicon)
    return Article(metadata, paragraphs, removed, links, snapshot.flags)


def _without_second_copies(paragraphs: list[Paragraph], links: list[Link]
                           ) -> tuple[tuple[Paragraph, ...], tuple[Link, ...], tuple[RemovedBlock, ...]]:
    """Drop the second copy of a run of paragraphs met again word for word (a page carrying its
    text in two layouts, a desktop and a mobile one). A single repeated paragraph stays: the
    same question put to every interviewee, a key figure restated, a plan's recurring row."""
    first: dict[str, int] = {}
    dropped: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        j = first.setdefault(paragraph.text, i)
        if j == i or len(paragraph.text) < MIN_REPEATED_CHARS or not paragraph.text.endswith(SENTENCE_ENDS):
            continue  # short lines, and the rows of a plan or a list, are not judged
        if i - 1 in dropped or (i + 1 < len(paragraphs) and j + 1 < i
                                and paragraphs[i + 1].text == paragraphs[j + 1].text):
            dropped.add(i)
    if not dropped:
        return tuple(paragraphs), tuple(links), ()
    index = {}
    for i in range(len(paragraphs)):
        if i not in dropped:
            index[i] = len(index)
    kept_links = tuple(replace(link, paragraph=index[link.paragraph]) for link in links
                       if link.paragraph is None or link.paragraph in index)
    copies = tuple(RemovedBlock(paragraphs[i].text, BlockKind.OTHER, "markup:second copy of a run of paragraphs")
                   for i in sorted(dropped))
    return tuple(p for i, p in enumerate(paragraphs) if i not in dropped), kept_links, copies


def _refuse_index_page(kind: str | None, metadata: Metadata, link_density: float,
                       doc: Element) -> None:
    """Raise NotAnArticle for a homepage, an index of links, a profile or product page."""
    if kind in ("profile", "music.song", "product", "books.author"):
        raise NotAnArticle(f"not an article (og:type {kind})")
    path = urlsplit(metadata.canonical_url.value or "").path
    homepage = kind == "website" and path.strip("/") == "" and metadata.canonical_url
    # a site's own canonical URL is often its homepage by mistake: only the links tell
    if homepage and link_density > MAX_HOMEPAGE_LINK_DENSITY:
        raise NotAnArticle(f"a homepage (og:type website at {metadata.canonical_url.value}, "
                           f"{link_density:.0%} of its main text in links)")
    if homepage and (links := int(PAGE_LINKS(doc))) >= MIN_HOMEPAGE_LINKS:
        raise NotAnArticle(f"a homepage (og:type website at {metadata.canonical_url.value}, "
                           f"{links} links: a front page of stories)")
    if link_density > MAX_LINK_DENSITY:
        raise NotAnArticle(f"mostly links ({link_density:.0%} of the text of its main block): an index page")


def _chars_in(el: Element, tag: str) -> int:
    """Characters of text inside an element's descendants of one tag (its links, its <p>s)."""
    return sum(len(_squash("".join(child.itertext()))) for child in el.iter(tag))


@dataclass
class _Walker:
    """Walks the article region's lxml elements, block by block."""

    rules: tuple[BlockRules, ...]
    title: str | None
    base_url: str | None
    domain: str | None
    camel_case_words: frozenset[str]
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _buffer: list[str] = field(default_factory=list)
    _pending_links: list[tuple[str, str]] = field(default_factory=list)
    _pending_tag_chars: int = 0  # text of rel="tag" links in the buffer
    region_chars: int = 0
    _in_pre: bool = False  # whitespace inside <pre> is content

    def __post_init__(self) -> None:
        self._classify = element_classifier(self.rules)
        self._any_headings = frozenset().union(*(rule.headings for rule in self.rules))

    def walk_region(self, root: Element) -> None:
        """Walk one region root (its tail is outside the region)."""
        if root.tag in ("body", "html"):
            self._walk(root, quoted=False)  # the page's own wrapper is never chrome
        else:
            self._visit(root, quoted=False)
        self._flush(quoted=False)

    def _walk(self, node: Element, quoted: bool) -> None:
        keep = node.tag == "pre" or self._in_pre
        if node.text:
            self._buffer.append(node.text if keep else _layout_text(node.text))
        for child in node:
            if isinstance(child.tag, str):  # comments and processing instructions were stripped
                self._visit(child, quoted)
            if child.tail:
                self._buffer.append(child.tail if keep else _layout_text(child.tail))

    def _visit(self, child: Element, quoted: bool) -> None:
        # inside a code listing, class names are a highlighter's ("token comment"), not chrome
        verdict = None if self._in_pre else self._chrome(child)
        if verdict:
            self._flush(quoted)
            text = _squash(" ".join(child.itertext()))
            if text:
                self.removed.append(RemovedBlock(text, verdict.kind, verdict.rule))
            return
        name = child.tag
        if name == "br":
            self._buffer.append("\n")
        elif name in BLOCK_TAGS:
            self._flush(quoted)
            inner_quoted = quoted or name == "blockquote"
            was_in_pre, self._in_pre = self._in_pre, self._in_pre or name == "pre"
            self._walk(child, inner_quoted)
            self._in_pre = was_in_pre
            self._flush(inner_quoted, name)
        elif name == "a" and child.get("href") and (card := self._link_card(child)):
            self._flush(quoted)
            self.removed.append(card)
        elif name == "a" and child.get("href"):
            start = len(self._buffer)
            self._walk(child, quoted)
            text = _squash("".join(self._buffer[start:]))
            self._pending_links.append((child.get("href").strip(), text))
            if "tag" in (child.get("rel") or "").split():
                self._pending_tag_chars += len(text)
        else:
            self._walk(child, quoted)

    def _link_card(self, a: Element) -> RemovedBlock | None:
        """A link wrapped round blocks (a title, an excerpt, "Read more", a date): a rich-link
        card for another story, as Substack and many CMSs embed one, whatever its class names."""
        if a.get("href").lstrip().startswith("#") or not CARD_BLOCKS(a):
            return None  # a link to a place on this page (a table of contents, a section heading)
        text = _squash(" ".join(a.itertext()))
        if len(text.split()) < MIN_LINK_CARD_WORDS or len(text) > MAX_LINK_CARD_CHARS:
            return None  # a linked tile ("Themes", "Add-ons") is a page's own menu of features
        internal = self._link(a.get("href").strip(), text, 0).internal
        kind = BlockKind.CROSS_LINK if internal else BlockKind.RELATED
        return RemovedBlock(text, kind, "markup:link card (a link round blocks)")

    def _chrome(self, el: Element) -> Verdict | None:
        verdict = self._classify(el.tag, class_and_id(el)) or self._headed_box(el)
        if verdict is None and el.get("itemprop") in DATELINE_PROPS \
                and len(_squash("".join(el.itertext()))) <= MAX_DATELINE_CHARS:
            return Verdict(BlockKind.OTHER, f"markup:dateline (itemprop={el.get('itemprop')})")
        if verdict and verdict.kind == BlockKind.SHARE_PROMPT and el.find(".//blockquote") is not None:
            return None  # a "social-media-embed" holds a quoted post (a tweet): a source, not a share bar
        if verdict and ".classes:" in verdict.rule and self.region_chars and not verdict.rule.startswith("sites/"):
            # a container named "post-tags-enabled" that holds most of the text is the article
            # (a generic class word can be part of a CMS's name for the body; an outlet's own is not)
            text = _squash("".join(el.itertext()))
            if len(text) > MAX_GUARDED_SHARE * self.region_chars:
                return None
            if el.tag == "p" and verdict.kind in PARAGRAPH_GUARDED_KINDS and self._prose_paragraph(el, text):
                return None
            # a rail of related links is links; long prose under a chrome-like name is not chrome
            if verdict.kind in PROSE_GUARDED_KINDS and len(text) >= MIN_GUARDED_PROSE_CHARS:
                links, paragraphs = _chars_in(el, "a"), _chars_in(el, "p")
                if links < MAX_PROSE_LINK_SHARE * len(text) and paragraphs >= MIN_GUARDED_PARAGRAPH_SHARE * len(text):
                    return None
        return verdict

    def _prose_paragraph(self, el: Element, text: str) -> bool:
        """A paragraph of sentences, few of its words linked, that no text rule calls chrome."""
        if len(text.split()) < MIN_PROSE_PARAGRAPH_WORDS or not text.endswith(SENTENCE_ENDS):
            return False
        return _chars_in(el, "a") < MAX_PROSE_LINK_SHARE * len(text) and classify_text(text, self.rules) is None

    def _headed_box(self, el: Element) -> Verdict | None:
        """A box opened by a heading that says what it is, whatever its class names: one of a
        rule file's `headings` ("About the author", "Disclaimer"), or a "related" heading ("More
        Related Stories") over links, a rail of teasers."""
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is None or first.tag not in TEASER_HEADINGS:
            return None
        heading = " ".join(first.itertext())
        if len(heading) > MAX_TEASER_HEADING_CHARS:
            return None
        line = normalise_line(heading) if self._any_headings else ""
        if line in self._any_headings:  # one set lookup for most boxes: no rule file names their heading
            for rule in self.rules:
                if line in rule.headings and \
                        len(_squash("".join(el.itertext()))) <= MAX_GUARDED_SHARE * self.region_chars:
                    return Verdict(rule.kind, f"{rule.origin}:{rule.kind}.headings:{line}")
        verdict = classify_text(heading, self.rules)
        if verdict is None or verdict.kind != BlockKind.RELATED:
            return None
        text = len(_squash(" ".join(el.itertext()))) - len(_squash(heading))
        links = sum(len(_squash(" ".join(a.itertext()))) for a in el.iter("a"))
        if links < TEASER_LINK_SHARE * text:
            return None
        return Verdict(BlockKind.RELATED, f"markup:links under a related heading ({verdict.rule})")

    def _flush(self, quoted: bool, tag: str = "") -> None:
        if not self._buffer:
            return
        deadline.check()
        raw = "".join(self._buffer)
        links, self._pending_links = self._pending_links, []
        tag_chars, self._pending_tag_chars = self._pending_tag_chars, 0
        self._buffer = []
        for chunk in re.split(r"\n\s*\n", raw):
            self._add_block(_squash(chunk), quoted, links, tag, tag_chars)
            links, tag_chars = [], 0  # links belong to the first chunk: good enough for <br><br> splits

    def _add_block(self, text: str, quoted: bool, links: list[tuple[str, str]], tag: str = "",
                   tag_chars: int = 0) -> None:
        if not text:
            return
        if tag_chars >= TAG_LINK_SHARE * len(text):
            self.removed.append(RemovedBlock(text, BlockKind.RELATED, 'markup:tag links (rel="tag")'))
            return
        if NO_WORDS.fullmatch(text):
            self.removed.append(RemovedBlock(text, BlockKind.OTHER, "markup:no words (symbols only)"))
            return
        if (self.title and _same_text(text, self.title)) or tag == "h1":
            self.removed.append(RemovedBlock(text, BlockKind.OTHER, "markup:headline (the title is metadata)"))
            return
        glued = split_glued_cross_link(text, self.rules, self.camel_case_words)
        if glued:
            head, text, verdict = glued
            self.removed.append(RemovedBlock(head, verdict.kind, verdict.rule))
        verdict = classify_text(text, self.rules) or self._link_only(text, links, tag)
        if verdict:
            self.removed.append(RemovedBlock(text, verdict.kind, verdict.rule))
            return
        index = len(self.paragraphs)
        self.paragraphs.append(Paragraph(text, quoted))
        for href, link_text in links:
            self.links.append(self._link(href, link_text, index))

    def _link_only(self, text: str, links: list[tuple[str, str]], tag: str = "") -> Verdict | None:
        """A short block that is nothing but a link: a teaser of another story. A list item,
        table cell or heading linking to another site is the article's own list of things
        (the products, firms or documents it names), not a teaser."""
        linked = sum(len(t) for _, t in links)
        if not links or linked < LINK_ONLY_SHARE * len(text) or len(text.split()) > LINK_ONLY_MAX_WORDS:
            return None
        internal = all(self._link(href, t, 0).internal for href, t in links)
        if not internal and tag in LISTED_TAGS:
            return None
        kind = BlockKind.CROSS_LINK if internal else BlockKind.RELATED
        return Verdict(kind, "markup:link-only block")

    def _link(self, href: str, text: str, paragraph: int) -> Link:
        # as a browser would send it: spaces, quotes and non-ASCII characters percent-encoded
        absolute = quote(urljoin(self.base_url, href) if self.base_url else href, safe=URL_SAFE)
        host = registered_domain(absolute) if absolute.startswith(("http://", "https://")) else None
        internal = host is None or (self.domain is not None and
                                    (host == self.domain or host.endswith("." + self.domain)))
        return Link(absolute, text, internal, paragraph)


def _layout_text(text: str) -> str:
    """Whitespace between tags is layout: one line break if it has any (a blank line in it
    does not split a paragraph; two <br>s do), else one space."""
    if text.strip(ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def _squash(text: str) -> str:
    return " ".join(SPACES.sub(" ", text).split())


def _same_text(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 2:
        return False  # most blocks are nothing like the title: no need to compare letters
    return NON_WORD.sub("", a).lower() == NON_WORD.sub("", b).lower()


# ---------------------------------------------------------------- plain text


def _article_from_text(snapshot: Snapshot, lexicon: Lexicon) -> Article:
    return article_from_text(snapshot.text, lexicon, snapshot.url, snapshot.flags)


def article_from_text(text: str, lexicon: Lexicon, url: Field = Field(), flags: tuple[str, ...] = (),
                      first_line_title: bool = True) -> Article:
    """The article in plain text: a paragraph a line, boilerplate lines removed, a glued
    cross-link cut out; each paragraph keeps its offset in the text."""
    domain = registered_domain(url.value)
    rules, site = page_rules(lexicon, domain)
    # a paragraph a line, unless the text is hard-wrapped: blank lines between paragraphs and
    # short lines (then a newline inside a paragraph becomes a space, so offsets stay exact)
    header, removed, body_start = _text_header(text)  # "Title: …", "Date: …" lines at the top
    block = re.compile(r"\S(?:.|\n(?![ \t]*\n))*" if _hard_wrapped(text[body_start:]) else r"[^\n]+")
    lines = []
    for match in block.finditer(text, body_start):
        line = match.group(0).replace("\n", " ")
        stripped = line.strip()
        if stripped:
            lines.append((match.start() + line.index(stripped), stripped))
    title = Field(header["title"], "text-header") if header.get("title") else Field()
    if not title and first_line_title and len(lines) > 1 and len(lines[0][1]) <= MAX_TEXT_TITLE_CHARS \
            and not lines[0][1].endswith((".", "”", '"')):
        title = Field(lines.pop(0)[1], "first-line")
    paragraphs: list[Paragraph] = []
    for offset, line in lines:
        glued = split_glued_cross_link(line, rules, lexicon.camel_case_words)
        if glued:
            head, rest, verdict = glued
            removed.append(RemovedBlock(head, verdict.kind, verdict.rule))
            offset += line.index(rest, len(head))
            line = rest
        verdict = classify_text(line, rules)
        if verdict:
            removed.append(RemovedBlock(line, verdict.kind, verdict.rule))
        else:
            paragraphs.append(Paragraph(line, offset=offset))
    outlet = lexicon.outlet_for(domain)
    metadata = Metadata(
        title=title,
        byline=Field(header["byline"], "text-header") if header.get("byline") else Field(),
        published=Field(header["published"], "text-header") if header.get("published") else Field(),
        canonical_url=url if url.value or not header.get("url") else Field(header["url"], "text-header"),
        outlet_name=Field(outlet.name, "outlets.toml") if outlet else (
            Field(header["outlet"], "text-header") if header.get("outlet") else Field()),
        outlet_domain=Field(domain, url.origin) if domain else Field(),
    )
    metadata = _with_fingerprinted_outlet(metadata, site, tuple(removed), lexicon)
    return Article(metadata, tuple(paragraphs), tuple(removed), (), flags)


def _text_header(text: str) -> tuple[dict[str, str], list[RemovedBlock], int]:
    """Fields a plain-text export puts above the story ("Title: …", "Date: 2024-09-16",
    "Publisher: LAist"): two or more such lines at the very top are metadata, not claims.
    Returns the fields, their lines as removed blocks, and where the story starts."""
    fields: dict[str, str] = {}
    removed: list[RemovedBlock] = []
    end = 0
    for m in re.finditer(r"[^\n]*\n?", text):
        line = m.group(0).strip()
        if not line:
            if removed:
                break
            continue
        header = TEXT_HEADER.match(line)
        if not header:
            break
        key, value = TEXT_HEADER_FIELDS[header.group(1).lower()], header.group(2).strip()
        if key == "published":
            value = iso_date(value) or shown_date(value) or ""
        if value:
            fields.setdefault(key, value)
        removed.append(RemovedBlock(line, BlockKind.OTHER, f"text-header:{header.group(1).lower()}"))
        end = m.end()
    if len(removed) < MIN_TEXT_HEADER_LINES:
        return {}, [], 0
    return fields, removed, end


def _hard_wrapped(text: str) -> bool:
    """Blank lines separate paragraphs and nine lines in ten are short: wrapped at a fixed width
    (dev texts wrapped so have 90 % of lines under 93 characters; one paragraph a line, over 148)."""
    if not re.search(r"\n[ \t]*\n", text):
        return False
    lengths = sorted(len(line) for line in text.splitlines() if line.strip())
    if not lengths:
        return False  # blank lines and nothing else
    return lengths[max(int(len(lengths) * 0.9) - 1, 0)] <= MAX_WRAPPED_LINE


def _with_fingerprinted_outlet(metadata: Metadata, site: Site | None, removed: tuple[RemovedBlock, ...],
                               lexicon: Lexicon) -> Metadata:
    """Name the outlet from its own chrome ("Also on rt.com") when nothing else names it."""
    if metadata.outlet_name or site:
        return metadata
    for block in removed:
        origin = block.rule.removeprefix("outside-article:").split(":", 1)[0]
        if not origin.startswith("sites/"):
            continue
        file_domain = origin.removeprefix("sites/").removesuffix(".toml")
        if found := lexicon.site_for(file_domain):
            how = f"boilerplate-fingerprint:{origin}"
            return replace(metadata, outlet_name=Field(found.outlet, how), outlet_domain=Field(file_domain, how))
    return metadata
