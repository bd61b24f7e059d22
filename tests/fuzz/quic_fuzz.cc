// libFuzzer entry for the QUIC Initial parser (makeAppParser(AppProto::Quic)):
// each chunk the driver cuts is one datagram. The input layout is described
// in app_stream_driver.h; seeds are the RFC 9001 / 9369 sample packets.
#include <cstddef>
#include <cstdint>

#include "app_stream_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tapwatch::fuzz::fuzzAppStream(tapwatch::AppProto::Quic, data, size);
  return 0;
}
