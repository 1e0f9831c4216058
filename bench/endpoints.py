"""/sparql over HTTP: Rasad's endpoint (`kg serve`) beside Oxigraph's own server (`oxigraph
serve --union-default-graph`) on copies of the same store, the same queries from the same client.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from queries import PREFIX_BLOCK, latencies, summary

BIN = Path(sys.executable).parent
ACCEPT = {"Accept": "application/sparql-results+json"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, sparql: str) -> int:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": sparql}), headers=ACCEPT)
    with urllib.request.urlopen(request, timeout=300) as response:
        body = json.loads(response.read())
    return len(body["results"]["bindings"]) if "results" in body else 1


def _start(command: list[str], url: str, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited with {process.returncode}; see {log}")
        try:
            _get(url, "ASK {}")
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{' '.join(command[:2])} did not answer within 120 s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def measure(store: str, cases: list[dict], work: Path, budget: float) -> dict:
    """p50/p95 of each SELECT query on both servers, and whether they return the same rows."""
    copies = {name: work / f"http-{name}" for name in ("rasad", "oxigraph")}
    for copy in copies.values():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(store, copy)
    ports = {name: _free_port() for name in copies}
    urls = {"rasad": f"http://127.0.0.1:{ports['rasad']}/sparql", "oxigraph": f"http://127.0.0.1:{ports['oxigraph']}/query"}
    servers = []
    try:
        servers.append(_start([str(BIN / "kg"), "serve", "--store", str(copies["rasad"]), "--port", str(ports["rasad"])],
                              urls["rasad"], work / "http-rasad.log"))
        servers.append(_start([str(BIN / "oxigraph"), "serve", "--location", str(copies["oxigraph"]),
                               "--bind", f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
                              urls["oxigraph"], work / "http-oxigraph.log"))
        out = []
        for case in cases:
            text = PREFIX_BLOCK + case["queries"][0]
            try:
                rows = {name: _get(url, text) for name, url in urls.items()}
                timed = {name: summary(latencies(lambda url=url: _get(url, text), budget)) for name, url in urls.items()}
            except Exception as error:  # an HTTP error on one server is a finding
                out.append({"name": case["name"], "error": f"{type(error).__name__}: {error}"[:300]})
                continue
            out.append({"name": case["name"], "rows": rows, "same_rows": rows["rasad"] == rows["oxigraph"], **timed,
                        "ratio_p50": round(timed["rasad"]["p50_ms"] / timed["oxigraph"]["p50_ms"], 3)})
        return {"cases": out}
    finally:
        for server in servers:
            _stop(server)
        for copy in copies.values():
            shutil.rmtree(copy, ignore_errors=True)
