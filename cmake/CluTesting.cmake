# clu_add_test(<name> [GUI] [KEYCHAIN] [SOURCES files...] [LIBS targets...] [TIMEOUT s])
#
# One line per test: builds <name> from <name>.cpp (plus SOURCES), links Qt Test and LIBS,
# registers it with ctest. GUI tests run on the offscreen platform; KEYCHAIN tests need a
# Secret Service on the session bus (scripts/test.sh provides one via dbus-run-session).
function(clu_add_test name)
    cmake_parse_arguments(T "GUI;KEYCHAIN" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${name}.cpp ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    clu_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Tests find the executables they drive (cl-simulator, cl-uploader-cli) through these.
    set(env
        "CLU_SIMULATOR=$<TARGET_FILE:cl-simulator>"
        "CLU_CLI=$<TARGET_FILE:cl-uploader-cli>"
        "QT_LOGGING_RULES=clu.*.debug=false")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set(labels)
    if(T_GUI)
        list(APPEND labels gui)
    endif()
    if(T_KEYCHAIN)
        list(APPEND labels keychain)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT} LABELS "${labels}")
endfunction()
