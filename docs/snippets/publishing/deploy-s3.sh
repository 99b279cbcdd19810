#!/usr/bin/env bash
# Upload a built site to its S3 bucket with the right Cache-Control and
# Content-Type per file pattern, then refresh CloudFront. Build first, for
# the exact address readers use:
#   SITE_URL=https://guide.example.com/ make pdf   (the build, and the cheat sheets as PDF)
#   BUCKET=my-guide-site DISTRIBUTION_ID=E2EXAMPLE123 ./deploy-s3.sh
set -euo pipefail

SITE_DIR="${SITE_DIR:-site}"
DEST="s3://${BUCKET:?set BUCKET to the bucket name}"
: "${DISTRIBUTION_ID:?set DISTRIBUTION_ID to the CloudFront distribution ID}"

# Hashed names change whenever the bytes do: cache for a year.
IMMUTABLE="public, max-age=31536000, immutable"
# Pyodide and mermaid keep their names; package-lock.json versions them.
VENDOR="public, max-age=604800"
# Browsers may store these but must ask the origin before each use.
REVALIDATE="no-cache"

# 1. Content-hashed files first, so new pages never point at missing files.
#    Older hashed files stay: an old page still open keeps working.
aws s3 sync "$SITE_DIR" "$DEST" --only-show-errors \
  --cache-control "$IMMUTABLE" \
  --exclude "*" \
  --include "assets/wheels/*" \
  --include "assets/runtime/*" \
  --include "assets/javascripts/bundle.*.min.js" \
  --include "assets/javascripts/workers/search.*.min.js" \
  --include "assets/stylesheets/main.*.min.css" \
  --include "assets/stylesheets/palette.*.min.css"

# 2. Pyodide and mermaid. Explicit types, whatever this machine's mime.types
#    says: streaming WebAssembly compilation needs application/wasm, and
#    module scripts need a JavaScript type.
aws s3 sync "$SITE_DIR" "$DEST" --only-show-errors \
  --cache-control "$VENDOR" \
  --exclude "*" --include "assets/vendor/*" \
  --exclude "*.wasm" --exclude "*.mjs"
aws s3 sync "$SITE_DIR" "$DEST" --only-show-errors \
  --cache-control "$VENDOR" --content-type "application/wasm" \
  --exclude "*" --include "assets/vendor/*.wasm"
aws s3 sync "$SITE_DIR" "$DEST" --only-show-errors \
  --cache-control "$VENDOR" --content-type "text/javascript" \
  --exclude "*" --include "assets/vendor/*.mjs"

# 3. Everything else last: HTML, the site's own unhashed scripts and styles,
#    the search index. --delete removes pages that no longer exist (never
#    anything matching the excluded patterns).
aws s3 sync "$SITE_DIR" "$DEST" --only-show-errors \
  --cache-control "$REVALIDATE" --delete \
  --exclude "assets/wheels/*" \
  --exclude "assets/runtime/*" \
  --exclude "assets/javascripts/bundle.*.min.js" \
  --exclude "assets/javascripts/workers/search.*.min.js" \
  --exclude "assets/stylesheets/main.*.min.css" \
  --exclude "assets/stylesheets/palette.*.min.css" \
  --exclude "assets/vendor/*" \
  --exclude "sitemap.xml.gz"
# The web app manifest, with the type browsers expect (an unknown extension to
# most MIME tables). sw.js and offline.json went with step 3: no-cache, so a
# new build's service worker is found on the reader's next visit.
aws s3 cp "$SITE_DIR/manifest.webmanifest" "$DEST/manifest.webmanifest" --only-show-errors \
  --content-type "application/manifest+json" --cache-control "$REVALIDATE"
# A gzip file in its own right, not an encoded sitemap.xml: no Content-Encoding.
aws s3 cp "$SITE_DIR/sitemap.xml.gz" "$DEST/sitemap.xml.gz" --only-show-errors \
  --content-type "application/gzip" --cache-control "$REVALIDATE"

# 4. Drop CloudFront's cached copies. One wildcard counts as one path toward
#    the monthly free invalidation paths. It matters most after a Pyodide or
#    mermaid upgrade, whose files keep their names.
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" \
  --paths "/*" --query "Invalidation.Id" --output text

# Note: sync compares size and modification time only, so changing a header
# alone re-uploads nothing. To rewrite headers in place, copy a prefix onto
# itself (this re-guesses Content-Type, so repeat step 2's types afterwards):
#   aws s3 cp "$DEST/assets/vendor/" "$DEST/assets/vendor/" --recursive \
#     --metadata-directive REPLACE --cache-control "$VENDOR"
