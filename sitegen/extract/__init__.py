"""`sitegen extract` and `sitegen new`: draft records from an article (see pipeline.py)."""

from sitegen.extract.pipeline import extract_into, new_site

__all__ = ["extract_into", "new_site"]
