import app

print(app.User.database)
print(app.db)
