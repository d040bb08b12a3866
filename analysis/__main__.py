"""Command line: `build INPUT --out DIR`, `index DIR`, `eval GOLD OUT`, `review ...` and `users add NAME`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.nlp import DEFAULT_MODEL, MODEL_ENV


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="read articles and write articles.csv, quotes.csv, claims.csv")
    build.add_argument("input", type=Path, help="a folder of articles (searched recursively) or one file")
    build.add_argument("--out", type=Path, required=True, help="folder to write the tables to")
    build.add_argument("--parquet", action="store_true", help="also write .parquet files (faster for big corpora)")
    build.add_argument("--model", help=f"installed spaCy pipeline (default ${MODEL_ENV} or {DEFAULT_MODEL})")
    build.add_argument("--max-bytes", type=int, default=2_000_000, help="skip files larger than this (default 2 MB)")
    build.add_argument("--languages", default="en", type=_languages,
                       help="ISO 639 codes of the languages to read, comma-separated (default en): "
                            "articles detected in others are skipped; other languages need a model for them")
    build.add_argument("--columns", type=_columns, default=None,
                       help="a table's own column names: title=headline,text=body,outlet=source,published=date,"
                            "url=link,id=key (default: title, text, outlet, url, published, id)")
    build.add_argument("--cache", type=Path, help="per-article cache folder (default OUT/.cache)")
    build.add_argument("--no-cache", action="store_true", help="parse every article again")
    build.add_argument("--processes", type=int, help="worker processes (default: one per core)")
    build.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="run the per-article work on this existing Dask cluster (README, Large corpora)")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument("--review", type=Path, metavar="FILE",
                       help="apply the analysts' reviews in this database (default: the default review "
                            "database, when it exists; see `review --help`)")

    index = commands.add_parser("index", help="prepare a built folder for the dashboard: Parquet by month, "
                                              "a quote search index (see README, Large corpora)")
    index.add_argument("folder", type=Path, help="a folder written by `build` (CSV only is fine)")
    index.add_argument("--force", action="store_true", help="prepare it again even when it is up to date")
    index.add_argument("--quiet", action="store_true", help="no progress bar")

    score = commands.add_parser("eval", help="score built tables against an annotation file")
    score.add_argument("gold", type=Path, help="annotations in the format of seeds_gold.json")
    score.add_argument("out", type=Path, help="a folder written by `build`")

    from analysis.store.review_cli import add_review_parser

    add_review_parser(commands)

    users = commands.add_parser("users", help="the team server's users file (see README, Running for a team)")
    actions = users.add_subparsers(dest="action", required=True)
    for action, text in (("add", "add NAME, or set a new password (read from standard input)"),
                         ("remove", "remove NAME"), ("list", "list the user names")):
        command = actions.add_parser(action, help=text)
        if action != "list":
            command.add_argument("name")
        command.add_argument("--users", type=Path, help="the users file (default $CLAIMDESK_USERS or "
                                                        "~/.config/claimdesk/users)")

    args = parser.parse_args(argv)
    runners = {"build": run_build, "index": run_index, "eval": run_eval, "users": run_users, "review": run_review}
    return runners[args.command](args)


def _languages(value: str) -> tuple[str, ...]:
    codes = tuple(code.strip().lower() for code in value.split(",") if code.strip())
    if not codes or not all(code.isalpha() and 2 <= len(code) <= 3 for code in codes):
        raise argparse.ArgumentTypeError(f"expected ISO 639 codes such as en,de; got '{value}'")
    return codes


def _columns(value: str) -> dict[str, str]:
    from analysis.reading.records import RECORD_FIELDS

    pairs = [pair.split("=", 1) for pair in value.split(",") if pair.strip()]
    if not pairs or any(len(pair) != 2 or not pair[1].strip() for pair in pairs):
        raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN pairs such as title=headline,text=body; got '{value}'")
    mapping = {field.strip().lower(): column.strip() for field, column in pairs}
    unknown = sorted(set(mapping) - set(RECORD_FIELDS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown field {', '.join(unknown)}: use {', '.join(RECORD_FIELDS)}")
    return mapping


def run_build(args: argparse.Namespace) -> int:
    from analysis.export import write_tables
    from analysis.reading import iter_corpus
    from analysis.runners import ClusterError
    from analysis.store.review_cli import ReviewError, open_build_reviews, reviewed_tables
    from analysis.tables import tables_from_articles

    if not args.input.exists():
        print(f"error: {args.input} does not exist", file=sys.stderr)
        return 2
    try:  # before the long extraction: a database that can't be used stops the build at once
        reviews, review_note = open_build_reviews(args.review)
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # Streamed: articles are read as the workers need them, never all held at once.
    articles = iter_corpus(args.input, max_bytes=args.max_bytes, languages=args.languages, columns=args.columns)
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(unit="article", desc="extracting", file=sys.stderr, disable=None)
    progress = (lambda done, total: bar.update(done - bar.n)) if bar is not None else None
    try:
        tables = tables_from_articles(
            articles, model=args.model, progress=progress,
            cache_dir=None if args.no_cache else (args.cache or args.out / ".cache"), processes=args.processes,
            scheduler=args.scheduler)
    except (RuntimeError, ClusterError) as exc:  # a missing spaCy pipeline, an unreachable cluster
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    status = tables.articles["status"].value_counts()
    if status.get("ok", 0) == 0:
        print(f"error: no readable article in {args.input} ({len(tables.articles)} files looked at); "
              "see the reasons with --out on a folder with at least one article", file=sys.stderr)
        for article in tables.articles.itertuples():
            print(f"  {article.path or article.article_id}: {article.status}: {article.error}", file=sys.stderr)
        return 1
    try:
        tables, review_note = reviewed_tables(tables, reviews, review_note, args.out)
    except ReviewError as exc:
        print(f"error: {exc}; the tables were not written", file=sys.stderr)
        return 2
    try:
        write_tables(tables, args.out, parquet=args.parquet)
        if args.parquet:
            from analysis.store.parquet import prepare_folder

            prepare_folder(args.out, force=True)
    except OSError as exc:
        print(f"error: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(tables.articles)} articles ({status.get('ok', 0)} ok, {status.get('skipped', 0)} skipped, "
          f"{status.get('error', 0)} errors), {len(tables.quotes)} quotes, {len(tables.claims)} claims -> {args.out}; "
          f"{review_note}")
    return 0


def run_index(args: argparse.Namespace) -> int:
    from analysis.store.parquet import prepare_folder

    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 2
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="row", unit_scale=True, desc="preparing", file=sys.stderr, disable=None)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        prepared = prepare_folder(args.folder, progress=progress if bar is not None else None, force=args.force)
    except FileNotFoundError as exc:  # no tables: not a built folder
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"error: cannot prepare {args.folder}: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    rows = ", ".join(f"{count:,} {table}" for table, count in prepared.rows.items())
    print(f"{'prepared' if prepared.rebuilt else 'already prepared'}: {rows} -> {prepared.index}")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from analysis.evaluate import evaluate, format_evaluation, load_gold
    from analysis.export import read_tables

    try:
        gold = load_gold(args.gold)
        tables = read_tables(args.out)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_evaluation(evaluate(gold, tables)))
    return 0


def run_review(args: argparse.Namespace) -> int:
    from analysis.store.review_cli import run_review as review

    return review(args)


def read_password() -> str:
    """The password from standard input: typed twice at a terminal, else its first line."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("Password: ")
        if getpass.getpass("The same password again: ") != first:
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().removesuffix("\n").removesuffix("\r")


def run_users(args: argparse.Namespace) -> int:
    from analysis import users

    path = args.users or users.users_file_from_env() or users.DEFAULT_USERS_FILE
    try:
        if args.action == "list":
            print("\n".join(users.read_users(path)))
            return 0
        if args.action == "remove":
            if not users.remove_user(path, args.name):
                print(f"error: no user {args.name!r} in {path}", file=sys.stderr)
                return 1
            print(f"removed {args.name} from {path}")
            return 0
        users.check_name(args.name)
        added = users.add_user(path, args.name, read_password())
    except (OSError, ValueError) as exc:  # UsersFileError is a ValueError
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{'added' if added else 'new password for'} {args.name} in {path}; "
          f"serve with CLAIMDESK_USERS={path} streamlit run dashboard.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
