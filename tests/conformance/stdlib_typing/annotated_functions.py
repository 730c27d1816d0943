# 타입 힌트를 써도 프로그램은 똑같이 돌아가요
from typing import List, Dict, Set, Tuple, Optional, Union, Any, Callable, Iterable, Iterator, Sequence, Mapping, TypeVar, Literal, Final, cast, TYPE_CHECKING

MAX_LIVES: Final = 3
Color = Literal["red"]
Score = Union[int]
T = TypeVar("T")

def average(scores: List[int]) -> float:
    return sum(scores) / len(scores)

def find(names: Sequence[str], target: str) -> Optional[int]:
    for i, name in enumerate(names):
        if name == target:
            return i
    return None

def apply(f: Callable, values: Iterable[int]) -> List[int]:
    return [f(v) for v in values]

def first(items: Sequence[T]) -> T:
    return items[0]

def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1

def describe(x: Optional[object]) -> str:
    return f"{type(x).__name__}:{x}"

ages: Dict = {"mina": 10, "jun": 11}
seen: Set[str] = set()
pair: Tuple = (1, "one")
anything: Any = [1, "two", 3.0]

print(average([80, 90, 100]), find(["a", "b"], "b"), find(["a"], "z"))
print(apply(lambda v: v * v, range(4)), first("hello"), list(countdown(3)))
print(describe(5), describe("five"), ages, seen, pair, anything, MAX_LIVES)
print(cast(int, "not really an int"), TYPE_CHECKING)
print(__annotations__)
if TYPE_CHECKING:
    print("never printed")

print(List[int], Optional[str], Union[float], Sequence[T], Set[str])
print(Optional[Optional[int]], Union[int], Optional[List[Optional[str]]])
print(Literal["a"], Any, List, Dict, Callable, Iterable[List[int]], Iterator[Any], Final)
print(T, TypeVar("K_co", covariant=True), Final[int], Color)
try:
    List()
except TypeError as err:
    print("TypeError:", err)
try:
    Union()
except TypeError as err:
    print("TypeError:", err)
