class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def append(self, x):
        print("append", x)
        super().append(x)
s = Stack([1])
s.push(2).push(3)
print(s, len(s), s[-1], isinstance(s, list), type(s).__name__)
s.extend([9])
print(s, s + [0], type(s + [0]).__name__)
