import json
from importlib.resources import files


def greet(lang, name):
    phrases = json.loads(files(__name__).joinpath("phrases.json").read_text(encoding="utf-8"))
    return phrases[lang].format(name=name)
