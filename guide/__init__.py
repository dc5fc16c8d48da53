"""Plain-Python logic of the guide site: nothing here imports MkDocs."""
