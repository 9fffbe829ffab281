# Runs at build time (app/CMakeLists.txt): writes the man page and the
# completions that the servery just built prints, into OUTPUT.
#   cmake -DSERVERY=<servery> -DOUTPUT=<folder> [-DGZIP=<gzip>] -P GenerateDocs.cmake
# The man page's date: SOURCE_DATE_EPOCH's when set (string(TIMESTAMP)
# honours it, for reproducible builds), else the time of the build; servery
# reads it from the same variable.
string(TIMESTAMP epoch "%s" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${epoch}")
# The tool runs in sanitizer builds too: a leak report must not fail it.
set(ENV{ASAN_OPTIONS} "$ENV{ASAN_OPTIONS}:detect_leaks=0")
# The same bytes on every machine (the output is English and ASCII anyway).
set(ENV{LC_ALL} "C.UTF-8")

file(MAKE_DIRECTORY "${OUTPUT}")
foreach(job "--man-page;servery.1" "--completion;bash;servery.bash" "--completion;zsh;_servery"
            "--completion;fish;servery.fish")
    list(POP_BACK job file)
    execute_process(COMMAND "${SERVERY}" ${job}
        OUTPUT_FILE "${OUTPUT}/${file}.tmp"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${SERVERY} ${job} failed: ${status}")
    endif()
    file(RENAME "${OUTPUT}/${file}.tmp" "${OUTPUT}/${file}")
endforeach()
if(GZIP)
    # -n: no name or time stamp in the header, for reproducible packages.
    execute_process(COMMAND "${GZIP}" -9n -c "${OUTPUT}/servery.1"
        OUTPUT_FILE "${OUTPUT}/servery.1.gz"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "gzip failed: ${status}")
    endif()
endif()
