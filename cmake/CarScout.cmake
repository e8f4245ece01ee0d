# Settings shared by every target of the project (not by third-party code).
add_library(carscout_options INTERFACE)
target_compile_options(carscout_options INTERFACE -Wall -Wextra -Wpedantic)
# Warnings are errors with the compiler the project is written against (GCC); another compiler's own warnings
# (clang's fuzz build) are shown, not fatal, so that build checks portability rather than one warning set.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(carscout_options INTERFACE -Werror)
endif()
target_compile_definitions(carscout_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CARSCOUT_VERSION="${PROJECT_VERSION}")
if(CARSCOUT_SANITIZE)
    target_compile_options(carscout_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(carscout_options INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz build (tests/fuzz): every project target carries coverage for libFuzzer, ASan and UBSan; undefined
# behaviour aborts, so the fuzzer reports it as a crash.
if(CARSCOUT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CARSCOUT_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(carscout_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(carscout_options INTERFACE -fsanitize=address,undefined)
endif()

# carscout_add_library(NAME SOURCES ... LIBS ...): one static library of core/ or ui/.
function(carscout_add_library name)
    cmake_parse_arguments(L "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${L_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${L_LIBS} PRIVATE carscout_options)
endfunction()

# carscout_add_test(NAME SOURCES ... LIBS ...): one QtTest executable registered with CTest, headless.
function(carscout_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test carscout_options carscout_testsupport ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(CARSCOUT_SANITIZE OR CARSCOUT_FUZZ)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")   # ASan+UBSan runs several times slower
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_NETWORK_PROXY=;http_proxy=;https_proxy=;no_proxy=*")
endfunction()

# carscout_add_bench(NAME SOURCES ... LIBS ...): a benchmark in tests/bench; built, never run by CTest.
function(carscout_add_bench name)
    cmake_parse_arguments(B "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${B_SOURCES})
    target_link_libraries(${name} PRIVATE carscout_options ${B_LIBS})
endfunction()

# carscout_add_marketplace(NAME SOURCES ... LIBS ...): the library carscout_NAME of one marketplace folder under
# core/sources (the folder's CMakeLists.txt is picked up by core/sources/CMakeLists.txt on its own). The source
# registry links every marketplace library; only its one registry line is written by hand.
function(carscout_add_marketplace name)
    cmake_parse_arguments(M "" "" "SOURCES;LIBS" ${ARGN})
    carscout_add_library(carscout_${name} SOURCES ${M_SOURCES}
        LIBS carscout_sources_base carscout_model carscout_net ${M_LIBS})
    set_property(GLOBAL APPEND PROPERTY CARSCOUT_MARKETPLACE_LIBS carscout_${name})
endfunction()

# carscout_add_marketplace_demo(NAME GENERATOR script OUTPUTS file... [SOURCES ...] [LIBS ...]): the synthetic
# demo of a marketplace. The generator (Python, deterministic) runs at build time as
# `python3 script OUTPUT_DIR` and writes OUTPUTS there; they are embedded under :/carscout/demo/NAME/.
# A `routes.json` among them is a route table (ReplayServer::addRecording's format) that the replay server
# serves with no code of the marketplace's own; SOURCES may add a hand-written backend instead. The library
# carscout_NAME_demo is linked into carscout_demo_all, never into the marketplace's own library.
function(carscout_add_marketplace_demo name)
    cmake_parse_arguments(D "" "GENERATOR" "OUTPUTS;SOURCES;LIBS" ${ARGN})
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/demo")
    set(files)
    foreach(f ${D_OUTPUTS})
        list(APPEND files "${dir}/${f}")
    endforeach()
    add_custom_command(OUTPUT ${files}
        COMMAND Python3::Interpreter "${D_GENERATOR}" "${dir}"
        DEPENDS "${D_GENERATOR}" "${PROJECT_SOURCE_DIR}/tools/demo/pngwriter.py"
        COMMENT "Generating the synthetic ${name} demo data"
        VERBATIM)
    if(D_SOURCES)
        carscout_add_library(carscout_${name}_demo SOURCES ${D_SOURCES}
            LIBS carscout_${name} carscout_demo ${D_LIBS})
    else()
        add_library(carscout_${name}_demo STATIC "${PROJECT_SOURCE_DIR}/core/demo/routetabledemo_anchor.cpp")
        target_link_libraries(carscout_${name}_demo PUBLIC carscout_demo PRIVATE carscout_options)
    endif()
    qt_add_resources(carscout_${name}_demo "carscout_${name}_demo_data" PREFIX "/carscout/demo/${name}"
        BASE "${dir}" FILES ${files})
    set_property(GLOBAL APPEND PROPERTY CARSCOUT_DEMO_LIBS carscout_${name}_demo)
endfunction()
