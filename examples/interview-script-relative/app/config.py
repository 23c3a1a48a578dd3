GREETING = "hello from app.config"
