#include "protocols/sha256_hasher.h"

#include <openssl/evp.h>

namespace tapwatch {

Sha256Hasher::~Sha256Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

bool Sha256Hasher::begin() {
  if (ctx_ == nullptr) ctx_ = EVP_MD_CTX_new();
  active_ = ctx_ != nullptr && EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr) == 1;
  return active_;
}

void Sha256Hasher::update(ByteSpan data) {
  if (!active_ || data.empty()) return;
  if (EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data.data(), data.size()) != 1) active_ = false;
}

bool Sha256Hasher::finish(Digest& out) {
  if (!active_) return false;
  active_ = false;
  unsigned int len = 0;
  return EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), out.data(), &len) == 1 && len == out.size();
}

}  // namespace tapwatch
