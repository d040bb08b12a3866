"""One article's quotes and claims as plain rows (the unit that is cached and run in parallel)."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.actors import Actor, Directory, category_of
from analysis.claims import ClaimFinder
from analysis.corpus import Article, assemble, normalise_line_breaks
from analysis.nlp import index_sentences
from analysis.quotes import attributed_quotations, quote_attributor


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, str]:
    actor = actor or Actor("", "unknown", source="")
    return {
        prefix: actor.name,
        f"{prefix}_kind": category_of(actor),
        f"{prefix}_title": actor.title,
        f"{prefix}_country": actor.country,
        f"{prefix}_source": actor.source,
    }


def extract_article(doc: Doc, article: Article) -> tuple[list[dict], list[dict]]:
    """(quote rows, claim rows) of one parsed article; names are resolved within the article only."""
    skip = set(article.boilerplate)
    index_sentences(doc)
    directory = Directory(doc, [])
    attributor = quote_attributor(doc, article.text, article.paragraphs, skip, directory)
    quotes = attributed_quotations(attributor, article.text)
    claims = ClaimFinder(doc, article.text, article.paragraphs, skip, quotes, attributor, article.outlet).claims()
    quote_rows = [
        {
            "article_id": article.article_id, "quote": q.quote, "start": q.start, "end": q.end,
            "partial": q.partial, "verb": q.verb, "sentence": q.sentence, "sentence_start": q.sentence_start,
            "paragraph": q.paragraph, "date_text": q.when[0], "date_found": q.when[1],
            **_actor_fields("speaker", q.speaker),
        }
        for q in quotes
    ]
    claim_rows = [
        {
            "article_id": article.article_id, "value": c.value, "value_high": c.value_high,
            "qualifier": c.qualifier, "qualifier_text": c.qualifier_text, "figure_text": c.figure_text,
            "what": c.what, "noun": c.noun, "whose": c.whose, "location": c.location,
            "hypothetical": c.hypothetical, "start": c.start, "end": c.end, "sentence": c.sentence,
            "sentence_start": c.sentence_start, "paragraph": c.paragraph,
            "date_text": c.when[0], "date_found": c.when[1],
            **_actor_fields("claimant", c.claimant),
            "claimant_kind": c.kind, "via": "|".join(actor.name for actor in c.via),
        }
        for c in claims
    ]
    return quote_rows, claim_rows


def article_from_text(text: str, article_id: str = "text") -> Article:
    """An article from plain text: the first line is the headline, each further line a paragraph."""
    headline, *body = normalise_line_breaks(text).split("\n")
    joined, paragraphs = assemble(headline, body)
    title = joined[:paragraphs[0][1]] if paragraphs else ""
    return Article(article_id=article_id, path="", title=title, text=joined, paragraphs=paragraphs)
