"""Tests of the installed package: run them with pytest or `python -m unittest`."""

import io
import unittest
from contextlib import redirect_stderr, redirect_stdout

import phrasebook
from phrasebook.cli import main


class PhrasebookTest(unittest.TestCase):
    def test_greets_from_the_data_file(self):
        self.assertEqual(phrasebook.greet("ru", "Анна"), "Привет, Анна!")
        self.assertEqual(phrasebook.languages(), ["de", "en", "ru"])

    def test_unknown_language(self):
        with self.assertRaises(ValueError):
            phrasebook.greet("xx", "Anna")

    def test_command_line(self):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            self.assertEqual(main(["en", "Anna"]), 0)
            self.assertEqual(main([]), 2)
        self.assertEqual(out.getvalue(), "Hello, Anna!\n")
        self.assertIn("usage: phrasebook LANG NAME", err.getvalue())


if __name__ == "__main__":
    unittest.main()
