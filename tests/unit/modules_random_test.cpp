// MT19937 with CPython's seeding, and SHA-512, on their own (src/modules/mersenne_twister.h).
//
// Expected values were printed by CPython 3.11.7:
//   random.seed(0x456_00000345_00000234_00000123); [random.getrandbits(32) for _ in range(5)]
//     (the key {0x123, 0x234, 0x345, 0x456} is also the reference mt19937ar.c test vector)
//   random.seed(42); [random.getrandbits(32) for _ in range(3)]; random.random()
//   random.seed(42); random.getstate()[1][i] for i in 0, 1, 623, 624
//   hashlib.sha512(m).hexdigest() for the messages below
#include "modules/mersenne_twister.h"

#include <gtest/gtest.h>

#include <string>

namespace saessak {
namespace {

TEST(MersenneTwister, ReferenceInitByArray) {
  MersenneTwister mt;
  const uint32_t key[] = {0x123, 0x234, 0x345, 0x456};
  mt.init_by_array(key, 4);
  const uint32_t expected[] = {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u};
  for (uint32_t e : expected) EXPECT_EQ(mt.next_u32(), e);
}

TEST(MersenneTwister, CPythonSeed42) {
  MersenneTwister mt;
  const uint32_t key[] = {42};
  mt.init_by_array(key, 1);
  EXPECT_EQ(mt.words()[0], 2147483648u);
  EXPECT_EQ(mt.words()[1], 3564348608u);
  EXPECT_EQ(mt.words()[623], 3831079317u);
  EXPECT_EQ(mt.index(), 624);
  EXPECT_EQ(mt.next_u32(), 2746317213u);
  EXPECT_EQ(mt.next_u32(), 478163327u);
  EXPECT_EQ(mt.next_u32(), 107420369u);
  EXPECT_EQ(mt.next_double(), 0.7415504997598329);
}

TEST(MersenneTwister, StateRoundTrip) {
  MersenneTwister a;
  const uint32_t key[] = {7, 8, 9};
  a.init_by_array(key, 3);
  for (int i = 0; i < 1000; ++i) a.next_u32();
  MersenneTwister b;
  b.set_state(a.words(), a.index());
  for (int i = 0; i < 2000; ++i) EXPECT_EQ(a.next_u32(), b.next_u32());
}

TEST(Sha512, KnownVectors) {
  EXPECT_EQ(sha512_hex(""),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(sha512_hex("abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  // 112 bytes: the padding spills into a second block.
  EXPECT_EQ(sha512_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
  // bytes(range(256)) * 3 + b'x' * 111: several blocks, a partial last one.
  std::string m;
  for (int r = 0; r < 3; ++r)
    for (int i = 0; i < 256; ++i) m += static_cast<char>(i);
  m += std::string(111, 'x');
  EXPECT_EQ(sha512_hex(m),
            "5de70c067c61eb4d458d122bb2f51e58099b319c5fdeb73ec4ff341436e1d5d17332b4411147a35a44ca4cf4ba1ce9aa5692ac9980dc36c26ed46a71a99703a1");
}

}  // namespace
}  // namespace saessak
