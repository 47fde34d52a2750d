#!/usr/bin/env python3
"""Generate keyhound's labelled accuracy corpus into corpus/ (Python 3.11, stdlib only).

Every value is drawn at random from a fixed seed, so the output is byte-for-byte reproducible:

    python3 benches/corpus/generate.py            # rewrites corpus/positive, corpus/negative, corpus/labels.json
    python3 benches/corpus/generate.py --check    # regenerates in a temp dir and fails if corpus/ differs

Positive files each hold exactly one synthetic, format-correct credential (some credentials are a
pair, such as an AWS key id with its secret, or a Twilio SID with its auth token: still one
credential). Negative files hold look-alikes and no credential. This script itself must not contain
a literal secret (keyhound scans benches/): every value is built at run time, and fixed documented
strings are assembled from pieces.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import filecmp
import hashlib
import json
import os
import random
import shutil
import string
import sys
import tempfile
import uuid
import zlib
from dataclasses import dataclass, field

SEED = 20261204
N_POSITIVE = 760
N_NEGATIVE = 760

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LOW
ALNUM = UP + LOW + DIG
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
B32 = UP + "234567"

R = random.Random(SEED)


def rs(chars: str, n: int) -> str:
    return "".join(R.choice(chars) for _ in range(n))


def rs_entropic(chars: str, n: int) -> str:
    """Random string that uses at least a few character classes (real tokens rarely look flat)."""
    while True:
        s = rs(chars, n)
        classes = sum(any(c in cls for c in s) for cls in (DIG, UP, LOW))
        need = sum(any(c in cls for c in chars) for cls in (DIG, UP, LOW))
        if classes >= min(need, 3) and len(set(s)) > min(n, len(chars)) * 0.45:
            return s


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def crc32_b62(s: str) -> str:
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    for _ in range(6):
        out = B62[n % 62] + out
        n //= 62
    return out


def word() -> str:
    return R.choice(
        "acme orbit nimbus falcon cedar quartz ember lumen delta harbor zephyr maple cobalt onyx "
        "atlas pebble juniper vertex summit tundra willow copper raven sierra".split()
    )


def host() -> str:
    return R.choice(
        [
            f"{word()}-db.internal.{word()}.io",
            f"{word()}.{R.choice(['eu', 'us'])}-{R.choice(['west', 'east', 'central'])}-1.rds.amazonaws.com",
            f"db-{rs(LOW + DIG, 6)}.{word()}cloud.net",
            f"{word()}-{R.randint(1, 9)}.prod.{word()}.com",
        ]
    )


def password(n: int | None = None) -> str:
    n = n or R.randint(14, 24)
    chars = ALNUM + "!#%^*-_+.~"
    while True:
        p = rs(chars, n)
        if any(c in "!#%^*-_+.~" for c in p) and any(c in DIG for c in p) and any(c in UP for c in p):
            return p


def url_password() -> str:
    """A password as it appears inside a URL: unreserved characters, sometimes one percent-encoded symbol."""
    n = R.randint(14, 24)
    while True:
        p = rs(ALNUM + "-_.~", n)
        if any(c in DIG for c in p) and any(c in UP for c in p) and any(c in LOW for c in p):
            break
    if R.random() < .35:
        i = R.randint(1, n - 1)
        p = p[:i] + R.choice(["%21", "%23", "%40", "%2B", "%24"]) + p[i:]
    return p


def user() -> str:
    return R.choice(["deploy", "svc_app", "admin", "ci-bot", "app_rw", f"{word()}_svc", "billing", "etl"])


# ----------------------------------------------------------------------------------------------
# Macaroons: PyPI tokens are "pypi-" and a libmacaroons v2 binary macaroon in URL-safe base64.

def macaroon_field(kind: int, value: bytes) -> bytes:
    assert len(value) < 0x80  # one-byte varint lengths are all these tokens need
    return bytes([kind, len(value)]) + value


def pypi_token(location: str) -> str:
    """A macaroon laid out as PyPI issues them: version 2, location, a UUID identifier, one
    permissions caveat, the end of the caveats, and a 32-byte signature (125 bytes for pypi.org)."""
    ident, tail = rbytes(32), rbytes(40)
    uid = ident[:16].hex()
    uid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"
    body = (b"\x02" + macaroon_field(1, location.encode()) + macaroon_field(2, uid.encode()) + b"\x00"
            + macaroon_field(2, b'{"permissions": "user", "version": 1}') + b"\x00" + b"\x00"
            + macaroon_field(6, tail[:32]))
    return "pypi-" + b64url(body)


# ----------------------------------------------------------------------------------------------
# DER / PEM helpers: bodies that base64-decode to plausible ASN.1 structures.

def der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + der_len(len(content)) + content


def der_int(nbytes: int) -> bytes:
    v = bytearray(rbytes(nbytes))
    v[0] |= 0x80
    return der(0x02, b"\x00" + bytes(v))


def rsa_pkcs1(bits: int = 2048) -> bytes:
    n = bits // 8
    parts = [b"\x02\x01\x00", der_int(n), der(0x02, b"\x01\x00\x01"), der_int(n), der_int(n // 2),
             der_int(n // 2), der_int(n // 2), der_int(n // 2), der_int(n // 2)]
    return der(0x30, b"".join(parts))


def pkcs8_rsa(bits: int = 2048) -> bytes:
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return der(0x30, b"\x02\x01\x00" + alg + der(0x04, rsa_pkcs1(bits)))


def ec_p256() -> bytes:
    oid = der(0xA0, der(0x06, bytes.fromhex("2a8648ce3d030107")))
    pub = der(0xA1, der(0x03, b"\x00\x04" + rbytes(64)))
    return der(0x30, b"\x02\x01\x01" + der(0x04, rbytes(32)) + oid + pub)


def pem(label: str, body: bytes, headers: str = "") -> str:
    text = b64(body)
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    dash = "-" * 5
    return f"{dash}BEGIN {label}{dash}\n{headers}" + "\n".join(lines) + f"\n{dash}END {label}{dash}\n"


def openssh_ed25519() -> str:
    def sstr(b: bytes) -> bytes:
        return len(b).to_bytes(4, "big") + b
    pub = rbytes(32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    check = rbytes(4)
    priv = check + check + sstr(b"ssh-ed25519") + sstr(pub) + sstr(rbytes(32) + pub) + sstr(f"{user()}@{word()}".encode())
    priv += bytes(range(1, 1 + (-len(priv)) % 8))
    body = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + (1).to_bytes(4, "big") + sstr(pubblob) + sstr(priv)
    text = b64(body)
    lines = [text[i:i + 70] for i in range(0, len(text), 70)]
    dash = "-" * 5
    return f"{dash}BEGIN OPENSSH PRIVATE KEY{dash}\n" + "\n".join(lines) + f"\n{dash}END OPENSSH PRIVATE KEY{dash}\n"


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_private() -> str:
    body = bytes([0xC5, 0x58, 0x04]) + rbytes(4) + bytes([0x16, 0x09]) + bytes.fromhex("2b06010401da470f01") + rbytes(34) + b"\x00" + rbytes(44)
    body += bytes([0xCD, 0x1A]) + f"{word()} <{user()}@{word()}.io>".encode()[:26].ljust(26, b" ") + rbytes(120)
    text = b64(body)
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    c = b64(crc24(body).to_bytes(3, "big"))
    dash = "-" * 5
    return f"{dash}BEGIN PGP PRIVATE KEY BLOCK{dash}\n\n" + "\n".join(lines) + f"\n={c}\n{dash}END PGP PRIVATE KEY BLOCK{dash}\n"


def putty_key() -> str:
    pub = b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32))
    priv = b64(b"\x00\x00\x00\x20" + rbytes(32))
    return (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"
        f"Comment: {user()}@{word()}\nPublic-Lines: 2\n{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n{priv}\n"
        f"Private-MAC: {rs(HEX, 64)}\n"
    )


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_encode(hrp: str, data: bytes) -> str:
    def polymod(values):
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((b >> i) & 1) else 0
        return chk
    acc, bits, five = 0, 0, []
    for x in data:
        acc = (acc << 8) | x
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(hx + five + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in five + chk)


def jwt(payload: dict, alg: str = "HS256", sig: bool = True) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if alg.startswith("RS"):
        header["kid"] = rs(B64URL, 22)
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    s = b64url(rbytes(256 if alg.startswith("RS") else 32)) if sig else ""
    return f"{h}.{p}.{s}"


def epoch() -> int:
    return R.randint(1_700_000_000, 1_790_000_000)


# ----------------------------------------------------------------------------------------------
# Credentials

@dataclass
class Cred:
    kind: str
    provider: str
    items: list  # [(ENV_NAME, value)], first is the primary value
    ml: bool = False  # value spans several lines (PEM, PuTTY)
    bearer: bool = False  # sent as `Authorization: Bearer <value>`
    api: str = ""  # an API URL it is used against
    curl_u: str = ""  # `curl -u` argument, if the credential is used that way
    netrc: tuple | None = None  # (machine, login, password)
    git: tuple | None = None  # (host, user, token) for .git-credentials
    docker: tuple | None = None  # (registry, user, token)
    only: tuple = ()  # restrict to these contexts
    url: bool = False  # the value is a URL / connection string
    needles: tuple = ()  # strings whose lines make up the labelled span, if not the values themselves
    span_markers: tuple = ()  # strings that widen the accepted span (a structured credential reported at its start)

    @property
    def value(self) -> str:
        return self.items[0][1]


CREDS = []  # (kind, provider, weight, fn)


def cred(kind: str, provider: str, weight: int = 1):
    def deco(fn):
        CREDS.append((kind, provider, weight, fn))
        return fn
    return deco


def gh(prefix: str) -> str:
    body = rs_entropic(B62, 30)
    return prefix + body + crc32_b62(body)


for _p, _kind in [("ghp_", "github-pat-classic"), ("gho_", "github-oauth-token"), ("ghu_", "github-app-user-token"),
                  ("ghs_", "github-app-installation-token"), ("ghr_", "github-refresh-token")]:
    def _mk(p=_p, k=_kind):
        def fn(k=k):
            t = gh(p)
            return Cred(k, "GitHub", [("GITHUB_TOKEN", t)], bearer=True, api="https://api.github.com/user/repos",
                        curl_u=f"{user()}:{t}", netrc=("github.com", user(), t) if p == "ghp_" else None,
                        git=("github.com", user(), t) if p in ("ghp_", "gho_") else None,
                        docker=("ghcr.io", user(), t) if p == "ghp_" else None)
        return fn
    cred(_kind, "GitHub", 3 if _p == "ghp_" else 1)(_mk())


@cred("github-pat-fine-grained", "GitHub", 2)
def _():
    t = "github_pat_" + rs_entropic(B62, 22) + "_" + rs_entropic(B62, 59)
    return Cred("github-pat-fine-grained", "GitHub", [("GH_PAT", t)], bearer=True, api="https://api.github.com/repos",
                git=("github.com", user(), t))


@cred("npm-access-token", "npm", 2)
def _():
    body = rs_entropic(B62, 30)
    t = "npm_" + body + crc32_b62(body)
    return Cred("npm-access-token", "npm", [("NPM_TOKEN", t)], bearer=True, api="https://registry.npmjs.org/-/whoami")


@cred("npm-legacy-token", "npm")
def _():
    return Cred("npm-legacy-token", "npm", [("NPM_AUTH_TOKEN", ruuid())], only=("npmrc",))


def gitlab_tok(prefix: str, n: int = 20) -> str:
    return prefix + rs_entropic(ALNUM + "-_", n)


@cred("gitlab-pat", "GitLab", 2)
def _():
    t = gitlab_tok("glpat-")
    return Cred("gitlab-pat", "GitLab", [("GITLAB_TOKEN", t)], bearer=True, api="https://gitlab.com/api/v4/projects",
                git=("gitlab.com", "oauth2", t), docker=("registry.gitlab.com", user(), t))


@cred("gitlab-runner-token", "GitLab")
def _():
    return Cred("gitlab-runner-token", "GitLab", [("RUNNER_TOKEN", "glrt-" + rs_entropic(ALNUM + "_-", 20))])


@cred("gitlab-deploy-token", "GitLab")
def _():
    t = gitlab_tok("gldt-")
    return Cred("gitlab-deploy-token", "GitLab", [("CI_DEPLOY_PASSWORD", t)], docker=("registry.gitlab.com", "gitlab+deploy-token-" + str(R.randint(100, 9999)), t))


@cred("gitlab-pipeline-trigger-token", "GitLab")
def _():
    return Cred("gitlab-pipeline-trigger-token", "GitLab", [("TRIGGER_TOKEN", "glptt-" + rs(HEX, 40))])


@cred("aws-access-key-pair", "Amazon Web Services", 4)
def _():
    kid = "AKIA" + rs_entropic(B32, 16)
    sec = rs_entropic(ALNUM + "+/", 40)
    return Cred("aws-access-key-pair", "Amazon Web Services", [("AWS_ACCESS_KEY_ID", kid), ("AWS_SECRET_ACCESS_KEY", sec)])


@cred("aws-temporary-credentials", "Amazon Web Services")
def _():
    kid = "ASIA" + rs_entropic(B32, 16)
    sec = rs_entropic(ALNUM + "+/", 40)
    tok = "IQoJb3JpZ2luX2VjE" + rs(B64, R.randint(300, 420)) + "="
    return Cred("aws-temporary-credentials", "Amazon Web Services",
                [("AWS_ACCESS_KEY_ID", kid), ("AWS_SECRET_ACCESS_KEY", sec), ("AWS_SESSION_TOKEN", tok)])


@cred("aws-secret-access-key", "Amazon Web Services")
def _():
    return Cred("aws-secret-access-key", "Amazon Web Services", [("AWS_SECRET_ACCESS_KEY", rs_entropic(ALNUM + "+/", 40))])


@cred("aws-presigned-url", "Amazon Web Services")
def _():
    kid = "ASIA" + rs_entropic(B32, 16)
    u = (f"https://{word()}-uploads.s3.eu-west-1.amazonaws.com/reports/{rs(HEX, 12)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
         f"&X-Amz-Credential={kid}%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z"
         f"&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={rs(HEX, 64)}")
    return Cred("aws-presigned-url", "Amazon Web Services", [("REPORT_DOWNLOAD_URL", u)], url=True)


@cred("slack-bot-token", "Slack", 2)
def _():
    t = f"xoxb-{rs(DIG, 11)}-{rs(DIG, 13)}-{rs_entropic(ALNUM, 24)}"
    return Cred("slack-bot-token", "Slack", [("SLACK_BOT_TOKEN", t)], bearer=True, api="https://slack.com/api/chat.postMessage")


@cred("slack-user-token", "Slack")
def _():
    t = f"xoxp-{rs(DIG, 11)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}"
    return Cred("slack-user-token", "Slack", [("SLACK_USER_TOKEN", t)], bearer=True, api="https://slack.com/api/users.list")


@cred("slack-app-token", "Slack")
def _():
    t = f"xapp-1-A{rs(UP + DIG, 10)}-{rs(DIG, 13)}-{rs(HEX, 64)}"
    return Cred("slack-app-token", "Slack", [("SLACK_APP_TOKEN", t)])


@cred("slack-webhook-url", "Slack", 2)
def _():
    u = f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs_entropic(ALNUM, 24)}"
    return Cred("slack-webhook-url", "Slack", [("SLACK_WEBHOOK_URL", u)], url=True)


@cred("stripe-secret-key", "Stripe", 3)
def _():
    t = "sk_live_51" + rs(DIG, 1) + rs_entropic(ALNUM, 95)
    return Cred("stripe-secret-key", "Stripe", [("STRIPE_SECRET_KEY", t)], bearer=True, api="https://api.stripe.com/v1/charges", curl_u=t + ":")


@cred("stripe-restricted-key", "Stripe")
def _():
    t = "rk_live_51" + rs_entropic(ALNUM, 96)
    return Cred("stripe-restricted-key", "Stripe", [("STRIPE_RESTRICTED_KEY", t)], bearer=True, api="https://api.stripe.com/v1/customers")


@cred("stripe-webhook-secret", "Stripe")
def _():
    return Cred("stripe-webhook-secret", "Stripe", [("STRIPE_WEBHOOK_SECRET", "whsec_" + rs_entropic(ALNUM, 32))])


@cred("openai-project-api-key", "OpenAI", 3)
def _():
    t = "sk-proj-" + rs_entropic(ALNUM + "-_", 74) + "T3BlbkFJ" + rs_entropic(ALNUM + "-_", 74)
    return Cred("openai-project-api-key", "OpenAI", [("OPENAI_API_KEY", t)], bearer=True, api="https://api.openai.com/v1/chat/completions")


@cred("openai-legacy-api-key", "OpenAI")
def _():
    t = "sk-" + rs_entropic(ALNUM, 20) + "T3BlbkFJ" + rs_entropic(ALNUM, 20)
    return Cred("openai-legacy-api-key", "OpenAI", [("OPENAI_API_KEY", t)], bearer=True, api="https://api.openai.com/v1/models")


@cred("openai-service-account-key", "OpenAI")
def _():
    t = "sk-svcacct-" + rs_entropic(ALNUM + "-_", 74) + "T3BlbkFJ" + rs_entropic(ALNUM + "-_", 74)
    return Cred("openai-service-account-key", "OpenAI", [("OPENAI_API_KEY", t)], bearer=True, api="https://api.openai.com/v1/embeddings")


@cred("anthropic-api-key", "Anthropic", 3)
def _():
    t = "sk-ant-api03-" + rs_entropic(ALNUM + "-_", 93) + "AA"
    return Cred("anthropic-api-key", "Anthropic", [("ANTHROPIC_API_KEY", t)])


@cred("google-api-key", "Google Cloud", 2)
def _():
    return Cred("google-api-key", "Google Cloud", [("GOOGLE_MAPS_SERVER_KEY", "AIza" + rs_entropic(ALNUM + "-_", 35))])


def sa_json(indent: int = 2) -> tuple[str, str, str]:
    proj = f"{word()}-{word()}-{R.randint(100000, 999999)}"
    kid = rs(HEX, 40)
    key = pem("PRIVATE KEY", pkcs8_rsa())
    doc = {
        "type": "service_account", "project_id": proj, "private_key_id": kid, "private_key": key,
        "client_email": f"{word()}-sa@{proj}.iam.gserviceaccount.com", "client_id": rs(DIG, 21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{word()}-sa%40{proj}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    return json.dumps(doc, indent=indent), kid, key


@cred("gcp-service-account-key", "Google Cloud", 3)
def _():
    text, kid, key = sa_json()
    return Cred("gcp-service-account-key", "Google Cloud", [("GOOGLE_APPLICATION_CREDENTIALS_JSON", text)], ml=True,
                only=("sa-json-file", "k8s-secret-stringdata", "tf-heredoc", "json-escaped", "yaml-block", "env-json-oneline"),
                needles=(kid, "-" * 5 + "BEGIN PRIVATE KEY"), span_markers=('"type": "service_account"', '"universe_domain"'))


@cred("gcp-oauth-client-secret", "Google Cloud")
def _():
    return Cred("gcp-oauth-client-secret", "Google Cloud", [("GOOGLE_CLIENT_SECRET", "GOCSPX-" + rs_entropic(ALNUM + "-_", 28))])


@cred("gcp-oauth-refresh-token", "Google Cloud")
def _():
    return Cred("gcp-oauth-refresh-token", "Google Cloud", [("GOOGLE_REFRESH_TOKEN", "1//0" + rs(ALNUM, 1) + rs_entropic(ALNUM + "-_", 98))])


@cred("gcp-oauth-access-token", "Google Cloud")
def _():
    t = "ya29.a0" + rs_entropic(ALNUM + "-_", 180)
    return Cred("gcp-oauth-access-token", "Google Cloud", [("GCP_ACCESS_TOKEN", t)], bearer=True, api="https://storage.googleapis.com/storage/v1/b")


@cred("private-key-rsa", "Private keys", 3)
def _():
    return Cred("private-key-rsa", "Private keys", [("TLS_PRIVATE_KEY", pem("RSA PRIVATE KEY", rsa_pkcs1()))], ml=True)


@cred("private-key-pkcs8", "Private keys", 2)
def _():
    return Cred("private-key-pkcs8", "Private keys", [("SIGNING_KEY", pem("PRIVATE KEY", pkcs8_rsa()))], ml=True)


@cred("private-key-ec", "Private keys", 2)
def _():
    return Cred("private-key-ec", "Private keys", [("EC_PRIVATE_KEY", pem("EC PRIVATE KEY", ec_p256()))], ml=True)


@cred("private-key-openssh", "Private keys", 2)
def _():
    return Cred("private-key-openssh", "Private keys", [("SSH_PRIVATE_KEY", openssh_ed25519())], ml=True)


@cred("private-key-pgp", "Private keys")
def _():
    return Cred("private-key-pgp", "Private keys", [("GPG_PRIVATE_KEY", pgp_private())], ml=True)


@cred("private-key-putty", "Private keys")
def _():
    return Cred("private-key-putty", "Private keys", [("PPK", putty_key())], ml=True, only=("raw-key-file", "yaml-block", "k8s-secret-stringdata"))


@cred("age-secret-key", "age")
def _():
    return Cred("age-secret-key", "age", [("SOPS_AGE_KEY", bech32_encode("age-secret-key-", rbytes(32)).upper())])


@cred("jwt-access-token", "JSON Web Token", 2)
def _():
    now = epoch()
    t = jwt({"sub": ruuid(), "iss": f"https://auth.{word()}.io/", "aud": "api", "iat": now, "exp": now + 3600 * 24 * 365,
             "scope": "read write admin", "email": f"{user()}@{word()}.io"}, R.choice(["HS256", "RS256"]))
    return Cred("jwt-access-token", "JSON Web Token", [("API_ACCESS_TOKEN", t)], bearer=True, api=f"https://api.{word()}.io/v1/me")


@cred("supabase-service-role-jwt", "Supabase")
def _():
    now = epoch()
    t = jwt({"iss": "supabase", "ref": rs(LOW, 20), "role": "service_role", "iat": now, "exp": now + 10 * 365 * 86400})
    return Cred("supabase-service-role-jwt", "Supabase", [("SUPABASE_SERVICE_ROLE_KEY", t)])


@cred("twilio-account-auth-token", "Twilio", 2)
def _():
    sid = "AC" + rs(HEX, 32)
    tok = rs(HEX, 32)
    return Cred("twilio-account-auth-token", "Twilio", [("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", tok)], curl_u=f"{sid}:{tok}",
                api=f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json")


@cred("twilio-api-key", "Twilio")
def _():
    sid = "SK" + rs(HEX, 32)
    sec = rs_entropic(ALNUM, 32)
    return Cred("twilio-api-key", "Twilio", [("TWILIO_API_KEY", sid), ("TWILIO_API_SECRET", sec)], curl_u=f"{sid}:{sec}",
                api="https://api.twilio.com/2010-04-01/Accounts.json")


@cred("sendgrid-api-key", "SendGrid", 2)
def _():
    t = "SG." + rs_entropic(ALNUM + "-_", 22) + "." + rs_entropic(ALNUM + "-_", 43)
    return Cred("sendgrid-api-key", "SendGrid", [("SENDGRID_API_KEY", t)], bearer=True, api="https://api.sendgrid.com/v3/mail/send")


@cred("mailgun-private-api-key", "Mailgun")
def _():
    t = "key-" + rs(HEX, 32)
    return Cred("mailgun-private-api-key", "Mailgun", [("MAILGUN_API_KEY", t)], curl_u=f"api:{t}",
                api=f"https://api.mailgun.net/v3/mg.{word()}.io/messages")


@cred("mailchimp-api-key", "Mailchimp")
def _():
    return Cred("mailchimp-api-key", "Mailchimp", [("MAILCHIMP_API_KEY", rs(HEX, 32) + "-us" + str(R.randint(1, 21)))])


def az_account() -> str:
    return word() + rs(LOW + DIG, R.randint(4, 10))


@cred("azure-storage-connection-string", "Microsoft Azure", 2)
def _():
    s = (f"DefaultEndpointsProtocol=https;AccountName={az_account()};AccountKey={b64(rbytes(64))};"
         "EndpointSuffix=core.windows.net")
    return Cred("azure-storage-connection-string", "Microsoft Azure", [("AZURE_STORAGE_CONNECTION_STRING", s)], url=True)


@cred("azure-storage-account-key", "Microsoft Azure")
def _():
    return Cred("azure-storage-account-key", "Microsoft Azure", [("AZURE_STORAGE_ACCOUNT", az_account()), ("AZURE_STORAGE_KEY", b64(rbytes(64)))])


@cred("azure-cosmosdb-key", "Microsoft Azure")
def _():
    s = f"AccountEndpoint=https://{word()}-{rs(LOW, 5)}.documents.azure.com:443/;AccountKey={b64(rbytes(64))};"
    return Cred("azure-cosmosdb-key", "Microsoft Azure", [("COSMOS_CONNECTION_STRING", s)], url=True)


@cred("azure-service-bus-connection-string", "Microsoft Azure")
def _():
    s = (f"Endpoint=sb://{word()}-{rs(LOW, 4)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
         f"SharedAccessKey={b64(rbytes(32))}")
    return Cred("azure-service-bus-connection-string", "Microsoft Azure", [("SERVICEBUS_CONNECTION", s)], url=True)


@cred("azure-sas-url", "Microsoft Azure")
def _():
    sig = b64(rbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    u = (f"https://{az_account()}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx"
         f"&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig={sig}")
    return Cred("azure-sas-url", "Microsoft Azure", [("BACKUP_CONTAINER_SAS_URL", u)], url=True)


@cred("azure-entra-client-secret", "Microsoft Azure", 2)
def _():
    t = rs(ALNUM, 3) + rs(DIG, 1) + "Q~" + rs_entropic(ALNUM + "_~.-", 34)
    return Cred("azure-entra-client-secret", "Microsoft Azure", [("AZURE_CLIENT_ID", ruuid()), ("AZURE_CLIENT_SECRET", t)][::-1])


@cred("azure-devops-pat", "Microsoft Azure")
def _():
    t = rs_entropic(ALNUM, 52) + "JQQJ9" + rs(ALNUM, 19) + "AZDO" + rs(ALNUM, 4)
    return Cred("azure-devops-pat", "Microsoft Azure", [("AZURE_DEVOPS_PAT", t)], git=("dev.azure.com", word(), t), curl_u=f":{t}",
                api=f"https://dev.azure.com/{word()}/_apis/projects")


def db_url(scheme: str, port: int, path: str) -> str:
    return f"{scheme}://{user()}:{url_password()}@{host()}:{port}/{path}"


for _k, _s, _port, _path, _n in [("postgres-url", "postgresql", 5432, "app_production", "DATABASE_URL"),
                                 ("mysql-url", "mysql", 3306, "shop", "MYSQL_URL"),
                                 ("mongodb-url", "mongodb+srv", 0, "catalog?retryWrites=true&w=majority", "MONGODB_URI"),
                                 ("redis-url", "rediss", 6380, "0", "REDIS_URL"),
                                 ("amqp-url", "amqps", 5671, "vhost", "AMQP_URL")]:
    def _mk(k=_k, s=_s, port=_port, path=_path, n=_n):
        def fn():
            if s == "mongodb+srv":
                u = f"{s}://{user()}:{url_password()}@cluster0.{rs(LOW + DIG, 5)}.mongodb.net/{path}"
            else:
                u = db_url(s, port, path)
            return Cred(k, "Databases", [(n, u)], url=True)
        return fn
    cred(_k, "Databases", 2 if _k == "postgres-url" else 1)(_mk())


@cred("sqlserver-connection-string", "Databases")
def _():
    s = f"Server=tcp:{word()}-sql.database.windows.net,1433;Initial Catalog={word()};User ID={user()};Password={password()};Encrypt=True;"
    return Cred("sqlserver-connection-string", "Databases", [("ConnectionStrings__Default", s)], url=True)


@cred("jdbc-url-password", "Databases")
def _():
    s = f"jdbc:postgresql://{host()}:5432/{word()}?user={user()}&password={url_password()}&ssl=true"
    return Cred("jdbc-url-password", "Databases", [("JDBC_URL", s)], url=True)


@cred("generic-password", "Generic", 4)
def _():
    n = R.choice(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD", "RABBITMQ_PASSWORD"])
    p = password()
    return Cred("generic-password", "Generic", [(n, p)], curl_u=f"{user()}:{p}", api=f"https://{word()}.internal.{word()}.io/api/v1/status",
                netrc=(f"ftp.{word()}.io", user(), p))


@cred("django-secret-key", "Generic")
def _():
    return Cred("django-secret-key", "Generic", [("DJANGO_SECRET_KEY", rs_entropic(LOW + DIG + "!@#%^&*(-_=+)", 50))])


@cred("rails-secret-key-base", "Generic")
def _():
    return Cred("rails-secret-key-base", "Generic", [("SECRET_KEY_BASE", rs(HEX, 128))])


@cred("jwt-signing-secret", "Generic")
def _():
    return Cred("jwt-signing-secret", "Generic", [("JWT_SECRET", rs_entropic(ALNUM, 48))])


@cred("generic-api-key", "Generic", 2)
def _():
    return Cred("generic-api-key", "Generic", [(R.choice(["PAYMENTS_API_KEY", "GEOCODER_API_KEY", "PARTNER_API_KEY"]), rs_entropic(ALNUM, 32))])


@cred("http-basic-auth-header", "HTTP", 2)
def _():
    v = b64(f"{user()}:{password()}".encode())
    return Cred("http-basic-auth-header", "HTTP", [("AUTHORIZATION", "Basic " + v)],
                only=("curl-header", "http-file", "log", "nginx-conf", "python", "js", "postman", "yaml-block", "har"))


@cred("http-bearer-token", "HTTP", 2)
def _():
    t = rs_entropic(ALNUM + "-._~", R.randint(40, 64))
    return Cred("http-bearer-token", "HTTP", [("API_TOKEN", t)], bearer=True, api=f"https://api.{word()}.io/v2/orders",
                only=("curl-bearer", "http-file", "log", "postman", "js", "python", "har", "go"))


@cred("url-credentials", "HTTP", 2)
def _():
    u = f"https://{user()}:{url_password()}@{R.choice(['nexus', 'artifactory', 'jenkins', 'registry'])}.{word()}corp.net/repository/releases/"
    return Cred("url-credentials", "HTTP", [("MAVEN_REPO_URL", u)], url=True)


@cred("discord-bot-token", "Discord")
def _():
    uid = str(R.randint(10 ** 17, 10 ** 19 - 1))
    t = b64url(uid.encode()) + "." + rs(ALNUM + "-_", 6) + "." + rs_entropic(ALNUM + "-_", 38)
    return Cred("discord-bot-token", "Discord", [("DISCORD_BOT_TOKEN", t)])


@cred("discord-webhook-url", "Discord")
def _():
    u = f"https://discord.com/api/webhooks/{R.randint(10 ** 17, 10 ** 19 - 1)}/{rs_entropic(ALNUM + '-_', 68)}"
    return Cred("discord-webhook-url", "Discord", [("DISCORD_WEBHOOK", u)], url=True)


@cred("telegram-bot-token", "Telegram")
def _():
    t = f"{R.randint(10 ** 8, 10 ** 10 - 1)}:AA{rs_entropic(ALNUM + '-_', 33)}"
    return Cred("telegram-bot-token", "Telegram", [("TELEGRAM_BOT_TOKEN", t)], api=f"https://api.telegram.org/bot{t}/getMe")


for _p, _k in [("shpat_", "shopify-admin-access-token"), ("shpss_", "shopify-shared-secret")]:
    def _mk(p=_p, k=_k):
        def fn():
            return Cred(k, "Shopify", [("SHOPIFY_ACCESS_TOKEN" if p == "shpat_" else "SHOPIFY_API_SECRET", p + rs(HEX, 32))])
        return fn
    cred(_k, "Shopify")(_mk())


def simple(kind, provider, env, gen, weight=1, bearer=False, api=""):
    def fn():
        v = gen()
        return Cred(kind, provider, [(env, v)], bearer=bearer, api=api)
    cred(kind, provider, weight)(fn)


simple("digitalocean-pat", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HEX, 64), bearer=True, api="https://api.digitalocean.com/v2/droplets")
simple("heroku-api-token", "Heroku", "HEROKU_API_KEY", lambda: "HRKU-AA" + rs_entropic(ALNUM + "_-", 58))
simple("heroku-api-key-legacy", "Heroku", "HEROKU_API_KEY", ruuid)
simple("datadog-api-key", "Datadog", "DD_API_KEY", lambda: rs(HEX, 32), 2)
simple("datadog-application-key", "Datadog", "DATADOG_APP_KEY", lambda: rs(HEX, 40))
simple("newrelic-user-api-key", "New Relic", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DIG, 27))
simple("newrelic-license-key", "New Relic", "NEW_RELIC_LICENSE_KEY", lambda: rs(HEX, 36) + "NRAL")
simple("sentry-user-auth-token", "Sentry", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(HEX, 64), bearer=True, api="https://sentry.io/api/0/projects/")
simple("sentry-org-auth-token", "Sentry", "SENTRY_AUTH_TOKEN",
       lambda: "sntrys_" + b64(json.dumps({"iat": epoch() + 0.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                                           "org": word()}, separators=(",", ":")).encode()).rstrip("=") + "_" + rs_entropic(B64, 43))
simple("vault-service-token", "HashiCorp Vault", "VAULT_TOKEN", lambda: "hvs.CAESI" + rs_entropic(B64URL, 86), 2)
simple("terraform-cloud-api-token", "HashiCorp Terraform Cloud", "TFE_TOKEN", lambda: rs_entropic(ALNUM, 14) + ".atlasv1." + rs_entropic(ALNUM + "_-", 67))
simple("pulumi-access-token", "Pulumi", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HEX, 40))
simple("huggingface-access-token", "Hugging Face", "HF_TOKEN", lambda: "hf_" + rs_entropic(UP + LOW, 34), 2, True, "https://huggingface.co/api/whoami-v2")
simple("groq-api-key", "Groq", "GROQ_API_KEY", lambda: "gsk_" + rs_entropic(ALNUM, 52), bearer=True, api="https://api.groq.com/openai/v1/models")
simple("xai-api-key", "xAI", "XAI_API_KEY", lambda: "xai-" + rs_entropic(ALNUM, 80))
simple("perplexity-api-key", "Perplexity", "PERPLEXITY_API_KEY", lambda: "pplx-" + rs_entropic(ALNUM, 48))
simple("replicate-api-token", "Replicate", "REPLICATE_API_TOKEN", lambda: "r8_" + rs_entropic(ALNUM, 37))
simple("rubygems-api-key", "RubyGems", "GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HEX, 48))
simple("nuget-api-key", "NuGet", "NUGET_API_KEY", lambda: "oy2" + rs(LOW + DIG, 43))
simple("crates-io-api-token", "crates.io", "CARGO_REGISTRY_TOKEN", lambda: "cio" + rs_entropic(ALNUM, 32))
simple("linear-api-key", "Linear", "LINEAR_API_KEY", lambda: "lin_api_" + rs_entropic(ALNUM, 40))
simple("notion-integration-token", "Notion", "NOTION_TOKEN", lambda: "ntn_" + rs(DIG, 11) + rs_entropic(ALNUM, 35))
simple("figma-personal-access-token", "Figma", "FIGMA_TOKEN", lambda: "figd_" + rs_entropic(ALNUM + "-_", 40))
simple("airtable-personal-access-token", "Airtable", "AIRTABLE_API_KEY", lambda: "pat" + rs_entropic(ALNUM, 14) + "." + rs(HEX, 64))
simple("atlassian-api-token", "Atlassian", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + rs_entropic(ALNUM + "_-", 171) + "=" + rs(HEX.upper(), 8))
simple("bitbucket-app-password", "Bitbucket", "BITBUCKET_APP_PASSWORD", lambda: "ATBB" + rs_entropic(ALNUM, 32))
simple("postman-api-key", "Postman", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34))
simple("doppler-service-token", "Doppler", "DOPPLER_TOKEN", lambda: "dp.st.prd." + rs_entropic(ALNUM, 43))
simple("netlify-personal-access-token", "Netlify", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs_entropic(ALNUM, 36))
simple("vercel-personal-access-token", "Vercel", "VERCEL_TOKEN", lambda: "vcp_" + rs_entropic(ALNUM + "_-", 56))
simple("flyio-access-token", "Fly.io", "FLY_API_TOKEN", lambda: "fo1_" + rs_entropic(ALNUM + "_-", 43))
simple("cloudflare-api-token", "Cloudflare", "CLOUDFLARE_API_TOKEN", lambda: rs_entropic(ALNUM + "_-", 40), 2, True, "https://api.cloudflare.com/client/v4/user/tokens/verify")
simple("cloudflare-origin-ca-key", "Cloudflare", "CF_ORIGIN_CA_KEY", lambda: "v1.0-" + rs(HEX, 24) + "-" + rs(HEX, 146))
simple("square-access-token", "Square", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs_entropic(ALNUM + "-_", 60), bearer=True, api="https://connect.squareup.com/v2/locations")
simple("square-oauth-secret", "Square", "SQUARE_APP_SECRET", lambda: "sq0csp-" + rs_entropic(ALNUM + "-_", 43))
simple("braintree-access-token", "PayPal Braintree", "BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$" + rs(LOW + DIG, 16) + "$" + rs(HEX, 32))
simple("paystack-secret-key", "Paystack", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + rs(HEX, 40))
simple("mapbox-secret-token", "Mapbox", "MAPBOX_DOWNLOADS_TOKEN",
       lambda: "sk.eyJ1Ijoi" + b64url(json.dumps({"u": word()}).encode())[:0] + rs_entropic(ALNUM, 40) + "." + rs_entropic(ALNUM + "-_", 22))
simple("okta-api-token", "Okta", "OKTA_API_TOKEN", lambda: "00" + rs_entropic(ALNUM + "-_", 40))
simple("jfrog-api-key", "JFrog", "ARTIFACTORY_API_KEY", lambda: "AKCp8" + rs_entropic(ALNUM, 68))
simple("dropbox-access-token", "Dropbox", "DROPBOX_ACCESS_TOKEN", lambda: "sl.u." + rs_entropic(ALNUM + "-_", 150), bearer=True, api="https://api.dropboxapi.com/2/users/get_current_account")
simple("facebook-access-token", "Facebook", "FACEBOOK_PAGE_ACCESS_TOKEN", lambda: "EAAG" + rs_entropic(ALNUM, 180))
simple("firebase-cloud-messaging-server-key", "Firebase", "FCM_SERVER_KEY",
       lambda: "AAAA" + rs(ALNUM + "-_", 7) + ":APA91b" + rs_entropic(ALNUM + "-_", 134))
simple("snowflake-url-credentials", "Snowflake", "SNOWFLAKE_URL", lambda: f"snowflake://{user()}:{url_password()}@{rs(LOW, 7)}-{rs(LOW, 7)}/{word()}/public?warehouse=COMPUTE_WH")
simple("resend-api-key", "Resend", "RESEND_API_KEY", lambda: "re_" + rs_entropic(ALNUM, 8) + "_" + rs_entropic(ALNUM, 24))
simple("brevo-api-key", "Brevo", "BREVO_API_KEY", lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs_entropic(ALNUM, 16))
simple("planetscale-service-token", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + rs_entropic(ALNUM + "_-", 43))
simple("neon-api-key", "Neon", "NEON_API_KEY", lambda: "napi_" + rs(LOW + DIG, 64))
simple("supabase-access-token", "Supabase", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(HEX, 40))
simple("databricks-pat", "Databricks", "DATABRICKS_TOKEN", lambda: "dapi" + rs(HEX, 32), bearer=True, api=f"https://adb-{rs(DIG, 16)}.7.azuredatabricks.net/api/2.0/clusters/list")
simple("grafana-service-account-token", "Grafana", "GRAFANA_TOKEN",
       lambda: (lambda b: "glsa_" + b + "_" + format(zlib.crc32(b.encode()), "08x"))(rs_entropic(ALNUM, 32)))
simple("grafana-cloud-access-policy-token", "Grafana", "GRAFANA_CLOUD_TOKEN",
       lambda: "glc_" + b64(json.dumps({"o": str(R.randint(100000, 999999)), "n": f"{word()}-write", "k": rs_entropic(ALNUM, 24),
                                         "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()))
simple("honeycomb-ingest-key", "Honeycomb", "HONEYCOMB_API_KEY", lambda: "hcaik_" + rs(LOW + DIG, 58))
simple("circleci-personal-api-token", "CircleCI", "CIRCLE_TOKEN", lambda: "CCIPAT_" + rs_entropic(ALNUM, 22) + "_" + rs(HEX, 40))
simple("buildkite-api-access-token", "Buildkite", "BUILDKITE_API_TOKEN", lambda: "bkua_" + rs(HEX, 40))
simple("launchdarkly-access-token", "LaunchDarkly", "LAUNCHDARKLY_ACCESS_TOKEN", lambda: "api-" + ruuid())
simple("launchdarkly-sdk-key", "LaunchDarkly", "LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + ruuid())
simple("hubspot-private-app-token", "HubSpot", "HUBSPOT_ACCESS_TOKEN", lambda: "pat-na1-" + ruuid(), bearer=True, api="https://api.hubapi.com/crm/v3/objects/contacts")
simple("pinecone-api-key", "Pinecone", "PINECONE_API_KEY", lambda: "pcsk_" + rs_entropic(ALNUM, 6) + "_" + rs_entropic(ALNUM, 64))
simple("deepseek-api-key", "DeepSeek", "DEEPSEEK_API_KEY", lambda: "sk-" + rs(HEX, 32))
simple("mistral-api-key", "Mistral AI", "MISTRAL_API_KEY", lambda: rs_entropic(ALNUM, 32))
simple("cohere-api-key", "Cohere", "COHERE_API_KEY", lambda: rs_entropic(ALNUM, 40))
simple("elevenlabs-api-key", "ElevenLabs", "ELEVENLABS_API_KEY", lambda: "sk_" + rs(HEX, 48))
simple("contentful-personal-access-token", "Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + rs_entropic(ALNUM + "-_", 43))
simple("easypost-production-api-key", "EasyPost", "EASYPOST_API_KEY", lambda: "EZAK" + rs_entropic(ALNUM, 54))
simple("shippo-live-api-token", "Shippo", "SHIPPO_API_TOKEN", lambda: "shippo_live_" + rs(HEX, 40))
simple("onepassword-service-account-token", "1Password", "OP_SERVICE_ACCOUNT_TOKEN",
       lambda: "ops_" + b64url(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                                                                                        "iterations": 650000, "salt": b64url(rbytes(16))},
                                             "email": f"{rs(LOW, 12)}@1passwordserviceaccounts.com", "srpX": rs(HEX, 64),
                                             "muk": {"alg": "A256GCM", "ext": True, "k": b64url(rbytes(32)), "key_ops": ["encrypt", "decrypt"],
                                                     "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(UP + DIG, 6)},
                                            separators=(",", ":")).encode()))
simple("ibm-cloud-api-key", "IBM Cloud", "IBMCLOUD_API_KEY", lambda: rs_entropic(ALNUM + "_-", 44))
simple("zendesk-api-token", "Zendesk", "ZENDESK_API_TOKEN", lambda: rs_entropic(ALNUM, 40))
simple("intercom-access-token", "Intercom", "INTERCOM_ACCESS_TOKEN", lambda: b64(("tok:" + ruuid() + ":1:0").encode()), bearer=True, api="https://api.intercom.io/contacts")
simple("algolia-admin-api-key", "Algolia", "ALGOLIA_ADMIN_API_KEY", lambda: rs(HEX, 32))
simple("hetzner-cloud-api-token", "Hetzner", "HCLOUD_TOKEN", lambda: rs_entropic(ALNUM, 64), bearer=True, api="https://api.hetzner.cloud/v1/servers")
simple("linode-personal-access-token", "Linode", "LINODE_TOKEN", lambda: rs(HEX, 64))
simple("vultr-api-key", "Vultr", "VULTR_API_KEY", lambda: rs_entropic(UP + DIG, 36))
simple("twitch-oauth-token", "Twitch", "TWITCH_OAUTH_TOKEN", lambda: "oauth:" + rs(LOW + DIG, 30))
simple("travis-ci-api-token", "Travis CI", "TRAVIS_API_TOKEN", lambda: rs_entropic(ALNUM + "_-", 22))
simple("salesforce-access-token", "Salesforce", "SALESFORCE_ACCESS_TOKEN", lambda: "00D" + rs(ALNUM, 15) + "!AQ" + rs(DIG, 1) + "AQ" + rs_entropic(ALNUM + "._", 92))
simple("docker-hub-pat", "Docker", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs_entropic(ALNUM + "-_", 27))
simple("pypi-api-token", "PyPI", "PYPI_API_TOKEN", lambda: pypi_token("pypi.org"))
simple("elastic-api-key", "Elastic", "ELASTIC_API_KEY", lambda: b64((rs(ALNUM + "-_", 20) + ":" + rs(ALNUM + "-_", 22)).encode()))
simple("jenkins-api-token", "Jenkins", "JENKINS_API_TOKEN", lambda: "11" + rs(HEX, 32))
simple("scaleway-secret-key", "Scaleway", "SCW_SECRET_KEY", ruuid)
simple("postmark-server-token", "Postmark", "POSTMARK_SERVER_TOKEN", ruuid)
simple("razorpay-key-secret", "Razorpay", "RAZORPAY_KEY_ID", lambda: "rzp_live_" + rs_entropic(ALNUM, 14))
simple("anthropic-oauth-access-token", "Anthropic", "CLAUDE_CODE_OAUTH_TOKEN", lambda: "sk-ant-oat01-" + rs_entropic(B64URL, 95))
simple("anthropic-oauth-refresh-token", "Anthropic", "CLAUDE_REFRESH_TOKEN", lambda: "sk-ant-ort01-" + rs_entropic(B64URL, 95))
simple("aws-bedrock-api-key", "Amazon Web Services", "AWS_BEARER_TOKEN_BEDROCK",
       lambda: "ABSK" + b64(("Bedrock" + "APIKey-" + rs(LOW + DIG, 4) + "-at-" + rs(DIG, 12) + ":" + b64(rbytes(40))).encode()))
simple("aws-bedrock-api-key-short-term", "Amazon Web Services", "AWS_BEARER_TOKEN_BEDROCK",
       lambda: "bedrock-api-key-" + b64(("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA"
                                         + rs(B32, 16) + "%2F20260301%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20260301T101010Z&X-Amz-Expires=43200"
                                         + "&X-Amz-Security-Token=" + rs_entropic(ALNUM, 300) + "&X-Amz-Signature=" + rs(HEX, 64)
                                         + "&X-Amz-SignedHeaders=host&Version=1").encode()))
simple("azure-data-factory-shir-key", "Microsoft Azure", "IR_AUTH_KEY", lambda: f"IR@{ruuid()}@adf-{word()}-prod@westeurope@{b64(rbytes(32))}")
simple("databricks-oauth-secret", "Databricks", "DATABRICKS_CLIENT_SECRET", lambda: "dose" + rs_entropic(ALNUM, 32))
simple("apify-api-token", "Apify", "APIFY_TOKEN", lambda: "apify_api_" + rs_entropic(ALNUM, 36))
simple("arcjet-key", "Arcjet", "ARCJET_KEY", lambda: "ajkey_01" + rs("0123456789abcdefghjkmnpqrstvwxyz", 24))
simple("builder-io-private-key", "Builder.io", "BUILDER_PRIVATE_KEY", lambda: "bpk-" + rs(HEX, 32))
simple("cockroachdb-cloud-api-key", "Cockroach Labs", "COCKROACH_API_KEY", lambda: "CCDB1_" + rs_entropic(ALNUM, 22) + "_" + rs_entropic(ALNUM, 40))
simple("cursor-api-key", "Cursor", "CURSOR_API_KEY", lambda: "key_" + rs(HEX, 64))
simple("calcom-api-key", "Cal.com", "CAL_API_KEY", lambda: "cal_live_" + rs(HEX, 32))
simple("intra42-client-secret", "42", "FT_CLIENT_SECRET", lambda: "s-s4t2" + R.choice(["ud", "af"]) + "-" + rs(HEX, 64))
simple("castai-api-key", "CAST AI", "CASTAI_API_TOKEN", lambda: "castai_v1_" + rs(HEX, 64) + "_" + rs(HEX, 8))
simple("deepl-api-key-free", "DeepL", "DEEPL_AUTH_KEY", lambda: ruuid() + ":fx")
simple("browserbase-api-key", "Browserbase", "BROWSERBASE_API_KEY", lambda: "bb_" + R.choice(["live", "test"]) + "_" + rs_entropic(ALNUM + "_-", 27))


def dc_pat() -> str:
    """An Atlassian Data Center personal access token: base64 of a 12-digit id, ':' and 20 random bytes."""
    return b64(f"{R.randint(10 ** 11, 10 ** 12 - 1)}:".encode() + rbytes(20))


simple("bitbucket-datacenter-token", "Bitbucket", "BITBUCKET_TOKEN", lambda: "BBDC-" + dc_pat())


@cred("azure-signalr-access-key", "Microsoft Azure")
def _():
    host = R.choice(["service.signalr.net", "webpubsub.azure.com"])
    s = f"Endpoint=https://{word()}-{rs(LOW + DIG, 4)}.{host};AccessKey={b64(rbytes(32))};Version=1.0;"
    return Cred("azure-signalr-access-key", "Microsoft Azure", [("AZURE_SIGNALR_CONNECTION_STRING", s)], url=True)


@cred("azure-functions-key", "Microsoft Azure")
def _():
    k = rs_entropic(B64URL, 44) + "AzFu" + rs(B64URL, 6) + "==" if R.random() < 0.5 else b64(rbytes(40))
    u = f"https://{word()}-fn-{rs(LOW + DIG, 5)}.azurewebsites.net/api/{R.choice(['OrderCreated', 'ingest', 'HttpTrigger1', 'webhook'])}?code={k}"
    return Cred("azure-functions-key", "Microsoft Azure", [("FUNCTION_WEBHOOK_URL", u)], url=True)


@cred("azure-logic-apps-callback-url", "Microsoft Azure")
def _():
    trig = R.choice(["manual", "When_a_HTTP_request_is_received"])
    u = (f"https://prod-{R.randint(0, 99):02d}.{R.choice(['westeurope', 'eastus', 'northeurope', 'uksouth'])}.logic.azure.com:443/workflows/"
         f"{rs(HEX, 32)}/triggers/{trig}/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2F{trig}%2Frun&sv=1.0&sig={rs_entropic(B64URL, 43)}")
    return Cred("azure-logic-apps-callback-url", "Microsoft Azure", [("LOGIC_APP_TRIGGER_URL", u)], url=True)


simple("blynk-device-auth-token", "Blynk", "BLYNK_AUTH_TOKEN", lambda: rs_entropic(ALNUM + "_-", 32))

# Credentials without a prefix of their own are recognised by the name they are assigned to, so they
# go into the kinds of files that put that name right before the value.
NAMED_CONTEXTS = ("dotenv", "shell-export", "json-config", "yaml-config", "yaml-block", "docker-compose", "github-actions", "gitlab-ci",
                  "helm-values", "ansible-vars", "spring-yaml", "toml", "ini", "java-properties", "dockerfile", "terraform", "tfvars",
                  "python", "js", "typescript", "go", "java", "kotlin", "swift", "csharp", "ruby", "powershell", "systemd-unit", "dotenv-crlf",
                  "json-minified", "shell-heredoc")
ENV_CONTEXTS = ("dotenv", "shell-export", "docker-compose", "github-actions", "gitlab-ci", "dockerfile", "dotenv-crlf", "systemd-unit")


def named(kind, provider, env, gen, only=NAMED_CONTEXTS):
    def fn():
        return Cred(kind, provider, [(env, gen())], only=only)
    cred(kind, provider)(fn)


named("atlassian-datacenter-pat", "Atlassian", "JIRA_PERSONAL_ACCESS_TOKEN", dc_pat)
named("azure-cosmosdb-account-key", "Microsoft Azure", "AZURE_COSMOSDB_KEY", lambda: b64(rbytes(64)))
named("azure-apim-subscription-key", "Microsoft Azure", "APIM_SUBSCRIPTION_KEY", lambda: rs(HEX, 32))
named("azure-search-api-key", "Microsoft Azure", "AZURE_SEARCH_ADMIN_KEY", lambda: rs_entropic(ALNUM, 52))
named("azure-openai-api-key", "Microsoft Azure", "AZURE_OPENAI_API_KEY", lambda: rs(HEX, 32))
named("agora-app-certificate", "Agora", "AGORA_APP_CERTIFICATE", lambda: rs(HEX, 32))
named("ai21-api-key", "AI21 Labs", "AI21_API_KEY", ruuid)
named("assemblyai-api-key", "AssemblyAI", "ASSEMBLYAI_API_KEY", lambda: rs(HEX, 32))
named("aiven-api-token", "Aiven", "AIVEN_API_TOKEN", lambda: b64(rbytes(279)))
named("beamer-api-key", "Beamer", "BEAMER_API_KEY", lambda: "b_" + rs_entropic(ALNUM + "+/", 44))
named("browserstack-access-key", "BrowserStack", "BROWSERSTACK_ACCESS_KEY", lambda: rs_entropic(ALNUM, 20))
named("clarifai-api-key", "Clarifai", "CLARIFAI_PAT", lambda: rs(HEX, 32))
named("clay-api-key", "Clay", "CLAY_API_KEY", lambda: rs(HEX, 20))
named("deepl-api-key", "DeepL", "DEEPL_AUTH_KEY", ruuid)
named("composio-api-key", "Composio", "COMPOSIO_API_KEY", lambda: "ak_" + rs_entropic(ALNUM, 20))
named("courier-api-key", "Courier", "COURIER_AUTH_TOKEN", lambda: "pk_prod_" + rs_entropic(UP + DIG, 28))
named("cielo-merchant-key", "Cielo", "CIELO_MERCHANT_KEY", lambda: rs_entropic(ALNUM, 40))
named("cypress-record-key", "Cypress", "CYPRESS_RECORD_KEY", ruuid)
named("codeclimate-reporter-id", "Code Climate", "CC_TEST_REPORTER_ID", lambda: rs(HEX, 64), only=ENV_CONTEXTS)
named("sidekiq-gem-credentials", "Contributed Systems (Sidekiq)", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", lambda: rs(HEX, 8) + ":" + rs(HEX, 8),
      only=ENV_CONTEXTS)


@cred("sidekiq-gem-source-url", "Contributed Systems (Sidekiq)")
def _():
    u = f"https://{rs(HEX, 8)}:{rs(HEX, 8)}@{R.choice(['gems', 'enterprise'])}.contribsys.com/"
    return Cred("sidekiq-gem-source-url", "Contributed Systems (Sidekiq)", [("SIDEKIQ_GEM_SOURCE", u)], url=True, only=("gemfile",))


@cred("npm-npmrc-basic-auth", "npm")
def _():
    v = b64(f"{user()}:{password()}".encode())
    return Cred("npm-npmrc-basic-auth", "npm", [("_auth", v)], only=("npmrc-basic",))


@cred("database-driver-connect-password", "Databases")
def _():
    return Cred("database-driver-connect-password", "Databases", [("password", password())], only=("db-connect-call",))


@cred("generic-curl-header", "Generic")
def _():
    return Cred("generic-curl-header", "Generic", [("X_API_KEY", rs_entropic(ALNUM, 32))], only=("curl-api-key-header",))


for _k in ("cisco-enable-password", "snmp-community-rw", "cisco-pac-key"):
    def _mk(k=_k):
        def fn():
            return Cred(k, "Network devices", [("secret", password(R.randint(12, 18)))], only=("ios-config",))
        return fn
    cred(_k, "Network devices")(_mk())


@cred("alibaba-access-key", "Alibaba Cloud")
def _():
    return Cred("alibaba-access-key", "Alibaba Cloud", [("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5t" + rs_entropic(ALNUM, 18)),
                                                         ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", rs_entropic(ALNUM, 30))])


@cred("k8s-secret-data-password", "Generic")
def _():
    return Cred("k8s-secret-data-password", "Generic", [("password", password())], only=("k8s-secret-data",))


# Fix ups for the multi-item credentials generated by `simple` above that have a second half.
_razor = [c for c in CREDS if c[0] == "razorpay-key-secret"][0]
CREDS.remove(_razor)


@cred("razorpay-key-secret", "Razorpay")
def _():
    return Cred("razorpay-key-secret", "Razorpay", [("RAZORPAY_KEY_ID", "rzp_live_" + rs_entropic(ALNUM, 14)),
                                                     ("RAZORPAY_KEY_SECRET", rs_entropic(ALNUM, 24))])


# ----------------------------------------------------------------------------------------------
# Names in each language

def camel(name: str) -> str:
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(name: str) -> str:
    return "".join(p.capitalize() for p in name.lower().split("_"))


def snake(name: str) -> str:
    return name.lower()


def dotted(name: str) -> str:
    return name.lower().replace("_", ".")


def kebab(name: str) -> str:
    return name.lower().replace("_", "-")


FILLER = [
    ("APP_ENV", lambda: R.choice(["production", "staging", "prod"])),
    ("LOG_LEVEL", lambda: R.choice(["info", "warn", "debug"])),
    ("PORT", lambda: str(R.choice([3000, 8080, 8443, 5000, 9000]))),
    ("AWS_REGION", lambda: R.choice(["eu-west-1", "us-east-1", "ap-southeast-2"])),
    ("REQUEST_TIMEOUT_SECONDS", lambda: str(R.choice([10, 30, 60]))),
    ("FEATURE_NEW_CHECKOUT", lambda: R.choice(["true", "false"])),
    ("SERVICE_NAME", lambda: f"{word()}-{R.choice(['api', 'worker', 'gateway', 'web'])}"),
    ("MAX_CONNECTIONS", lambda: str(R.choice([20, 50, 100]))),
    ("CACHE_TTL", lambda: str(R.choice([60, 300, 3600]))),
    ("API_BASE_URL", lambda: f"https://api.{word()}.io/v{R.randint(1, 3)}"),
    ("SENTRY_ENVIRONMENT", lambda: "production"),
    ("TZ", lambda: R.choice(["UTC", "Europe/Berlin"])),
    ("WORKERS", lambda: str(R.randint(2, 16))),
    ("ALLOWED_HOSTS", lambda: f"{word()}.io,www.{word()}.io"),
]


def fillers(k: int | None = None) -> list:
    k = R.randint(2, 5) if k is None else k
    picks = R.sample(FILLER, k)
    return [(n, f()) for n, f in picks]


def mix(items: list, fill: list | None = None) -> list:
    """Insert the credential's items (kept adjacent, in order) among filler pairs."""
    fill = fillers() if fill is None else fill
    pos = R.randint(0, len(fill))
    return fill[:pos] + items + fill[pos:]


def esc_json(s: str) -> str:
    return json.dumps(s)[1:-1]


# ----------------------------------------------------------------------------------------------
# Contexts: each returns (relative path, text, needles). `pairs` are (NAME, value) items, `ml` says a
# value spans lines. Every context used by negatives too, so look-alikes sit in the same kinds of files.

CTX = {}


def ctx(name: str, ml: bool = False, kv: bool = True):
    def deco(fn):
        CTX[name] = {"fn": fn, "ml": ml, "kv": kv}
        return fn
    return deco


def q(v: str) -> str:
    return '"' + v + '"'


@ctx("dotenv")
def c_dotenv(c):
    rows = mix(c.items)
    style = R.choice(["plain", "quoted", "mixed"])
    lines = [f"# {word()} service settings"]
    for n, v in rows:
        lines.append(f"{n}={q(v) if style == 'quoted' or (style == 'mixed' and R.random() < .5) else v}")
    return R.choice([".env", ".env.production", ".env.local", "config/.env"]), "\n".join(lines) + "\n"


@ctx("dotenv-multiline", ml=True)
def c_dotenv_ml(c):
    rows = mix(c.items)
    lines = []
    for n, v in rows:
        lines.append(f'{n}="{v.rstrip()}"' if "\n" in v else f"{n}={v}")
    return ".env", "\n".join(lines) + "\n"


@ctx("shell-export")
def c_shell(c):
    rows = mix(c.items)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for n, v in rows:
        lines.append(f'export {n}="{v}"' if R.random() < .7 else f"export {n}='{v}'")
    lines += ["", f'exec ./bin/{word()}-server "$@"']
    return R.choice(["scripts/env.sh", "deploy.sh", "setenv.sh"]), "\n".join(lines) + "\n"


@ctx("json-config")
def c_json(c):
    rows = mix(c.items)
    inner = {camel(n): v for n, v in rows}
    doc = {"name": f"{word()}-service", "version": f"{R.randint(0, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
           R.choice(["config", "settings", "credentials", "integrations"]): inner}
    return R.choice(["config/production.json", "appsettings.json", "secrets.json", "config.json"]), json.dumps(doc, indent=2) + "\n"


@ctx("json-escaped", ml=True)
def c_json_escaped(c):
    # the credential sits inside a string value, JSON-escaped (a script line or an embedded document)
    parts = " && ".join([f"export {n}=\"{v}\"" for n, v in c.items])
    if c.ml:
        parts = f"{c.items[0][0]}={c.items[0][1]}"
    doc = {"name": f"{word()}-deploy", "private": True,
           "scripts": {"build": "tsc -p .", "deploy": f"{parts} && node scripts/deploy.js", "test": "jest"}}
    if c.ml:
        doc = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "bootstrap"},
               "data": {"bootstrap.env": "\n".join(f"{n}={v}" for n, v in mix(c.items, fillers(2)))}}
        return "bootstrap.json", json.dumps(doc, indent=2) + "\n"
    return "package.json", json.dumps(doc, indent=2) + "\n"


@ctx("env-json-oneline", ml=True)
def c_env_json_oneline(c):
    n, v = c.items[0]
    lines = [f"{a}={b}" for a, b in fillers(2)] + [f"{n}='{json.dumps(json.loads(v)) if v.lstrip().startswith('{') else esc_json(v)}'"]
    return ".env", "\n".join(lines) + "\n"


def yaml_scalar(v: str, indent: int) -> str:
    if "\n" in v:
        pad = " " * (indent + 2)
        return "|\n" + "\n".join(pad + line if line else "" for line in v.rstrip("\n").split("\n"))
    if not v[:1].isalnum():
        return R.choice([q(v), f"'{v}'"])
    return R.choice([v, q(v), f"'{v}'"])


@ctx("yaml-config", ml=True)
def c_yaml(c):
    rows = mix(c.items)
    section = R.choice(["app", "service", "integrations", "production"])
    lines = [f"# {word()} configuration", f"{section}:"]
    for n, v in rows:
        lines.append(f"  {snake(n)}: {yaml_scalar(v, 2)}")
    return R.choice(["config.yaml", "config/settings.yml", "application-prod.yaml"]), "\n".join(lines) + "\n"


@ctx("yaml-block", ml=True)
def c_yaml_block(c):
    # a YAML block scalar that embeds a script or a file
    n, v = c.items[0]
    if c.ml:
        body = v
    elif c.kind == "http-basic-auth-header":
        body = f"curl -fsS -H 'Authorization: {v}' https://{word()}.internal.io/health\n"
    else:
        body = "".join(f'export {a}="{b}"\n' for a, b in c.items) + f"./deploy.sh --env production\n"
    ind = "      "
    block = "\n".join(ind + line if line else "" for line in body.rstrip("\n").split("\n"))
    text = (f"version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/base:2024.01\n    steps:\n      - checkout\n"
            f"      - run:\n          name: deploy\n          command: |\n" + "\n".join("    " + x if x else "" for x in block.split("\n")) + "\n")
    return ".circleci/config.yml", text


@ctx("k8s-secret-stringdata", ml=True)
def c_k8s_stringdata(c):
    rows = c.items if c.ml else mix(c.items, fillers(R.randint(0, 2)))
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {word()}-secrets", f"  namespace: {word()}",
             "type: Opaque", "stringData:"]
    for n, v in rows:
        key = "credentials.json" if c.kind == "gcp-service-account-key" else n
        lines.append(f"  {key}: {yaml_scalar(v, 2)}")
    return R.choice(["k8s/secret.yaml", "deploy/secrets.yaml", "manifests/app-secret.yml"]), "\n".join(lines) + "\n"


@ctx("k8s-secret-data")
def c_k8s_data(c):
    rows = [(n, b64(v.encode())) for n, v in mix(c.items, [("username", user())])]
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {word()}-db", "type: Opaque", "data:"]
    for n, v in rows:
        lines.append(f"  {n}: {v}")
    return "k8s/db-secret.yaml", "\n".join(lines) + "\n", [b64(c.items[0][1].encode())]


@ctx("k8s-deployment")
def c_k8s_deploy(c):
    rows = mix(c.items)
    app = word()
    env = "\n".join(f"            - name: {n}\n              value: {q(v)}" for n, v in rows)
    text = (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {app}\n  labels:\n    app: {app}\nspec:\n  replicas: {R.randint(1, 5)}\n"
            f"  selector:\n    matchLabels:\n      app: {app}\n  template:\n    metadata:\n      labels:\n        app: {app}\n    spec:\n"
            f"      containers:\n        - name: {app}\n          image: ghcr.io/{word()}/{app}:{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}\n"
            f"          ports:\n            - containerPort: 8080\n          env:\n{env}\n")
    return "k8s/deployment.yaml", text


@ctx("docker-compose")
def c_compose(c):
    rows = mix(c.items)
    env = "\n".join(f"      - {n}={v}" if R.random() < .5 else f"      {n}: {q(v)}" for n, v in rows)
    if "      - " in env and ": \"" in env:
        env = "\n".join(f"      {n}: {q(v)}" for n, v in rows)
    text = (f"services:\n  {word()}:\n    image: {word()}/app:latest\n    ports:\n      - \"8080:8080\"\n    environment:\n{env}\n"
            f"  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {{}}\n")
    return "docker-compose.yml", text


@ctx("github-actions")
def c_gha(c):
    rows = mix(c.items, fillers(R.randint(0, 2)))
    env = "\n".join(f"      {n}: {v}" for n, v in rows)
    text = (f"name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n{env}\n"
            f"    steps:\n      - uses: actions/checkout@v4\n      - run: make release\n")
    return ".github/workflows/release.yml", text


@ctx("gitlab-ci")
def c_gitlab_ci(c):
    rows = mix(c.items, fillers(R.randint(0, 2)))
    env = "\n".join(f"  {n}: {q(v)}" for n, v in rows)
    return ".gitlab-ci.yml", f"stages: [build, deploy]\nvariables:\n{env}\n\ndeploy:\n  stage: deploy\n  script:\n    - ./scripts/deploy.sh\n"


@ctx("helm-values", ml=True)
def c_helm(c):
    rows = mix(c.items, fillers(R.randint(1, 3)))
    body = "\n".join(f"    {camel(n)}: {yaml_scalar(v, 4)}" for n, v in rows)
    return "charts/app/values.yaml", f"replicaCount: 2\nimage:\n  repository: {word()}/api\n  tag: \"1.4.2\"\nconfig:\n  env:\n{body}\n"


@ctx("ansible-vars")
def c_ansible(c):
    rows = mix(c.items)
    return R.choice(["group_vars/all.yml", "roles/app/defaults/main.yml"]), "---\n" + "\n".join(f"{snake(n)}: {q(v)}" for n, v in rows) + "\n"


@ctx("spring-yaml")
def c_spring(c):
    rows = mix(c.items, fillers(1))
    body = "\n".join(f"    {kebab(n)}: {v}" for n, v in rows)
    return "src/main/resources/application-prod.yml", f"server:\n  port: 8080\nspring:\n  application:\n    name: {word()}\napp:\n  integrations:\n{body}\n"


@ctx("toml", ml=True)
def c_toml(c):
    rows = mix(c.items)
    lines = [f"[{R.choice(['service', 'production', 'integrations'])}]"]
    for n, v in rows:
        lines.append(f'{snake(n)} = """\n{v}"""' if "\n" in v else f"{snake(n)} = {q(v)}")
    return R.choice(["config.toml", "settings.toml", "secrets.toml"]), "\n".join(lines) + "\n"


@ctx("ini")
def c_ini(c):
    rows = mix(c.items)
    lines = [f"[{R.choice(['default', 'production', 'service'])}]"]
    lines += [f"{snake(n)} = {v}" for n, v in rows]
    return R.choice(["config.ini", "settings.cfg", "app.conf"]), "\n".join(lines) + "\n"


@ctx("java-properties")
def c_props(c):
    rows = mix(c.items)
    lines = [f"# {word()} properties"] + [f"app.{dotted(n)}={v}" for n, v in rows]
    return R.choice(["application.properties", "gradle.properties", "src/main/resources/config.properties"]), "\n".join(lines) + "\n"


@ctx("xml-appsettings")
def c_xml(c):
    rows = mix(c.items)
    adds = "\n".join(f'    <add key="{pascal(n)}" value="{v.replace("&", "&amp;")}" />' for n, v in rows)
    return "Web.config", f'<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n{adds}\n  </appSettings>\n</configuration>\n'


@ctx("maven-settings", kv=False)
def c_maven(c):
    return ("settings.xml", f"<settings>\n  <servers>\n    <server>\n      <id>{word()}-releases</id>\n      <username>{user()}</username>\n"
            f"      <password>{c.value}</password>\n    </server>\n  </servers>\n</settings>\n")


@ctx("dockerfile")
def c_dockerfile(c):
    rows = mix(c.items, fillers(R.randint(1, 2)))
    env = "\n".join(f"{R.choice(['ENV', 'ARG'])} {n}={v}" for n, v in rows)
    return "Dockerfile", f"FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n{env}\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"


@ctx("terraform", ml=True)
def c_tf(c):
    n, v = c.items[0]
    if c.ml:
        body = f'resource "kubernetes_secret" "tls" {{\n  metadata {{\n    name = "{word()}-tls"\n  }}\n  data = {{\n    "tls.key" = <<EOT\n{v}EOT\n  }}\n}}\n'
        return "main.tf", body
    rows = "\n".join(f'  {snake(a)} = "{b}"' for a, b in c.items)
    prov = c.kind.split("-")[0]
    return "main.tf", (f'terraform {{\n  required_version = ">= 1.5"\n}}\n\nprovider "{prov}" {{\n{rows}\n  region = "eu-west-1"\n}}\n\n'
                       f'resource "null_resource" "noop" {{}}\n')


@ctx("tf-heredoc", ml=True)
def c_tf_heredoc(c):
    n, v = c.items[0]
    return "secrets.tf", f'resource "google_secret_manager_secret_version" "sa" {{\n  secret      = google_secret_manager_secret.sa.id\n  secret_data = <<-EOT\n{v}\n  EOT\n}}\n'


@ctx("tfvars")
def c_tfvars(c):
    rows = mix(c.items, fillers(R.randint(1, 3)))
    return "terraform.tfvars", "\n".join(f'{snake(n)} = "{v}"' for n, v in rows) + "\n"


@ctx("curl-basic", kv=False)
def c_curl_u(c):
    api = c.api or f"https://api.{word()}.io/v1/status"
    return "scripts/check-api.sh", f"#!/bin/sh\n# smoke test\ncurl -fsS -u '{c.curl_u}' \\\n  -X GET '{api}' | jq .\n", [c.curl_u]


@ctx("curl-bearer", kv=False)
def c_curl_bearer(c):
    api = c.api or f"https://api.{word()}.io/v1/me"
    return (R.choice(["scripts/call-api.sh", "Makefile.sh", "run.sh"]),
            f"#!/bin/bash\ncurl -sS -X GET \"{api}\" \\\n  -H 'Authorization: Bearer {c.value}' \\\n  -H 'Content-Type: application/json'\n")


@ctx("curl-header", kv=False)
def c_curl_header(c):
    return "scripts/ping.sh", f"#!/bin/bash\ncurl -sS https://{word()}.{word()}.io/api/health -H 'Authorization: {c.value}'\n"


@ctx("http-file", kv=False)
def c_http(c):
    v = c.value if c.kind == "http-basic-auth-header" else f"Bearer {c.value}"
    api = c.api or f"https://api.{word()}.io/v1/items"
    return "requests.http", f"### list\nGET {api}\nAuthorization: {v}\nAccept: application/json\n\n###\n"


@ctx("npmrc", kv=False)
def c_npmrc(c):
    return ".npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={c.value}\nalways-auth=true\n"


@ctx("npmrc-basic", kv=False)
def c_npmrc_basic(c):
    host = R.choice([f"{word()}.jfrog.io/artifactory/api/npm/npm-virtual", f"nexus.{word()}.internal/repository/npm-group"])
    return ".npmrc", f"registry=https://{host}/\n//{host}/:_auth={c.value}\nalways-auth=true\n"


@ctx("gemfile", kv=False)
def c_gemfile(c):
    return "Gemfile", f'source "https://rubygems.org"\n\ngem "rails", "~> 7.1"\n\nsource "{c.value}" do\n  gem "sidekiq-ent"\nend\n'


@ctx("db-connect-call", kv=False)
def c_db_connect(c):
    h, u, p = host(), user(), c.value
    forms = [("db.php", f"<?php\n$link = mysqli_connect('{h}', '{u}', '{p}', 'app');\nif (!$link) {{ die('db down'); }}\n"),
             ("etl/load.py", f"import pymysql\n\nconn = pymysql.connect(host='{h}', user='{u}', passwd='{p}', database='dw')\n"),
             ("lib/db.pl", f'use DBI;\nmy $dbh = DBI->connect("dbi:Pg:dbname=app;host={h}", "{u}", "{p}", {{ RaiseError => 1 }});\n'),
             ("app/db.py", f'import psycopg2\n\nconn = psycopg2.connect(host="{h}", dbname="app", user="{u}", password="{p}")\n')]
    return R.choice(forms)


@ctx("curl-api-key-header", kv=False)
def c_curl_api_key(c):
    hdr = R.choice(["X-Api-Key", "apikey", "X-Auth-Token", "Authorization: Token"])
    line = f"{hdr} {c.value}" if hdr.startswith("Authorization") else f"{hdr}: {c.value}"
    return R.choice(["scripts/smoke.sh", "docs/api.md"]), (f"#!/bin/sh\ncurl -fsS https://api.{word()}.io/v1/health \\\n  -H \"Accept: application/json\" \\\n"
                                                          f"  -H \"{line}\"\n")


@ctx("ios-config", kv=False)
def c_ios_config(c):
    line = {"cisco-enable-password": f"enable secret 0 {c.value}", "snmp-community-rw": f"snmp-server community {c.value} RW",
            "cisco-pac-key": f" pac key 0 {c.value}"}[c.kind]
    return f"configs/{word()}-edge-01.cfg", (f"!\nhostname {word()}-edge-01\n!\nservice password-encryption\n{line}\n!\n"
                                             f"interface GigabitEthernet0/1\n ip address 10.{R.randint(0, 250)}.0.1 255.255.255.0\n!\nend\n")


@ctx("pypirc", kv=False)
def c_pypirc(c):
    return ".pypirc", f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {c.value}\n"


@ctx("netrc", kv=False)
def c_netrc(c):
    m, l, p = c.netrc
    return ".netrc", f"machine {m}\n  login {l}\n  password {p}\n"


@ctx("git-credentials", kv=False)
def c_gitcred(c):
    h, u, t = c.git
    return ".git-credentials", f"https://{u}:{t}@{h}\n", [t]


@ctx("docker-config", kv=False)
def c_docker(c):
    reg, u, t = c.docker
    auth = b64(f"{u}:{t}".encode())
    doc = {"auths": {reg: {"auth": auth}}, "credsStore": "" if R.random() < .5 else None}
    doc = {k: v for k, v in doc.items() if v is not None}
    return ".docker/config.json", json.dumps(doc, indent="\t") + "\n", [auth]


@ctx("aws-credentials", kv=False)
def c_awscred(c):
    lines = ["[default]", f"region = {R.choice(['eu-west-1', 'us-east-1'])}", ""]
    lines.append(f"[{word()}-prod]")
    for n, v in c.items:
        lines.append(f"{n.lower()} = {v}")
    return ".aws/credentials", "\n".join(lines) + "\n"


@ctx("raw-key-file", ml=True, kv=False)
def c_rawkey(c):
    name = {"private-key-openssh": "id_ed25519", "private-key-putty": "deploy.ppk", "private-key-pgp": "signing-key.asc",
            "private-key-ec": "certs/server.key"}.get(c.kind, R.choice(["certs/tls.key", "id_rsa", "keys/private.pem"]))
    return name, c.value


@ctx("sa-json-file", ml=True, kv=False)
def c_sajson(c):
    return R.choice(["service-account.json", "gcp-credentials.json", f"{word()}-sa-key.json"]), c.value + "\n"


@ctx("ipynb", ml=True)
def c_ipynb(c):
    code = ["import os\n"] + [f"os.environ[\"{n}\"] = \"{v}\"\n" for n, v in c.items]
    if c.ml:
        code = ["import os\n", f"{snake(c.items[0][0])} = \"\"\"\n"] + [line + "\n" for line in c.value.rstrip("\n").split("\n")] + ["\"\"\"\n"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": [f"# {word().capitalize()} analysis\n"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": code},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": ["import pandas as pd\n", "df = pd.read_csv('data.csv')\n"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return R.choice(["notebooks/explore.ipynb", "analysis.ipynb"]), json.dumps(nb, indent=1) + "\n"


@ctx("python", ml=True)
def c_python(c):
    rows = mix(c.items, fillers(R.randint(1, 3)))
    lines = ['"""Service settings."""', "import os", ""]
    for n, v in rows:
        if "\n" in v:
            lines.append(f'{n} = """{v}"""')
        elif c.kind == "http-basic-auth-header":
            lines.append(f'HEADERS = {{"Authorization": "{v}", "Accept": "application/json"}}')
        elif c.kind == "http-bearer-token" and n == c.items[0][0]:
            lines.append(f'session.headers["Authorization"] = "Bearer {v}"')
        else:
            lines.append(f'{n} = "{v}"' if R.random() < .6 else f"{snake(n)} = '{v}'")
    return R.choice(["settings.py", "app/config.py", f"{word()}/client.py"]), "\n".join(lines) + "\n"


@ctx("js", ml=True)
def c_js(c):
    rows = mix(c.items, fillers(R.randint(1, 3)))
    lines = ["'use strict';", "", "module.exports = {"]
    for n, v in rows:
        if "\n" in v:
            lines.append(f"  {camel(n)}: `{v}`,")
        elif c.kind == "http-basic-auth-header":
            lines.append(f"  headers: {{ Authorization: '{v}' }},")
        elif c.kind == "http-bearer-token":
            lines.append(f"  headers: {{ Authorization: `Bearer {v}` }},")
        else:
            lines.append(f"  {camel(n)}: '{v}',")
    lines.append("};")
    return R.choice(["config/default.js", "src/config.js", "server/settings.js"]), "\n".join(lines) + "\n"


@ctx("typescript", ml=True)
def c_ts(c):
    rows = mix(c.items, fillers(R.randint(1, 2)))
    lines = ["export interface Settings { [key: string]: string }", "", "export const settings: Settings = {"]
    for n, v in rows:
        lines.append(f"  {camel(n)}: `{v}`," if "\n" in v else f'  {camel(n)}: "{v}",')
    lines.append("};")
    return R.choice(["src/settings.ts", "src/lib/env.ts"]), "\n".join(lines) + "\n"


@ctx("go", ml=True)
def c_go(c):
    rows = mix(c.items, fillers(R.randint(1, 2)))
    lines = ["package config", "", "const ("]
    for n, v in rows:
        if c.kind == "http-bearer-token" and n == c.items[0][0]:
            continue
        lines.append(f"\t{pascal(n)} = `{v}`" if "\n" in v else f'\t{pascal(n)} = "{v}"')
    lines.append(")")
    if c.kind == "http-bearer-token":
        lines += ["", "func authorize(req *http.Request) {", f'\treq.Header.Set("Authorization", "Bearer {c.value}")', "}"]
    return R.choice(["internal/config/config.go", "config.go"]), "\n".join(lines) + "\n"


@ctx("java", ml=True)
def c_java(c):
    rows = mix(c.items, fillers(R.randint(1, 2)))
    lines = [f"package com.{word()}.config;", "", "public final class Secrets {"]
    for n, v in rows:
        lines.append(f'    public static final String {n} = """\n{v}""";' if "\n" in v else f'    public static final String {n} = "{v}";')
    lines.append("}")
    return "src/main/java/Secrets.java", "\n".join(lines) + "\n"


@ctx("kotlin")
def c_kotlin(c):
    rows = mix(c.items, fillers(1))
    lines = [f"package com.{word()}.app", "", "object BuildConfigValues {"]
    lines += [f'    const val {n} = "{v}"' for n, v in rows] + ["}"]
    return "app/src/main/kotlin/BuildConfigValues.kt", "\n".join(lines) + "\n"


@ctx("swift")
def c_swift(c):
    rows = mix(c.items, fillers(1))
    lines = ["import Foundation", "", "enum Keys {"] + [f'    static let {camel(n)} = "{v}"' for n, v in rows] + ["}"]
    return "Sources/App/Keys.swift", "\n".join(lines) + "\n"


@ctx("csharp", ml=True)
def c_cs(c):
    rows = mix(c.items, fillers(R.randint(1, 2)))
    lines = ["namespace Contoso.Config", "{", "    internal static class Settings", "    {"]
    for n, v in rows:
        lines.append(f'        public const string {pascal(n)} = @"{v}";' if "\n" in v else f'        public const string {pascal(n)} = "{v}";')
    lines += ["    }", "}"]
    return "Config/Settings.cs", "\n".join(lines) + "\n"


@ctx("ruby", ml=True)
def c_ruby(c):
    rows = mix(c.items, fillers(1))
    lines = ["# frozen_string_literal: true", "", "module AppConfig"]
    for n, v in rows:
        lines.append(f"  {n} = <<~KEY\n{v}KEY" if "\n" in v else f"  {n} = '{v}'")
    lines.append("end")
    return R.choice(["config/initializers/app_config.rb", "lib/settings.rb"]), "\n".join(lines) + "\n"


@ctx("php", ml=True)
def c_php(c):
    rows = mix(c.items, fillers(1))
    lines = ["<?php", ""]
    for n, v in rows:
        lines.append(f"define('{n}', <<<EOT\n{v}EOT\n);" if "\n" in v else f"define('{n}', '{v}');")
    return R.choice(["wp-config.php", "config/app.php"]), "\n".join(lines) + "\n"


@ctx("rust", ml=True)
def c_rust(c):
    rows = mix(c.items, fillers(1))
    lines = [f'const {n}: &str = r#"{v}"#;' if "\n" in v else f'const {n}: &str = "{v}";' for n, v in rows]
    return "src/secrets.rs", "// generated by build tooling\n" + "\n".join(lines) + "\n"


@ctx("c-header")
def c_header(c):
    rows = mix(c.items, fillers(1))
    lines = ["#ifndef CONFIG_H", "#define CONFIG_H"] + [f'#define {n} "{v}"' for n, v in rows] + ["#endif"]
    return "include/config.h", "\n".join(lines) + "\n"


@ctx("powershell", ml=True)
def c_ps(c):
    rows = mix(c.items, fillers(1))
    lines = [f'$env:{n} = @"\n{v.rstrip()}\n"@' if "\n" in v else f'$env:{n} = "{v}"' for n, v in rows]
    return "deploy.ps1", "\n".join(lines) + "\n& .\\deploy-app.ps1\n"


@ctx("batch")
def c_bat(c):
    rows = mix(c.items, fillers(1))
    return "run.bat", "@echo off\n" + "\n".join(f"set {n}={v}" for n, v in rows) + "\ncall app.exe\n"


@ctx("makefile")
def c_make(c):
    rows = mix(c.items, fillers(1))
    return "Makefile", "\n".join(f"{n} ?= {v}" for n, v in rows) + "\n\ndeploy:\n\t./scripts/deploy.sh\n"


@ctx("sql", kv=False)
def c_sql(c):
    return "db/seed.sql", (f"-- seed data\nCREATE USER app_rw;\nINSERT INTO integrations (name, api_key, created_at)\n"
                           f"VALUES ('{c.provider.lower()}', '{c.value}', now());\n")


@ctx("csv", kv=False)
def c_csv(c):
    rows = [f"{word()},{rs(LOW, 6)},2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}" for _ in range(R.randint(1, 3))]
    pos = R.randint(0, len(rows))
    rows.insert(pos, f"{c.provider.lower().replace(' ', '-')},{c.value},2026-03-0{R.randint(1, 9)}")
    return "exports/api-keys.csv", "service,key,created\n" + "\n".join(rows) + "\n"


@ctx("log", kv=False)
def c_log(c):
    ts = f"2026-11-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(100, 999)}Z"
    pre = [f"{ts} INFO  server started on :8080", f"{ts} INFO  connected to cache at redis:6379"]
    if c.kind == "http-basic-auth-header":
        line = f"{ts} DEBUG outgoing request GET /api/v1/orders headers={{'Authorization': '{c.value}', 'Accept': '*/*'}}"
    elif c.bearer:
        line = f"{ts} DEBUG http: POST {c.api or '/v1/items'} Authorization: Bearer {c.value}"
    elif c.url:
        line = f"{ts} INFO  connecting using {c.value}"
    else:
        line = f"{ts} DEBUG loaded config: {' '.join(f'{n}={v}' for n, v in c.items)}"
    post = [f"{ts} WARN  slow query took {R.randint(500, 3000)}ms", f"{ts} INFO  request completed status=200"]
    return R.choice(["logs/app.log", "debug.log", "var/log/service.log"]), "\n".join(pre + [line] + post) + "\n"


@ctx("nginx-conf", kv=False)
def c_nginx(c):
    return "nginx/conf.d/upstream.conf", (f"server {{\n  listen 80;\n  location /api/ {{\n    proxy_pass https://{word()}.internal:8443;\n"
                                           f"    proxy_set_header Authorization \"{c.value}\";\n  }}\n}}\n")


@ctx("minified-js")
def c_min(c):
    parts = [f"{camel(n)}:\"{v}\"" for n, v in mix(c.items, fillers(2))]
    filler = ";".join(f"function {rs(LOW, 1)}{R.randint(0, 9)}(e,t){{return e&&t?e[t]:void 0}}" for _ in range(R.randint(5, 20)))
    text = (f"/*! {word()} v{R.randint(1, 5)}.{R.randint(0, 9)}.0 */\n!function(){{\"use strict\";{filler};"
            f"var n={{{','.join(parts)}}};window.__APP__=n}}();\n")
    return R.choice(["dist/assets/index-" + rs(LOW + DIG, 8) + ".js", "public/js/app.min.js", "build/static/js/main." + rs(HEX, 8) + ".js"]), text


@ctx("source-map")
def c_sourcemap(c):
    src = "export const config = {\n" + "".join(f"  {camel(n)}: \"{v}\",\n" for n, v in mix(c.items, fillers(1))) + "};\n"
    doc = {"version": 3, "file": "main.js", "sources": ["webpack:///src/config.ts"], "sourcesContent": [src],
           "names": [], "mappings": "AAAA," + ";".join(rs("ACEGIKMOQSUWYgkos", 4) for _ in range(12))}
    return "dist/main.js.map", json.dumps(doc) + "\n"


@ctx("html")
def c_html(c):
    obj = ", ".join(f"{camel(n)}: \"{v}\"" for n, v in mix(c.items, fillers(1)))
    return "public/index.html", (f"<!doctype html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <title>{word()}</title>\n</head>\n<body>\n"
                                 f"  <div id=\"root\"></div>\n  <script>\n    window.__CONFIG__ = {{ {obj} }};\n  </script>\n</body>\n</html>\n")


@ctx("markdown")
def c_md(c):
    body = "\n".join(f"export {n}={v}" for n, v in c.items)
    return R.choice(["README.md", "docs/setup.md", "NOTES.md"]), (f"# {word().capitalize()} setup\n\nRun these before starting the service:\n\n```bash\n{body}\nnpm start\n```\n\n"
                                                             "Then open http://localhost:3000.\n")


@ctx("postman", kv=False)
def c_postman(c):
    if c.kind == "http-basic-auth-header":
        header = [{"key": "Authorization", "value": c.value, "type": "text"}]
        auth = None
    else:
        header = []
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": c.value, "type": "string"}]}
    item = {"name": "List orders", "request": {"method": "GET", "header": header, "url": {"raw": c.api or f"https://api.{word()}.io/v1/orders"}}}
    doc = {"info": {"name": f"{word()} API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [item]}
    if auth:
        doc["auth"] = auth
    return f"{word()}.postman_collection.json", json.dumps(doc, indent=2) + "\n"


@ctx("har", kv=False)
def c_har(c):
    v = c.value if c.kind == "http-basic-auth-header" else f"Bearer {c.value}"
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"startedDateTime": "2026-11-02T10:00:00.000Z", "request": {"method": "GET", "url": c.api or f"https://api.{word()}.io/v1/items",
                                                                   "headers": [{"name": "Accept", "value": "application/json"}, {"name": "Authorization", "value": v}]},
         "response": {"status": 200}}]}}
    return "capture.har", json.dumps(doc, indent=2) + "\n"


def short_name(c) -> tuple[str, str]:
    """(section, key) for a provider-nested config: DD_API_KEY under `datadog:` becomes api_key."""
    section = c.provider.lower().replace(" ", "_").replace(".", "_") if c.provider else word()
    out = []
    for n, _v in c.items:
        parts = n.lower().split("_")
        out.append("_".join(parts[1:]) if len(parts) > 1 else parts[0])
    return section, out


@ctx("yaml-nested", kv=False)
def c_yaml_nested(c):
    section, keys = short_name(c)
    body = "\n".join(f"  {k}: {yaml_scalar(v, 2)}" for k, (_n, v) in zip(keys, c.items))
    other = "\n".join(f"  {snake(n)}: {yaml_scalar(v, 2)}" for n, v in fillers(R.randint(1, 2)))
    return R.choice(["config/integrations.yml", "config.yaml"]), f"server:\n  port: 8080\n{section}:\n{body}\nruntime:\n{other}\n"


SDK_PY = {"Stripe": ("import stripe", "stripe.api_key = {0}"), "OpenAI": ("from openai import OpenAI", "client = OpenAI(api_key={0})"),
          "Anthropic": ("import anthropic", "client = anthropic.Anthropic(api_key={0})"),
          "Twilio": ("from twilio.rest import Client", "client = Client({0}, {1})"),
          "SendGrid": ("from sendgrid import SendGridAPIClient", "sg = SendGridAPIClient({0})"),
          "Slack": ("from slack_sdk import WebClient", "client = WebClient(token={0})"), "GitHub": ("from github import Github", "gh = Github({0})"),
          "Mistral AI": ("from mistralai import Mistral", "client = Mistral(api_key={0})"), "Cohere": ("import cohere", "co = cohere.ClientV2({0})"),
          "Amazon Web Services": ("import boto3", "s3 = boto3.client('s3', aws_access_key_id={0}, aws_secret_access_key={1})",
                                  "s3 = boto3.client('s3', aws_access_key_id={0}, aws_secret_access_key={1}, aws_session_token={2})"),
          "Datadog": ("from datadog import initialize", "initialize(api_key={0})"), "Pinecone": ("from pinecone import Pinecone", "pc = Pinecone(api_key={0})")}


@ctx("python-sdk-call", kv=False)
def c_py_sdk(c):
    lits = [repr(v) for _n, v in c.items]
    entry = SDK_PY.get(c.provider, ())
    forms = [f for f in entry[1:] if f"{{{len(lits) - 1}}}" in f and f"{{{len(lits)}}}" not in f]
    if forms:
        imp, call = entry[0], forms[0].format(*lits)
    else:
        cls = "".join(w.capitalize() for w in c.provider.replace(".", " ").split()) or "Api"
        mod = (c.provider.lower().replace(" ", "_").replace(".", "_") or "api") + "_sdk"
        args = ", ".join(f"{snake(n).split('_', 1)[-1]}={lit}" for (n, _v), lit in zip(c.items, lits))
        imp, call = f"from {mod} import {cls}Client", f"client = {cls}Client({args})"
    return R.choice(["app/clients.py", "scripts/sync.py", "main.py"]), f"import logging\n\n{imp}\n\nlog = logging.getLogger(__name__)\n\n{call}\nlog.info('client ready')\n"


@ctx("js-sdk-call", kv=False)
def c_js_sdk(c):
    cls = "".join(w.capitalize() for w in c.provider.replace(".", " ").split()) or "Api"
    if len(c.items) == 1:
        arg = f"{{ apiKey: '{c.value}' }}" if R.random() < .6 else f"'{c.value}'"
    else:
        arg = "{ " + ", ".join(f"{camel(n).split('_')[-1]}: '{v}'" for n, v in c.items) + " }"
    return R.choice(["src/lib/client.ts", "src/services/api.js"]), f"import {{ {cls} }} from '{cls.lower()}';\n\nexport const client = new {cls}({arg});\n"


@ctx("code-comment", ml=False)
def c_comment(c):
    body = " ".join(f"{n}={v}" for n, v in c.items)
    style = R.randrange(3)
    if style == 0:
        return "src/index.js", f"import {{ start }} from './server';\n\n// TODO(before release): stop hard-coding this, {body}\nstart();\n"
    if style == 1:
        return "tasks.py", f"def run():\n    # used this for local testing: {body}\n    return 0\n"
    return "cmd/main.go", f"package main\n\n/*\n  debug credentials:\n  {body}\n*/\nfunc main() {{}}\n"


@ctx("url-query", kv=False)
def c_url_query(c):
    n = "access_token" if c.bearer else R.choice(["api_key", "key", "token"])
    base = c.api.split("?")[0] if c.api else f"https://{R.choice(['api', 'data', 'hooks'])}.{word()}.io/v1/{R.choice(['events', 'export', 'items'])}"
    u = f"{base}?{n}={c.value}&format=json"
    return R.choice(["src/fetch.js", "scripts/export.mjs"]), f"// nightly export\nconst res = await fetch(\"{u}\");\nconsole.log(res.status);\n"


@ctx("plist")
def c_plist(c):
    rows = mix(c.items, fillers(1))
    body = "\n".join(f"\t<key>{pascal(n)}</key>\n\t<string>{v.replace('&', '&amp;')}</string>" for n, v in rows)
    return "ios/App/Info.plist", ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
                                  f'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n{body}\n</dict>\n</plist>\n')


@ctx("android-strings")
def c_android(c):
    rows = mix(c.items, [("APP_NAME", word().capitalize())])
    body = "\n".join(f'    <string name="{snake(n)}">{v.replace("&", "&amp;")}</string>' for n, v in rows)
    return "app/src/main/res/values/secrets.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}\n</resources>\n'


@ctx("systemd-unit")
def c_systemd(c):
    rows = mix(c.items, fillers(1))
    env = "\n".join(f'Environment="{n}={v}"' for n, v in rows)
    return f"deploy/{word()}.service", f"[Unit]\nDescription={word()} worker\nAfter=network.target\n\n[Service]\n{env}\nExecStart=/usr/local/bin/worker\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n"


@ctx("jenkinsfile")
def c_jenkins(c):
    rows = mix(c.items, fillers(1))
    env = "\n".join(f"        {n} = '{v}'" for n, v in rows)
    return "Jenkinsfile", f"pipeline {{\n    agent any\n    environment {{\n{env}\n    }}\n    stages {{\n        stage('Deploy') {{\n            steps {{\n                sh './deploy.sh'\n            }}\n        }}\n    }}\n}}\n"


@ctx("docker-login", kv=False)
def c_docker_login(c):
    reg, u, t = c.docker
    return ".ci/publish.sh", f"#!/bin/sh\nset -e\ndocker login {reg} -u {u} -p {t}\ndocker push {reg}/{word()}/app:latest\n", [t]


@ctx("gitmodules", kv=False)
def c_gitmodules(c):
    h, u, t = c.git
    return ".gitmodules", f'[submodule "vendor/{word()}"]\n\tpath = vendor/{word()}\n\turl = https://{u}:{t}@{h}/{word()}/{word()}.git\n', [t]


@ctx("requirements-txt", kv=False)
def c_requirements(c):
    v = c.value
    if c.url:
        line = f"--extra-index-url {v}"
    else:
        line = f"--extra-index-url https://{user()}:{v}@pypi.{word()}corp.net/simple/"
    return "requirements.txt", f"{line}\nrequests==2.32.3\nboto3>=1.34\n{word()}-sdk==1.{R.randint(0, 9)}.0\n", [v]


@ctx("gradle-build", kv=False)
def c_gradle(c):
    return "build.gradle", (f"repositories {{\n    maven {{\n        url 'https://maven.{word()}corp.net/releases'\n        credentials {{\n"
                            f"            username = '{user()}'\n            password = '{c.value}'\n        }}\n    }}\n}}\n")


@ctx("dotenv-crlf")
def c_dotenv_crlf(c):
    rows = mix(c.items)
    return ".env", "".join(f"{n}={v}\r\n" for n, v in rows)


@ctx("json-minified")
def c_json_min(c):
    rows = mix(c.items, fillers(R.randint(3, 6)))
    return "public/config.json", json.dumps({"env": "production", "settings": {camel(n): v for n, v in rows}}, separators=(",", ":")) + "\n"


@ctx("shell-heredoc")
def c_heredoc(c):
    rows = mix(c.items, fillers(1))
    body = "\n".join(f"{n}={v}" for n, v in rows)
    return "provision.sh", f"#!/bin/bash\nset -e\nmkdir -p /etc/{word()}\ncat > /etc/app/env <<'EOF'\n{body}\nEOF\nsystemctl restart app\n"


@ctx("django-settings", kv=False)
def c_django(c):
    return "project/settings.py", ("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'app',\n"
                                   f"        'USER': '{user()}',\n        'PASSWORD': '{c.value}',\n        'HOST': '{host()}',\n        'PORT': '5432',\n    }}\n}}\n")


@ctx("sql-password", kv=False)
def c_sql_pw(c):
    if R.random() < .5:
        return "db/migrations/0003_roles.sql", f"CREATE ROLE reporting LOGIN PASSWORD '{c.value}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n"
    return "db/init.sql", f"CREATE USER '{user()}'@'%' IDENTIFIED BY '{c.value}';\nGRANT ALL PRIVILEGES ON app.* TO '{user()}'@'%';\n"


@ctx("ipynb-output", kv=False)
def c_ipynb_out(c):
    shown = "\n".join(f"{n}: {v}" for n, v in c.items)
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["print(get_settings())\n"],
                     "outputs": [{"name": "stdout", "output_type": "stream", "text": [line + "\n" for line in shown.split("\n")]}]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/debug.ipynb", json.dumps(nb, indent=1) + "\n"


# which contexts a credential may appear in
KV_CONTEXTS = [n for n, m in CTX.items() if m["kv"]]
ML_CONTEXTS = ["dotenv-multiline", "json-escaped", "yaml-config", "yaml-block", "k8s-secret-stringdata", "helm-values", "toml",
               "terraform", "ipynb", "python", "js", "typescript", "go", "java", "csharp", "ruby", "php", "rust", "powershell", "raw-key-file"]
ML_ONLY = {"dotenv-multiline", "raw-key-file", "sa-json-file", "tf-heredoc", "env-json-oneline"}


def contexts_for(c: Cred) -> list:
    if c.only:
        return list(c.only)
    if c.ml:
        return ML_CONTEXTS
    out = [n for n in KV_CONTEXTS if n not in ML_ONLY and n not in ("k8s-secret-data",)]
    if c.bearer:
        out += ["curl-bearer", "http-file", "postman", "har"]
        if len(c.items) == 1:
            out += ["sql", "csv"]
    if c.curl_u:
        out.append("curl-basic")
    if c.netrc:
        out.append("netrc")
    if c.git:
        out.append("git-credentials")
    if c.docker:
        out.append("docker-config")
    if c.kind in ("npm-access-token",):
        out.append("npmrc")
    if c.kind == "pypi-api-token":
        out += ["pypirc", "pypirc"]
    if c.kind.startswith("aws-") and len(c.items) >= 2:
        out += ["aws-credentials", "aws-credentials"]
    if c.kind in ("generic-password", "postgres-url", "redis-url"):
        out.append("k8s-secret-data")
    if c.kind == "generic-password":
        out += ["django-settings", "sql-password", "gradle-build"]
    if c.docker:
        out.append("docker-login")
    if c.git:
        out.append("gitmodules")
    if c.url and c.kind in ("url-credentials",) or c.kind in ("github-pat-classic", "gitlab-pat", "jfrog-api-key"):
        out.append("requirements-txt")
    if len(c.items) == 1 and not c.url and (c.bearer or c.kind.startswith("generic-api")):
        out.append("url-query")
    if c.provider not in ("Generic", "HTTP", "Databases", "Private keys", "JSON Web Token"):
        out += ["yaml-nested", "python-sdk-call", "js-sdk-call"]
    out += ["ipynb-output"] if R.random() < .3 else []
    if c.kind in ("generic-password", "docker-hub-pat", "jfrog-api-key", "gitlab-deploy-token"):
        out.append("maven-settings")
    if len(c.items) == 1 and not c.url:
        out += ["log"]
    if c.url:
        out += ["log"]
    return out


# ----------------------------------------------------------------------------------------------
# Negatives: look-alikes. Each generator returns (kind, text-producing callable or a Cred-like
# object of NAME/value pairs rendered through the same contexts).

NEG = []  # (kind, weight, fn) ; fn returns either ("kv", items, note) or ("file", path, text, note)


def neg(kind: str, weight: int = 1):
    def deco(fn):
        NEG.append((kind, weight, fn))
        return fn
    return deco


def aws_doc_pair():
    return "AKIA" + "IOSFODNN7" + "EXAMPLE", "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"


@neg("documented-example-key", 3)
def _():
    choice = R.randrange(4)
    if choice == 0:
        k, s = aws_doc_pair()
        return "kv", [("AWS_ACCESS_KEY_ID", k), ("AWS_SECRET_ACCESS_KEY", s)], "AWS documentation example pair"
    if choice == 1:
        k, _s = aws_doc_pair()
        return "kv", [("AWS_ACCESS_KEY_ID", k)], "AWS documentation example key id"
    if choice == 2:
        return "kv", [("STRIPE_SECRET_KEY", "sk_live_" + "EXAMPLE" + "0" * 17)], "example-marked key"
    return "kv", [("GITHUB_TOKEN", "ghp_" + (("EXAMPLE" + "example") * 3)[:36])], "EXAMPLE-marked token"


PLACEHOLDER_NAMES = ["GITHUB_TOKEN", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN",
                     "API_KEY", "SENDGRID_API_KEY", "DATABASE_URL", "TWILIO_AUTH_TOKEN", "ANTHROPIC_API_KEY", "JWT_SECRET", "CLIENT_SECRET"]


@neg("placeholder-angle", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice([f"<your-{kebab(n)}>", f"<{n}>", "<YOUR_API_KEY>", "<insert token here>", "<password>", "<redacted>"])
    return "kv", [(n, v)], "angle-bracket placeholder"


@neg("placeholder-xxx", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice(["x" * R.randint(8, 40), "X" * R.randint(20, 40), "sk_live_" + "x" * 24, "ghp_" + "x" * 36, "xoxb-" + "x" * 10 + "-" + "x" * 24,
                  "AKIA" + "X" * 16, "sk-proj-" + "X" * 48, "0" * 32, "1234567890abcdef" * 2, "xxxx-xxxx-xxxx-xxxx",
                  "sk-ant-api03-" + "x" * 95, "SG." + "x" * 22 + "." + "x" * 43])
    return "kv", [(n, v)], "repeated-character placeholder"


@neg("placeholder-word", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice(["changeme", "CHANGE_ME", "your_api_key_here", "REPLACE_ME", "TODO", "dummy", "secret", "password", "test", "none",
                  "your-secret-key", "insert-your-token", "foobar", "my-super-secret-password", "set-me-in-vault", "PLACEHOLDER"])
    return "kv", [(n, v)], "placeholder word"


@neg("env-interpolation", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice([f"${{{n}}}", f"${n}", f"%{n}%", f"${{{n}:?missing}}", f"${{{n}:-}}", f"$({kebab(n)})", f"${{env:{n}}}",
                  f"postgres://app:${{DB_PASSWORD}}@{host()}:5432/app"])
    return "kv", [(n, v)], "environment interpolation"


@neg("template-expression", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice([f"{{{{ .Values.{camel(n)} }}}}", f"{{{{ {snake(n)} }}}}", f"${{{{ secrets.{n} }}}}", f"<%= ENV['{n}'] %>",
                  f"%({snake(n)})s", f"{{{{ vault \"secret/data/{word()}\" \"{snake(n)}\" }}}}", f"#{{{n}}}", f"@{n}@",
                  f"{{{{ lookup('env', '{n}') }}}}", f"$__file{{/run/secrets/{snake(n)}}}"])
    return "kv", [(n, v)], "template expression"


@neg("env-reference-code", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    lang = R.randrange(7)
    fname, code = [
        ("settings.py", f"import os\n\n{snake(n)} = os.environ[\"{n}\"]\npassword = os.getenv(\"DB_PASSWORD\")\nAPI_KEY = os.environ.get('API_KEY', '')\n"),
        ("src/config.js", f"module.exports = {{\n  {camel(n)}: process.env.{n},\n  password: process.env.DB_PASSWORD || '',\n  apiKey: process.env['API_KEY'],\n}};\n"),
        ("config.go", f"package config\n\nimport \"os\"\n\nvar (\n\t{pascal(n)} = os.Getenv(\"{n}\")\n\tPassword = os.Getenv(\"DB_PASSWORD\")\n)\n"),
        ("Config.java", f"class Config {{\n  static final String TOKEN = System.getenv(\"{n}\");\n  static final String PASSWORD = System.getenv(\"DB_PASSWORD\");\n}}\n"),
        ("config/app.rb", f"TOKEN = ENV.fetch('{n}')\nPASSWORD = ENV['DB_PASSWORD']\napi_key = Rails.application.credentials.dig(:stripe, :secret_key)\n"),
        ("src/main.rs", f"let token = std::env::var(\"{n}\")?;\nlet password = env::var(\"DB_PASSWORD\").expect(\"DB_PASSWORD\");\n"),
        ("Program.cs", f"var token = Environment.GetEnvironmentVariable(\"{n}\");\nvar password = configuration[\"Db:Password\"];\n"),
    ][lang]
    return "file", fname, code, "credential read from the environment"


@neg("masked-value", 3)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice(["********", "*" * R.randint(12, 40), "••••••••", "sk_live_****" + rs(DIG, 4), "ghp_****" + rs(ALNUM, 4), "[REDACTED]",
                  "[FILTERED]", "REDACTED", "<hidden>", "***redacted***", "sk-...", "AKIA************" + rs(B32, 4), "xoxb-****-****"])
    return "kv", [(n, v)], "masked value"


@neg("uuid", 3)
def _():
    n = R.choice(["REQUEST_ID", "TENANT_ID", "CORRELATION_ID", "SUBSCRIPTION_ID", "WORKSPACE_ID", "INSTALLATION_ID", "PROJECT_ID", "DEVICE_ID"])
    return "kv", [(n, ruuid())], "non-secret UUID"


@neg("git-sha", 3)
def _():
    k = R.randrange(3)
    if k == 0:
        lines = [f"commit {rs(HEX, 40)}\nAuthor: {user()} <{user()}@{word()}.io>\nDate:   Mon Nov {R.randint(1, 28)} 10:00:00 2026 +0000\n\n    {R.choice(['fix token refresh', 'rotate secrets handling', 'bump deps', 'update password validation'])}\n"
                 for _ in range(R.randint(3, 6))]
        return "file", "git-log.txt", "\n".join(lines), "git log with commit SHAs"
    if k == 1:
        return "kv", [("GIT_COMMIT_SHA", rs(HEX, 40)), ("BUILD_REVISION", rs(HEX, 40))], "commit SHAs in build metadata"
    lines = [f"- {rs(HEX, 7)} {R.choice(['Fix', 'Add', 'Remove'])} {R.choice(['api key rotation', 'token cache', 'secret loader', 'login form'])} ([{rs(HEX, 40)}](https://github.com/{word()}/{word()}/commit/{rs(HEX, 40)}))"
             for _ in range(R.randint(4, 8))]
    return "file", "CHANGELOG.md", "# Changelog\n\n## 2.3.0\n\n" + "\n".join(lines) + "\n", "changelog with commit SHAs"


@neg("sha256-hash", 3)
def _():
    k = R.randrange(4)
    if k == 0:
        text = "\n".join(f"{rs(HEX, 64)}  {word()}-{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}-linux-amd64.tar.gz" for _ in range(R.randint(3, 7)))
        return "file", "SHA256SUMS", text + "\n", "release checksums"
    if k == 1:
        return "kv", [("IMAGE_DIGEST", "sha256:" + rs(HEX, 64)), ("BASE_IMAGE", f"node@sha256:{rs(HEX, 64)}")], "docker image digests"
    if k == 2:
        pk = "\n".join(f"[[package]]\nname = \"{word()}-{rs(LOW, 4)}\"\nversion = \"{R.randint(0, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}\"\n"
                       f"source = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{rs(HEX, 64)}\"\n" for _ in range(R.randint(3, 8)))
        return "file", "Cargo.lock", "# This file is automatically @generated by Cargo.\nversion = 3\n\n" + pk, "Cargo.lock checksums"
    return "kv", [("ARTIFACT_SHA256", rs(HEX, 64)), ("CONTENT_HASH", rs(HEX, 64))], "content hashes"


@neg("lockfile-integrity", 3)
def _():
    k = R.randrange(3)
    if k == 0:
        pk = {}
        for _ in range(R.randint(4, 9)):
            nm = f"{word()}-{rs(LOW, 4)}"
            pk[f"node_modules/{nm}"] = {"version": f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                                        "resolved": f"https://registry.npmjs.org/{nm}/-/{nm}-1.0.0.tgz",
                                        "integrity": "sha512-" + b64(rbytes(64)), "license": "MIT"}
        return "file", "package-lock.json", json.dumps({"name": word(), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n", "npm integrity hashes"
    if k == 1:
        ent = "\n".join(f"\"{word()}-{rs(LOW, 3)}@^{R.randint(1, 5)}.0.0\":\n  version \"{R.randint(1, 5)}.{R.randint(0, 9)}.1\"\n"
                        f"  resolved \"https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#{rs(HEX, 40)}\"\n  integrity sha512-{b64(rbytes(64))}\n" for _ in range(R.randint(3, 7)))
        return "file", "yarn.lock", "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n" + ent, "yarn integrity hashes"
    ent = "\n".join(f"github.com/{word()}/{word()} v{R.randint(0, 2)}.{R.randint(0, 20)}.{R.randint(0, 9)} h1:{b64(rbytes(32))}\n"
                    f"github.com/{word()}/{word()} v1.0.0/go.mod h1:{b64(rbytes(32))}" for _ in range(R.randint(3, 8)))
    return "file", "go.sum", ent + "\n", "go.sum hashes"


@neg("data-uri-image", 2)
def _():
    png = b"\x89PNG\r\n\x1a\n" + rbytes(R.randint(60, 300))
    uri = "data:image/png;base64," + b64(png)
    if R.random() < .5:
        return "file", "src/styles/icons.css", f".icon-{word()} {{\n  width: 16px;\n  background-image: url(\"{uri}\");\n}}\n", "base64 image in CSS"
    return "file", "public/email.html", f"<html><body><img alt=\"logo\" src=\"{uri}\"></body></html>\n", "base64 image in HTML"


@neg("build-hash-filenames", 2)
def _():
    scripts = "\n".join(f"    <script defer src=\"/static/js/{R.choice(['main', 'vendor', 'runtime', str(R.randint(100, 999))])}.{rs(HEX, 8)}.chunk.js\"></script>" for _ in range(R.randint(2, 5)))
    css = f"    <link href=\"/assets/index-{rs(ALNUM + '_-', 8)}.css\" rel=\"stylesheet\">"
    manifest = json.dumps({f"src/{word()}.tsx": {"file": f"assets/{word()}-{rs(ALNUM, 8)}.js", "src": f"src/{word()}.tsx"} for _ in range(3)}, indent=2)
    if R.random() < .5:
        return "file", "build/index.html", f"<!doctype html>\n<html>\n  <head>\n{css}\n{scripts}\n  </head>\n  <body><div id=\"root\"></div></body>\n</html>\n", "hashed bundle names"
    return "file", "dist/.vite/manifest.json", manifest + "\n", "hashed bundle names"


@neg("css-class-hashes", 2)
def _():
    rules = "\n".join(f"._{word()}_{rs(ALNUM, 5)}_{R.randint(1, 200)}{{display:flex}}.css-{rs(LOW + DIG, 6)}{{color:#{rs(HEX, 6)}}}.sc-{rs(ALNUM, 6)}{{margin:0}}" for _ in range(R.randint(3, 8)))
    return "file", f"dist/assets/style-{rs(HEX, 8)}.css", rules + "\n", "CSS module / styled-components class hashes"


@neg("public-by-design-key", 3)
def _():
    k = R.randrange(5)
    if k == 0:
        return "kv", [("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rs_entropic(ALNUM, 96))], "Stripe publishable key (public by design)"
    if k == 1:
        return "kv", [("SENTRY_DSN", f"https://{rs(HEX, 32)}@o{R.randint(100000, 999999)}.ingest.sentry.io/{R.randint(1000000, 9999999)}")], "Sentry DSN (public by design)"
    if k == 2:
        return "kv", [("RECAPTCHA_SITE_KEY", "6L" + rs(ALNUM + "_-", 38))], "reCAPTCHA site key (public)"
    if k == 3:
        return "kv", [("ALGOLIA_APP_ID", rs(UP + DIG, 10)), ("ALGOLIA_SEARCH_ONLY_KEY", rs(HEX, 32))], "Algolia search-only key (public)"
    return "kv", [("VITE_MAPBOX_PUBLIC_TOKEN", "pk.eyJ1Ijoi" + rs_entropic(ALNUM, 40) + "." + rs_entropic(ALNUM + "-_", 22))], "Mapbox public token"


@neg("wrong-length-near-miss", 2)
def _():
    k = R.randrange(6)
    if k == 0:
        b = rs_entropic(B62, R.choice([25, 28, 33]))
        return "kv", [("GITHUB_TOKEN", "ghp_" + b + crc32_b62(b))], "ghp_ token of the wrong length"
    if k == 1:
        return "kv", [("AWS_ACCESS_KEY_ID", "AKIA" + rs(B32, R.choice([12, 14, 15])))], "AKIA id too short"
    if k == 2:
        return "kv", [("SLACK_BOT_TOKEN", f"xoxb-{rs(DIG, 11)}-{rs(ALNUM, 8)}")], "truncated Slack token"
    if k == 3:
        return "kv", [("STRIPE_KEY", "sk_live_" + rs_entropic(ALNUM, R.randint(8, 16)))], "Stripe key too short"
    if k == 4:
        return "kv", [("ANTHROPIC_API_KEY", "sk-ant-api03-" + rs_entropic(ALNUM, 20))], "truncated Anthropic key"
    return "kv", [("OPENAI_API_KEY", "sk-proj-" + rs_entropic(ALNUM, 12))], "truncated OpenAI key"


@neg("wrong-checksum-near-miss", 3)
def _():
    p = R.choice(["ghp_", "gho_", "npm_", "ghs_"])
    b = rs_entropic(B62, 30)
    good = crc32_b62(b)
    bad = good
    while bad == good:
        bad = rs(B62, 6)
    n = "NPM_TOKEN" if p == "npm_" else "GITHUB_TOKEN"
    return "kv", [(n, p + b + bad)], "token with a wrong CRC32 checksum"


@neg("code-identifier", 4)
def _():
    snippets = [
        ("auth.py", "def login(user):\n    password = get_password(user)\n    token = self.token_provider.fetch()\n    api_key = settings.API_KEY\n    secret = load_secret(name='stripe')\n    return authenticate(user, password=password)\n"),
        ("auth.ts", "const password = await getPassword(user);\nconst token: string = this.tokenService.current();\nconst apiKey = config.apiKey;\nexport const secretKey = process.env.SECRET_KEY!;\n"),
        ("Auth.java", "String password = request.getParameter(\"password\");\nString token = jwtService.generateToken(userDetails);\nfinal String apiKey = props.getApiKey();\n"),
        ("handler.go", "password := r.FormValue(\"password\")\ntoken, err := oauth.Exchange(ctx, code)\napiKey := cfg.APIKey\nsecret := vault.Read(\"kv/app\")\n"),
        ("models.py", "class User(Base):\n    password_hash = Column(String(128))\n    reset_token = Column(String(64), nullable=True)\n    api_key_id = Column(Integer, ForeignKey('api_keys.id'))\n"),
        ("schema.graphql", "type Mutation {\n  login(email: String!, password: String!): AuthPayload\n  rotateApiKey(id: ID!): ApiKey\n}\ntype AuthPayload { token: String! }\n"),
        ("forms.html", "<form method=\"post\">\n  <label for=\"password\">Password</label>\n  <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\">\n  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">\n</form>\n"),
        ("types.ts", "export interface Credentials {\n  apiKey: string;\n  secretKey: string;\n  password?: string;\n  token: AccessToken;\n}\n"),
        ("serializers.py", "class LoginSerializer(serializers.Serializer):\n    password = serializers.CharField(write_only=True, min_length=12)\n    token = serializers.CharField(read_only=True)\n"),
    ]
    f, t = R.choice(snippets)
    return "file", f"src/{f}", t, "code identifiers named like secrets"


@neg("password-help-text", 2)
def _():
    msgs = {"PASSWORD_TOO_SHORT": "Password must be at least 12 characters", "TOKEN_EXPIRED": "Your session token has expired, sign in again",
            "API_KEY_MISSING": "No API key configured: set STRIPE_SECRET_KEY", "SECRET_ROTATED": "The secret was rotated on {date}"}
    if R.random() < .5:
        return "file", "locales/en.json", json.dumps({"errors": msgs, "labels": {"password": "Password", "apiKey": "API key", "token": "Access token"}}, indent=2) + "\n", "UI strings"
    return "file", "docs/auth.md", ("## Authentication\n\nCreate an API key in **Settings → API keys**, then pass it as `Authorization: Bearer <token>`.\n"
                                    "Passwords must be at least 12 characters. Tokens expire after 30 days.\n"), "prose about credentials"


@neg("public-key-material", 3)
def _():
    k = R.randrange(4)
    dash = "-" * 5
    if k == 0:
        body = der(0x30, der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00") + der(0x03, b"\x00" + der(0x30, der_int(256) + der(0x02, b"\x01\x00\x01"))))
        return "file", "keys/public.pem", pem("PUBLIC KEY", body), "PEM public key"
    if k == 1:
        return "file", "certs/ca.crt", pem("CERTIFICATE", der(0x30, der(0x30, rbytes(700)) + rbytes(280))), "PEM certificate"
    if k == 2:
        prefix = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
        lines = [f"ssh-ed25519 {b64(prefix + rbytes(32))} {user()}@{word()}" for _ in range(R.randint(2, 5))]
        return "file", ".ssh/authorized_keys", "\n".join(lines) + "\n", "SSH public keys"
    jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(B64URL, 22), "n": b64url(rbytes(256)), "e": "AQAB"} for _ in range(2)]}
    return "file", ".well-known/jwks.json", json.dumps(jwks, indent=2) + "\n", "JWKS public keys"


@neg("encrypted-secret", 3)
def _():
    k = R.randrange(3)
    if k == 0:
        hexs = rs(HEX, R.randint(300, 600))
        body = "\n".join(hexs[i:i + 80] for i in range(0, len(hexs), 80))
        return "file", "group_vars/prod/vault.yml", f"$ANSIBLE_VAULT;1.1;AES256\n{body}\n", "ansible-vault encrypted file"
    if k == 1:
        v = f"ENC[AES256_GCM,data:{b64(rbytes(R.randint(20, 60)))},iv:{b64(rbytes(32))},tag:{b64(rbytes(16))},type:str]"
        return "file", "secrets.enc.yaml", (f"db_password: {v}\napi_token: ENC[AES256_GCM,data:{b64(rbytes(30))},iv:{b64(rbytes(32))},tag:{b64(rbytes(16))},type:str]\n"
                                            f"sops:\n    age:\n        - recipient: age1{rs(BECH32, 58)}\n    lastmodified: \"2026-11-01T10:00:00Z\"\n    mac: ENC[AES256_GCM,data:{b64(rbytes(32))},type:str]\n    version: 3.9.0\n"), "SOPS-encrypted values"
    return "file", "k8s/sealed-secret.yaml", (f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: {word()}\nspec:\n  encryptedData:\n"
                                              f"    DB_PASSWORD: {b64(rbytes(300))}\n    API_TOKEN: {b64(rbytes(300))}\n"), "Bitnami SealedSecret"


@neg("password-hash", 2)
def _():
    bc = "$2b$12$" + rs(ALNUM + "./", 53)
    a2 = f"$argon2id$v=19$m=65536,t=3,p=4${b64(rbytes(16)).rstrip('=')}${b64(rbytes(32)).rstrip('=')}"
    if R.random() < .5:
        return "file", "db/fixtures/users.yml", f"admin:\n  email: admin@{word()}.io\n  password_digest: \"{bc}\"\nalice:\n  email: alice@{word()}.io\n  password_digest: \"{a2}\"\n", "password hashes"
    return "file", "conf/htpasswd", f"{user()}:$apr1${rs(ALNUM, 8)}${rs(ALNUM + './', 22)}\n{user()}:{bc}\n", "htpasswd hashes"


@neg("db-url-without-secret", 3)
def _():
    v = R.choice([f"postgres://{host()}:5432/app", f"postgresql://app@{host()}/app", f"mysql://root@localhost:3306/test",
                  f"postgres://user:password@localhost:5432/mydb", f"mongodb://localhost:27017/{word()}", f"redis://localhost:6379/0",
                  f"postgres://postgres:postgres@localhost:5432/postgres", f"amqp://guest:guest@localhost:5672/"])
    return "kv", [("DATABASE_URL", v)], "connection URL without a real password"


@neg("example-domain-credentials", 2)
def _():
    v = R.choice([f"https://user:pass@example.com/repo.git", f"https://{user()}:{password()}@example.com/api",
                  f"ftp://anonymous:guest@ftp.example.org/pub", f"https://USERNAME:TOKEN@github.com/org/repo.git",
                  f"https://username:password@registry.example.net/v2/"])
    return "kv", [("REPO_URL", v)], "documentation URL with sample credentials"


@neg("non-secret-identifier", 4)
def _():
    k = R.randrange(7)
    if k == 0:
        return "kv", [("STRIPE_PRICE_ID", "price_" + rs(ALNUM, 24)), ("STRIPE_CUSTOMER", "cus_" + rs(ALNUM, 14))], "Stripe object ids"
    if k == 1:
        return "kv", [("INSTANCE_ID", "i-0" + rs(HEX, 16)), ("ROLE_ARN", f"arn:aws:iam::{rs(DIG, 12)}:role/{word()}-deploy")], "AWS resource ids"
    if k == 2:
        return "kv", [("SLACK_CHANNEL_ID", "C0" + rs(UP + DIG, 9)), ("SLACK_TEAM_ID", "T0" + rs(UP + DIG, 8))], "Slack ids"
    if k == 3:
        return "kv", [("GA_MEASUREMENT_ID", "G-" + rs(UP + DIG, 10)), ("GTM_ID", "GTM-" + rs(UP + DIG, 7))], "analytics ids"
    if k == 4:
        return "kv", [("GOOGLE_CLIENT_ID", f"{rs(DIG, 12)}-{rs(LOW + DIG, 32)}.apps.googleusercontent.com")], "OAuth client id (public)"
    if k == 5:
        return "kv", [("TWILIO_MESSAGING_SERVICE_SID", "MG" + rs(HEX, 32)), ("TWILIO_PHONE_NUMBER", "+1555" + rs(DIG, 7))], "Twilio non-secret SIDs"
    return "kv", [("AZURE_TENANT_ID", ruuid()), ("AZURE_SUBSCRIPTION_ID", ruuid())], "Azure tenant/subscription ids"


@neg("sequential-fake", 2)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice(["abcdefghijklmnopqrstuvwxyz123456", "0123456789abcdef0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
                  "sk_test_abcdefghijklmnopqrstuvwx", "qwertyuiopasdfghjklzxcvbnm", "aaaaaaaabbbbbbbbccccccccdddddddd", "1234567890" * 4])
    return "kv", [(n, v)], "sequential or keyboard-walk fake"


@neg("random-nonsecret-blob", 3)
def _():
    k = R.randrange(4)
    if k == 0:
        return "kv", [("CSP_NONCE_SEED_FILE", "/run/nonce"), ("ETAG", f'W/"{rs(HEX, 32)}"')], "ETag"
    if k == 1:
        return "file", "src/generated/descriptor.js", f"export const descriptor = \"{b64(rbytes(R.randint(120, 300)))}\";\n", "base64 protobuf descriptor"
    if k == 2:
        return "file", "public/sw.js", "const PRECACHE = [\n" + "\n".join(f"  {{ url: '/assets/{word()}.js', revision: '{rs(HEX, 32)}' }}," for _ in range(R.randint(3, 6))) + "\n];\n", "service worker revisions"
    return "file", "src/test/fixtures/random.json", json.dumps({"seed": rs(HEX, 64), "nonce": rs(ALNUM, 24), "trace_id": rs(HEX, 32), "span_id": rs(HEX, 16)}, indent=2) + "\n", "trace ids and nonces"


@neg("subresource-integrity", 2)
def _():
    tags = "\n".join(f"  <script src=\"https://cdn.jsdelivr.net/npm/{word()}@{R.randint(1, 5)}.{R.randint(0, 9)}.0/dist/{word()}.min.js\" integrity=\"sha384-{b64(rbytes(48))}\" crossorigin=\"anonymous\"></script>" for _ in range(R.randint(1, 4)))
    return "file", "templates/base.html", f"<!doctype html>\n<html>\n<head>\n{tags}\n</head>\n<body></body>\n</html>\n", "SRI hashes"


@neg("fingerprints", 2)
def _():
    fps = "\n".join(f"{word()}.io ssh-ed25519 SHA256:{b64(rbytes(32)).rstrip('=')}" for _ in range(3))
    gpg = " ".join(rs(HEX.upper(), 4) for _ in range(10))
    return "file", "docs/verify.md", f"# Verifying releases\n\nSigning key fingerprint: `{gpg}`\n\nHost keys:\n\n```\n{fps}\n```\n", "key fingerprints"


@neg("unsigned-jwt-alg-none", 2)
def _():
    # JWT with alg none and no signature: decodable, but carries no secret
    t = jwt({"sub": "test-user", "role": "viewer", "iat": epoch()}, alg="none", sig=False)
    return "kv", [("TEST_UNSIGNED_JWT", t)], "unsigned JWT (alg none) in a test"


@neg("feature-flag-and-hex-config", 2)
def _():
    return "kv", [("THEME_PRIMARY_COLOR", "#" + rs(HEX, 6)), ("BUILD_ID", rs(HEX, 20)), ("CACHE_BUSTER", rs(LOW + DIG, 10)),
                  ("RELEASE", f"{word()}@{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}+{rs(HEX, 7)}")], "colour and build ids"


@neg("vault-reference", 2)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    v = R.choice([f"vault:secret/data/{word()}#{snake(n)}", f"arn:aws:secretsmanager:eu-west-1:{rs(DIG, 12)}:secret:{word()}/{kebab(n)}-{rs(ALNUM, 6)}",
                  f"op://{word()}/{kebab(n)}/credential", f"projects/{rs(DIG, 12)}/secrets/{kebab(n)}/versions/latest",
                  f"@Microsoft.KeyVault(SecretUri=https://{word()}-kv.vault.azure.net/secrets/{kebab(n)}/)", f"sm://{word()}/{kebab(n)}"])
    return "kv", [(n, v)], "reference to a secret manager"


@neg("commented-instructions", 2)
def _():
    n = R.choice(PLACEHOLDER_NAMES)
    return "file", ".env.example", (f"# Copy to .env and fill in.\n# Get a key at https://dashboard.{word()}.com/keys (starts with sk_live_...)\n{n}=\n"
                                    f"# DB_PASSWORD= (ask #ops)\nLOG_LEVEL=info\n"), ".env.example with empty values"


@neg("empty-or-null-value", 2)
def _():
    k = R.randrange(4)
    if k == 0:
        return "file", "config/default.json", json.dumps({"db": {"host": "localhost", "user": "app", "password": ""}, "stripe": {"secretKey": None},
                                                          "slack": {"botToken": ""}}, indent=2) + "\n", "empty and null credential fields"
    if k == 1:
        return "file", "settings/base.py", "SECRET_KEY = None\nDB_PASSWORD = ''\nAPI_TOKEN: str | None = None\nAWS_SECRET_ACCESS_KEY = \"\"\n", "empty Python settings"
    if k == 2:
        return "file", "values.yaml", "auth:\n  password: \"\"\n  token: ~\n  apiKey: null\n  existingSecret: app-credentials\n", "empty Helm values"
    return "file", ".env.test", "DB_PASSWORD=\nSTRIPE_SECRET_KEY=\nOPENAI_API_KEY=\nLOG_LEVEL=debug\n", "empty .env entries"


@neg("signature-blob", 2)
def _():
    sig = b64(der(0x30, der(0x02, b"\x00" + rbytes(32)) + der(0x02, rbytes(32))))
    if R.random() < .5:
        doc = {"payloadType": "application/vnd.in-toto+json", "payload": b64(json.dumps({"_type": "https://in-toto.io/Statement/v1",
               "subject": [{"name": f"ghcr.io/{word()}/app", "digest": {"sha256": rs(HEX, 64)}}]}).encode()),
               "signatures": [{"keyid": "", "sig": sig}]}
        return "file", "attestations/app.intoto.json", json.dumps(doc, indent=2) + "\n", "cosign/in-toto signature"
    return "file", f"dist/{word()}-1.2.0.tar.gz.sig", sig + "\n", "detached signature"


@neg("csp-hash", 2)
def _():
    hs = " ".join(f"'sha256-{b64(rbytes(32))}'" for _ in range(R.randint(2, 4)))
    return "file", "nginx/security-headers.conf", (f"add_header Content-Security-Policy \"default-src 'self'; script-src 'self' {hs}; "
                                                   f"style-src 'self' 'nonce-{b64(rbytes(16))}'\" always;\n"), "CSP hashes and nonce"


@neg("blockchain-address", 2)
def _():
    addr = "0x" + rs(HEX, 40)
    if R.random() < .5:
        return "file", "hardhat.config.ts", (f"export default {{\n  networks: {{ sepolia: {{ url: process.env.RPC_URL }} }},\n"
                                             f"  contracts: {{\n    token: \"{addr}\",\n    treasury: \"0x{rs(HEX, 40)}\",\n  }},\n}};\n"), "contract addresses"
    return "kv", [(R.choice(["TOKEN_ADDRESS", "TOKEN_CONTRACT", "OWNER_KEY_ADDRESS", "SECRET_VAULT_ADDRESS"]), addr)], "Ethereum address under a token name"


@neg("weak-fixture-password", 2)
def _():
    pw = R.choice(["Passw0rd!", "test1234", "admin123", "P@ssword1", "Welcome1!", "secret123", "letmein!", "password1"])
    return "file", f"tests/test_{word()}.py", (f"import pytest\n\n\n@pytest.fixture\ndef credentials():\n"
                                              f"    return {{\"username\": \"{user()}\", \"password\": \"{pw}\"}}\n"), "well-known weak password in a test fixture"


# ----------------------------------------------------------------------------------------------

def locate(text: str, needle: str) -> tuple[int, int]:
    i = text.find(needle)
    if i < 0:
        raise ValueError(f"needle not in text: {needle[:30]}")
    start = text.count("\n", 0, i) + 1
    return start, start + needle.count("\n")


def default_needles(c: Cred, text: str) -> list:
    if c.needles:
        return list(c.needles)
    out = []
    for _n, v in c.items:
        first = v.strip("\n").split("\n")[0] if "\n" in v else v
        if first in text:
            out.append(v.rstrip("\n") if v.rstrip("\n") in text else first)
        else:
            esc = esc_json(v)
            if v.replace("&", "&amp;") in text:
                out.append(v.replace("&", "&amp;"))
            elif esc in text:
                out.append(esc)
            elif esc_json(first) in text:
                out.append(esc_json(first))
            else:
                raise ValueError(f"cannot find {c.kind} value in rendered text")
    return out


SDK_OK = {"placeholder-angle", "placeholder-xxx", "placeholder-word", "env-interpolation", "template-expression", "masked-value",
          "vault-reference", "sequential-fake", "documented-example-key"}


def build(outdir: str) -> dict:
    labels = []
    # ---- positives: walk credential types round-robin weighted, cycling through their contexts
    pool = []
    for kind, provider, weight, fn in CREDS:
        pool += [(kind, provider, fn)] * weight
    ctx_use = {}
    kind_ctx_seen = {}
    i = 0
    while len([x for x in labels if x["label"] == "credential"]) < N_POSITIVE:
        kind, provider, fn = pool[i % len(pool)]
        i += 1
        c = fn()
        options = contexts_for(c)
        seen = kind_ctx_seen.setdefault(kind, set())
        fresh = [o for o in options if o not in seen] or options
        # prefer contexts used least overall, so every kind of file gets used
        least = min(ctx_use.get(o, 0) for o in fresh)
        name = R.choice([o for o in fresh if ctx_use.get(o, 0) <= least + 2])
        seen.add(name)
        ctx_use[name] = ctx_use.get(name, 0) + 1
        res = CTX[name]["fn"](c)
        path, text = res[0], res[1]
        needles = res[2] if len(res) > 2 and res[2] else default_needles(c, text)
        spans = [locate(text, nd) for nd in needles]
        idx = len(labels) + 1
        rel = f"positive/{idx:04d}-{kind}/{path}"
        write(outdir, rel, text)
        label = {"path": rel, "label": "credential", "kind": kind, "provider": provider,
                 "line": min(s for s, _ in spans), "end_line": max(e for _, e in spans), "context": name}
        markers = list(c.span_markers) + (["kind: Secret"] if name == "k8s-secret-data" else [])
        wide = [locate(text, m) for m in markers if m in text] + [locate(text, esc_json(m)) for m in markers if m not in text and esc_json(m) in text]
        if wide:
            lo, hi = min([label["line"]] + [a for a, _ in wide]), max([label["end_line"]] + [b for _, b in wide])
            if (lo, hi) != (label["line"], label["end_line"]):
                label["span"] = [lo, hi]
        labels.append(label)
    # ---- negatives
    npool = []
    for kind, weight, fn in NEG:
        npool += [(kind, fn)] * weight
    kv_ctx = [n for n in KV_CONTEXTS if n not in ML_ONLY and n not in ("k8s-secret-data", "code-comment")] + ["python-sdk-call", "js-sdk-call"]
    j = 0
    nneg = 0
    while nneg < N_NEGATIVE:
        kind, fn = npool[j % len(npool)]
        j += 1
        res = fn()
        if res[0] == "kv":
            _, items, note = res
            # an SDK call names the argument apiKey whatever the variable was, so only placeholders go there
            allowed = kv_ctx if kind in SDK_OK else [o for o in kv_ctx if "sdk-call" not in o]
            name = min(allowed, key=lambda o: (ctx_use.get(("neg", o), 0), R.random()))
            ctx_use[("neg", name)] = ctx_use.get(("neg", name), 0) + 1
            fake = Cred(kind, "", items)
            path, text = CTX[name]["fn"](fake)[:2]
        else:
            _, path, text, note = res
            name = "file:" + os.path.basename(path)
        nneg += 1
        rel = f"negative/{len(labels) + 1:04d}-{kind}/{path}"
        write(outdir, rel, text)
        labels.append({"path": rel, "label": "clean", "kind": kind, "provider": None, "line": None,
                       "context": name if not name.startswith("file:") else file_context(path), "note": note})
    return {"version": 1, "seed": SEED, "generator": "benches/corpus/generate.py", "files": labels}


def file_context(path: str) -> str:
    base = os.path.basename(path)
    special = {"SHA256SUMS": "checksums", "Cargo.lock": "cargo-lock", "package-lock.json": "package-lock", "yarn.lock": "yarn-lock",
               "go.sum": "go-sum", "authorized_keys": "authorized-keys", "htpasswd": "htpasswd", ".env.example": "dotenv-example",
               "git-log.txt": "git-log", "CHANGELOG.md": "markdown", "manifest.json": "vite-manifest"}
    if base in special:
        return special[base]
    ext = base.rsplit(".", 1)[-1] if "." in base else base
    return {"py": "python", "ts": "typescript", "js": "js", "go": "go", "java": "java", "rb": "ruby", "rs": "rust", "cs": "csharp",
            "md": "markdown", "html": "html", "css": "css", "json": "json", "yml": "yaml", "yaml": "yaml", "pem": "pem", "crt": "pem",
            "graphql": "graphql"}.get(ext, ext)


def write(outdir: str, rel: str, text: str) -> None:
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "corpus"), help="corpus directory (default: corpus/ at the repository root)")
    ap.add_argument("--check", action="store_true", help="regenerate into a temporary directory and compare with --out")
    args = ap.parse_args()
    if args.check:
        tmp = tempfile.mkdtemp(prefix="kh-corpus-")
        try:
            generate(tmp)
            diff = compare(tmp, args.out)
            if diff:
                print("corpus differs from the generator's output:", *diff[:20], sep="\n  ")
                return 1
            print("corpus matches the generator")
            return 0
        finally:
            shutil.rmtree(tmp)
    generate(args.out)
    return 0


def generate(out: str) -> None:
    for sub in ("positive", "negative"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    doc = build(out)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    files = doc["files"]
    pos = [x for x in files if x["label"] == "credential"]
    neg_ = [x for x in files if x["label"] == "clean"]
    print(f"wrote {len(files)} files to {out}: {len(pos)} credential ({len({x['kind'] for x in pos})} types, "
          f"{len({x['provider'] for x in pos})} providers, {len({x['context'] for x in pos})} contexts), "
          f"{len(neg_)} clean ({len({x['kind'] for x in neg_})} look-alike kinds, {len({x['context'] for x in neg_})} contexts); "
          f"{len({x['context'] for x in files})} kinds of files in all")


def compare(a: str, b: str) -> list:
    diffs = []
    for sub in ("positive", "negative", "labels.json"):
        pa, pb = os.path.join(a, sub), os.path.join(b, sub)
        if os.path.isfile(pa):
            if not os.path.isfile(pb) or not filecmp.cmp(pa, pb, shallow=False):
                diffs.append(sub)
            continue
        fa = {os.path.relpath(os.path.join(d, f), pa) for d, _, fs in os.walk(pa) for f in fs}
        fb = {os.path.relpath(os.path.join(d, f), pb) for d, _, fs in os.walk(pb) for f in fs} if os.path.isdir(pb) else set()
        diffs += [f"{sub}/{x} (missing or extra)" for x in sorted(fa ^ fb)]
        diffs += [f"{sub}/{x}" for x in sorted(fa & fb) if not filecmp.cmp(os.path.join(pa, x), os.path.join(pb, x), shallow=False)]
    return diffs


if __name__ == "__main__":
    sys.exit(main())
