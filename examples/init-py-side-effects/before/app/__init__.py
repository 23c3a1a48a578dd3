from . import db, reports

db.connect()
