#!/usr/bin/env python3
"""Server time of the web console's pages on a large registry: see BENCHMARKS.md.

    bench/console.py [DATABASE_URL]     (default: a SQLite file in a temporary directory)

Builds a registry with one organisation holding ASSETS data assets and CASES cases (breaches
discovered on spread dates, so that some obligations are overdue), and an authority that
oversees UNITS organisations each with one breach; then times every console page sequentially
over loopback (the time includes loopback and Python's client, so it bounds the server's
time from above). Needs a release build (`cargo build --release`) and python3; nothing but
the standard library.
"""

import concurrent.futures as cf
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

ASSETS = int(os.environ.get("ASSETS", "10000"))
CASES = int(os.environ.get("CASES", "1000"))
UNITS = int(os.environ.get("UNITS", "500"))
RUNS = int(os.environ.get("RUNS", "40"))
PASSWORD = "benchmark-password-01"

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "khien")
if not os.access(BIN, os.X_OK):
    sys.exit("build first: cargo build --release")
tmp = tempfile.mkdtemp()
DB = sys.argv[1] if len(sys.argv) > 1 else f"sqlite://{tmp}/khien.db"
env = dict(os.environ, KHIEN_ADMIN_PASSWORD=PASSWORD, KHIEN_USER_PASSWORD=PASSWORD,
           KHIEN_LOG="warn", KHIEN_KEY_DIR=f"{tmp}/keys")


def cli(*args):
    out = subprocess.run([BIN, "--database", DB, *args], env=env, check=True,
                         capture_output=True, text=True)
    return out.stdout


def cli_json(*args):
    return json.loads(cli(*args, "--format", "json"))


t0 = time.time()
cli("init", "--org-name", "Bệnh viện Đo Đạc", "--admin-email", "dpo@bench.example.vn")
org = cli_json("org", "list")[0]["id"]
authority = cli_json("org", "add", "--name", "Công an tỉnh Đo Đạc", "--kind", "authority")["id"]
cli("user", "add", "--email", "canbo@bench.example.vn", "--name", "Cán bộ", "--org", authority,
    "--role", "supervisor")
cli("supervision", "add", "--authority", authority, "--org", org)

port = 18941
server = subprocess.Popen([BIN, "--database", DB, "serve", "--listen", f"127.0.0.1:{port}",
                           "--reminder-interval", "0"], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.1)

    def api_login(email):
        c = http.client.HTTPConnection("127.0.0.1", port)
        c.request("POST", "/api/v1/auth/login", json.dumps({"email": email, "password": PASSWORD}),
                  {"content-type": "application/json"})
        return json.loads(c.getresponse().read())["token"]

    token = api_login("dpo@bench.example.vn")

    def post_many(path, bodies):
        def worker(chunk):
            c = http.client.HTTPConnection("127.0.0.1", port)
            for b in chunk:
                c.request("POST", path, json.dumps(b), {"content-type": "application/json",
                                                         "authorization": f"Bearer {token}"})
                r = c.getresponse()
                r.read()
                assert r.status == 201, r.status
        chunks = [bodies[i::16] for i in range(16)]
        with cf.ThreadPoolExecutor(16) as ex:
            list(ex.map(worker, chunks))

    kinds = ["basic", "sensitive", "none"]
    post_many(f"/api/v1/orgs/{org}/assets", [{
        "name": f"Bảng dữ liệu {i:05d}", "kind": "table", "owner": f"Phòng {i % 37}",
        "classification": {"personal_data": kinds[i % 3], "importance": "ordinary"},
        "retention": "5y", "record_count": i} for i in range(ASSETS)])
    post_many(f"/api/v1/orgs/{org}/cases", [{
        "kind": "breach", "title": f"Sự cố số {i}",
        "events": [{"trigger": "breach_discovered",
                    "at": f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}T09:00:00+07:00"}]}
        for i in range(CASES)])
    print(f"registry: {ASSETS} assets, {CASES} cases in {time.time() - t0:.0f} s", flush=True)

    # Units overseen by the authority, each with a breach (through the operator's CLI).
    def unit(i):
        u = cli_json("org", "add", "--name", f"Đơn vị {i:03d}")["id"]
        cli("supervision", "add", "--authority", authority, "--org", u)
        cli("case", "open", "--org", u, "--kind", "breach", "--title", "Sự cố",
            "--event", f"breach_discovered=2026-{1 + i % 11:02d}-10T09:00:00+07:00")
        return u
    with cf.ThreadPoolExecutor(4) as ex:
        list(ex.map(unit, range(UNITS - 1)))
    print(f"authority: {UNITS} units in {time.time() - t0:.0f} s", flush=True)

    def console_login(email):
        c = http.client.HTTPConnection("127.0.0.1", port)
        c.request("GET", "/login")
        r = c.getresponse()
        page = r.read().decode()
        pre = re.search(r"khien_login=([^;]+)", r.getheader("set-cookie")).group(1)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"email": email, "password": PASSWORD, "csrf": csrf})
        c.request("POST", "/login", body, {"content-type": "application/x-www-form-urlencoded",
                                           "origin": f"http://127.0.0.1:{port}",
                                           "cookie": f"khien_login={pre}"})
        r = c.getresponse()
        r.read()
        assert r.status == 303, r.status
        cookie = [h for k, h in r.getheaders() if k.lower() == "set-cookie" and h.startswith("khien_console=")][0]
        return cookie.split(";")[0]

    def time_page(cookie, path, runs=RUNS):
        c = http.client.HTTPConnection("127.0.0.1", port)
        times, size = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            c.request("GET", path, headers={"cookie": cookie})
            r = c.getresponse()
            body = r.read()
            times.append((time.perf_counter() - t) * 1000)
            assert r.status == 200, (path, r.status)
            size = len(body)
        times.sort()
        p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
        return p(0.5), p(0.95), size

    dpo = console_login("dpo@bench.example.vn")
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", f"/api/v1/orgs/{org}/assets", headers={"authorization": f"Bearer {token}"})
    asset = json.loads(c.getresponse().read())[0]["id"]
    c.request("GET", f"/api/v1/orgs/{org}/cases", headers={"authorization": f"Bearer {token}"})
    case = json.loads(c.getresponse().read())[0]["id"]
    pages = [
        ("dashboard", f"/o/{org}"),
        ("catalogue (page 1 of the assets)", f"/o/{org}/assets"),
        ("catalogue, filtered", f"/o/{org}/assets?q=00017&class=basic"),
        ("one asset", f"/o/{org}/assets/{asset}"),
        ("cases (page 1)", f"/o/{org}/cases"),
        ("one case", f"/o/{org}/cases/{case}"),
        ("new case form", f"/o/{org}/cases/new?kind=breach"),
        ("forms", f"/o/{org}/forms"),
        ("one form, prefilled", f"/o/{org}/forms/nd165-01a"),
        ("processing log and access history", f"/o/{org}/log"),
        ("people", f"/o/{org}/people"),
        ("scans", f"/o/{org}/scans"),
    ]
    print(f"{'page':40} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>9}")
    for name, path in pages:
        p50, p95, size = time_page(dpo, path)
        print(f"{name:40} {p50:8.1f} {p95:8.1f} {size:9d}", flush=True)
    sup = console_login("canbo@bench.example.vn")
    p50, p95, size = time_page(sup, "/authority", runs=max(10, RUNS // 2))
    print(f"{'authority: table of ' + str(UNITS) + ' units':40} {p50:8.1f} {p95:8.1f} {size:9d}")
    p50, p95, size = time_page(sup, "/authority/units.xlsx", runs=10)
    print(f"{'authority: XLSX of ' + str(UNITS) + ' units':40} {p50:8.1f} {p95:8.1f} {size:9d}")
finally:
    server.terminate()
    server.wait()
