# cmake -DPLUGIN=<module> -P GuichetRuntimeSqlite.cmake: prints the module's resolved runtime
# dependencies whose name holds "sqlite", separated by semicolons (GuichetSqliteDirect.cmake).
# file(GET_RUNTIME_DEPENDENCIES) is not allowed in project mode, hence this script.
file(GET_RUNTIME_DEPENDENCIES MODULES "${PLUGIN}"
    RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_INCLUDE_REGEXES "[Ss][Qq][Ll]ite" PRE_EXCLUDE_REGEXES ".*"
    POST_INCLUDE_REGEXES "[Ss][Qq][Ll]ite" POST_EXCLUDE_REGEXES ".*")
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${resolved}")
