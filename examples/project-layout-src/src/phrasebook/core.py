import json
from importlib.resources import files


def _phrases():
    # files() finds the data file next to this package's modules, wherever
    # the package was installed (or inside a zip file).
    text = files("phrasebook").joinpath("phrases.json").read_text(encoding="utf-8")
    return json.loads(text)


def languages():
    return sorted(_phrases())


def greet(lang, name):
    phrases = _phrases()
    if lang not in phrases:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(sorted(phrases))}")
    return phrases[lang].format(name=name)
