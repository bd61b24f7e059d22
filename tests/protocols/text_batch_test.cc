#include "protocols/text_batch.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace tapwatch {
namespace {

struct Pieces {
  std::vector<std::string> got;
  void operator()(ByteSpan s) { got.emplace_back(reinterpret_cast<const char*>(s.data()), s.size()); }
};

TEST(TextBatch, PiecesGoOnTogetherInOrder) {
  uint8_t buf[16];
  TextBatch batch(buf, sizeof buf);
  Pieces out;
  for (const char* p : {"pay ", "the ", "fee"}) batch.add(test::bytesOf(p), out);
  EXPECT_TRUE(out.got.empty());  // nothing goes on before the flush
  batch.flush(out);
  batch.flush(out);  // empty: no call
  EXPECT_EQ(out.got, (std::vector<std::string>{"pay the fee"}));
  EXPECT_TRUE(batch.empty());
}

TEST(TextBatch, AFullBufferGoesOnFirstAndABigPieceAsItIs) {
  uint8_t buf[8];
  TextBatch batch(buf, sizeof buf);
  Pieces out;
  batch.add(test::bytesOf("abcde"), out);
  batch.add(test::bytesOf("fgh"), out);         // fits exactly
  batch.add(test::bytesOf("ij"), out);          // does not: "abcdefgh" goes on first
  batch.add(test::bytesOf("0123456789"), out);  // bigger than the buffer: "ij", then the piece itself
  batch.add(test::bytesOf("z"), out);
  batch.flush(out);
  EXPECT_EQ(out.got, (std::vector<std::string>{"abcdefgh", "ij", "0123456789", "z"}));
}

}  // namespace
}  // namespace tapwatch
