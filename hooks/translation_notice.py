"""MkDocs glue: put a notice on a translation whose source page changed since it was translated
(or that never recorded which version it translates). Logic: guide/content/translation_status.py."""
from __future__ import annotations

from pathlib import Path

from hooks.build_errors import fail_build

from guide.errors import ContentError, ContentErrors
from guide.content.translation_status import (SOURCE_LANGUAGE, check_hash_field, render_notice, source_url,
                                      translation_status)
from guide.content.translations import page_name


def on_page_content(html, page, config, files):
    lang = config.theme["language"]
    if lang == SOURCE_LANGUAGE or page.file.abs_src_path is None:
        return html
    docs_dir = Path(config["docs_dir"])
    named = page_name(Path(page.file.src_uri))
    if named is None:
        return html
    name, page_lang = named
    try:
        error = check_hash_field(Path(page.file.abs_src_path), page.meta)
        if error:
            raise error
        status = translation_status(docs_dir, name, page_lang, page.meta)
    except (ContentError, ContentErrors) as error:
        fail_build(error)
    return render_notice(status, lang, source_url(page.url, lang)) + html
