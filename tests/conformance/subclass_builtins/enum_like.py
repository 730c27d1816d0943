# A tiny enum made from an int subclass
class Color(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        cls.names[value] = name
        return obj
    def __repr__(self):
        return f'<Color.{self.name}: {int(self)}>'
RED = Color(1, 'RED')
GREEN = Color(2, 'GREEN')
print(RED, repr(GREEN), RED + GREEN, RED < GREEN, [RED, GREEN])
print(Color.names, RED.name, sorted([GREEN, RED]))
print({RED: 'stop', GREEN: 'go'}[1])
