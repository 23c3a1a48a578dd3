"""The `phrasebook` command: phrasebook LANG NAME."""

import sys

from phrasebook.core import greet, languages


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(f"usage: phrasebook LANG NAME  (LANG is one of: {' '.join(languages())})",
              file=sys.stderr)
        return 2
    try:
        print(greet(*args))
    except ValueError as exc:
        print(f"phrasebook: {exc}", file=sys.stderr)
        return 1
    return 0
