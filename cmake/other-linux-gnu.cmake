# Build for another architecture, to check by hand that the build works and
# the suite passes there (not in CI):
#   -DCMAKE_TOOLCHAIN_FILE=cmake/other-linux-gnu.cmake -DVMATH_CROSS_ARCH=A
# A = ppc64le (IBM double-double long double) or s390x (big-endian,
# FLT_EVAL_METHOD 1): no kernels of their own, run under qemu-user, with
# Debian's gcc-<triplet>; A = i686: 32-bit x86 on an x86-64 machine (gcc -m32,
# gcc-multilib, which Debian 12 will not keep beside the cross compilers:
# installing it removes gcc-aarch64-linux-gnu), run natively. Each needs that architecture's multiarch
# libcmocka-dev and libmpfr-dev. qemu's -L / takes the multiarch loader and
# libc: the cross packages' own (/usr/<triplet>) abort under qemu-ppc64le
# 7.2 ("stack smashing detected", even for hello world).
set(VMATH_CROSS_ARCH ppc64le CACHE STRING "ppc64le, s390x or i686")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES VMATH_CROSS_ARCH)
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${VMATH_CROSS_ARCH})
if(VMATH_CROSS_ARCH STREQUAL "i686")
  set(VMATH_CROSS_TRIPLET i386-linux-gnu)
  set(CMAKE_C_COMPILER gcc)
  set(CMAKE_CXX_COMPILER g++)
  set(CMAKE_C_FLAGS_INIT -m32)
  set(CMAKE_CXX_FLAGS_INIT -m32)
else()
  if(VMATH_CROSS_ARCH STREQUAL "s390x")
    set(VMATH_CROSS_TRIPLET s390x-linux-gnu)
  else()
    set(VMATH_CROSS_TRIPLET powerpc64le-linux-gnu)
  endif()
  set(CMAKE_C_COMPILER ${VMATH_CROSS_TRIPLET}-gcc)
  set(CMAKE_CXX_COMPILER ${VMATH_CROSS_TRIPLET}-g++)
  set(CMAKE_CROSSCOMPILING_EMULATOR qemu-${VMATH_CROSS_ARCH} -L /)
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_LIBRARY_ARCHITECTURE ${VMATH_CROSS_TRIPLET})
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/${VMATH_CROSS_TRIPLET}/pkgconfig:/usr/share/pkgconfig)
