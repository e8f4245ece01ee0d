# Settings shared by every target of the project (not by third-party code).
add_library(carscout_options INTERFACE)
target_compile_options(carscout_options INTERFACE -Wall -Wextra -Wpedantic -Werror)
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
    if(CARSCOUT_SANITIZE)
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
