# Warning flags shared by every target of the project: clu_set_warnings(<target>).
function(clu_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual)
    if(CLU_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
