"""Shipped data: installed as the package kg.ontology (see pyproject.toml), read with importlib.resources."""
