"""Tests for assistant.stt.download against a real local HTTP server."""

from __future__ import annotations

import hashlib
import io
import socket
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from assistant.stt.download import DownloadError, ModelSpec, download_model

NAME = "fake-model"
GOOD_ENTRIES = {
    f"{NAME}/am/final.mdl": b"fake acoustic model\n" * 50,
    f"{NAME}/conf/model.conf": b"--sample-frequency=16000\n",
}


def make_zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def spec_for(url: str, data: bytes, name: str = NAME) -> ModelSpec:
    return ModelSpec(name=name, url=url, size=len(data), sha256=hashlib.sha256(data).hexdigest())


class Server:
    """A ThreadingHTTPServer whose responses are set per path by the test."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.truncated: dict[str, bytes] = {}  # path -> full body; only half is sent
        self.chunked: dict[str, bytes] = {}  # same, but with chunked transfer encoding
        self.hits: list[str] = []
        srv = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                srv.hits.append(self.path)
                if self.path in srv.files:
                    body = srv.files[self.path]
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path in srv.chunked:  # one chunk announced, half of it sent
                    body = srv.chunked[self.path]
                    self.send_response(200)
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    self.wfile.write(b"%x\r\n" % len(body) + body[: len(body) // 2])
                    self.close_connection = True
                elif self.path in srv.truncated:
                    body = srv.truncated[self.path]
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.close_connection = True
                else:
                    self.send_error(404, "Not Found")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def serve(self, path: str, data: bytes, *, truncate: bool = False, chunked: bool = False) -> str:
        (self.chunked if chunked else self.truncated if truncate else self.files)[path] = data
        return self.base + path


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()
        s.thread.join(timeout=5)


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    return d


def assert_empty(models_dir: Path) -> None:
    assert list(models_dir.iterdir()) == []


def test_good_download_unpacks_and_cleans_up(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    result = download_model(spec, models_dir, progress=False)
    assert result == models_dir / NAME
    for name, content in GOOD_ENTRIES.items():
        assert (models_dir / name).read_bytes() == content
    assert [p.name for p in models_dir.iterdir()] == [NAME]  # no temp files left


def test_second_call_does_not_hit_server(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    download_model(spec, models_dir, progress=False)
    assert len(server.hits) == 1
    assert download_model(spec, models_dir, progress=False) == models_dir / NAME
    assert len(server.hits) == 1


def test_creates_missing_models_dir(server: Server, tmp_path: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    target = download_model(spec, tmp_path / "a" / "models", progress=False)
    assert (target / "am" / "final.mdl").is_file()


def test_a_non_model_dir_in_the_way_is_never_deleted(server: Server, models_dir: Path) -> None:
    (models_dir / NAME).mkdir()
    (models_dir / NAME / "notes.txt").write_text("the user's own file")
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    with pytest.raises(DownloadError, match="exists but is not a Vosk model"):
        download_model(spec, models_dir, progress=False)
    assert (models_dir / NAME / "notes.txt").read_text() == "the user's own file"


def test_progress_bar_on_stderr(server: Server, models_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    download_model(spec, models_dir, progress=True)
    captured = capsys.readouterr()
    assert "100%" in captured.err
    assert captured.out == ""


def test_checksum_mismatch(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    bad = ModelSpec(spec.name, spec.url, spec.size, "0" * 64)
    with pytest.raises(DownloadError, match="checksum mismatch for fake-model"):
        download_model(bad, models_dir, progress=False)
    assert_empty(models_dir)


def test_truncated_transfer(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/t.zip", data, truncate=True), data)
    with pytest.raises(DownloadError, match=rf"incomplete: got {len(data) // 2} of {len(data)} bytes"):
        download_model(spec, models_dir, progress=False)
    assert_empty(models_dir)


def test_truncated_chunked_transfer(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/c.zip", data, chunked=True), data)
    with pytest.raises(DownloadError, match=r"incomplete: got \d+ of \d+ bytes"):
        download_model(spec, models_dir, progress=False)
    assert_empty(models_dir)


def test_more_bytes_than_expected(server: Server, models_dir: Path) -> None:
    data = make_zip(GOOD_ENTRIES)
    spec = spec_for(server.serve("/m.zip", data), data)
    small = ModelSpec(spec.name, spec.url, spec.size - 10, spec.sha256)
    with pytest.raises(DownloadError, match="too large"):
        download_model(small, models_dir, progress=False)
    assert_empty(models_dir)


def test_http_404(server: Server, models_dir: Path) -> None:
    spec = ModelSpec(NAME, server.base + "/missing.zip", 10, "0" * 64)
    with pytest.raises(DownloadError, match="404") as err:
        download_model(spec, models_dir, progress=False)
    assert "\n" not in str(err.value)
    assert_empty(models_dir)


def test_unreachable_host(models_dir: Path) -> None:
    with socket.socket() as sock:  # bound but not listening: connection refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/m.zip"
        spec = ModelSpec(NAME, url, 10, "0" * 64)
        with pytest.raises(DownloadError, match=f"could not download {url}: "):
            download_model(spec, models_dir, progress=False, timeout=5)
    assert_empty(models_dir)


def test_bad_zip(server: Server, models_dir: Path) -> None:
    data = b"this is not a zip file" * 10
    spec = spec_for(server.serve("/bad.zip", data), data)
    with pytest.raises(DownloadError, match="bad zip"):
        download_model(spec, models_dir, progress=False)
    assert_empty(models_dir)


def test_wrong_top_level_dir(server: Server, models_dir: Path) -> None:
    data = make_zip({"other-model/am/final.mdl": b"x"})
    spec = spec_for(server.serve("/other.zip", data), data)
    with pytest.raises(DownloadError, match="top-level"):
        download_model(spec, models_dir, progress=False)
    assert_empty(models_dir)


@pytest.mark.parametrize("evil", ["../evil", f"{NAME}/../../evil", "/tmp/evil-abs", f"{NAME}/..\\..\\evil"])
def test_path_traversal_rejected(server: Server, tmp_path: Path, models_dir: Path, evil: str) -> None:
    data = make_zip({**GOOD_ENTRIES, evil: b"pwned"})
    spec = spec_for(server.serve("/evil.zip", data), data)
    with pytest.raises(DownloadError, match="unsafe path"):
        download_model(spec, models_dir, progress=False)
    assert_empty(models_dir)
    assert [p.name for p in tmp_path.rglob("*")] == ["models"]
    assert not Path("/tmp/evil-abs").exists()
