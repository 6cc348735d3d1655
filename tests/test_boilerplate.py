"""Boilerplate rules by markup and by text, and cutting a glued cross-link."""

from __future__ import annotations

import pytest

from auditor.boilerplate import classify_element, classify_text, page_rules, split_glued_cross_link
from auditor.lexicons import load_lexicon

LEX = load_lexicon()
RT_RULES, RT_SITE = page_rules(LEX, "rt.com")
ANY_RULES, _ = page_rules(LEX, None)


@pytest.mark.parametrize("text, kind", [
    ("READ MORE: Turkey tells US purchase of Russian S-400 defense system is a ‘done deal’", "cross_link"),
    ("SEE ALSO: Ten things we learnt this week", "cross_link"),
    ("Think your friends would be interested? Share this story!", "share_prompt"),
    ("Like this story? Share it with a friend!", "share_prompt"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Get editor selected deals texted right to your phone!", "newsletter"),
    ("Advertisement", "ad"),
    ("Photo: Reuters", "credit"),
    ("Courtesy of brand", "credit"),
    ("September 10, 2018 | by Catherine", "other"),
    ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", "other"),
    ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", "other"),
    ("This article has been sent to", "share_prompt"),
    ("Want to advertise in Tech World With Milan? 📰", "ad"),
    ("In partnership with", "ad"),
    ("The Sony mirrorless system. Photo by: 'Markus Lompa'.", "credit"),
    ("This plan scales to fit any runner's abilities. (Photo: Getty Images)", "credit"),
    ("Prince Williams / Contributor via Getty Images", "credit"),
    ("Image used under license from Shutterstock", "credit"),
    ("The photo by the agency was taken in 2019 and shows the harbour at dawn.", None),
    ("PIN FOR LATER", "share_prompt"),
    ("Join the Facebook group– https://www.facebook.com/ExampleGroup", "share_prompt"),
    ("Thank you! Please check your inbox now for your welcome email.", "newsletter"),
    ("Comment via: facebook, substack", "other"),
    ("Medically reviewed by Jane Doe, RD — Written by John Roe — Updated on March 7, 2025", "other"),
    ("Return to Articles", "other"),
    ("Published June 23, 2025 10:39AM", "other"),
    ("Written by Paulinho Giovannini", "other"),
    ("15 Dec, 2025", "other"),
    ("© 2026 Example USA Inc.", "other"),  # a prefix that starts with a symbol
    ("Already have an account? Log in", "other"),
    ("This article is exclusive to STAT+ subscribers", "newsletter"),
    ("Tech World With Milan Newsletter", "newsletter"),
    ("By subscribing to this newsletter, you agree to our terms of service.", "newsletter"),
    ("Best Prices Today:", "ad"),
    ("SEE ON AMAZON", "ad"),
    ("Like Loading...", "share_prompt"),
    ("Thank you! Your submission has been received!", "other"),
    ("By", "other"),  # a byline's label, its name in the next element
    ("In this article", "other"),
    ("Add Newsweek as a preferred source on Google to see more of our trusted coverage when you search.", "other"),
    ("Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on Twitter.", "other"),
    ("See price at Amazon", "ad"),
    ("https://www.example.com/articles/home-depot-stock-earnings-report-51574168486", "other"),
    ("Write to Al Root at allen.root@example.com", "other"),
    ("This copy is for your personal, non-commercial use only. To order presentation-ready copies…", "other"),
    ("| BY: Ilana Muhlstein, MS, RDN", "other"),
    ("Contact Us/FAQ | Terms of Use | Privacy Policy", "other"),
    ("Consult your physician before beginning any exercise program.", "other"),
    ("By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN", "other"),
    ("November 28, 2013 -- Updated 0203 GMT (1003 HKT)", "other"),
    ("Submitted on Mon, 2019-01-21 13:49", "other"),
    ("Washington CNN —", "other"),
    ("20 Nov, 2019 05:47", "other"),  # RT's date line, with its time
    ("Nov 20, 2019, 5:47 PM", "other"),
    ("MOSCOW, March 3 (Reuters) -", "other"),
    ("HIDE CAPTION", "caption"),
    ("See more photos:", "caption"),
    ("Clockwise from top: small whale bones; squid beaks, from the stomach of a sperm whale.", "caption"),
    ("Pictured: the minister leaves Downing Street on Monday", "caption"),
    ("このニュースをシェア", "share_prompt"),
    ("Читайте также: Путин заявил о переговорах", "cross_link"),
    ("Lesen Sie auch: Merkel tritt zurück", "cross_link"),
    ("الأكثر تصفحاً", "related"),
    ("【责任编辑:张樵苏 】", "other"),
    ("Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)", "other"),
    ("Автор: Иван Петров", "other"),
    ("Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "other"),
    ("Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!", "other"),
    ("2018年6月18日 10:01 発信地：カノ/ナイジェリア", "other"),
    ("［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。", "newsletter"),
    # negatives: prose that merely mentions these words
    ("The company said in its newsletter that sales fell by a third.", None),
    ("She writes a weekly newsletter", None),
    ("Thank you.", None),
    ("The State of AI is my monthly newsletter on artificial intelligence research and startups.", None),
    ("See on Monday whether the council keeps its word, the mayor said.", None),
    ("Read more about the plan, officials said, and they promised to publish it soon.", None),
    ("Reviewers said the new drug was safe, and the regulator medically reviewed the data twice.", None),
    ("Updated guidance says the vaccine works.", None),
    ("The minister is a writer of some renown, officials said.", None),
    ("Visit https://example.com for the full report released by the agency on Monday.", None),
    ("By then it was over.", None),
    ("By Tuesday, officials in Ohio and Texas said the storm had passed.", None),
    ("Submitted on time, the report was read by the committee on Monday.", None),
    ("Grade A-", None),
    ("More photos of the site were released on Monday.", None),
    ("2018年6月18日、政府は新しい計画を発表した。", None),
    ("Press Ctrl+Enter to run the cell, then check the output.", None),
    ("MOSCOW (Reuters) - The Kremlin said on Monday it would respond.", None),
    ("The vote was 5 | 4 in favour, officials said.", None),
    ("Written by hand, the letter was signed by three officials.", None),
    ("Published in 2019, the report found that 15 Dec, 2025 was the deadline.", None),
    ("The minister said she would share the findings with parliament next week, after the "
     "committee had read the report in full and taken evidence from the department.", None),
    ("Related: the bank said rates would stay on hold, and that markets had already priced in the "
     "decision, according to analysts who spoke to the paper on Tuesday after the announcement; "
     "traders said the move was widely expected and would not change the outlook for the year.", None),
])
def test_classify_text(text, kind):
    verdict = classify_text(text, ANY_RULES)
    assert (verdict.kind if verdict else None) == kind
    if verdict:
        assert verdict.rule


@pytest.mark.parametrize("tag, classes, kind", [
    ("div", "read-more", "cross_link"),
    ("a", "read-more-big", "cross_link"),
    ("div", "article__share", "share_prompt"),
    ("nav", "", "navigation"),
    ("figcaption", "", "caption"),
    ("div", "newsletter-signup", "newsletter"),
    ("div", "article__text text", None),
    ("div", "shared-content", None),  # "share" is a whole word only
    ("div", "header", None),
])
def test_classify_element(tag, classes, kind):
    verdict = classify_element(tag, classes, RT_RULES)
    assert (verdict.kind if verdict else None) == kind


def test_site_rules_come_from_the_outlet_file():
    assert RT_SITE is not None and RT_SITE.outlet == "RT"
    verdict = classify_element("div", "read-more", RT_RULES)
    assert verdict.rule.startswith("sites/rt.com.toml:")


@pytest.mark.parametrize("line, head, rest", [
    ("Also on rt.com Turkey is straddling a fine line between being friend or foe to the US, EU, and "
     "NATOWashington also targeted Turkey’s defense sector with sanctions last December.",
     "Also on rt.com Turkey is straddling a fine line between being friend or foe to the US, EU, and NATO",
     "Washington also targeted Turkey’s defense sector with sanctions last December."),
    ("READ MORE: Kremlin rejects claims of interference in the vote.Moscow said on Monday that it had "
     "no part in the campaign.", "READ MORE: Kremlin rejects claims of interference in the vote.",
     "Moscow said on Monday that it had no part in the campaign."),
    # negatives: a brand name is not a glue point; prose without a cross-link prefix is left alone
    ("Also on rt.com YouTube removes channels of Russian broadcasters", None, None),
    ("Washington also targeted Turkey’s defense sector and NATOWashington was not a word here.", None, None),
])
def test_split_glued_cross_link(line, head, rest):
    got = split_glued_cross_link(line, ANY_RULES, LEX.camel_case_words)
    if head is None:
        assert got is None
    else:
        assert got[0] == head and got[1] == rest and got[2].kind == "cross_link"
