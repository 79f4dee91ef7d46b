#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal as a person at a terminal would: waits for a prompt, types
one line, and collects everything the terminal showed (the program's output and the terminal's
echo of what was typed).

    run_in_pty.py PROMPT TYPED -- PROGRAM ARGUMENT...

When PROMPT has not appeared within 5 seconds, TYPED is typed anyway (a program that reads
without a prompt). Prints one JSON object: {"exit": N, "prompted": bool, "output": TEXT}.
"""
import json
import os
import pty
import select
import sys
import time

PROMPT_WAIT = 5.0
RUN_WAIT = 120.0


def main():
    separator = sys.argv.index("--")
    prompt = sys.argv[1].encode()
    typed = sys.argv[2].encode()
    command = sys.argv[separator + 1:]

    pid, master = pty.fork()
    if pid == 0:  # the child: stdin, stdout and stderr are the terminal
        os.execv(command[0], command)

    output = b""
    prompted = False
    sent = False
    prompt_deadline = time.monotonic() + PROMPT_WAIT
    run_deadline = time.monotonic() + RUN_WAIT
    while time.monotonic() < run_deadline:
        wait = max(0.0, prompt_deadline - time.monotonic()) if not sent else 1.0
        ready, _, _ = select.select([master], [], [], wait)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not sent and prompt in output:
                prompted = True
                os.write(master, typed + b"\n")
                sent = True
        elif not sent:
            os.write(master, typed + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
    json.dump({"exit": code, "prompted": prompted, "output": output.decode("utf-8", "replace")}, sys.stdout)


if __name__ == "__main__":
    main()
