# Installs what building, serving and testing need, when it is missing. Idempotent and
# quick when everything is there. Sourced by .ci/serve and .ci/test:
#   . .ci/setup.sh serve   # Rust toolchain pieces and wasm-opt
#   . .ci/setup.sh test    # also Chromium, PDF tools, fonts, Java, Playwright, compare-locales, moz-fluent-linter
# Versions are pinned so that a later release cannot break a fresh machine.

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml
COMPARE_LOCALES_VERSION=9.0.5
FLUENT_LINTER_VERSION=0.4.10
AIOSMTPD_VERSION=1.4.6
REQUESTS_VERSION=2.34.2

_setup_mode=${1:-serve}
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
_say() { printf '[setup] %s\n' "$*"; }

_apt_missing=()
_need_deb() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ] || _apt_missing+=("$1"); }
_need_deb fonts-wqy-microhei          # CJK font embedded in Chinese invoice PDFs
_need_deb brotli                      # .ci/build-site precompresses the site's files
if [ "$_setup_mode" = test ]; then
  _need_deb chromium                  # Playwright drives Debian's Chromium
  _need_deb poppler-utils             # pdftotext in the invoice tests
  _need_deb qpdf                      # qpdf --check in the invoice tests
  _need_deb wrk                       # load generator of bench/run
  _need_deb nginx-light               # bench/run's same-bytes baseline (started by the script)
  _need_deb default-jre-headless      # Java for the Nu HTML checker (npm vnu-jar) in pages.spec.ts
fi
if [ ${#_apt_missing[@]} -gt 0 ]; then
  _say "installing Debian packages: ${_apt_missing[*]}"
  _as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive _as_root apt-get install -y -qq "${_apt_missing[@]}" >/dev/null
fi

export PATH="$HOME/.cargo/bin:$PATH"
# Checks read the whole output first: with `pipefail`, `cmd | grep -q` can fail when
# grep stops reading early and `cmd` gets SIGPIPE.
_has() { case "$1" in *"$2"*) return 0 ;; *) return 1 ;; esac; }
if ! _has "$(rustup target list --installed 2>/dev/null)" "wasm32-unknown-unknown"; then
  _say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The standard library's source: the release wasm compiles it with the app (.ci/build-site).
if ! _has "$(rustup component list --installed 2>/dev/null)" "rust-src"; then
  _say "adding the rust-src component"
  rustup component add rust-src
fi
if ! _has "$(wasm-bindgen --version 2>/dev/null)" " $WASM_BINDGEN_VERSION"; then
  _say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: Playwright, axe-core, the Nu HTML checker, binaryen's wasm-opt (Debian's
# is too old), terser (the wasm-bindgen glue minified by .ci/build-site) and Lighthouse
# (bench/lighthouse). `npm ci` runs again whenever package-lock.json is newer than the
# installed tree, so a package added to the lock file needs no check of its own here.
if [ ! -f "$_root/end2end/node_modules/.package-lock.json" ] \
   || [ "$_root/end2end/package-lock.json" -nt "$_root/end2end/node_modules/.package-lock.json" ]; then
  _say "installing the npm packages of end2end/"
  (cd "$_root/end2end" && npm ci --no-audit --no-fund --loglevel=error)
fi
export PATH="$_root/end2end/node_modules/.bin:$PATH"

if [ "$_setup_mode" = test ]; then
  if ! _has "$(python3 -m pip show compare-locales 2>/dev/null)" "Version: $COMPARE_LOCALES_VERSION"; then
    _say "installing compare-locales $COMPARE_LOCALES_VERSION"
    python3 -m pip install -q "compare-locales==$COMPARE_LOCALES_VERSION"
  fi
  # Mozilla's Fluent linter (ids, typography, terms; .ci/fluent-lint.yml).
  if ! _has "$(python3 -m pip show moz-fluent-linter 2>/dev/null)" "Version: $FLUENT_LINTER_VERSION"; then
    _say "installing moz-fluent-linter $FLUENT_LINTER_VERSION"
    python3 -m pip install -q "moz-fluent-linter==$FLUENT_LINTER_VERSION"
  fi
  # A real SMTP server for the e-mail tests (tests/smtp_sink.py).
  if ! _has "$(python3 -m pip show aiosmtpd 2>/dev/null)" "Version: $AIOSMTPD_VERSION"; then
    _say "installing aiosmtpd $AIOSMTPD_VERSION"
    python3 -m pip install -q "aiosmtpd==$AIOSMTPD_VERSION"
  fi
  # HTTP for the black-box attack script (tests/attack/run).
  if ! python3 -c "import requests" 2>/dev/null; then
    _say "installing requests $REQUESTS_VERSION"
    python3 -m pip install -q "requests==$REQUESTS_VERSION"
  fi
fi
unset _setup_mode _apt_missing
unset -f _has _need_deb _as_root _say
