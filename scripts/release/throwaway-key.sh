# Sourced by scripts/verify-release: makes a throwaway OpenPGP signing key in a temporary GNUPGHOME and exports it
# the way the release profile's BC signer reads a real one (MAVEN_GPG_KEY, MAVEN_GPG_PASSPHRASE). The key lives only
# in "$1" and is never uploaded or published; its public half is written to "$1/public.asc" for the checks.
throwaway_key() {
  local dir="$1"
  export GNUPGHOME="$dir/gnupg"
  mkdir -p -m 700 "$GNUPGHOME"
  export MAVEN_GPG_PASSPHRASE="throwaway-$RANDOM-$RANDOM"
  gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
    --quick-gen-key "par-index release check (throwaway) <release-check@invalid>" rsa3072 sign 1d 2>/dev/null
  MAVEN_GPG_KEY="$(gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
    --armor --export-secret-keys)"
  export MAVEN_GPG_KEY
  gpg --batch --quiet --armor --export > "$dir/public.asc"
}
