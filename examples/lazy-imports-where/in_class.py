class Config:
    lazy import json
