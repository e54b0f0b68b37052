"""gRPC server reflection, v1 and v1alpha.

grpcio-reflection only ships v1alpha. The v1 protocol is the same messages under another
package, so the v1 service is registered by cloning v1alpha's file descriptor under the
`grpc.reflection.v1` package and routing it to the same servicer. grpcurl tries v1 first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_reflection.v1alpha import reflection, reflection_pb2

V1_SERVICE = "grpc.reflection.v1.ServerReflection"
_V1_FILE = "grpc/reflection/v1/reflection.proto"
Handler: TypeAlias = "grpc.RpcMethodHandler[Any, Any]"


def _register_v1_descriptor() -> None:
    pool = descriptor_pool.Default()
    try:
        pool.FindFileByName(_V1_FILE)
        return
    except KeyError:
        pass
    proto = descriptor_pb2.FileDescriptorProto()
    reflection_pb2.DESCRIPTOR.CopyToProto(proto)
    proto.name = _V1_FILE
    proto.package = "grpc.reflection.v1"
    for service in proto.service:
        for method in service.method:
            method.input_type = method.input_type.replace(".v1alpha.", ".v1.")
            method.output_type = method.output_type.replace(".v1alpha.", ".v1.")
    for message in proto.message_type:
        for fd in message.field:
            if fd.type_name:
                fd.type_name = fd.type_name.replace(".v1alpha.", ".v1.")
    proto.options.Clear()
    pool.Add(proto)


def services(service_names: Sequence[str]) -> dict[str, dict[str, Handler]]:
    """Return the reflection services (v1alpha, v1) describing `service_names` and themselves.

    Returned as handlers rather than registered here, so `transport.pipeline` can put the
    drain gate and the caller check in front of them like any other RPC.
    """
    _register_v1_descriptor()
    names = [*service_names, reflection.SERVICE_NAME, V1_SERVICE]
    servicer = reflection.aio.ReflectionServicer(names)
    handler = grpc.stream_stream_rpc_method_handler(
        servicer.ServerReflectionInfo,
        request_deserializer=reflection_pb2.ServerReflectionRequest.FromString,
        response_serializer=reflection_pb2.ServerReflectionResponse.SerializeToString,
    )
    return {
        reflection.SERVICE_NAME: {"ServerReflectionInfo": handler},
        V1_SERVICE: {"ServerReflectionInfo": handler},
    }
