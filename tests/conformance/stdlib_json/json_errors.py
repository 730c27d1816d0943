# JSON을 잘못 쓰면 어떤 오류가 날까?
import json

broken = [
    "",
    "{",
    '{"name": "Jun",}',
    '{"name" "Jun"}',
    '{name: "Jun"}',
    "[1, 2,]",
    "[1 2]",
    '"not closed',
    "[True]",
    "nul",
    '{"a": 1}\n{"b": 2}',
    '"bad \\q escape"',
    '[\n  1,\n  2,\n  @\n]',
    "01",
]
for text in broken:
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        print(repr(text), "->", err)
        print("   msg:", err.msg, "pos:", err.pos, "line:", err.lineno, "col:", err.colno)

print(issubclass(json.JSONDecodeError, ValueError))

class Robot:
    pass

for value in [Robot(), {1, 2}, {(1, 2): "pair"}]:
    try:
        json.dumps(value)
    except TypeError as err:
        print("TypeError:", err)

try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as err:
    print("ValueError:", err)

loop = ["me"]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as err:
    print("ValueError:", err)

print(json.loads('"\\ud83c\\udf31 \\u00e9"'), json.loads("[NaN, Infinity, -Infinity]"))
try:
    json.loads('{"score": 10, "score": }')
except ValueError as err:
    print(type(err).__name__, err.args)
