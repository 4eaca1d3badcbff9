# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
#
# Warnings and sanitizers for the project's own targets only: third-party headers are
# included as SYSTEM and stay quiet.

add_library(netzatlas_compiler_options INTERFACE)
target_compile_options(netzatlas_compiler_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${NETZATLAS_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(netzatlas_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)

if(NETZATLAS_WITH_ASAN)
    target_compile_options(netzatlas_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(netzatlas_compiler_options INTERFACE -fsanitize=address,undefined)
endif()

if(NETZATLAS_BUILD_FUZZ)
    # Coverage feedback for libFuzzer in every library the targets link, plus ASan and UBSan.
    target_compile_options(netzatlas_compiler_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(netzatlas_compiler_options INTERFACE -fsanitize=address,undefined)
endif()

# netzatlas_add_library(NAME <target> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(netzatlas_add_library)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
    target_include_directories(${ARG_NAME}
        PUBLIC ${PROJECT_SOURCE_DIR}/include
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${ARG_NAME} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE netzatlas_compiler_options ${ARG_PRIVATE_LIBS})
endfunction()
