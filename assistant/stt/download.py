"""Download a Vosk speech model and unpack it atomically into a models directory."""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ModelSpec:
    """A downloadable Vosk model archive."""

    name: str  # directory name inside the zip and under models/
    url: str
    size: int  # bytes
    sha256: str


ENGLISH_SMALL = ModelSpec(
    name="vosk-model-small-en-us-0.15",
    url="https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip",
    size=41205931,
    sha256="30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498",
)


class DownloadError(Exception):
    """One-line, user-facing reason why a model could not be installed."""


def _looks_like_model(path: Path) -> bool:
    """True if ``path`` is a directory with an ``am``/``conf`` dir or a ``final.mdl``."""
    if not path.is_dir():
        return False
    if (path / "am").is_dir() or (path / "conf").is_dir():
        return True
    return any(path.rglob("final.mdl"))


def _fetch(spec: ModelSpec, out: BinaryIO, progress: bool, timeout: float) -> tuple[int, str]:
    """Stream ``spec.url`` into ``out``; return (bytes received, sha256 hex digest)."""
    digest, got, bar = hashlib.sha256(), 0, None
    try:
        with urllib.request.urlopen(spec.url, timeout=timeout) as resp:
            if progress:
                try:
                    from tqdm import tqdm

                    bar = tqdm(total=spec.size, unit="B", unit_scale=True,
                               unit_divisor=1024, desc=spec.name, file=sys.stderr)
                except ImportError:  # the progress bar is a nicety, not a requirement
                    pass
            done = False
            while not done:
                try:
                    chunk = resp.read(_CHUNK)
                except http.client.IncompleteRead as exc:  # server closed early
                    chunk, done = exc.partial, True
                if not chunk:
                    break
                got += len(chunk)
                if got > spec.size:
                    raise DownloadError(
                        f"download too large: got more than the expected {spec.size} bytes from {spec.url}")
                digest.update(chunk)
                out.write(chunk)
                if bar is not None:
                    bar.update(len(chunk))
        return got, digest.hexdigest()
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"could not download {spec.url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"could not download {spec.url}: {exc.reason}") from None
    except (OSError, http.client.HTTPException) as exc:
        raise DownloadError(f"could not download {spec.url}: {str(exc) or type(exc).__name__}") from None
    finally:
        if bar is not None:
            bar.close()


def _unpack(archive: Path, name: str, dest: Path) -> None:
    """Extract ``archive`` into ``dest`` after checking every entry lies under ``name/``."""
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                raw = info.filename
                parts = PurePosixPath(raw.replace("\\", "/")).parts
                if raw.startswith(("/", "\\")) or ".." in parts or ":" in (parts[0] if parts else ""):
                    raise DownloadError(f"unsafe path in archive for {name}: {raw!r}")
                if not parts or parts[0] != name:
                    raise DownloadError(f"archive for {name} has unexpected top-level entry {raw!r}")
            zf.extractall(dest)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise DownloadError(f"bad zip archive for {name}: {exc}") from None
    except OSError as exc:
        raise DownloadError(f"could not unpack {name}: {exc}") from None


def download_model(spec: ModelSpec, models_dir: Path, *, progress: bool = True,
                   timeout: float = 30.0) -> Path:
    """Return the unpacked model directory ``models_dir/spec.name``, downloading it if needed.

    The archive is streamed to a temp file inside ``models_dir``, verified (size and
    sha256), unpacked into a temp directory there, and renamed into place as the last
    step, so an interrupted run never leaves a half-unpacked model.  A pre-existing
    ``models_dir/spec.name`` that does not look like a model is left alone (an error).  Temp files
    are removed on any failure.  Raises DownloadError with a one-line reason.
    """
    models_dir = Path(models_dir)
    target = models_dir / spec.name
    if _looks_like_model(target):
        return target
    if target.exists() or target.is_symlink():
        raise DownloadError(f"{target} exists but is not a Vosk model; move it away and try again")
    part: Path | None = None
    tmp_dir: Path | None = None
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{spec.name}.", suffix=".zip.part", dir=models_dir)
        part = Path(name)
        with os.fdopen(fd, "wb") as out:
            got, sha = _fetch(spec, out, progress, timeout)
        if got < spec.size:
            raise DownloadError(f"download incomplete: got {got} of {spec.size} bytes from {spec.url}")
        if sha != spec.sha256.lower():
            raise DownloadError(f"checksum mismatch for {spec.name}: expected {spec.sha256}, got {sha}")
        tmp_dir = Path(tempfile.mkdtemp(prefix=f".{spec.name}.", suffix=".unpack", dir=models_dir))
        _unpack(part, spec.name, tmp_dir)
        unpacked = tmp_dir / spec.name
        if not unpacked.is_dir():
            raise DownloadError(f"archive for {spec.name} has no {spec.name}/ directory")
        if _looks_like_model(target):  # another process finished first
            return target
        os.replace(unpacked, target)
        return target
    except OSError as exc:
        raise DownloadError(f"could not install {spec.name} into {models_dir}: {exc}") from None
    finally:
        if part is not None:
            part.unlink(missing_ok=True)
        if tmp_dir is not None:
            shutil.rmtree(tmp_dir, ignore_errors=True)
