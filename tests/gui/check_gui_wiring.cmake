# The dashboard shows what src/app wires (DESIGN.md, layering).
# RULES=wiring (default): nothing in src/gui builds a network access
# manager, a token store or manager, a sign-in flow, a service client, a sync
# source or endpoints from the environment. RULES=sql: src/gui runs no SQL
# (read models and repositories of src/store do). Lists every offending line
# and fails when their number is not EXPECT (default 0).
#
#   cmake -DDIR=<folder> [-DRULES=wiring|sql] [-DGLOBS=*.cpp;*.h] [-DEXPECT=0]
#         -P check_gui_wiring.cmake

if(NOT DIR)
    message(FATAL_ERROR "check_gui_wiring: DIR is not set")
endif()
if(NOT GLOBS)
    set(GLOBS "*.cpp;*.h")
endif()
if(NOT EXPECT)
    set(EXPECT 0)
endif()

# No word boundaries in CMake regexes: "(^|[^A-Za-z_0-9])" starts a name.
set(rules
    # a QNetworkAccessManager created: new, make_unique, a member or local
    "new[ \t]+QNetworkAccessManager"
    "(^|[^A-Za-z_0-9])QNetworkAccessManager[ \t>]*[({]"
    "(^|[^A-Za-z_0-9])QNetworkAccessManager[ \t]+[A-Za-z_][A-Za-z_0-9]*[ \t]*[;({]"
    # token stores and managers
    "(Memory|File|Keychain)TokenStore|makeTokenStore"
    "(^|[^A-Za-z_0-9])TokenStore[ \t>]*[({]"
    "(^|[^A-Za-z_0-9])TokenManager[ \t>]*[({]"
    "(^|[^A-Za-z_0-9])TokenManager[ \t]+[A-Za-z_][A-Za-z_0-9]*[ \t]*[;({]"
    # sign-in flows (showing one it is given is fine)
    "(^|[^A-Za-z_0-9])(AuthCodeFlow|DeviceCodeFlow|TokenRequestJob)[ \t>]*[({]"
    "(^|[^A-Za-z_0-9])(AuthCodeFlow|DeviceCodeFlow|TokenRequestJob)[ \t]+[A-Za-z_][A-Za-z_0-9]*[ \t]*[;({]"
    # service clients, sessions, sync sources, endpoints
    "net::(list|get|update|cancel|suspend|dailyCost|organizationProfile)[A-Za-z]*[ \t]*\\("
    "net::Session[ \t]+[A-Za-z_][A-Za-z_0-9]*[ \t]*[;({]"
    "NetSource|netSourceFactory|Endpoints::fromEnvironment|Endpoints::defaults"
)

get_filename_component(DIR "${DIR}" ABSOLUTE)
if(RULES STREQUAL "sql")
    set(rules
        "[.>]cached[ \t]*\\(|[.>]prepare[ \t]*\\(|queryInt|queryText|exec[ \t]*\\([ \t]*\""
        "SELECT |INSERT INTO|DELETE FROM|UPDATE [A-Za-z_]+ SET|PRAGMA "
        "sqlite3_|QSqlQuery")
elseif(RULES AND NOT RULES STREQUAL "wiring")
    message(FATAL_ERROR "check_gui_wiring: RULES is wiring or sql, not ${RULES}")
endif()

set(globs)
foreach(g IN LISTS GLOBS)
    list(APPEND globs "${DIR}/${g}")
endforeach()
file(GLOB_RECURSE files ${globs})
if(NOT files)
    message(FATAL_ERROR "check_gui_wiring: no file matches ${GLOBS} under ${DIR}")
endif()

set(count 0)
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines)
    set(n 0)
    foreach(line IN LISTS lines)
        math(EXPR n "${n} + 1")
        foreach(rule IN LISTS rules)
            if(line MATCHES "${rule}")
                file(RELATIVE_PATH rel "${DIR}" "${f}")
                message("${rel}:${n}: ${line}")
                math(EXPR count "${count} + 1")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()

if(RULES STREQUAL "sql")
    set(why "run SQL in ${DIR}; add a read model or repository call in src/store")
else()
    set(why "build services in ${DIR}; build them in src/app and hand the window what it "
            "needs (MainWindow::Options)")
endif()
if(NOT count EQUAL EXPECT)
    message(FATAL_ERROR "check_gui_wiring: ${count} line(s) ${why}, expected ${EXPECT}")
endif()
message(STATUS "check_gui_wiring: ${count} line(s) as expected in ${DIR}")
