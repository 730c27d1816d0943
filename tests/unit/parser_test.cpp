#include <gtest/gtest.h>

#include "syntax/parser.h"

namespace saessak {
namespace {

std::string error_of(std::string_view source) {
  ParseResult r = parse(source);
  return r.error ? r.error->message : "";
}

TEST(Parser, BuildsStatements) {
  ParseResult r = parse("x = 1 + 2 * 3\nif x > 1:\n    print(x)\nelse:\n    pass\n");
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.module.body.size(), 2u);
  EXPECT_EQ(r.module.body[0]->kind, StmtKind::Assign);
  auto* assign = static_cast<AssignStmt*>(r.module.body[0]);
  ASSERT_EQ(assign->value->kind, ExprKind::BinOp);
  EXPECT_EQ(static_cast<BinOpExpr*>(assign->value)->op, BinaryOp::Add);  // * binds tighter
  EXPECT_EQ(r.module.body[1]->kind, StmtKind::If);
}

TEST(Parser, PowerIsRightAssociativeAndBindsTighterThanUnaryMinus) {
  ParseResult r = parse("-2 ** 3 ** 2\n");
  ASSERT_FALSE(r.error);
  auto* e = static_cast<ExprStmt*>(r.module.body[0])->value;
  ASSERT_EQ(e->kind, ExprKind::UnaryOp);
  auto* power = static_cast<BinOpExpr*>(static_cast<UnaryOpExpr*>(e)->operand);
  EXPECT_EQ(power->op, BinaryOp::Pow);
  EXPECT_EQ(power->right->kind, ExprKind::BinOp);
}

TEST(Parser, GivesCPythonsMessagesForCommonMistakes) {
  EXPECT_EQ(error_of("if x\n    pass\n"), "expected ':'");
  EXPECT_EQ(error_of("x = = 1\n"), "invalid syntax");
  EXPECT_EQ(error_of("1 = x\n"), "cannot assign to literal here. Maybe you meant '==' instead of '='?");
  EXPECT_EQ(error_of("if x = 1: pass\n"), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  EXPECT_EQ(error_of("print 'hi'\n"), "Missing parentheses in call to 'print'. Did you mean print(...)?");
  EXPECT_EQ(error_of("f(a b)\n"), "invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(error_of("if True:\nx = 1\n"), "expected an indented block after 'if' statement on line 1");
  EXPECT_EQ(error_of("  x = 1\n"), "unexpected indent");
  EXPECT_EQ(error_of("def f(a, a): pass\n"), "duplicate argument 'a' in function definition");
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "-";
  deep += "1\n";
  EXPECT_EQ(error_of(deep), "too many nested parentheses");
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  nots += "x\n";
  EXPECT_EQ(error_of(nots), "too many nested parentheses");
}

}  // namespace
}  // namespace saessak
