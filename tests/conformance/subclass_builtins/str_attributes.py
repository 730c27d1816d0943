# Instances of a str subclass have a __dict__
class Tagged(str):
    pass
t = Tagged('hello')
t.tag = 'greeting'
print(t, t.tag, t.__dict__)
print(vars(t))
print(hasattr(t, 'tag'), getattr(t, 'missing', 'none'))
try:
    'plain'.tag = 1
except AttributeError as e:
    print('AttributeError:', e)
