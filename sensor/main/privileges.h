#pragma once
// Privilege drop after the capture handles are open: switch to the configured
// user/group (if any) and keep no capability — capture needs CAP_NET_RAW only
// to open the socket, which is done by then. Capabilities belong to threads:
// call it on the main thread before any other thread starts.
#include "common/result.h"
#include "config/config.h"

namespace tapwatch {

Status dropPrivileges(const PrivilegesConfig& privileges);

}  // namespace tapwatch
