#!/bin/sh
# Rebuilds the name and word lists in this folder from @faker-js/faker (MIT), @cspell/dict-people-names (MIT),
# pinyin-pro (MIT, faker's Chinese names in pinyin) and Debian's wbritish (SCOWL), and writes origin-names.txt from the
# hand-written extra-origin-names.txt and extra-names-fa-ar-ur-th.txt.
# Run by hand when the lists should change (`sh seeds/names/make-lists.sh`), never at build time; commit the output.
# Needs node, npm and /usr/share/dict/british-english (apt-get install wbritish).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=10.6.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@faker-js/faker@$version" >/dev/null && tar xzf faker-js-faker-$version.tgz)
people=1.1.16
mkdir -p "$tmp/people"
(cd "$tmp/people" && npm pack --silent "@cspell/dict-people-names@$people" >/dev/null && tar xzf cspell-dict-people-names-$people.tgz)
cp "$tmp/people/package/LICENSE" "$here/LICENSE-cspell-people-names.txt"
cp "$tmp/package/LICENSE" "$here/LICENSE-faker.txt"
cp /usr/share/doc/wbritish/copyright "$here/LICENSE-scowl.txt"
pinyin=3.29.4
mkdir -p "$tmp/pinyin"
(cd "$tmp/pinyin" && npm pack --silent "pinyin-pro@$pinyin" >/dev/null && tar xzf pinyin-pro-$pinyin.tgz)
cp "$tmp/pinyin/package/LICENSE" "$here/LICENSE-pinyin-pro.txt"
node "$here/make-lists.mjs" "$tmp/package" /usr/share/dict/british-english "$here" "$tmp/people/package/dict/people-names.txt" "$tmp/pinyin/package"
