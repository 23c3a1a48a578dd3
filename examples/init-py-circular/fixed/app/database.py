db = "sqlite:///app.db"
