from app import db


class User:
    database = db
