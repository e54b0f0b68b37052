"""Generate the Java client (clients/java) with protoc's Java generator and protoc-gen-grpc-java.

Called by scripts/generate.py as `generate(protoc, files)`. Output lands in
clients/java/src/main/java, one package per proto package (every java_package option is
`dev.modelstore.<domain>.v1`): message classes from protoc's built-in `--java_out`, and a
`<Service>Grpc` class per service from the grpc-java plugin.

grpcio-tools' bundled protoc carries only the Python generators, so this runs the protoc
release published on Maven Central (com.google.protobuf:protoc, the same release number as
grpcio-tools' protoc) with the include paths (-I) of the command it is handed.

The googleapis types the protos use (google/api/field_behavior.proto; google/rpc/* for
errors) are not generated here: their java_package is com.google.api / com.google.rpc,
published as com.google.api.grpc:proto-google-common-protos, which clients/java/pom.xml
depends on. The well-known types come with protobuf-java.

Both executables are fetched by scripts/setup.d/java.sh from Maven Central into .build/tools;
their versions are pinned there (PROTOC_VERSION, GRPC_JAVA_VERSION) and read from there,
since other versions write different code (the plugin stamps its version into every
*Grpc.java, protoc its own into every message class).
"""

from __future__ import annotations

import filecmp
import pathlib
import re
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAVA_OUT = ROOT / "clients" / "java" / "src" / "main" / "java"
GENERATED = JAVA_OUT / "dev" / "modelstore"  # everything under here is generated
SETUP = ROOT / "scripts" / "setup.d" / "java.sh"
TOOLS = ROOT / ".build" / "tools"


def _pin(name: str) -> str:
    """Return a version pinned in scripts/setup.d/java.sh, for example `1.83.0`."""
    match = re.search(rf"^{name}=(\S+)$", SETUP.read_text(), re.MULTILINE)
    if not match:
        raise SystemExit(f"gen_java: {name} not found in {SETUP}")
    return match.group(1)


def _tool(artifact: str, pin: str) -> pathlib.Path:
    """Return a pinned executable that setup fetched into .build/tools."""
    path = TOOLS / f"{artifact}-{_pin(pin)}-linux-x86_64.exe"
    if not path.exists():
        raise SystemExit(f"gen_java: {path.relative_to(ROOT)} is missing; run scripts/setup")
    return path


def _protoc() -> pathlib.Path:
    """Return the pinned protoc and check that it reports the pinned release."""
    path = _tool("protoc", "PROTOC_VERSION")
    want = "libprotoc " + _pin("PROTOC_VERSION").split(".", 1)[1]  # 4.35.1 -> 35.1
    got = subprocess.run([str(path), "--version"], check=True, capture_output=True, text=True)
    if got.stdout.strip() != want:
        raise SystemExit(f"gen_java: {path} is {got.stdout.strip()!r}, want {want!r}")
    return path


def _sync(fresh: pathlib.Path, target: pathlib.Path) -> None:
    """Make `target` hold exactly the files of `fresh`, touching only the files that differ.

    The effect of wiping `target` and moving `fresh` in (files of removed protos disappear),
    but unchanged files keep their timestamps, so Maven's incremental compile is not fooled
    into rebuilding a thousand classes after every `scripts/generate`.
    """
    new = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    old = (
        {p.relative_to(target) for p in target.rglob("*") if p.is_file()}
        if target.exists()
        else set()
    )
    for rel in old - new:
        (target / rel).unlink()
    for rel in sorted(new):
        src, dst = fresh / rel, target / rel
        if rel in old and filecmp.cmp(src, dst, shallow=False):
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    if target.exists():
        for folder in sorted((d for d in target.rglob("*") if d.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()


def generate(protoc: list[str], files: list[str]) -> None:
    """Regenerate clients/java/src/main/java/dev/modelstore from every proto; drop stale files."""
    protoc_bin = _protoc()
    plugin = _tool("protoc-gen-grpc-java", "GRPC_JAVA_VERSION")
    includes = [arg for arg in protoc if arg.startswith("-I")]
    if not includes:
        raise SystemExit(f"gen_java: no include paths in the protoc command {protoc}")
    (ROOT / ".build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gen-java-", dir=ROOT / ".build") as tmp:
        out = pathlib.Path(tmp)
        cmd = [
            str(protoc_bin),
            *includes,
            f"--plugin=protoc-gen-grpc-java={plugin}",
            f"--java_out={out}",
            f"--grpc-java_out={out}",
            *files,
        ]
        subprocess.run(cmd, check=True, cwd=ROOT)
        unexpected = sorted(str(p.relative_to(out)) for p in out.iterdir() if p.name != "dev")
        if unexpected or not (out / "dev" / "modelstore").is_dir():
            raise SystemExit(
                f"gen_java: output outside dev/modelstore ({unexpected}); check java_package"
            )
        _sync(out / "dev" / "modelstore", GENERATED)
