"""`python -m analysis review ...` and the review step of `build` (../shared/CONTRACT.md, "Review").

    review [--db FILE] [--tables DIR] [--user NAME] confirm ID [--note TEXT]
    review ... reject ID [--note TEXT]
    review ... set ID FIELD=VALUE [FIELD=VALUE ...] [--note TEXT]
    review ... export OUT.csv
    review ... import IN.csv

An ID is looked up in a built folder: --tables DIR, else the folder the last `build` that used
this database wrote (kept in the database), else ./out.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from analysis.store.review import (
    ReviewError,
    Reviews,
    apply_reviews,
    default_db,
    export_csv,
    import_csv,
    item_by_id,
    open_reviews,
    orphans,
    os_user,
    review_summary,
)
from analysis.store.reviewdb import DB_ENV, FIELDS, cell_text

LAST_BUILD = "last_build"  # meta key: the folder the last build with this database wrote
DEFAULT_TABLES = Path("out")


def _pairs(values: list[str]) -> dict[str, str]:
    fields = {}
    for value in values:
        field, equals, new = value.partition("=")
        if not equals or not field.strip():
            raise argparse.ArgumentTypeError(f"expected FIELD=VALUE, got '{value}'")
        fields[field.strip()] = new
    return fields


def add_review_parser(commands: argparse._SubParsersAction) -> None:
    """The `review` command and its actions; --db, --tables and --user may stand before or after the action."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help=f"the review database (default ${DB_ENV} or {default_db()})")
    shared.add_argument("--tables", "--out", dest="tables", type=Path, default=argparse.SUPPRESS,
                        help="the built folder the ids are in (default: the last build that used this "
                             f"database, else ./{DEFAULT_TABLES})")
    shared.add_argument("--user", default=argparse.SUPPRESS, help="who reviews (default: your login name)")
    review = commands.add_parser("review", parents=[shared], help="confirm, correct or reject claims and quotes",
                                 description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = review.add_subparsers(dest="action", required=True)
    for action, text in (("confirm", "the claim or quote is right"), ("reject", "it is not a claim or quote")):
        command = actions.add_parser(action, parents=[shared], help=text)
        command.add_argument("id", help="a claim_id or quote_id")
        command.add_argument("--note", default="")
    correct = actions.add_parser("set", parents=[shared], help="correct fields: " + "; ".join(
        f"{kind}: {', '.join(fields)}" for kind, fields in FIELDS.items()))
    correct.add_argument("id", help="a claim_id or quote_id")
    correct.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    correct.add_argument("--note", default="")
    out = actions.add_parser("export", parents=[shared], help="write every review entry to a CSV file")
    out.add_argument("path", type=Path, metavar="OUT.csv")
    read = actions.add_parser("import", parents=[shared], help="add the entries of an exported CSV file")
    read.add_argument("path", type=Path, metavar="IN.csv")


def _tables_folder(args: argparse.Namespace, reviews: Reviews) -> tuple[Path, bool]:
    """The built folder to look ids up in, and whether the user named it."""
    if getattr(args, "tables", None) is not None:
        return args.tables, True
    last = reviews.meta(LAST_BUILD)
    return (Path(last), False) if last and Path(last).is_dir() else (DEFAULT_TABLES, False)


def _load(folder: Path):
    from analysis.export import read_tables

    try:
        return read_tables(folder)
    except (OSError, ValueError) as error:
        raise ReviewError(f"no built tables in {folder} ({error}); give the built folder with --tables DIR") from None


def run_review(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None) or default_db()
    user = getattr(args, "user", None) or os_user()
    try:
        with open_reviews(db) as reviews:
            return _act(args, reviews, user)
    except ReviewError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _act(args: argparse.Namespace, reviews: Reviews, user: str) -> int:
    folder, named = _tables_folder(args, reviews)
    if args.action == "import":
        added = import_csv(reviews, args.path)
        print(f"imported {added} new entries from {args.path} into {reviews.path}")
        return 0
    if args.action == "export":
        tables = _load(folder) if named or (folder / "claims.csv").exists() or (folder / "claims.parquet").exists() \
            else None
        if tables is None:
            print(f"note: no built tables in {folder}: ids are as recorded and orphans are not looked for "
                  "(give --tables DIR)", file=sys.stderr)
        rows = export_csv(reviews, tables, args.path)
        print(f"wrote {rows} rows ({len(reviews)} entries) from {reviews.path} to {args.path}")
        return 0
    tables = apply_reviews(_load(folder), reviews)
    found = item_by_id(tables, args.id)
    if found is None:
        print(f"error: no claim or quote with id {args.id} in the tables in {folder}; ids change when an article "
              "is edited: rebuild, or give the built folder with --tables DIR", file=sys.stderr)
        return 1
    kind, row, article = found
    decision = {"confirm": "confirmed", "reject": "rejected", "set": "corrected"}[args.action]
    try:
        fields = _pairs(args.fields) if args.action == "set" else None
    except argparse.ArgumentTypeError as error:
        raise ReviewError(str(error)) from None
    entry = reviews.record(kind, row, article, decision, fields, note=args.note, user=user)
    changed = "".join(f"; {field}: '{cell_text(row.get(field))}' -> '{value}'"
                      for field, value in (fields or {}).items())
    print(f"{decision} {kind} {args.id} (entry {entry} by {user} in {reviews.path}){changed}")
    return 0


def open_build_reviews(path: Path | None) -> tuple[Reviews | None, str]:
    """The database a build applies: `path`, else the default one when it exists; and what to say of it."""
    path = path if path is not None else default_db()
    if not path.exists():
        return None, f"no review database at {path}"
    return open_reviews(path), ""


def reviewed_tables(tables, reviews: Reviews | None, note: str, out: Path):
    """`tables` with the reviews applied, and the build summary's words about them."""
    if reviews is None:
        return tables, note
    with reviews:
        lost = len(orphans(tables, reviews))
        tables = apply_reviews(tables, reviews)
        with contextlib.suppress(ReviewError):  # a read-only database still applies; the CLI then needs --tables
            reviews.set_meta(LAST_BUILD, str(out.resolve()))
        return tables, f"reviews from {reviews.path}: {review_summary(tables)}, {lost} orphaned"
