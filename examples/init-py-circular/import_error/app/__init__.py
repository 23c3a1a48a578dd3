from .models import User

db = "sqlite:///app.db"
