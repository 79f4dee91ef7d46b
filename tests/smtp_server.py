#!/usr/bin/python3
"""A small SMTP server for tst_smtpclient, on aiosmtpd's Controller.

Run it with /usr/bin/python3 (Debian's python3-aiosmtpd). It listens on 127.0.0.1 only, prints
"READY" on stdout once it accepts connections, and runs until it is killed or its stdin closes.

  --port N                       the port to listen on (127.0.0.1)
  --tls-cert C --tls-key K       offer STARTTLS with this certificate (PEM)
  --smtps                        implicit TLS on the whole connection instead (needs the cert and key)
  --auth-user U --auth-password P
                                 AUTH PLAIN/LOGIN required, over TLS only
  --refuse-recipient ADDRESS     answer RCPT TO for this address with 550 5.1.1 (a permanent refusal)
  --defer-recipient ADDRESS      answer RCPT TO for this address with 451 4.3.0 (try again later)
  --full-recipient ADDRESS       answer RCPT TO for this address with 552 5.2.2 (mailbox full)
  --allowed-sender ADDRESS       as Postfix's reject_sender_login_mismatch: MAIL FROM with any other
                                 address gets 553 5.7.1 (repeatable)
  --close-after N                a session that delivered N messages is closed at its next RSET (an
                                 idle or rate-limited relay)
  --maildir DIR                  each message received as DIR/<n>.eml (the bytes after dot-unstuffing)
                                 and DIR/<n>.envelope (MAIL FROM, then one RCPT TO per line, then the
                                 MAIL FROM parameters on a line starting with "options:"); the reply to
                                 the end of the data is "250 2.0.0 Ok: queued as Q<n>"; DIR/stats.json
                                 counts the connections and the AUTH attempts ("connections", "auths",
                                 "auth_failures")

The server advertises SIZE (aiosmtpd's default limit, 32 MiB).
"""

import argparse
import json
import os
import ssl
import sys
import logging
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Stats:
    """What a test asserts about sessions: one connection and one AUTH per run, not per message."""

    def __init__(self, maildir):
        self.maildir = maildir
        self.counts = {"connections": 0, "auths": 0, "auth_failures": 0}
        self.lock = threading.Lock()

    def bump(self, name):
        with self.lock:
            self.counts[name] += 1
            self.save()

    def reset(self):
        with self.lock:
            self.counts = {name: 0 for name in self.counts}
            self.save()

    def save(self):
        if self.maildir:
            write_atomically(os.path.join(self.maildir, "stats.json"), json.dumps(self.counts).encode("utf-8"))


class Handler:
    def __init__(self, args):
        self.maildir = args.maildir
        self.refused = set(args.refuse_recipient or [])
        self.deferred = set(args.defer_recipient or [])
        self.full = set(args.full_recipient or [])
        self.allowed_senders = set(args.allowed_sender or [])
        self.close_after = args.close_after
        self.count = 0
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.allowed_senders and address not in self.allowed_senders:
            return "553 5.7.1 <%s>: Sender address rejected: not owned by user" % address
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address in self.deferred:
            return "451 4.3.0 <%s>: Recipient address rejected: try again later" % address
        if address in self.full:
            return "552 5.2.2 <%s>: Recipient address rejected: Mailbox full" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_RSET(self, server, session, envelope):
        if self.close_after and getattr(session, "delivered", 0) >= self.close_after:
            server.transport.close()
            return "421 4.4.2 Closing the session"
        return "250 2.0.0 Ok"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        session.delivered = getattr(session, "delivered", 0) + 1
        if self.maildir:
            base = os.path.join(self.maildir, "%d" % number)
            envelope_lines = [envelope.mail_from or ""] + list(envelope.rcpt_tos)
            envelope_lines.append("options: " + " ".join(envelope.mail_options))
            write_atomically(base + ".envelope", ("\n".join(envelope_lines) + "\n").encode("utf-8"))
            write_atomically(base + ".eml", envelope.original_content)
        return "250 2.0.0 Ok: queued as Q%04X" % number


class CountingController(Controller):
    """Counts the connections: aiosmtpd builds one SMTP instance per connection."""

    def __init__(self, handler, stats, **kwargs):
        self.stats = stats
        super().__init__(handler, **kwargs)

    def factory(self):
        self.stats.bump("connections")
        return super().factory()


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


class Authenticator:
    def __init__(self, user, password, stats):
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")
        self.stats = stats

    def __call__(self, server, session, envelope, mechanism, auth_data):
        # handled=False: aiosmtpd answers a failure itself with 535 (with True it says nothing).
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
        self.stats.bump("auths")
        if not ok:
            self.stats.bump("auth_failures")
        return AuthResult(success=ok, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--smtps", action="store_true")
    parser.add_argument("--auth-user")
    parser.add_argument("--auth-password")
    parser.add_argument("--maildir")
    parser.add_argument("--refuse-recipient", action="append")
    parser.add_argument("--defer-recipient", action="append")
    parser.add_argument("--full-recipient", action="append")
    parser.add_argument("--allowed-sender", action="append")
    parser.add_argument("--close-after", type=int, default=0)
    args = parser.parse_args()
    # aiosmtpd 1.4 logs a warning about its own use of a deprecated attribute at each AUTH.
    logging.getLogger("mail.log").setLevel(logging.ERROR)

    context = None
    if args.tls_cert or args.tls_key:
        if not (args.tls_cert and args.tls_key):
            parser.error("--tls-cert and --tls-key go together")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
    if args.smtps and context is None:
        parser.error("--smtps needs --tls-cert and --tls-key")

    kwargs = {}
    if args.smtps:
        kwargs["ssl_context"] = context
    elif context is not None:
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    stats = Stats(args.maildir)
    if args.auth_user is not None:
        kwargs["authenticator"] = Authenticator(args.auth_user, args.auth_password or "", stats)
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = True

    if args.maildir:
        os.makedirs(args.maildir, exist_ok=True)
    controller = CountingController(
        Handler(args),
        stats,
        hostname="127.0.0.1",
        port=args.port,
        server_hostname="localhost",
        **kwargs,
    )
    controller.start()
    # start() connects once to check that the server answers: that one does not count.
    stats.reset()
    print("READY", flush=True)
    try:
        # Until the test kills us or closes our stdin.
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
