"""The Modelstore benchmark suite (docs/performance.md)."""
