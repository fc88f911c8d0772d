"""Running tasks on the store: in worker processes with a time limit (Executor, for the server),
or in this process (InProcess, for the command line). Both open the store from a StoreSpec and
offer the same read(task, ...) / write(task, ...).

pyoxigraph cannot cancel a query and Python cannot kill a thread, so the Executor runs every read
(a query, an export, an entity lookup) in one of a few worker processes and every write in a
writer process. When a task runs past the time limit its process is killed (which frees its CPU
at once), a fresh one takes its place, and the caller gets kg.errors.QueryTimeout (HTTP 503).

    executor = Executor(config)
    answer = executor.read(answer_query, "SELECT * WHERE { ?s ?p ?o }", "json", max_rows=100)
    executor.close()

A task is a plain module-level function `task(store, *args, **kwargs)` whose arguments and result
can be pickled; the tasks the API and the command line use are in kg.service.

Embedded store (RocksDB): one writer process at a time, readers in parallel. A reader opens the
store read-only and keeps it open while the store is unchanged; before each task it checks the
store's manifest (a few microseconds) and reopens if a writer has been at work, so it sees every
write made after it started. Reads and writes are never at work together (a read-write lock in
this process): RocksDB's read-only mode is undefined while another process writes. The writer
opens the store for each write and closes it after, so no read-write instance stays open beside
the readers. Remote store: the same processes, each talking to the server over HTTP."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable

from ..errors import KGError, QueryTimeout, StoreError
from .stores import EmbeddedStore, RemoteStore

# The Oxigraph server answers a query it cancelled (--timeout-s) with 200 and a cut body ending so.
OXIGRAPH_CANCELLED = b"The SPARQL operation has been cancelled"


# --------------------------------------------------------------------------- opening the store
@dataclass(frozen=True)
class StoreSpec:
    """Where the store is: enough for a worker process to open it."""

    path: str
    url: str | None = None
    update_url: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_config(cls, config) -> "StoreSpec":
        return cls(str(config.store), config.store_url, config.store_update_url, config.query_timeout)

    def open(self, writable: bool):
        if self.url:
            return TimedRemoteStore(self.url, self.update_url, timeout=self.timeout)
        if not writable and not Path(self.path, "CURRENT").exists():
            raise StoreError(f"no store at {self.path}; build one with `kg build --store {self.path}`",
                             store=self.path)
        return EmbeddedStore(self.path, read_only=not writable)

    def fingerprint(self) -> tuple | None:
        """Changes whenever a writer opens the store or flushes to it (RocksDB starts a new
        manifest on every read-write open and appends to it on every flush)."""
        if self.url:
            return None
        try:
            manifest = Path(self.path, "CURRENT").read_text().strip()
            stat = os.stat(Path(self.path, manifest))
        except OSError:
            return None
        return manifest, stat.st_size, stat.st_mtime_ns


class TimedRemoteStore(RemoteStore):
    """A RemoteStore that reports its server's own time limit as QueryTimeout (not a bad
    answer): the Oxigraph server sends a cancelled query's answer with status 200, cut short."""

    def _raw_query(self, sparql: str, accept: str) -> bytes:
        body = super()._raw_query(sparql, accept)
        if body.rstrip().endswith(OXIGRAPH_CANCELLED):
            raise QueryTimeout(f"the query ran past the time limit of the store's server "
                               f"({self.query_url}) and was stopped; narrow it (a LIMIT, more "
                               "specific patterns) and try again", store=self.query_url)
        return body


# --------------------------------------------------------------------------- worker processes
def _work(conn, spec: StoreSpec, writable: bool) -> None:
    """A worker process: run tasks sent over `conn` until told to stop (None) or killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is for the server, which stops us
    store, seen = None, None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        task, args, kwargs = job
        try:
            if writable:
                store = spec.open(writable=True)
                try:
                    result = task(store, *args, **kwargs)
                finally:
                    store.close()
                    store = None
            else:
                now = spec.fingerprint()
                if store is None or now != seen:
                    store = None                    # drop the stale read-only instance first
                    store = spec.open(writable=False)
                    seen = now
                result = task(store, *args, **kwargs)
            reply = ("ok", result)
        except KGError as exc:
            reply = ("error", type(exc), exc.message, exc.details)
            if isinstance(exc, StoreError):
                store = None                        # reopen before the next task
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which logs it
            reply = ("crash", f"{type(exc).__name__}: {exc}")
            store = None
        conn.send(reply)


class _Stopped(Exception):
    """The task ran past its deadline."""


class _Died(Exception):
    """The worker process went away (killed from outside, out of memory)."""


_BOOT = "from kg.store.executor import worker_main; worker_main()"


def worker_main() -> None:
    """Entry point of a worker process: `python -c _BOOT FD`, FD a socket to the server."""
    conn = Connection(int(sys.argv[1]))
    spec, writable = conn.recv()
    parent = os.getppid()

    def watch() -> None:  # a worker whose server died stops too, even mid-query
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    _work(conn, spec, writable)


class _Worker:
    """A worker process and the socket to it. Started as a fresh interpreter (not forked from a
    threaded server, and without re-running the server's main module)."""

    def __init__(self, spec: StoreSpec, writable: bool) -> None:
        ours, theirs = socket.socketpair()
        root = str(Path(__file__).resolve().parent.parent)      # where `kg` is importable from
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        with theirs:
            self.process = subprocess.Popen([sys.executable, "-c", _BOOT, str(theirs.fileno())],
                                            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        self.conn = Connection(ours.detach())
        self.conn.send((spec, writable))

    def call(self, job: tuple, deadline: float) -> Any:
        try:
            self.conn.send(job)
            if not self.conn.poll(max(0.0, deadline - time.monotonic())):
                raise _Stopped
            reply = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise _Died from exc
        if reply[0] == "ok":
            return reply[1]
        if reply[0] == "error":
            _, cls, message, details = reply
            raise cls(message, **details)
        raise RuntimeError(f"a store worker failed: {reply[1]}")

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=5)
        self.conn.close()


class _Pool:
    """Up to `size` workers, started when first needed; a killed one is replaced at once."""

    def __init__(self, spec: StoreSpec, size: int, writable: bool) -> None:
        self._spec, self._size, self._writable = spec, size, writable
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._mutex = threading.Lock()

    def run(self, deadline: float, limit: float, job: tuple) -> Any:
        worker = self._acquire(deadline, limit)
        try:
            result = worker.call(job, deadline)
        except _Stopped:
            self._replace(worker)
            raise QueryTimeout(f"the query ran past the time limit of {limit:g} s and was stopped; "
                               "narrow it (a LIMIT, more specific patterns) and try again",
                               limit=limit) from None
        except _Died:
            self._replace(worker)
            raise StoreError("a store worker stopped unexpectedly (out of memory?); try again") from None
        except BaseException:
            self._idle.put(worker)
            raise
        self._idle.put(worker)
        return result

    def _acquire(self, deadline: float, limit: float) -> _Worker:
        with self._mutex:
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                if len(self._workers) < self._size:
                    worker = _Worker(self._spec, self._writable)
                    self._workers.add(worker)
                    return worker
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise _busy(limit) from None

    def _replace(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        with self._mutex:
            self._workers.discard(worker)
            fresh = _Worker(self._spec, self._writable)
            self._workers.add(fresh)
        self._idle.put(fresh)

    def start(self) -> None:
        """Start every worker now rather than with the first tasks."""
        with self._mutex:
            while len(self._workers) < self._size:
                worker = _Worker(self._spec, self._writable)
                self._workers.add(worker)
                self._idle.put(worker)

    def close(self) -> None:
        with self._mutex:
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.stop()


def _busy(limit: float) -> QueryTimeout:
    return QueryTimeout(f"the server is busy: no store worker was free within the time limit of "
                        f"{limit:g} s; try again shortly", limit=limit, reason="busy")


class _ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self, deadline: float, limit: float):
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing and not self._writers_waiting,
                                       max(0.0, deadline - time.monotonic())):
                raise _busy(limit)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self, deadline: float, limit: float):
        with self._cond:
            self._writers_waiting += 1
            try:
                free = self._cond.wait_for(lambda: not self._writing and not self._readers,
                                           max(0.0, deadline - time.monotonic()))
            finally:
                self._writers_waiting -= 1
                self._cond.notify_all()
            if not free:
                raise _busy(limit)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Executor:
    """Runs tasks on the configured store, each within config.query_timeout seconds."""

    def __init__(self, config) -> None:
        self.timeout = float(config.query_timeout)
        self.spec = StoreSpec.from_config(config)
        self._readers = _Pool(self.spec, max(1, int(config.query_workers)), writable=False)
        self._writers = _Pool(self.spec, 1, writable=True)
        self._lock = _ReadWriteLock()

    def read(self, task: Callable, *args, **kwargs) -> Any:
        """task(store, *args, **kwargs) in a reader process; QueryTimeout past the limit."""
        deadline = time.monotonic() + self.timeout
        with self._lock.reading(deadline, self.timeout):
            return self._readers.run(deadline, self.timeout, (task, args, kwargs))

    def write(self, task: Callable, *args, **kwargs) -> Any:
        """task(store, *args, **kwargs) in the writer process, while no reader is at work."""
        deadline = time.monotonic() + self.timeout
        with self._lock.writing(deadline, self.timeout):
            return self._writers.run(deadline, self.timeout, (task, args, kwargs))

    def start(self, writer: bool = False) -> None:
        """Start the readers (and the writer) now, so that the first queries do not wait for them."""
        self._readers.start()
        if writer:
            self._writers.start()

    def close(self) -> None:
        self._readers.close()
        self._writers.close()


class InProcess:
    """Runs tasks in this process on a store opened for each task (read-only for reads), with no
    time limit: the command line's executor, which a user can interrupt."""

    def __init__(self, spec: StoreSpec) -> None:
        self.spec = spec

    def read(self, task: Callable, *args, **kwargs) -> Any:
        return self._run(False, task, args, kwargs)

    def write(self, task: Callable, *args, **kwargs) -> Any:
        return self._run(True, task, args, kwargs)

    def _run(self, writable: bool, task: Callable, args: tuple, kwargs: dict) -> Any:
        store = self.spec.open(writable=writable)
        try:
            return task(store, *args, **kwargs)
        finally:
            store.close()

    def close(self) -> None:
        pass
