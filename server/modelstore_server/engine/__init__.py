"""The descriptor-driven engine: entity models, codec, queries, pagination and indexes."""
