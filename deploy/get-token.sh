#!/usr/bin/env bash
# Prints an access token for a user of the issuer, signing in as a person's tool does:
# form login, then the authorization code flow with PKCE for the public client "reporting-cli".
#   TOKEN=$(deploy/get-token.sh vanthu.tinhson demo)
# ISSUER defaults to the local stack's identity service.
set -euo pipefail

user=${1:?usage: get-token.sh USER [PASSWORD]}
password=${2:-demo}
issuer=${ISSUER:-http://localhost:9000}
client=reporting-cli
redirect=http://127.0.0.1:8080/authorized

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

urlencode() { # RFC 3986 percent-encoding, byte by byte (UTF-8 safe)
  local LC_ALL=C s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  printf '%s' "$out"
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

csrf=$(curl -fsS -c "$jar" -b "$jar" "$issuer/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n1)
[[ -n $csrf ]] || { echo "get-token: no sign-in form at $issuer/login" >&2; exit 1; }

after_login=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data "username=$(urlencode "$user")&password=$(urlencode "$password")&_csrf=$(urlencode "$csrf")" "$issuer/login")
if [[ $after_login == *error* ]]; then
  echo "get-token: sign-in refused for $user" >&2
  exit 1
fi

verifier=$(openssl rand 48 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(openssl rand 16 | b64url)
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  "$issuer/oauth2/authorize?response_type=code&client_id=$client&redirect_uri=$(urlencode "$redirect")&scope=openid&state=$state&code_challenge=$challenge&code_challenge_method=S256")
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ $location == "$redirect"* && -n $code ]] || { echo "get-token: no authorization code (redirect: ${location:-none})" >&2; exit 1; }

response=$(curl -fsS "$issuer/oauth2/token" --data "grant_type=authorization_code&code=$code&redirect_uri=$(urlencode "$redirect")&client_id=$client&code_verifier=$verifier")
token=$(printf '%s' "$response" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "get-token: no access token in the answer: $response" >&2; exit 1; }
printf '%s\n' "$token"
