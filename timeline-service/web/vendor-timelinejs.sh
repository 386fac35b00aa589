#!/usr/bin/env bash
# Copies TimelineJS (npm @knight-lab/timelinejs, MPL-2.0) into the service's static resources, so that
# /timelinejs.html loads it from the service itself. No Maven package of it exists (WebJars, mvnpm): this is the
# one step that needs npm, run when the version changes; the build itself stays offline.
set -euo pipefail
VERSION=${1:-3.9.11}
# npm's integrity of the 3.9.11 tarball (npm view @knight-lab/timelinejs@3.9.11 dist.shasum).
SHASUM=9b087cbac3cbe423e7e4c4f7e849cf08c4185ee8
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@knight-lab/timelinejs@$VERSION" >/dev/null)
tarball=$(ls "$work"/*.tgz)
if [ "$VERSION" = 3.9.11 ] && [ "$(sha1sum "$tarball" | cut -d' ' -f1)" != "$SHASUM" ]; then
  echo "tarball does not match npm's shasum" >&2
  exit 1
fi
tar xzf "$tarball" -C "$work"
dist="$work/package/dist"
target=src/main/resources/META-INF/resources/vendor/timelinejs/$VERSION
rm -rf "$target"
mkdir -p "$target/js/locale" "$target/css/icons"
cp "$dist/js/timeline.js" "$dist/js/timeline.js.LICENSE.txt" "$target/js/"
cp "$dist/js/locale/en.json" "$target/js/locale/"
cp "$dist/css/timeline.css" "$target/css/"
cp "$dist/css/icons/"tl-icons.* "$target/css/icons/"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "TimelineJS $VERSION in $target"
