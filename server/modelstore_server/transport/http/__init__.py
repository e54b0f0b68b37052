"""HTTP/JSON transcoding of the gRPC contract (`serve --http-listen`, docs/http.md).

Every RPC's `google.api.http` annotation becomes a route at start-up (`routes`); a request
is transcoded into the RPC's request message (`transcode`) and run through the very
handler the gRPC server registered, pipeline and all (`gateway`), with an HTTP stand-in for
grpc's servicer context (`call_context`); the answer is proto3 JSON, and an error is the
`google.rpc.Status` as JSON with the HTTP status `status_codes` maps its code to.
`listener` serves the app with uvicorn in the server's own event loop.
"""
