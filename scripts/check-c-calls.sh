#!/usr/bin/env bash
# Checks that only HaberSystem (the C library) and HaberICU (ICU, through CICU) call C.
# Lists, for the object files of every other target of a build, the C functions they need
# (`nm -u`), leaving out what the compiler itself emits (memcpy, malloc_usable_size, ...) and
# what the Swift runtime, Foundation and the dependencies bring; prints each offender and
# exits 1 when there is one.
#
#   scripts/check-c-calls.sh [BUILD_FOLDER]      default .build/debug (after `swift build`)
#
# Reads a debug build only: a release build inlines HaberSystem's small wrappers into their
# callers in other modules (cross-module optimization), so its objects name C functions
# (`open`, `errno`) that the sources of those modules never call.
set -euo pipefail
build=${1:-.build/debug}
command -v nm > /dev/null || { echo "check-c-calls.sh: nm is not installed (apt-get install binutils)" >&2; exit 1; }
[ -d "$build" ] || { echo "check-c-calls.sh: $build: no such build folder (run swift build first)" >&2; exit 1; }
case "$(basename "$(cd "$build" && pwd -P)")" in
  *release*) echo "check-c-calls.sh: $build: a release build inlines HaberSystem's wrappers across modules; give a debug build folder" >&2; exit 2 ;;
esac

# What compiled Swift asks of the C library by itself, whatever the source says.
compiler='^(memcpy|memmove|memset|memcmp|bcmp|malloc|free|malloc_usable_size|syscall|floor|ceil|round|rint|trunc|fmod|fmodf|exp|exp2|log|log2|log10|pow|sqrt|__stack_chk_fail|__errno_location|_Block_copy|_Block_release|_NSConcreteStackBlock|_NSConcreteGlobalBlock|pthread_mutex_.*|pthread_mutexattr_.*|exit)$'
found=0
for target in HaberText HaberExtraction HaberRecords HaberEvaluation HaberServer haber haber_bench; do
  folder="$build/$target.build"
  [ -d "$folder" ] || continue
  for object in "$folder"/*.o; do
    # Plain C symbols (not Swift-mangled, not the runtime's, not ICU's versioned ones) and
    # the Swift overlay of the C library (`Glibc`).
    calls=$(nm -u "$object" | awk '{print $2}' \
      | grep -Ev '^(\$s|\$e|_\$s|swift_|_swift|__swift|_ZN|__cxa|_Unwind|__tls|_GLOBAL_OFFSET)' \
      | grep -Ev '_72$' | grep -Ev "$compiler" || true)
    overlay=$(nm -u "$object" | awk '{print $2}' | grep -E '^\$s5Glibc' | sed 's/^/Glibc:/' || true)
    for call in $calls $overlay; do
      echo "$target/$(basename "$object" .o): $call"
      found=1
    done
  done
done
if [ "$found" = 1 ]; then
  echo "check-c-calls.sh: C called outside HaberSystem and HaberICU (wrap it in Sources/HaberSystem)" >&2
  exit 1
fi
echo "check-c-calls.sh: only HaberSystem and HaberICU call C"
