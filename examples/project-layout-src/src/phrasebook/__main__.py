"""`python -m phrasebook LANG NAME`: the same as the `phrasebook` command."""

from phrasebook.cli import main

raise SystemExit(main())
