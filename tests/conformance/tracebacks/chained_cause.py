try:
    int("열")
except ValueError as e:
    raise RuntimeError("bad number") from e
