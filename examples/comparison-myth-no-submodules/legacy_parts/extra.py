NOTE = "legacy.extra found through legacy.__path__"
