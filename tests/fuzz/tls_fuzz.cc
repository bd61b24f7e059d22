// libFuzzer entry for the TLS parser (makeAppParser(AppProto::Tls)); the
// input layout is described in app_stream_driver.h.
#include <cstddef>
#include <cstdint>

#include "app_stream_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tapwatch::fuzz::fuzzAppStream(tapwatch::AppProto::Tls, data, size);
  return 0;
}
