lazy import acme_charts

for attempt in (1, 2):
    try:
        acme_charts.plot([1, 2, 3])
    except ImportError as exc:
        print(f"{attempt}: {type(exc).__name__}: {exc}")
        print(f"   __cause__: {exc.__cause__!r}")
        print(f"   still lazy: {globals()['acme_charts']!r}")
