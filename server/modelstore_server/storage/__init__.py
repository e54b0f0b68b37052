"""Storage access: the database handle, its capabilities, indexes and error translation."""
