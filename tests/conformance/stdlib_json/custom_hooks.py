# default=, object_hook=, parse_float= 로 JSON 다루기
import json
from fractions import Fraction

class Pet:
    def __init__(self, name, kind, age):
        self.name = name
        self.kind = kind
        self.age = age
    def __repr__(self):
        return f"Pet({self.name!r}, {self.kind!r}, {self.age})"

def pet_to_dict(obj):
    if isinstance(obj, Pet):
        return {"__pet__": True, "name": obj.name, "kind": obj.kind, "age": obj.age}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"can't save {type(obj).__name__}")

pets = [Pet("Bori", "dog", 3), Pet("Nabi", "cat", 5)]
text = json.dumps({"pets": pets, "tags": {"cute", "fluffy"}}, default=pet_to_dict)
print(text)

def dict_to_pet(d):
    if d.get("__pet__"):
        return Pet(d["name"], d["kind"], d["age"])
    return d

print(json.loads(text, object_hook=dict_to_pet))
print(json.loads(text, object_pairs_hook=lambda pairs: [k for k, v in pairs]))
print(json.loads("[1.5, 2.25, 3]", parse_float=Fraction, parse_int=lambda s: int(s) * 100))
print(json.loads("[NaN, 1]", parse_constant=lambda name: "no " + name))

class PetEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Pet):
            return f"{obj.name} the {obj.kind}"
        return super().default(obj)

print(json.dumps(pets, cls=PetEncoder))
print(PetEncoder(indent=2).encode({"best": pets[0]}))
try:
    json.dumps([object()], cls=PetEncoder)
except TypeError as err:
    print(err)
decoder = json.JSONDecoder()
print(decoder.decode(' {"x": [true, false, null]} '))
print(decoder.raw_decode('[1, 2] and more'))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({"x": (1, (2, 3))}, indent=0))
