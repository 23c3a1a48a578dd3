print("  [audit.py runs: registers the audit hook]")
