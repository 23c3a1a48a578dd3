def dump(data):
    lazy from json import dumps
    return dumps(data)
