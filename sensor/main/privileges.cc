#include "main/privileges.h"

#include <cap-ng.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace tapwatch {

Status dropPrivileges(const PrivilegesConfig& privileges) {
  if (privileges.user.empty() && !privileges.group.empty())
    return makeError("privileges.group needs privileges.user", {"privileges.group"});
  if (privileges.user.empty()) {
    // Same uid, no capabilities: nothing after start-up needs them. Ask what
    // this thread holds before clearing libcap-ng's copy of the state.
    capng_get_caps_process();
    if (capng_have_capabilities(CAPNG_SELECT_CAPS) == CAPNG_NONE) return Ok{};
    capng_clear(CAPNG_SELECT_CAPS);
    if (capng_apply(CAPNG_SELECT_CAPS) != 0) return makeError("cannot drop capabilities", {"privileges"});
    return Ok{};
  }
  capng_clear(CAPNG_SELECT_BOTH);
  const passwd* pw = getpwnam(privileges.user.c_str());
  if (pw == nullptr) return makeError("unknown user '" + privileges.user + "'", {"privileges.user"});
  gid_t gid = pw->pw_gid;
  if (!privileges.group.empty()) {
    const group* gr = getgrnam(privileges.group.c_str());
    if (gr == nullptr) return makeError("unknown group '" + privileges.group + "'", {"privileges.group"});
    gid = gr->gr_gid;
  }
  const int rc = capng_change_id(static_cast<int>(pw->pw_uid), static_cast<int>(gid),
                                 static_cast<capng_flags_t>(CAPNG_DROP_SUPP_GRP | CAPNG_CLEAR_BOUNDING));
  if (rc != 0)
    return makeError("cannot switch to user '" + privileges.user + "' (capng_change_id " + std::to_string(rc) + ")",
                     {"privileges.user"});
  return Ok{};
}

}  // namespace tapwatch
