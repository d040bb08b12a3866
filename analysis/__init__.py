"""claimdesk's analysis layer: news articles in, tables of articles, quotes and claims out."""

from analysis.schema import Tables

__all__ = ["Tables", "build_tables"]


def build_tables(*args, **kwargs) -> Tables:
    """Build the articles, quotes and claims tables of a corpus (see analysis.tables.build_tables)."""
    from analysis.tables import build_tables as build

    return build(*args, **kwargs)
