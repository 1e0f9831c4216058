"""Explain an article's extraction: every fact with the sentence it came from, the span marked."""
from __future__ import annotations

from kg.extract.catalogue import Catalogue
from kg.extract.model import Evidence, Extraction

MARK_START, MARK_END = "⟦", "⟧"


def highlighted(extraction: Extraction, evidence: Evidence) -> str:
    """The evidence sentence with its span between ⟦ ⟧."""
    sentence = extraction.sentences[evidence.sentence]
    start = max(evidence.start - sentence.start, 0)
    end = min(evidence.end - sentence.start, len(sentence.text))
    text = sentence.text
    return f"{text[:start]}{MARK_START}{text[start:end]}{MARK_END}{text[end:]}"


def _name(key: str, catalogue: Catalogue, extraction: Extraction) -> str:
    actor = catalogue.actors.get(key)
    if actor is not None:
        return actor.en or actor.ar
    entity = next((e for e in extraction.entities if e.key == key), None)
    return (entity.en or entity.ar) if entity else key


def explain(extraction: Extraction, catalogue: Catalogue) -> str:
    art = extraction.article
    lines = [f"Article {art.id} ({art.lang}, published {art.published or 'unknown'}): {art.title}", ""]
    lines.append(f"Entities ({len(extraction.entities)})")
    for entity in sorted(extraction.entities, key=lambda e: (e.kind, e.key)):
        surfaces = ", ".join(dict.fromkeys(m.surface for m in entity.mentions))
        note = "" if entity.in_catalogue else "  [not in the catalogue]"
        lines.append(f"  {entity.kind:<8} {entity.en or entity.ar}  ← {surfaces}{note}")
    lines += ["", f"Relations ({len(extraction.relations)})"]
    for relation in extraction.relations:
        ev = relation.evidence
        lines.append(f"  {_name(relation.subject, catalogue, extraction)} {relation.predicate} "
                     f"{_name(relation.object, catalogue, extraction)}   [{ev.rule}; confidence {ev.confidence}]")
        lines.append(f"      {highlighted(extraction, ev)}")
    lines += ["", f"Incidents ({len(extraction.incidents)})"]
    for incident in extraction.incidents:
        roles = []
        for role, keys in (("perpetrator", incident.perpetrators), ("target", incident.targets), ("party", incident.parties),
                           ("mediator", incident.mediators)):
            if keys:
                roles.append(f"{role}: {', '.join(_name(k, catalogue, extraction) for k in keys)}")
        if incident.location:
            roles.append(f"location: {_name(incident.location, catalogue, extraction)}")
        when = f"{incident.date.value} ({incident.date.method})" if incident.date else "no date"
        claimed = f"; claimed by {', '.join(_name(k, catalogue, extraction) for k in incident.claimed_by)}" if incident.claimed_by else ""
        lines.append(f"  {incident.type}, {when}: {'; '.join(roles)}{claimed}")
        for ev in incident.evidence:
            lines.append(f"      [{ev.rule}] {highlighted(extraction, ev)}")
    return "\n".join(lines)
