#!/usr/bin/env bash
# Installs what the service's tests need when it is missing: headless Chromium and its driver,
# nginx and wrk (Debian), Selenium, schemathesis and PyYAML (pip). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx-light)
command -v wrk >/dev/null 2>&1 || packages+=(wrk)
if [ ${#packages[@]} -gt 0 ]; then
    echo "setup-service: installing ${packages[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
for module in selenium schemathesis; do
    python3 -c "import $module" 2>/dev/null && continue
    echo "setup-service: installing $module"
    python3 -m pip install --quiet "$module"
done
# The browser test reads the page's YAML back (schemathesis brings it too; imported as yaml).
python3 -c "import yaml" 2>/dev/null || python3 -m pip install --quiet PyYAML
