"""Actors: the gazetteer of states, places, bodies and people, and their resolution in text."""
