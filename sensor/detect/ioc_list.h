#pragma once
// Loading IOC list files for `list:` patterns: one entry per line, blank
// lines and '#' comments ignored. Domain entries are normalised (lower case,
// no trailing dot) and validated; literal entries are kept byte for byte
// (only surrounding whitespace is trimmed). Main thread.
#include <string>
#include <vector>

#include "common/result.h"
#include "detect/signature.h"

namespace tapwatch {

// Errors name the list file and the entry's line:col. Duplicates are dropped.
Result<std::vector<ListEntry>> loadIocList(const std::string& path, ListKind kind);

// `kind: ip` list files: one address or CIDR prefix per line, '#' comments.
// Errors name the file and line:col. Duplicates and overlaps are kept here
// and collapse when the matcher is built (detect/ip_list.h).
Result<std::vector<IpPrefix>> loadIpList(const std::string& path);

// Validates and normalises one domain entry; empty string + message on error.
std::string normaliseDomain(std::string_view entry, std::string& why);

}  // namespace tapwatch
