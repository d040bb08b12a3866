"""The server as `make run` starts it: the project's own configuration, nothing on the command line."""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path

import pytest

from tests.serving import free_port, streamlit_server

LISTEN = "0A"  # the TCP state column of /proc/net/tcp


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the sockets listening on `port` (IPv4 and IPv6), from /proc/net."""
    addresses = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            host, hex_port = fields[1].split(":")
            if fields[3] != LISTEN or int(hex_port, 16) != port:
                continue
            raw = bytes.fromhex(host)
            # the kernel prints each 32-bit word in host byte order
            words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4)) if sys.byteorder == "little" else raw
            addresses.add(str(ipaddress.ip_address(words)) if width == 8 else str(ipaddress.IPv6Address(words)))
    return addresses


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the listening sockets from Linux's /proc")
def test_the_server_listens_on_loopback_only(tmp_path):
    port = free_port()
    with streamlit_server(tmp_path / "server.log", port=port):
        addresses = listening_addresses(port)
    assert addresses, f"nothing listens on port {port}"
    assert all(ipaddress.ip_address(address).is_loopback for address in addresses), addresses


def test_proc_net_addresses_are_decoded():
    if not Path("/proc/net/tcp").exists():
        pytest.skip("reads the listening sockets from Linux's /proc")
    with socket.socket() as loopback, socket.socket() as everywhere:
        loopback.bind(("127.0.0.1", 0))
        everywhere.bind(("0.0.0.0", 0))
        loopback.listen()
        everywhere.listen()
        assert listening_addresses(loopback.getsockname()[1]) == {"127.0.0.1"}
        assert listening_addresses(everywhere.getsockname()[1]) == {"0.0.0.0"}


def test_errors_reach_the_server_log_not_the_browser():
    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["enableXsrfProtection"] and config["server"]["enableCORS"]
