from .database import db
from .models import User
