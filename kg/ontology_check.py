"""The ontology file: serialised on demand, and checked with owlready2 and the HermiT reasoner."""
from __future__ import annotations

import shutil

from kg.errors import RasadError
from kg.ontology import ONTOLOGY_FILE

RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def serialized(fmt: str = "turtle") -> bytes:
    if fmt == "turtle":
        return ONTOLOGY_FILE.read_bytes()
    from rdflib import Graph

    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return graph.serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8")


def check() -> str:
    """Load the ontology in owlready2 and run HermiT; raise if it is inconsistent."""
    import os
    import tempfile

    if shutil.which("java") is None:
        raise RasadError("checking the ontology needs Java for HermiT (apt-get install default-jre-headless)")
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "rasad.owl")
        with open(path, "wb") as handle:
            handle.write(serialized("rdfxml"))
        world = owlready2.World()
        onto = world.get_ontology("file://" + path).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            raise RasadError("the ontology is inconsistent (HermiT)") from None
        classes = len(list(onto.classes()))
        properties = len(list(onto.properties()))
        unsatisfiable = list(world.inconsistent_classes())
    if unsatisfiable:
        raise RasadError(f"unsatisfiable classes: {', '.join(str(c) for c in unsatisfiable)}")
    return f"consistent (HermiT): {classes} classes, {properties} properties"
