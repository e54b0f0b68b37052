"""Security: secret hashing, field encryption, and (later) callers and tenancy."""
