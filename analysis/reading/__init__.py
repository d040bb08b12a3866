"""Reading articles: one module per kind of input, the manifest, boilerplate, and what a text says of itself.

    corpus.py       a folder (or one file) in, one `Article` per candidate, in path order
    files.py        listing the folder: formats, ids, links; manifest.py the metadata beside it
    text.py, html.py, jsonl.py, tables.py, warc.py    one reader per kind of input; compressed.py for .gz
    page_metadata.py  a web page's own headline, publisher, date and url; furniture.py its body put right
    records.py      a table's record as an article; language.py and kind.py: other languages, non-articles
    decoding.py     bytes to text; errors.py the size limit and failures as rows
    boilerplate.py  paragraphs that are not the article; stated.py outlet and date the text states
    datestamps.py   full dates as metadata gives them; article.py the record itself
"""

from analysis.reading.article import Article, NotText, SkipFile, assemble, clean_lines, normalise_line_breaks
from analysis.reading.boilerplate import boilerplate_paragraphs
from analysis.reading.corpus import iter_corpus, read_corpus
from analysis.reading.datestamps import parse_full_date
from analysis.reading.decoding import decode_text
from analysis.reading.errors import DEFAULT_MAX_BYTES
from analysis.reading.html import read_html
from analysis.reading.manifest import MANIFEST_NAME
from analysis.reading.stated import outlet_from_text, published_from_text, wire_agencies
from analysis.reading.text import markdown_line

__all__ = [
    "DEFAULT_MAX_BYTES", "MANIFEST_NAME", "Article", "NotText", "SkipFile", "assemble", "boilerplate_paragraphs",
    "clean_lines", "decode_text", "iter_corpus", "markdown_line", "normalise_line_breaks", "outlet_from_text",
    "parse_full_date", "published_from_text", "read_corpus", "read_html", "wire_agencies",
]
