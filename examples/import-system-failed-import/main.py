import sys

for attempt in (1, 2):
    try:
        import broken
    except RuntimeError as error:
        print(f"attempt {attempt}:", error)
    print("  'broken' in sys.modules:", "broken" in sys.modules)
    print("  'json' in sys.modules:", "json" in sys.modules)
