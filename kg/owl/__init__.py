"""OWL 2 and SHACL over the stored graph.

    export    OWL 2 DL documents for Protégé
    reason    HermiT consistency and inferred facts, explained
    validate  SHACL shapes with pySHACL
"""
