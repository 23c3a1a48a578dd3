import greet


def test_hello():
    assert greet.hello("Anna") == "Hello, Anna!"
