#!/usr/bin/env bash
# Build our AppImage type-2 runtime (runtime.c beside this file) into the file given (default:
# ./runtime): statically linked against Debian's libsquashfuse, libfuse3 and the compression
# libraries SquashFS may use, stripped, with the magic bytes "AI\x02" at offset 8 of the ELF header.
#
#   bash packaging/linux/appimage-runtime/build-runtime.sh build/appimage/runtime
#
# Needs (Debian 12 packages): gcc, libsquashfuse-dev, libfuse3-dev, libzstd-dev, liblzma-dev,
# liblz4-dev, liblzo2-dev, zlib1g-dev. packaging/linux/build.sh installs them when missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-runtime}"
mkdir -p "$(dirname "$OUT")"
# -static: the runtime starts before anything of the AppImage is reachable, so it must not need
# the host's libraries. glibc warns that getpwnam & co. would still want the host's NSS modules
# at run time; libfuse only reaches them for options this runtime never passes.
gcc -std=gnu11 -Os -Wall -Wextra -Wno-unused-parameter -static \
    -I/usr/include/squashfuse -o "$OUT" "$HERE/runtime.c" \
    -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -llzo2 -lz -lpthread
strip "$OUT"
# AppImage type 2: "AI" and the type (2) at offset 8 of the ELF file (EI_PAD, unused by ELF).
printf 'AI\002' | dd of="$OUT" bs=1 seek=8 conv=notrunc status=none
echo "runtime: $OUT ($(stat -c %s "$OUT") bytes)"
