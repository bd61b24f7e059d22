#pragma once
// ProtocolLimits: the caps every application parser enforces so hostile input
// cannot make it buffer, decode or inflate without bound. Built once on the
// main thread (defaults below are the shipped values) and read by workers.
#include <cstdint>

namespace tapwatch {

struct ProtocolLimits {
  // HTTP and MIME headers.
  uint32_t max_headers = 100;               // header lines recorded per message; more are counted and skipped
  uint32_t max_header_line_bytes = 8192;    // one header line (and the HTTP request target); longer is truncated
  uint32_t max_header_block_bytes = 65536;  // http.*_headers / smtp.headers block per message
  // Bodies. max_body_bytes counts wire body bytes (HTTP: after de-chunking,
  // before decompression; SMTP: message bytes after dot-unstuffing) that are
  // inspected per message; the rest of that body is skipped and counted.
  uint64_t max_body_bytes = 1u << 20;
  // Decompressed output per body. Reaching it cuts the body there and counts a
  // decompression bomb (tiny gzip inflating to gigabytes).
  uint64_t max_inflated_bytes = 4u << 20;
  uint32_t max_pipelined = 16;  // HTTP requests in flight ahead of their responses
  // Content codings undone per HTTP body (protocols.http.content_encoding_layers):
  // "gzip, gzip, gzip" is three layers; more are counted and left encoded.
  uint32_t max_content_encodings = 3;
  // Record each HTTP header in the transaction context (EVE http.request_headers /
  // response_headers); at most max_headers per message. Off: no copies made.
  bool keep_http_headers = false;
  // Follow HTTP bodies as files (EVE fileinfo: size, SHA-256, state): response
  // bodies and PUT request bodies, as Suricata does. Off unless fileinfo
  // records are written: hashing every body is CPU an alerts-only sensor saves.
  bool track_http_files = false;
  // SMTP and MIME.
  uint32_t max_smtp_line_bytes = 4096;  // command / reply lines (RFC 5321 says 512/1000; be lenient)
  uint32_t max_recipients = 100;        // RCPT TO kept in the alert context per message
  uint32_t max_mime_depth = 8;          // nested multipart (and message/rfc822) levels
  uint32_t max_mime_parts = 128;        // MIME parts per message
  uint32_t max_subject_bytes = 2048;    // decoded subject kept (field and alert context)
  // Decoded bytes of attachments (non-text parts) per message delivered to
  // smtp.attachment and hashed; the part at the cap and later ones are marked truncated.
  uint64_t max_attachment_bytes = 1u << 20;
  // DNS.
  uint32_t max_dns_names = 16;         // question names per message
  uint32_t max_dns_pointer_hops = 16;  // compression pointers followed per name
  uint32_t max_dns_answers = 32;       // answer records parsed per response (dns.answer, alert context)
  uint32_t max_dns_pending = 16;       // queries per flow whose scope waits for the response
  // TLS.
  uint32_t max_tls_hello_bytes = 65536;           // ClientHello bytes buffered across records and segments
  uint32_t max_tls_server_message_bytes = 65536;  // one server handshake message (Certificate chains)
  uint32_t max_quic_crypto_bytes = 16384;         // QUIC Initial CRYPTO bytes reassembled per flow (the ClientHello)
};

}  // namespace tapwatch
