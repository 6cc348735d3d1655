"""Title, byline, published date, canonical URL and outlet, by ordered fallbacks.

Each value is tried in a visible order (JSON-LD, OpenGraph/meta, markup, URL) and keeps
its origin, so a report can say where it came from.
"""

from __future__ import annotations

import html as html_lib
import itertools
from collections import Counter
import json
import re
from datetime import datetime
from functools import cache
from typing import Any, Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree

from .lexicons import Lexicon
from .models import Field, Metadata
from .tree import Element, text_content

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
                 "blogposting", "liveblogposting", "scholarlyarticle", "techarticle",
                 "report", "socialmediaposting", "posting"}
PAGE_TYPES = {"webpage", "itempage", "collectionpage"}
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")  # "## Headline" from a page written in Markdown
TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—•·»]|-{1,2}|::)\s+")
BYLINE_PREFIX = re.compile(r"^\s*(?:by|from|written by|posted by|words by)\s*[:\-]?\s+", re.I)
NON_NAMES = re.compile(r"^(?:email|e-mail|follow|contact|staff|reporter|editor|more by|"
                       r"view all|see all|twitter|facebook|updated|published)\b|"
                       r"^(?:the\s+)?author$|\badmin(?:istrator)?$", re.I)  # "The Author", "NOC Admin": placeholders
ACCOUNT_NUMBER = re.compile(r"\d+")  # "262588213843476": a profile's number, not a name (user names are kept)


def extract_metadata(doc: Element, lexicon: Lexicon, snapshot_url: str | None) -> Metadata:
    """Metadata from a parsed page; JSON-LD first, then meta tags, then markup, then the URL."""
    ld = _json_ld_article(doc)
    meta = _meta_tags(doc)
    base = _base_url(doc, snapshot_url)
    og_url = _absolute_url(meta.get("og:url"), base)
    canonical_link = _absolute_url(_attr(doc, "//link[@rel='canonical']/@href"), base)
    snapshot_url = snapshot_url or og_url or canonical_link

    site_names = {n.lower() for n in (meta.get("og:site_name"), _ld_name(ld.get("publisher"))) if n}
    h1 = _text(doc, "//h1") or ""
    title = _first(
        (ld.get("headline"), "json-ld"),
        (meta.get("og:title"), "opengraph"),
        (meta.get("twitter:title"), "twitter"),
        (meta.get("dc.title"), "dublin-core"),
        (h1, "h1"),
    ) or _first(  # scans of the page, made only when nothing above names the title
        (_text(doc, HEADLINE_MARKUP), "headline-markup"),  # microdata, hAtom: "<span class='entry-title'>"
        (_text(doc, "//title"), "title"),
    )
    if title.value:
        title = Field(_strip_site_suffix(MARKDOWN_HEADING.sub("", title.value), site_names, title.origin != "json-ld"),
                      title.origin)
    # the JSON-LD headline loses when the page's og:title and <h1> agree on another one
    # (Wikipedia's JSON-LD headline is a description; some CMSs put a section name there)
    og_title = _strip_site_suffix(MARKDOWN_HEADING.sub("", meta.get("og:title") or ""), site_names, True)
    if title.origin == "json-ld" and og_title and _same_words(og_title, h1) and not _same_words(og_title, title.value):
        title = Field(og_title, "opengraph+h1")
    # SEO plugins cut a long JSON-LD headline at a word ("... Solutions (Including")
    if title.origin == "json-ld" and _words(og_title).startswith(_words(title.value) + " "):
        title = Field(og_title, "opengraph")
    # the headline the page shows readers wins over a differently worded share/SEO title
    shown = _shown_headline(doc, title.value, site_names)
    if shown and not _same_words(shown, title.value):
        title = Field(_repair_mojibake(shown), "h1")
    elif title.origin in ("json-ld", "h1") and (tab := _text(doc, "//title")) and not _starts_with(tab, title.value):
        # the <h1> the page's <title> opens with, when the title taken is neither: Wikipedia's JSON-LD
        # headline is a description ("constitutional monarchy in Oceania"), a blog's first <h1> its name ("V8")
        shown = _shown_headline(doc, tab, site_names)
        if shown and _starts_with(tab, shown):
            title = Field(_repair_mojibake(shown), "h1")
    if title.value and (quoted := WHOLLY_QUOTED.fullmatch(title.value)):
        title = Field(quoted.group(1), title.origin)

    byline = _first(
        (_ld_authors(ld), "json-ld"),
        (_meta_person(meta.get("author")), "meta-author"),
        (_meta_person(meta.get("article:author")), "article:author"),
        (_meta_person(meta.get("dc.creator")), "dublin-core"),
        (_meta_person(meta.get("parsely-author")), "parsely"),
        (_meta_person(meta.get("cxenseparse:author") or meta.get("sailthru.author")), "meta-author"),
    ) or _first((_markup_byline(doc), "byline-markup")) or _first((_displayed_byline(doc), "displayed-byline"))
    if byline.value and (outlet_tail := _outlet_tail(lexicon).search(byline.value)) and outlet_tail.start() > 0:
        byline = Field(byline.value[:outlet_tail.start()], byline.origin)  # "Dana Ford and Tom Watkins, CNN"
    published = _first(
        (_iso_date(ld.get("datePublished")), "json-ld"),
        (_iso_date(meta.get("article:published_time")), "article:published_time"),
        (_iso_date(meta.get("og:published_time")), "opengraph"),
        (_iso_date(meta.get("dc.date")), "dublin-core"),
        (_iso_date(meta.get("date") or meta.get("pubdate") or meta.get("publish-date")), "meta-date"),
        (_iso_date(meta.get("sailthru.date") or meta.get("parsely-pub-date")), "meta-date"),
        (_iso_date(meta.get("citation_publication_date") or meta.get("dcterms.date")
                   or meta.get("dc.date.issued") or meta.get("publishdate") or meta.get("publish_date")
                   or meta.get("article.published") or meta.get("datepublished") or meta.get("published_on")
                   or meta.get("publication_date") or meta.get("article:published")), "meta-date"),
    ) or _first(  # the page's markup, searched only when its metadata has no date (a scan of the page)
        (_iso_date(_attr(doc, "//*[@itemprop='datePublished']/@content | "
                              "//*[@itemprop='datePublished']/@datetime")), "microdata"),
        (_iso_date(_attr(doc, "//time[@datetime]/@datetime")), "time-element"),
        (_iso_date(_text(doc, "//time")), "time-element-text"),
        (_url_date(snapshot_url), "url"),
    )
    updated = _first(
        (_iso_date(ld.get("dateModified")), "json-ld:dateModified"),
        (_iso_date(meta.get("article:modified_time") or meta.get("og:updated_time")), "article:modified_time"),
        (_iso_date(meta.get("updated date") or meta.get("last-modified") or meta.get("datemodified")),
         "meta-modified"),
    )
    # only looked for when nothing above has one; last, a modification date, said as such by its origin
    published = published or _first((_displayed_date(doc), "displayed-date")) or updated
    own_urls = [
        (_absolute_url(ld.get("url"), base), "json-ld"),
        (_absolute_url(_ld_id(ld.get("mainEntityOfPage")), base), "json-ld"),
        (canonical_link, "link-canonical"),
        (og_url, "opengraph"),
    ]
    if not any(url for url, _ in own_urls):  # the page names no URL of its own: what its links imply
        own_urls += [(_comments_feed_page(doc), "comments-feed"), (_shared_url(doc), "share-link"),
                     (_webflow_current_page(doc), "webflow-current-link")]
    canonical = _first(*_specific_urls(own_urls + [(_absolute_url(snapshot_url), "snapshot-url")]))
    if canonical.origin not in (None, "comments-feed", "share-link", "snapshot-url"):
        canonical = _public_host(canonical, doc)
    domain_source = canonical if canonical.value else Field()
    domain = Field(registered_domain(domain_source.value), domain_source.origin) if domain_source else Field()
    known = lexicon.outlet_for(domain.value)
    publisher = ld.get("publisher")
    outlet = _first(
        (known.name if known else None, "outlets.toml"),
        (publisher.get("name") if isinstance(publisher, dict) else None, "json-ld"),
        (meta.get("og:site_name"), "opengraph"),
        (meta.get("application-name"), "meta-application-name"),
        (domain.value, "domain"),
    )
    return Metadata(title=title, byline=byline, published=published, updated=updated, canonical_url=canonical,
                    outlet_name=outlet, outlet_domain=domain)


def page_kind(doc: Element) -> str | None:
    """og:type or the JSON-LD @type of the page, lower-cased, when it declares one."""
    value = _attr(doc, "//meta[@property='og:type']/@content")
    return value.strip().lower() if value else None


def registered_domain(url: str | None) -> str | None:
    """The host of a URL without "www."/"m."/"amp." (no public-suffix list)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host or None


# ---------------------------------------------------------------- JSON-LD


LD_JSON = etree.XPath("//script[@type='application/ld+json']/text() | //meta[@name='script:ld+json']/@content")


def _json_ld_article(doc: Element) -> dict[str, Any]:
    """The JSON-LD object describing the article (NewsArticle and kin), with @id refs resolved."""
    nodes: list[dict[str, Any]] = []
    for raw in LD_JSON(doc):  # scripts, and the meta tags some frameworks put it in instead
        raw = str(raw).strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # broken JSON-LD is common; the meta tags are next in line
        nodes.extend(_flatten(data))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    best: dict[str, Any] = {}
    page: dict[str, Any] = {}  # the WebPage node: Yoast's graph dates the page there when it has no Article
    for node in nodes:
        types = {t.lower() for t in _as_list(node.get("@type")) if isinstance(t, str)}
        if types & ARTICLE_TYPES and (node.get("headline") or node.get("articleBody") or not best):
            best = node
            break
        if types & PAGE_TYPES and not best and node.get("headline"):
            best = node
        if types & PAGE_TYPES and not page:
            page = node
    return {k: _resolve(v, by_id) for k, v in (best or page).items()}


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in by_id:
        return by_id[value["@id"]]
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value]
    return value


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _ld_id(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def _ld_authors(ld: dict[str, Any]) -> str | None:
    names = []
    for author in _as_list(ld.get("author")) + _as_list(ld.get("creator")):
        if isinstance(author, dict):
            kind = str(author.get("@type", "")).lower()
            if kind == "organization":
                continue  # "RT" as author is the outlet, not a byline
            name = author.get("name")
        else:
            name = author
        if isinstance(name, str) and (name := _clean_person(name)):
            if name not in names:
                names.append(name)
    return ", ".join(names) or None


# ---------------------------------------------------------------- meta tags and markup


@cache
def _compiled(xpath: str) -> etree.XPath:
    return etree.XPath(xpath)  # (doc.xpath compiles its expression on every call: 85 µs each)


def _meta_tags(doc: Element) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in _compiled("//meta[@content]")(doc):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _text(doc: Element, xpath: str) -> str | None:
    for el in _compiled(xpath)(doc):
        text = " ".join(text_content(el).split())
        if text:
            return text
    return None


def _attr(doc: Element, xpath: str) -> str | None:
    for value in _compiled(xpath)(doc):
        if str(value).strip():
            return str(value).strip()
    return None


# elements with a class, rel or itemprop, then one regex over the class (faster than XPath string functions)
BYLINE_CANDIDATES = etree.XPath("//*[@class or @rel='author' or @itemprop='author']")
BYLINE_CLASS = re.compile(r"(?<![\w-])(?:byline|author)(?![\w-])|author-name|byline__name|authorName|byline-name|"
                          r"post-author|entry-author|article-author|byline__author|c-byline|writer|"
                          r"__author(?![\w-])|author-details|author-text|author__name|author_name|author-box__name")
MAX_BYLINE_CANDIDATES = 30
DATE_LIKE = re.compile(r"\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\b(?:updated|published)\b", re.I)


def _markup_byline(doc: Element) -> str | None:
    candidates = (el for el in BYLINE_CANDIDATES(doc) if el.get("rel") == "author" or
                  el.get("itemprop") == "author" or BYLINE_CLASS.search(el.get("class") or ""))
    for el in itertools.islice(candidates, MAX_BYLINE_CANDIDATES):
        if el.tag in NOT_SHOWN:
            continue
        # the author links inside a byline box name the people ("By <a>Amy Roeder</a> Writer")
        links = [" ".join(" ".join(a.itertext()).split()) for a in el.iter("a")]
        names = [n for n in (_clean_person(t) for t in links) if n and _looks_like_person(n)]
        text = ", ".join(dict.fromkeys(names)) if names else _clean_person(" ".join(" ".join(el.itertext()).split()))
        if text and DATE_LIKE.search(text):  # "<p>Luke Kim</p><small>December 17, 2025</small>": the name's own piece
            text = next((n for n in map(_clean_person, el.itertext()) if n and _looks_like_person(n)), None)
        if text and len(text) < 100 and len(text.split()) <= 12 and not DATE_LIKE.search(text) \
                and not any(ch.isdigit() for ch in text):  # "4m Read" is no name
            return text
        first = next((" ".join(t.split()) for t in el.itertext() if t.strip()), "")
        if _looks_like_person(first):
            return first  # "<div>Lauren Vetter</div><p>Lauren Vetter is a …</p>": the name leading an author box
    return None


# "By Jane Doe", "Written by: Jane Doe", "Posted by Jane Doe" shown as a line of the page
BYLINE_LINE = re.compile(r"^(?:by|written by|posted by|words by|text by|story by|reporting by|author|authored by|"
                         r"reviewed by)\s*:?\s*(.*)$", re.I)
BYLINE_SEPARATORS = " ,•·|–—-"  # "By Haley Hoekstra • March 12, 2025": the date follows in its own element
PERSON_NAME = re.compile(r"^(?:(?:[A-Z][\w’'.-]*|van|von|de|der|da|di|del|la|le|bin|al)\s+){0,4}[A-Z][\w’'-]+\.?$")
MAX_BYLINE_LINE = 60


def _displayed_byline(doc: Element) -> str | None:
    """A byline shown as a line of the page ("By Jane Doe"), or a "By" label followed by the name;
    also the name before a comma and the person's role or the date ("Reviewed by Justin C.
    Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024.")."""
    label = False
    for line, parent in _shown_nodes(doc, MAX_CREDITED_LINE):
        if line is None:
            label = False
            continue
        match = BYLINE_LINE.match(line)
        if len(line) > MAX_BYLINE_LINE:
            label = False
            name, _, rest = (match.group(1) if match else "").partition(", ")
            if rest and _looks_like_person(name) and (DATE_LIKE.search(rest) or CREDITED_ROLE.match(rest)) \
                    and not _in_menu(parent):
                return name
            continue
        if label and _looks_like_person(line) and not _in_menu(parent):
            return line
        label = bool(match and not match.group(1))
        if match and match.group(1) and _looks_like_person(match.group(1).strip(BYLINE_SEPARATORS)) \
                and not _in_menu(parent):  # "By Company Size", "BY USE CASE": a menu's headings
            return match.group(1).strip(BYLINE_SEPARATORS)
    return None


MAX_CREDITED_LINE = 160
# a person's role after a comma in a credit line: "Trial Attorney at …", "Staff Writer", "MD"
CREDITED_ROLE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}(?:Attorney|Writer|Editor|Reporter|Correspondent|Contributor|"
                           r"Columnist|Producer|Analyst|Professor|Doctor|Physician|Nurse|Lawyer|Director|Manager|"
                           r"MD|M\.D\.|PhD|Ph\.D\.|RN|RDN)\b")


MENU_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*[_-])?(?:nav|navbar|navigation|menu|submenu|dropdown)(?:[_-][\w-]*)?(?:$|\s)",
                        re.I)
MENU_LEVELS = 4  # how far up a menu may hold a line: not a page wrapper's "offset-nav" or "mega-menu" class


def _in_menu(el: Element) -> bool:
    """Whether an element sits in the site's navigation: a <nav>, or a menu or dropdown by class,
    among its nearest ancestors."""
    return any(a.tag == "nav" or a.tag not in ("main", "body") and MENU_CLASS.search(a.get("class") or "")
               for a in itertools.islice((el, *el.iterancestors()), MENU_LEVELS))


def _shown_lines(doc: Element, longest: int) -> Iterator[str | None]:
    """The text a reader sees, node by node, spaces squashed; None for a node longer than
    `longest` (prose, which ends a label waiting for its value)."""
    return (line for line, _ in _shown_nodes(doc, longest))


def _shown_nodes(doc: Element, longest: int) -> Iterator[tuple[str | None, Element]]:
    """_shown_lines with the element each line is the text of (or follows, for a tail)."""
    for node in BODY_TEXTS(doc):
        parent = node.getparent()
        if parent.tag not in NOT_SHOWN:
            line = " ".join(node.split())
            yield (line if len(line) <= longest else None), parent


def _looks_like_person(text: str) -> bool:
    """'Amy Roeder', 'Justin C. Meserole', 'Nick van Mead': capitalised words, no digits, not chrome."""
    return bool(PERSON_NAME.match(text)) and not NON_NAMES.search(text) and len(text.split()) >= 2


def _meta_person(value: str | None) -> str | None:
    if not value or value.startswith(("http://", "https://")):
        return None
    return _clean_person(value)


def _clean_person(value: str) -> str | None:
    value = BYLINE_PREFIX.sub("", " ".join(value.split())).strip(" ,;|")
    if not value or NON_NAMES.search(value) or len(value) > 120 or ACCOUNT_NUMBER.fullmatch(value):
        return None
    # "David Jackson - FullStack Editorial Team", "Rachel MacDonald Writer", "Manoj Jain and
    # Jagpreet Chhatwal, The Commercial Appeal": the people, without their desk or outlet
    name = value
    if _looks_like_person(first := BYLINE_AFFILIATION.split(value, maxsplit=1)[0]):
        name = first
    name = BYLINE_OUTLET.sub("", name)
    if (bracket := BYLINE_BRACKET.search(name)) and _looks_like_person(name[:bracket.start()]):
        name = name[:bracket.start()]  # "Lance Ryan (Content Manager)"
    if (role := BYLINE_ROLE.search(name)) and _looks_like_person(name[:role.start()]) \
            and not name.endswith(COLLECTIVE_BYLINES):
        name = name[:role.start()]
    return name.strip(" ,;|") or value


@cache
def _outlet_tail(lexicon: Lexicon) -> re.Pattern[str]:
    """", CNN" ending a byline: a news outlet's name (outlets.toml) after the people."""
    names = sorted({n for o in lexicon.outlets for n in (o.name, *o.aliases)}, key=len, reverse=True)
    return re.compile(r",\s+(?:" + "|".join(re.escape(n) for n in names) + r")\s*$")


BYLINE_BRACKET = re.compile(r"\s*\([^()]*\)$")
BYLINE_AFFILIATION = re.compile(r"\s+[-–—|]\s+")
COLLECTIVE_BYLINES = ("Team", "Staff", "Desk", "Board")  # "Great Day Editorial Team" is the byline
BYLINE_OUTLET = re.compile(r",\s+The\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}$")
BYLINE_ROLE = re.compile(r"\s+(?:Senior |Staff |Chief |Lead |Principal |Contributing |Head |Co-)?"
                         r"(?:Writer|Editor|Founder|Director|Manager|Reporter|Correspondent|Contributor|"
                         r"Columnist|Winemaker|Editorial)\b|\s+Head\s+of\s+[A-Z]")


def _strip_site_suffix(title: str, site_names: set[str], any_suffix: bool) -> str:
    """"Headline | Site" -> "Headline": any last part for <title>-like sources, only the
    site's own name for a JSON-LD headline."""
    title = " ".join(title.split())
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2 or len(parts[0]) < 15:
        return title
    last = parts[-1].strip().lower()
    if any_suffix or last in site_names or any(last in name or name in last for name in site_names):
        return TITLE_SEPARATORS.split(title)[0].strip() if any_suffix else title[: title.rfind(parts[-1])].rstrip(" |–—-•·»:")
    return title


HEADLINE_MARKUP = ("//*[@itemprop='headline'][not(self::meta)] | "
                   "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]")
MIN_SHARED_HEADLINE_WORDS = 2
HEADLINE_TEXT = etree.XPath(".//text()[not(ancestor::time)]")
HEADLINE_TEXT_UNLINKED = etree.XPath(".//text()[not(ancestor::time)][not(ancestor::a)]")


def _shown_headline(doc: Element, title: str | None, site_names: set[str]) -> str | None:
    """The page's <h1> that is a wording of `title` (sharing at least two of its words),
    the closest one when there are several; None when no <h1> is (a site name, a section)
    or when it is `title` with a "| Section | Site" tail."""
    wanted = _word_set(title)
    best, best_share = None, 0.0
    for el in doc.iter("h1"):
        text = " ".join(" ".join(HEADLINE_TEXT(el)).split())  # a <time> inside the h1 is its dateline
        unlinked = " ".join(" ".join(HEADLINE_TEXT_UNLINKED(el)).split())
        if unlinked != text and len(unlinked.split()) >= MIN_SHARED_HEADLINE_WORDS:
            text = unlinked  # "<span>Headline</span><a href='/'>Site Name</a>": the link is the site's
        text = _strip_site_suffix(MARKDOWN_HEADING.sub("", text), site_names, False)
        if title and text.startswith(title + " | "):
            continue
        words = _word_set(text)
        shared = len(words & wanted)
        share = shared / len(words | wanted) if shared else 0.0
        if shared >= MIN_SHARED_HEADLINE_WORDS and share > best_share:
            best, best_share = text, share
    return best


WORD = re.compile(r"\w+")
# a title wholly in straight quotes, none inside: a CMS quoting its own field ('"What is Git?"');
# typographic quotes round a headline are the editor's (“New Ways to Corrupt LLMs”) and stay
WHOLLY_QUOTED = re.compile(r'"([^"“”]+)"')


def _words(text: str | None) -> str:
    """'The Best Tools (2026)!' -> 'the best tools 2026'."""
    return " ".join(WORD.findall((text or "").lower()))


def _word_set(text: str | None) -> set[str]:
    return set(WORD.findall((text or "").lower()))


def _starts_with(text: str | None, start: str | None) -> bool:
    """Whether `text` opens with the words of `start` (case and punctuation aside)."""
    words, opening = _words(text), _words(start)
    return bool(opening) and (words == opening or words.startswith(opening + " "))


def _same_words(a: str | None, b: str | None) -> bool:
    words = _words(a)
    return bool(words) and words == _words(b)


def _ld_name(value: Any) -> str | None:
    return value.get("name") if isinstance(value, dict) and isinstance(value.get("name"), str) else None


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value  # a date alone stays a date: no invented midnight
    candidate = value.replace("Z", "+00:00")
    for text in (candidate, candidate[:25], candidate[:19], candidate[:10]):
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            continue
    match = re.search(r"\b(\d{4})[-/](\d{2})[-/](\d{2})\b", value)
    if match:
        return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    return _textual_date(value)


MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
TEXT_DATE = re.compile(r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})|"
                       r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>\d{4})|"
                       r"(?P<y3>\d{4})\s+(?P<m3>[A-Za-z]{3,9})\.?\s+(?P<d3>\d{1,2}))\b")


def _textual_date(value: str) -> str | None:
    """"Feb 08, 2022", "8 February 2022", "2022 Feb 8" (PubMed) -> "2022-02-08"; numeric d/m
    orders are ambiguous: None."""
    match = TEXT_DATE.search(value)
    if not match:
        return None
    month = MONTHS.get((match.group("m1") or match.group("m2") or match.group("m3"))[:3].lower())
    day = int(match.group("d1") or match.group("d2") or match.group("d3"))
    year = int(match.group("y1") or match.group("y2") or match.group("y3"))
    if not month or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


BODY_TEXTS = etree.XPath("//body//text()[normalize-space()]")
NOT_SHOWN = {"script", "style", "noscript", "template", "title", "option"}
# "Published on July 18, 2025", "Posted: 8 Feb 2022", "Last updated on 17 December 2025"
DATE_LABEL = re.compile(r"^\W*(?:(?P<published>first published|published|posted|created|date)|"
                        r"(?:last )?(?:updated|modified))(?: on| at)?\b\W*", re.I)
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")  # also "2022-11-23T08:10+02:00"
NUMERIC_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")  # "10/31/2024", "1/25/26": only when unambiguous
MAX_DATE_LINE = 80  # a dateline; longer text is prose that mentions a date
MAX_BARE_DATE_EXTRA = 20  # "Monday, " and " @ 11:10 PM UTC" around a date shown alone


def _displayed_date(doc: Element) -> str | None:
    """The date the page shows its readers: "Published on …" first; else the first of an
    "Updated …" date and a line that is only a date ("DECEMBER 22, 2022 · Updated: JANUARY 02,
    2026" is the first)."""
    updated = bare = None
    pending: bool | None = None  # a label whose date is in the next text ("Last updated on:" | "October 1")
    for line in _shown_lines(doc, MAX_DATE_LINE):
        if line is None:
            pending = None
            continue
        label = DATE_LABEL.match(line)
        rest = line[label.end():] if label else line
        date = _shown_date(rest)
        if date and (label or pending is not None):
            if (bool(label.group("published")) if label else pending):
                return date
            if updated is None and bare is None:
                updated = date
        elif date and bare is None and updated is None and len(line) - len(_date_text(rest)) <= MAX_BARE_DATE_EXTRA:
            bare = date
        pending = bool(label.group("published")) if label and not rest else None
    return bare or updated


def _shown_date(text: str) -> str | None:
    iso = ISO_DAY.search(text)
    if iso:
        return f"{iso.group(1)}-{iso.group(2)}-{iso.group(3)}"
    return _textual_date(text) or _numeric_date(text)


def _numeric_date(text: str) -> str | None:
    """'10/31/2024' (month first) or '31/10/2024' (day first), when only one reading is a date;
    a two-digit year is this century's ('1/25/26')."""
    m = NUMERIC_DAY.search(text)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    year = year if len(year) == 4 else "20" + year
    if 1 <= a <= 12 < b <= 31:
        return f"{year}-{a:02d}-{b:02d}"
    if 1 <= b <= 12 < a <= 31:
        return f"{year}-{b:02d}-{a:02d}"
    return None  # "03/04/2024": March 4 or 3 April


def _date_text(text: str) -> str:
    found = ISO_DAY.search(text) or TEXT_DATE.search(text) or NUMERIC_DAY.search(text)
    return found.group(0) if found else ""


def _url_date(url: str | None) -> str | None:
    """A date in a URL path: /2019/11/19/ or /2019-11-19-."""
    match = re.search(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)", urlsplit(url or "").path)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _specific_urls(candidates: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """The page's own URLs, in order of trust, without those another candidate shows to be
    a site's mistake: its homepage or a section above the page ("https://example.com/" beside
    ".../blog/the-story"), a placeholder on another site ("https://google.com/article"), or
    a doubled slash the others write once. A URL every candidate writes alike is the URL."""
    present = [(url, origin) for url, origin in candidates if url]
    domains = [registered_domain(url) for url, _ in present]
    votes = Counter(domains)
    most = max(votes.values(), default=0)
    majority = [d for d, n in votes.items() if n == most]
    kept = []
    for (url, origin), domain in zip(present, domains):
        others = [(u, d) for (u, _), d in zip(present, domains) if u != url]
        if any(u == _one_slash(url) for u, _ in others):
            continue  # "…ie//corklives/…" beside "…ie/corklives/…": the template's doubled slash
        if most >= 2 and votes[domain] < most and not any(_same_site(domain, d) for d in majority):
            continue  # the other candidates agree on another site
        segments = _segments(url)
        if any(_same_site(d, domain) and _is_section_of(segments, _segments(u)) for u, d in others):
            continue  # a homepage or a section above a more specific URL of the same site
        kept.append((url, origin))
    return kept or present


def _one_slash(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path=re.sub(r"/{2,}", "/", parts.path)).geturl()


def _same_site(a: str | None, b: str | None) -> bool:
    """One host, or one a subdomain of the other ("russellmiller2.substack.com", "substack.com")."""
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def _segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.split("/") if s]


def _is_section_of(section: list[str], page: list[str]) -> bool:
    """"/" or "/cultivating-health" above "/blog/cultivating-health/7-weight-loss-tips/2024/12":
    the shorter path's segments, as a run, inside the longer one."""
    if len(section) >= len(page):
        return False
    return any(page[i:i + len(section)] == section for i in range(len(page) - len(section) + 1))


FEED_LINKS = etree.XPath("//link[@rel='alternate' and contains(@href, '/feed')]/@href")
NOT_A_POST_FEED = re.compile(r"^/(?:comments/|(?:category|tag|author|topics?)/.*)?feed/?$")
SHARE_LINKS = etree.XPath("//a[contains(@href, 'share') or contains(@href, 'intent/tweet') or "
                          "contains(@href, 'pin/create') or contains(@href, 'submit?url')]/@href")
SHARE_SERVICES = re.compile(r"^https?://(?:[\w-]+\.)*(?:facebook|twitter|x|linkedin|pinterest|reddit|tumblr)\.com/")


def _public_host(canonical: Field, doc: Element) -> Field:
    """A declared URL on another host than the one the page's own share buttons and comment
    feed give for the same path ("os-system-com-blog.ossystem-cluster-1.org" for
    "os-system.com"): a staging or cluster host left in the template; the public one wins."""
    declared = urlsplit(canonical.value)
    for find, origin in ((_shared_url, "share-link"), (_comments_feed_page, "comments-feed")):
        url = find(doc)
        public = urlsplit(url or "")
        if public.hostname and registered_domain(url) != registered_domain(canonical.value) \
                and public.path.rstrip("/") == declared.path.rstrip("/"):
            return Field(url, f"{origin} (the declared {canonical.origin} names another host)")
    return canonical


def _comments_feed_page(doc: Element) -> str | None:
    """WordPress announces a post's own comment feed at "<permalink>feed/": the post's URL."""
    for href in FEED_LINKS(doc):
        parts = urlsplit(str(href).strip())
        if parts.path.rstrip("/").endswith("/feed") and not NOT_A_POST_FEED.match(parts.path):
            return _absolute_url(parts._replace(path=parts.path.rstrip("/")[: -len("feed")], query="").geturl())
    return None


def _shared_url(doc: Element) -> str | None:
    """The URL the page's share buttons pass to Facebook, X, LinkedIn … (the most shared one:
    teasers of other stories may carry buttons of their own)."""
    shared = Counter()
    for href in SHARE_LINKS(doc):
        href = str(href).strip()
        if SHARE_SERVICES.match(href):
            query = parse_qs(urlsplit(href).query)
            url = _absolute_url((query.get("u") or query.get("url") or [""])[0])
            if url:
                shared[url] += 1
    return shared.most_common(1)[0][0] if shared else None


def _absolute_url(value: Any, base: str | None = None) -> str | None:
    """An absolute http(s) URL with a real host ("http://packing-list-backpacking-trip" is a
    template's mistake), without a fragment; a relative one ("/agency") read against the
    page's base URL when it has one."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if base and value.startswith("/"):
        value = urljoin(base, value)
    if not value.startswith(("http://", "https://")):
        return None
    parts = urlsplit(value)
    if "." not in (parts.hostname or ""):
        return None
    # a fragment ("…/story/#webpage", a JSON-LD node's id) names a part of the page, not the page
    return parts._replace(fragment="").geturl()


def _base_url(doc: Element, snapshot_url: str | None) -> str | None:
    """What the page's relative URLs are read against: its `<base href>`, the URL it was
    captured from, or the domain a Webflow site publishes on its `<html>` element."""
    declared = _absolute_url(_attr(doc, "//base/@href"))
    if declared:
        return declared
    return snapshot_url or _webflow_site(doc)


def _webflow_site(doc: Element) -> str | None:
    """The site a Webflow page names on its `<html>` element (`data-wf-domain`), as a URL."""
    domain = _attr(doc, "/html/@data-wf-domain")
    return _absolute_url(f"https://{domain}/") if domain and "/" not in domain else None


def _webflow_current_page(doc: Element) -> str | None:
    """Webflow marks a link to the page itself `w--current` (a breadcrumb's last step): with
    the site on the `<html>` element, the page's URL."""
    site = _webflow_site(doc)
    href = _attr(doc, "//a[contains(concat(' ', @class, ' '), ' w--current ')]/@href")
    if not site or not href or not href.startswith("/") or href.rstrip("/") == "":
        return None
    return _absolute_url(href, site)


def _first(*candidates: tuple[Any, str]) -> Field:
    for value, origin in candidates:
        if isinstance(value, str) and value.strip():
            # CMSs often leave HTML entities in JSON-LD and meta values ("&#8211;", "&amp;")
            return Field(_repair_mojibake(" ".join(html_lib.unescape(value).split())), origin)
    return Field()


# UTF-8 bytes read as Latin-1 by the page's own CMS: "Investorâ\x80\x99s" for "Investor’s"
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")


def _repair_mojibake(text: str) -> str:
    if not MOJIBAKE.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:  # not mojibake after all (or only part of it): leave it as written
        return text


def iso_date(value: Any) -> str | None:
    """A date given as a value ("2024-09-16", "2024-09-16T10:00Z") in ISO form."""
    return _iso_date(value)


def shown_date(text: str) -> str | None:
    """A date as pages show it ("September 16, 2024", "16.09.2024" when unambiguous)."""
    return _shown_date(text)
