#!/usr/bin/python3
"""aiohttp with one ClientSession and `concurrency` workers in flight. Prints one JSON line.

usage: net_aiohttp_client.py BASE_URL REQUESTS CONCURRENCY     (BASE_URL = http://127.0.0.1:PORT/bench.local)
"""
import asyncio
import json
import sys
import time

import aiohttp


async def run(base, total, concurrency):
    state = {"next": 0, "failures": 0, "first_error": ""}
    connector = aiohttp.TCPConnector(limit=100, limit_per_host=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:

        async def worker():
            while state["next"] < total:
                i = state["next"]
                state["next"] += 1
                try:
                    async with session.get(f"{base}/item", params={"id": str(i)}) as r:
                        await r.json()
                        if r.status != 200:
                            raise RuntimeError(f"HTTP {r.status}")
                except Exception as e:  # noqa: BLE001 - counted and reported
                    state["failures"] += 1
                    state["first_error"] = state["first_error"] or str(e)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - start
    return {"client": "aiohttp", "requests": total, "ok": total - state["failures"], "failures": state["failures"],
            "first_error": state["first_error"], "seconds": seconds, "rps": total / seconds}


def main():
    base, total, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    result = asyncio.run(run(base, total, concurrency))
    print(json.dumps(result))
    return 0 if result["failures"] == 0 else 3


if __name__ == "__main__":
    sys.exit(main())
