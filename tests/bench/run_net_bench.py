#!/usr/bin/python3
"""Network benchmark driver (figures only; builds nothing, never fails on timing).

usage: tests/bench/run_net_bench.py BUILD_DIR [--requests 2000] [--concurrency 6,1] [--no-rate-limited]

Starts `carscout-cli serve-demo --latency-ms 20` as a separate process and runs, against its bench backend
(bench.local/item?id=N), the same requests with the same concurrency through
  (a) CarScout's HttpClient (BUILD_DIR/tests/bench/bench_net_client),
  (b) Python requests.Session + HTTPAdapter(20, 100) + urllib3 Retry(total=3, backoff_factor=1), threads,
  (c) Python aiohttp, one session, coroutines.
Each client is its own process: CPU seconds and peak RSS come from wait4() on it; TCP connections from the
server's /__carscout/stats counter (reset before each run). Then a rate-limited run through HttpClient:
200 requests at a 0.5 s minimum interval against a server with 100 ms latency; prints total ÷ (200 × 0.5 s).
Use /usr/bin/python3 (Debian's python3-requests and python3-aiohttp).
"""
import argparse
import json
import os
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def start_server(cli, latency_ms):
    proc = subprocess.Popen([cli, "--quiet", "serve-demo", "--latency-ms", str(latency_ms)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline().strip()
    if not first.startswith("listening 127.0.0.1:"):
        proc.kill()
        sys.exit(f"serve-demo did not start: {first!r} {proc.stderr.read()}")
    port = int(first.rsplit(":", 1)[1])
    while not proc.stdout.readline().startswith("stats "):
        pass
    return proc, port


def server_stats(port, reset=False):
    url = f"http://127.0.0.1:{port}/__carscout/stats" + ("?reset=1" if reset else "")
    with NO_PROXY.open(url, timeout=10) as r:
        return json.loads(r.read())


def run_measured(cmd):
    """Runs one client process; returns (its JSON result, CPU seconds, peak RSS in MiB)."""
    env = dict(os.environ, http_proxy="", https_proxy="", HTTP_PROXY="", HTTPS_PROXY="", no_proxy="*")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:
        result = json.loads(out.decode().strip().splitlines()[-1])
    except (IndexError, ValueError):
        sys.exit(f"{cmd[0]} printed no result (exit {proc.returncode}): {err.decode()[-500:]}")
    return result, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build_dir")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", default="6,1", help="comma-separated concurrency levels")
    parser.add_argument("--no-rate-limited", action="store_true")
    args = parser.parse_args()

    cli = os.path.join(args.build_dir, "app", "carscout-cli")
    bench = os.path.join(args.build_dir, "tests", "bench", "bench_net_client")
    for path in (cli, bench):
        if not os.access(path, os.X_OK):
            sys.exit(f"missing {path}: build the carscout-cli and bench_net_client targets first")

    server, port = start_server(cli, 20)
    base = f"http://127.0.0.1:{port}/bench.local"
    remap = f"bench.local={base}"
    print(f"serve-demo on 127.0.0.1:{port}, 20 ms added latency, {args.requests} requests per client")
    print(f"{'client':<10} {'conc':>4} {'req/s':>9} {'TCP conns':>9} {'reuse %':>8} {'CPU s':>7} {'peak RSS MiB':>12} "
          f"{'failed':>6}")
    rows = []
    try:
        for concurrency in [int(c) for c in args.concurrency.split(",")]:
            clients = [
                ("carscout", [bench, "--remap", remap, "--requests", str(args.requests),
                              "--concurrency", str(concurrency)]),
                ("requests", ["/usr/bin/python3", os.path.join(HERE, "net_requests_client.py"), base,
                              str(args.requests), str(concurrency)]),
                ("aiohttp", ["/usr/bin/python3", os.path.join(HERE, "net_aiohttp_client.py"), base,
                             str(args.requests), str(concurrency)]),
            ]
            by_name = {}
            for name, cmd in clients:
                server_stats(port, reset=True)
                result, cpu, rss = run_measured(cmd)
                stats = server_stats(port)
                connections = stats["connectionsAccepted"] - 1   # minus the stats request's own connection
                reuse = 100.0 * (1 - connections / max(1, stats["requestsServed"]))
                row = dict(name=name, concurrency=concurrency, rps=result["rps"], connections=connections,
                           reuse=reuse, cpu=cpu, rss=rss, failures=result["failures"],
                           served=stats["requestsServed"])
                by_name[name] = row
                rows.append(row)
                print(f"{name:<10} {concurrency:>4} {row['rps']:>9.1f} {connections:>9} {reuse:>8.2f} {cpu:>7.2f} "
                      f"{rss:>12.1f} {row['failures']:>6}" + (f"  ({result['first_error']})" if row["failures"] else ""))
            a, b, c = by_name["carscout"], by_name["requests"], by_name["aiohttp"]
            print(f"  ratios at concurrency {concurrency}: throughput carscout/requests {a['rps'] / b['rps']:.2f}, "
                  f"carscout/aiohttp {a['rps'] / c['rps']:.2f}; CPU requests/carscout {b['cpu'] / max(a['cpu'], 1e-9):.2f}, "
                  f"aiohttp/carscout {c['cpu'] / max(a['cpu'], 1e-9):.2f}; RSS requests/carscout "
                  f"{b['rss'] / a['rss']:.2f}, aiohttp/carscout {c['rss'] / a['rss']:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=10)

    if not args.no_rate_limited:
        server, port = start_server(cli, 100)
        try:
            base = f"http://127.0.0.1:{port}/bench.local"
            result, cpu, rss = run_measured([bench, "--remap", f"bench.local={base}", "--requests", "200",
                                             "--concurrency", "200", "--min-interval-ms", "500"])
            ideal = 200 * 0.5
            print(f"rate-limited: 200 requests, 0.5 s minimum interval, 100 ms latency: {result['seconds']:.2f} s "
                  f"total, {result['seconds'] / ideal:.4f} × (200 × 0.5 s); failures {result['failures']}; "
                  f"CPU {cpu:.2f} s")
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
