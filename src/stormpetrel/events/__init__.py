"""Events: the trigger lexicon and the dependency patterns that turn sentences into events."""
