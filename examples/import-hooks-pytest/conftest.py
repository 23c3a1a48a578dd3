import sys


def pytest_terminal_summary(terminalreporter):
    """After the tests: what is on sys.meta_path, and who loaded each module."""
    write = terminalreporter.write_line
    terminalreporter.section("import hooks")
    for finder in sys.meta_path:
        name = finder.__name__ if isinstance(finder, type) else type(finder).__name__
        write(f"sys.meta_path: {name} from {finder.__module__}")
    for module in ["test_calc", "calc"]:
        write(f"{module} loaded by: {type(sys.modules[module].__loader__).__name__}")
