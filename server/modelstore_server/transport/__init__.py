"""Transport: generic gRPC handlers, the call pipeline around them, and the error edge."""
