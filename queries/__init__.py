"""Shipped data: installed as the package kg.queries (see pyproject.toml), read with importlib.resources."""
