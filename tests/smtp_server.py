#!/usr/bin/python3
"""A small SMTP server for tst_smtpclient, on aiosmtpd's Controller.

Run it with /usr/bin/python3 (Debian's python3-aiosmtpd). It listens on 127.0.0.1 only, prints
"READY" on stdout once it accepts connections, and runs until it is killed or its stdin closes.

  --port N                       the port to listen on (127.0.0.1)
  --tls-cert C --tls-key K       offer STARTTLS with this certificate (PEM)
  --smtps                        implicit TLS on the whole connection instead (needs the cert and key)
  --auth-user U --auth-password P
                                 AUTH PLAIN/LOGIN required, over TLS only
  --refuse-recipient ADDRESS     answer RCPT TO for this address with 550 (a permanent refusal)
  --maildir DIR                  each message received as DIR/<n>.eml (the bytes after dot-unstuffing)
                                 and DIR/<n>.envelope (MAIL FROM, then one RCPT TO per line)
"""

import argparse
import os
import ssl
import sys
import logging
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, maildir, refused):
        self.maildir = maildir
        self.refused = refused
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refused and address == self.refused:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.maildir:
            with self.lock:
                self.count += 1
                number = self.count
            base = os.path.join(self.maildir, "%d" % number)
            envelope_lines = [envelope.mail_from or ""] + list(envelope.rcpt_tos)
            write_atomically(base + ".envelope", ("\n".join(envelope_lines) + "\n").encode("utf-8"))
            write_atomically(base + ".eml", envelope.original_content)
        return "250 Message accepted for delivery"


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        # handled=False: aiosmtpd answers a failure itself with 535 (with True it says nothing).
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
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
    parser.add_argument("--refuse-recipient")
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
    if args.auth_user is not None:
        kwargs["authenticator"] = Authenticator(args.auth_user, args.auth_password or "")
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = True

    if args.maildir:
        os.makedirs(args.maildir, exist_ok=True)
    controller = Controller(
        Handler(args.maildir, args.refuse_recipient),
        hostname="127.0.0.1",
        port=args.port,
        server_hostname="localhost",
        **kwargs,
    )
    controller.start()
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
