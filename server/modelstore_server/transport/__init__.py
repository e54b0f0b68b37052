"""Transport: generic gRPC handlers, interceptors and the error edge."""
