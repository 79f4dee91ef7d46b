# Compile settings shared by every Guichet target, carried by one INTERFACE target.
add_library(guichet_settings INTERFACE)
add_library(Guichet::settings ALIAS guichet_settings)

target_compile_features(guichet_settings INTERFACE cxx_std_20)
target_compile_definitions(guichet_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
# The version is not a compile definition (a bump would rebuild everything): BuildInfo::version()
# (model/core/BuildInfo.h), from a header generated at build time.

# Windows: <windows.h> (app/Platform.cpp, and Qt's own headers through it) without the min/max
# macros that break std::min and std::numeric_limits<…>::max(), nor the rarely used half of Win32.
if(WIN32)
    target_compile_definitions(guichet_settings INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
endif()

if(MSVC)
    target_compile_options(guichet_settings INTERFACE /W4 /permissive- /utf-8)
    if(GUICHET_WARNINGS_AS_ERRORS)
        target_compile_options(guichet_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(guichet_settings INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual)
    if(GUICHET_WARNINGS_AS_ERRORS)
        target_compile_options(guichet_settings INTERFACE -Werror)
    endif()
endif()

# Hardening of what ships: fortified libc calls (level 3 where the compiler has it), a stack
# protector, full RELRO and position-independent executables; on Windows, Control Flow Guard. Not
# in Debug builds, where _FORTIFY_SOURCE needs optimisation to work.
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
if(MSVC)
    target_compile_options(guichet_settings INTERFACE /GS /guard:cf)
    target_link_options(guichet_settings INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
else()
    if((CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12)
       OR (CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 16))
        set(GUICHET_FORTIFY_LEVEL 3)
    else()
        set(GUICHET_FORTIFY_LEVEL 2)
    endif()
    target_compile_options(guichet_settings INTERFACE -fstack-protector-strong
        "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=${GUICHET_FORTIFY_LEVEL}>")
    if(NOT APPLE)
        target_link_options(guichet_settings INTERFACE "LINKER:-z,relro,-z,now" "LINKER:-z,noexecstack")
    endif()
endif()

# GUICHET_SANITIZE=address,undefined (or thread): a build for finding memory, undefined-behaviour
# or data-race errors; CI runs the model's tests under ASan+UBSan (label "model"). Any finding
# stops the test (no recovery).
set(GUICHET_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread (GCC/Clang)")
if(GUICHET_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "GUICHET_SANITIZE is for GCC and Clang")
    endif()
    target_compile_options(guichet_settings INTERFACE -fsanitize=${GUICHET_SANITIZE} -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(guichet_settings INTERFACE -fsanitize=${GUICHET_SANITIZE})
endif()

# guichet_add_test(NAME SOURCES file... [LIBS target...] [GUI] [XCB] [WRAPPER script.sh])
# One executable per test class, registered with CTest, run offscreen. With WRAPPER, CTest runs
# `sh script.sh <test executable>` (a script that prepares a service, runs "$@", cleans up): a
# Linux-only service (a private D-Bus session and gnome-keyring), so the test is labelled
# linux-only, and on Windows CTest runs the executable alone with GUICHET_TEST_KEYRING_MISSING
# saying why (it skips, or fails under CI: `ctest -LE linux-only` there). XCB
# registers the same executable a second time as NAME_xcb, on a private Xvfb with the xcb platform
# (tests/run-under-xvfb.sh): the X11 key scheme and window activation that agents' desks have.
# XCB_SCREENS WxH[@percent]... registers it instead once per screen, as NAME_xcb_WxH[_percent], on
# an Xvfb screen of that size, scaled by QT_SCALE_FACTOR when a percent is given (1920x1080@150),
# and not offscreen: window sizes only mean something on a real screen.
function(guichet_add_test name)
    cmake_parse_arguments(ARG "GUI;XCB" "WRAPPER" "SOURCES;LIBS;LABELS;XCB_SCREENS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    # What the test includes from tests/support (directly or through another helper) decides what
    # it links and part of its labels.
    set(pending "")
    foreach(source IN LISTS ARG_SOURCES)
        if(source MATCHES "\\.(cpp|h)$" AND NOT IS_ABSOLUTE "${source}")
            list(APPEND pending "${CMAKE_CURRENT_SOURCE_DIR}/${source}")
        endif()
    endforeach()
    set(support "")
    while(pending)
        list(POP_FRONT pending path)
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${path}")
        file(STRINGS "${path}" includes REGEX "^#include \"support/[A-Za-z]+\\.h\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"support/([A-Za-z]+)\\.h\".*" "\\1" helper "${line}")
            if(NOT helper IN_LIST support)
                list(APPEND support ${helper})
                list(APPEND pending "${PROJECT_SOURCE_DIR}/tests/support/${helper}.h")
            endif()
        endforeach()
    endwhile()
    set(support_libs Guichet::test_support)
    foreach(helper IN ITEMS DeskFixture LayoutChecks SettingsDialogFixture)
        if(helper IN_LIST support)
            list(APPEND support_libs Guichet::test_desk)
            break()
        endif()
    endforeach()
    if("CtlRunner" IN_LIST support)
        list(APPEND support_libs Guichet::test_ctl)
    endif()
    target_link_libraries(${name} PRIVATE Guichet::settings Qt6::Test ${support_libs} ${ARG_LIBS})
    # Labels from what the test uses, so that `ctest -L` selects: gui (widgets), model (the model
    # alone: the sanitizer job's set), ctl (guichetctl run as a process), postgresql (a database
    # suite, both engines), smtp (a real SMTP server), keyring (a Secret Service in a private D-Bus
    # session); xcb for the Xvfb runs.
    set(labels ${ARG_LABELS})
    if(ARG_GUI)
        list(APPEND labels gui)
    elseif("CtlRunner" IN_LIST support)
        list(APPEND labels ctl)
    elseif(NOT "Guichet::ui" IN_LIST ARG_LIBS AND NOT "Guichet::desk" IN_LIST ARG_LIBS)
        list(APPEND labels model)
    endif()
    if("TestDatabases" IN_LIST support OR "DeskFixture" IN_LIST support)
        list(APPEND labels postgresql)
    endif()
    if("SmtpTestServer" IN_LIST support)
        list(APPEND labels smtp)
    endif()
    if(ARG_WRAPPER MATCHES "keyring")
        list(APPEND labels keyring)
    endif()
    # Xvfb and the shell wrappers' services exist on Linux only: no sh, Xvfb nor D-Bus on Windows.
    if(ARG_WRAPPER)
        list(APPEND labels linux-only)
    endif()
    if(ARG_XCB_SCREENS AND WIN32)
        return()
    endif()
    if(ARG_XCB_SCREENS)
        foreach(screen IN LISTS ARG_XCB_SCREENS)
            if(NOT screen MATCHES "^([0-9]+)x([0-9]+)(@([0-9]+))?$")
                message(FATAL_ERROR "guichet_add_test: ${screen} is not WxH or WxH@percent")
            endif()
            set(size "${CMAKE_MATCH_1}x${CMAKE_MATCH_2}")
            set(environment "QT_QPA_PLATFORM=xcb;QT_LOGGING_RULES=guichet.*.info=false;GUICHET_XVFB_SCREEN=${size}x24")
            set(suffix "${size}")
            if(CMAKE_MATCH_4)
                math(EXPR whole "${CMAKE_MATCH_4} / 100")
                math(EXPR hundredths "${CMAKE_MATCH_4} % 100")
                if(hundredths LESS 10)
                    set(hundredths "0${hundredths}")
                endif()
                list(APPEND environment "QT_SCALE_FACTOR=${whole}.${hundredths}")
                set(suffix "${size}_${CMAKE_MATCH_4}")
            endif()
            add_test(NAME ${name}_xcb_${suffix}
                COMMAND sh ${PROJECT_SOURCE_DIR}/tests/run-under-xvfb.sh $<TARGET_FILE:${name}>)
            set_tests_properties(${name}_xcb_${suffix} PROPERTIES ENVIRONMENT "${environment}"
                LABELS "${labels};xcb;linux-only")
        endforeach()
        return()
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=guichet.*.info=false")
    if(ARG_WRAPPER AND NOT WIN32)
        add_test(NAME ${name} COMMAND sh ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
        if(ARG_WRAPPER)
            list(APPEND environment "GUICHET_TEST_KEYRING_MISSING=${ARG_WRAPPER} needs sh and a Linux service")
        endif()
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}" LABELS "${labels}")
    if(ARG_XCB AND NOT WIN32)
        add_test(NAME ${name}_xcb COMMAND sh ${PROJECT_SOURCE_DIR}/tests/run-under-xvfb.sh $<TARGET_FILE:${name}>)
        set_tests_properties(${name}_xcb PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=xcb;QT_LOGGING_RULES=guichet.*.info=false"
            LABELS "${labels};xcb;linux-only")
    endif()
endfunction()
