"""Extraction: spaCy once per batch, then quotes, speakers, entities, dates and events from each Doc.

Before any of its modules imports spaCy's French data, the package puts that data's ``token_match``,
compiled by an earlier run, in ``re``'s cache (token_match_cache.py): its compile is seconds of CPU.
"""
from veille.extract.token_match_cache import prime_token_match, user_cache_dir

prime_token_match(user_cache_dir())
