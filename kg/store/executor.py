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
the readers. Remote store: the same processes, each talking to the server over HTTP.

Hostile queries (issue 11):
- No network: a worker moves into a network namespace of its own with no interface but a loopback
  that is down (unshare(CLONE_NEWNET), as root or through a user namespace), so SERVICE, LOAD or
  anything else pyoxigraph might fetch cannot connect anywhere. Not when the store is remote or an
  operator allow-listed SERVICE endpoints (the worker needs the network then), nor where the OS
  refuses; the server logs which, and kg.store.guard stays the first layer in every case.
- Memory: each worker's address space is capped (RLIMIT_AS, config.query_memory); a query that
  needs more is stopped and answered QueryTooLarge (503) instead of eating the machine.
- Deep recursion: tasks run on a thread with a large stack, so that a query nested as deep as
  kg.store.guard lets through cannot overflow the engine's stack.
- Starvation: a request waits at most the time limit for a worker (then 503 with Retry-After),
  and only so many wait at once; a quarter of the readers is kept for the cheap tasks (canned
  queries, lookups); a task running past LONG_AFTER seconds is long: long tasks run at the lowest
  CPU priority, and only a quarter of the readers may be busy with them at once; a task that
  becomes long beyond that share is stopped (503, Retry-After), and the same query sent again
  within a minute is refused at once while the share is taken.
- A build beside the server: RocksDB can remove a file a read-only reader was about to read
  ("No such file"); the reader reopens the store and runs the task again (a few times, waiting
  a little longer each time). RocksDB's read-only mode is undefined while another process
  compacts: a query whose files vanish mid-way can also loop on the error, keeping each one. A
  reader whose task has grown by SWAPPED_GROWTH while the store's manifest changed under it exits
  (rather than gigabytes later at its memory cap); a read whose worker died, or kept meeting
  vanished files, while the manifest changed is run again on a fresh worker (within the time
  limit; then 503 busy, Retry-After), never answered as a query too large or a server error."""

from __future__ import annotations

import ctypes
import logging
import os
import resource
import select
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

from ..config import query_memory_bytes
from ..errors import KGError, QueryTimeout, QueryTooLarge, StoreError
from .stores import EmbeddedStore, RemoteStore

log = logging.getLogger(__name__)

STACK_BYTES = 256 * 1024 * 1024     # the task thread's stack (reserved address space, used on demand)
ADDRESS_BASE = 1024 * 1024 * 1024  # address space the interpreter and RocksDB reserve before any query
READ_ATTEMPTS = 8  # a reader tries a read this many times while a writer swaps files under it
SWAPPED_GROWTH = 512 * 2**20  # bytes a read may grow by while a writer replaces files under it
HEAVY_MEMORY = 60.0                 # seconds a query stopped at a limit is remembered
LONG_AFTER = 0.5                    # seconds after which a running task counts as long

# The Oxigraph server answers a query it cancelled (--timeout-s) with 200 and a cut body ending so.
OXIGRAPH_CANCELLED = b"The SPARQL operation has been cancelled"


# --------------------------------------------------------------------------- opening the store
_MANIFESTS: dict[str, tuple] = {}      # store path -> ((inode, mtime) of its CURRENT file, the manifest it names)


@dataclass(frozen=True)
class StoreSpec:
    """Where the store is: enough for a worker process to open it."""

    path: str
    url: str | None = None
    update_url: str | None = None
    timeout: float = 30.0
    memory: int | None = None           # bytes of memory a worker may use (RLIMIT_AS); None: no cap
    isolate: bool = False               # cut the worker off the network (see worker_main)

    @classmethod
    def from_config(cls, config) -> "StoreSpec":
        return cls(str(config.store), config.store_url, config.store_update_url, config.query_timeout,
                   query_memory_bytes(config), network_isolation(config)[0])

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
            current = os.stat(os.path.join(self.path, "CURRENT"))    # replaced (a new inode) for a new manifest
            key = (current.st_ino, current.st_mtime_ns)
            if _MANIFESTS.get(self.path, (None,))[0] != key:
                with open(os.path.join(self.path, "CURRENT"), encoding="utf-8") as f:
                    _MANIFESTS[self.path] = (key, f.read().strip())
            manifest = _MANIFESTS[self.path][1]
            stat = os.stat(os.path.join(self.path, manifest))
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
def vanished(exc: BaseException) -> bool:
    """True for RocksDB's errors when a file it was about to read was removed or replaced by a
    writer (a build beside the server compacted the store or started a new manifest): reopening
    the store finds the new files."""
    text = str(getattr(exc, "message", None) or exc)
    # also a manifest caught half-written while the writer switches to a new one ("MANIFEST-000023
    # may be corrupted"): the read-only open saw a file being replaced; reopening sees the new one
    return "No such file" in text or "IO error" in text and ".sst" in text or \
        "MANIFEST" in text and "corrupt" in text.lower()


_STATM: list[int] = []   # this process's /proc/self/statm, kept open: a read costs 1.5 us, not 12 us to open it again


def _resident() -> int:
    """This process's resident memory, in bytes."""
    if not _STATM:
        _STATM.append(os.open("/proc/self/statm", os.O_RDONLY))
    return int(os.pread(_STATM[0], 128, 0).split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _watch_reads(spec: StoreSpec, running: list) -> None:
    """A reader's watch over its task (running[0]: the store's fingerprint when the task's instance
    was opened, and the resident memory then; None between tasks). Once a writer in another process
    has been at work on the store since then and the worker has grown by SWAPPED_GROWTH, the read is
    taken for the runaway RocksDB's read-only mode falls into when files vanish under a query (the
    same error met and kept again and again): the worker exits at once, not gigabytes later at its
    memory cap, and the server runs the read again on a fresh worker (_Pool.run). (Not the peak
    getrusage gives: a process started by fork and exec inherits its parent's peak.)"""
    while True:
        time.sleep(0.05)
        task = running[0]
        if task is not None and spec.fingerprint() != task[0] and _resident() > task[1] + SWAPPED_GROWTH:
            os._exit(1)


def _work(conn, spec: StoreSpec, writable: bool, hello=None, running: list | None = None) -> None:
    """A worker process: run tasks sent over `conn` until told to stop (None) or killed. A reader
    opens the store first, then sends `hello` (so that a fresh worker's first task does not pay
    for starting it). `running`: where _watch_reads looks for the task at work, if it watches."""
    store, seen = None, None
    if not writable and not spec.url:
        try:
            seen = spec.fingerprint()
            store = spec.open(writable=False)
        except Exception:  # noqa: BLE001 - opened again by the first task, which reports it
            store = None
    conn.send(hello)

    def run_read(task, args, kwargs, fresh: bool):
        nonlocal store, seen
        now = spec.fingerprint()
        if fresh or store is None or now != seen:
            store = None                            # drop the stale read-only instance first
            store = spec.open(writable=False)
            seen = now
        if running is not None:
            running[0] = (seen, _resident())
        try:
            return task(store, *args, **kwargs)
        finally:
            if running is not None:
                running[0] = None

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
                for attempt in range(READ_ATTEMPTS):
                    try:
                        result = run_read(task, args, kwargs, fresh=attempt > 0)
                        break
                    except Exception as exc:  # noqa: BLE001 - tried again, else handled below
                        if spec.url or not vanished(exc):
                            raise
                        store = None
                        if attempt == READ_ATTEMPTS - 1:
                            raise _Swapped from exc
                        time.sleep(min(0.05 * 2 ** attempt, 1.0))  # let the writer finish its compaction or manifest
            reply = ("ok", result)
        except _Swapped:
            reply = ("swapped",)
        except MemoryError:
            store = None
            reply = ("memory",)
        except KGError as exc:
            reply = ("error", type(exc), exc.message, exc.details)
            if isinstance(exc, StoreError):
                store = None                        # reopen before the next task
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which logs it
            reply = ("crash", f"{type(exc).__name__}: {exc}")
            store = None
        conn.send((time.process_time(), reply))    # with the CPU time used so far (see _Worker.call)


class _Stopped(Exception):
    """The task ran past its deadline."""


class _Died(Exception):
    """The worker process went away (killed from outside, out of memory)."""


class _Swapped(Exception):
    """A read kept meeting files that a writer in another process (a build beside the server) was
    replacing, or its worker died while that writer was at work: worth trying again."""


_BOOT = "from kg.store.executor import worker_main; worker_main()"


CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


def leave_network() -> str | None:
    """Move this process into a new network namespace: no interface but a loopback that is down,
    so no connection can be opened to anywhere, this machine included. As root directly; otherwise
    inside a new user namespace (where the kernel allows it), mapping our own ids so that files
    keep their owner. Must run before the process starts a thread. Returns None when done, else
    why it could not be done."""
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWNET) == 0:
        return None
    first = os.strerror(ctypes.get_errno())
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        return f"unshare(CLONE_NEWNET): {first}; with a user namespace: {os.strerror(ctypes.get_errno())}"
    try:
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    except OSError:
        pass                                         # the ids show as nobody; access is unchanged
    return None


def network_isolation(config) -> tuple[bool, str]:
    """(whether the workers run without network, why not when they do not)."""
    setting = str(getattr(config, "worker_network", "none") or "none")
    if setting != "none":
        return False, f"worker_network is {setting!r}"
    if getattr(config, "store_url", None):
        return False, "the store is remote (the workers reach it over the network)"
    if getattr(config, "allowed_services", ()):
        return False, "SERVICE endpoints are allow-listed (the workers reach them over the network)"
    return True, ""


def _cap_memory(limit: int) -> None:
    """Cap this process's address space at `limit` bytes more than it needs before any query (the
    interpreter, RocksDB's reservations, the task thread's stack). Address space, not resident
    memory: a query that grows past it fails its next allocation at once, which RSS sampling
    could miss."""
    cap = limit + STACK_BYTES + ADDRESS_BASE
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def worker_main() -> None:
    """Entry point of a worker process: `python -c _BOOT FD`, FD a socket to the server. Cuts
    itself off the network (spec.isolate), caps its memory (spec.memory), then runs tasks on a
    thread with a large stack."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is for the server, which stops us
    conn = Connection(int(sys.argv[1]))
    spec, writable = conn.recv()
    isolated = leave_network() if spec.isolate else "not asked"   # None: no network; else why not
    parent = os.getppid()

    def watch() -> None:  # a worker whose server died stops too, even mid-query
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    running = None
    if not writable and not spec.url and os.path.exists("/proc/self/statm"):
        running = [None]
        threading.Thread(target=_watch_reads, args=(spec, running), daemon=True).start()
    from . import guard                              # load the guard's grammar now, not in the first query
    guard.check_query("ASK {}")
    sys.setrecursionlimit(100_000)
    threading.stack_size(STACK_BYTES)
    if spec.memory:
        _cap_memory(spec.memory)
    worker = threading.Thread(target=_work, args=(conn, spec, writable, isolated, running), name="kg-task")
    worker.start()
    worker.join()


def _kg_root() -> str | None:
    """The directory `kg` is imported from, for a worker's PYTHONPATH; None when it is a
    site-packages directory, which the worker's interpreter reads anyway (and which must not come
    before the standard library)."""
    import site

    root = Path(__file__).resolve().parent.parent.parent
    sites = {Path(p).resolve() for p in [*site.getsitepackages(), site.getusersitepackages()]}
    return None if root in sites else str(root)


_KG_ROOT = _kg_root()


class _Worker:
    """A worker process and the socket to it. Started as a fresh interpreter (not forked from a
    threaded server, and without re-running the server's main module) that imports the server's
    own `kg` (-P: not one in the working directory)."""

    def __init__(self, spec: StoreSpec, writable: bool) -> None:
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_KG_ROOT, os.environ.get("PYTHONPATH")])),
               "MALLOC_ARENA_MAX": "2",          # glibc reserves 64 MB of address space per arena
               "RUST_BACKTRACE": "0"}            # a worker stopped at its memory cap exits at once
        with theirs:
            self.process = subprocess.Popen([sys.executable, "-P", "-c", _BOOT, str(theirs.fileno())],
                                            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        self.conn = Connection(ours.detach())
        self._poller = select.poll()
        self._poller.register(self.conn.fileno(), select.POLLIN)
        self.conn.send((spec, writable))
        self.isolated: bool | None = None            # known once the worker says so (its first message)
        self.niced = False
        self.cpu_mark: float | None = None           # the worker's CPU seconds at the end of its last task

    def _hello(self, deadline: float) -> None:
        if self.isolated is not None:
            return
        if not self._answered(deadline):
            raise _Stopped
        why = self.conn.recv()
        self.isolated = why is None
        if why is not None and why != "not asked":
            _warn_once(f"store workers keep the network: {why}; only the query guard stops outbound fetches")

    def _answered(self, until: float) -> bool:
        """Whether the worker has said something (or gone) by `until` (time.monotonic()); every wait
        on a worker. One poll object per worker: Connection.poll builds a selector for every call."""
        return bool(self._poller.poll(max(0.0, until - time.monotonic()) * 1000))

    def ready(self) -> bool:
        """Whether the worker has started (said hello), without waiting."""
        if self.isolated is None:
            try:
                if self._answered(time.monotonic()):
                    self._hello(time.monotonic())
            except (_Stopped, EOFError, OSError):
                return False
        return self.isolated is not None

    def call(self, job: tuple, deadline: float, long_after: float | None = None,
             on_long: Callable[["_Worker"], bool] | None = None) -> Any:
        """Run `job`; _Stopped past `deadline`, or past `long_after` seconds when on_long(self)
        answers False (no room for one more long task)."""
        try:
            self._hello(deadline)
            self.conn.send(job)
            answered = False
            if long_after is not None and on_long is not None:
                # long: past long_after seconds, and busy on the CPU for a tenth of a second at least
                # (a cheap task that waited for the CPU on a loaded machine is not long)
                # (the CPU time the worker gave with its last answer: an idle worker spends none,
                # and reading /proc for every task costs more than a small query)
                spent = self.cpu_mark if self.cpu_mark is not None else self.cpu_seconds()
                while time.monotonic() < deadline:
                    if self._answered(min(deadline, time.monotonic() + long_after)):
                        answered = True
                        break
                    if self.cpu_seconds() - spent >= 0.1:
                        if not on_long(self):
                            raise _Crowded
                        break
            if not answered and not self._answered(deadline):
                raise _Stopped
            self.cpu_mark, reply = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise _Died from exc
        if reply[0] == "ok":
            return reply[1]
        if reply[0] == "memory":
            raise _OutOfMemory
        if reply[0] == "swapped":
            raise _Swapped
        if reply[0] == "error":
            _, cls, message, details = reply
            raise cls(message, **details)
        raise RuntimeError(f"a store worker failed: {reply[1]}")

    def cpu_seconds(self) -> float:
        """CPU time the worker process has used (0 where /proc cannot tell)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return float("inf")

    def nice(self, value: int) -> bool:
        """Set the worker's CPU priority; False when the OS refuses (lowering it needs root)."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, value)
        except OSError:
            return False
        self.niced = value > 0
        return True

    def died_of_memory(self) -> bool:
        """A worker that died at its memory cap: Rust aborts (SIGABRT) when an allocation fails,
        the kernel's OOM killer sends SIGKILL."""
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return False
        return code in (-signal.SIGABRT, -signal.SIGKILL)

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            self.process.kill()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:   # a process freeing gigabytes on a busy machine
                threading.Thread(target=self.process.wait, daemon=True).start()
        self.conn.close()


class _Crowded(Exception):
    """The task became long while the share of long tasks was taken."""


class _OutOfMemory(Exception):
    """The task needed more memory than the worker's cap."""


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning("kg: %s", message)
        print(f"kg: warning: {message}", file=sys.stderr, flush=True)


class _Pool:
    """Up to `size` workers, started when first needed; a killed one is replaced at once.

    Admission: a task of the `cheap` class may take any idle worker; another task leaves
    `reserved` idle workers for cheap ones. At most `max_waiting` tasks wait for a worker, each at
    most until its deadline (then QueryTimeout, reason "busy"). A task that runs past
    `long_after` seconds is long: it runs on at the lowest CPU priority while fewer than
    `long_share` tasks are long, else it is stopped (QueryTimeout, reason "busy")."""

    def __init__(self, spec: StoreSpec, size: int, writable: bool, *, reserved: int = 0,
                 long_share: int | None = None, long_after: float | None = None,
                 max_waiting: int | None = None) -> None:
        self._spec, self._size, self._writable = spec, size, writable
        self._reserved = min(reserved, size - 1) if size > 1 else 0
        self._long_share = long_share if long_share is not None else size
        self._long_after = long_after
        self._max_waiting = max_waiting if max_waiting is not None else 8 * size
        self._idle: list[_Worker] = []
        self._workers: set[_Worker] = set()
        self._cond = threading.Condition()
        self._waiting = 0
        self._long = 0
        self._heavy: dict[Any, float] = {}          # jobs stopped at a limit lately -> until when

    # -- admission ---------------------------------------------------------------------
    def _free_for(self, cheap: bool) -> int:
        """How many more workers a task of this class may take now (idle or yet to start)."""
        free = len(self._idle) + self._size - len(self._workers)
        return free if cheap else free - self._reserved

    def _acquire(self, deadline: float, limit: float, cheap: bool) -> _Worker:
        with self._cond:
            if self._free_for(cheap) <= 0:
                if self._waiting >= self._max_waiting:
                    raise _busy(limit, f"{self._waiting} requests are already waiting")
                self._waiting += 1
                try:
                    if not self._cond.wait_for(lambda: self._free_for(cheap) > 0,
                                               max(0.0, deadline - time.monotonic())):
                        raise _busy(limit, f"no store worker was free within the time limit of {limit:g} s")
                finally:
                    self._waiting -= 1
            if self._idle:                        # one that has started, rather than one still starting
                ready = next((w for w in reversed(self._idle) if w.ready()), self._idle[-1])
                self._idle.remove(ready)
                return ready
            worker = _Worker(self._spec, self._writable)
            self._workers.add(worker)
            return worker

    def _release(self, worker: _Worker) -> None:
        if worker.niced and not worker.nice(0):
            self._replace(worker)                     # cannot raise its priority again: a fresh one
            return
        with self._cond:
            self._idle.append(worker)
            self._cond.notify_all()

    def _became_long(self, worker: _Worker) -> bool:
        with self._cond:
            if self._long >= self._long_share:
                return False
            self._long += 1
        worker.long = True
        worker.nice(19)
        return True

    # -- running -------------------------------------------------------------------------
    def _refuse_known_heavy(self, key, limit: float) -> None:
        """A job stopped at a limit within the last HEAVY_MEMORY seconds is refused at once while the
        share of long tasks is taken: it would only take a worker from others to be stopped again."""
        with self._cond:
            now = time.monotonic()
            for old in [k for k, until in self._heavy.items() if until < now]:
                del self._heavy[old]
            if key in self._heavy and self._long >= self._long_share:
                raise _busy(limit, "this query was stopped at the limits moments ago and the server is "
                                   f"running its share of long queries ({self._long_share})")

    def _mark_heavy(self, key, heavy: bool) -> None:
        if key is None:
            return
        with self._cond:
            if heavy:
                if len(self._heavy) >= 1000:
                    self._heavy.clear()
                self._heavy[key] = time.monotonic() + HEAVY_MEMORY
            else:
                self._heavy.pop(key, None)

    def run(self, deadline: float, limit: float, job: tuple, cheap: bool = False) -> Any:
        key = _job_key(job)
        if not cheap and key is not None:
            self._refuse_known_heavy(key, limit)
        tries = 0
        while True:
            try:
                return self._run_once(deadline, limit, job, cheap, key)
            except _Swapped:
                tries += 1
                if tries == READ_ATTEMPTS or time.monotonic() >= deadline:
                    raise _busy(limit, "a build is writing to the store, and every try of this "
                                       "query met files it was replacing") from None
                log.info("kg: a reader lost its files to a writer at work on the store; trying again")

    def _changed(self, before: tuple | None) -> bool:
        """Whether a writer in another process (a build beside the server) has been at work on the
        embedded store since `before` (its fingerprint): a reader that failed then may have read
        files the writer was replacing. (A remote store has no fingerprint: never.)"""
        return not self._writable and self._spec.fingerprint() != before

    def _run_once(self, deadline: float, limit: float, job: tuple, cheap: bool, key) -> Any:
        before = None if self._writable else self._spec.fingerprint()
        worker = self._acquire(deadline, limit, cheap)
        worker.long = False
        try:
            result = worker.call(job, deadline, None if cheap else self._long_after, self._became_long)
        except _Stopped:
            self._replace(worker)
            self._mark_heavy(key, True)
            raise QueryTimeout(f"the query ran past the time limit of {limit:g} s and was stopped; "
                               "narrow it (a LIMIT, more specific patterns) and try again",
                               limit=limit, retry_after=_retry_after(limit)) from None
        except _Crowded:
            self._replace(worker)
            self._mark_heavy(key, True)
            raise _busy(limit, f"the query ran past {self._long_after:g} s while the server was already "
                               f"running its share of long queries ({self._long_share})") from None
        except _OutOfMemory:
            self._replace(worker)
            if self._changed(before):
                raise _Swapped from None
            self._mark_heavy(key, True)
            raise _too_large(self._spec.memory) from None
        except _Died:
            memory = worker.died_of_memory() and self._spec.memory
            self._replace(worker)
            if self._changed(before):
                # RocksDB's read-only mode is undefined while another process compacts: a query
                # whose files vanished mid-way can loop on the error until the memory cap stops it
                raise _Swapped from None
            if memory:
                self._mark_heavy(key, True)
                raise _too_large(self._spec.memory) from None
            raise StoreError("a store worker stopped unexpectedly; try again") from None
        except BaseException:
            self._release(worker)
            raise
        finally:
            if worker.long:
                with self._cond:
                    self._long -= 1
        if worker.long:
            self._mark_heavy(key, False)
        self._release(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        with self._cond:
            self._workers.discard(worker)
            fresh = _Worker(self._spec, self._writable)
            self._workers.add(fresh)
            self._idle.append(fresh)
            self._cond.notify_all()

    def start(self) -> None:
        """Start every worker now rather than with the first tasks."""
        with self._cond:
            while len(self._workers) < self._size:
                worker = _Worker(self._spec, self._writable)
                self._workers.add(worker)
                self._idle.append(worker)

    def isolated(self, wait: float = 30) -> bool | None:
        """Whether the started workers run without network (waiting up to `wait` seconds for each
        to say); None when none has started."""
        with self._cond:
            workers = list(self._idle)
        for worker in workers:
            try:
                worker._hello(time.monotonic() + wait)
            except (_Stopped, EOFError, OSError):
                pass
        with self._cond:
            known = [w.isolated for w in self._workers if w.isolated is not None]
        return all(known) if known else None

    def close(self) -> None:
        with self._cond:
            workers, self._workers, self._idle = list(self._workers), set(), []
        for worker in workers:
            worker.stop()


def _job_key(job: tuple):
    """What identifies a job for the memory of heavy ones: its task and its text (an ad hoc
    query's SPARQL), or None when its first argument is no text."""
    task, args, _ = job
    if args and isinstance(args[0], str):
        return getattr(task, "__qualname__", None) or repr(task), args[0]
    return None


def _retry_after(limit: float) -> int:
    return max(1, min(int(limit), 5))


def _busy(limit: float, why: str) -> QueryTimeout:
    return QueryTimeout(f"the server is busy: {why}; try again shortly", limit=limit, reason="busy",
                        retry_after=_retry_after(limit))


def _too_large(memory: int | None) -> QueryTooLarge:
    mb = f"{memory / 2**20:.0f} MB" if memory else "the memory it may use"
    return QueryTooLarge(f"the query needed more memory than a query may use on this server ({mb}) and "
                         "was stopped; narrow it (a LIMIT, more specific patterns, no ORDER BY over "
                         "everything) and try again", memory=memory, retry_after=1)


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
                raise _busy(limit, "a write was in progress")
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
                raise _busy(limit, "reads were in progress")
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Executor:
    """Runs tasks on the configured store, each within config.query_timeout seconds.

    config.query_workers readers: a quarter of them (rounded down) kept for cheap
    tasks (quick()), and at most a quarter (at least one) busy with long tasks at once."""

    def __init__(self, config) -> None:
        self.timeout = float(config.query_timeout)
        self.spec = StoreSpec.from_config(config)
        size = max(1, int(config.query_workers))
        self._readers = _Pool(self.spec, size, writable=False, reserved=size // 4,
                              long_share=max(1, size // 4), long_after=min(LONG_AFTER, self.timeout / 2))
        self._writers = _Pool(self.spec, 1, writable=True)
        self._lock = _ReadWriteLock()
        isolate, why = network_isolation(config)
        if not isolate:
            _warn_once(f"store workers keep the network: {why}; only the query guard stops outbound fetches")

    def read(self, task: Callable, *args, **kwargs) -> Any:
        """task(store, *args, **kwargs) in a reader process; QueryTimeout past the limit."""
        return self._read(False, task, args, kwargs)

    def quick(self, task: Callable, *args, **kwargs) -> Any:
        """A cheap read (a canned query, a lookup): as read(), but it may also take the readers kept
        for cheap tasks, so that it is answered while long ad hoc queries keep the others busy."""
        return self._read(True, task, args, kwargs)

    def _read(self, cheap: bool, task: Callable, args: tuple, kwargs: dict) -> Any:
        deadline = time.monotonic() + self.timeout
        with self._lock.reading(deadline, self.timeout):
            return self._readers.run(deadline, self.timeout, (task, args, kwargs), cheap=cheap)

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

    def isolated(self) -> bool | None:
        """Whether the readers run without network (None before any has started)."""
        return self._readers.isolated()

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

    quick = read

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
