def connect():
    print("  app.db: connecting to the database...")
