print("  app.reports: loading a heavy charting library...")
