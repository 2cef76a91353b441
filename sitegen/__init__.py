"""sitegen: turn an investigative article into a cross-linked explainer site."""

__version__ = "0.1.0"
