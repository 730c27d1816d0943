# Overriding __new__ to normalise the value
class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())
w = Lower('HeLLo')
print(w, type(w).__name__, w == 'hello')
class Word(str):
    def __init__(self, text):
        self.size = len(text)
print(Word('abc').size, Word('abc'))
print(str.__new__(Lower, 'X'), type(str.__new__(Lower, 'X')).__name__)
print(Lower('ABC').upper(), type(Lower('ABC').upper()).__name__)
