// MT19937, the Mersenne Twister of Matsumoto and Nishimura, seeded the way CPython's `_random`
// module seeds it, plus SHA-512 (what `random.seed("text")` hashes the text with). Both are
// independent of the VM so the unit tests can check them against known vectors.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace saessak {

class MersenneTwister {
 public:
  static constexpr int kN = 624;
  static constexpr int kM = 397;

  MersenneTwister() { init_genrand(5489u); }
  // The reference generator's init_genrand.
  void init_genrand(uint32_t seed);
  // The reference generator's init_by_array: what CPython's seed(int) calls with the int's
  // 32-bit chunks, least significant first.
  void init_by_array(const uint32_t* key, size_t length);
  uint32_t next_u32();
  // random.random(): 53 bits from two draws, as CPython.
  double next_double();

  // getstate()/setstate(): the 624 words and the position (0..624).
  const std::array<uint32_t, kN>& words() const { return mt_; }
  int index() const { return index_; }
  void set_state(const std::array<uint32_t, kN>& words, int index) {
    mt_ = words;
    index_ = index;
  }

 private:
  std::array<uint32_t, kN> mt_{};
  int index_ = kN + 1;
};

// SHA-512 (FIPS 180-4) of a byte string.
std::array<uint8_t, 64> sha512(const uint8_t* data, size_t size);
std::string sha512_hex(const std::string& data);

}  // namespace saessak
