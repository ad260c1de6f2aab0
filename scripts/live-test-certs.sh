#!/bin/sh
# Writes the test certificate authority and the leaf certificates the live tests
# serve (test/fixtures/live/). Run once; the files are committed, so the tests need
# neither openssl nor a network. Valid for a century, so they do not rot; the
# expired one ended in 2021 on purpose.
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/live"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# The authority the checker is told to trust (--ca).
key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 36500 -subj "/CN=govvn live test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem

mkdir -p db && : > db/index && echo 1000 > db/serial
cat > ca.cnf <<CNF
[ca]
default_ca = test
[test]
database = db/index
serial = db/serial
new_certs_dir = db
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CNF

# leaf NAME SUBJECT-ALT-NAMES START END
leaf() {
  key "$1.key"
  openssl req -new -key "$1.key" -subj "/CN=$2" -addext "subjectAltName=$3" -out "$1.csr"
  openssl ca -batch -config ca.cnf -in "$1.csr" -out "$1.pem" -notext -startdate "$4" -enddate "$5" 2>/dev/null
}

NAMES="DNS:laichau.gov.vn,DNS:*.laichau.gov.vn,DNS:huyentanuyen.gov.vn,DNS:xatanuyen.gov.vn,DNS:xaphongtho.gov.vn,DNS:*.live.test,DNS:localhost"
leaf valid laichau.gov.vn "$NAMES" 20250101000000Z 21241231000000Z
leaf expired laichau.gov.vn "$NAMES" 20200101000000Z 20210101000000Z
leaf wrong-name other.example "DNS:other.example" 20250101000000Z 21241231000000Z

for f in ca valid expired wrong-name; do cp "$f.pem" "$out/$f.pem"; done
for f in valid expired wrong-name; do cp "$f.key" "$out/$f.key"; done
echo "wrote $out"
