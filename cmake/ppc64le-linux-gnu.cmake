# Cross-compile for ppc64le with Debian's gcc-powerpc64le-linux-gnu; run the
# results with qemu-ppc64le (qemu-user) and Debian multiarch ppc64el libraries
# (libcmocka-dev:ppc64el, libmpfr-dev:ppc64el). -L /: the multiarch loader and
# libc; the cross package's own (/usr/powerpc64le-linux-gnu) abort under
# qemu-ppc64le 7.2 ("stack smashing detected", even for hello world).
# Not in CI: an architecture with no kernels of its own, checked by hand.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ppc64le)
set(CMAKE_C_COMPILER powerpc64le-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER powerpc64le-linux-gnu-g++)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_LIBRARY_ARCHITECTURE powerpc64le-linux-gnu)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-ppc64le -L /)
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/powerpc64le-linux-gnu/pkgconfig:/usr/share/pkgconfig)
