from .database import db


class User:
    database = db
