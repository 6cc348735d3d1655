"""The parsed page's elements: lxml's own, without lxml.html's element classes.

lxml.html looks up a Python class for every element it hands out; auditor reads every page's
tree several times, and that lookup cost about 0.5 ms a page of extraction (bench/RESULTS.md). The
two lxml.html methods auditor needs are here as functions.
"""

from __future__ import annotations

from lxml import etree

Element = etree._Element
HTML_PARSER = etree.HTMLParser()  # the parser lxml.html uses, less its element class lookup

text_content = etree.XPath("string()")  # an element's text and its descendants', as lxml.html's text_content()


def drop_tree(el: Element) -> None:
    """Remove an element with its children, keeping its tail text (lxml.html's drop_tree)."""
    parent = el.getparent()
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)
