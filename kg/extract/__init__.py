"""Article → Extraction: entities, relations and incidents, each with its evidence."""
