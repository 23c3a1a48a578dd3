import app

DATABASE = app.db


class User:
    database = DATABASE
