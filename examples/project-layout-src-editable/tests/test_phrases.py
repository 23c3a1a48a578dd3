import unittest

import phrasebook


class GreetTest(unittest.TestCase):
    def test_greet(self):
        self.assertEqual(phrasebook.greet("en", "Anna"), "Hello, Anna!")
