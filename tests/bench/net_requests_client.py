#!/usr/bin/python3
"""The seed's way: one requests.Session, HTTPAdapter(pool_connections=20, pool_maxsize=100) with urllib3
Retry(total=3, backoff_factor=1); `concurrency` worker threads share the session. Prints one JSON line.

usage: net_requests_client.py BASE_URL REQUESTS CONCURRENCY     (BASE_URL = http://127.0.0.1:PORT/bench.local)
"""
import json
import sys
import threading
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def main():
    base, total, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    session = requests.Session()
    retry = Retry(total=3, backoff_factor=1, status_forcelist=[429, 500, 502, 503, 504])
    adapter = HTTPAdapter(pool_connections=20, pool_maxsize=100, max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)

    lock = threading.Lock()
    state = {"next": 0, "failures": 0, "first_error": ""}

    def worker():
        while True:
            with lock:
                i = state["next"]
                if i >= total:
                    return
                state["next"] = i + 1
            try:
                r = session.get(f"{base}/item", params={"id": i}, timeout=30)
                r.json()
                ok = r.status_code == 200
                error = "" if ok else f"HTTP {r.status_code}"
            except Exception as e:  # noqa: BLE001 - counted and reported
                ok, error = False, str(e)
            if not ok:
                with lock:
                    state["failures"] += 1
                    state["first_error"] = state["first_error"] or error

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    print(json.dumps({"client": "requests", "requests": total, "ok": total - state["failures"],
                      "failures": state["failures"], "first_error": state["first_error"],
                      "seconds": seconds, "rps": total / seconds}))
    return 0 if state["failures"] == 0 else 3


if __name__ == "__main__":
    sys.exit(main())
