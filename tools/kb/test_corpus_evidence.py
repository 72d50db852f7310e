#!/usr/bin/env python3
"""Checks of the rule that refuses a name's clitic forms that are ordinary words, on made-up counts.

Usage: python3 tools/kb/test_corpus_evidence.py
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_evidence as ce  # noqa: E402


def counts(**words):
    return {"words": dict(words), "after_cue": {}}


# names: one-word names (normalised) and the keys of all names
NAMES = ({"نوك", "غزه", "بروناي", "لير", "طبلبه"}, {"نوك", "غزه", "بروناي", "لير", "طبلبه"})
FOREIGN = {"نوك", "بروناي", "لير"}


def refused(c):
    return ce.fused_word_forms(c, NAMES, FOREIGN)


class FusedWordForms(unittest.TestCase):
    def test_a_form_that_takes_the_article_is_a_word(self):
        # "البنوك": the article never stands before a clitic, so "بنوك" is one word
        self.assertIn("بنوك", refused(counts(**{"بنوك": 130, "البنوك": 900, "نوك": 200})))

    def test_a_few_article_uses_do_not_outweigh_the_name(self):
        c = counts(**{"بغزه": 30, "البغزه": 5, "غزه": 3000})
        self.assertNotIn("بغزه", refused(c))

    def test_a_form_much_commoner_than_the_name_is_a_word(self):
        self.assertIn("بنوك", refused(counts(**{"بنوك": 130, "نوك": 10})))

    def test_local_news_fuses_b_to_its_own_towns(self):
        # as often with بـ as without: a town of an Arab country, kept
        self.assertNotIn("بطبلبه", refused(counts(**{"بطبلبه": 16, "طبلبه": 16})))

    def test_a_foreign_name_fused_with_b_as_often_as_alone_is_another_word(self):
        self.assertIn("بلير", refused(counts(**{"بلير": 47, "لير": 40})))

    def test_lists_put_wa_before_names(self):
        self.assertNotIn("وبروناي", refused(counts(**{"وبروناي": 20, "بروناي": 15})))

    def test_rare_forms_are_left_alone(self):
        self.assertNotIn("بنوك", refused(counts(**{"بنوك": 9, "البنوك": 900})))

    def test_a_form_that_is_a_name_is_never_refused(self):
        names = ({"نوك"}, {"نوك", "بنوك"})
        self.assertEqual({}, ce.fused_word_forms(counts(**{"بنوك": 130, "البنوك": 900}), names, set()))


class ReadingCounts(unittest.TestCase):
    def test_a_refused_form_is_no_use_of_the_name(self):
        c = counts(**{"بنوك": 100, "وبنوك": 10, "نوك": 3, "بغزه": 5})
        r = ce.reading_counts(c, {"بنوك": "نوك"})
        self.assertEqual(3, r["total"]["نوك"])
        self.assertEqual(0, r["place"].get("نوك", 0))
        # a fused بـ before a name that is no word stays evidence of a place
        self.assertEqual(5, r["place"]["غزه"])


if __name__ == "__main__":
    unittest.main()
