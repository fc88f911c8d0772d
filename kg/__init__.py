"""news-kg: build an OWL/RDF knowledge graph of who met, supplied and attacked whom from news articles.

Data flows one way: text -> extraction records -> triples -> store -> queries.
"""

__version__ = "0.1.0"
