"""Finding the article in a page: region choice and the 'is it an article' guards."""

from __future__ import annotations

import pytest

from auditor.article import extract_article, word_count
from auditor.errors import NotAnArticle
from auditor.lexicons import load_lexicon
from auditor.snapshot import snapshot_from_bytes

LEX = load_lexicon()


def article(html: str):
    return extract_article(snapshot_from_bytes(html.encode(), "page.html"), LEX)


def test_words_of_chinese_and_japanese_are_counted_without_spaces():
    assert word_count("The minister said so.") == 4
    assert word_count("谷歌在2014年收购的人工智能公司") == 1 + 13 // 2
    text = "谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题。"
    page = f"<html><body><nav><a href='/'>首页</a></nav><article><p>{text}</p><p>{text}</p></article></body></html>"
    assert [p.text for p in article(page).paragraphs] == [text, text]


def test_headlines_wrapped_inside_menu_links_are_not_prose():
    """A mega-menu of teaser links whose headlines sit in <strong> inside each <a> (a CBS
    station's page in dev) holds more text than a short wire story; it is still links."""
    teaser = ("<li><a href='/2019/11/{0}/'><strong class='title'>First Forecast Weather November {0}, 2019 "
              "(This Morning) and the week ahead</strong></a></li>")
    menu = "<header><nav id='navigation-main'><ul>" + "".join(teaser.format(i) for i in range(1, 30)) + "</ul></nav></header>"
    story = ("<div class='main-story-wrapper'><p><strong>ST. JOSEPH, Mich. (AP)</strong> — Michigan health authorities "
             "are reporting a sixth fatality linked to Eastern Equine Encephalitis.</p>"
             "<p>Berrien County Health Department officials said Monday the victim was one of two people who "
             "contracted the disease in the county, and that the risk will last until the first hard frost.</p></div>")
    paragraphs = [p.text for p in article(f"<html><body>{menu}<main>{story}</main></body></html>").paragraphs]
    assert paragraphs[0].startswith("ST. JOSEPH, Mich. (AP)")
    assert not any("First Forecast" in p for p in paragraphs)


def _part(sentences: list[str]) -> str:
    """A part of an article wrapped as Quanta's pages wrap each one (five levels deep)."""
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return ("<section class='outer'><div class='flex-auto'><div class='post__content__section'>"
            f"<div class='post__content wysiwyg'>{body}</div></div></div></section>")


def test_an_article_split_into_twin_sections_around_a_figure_is_one_region():
    first = [f"The first part of the story, paragraph {i}, tells how chaos spilled out of a famous experiment, "
             "and how a desk computer weighing some 800 pounds ran the equations." for i in range(6)]
    second = [f"The second part, paragraph {i}, follows the programmers who wrote the code, and what became "
              "of them after they left the laboratory at MIT." for i in range(10)]
    figure = "<figure><img src='t.jpg'><figcaption>A timeline of the discovery.</figcaption></figure>"
    related = "<aside class='sidebar'><a href='/tag/physics/'>physics</a><a href='/tag/math/'>mathematics</a></aside>"
    page = (f"<html><body><div class='post'><div class='theme'>{related}<div class='post__wrapper'><div class='mha'>"
            f"<div class='post__content relative'>{_part(first)}</div></div></div>{figure}"
            f"<div class='acf-content'>{_part(second)}</div></div></div></body></html>")
    paragraphs = [p.text for p in article(page).paragraphs]
    assert paragraphs[0] == first[0] and paragraphs[-1] == second[-1]
    assert not any(p in ("physics", "mathematics") for p in paragraphs)


def test_a_box_of_links_under_a_related_heading_is_removed_whatever_its_class():
    story = "".join(f"<p>Paragraph {i} of the story says the council voted, and the mayor signed the bill on "
                    "Friday after a long debate.</p>" for i in range(5))
    teasers = "".join(f"<li><a href='/2015/03/{i}/'>Teaser headline number {i} about something else entirely</a></li>"
                      for i in range(6))
    box = f"<div class='horizontalPostList'><h3>More Related Stories</h3><ul>{teasers}</ul></div>"
    result = article(f"<html><body><article>{story}{box}</article></body></html>")
    assert not any("Teaser headline" in p.text for p in result.paragraphs)
    assert any(r.rule.startswith("markup:links under a related heading") for r in result.removed)
    # a section with a related-sounding heading and prose under it stays
    prose = ("<div><h3>Related stories</h3><p>The council had voted on a similar bill in 2019, when the mayor "
             "vetoed it, saying the city could not afford it.</p></div>")
    result = article(f"<html><body><article>{story}{prose}</article></body></html>")
    assert any("vetoed it" in p.text for p in result.paragraphs)


def test_a_short_story_is_not_widened_to_a_column_of_teasers_and_blurbs():
    """A short wire story beside 'Breaking News' teasers (a linked headline and an excerpt
    cut with '...') and a book blurb: the story alone is the article (indiapost.com in dev)."""
    story = ("<div class='main-article-content'><div class='shortcode-content'>"
             "<p>NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned "
             "home broke on Wednesday after being deported for violating visa norms.</p>"
             "<p>As they stepped outside the airport, one after the other, they appeared sad, and some said they "
             "had sold their land to pay agents.</p></div></div>")
    teasers = "".join(f"<li><a href='/story-{i}/'>Headline of another story number {i}</a> <span>WASHINGTON: "
                      f"Expressing concern over the exercise, an independent entity has said that close to two "
                      f"million residents of the state may soon...</span></li>" for i in range(8))
    blurb = ("<div class='book'><p>It’s a lovely book. It feels energetically clear and light. It’s easy to read, "
             "dip in and out and most importantly it offers information without fluff!</p></div>")
    page = (f"<html><body><div class='content'><div class='wrapper'><div class='main-content-left'>"
            f"<div class='breaking-block'><ul>{teasers}</ul></div>{story}</div>{blurb}</div></div></body></html>")
    paragraphs = [p.text for p in article(page).paragraphs]
    assert paragraphs[0].startswith("NEW DELHI: Their American dream") and len(paragraphs) == 2


def test_the_body_the_page_marks_as_such_is_not_replaced_by_a_page_full_of_teasers():
    story = "".join(f"<p>Paragraph {i}: many parents assume their children should sleep through the night by age "
                    "two, and a pediatrician explains what to do when they do not.</p>" for i in range(6))
    videos = "".join(f"<div class='video'><div class='card'><div class='card-body'><h4>Video {i}</h4><p>In this "
                     f"video our nurse practitioner talks about a common question parents ask during well-child "
                     f"checks, number {i}, and answers it.</p></div></div></div>" for i in range(30))
    page = (f"<html><body><main><div class='x-the-content entry-content'>{story}</div><div class='author'>By a "
            f"nurse</div></main><section class='more-videos-list'>{videos}</section></body></html>")
    paragraphs = [p.text for p in article(page).paragraphs]
    assert len(paragraphs) == 6 and not any("In this video" in p for p in paragraphs)


def test_a_body_the_page_marks_as_such_is_taken_whole_even_when_link_heavy():
    """Squarespace writes a post as separate html blocks inside 'entry-content', with blocks of
    service links between them (a dev page has 36% of its text in links): widening the best
    block stops at the link-heavy wrappers, but the marked body a few levels up is the article."""
    from auditor.region import _block_stats, _climb, parse_page

    text = "Part {0} explains what a deep clean costs, what a move out cleaning costs, and why size matters."
    parts = "".join(
        f"<div class='sqs-block'><div class='sqs-html-content'><p>{text.format(i)}</p><p>{text.format(i)}</p>"
        f"</div></div><div class='sqs-block'><a href='/a{i}'>Book a deep cleaning service in San Diego now</a>"
        f"<a href='/b{i}'>Book a move out cleaning service in San Diego</a></div>" for i in range(4))
    doc = parse_page(f"<html><body><article><div class='entry-content'><div class='row'><div class='col'>{parts}"
                     f"</div></div></div></article></body></html>")
    stats, prose = _block_stats(doc.find("body"))
    first = next(el for el in doc.iter("div") if el.get("class") == "sqs-html-content")
    assert _climb(first, stats, prose, doc).get("class") == "entry-content"


def test_paragraphs_without_words_are_not_kept():
    story = "".join(f"<p>Paragraph {i} of the review says the camera works well at night, and the app is easy "
                    "to use.</p><p>\u200d</p><p>☆ ★</p>" for i in range(4))
    result = article(f"<html><body><article>{story}</article></body></html>")
    assert [p.text[:11] for p in result.paragraphs] == ["Paragraph 0", "Paragraph 1", "Paragraph 2", "Paragraph 3"]
    assert any(r.rule == "markup:no words (symbols only)" and r.text == "☆ ★" for r in result.removed)


def test_a_plain_text_export_header_is_metadata_not_claims():
    from auditor.article import article_from_text

    text = ("Title: Pilot program to curb evictions\nSubtitle: Some rules favor landlords\nDate: 2024-09-16\n"
            "Publisher: LAist\nAuthor: David Wagner\n\nThe council said the rules would change next year.\n")
    result = article_from_text(text, LEX)
    meta = result.metadata
    assert (meta.title.value, meta.published.value, meta.outlet_name.value, meta.byline.value) == (
        "Pilot program to curb evictions", "2024-09-16", "LAist", "David Wagner")
    assert meta.title.origin == "text-header"
    assert [p.text for p in result.paragraphs] == ["The council said the rules would change next year."]
    paragraph = result.paragraphs[0]
    assert text[paragraph.offset:paragraph.offset + len(paragraph.text)] == paragraph.text
    assert [r.rule for r in result.removed][:2] == ["text-header:title", "text-header:subtitle"]
    # one "Name: text" line is a speaker line, not a header
    result = article_from_text("Headline\n\nSource: the ministry said so on Monday.\n", LEX)
    assert [p.text for p in result.paragraphs] == ["Source: the ministry said so on Monday."]


def test_a_box_of_story_cards_with_cut_excerpts_is_not_the_article():
    """Elementor's posts widget under a short post (a law firm's blog in dev): each card has a
    linked headline, an excerpt cut mid-sentence and a "Read More" link to the same story, and
    together they hold more prose than the post itself."""
    post = "".join(f"<p>Paragraph {i}: if someone is hurt at the gym because the equipment was faulty, the gym "
                   "may be liable, and a waiver does not always protect it.</p>" for i in range(4))
    card = ("<article class='elementor-post'><div class='elementor-post__text'><h3><a href='/blog/story-{0}/'>"
            "Another story of the firm, number {0}</a></h3><div class='elementor-post__excerpt'><p>When the Social "
            "Security Administration denies your disability claim, it can feel like a dead end, and many "
            "applicants wonder whether they can sue. While the path is not straightforward, there are legal "
            "remedies available when your claim is denied. At the firm,</p></div>"
            "<a class='read-more' href='/blog/story-{0}/'>Read More</a></div></article>")
    cards = "<div class='elementor-posts-container'>" + "".join(card.format(i) for i in range(4)) + "</div>"
    paragraphs = [p.text for p in article(f"<html><body><div class='post'>{post}</div>{cards}</body></html>").paragraphs]
    assert paragraphs[0].startswith("Paragraph 0") and not any("Social Security" in p for p in paragraphs)
    # cards whose descriptions are whole sentences (a landing page's own topics) still count as prose
    from auditor.region import _is_story_card, parse_page
    whole = parse_page("<html><body><div><h3><a href='/adults'>Oral health for adults</a></h3><p>Good oral health "
                       "affects your well-being.</p><a href='/adults'>Learn more</a></div></body></html>")
    assert not _is_story_card(whole.find("body/div"))
    assert _is_story_card(parse_page(cards).find(".//article"))
    # ... unless the card shows its story's date: a feed of other stories (a travel magazine's in dev)
    dated = parse_page("<html><body><div><a href='/cathay'><img src='x.jpg'></a><span class='date'>Dec 19, 2025</span>"
                       "<h3><a href='/cathay'>Cathay Pacific launches a new suite</a></h3><p>The airline introduces "
                       "its retrofitted aircraft to the United States for the first time.</p></div></body></html>")
    assert _is_story_card(dated.find("body/div"))


def test_placeholder_text_of_a_template_is_not_the_article():
    """A marketing page (S&P's in dev) keeps its template's unused sections, full of "Lorem
    ipsum", beside the real text: the filler is no prose, so it does not win the region."""
    filler = "".join(
        f"<div class='cardwrapper'><section><h3>Head Line {i}</h3><p>Lorem ipsum dolor sit amet, consectetur "
        "adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim "
        "veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.</p></section></div>" for i in range(8))
    story = ("<main><section><p>Each year, the analysts release performance rankings for property and casualty "
             "insurers based in the United States, for the top 100 writers of the previous year.</p></section>"
             "<section><p>Separate rankings cover companies focused on personal lines and commercial lines "
             "within the same group of companies.</p></section></main>")
    result = article(f"<html><body><div class='templates'>{filler}</div>{story}</body></html>")
    assert [p.text[:10] for p in result.paragraphs] == ["Each year,", "Separate r"]


def test_a_collapsed_accordion_panel_is_part_of_the_article():
    """EnergySage writes each step of a guide as an accordion whose panel is display:none until
    its button (aria-controls) opens it; readers open them, so the text is the article's."""
    intro = "".join(f"<p>Paragraph {i} of the guide explains how solar installations work, step by step, "
                    "and how long each step takes.</p>" for i in range(3))
    panel = ("<div class='accordion'><a role='button' aria-controls='step-4'>4. Decide how to pay</a>"
             "<div id='step-4' style='display:none' role='region'><p>How you pay for solar depends on what "
             "matters most to you: the long-term return or the lowest cost up front.</p></div></div>")
    hidden = ("<div style='display:none'><p>A hidden copy of a promotion nobody can open, which is no part "
              "of the article at all.</p></div>")
    paragraphs = [p.text for p in article(f"<html><body><article>{intro}{panel}{hidden}</article></body></html>").paragraphs]
    assert any(p.startswith("How you pay for solar") for p in paragraphs)
    assert not any("hidden copy" in p for p in paragraphs)


def test_the_second_copy_of_a_page_carrying_its_text_twice_is_removed():
    """A page carrying its article in a desktop and a mobile layout (a builder's page in dev):
    the second copy of the run of paragraphs goes, with a record; a question put to each
    interviewee in turn is asked again, and stays."""
    text = [f"Paragraph {i} says that remodeling costs in California vary with the region, the scope and "
            f"the materials, <a href='/guide-{i}'>as the guide shows</a>." for i in range(4)]
    layout = "".join(f"<p>{t}</p>" for t in text)
    page = f"<html><body><article><div class='desktop'>{layout}</div><div class='mobile'>{layout}</div></article></body></html>"
    result = article(page)
    assert len(result.paragraphs) == 4
    assert sum(r.rule == "markup:second copy of a run of paragraphs" for r in result.removed) == 4
    assert [link.paragraph for link in result.links] == [0, 1, 2, 3]
    question = "What kind of cooking do you like yourself, and are there dishes you would rather not eat at all?"
    interviews = "".join(f"<h3>Blogger {i}</h3><p>{question}</p><p>Blogger {i} answers that she likes the food "
                         f"of region {i} best, and says why at some length.</p>" for i in range(3))
    result = article(f"<html><body><article>{interviews}</article></body></html>")
    assert sum(p.text == question for p in result.paragraphs) == 3


def test_a_box_headed_about_the_author_is_removed_whole():
    story = "".join(f"<p>Paragraph {i}: exercising regularly can improve symptoms of mild to moderate depression, "
                    "a review of 97 earlier analyses found.</p>" for i in range(4))
    bio = ("<div class='bg-blue-50'><h2>About the Author</h2><p>Maureen Salamon is the executive editor of the "
           "Women's Health Watch. She also writes for the health blog.</p></div>")
    small_print = ("<div><h3>Disclaimer:</h3><p>As a service to our readers, the publisher provides access to "
                   "its library of archived content.</p></div>")
    result = article(f"<html><body><article>{story}{bio}{small_print}</article></body></html>")
    assert len(result.paragraphs) == 4 and not any("Salamon" in p.text for p in result.paragraphs)
    rules = {r.rule for r in result.removed}
    assert "boilerplate.toml:other.headings:about the author" in rules
    assert "boilerplate.toml:other.headings:disclaimer" in rules
    # a page that is all "About the author" (a profile essay) keeps its text
    essay = "".join(f"<p>Part {i} of the writer's own story of how she came to science journalism, "
                    "and what she learned there.</p>" for i in range(5))
    result = article(f"<html><body><article><div><h2>About the author</h2>{essay}</div></article></body></html>")
    assert sum(p.text.startswith("Part ") for p in result.paragraphs) == 5


def test_a_code_listing_keeps_its_highlighted_comments():
    """A syntax highlighter marks a shell comment <span class="comment">: inside <pre> that is
    the listing's text, not readers' comments."""
    intro = "".join(f"<p>Step {i}: this is how you set up a repository with git and keep track of it.</p>"
                    for i in range(3))
    listing = ("<pre><code><span class='comment'># initialize git</span>\ngit init\n"
               "<span class='token comment'># view the state of the repo</span>\ngit status</code></pre>")
    comments = "<div class='comments'><p>Great post, thanks a lot for writing it up for us!</p></div>"
    result = article(f"<html><body><article>{intro}{listing}{comments}</article></body></html>")
    text = "\n".join(p.text for p in result.paragraphs)
    assert "# view the state of the repo" in text and "git status" in text
    assert "Great post" not in text


def test_list_items_and_headings_linking_to_other_sites_are_the_articles_own_list():
    story = "".join(f"<p>Paragraph {i}: we tested moving companies on price, speed and care over two months "
                    "of real moves.</p>" for i in range(3))
    firms = "<ul>" + "".join(f"<li><a href='https://mover{i}.example.org/'>Mover number {i}</a></li>"
                             for i in range(3)) + "</ul>"
    heading = "<h2><a href='https://jpurban.example.net/'>1. JP Urban Moving</a></h2><p>Our pick for short moves.</p>"
    teaser = "<p><a href='https://elsewhere.example.com/deal'>Get this deal now</a></p>"
    own = "<ul><li><a href='/2024/05/other-story'>Another story of ours</a></li></ul>"
    page = (f"<html><head><link rel='canonical' href='https://news.example.com/a/1'></head><body><article>"
            f"{story}{firms}{heading}{teaser}{own}</article></body></html>")
    texts = [p.text for p in article(page).paragraphs]
    assert "Mover number 2" in texts and "1. JP Urban Moving" in texts
    assert "Get this deal now" not in texts and "Another story of ours" not in texts


def test_an_article_element_above_separately_wrapped_parts_is_the_region():
    """A layout builder (a university news page in dev) puts the standfirst and the body in
    differently named blocks five levels deep inside one <article>, beside a date line and
    tags: the <article> is the region, since most of what it adds to the body is prose."""
    def deep(name: str, inner: str) -> str:
        return ("<div class='layout'><div class='layout-inner'><div class='region'><div class='block'>"
                f"<div class='field field-{name}'>{inner}</div></div></div></div></div>")
    standfirst = deep("subhead", "<p>The new list puts the College in a tie for the nation's top public program, "
                                 "and three of its schools ranked first this year, the best showing yet.</p>"
                                 "<p>Biomedical engineering returned to the top spot, and industrial engineering "
                                 "kept the first place it has held for decades.</p>")
    body = deep("body", "".join(f"<p>Part {i} of the story: the college moved up one spot on the list released "
                                "in September.</p>" for i in range(4)))
    meta = deep("date", "<span>September 23, 2025</span> <a href='/tags/rankings'>Rankings</a>")
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article class='node'>{meta}{standfirst}{body}"
            "</article><footer><a href='/contact'>Contact</a></footer></body></html>")
    paragraphs = [p.text for p in article(page).paragraphs]
    assert any(p.startswith("The new list puts") for p in paragraphs) and paragraphs[-1].startswith("Part 3")


def test_a_tag_list_and_a_microdata_dateline_are_not_the_article():
    """WordPress marks a post's tags rel="tag" and many templates mark the dateline
    itemprop="datePublished" (a Brazilian racing site's in dev, its dateline in Portuguese):
    both go, recorded with their rule; a body link that happens to be a tag link stays."""
    prose = "".join(f"<p>Paragraph {i}: the season opens at Interlagos in March and ends in December, "
                    "with twelve rounds in between.</p>" for i in range(3))
    html = ("<html><body><article><span class='data' itemprop='datePublished'>segunda-feira, 22 de janeiro de 2018 "
            f"às 0:13</span>{prose}<p>The calendar was <a rel='tag' href='/tag/stock-car'>announced</a> on Monday "
            "by the organisers of the championship.</p><strong>Tags <a rel='tag' href='/tag/a'>stock car 2018</a>, "
            "<a rel='tag' href='/tag/b'>stock car brasil</a></strong></article></body></html>")
    result = article(html)
    texts = [p.text for p in result.paragraphs]
    assert texts[0].startswith("Paragraph 0") and len(texts) == 4
    assert texts[-1].startswith("The calendar was announced")
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Tags stock car 2018, stock car brasil"] == 'markup:tag links (rel="tag")'
    assert rules["segunda-feira, 22 de janeiro de 2018 às 0:13"] == "markup:dateline (itemprop=datePublished)"


def test_a_long_rail_under_a_related_name_is_chrome_even_when_its_links_have_no_text():
    """The Sun's "Most read" rail inside an article (dev): each item is an image link, a
    kicker, a blurb and an empty link over the card, so its links hold no text and the guard
    for long prose under a chrome-like name let it stand. Prose is written in <p>s; a rail
    is not. A promo box of real paragraphs still stays."""
    prose = "".join(f"<p>Paragraph {i}: the council met on Tuesday and voted to close the library, citing the "
                    "cost of repairs to its roof and the fall in visitors since the pandemic.</p>" for i in range(6))
    item = ("<div class='rail__item'><a href='/news/{0}/'><img src='x.jpg'></a><div><h3>KICKER {0}</h3><span> Royal "
            "parties in unearthed pictures despite claims he avoids the limelight, number {0} </span></div>"
            "<a href='/news/{0}/' class='rail__item-anchor'></a></div>")
    rail = "<div class='rail rail--trending'>" + "".join(item.format(i) for i in range(8)) + "</div>"
    promo = ("<div class='promo'>" + "".join(f"<p>Promo paragraph {i}: the library's friends group raised money for "
                                             "the repairs, and the vote may be taken again next month.</p>"
                                             for i in range(5)) + "</div>")
    texts = [p.text for p in article(f"<html><body><article>{prose}{rail}{promo}</article></body></html>").paragraphs]
    assert not any("KICKER" in t or "unearthed" in t for t in texts)
    assert texts[0].startswith("Paragraph 0") and any(t.startswith("Promo paragraph 4") for t in texts)


def test_a_link_round_a_card_is_another_story_s_teaser():
    """Substack embeds another post as one <a> round a card (publication, title, excerpt,
    "Read more", likes) in the middle of the text (a newsletter in dev): the card goes as a
    cross-link, whatever its class names; a linked tile of a word or two stays."""
    prose = "".join(f"<p>Paragraph {i}: climate companies keep telling the same story, and investors have "
                    "stopped listening to it.</p>" for i in range(3))
    card = ("<div><a href='https://climatedrift.example/p/messaging'><div><span>Climate Drift</span></div><div>"
            "Climate-tech messaging is dead</div><div>Welcome to Climate Drift - the place where we dive into "
            "climate solutions…</div><div>Read more</div><div>a year ago · 17 likes · 4 comments</div></a></div>")
    tile = "<a href='/themes'><h3>Themes</h3></a><a href='#step-2'><h2>Step 2: install the package on your machine</h2></a>"
    html = f"<html><head><link rel='canonical' href='https://climatedrift.example/p/story'></head><body><article>{prose}{card}{tile}</article></body></html>"
    result = article(html)
    texts = [p.text for p in result.paragraphs]
    assert not any("messaging is dead" in t or "17 likes" in t for t in texts)
    assert "Themes" in texts and texts[0].startswith("Paragraph 0")
    assert "Step 2: install the package on your machine" in texts  # a link to a place on the page
    removed = [r for r in result.removed if r.rule == "markup:link card (a link round blocks)"]
    assert len(removed) == 1 and removed[0].kind == "cross_link" and "Climate-tech messaging is dead" in removed[0].text


def test_a_disclaimer_in_the_page_footer_does_not_outweigh_a_short_article_in_main():
    """An insurer's short guide page in dev: its <footer> carries more prose (a legal
    disclaimer) than the article in <main>; the page's <main> holds the article."""
    article_text = ("<p>A good risk management safety program requires proper screening of prospective renters, "
                    "so that only qualified drivers operate your vehicles.</p><p>Key topics discussed in the guide "
                    "include the procedures at the rental counter, the steps for for-hire rentals and the checks "
                    "to make before handing over the keys.</p>")
    disclaimer = "".join(f"<p>Disclaimer paragraph {i}: this material is not intended to replace the advice of a "
                         "qualified advisor, and information has been obtained from sources believed to be "
                         "reliable, for general information only.</p>" for i in range(5))
    html = (f"<html><body><div><main><section><div>{article_text}</div></section></main></div>"
            f"<footer><section><div>{disclaimer}</div></section></footer></body></html>")
    texts = [p.text for p in article(html).paragraphs]
    assert texts[0].startswith("A good risk management") and not any("Disclaimer paragraph" in t for t in texts)
    # an article's own <footer> is no page footer
    own = (f"<html><body><article><header><h1>Title</h1></header><footer>{disclaimer}</footer></article>"
           "</body></html>")
    assert any("Disclaimer paragraph 0" in p.text for p in article(own).paragraphs)


def test_the_second_opinion_widens_like_the_first():
    """The NCSC's guide (a real page, tests/fixtures/SOURCES.md) keeps its text in separate
    blocks between cards and callouts; when the prose-densest block replaces Readability's
    choice, it is widened to the container holding all of them, as the first choice is."""
    import gzip
    from pathlib import Path

    raw = gzip.decompress((Path(__file__).parent / "fixtures" / "pages" / "ncsc-small-business-guide.html.gz").read_bytes())
    body = " ".join(p.text for p in extract_article(snapshot_from_bytes(raw, "ncsc.html"), LEX).paragraphs)
    for kept in ("five quick and easy steps outlined in the guide below could save time",
                 "Step 2 - Protecting your organisation from malware",
                 "Steps to help you identify the most common phishing attacks"):
        assert kept in body
    for dropped in ("Report an incident", "Share and print this article"):
        assert dropped not in body


def test_paragraphs_a_paywall_class_marks_are_the_article_and_its_prompt_is_not():
    """Condé Nast pages (Wired, The New Yorker) class every paragraph after the free part
    "paywall": they are the article. The paywall's own box, and a short newsletter line with
    a prompt's class, still go."""
    free = "".join(f"<p>Paragraph {i}: residents of the city say the cameras follow them from the checkpoint "
                   "to their front doors.</p>" for i in range(3))
    gated = ("<p class='paywall'>“We’re rats in a lab,” says Azza, over a cup of tea at his workplace in Hebron, "
             "where the cameras watch every street.</p>"
             "<p class='paywall'>The Israeli Defense Force declined to provide an attributable comment.</p>")
    prompt = ("<div class='paywall-bar'><p>You have read your last free article this month.</p>"
              "<a href='/subscribe'>Subscribe</a></div><p class='newsletter-promo'>Get our daily newsletter.</p>")
    result = article(f"<html><body><article>{free}{gated}{prompt}</article></body></html>")
    texts = [p.text for p in result.paragraphs]
    assert texts[3].startswith("“We’re rats in a lab,” says Azza")
    assert texts[4] == "The Israeli Defense Force declined to provide an attributable comment."
    assert not any("last free article" in t or "daily newsletter" in t for t in texts)


def test_a_page_calling_itself_the_homepage_with_a_front_page_of_links_is_not_an_article():
    """Wired's and Yahoo UK's front pages (newspaper4k's test pages) carry excerpts long
    enough to look like prose; a page declaring itself the site's homepage and linking a
    hundred times is a front page. The same page with a few links stays an article."""
    head = ("<head><meta property='og:type' content='website'>"
            "<link rel='canonical' href='https://www.example.com/'></head>")
    excerpts = "".join(f"<div><h3><a href='/story/{i}'>Story {i}</a></h3><p>An excerpt of story {i} runs long "
                       "enough to read as a sentence of prose, telling what the story is about in detail.</p></div>"
                       for i in range(8))
    nav = "<nav>" + "".join(f"<a href='/section/{i}'>Section {i}</a>" for i in range(100)) + "</nav>"
    with pytest.raises(NotAnArticle, match="front page"):
        article(f"<html>{head}<body>{nav}<main>{excerpts}</main></body></html>")
    assert article(f"<html>{head}<body><main>{excerpts}</main></body></html>").paragraphs


@pytest.mark.parametrize("page, root", [
    ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Latest news</title>'
     '<item><title>Story</title><description>A long description of the story.</description></item></channel></rss>',
     "rss"),
    ('<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>', "feed"),
])
def test_a_news_feed_saved_as_a_page_is_not_an_article(page, root):
    with pytest.raises(NotAnArticle, match=f"news feed \\(<{root}>\\)"):
        article(page)


def test_an_xhtml_page_with_an_xml_declaration_is_still_read():
    text = "".join(f"<p>Paragraph {i} of an XHTML article, with enough words to be read as prose here.</p>"
                   for i in range(4))
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body><article>{text}</article></body></html>')
    assert len(article(page).paragraphs) == 4
