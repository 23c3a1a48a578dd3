from .cli import main
