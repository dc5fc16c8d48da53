"""Search: per-language indexes, readers' pinyin shorthand, and the reader thesaurus."""
