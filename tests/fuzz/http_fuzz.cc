// libFuzzer entry for the HTTP parser (makeAppParser(AppProto::Http)); the
// input layout is described in app_stream_driver.h.
#include <cstddef>
#include <cstdint>

#include "app_stream_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tapwatch::fuzz::fuzzAppStream(tapwatch::AppProto::Http, data, size);
  return 0;
}
