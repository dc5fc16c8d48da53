"""python -m guide.cleaner INPUT [-o OUTPUT] [--force] [--html]: one scraped article in, one draft page out.

INPUT is a text file or a saved web page (.html / .htm, or any file that starts like one; `--html`
for standard input).

Errors are one line on standard error, `error: <path>: <what to do>`, with exit code 2.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from guide.cleaner.decode import decode
from guide.cleaner.errors import CleanerError
from guide.cleaner.html import looks_like_html
from guide.cleaner.pipeline import clean
from guide.cleaner.report import format_report
from guide.cleaner.wording import DEFAULT_WORDS, load_spun_words

EXIT_ERROR = 2  # the same code argparse uses for a wrong command line


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m guide.cleaner",
        description="Turn one scraped article into a draft guide page (Markdown with front matter). "
                    "The report of what was removed and changed goes to standard error.")
    parser.add_argument("input", metavar="INPUT", help="the article as a text file or a saved web page (.html/.htm) "
                        "in UTF-8, GB18030/GBK or UTF-16, or - for standard input")
    parser.add_argument("--html", action="store_true", help="INPUT is a web page even without an .html/.htm name (e.g. with -)")
    parser.add_argument("-o", "--output", metavar="OUTPUT", help="write the draft here instead of to standard output")
    parser.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    parser.add_argument("--title", help="use this title instead of the first line of the article")
    parser.add_argument("--words", metavar="YAML", default=str(DEFAULT_WORDS),
                        help="spun-word list to apply (default: data/spun_words.yml)")
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise CleanerError("no such file; check the path (or pass - to read standard input)", name) from None
    except IsADirectoryError:
        raise CleanerError("is a folder; pass one article file", name) from None
    except PermissionError:
        raise CleanerError("cannot be read (permission denied)", name) from None
    except OSError as error:
        raise CleanerError(f"cannot be read ({error.strerror})", name) from None


def _check_output(output: Path, source: str, force: bool) -> None:
    def refuse(message: str) -> CleanerError:
        return CleanerError(message, str(output))

    if source != "-" and output.exists() and Path(source).exists() and output.resolve() == Path(source).resolve():
        raise refuse("is the input file; choose another -o path so the source stays intact")
    if output.is_dir():
        raise refuse("is a folder; give a file name such as draft.zh.md")
    if output.exists() and not force:
        raise refuse("already exists; pass --force to overwrite it, or choose another -o path")
    if not output.parent.is_dir():
        raise refuse(f"the folder {output.parent} does not exist; create it first")


def _write(output: Path, text: str, force: bool) -> None:
    # Without --force, open with "x" so that a file created meanwhile is not overwritten either.
    try:
        with output.open("w" if force else "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise CleanerError("already exists; pass --force to overwrite it, or choose another -o path", str(output)) from None
    except OSError as error:
        raise CleanerError(f"cannot be written ({error.strerror})", str(output)) from None


def run(args: argparse.Namespace) -> int:
    source = "stdin" if args.input == "-" else Path(args.input).name
    output = Path(args.output) if args.output else None
    try:
        if output is not None:
            _check_output(output, args.input, args.force)  # before any work: fail fast
        words = load_spun_words(Path(args.words))
        data = _read(args.input)
        try:
            text, encoding = decode(data)
            html = args.html or Path(args.input).suffix.lower() in (".html", ".htm") or looks_like_html(text)
            result = clean(text, source, title=args.title, words=words, html=html)
            if html:
                encoding += ", web page"
        except CleanerError as error:  # about the input: name it
            error.path = error.path or ("<stdin>" if args.input == "-" else args.input)
            raise
        if output is None:
            sys.stdout.write(result.draft)
            sys.stdout.flush()
        else:
            _write(output, result.draft, args.force)
    except CleanerError as error:
        print(f"error: {error.path}: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    header = [f"cleaned {'<stdin>' if args.input == '-' else args.input} ({encoding}) -> {args.output or 'standard output'}"]
    if html:  # the removed lines are counted in the article text taken out of the page, not in the HTML
        header.append("(a web page: input line numbers count the lines of the article text taken out of it)")
    print(format_report(result.entries, header, result.outline_summary()), file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    # The draft is UTF-8 whatever the terminal's locale; the report must never crash on a character.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except BrokenPipeError:  # e.g. piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
