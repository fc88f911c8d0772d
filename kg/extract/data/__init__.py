"""Shipped gazetteers and patterns (JSON), read with importlib.resources."""
