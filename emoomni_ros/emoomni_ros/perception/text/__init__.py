"""Words: emotion, valence and concern read from what a person says (sentence encoder, trained heads,
lexicon, normalisation)."""
