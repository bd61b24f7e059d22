#pragma once
// The protocols library's public entry points in one include for the engine:
// detection, parser creation, DNS over UDP, limits and counters.
#include "protocols/app_detect.h"
#include "protocols/app_parser.h"
#include "protocols/dns_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/parser_factory.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"
