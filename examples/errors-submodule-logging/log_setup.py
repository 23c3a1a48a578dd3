import logging

print(logging.handlers.RotatingFileHandler)
