#include <gtest/gtest.h>

#include "tokens/tokenizer.h"

namespace saessak {
namespace {

std::vector<TokenKind> kinds(std::string_view source) {
  std::vector<TokenKind> out;
  for (const Token& t : tokenize(source).tokens) out.push_back(t.kind);
  return out;
}

TEST(Tokenizer, IndentAndDedentMakeBlocksExplicit) {
  using K = TokenKind;
  EXPECT_EQ(kinds("if x:\n    y\nz\n"),
            (std::vector<K>{K::Name, K::Name, K::Operator, K::Newline, K::Indent, K::Name, K::Newline, K::Dedent,
                            K::Name, K::Newline, K::EndMarker}));
}

TEST(Tokenizer, BracketsJoinLinesAndCommentsVanish) {
  using K = TokenKind;
  EXPECT_EQ(kinds("f(1,  # one\n  2)\n"),
            (std::vector<K>{K::Name, K::Operator, K::Number, K::Operator, K::Number, K::Operator, K::Newline, K::EndMarker}));
}

TEST(Tokenizer, KoreanIdentifiersAndStrings) {
  TokenizeResult r = tokenize("이름 = '새싹'\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.tokens[0].text, "이름");
  EXPECT_EQ(r.tokens[2].kind, TokenKind::String);
}

TEST(Tokenizer, ReportsCPythonsMessages) {
  EXPECT_EQ(tokenize("print(\n").error->message, "'(' was never closed");
  EXPECT_EQ(tokenize("x = 'abc\n").error->message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(tokenize("x = [1)\n").error->message, "closing parenthesis ')' does not match opening parenthesis '['");
  EXPECT_EQ(tokenize("if x:\n    a\n  b\n").error->type, "IndentationError");
  EXPECT_EQ(tokenize("x = 1 → 2\n").error->message, "invalid character '→' (U+2192)");
}

TEST(Tokenizer, DeepBracketsAreAnErrorNotACrash) {
  std::string deep(100000, '(');
  EXPECT_EQ(tokenize(deep).error->message, "too many nested parentheses");
}

}  // namespace
}  // namespace saessak
