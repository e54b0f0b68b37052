"""Modelstore's server: a descriptor-driven gRPC service over MongoDB."""
