#!/usr/bin/env python3
"""A real SMTP server for the tests: accepts every message and saves it as an .eml
file in a folder. Usage: smtp_sink.py PORT FOLDER (prints "ready" once listening)."""
import os
import signal
import sys
import time

from aiosmtpd.controller import Controller


class Saver:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{time.time_ns()}-{self.count}.eml"
        with open(os.path.join(self.folder, name + ".part"), "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(os.path.join(self.folder, name + ".part"), os.path.join(self.folder, name))
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Saver(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
