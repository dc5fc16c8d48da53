"""The site's languages, in one place. The first is the default, served at the site root."""
LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
