"""The portal as the black-box scripts drive it: the built binary started on a port of
its own and a database of its own, and a signed-in browser-like client.

Used by tests/reliability/run and bench/run (`sys.path` gets this folder).
"""

import os
import re
import socket
import subprocess
import time

import requests

#: The password of every demo account (README).
PASSWORD = "demo-password-1"
#: The sandbox card that is always accepted (README).
CARD = {"method": "card", "card_holder": "Script Check", "card_number": "4242424242424242", "card_expiry": "12/30", "card_cvc": "123"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The binary on its own port; `database` is a sqlite:// or postgres:// URL."""

    def __init__(self, binary, today, database, directory, **settings):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.directory = directory
        env = dict(os.environ, APP_TODAY=today, DATABASE_URL=database, OUTBOX_DIR=f"{directory}/outbox",
                   LEPTOS_SITE_ADDR=f"127.0.0.1:{self.port}", LEPTOS_SITE_ROOT=os.environ.get("LEPTOS_SITE_ROOT", "target/site"),
                   RUST_LOG="warn")
        # cargo-leptos compiles this in; a plain `cargo build` binary reads it at start.
        env.setdefault("LEPTOS_OUTPUT_NAME", "membership-offers")
        env.pop("FAILPOINT", None)
        env.update(settings)
        self.log = open(f"{directory}/server-{self.port}.log", "w")
        self.process = subprocess.Popen([binary], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(240):
            if self.process.poll() is not None:
                raise SystemExit(f"the server exited at start; log in {self.log.name}")
            try:
                if requests.get(self.base + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise SystemExit(f"the server did not become healthy; log in {self.log.name}")

    def rss_kib(self, field="VmRSS"):
        """The server's resident memory (`VmRSS`) or its peak so far (`VmHWM`), in KiB."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


class User:
    """A signed-in browser: same-origin form posts, cookies, no redirects followed."""

    def __init__(self, base, email, password=PASSWORD):
        self.base = base
        self.http = requests.Session()
        self.http.headers["Connection"] = "close"
        reply = self.post("/sign-in", {"email": email, "password": password})
        if reply.status_code != 303 or "/sign-in" in reply.headers.get("location", ""):
            raise SystemExit(f"cannot sign in as {email}: {reply.status_code}")

    def get(self, path):
        return self.http.get(self.base + path, allow_redirects=False, timeout=60)

    def post(self, path, data):
        return self.http.post(self.base + path, data=data, headers={"Origin": self.base}, allow_redirects=False, timeout=60)

    def cookie_header(self):
        return "; ".join(f"{name}={value}" for name, value in self.http.cookies.items())


def action_pack(user):
    """The id of the organization's Action Pack (in its renewal window on APP_TODAY)."""
    html = user.get("/offers?lang=en").text
    ids = re.findall(r'href="/offers/(\d+)/renew"', html)
    if not ids:
        raise SystemExit("no subscription to renew on the offers page")
    return ids[0]


def start_renewal(user, subscription):
    """Starts a card renewal; returns the checkout's key (Buy posts to /checkout/{key})."""
    started = user.post(f"/offers/{subscription}/renew", CARD)
    key = re.search(r"^/checkout/([^/?]+)$", started.headers.get("location", ""))
    if not key:
        raise SystemExit(f"cannot start a renewal: {started.status_code} {started.headers.get('location')}")
    return key.group(1)
