"""Metadata by ordered fallbacks, each value with its origin."""

from __future__ import annotations

import pytest

from auditor.lexicons import load_lexicon
from auditor.metadata import extract_metadata
from auditor.region import parse_page

LEX = load_lexicon()


def meta(head: str, body: str = "<p>text</p>", url: str | None = None):
    return extract_metadata(parse_page(f"<html><head>{head}</head><body>{body}</body></html>"), LEX, url)


def test_json_ld_graph_with_id_references():
    m = meta("""<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://news.example.test/#site", "name": "Example"},
        {"@type": "Person", "@id": "https://news.example.test/#jane", "name": "Jane Doe"},
        {"@type": "NewsArticle", "headline": "Graph headline", "datePublished": "2024-03-01T09:00:00Z",
         "author": [{"@id": "https://news.example.test/#jane"}, {"@type": "Person", "name": "By John Roe"}],
         "url": "https://news.example.test/a/1", "publisher": {"@type": "Organization", "name": "Example News"}}
    ]}</script>""")
    assert (m.title.value, m.title.origin) == ("Graph headline", "json-ld")
    assert m.byline.value == "Jane Doe, John Roe"
    assert m.published.value == "2024-03-01T09:00:00+00:00"
    assert m.canonical_url.value == "https://news.example.test/a/1"
    assert (m.outlet_name.value, m.outlet_name.origin) == ("Example News", "json-ld")
    assert m.outlet_domain.value == "news.example.test"


@pytest.mark.parametrize("author", ['"Jane Doe"', '{"@type": "Person", "name": "Jane Doe"}',
                                    '[{"@type": "Person", "name": "Jane Doe"}]'])
def test_author_as_string_object_or_array(author):
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             f'"author": {author}}}</script>')
    assert m.byline.value == "Jane Doe"


def test_organisation_author_is_not_a_byline():
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             '"author": {"@type": "Organization", "name": "RT"}}</script>')
    assert m.byline.value is None


def test_broken_json_ld_falls_back_to_opengraph_and_meta():
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
             '<meta property="og:title" content="OG headline">'
             '<meta property="article:published_time" content="2023-05-06T07:08:09+02:00">'
             '<meta name="author" content="By Ann Smith">'
             '<meta property="og:url" content="https://www.bbc.com/news/x-1">')
    assert (m.title.value, m.title.origin) == ("OG headline", "opengraph")
    assert (m.published.origin, m.byline.value) == ("article:published_time", "Ann Smith")
    assert (m.outlet_name.value, m.outlet_name.origin) == ("BBC", "outlets.toml")


def test_markup_fallbacks():
    m = meta("<title>Markup headline | Site</title><link rel='canonical' href='https://site.test/p'>",
             body="<h1>Markup headline</h1><time datetime='2022-01-02'>2 Jan</time>"
                  "<span class='byline'>By Ann Smith</span>")
    assert (m.title.value, m.title.origin) == ("Markup headline", "h1")
    assert (m.published.value, m.published.origin) == ("2022-01-02", "time-element")
    assert (m.byline.value, m.byline.origin) == ("Ann Smith", "byline-markup")
    assert m.canonical_url.origin == "link-canonical"


@pytest.mark.parametrize("body, expected", [
    # a labelled date; a "Published" label wins over an "Updated" one wherever they are
    ("<div>Updated May 2, 2025</div><div>Published on July 18, 2024</div><p>Body.</p>", "2024-07-18"),
    # label and date in two elements
    ("<div>Last updated on:</div><div>October 1, 2025</div><p>Body.</p>", "2025-10-01"),
    # a line that is only a date, shown before the "Updated" one
    ("<header><div>DECEMBER 22, 2022</div><div>Updated: JANUARY 02, 2026</div></header>", "2022-12-22"),
    ("<p class='date'>Monday, 29 February 2016 @ 11:10 PM</p>", "2016-02-29"),
    # negatives: a date inside prose, a numeric day/month order that cannot be told apart
    ("<p>The treaty signed on March 3, 1999 was the first of its kind in the whole region.</p>", None),
    ("<p>Signed on March 3, 1999 in Paris by both sides.</p>", None),
    ("<div>Posted 03/04/2021</div>", None),
    # a numeric date only one reading makes a date of; an ISO time stamp shown as text
    ("<div><i>Updated: 10/31/2024</i></div><p>Body.</p>", "2024-10-31"),
    ("<p><span class='publicationTime'>2022-11-23T08:10+02:00 </span></p>", "2022-11-23"),
    # a two-digit year; a journal citation's "year month day"
    ("<div class='date'>Published on 01/25/26</div><p>Body.</p>", "2026-01-25"),
    ("<div class='citation'>2023 Jan 7;15(1):e33475</div>", "2023-01-07"),
    ("<div>Posted 03/04/21</div>", None),
])
def test_date_shown_on_the_page_when_no_markup_has_one(body, expected):
    m = meta("<title>t</title>", body)
    assert m.published.value == expected
    assert m.published.origin == ("displayed-date" if expected else None)


def test_markup_date_beats_the_date_shown():
    m = meta('<meta property="article:published_time" content="2024-01-05T10:00:00Z">',
             "<div>Published on July 18, 2025</div>")
    assert (m.published.value, m.published.origin) == ("2024-01-05T10:00:00+00:00", "article:published_time")


@pytest.mark.parametrize("body, expected", [
    # the author links in a byline box, not the box's other words
    ("<div class='byline'>By <a href='/a/roeder'>Amy Roeder</a> Contributing Writer</div>", "Amy Roeder"),
    ("<div class='byline'>Written by<a href='/a/1'>Dan Pantelo</a></div>", "Dan Pantelo"),
    # a byline shown as a line of text, or as a label and a name
    ("<div><span>By Justin C. Meserole</span></div><p>Body.</p>", "Justin C. Meserole"),
    ("<div><span>Written by</span><span>Nick van Mead</span></div>", "Nick van Mead"),
    # a separator before the date's own element; credit lines; an author box's name; a role in brackets
    ("<div class='post-detail-byline-date'>By Haley Hoekstra &bull; <span>March 12, 2025</span></div>",
     "Haley Hoekstra"),
    ("<div class='attribution'>Text by <a href='/c/hd'>Hunter Dukes</a></div>", "Hunter Dukes"),
    ("<div class='elementor-author-box__text'><h4 class='elementor-author-box__name'>Liz Kenny</h4>"
     "<div class='bio'>Liz helps consultants find work. She writes often.</div></div>", "Liz Kenny"),
    ("<div class='byline'>Lance Ryan (Content Manager)</div>", "Lance Ryan"),
    ("<div class='resource-author-details'><p>Luke Kim</p><small>December 17, 2025</small></div>", "Luke Kim"),
    # a credit line with the person's role or the date after a comma
    ("<div class='meta'>Reviewed by Justin C. Meserole, Trial Attorney at Morgan &amp; Morgan, on December 9, "
     "2024.</div>", "Justin C. Meserole"),
    ("<p>By Election Day, the city will have counted every ballot cast by mail in the state.</p>", None),
    # the name leading an author box whose biography follows
    ("<div class='blog_author-text'><div>Lauren Vetter</div><div>Lauren Vetter is a marketing professional who "
     "writes about clinics, contact forms and more for our editors and readers.</div></div>", "Lauren Vetter"),
    # negatives: a menu's headings; placeholders; no name after the label; a sentence starting "By"
    ("<ul class='sub-menu'><li class='dropdown-menu-header'>By Company Size</li></ul>", None),
    ("<div class='dropdown-menu'><div><p>BY USE CASE</p></div></div>", None),
    ("<div class='author'>The Author</div>", None),
    ("<div class='author-text'><div>Follow us</div><div>More stories from our team of writers.</div></div>", None),
    ("<div><span>By</span><span>the time we arrived it was dark</span></div>", None),
    ("<p>By 2030 the city will need twice the water.</p>", None),
])
def test_byline_from_markup_and_from_the_page(body, expected):
    assert meta("<title>t</title>", body).byline.value == expected


@pytest.mark.parametrize("head, expected", [
    # og:url is the site's homepage, the canonical link the page
    ('<meta property="og:url" content="https://example.edu"><link rel="canonical" href="https://example.edu/blog/a-story">',
     "https://example.edu/blog/a-story"),
    # a JSON-LD placeholder on another site
    ('<script type="application/ld+json">{"@type": "Article", "mainEntityOfPage": "https://google.com/article"}</script>'
     '<meta property="og:url" content="https://news.example/story-1"><link rel="canonical" href="https://news.example/story-1">',
     "https://news.example/story-1"),
    # candidates that agree
    ('<meta property="og:url" content="https://news.example/a"><link rel="canonical" href="https://news.example/a">',
     "https://news.example/a"),
])
def test_canonical_url_skips_a_homepage_or_a_placeholder(head, expected):
    assert meta(head).canonical_url.value == expected


def test_canonical_urls_without_a_real_host_are_skipped():
    m = meta('<link rel="canonical" href="http://packing-list-backpacking-trip">'
             '<meta property="og:url" content="https://www.echolive.ie/corklives/arid-41763068.html">')
    assert (m.canonical_url.value, m.canonical_url.origin) == (
        "https://www.echolive.ie/corklives/arid-41763068.html", "opengraph")
    assert meta('<link rel="canonical" href="http://packing-list-backpacking-trip">').canonical_url.value is None


def test_a_doubled_slash_is_the_url_unless_another_declaration_writes_it_once():
    # JSON-LD's "ie//corklives" beside the canonical link's "ie/corklives": the template's slip
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", '
             '"mainEntityOfPage": {"@id": "https://www.echolive.ie//corklives/arid-41763068.html"}}</script>'
             '<link rel="canonical" href="https://www.echolive.ie/corklives/arid-41763068.html">')
    assert (m.canonical_url.value, m.canonical_url.origin) == (
        "https://www.echolive.ie/corklives/arid-41763068.html", "link-canonical")
    # every declaration writes it so: that is the address the site serves
    m = meta('<link rel="canonical" href="https://law.example/blog//getting-hurt-at-a-gym/">'
             '<meta property="og:url" content="https://law.example/blog//getting-hurt-at-a-gym/">')
    assert m.canonical_url.value == "https://law.example/blog//getting-hurt-at-a-gym/"


def test_a_relative_canonical_is_read_against_the_base_url():
    m = meta('<base href="https://ml.example.edu/"><link rel="canonical" href="/agency">')
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://ml.example.edu/agency", "link-canonical")
    m = meta('<link rel="canonical" href="/agency">', url="https://ml.example.edu/agency?utm_source=feed")
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://ml.example.edu/agency", "link-canonical")
    assert meta('<link rel="canonical" href="/agency">').canonical_url.value is None  # no base: no host to guess


def test_a_webflow_page_names_its_url_by_its_domain_and_its_current_link():
    page = ('<html data-wf-domain="www.kitchen.example" data-wf-page="661f"><head></head><body>'
            '<a href="/" class="link-2">Home</a> / <a href="/blog/what-is-a-kitchen-sink" '
            'aria-current="page" class="link-block-10 w-inline-block w--current">What is a kitchen sink</a>'
            '<h1>What is a kitchen sink</h1></body></html>')
    m = extract_metadata(parse_page(page), LEX, None)
    assert (m.canonical_url.value, m.canonical_url.origin) == (
        "https://www.kitchen.example/blog/what-is-a-kitchen-sink", "webflow-current-link")
    # a relative og:url on a Webflow page is read against the same domain
    page = page.replace("<head>", '<head><meta property="og:url" content="/blog/what-is-a-kitchen-sink">')
    m = extract_metadata(parse_page(page), LEX, None)
    assert (m.canonical_url.value, m.canonical_url.origin) == (
        "https://www.kitchen.example/blog/what-is-a-kitchen-sink", "opengraph")


def test_more_meta_names_for_the_published_date():
    m = meta('<meta name="published_on" content="2026-01-22T21:00:00.000Z">')
    assert (m.published.value[:10], m.published.origin) == ("2026-01-22", "meta-date")
    m = meta('<meta name="citation_publication_date" content="2023 Jan 7">')  # PubMed's order
    assert (m.published.value, m.published.origin) == ("2023-01-07", "meta-date")
    m = meta('<meta name="Updated Date" content="2025-07-02T14:13:01Z">')
    assert (m.published.value[:10], m.published.origin) == ("2025-07-02", "meta-modified")


@pytest.mark.parametrize("head, h1, expected", [
    # the headline shown to readers, worded differently from the share title, is the title
    ('<meta property="og:title" content="Best CRM tools: 9 picks for 2026">',
     "<h1>The best CRM tools for small teams in 2026</h1>", ("The best CRM tools for small teams in 2026", "h1")),
    # an <h1> that is the site's name or a section shares no wording with it: the share title stays
    ('<meta property="og:title" content="Why the council closed the library">',
     "<h1>Local Matters</h1>", ("Why the council closed the library", "opengraph")),
    # of several <h1>, the one closest to the share title
    ('<meta property="og:title" content="Flood waters rise in the valley towns">',
     "<h1>Daily Gazette</h1><h1>Flood waters rise again in valley towns</h1>",
     ("Flood waters rise again in valley towns", "h1")),
    # an <h1> that is the <title>-like headline with its "| Section | Site" tail keeps the short one
    ('<meta property="og:title" content="How to help toddlers sleep through the night">',
     "<h1>How to help toddlers sleep through the night | Patient Education | City Hospital</h1>",
     ("How to help toddlers sleep through the night", "opengraph")),
])
def test_the_headline_shown_on_the_page(head, h1, expected):
    m = meta(head, h1 + "<p>text</p>")
    assert (m.title.value, m.title.origin) == expected


def test_cut_json_ld_headline_gives_way_to_the_whole_og_title():
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
             '"We Help 4 Readers Find Solutions (Including"}</script>'
             '<meta property="og:title" content="We Help 4 Readers Find Solutions (Including One Trick) - Site">')
    assert (m.title.value, m.title.origin) == ("We Help 4 Readers Find Solutions (Including One Trick)", "opengraph")


def test_markdown_heading_marks_and_mojibake_are_taken_out_of_a_title():
    m = meta('<meta property="og:title" content="## Regolith binding agents for Martian concrete">')
    assert m.title.value == "Regolith binding agents for Martian concrete"
    m = meta('<meta property="og:title" content="A DIY Investor\u00e2\u0080\u0099s Guide">')
    assert m.title.value == "A DIY Investor\u2019s Guide"
    # "Â£" beside characters Latin-1 cannot hold is not one misread encoding: left as written
    m = meta('<meta property="og:title" content="#MeToo \u2014 a \u00c2\u00a3 prize">')
    assert m.title.value == "#MeToo \u2014 a \u00c2\u00a3 prize"


def test_a_page_without_its_own_url_is_known_by_its_comment_feed_or_share_buttons():
    feeds = ('<link rel="alternate" type="application/rss+xml" href="https://blog.test/comments/feed/">'
             '<link rel="alternate" type="application/rss+xml" href="https://blog.test/category/news/feed/">'
             '<link rel="alternate" type="application/rss+xml" href="https://blog.test/2024/05/a-post/feed/">')
    m = meta(feeds)
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://blog.test/2024/05/a-post/", "comments-feed")
    # only site-wide feeds: no URL is made up from them
    assert meta('<link rel="alternate" href="https://blog.test/feed/">').canonical_url.value is None
    shares = ('<a href="https://www.facebook.com/sharer.php?u=https://news.test/story-1">f</a>'
              '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.test%2Fstory-1&text=x">x</a>'
              '<a href="https://www.facebook.com/sharer.php?u=https://news.test/other-story">teaser</a>')
    m = meta("", shares + "<p>text</p>")
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://news.test/story-1", "share-link")
    # a canonical link of its own wins over what the links imply
    m = meta(feeds + '<link rel="canonical" href="https://blog.test/a-post">', shares)
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://blog.test/a-post", "link-canonical")


def test_json_ld_kept_in_a_meta_tag():
    m = meta('<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,'
             '&quot;headline&quot;:&quot;Full EV guide&quot;,&quot;datePublished&quot;:&quot;2025-11-17&quot;,'
             '&quot;mainEntityOfPage&quot;:&quot;https://www.cars.test/articles/full-ev&quot;}">')
    assert (m.title.value, m.published.value) == ("Full EV guide", "2025-11-17")
    assert m.canonical_url.value == "https://www.cars.test/articles/full-ev"


def test_canonical_candidates_on_a_subdomain_or_above_the_page_in_another_path():
    # a newsletter platform's app URL in og:url and the canonical link, the post's own URL in JSON-LD
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             '"url": "https://writer.substack.test/p/vibe-coding"}</script>'
             '<meta property="og:url" content="https://substack.test/home/post/p-182014527">'
             '<link rel="canonical" href="https://substack.test/home/post/p-182014527">')
    assert m.canonical_url.value == "https://writer.substack.test/p/vibe-coding"
    # the blog's section in JSON-LD, the post under it (in a longer path) in og:url
    m = meta('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "H", '
             '"url": "https://health.example.edu/cultivating-health"}</script>'
             '<meta property="og:url" content="https://health.example.edu/blog/cultivating-health/7-tips/2024/12">')
    assert m.canonical_url.value == "https://health.example.edu/blog/cultivating-health/7-tips/2024/12"
    # a placeholder on another site is still outvoted
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             '"url": "https://google.com/article"}</script>'
             '<meta property="og:url" content="https://news.example.com/a/1">'
             '<link rel="canonical" href="https://news.example.com/a/1">')
    assert m.canonical_url.value == "https://news.example.com/a/1"


def test_the_canonical_link_comes_before_og_url_and_fragments_go():
    m = meta('<meta property="og:url" content="https://arxiv.example.org/abs/2512.16245v1">'
             '<link rel="canonical" href="https://arxiv.example.org/abs/2512.16245">')
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://arxiv.example.org/abs/2512.16245",
                                                               "link-canonical")
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             '"mainEntityOfPage": {"@id": "https://news.example.com/a/1/#webpage"}}</script>')
    assert m.canonical_url.value == "https://news.example.com/a/1/"


def test_a_graph_without_an_article_node_dates_the_page_on_its_webpage_node():
    m = meta('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
             '{"@type": "WebPage", "@id": "https://blog.test/p/#webpage", "url": "https://blog.test/p/", '
             '"datePublished": "2024-03-17T19:47:39+00:00", "dateModified": "2024-05-03T10:57:58+00:00"},'
             '{"@type": "WebSite", "@id": "https://blog.test/#website", "name": "Blog"}]}</script>'
             '<meta property="article:modified_time" content="2024-05-03T10:57:58+00:00">')
    assert (m.published.value, m.published.origin) == ("2024-03-17T19:47:39+00:00", "json-ld")


def test_the_last_modification_is_kept_beside_the_publication():
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
             '"datePublished": "2024-09-06", "dateModified": "2025-11-14T08:00:00+00:00"}</script>')
    assert (m.published.value, m.updated.value, m.updated.origin) == (
        "2024-09-06", "2025-11-14T08:00:00+00:00", "json-ld:dateModified")
    # a page that only says when it was modified: that date stands in for publication, said as such
    m = meta('<meta property="article:modified_time" content="2025-11-14T08:00:00+00:00">')
    assert (m.published.origin, m.updated.origin) == ("article:modified_time", "article:modified_time")


def test_a_dateline_inside_the_h1_is_not_part_of_the_headline():
    m = meta('<meta property="og:title" content="Preparing a transition in Debusine">',
             '<h1><time datetime="2025-12-18">Dec 18 2025</time> <a href="/p">Preparing a transition in '
             'Debusine</a></h1><p>text</p>')
    assert m.title.value == "Preparing a transition in Debusine"


def test_a_canonical_on_a_staging_host_gives_way_to_the_public_url_the_page_shares():
    head = ('<link rel="canonical" href="http://blog-site.cluster-1.example.org/blog/top-methods/">'
            '<meta property="og:url" content="http://blog-site.cluster-1.example.org/blog/top-methods/">')
    shares = ('<a href="https://twitter.com/share?url=https://site.example.com/blog/top-methods/">x</a>'
              '<a href="https://www.facebook.com/sharer/sharer.php?u=https://site.example.com/blog/top-methods/">f</a>')
    m = meta(head, shares + "<p>text</p>")
    assert m.canonical_url.value == "https://site.example.com/blog/top-methods/"
    assert m.canonical_url.origin.startswith("share-link")
    # the same host (or only "www." apart): the declaration stands
    m = meta('<link rel="canonical" href="https://site.example.com/blog/top-methods/">',
             shares.replace("https://site", "https://www.site") + "<p>text</p>")
    assert (m.canonical_url.value, m.canonical_url.origin) == ("https://site.example.com/blog/top-methods/",
                                                               "link-canonical")


@pytest.mark.parametrize("author, expected", [
    # the people, without their desk, role or outlet (WCXB pages in dev)
    ("David Jackson - FullStack Editorial Team", "David Jackson"),
    ("Rachel MacDonald Writer", "Rachel MacDonald"),
    ("Dhan Mannakkara Head of Product Marketing and GTM Strategy", "Dhan Mannakkara"),
    ("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal", "Manoj Jain and Jagpreet Chhatwal"),
    # a collective byline, an organisation before a dash, credentials: kept as written
    ("Great Day Editorial Team", "Great Day Editorial Team"),
    ("GURUS - Drupal", "GURUS - Drupal"),
    ("Doris Munoz-Mantilla, MD, FOMA", "Doris Munoz-Mantilla, MD, FOMA"),
])
def test_a_byline_names_the_people_not_their_desk_or_outlet(author, expected):
    m = meta(f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H", '
             f'"author": {{"@type": "Person", "name": "{author}"}}}}</script>')
    assert m.byline.value == expected


def test_more_byline_markup_and_meta_names():
    # BEM-style author classes (Webflow, Chakra), cXense's author meta; a reading time is no name
    assert meta("<title>t</title>", "<div class='staff__wrap'><div class='text__author'>Shauna Mitchell</div>"
                "<div class='text__date'>August 25, 2024</div></div>").byline.value == "Shauna Mitchell"
    assert meta('<meta property="cXenseParse:author" content="Harry Rabinowitz">').byline.value == "Harry Rabinowitz"
    assert meta("<title>t</title>", "<div class='resource-author-details'>4m Read</div>").byline.value is None


def test_a_title_wholly_in_straight_quotes_loses_them():
    m = meta('<script type="application/ld+json">{"@type": "Article", "headline": "\\"What is Git?\\""}</script>')
    assert m.title.value == "What is Git?"
    m = meta('<script type="application/ld+json">{"@type": "Article", "headline": "“New Ways to Corrupt LLMs”"}</script>')
    assert m.title.value == "“New Ways to Corrupt LLMs”"


def test_a_byline_ending_in_the_outlet_names_only_the_people():
    m = meta("<meta name='author' content='Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN'>")
    assert m.byline.value == "Dana A. Ford, James S.A. Corey, and Tom Watkins"
    m = meta("<meta name='author' content='Jane Doe, MD'>")
    assert m.byline.value == "Jane Doe, MD"  # a credential is no outlet


def test_a_link_to_the_homepage_inside_the_h1_is_not_the_headline():
    """Última Hora puts its name, linked to its homepage, inside the article's <h1>."""
    m = meta("<title>Anticorrupción decidirá si recurre la imputación » Local » Ultima Hora Mallorca</title>",
             "<h1><span>Anticorrupción decidirá si recurre la imputación</span>"
             "<a href='/mallorca.html'>Ultima Hora Mallorca</a></h1><p>text</p>")
    assert m.title.value == "Anticorrupción decidirá si recurre la imputación"


def test_headline_markup_beats_a_generic_page_title():
    """AP's hosted pages title every page "News from The Associated Press"; the story's
    headline is in an hAtom entry-title (microdata itemprop=headline likewise)."""
    m = meta("<title>News from The Associated Press</title>",
             "<span class='headline entry-title'>Father of Orlando gunman known for rambling political videos</span>"
             "<p>text</p>")
    assert (m.title.value, m.title.origin) == ("Father of Orlando gunman known for rambling political videos",
                                               "headline-markup")


def test_a_profile_number_or_an_admin_account_is_no_byline():
    assert meta('<meta property="article:author" content="262588213843476">').byline.value is None
    assert meta('<meta name="author" content="NOC Admin">').byline.value is None
    assert meta('<meta name="author" content="stephenlega">').byline.value == "stephenlega"  # a user name is shown as such


@pytest.mark.parametrize("head, body, expected", [
    # Wikipedia: the JSON-LD headline is a description; the <title> opens with the <h1>
    ('<title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type": "Article", '
     '"headline": "constitutional monarchy in Oceania"}</script>', "<h1>New Zealand</h1><p>x</p>", "New Zealand"),
    # a blog whose first <h1> is its name, the second the article's
    ("<title>Outside the web: standalone binaries · V8</title>",
     "<h1>V8</h1><article><h1>Outside the web: standalone binaries</h1><p>x</p></article>",
     "Outside the web: standalone binaries"),
    # negative: a JSON-LD headline the <title> opens with stays, whatever the <h1>
    ('<title>Seven secrets hotel owners keep | Travel</title><script type="application/ld+json">{"@type": '
     '"Article", "headline": "Seven secrets hotel owners keep"}</script>', "<h1>Travel</h1>",
     "Seven secrets hotel owners keep"),
])
def test_the_h1_the_page_title_opens_with(head, body, expected):
    assert meta(head, body).title.value == expected
