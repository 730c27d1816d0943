class GameError(Exception):
    pass
class OutOfHP(GameError):
    def __init__(self, who, hp):
        super().__init__(f"{who}의 체력이 {hp}")
        self.who = who
class Retry(GameError):
    def __str__(self):
        return "다시 시도!"
for exc in (OutOfHP("용사", 0), Retry(), GameError("일반", 2)):
    try:
        raise exc
    except GameError as e:
        print(type(e).__name__, e, e.args)
print(OutOfHP.__mro__[1:3])
print(issubclass(OutOfHP, Exception), issubclass(Retry, BaseException))
