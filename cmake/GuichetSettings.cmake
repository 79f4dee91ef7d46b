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
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    GUICHET_VERSION="${PROJECT_VERSION}")

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

# guichet_add_test(NAME SOURCES file... [LIBS target...] [GUI] [XCB] [WRAPPER script.sh])
# One executable per test class, registered with CTest, run offscreen. With WRAPPER, CTest runs
# `sh script.sh <test executable>` (a script that prepares a service, runs "$@", cleans up). XCB
# registers the same executable a second time as NAME_xcb, on a private Xvfb with the xcb platform
# (tests/run-under-xvfb.sh): the X11 key scheme and window activation that agents' desks have.
# XCB_SCREENS WxH[@percent]... registers it instead once per screen, as NAME_xcb_WxH[_percent], on
# an Xvfb screen of that size, scaled by QT_SCALE_FACTOR when a percent is given (1920x1080@150),
# and not offscreen: window sizes only mean something on a real screen.
function(guichet_add_test name)
    cmake_parse_arguments(ARG "GUI;XCB" "WRAPPER" "SOURCES;LIBS;LABELS;XCB_SCREENS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Guichet::settings Qt6::Test ${ARG_LIBS})
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
                LABELS "${ARG_LABELS};xcb")
        endforeach()
        return()
    endif()
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND sh ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=guichet.*.info=false"
        LABELS "${ARG_LABELS}")
    if(ARG_XCB)
        add_test(NAME ${name}_xcb COMMAND sh ${PROJECT_SOURCE_DIR}/tests/run-under-xvfb.sh $<TARGET_FILE:${name}>)
        set_tests_properties(${name}_xcb PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=xcb;QT_LOGGING_RULES=guichet.*.info=false"
            LABELS "${ARG_LABELS};xcb")
    endif()
endfunction()
