"""Greetings in a few languages; the phrases live in phrases.json."""

from phrasebook.core import greet, languages

__all__ = ["greet", "languages"]
