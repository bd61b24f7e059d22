#pragma once
// What a file in a followed capture directory is, judged by its name and its
// first bytes rather than its extension: capture tools name their files
// freely (.pcap, .cap, .dmp, none), and a directory of captures collects
// other files too (notes, checksums, half-written temporaries).
#include <string>
#include <string_view>

namespace tapwatch {

enum class CaptureFileKind {
  Pcap,        // classic pcap, either byte order, micro- or nanosecond
  Pcapng,      // pcapng section header block
  Other,       // a file, but not a capture libpcap reads
  Unreadable,  // could not be opened or read (the reason is in `detail`)
};

// Reads the first four bytes of `path`. `detail`, when given, receives a
// short reason for Other/Unreadable (the bytes seen, or the errno text).
CaptureFileKind sniffCaptureFile(const std::string& path, std::string* detail = nullptr);

// A name a writer is still working under: a leading dot (rsync, editors,
// `.name.pcap.XXXX`), or a `.tmp` / `.part` suffix. Such a file is not taken
// until it is renamed to its final name.
bool isTemporaryCaptureName(std::string_view file_name);

}  // namespace tapwatch
