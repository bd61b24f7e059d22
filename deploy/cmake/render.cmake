# Included by the install script (deploy/CMakeLists.txt): rewrites the FHS
# paths written in the shipped files (/usr/bin, /etc, /var) to the ones of
# this install. With the default layout for prefix /usr the output equals the input.
function(tw_render in out)
  file(READ "${in}" text)
  string(REPLACE "/usr/bin/tapwatch" "${TW_BINDIR}/tapwatch" text "${text}")
  string(REPLACE "/usr/share/doc/tapwatch" "${TW_DOCDIR}" text "${text}")
  string(REPLACE "/etc/tapwatch/" "${TW_SYSCONFDIR}/tapwatch/" text "${text}")
  foreach(dir lib log cache)
    string(REPLACE "/var/${dir}/tapwatch" "${TW_LOCALSTATEDIR}/${dir}/tapwatch" text "${text}")
  endforeach()
  file(WRITE "${out}" "${text}")
endfunction()
