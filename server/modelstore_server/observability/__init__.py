"""What operators see of a running server: metrics, traces and logs (docs/operations.md).

The lowest layer: it knows prometheus-client, OpenTelemetry and the logging setup, and no
other module of the server. The layers above feed it (the pipeline its per-RPC series,
storage the driver's events, embedded its restarts, changes the capture's lag).
"""
