"""Modelstore's generated protobuf and gRPC modules, and the typed client in `modelstore.client`."""
