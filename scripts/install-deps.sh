#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian packages Netzatlas needs to build, run and test.
# Idempotent: does nothing when every package is already present.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libboost-graph-dev libspdlog-dev catch2
    libxlsxwriter-dev libquazip1-qt6-dev libminizip-dev
    xvfb xauth postgresql
    librsvg2-bin poppler-utils python3 python3-networkx python3-openpyxl python3-igraph fonts-lato
    clang libclang-rt-14-dev clang-format
    fonts-dejavu-core
    graphviz
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: alle Pakete vorhanden / all packages present"
    exit 0
fi

echo "install-deps: installiere / installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
