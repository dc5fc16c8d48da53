"""What a page says and the checks on it: front matter, facts and citations, language pairs, drafts, glossary, readability, hotlines, the topics page."""
