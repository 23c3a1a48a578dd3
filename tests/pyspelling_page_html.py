"""pyspelling's HTML filter, one block per page: a pipeline step for .pyspelling.yml.

The stock filter (pyspelling.filters.html) cuts a page into one block per
paragraph, list item and table cell, and pyspelling starts hunspell once per
block: with the Russian and English dictionaries loaded that is 0.3 s a start,
three minutes for the Russian pages. This filter yields one block per page, so
hunspell runs once per page (seconds). What is checked and what is ignored
(`ignores:`, e.g. code and pre) is the stock filter's. tests/test_spelling.py
puts tests/ on PYTHONPATH so that pyspelling can import it by name.
"""

from pyspelling.filters.html import HtmlFilter


class PageHtmlFilter(HtmlFilter):
    """HTML filter that yields the text of a document as one block."""

    def set_block(self, node, force=False):
        if force:  # the document root, once per document
            self._page_text = []

    def pop_block(self, node, force=False):
        pass

    def extract_string(self, node, is_comments):
        if is_comments:
            return super().extract_string(node, is_comments)
        string = str(node).strip()
        if string:
            self._page_text.extend((string, " "))

    def format_blocks(self):
        text = "".join(self._page_text)
        return [(text, "html")] if text else []


def get_plugin():
    return PageHtmlFilter
