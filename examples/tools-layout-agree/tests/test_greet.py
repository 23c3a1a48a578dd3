import greet


def test_hello() -> None:
    print()
    print("greet from:", greet.__file__)
    assert greet.hello("Anna") == "Hello, Anna!"
