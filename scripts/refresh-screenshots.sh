#!/usr/bin/env bash
# Refreshes the README's pictures (media/screenshots/*.png) on purpose: runs the
# editor tests, which save their pictures in test-results/editor/screenshots/
# (never in the tracked tree), and copies them over the tracked ones only when
# every test passed. Review the pictures, then commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run test:editor
mkdir -p media/screenshots
cp test-results/editor/screenshots/{hover,codelens,sidebar,reading,notes}.png media/screenshots/
cp test-results/export/brief-card.png media/screenshots/brief.png
echo "refresh-screenshots: copied hover, codelens, sidebar, reading, notes and brief.png into media/screenshots/ (git diff --stat media/)" >&2
